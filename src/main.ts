// The GitHub Action entry (dist/index.js). Thin on purpose: the same bundle also serves as a
// lint worker thread.
import v8 from 'node:v8';
import * as core from '@actions/core';
import { runAction } from './action.js';
import { isPoolWorker, serveWorker } from './engine/pool.js';

// As in the CLI (src/cli-launcher.ts): the heap grows by at most 2x between full collections,
// which lowers the peak memory of a large run by about a quarter at no cost in time.
if (Number(process.versions.node.split('.')[0]) <= 24) v8.setFlagsFromString('--heap-growing-percent=100');

if (isPoolWorker()) {
  serveWorker();
} else {
  runAction(process.env, new URL(import.meta.url)).catch((error: unknown) => {
    core.setFailed(`obslint: internal error: ${(error as Error)?.stack ?? String(error)}`);
  });
}
