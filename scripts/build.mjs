// Bundles the Action (dist/index.js) and the CLI (dist/cli/obslint.js, started by
// dist/cli/index.js) with ncc, and writes dist/licenses.txt for every package the bundles may
// contain.
// Each bundle is self-contained (no node_modules at run time) and also serves as its own
// worker-thread script; code a run rarely needs (the general YAML parser) is a chunk loaded
// on demand. The CLI's bundle is rewritten as one function expression the launcher compiles
// with V8's code cache (src/cli-launcher.ts).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import ts from 'typescript';

const ncc = ['node_modules/@vercel/ncc/dist/ncc/cli.js', 'build', '--quiet', '--target', 'es2022'];

rmSync('dist', { recursive: true, force: true });
execFileSync(process.execPath, [...ncc, 'src/main.ts', '-o', 'dist'], { stdio: 'inherit' });
execFileSync(process.execPath, [...ncc, 'src/cli.ts', '-o', 'dist/cli'], { stdio: 'inherit' });
const program = scriptFromModule(readFileSync('dist/cli/index.js', 'utf8'));
rmSync('dist/cli/index.js');
writeFileSync('dist/cli/obslint.js', program);
const programHash = createHash('sha256').update(program).digest('hex').slice(0, 16);
writeLauncher('src/cli-launcher.ts', 'dist/cli/index.js', (text) => replaceExactly(text, "'@@PROGRAM_HASH@@'", `'${programHash}'`, 1));
writeFileSync('dist/licenses.txt', licenses());

/** The launcher imports only Node's own modules: transpiled alone, not bundled. */
function writeLauncher(source, target, finish) {
  const { outputText } = ts.transpileModule(readFileSync(source, 'utf8'), { compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022 } });
  writeFileSync(target, finish(outputText));
  chmodSync(target, 0o755);
}

/**
 * The module ncc wrote, as a function expression of the launcher's `ProgramHost`: `vm.Script`
 * compiles scripts only, and only scripts get a code cache on every Node we support. A module
 * is strict and has its own scope; the function keeps both. Each rewrite must happen exactly as
 * often as expected, so a change in ncc's output fails the build instead of the program.
 */
function scriptFromModule(text) {
  let script = text.replace(/^#!.*\n/, '');
  script = replaceExactly(script, 'import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";', 'const __WEBPACK_EXTERNAL_createRequire = obslintHost.createRequire;', 1);
  script = replaceExactly(script, 'import("./" + __nccwpck_require__.u(chunkId))', 'obslintHost.importChunk("./" + __nccwpck_require__.u(chunkId))', 1);
  script = replaceExactly(script, 'import.meta.url', 'obslintHost.url');
  // A dynamic import() would run without the host's loader: only ncc's comments may say it.
  const dynamicImport = /\bimport\(/.exec(script.replaceAll('/* import() */', '').replaceAll('// import() chunk loading', ''));
  if (dynamicImport) throw new Error(`build: a dynamic import() left in the CLI bundle: ${JSON.stringify(script.slice(dynamicImport.index - 40, dynamicImport.index + 40))}`);
  const wrapped = `// The obslint CLI, compiled by dist/cli/index.js (a function of its host, not a module).\n(function (obslintHost) {\n'use strict';\n${script}\n})\n`;
  // Static import, export and import.meta are syntax errors in a script: this fails on any left.
  new vm.Script(wrapped, { filename: 'dist/cli/obslint.js' });
  return wrapped;
}

/** `text` with every `from` replaced; throws unless there were `count` of them (any count, at least one, when omitted). */
function replaceExactly(text, from, to, count) {
  const parts = text.split(from);
  const found = parts.length - 1;
  if (count === undefined ? found === 0 : found !== count) throw new Error(`build: expected ${count ?? 'some'} of ${JSON.stringify(from)} in the bundle, found ${found}`);
  return parts.join(to);
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
