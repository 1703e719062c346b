// Opening the MLflow store a CLI command names (or MLFLOW_TRACKING_URI, or the current folder), with a store that is
// not there, or cannot be read, reported as a usage error (exit 2: unreadable input).

import { LocatedError, type Diagnostic } from '../shared/diagnostics.js';
import { openStore } from '../shared/mlflow/detect-store.js';
import { storeReadFailure, type MlflowStore, type ReadResult, type RunStream } from '../shared/mlflow/store.js';
import { UsageError } from './cli-support.js';

/** `--max-runs N`: how many runs (newest first) a tracking server read keeps; the reader's default when absent. */
export function maxRunsOption(command: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`${command}: --max-runs must be a whole number of runs, 1 or more`);
  return n;
}

/** The store, with a tracking server's long reads reporting progress on stderr. */
export function openCommandStore(command: string, uriOrPath: string | undefined, maxRuns?: number): MlflowStore {
  try {
    return openStore(uriOrPath, {
      env: process.env,
      cwd: process.cwd(),
      maxRuns,
      progress: (line) => console.error(`ml-hub ${command}: ${line}`),
    });
  } catch (error) {
    if (error instanceof LocatedError) throw new UsageError(`${command}: ${error.file}: ${error.message}`);
    throw error;
  }
}

/** Reads the store; one that yields nothing but an error (locked, damaged, not MLflow's) is a one-line usage error. */
export async function readCommandStore(command: string, store: MlflowStore): Promise<ReadResult> {
  return unlessUnreadable(command, await store.read());
}

/** The same check for a store read run by run: it holds no run and could not be read. */
export async function streamCommandStore(command: string, store: MlflowStore): Promise<RunStream> {
  return unlessUnreadable(command, await store.stream());
}

function unlessUnreadable<T extends ReadResult | RunStream>(command: string, result: T): T {
  const failure = storeReadFailure(result);
  if (failure) throw unreadableStoreError(command, failure);
  return result;
}

/** The one line for a store that could not be read. */
export function unreadableStoreError(command: string, failure: Diagnostic): UsageError {
  return new UsageError(`${command}: the MLflow store ${failure.file} could not be read: ${failure.message.replace(/\s*[\r\n]+\s*/g, ' ')}`);
}
