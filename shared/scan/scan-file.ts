// Reading and scanning one file, and the claim loop every scanning thread runs (shared/scan/scan-files.ts starts
// the threads; shared/scan/scan-worker.ts is a worker's whole program).

import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import type { ScannedFile } from './model.js';
import { scanNotebook } from './notebook.js';
import { scanPythonSource } from './python-imports.js';

/** Files larger than these are skipped: a huge `.py` file is a generated table, not code anyone imports from; a
 * notebook's size is mostly outputs, so it gets more room. */
export interface SizeLimits {
  maxFileBytes: number;
  maxNotebookBytes: number;
}

export const DEFAULT_LIMITS: SizeLimits = { maxFileBytes: 5 * 1024 * 1024, maxNotebookBytes: 64 * 1024 * 1024 };
/** A NUL byte this early means the file is not text. */
const BINARY_PROBE_BYTES = 8192;

/** The files to scan, shared by every thread. */
export interface ScanTask {
  root: string;
  files: string[];
  /** Int32Array over it: [0] is the index of the next unclaimed file. */
  next: SharedArrayBuffer;
  limits: SizeLimits;
}

/** What one thread scanned: `scanned[j]` is `files[indices[j]]`. */
export interface ScanBatch {
  indices: number[];
  scanned: ScannedFile[];
}

/** This thread's read buffer: scans keep nothing of the bytes, so one buffer serves every file. */
let scratch = Buffer.allocUnsafeSlow(1 << 20);
/** The scratch buffer grows to this at most; a larger file (a notebook full of outputs) gets a buffer of its own. */
const MAX_SCRATCH = 8 << 20;

/**
 * The whole file, in `scratch` when it fits (valid until the next call), or its size when that is over `maxBytes`.
 * Open, read, close: readFileSync adds an fstat and a fresh buffer per file, which shows over thousands of files.
 */
function readWhole(abs: string, maxBytes: number): Buffer | number {
  const fd = openSync(abs, 'r');
  try {
    let buffer = scratch;
    let size = 0;
    for (;;) {
      if (size > maxBytes) return fstatSync(fd).size;
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

/** A file passed over, with the reason as a notice. */
function skip(path: string, reason: string): ScannedFile {
  return { path, imports: [], pipInstalls: [], skipped: true, problem: { severity: 'notice', code: 'scan/skipped', message: `skipped: ${reason}`, file: path } };
}

/**
 * Reads and scans one file (relative path, `/` separators). A file that cannot be read gives a problem, not a throw;
 * one too large or binary is skipped. The size and binary checks are made on the read that scans, not on a probe
 * before it: a second open and read of every file costs as much as a quarter of the scan.
 */
export function scanFile(root: string, path: string, limits: SizeLimits = DEFAULT_LIMITS): ScannedFile {
  const notebook = path.endsWith('.ipynb');
  const maxBytes = notebook ? limits.maxNotebookBytes : limits.maxFileBytes;
  let bytes: Buffer | number;
  try {
    bytes = readWhole(join(root, path), maxBytes);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    return {
      path,
      imports: [],
      pipInstalls: [],
      problem: { severity: 'warning', code: 'scan/unreadable', message: `cannot be read (${code})`, file: path },
    };
  }
  if (typeof bytes === 'number') return skip(path, `larger than ${maxBytes} bytes (${bytes})`);
  if (bytes.subarray(0, BINARY_PROBE_BYTES).includes(0)) return skip(path, 'binary: a NUL byte in the first 8 KiB');
  return notebook ? scanNotebook(bytes.toString('utf8'), path) : scanPythonSource(bytes, path);
}

/** Claims and scans files until none is left, or until the deadline or `limit` files. */
export function drain(task: ScanTask, into: ScanBatch, deadline = Infinity, limit = Infinity): boolean {
  const next = new Int32Array(task.next);
  for (let n = 0; n < limit && performance.now() < deadline; n++) {
    const k = Atomics.add(next, 0, 1);
    if (k >= task.files.length) return true;
    into.indices.push(k);
    into.scanned.push(scanFile(task.root, task.files[k]!, task.limits));
  }
  return false;
}
