#!/usr/bin/env node
// The `obslint` command as installed (dist/cli/index.js): it turns on V8's compile cache where
// Node has it (22.1 and later), then loads the program, the bundle of cli.ts beside it
// (dist/cli/obslint.js). Only code compiled after the call is cached, hence this separate file;
// the build transpiles it alone, so it imports nothing but Node.
import nodeModule from 'node:module';
import v8 from 'node:v8';
// Node picks the folder (`NODE_COMPILE_CACHE`, else node-compile-cache in the OS temp folder)
// and `NODE_DISABLE_COMPILE_CACHE=1` turns it off. A cache that cannot be used only costs the
// compiling it would have saved, so a failure is ignored.
try {
    nodeModule.enableCompileCache?.();
}
catch {
    // Compile as usual.
}
// Linting makes much short-lived garbage (a tree per file), and V8 lets the heap grow up to 4x
// between full collections while they are cheap: 300 MB peak for 60 MB alive on a 100,000-rule
// run. Growing by at most 2x keeps the peak near 235 MB at no measured cost in time. The flag is
// read at each collection, so setting it now works. It is V8's own and V8 prints an error for a
// flag it lacks, so it is set only on the Node versions it was checked on (20 to 24).
if (Number(process.versions.node.split('.')[0]) <= 24)
    v8.setFlagsFromString('--heap-growing-percent=100');
await import(new URL('./obslint.js', import.meta.url).href);
