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
