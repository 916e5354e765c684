import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** scripts/go-yaml-check, built by scripts/install-reference-tools.sh. */
export const HAS_GO_YAML_CHECK = spawnSync('go-yaml-check', [], { encoding: 'utf8' }).status === 0;

export interface GoVerdict {
  ok: boolean;
  error?: string;
  data?: unknown[];
}

export interface GoReport {
  file: string;
  v2: GoVerdict;
  v3node: GoVerdict;
  v3: GoVerdict;
}

/** Go's verdicts on files, in one run of the tool. */
export function goReadFiles(files: string[]): GoReport[] {
  const run = spawnSync('go-yaml-check', files, { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (run.status !== 0) throw new Error(`go-yaml-check failed: ${run.stderr}`);
  return run.stdout.trim().split('\n').map((line) => JSON.parse(line) as GoReport);
}

/** Go's verdicts on texts (written to a temporary folder). */
export function goReadTexts(texts: string[]): GoReport[] {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'go-yaml-'));
  try {
    const files = texts.map((text, i) => {
      const file = path.join(dir, `${i}.yml`);
      writeFileSync(file, text);
      return file;
    });
    return goReadFiles(files);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Our data in the tool's JSON form: keys sorted (Go's JSON encoder sorts them) and numbers
 * JSON cannot hold tagged, as the tool does.
 */
export function asGoJson(value: unknown): unknown {
  if (typeof value === 'number' && !Number.isFinite(value)) return { float: Number.isNaN(value) ? 'NaN' : value > 0 ? '+Inf' : '-Inf' };
  if (Array.isArray(value)) return value.map(asGoJson);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => [k, asGoJson(v)]));
  return value;
}
