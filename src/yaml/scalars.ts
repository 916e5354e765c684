/**
 * Scalar values as Go's gopkg.in/yaml.v3 reads them into `interface{}`, the reader that
 * Prometheus, Loki, Mimir and the OpenTelemetry Collector use (resolve.go). It differs from
 * the YAML 1.2 core schema: `0755` is octal, `1_000` is 1000, `0b101` and `-0x1F` are
 * numbers, `1e400` stays text. Two choices of ours: timestamps stay text (Go makes them a
 * time.Time, which typed string fields read back as the same text), and numbers past 2^53
 * lose precision as in any JavaScript number.
 */

/** Thrown for a scalar Go refuses (`!!int x`, bad base64); the message names the value. */
export class ScalarError extends Error {}

const YAML_STYLE_FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;

type Kind = '!!str' | '!!int' | '!!float' | '!!bool' | '!!null';

/** The value of a plain (unquoted, untagged) scalar. */
export function resolvePlain(source: string): unknown {
  return resolve(source)[0];
}

function resolve(source: string): [unknown, Kind] {
  const first = source.charCodeAt(0);
  // Fast exit: most values start with a letter and are not in Go's table.
  if (source.length > 5 && first > 57 /* 9 */ && first !== 126 /* ~ */) return [source, '!!str'];
  const word = WORDS.get(source);
  if (word) return word;
  if (first === 46 /* . */) {
    const float = goFloat(source);
    return float === undefined ? [source, '!!str'] : [float, '!!float'];
  }
  if ((first >= 48 && first <= 57) || first === 43 /* + */ || first === 45 /* - */) return number(source) ?? [source, '!!str'];
  return [source, '!!str'];
}

const WORDS = new Map<string, [unknown, Kind]>([
  ...['true', 'True', 'TRUE'].map((w): [string, [unknown, Kind]] => [w, [true, '!!bool']]),
  ...['false', 'False', 'FALSE'].map((w): [string, [unknown, Kind]] => [w, [false, '!!bool']]),
  ...['', '~', 'null', 'Null', 'NULL'].map((w): [string, [unknown, Kind]] => [w, [null, '!!null']]),
  ...['.nan', '.NaN', '.NAN'].map((w): [string, [unknown, Kind]] => [w, [NaN, '!!float']]),
  ...['.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF'].map((w): [string, [unknown, Kind]] => [w, [Infinity, '!!float']]),
  ...['-.inf', '-.Inf', '-.INF'].map((w): [string, [unknown, Kind]] => [w, [-Infinity, '!!float']]),
]);

const INT64_MAX = 2n ** 63n - 1n;
const UINT64_MAX = 2n ** 64n - 1n;

/** Go's strconv.ParseInt(s, 0, 64), then ParseUint (no sign), then a YAML-style float. */
function number(source: string): [number, Kind] | undefined {
  const plain = source.replaceAll('_', '');
  const int = /^([-+]?)(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/.exec(plain);
  if (int) {
    const [, sign, digits] = int;
    // A leading 0 means octal in Go's base-0 parsing.
    const magnitude = BigInt(/^0[0-7]+$/.test(digits) ? `0o${digits.slice(1)}` : digits.toLowerCase());
    const fits = sign === '' ? magnitude <= UINT64_MAX : magnitude <= (sign === '-' ? INT64_MAX + 1n : INT64_MAX);
    if (fits) return [sign === '-' && magnitude !== 0n ? -Number(magnitude) : Number(magnitude), '!!int'];
  }
  if (!YAML_STYLE_FLOAT.test(plain)) return undefined;
  const float = goFloat(plain);
  return float === undefined ? undefined : [float, '!!float'];
}

/** strconv.ParseFloat: a number that overflows is an error in Go, so the scalar stays text. */
function goFloat(text: string): number | undefined {
  if (!YAML_STYLE_FLOAT.test(text)) return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

const TAG_PREFIX = 'tag:yaml.org,2002:';

/**
 * The value of a scalar with a tag (`!!int 3`), or a quoted or block scalar (`tag` is then
 * `!!str` unless written otherwise). Tags Go does not know (`!custom`) leave the text.
 */
export function resolveTagged(tag: string, text: string): unknown {
  const name = tag.startsWith(TAG_PREFIX) ? `!!${tag.slice(TAG_PREFIX.length)}` : tag;
  switch (name) {
    case '!!str':
    case '!!timestamp':
      return text;
    case '!!binary':
      return binary(text);
    case '!!int':
    case '!!float':
    case '!!bool':
    case '!!null': {
      const [value, kind] = resolve(text);
      if (kind === name || (name === '!!float' && kind === '!!int')) return value;
      throw new ScalarError(`\`${text}\` is not a valid \`${name}\`.`);
    }
    default:
      return text;
  }
}

/** Go decodes `!!binary` base64 into the bytes' text. */
function binary(text: string): string {
  const compact = text.replace(/[ \n\r\t]/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact) || compact.length % 4 !== 0) {
    throw new ScalarError(`\`${text.length > 40 ? `${text.slice(0, 40)}…` : text}\` is not valid base64 for \`!!binary\`.`);
  }
  return Buffer.from(compact, 'base64').toString('utf8');
}
