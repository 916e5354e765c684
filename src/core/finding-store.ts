import { hex64 } from './text.js';
import { severityRank, type Finding, type FindingList, type Severity } from './findings.js';

/**
 * A run's findings, kept compact until they are reported. A first run over a large repository
 * has 100,000 findings; as objects (the finding, two positions, a message and two fingerprints)
 * each took about 400 bytes of the heap, and V8 lets the heap grow to twice what is alive. Here
 * a finding is one row of 15 numbers in a typed array (60 bytes, outside the heap), plus the
 * values its message quotes as UTF-8 bytes: the message's other text, its rule, file and help
 * are stored once for all findings that share them. `at(row)` makes the `Finding` again, one at
 * a time, for the reporters.
 *
 * Rows are added in any order; `finish` drops the suppressed ones, sorts the rest in
 * `compareFindings` order and makes their fingerprints distinct (a second finding with the same
 * identity, say the same alert defined twice, gets `:2`, so code scanning keeps both). After
 * `finish` the store is a sorted `FindingList` and takes no more rows.
 */

// The fields of a row, in `rows` (an Int32Array, STRIDE numbers a row).
const RULE = 0;
const FILE = 1;
/** -1 when the finding has no help. */
const HELP = 2;
const START_LINE = 3;
const START_COLUMN = 4;
const END_LINE = 5;
const END_COLUMN = 6;
/** A 16-hex-digit fingerprint as two 32-bit halves; any other fingerprint is in `oddFingerprints`. */
const FINGERPRINT_HIGH = 7;
const FINGERPRINT_LOW = 8;
const COARSE_HIGH = 9;
const COARSE_LOW = 10;
/** The message without the values it quotes (see `splitMessage`); -1: the bytes are the whole message. */
const SKELETON = 11;
const QUOTED_START = 12;
const QUOTED_LENGTH = 13;
/** Severity rank (2 bits), the flags below, and from bit 8 the repeat number `finish` gives. */
const BITS = 14;
const STRIDE = 15;

const HAS_COARSE = 1 << 2;
const BASELINED = 1 << 3;
const ODD_FINGERPRINT = 1 << 4;
const ODD_COARSE = 1 << 5;
const DROPPED = 1 << 6;
const REPEAT_SHIFT = 8;

/** Rows are kept in chunks of this many, bytes in chunks of BYTE_CHUNK: growing never copies, and no outgrown array waits for a collection. */
const ROW_CHUNK_BITS = 10;
const ROW_CHUNK = 1 << ROW_CHUNK_BITS;
const BYTE_CHUNK = 64 * 1024;

const SEVERITY_OF_RANK: readonly Severity[] = ['error', 'warning', 'notice'];
/** Separates a message's quoted values in the byte store; `shown` escapes it in every value, and a message holding one is stored whole. */
const SEPARATOR = '\u0000';

export class FindingStore implements FindingList {
  private readonly rowChunks: Int32Array[] = [];
  private count = 0;
  private readonly byteChunks: Buffer[] = [];
  /** Bytes used in the last byte chunk. */
  private byteLength = BYTE_CHUNK;
  /** Messages too long for a byte chunk (a message quotes at most a few short values, so never in practice). */
  private readonly longMessages = new Map<number, string>();
  private readonly strings: string[] = [];
  private readonly stringIds = new Map<string, number>();
  private readonly oddFingerprints = new Map<number, string>();
  private readonly oddCoarse = new Map<number, string>();
  /** Skeletons split at their backticks, as messages are made from them. */
  private readonly skeletonParts = new Map<number, string[]>();
  /** The kept rows in report order, once `finish` ran. */
  private order: Uint32Array | undefined;

  /** In report order: true once `finish` ran. */
  get sorted(): boolean {
    return this.order !== undefined;
  }

  /** Adds a finding; returns its row. */
  add(finding: Finding): number {
    if (this.order) throw new Error('FindingStore: add after finish');
    const row = this.count++;
    if ((row & (ROW_CHUNK - 1)) === 0) this.rowChunks.push(new Int32Array(ROW_CHUNK * STRIDE));
    const rows = this.rowChunks[row >>> ROW_CHUNK_BITS];
    const at = (row & (ROW_CHUNK - 1)) * STRIDE;
    rows[at + RULE] = this.intern(finding.rule);
    rows[at + FILE] = this.intern(finding.file);
    rows[at + HELP] = finding.help === undefined ? -1 : this.intern(finding.help);
    rows[at + START_LINE] = finding.start.line;
    rows[at + START_COLUMN] = finding.start.column;
    rows[at + END_LINE] = finding.end.line;
    rows[at + END_COLUMN] = finding.end.column;
    let bits = severityRank(finding.severity);
    if (!putHash(rows, at + FINGERPRINT_HIGH, finding.fingerprint)) {
      bits |= ODD_FINGERPRINT;
      this.oddFingerprints.set(row, finding.fingerprint);
    }
    if (finding.coarseFingerprint !== undefined) {
      bits |= HAS_COARSE;
      if (!putHash(rows, at + COARSE_HIGH, finding.coarseFingerprint)) {
        bits |= ODD_COARSE;
        this.oddCoarse.set(row, finding.coarseFingerprint);
      }
    }
    if (finding.baselined) bits |= BASELINED;
    rows[at + BITS] = bits;
    const split = splitMessage(finding.message);
    rows[at + SKELETON] = split ? this.intern(split.skeleton) : -1;
    this.putText(rows, at, row, split ? split.quoted : finding.message);
    return row;
  }

  /** How many findings: every row before `finish`, the kept ones after. */
  get length(): number {
    return this.order ? this.order.length : this.count;
  }

  /** The finding of a row, made anew: changing it changes nothing here. */
  at(row: number): Finding {
    const rows = this.rowChunks[row >>> ROW_CHUNK_BITS];
    const at = (row & (ROW_CHUNK - 1)) * STRIDE;
    const bits = rows[at + BITS];
    const finding: Finding = {
      rule: this.strings[rows[at + RULE]],
      severity: SEVERITY_OF_RANK[bits & 3],
      message: this.message(row),
      file: this.strings[rows[at + FILE]],
      start: { line: rows[at + START_LINE], column: rows[at + START_COLUMN] },
      end: { line: rows[at + END_LINE], column: rows[at + END_COLUMN] },
      fingerprint: this.fingerprint(row),
    };
    if (rows[at + HELP] >= 0) finding.help = this.strings[rows[at + HELP]];
    if (bits & HAS_COARSE) finding.coarseFingerprint = this.coarseFingerprint(row);
    if (bits & BASELINED) finding.baselined = true;
    return finding;
  }

  /** After `finish`, the kept rows in report order; before, every row in the order added. */
  rowsInOrder(): Uint32Array {
    if (this.order) return this.order;
    const all = new Uint32Array(this.count);
    for (let row = 0; row < this.count; row++) all[row] = row;
    return all;
  }

  *[Symbol.iterator](): Iterator<Finding> {
    for (const row of this.rowsInOrder()) yield this.at(row);
  }

  /** Every finding as objects, in order: for callers that want an array (tests, the Action). */
  toArray(): Finding[] {
    return Array.from(this.rowsInOrder(), (row) => this.at(row));
  }

  /** The kept findings for which `keep` holds, in order, read one at a time. */
  select(keep: (row: number) => boolean): FindingList {
    const rows = this.rowsInOrder().filter(keep);
    const store = this;
    return {
      sorted: this.sorted,
      length: rows.length,
      *[Symbol.iterator]() {
        for (const row of rows) yield store.at(row);
      },
    };
  }

  file(row: number): string {
    return this.strings[this.field(row, FILE)];
  }

  rule(row: number): string {
    return this.strings[this.field(row, RULE)];
  }

  line(row: number): number {
    return this.field(row, START_LINE);
  }

  severity(row: number): Severity {
    return SEVERITY_OF_RANK[this.field(row, BITS) & 3];
  }

  baselined(row: number): boolean {
    return (this.field(row, BITS) & BASELINED) !== 0;
  }

  markBaselined(row: number): void {
    this.rowChunks[row >>> ROW_CHUNK_BITS][(row & (ROW_CHUNK - 1)) * STRIDE + BITS] |= BASELINED;
  }

  /** Leaves the row out of the report (a suppressed finding); only before `finish`. */
  drop(row: number): void {
    this.rowChunks[row >>> ROW_CHUNK_BITS][(row & (ROW_CHUNK - 1)) * STRIDE + BITS] |= DROPPED;
  }

  fingerprint(row: number): string {
    const bits = this.field(row, BITS);
    const base = bits & ODD_FINGERPRINT ? this.oddFingerprints.get(row)! : hex64(this.field(row, FINGERPRINT_HIGH), this.field(row, FINGERPRINT_LOW));
    const repeat = bits >>> REPEAT_SHIFT;
    return repeat > 1 ? `${base}:${repeat}` : base;
  }

  coarseFingerprint(row: number): string | undefined {
    const bits = this.field(row, BITS);
    if (!(bits & HAS_COARSE)) return undefined;
    return bits & ODD_COARSE ? this.oddCoarse.get(row)! : hex64(this.field(row, COARSE_HIGH), this.field(row, COARSE_LOW));
  }

  message(row: number): string {
    const start = this.field(row, QUOTED_START);
    const length = this.field(row, QUOTED_LENGTH);
    const text =
      start < 0 ? this.longMessages.get(row)! : length === 0 ? '' : this.byteChunks[Math.floor(start / BYTE_CHUNK)].toString('utf8', start % BYTE_CHUNK, (start % BYTE_CHUNK) + length);
    const skeleton = this.field(row, SKELETON);
    if (skeleton < 0) return text;
    let parts = this.skeletonParts.get(skeleton);
    if (parts === undefined) this.skeletonParts.set(skeleton, (parts = this.strings[skeleton].split('`')));
    return joinParts(parts, text);
  }

  private field(row: number, field: number): number {
    return this.rowChunks[row >>> ROW_CHUNK_BITS][(row & (ROW_CHUNK - 1)) * STRIDE + field];
  }

  /**
   * Leaves the dropped rows out, puts the rest in `compareFindings` order (rows added earlier
   * first among equals, as a stable sort of an array would) and numbers repeated fingerprints:
   * the second finding with an identity, in that order, gets `:2`.
   */
  finish(): this {
    if (this.order) return this;
    let kept = 0;
    for (let row = 0; row < this.count; row++) if (!(this.field(row, BITS) & DROPPED)) kept++;
    const order = new Uint32Array(kept);
    for (let row = 0, k = 0; row < this.count; row++) if (!(this.field(row, BITS) & DROPPED)) order[k++] = row;
    // Strings compared once, as ranks: rule ids and file paths each sort as compareFindings sorts them.
    const rank = this.stringRanks();
    const field = (row: number, f: number) => this.field(row, f);
    order.sort(
      (a, b) =>
        rank[field(a, FILE)] - rank[field(b, FILE)] ||
        field(a, START_LINE) - field(b, START_LINE) ||
        field(a, START_COLUMN) - field(b, START_COLUMN) ||
        (field(a, BITS) & 3) - (field(b, BITS) & 3) ||
        rank[field(a, RULE)] - rank[field(b, RULE)] ||
        a - b,
    );
    this.order = order;
    this.numberRepeats();
    return this;
  }

  /** The position of each interned string in sorted order (by UTF-16 code units, as `<` compares). */
  private stringRanks(): Int32Array {
    const ids = this.strings.map((_, id) => id).sort((a, b) => (this.strings[a] < this.strings[b] ? -1 : this.strings[a] > this.strings[b] ? 1 : 0));
    const rank = new Int32Array(this.strings.length);
    ids.forEach((id, position) => (rank[id] = position));
    return rank;
  }

  /** Gives the second and later findings of one fingerprint, in report order, their repeat number. */
  private numberRepeats(): void {
    const order = this.order!;
    const field = (row: number, f: number) => this.field(row, f);
    const position = new Uint32Array(this.count);
    order.forEach((row, k) => (position[row] = k));
    // Hex fingerprints: sorted by value, then report order, each run of equals numbered 1, 2, ...
    const hashed = order.filter((row) => !(field(row, BITS) & ODD_FINGERPRINT));
    hashed.sort((a, b) => field(a, FINGERPRINT_HIGH) - field(b, FINGERPRINT_HIGH) || field(a, FINGERPRINT_LOW) - field(b, FINGERPRINT_LOW) || position[a] - position[b]);
    let repeat = 0;
    for (let k = 0; k < hashed.length; k++) {
      const row = hashed[k];
      const previous = hashed[k - 1];
      const same = k > 0 && field(row, FINGERPRINT_HIGH) === field(previous, FINGERPRINT_HIGH) && field(row, FINGERPRINT_LOW) === field(previous, FINGERPRINT_LOW);
      repeat = same ? repeat + 1 : 1;
      if (repeat > 1) this.setRepeat(row, repeat);
    }
    // Any other fingerprint (none of the engine's, which are all hashes) by its text.
    const seen = new Map<string, number>();
    for (const row of order) {
      const text = this.oddFingerprints.get(row);
      if (text === undefined) continue;
      const count = (seen.get(text) ?? 0) + 1;
      seen.set(text, count);
      if (count > 1) this.setRepeat(row, count);
    }
  }

  private setRepeat(row: number, repeat: number): void {
    this.rowChunks[row >>> ROW_CHUNK_BITS][(row & (ROW_CHUNK - 1)) * STRIDE + BITS] |= repeat << REPEAT_SHIFT;
  }

  private intern(text: string): number {
    let id = this.stringIds.get(text);
    if (id === undefined) {
      id = this.strings.length;
      this.strings.push(text);
      this.stringIds.set(text, id);
    }
    return id;
  }

  /** Stores `text` as UTF-8 in a byte chunk and where it is in the row (`rows` at `at`). */
  private putText(rows: Int32Array, at: number, row: number, text: string): void {
    if (text === '') {
      rows[at + QUOTED_START] = 0;
      rows[at + QUOTED_LENGTH] = 0;
      return;
    }
    // UTF-8 takes at most 3 bytes per UTF-16 unit.
    const most = text.length * 3;
    if (most > BYTE_CHUNK) {
      this.longMessages.set(row, text);
      rows[at + QUOTED_START] = -1;
      return;
    }
    if (this.byteLength + most > BYTE_CHUNK) {
      this.byteChunks.push(Buffer.allocUnsafe(BYTE_CHUNK));
      this.byteLength = 0;
    }
    const written = this.byteChunks[this.byteChunks.length - 1].write(text, this.byteLength, 'utf8');
    rows[at + QUOTED_START] = (this.byteChunks.length - 1) * BYTE_CHUNK + this.byteLength;
    rows[at + QUOTED_LENGTH] = written;
    this.byteLength += written;
  }
}

/** Stores a 16-hex-digit hash in `rows` at `at` and `at + 1`; false for any other text. */
function putHash(rows: Int32Array, at: number, text: string): boolean {
  if (text.length !== 16) return false;
  const high = hexValue(text, 0);
  const low = hexValue(text, 8);
  if (high < 0 || low < 0) return false;
  rows[at] = high | 0;
  rows[at + 1] = low | 0;
  return true;
}

/**
 * A message as its text outside code spans (the skeleton, shared by every finding of one kind)
 * and the values inside them (`Alert \`X\` has no owner` → `Alert \`\` has no owner` and `X`),
 * joined by NUL. Undefined for a message holding a NUL, which is then stored whole.
 */
export function splitMessage(message: string): { skeleton: string; quoted: string } | undefined {
  if (message.includes(SEPARATOR)) return undefined;
  const parts = message.split('`');
  if (parts.length < 3) return { skeleton: message, quoted: '' };
  const quoted: string[] = [];
  for (let i = 1; i < parts.length; i += 2) {
    quoted.push(parts[i]);
    parts[i] = '';
  }
  return { skeleton: parts.join('`'), quoted: quoted.join(SEPARATOR) };
}

/** The message `splitMessage` took apart. */
export function joinMessage(skeleton: string, quoted: string): string {
  return joinParts(skeleton.split('`'), quoted);
}

/** `joinMessage` with the skeleton already split at its backticks. */
function joinParts(parts: readonly string[], quoted: string): string {
  if (parts.length < 3) return parts.join('`');
  const values = quoted.includes(SEPARATOR) ? quoted.split(SEPARATOR) : [quoted];
  let message = parts[0];
  for (let i = 1, v = 0; i < parts.length; i++) message += `\`${i % 2 === 1 ? values[v++] : parts[i]}`;
  return message;
}

/** The value of 8 lowercase hex digits of `text` at `from`, or -1. */
function hexValue(text: string, from: number): number {
  let value = 0;
  for (let i = from; i < from + 8; i++) {
    const code = text.charCodeAt(i);
    const digit = code >= 48 && code <= 57 ? code - 48 : code >= 97 && code <= 102 ? code - 87 : -1;
    if (digit < 0) return -1;
    value = value * 16 + digit;
  }
  return value;
}
