// createGitHubClient retries what retrying fixes — 5xx answers, dropped connections, rate limits — honouring
// retry-after and the rate-limit reset (scaled down here), bounded, and logging each retry.

import { createGitHubClient } from '../../../shared/github/client.js';
import { explainGitHubError } from '../../../shared/github/errors.js';
import { seeded, where, type Seeded } from './seed.js';

const scale = 0.01;
const repoRoute = '/repos/{owner}/{repo}';
const commentsRoute = '/repos/{owner}/{repo}/issues/{issue_number}/comments';

let s: Seeded;
let issue: number;

beforeAll(async () => {
  s = await seeded({}, { waitScale: scale });
  issue = s.repo.addIssue('Training metrics').number;
});

afterAll(() => s.double.close());

beforeEach(() => {
  s.double.requests.length = 0;
  s.logs.length = 0;
  s.double.faults.clear();
});

afterEach(() => s.double.assertNoViolations());

/** Timers fire a little early or late against the server's clock; waits are checked to within this share. */
const slack = 0.8;

/** Milliseconds between consecutive requests to one operation. */
function gaps(method: string, template: string): number[] {
  const at = s.double.requestsTo(method, template).map((r) => r.at);
  return at.slice(1).map((t, i) => t - at[i]!);
}

test('502 and 503 answers are retried until GitHub answers', async () => {
  s.double.faults.add({ path: repoRoute, status: 502 });
  s.double.faults.add({ path: repoRoute, status: 503 });
  const { data } = await s.client.rest.repos.get(where);
  expect(data.full_name).toBe('octo-org/wine-quality');
  expect(s.double.requestsTo('GET', repoRoute).map((r) => [r.status, r.fault])).toEqual([
    [502, true],
    [503, true],
    [200, false],
  ]);
  expect(s.logs).toEqual([`GET ${repoRoute}: attempt 2 after status 502.`, `GET ${repoRoute}: attempt 3 after status 503.`]);
});

test('a dropped connection is retried, and a retried write happens once', async () => {
  s.double.faults.add({ method: 'POST', path: commentsRoute, drop: true });
  s.double.faults.add({ method: 'POST', path: commentsRoute, status: 500 });
  const { data } = await s.client.rest.issues.createComment({ ...where, issue_number: issue, body: 'rmse 0.41' });
  expect(data.body).toBe('rmse 0.41');
  expect(s.double.requestsTo('POST', commentsRoute).map((r) => r.status)).toEqual([0, 500, 201]);
  expect(s.repo.comments.filter((c) => c.body === 'rmse 0.41')).toHaveLength(1);
  expect(s.logs[0]).toMatch(/^POST \/repos\/\{owner\}\/\{repo\}\/issues\/\{issue_number\}\/comments: attempt 2 after no answer \(other side closed\)\.$/);
});

test.each([
  ['a secondary rate limit (403)', { status: 403 as const, secondaryRateLimit: true as const, retryAfter: 3 }, 'secondary', 3],
  ['a 429', { status: 429 as const, retryAfter: 2 }, 'secondary', 2],
])('%s is waited out for retry-after seconds, scaled', async (_name, fault, kind, seconds) => {
  s.double.faults.add({ path: repoRoute, ...fault });
  await s.client.rest.repos.get(where);
  expect(s.double.requestsTo('GET', repoRoute).map((r) => r.status)).toEqual([fault.status, 200]);
  const [gap] = gaps('GET', repoRoute);
  expect(gap).toBeGreaterThanOrEqual(seconds * 1000 * scale * slack);
  expect(gap).toBeLessThan(seconds * 1000);
  expect(s.logs[0]).toBe(`GET ${repoRoute}: GitHub ${kind} rate limit; retrying in ${seconds}s (retry 1 of 3).`);
});

test('a spent primary rate limit is waited out until x-ratelimit-reset', async () => {
  s.double.faults.add({ path: repoRoute, status: 403, primaryRateLimit: true, retryAfter: 2 });
  await s.client.rest.repos.get(where);
  expect(s.double.requestsTo('GET', repoRoute).map((r) => r.status)).toEqual([403, 200]);
  // The plugin waits until one second past the reset: 2-3 s, scaled.
  expect(gaps('GET', repoRoute)[0]).toBeGreaterThanOrEqual(2 * 1000 * scale * slack);
  expect(s.logs[0]).toMatch(/^GET \/repos\/\{owner\}\/\{repo\}: GitHub primary rate limit; retrying in [23]s \(retry 1 of 3\)\.$/);
});

test('a reset too far away is not waited for: the request fails at once, explained', async () => {
  s.double.faults.add({ path: repoRoute, status: 403, primaryRateLimit: true, retryAfter: 3600 });
  const error = await s.client.rest.repos.get(where).catch((e: unknown) => e);
  expect(s.double.requestsTo('GET', repoRoute)).toHaveLength(1);
  expect(s.logs[0]).toMatch(/primary rate limit; not waiting 360[01]s/);
  expect(explainGitHubError(error, 'read the repository')).toMatch(/^Could not read the repository: the GitHub API rate limit is used up/);
});

test('retries are bounded: a GitHub that keeps failing fails the request after `retries` retries', async () => {
  const client = createGitHubClient('ghs_test-token', { baseUrl: s.double.url, waitScale: scale, retries: 2 });
  s.double.faults.add({ path: repoRoute, status: 502, times: 10 });
  await expect(client.rest.repos.get(where)).rejects.toMatchObject({ status: 502 });
  expect(s.double.requestsTo('GET', repoRoute)).toHaveLength(3);

  s.double.faults.clear();
  s.double.faults.add({ path: repoRoute, status: 403, secondaryRateLimit: true, retryAfter: 1, times: 10 });
  await expect(client.rest.repos.get(where)).rejects.toMatchObject({ status: 403 });
  expect(s.double.requestsTo('GET', repoRoute)).toHaveLength(6);
});

test('a 403 that is not a rate limit, and a 422, are not retried', async () => {
  s.double.faults.add({ path: repoRoute, status: 403 });
  await expect(s.client.rest.repos.get(where)).rejects.toMatchObject({ status: 403 });
  await expect(s.client.rest.pulls.create({ ...where, head: 'nope', base: 'main', title: 'x' })).rejects.toMatchObject({ status: 422 });
  expect(s.double.requests.map((r) => r.status)).toEqual([403, 422]);
  expect(s.logs).toEqual([]);
});

test('writes are spaced out as GitHub asks, by the scaled interval', async () => {
  // Spacing is measured where the requests arrive, after transit times that vary; a larger scale keeps that noise small.
  const paced = createGitHubClient('ghs_test-token', { baseUrl: s.double.url, waitScale: 0.05 });
  await Promise.all([1, 2, 3].map((n) => paced.rest.issues.createComment({ ...where, issue_number: issue, body: `epoch ${n}` })));
  // Comments notify people: 3 s apart, scaled to 150 ms.
  const spacing = gaps('POST', commentsRoute);
  expect(spacing).toHaveLength(2);
  for (const gap of spacing) expect(gap).toBeGreaterThanOrEqual(100);
});

test("the double's own hourly budget runs out like GitHub's", async () => {
  const { startGitHubDouble } = await import('../../harness/github-double/index.js');
  const double = await startGitHubDouble({ rateLimit: 2 });
  try {
    await double.state.createRepo('octo-org/wine-quality');
    const client = createGitHubClient('ghs_test-token', { baseUrl: double.url, waitScale: scale });
    const first = await client.rest.repos.get(where);
    expect(first.headers['x-ratelimit-remaining']).toBe('1');
    await client.rest.repos.get(where);
    const error = await client.rest.repos.get(where).catch((e: { status: number; response: { headers: Record<string, string> } }) => e);
    expect(error).toMatchObject({ status: 403, response: { headers: { 'x-ratelimit-remaining': '0' } } });
    expect((await client.rest.rateLimit.get()).data.resources.core).toMatchObject({ limit: 2, used: 2, remaining: 0 });
    double.assertNoViolations();
  } finally {
    await double.close();
  }
});
