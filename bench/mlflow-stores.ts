// Large MLflow stores for the benches, written in MLflow 3.6's exact on-disk formats: a file store (`mlruns/`, as
// FileStore writes it) and a SQLite database (SqlAlchemyStore's schema, taken verbatim from the fixture's schema.sql).
// Deterministic: the same shape gives the same bytes on every run.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { join } from 'node:path';
import { pyFloatRepr } from '../shared/mlflow/py-numbers.js';

export interface StoreShape {
  runs: number;
  metrics: number;
  steps: number;
  experiments?: number;
}

const METRIC_KEYS = ['val/loss', 'val/rmse', 'train/loss', 'lr', 'val/accuracy', 'train/rmse', 'grad_norm', 'epoch_time'];

export const metricKey = (m: number): string => METRIC_KEYS[m] ?? `metric_${m}`;

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function curve(metric: number, step: number, steps: number, run: number, rnd: () => number): number {
  const t = step / steps;
  switch (metric % 4) {
    case 0:
      return 2.5 * Math.exp(-4 * t) * (1 + (run % 13) / 50) + 0.05 * rnd();
    case 1:
      return Math.fround(0.7 * Math.exp(-3 * t) + 0.02 * rnd());
    case 2:
      return Math.round((0.5 + 0.45 * t + 0.05 * rnd()) * 10000) / 10000;
    default:
      return 1e-3 * 0.5 * (1 + Math.cos(Math.PI * t)) + 1e-6;
  }
}

interface GeneratedRun {
  experimentId: string;
  runId: string;
  name: string;
  start: number;
  end: number;
  params: [string, string][];
  tags: [string, string][];
  /** Per metric: lines of (timestamp, value, step). */
  metrics: { key: string; timestamps: number[]; values: number[]; steps: number[] }[];
}

const experimentIdOf = (e: number): string => String(412312309488710000 + e * 1111);

function* generateRuns(shape: StoreShape): Generator<GeneratedRun> {
  const rnd = random(42);
  const experiments = shape.experiments ?? 1;
  for (let r = 0; r < shape.runs; r++) {
    const experimentId = experimentIdOf(r % experiments);
    const runId = (0x5a5a0000 + r).toString(16).padStart(32, '0');
    const start = 1795718000000 + r * 600_000;
    const metrics = [];
    for (let m = 0; m < shape.metrics; m++) {
      const timestamps: number[] = [];
      const values: number[] = [];
      const steps: number[] = [];
      for (let s = 0; s < shape.steps; s++) {
        timestamps.push(start + s * 137);
        values.push(curve(m, s, shape.steps, r, rnd));
        steps.push(s);
      }
      metrics.push({ key: metricKey(m), timestamps, values, steps });
    }
    yield {
      experimentId,
      runId,
      name: `bench-run-${r}`,
      start,
      end: start + shape.steps * 137 + 5,
      params: [['lr', String(0.0001 * (1 + (r % 7)))], ['batch_size', String(2 ** (4 + (r % 4)))], ['seed', String(r)]],
      tags: [['mlflow.runName', `bench-run-${r}`], ['mlflow.user', 'runner'], ['mlflow.source.name', 'train.py'], ['mlflow.source.type', 'LOCAL']],
      metrics,
    };
  }
}

/** A file store under `root` (the `mlruns` folder); returns the bytes of metric lines written. */
export function writeFileStore(root: string, shape: StoreShape): number {
  const experiments = shape.experiments ?? 1;
  for (let e = 0; e < experiments; e++) {
    const id = experimentIdOf(e);
    const dir = join(root, id);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'meta.yaml'), [
      `artifact_location: file://${dir}`,
      'creation_time: 1795717999434',
      `experiment_id: '${id}'`,
      'last_update_time: 1795717999434',
      'lifecycle_stage: active',
      `name: bench-experiment-${e}`,
      '',
    ].join('\n'));
  }
  let bytes = 0;
  for (const run of generateRuns(shape)) {
    const runDir = join(root, run.experimentId, run.runId);
    for (const sub of ['metrics', 'params', 'tags', 'artifacts']) mkdirSync(join(runDir, sub), { recursive: true });
    writeFileSync(join(runDir, 'meta.yaml'), [
      `artifact_uri: file://${runDir}/artifacts`,
      `end_time: ${run.end}`,
      "entry_point_name: ''",
      `experiment_id: '${run.experimentId}'`,
      'lifecycle_stage: active',
      `run_id: ${run.runId}`,
      `run_name: ${run.name}`,
      "source_name: ''",
      'source_type: 4',
      "source_version: ''",
      `start_time: ${run.start}`,
      'status: 3',
      'tags: []',
      'user_id: runner',
      '',
    ].join('\n'));
    for (const [k, v] of run.tags) writeFileSync(join(runDir, 'tags', k), v);
    for (const [k, v] of run.params) writeFileSync(join(runDir, 'params', k), v);
    for (const m of run.metrics) {
      let text = '';
      for (let i = 0; i < m.values.length; i++) text += `${m.timestamps[i]} ${pyFloatRepr(m.values[i]!)} ${m.steps[i]}\n`;
      bytes += text.length;
      const file = join(runDir, 'metrics', m.key);
      mkdirSync(join(file, '..'), { recursive: true });
      writeFileSync(file, text);
    }
  }
  return bytes;
}

/** A SQLite store at `dbPath`, with MLflow 3.6's schema (the fixture's `schema.sql`) and alembic revision. */
export function writeSqliteStore(dbPath: string, schemaSql: string, shape: StoreShape): void {
  const db = new DatabaseSync(dbPath);
  db.exec('PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;');
  db.exec(schemaSql);
  db.exec("INSERT INTO alembic_version VALUES ('bf29a5ff90ea')");
  const root = join(dbPath, '..', 'mlruns');
  const experiments = shape.experiments ?? 1;
  const addExperiment = db.prepare('INSERT INTO experiments VALUES (?, ?, ?, ?, ?, ?)');
  for (let e = 0; e < experiments; e++) {
    addExperiment.run(e + 1, `bench-experiment-${e}`, `${root}/${e + 1}`, 'active', 1795717999434, 1795717999434);
  }
  const addRun = db.prepare(`INSERT INTO runs (run_uuid, name, source_type, source_name, entry_point_name, user_id,
      status, start_time, end_time, source_version, lifecycle_stage, artifact_uri, experiment_id, deleted_time)
      VALUES (?, ?, 'UNKNOWN', '', '', 'runner', 'FINISHED', ?, ?, '', 'active', ?, ?, NULL)`);
  const addParam = db.prepare('INSERT INTO params (key, value, run_uuid) VALUES (?, ?, ?)');
  const addTag = db.prepare('INSERT INTO tags (key, value, run_uuid) VALUES (?, ?, ?)');
  const addMetric = db.prepare('INSERT INTO metrics (key, value, timestamp, run_uuid, step, is_nan) VALUES (?, ?, ?, ?, ?, 0)');
  const addLatest = db.prepare('INSERT INTO latest_metrics (key, value, timestamp, step, is_nan, run_uuid) VALUES (?, ?, ?, ?, 0, ?)');
  db.exec('BEGIN');
  for (const run of generateRuns(shape)) {
    const experiment = Number(BigInt(run.experimentId) - 412312309488710000n) / 1111 + 1;
    addRun.run(run.runId, run.name, run.start, run.end, `${root}/${experiment}/${run.runId}/artifacts`, experiment);
    for (const [k, v] of run.params) addParam.run(k, v, run.runId);
    for (const [k, v] of run.tags) addTag.run(k, v, run.runId);
    for (const m of run.metrics) {
      for (let i = 0; i < m.values.length; i++) addMetric.run(m.key, m.values[i]!, m.timestamps[i]!, run.runId, m.steps[i]!);
      const last = m.values.length - 1;
      addLatest.run(m.key, m.values[last]!, m.timestamps[last]!, m.steps[last]!, run.runId);
    }
  }
  db.exec('COMMIT');
  db.close();
  mkdirSync(root, { recursive: true });
}

export function fixtureSchema(fixtures: string): string {
  return readFileSync(join(fixtures, 'sqlite', 'schema.sql'), 'utf8');
}
