import { createRequire } from 'node:module';
import os from 'node:os';
import { identify } from '../core/findings.js';
import { lintFile, type FileJob, type FileResult } from './lint.js';

/**
 * Lints files on several threads. Every lint thread pulls the next file from one queue, so a
 * few huge files do not leave a thread idle. A file whose lint fails, or kills its thread,
 * becomes one finding; the other files' findings are kept.
 *
 * With lint threads, the main thread only hands out files and keeps the findings. Node sizes
 * its young generation for speed (two 16 MB halves, set at start and not changeable after),
 * and linting fills it; a lint thread's is capped instead. Linting on the main thread too was
 * 6–12% faster on 2 cores but peaked 35 MB higher on 100,000 rules (165 against 128 MB).
 */

const WORKER_FLAG = 'obslint-worker';
/** On a thread's command line, so the entry can tell it is one without loading `node:worker_threads`. */
const WORKER_ARG = '--obslint-lint-thread';

/** Loading `node:worker_threads` takes a few milliseconds: only threads and runs that start them pay. */
function workerThreads(): typeof import('node:worker_threads') {
  return createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads');
}

type ToWorker = { file: string; named: boolean } | { stop: true };
type FromWorker = { result: FileResult } | { error: string; file: string };

export interface PoolOptions {
  /** The bundle to start workers from; without it (running from source) everything runs here. */
  workerUrl?: URL;
  threads: number;
}

/**
 * How many threads a run of this size uses, counting the main thread. `OBSLINT_THREADS` sets it
 * (1 = this thread only), for machines whose core count misleads (shared CI runners).
 */
export function threadsFor(fileCount: number, cores = availableCores(), forced = process.env.OBSLINT_THREADS): number {
  // Unset (NaN) and empty (0) fall through like any value that is not a count.
  const wanted = Number(forced);
  if (Number.isInteger(wanted) && wanted >= 1) return Math.min(wanted, 64);
  // Starting a lint thread costs about as much as linting a few dozen small files.
  const threads = Math.max(1, Math.min(cores, 4, Math.floor(fileCount / 40)));
  // Two are the main thread handing out files and one lint thread: no faster than the main
  // thread alone, and worth starting only for the capped young generation, when a run is large
  // enough for memory to matter (on 10,000 rules in 100 files one thread peaked lower, 108 MB).
  return threads === 2 && fileCount < MANY_FILES ? 1 : threads;
}

/** Where two threads start paying for themselves in memory (1,000 files of 100 rules: 128–140 MB against 150–155 on one). */
const MANY_FILES = 500;

function availableCores(): number {
  return typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
}

/** The result for a file obslint failed on: one finding that says so, at its first line. */
export function failedResult(file: string, reason: string, job: FileJob): FileResult {
  const severity = job.config.rules['unreadable-file']?.severity ?? 'warning';
  const at = { line: 1, column: 1 };
  const message = `obslint failed on this file, so it was not checked: ${reason.split('\n')[0]}`;
  return {
    file,
    kinds: [],
    alerts: 0,
    recordingRules: 0,
    findings: severity === 'off' ? [] : [
      {
        rule: 'unreadable-file',
        severity,
        message,
        help: 'This is a bug in obslint: please report it with the file.',
        file,
        start: at,
        end: at,
        fingerprint: identify('unreadable-file', file, 'crash', ''),
      },
    ],
  };
}

/**
 * Lints `files`, handing each file's result to `receive` as it arrives (in no fixed order), so
 * the run can keep its findings compact instead of holding every file's finding objects.
 */
export async function lintFiles(
  files: readonly string[],
  explicit: ReadonlySet<string>,
  job: FileJob,
  options: PoolOptions,
  receive: (result: FileResult) => void,
): Promise<void> {
  let next = 0;
  const take = () => (next < files.length ? files[next++] : undefined);
  const lintHere = (file: string) => lintFile(file, job, explicit.has(file)).catch((error: unknown) => failedResult(file, String((error as Error)?.message ?? error), job));

  // `threads` counts the main thread: 2 threads are the main thread and one lint thread.
  const workers = options.workerUrl ? Math.max(0, options.threads - 1) : 0;
  await Promise.all(Array.from({ length: workers }, () => runWorker(options.workerUrl!, job, take, explicit, receive)));
  // Without lint threads, or if every one stopped early, the main thread lints what is left.
  for (let file = take(); file !== undefined; file = take()) receive(await lintHere(file));
}

/** Files a worker holds in its queue: a second file queued keeps it busy while its last result travels. */
const IN_FLIGHT = 2;

function runWorker(
  url: URL,
  job: FileJob,
  take: () => string | undefined,
  explicit: ReadonlySet<string>,
  receive: (result: FileResult) => void,
): Promise<void> {
  return new Promise((resolve) => {
    // A worker's young generation grows past what linting one file at a time needs; capping it
    // lowers a 100,000-rule run's peak memory at no cost in time.
    const worker = new (workerThreads().Worker)(url, { argv: [WORKER_ARG], workerData: { [WORKER_FLAG]: true, job }, resourceLimits: { maxYoungGenerationSizeMb: 16 } });
    const pending = new Set<string>();
    let stopped = false;
    const send = () => {
      const file = take();
      if (file !== undefined) {
        pending.add(file);
        worker.postMessage({ file, named: explicit.has(file) } satisfies ToWorker);
      } else if (pending.size === 0 && !stopped) {
        stopped = true;
        worker.postMessage({ stop: true } satisfies ToWorker);
      }
    };
    worker.on('message', (message: FromWorker) => {
      const file = 'result' in message ? message.result.file : message.file;
      pending.delete(file);
      receive('result' in message ? message.result : failedResult(file, message.error, job));
      send();
    });
    let failure = 'the lint thread stopped';
    worker.on('error', (error) => (failure = `the lint thread failed: ${error.message}`));
    // A thread that ends with files still queued must not lose them silently.
    worker.on('exit', () => {
      for (const file of pending) receive(failedResult(file, failure, job));
      pending.clear();
      resolve();
    });
    worker.on('online', () => {
      for (let i = 0; i < IN_FLIGHT; i++) send();
    });
  });
}

/** True in a thread this pool started; the entry point then serves files instead of running. */
export function isPoolWorker(): boolean {
  if (!process.argv.includes(WORKER_ARG)) return false;
  const { isMainThread, workerData } = workerThreads();
  return !isMainThread && (workerData as Record<string, unknown> | null)?.[WORKER_FLAG] === true;
}

export function serveWorker(): void {
  const { parentPort, workerData } = workerThreads();
  const job = (workerData as { job: FileJob }).job;
  const port = parentPort!;
  port.on('message', (message: ToWorker) => {
    if ('stop' in message) {
      port.close();
      return;
    }
    lintFile(message.file, job, message.named).then(
      (result) => port.postMessage({ result } satisfies FromWorker),
      (error: unknown) => port.postMessage({ error: String((error as Error)?.message ?? error), file: message.file } satisfies FromWorker),
    );
  });
}
