// Reads and scans many files, spread over worker threads when there are enough of them to pay for starting one.
//
// A worker runs shared/scan/scan-worker.ts, bundled on its own into build/scan-worker.js (scripts/build-scan-worker.mjs)
// before ncc, which copies it beside every bundle that holds this module: a worker evaluates the scanner alone (80 kB),
// not the whole action (megabytes of code, tens of megabytes of heap). From TypeScript sources (Jest) scanning stays
// in the calling thread, so that what runs there is the source under test, not a bundle of it.
//
// Files are handed out through a counter in shared memory that every thread (the caller's included) bumps to claim
// the next file, so fast threads take more files and no thread idles while others still have a queue.

import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ScannedFile } from './model.js';
import { drain, type ScanBatch, scanFile, type ScanTask } from './scan-file.js';

export { scanFile } from './scan-file.js';

export interface ScanFilesOptions {
  /** Threads to scan on, the caller's included; default: one per CPU when there are enough files, else 1. */
  threads?: number;
}

/** Below this many files one thread is as fast as several: starting a worker costs about as much as scanning them. */
const FILES_PER_EXTRA_THREAD = 400;
/** The caller's thread yields to its event loop after scanning for this long. */
const SLICE_MS = 20;
/** Bundled code (a .js file), where the worker's own file sits beside this one. */
const bundled = /\.(c|m)?js$/.test(new URL(import.meta.url).pathname);
/** Written this way for ncc, which copies the file it names beside the bundle and rewrites the path to it. */
const workerFile = () => new URL('../../build/scan-worker.js', import.meta.url);

/** Workers take this much young-generation heap: their results leave in batches, so survivors are few. */
const WORKER_YOUNG_GENERATION_MB = 4;

interface RunningWorker {
  /** Resolves when the worker has ended: true when it sent its last batch. */
  ended: Promise<boolean>;
  filesScanned: number;
}

/** Starts a worker whose batches go to `take` as they arrive. */
function startWorker(task: ScanTask, take: (batch: ScanBatch) => void): RunningWorker {
  const running: RunningWorker = { ended: Promise.resolve(false), filesScanned: 0 };
  running.ended = new Promise((resolve) => {
    let done = false;
    const worker = new Worker(workerFile(), { workerData: task, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } });
    worker.on('message', (m: ScanBatch & { done: boolean }) => {
      running.filesScanned += m.indices.length;
      take(m);
      done = m.done;
    });
    worker.on('error', () => undefined); // a failed worker's unreported files are scanned by the caller
    worker.on('exit', () => resolve(done));
  });
  return running;
}

export interface ScanReport {
  /** Sorted by path. */
  scanned: ScannedFile[];
  /** Files each thread scanned, the caller's first, then each worker that reported. */
  filesPerThread: number[];
  /** Workers that ended without reporting (their files were scanned by the caller). */
  failedWorkers: number;
}

/** Reads and scans `files` (relative to `root`); results sorted by path. */
export async function scanFiles(root: string, files: readonly string[], options: ScanFilesOptions = {}): Promise<ScannedFile[]> {
  return (await scanFilesReport(root, files, options)).scanned;
}

/** scanFiles, telling how the work was shared among threads. */
export async function scanFilesReport(root: string, files: readonly string[], options: ScanFilesOptions = {}): Promise<ScanReport> {
  const scanned: ScannedFile[] = [];
  const stats: Omit<ScanReport, 'scanned'> = { filesPerThread: [], failedWorkers: 0 };
  for await (const file of scanFilesInOrder(root, files, options, stats)) scanned.push(file);
  return { scanned, ...stats };
}

const byPath = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Scans `files` and yields each result in path order as soon as it and every file before it are scanned, so that a
 * caller writing them out (`ml-hub imports --json` over 13,000 files) holds a few hundred at a time, not all of them.
 * `stats`, when given, is filled in once the last file is yielded.
 */
export async function* scanFilesInOrder(
  root: string,
  files: readonly string[],
  options: ScanFilesOptions = {},
  stats?: Omit<ScanReport, 'scanned'>,
): AsyncGenerator<ScannedFile> {
  const auto = Math.min(availableParallelism(), Math.ceil(files.length / FILES_PER_EXTRA_THREAD));
  const threads = Math.max(1, options.threads ?? auto);
  const task: ScanTask = { root, files: [...files].sort(byPath), next: new SharedArrayBuffer(4) };
  const ready: (ScannedFile | undefined)[] = new Array(task.files.length);
  const take = (batch: ScanBatch) => batch.indices.forEach((k, j) => (ready[k] = batch.scanned[j]));
  const workers = Array.from({ length: bundled ? threads - 1 : 0 }, () => startWorker(task, take));
  let yielded = 0;
  let own = 0;
  for (let finished = false; !finished; ) {
    const batch: ScanBatch = { indices: [], scanned: [] };
    finished = drain(task, batch, performance.now() + SLICE_MS);
    own += batch.indices.length;
    take(batch);
    for (; ready[yielded] !== undefined; yielded++) {
      yield ready[yielded]!;
      ready[yielded] = undefined;
    }
    if (!finished) await new Promise<void>((resolve) => setImmediate(resolve));
  }
  const reported = await Promise.all(workers.map((w) => w.ended));
  for (; yielded < task.files.length; yielded++) {
    // A file claimed by a worker that died unannounced is scanned here.
    yield ready[yielded] ?? scanFile(root, task.files[yielded]!);
    ready[yielded] = undefined;
  }
  if (stats) {
    stats.filesPerThread = [own, ...workers.filter((_, k) => reported[k]).map((w) => w.filesScanned)];
    stats.failedWorkers = reported.filter((r) => !r).length;
  }
}
