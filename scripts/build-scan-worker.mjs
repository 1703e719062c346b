// Bundles the scan worker (shared/scan/scan-worker.ts) into build/scan-worker.js, a program of its own: the scanner
// and nothing else, so that a worker thread does not evaluate the whole action (shared/scan/scan-files.ts starts it;
// ncc copies the file beside every bundle that scans). scripts/build-assets.mjs runs this before ncc and Jest.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const scanWorkerEntry = path.join(root, 'shared', 'scan', 'scan-worker.ts');
export const scanWorkerFile = path.join(root, 'build', 'scan-worker.js');

export async function buildScanWorker() {
  const ncc = createRequire(import.meta.url)('@vercel/ncc');
  const { code, assets } = await ncc(scanWorkerEntry, { transpileOnly: true, quiet: true, cache: false, sourceMap: false, minify: false });
  if (Object.keys(assets).some((name) => name !== 'package.json')) {
    throw new Error(`shared/scan/scan-worker.ts: the bundle pulls in files (${Object.keys(assets).join(', ')}); the worker must be one file`);
  }
  mkdirSync(path.dirname(scanWorkerFile), { recursive: true });
  const partial = `${scanWorkerFile}.${process.pid}.tmp`;
  writeFileSync(partial, code);
  renameSync(partial, scanWorkerFile); // a test run beside a build never reads half a file
  return scanWorkerFile;
}
