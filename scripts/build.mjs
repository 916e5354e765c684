// Bundles the Action (dist/index.js) and the CLI (dist/cli/obslint.js, started by
// dist/cli/index.js) with ncc, and writes dist/licenses.txt for every package the bundles may
// contain.
// Each bundle is self-contained (no node_modules at run time) and also serves as its own
// worker-thread script; code a run rarely needs (the general YAML parser) is a chunk loaded
// on demand.
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const ncc = ['node_modules/@vercel/ncc/dist/ncc/cli.js', 'build', '--quiet', '--target', 'es2022'];

rmSync('dist', { recursive: true, force: true });
execFileSync(process.execPath, [...ncc, 'src/main.ts', '-o', 'dist'], { stdio: 'inherit' });
execFileSync(process.execPath, [...ncc, 'src/cli.ts', '-o', 'dist/cli'], { stdio: 'inherit' });
renameSync('dist/cli/index.js', 'dist/cli/obslint.js');
writeLauncher('src/cli-launcher.ts', 'dist/cli/index.js');
writeFileSync('dist/licenses.txt', licenses());

/** The launcher imports only Node's own modules: transpiled alone, not bundled. */
function writeLauncher(source, target) {
  const { outputText } = ts.transpileModule(readFileSync(source, 'utf8'), { compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022 } });
  writeFileSync(target, outputText);
  chmodSync(target, 0o755);
}

/** The licence texts of the production dependencies, transitively, sorted by name. */
function licenses() {
  const seen = new Map();
  const visit = (name, from) => {
    const dir = resolvePackage(name, from);
    if (!dir || seen.has(dir)) return;
    const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
    seen.set(dir, pkg);
    for (const dep of Object.keys(pkg.dependencies ?? {})) visit(dep, dir);
  };
  const root = JSON.parse(readFileSync('package.json', 'utf8'));
  for (const dep of Object.keys(root.dependencies)) visit(dep, '.');
  const byId = new Map();
  for (const [dir, pkg] of seen) {
    const id = `${pkg.name}@${pkg.version}`;
    if (!byId.has(id)) byId.set(id, { id, license: pkg.license ?? 'UNKNOWN', text: licenseText(dir) });
  }
  const entries = [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
  return entries.map((e) => `${e.id}\n${e.license}\n${e.text}`.trimEnd()).join('\n\n') + '\n';
}

/** Node's lookup: node_modules of the requiring package, then of each folder above it. */
function resolvePackage(name, from) {
  for (let dir = path.resolve(from); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', name);
    if (existsSync(path.join(candidate, 'package.json'))) return candidate;
    if (dir === path.dirname(dir)) return undefined;
  }
}

function licenseText(dir) {
  const file = readdirSync(dir).find((f) => /^(licen[sc]e|copying)(\.|$)/i.test(f));
  return file ? readFileSync(path.join(dir, file), 'utf8') : '';
}
