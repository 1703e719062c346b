// The double holds requests to GitHub's published contract, and holds itself to it: every answer in a realistic
// sequence of client calls must match the response schema of its operation.

import { jest } from '@jest/globals';
import { startGitHubDouble } from '../../harness/github-double/index.js';
import { checkResponse } from '../../harness/github-double/contract.js';
import { matchRoute } from '../../harness/github-double/spec.js';
import { createGitHubClient } from '../../../shared/github/client.js';
import { seeded, where, type Seeded } from './seed.js';

let s: Seeded;

beforeAll(async () => {
  s = await seeded();
});

afterAll(() => s.double.close());

afterEach(() => {
  s.double.violations.length = 0;
});

test('a pulls.create body without head is rejected with 422 and recorded; a valid one is accepted', async () => {
  s.local.git('checkout', '-q', '-b', 'bump-sklearn');
  s.local.write('requirements.txt', 'scikit-learn==1.6.0\n');
  s.local.commitAll('Bump scikit-learn');
  s.local.git('push', '-q', s.repo.gitUrl, 'bump-sklearn');

  // @ts-expect-error -- sends what GitHub's contract forbids: no head
  const invalid = s.client.request('POST /repos/{owner}/{repo}/pulls', { ...where, base: 'main', title: 'Bump' });
  await expect(invalid).rejects.toMatchObject({ status: 422, message: expect.stringContaining(`"head" wasn't supplied`) });
  expect(s.double.violations).toEqual([
    expect.objectContaining({ kind: 'request', operationId: 'pulls/create', messages: [expect.stringContaining('"head"')] }),
  ]);

  s.double.violations.length = 0;
  const { status, data } = await s.client.rest.pulls.create({ ...where, head: 'bump-sklearn', base: 'main', title: 'Bump' });
  expect(status).toBe(201);
  expect(data.head.sha).toBe(s.local.git('rev-parse', 'bump-sklearn'));
  expect(s.double.violations).toEqual([]);
});

test('a wrongly typed field and an undocumented query parameter are violations', async () => {
  // @ts-expect-error -- draft must be a boolean
  const draft = s.client.request('POST /repos/{owner}/{repo}/pulls', { ...where, head: 'x', base: 'main', draft: 'yes' });
  await expect(draft).rejects.toMatchObject({ status: 422 });
  await s.client.request('GET /repos/{owner}/{repo}/pulls', { ...where, heads: 'octo-org:x' });
  expect(s.double.violations.map((v) => v.messages.join(' '))).toEqual([
    expect.stringContaining("For 'draft', must be boolean"),
    expect.stringContaining('"heads" is not a query parameter of pulls/list'),
  ]);
});

test('a route GitHub does not have is a loud 404 and a violation', async () => {
  const error = jest.spyOn(console, 'error').mockImplementation(() => {});
  const missing = s.client.request('GET /repos/{owner}/{repo}/no-such-thing', where);
  await expect(missing).rejects.toMatchObject({ status: 404, message: expect.stringContaining('is not in api.github.com.json') });
  const wrongMethod = s.client.request('DELETE /repos/{owner}/{repo}/pulls/{pull_number}', { ...where, pull_number: 1 });
  await expect(wrongMethod).rejects.toMatchObject({ status: 404 });
  expect(s.double.violations.map((v) => v.kind)).toEqual(['unknown-route', 'unknown-route']);
  expect(error).toHaveBeenCalledTimes(2);
  expect(() => s.double.assertNoViolations()).toThrow(/2 contract violation/);
  error.mockRestore();
});

test('a head filter without the owner is flagged as the misuse it is', async () => {
  const { data } = await s.client.rest.pulls.list({ ...where, head: 'bump-sklearn' });
  expect(data.length).toBeGreaterThan(0);
  expect(s.double.violations).toEqual([expect.objectContaining({ kind: 'misuse', messages: [expect.stringContaining('owner:branch')] })]);
});

test('the response check catches an answer that drifted from the spec', async () => {
  const { data } = await s.client.rest.pulls.list({ ...where, head: 'octo-org:bump-sklearn' });
  const route = matchRoute('GET', '/repos/octo-org/wine-quality/pulls/1');
  if ('error' in route) throw new Error('pulls/get is a route');
  const { head, ...withoutHead } = { ...data[0]!, merged: false, mergeable: true, rebaseable: true, mergeable_state: 'clean', merged_by: null, comments: 0, review_comments: 0, maintainer_can_modify: false, commits: 1, additions: 0, deletions: 0, changed_files: 0 };
  expect(checkResponse(route.operation, 200, { ...withoutHead, head })).toEqual([]);
  expect(checkResponse(route.operation, 200, withoutHead)).toEqual([`pulls/get 200: "head" wasn't supplied (body).`]);
  expect(checkResponse(route.operation, 200, { ...withoutHead, head, state: 'merged' })).toEqual([
    expect.stringMatching(/^pulls\/get 200: For 'state', must be equal to one of the allowed values: \["open","closed"\]\.$/),
  ]);
  expect(checkResponse(route.operation, 201, {})).toEqual(['pulls/get does not document status 201']);
});

describe('a realistic sequence of client calls answers within the spec', () => {
  afterEach(() => s.double.assertNoViolations());

  test('Git Data API: blob, tree and commit make a real, verified commit that a ref can point at', async () => {
    const { data: blob } = await s.client.rest.git.createBlob({ ...where, content: 'scikit-learn==1.7.0\n', encoding: 'utf-8' });
    const { data: base } = await s.client.rest.git.getCommit({ ...where, commit_sha: s.main });
    const { data: tree } = await s.client.rest.git.createTree({
      ...where,
      base_tree: base.tree.sha,
      tree: [
        { path: 'requirements.txt', mode: '100644', type: 'blob', sha: blob.sha },
        { path: 'envs/lock/README.md', mode: '100644', type: 'blob', content: 'pinned\n' },
      ],
    });
    expect(tree.tree.map((e) => e.path).sort()).toEqual(['.github', 'envs', 'requirements.txt', 'train.py']);
    const { data: commit } = await s.client.rest.git.createCommit({ ...where, message: 'Pin environment', tree: tree.sha, parents: [s.main] });
    expect(commit.verification).toMatchObject({ verified: true, reason: 'valid' });
    expect(commit.author.name).toBe('github-actions[bot]');

    const { data: ref } = await s.client.rest.git.createRef({ ...where, ref: 'refs/heads/ml-hub/pin', sha: commit.sha });
    expect(ref.object.sha).toBe(commit.sha);
    await expect(s.client.rest.git.createRef({ ...where, ref: 'refs/heads/ml-hub/pin', sha: commit.sha })).rejects.toMatchObject({
      status: 422,
      message: expect.stringContaining('Reference already exists'),
    });

    // The commit is a real one: fetch it back with git and read the file.
    s.local.git('fetch', '-q', s.repo.gitUrl, 'ml-hub/pin');
    expect(s.local.git('show', 'FETCH_HEAD:requirements.txt')).toBe('scikit-learn==1.7.0');
    expect(s.local.git('show', 'FETCH_HEAD:envs/lock/README.md')).toBe('pinned');
    expect(s.local.git('log', '-1', '--format=%P', 'FETCH_HEAD')).toBe(s.main);

    const { data: got } = await s.client.rest.git.getRef({ ...where, ref: 'heads/ml-hub/pin' });
    expect(got.object.sha).toBe(commit.sha);
  });

  test('refs: a pushed branch is visible, a non-fast-forward update needs force, delete removes it', async () => {
    s.local.git('checkout', '-q', '-b', 'experiment', s.main);
    s.local.write('train.py', 'print("v2")\n');
    const v2 = s.local.commitAll('v2');
    s.local.git('push', '-q', s.repo.gitUrl, 'experiment');
    expect((await s.client.rest.git.getRef({ ...where, ref: 'heads/experiment' })).data.object.sha).toBe(v2);

    const backwards = s.client.rest.git.updateRef({ ...where, ref: 'heads/experiment', sha: s.main });
    await expect(backwards).rejects.toMatchObject({ status: 422, message: expect.stringContaining('Update is not a fast forward') });
    await s.client.rest.git.updateRef({ ...where, ref: 'heads/experiment', sha: s.main, force: true });
    expect(s.local.git('ls-remote', s.repo.gitUrl, 'refs/heads/experiment').split('\t')[0]).toBe(s.main);

    const { data: matching } = await s.client.rest.git.listMatchingRefs({ ...where, ref: 'heads/' });
    expect(matching.map((r) => r.ref)).toContain('refs/heads/experiment');
    await s.client.rest.git.deleteRef({ ...where, ref: 'heads/experiment' });
    await expect(s.client.rest.git.getRef({ ...where, ref: 'heads/experiment' })).rejects.toMatchObject({ status: 404 });
  });

  test('pull requests: create, duplicate → 422, list with filters, close and reopen, labels and reviewers', async () => {
    const { data: pr } = await s.client.rest.pulls.create({ ...where, head: 'ml-hub/pin', base: 'main', title: 'Pin the environment', body: 'by ml-hub' });
    expect(pr).toMatchObject({ state: 'open', user: { login: 'github-actions[bot]', type: 'Bot' }, head: { ref: 'ml-hub/pin' }, base: { ref: 'main' } });

    const duplicate = s.client.rest.pulls.create({ ...where, head: 'octo-org:ml-hub/pin', base: 'main', title: 'again' });
    await expect(duplicate).rejects.toMatchObject({
      status: 422,
      response: { data: { message: 'Validation Failed', errors: [{ message: 'A pull request already exists for octo-org:ml-hub/pin.' }] } },
    });

    const open = await s.client.rest.pulls.list({ ...where, head: 'octo-org:ml-hub/pin', base: 'main' });
    expect(open.data.map((p) => p.number)).toEqual([pr.number]);
    expect((await s.client.rest.pulls.list({ ...where, head: 'octo-org:nothing' })).data).toEqual([]);

    const { data: closed } = await s.client.rest.pulls.update({ ...where, pull_number: pr.number, state: 'closed', title: 'Pin (superseded)' });
    expect(closed).toMatchObject({ state: 'closed', title: 'Pin (superseded)', closed_at: expect.any(String) });
    expect((await s.client.rest.pulls.list({ ...where, head: 'octo-org:ml-hub/pin' })).data).toEqual([]);
    expect((await s.client.rest.pulls.list({ ...where, state: 'closed' })).data.map((p) => p.number)).toContain(pr.number);
    await s.client.rest.pulls.update({ ...where, pull_number: pr.number, state: 'open' });

    const { data: labels } = await s.client.rest.issues.addLabels({ ...where, issue_number: pr.number, labels: ['ml-hub', 'dependencies'] });
    expect(labels.map((l) => l.name)).toEqual(['ml-hub', 'dependencies']);
    const { data: reviewed } = await s.client.rest.pulls.requestReviewers({ ...where, pull_number: pr.number, reviewers: ['sarah'], team_reviewers: ['ml-platform'] });
    expect(reviewed.requested_reviewers?.map((u) => u.login)).toEqual(['sarah']);
    expect(reviewed.requested_teams?.map((t) => t.slug)).toEqual(['ml-platform']);
    const { data: got } = await s.client.rest.pulls.get({ ...where, pull_number: pr.number });
    expect(got.labels.map((l) => l.name)).toEqual(['ml-hub', 'dependencies']);
  });

  test('issue comments: 45 comments page through Link headers; update and delete', async () => {
    const issue = s.repo.addIssue('Metrics');
    s.repo.addComment(issue.number, 'first!', 'sarah');
    for (let i = 0; i < 44; i++) s.repo.addComment(issue.number, `comment ${i}`);
    const first = await s.client.rest.issues.listComments({ ...where, issue_number: issue.number, per_page: 20 });
    expect(first.data).toHaveLength(20);
    expect(first.headers.link).toMatch(/per_page=20&page=2>; rel="next", <[^>]*per_page=20&page=3>; rel="last"$/);
    const all = await s.client.paginate(s.client.rest.issues.listComments, { ...where, issue_number: issue.number, per_page: 20 });
    expect(all).toHaveLength(45);
    expect(all[0]).toMatchObject({ body: 'first!', user: { login: 'sarah' } });
    expect(s.double.requestsTo('GET', '/repos/{owner}/{repo}/issues/{issue_number}/comments')).toHaveLength(4);

    const { data: mine } = await s.client.rest.issues.createComment({ ...where, issue_number: issue.number, body: '<!-- ml-hub -->\nmetrics' });
    const { data: edited } = await s.client.rest.issues.updateComment({ ...where, comment_id: mine.id, body: '<!-- ml-hub -->\nmetrics v2' });
    expect(edited.body).toBe('<!-- ml-hub -->\nmetrics v2');
    await s.client.rest.issues.deleteComment({ ...where, comment_id: mine.id });
    await expect(s.client.rest.issues.updateComment({ ...where, comment_id: mine.id, body: 'x' })).rejects.toMatchObject({ status: 404 });
  });

  test('repositories: get, create in an org, replace topics; GITHUB_TOKEN cannot create a user repository', async () => {
    const { data: repo } = await s.client.rest.repos.get(where);
    expect(repo).toMatchObject({ full_name: 'octo-org/wine-quality', default_branch: 'main', private: false, owner: { type: 'Organization' } });
    await expect(s.client.rest.repos.createForAuthenticatedUser({ name: 'scratch' })).rejects.toMatchObject({ status: 403 });
    const { data: org } = await s.client.rest.repos.createInOrg({ org: 'octo-org', name: 'wine-quality-model', auto_init: true });
    expect(org).toMatchObject({ full_name: 'octo-org/wine-quality-model', owner: { type: 'Organization' } });
    await expect(s.double.state.repo('octo-org/wine-quality-model')!.git.resolveRef('refs/heads/main')).resolves.toMatch(/^[0-9a-f]{40}$/);
    await expect(s.client.rest.repos.createInOrg({ org: 'octo-org', name: 'wine-quality-model' })).rejects.toMatchObject({ status: 422 });
    const { data: topics } = await s.client.rest.repos.replaceAllTopics({ ...where, names: ['mlops', 'scikit-learn'] });
    expect(topics.names).toEqual(['mlops', 'scikit-learn']);
    await expect(s.client.rest.repos.replaceAllTopics({ ...where, names: ['Not Valid'] })).rejects.toMatchObject({ status: 422 });
    expect((await s.client.rest.repos.get(where)).data.topics).toEqual(['mlops', 'scikit-learn']);
  });

  test('a personal token creates a repository for its user', async () => {
    const double = await startGitHubDouble({ actor: 'sarah' });
    try {
      const client = createGitHubClient('ghp_test', { baseUrl: double.url, waitScale: 0.001 });
      const { data } = await client.rest.repos.createForAuthenticatedUser({ name: 'scratch', private: true });
      expect(data).toMatchObject({ full_name: 'sarah/scratch', private: true, visibility: 'private', owner: { login: 'sarah', type: 'User' } });
      double.assertNoViolations();
    } finally {
      await double.close();
    }
  });

  test('the rate limit and the authenticated user', async () => {
    const { data, headers } = await s.client.rest.rateLimit.get();
    expect(data.resources.core.limit).toBe(5000);
    expect(Number(headers['x-ratelimit-remaining'])).toBe(data.resources.core.remaining);
    // GITHUB_TOKEN is an installation token: GitHub has no user to show for it.
    await expect(s.client.rest.users.getAuthenticated()).rejects.toMatchObject({ status: 403, message: expect.stringContaining('Resource not accessible by integration') });
  });
});
