// Writes MLflow file stores in MLflow 3.6's exact on-disk format (see __tests__/fixtures/mlflow/README.md): experiment
// and run meta.yaml as FileStore writes them, one file per param and tag with the raw value, and one
// `<timestamp> <value> <step>` line per logged metric value, in logging order. For report tests that need shapes the
// fixtures do not have (ties, sweeps of hundreds of runs, many experiments, chosen metric names); the result is read
// through the real readers.

import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface StoreRun {
  id: string;
  name: string;
  status?: 'RUNNING' | 'SCHEDULED' | 'FINISHED' | 'FAILED' | 'KILLED';
  start: number;
  /** Null for a run that is still running. Default start + 60 s. */
  end?: number | null;
  parent?: string;
  params?: Record<string, string>;
  tags?: Record<string, string>;
  /** Per metric key, the values logged at steps 0, 1, 2, … (`timestamp = start + 137 ms × step`). */
  metrics?: Record<string, number[]>;
  /** Artifact files, relative path → content. */
  artifacts?: Record<string, string | Buffer>;
}

export interface StoreExperiment {
  /** MLflow makes 18-digit ids. */
  id: string;
  name: string;
  runs: StoreRun[];
}

const statusCode = { RUNNING: 1, SCHEDULED: 2, FINISHED: 3, FAILED: 4, KILLED: 5 } as const;

/** Python's `str(float)` for the values tests use: `nan`, `inf`, `-inf`, integers as `2.0`. */
function pyFloat(value: number): string {
  if (Number.isNaN(value)) return 'nan';
  if (value === Infinity) return 'inf';
  if (value === -Infinity) return '-inf';
  if (Number.isInteger(value) && Math.abs(value) < 1e16) return `${value}.0`;
  return String(value);
}

/** Writes `<dir>/mlruns` and returns its path. */
export function writeMlflowFileStore(dir: string, experiments: StoreExperiment[]): string {
  const root = path.join(dir, 'mlruns');
  for (const exp of experiments) {
    const expDir = path.join(root, exp.id);
    mkdirSync(expDir, { recursive: true });
    writeFileSync(
      path.join(expDir, 'meta.yaml'),
      `artifact_location: file:///home/sarah/mlruns/${exp.id}\ncreation_time: 1795717999434\nexperiment_id: '${exp.id}'\n` +
        `last_update_time: 1795717999434\nlifecycle_stage: active\nname: ${exp.name}\n`,
    );
    for (const run of exp.runs) {
      const runDir = path.join(expDir, run.id);
      const end = run.end === undefined ? run.start + 60_000 : run.end;
      for (const sub of ['params', 'tags', 'metrics', 'artifacts']) mkdirSync(path.join(runDir, sub), { recursive: true });
      writeFileSync(
        path.join(runDir, 'meta.yaml'),
        `artifact_uri: file:///home/sarah/mlruns/${exp.id}/${run.id}/artifacts\nend_time: ${end ?? 'null'}\nentry_point_name: ''\n` +
          `experiment_id: '${exp.id}'\nlifecycle_stage: active\nrun_id: ${run.id}\nrun_name: ${run.name}\nsource_name: ''\nsource_type: 4\n` +
          `source_version: ''\nstart_time: ${run.start}\nstatus: ${statusCode[run.status ?? 'FINISHED']}\ntags: []\nuser_id: sarah\n`,
      );
      const tags: Record<string, string> = { 'mlflow.runName': run.name, 'mlflow.user': 'sarah', 'mlflow.source.type': 'LOCAL', ...run.tags };
      if (run.parent) tags['mlflow.parentRunId'] = run.parent;
      const write = (sub: string, key: string, content: string | Buffer) => {
        const file = path.join(runDir, sub, ...key.split('/'));
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(file, content);
      };
      for (const [k, v] of Object.entries(tags)) write('tags', k, v);
      for (const [k, v] of Object.entries(run.params ?? {})) write('params', k, v);
      for (const [k, values] of Object.entries(run.metrics ?? {})) {
        write('metrics', k, values.map((v, step) => `${run.start + 137 * step} ${pyFloat(v)} ${step}\n`).join(''));
      }
      for (const [p, content] of Object.entries(run.artifacts ?? {})) write('artifacts', p, content);
    }
  }
  return root;
}

/** A run id as MLflow makes them: 32 hex digits. */
export function runId(n: number, salt = 0): string {
  return `${(salt * 0x10000 + n).toString(16).padStart(8, '0')}${'a1b2c3d4'.repeat(3)}`;
}
