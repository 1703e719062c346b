// Runs models made in memory, for report tests that need a shape the MLflow fixtures do not have (commit tags, env
// hashes, hundreds of runs, long histories).

import type { Experiment, MetricHistory, Run, RunsModel } from '../../../shared/mlflow/model.js';

export interface RunSpec {
  id: string;
  name?: string;
  experimentId?: string;
  status?: Run['status'];
  start?: number;
  parent?: string;
  params?: Record<string, string>;
  tags?: Record<string, string>;
  /** Latest values; a history of one point each unless `histories` gives one. */
  metrics?: Record<string, number>;
  histories?: Record<string, number[]>;
  artifacts?: string[];
}

function history(key: string, values: number[]): MetricHistory {
  return {
    key,
    values: Float64Array.from(values),
    steps: Int32Array.from(values.map((_, i) => i)),
    timestamps: Float64Array.from(values.map((_, i) => 1_700_000_000_000 + i)),
    datasets: null,
  };
}

export function makeRun(spec: RunSpec): Run {
  const histories = new Map<string, MetricHistory>();
  const latest = new Map<string, { key: string; value: number; timestamp: number; step: number }>();
  for (const [key, values] of Object.entries(spec.histories ?? {})) {
    histories.set(key, history(key, values));
    latest.set(key, { key, value: values[values.length - 1]!, timestamp: 1_700_000_000_000 + values.length - 1, step: values.length - 1 });
  }
  for (const [key, value] of Object.entries(spec.metrics ?? {})) {
    if (!histories.has(key)) histories.set(key, history(key, [value]));
    latest.set(key, { key, value, timestamp: 1_700_000_000_000, step: 0 });
  }
  const tags = new Map(Object.entries(spec.tags ?? {}));
  if (spec.parent) tags.set('mlflow.parentRunId', spec.parent);
  const start = spec.start ?? 1_700_000_000_000;
  return {
    runId: spec.id,
    experimentId: spec.experimentId ?? '1',
    runName: spec.name ?? spec.id,
    userId: 'sarah',
    status: spec.status ?? 'FINISHED',
    startTime: start,
    endTime: spec.status === 'RUNNING' ? null : start + 60_000,
    lifecycleStage: 'active',
    artifactUri: `file:///home/sarah/mlruns/1/${spec.id}/artifacts`,
    parentRunId: spec.parent ?? null,
    params: new Map(Object.entries(spec.params ?? {})),
    tags,
    latestMetrics: latest,
    metricHistories: histories,
    datasetInputs: [],
    modelInputs: [],
    modelOutputs: [],
    artifacts: (spec.artifacts ?? []).map((path) => ({ path, isDir: false, fileSize: 10 })),
  };
}

export function experiment(id: string, name: string): Experiment {
  return { experimentId: id, name, artifactLocation: '', lifecycleStage: 'active', creationTime: 0, lastUpdateTime: 0, tags: new Map() };
}

export function makeModel(runs: Run[], experiments: Experiment[] = [experiment('1', 'exp')]): RunsModel {
  return { store: { kind: 'file', location: '/tmp/mlruns' }, experiments, runs, loggedModels: [] };
}

/** `n` runs with long names and params, `steps` points of `metrics` histories each: a store that strains the limits. */
export function largeModel(n: number, metrics: string[], steps: number): RunsModel {
  // Ids differ in their first 8 digits, as the reports show them.
  const id = (i: number) => `${i.toString(16).padStart(8, '0')}${'0'.repeat(24)}`;
  const runs = Array.from({ length: n }, (_, i) =>
    makeRun({
      id: id(i),
      name: `sweep-${i}-${'very-long-run-name-'.repeat(3)}ユニコード`,
      start: 1_700_000_000_000 + i * 1000,
      parent: i > 0 && i % 10 !== 0 ? id(i - (i % 10)) : undefined,
      params: { lr: String(0.001 * (i % 7)), depth: String(i % 13), optimizer: `adam-${i % 3}-${'x'.repeat(40)}`, seed: String(i) },
      tags: { 'mlflow.source.git.commit': (i % 5).toString(16).repeat(40), 'ml-hub.env-hash': `${i % 3}`.repeat(64) },
      histories: Object.fromEntries(metrics.map((m, k) => [m, Array.from({ length: steps }, (_, s) => 1 / (s + 1) + (i % 17) / 100 + k)])),
      artifacts: ['requirements.txt'],
    }),
  );
  return makeModel(runs);
}
