// The GitHub Action entry (dist/index.js). Thin on purpose: the same bundle also serves as a
// lint worker thread.
import * as core from '@actions/core';
import { runAction } from './action.js';
import { isPoolWorker, serveWorker } from './engine/pool.js';

if (isPoolWorker()) {
  serveWorker();
} else {
  runAction(process.env, new URL(import.meta.url)).catch((error: unknown) => {
    core.setFailed(`obslint: internal error: ${(error as Error)?.stack ?? String(error)}`);
  });
}
