// Reads and scans many files, spread over worker threads when there are enough of them to pay for starting one
// (a worker loads the whole bundle: tens of milliseconds).
//
// The worker runs the file this module is in: `new Worker(new URL(import.meta.url))`. Once ncc has bundled an action,
// that file is the action's whole bundle, so a worker evaluates every module the bundle holds, up to and including
// this one (imports are evaluated before their importers). The check at the bottom of this module then scans, posts
// the results and ends the thread with process.exit() before control returns to the importers: the action's own
// entry code never runs in a worker. That holds when the entry imports this module statically; a dynamic import()
// would let the entry's code run in each worker before reaching it. From TypeScript sources (Jest), import.meta.url
// is a `.ts` file a worker cannot load: scanning stays in the calling thread.
//
// Files are handed out through a counter in shared memory that every thread (the caller's included) bumps to claim
// the next file, so fast threads take more files and no thread idles while others still have a queue.

import { closeSync, openSync, readSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { ScannedFile } from './model.js';
import { scanNotebook } from './notebook.js';
import { scanPythonSource } from './python-imports.js';

export interface ScanFilesOptions {
  /** Threads to scan on, the caller's included; default: one per CPU when there are enough files, else 1. */
  threads?: number;
}

/** Below this many files one thread is as fast as several: starting a worker costs about as much as scanning them. */
const FILES_PER_EXTRA_THREAD = 400;
/** The caller's thread yields to its event loop after scanning for this long. */
const SLICE_MS = 20;
const WORKER_TAG = 'ml-hub/scan-files';

interface WorkerTask {
  tag: typeof WORKER_TAG;
  root: string;
  files: string[];
  /** Int32Array over it: [0] is the index of the next unclaimed file. */
  next: SharedArrayBuffer;
}

interface WorkerResult {
  indices: number[];
  scanned: ScannedFile[];
}

/** This thread's read buffer: scans keep nothing of the bytes, so one buffer serves every file. */
let scratch = Buffer.allocUnsafeSlow(1 << 20);
/** The scratch buffer grows to this at most; a larger file (a notebook full of outputs) gets a buffer of its own. */
const MAX_SCRATCH = 8 << 20;

/**
 * The whole file, in `scratch` when it fits (valid until the next call). Open, read, close: readFileSync adds an
 * fstat and a fresh buffer per file, which shows over thousands of files.
 */
function readWhole(abs: string): Buffer {
  const fd = openSync(abs, 'r');
  try {
    let buffer = scratch;
    let size = 0;
    for (;;) {
      if (size === buffer.length) {
        const bigger = Buffer.allocUnsafeSlow(buffer.length * 2);
        buffer.copy(bigger, 0, 0, size);
        buffer = bigger;
        if (bigger.length <= MAX_SCRATCH) scratch = bigger;
      }
      const read = readSync(fd, buffer, size, buffer.length - size, null);
      if (read === 0) return buffer.subarray(0, size);
      size += read;
    }
  } finally {
    closeSync(fd);
  }
}

/** Reads and scans one file (relative path, `/` separators). A file that cannot be read gives a problem, not a throw. */
export function scanFile(root: string, path: string): ScannedFile {
  let bytes: Buffer;
  try {
    bytes = readWhole(join(root, path));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    return {
      path,
      imports: [],
      pipInstalls: [],
      problem: { severity: 'warning', code: 'scan/unreadable', message: `cannot be read (${code})`, file: path },
    };
  }
  return path.endsWith('.ipynb') ? scanNotebook(bytes.toString('utf8'), path) : scanPythonSource(bytes, path);
}

/** Claims and scans files until none is left, or until the deadline or `limit` files. */
function drain(task: Omit<WorkerTask, 'tag'>, into: WorkerResult, deadline = Infinity, limit = Infinity): boolean {
  const next = new Int32Array(task.next);
  for (let n = 0; n < limit && performance.now() < deadline; n++) {
    const k = Atomics.add(next, 0, 1);
    if (k >= task.files.length) return true;
    into.indices.push(k);
    into.scanned.push(scanFile(task.root, task.files[k]!));
  }
  return false;
}

/** A worker posts its results this many files at a time, so that it never holds (and copies) all of them at once. */
const FILES_PER_MESSAGE = 256;

function bundledWorkerUrl(): URL | null {
  const url = new URL(import.meta.url);
  return url.protocol === 'file:' && /\.(c|m)?js$/.test(url.pathname) ? url : null;
}

/** A worker's results, or null when it ended before its last message (its unreported files are scanned by the caller). */
function runWorker(task: WorkerTask): Promise<WorkerResult | null> {
  return new Promise((resolve) => {
    const result: WorkerResult = { indices: [], scanned: [] };
    let done = false;
    const worker = new Worker(bundledWorkerUrl()!, { workerData: task });
    worker.on('message', (m: WorkerResult & { done: boolean }) => {
      for (const k of m.indices) result.indices.push(k);
      for (const file of m.scanned) result.scanned.push(file);
      done = m.done;
    });
    worker.on('error', () => undefined); // a failed worker's files are scanned by the caller (see scanFiles)
    worker.on('exit', () => resolve(done ? result : null));
  });
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
  const auto = Math.min(availableParallelism(), Math.ceil(files.length / FILES_PER_EXTRA_THREAD));
  const threads = Math.max(1, options.threads ?? auto);
  const workers = bundledWorkerUrl() ? threads - 1 : 0;
  const task = { root, files: [...files], next: new SharedArrayBuffer(4) };
  const running = Array.from({ length: workers }, () => runWorker({ tag: WORKER_TAG, ...task }));
  const own: WorkerResult = { indices: [], scanned: [] };
  while (!drain(task, own, performance.now() + SLICE_MS)) await new Promise<void>((resolve) => setImmediate(resolve));

  const results = [own, ...(await Promise.all(running))];
  const byIndex: (ScannedFile | undefined)[] = new Array(files.length);
  for (const result of results) result?.indices.forEach((k, j) => (byIndex[k] = result.scanned[j]));
  // Files claimed by a worker that died unannounced are scanned here.
  const scanned = Array.from(byIndex, (file, k) => file ?? scanFile(root, files[k]!));
  scanned.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const reported = results.filter((r) => r !== null);
  const failedWorkers = results.length - reported.length;
  return { scanned, filesPerThread: reported.map((r) => r.indices.length), failedWorkers };
}

if (!isMainThread && (workerData as Partial<WorkerTask> | null)?.tag === WORKER_TAG) {
  for (let done = false; !done; ) {
    const batch: WorkerResult = { indices: [], scanned: [] };
    done = drain(workerData as WorkerTask, batch, Infinity, FILES_PER_MESSAGE);
    parentPort!.postMessage({ ...batch, done });
  }
  // Ends this thread before the modules that import this one (the bundle's entry) are evaluated in it.
  process.exit(0);
}
