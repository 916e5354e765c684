import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { configSchema } from '../src/engine/config-schema.js';
import { docsTables } from './docs-tables.js';
import { REPO_ROOT } from './e2e-helpers.js';

/**
 * Files made from the rules' and kinds' own descriptions. `npm run generate` rewrites them
 * (this test, with UPDATE_GENERATED=1); otherwise the test fails when one is stale.
 */
const UPDATE = process.env.UPDATE_GENERATED === '1';

function check(file: string, expected: string): void {
  const abs = path.join(REPO_ROOT, file);
  if (UPDATE) writeFileSync(abs, expected);
  else expect(readFileSync(abs, 'utf8'), `${file} is stale: run \`npm run generate\``).toBe(expected);
}

describe('generated files', () => {
  it('schemas/obslint-config.schema.json is the schema the rules and kinds describe', () => {
    check('schemas/obslint-config.schema.json', `${JSON.stringify(configSchema(), null, 2)}\n`);
  });

  it.each(['README.md', 'docs/rules/README.md'])('%s lists every rule and kind as their meta says', (file) => {
    const page = readFileSync(path.join(REPO_ROOT, file), 'utf8');
    check(file, docsTables(page));
  });
});
