// syncPullRequest with real git against the double's bare repository: the branch is always base + one bot commit,
// pushes hold a lease, people's commits are never overwritten, and there is never a second pull request.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { GitRepo } from '../../harness/git-repo.js';
import { startGitHubDouble, type GitHubDouble, type RepoState } from '../../harness/github-double/index.js';
import { createGitHubClient, type GitHubClient } from '../../../shared/github/client.js';
import { syncPullRequest, type PullRequestRequest } from '../../../shared/github/pull-request.js';
import { GitError, pushWithLease, remoteBranches } from '../../../shared/git/branch-commit.js';
import { explainGitError } from '../../../shared/github/push-errors.js';

const branch = 'ml-hub/package-env';
const trailer = 'Generated-by: ml-hub package-env';
const marker = 'ml-hub:package-env';
const pullsRoute = '/repos/{owner}/{repo}/pulls';

let double: GitHubDouble;
let repo: RepoState;
let client: GitHubClient;
let seed: GitRepo;

/** A clone of the double's repository, as actions/checkout leaves the workspace. */
function checkout(): GitRepo {
  const dir = mkdtempSync(path.join(tmpdir(), 'workspace-'));
  execFileSync('git', ['clone', '-q', repo.gitUrl, dir]);
  return new GitRepo(dir);
}

function remoteSha(ref: string): string | undefined {
  try {
    return execFileSync('git', ['rev-parse', '--verify', '--quiet', ref], { cwd: repo.git.dir, encoding: 'utf8' }).trim();
  } catch {
    return undefined;
  }
}

function writes(): string[] {
  return double.requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.template}`);
}

function options(ws: GitRepo, overrides: Partial<PullRequestRequest> = {}): PullRequestRequest {
  return {
    client,
    owner: 'octo-org',
    repo: 'wine-quality',
    dir: ws.dir,
    files: [path.join(ws.dir, 'requirements.txt')],
    remote: { url: repo.gitUrl },
    branch,
    base: 'main',
    commitMessage: 'Package the environment',
    title: 'Package the Python environment',
    body: 'Adds seaborn (imported by train.py:2).',
    marker,
    trailer,
    ...overrides,
  };
}

beforeEach(async () => {
  double = await startGitHubDouble();
  repo = await double.state.createRepo('octo-org/wine-quality', { ownerType: 'Organization' });
  seed = GitRepo.init();
  seed.write('requirements.txt', 'pandas==2.2.0\n');
  seed.write('train.py', 'import pandas\nimport seaborn\n');
  seed.commitAll('Initial model');
  seed.git('push', '-q', repo.gitUrl, 'main');
  client = createGitHubClient('ghs_test-token', { baseUrl: double.url, waitScale: 0.001 });
});

afterEach(async () => {
  double.assertNoViolations();
  await double.close();
});

test('creates the branch as base + one commit and opens one pull request; the checkout is left as it was', async () => {
  const ws = checkout();
  const head = ws.git('rev-parse', 'HEAD');
  ws.write('requirements.txt', 'pandas==2.2.0\nseaborn>=0.13\n');

  const outcome = await syncPullRequest(options(ws, { labels: ['dependencies'], reviewers: ['alice'], teamReviewers: ['ml'] }));

  expect(outcome).toMatchObject({ operation: 'created', branch, number: 1, changed: ['requirements.txt'] });
  const tip = remoteSha(`refs/heads/${branch}`)!;
  expect(outcome.commit).toBe(tip);
  expect(execFileSync('git', ['rev-parse', `${tip}^`], { cwd: repo.git.dir, encoding: 'utf8' }).trim()).toBe(remoteSha('refs/heads/main'));
  expect(await repo.git.readFile(tip, 'requirements.txt')).toBe('pandas==2.2.0\nseaborn>=0.13\n');
  const commit = await repo.git.readCommit(tip);
  expect(commit?.message).toBe(`Package the environment\n\n${trailer}\n`);
  expect(commit?.author.name).toBe('github-actions[bot]');

  const pr = repo.pull(1)!;
  expect(pr).toMatchObject({ state: 'open', headRef: branch, baseRef: 'main', labels: ['dependencies'], requestedReviewers: ['alice'], requestedTeams: ['ml'] });
  expect(pr.body).toBe(`<!-- ${marker}:start -->\nAdds seaborn (imported by train.py:2).\n<!-- ${marker}:end -->`);

  // HEAD, branch and index of the checkout did not move; the edit is still a working-tree change.
  expect(ws.git('rev-parse', 'HEAD')).toBe(head);
  expect(ws.git('symbolic-ref', '--short', 'HEAD')).toBe('main');
  expect(ws.git('status', '--porcelain')).toBe('M requirements.txt');
});

test('a rerun with the same content is unchanged: no push and no API writes', async () => {
  const ws = checkout();
  ws.write('requirements.txt', 'pandas==2.2.0\nseaborn>=0.13\n');
  await syncPullRequest(options(ws));
  const tip = remoteSha(`refs/heads/${branch}`);
  double.requests.length = 0;

  const again = await syncPullRequest(options(checkoutWith('pandas==2.2.0\nseaborn>=0.13\n')));

  expect(again).toMatchObject({ operation: 'unchanged', number: 1, commit: tip });
  expect(remoteSha(`refs/heads/${branch}`)).toBe(tip);
  expect(writes()).toEqual([]);
});

test('new content force-pushes over the bot commit and updates the same pull request, keeping text people added', async () => {
  const ws = checkout();
  ws.write('requirements.txt', 'pandas==2.2.0\nseaborn>=0.13\n');
  await syncPullRequest(options(ws));
  const pr = repo.pull(1)!;
  pr.body = `Reviewed by Alice, fine to merge.\n\n${pr.body}`;

  const next = checkoutWith('pandas==2.2.0\nseaborn>=0.13\nscipy>=1.14\n');
  const outcome = await syncPullRequest(options(next, { body: 'Adds seaborn and scipy.' }));

  expect(outcome).toMatchObject({ operation: 'updated', number: 1 });
  const tip = remoteSha(`refs/heads/${branch}`)!;
  expect(await repo.git.countCommits('refs/heads/main', tip)).toBe(1);
  expect(await repo.git.readFile(tip, 'requirements.txt')).toContain('scipy>=1.14');
  expect(repo.pulls).toHaveLength(1);
  expect(pr.body).toBe(`Reviewed by Alice, fine to merge.\n\n<!-- ${marker}:start -->\nAdds seaborn and scipy.\n<!-- ${marker}:end -->`);
  expect(double.requestsTo('POST', pullsRoute)).toHaveLength(1);
});

test('a branch that someone else pushed to is refused, and their commit stays', async () => {
  const ws = checkout();
  ws.write('requirements.txt', 'pandas==2.2.0\nseaborn>=0.13\n');
  await syncPullRequest(options(ws));

  const human = checkout();
  human.git('checkout', '-q', branch);
  human.write('requirements.txt', 'pandas==2.2.0\nseaborn==0.13.2\n');
  const theirs = human.commitAll('Pin seaborn exactly');
  human.git('push', '-q', 'origin', branch);

  const next = checkoutWith('pandas==2.2.0\nseaborn>=0.13\nscipy\n');
  await expect(syncPullRequest(options(next))).rejects.toThrow(
    new RegExp(`^${branch} in octo-org/wine-quality has commits that ml-hub did not make \\(${theirs.slice(0, 7)} "Pin seaborn exactly" by Sarah <sarah@example.com>\\); it will not overwrite them`),
  );
  expect(remoteSha(`refs/heads/${branch}`)).toBe(theirs);
});

test('the lease holds when the branch moves between the fetch and the push', async () => {
  const ws = checkout();
  ws.write('requirements.txt', 'pandas==2.2.0\nseaborn>=0.13\n');
  await syncPullRequest(options(ws));

  // Another writer pushes while this run looks up its pull request: after ml-hub fetched, before it pushes.
  const human = checkout();
  human.git('checkout', '-q', branch);
  human.write('notes.md', 'why seaborn\n');
  const theirs = human.commitAll('Notes');
  client.hook.before('request', (request) => {
    if (request.method === 'GET' && request.url.startsWith('/repos/{owner}/{repo}/pulls') && remoteSha(`refs/heads/${branch}`) !== theirs) {
      human.git('push', '-q', 'origin', branch);
    }
  });

  const next = checkoutWith('pandas==2.2.0\nseaborn>=0.13\nscipy\n');
  await expect(syncPullRequest(options(next))).rejects.toThrow(/moved while ml-hub was updating it \(expected [0-9a-f]{7}\); someone else pushed to it\. Nothing was overwritten/);
  expect(remoteSha(`refs/heads/${branch}`)).toBe(theirs);
});

test('in a shallow checkout (actions/checkout\'s default depth 1) the bot\'s own branch is still recognised and updated', async () => {
  const shallow = (content: string) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'shallow-'));
    execFileSync('git', ['clone', '-q', '--depth=1', repo.gitUrl, dir]);
    const ws = new GitRepo(dir);
    ws.write('requirements.txt', content);
    return ws;
  };
  seed.write('notes.md', 'history to cut off\n');
  seed.commitAll('Second commit');
  seed.git('push', '-q', repo.gitUrl, 'main');

  const first = shallow('pandas==2.2.0\nseaborn>=0.13\n');
  expect(first.git('rev-parse', '--is-shallow-repository')).toBe('true');
  expect(await syncPullRequest(options(first))).toMatchObject({ operation: 'created' });
  expect(await syncPullRequest(options(shallow('pandas==2.2.0\nseaborn>=0.13\n')))).toMatchObject({ operation: 'unchanged' });
  expect(await syncPullRequest(options(shallow('pandas==2.2.0\nseaborn>=0.13\nscipy\n')))).toMatchObject({ operation: 'updated', number: 1 });
  expect(await repo.git.countCommits('refs/heads/main', `refs/heads/${branch}`)).toBe(1);
});

test('pushWithLease: a stale expectation or an existing branch where none was expected is refused', async () => {
  const ws = checkout();
  const main = ws.git('rev-parse', 'HEAD');
  ws.write('a.txt', 'a\n');
  const next = ws.commitAll('a');
  expect(await pushWithLease(ws.dir, { url: repo.gitUrl }, next, 'main', undefined)).toBe('stale');
  expect(await pushWithLease(ws.dir, { url: repo.gitUrl }, next, 'main', next)).toBe('stale');
  expect(remoteSha('refs/heads/main')).toBe(main);
  expect(await pushWithLease(ws.dir, { url: repo.gitUrl }, next, 'main', main)).toBe('pushed');
  expect(await pushWithLease(ws.dir, { url: repo.gitUrl }, null, 'main', main)).toBe('stale');
  expect(remoteSha('refs/heads/main')).toBe(next);
});

test('"A pull request already exists" from a concurrent run: that one is updated, never a second', async () => {
  const ws = checkout();
  ws.write('requirements.txt', 'pandas==2.2.0\nseaborn>=0.13\n');
  // The other run opens its pull request right after this run looked and found none.
  client.hook.after('request', (_response, request) => {
    if (request.method === 'GET' && request.url.startsWith('/repos/{owner}/{repo}/pulls') && repo.pulls.length === 0) {
      const now = Date.now();
      repo.pulls.push({
        number: repo.takeNumber(), id: double.state.nextId(), title: 'Package the Python environment', body: 'from the other run', state: 'open', draft: false,
        headRef: branch, baseRef: 'main', user: 'github-actions[bot]', labels: [], requestedReviewers: [], requestedTeams: [],
        maintainerCanModify: false, createdAt: now, updatedAt: now, closedAt: null,
      });
    }
  });

  const outcome = await syncPullRequest(options(ws, { labels: ['dependencies'] }));

  expect(outcome).toMatchObject({ operation: 'updated', number: 1 });
  expect(double.requestsTo('POST', pullsRoute).map((r) => r.status)).toEqual([422]);
  expect(repo.pulls.filter((p) => p.state === 'open')).toHaveLength(1);
  expect(repo.pull(1)).toMatchObject({ labels: ['dependencies'], body: expect.stringContaining('Adds seaborn') });
});

test('when the base already has the change, the pull request is closed and the branch deleted', async () => {
  const ws = checkout();
  ws.write('requirements.txt', 'pandas==2.2.0\nseaborn>=0.13\n');
  await syncPullRequest(options(ws));
  // Someone merges the pull request's content into main by hand.
  seed.git('pull', '-q', repo.gitUrl, branch);
  seed.git('push', '-q', repo.gitUrl, 'main');

  const outcome = await syncPullRequest(options(checkout(), { files: [] }));

  expect(outcome).toMatchObject({ operation: 'closed', number: 1 });
  expect(repo.pull(1)?.state).toBe('closed');
  expect(repo.comments.map((c) => c.body)).toEqual(['main already has these changes; closed by ml-hub.']);
  expect(remoteSha(`refs/heads/${branch}`)).toBeUndefined();
});

test('close-when-clean: false leaves the pull request open', async () => {
  const ws = checkout();
  ws.write('requirements.txt', 'pandas==2.2.0\nseaborn>=0.13\n');
  await syncPullRequest(options(ws));
  seed.git('pull', '-q', repo.gitUrl, branch);
  seed.git('push', '-q', repo.gitUrl, 'main');
  double.requests.length = 0;

  const outcome = await syncPullRequest(options(checkout(), { files: [], closeWhenClean: false }));
  expect(outcome).toMatchObject({ operation: 'none', number: 1 });
  expect(repo.pull(1)?.state).toBe('open');
  expect(writes()).toEqual([]);
});

test('no change and no pull request: none, with nothing written', async () => {
  const outcome = await syncPullRequest(options(checkout(), { files: [] }));
  expect(outcome).toEqual({ operation: 'none', branch, changed: [], commit: undefined });
  expect(writes()).toEqual([]);
  expect(remoteSha(`refs/heads/${branch}`)).toBeUndefined();
});

test('a base that changed the same file since the checkout is refused rather than overwritten', async () => {
  const ws = checkout();
  seed.write('requirements.txt', 'pandas==2.2.1\n');
  seed.commitAll('Bump pandas');
  seed.git('push', '-q', repo.gitUrl, 'main');
  ws.write('requirements.txt', 'pandas==2.2.0\nseaborn>=0.13\n');
  await expect(syncPullRequest(options(ws))).rejects.toThrow(/^The checkout and main \([0-9a-f]{7}\) differ in requirements\.txt/);
  expect(remoteSha(`refs/heads/${branch}`)).toBeUndefined();
});

test('sign-commits: the commit is made by GitHub through the Git Data API and shows verified', async () => {
  const ws = checkout();
  ws.write('requirements.txt', 'pandas==2.2.0\nseaborn>=0.13\n');
  const outcome = await syncPullRequest(options(ws, { signCommits: true }));

  expect(outcome).toMatchObject({ operation: 'created', verified: true });
  const tip = remoteSha(`refs/heads/${branch}`)!;
  expect(outcome.commit).toBe(tip);
  expect(repo.signedCommits.has(tip)).toBe(true);
  expect(await repo.git.readFile(tip, 'requirements.txt')).toBe('pandas==2.2.0\nseaborn>=0.13\n');
  expect(writes()).toEqual([
    'POST /repos/{owner}/{repo}/git/blobs',
    'POST /repos/{owner}/{repo}/git/trees',
    'POST /repos/{owner}/{repo}/git/commits',
    'POST /repos/{owner}/{repo}/git/refs',
    'POST /repos/{owner}/{repo}/pulls',
  ]);

  // The next change updates the ref through the API as well, checking it first.
  const next = checkoutWith('pandas==2.2.0\nseaborn>=0.13\nscipy\n');
  expect(await syncPullRequest(options(next, { signCommits: true }))).toMatchObject({ operation: 'updated', number: 1 });
  expect(double.requestsTo('PATCH', '/repos/{owner}/{repo}/git/refs/{ref}').map((r) => (r.body as { force: boolean }).force)).toEqual([true]);
  expect(await repo.git.countCommits('refs/heads/main', `refs/heads/${branch}`)).toBe(1);
});

test('a push refused for a workflow file without the workflows permission ends in one actionable line', async () => {
  // GitHub's answer to a GITHUB_TOKEN push that touches .github/workflows, from a pre-receive hook of the bare repository.
  const hook = path.join(repo.git.dir, 'hooks', 'pre-receive');
  writeFileSync(hook, '#!/bin/sh\necho "refusing to allow a GitHub App to create or update workflow \\`.github/workflows/env.yml\\` without \\`workflows\\` permission" >&2\nexit 1\n', { mode: 0o755 });
  const ws = checkout();
  ws.write('.github/workflows/env.yml', 'name: env\n');
  await expect(syncPullRequest(options(ws, { files: [path.join(ws.dir, '.github/workflows/env.yml')] }))).rejects.toThrow(
    /^Could not push ml-hub\/package-env: the change touches \.github\/workflows\/env\.yml, and GITHUB_TOKEN may never change workflow files; use a personal access token with the `workflow` scope/,
  );
});

test('explainGitError names the fix for GitHub refusals that only git sees', () => {
  const explain = (stderr: string, fromFork = false) =>
    explainGitError(new GitError(['push'], stderr, 128), 'push ml-hub/package-env', { repo: 'octo-org/wine-quality', branch }, { fromFork });
  const denied = "remote: Permission to octo-org/wine-quality.git denied to github-actions[bot].\nfatal: unable to access 'https://github.com/octo-org/wine-quality/': The requested URL returned error: 403";
  expect(explain(denied)).toBe(
    'Could not push ml-hub/package-env: the token may not push to octo-org/wine-quality: give the job `permissions: contents: write`, or pass a token with write access to it.',
  );
  expect(explain(denied, true)).toMatch(/pull request from a fork, where GITHUB_TOKEN is read-only/);
  expect(explain('remote: Repository not found.\nfatal: repository \'https://x-access-token:abc@github.com/octo-org/secret/\' not found')).toMatch(
    /octo-org\/wine-quality was not found: it does not exist, or it is private and the token cannot see it/,
  );
  expect(explain('remote: error: GH006: Protected branch update failed for refs/heads/ml-hub/package-env.')).toMatch(/branch protection rule covers ml-hub\/package-env/);
  expect(explain("fatal: unable to access 'https://user:s3cret@github.com/x/': Could not resolve proxy")).not.toContain('s3cret');
});

test('the token reaches GitHub as one Authorization header and never lands in .git/config', async () => {
  // Raw headers: node's parsed `headers` drops a repeated Authorization silently.
  const seen: string[][] = [];
  const server = createServer((req, res) => {
    seen.push(req.rawHeaders.filter((_, i) => i % 2 === 1 && /^authorization$/i.test(req.rawHeaders[i - 1]!)));
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const ws = checkout();
    // What actions/checkout leaves with persist-credentials: true.
    ws.git('config', '--local', `http.${origin}/.extraheader`, 'AUTHORIZATION: basic Y2hlY2tvdXQ6dG9rZW4=');
    const configBefore = readFileSync(path.join(ws.dir, '.git', 'config'), 'utf8');

    const error = await remoteBranches(ws.dir, { url: `${origin}/octo-org/wine-quality.git`, token: 'ghs_secret-token' }, ['main']).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(GitError);
    expect(seen.length).toBeGreaterThan(0);
    const expected = `basic ${Buffer.from('x-access-token:ghs_secret-token').toString('base64')}`;
    for (const authorization of seen) expect(authorization).toEqual([expected]);
    expect(readFileSync(path.join(ws.dir, '.git', 'config'), 'utf8')).toBe(configBefore);
    expect(String((error as GitError).message) + (error as GitError).stderr).not.toContain('ghs_secret-token');
  } finally {
    server.close();
  }
});

/** A fresh checkout of main with requirements.txt rewritten, as the next workflow run would have it. */
function checkoutWith(requirements: string): GitRepo {
  const ws = checkout();
  ws.write('requirements.txt', requirements);
  return ws;
}
