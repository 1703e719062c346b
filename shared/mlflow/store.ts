// What every MLflow store reader offers, whatever keeps the data (a folder, a database, a server).

import type { Diagnostic } from '../diagnostics.js';
import type { RunsModel, StoreKind } from './model.js';

export interface ReadOptions {
  /** List each run's artifacts (a directory walk, or one API call per directory over REST). Default true. */
  artifacts?: boolean;
}

/** Readers never throw for bad data: what they cannot read becomes a diagnostic, and everything else is still read. */
export interface ReadResult {
  model: RunsModel;
  diagnostics: Diagnostic[];
}

export interface MlflowStore {
  readonly kind: StoreKind;
  /** The store's root folder, database file, or server URL (never with credentials). */
  readonly location: string;
  read(options?: ReadOptions): Promise<ReadResult>;
  /**
   * Bytes of one artifact of a run, `path` relative to the run's artifact root (`summary/model_summary.txt`).
   * Throws LocatedError when the run or artifact is not there, or the path would leave the store.
   */
  readArtifact(runId: string, path: string): Promise<Buffer>;
}

/**
 * The read's first error when it produced no run at all: the store could not be read (a locked, damaged or
 * non-MLflow database, a folder that cannot be opened, a server that refuses). Callers fail on it rather than report
 * an empty store; a store that reads cleanly and holds no runs is not one.
 */
export function storeReadFailure(result: ReadResult): Diagnostic | undefined {
  if (result.model.runs.length > 0) return undefined;
  return result.diagnostics.find((d) => d.severity === 'error');
}
