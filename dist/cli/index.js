#!/usr/bin/env node
// The `obslint` command as installed (dist/cli/index.js): it turns on V8's compile cache where
// Node has it (22.1 and later), then loads the program, the bundle of cli.ts beside it
// (dist/cli/obslint.js). Only code compiled after the call is cached, hence this separate file;
// the build transpiles it alone, so it imports nothing but Node.
import nodeModule from 'node:module';
// Node picks the folder (`NODE_COMPILE_CACHE`, else node-compile-cache in the OS temp folder)
// and `NODE_DISABLE_COMPILE_CACHE=1` turns it off. A cache that cannot be used only costs the
// compiling it would have saved, so a failure is ignored.
try {
    nodeModule.enableCompileCache?.();
}
catch {
    // Compile as usual.
}
await import(new URL('./obslint.js', import.meta.url).href);
