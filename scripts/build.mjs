// Bundles the Action (dist/index.js) and the CLI (dist/cli/index.js) with ncc.
// Each bundle is self-contained (no node_modules at run time) and also serves as its own
// worker-thread script.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const ncc = ['node_modules/@vercel/ncc/dist/ncc/cli.js', 'build', '--quiet', '--license', 'licenses.txt', '--target', 'es2022'];

rmSync('dist', { recursive: true, force: true });
execFileSync(process.execPath, [...ncc, 'src/main.ts', '-o', 'dist'], { stdio: 'inherit' });
execFileSync(process.execPath, [...ncc, 'src/cli.ts', '-o', 'dist/cli'], { stdio: 'inherit' });
