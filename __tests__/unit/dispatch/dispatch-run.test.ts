// Dispatching through the real client against the GitHub double: run details where GitHub returns them, and the
// older Enterprise Server's way (422 for the key) where the run is found by the correlation id in its name.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { dispatchRun } from '../../../shared/dispatch/dispatch-run.js';
import { repoRoot } from '../../harness/run-action.js';
import { inputNames, packInputs } from '../../../shared/dispatch/pack-inputs.js';
import { FakeClock, trainDouble, where, type TrainDouble } from './train-double.js';

const dispatches = '/repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches';
const listRuns = '/repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs';

function inputsFor(correlationId: string) {
  return packInputs({ entryPoint: 'main', kind: 'mlproject', parameters: { alpha: '0.5' } }, { correlationId, runsOn: ['self-hosted', 'gpu'] }).inputs;
}

describe('where GitHub returns the run', () => {
  let t: TrainDouble;
  beforeEach(async () => {
    t = await trainDouble();
  });
  afterEach(async () => {
    expect(t.double.violations).toEqual([]);
    await t.double.close();
  });

  test('one dispatch with return_run_details gives the run id and page', async () => {
    const inputs = inputsFor('ml-hub-one');
    const run = await dispatchRun({ client: t.client, ...where, workflow: 'train.yml', ref: 'main', inputs, correlationId: 'ml-hub-one' });
    expect(run).toEqual({ id: t.repo.runs[0]!.id, htmlUrl: `https://github.com/octo-org/wine-quality/actions/runs/${t.repo.runs[0]!.id}`, via: 'run-details' });
    expect(t.double.requestsTo('POST', dispatches).map((r) => [r.status, r.body])).toEqual([[200, { ref: 'main', inputs, return_run_details: true }]]);
    expect(t.double.requestsTo('GET', listRuns)).toEqual([]);
    const dispatched = t.repo.runs[0]!.info;
    expect(dispatched.inputs).toEqual(inputs);
    expect(dispatched.displayTitle).toBe('Train ml-hub-one');
  });

  test('a workflow that does not declare ml-hub inputs is explained', async () => {
    t.local.write('.github/workflows/train.yml', 'name: Train\non:\n  workflow_dispatch:\n    inputs:\n      epochs: {required: true}\njobs: {}\n');
    t.local.commitAll('Plain inputs');
    t.local.git('push', '-q', t.repo.gitUrl, 'main');
    await expect(dispatchRun({ client: t.client, ...where, workflow: 'train.yml', ref: 'main', inputs: inputsFor('x'), correlationId: 'x' })).rejects.toThrow(
      `Could not dispatch train.yml on main: GitHub rejected the request (422): Unexpected inputs provided: ["ml-hub-params","ml-hub-correlation-id","ml-hub-runs-on"]. train.yml must declare the workflow_dispatch inputs ${Object.values(inputNames).join(', ')} (and require no others), as ml-hub's train.yml example does.`,
    );
    // A refused dispatch is not retried without the key: only a 422 about return_run_details is.
    expect(t.double.requestsTo('POST', dispatches)).toHaveLength(1);
  });

  test('a branch that does not exist is GitHub\'s 422 in words', async () => {
    await expect(dispatchRun({ client: t.client, ...where, workflow: 'train.yml', ref: 'nope', inputs: inputsFor('x'), correlationId: 'x' })).rejects.toThrow(
      'Could not dispatch train.yml on nope: GitHub rejected the request (422): No ref found for: nope.',
    );
  });
});

describe('on a GitHub Enterprise Server that predates return_run_details', () => {
  let t: TrainDouble;
  let time: FakeClock;
  beforeEach(async () => {
    time = new FakeClock();
    t = await trainDouble({ dispatchRunDetails: false, clock: time.clock });
  });
  afterEach(async () => {
    expect(t.double.violations).toEqual([]);
    await t.double.close();
  });

  test('dispatches again without the key and finds its own run by the correlation id, among others', async () => {
    // Someone else's dispatch of the same workflow a moment before, and runs that list only after a few seconds.
    await t.repo.createRun({ workflow: 'train.yml', ref: 'main', event: 'workflow_dispatch', inputs: inputsFor('ml-hub-someone-else') });
    t.repo.planRuns('train.yml', { visibleAfterMs: 5000 });
    const logs: string[] = [];

    const run = await dispatchRun({
      client: t.client,
      ...where,
      workflow: 'train.yml',
      ref: 'main',
      inputs: inputsFor('ml-hub-mine'),
      correlationId: 'ml-hub-mine',
      clock: time.clock,
      sleep: time.sleep,
      log: (l) => logs.push(l),
    });

    const mine = t.repo.runs.find((r) => r.info.displayTitle === 'Train ml-hub-mine')!;
    expect(run).toEqual({ id: mine.id, htmlUrl: `https://github.com/octo-org/wine-quality/actions/runs/${mine.id}`, via: 'correlation' });
    const posts = t.double.requestsTo('POST', dispatches);
    expect(posts.map((r) => r.status)).toEqual([422, 204]);
    expect(posts[1]!.body).toEqual({ ref: 'main', inputs: inputsFor('ml-hub-mine') });
    expect(logs).toEqual(['This GitHub does not return the dispatched run (return_run_details); dispatching without it and finding the run by its name.']);

    // Filtered as narrowly as the API allows, looked at again with growing waits until the run was listed.
    const looks = t.double.requestsTo('GET', listRuns);
    expect(looks.length).toBeGreaterThan(1);
    const since = new Date(mine.info.createdAt - 60_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
    expect(looks[0]!.query).toEqual({ event: 'workflow_dispatch', branch: 'main', created: `>=${since}`, per_page: '100' });
    expect(time.sleeps).toEqual([2000, 3000]);
  });

  test("the example train.yml takes ml-hub's inputs and names its runs so they are found", async () => {
    t.local.write('.github/workflows/train.yml', readFileSync(path.join(repoRoot, 'workflows-examples', 'train.yml'), 'utf8'));
    t.local.commitAll('The example training workflow');
    t.local.git('push', '-q', t.repo.gitUrl, 'main');
    const run = await dispatchRun({ client: t.client, ...where, workflow: 'train.yml', ref: 'main', inputs: inputsFor('ml-hub-example'), correlationId: 'ml-hub-example', clock: time.clock, sleep: time.sleep });
    expect(run).toMatchObject({ id: t.repo.runs[0]!.id, via: 'correlation' });
    expect(t.repo.runs[0]!.info.displayTitle).toBe('train ml-hub-example');
  });

  test('a tag is not a branch to filter by', async () => {
    t.local.git('tag', 'v1');
    t.local.git('push', '-q', t.repo.gitUrl, 'v1');
    const run = await dispatchRun({ client: t.client, ...where, workflow: 'train.yml', ref: 'refs/tags/v1', inputs: inputsFor('ml-hub-tag'), correlationId: 'ml-hub-tag', clock: time.clock, sleep: time.sleep });
    expect(run.via).toBe('correlation');
    expect(t.double.requestsTo('GET', listRuns)[0]!.query).not.toHaveProperty('branch');
  });

  test('a workflow without the id in its run name cannot be found, and the message says what to add', async () => {
    t.local.write('.github/workflows/train.yml', (await import('./train-double.js')).trainWorkflow.replace(/^run-name:.*\n/m, ''));
    t.local.commitAll('No run name');
    t.local.git('push', '-q', t.repo.gitUrl, 'main');
    const started = time.now;
    await expect(
      dispatchRun({ client: t.client, ...where, workflow: 'train.yml', ref: 'main', inputs: inputsFor('ml-hub-lost'), correlationId: 'ml-hub-lost', clock: time.clock, sleep: time.sleep }),
    ).rejects.toThrow(
      /^Dispatched train\.yml on main, but no run named with ml-hub-lost appeared within 180 s \(\d+ looks\)\. This GitHub cannot return the run it starts, so ml-hub finds it by name: train\.yml must carry the input in its run name, e\.g\. `run-name: "Train \$\{\{ inputs\.ml-hub-correlation-id \}\}"`\.$/,
    );
    expect(time.now - started).toBe(180_000);
    expect(Math.max(...time.sleeps)).toBe(15_000);
  });
});
