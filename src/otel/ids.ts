/**
 * Component and pipeline ids as the Collector reads them (`component.ID` and `pipeline.ID`
 * in go.opentelemetry.io/collector): `type[/name]`, each part trimmed of white space, the
 * type `^[a-zA-Z][0-9a-zA-Z_]{0,62}$`, the name anything up to 1024 bytes without white
 * space, control characters or symbols. Two spellings that read as one id (`otlp` and
 * `otlp `) are the same component, so ids are compared in this normal form.
 */

import { shown } from '../core/text.js';

const SIGNALS = ['traces', 'metrics', 'logs', 'profiles'] as const;

/** An id split as the Collector splits it: at the first `/`. */
export interface ParsedId {
  /** The type (or a pipeline's signal), trimmed. */
  type: string;
  /** The name after the first `/`, trimmed; empty when there is none. */
  name: string;
  /** `type[/name]` as the Collector prints it. */
  id: string;
  /** Why the Collector refuses it, when it does: a sentence fragment about `written`. */
  error?: string;
}

const TYPE = /^[a-zA-Z][0-9a-zA-Z_]{0,62}$/;
// Go's \pZ, \pC (Cc, Cf, Co, Cs: Go's C has no Cn) and \pS.
const BAD_NAME_CHARACTER = /[\p{Z}\p{Cc}\p{Cf}\p{Co}\p{Cs}\p{S}]/u;
const MAX_NAME_BYTES = 1024;

/** Parses a component id (`otlp/internal`). */
export function parseComponentId(written: string): ParsedId {
  return parse(written, (type) => (TYPE.test(type) ? undefined : badType(type)));
}

/** Parses a pipeline id (`traces/backend`): the part before `/` is one of the signals. */
export function parsePipelineId(written: string): ParsedId {
  return parse(written, (signal) =>
    (SIGNALS as readonly string[]).includes(signal) ? undefined : `has the unknown signal \`${signal}\`: a pipeline is named \`traces\`, \`metrics\`, \`logs\` or \`profiles\`, optionally followed by \`/name\``,
  );
}

function parse(written: string, checkType: (type: string) => string | undefined): ParsedId {
  const slash = written.indexOf('/');
  const type = (slash === -1 ? written : written.slice(0, slash)).trim();
  const name = slash === -1 ? '' : written.slice(slash + 1).trim();
  const id = name === '' ? type : `${type}/${name}`;
  if (type === '') return { type, name, id, error: slash === -1 ? 'is empty' : 'has nothing before the `/`' };
  if (slash !== -1 && name === '') return { type, name, id, error: 'has nothing after the `/`' };
  const nameError = name === '' ? undefined : checkName(name);
  // The Collector checks the name first, then the type.
  return { type, name, id, error: nameError ?? checkType(type) };
}

function checkName(name: string): string | undefined {
  if (Buffer.byteLength(name, 'utf8') > MAX_NAME_BYTES) return `has a name longer than ${MAX_NAME_BYTES} bytes`;
  const bad = BAD_NAME_CHARACTER.exec(name);
  if (bad) return `has ${describeCharacter(bad[0])} in its name, which the Collector refuses (no spaces, control characters or symbols)`;
  return undefined;
}

function badType(type: string): string {
  if (type.length > 63) return 'has a type longer than 63 characters';
  return 'has an invalid type: it must start with a letter and hold only letters, digits and `_`';
}

function describeCharacter(ch: string): string {
  if (ch === ' ') return 'a space';
  const code = ch.codePointAt(0)!;
  if (/[\p{Z}\p{C}]/u.test(ch)) return `the character U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return `\`${shown(ch)}\``;
}
