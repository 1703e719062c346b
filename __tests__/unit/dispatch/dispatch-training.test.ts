// The dispatch-training pipeline in process, against the GitHub double: the user's mistakes stop it before any
// connection is made, a dispatched run is reported before the wait, and the wait ends in a result, a timeout or
// relayed results.

import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { dispatchTraining, prepareTraining, TrainingSetupError, type TrainingOptions } from '../../../shared/dispatch/dispatch-training.js';
import { trainingMarkdown } from '../../../shared/dispatch/render-dispatch.js';
import { repoRoot } from '../../harness/run-action.js';
import { trainDouble, where, type TrainDouble } from './train-double.js';

let t: TrainDouble;
beforeEach(async () => {
  t = await trainDouble();
});
afterEach(async () => {
  expect(t.double.violations).toEqual([]);
  await t.double.close();
});

function project(settings?: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'wine-'));
  cpSync(path.join(repoRoot, 'examples', 'wine-quality'), dir, { recursive: true });
  if (settings !== undefined) mkdirSync(path.join(dir, '.github'), { recursive: true });
  if (settings !== undefined) writeFileSync(path.join(dir, '.github', 'ml-hub.yml'), settings);
  return dir;
}

function options(root: string, over: Partial<TrainingOptions> = {}): TrainingOptions & { events: string[] } {
  const events: string[] = [];
  return {
    root,
    workflow: 'train.yml',
    entryPoint: 'main',
    parameters: {},
    requirementsLabel: '--requirements',
    wait: false,
    timeoutMs: 60_000,
    pollScale: 0.001,
    log: () => {},
    connect: async () => {
      events.push('connect');
      return { client: t.client, ...where, ref: 'main' };
    },
    onDispatched: (run) => events.push(`dispatched ${run.id}`),
    events,
    ...over,
  };
}

test('requirements text that is not a mapping of known keys is the user mistake, named by the shell label', () => {
  expect(() => prepareTraining(options(project(), { requirementsText: 'gpu: [1' }))).toThrow(TrainingSetupError);
  expect(() => prepareTraining(options(project(), { requirementsText: 'gpu: lots' }))).toThrow(/^--requirements: /);
});

test('settings errors stop the pipeline before it connects, with their located diagnostics', async () => {
  const o = options(project('requirements:\n  memory: plenty\n'));
  const error = await dispatchTraining(o).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(TrainingSetupError);
  expect((error as TrainingSetupError).diagnostics[0]).toMatchObject({ file: '.github/ml-hub.yml', line: 2 });
  expect(o.events).toEqual([]);
});

test('an unknown entry point is a setup error with no diagnostics', () => {
  expect(() => prepareTraining(options(project(), { entryPoint: 'nope' }))).toThrow(TrainingSetupError);
});

test('without wait: dispatched once, reported, nothing waited for', async () => {
  const o = options(project());
  const result = await dispatchTraining(o);
  expect(o.events).toEqual(['connect', `dispatched ${result.run.id}`]);
  expect(result.finished).toBeUndefined();
  expect(t.double.requestsTo('POST', '/repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches')).toHaveLength(1);
  expect(trainingMarkdown(result, 'train.yml')).toContain(`run ${result.run.id}](`);
});

test('with wait: the finished run and the relayed summary of its publish-metrics artifact', async () => {
  t.repo.planRuns('train.yml', { startAfterMs: 0, completeAfterMs: 0, artifacts: [{ name: 'publish-metrics', files: { 'summary.md': '## Best run: 0.41\n' } }] });
  const result = await dispatchTraining(options(project(), { wait: true, resultsArtifact: 'publish-metrics' }));
  expect(result.finished).toMatchObject({ conclusion: 'success', id: result.run.id });
  expect(result.results).toMatchObject({ found: true, summary: '## Best run: 0.41\n' });
  const markdown = trainingMarkdown(result, 'train.yml');
  expect(markdown).toContain('finished: success');
  expect(markdown).toContain('## Best run: 0.41');
});

test('with wait and a run that never ends: a timeout result, not a throw', async () => {
  t.repo.planRuns('train.yml', { startAfterMs: 0 });
  const result = await dispatchTraining(options(project(), { wait: true, timeoutMs: 200 }));
  expect(result.finished).toBeUndefined();
  expect(result.timedOut?.message).toMatch(/200ms|0s|did not finish/);
  expect(trainingMarkdown(result, 'train.yml')).toContain('⌛');
});
