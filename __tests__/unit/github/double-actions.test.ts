// Workflow dispatch and the scripted run lifecycle, through the real client; every answer is held to the spec.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { GitHubClient } from '../../../shared/github/client.js';
import { seeded, where, type Seeded } from './seed.js';

const workflow_id = 'train.yml';

/** octokit's types know only the 204 answer; asked for run details, GitHub answers 200 with these. */
interface RunDetails {
  workflow_run_id: number;
  run_url: string;
  html_url: string;
}

/**
 * How a dispatcher gets its run on any GitHub: ask for the run details; an older Enterprise Server rejects the key,
 * so dispatch again without it and find the run by listing the workflow's dispatched runs since just before.
 */
async function dispatch(client: GitHubClient, ref: string, inputs: Record<string, string>): Promise<number> {
  const since = new Date(Date.now() - 1000).toISOString();
  try {
    const response = await client.rest.actions.createWorkflowDispatch({ ...where, workflow_id, ref, inputs, return_run_details: true });
    if ((response.status as number) === 200) return (response.data as unknown as RunDetails).workflow_run_id;
  } catch (error) {
    if (!((error as { status?: number }).status === 422 && /return_run_details/.test(String(error)))) throw error;
    const fallback = await client.rest.actions.createWorkflowDispatch({ ...where, workflow_id, ref, inputs });
    expect(fallback.status).toBe(204);
  }
  const { data } = await client.rest.actions.listWorkflowRuns({ ...where, workflow_id, event: 'workflow_dispatch', branch: ref, created: `>=${since}` });
  return data.workflow_runs[0]!.id;
}

describe('on github.com', () => {
  let s: Seeded;
  beforeAll(async () => {
    s = await seeded();
  });
  afterAll(() => s.double.close());
  afterEach(() => s.double.assertNoViolations());

  test('a dispatch with return_run_details answers 200 with the run, which starts queued', async () => {
    const response = await s.client.rest.actions.createWorkflowDispatch({ ...where, workflow_id, ref: 'main', inputs: { epochs: '3' }, return_run_details: true });
    expect(response.status).toBe(200);
    const details = response.data as unknown as RunDetails;
    expect(details.run_url).toBe(`${s.double.url}/repos/octo-org/wine-quality/actions/runs/${details.workflow_run_id}`);
    expect(details.html_url).toBe(`https://github.com/octo-org/wine-quality/actions/runs/${details.workflow_run_id}`);
    const { data: run } = await s.client.rest.actions.getWorkflowRun({ ...where, run_id: details.workflow_run_id });
    expect(run).toMatchObject({ status: 'queued', conclusion: null, event: 'workflow_dispatch', head_branch: 'main', head_sha: s.main, name: 'Train', path: '.github/workflows/train.yml', run_number: 1 });
    expect(s.double.state.run(run.id)!.run.info.inputs).toEqual({ epochs: '3' });
  });

  test('without return_run_details it answers 204, unless the API version is 2026-03-10', async () => {
    const plain = await s.client.rest.actions.createWorkflowDispatch({ ...where, workflow_id, ref: 'main', inputs: { epochs: '1' } });
    expect(plain.status).toBe(204);
    const versioned = await s.client.request('POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches', {
      ...where,
      workflow_id,
      ref: 'main',
      inputs: { epochs: '1' },
      headers: { 'x-github-api-version': '2026-03-10' },
    });
    expect(versioned.status).toBe(200);
  });

  test('GitHub refuses dispatches that do not fit the workflow', async () => {
    const refused = (inputs: Record<string, string>, ref = 'main', id = workflow_id) =>
      s.client.rest.actions.createWorkflowDispatch({ ...where, workflow_id: id, ref, inputs }).catch((e: { status: number; response: { data: { message: string } } }) => [e.status, e.response.data.message]);
    expect(await refused({ epochs: '1', lr: '0.1' })).toEqual([422, 'Unexpected inputs provided: ["lr"]']);
    expect(await refused({})).toEqual([422, "Required input 'epochs' not provided"]);
    expect(await refused({ epochs: '1', model: 'huge' })).toEqual([422, "Provided value 'huge' for input 'model' not in the list of allowed values"]);
    expect(await refused({ epochs: '1' }, 'no-such-branch')).toEqual([422, 'No ref found for: no-such-branch']);
    expect(await refused({ epochs: '1' }, 'main', 'deploy.yml')).toEqual([404, 'Not Found']);

    s.local.git('checkout', '-q', '-b', 'no-dispatch', s.main);
    s.local.write('.github/workflows/train.yml', 'name: Train\non: push\njobs: {}\n');
    s.local.commitAll('Drop the dispatch trigger');
    s.local.git('push', '-q', s.repo.gitUrl, 'no-dispatch');
    expect(await refused({ epochs: '1' }, 'no-dispatch')).toEqual([422, "Workflow does not have 'workflow_dispatch' trigger"]);
  });

  test('a scripted run goes queued → in_progress → completed, with jobs, steps and an artifact to download', async () => {
    s.repo.planRuns(workflow_id, {
      conclusion: 'failure',
      jobs: [
        { name: 'Train model', steps: ['Fit', 'Evaluate'] },
        { name: 'report', conclusion: 'skipped' },
      ],
      artifacts: [{ name: 'metrics', files: { 'metrics.json': '{"rmse": 0.41}\n' } }],
    });
    const runId = await dispatch(s.client, 'main', { epochs: '5' });
    const jobs = async () => (await s.client.rest.actions.listJobsForWorkflowRun({ ...where, run_id: runId })).data.jobs;

    expect((await jobs()).map((j) => [j.name, j.status])).toEqual([['Train model', 'queued'], ['report', 'queued']]);
    expect(s.double.state.advanceRun(runId)).toBe('in_progress');
    const running = await jobs();
    expect(running[0]!.steps!.map((st) => [st.name, st.status])).toEqual([
      ['Set up job', 'completed'],
      ['Fit', 'in_progress'],
      ['Evaluate', 'queued'],
      ['Complete job', 'queued'],
    ]);
    expect((await s.client.rest.actions.listWorkflowRunArtifacts({ ...where, run_id: runId })).data.total_count).toBe(0);

    s.double.state.advanceRun(runId);
    const { data: run } = await s.client.rest.actions.getWorkflowRun({ ...where, run_id: runId });
    expect(run).toMatchObject({ status: 'completed', conclusion: 'failure' });
    const done = await jobs();
    expect(done.map((j) => [j.name, j.conclusion])).toEqual([['Train model', 'failure'], ['report', 'skipped']]);
    expect(done[0]!.steps!.map((st) => st.conclusion)).toEqual(['success', 'success', 'failure', 'success']);

    const { data: artifacts } = await s.client.rest.actions.listWorkflowRunArtifacts({ ...where, run_id: runId });
    expect(artifacts.artifacts.map((a) => a.name)).toEqual(['metrics']);
    const download = await s.client.rest.actions.downloadArtifact({ ...where, artifact_id: artifacts.artifacts[0]!.id, archive_format: 'zip' });
    const zip = path.join(mkdtempSync(path.join(tmpdir(), 'artifact-')), 'metrics.zip');
    writeFileSync(zip, Buffer.from(download.data as ArrayBuffer));
    expect(execFileSync('unzip', ['-p', zip, 'metrics.json'], { encoding: 'utf8' })).toBe('{"rmse": 0.41}\n');
    expect(s.double.requestsTo('GET', '/repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}')[0]!.status).toBe(302);
  });

  test("without a plan the run's jobs and steps are the workflow file's, and it completes successfully", async () => {
    s.repo.planRuns(workflow_id);
    const runId = await dispatch(s.client, 'main', { epochs: '1' });
    s.double.state.completeRun(runId);
    const { data } = await s.client.rest.actions.listJobsForWorkflowRun({ ...where, run_id: runId });
    expect(data.jobs.map((j) => [j.name, j.conclusion, j.steps!.map((st) => st.name)])).toEqual([
      ['Train model', 'success', ['Set up job', 'Run actions/checkout@v4', 'Fit', 'Complete job']],
      ['report', 'success', ['Set up job', 'Run python report.py', 'Complete job']],
    ]);
  });
});

describe('on an older GitHub Enterprise Server', () => {
  let s: Seeded;
  beforeAll(async () => {
    s = await seeded({ dispatchRunDetails: false });
  });
  afterAll(() => s.double.close());

  test('return_run_details is rejected with 422; the dispatcher falls back to 204 and finds its run by listing', async () => {
    const runId = await dispatch(s.client, 'main', { epochs: '2' });
    const dispatches = s.double.requestsTo('POST', '/repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches');
    expect(dispatches.map((r) => [r.status, 'return_run_details' in (r.body as object)])).toEqual([
      [422, true],
      [204, false],
    ]);
    expect(s.double.state.run(runId)!.run.info.inputs).toEqual({ epochs: '2' });
    s.double.assertNoViolations();
  });
});

describe('runs moved on by the clock', () => {
  let now = Date.parse('2025-06-01T12:00:00Z');
  let s: Seeded;
  beforeAll(async () => {
    s = await seeded({ clock: () => now });
  });
  afterAll(() => s.double.close());
  afterEach(() => s.double.assertNoViolations());

  test('a dispatched run shows up after visibleAfterMs, starts and completes on schedule', async () => {
    s.repo.planRuns(workflow_id, { visibleAfterMs: 2000, startAfterMs: 5000, completeAfterMs: 60_000, conclusion: 'success' });
    await s.client.rest.actions.createWorkflowDispatch({ ...where, workflow_id, ref: 'main', inputs: { epochs: '1' } });
    const list = async () => (await s.client.rest.actions.listWorkflowRuns({ ...where, workflow_id, event: 'workflow_dispatch' })).data.workflow_runs;
    expect(await list()).toEqual([]);
    now += 2000;
    expect((await list()).map((r) => r.status)).toEqual(['queued']);
    now += 3000;
    expect((await list()).map((r) => r.status)).toEqual(['in_progress']);
    now += 55_000;
    const [run] = await list();
    expect(run).toMatchObject({ status: 'completed', conclusion: 'success', created_at: '2025-06-01T12:00:00Z', updated_at: '2025-06-01T12:01:00Z' });
  });

  test('list filters: event, branch, head_sha, status or conclusion, created ranges, pagination', async () => {
    s.repo.planRuns(workflow_id);
    s.local.git('checkout', '-q', '-b', 'tune', s.main);
    s.local.write('train.py', 'print("tuned")\n');
    const tuned = s.local.commitAll('Tune');
    s.local.git('push', '-q', s.repo.gitUrl, 'tune');
    now = Date.parse('2025-06-02T08:00:00Z');
    const onMain = await s.repo.createRun({ workflow: workflow_id, event: 'push' });
    now = Date.parse('2025-06-03T08:00:00Z');
    const onTune = await s.repo.createRun({ workflow: workflow_id, ref: 'tune', event: 'push' });
    s.double.state.completeRun(onTune.id, 'failure');

    const ids = async (query: Record<string, string | number>) =>
      (await s.client.rest.actions.listWorkflowRunsForRepo({ ...where, ...query })).data.workflow_runs.map((r) => r.id);
    expect(await ids({ event: 'push' })).toEqual([onTune.id, onMain.id]);
    expect(await ids({ branch: 'tune' })).toEqual([onTune.id]);
    expect(await ids({ head_sha: tuned })).toEqual([onTune.id]);
    expect(await ids({ status: 'failure' })).toEqual([onTune.id]);
    expect(await ids({ status: 'queued', event: 'push' })).toEqual([onMain.id]);
    expect(await ids({ created: '2025-06-02', event: 'push' })).toEqual([onMain.id]);
    expect(await ids({ created: '>=2025-06-03T00:00:00Z' })).toEqual([onTune.id]);
    expect(await ids({ created: '2025-06-01..2025-06-02' })).toEqual([onMain.id, expect.any(Number)]);
    expect(await ids({ created: '<2025-06-01' })).toEqual([]);
    const paged = await s.client.rest.actions.listWorkflowRunsForRepo({ ...where, per_page: 1 });
    expect(paged.data).toMatchObject({ total_count: 3, workflow_runs: [{ id: onTune.id }] });
    expect(paged.headers.link).toContain('rel="next"');
  });
});
