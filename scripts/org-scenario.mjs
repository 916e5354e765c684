// Runs the three-repository scenario of docs/org-rollout.md with the built bundles and prints
// what each run shows, for pasting into the walkthrough (test/org-scenario.e2e.test.ts checks
// that the page shows exactly this). Build first: `npm run build && node scripts/org-scenario.mjs`.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runScenario, transcripts } from '../test/fixtures/org-scenario.mjs';

const cli = fileURLToPath(new URL('../dist/cli/index.js', import.meta.url));
const action = fileURLToPath(new URL('../dist/index.js', import.meta.url));
for (const bundle of [cli, action]) {
  if (!existsSync(bundle)) {
    process.stderr.write(`${bundle} is missing: run \`npm run build\` first.\n`);
    process.exit(2);
  }
}

const result = await runScenario({ cli, action });
for (const [key, text] of Object.entries({ ...transcripts(result), ...result.files })) {
  process.stdout.write(`===== ${key}\n${text}${text.endsWith('\n') ? '' : '\n'}`);
}
