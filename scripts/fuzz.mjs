// Runs the fuzz properties of test/hostile/fuzz.test.ts for longer than the suite does:
//   node scripts/fuzz.mjs --runs 100000 [--seed 42] [--batches 20]
// The same generators and checks, with more cases and (by default) a seed of the moment, so each
// run explores new inputs; a failure prints the seed and the shrunk counterexample to replay.
// Needs the CLI bundle (npm run build): each batch is also linted by it on one and four threads.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '100000' },
    seed: { type: 'string', default: String(Date.now() % 2 ** 31) },
    // One bundle run per batch: about 1,000 cases each keeps its folder and argument list small.
    batches: { type: 'string' },
  },
});
const runs = Number(values.runs);
const batches = Number(values.batches ?? Math.max(1, Math.round(runs / 1000)));
if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(batches) || batches < 1) {
  console.error('usage: node scripts/fuzz.mjs --runs <count> [--seed <number>] [--batches <count>]');
  process.exit(2);
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
console.log(`fuzzing: ${runs} cases in ${batches} batches, seed ${values.seed}`);
const ran = spawnSync(process.execPath, [path.join(root, 'node_modules/vitest/vitest.mjs'), 'run', 'test/hostile/fuzz.test.ts', '--testTimeout', '0'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, OBSLINT_FUZZ_RUNS: String(runs), OBSLINT_FUZZ_BATCHES: String(batches), OBSLINT_FUZZ_SEED: values.seed },
});
process.exit(ran.status ?? 1);
