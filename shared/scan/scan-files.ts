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
import { DEFAULT_LIMITS, drain, type ScanBatch, scanFile, type ScanTask, type SizeLimits } from './scan-file.js';

export { scanFile } from './scan-file.js';

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

/** A worker thread; it waits for its task, so it can be started before the files are known. */
interface ScanWorker {
  /** Hands it the files; its batches go to `take` as they arrive. */
  begin(task: ScanTask, take: (batch: ScanBatch) => void): void;
  /** It sent its last batch. */
  done: boolean;
  /** It ended by itself: after its last batch, or failing (its unreported files are then scanned by the caller). */
  exited: boolean;
  filesScanned: number;
  stop(): void;
}

/** Starts a worker; `onChange` is called on each batch it sends and when it ends. */
function startWorker(onChange: () => void): ScanWorker {
  const worker = new Worker(workerFile(), { resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } });
  let take: (batch: ScanBatch) => void = () => undefined;
  const running: ScanWorker = {
    begin(task, into) {
      take = into;
      worker.postMessage(task);
    },
    done: false,
    exited: false,
    filesScanned: 0,
    stop: () => void worker.terminate(),
  };
  worker.on('message', (m: ScanBatch & { done: boolean }) => {
    running.filesScanned += m.indices.length;
    take(m);
    running.done = m.done;
    onChange();
  });
  worker.on('error', () => undefined);
  worker.on('exit', () => {
    running.exited = true;
    onChange();
  });
  return running;
}

export interface ScanFilesOptions extends Partial<SizeLimits> {
  /** Threads to scan on, the caller's included; default: one per CPU when there are enough files, else 1. */
  threads?: number;
}

export interface ScanReport {
  /** Sorted by path. */
  scanned: ScannedFile[];
  /** Files each thread scanned, the caller's first, then each worker that scanned any. */
  filesPerThread: number[];
  /** Workers that ended without reporting (their files were scanned by the caller). */
  failedWorkers: number;
}

/** The files to scan, or a promise of them: then a worker starts while they are being found (see scanFilesInOrder). */
type Files = readonly string[] | Promise<readonly string[]>;

/** Reads and scans `files` (relative to `root`); results sorted by path. */
export async function scanFiles(root: string, files: Files, options: ScanFilesOptions = {}): Promise<ScannedFile[]> {
  return (await scanFilesReport(root, files, options)).scanned;
}

/** scanFiles, telling how the work was shared among threads. */
export async function scanFilesReport(root: string, files: Files, options: ScanFilesOptions = {}): Promise<ScanReport> {
  const scanned: ScannedFile[] = [];
  const stats: Omit<ScanReport, 'scanned'> = { filesPerThread: [], failedWorkers: 0 };
  for await (const file of scanFilesInOrder(root, files, options, stats)) scanned.push(file);
  return { scanned, ...stats };
}

const byPath = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Scans `files` and yields each result in path order as soon as it and every file before it are scanned, so that a
 * caller writing them out (`ml-hub imports --json` over 13,000 files) holds a few hundred at a time, not all of them.
 * Given a promise of the files, one worker starts at once: a thread takes about as long to start as a walk of a
 * library folder takes to list it, so the two overlap; a worker the files turn out not to need is stopped unused.
 * `stats`, when given, is filled in once the last file is yielded.
 */
export async function* scanFilesInOrder(
  root: string,
  files: Files,
  options: ScanFilesOptions = {},
  stats?: Omit<ScanReport, 'scanned'>,
): AsyncGenerator<ScannedFile> {
  let wake: (() => void) | undefined;
  const onChange = () => {
    wake?.();
    wake = undefined;
  };
  const changed = () => new Promise<void>((resolve) => (wake = resolve));
  const early = bundled && !Array.isArray(files) && (options.threads ?? availableParallelism()) > 1 ? [startWorker(onChange)] : [];
  const list = await Promise.resolve(files).catch((e: unknown) => {
    for (const w of early) w.stop();
    throw e;
  });
  const auto = Math.min(availableParallelism(), Math.ceil(list.length / FILES_PER_EXTRA_THREAD));
  const threads = Math.max(1, options.threads ?? auto);
  const limits: SizeLimits = {
    maxFileBytes: options.maxFileBytes ?? DEFAULT_LIMITS.maxFileBytes,
    maxNotebookBytes: options.maxNotebookBytes ?? DEFAULT_LIMITS.maxNotebookBytes,
  };
  const task: ScanTask = { root, files: [...list].sort(byPath), next: new SharedArrayBuffer(4), limits };
  const ready: (ScannedFile | undefined)[] = new Array(task.files.length);
  const take = (batch: ScanBatch) => batch.indices.forEach((k, j) => (ready[k] = batch.scanned[j]));
  const more = bundled ? Math.max(0, threads - 1 - early.length) : 0;
  const workers = [...early, ...Array.from({ length: more }, () => startWorker(onChange))];
  for (const w of workers) w.begin(task, take);
  try {
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
    // Every file is claimed; what workers claimed arrives in their batches. A file claimed by a worker that died
    // unannounced is scanned here. A worker still starting up has claimed nothing and is stopped.
    while (yielded < task.files.length) {
      if (ready[yielded] !== undefined) {
        yield ready[yielded]!;
        ready[yielded++] = undefined;
      } else if (workers.every((w) => w.exited)) {
        yield scanFile(root, task.files[yielded++]!, limits);
      } else {
        await changed();
      }
    }
    if (stats) {
      stats.filesPerThread = [own, ...workers.filter((w) => w.filesScanned > 0).map((w) => w.filesScanned)];
      stats.failedWorkers = workers.filter((w) => w.exited && !w.done).length;
    }
  } finally {
    for (const w of workers) w.stop();
  }
}
