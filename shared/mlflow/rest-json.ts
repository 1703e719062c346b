// MLflow's REST answers (protobuf JSON) → the Runs model. Shapes are checked as they are read: a field of the wrong
// type is treated as absent, and an entity that lacks its id comes back as a message to report instead.

import { compactSteps } from './column-arena.js';
import type {
  DatasetInput,
  DatasetRef,
  Experiment,
  LifecycleStage,
  LoggedModel,
  LoggedModelStatus,
  MetricHistory,
  MetricPoint,
  Run,
  RunStatus,
} from './model.js';

export type Json = Record<string, unknown>;

const STATUSES = new Set(['RUNNING', 'SCHEDULED', 'FINISHED', 'FAILED', 'KILLED']);
const MODEL_STATUS: Record<string, LoggedModelStatus> = {
  LOGGED_MODEL_STATUS_UNSPECIFIED: 'UNSPECIFIED',
  LOGGED_MODEL_PENDING: 'PENDING',
  LOGGED_MODEL_READY: 'READY',
  LOGGED_MODEL_UPLOAD_FAILED: 'FAILED',
};

export function parseExperiment(item: Json): Experiment | string {
  const id = str(item.experiment_id);
  const name = str(item.name);
  if (id === undefined || name === undefined) return 'an experiment without experiment_id or name; skipped';
  return {
    experimentId: id,
    name,
    artifactLocation: str(item.artifact_location) ?? '',
    lifecycleStage: lifecycle(item.lifecycle_stage),
    creationTime: int(item.creation_time) ?? null,
    lastUpdateTime: int(item.last_update_time) ?? null,
    tags: keyValues(item.tags),
  };
}

export function parseRun(item: Json): Run | string {
  const info = object(item.info);
  const runId = str(info?.run_id) ?? str(info?.run_uuid);
  if (!info || runId === undefined) return 'a run without run_id; skipped';
  const status = str(info.status);
  if (status === undefined || !STATUSES.has(status)) return `run ${runId}: status ${JSON.stringify(info.status)} is not a run status; skipped`;
  const data = object(item.data) ?? {};
  const tags = keyValues(data.tags);
  const latestMetrics = new Map<string, MetricPoint>();
  for (const m of array(data.metrics)) {
    const point = parsePoint(object(m) ?? {});
    if (point) latestMetrics.set(point.key, point);
  }
  const inputs = object(item.inputs) ?? {};
  const datasetInputs: DatasetInput[] = [];
  for (const entry of array(inputs.dataset_inputs)) {
    const d = object(object(entry)?.dataset);
    if (!d) continue;
    datasetInputs.push({
      dataset: {
        name: str(d.name) ?? '',
        digest: str(d.digest) ?? '',
        sourceType: str(d.source_type) ?? '',
        source: str(d.source) ?? '',
        schema: str(d.schema) ?? null,
        profile: str(d.profile) ?? null,
      },
      tags: keyValues(object(entry)?.tags),
    });
  }
  const outputs = object(item.outputs) ?? {};
  return {
    runId,
    experimentId: str(info.experiment_id) ?? '',
    runName: str(info.run_name) ?? tags.get('mlflow.runName') ?? '',
    userId: str(info.user_id) ?? '',
    status: status as RunStatus,
    startTime: int(info.start_time) ?? null,
    endTime: int(info.end_time) ?? null,
    lifecycleStage: lifecycle(info.lifecycle_stage),
    artifactUri: str(info.artifact_uri) ?? '',
    parentRunId: tags.get('mlflow.parentRunId') ?? null,
    params: keyValues(data.params),
    tags,
    latestMetrics,
    metricHistories: new Map(),
    datasetInputs,
    modelInputs: array(inputs.model_inputs).flatMap((m) => str(object(m)?.model_id) ?? []),
    modelOutputs: array(outputs.model_outputs).flatMap((m) => {
      const modelId = str(object(m)?.model_id);
      return modelId === undefined ? [] : [{ modelId, step: int(object(m)?.step) ?? 0 }];
    }),
    artifacts: [],
  };
}

export function parsePoint(m: Json): MetricPoint | undefined {
  const key = str(m.key);
  const value = double(m.value);
  if (key === undefined || value === undefined) return undefined;
  const point: MetricPoint = { key, value, timestamp: int(m.timestamp) ?? 0, step: int(m.step) ?? 0 };
  const name = str(m.dataset_name);
  const digest = str(m.dataset_digest);
  if (name !== undefined && digest !== undefined) point.dataset = { name, digest };
  return point;
}

export function parseHistory(key: string, items: Json[]): MetricHistory | string {
  const n = items.length;
  const values = new Float64Array(n);
  const steps = new Float64Array(n);
  const timestamps = new Float64Array(n);
  let datasets: (DatasetRef | null)[] | null = null;
  for (let i = 0; i < n; i++) {
    const point = parsePoint(items[i]!);
    if (!point) return `point ${i + 1} has no key or numeric value`;
    values[i] = point.value;
    steps[i] = point.step;
    timestamps[i] = point.timestamp;
    if (point.dataset) {
      datasets ??= new Array<DatasetRef | null>(n).fill(null);
      datasets[i] = point.dataset;
    }
  }
  return { key, values, steps: compactSteps(steps), timestamps, datasets };
}

export function parseLoggedModel(item: Json): LoggedModel | string {
  const info = object(item.info) ?? {};
  const data = object(item.data) ?? {};
  const modelId = str(info.model_id);
  if (modelId === undefined) return 'a logged model without model_id; skipped';
  return {
    modelId,
    name: str(info.name) ?? '',
    experimentId: str(info.experiment_id) ?? '',
    status: MODEL_STATUS[str(info.status) ?? ''] ?? 'UNSPECIFIED',
    modelType: str(info.model_type) ?? null,
    sourceRunId: str(info.source_run_id) ?? null,
    artifactLocation: str(info.artifact_uri) ?? '',
    creationTimestamp: int(info.creation_timestamp_ms) ?? null,
    lastUpdatedTimestamp: int(info.last_updated_timestamp_ms) ?? null,
    params: keyValues(data.params),
    tags: keyValues(info.tags),
    metrics: array(data.metrics).flatMap((m) => {
      const point = parsePoint(object(m) ?? {});
      return point ? [{ ...point, modelId, runId: str(object(m)?.run_id) ?? null }] : [];
    }),
  };
}

// ---- JSON helpers ----

export function object(value: unknown): Json | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : undefined;
}

export function array(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** int64 fields: protobuf JSON may write them as strings. */
export function int(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && /^-?\d+$/.test(value)) return Number(value);
  return undefined;
}

/** double fields: protobuf JSON writes NaN and ±Infinity as strings. */
export function double(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (value === 'NaN') return NaN;
  if (value === 'Infinity') return Infinity;
  if (value === '-Infinity') return -Infinity;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  return undefined;
}

function lifecycle(value: unknown): LifecycleStage {
  return value === 'deleted' ? 'deleted' : 'active';
}

function keyValues(value: unknown): Map<string, string> {
  const out = new Map<string, string>();
  for (const entry of array(value)) {
    const key = str(object(entry)?.key);
    if (key !== undefined) out.set(key, str(object(entry)?.value) ?? '');
  }
  return out;
}

