// explainGitHubError on the errors the real client raises against the double's GitHub-shaped refusals.

import { explainGitHubError } from '../../../shared/github/errors.js';
import { seeded, where, type Seeded } from './seed.js';

let s: Seeded;

beforeAll(async () => {
  s = await seeded({}, { retries: 0 });
  s.local.git('checkout', '-q', '-b', 'ml-hub/pin');
  s.local.write('requirements.txt', 'scikit-learn==1.6.0\n');
  s.local.commitAll('Pin');
  s.local.git('push', '-q', s.repo.gitUrl, 'ml-hub/pin');
});

afterAll(() => s.double.close());

afterEach(() => {
  Object.assign(s.repo.settings, { allowActionsToCreatePullRequests: true, readOnlyToken: false, tokenCanAccess: true });
  s.double.faults.clear();
  s.double.assertNoViolations();
});

async function failure(call: Promise<unknown>): Promise<unknown> {
  return call.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (error: unknown) => error,
  );
}

const openPull = () => s.client.rest.pulls.create({ ...where, head: 'ml-hub/pin', base: 'main', title: 'Pin the environment' });
const allowSetting =
  'enable Settings → Actions → General → Allow GitHub Actions to create and approve pull requests';

test('pull request creation refused by the repository setting', async () => {
  s.repo.settings.allowActionsToCreatePullRequests = false;
  const message = explainGitHubError(await failure(openPull()), 'open the pull request');
  expect(message).toBe(
    `Could not open the pull request: GitHub Actions is not allowed to create pull requests: ${allowSetting} (for an organization, in its settings too), or pass a token with \`pull-requests: write\`.`,
  );
});

test('"Resource not accessible by integration" on creating a pull request', async () => {
  s.double.faults.add({ method: 'POST', path: '/repos/{owner}/{repo}/pulls', status: 403 });
  expect(explainGitHubError(await failure(openPull()), 'open the pull request')).toBe(
    `Could not open the pull request: GitHub Actions is not allowed to create pull requests: ${allowSetting}, or pass a token with \`pull-requests: write\`.`,
  );
});

test('a read-only token: on a fork pull request, and elsewhere naming the permission to grant', async () => {
  s.repo.settings.readOnlyToken = true;
  const issue = s.repo.addIssue('metrics').number;
  const error = await failure(s.client.rest.issues.createComment({ ...where, issue_number: issue, body: 'rmse' }));
  expect(explainGitHubError(error, 'post the metrics comment', { fromFork: true })).toMatch(
    /^Could not post the metrics comment: this run is for a pull request from a fork, where GITHUB_TOKEN is read-only .*pull_request_target/,
  );
  expect(explainGitHubError(error, 'post the metrics comment')).toBe(
    'Could not post the metrics comment: the token may not do this: give the job `permissions: issues: write` (`pull-requests: write` for comments on pull requests); on pull requests from forks GITHUB_TOKEN is read-only regardless.',
  );
  const dispatch = await failure(s.client.rest.actions.createWorkflowDispatch({ ...where, workflow_id: 'train.yml', ref: 'main', inputs: { epochs: '1' } }));
  expect(explainGitHubError(dispatch, 'start training')).toMatch(/`permissions: actions: write`/);
});

test('pushing workflow files without the workflows permission, from git and from the API', async () => {
  const push = new Error(
    "Command failed: git push\n ! [remote rejected] ml-hub/pin -> ml-hub/pin (refusing to allow a GitHub App to create or update workflow `.github/workflows/train.yml` without `workflows` permission)\nerror: failed to push some refs",
  );
  const expected = /^Could not push the branch: the change touches \.github\/workflows\/train\.yml, and GITHUB_TOKEN may never change workflow files; use a personal access token with the `workflow` scope/;
  expect(explainGitHubError(push, 'push the branch')).toMatch(expected);
  s.double.faults.add({
    method: 'PATCH',
    path: '/repos/{owner}/{repo}/git/refs/{ref}',
    status: 422,
    message: 'refusing to allow a GitHub App to create or update workflow `.github/workflows/train.yml` without `workflows` permission',
  });
  const api = await failure(s.client.rest.git.updateRef({ ...where, ref: 'heads/ml-hub/pin', sha: s.main, force: true }));
  expect(explainGitHubError(api, 'push the branch')).toMatch(expected);
});

test('404 for a private repository the token cannot see', async () => {
  s.repo.settings.tokenCanAccess = false;
  const message = explainGitHubError(await failure(s.client.rest.repos.get(where)), 'read octo-org/wine-quality');
  expect(message).toMatch(/^Could not read octo-org\/wine-quality: GitHub answered 404 for GET \/repos\/octo-org\/wine-quality: octo-org\/wine-quality .*does not exist, or the repository is private and the token cannot see it/);
  expect(message).toContain('pass a token with access to octo-org/wine-quality');
});

test('422 validation errors name the field, or carry GitHub\'s own message', async () => {
  const missingBranch = await failure(s.client.rest.pulls.create({ ...where, head: 'no-such-branch', base: 'main', title: 'x' }));
  expect(explainGitHubError(missingBranch, 'open the pull request')).toBe(
    'Could not open the pull request: GitHub rejected the request (422): `head` of PullRequest is invalid (e.g. a branch that does not exist).',
  );
  await openPull();
  expect(explainGitHubError(await failure(openPull()), 'open the pull request')).toBe(
    'Could not open the pull request: GitHub rejected the request (422): A pull request already exists for octo-org:ml-hub/pin.',
  );
  const inputs = await failure(s.client.rest.actions.createWorkflowDispatch({ ...where, workflow_id: 'train.yml', ref: 'main', inputs: { epochs: '1', lr: '3' } }));
  expect(explainGitHubError(inputs, 'start training')).toBe(
    'Could not start training: GitHub rejected the request (422): Unexpected inputs provided: ["lr"].',
  );
});

test('rate limits that retrying did not outlast', async () => {
  s.double.faults.add({ path: '/repos/{owner}/{repo}', status: 403, primaryRateLimit: true, retryAfter: 1800 });
  expect(explainGitHubError(await failure(s.client.rest.repos.get(where)), 'read the repository')).toMatch(
    /^Could not read the repository: the GitHub API rate limit is used up \(\d+ of 5000 requests this hour\) until \d{4}-\d\d-\d\dT[\d:.]+Z; run less often/,
  );
  s.double.faults.add({ path: '/repos/{owner}/{repo}', status: 403, secondaryRateLimit: true, retryAfter: 60 });
  expect(explainGitHubError(await failure(s.client.rest.repos.get(where)), 'read the repository')).toMatch(
    /^Could not read the repository: GitHub's secondary rate limit stopped the request even after waiting and retrying/,
  );
});

test('outages, bad credentials, and errors that are not GitHub answers', async () => {
  s.double.faults.add({ path: '/repos/{owner}/{repo}', status: 502 });
  expect(explainGitHubError(await failure(s.client.rest.repos.get(where)), 'read the repository')).toBe(
    'Could not read the repository: GitHub answered 502, and retrying did not help; it is probably having an outage (see https://www.githubstatus.com), try again later.',
  );
  s.double.faults.add({ path: '/repos/{owner}/{repo}', drop: true });
  expect(explainGitHubError(await failure(s.client.rest.repos.get(where)), 'read the repository')).toMatch(
    /^Could not read the repository: GitHub could not be reached \(.*other side closed\)/,
  );
  s.double.faults.add({ path: '/repos/{owner}/{repo}', status: 401 });
  expect(explainGitHubError(await failure(s.client.rest.repos.get(where)), 'read the repository')).toBe(
    'Could not read the repository: GitHub rejected the token (401 Bad credentials): it is missing, expired or revoked.',
  );
  expect(explainGitHubError(new Error('ENOSPC: no space left on device\n  at write'), 'write the lock file')).toBe(
    'Could not write the lock file: ENOSPC: no space left on device at write',
  );
});

test('every explanation is one line', async () => {
  s.double.faults.add({ path: '/repos/{owner}/{repo}', status: 422, message: 'Invalid request.\n\nFor \'properties/x\', nil is not a string.' });
  const message = explainGitHubError(await failure(s.client.rest.repos.get(where)), 'read the repository');
  expect(message).not.toContain('\n');
  expect(message).toBe(
    "Could not read the repository: GitHub rejected the request (422): For 'properties/x', nil is not a string.",
  );
});
