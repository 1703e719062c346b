import path from 'node:path';
import { openStore } from '../../../shared/mlflow/detect-store.js';
import type { RunsModel } from '../../../shared/mlflow/model.js';
import { buildReports, chooseMetric } from '../../../shared/report/experiment-report.js';
import { experiment, makeModel, makeRun } from './synthetic-runs.js';

const fixtures = path.resolve('__tests__/fixtures/mlflow');
const stores: [string, string][] = [['file store', 'file-store/mlruns'], ['SQLite store', 'sqlite/mlflow.db']];

describe.each(stores)('the %s fixture', (_, store) => {
  let model: RunsModel;
  beforeAll(async () => {
    model = (await openStore(path.join(fixtures, store)).read()).model;
  });

  test('active experiments with runs, deleted ones and empty Default left out', async () => {
    const { experiments } = await buildReports(model);
    expect(experiments.map((e) => e.experiment.name)).toEqual(expect.arrayContaining(['edge-cases', 'wine-quality-rf']));
    expect(experiments).toHaveLength(2);
    const edge = experiments.find((e) => e.experiment.name === 'edge-cases')!;
    expect(edge.runs.map((r) => r.runName)).not.toContain('deleted-run');
  });

  test('wine-quality-rf: val/rmse chosen and guessed lower-better, nested runs under rf-sweep, varying params', async () => {
    const { experiments } = await buildReports(model, { experiments: ['wine-*'] });
    const [wine] = experiments;
    expect(wine!.metric).toEqual({ key: 'val/rmse', source: 'auto', direction: { direction: 'min', source: 'name' } });
    expect(wine!.best?.runName).toBe('baseline-linear');
    expect(wine!.ranked.map((r) => r.runName)).toEqual(['baseline-linear', 'rf-depth8-leaf4', 'rf-depth4-leaf1', 'rf-depth6-leaf2', 'rf-full-leaf1']);
    expect(wine!.rows.map((r) => [r.run.runName, r.depth])).toEqual([
      ['baseline-linear', 0],
      ['rf-sweep', 0],
      ['rf-depth8-leaf4', 1],
      ['rf-depth4-leaf1', 1],
      ['rf-depth6-leaf2', 1],
      ['rf-full-leaf1', 1],
    ]);
    expect(wine!.params).toEqual(expect.arrayContaining(['max_depth', 'min_samples_leaf', 'n_estimators']));
    expect(wine!.params).not.toContain('random_state');
    expect(wine!.metricColumns[0]).toBe('val/rmse');
    expect(wine!.charts[0]!.metric).toBe('val/rmse');
    expect(wine!.charts[0]!.runs.map((r) => r.runName)).toEqual(['baseline-linear', 'rf-depth8-leaf4', 'rf-depth4-leaf1', 'rf-depth6-leaf2', 'rf-full-leaf1']);
  });

  test('a named metric and direction; top limits the charted runs; a tag baseline and the candidate', async () => {
    const { experiments } = await buildReports(model, {
      experiments: ['wine-quality-rf'],
      metric: 'r2',
      top: 2,
      baseline: { kind: 'tag', key: 'mlflow.runName', value: 'rf-full-leaf1' },
    });
    const [wine] = experiments;
    expect(wine!.metric).toMatchObject({ key: 'r2', source: 'input', direction: { direction: 'max', source: 'name' } });
    expect(wine!.best?.runName).toBe('rf-depth8-leaf4');
    expect(wine!.baseline?.run?.runName).toBe('rf-full-leaf1');
    expect(wine!.candidate).toEqual({ run: wine!.best, reason: 'the best run other than the baseline' });
    for (const chart of wine!.charts) expect(chart.runs.length).toBeLessThanOrEqual(2);
  });

  test('edge-cases: failed and killed runs are listed but not ranked', async () => {
    const { experiments } = await buildReports(model, { experiments: ['edge-cases'], metric: 'train/loss' });
    const [edge] = experiments;
    expect(edge!.best).toBeUndefined();
    expect(edge!.runs.map((r) => r.runName)).toEqual(expect.arrayContaining(['failed-run', 'killed-run']));
  });

  test('unknown experiment patterns are reported; exact names reach deleted experiments', async () => {
    const { experiments, unmatched } = await buildReports(model, { experiments: ['nope-*', 'scratch-deleted'] });
    expect(unmatched).toEqual(['nope-*']);
    expect(experiments.map((e) => e.experiment.name)).toEqual(['scratch-deleted']);
  });
});

test('the candidate is the best run of the commit under test when there is one', async () => {
  const head = 'a'.repeat(40);
  const model = makeModel([
    makeRun({ id: 'best-old', metrics: { loss: 0.1 }, tags: { 'mlflow.source.git.commit': 'b'.repeat(40) } }),
    makeRun({ id: 'head-1', metrics: { loss: 0.3 }, tags: { 'mlflow.source.git.commit': head } }),
    makeRun({ id: 'head-2', metrics: { loss: 0.2 }, tags: { 'mlflow.source.git.commit': head } }),
  ]);
  const { experiments } = await buildReports(model, { headCommit: head });
  expect(experiments[0]!.best?.runId).toBe('best-old');
  expect(experiments[0]!.candidate).toEqual({ run: expect.objectContaining({ runId: 'head-2' }), reason: 'the best run of this commit (aaaaaaa)' });
});

test('auto metric: a widely logged validation metric whose name tells its direction', () => {
  const runs = [
    makeRun({ id: '1', metrics: { 'train/loss': 1, 'val/accuracy': 0.8, epoch_time: 3, 'test/rare_loss': 1 } }),
    makeRun({ id: '2', metrics: { 'train/loss': 1, 'val/accuracy': 0.9, epoch_time: 3 } }),
    makeRun({ id: '3', metrics: { 'train/loss': 1, 'val/accuracy': 0.7, epoch_time: 3 } }),
  ];
  expect(chooseMetric(runs)).toBe('val/accuracy');
  expect(chooseMetric([makeRun({ id: 'x', metrics: { epoch_time: 1 } })])).toBe('epoch_time');
  expect(chooseMetric([makeRun({ id: 'x' })])).toBeUndefined();
});

test('environments: commit, env hash tag (either name), requirements artifact', async () => {
  const model = makeModel(
    [
      makeRun({ id: 'a', tags: { 'mlflow.source.git.commit': 'c'.repeat(40), 'ml-hub.env-hash': 'e'.repeat(64) }, artifacts: ['model/requirements.txt', 'requirements.txt'] }),
      makeRun({ id: 'b', tags: { MLHUB_ENV_HASH: 'f'.repeat(64) } }),
      makeRun({ id: 'c' }),
    ],
    [experiment('1', 'exp')],
  );
  const [report] = (await buildReports(model)).experiments;
  expect(report!.environments.get('a')).toEqual({ commit: 'c'.repeat(40), envHash: 'e'.repeat(64), requirements: 'requirements.txt' });
  expect(report!.environments.get('b')).toEqual({ envHash: 'f'.repeat(64) });
  expect(report!.environments.has('c')).toBe(false);
});
