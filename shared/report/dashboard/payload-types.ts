// The JSON the dashboard page carries: the Runs model reduced to what the pages show, with metric histories cut to a
// point budget. Shared by the renderer (which writes it) and the browser client (which reads it); types only.

import type { Dataset } from '../../mlflow/model.js';

/** JSON has no NaN or ±Infinity; they travel as these strings, as in MLflow's exports. */
export type JsonFloat = number | 'NaN' | 'Infinity' | '-Infinity';

export type MetricDirection = 'min' | 'max';

export interface DashboardData {
  title: string;
  /** ISO time the report was made, or null (the page then shows no date). */
  generatedAt: string | null;
  /** Kind of store and the last segment of its location: a full local path means nothing to a reader elsewhere. */
  store: { kind: string; name: string };
  /** Whether lower or higher is better, per metric key: the caller's word for the ranking metric, else the name's. */
  metricDirections: [string, MetricDirection][];
  /** How histories were cut: up to `pointsPerSeries` points each (the budget's share), never more than the cap. */
  sampling: { maxPointsPerSeries: number; maxTotalPoints: number; pointsPerSeries: number; sampledSeries: number };
  experiments: ExperimentData[];
  runs: RunData[];
  models: LoggedModelData[];
  /** Notes about the report itself (artifact budget reached, …), shown on the front page. */
  notes: string[];
}

export interface ExperimentData {
  id: string;
  name: string;
  deleted: boolean;
  created: number | null;
  updated: number | null;
  tags: [string, string][];
  /** The metric that ranks the experiment's runs (the one the job summary uses), or null when none can. */
  ranking: {
    key: string;
    direction: MetricDirection;
    chosen: 'input' | 'auto';
    /** Ids of the ranked runs, best first: the job summary's order with its tie-break (run-ranking.ts). */
    order: string[];
  } | null;
}

export interface RunData {
  id: string;
  experimentId: string;
  name: string;
  user: string;
  status: string;
  start: number | null;
  end: number | null;
  deleted: boolean;
  parentId: string | null;
  params: [string, string][];
  tags: [string, string][];
  metrics: MetricData[];
  datasets: DatasetData[];
  modelInputs: string[];
  modelOutputs: { modelId: string; step: number }[];
  artifacts: ArtifactData[];
}

export interface MetricData {
  key: string;
  /** The latest value (MLflow's choice: the max by step, timestamp, value). */
  value: JsonFloat;
  step: number;
  timestamp: number;
  /** Points logged in all. */
  count: number;
  /** Finite points in step order, downsampled when `sampled`; non-finite ones are only counted below. */
  points: number;
  steps: EncodedColumn;
  values: EncodedColumn;
  /** Per point, milliseconds after `t0` (the first point's timestamp), for charts over wall or relative time. */
  times: EncodedColumn;
  t0: number;
  sampled: boolean;
  nan: number;
  /** ±Infinity, and ±1.7976931348623157e308, which is how the SQLite store keeps infinities. */
  posInf: number;
  negInf: number;
}

/** Base64 of a little-endian column of `type` (see series-encoding.ts). */
export interface EncodedColumn {
  type: 'i32' | 'f32' | 'f64';
  data: string;
}

export interface DatasetData extends Dataset {
  tags: [string, string][];
}

export interface ArtifactData {
  path: string;
  dir: boolean;
  size: number | null;
  /** Text content when the report includes it (cut to the per-file cap when `truncated`). */
  text?: string;
  truncated?: boolean;
  /** A PNG, JPEG or SVG image, previewed as a `data:` URI. */
  image?: { mime: string; base64: string };
  /** Why a file's content is not included (binary, too large, report budget reached). */
  omitted?: string;
}

export interface LoggedModelData {
  id: string;
  name: string;
  experimentId: string;
  status: string;
  type: string | null;
  sourceRunId: string | null;
  created: number | null;
  params: [string, string][];
  tags: [string, string][];
  metrics: { key: string; value: JsonFloat; step: number; dataset: string | null }[];
}
