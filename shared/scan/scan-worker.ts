// A scanning worker's whole program: waits for its task, then claims files from the shared counter until none is
// left, posting results as it goes. The build bundles it as a file of its own beside each bundle that scans (webpack's
// `new Worker(new URL(…, import.meta.url))` chunk), so a worker loads the scanner alone, not the action around it.

import { parentPort } from 'node:worker_threads';
import { drain, type ScanBatch, type ScanTask } from './scan-file.js';

/** A worker posts its results this many files at a time, so that it never holds (and copies) all of them at once. */
const FILES_PER_MESSAGE = 64;

parentPort!.once('message', (task: ScanTask) => {
  for (let done = false; !done; ) {
    const batch: ScanBatch = { indices: [], scanned: [] };
    done = drain(task, batch, Infinity, FILES_PER_MESSAGE);
    parentPort!.postMessage({ ...batch, done });
  }
  parentPort!.close();
});
