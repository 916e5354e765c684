#!/usr/bin/env node
// The `obslint` command. Thin on purpose: the same bundle also serves as a lint worker thread.
import { isPoolWorker, serveWorker } from './engine/pool.js';
import { cli } from './run-cli.js';

if (isPoolWorker()) {
  serveWorker();
} else {
  // `obslint | head` closes the pipe early: that is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  cli(process.argv.slice(2), process.cwd(), new URL(import.meta.url)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`obslint: internal error: ${(error as Error)?.stack ?? String(error)}\nPlease report it with the file that caused it.\n`);
      process.exitCode = 2;
    },
  );
}
