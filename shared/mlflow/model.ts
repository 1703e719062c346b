// The one Runs model: every MLflow store (file store, SQLite, tracking server) reads into it, and renderers only ever
// see this shape. Metric histories are columnar typed arrays so that millions of points cost 24 bytes each, not an
// object per point.

export type StoreKind = 'file' | 'sqlite' | 'rest';

/** MLflow's `RunStatus` names. */
export type RunStatus = 'RUNNING' | 'SCHEDULED' | 'FINISHED' | 'FAILED' | 'KILLED';

export type LifecycleStage = 'active' | 'deleted';

/** MLflow's `LoggedModelStatus` names (the REST API prefixes them with `LOGGED_MODEL_`). */
export type LoggedModelStatus = 'UNSPECIFIED' | 'PENDING' | 'READY' | 'FAILED';

export interface Experiment {
  /** A string even where the store keeps an integer (SQLite), as MLflow's API does. */
  experimentId: string;
  name: string;
  /** As recorded by MLflow: an absolute path or URI of the machine that logged it, not necessarily present here. */
  artifactLocation: string;
  lifecycleStage: LifecycleStage;
  /** Milliseconds since the epoch; null where the store has none (file stores written before MLflow 2.2). */
  creationTime: number | null;
  lastUpdateTime: number | null;
  tags: Map<string, string>;
}

export interface DatasetRef {
  name: string;
  digest: string;
}

/** One metric value: the latest of a key, or a logged model's metric. */
export interface MetricPoint {
  key: string;
  /** NaN and ±Infinity are kept as such (SQLite stores ±Infinity as ±1.7976931348623157e308 and reads it back so). */
  value: number;
  timestamp: number;
  step: number;
  /** The dataset the value was logged against (file store lines with 5 fields, logged-model metrics). */
  dataset?: DatasetRef;
}

/**
 * Steps as Int32Array when every step of the series fits in 32 bits (practically always), Float64Array otherwise
 * (MLflow allows 64-bit steps). Four bytes a point saved is what keeps ten million points under 300 MB.
 * Index it like any array: `steps[i]` is a number either way.
 */
export type StepColumn = Int32Array | Float64Array;

/**
 * Every value logged for one key of one run, in the order MLflow's `get_metric_history` returns it: file line order for
 * the file store, (timestamp, step, value) for SQLite, server order over REST.
 * Point `i` is `(steps[i], timestamps[i], values[i])`. Steps and timestamps beyond 2^53 lose precision.
 * The columns of a file-store read are views into shared chunks: `slice()` them before transferring their buffers.
 */
export interface MetricHistory {
  key: string;
  values: Float64Array;
  steps: StepColumn;
  timestamps: Float64Array;
  /**
   * Per point, the dataset it was logged against, or null; the whole array is null when no point has one (the usual
   * case). MLflow 3.6's file store reports step 0 for such points, and so do we, to agree with MLflow.
   */
  datasets: (DatasetRef | null)[] | null;
}

export interface Dataset {
  name: string;
  digest: string;
  sourceType: string;
  source: string;
  schema: string | null;
  profile: string | null;
}

export interface DatasetInput {
  dataset: Dataset;
  /** Input tags, e.g. `mlflow.data.context: training`. */
  tags: Map<string, string>;
}

export interface ModelOutput {
  modelId: string;
  step: number;
}

/** One entry of a recursive artifact listing, `/`-separated path relative to the run's artifact root. */
export interface ArtifactEntry {
  path: string;
  isDir: boolean;
  /** Bytes; null for directories. */
  fileSize: number | null;
}

export interface Run {
  runId: string;
  experimentId: string;
  runName: string;
  userId: string;
  status: RunStatus;
  startTime: number | null;
  endTime: number | null;
  lifecycleStage: LifecycleStage;
  /** As recorded by MLflow (see `Experiment.artifactLocation`); listing and reading go through the store instead. */
  artifactUri: string;
  /** From the `mlflow.parentRunId` tag. */
  parentRunId: string | null;
  params: Map<string, string>;
  tags: Map<string, string>;
  /** Latest value per key: the max by (step, timestamp, value), as MLflow computes it. */
  latestMetrics: Map<string, MetricPoint>;
  metricHistories: Map<string, MetricHistory>;
  datasetInputs: DatasetInput[];
  /** Ids of logged models the run used as inputs. */
  modelInputs: string[];
  modelOutputs: ModelOutput[];
  /** Recursive listing, depth first, siblings in code point order (MLflow's `list_artifacts` order). */
  artifacts: ArtifactEntry[];
}

export interface LoggedModelMetric extends MetricPoint {
  modelId: string;
  /** The run that logged it; null where the store does not say. */
  runId: string | null;
}

export interface LoggedModel {
  modelId: string;
  name: string;
  experimentId: string;
  status: LoggedModelStatus;
  modelType: string | null;
  sourceRunId: string | null;
  artifactLocation: string;
  creationTimestamp: number | null;
  lastUpdatedTimestamp: number | null;
  params: Map<string, string>;
  tags: Map<string, string>;
  metrics: LoggedModelMetric[];
}

export interface RunsModel {
  store: { kind: StoreKind; location: string };
  /** Ordered by id in code point order, as MLflow exports them. */
  experiments: Experiment[];
  /** Ordered by start time (runs without one last), then run id. */
  runs: Run[];
  loggedModels: LoggedModel[];
}

/** Code point order (Python's `sorted` on str), which differs from `Array.prototype.sort` on astral characters. */
export function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    // A surrogate (0xD800–0xDFFF) encodes a code point above 0xFFFF, so it sorts after BMP units 0xE000–0xFFFF.
    if (x >= 0xd800 && y >= 0xd800) {
      const sx = x <= 0xdfff;
      const sy = y <= 0xdfff;
      if (sx !== sy) return sx ? 1 : -1;
    }
    return x - y;
  }
  return a.length - b.length;
}

export function sortModel(model: RunsModel): RunsModel {
  model.experiments.sort((a, b) => compareCodePoints(a.experimentId, b.experimentId));
  model.runs.sort((a, b) => {
    const ta = a.startTime ?? Infinity;
    const tb = b.startTime ?? Infinity;
    return ta !== tb ? ta - tb : compareCodePoints(a.runId, b.runId);
  });
  model.loggedModels.sort((a, b) => {
    const ta = a.creationTimestamp ?? Infinity;
    const tb = b.creationTimestamp ?? Infinity;
    return ta !== tb ? ta - tb : compareCodePoints(a.modelId, b.modelId);
  });
  return model;
}

export function historyPoint(history: MetricHistory, i: number): MetricPoint {
  const point: MetricPoint = {
    key: history.key,
    value: history.values[i]!,
    timestamp: history.timestamps[i]!,
    step: history.steps[i]!,
  };
  const dataset = history.datasets?.[i];
  if (dataset) point.dataset = dataset;
  return point;
}

// ---- truth.json shape -----------------------------------------------------------------------------------------------

export type TruthFloat = number | 'NaN' | 'Infinity' | '-Infinity';

/** JSON has no NaN or Infinity; MLflow's exports (and truth.json) write them as strings. */
export function truthFloat(value: number): TruthFloat {
  if (Number.isNaN(value)) return 'NaN';
  if (value === Infinity) return 'Infinity';
  if (value === -Infinity) return '-Infinity';
  return value;
}

function record<T>(map: Map<string, T>): Record<string, T>;
function record<T, U>(map: Map<string, T>, convert: (value: T) => U): Record<string, U>;
function record<T, U>(map: Map<string, T>, convert?: (value: T) => U): Record<string, T | U> {
  // fromEntries defines own properties, so a key like `__proto__` stays a key.
  return Object.fromEntries([...map].map(([k, v]) => [k, convert ? convert(v) : v]));
}

function truthPoint(point: MetricPoint): Record<string, unknown> {
  const out: Record<string, unknown> = {
    key: point.key,
    value: truthFloat(point.value),
    timestamp: point.timestamp,
    step: point.step,
  };
  if (point.dataset) {
    out.dataset_name = point.dataset.name;
    out.dataset_digest = point.dataset.digest;
  }
  return out;
}

/** The model in the shape of the fixtures' truth.json (what `MlflowClient` returns, snake_case). */
export function toTruthJson(
  model: RunsModel,
  options: TruthRunOptions = {},
): {
  experiments: unknown[];
  runs: unknown[];
  logged_models: unknown[];
} {
  return {
    experiments: model.experiments.map(truthExperiment),
    runs: model.runs.map((r) => truthRun(r, options)),
    logged_models: model.loggedModels.map(truthLoggedModel),
  };
}

export function truthExperiment(e: Experiment): Record<string, unknown> {
  return {
    experiment_id: e.experimentId,
    name: e.name,
    artifact_location: e.artifactLocation,
    lifecycle_stage: e.lifecycleStage,
    creation_time: e.creationTime,
    last_update_time: e.lastUpdateTime,
    tags: record(e.tags),
  };
}

export interface TruthRunOptions {
  /** Include `metric_history` (a point object per logged value). Default true. */
  histories?: boolean;
}

export function truthRun(r: Run, options: TruthRunOptions = {}): Record<string, unknown> {
  const out: Record<string, unknown> = {
    run_id: r.runId,
    experiment_id: r.experimentId,
    run_name: r.runName,
    user_id: r.userId,
    status: r.status,
    start_time: r.startTime,
    end_time: r.endTime,
    lifecycle_stage: r.lifecycleStage,
    artifact_uri: r.artifactUri,
    parent_run_id: r.parentRunId,
    params: record(r.params),
    tags: record(r.tags),
    metrics: record(r.latestMetrics, (p) => truthFloat(p.value)),
    latest_metrics: record(r.latestMetrics, truthPoint),
  };
  if (options.histories ?? true) {
    out.metric_history = record(r.metricHistories, (h) =>
      Array.from({ length: h.values.length }, (_, i) => truthPoint(historyPoint(h, i))),
    );
  }
  out.dataset_inputs = r.datasetInputs.map((d) => ({
    dataset: {
      name: d.dataset.name,
      digest: d.dataset.digest,
      source_type: d.dataset.sourceType,
      source: d.dataset.source,
      schema: d.dataset.schema,
      profile: d.dataset.profile,
    },
    tags: record(d.tags),
  }));
  out.model_inputs = [...r.modelInputs];
  out.model_outputs = r.modelOutputs.map((o) => ({ model_id: o.modelId, step: o.step }));
  out.artifacts = r.artifacts.map((a) => ({ path: a.path, is_dir: a.isDir, file_size: a.fileSize }));
  return out;
}

export function truthLoggedModel(m: LoggedModel): Record<string, unknown> {
  return {
    model_id: m.modelId,
    name: m.name,
    experiment_id: m.experimentId,
    status: m.status,
    model_type: m.modelType,
    source_run_id: m.sourceRunId,
    artifact_location: m.artifactLocation,
    creation_timestamp: m.creationTimestamp,
    last_updated_timestamp: m.lastUpdatedTimestamp,
    params: record(m.params),
    tags: record(m.tags),
    metrics: m.metrics.map((p) => ({ ...truthPoint(p), model_id: p.modelId })),
  };
}
