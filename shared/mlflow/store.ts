// What every MLflow store reader offers, whatever keeps the data (a folder, a database, a server).

import type { Diagnostic } from '../diagnostics.js';
import type { Experiment, LoggedModel, Run, RunsModel, StoreKind } from './model.js';

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
   * The same data as `read`, for output that need not hold it all: experiments and the list of runs up front, each
   * run's histories (and artifact listing) read only when the iteration reaches it, and not kept.
   */
  stream(options?: ReadOptions): Promise<RunStream>;
  /**
   * Bytes of one artifact of a run, `path` relative to the run's artifact root (`summary/model_summary.txt`).
   * Throws LocatedError when the run or artifact is not there, or the path would leave the store.
   */
  readArtifact(runId: string, path: string): Promise<Buffer>;
}

/** A store being read run by run (`MlflowStore.stream`): the model's parts in the model's order. */
export interface RunStream {
  /** In the model's order (by id). */
  experiments: Experiment[];
  /** How many runs `runs()` will yield (runs that turn out unreadable when reached are skipped and reported). */
  runCount: number;
  /** Every run in the model's order (start time, then id), read as it is reached. Iterate once. */
  runs(): AsyncIterable<Run>;
  /** The logged models, in the model's order; call after the runs. */
  loggedModels(): Promise<LoggedModel[]>;
  /** Grows as the runs are read. */
  diagnostics: Diagnostic[];
}

/** Every run of a stream collected into the Runs model: what `read` returns. */
export async function collectStream(kind: StoreKind, location: string, stream: RunStream): Promise<ReadResult> {
  const runs: Run[] = [];
  for await (const run of stream.runs()) runs.push(run);
  const model: RunsModel = { store: { kind, location }, experiments: stream.experiments, runs, loggedModels: await stream.loggedModels() };
  return { model, diagnostics: stream.diagnostics };
}

/**
 * The read's first error when it produced no run at all: the store could not be read (a locked, damaged or
 * non-MLflow database, a folder that cannot be opened, a server that refuses). Callers fail on it rather than report
 * an empty store; a store that reads cleanly and holds no runs is not one.
 */
export function storeReadFailure(result: ReadResult | RunStream): Diagnostic | undefined {
  if (('model' in result ? result.model.runs.length : result.runCount) > 0) return undefined;
  return result.diagnostics.find((d) => d.severity === 'error');
}
