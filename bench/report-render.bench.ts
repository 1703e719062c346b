// `npm run bench report-render`: the static dashboard and the job summary rendered from a large Runs model held in
// memory (1,000 runs × 10 metrics × 1,000 steps = 10 million points, with nested runs, params, tags and a text log per
// run), against the reference of serialising the same model to JSON once (JSON.stringify of its maps and histories as
// plain arrays), timed in the same run. Target: each rendered in under 1 s from the model.

import { buildReports } from '../shared/report/experiment-report.js';
import { renderMetricsSummary, summaryLimitBytes } from '../shared/report/metrics-summary.js';
import { renderDashboard, type ArtifactContents } from '../shared/report/dashboard/index.js';
import type { MetricHistory, Run, RunStatus, RunsModel } from '../shared/mlflow/model.js';

const RUNS = 1000;
const METRICS = 10;
const STEPS = 1000;
const EXPERIMENTS = 4;
const ROUNDS = 5;
const METRIC_KEYS = ['train/loss', 'val/loss', 'train/accuracy', 'val/accuracy', 'val/f1', 'lr', 'grad_norm', 'epoch_time', 'val/rmse', 'throughput'];

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** A training curve per metric kind: decaying losses, saturating scores, a stepped learning rate, noisy timings. */
function curve(metric: number, step: number, rnd: () => number): number {
  const t = step / STEPS;
  switch (metric % 5) {
    case 0:
      return 2 * Math.exp(-4 * t) + 0.1 + 0.05 * rnd();
    case 1:
      return 0.5 + 0.45 * (1 - Math.exp(-5 * t)) + 0.02 * (rnd() - 0.5);
    case 2:
      return 0.001 * 0.5 ** Math.floor(step / 250);
    case 3:
      return Math.fround(1 + rnd() * 3);
    default:
      return 120 + 30 * rnd();
  }
}

function buildModel(): { model: RunsModel; artifacts: ArtifactContents } {
  const rnd = random(42);
  const statuses: RunStatus[] = ['FINISHED', 'FINISHED', 'FINISHED', 'FINISHED', 'FINISHED', 'FINISHED', 'FAILED', 'KILLED', 'RUNNING', 'FINISHED'];
  const runs: Run[] = [];
  const texts = new Map<string, Map<string, { kind: 'text'; text: string; truncated: boolean }>>();
  for (let r = 0; r < RUNS; r++) {
    const runId = r.toString(16).padStart(32, '0');
    const experimentId = String(1 + (r % EXPERIMENTS));
    // Every tenth run is a sweep parent; the nine after it are its children.
    const parentRunId = r % 10 === 0 ? null : (r - (r % 10)).toString(16).padStart(32, '0');
    const histories = new Map<string, MetricHistory>();
    for (let m = 0; m < METRICS; m++) {
      const key = METRIC_KEYS[m]!;
      const values = new Float64Array(STEPS);
      const steps = new Int32Array(STEPS);
      const timestamps = new Float64Array(STEPS);
      for (let i = 0; i < STEPS; i++) {
        values[i] = r % 97 === 0 && i === STEPS / 2 ? NaN : curve(m, i, rnd);
        steps[i] = i;
        timestamps[i] = 1.7e12 + r * 60_000 + i * 137;
      }
      histories.set(key, { key, values, steps, timestamps, datasets: null });
    }
    const start = 1.7e12 + r * 60_000;
    runs.push({
      runId,
      experimentId: parentRunId === null ? experimentId : String(1 + ((r - (r % 10)) % EXPERIMENTS)),
      runName: `run-${r}`,
      userId: 'sarah',
      status: statuses[r % statuses.length]!,
      startTime: start,
      endTime: start + 137 * STEPS,
      lifecycleStage: r % 50 === 49 ? 'deleted' : 'active',
      artifactUri: `file:///home/sarah/mlruns/${experimentId}/${runId}/artifacts`,
      parentRunId,
      params: new Map([
        ['lr', String(0.0001 * (1 + (r % 7)))],
        ['batch_size', String(2 ** (4 + (r % 4)))],
        ['optimizer', ['adam', 'sgd', 'adamw'][r % 3]!],
        ['depth', String(2 + (r % 9))],
        ['dropout', String((r % 5) / 10)],
        ['seed', String(r)],
        ['augment', r % 2 ? 'True' : 'False'],
        ['model', `resnet${[18, 34, 50][r % 3]}`],
      ]),
      tags: new Map([
        ['mlflow.runName', `run-${r}`],
        ['mlflow.user', 'sarah'],
        ['mlflow.source.name', 'train.py'],
        ['mlflow.source.git.commit', r.toString(16).padStart(40, 'a')],
        ...(parentRunId ? [['mlflow.parentRunId', parentRunId] as [string, string]] : []),
      ]),
      latestMetrics: new Map(
        [...histories].map(([key, h]) => [key, { key, value: h.values[STEPS - 1]!, timestamp: h.timestamps[STEPS - 1]!, step: STEPS - 1 }]),
      ),
      metricHistories: histories,
      datasetInputs: [],
      modelInputs: [],
      modelOutputs: [],
      artifacts: [
        { path: 'logs', isDir: true, fileSize: null },
        { path: 'logs/train.log', isDir: false, fileSize: 2048 },
        { path: 'model.pt', isDir: false, fileSize: 45_000_000 },
      ],
    });
    texts.set(runId, new Map([['logs/train.log', { kind: 'text', text: `epoch 1 loss 0.5\n`.repeat(120), truncated: false }]]));
  }
  const model: RunsModel = {
    store: { kind: 'file', location: '/home/sarah/project/mlruns' },
    experiments: Array.from({ length: EXPERIMENTS }, (_, i) => ({
      experimentId: String(i + 1),
      name: `experiment-${i + 1}`,
      artifactLocation: '',
      lifecycleStage: 'active' as const,
      creationTime: 1.7e12,
      lastUpdateTime: 1.7e12,
      tags: new Map([['mlflow.note.content', 'Synthetic benchmark experiment']]),
    })),
    runs,
    loggedModels: [],
  };
  return { model, artifacts: { byRun: texts, notes: [] } };
}

/** The reference: the whole model as JSON, histories as plain arrays (what embedding everything would cost). */
function referenceJson(model: RunsModel): string {
  return JSON.stringify({
    experiments: model.experiments.map((e) => ({ ...e, tags: Object.fromEntries(e.tags) })),
    runs: model.runs.map((r) => ({
      ...r,
      params: Object.fromEntries(r.params),
      tags: Object.fromEntries(r.tags),
      latestMetrics: Object.fromEntries(r.latestMetrics),
      metricHistories: [...r.metricHistories.values()].map((h) => ({
        key: h.key,
        steps: Array.from(h.steps),
        values: Array.from(h.values),
        timestamps: Array.from(h.timestamps),
      })),
    })),
  });
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Wall time and CPU time (user + system) of `fn`: on a shared machine the CPU time is the steadier of the two. */
async function time<T>(fn: () => T | Promise<T>): Promise<{ ms: number; cpu: number; value: T }> {
  const cpu0 = process.cpuUsage();
  const start = performance.now();
  const value = await fn();
  const cpu = process.cpuUsage(cpu0);
  return { ms: performance.now() - start, cpu: (cpu.user + cpu.system) / 1000, value };
}

async function main(): Promise<void> {
  const { model, artifacts } = buildModel();
  console.log(`model: ${RUNS} runs × ${METRICS} metrics × ${STEPS} steps = ${(RUNS * METRICS * STEPS).toLocaleString('en')} points`);
  const gc = (globalThis as { gc?: () => void }).gc;
  const rounds = { reference: [] as { ms: number; cpu: number }[], dashboard: [] as { ms: number; cpu: number }[], summary: [] as { ms: number; cpu: number }[] };
  let pageBytes = 0;
  let jsonBytes = 0;
  let summaryBytes = 0;
  for (let round = 0; round < ROUNDS; round++) {
    gc?.();
    const ref = await time(() => referenceJson(model));
    rounds.reference.push(ref);
    jsonBytes = Buffer.byteLength(ref.value);
    gc?.();
    const page = await time(() => renderDashboard(model, { title: 'Benchmark', artifacts }));
    rounds.dashboard.push(page);
    pageBytes = Buffer.byteLength(page.value.get('index.html')!);
    gc?.();
    const md = await time(async () => {
      const reports = await buildReports(model);
      return renderMetricsSummary(reports.experiments, { limit: summaryLimitBytes, unit: 'bytes', limitName: 'GitHub’s 1 MiB job summary limit' });
    });
    rounds.summary.push(md);
    summaryBytes = Buffer.byteLength(md.value.markdown);
  }
  const ms = (k: keyof typeof rounds) => median(rounds[k].map((r) => r.ms));
  const cpu = (k: keyof typeof rounds) => median(rounds[k].map((r) => r.cpu));
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MiB`;
  const line = (label: string, k: keyof typeof rounds, size: string) =>
    console.log(`${label.padEnd(40)} ${ms(k).toFixed(0).padStart(6)} ms wall, ${cpu(k).toFixed(0).padStart(6)} ms CPU (median of ${ROUNDS}), ${size}`);
  line('reference, JSON.stringify of the model:', 'reference', mb(jsonBytes));
  line('dashboard (renderDashboard):', 'dashboard', `index.html ${mb(pageBytes)}`);
  line('job summary (buildReports + render):', 'summary', mb(summaryBytes));
  for (const k of ['dashboard', 'summary'] as const) {
    const ok = ms(k) < 1000;
    console.log(`${k} vs reference: ${(ms(k) / ms('reference')).toFixed(3)}× wall, ${(cpu(k) / cpu('reference')).toFixed(3)}× CPU; under 1 s: ${ok ? 'ok' : 'MISSED'}`);
    if (!ok) process.exitCode = 1;
  }
}

await main();
