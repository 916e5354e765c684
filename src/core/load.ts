import { readFileSync, statSync } from 'node:fs';
import { parseFast } from '../yaml/fast-parser.js';
import { shiftOffsets, type YDocument } from '../yaml/tree.js';

/** Something wrong found before a kind or rule could look at the file; offsets into the text. */
export interface Problem {
  rule: string;
  message: string;
  start: number;
  end: number;
  help?: string;
}

export interface ParsedText {
  /** Each document's tree (with source offsets) and data (aliases and merge keys resolved). */
  documents: YDocument[];
  problems: Problem[];
}

/** `text` is empty when the file could not be read at all; `problem` says why it is not linted. */
export interface ReadResult {
  text: string;
  problem?: Problem;
}

const BINARY_SNIFF_BYTES = 8000;

/**
 * Reads a file as UTF-8 text, turning every reason it cannot be linted into one problem
 * instead of an exception: too large, binary, not UTF-8, unreadable.
 */
export async function readText(absPath: string, maxBytes: number): Promise<ReadResult> {
  try {
    // Synchronous: config files are small, and a round trip through libuv's thread pool for each
    // of them cost a run of 10 small files about 10 ms of its start.
    const stat = statSync(absPath);
    // A pipe or device named on the command line would block the read, or never end.
    if (!stat.isFile()) {
      return {
        text: '',
        problem: { rule: 'unreadable-file', message: 'Not a regular file, so it was not read.', help: 'Name files or folders only.', start: 0, end: 0 },
      };
    }
    if (stat.size > maxBytes) {
      return {
        text: '',
        problem: {
          rule: 'unreadable-file',
          message: `File is ${formatBytes(stat.size)}, over the ${formatBytes(maxBytes)} limit, so it was not linted.`,
          help: 'Exclude it in .obslint.yml (`exclude:`), or raise `max-file-size` if it really is config.',
          start: 0,
          end: 0,
        },
      };
    }
    const bytes = readFileSync(absPath);
    return decode(bytes);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    return {
      text: '',
      problem: {
        rule: 'unreadable-file',
        message: `File could not be read (${code}).`,
        help: 'Check that the path exists and is readable.',
        start: 0,
        end: 0,
      },
    };
  }
}

export function decode(bytes: Uint8Array): ReadResult {
  // Windows tools often save text as UTF-16, which looks binary (every other byte is NUL).
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || looksUtf16(bytes)) {
    return {
      text: '',
      problem: {
        rule: 'unreadable-file',
        message: 'File is saved as UTF-16, so it was not linted.',
        help: 'Re-save the file as UTF-8.',
        start: 0,
        end: 0,
      },
    };
  }
  const sniff = bytes.subarray(0, BINARY_SNIFF_BYTES);
  if (sniff.includes(0)) {
    return {
      text: '',
      problem: {
        rule: 'unreadable-file',
        message: 'File looks binary (it contains NUL bytes), so it was not linted.',
        help: 'Exclude it in .obslint.yml (`exclude:`) if it is not config.',
        start: 0,
        end: 0,
      },
    };
  }
  // A byte-order mark (Go's reader skips up to two) is not a column: editors count from after it.
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8').replace(/^\uFEFF{1,2}/, '');
  const bad = text.indexOf('\uFFFD');
  // U+FFFD is also a legal character; only complain when the bytes were really invalid.
  if (bad !== -1 && !isValidUtf8(bytes)) {
    return {
      // The decoded text is kept so the finding can show where the bad byte is.
      text,
      problem: {
        rule: 'unreadable-file',
        message: 'File is not valid UTF-8, so it was not linted.',
        help: 'Re-save the file as UTF-8.',
        start: bad,
        end: bad + 1,
      },
    };
  }
  return { text };
}

/** UTF-16 without a byte-order mark: mostly ASCII text, so every other byte is NUL. */
function looksUtf16(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, Math.min(bytes.length, BINARY_SNIFF_BYTES) & ~1);
  if (sample.length < 4) return false;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) evenNul++;
    if (sample[i + 1] === 0) oddNul++;
  }
  const pairs = sample.length / 2;
  return (oddNul > pairs * 0.9 && evenNul === 0) || (evenNul > pairs * 0.9 && oddNul === 0);
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    strictUtf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * Parses every YAML document of a text (JSON included), keeping source offsets. Plain block
 * YAML takes the fast parser; anything else, and every error, the general parser (the `yaml`
 * package read with Go's rules), which is loaded only when a file needs it (most runs never
 * do). Go's reader skips a byte-order mark at the start, and its scanner one more; offsets
 * still count them.
 */
export async function parseYaml(text: string): Promise<ParsedText> {
  const boms = text.startsWith('\uFEFF\uFEFF') ? 2 : text.startsWith('\uFEFF') ? 1 : 0;
  const body = boms > 0 ? text.slice(boms) : text;
  const fast = parseFast(body);
  let parsed: ParsedText;
  if (fast) parsed = { documents: fast, problems: [] };
  else {
    const { parseWithYaml } = await import('../yaml/general-parser.js');
    parsed = parseWithYaml(body);
  }
  if (boms > 0) {
    shiftOffsets(parsed.documents, boms);
    for (const problem of parsed.problems) {
      problem.start += boms;
      problem.end += boms;
    }
  }
  return parsed;
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1).replace(/\.0$/, '')} KB`;
  return `${bytes} B`;
}
