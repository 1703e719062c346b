// Reading and scanning one file, and the claim loop every scanning thread runs (shared/scan/scan-files.ts starts
// the threads; shared/scan/scan-worker.ts is a worker's whole program).

import { closeSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import type { ScannedFile } from './model.js';
import { scanNotebook } from './notebook.js';
import { scanPythonSource } from './python-imports.js';

/** The files to scan, shared by every thread. */
export interface ScanTask {
  root: string;
  files: string[];
  /** Int32Array over it: [0] is the index of the next unclaimed file. */
  next: SharedArrayBuffer;
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
export function drain(task: ScanTask, into: ScanBatch, deadline = Infinity, limit = Infinity): boolean {
  const next = new Int32Array(task.next);
  for (let n = 0; n < limit && performance.now() < deadline; n++) {
    const k = Atomics.add(next, 0, 1);
    if (k >= task.files.length) return true;
    into.indices.push(k);
    into.scanned.push(scanFile(task.root, task.files[k]!));
  }
  return false;
}
