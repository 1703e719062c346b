// Following a run against the GitHub double, whose runs move by the same fake clock the waiting uses: hours pass in
// milliseconds. Server errors and rate limits are injected; the client's plugins retry them (with shrunk waits).

import { RunTimeoutError, waitForRun } from '../../../shared/dispatch/wait-for-run.js';
import type { RunPlan } from '../../harness/github-double/index.js';
import { FakeClock, trainDouble, where, type TrainDouble } from './train-double.js';

const runRoute = '/repos/{owner}/{repo}/actions/runs/{run_id}';
const jobsRoute = '/repos/{owner}/{repo}/actions/runs/{run_id}/jobs';

let t: TrainDouble;
let time: FakeClock;

beforeEach(async () => {
  time = new FakeClock();
  t = await trainDouble({ clock: time.clock });
});
afterEach(async () => {
  expect(t.double.violations).toEqual([]);
  await t.double.close();
});

async function startRun(plan: RunPlan): Promise<number> {
  const run = await t.repo.createRun({ workflow: 'train.yml', ref: 'main', event: 'workflow_dispatch', plan });
  return run.id;
}

test('follows the run to success through 502s, a 503, a secondary and a primary rate limit, printing each change once', async () => {
  const runId = await startRun({ startAfterMs: 30_000, completeAfterMs: 20 * 60_000, jobs: [{ name: 'Train model', steps: ['Fit', 'Evaluate'] }] });
  t.double.faults.add({ method: 'GET', path: runRoute, status: 502, times: 2 });
  t.double.faults.add({ method: 'GET', path: jobsRoute, status: 503 });
  t.double.faults.add({ method: 'GET', path: runRoute, status: 403, secondaryRateLimit: true, retryAfter: 30 });
  t.double.faults.add({ method: 'GET', path: runRoute, status: 403, primaryRateLimit: true, retryAfter: 1 });
  const lines: string[] = [];

  const finished = await waitForRun({ client: t.client, ...where, runId, timeoutMs: 2 * 3_600_000, clock: time.clock, sleep: time.sleep, log: (l) => lines.push(l) });

  const url = `https://github.com/octo-org/wine-quality/actions/runs/${runId}`;
  expect(finished).toEqual({
    id: runId,
    htmlUrl: url,
    conclusion: 'success',
    jobs: [{ name: 'Train model', status: 'completed', conclusion: 'success', url: expect.stringContaining(`/actions/runs/${runId}/job/`) }],
  });
  expect(lines).toEqual([
    `Run ${runId} #1: queued — ${url}`,
    `Run ${runId} #1: in_progress — ${url}`,
    '  Train model: in progress, at Fit (step 2 of 4)',
    `Run ${runId} #1: completed (success) — ${url}`,
    '  Train model: success',
  ]);
  expect(t.double.faults.pending).toEqual([]);
  const runStatuses = t.double.requestsTo('GET', runRoute).map((r) => r.status);
  expect(runStatuses.slice(0, 5)).toEqual([502, 502, 403, 403, 200]);
  expect(t.double.requestsTo('GET', jobsRoute).map((r) => r.status).slice(0, 2)).toEqual([503, 200]);
  expect(t.logs.some((l) => /secondary rate limit; retrying/.test(l))).toBe(true);
  expect(t.logs.some((l) => /primary rate limit; retrying/.test(l))).toBe(true);
  // Waits grow while nothing changes (5 s × 1.5 up to a minute) and start over after a change.
  expect(time.sleeps.slice(0, 6)).toEqual([5000, 7500, 11_250, 16_875, 5000, 7500]);
  expect(Math.max(...time.sleeps)).toBe(60_000);
});

test('a run that never finishes times out with its id, page, state and where it is stuck', async () => {
  const runId = await startRun({ startAfterMs: 1000, jobs: [{ name: 'Train model', steps: ['Fit'] }, { name: 'report', steps: ['Publish'] }] });
  const started = time.now;
  const lines: string[] = [];
  let error: unknown;
  try {
    await waitForRun({ client: t.client, ...where, runId, timeoutMs: 3_600_000, clock: time.clock, sleep: time.sleep, log: (l) => lines.push(l) });
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(RunTimeoutError);
  const url = `https://github.com/octo-org/wine-quality/actions/runs/${runId}`;
  expect((error as RunTimeoutError).message).toBe(
    `Workflow run ${runId} (${url}) did not finish within 1h: it is still in progress (Train model: in progress, at Fit (step 2 of 3); report: in progress, at Publish (step 2 of 3)). It goes on running on GitHub: follow it there, or cancel it if it should not.`,
  );
  expect(error).toMatchObject({ runId, htmlUrl: url });
  // Exactly the timeout passed on the clock, in a bounded number of looks.
  expect(time.now - started).toBe(3_600_000);
  expect(t.double.requestsTo('GET', runRoute).length).toBeLessThan(75);
  expect(lines.filter((l) => l.includes('in progress'))).toHaveLength(2);
});

test('a failed run comes back with the job and step that failed', async () => {
  const runId = await startRun({ completeAfterMs: 60_000, conclusion: 'failure', jobs: [{ name: 'Train model', steps: ['Fit', 'Evaluate'] }, { name: 'report', conclusion: 'skipped' }] });
  const finished = await waitForRun({ client: t.client, ...where, runId, timeoutMs: 3_600_000, clock: time.clock, sleep: time.sleep });
  expect(finished.conclusion).toBe('failure');
  expect(finished.jobs.map(({ url: _url, ...j }) => j)).toEqual([
    { name: 'Train model', status: 'completed', conclusion: 'failure', step: 'Evaluate (step 3 of 4)' },
    { name: 'report', status: 'completed', conclusion: 'skipped' },
  ]);
});

test('a run that cannot be read is explained, not retried forever', async () => {
  await expect(waitForRun({ client: t.client, ...where, runId: 999_999, timeoutMs: 60_000, clock: time.clock, sleep: time.sleep })).rejects.toThrow(
    /^Could not follow workflow run 999999: GitHub answered 404 for GET \/repos\/octo-org\/wine-quality\/actions\/runs\/999999/,
  );
});
