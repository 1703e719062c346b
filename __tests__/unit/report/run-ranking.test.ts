// Ranking, read from file stores written in MLflow's format: the automatic metric, the one tie-break rule, and which
// params count as differing.

import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openStore } from '../../../shared/mlflow/detect-store.js';
import type { RunsModel } from '../../../shared/mlflow/model.js';
import { buildReports } from '../../../shared/report/experiment-report.js';
import { chooseMetric, compareRuns, metricValue } from '../../../shared/report/run-ranking.js';
import { runId, writeMlflowFileStore, type StoreRun } from '../../harness/mlflow-file-store.js';

const curve = (end: number, steps = 20) => Array.from({ length: steps }, (_, s) => end + 1 / (s + 1) - 1 / steps);

async function storeOf(experiments: { name: string; runs: StoreRun[] }[]): Promise<RunsModel> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ml-hub-ranking-'));
  const root = writeMlflowFileStore(
    dir,
    experiments.map((e, i) => ({ id: `1000000000000000${String(i).padStart(2, '0')}`, ...e })),
  );
  const { model, diagnostics } = await openStore(root).read();
  expect(diagnostics).toEqual([]);
  return model;
}

const runsOf = (model: RunsModel, name: string) => {
  const id = model.experiments.find((e) => e.name === name)!.experimentId;
  return model.runs.filter((r) => r.experimentId === id);
};

describe('the automatic ranking metric', () => {
  let model: RunsModel;
  beforeAll(async () => {
    const run = (n: number, metrics: Record<string, number[]>): StoreRun => ({ id: runId(n), name: `r${n}`, start: 1_795_718_000_000 + n * 1000, metrics });
    model = await storeOf([
      // The case: a single best_val_rmse, train curves, and val/rmse with a history.
      { name: 'best-single', runs: [1, 2, 3].map((n) => run(n, { best_val_rmse: [0.4 + n / 100], 'train/rmse': curve(0.3), 'val/rmse': curve(0.5 + n / 100) })) },
      // rmse before mae by the family order, not by the alphabet.
      { name: 'rmse-mae', runs: [4, 5].map((n) => run(n, { 'val/mae': curve(0.3), 'val/rmse': curve(0.5) })) },
      // No validation curve: the single validation value, never the train curve.
      { name: 'no-val-curve', runs: [6, 7].map((n) => run(n, { best_val_rmse: [0.4], 'train/loss': curve(1) })) },
      // Only train metrics and a time: the train metric, whose direction is known.
      { name: 'train-only', runs: [8, 9].map((n) => run(n, { 'train/loss': curve(1), epoch_time: curve(3) })) },
      // Suffix forms and classification: accuracy before the loss.
      { name: 'suffixes', runs: [10, 11].map((n) => run(n, { loss_valid: curve(1), accuracy_valid: curve(0.8), loss_train: curve(0.5) })) },
      { name: 'eval-prefix', runs: [12, 13].map((n) => run(n, { 'eval/f1': curve(0.7), 'eval/loss': curve(0.2), 'test/auc': [0.9] })) },
    ]);
  });

  test.each([
    ['best-single', 'val/rmse'],
    ['rmse-mae', 'val/rmse'],
    ['no-val-curve', 'best_val_rmse'],
    ['train-only', 'train/loss'],
    ['suffixes', 'accuracy_valid'],
    ['eval-prefix', 'eval/f1'],
  ])('%s ranks by %s', (name, metric) => {
    expect(chooseMetric(runsOf(model, name))).toBe(metric);
  });

  test('the first chart is the ranking metric, and train metrics come after the validation ones', async () => {
    const { experiments } = await buildReports(model, { experiments: ['best-single'] });
    const [report] = experiments;
    expect(report!.charts.map((c) => c.metric)).toEqual(['val/rmse', 'train/rmse']);
    expect(report!.metricColumns).toEqual(['val/rmse', 'best_val_rmse', 'train/rmse']);
  });
});

describe('one tie-break rule', () => {
  test('equal values: the run that ended first, then the one that started first, then the lower id', async () => {
    const t = 1_795_718_000_000;
    const model = await storeOf([
      {
        name: 'ties',
        runs: [
          { id: runId(1), name: 'late-end', start: t, end: t + 90_000, metrics: { 'val/loss': [0.5, 0.2] } },
          { id: runId(2), name: 'early-end', start: t + 5000, end: t + 30_000, metrics: { 'val/loss': [0.4, 0.2] } },
          { id: runId(4), name: 'same-end-later-start', start: t + 2000, end: t + 60_000, metrics: { 'val/loss': [0.3, 0.2] } },
          { id: runId(3), name: 'same-end-earlier-start', start: t + 1000, end: t + 60_000, metrics: { 'val/loss': [0.3, 0.2] } },
          { id: runId(6), name: 'same-times-b', start: t + 1000, end: t + 60_000, metrics: { 'val/loss': [0.3, 0.2] } },
          { id: runId(5), name: 'worse', start: t, end: t + 10_000, metrics: { 'val/loss': [0.3, 0.25] } },
        ],
      },
    ]);
    const { experiments } = await buildReports(model);
    const [report] = experiments;
    expect(report!.ranked.map((r) => r.runName)).toEqual(['early-end', 'same-end-earlier-start', 'same-times-b', 'same-end-later-start', 'late-end', 'worse']);
    expect(report!.best?.runName).toBe('early-end');
    // The candidate (the gate's run) follows the same order.
    expect(report!.candidate?.run.runName).toBe('early-end');
    const order = [...report!.runs].sort(compareRuns((r) => metricValue(r, 'val/loss'), 'min'));
    expect(order).toEqual(report!.order);
  });
});

test('params that differ: a sweep parent without them does not make constant params differ', async () => {
  const t = 1_795_718_000_000;
  const parent = runId(100);
  const child = (n: number, depth: string): StoreRun => ({
    id: runId(n),
    name: `child-${n}`,
    start: t + n * 1000,
    parent,
    params: { max_depth: depth, random_state: '42', features: 'a,b,c' },
    metrics: { 'val/rmse': curve(0.5 + n / 100) },
  });
  const model = await storeOf([{ name: 'sweep', runs: [{ id: parent, name: 'sweep', start: t, params: { n_children: '3' } }, child(1, '4'), child(2, '8'), child(3, '16')] }]);
  const { experiments } = await buildReports(model);
  expect(experiments[0]!.params).toEqual(['max_depth']);
});
