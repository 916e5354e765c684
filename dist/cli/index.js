#!/usr/bin/env node
// The `obslint` command as installed (dist/cli/index.js). It loads the program, the bundle of
// cli.ts beside it (dist/cli/obslint.js), through V8's code cache: a run's time is mostly
// compiling and first-running code, and a cache written after a run that linted holds the
// compiled form of every function that run used (and the runs before it), so the next run
// starts warm. (Node's own
// compile cache, from 22.1, stores code only as compiled at load, before any of it ran, and
// Node 20 has none.) The build turns the bundle from a module into one function expression
// (scripts/build.mjs, `scriptFromModule`) so it can be compiled here with `vm.Script`.
// The build transpiles this file alone: it imports nothing but Node.
import { readFileSync, renameSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import nodeModule, { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';
/** Replaced by the build with a hash of the program's text: a cache is for one build only. */
const PROGRAM_HASH = '66099118bd056b7c';
/** Bytes of compiled code a run must add to the cache for it to be written again. */
const MEANINGFUL_GROWTH = 16 * 1024;
// Linting makes much short-lived garbage (a tree per file), and V8 lets the heap grow up to 4x
// between full collections while they are cheap: 300 MB peak for 60 MB alive on a 100,000-rule
// run. Growing by at most 2x keeps the peak near 235 MB at no measured cost in time. The flag is
// read at each collection, so setting it now works. It is V8's own and V8 prints an error for a
// flag it lacks, so it is set only on the Node versions it was checked on (20 to 24).
if (Number(process.versions.node.split('.')[0]) <= 24)
    v8.setFlagsFromString('--heap-growing-percent=100');
// The chunks the program loads on demand (validators, parsers) are modules: where Node has a
// compile cache, it serves them.
try {
    nodeModule.enableCompileCache?.();
}
catch {
    // Compile as usual.
}
const programFile = fileURLToPath(new URL('./obslint.js', import.meta.url));
const source = readFileSync(programFile, 'utf8');
const cacheFile = codeCacheFile();
const cachedData = cacheFile === undefined ? undefined : readCache(cacheFile);
const script = new vm.Script(source, { filename: programFile, cachedData });
if (cacheFile !== undefined) {
    process.once('exit', (code) => {
        if (!lintedOnMainThread(code))
            return;
        // The cache holds what was compiled when it was made: the code it was given plus what this
        // run compiled besides (2-4 ms to make). Kept when it is new or clearly more, so a first
        // run over one file does not leave a cache that lacks what larger runs use.
        const data = script.createCachedData();
        const known = cachedData === undefined || script.cachedDataRejected ? 0 : cachedData.length;
        if (data.length > known + MEANINGFUL_GROWTH)
            writeCache(cacheFile, data);
    });
}
const host = {
    createRequire,
    url: import.meta.url,
    importChunk: (file) => import(new URL(file, import.meta.url).href),
};
script.runInThisContext()(host);
/**
 * The cache file for this build of the program on this Node, in a folder of the user's own;
 * undefined when caching is off (`NODE_DISABLE_COMPILE_CACHE=1`, as for Node's own cache) or
 * the folder cannot be trusted. The mtime catches a program edited in place.
 */
function codeCacheFile() {
    if (process.env.NODE_DISABLE_COMPILE_CACHE)
        return undefined;
    try {
        const uid = process.getuid?.() ?? 'user';
        const folder = process.env.OBSLINT_COMPILE_CACHE || path.join(os.tmpdir(), `obslint-compile-cache-${uid}`);
        mkdirSync(folder, { recursive: true, mode: 0o700 });
        // Cached code runs as it is: never take it from a folder someone else could write to.
        const info = statSync(folder);
        if (process.getuid && (info.uid !== process.getuid() || (info.mode & 0o022) !== 0))
            return undefined;
        const mtime = Math.trunc(statSync(programFile).mtimeMs);
        return path.join(folder, `${PROGRAM_HASH}-${mtime}-${process.version}-${process.arch}.cache`);
    }
    catch {
        return undefined;
    }
}
function readCache(file) {
    try {
        return readFileSync(file);
    }
    catch {
        return undefined;
    }
}
/**
 * Only a run that linted leaves a cache worth keeping (`--version` compiles almost nothing), and
 * only the main thread writes it: lint threads start through this file too.
 */
function lintedOnMainThread(code) {
    if (process.argv.includes('--obslint-lint-thread'))
        return false;
    const args = process.argv.slice(2);
    if (args.some((arg) => arg === '--help' || arg === '-h' || arg === '--version' || arg === '-v'))
        return false;
    // 0 and 1 are the exit codes of a finished lint; 2 is a usage or config error.
    return code === 0 || code === 1;
}
/** Written to a temporary name and renamed, so a concurrent run never reads half a file. */
function writeCache(file, data) {
    const partial = `${file}.${process.pid}.tmp`;
    try {
        writeFileSync(partial, data, { mode: 0o600 });
        renameSync(partial, file);
    }
    catch {
        // The next run compiles as this one did.
    }
}
