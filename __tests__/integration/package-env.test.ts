// package-env as the runner runs it: the committed bundle, inputs from action.yml, a workspace cloned from the GitHub
// double's bare repository (origin points there, as actions/checkout leaves it), and the double's REST API behind
// GITHUB_API_URL with faults injected. The double's contract violations stay empty in every test.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runAction, type ActionRun } from '../harness/run-action.js';
import { GitRepo } from '../harness/git-repo.js';
import { startGitHubDouble, type GitHubDouble, type RepoState } from '../harness/github-double/index.js';
import { checkFixedProject } from '../harness/package-env-postcondition.js';
import { detectDrift } from '../../shared/drift/detect-drift.js';

const branch = 'ml-hub/package-env';
const pulls = '/repos/{owner}/{repo}/pulls';
const pull = '/repos/{owner}/{repo}/pulls/{pull_number}';
const token = 'ghs_package-env-token';

let double: GitHubDouble;
let repo: RepoState;
let seed: GitRepo;

async function start(files: Record<string, string>): Promise<void> {
  double = await startGitHubDouble();
  repo = await double.state.createRepo('octo-org/wine-quality', { ownerType: 'Organization' });
  // Every ref update, by push or through the API, leaves a reflog entry in the bare repository.
  execFileSync('git', ['config', 'core.logAllRefUpdates', 'always'], { cwd: repo.git.dir });
  seed = GitRepo.init();
  for (const [file, text] of Object.entries(files)) seed.write(file, text);
  seed.commitAll('Initial model');
  seed.git('push', '-q', repo.gitUrl, 'main');
}

/** A fresh clone of main, as actions/checkout gives each run. */
function checkout(): GitRepo {
  const dir = mkdtempSync(path.join(tmpdir(), 'workspace-'));
  execFileSync('git', ['clone', '-q', repo.gitUrl, dir]);
  return new GitRepo(dir);
}

function run(ws: GitRepo, inputs: Record<string, string> = {}): Promise<ActionRun> {
  return runAction('package-env', {
    workspace: ws.dir,
    inputs: { token, targets: 'requirements.txt', labels: 'dependencies', ...inputs },
    env: { GITHUB_API_URL: double.url, GITHUB_TOKEN: token, ML_HUB_GITHUB_WAIT_SCALE: '0.01' },
  });
}

function bare(...args: string[]): string {
  return execFileSync('git', args, { cwd: repo.git.dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

/** How many times the branch was written (created, pushed, deleted) in the bare repository. */
function branchWrites(): number {
  try {
    return bare('reflog', 'show', '--format=%H', `refs/heads/${branch}`).split('\n').filter(Boolean).length;
  } catch {
    return 0;
  }
}

const tip = () => bare('rev-parse', `refs/heads/${branch}`);
const writes = () => double.requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.template} ${r.status}`);

function expectClean(result: ActionRun): void {
  expect(result.stdout + result.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  // The token is only ever named to the runner for masking.
  expect((result.stdout + result.stderr).replace(/^::add-mask::.*$/gm, '')).not.toContain(token);
  expect(double.faults.pending).toEqual([]);
}

afterEach(async () => {
  double.assertNoViolations();
  await double.close();
});

describe('the pull request through its life, with GitHub failing on the way', () => {
  const statuses = (method: string, template: string) => double.requestsTo(method, template).map((r) => r.status);

  test('created → unchanged (twice) → updated → closed, one branch and one pull request throughout', async () => {
    await start({ 'requirements.txt': 'pandas==2.2.0\n', 'train.py': 'import pandas\nimport seaborn\n' });

    // 1. First run: the branch and the pull request are created.
    double.faults.add({ method: 'GET', path: pulls, status: 503 });
    double.faults.add({ method: 'POST', path: pulls, status: 502 });
    double.faults.add({ method: 'POST', path: pulls, drop: true });
    double.faults.add({ method: 'POST', path: '/repos/{owner}/{repo}/issues/{issue_number}/labels', status: 403, secondaryRateLimit: true, retryAfter: 1 });
    const ws = checkout();
    const drifted = await detectDrift({ root: ws.dir, env: {} });
    const first = await run(ws);
    expectClean(first);
    await checkFixedProject(ws.dir, drifted, { added: [{ name: 'seaborn', specifier: '', ecosystem: 'pypi', file: 'requirements.txt', because: 'imported at train.py:2' }] }, { env: {}, targets: ['requirements.txt'] });
    expect(first.exitCode).toBe(0);
    expect(first.outputs).toMatchObject({ operation: 'created', 'pull-request-number': '1', 'pull-request-url': 'https://github.com/octo-org/wine-quality/pull/1', branch });
    expect(JSON.parse(first.outputs['changed-files']!)).toEqual(['requirements.txt']);
    expect(first.outputs['env-hash']).toMatch(/^[0-9a-f]{64}$/);
    expect(statuses('POST', pulls)).toEqual([502, 0, 201]);
    expect(statuses('GET', pulls)).toEqual([503, 200]);
    expect(await repo.git.readFile(tip(), 'requirements.txt')).toMatch(/^pandas==2\.2\.0\n(# .*\n)?seaborn\n$/);
    expect(bare('rev-parse', `${tip()}^`)).toBe(bare('rev-parse', 'refs/heads/main'));
    const pr = repo.pull(1)!;
    expect(pr).toMatchObject({ state: 'open', headRef: branch, baseRef: 'main', title: 'Package the Python environment', labels: ['dependencies'] });
    expect(pr.body).toMatch(/^<!-- ml-hub:package-env:start -->\n## package-env: 1 file to update, 1 package added\n[\s\S]*seaborn[\s\S]*\n<!-- ml-hub:package-env:end -->$/);
    expect(first.summary).toContain('Opened [#1](https://github.com/octo-org/wine-quality/pull/1)');
    expect(first.summary).toContain('## package-env: 1 file to update, 1 package added');
    expect(branchWrites()).toBe(1);

    // 2. Two reruns on the same main: nothing pushed, nothing written through the API.
    for (const fault of [{ status: 502 as const }, { drop: true as const }]) {
      double.requests.length = 0;
      double.faults.add({ method: 'GET', path: pulls, ...fault });
      const again = await run(checkout());
      expectClean(again);
      expect(again.exitCode).toBe(0);
      expect(again.outputs).toMatchObject({ operation: 'unchanged', 'pull-request-number': '1' });
      expect(writes()).toEqual([]);
      expect(branchWrites()).toBe(1);
    }

    // 3. New drift on main: the branch is rebuilt on the new main and the same pull request updated.
    seed.write('train.py', 'import pandas\nimport seaborn\nimport scipy\n');
    const newMain = seed.commitAll('Use scipy');
    seed.git('push', '-q', repo.gitUrl, 'main');
    double.requests.length = 0;
    double.faults.add({ method: 'GET', path: pulls, status: 429, retryAfter: 1 });
    double.faults.add({ method: 'PATCH', path: pull, status: 503 });
    double.faults.add({ method: 'PATCH', path: pull, drop: true });
    const updated = await run(checkout());
    expectClean(updated);
    expect(updated.exitCode).toBe(0);
    expect(updated.outputs).toMatchObject({ operation: 'updated', 'pull-request-number': '1' });
    expect(statuses('PATCH', pull)).toEqual([503, 0, 200]);
    expect(bare('rev-parse', `${tip()}^`)).toBe(newMain);
    const requirements = await repo.git.readFile(tip(), 'requirements.txt');
    expect(requirements).toContain('\nscipy\n');
    expect(requirements).toContain('\nseaborn\n');
    expect(repo.pull(1)!.body).toContain('scipy');
    expect(updated.summary).toContain('Updated [#1]');
    expect(branchWrites()).toBe(2);

    // Exactly one branch and one pull request after four runs; only the first run created one.
    expect(bare('for-each-ref', '--format=%(refname)', 'refs/heads/')).toBe(`refs/heads/main\nrefs/heads/${branch}`);
    expect(repo.pulls).toHaveLength(1);

    // 4. Main catches up (the pull request's content merged by hand): closed, branch deleted.
    seed.git('pull', '-q', '--no-rebase', repo.gitUrl, branch);
    seed.git('push', '-q', repo.gitUrl, 'main');
    double.requests.length = 0;
    double.faults.add({ method: 'GET', path: pulls, status: 403, secondaryRateLimit: true, retryAfter: 1 });
    double.faults.add({ method: 'PATCH', path: pull, status: 502 });
    double.faults.add({ method: 'POST', path: '/repos/{owner}/{repo}/issues/{issue_number}/comments', drop: true });
    const closed = await run(checkout());
    expectClean(closed);
    expect(closed.exitCode).toBe(0);
    expect(closed.outputs).toMatchObject({ operation: 'closed', 'pull-request-number': '1' });
    expect(JSON.parse(closed.outputs['changed-files']!)).toEqual([]);
    expect(repo.pull(1)?.state).toBe('closed');
    expect(repo.comments).toHaveLength(1);
    expect(bare('for-each-ref', '--format=%(refname)', 'refs/heads/')).toBe('refs/heads/main');
    expect(closed.summary).toContain('closed [#1]');

    // Over the whole life, one successful POST /pulls.
    expect(repo.pulls).toHaveLength(1);
  });
});

describe('package-env in other situations', () => {
  test('three runs on the same main: created, unchanged, unchanged; one branch, one POST /pulls', async () => {
    await start({ 'requirements.txt': 'pandas==2.2.0\n', 'train.py': 'import pandas\nimport seaborn\n' });
    const operations = [];
    for (let i = 0; i < 3; i++) {
      const result = await run(checkout());
      expectClean(result);
      operations.push(result.outputs.operation);
    }
    expect(operations).toEqual(['created', 'unchanged', 'unchanged']);
    expect(double.requestsTo('POST', pulls)).toHaveLength(1);
    expect(double.requests.filter((r) => r.method !== 'GET')).toHaveLength(2); // the pull request and its label
    expect(bare('for-each-ref', '--format=%(refname)', 'refs/heads/')).toBe(`refs/heads/main\nrefs/heads/${branch}`);
    expect(branchWrites()).toBe(1);
    expect(repo.pulls).toHaveLength(1);
  });

  test('a private repository the token cannot see: the 404 is explained, nothing is pushed', async () => {
    await start({ 'requirements.txt': 'pandas==2.2.0\n', 'train.py': 'import pandas\nimport seaborn\n' });
    repo.settings.tokenCanAccess = false;
    const result = await run(checkout());
    expectClean(result);
    expect(result.exitCode).toBe(1);
    expect(result.commands.filter((c) => c.command === 'error').map((c) => c.message)).toEqual([
      expect.stringMatching(/^Could not look for an open pull request from ml-hub\/package-env: GitHub answered 404 .* the repository is private and the token cannot see it/),
    ]);
    expect(branchWrites()).toBe(0);
  });

  test('no drift and no pull request: none, no commit, no branch, no pull request', async () => {
    await start({ 'requirements.txt': 'pandas==2.2.0\n', 'train.py': 'import pandas\n' });
    const before = bare('rev-parse', 'refs/heads/main');
    const result = await run(checkout());
    expectClean(result);
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ operation: 'none', 'pull-request-number': '', 'pull-request-url': '', 'changed-files': '[]' });
    expect(writes()).toEqual([]);
    expect(double.requestsTo('POST', pulls)).toEqual([]);
    expect(branchWrites()).toBe(0);
    expect(bare('rev-parse', 'refs/heads/main')).toBe(before);
    expect(result.summary).toContain('Nothing to change.');
  });

  test('without targets, the default plan becomes the pull request: requirements.txt, and no setup.py without a requirements record', async () => {
    await start({ 'requirements.txt': 'pandas==2.2.0\n', 'train.py': 'import pandas\nimport seaborn\n' });
    const ws = checkout();
    const before = await detectDrift({ root: ws.dir, env: {} });
    const result = await run(ws, { targets: '' });
    expectClean(result);
    expect(result.exitCode).toBe(0);
    expect(result.outputs.operation).toBe('created');
    expect(JSON.parse(result.outputs['changed-files']!).sort()).toEqual(['requirements.txt']);
    expect(await repo.git.readFile(tip(), 'setup.py')).toBeUndefined();
    const { fixed } = await checkFixedProject(ws.dir, before, { added: [{ name: 'seaborn', specifier: '', ecosystem: 'pypi', file: 'requirements.txt', because: 'imported at train.py:2' }] }, { env: {} });
    expect(fixed).toEqual(['undeclared: seaborn']);
  });

  test('sign-commits: the commit is made through the Git Data API and is verified', async () => {
    await start({ 'requirements.txt': 'pandas==2.2.0\n', 'train.py': 'import pandas\nimport seaborn\n' });
    double.faults.add({ method: 'POST', path: '/repos/{owner}/{repo}/git/commits', status: 502 });
    const result = await run(checkout(), { 'sign-commits': 'true' });
    expectClean(result);
    expect(result.exitCode).toBe(0);
    expect(result.outputs.operation).toBe('created');
    expect(repo.signedCommits.has(tip())).toBe(true);
    expect(writes()).toEqual([
      'POST /repos/{owner}/{repo}/git/blobs 201',
      'POST /repos/{owner}/{repo}/git/trees 201',
      'POST /repos/{owner}/{repo}/git/commits 502',
      'POST /repos/{owner}/{repo}/git/commits 201',
      'POST /repos/{owner}/{repo}/git/refs 201',
      'POST /repos/{owner}/{repo}/pulls 201',
      'POST /repos/{owner}/{repo}/issues/{issue_number}/labels 200',
    ]);
  });

  test('GitHub Actions not allowed to open pull requests: one actionable error line, exit 1', async () => {
    await start({ 'requirements.txt': 'pandas==2.2.0\n', 'train.py': 'import pandas\nimport seaborn\n' });
    repo.settings.allowActionsToCreatePullRequests = false;
    const result = await run(checkout());
    expectClean(result);
    expect(result.exitCode).toBe(1);
    const errors = result.commands.filter((c) => c.command === 'error');
    expect(errors).toEqual([
      expect.objectContaining({
        message:
          'Could not create the pull request from ml-hub/package-env to main: GitHub Actions is not allowed to create pull requests: enable Settings → Actions → General → Allow GitHub Actions to create and approve pull requests (for an organization, in its settings too), or pass a token with `pull-requests: write`.',
      }),
    ]);
    expect(result.stderr).toBe('');
  });

  test('a malformed packaging file is reported at file:line and left untouched; nothing is added that would leave it behind', async () => {
    const broken = 'pandas==2.2.0\nnumpy[fast\n';
    await start({ 'requirements.txt': broken, 'environment.yml': 'name: wine\ndependencies:\n  - python=3.11\n  - pandas=2.2.0\n', 'train.py': 'import pandas\nimport seaborn\n' });
    const ws = checkout();
    const before = await detectDrift({ root: ws.dir, env: {} });
    const result = await run(ws, { targets: 'requirements.txt, environment.yml' });
    expectClean(result);
    const error = result.annotations.find((a) => a.command === 'error' && a.properties.file === 'requirements.txt');
    expect(error?.properties.line).toBe('2');
    expect(readFileSync(path.join(ws.dir, 'requirements.txt'), 'utf8')).toBe(broken);
    // seaborn in environment.yml alone would put the two files out of step: it is listed, not added.
    expect(result.exitCode).toBe(0);
    expect(result.outputs.operation).toBe('none');
    expect(result.summary).toMatch(/- \[ \] `seaborn` \(`import seaborn` at train\.py:2\): adding it would leave requirements\.txt out of step \(malformed: requirements\.txt:2: /);
    await checkFixedProject(ws.dir, before, { added: [] }, { env: {}, targets: ['requirements.txt', 'environment.yml'] });
  });

  test('a requirements.txt that is a symbolic link out of the workspace is refused, and nothing is written', async () => {
    await start({ 'train.py': 'import pandas\nimport seaborn\n' });
    const outside = mkdtempSync(path.join(tmpdir(), 'outside-'));
    writeFileSync(path.join(outside, 'requirements.txt'), 'pandas==2.2.0\n');
    const ws = checkout();
    symlinkSync(path.join(outside, 'requirements.txt'), path.join(ws.dir, 'requirements.txt'));
    const result = await run(ws);
    expectClean(result);
    expect(result.exitCode).toBe(1);
    expect(result.commands.filter((c) => c.command === 'error').map((c) => c.message)).toEqual([expect.stringMatching(/requirements\.txt.*(symlink|symbolic link).*outside/)]);
    expect(readFileSync(path.join(outside, 'requirements.txt'), 'utf8')).toBe('pandas==2.2.0\n');
    expect(writes()).toEqual([]);
    expect(branchWrites()).toBe(0);
  });

  test('temporaries and backups an interrupted earlier write left (as the writer names them) are removed, never committed', async () => {
    await start({ 'requirements.txt': 'pandas==2.2.0\n', 'train.py': 'import pandas\nimport seaborn\n' });
    const ws = checkout();
    // What a kill -9 after writing the new text and linking the backup leaves beside the file.
    writeFileSync(path.join(ws.dir, '.requirements.txt.ml-hub-0a1b2c3d4e5f.tmp'), 'pandas==2.2.0\nseaborn\n');
    writeFileSync(path.join(ws.dir, '.requirements.txt.ml-hub-0a1b2c3d4e5f.orig'), 'pandas==2.2.0\n');
    const result = await run(ws);
    expectClean(result);
    expect(result.exitCode).toBe(0);
    expect(result.outputs.operation).toBe('created');
    expect(readdirSync(ws.dir).filter((f) => f.includes('.ml-hub-'))).toEqual([]);
    expect(bare('ls-tree', '-r', '--name-only', tip()).split('\n').sort()).toEqual(['requirements.txt', 'train.py']);
  });

  test('dry-run writes nothing and calls no API; the summary holds the plan and the diff', async () => {
    await start({ 'requirements.txt': 'pandas==2.2.0\n', 'train.py': 'import pandas\nimport seaborn\n' });
    const ws = checkout();
    const result = await run(ws, { 'dry-run': 'true' });
    expectClean(result);
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ operation: 'none', 'changed-files': '["requirements.txt"]' });
    expect(double.requests).toEqual([]);
    expect(ws.git('status', '--porcelain')).toBe('');
    expect(result.summary).toContain('**Dry run**: nothing was written or pushed.');
    expect(result.summary).toMatch(/```diff\n--- a\/requirements\.txt\n\+\+\+ b\/requirements\.txt\n/);
  });

  test('a project in a subfolder: paths are the workspace\'s, and the commit holds the subfolder file', async () => {
    await start({ 'wine/requirements.txt': 'pandas==2.2.0\n', 'wine/train.py': 'import pandas\nimport seaborn\n', 'README.md': '# models\n' });
    const result = await run(checkout(), { path: 'wine' });
    expectClean(result);
    expect(result.exitCode).toBe(0);
    expect(JSON.parse(result.outputs['changed-files']!)).toEqual(['wine/requirements.txt']);
    expect(await repo.git.readFile(tip(), 'wine/requirements.txt')).toContain('seaborn');
  });
});

describe('secrets in ${VAR} forms', () => {
  test('a token in a requirement URL and a bare ${INPUT_TOKEN} stay ${VAR} in the commit, the pull request and the logs', async () => {
    const privateToken = 'tok_private_9f8e7d6c5b4a';
    const requirements = 'pandas==2.2.0\nmypkg @ https://files.example/${PRIVATE_TOKEN}/mypkg-1.0-py3-none-any.whl\n${INPUT_TOKEN}\n';
    await start({ 'requirements.txt': requirements, 'train.py': 'import pandas\nimport seaborn\nimport mypkg\n' });
    const result = await runAction('package-env', {
      workspace: checkout().dir,
      inputs: { token, targets: 'requirements.txt, environment.yml', labels: 'dependencies' },
      env: { GITHUB_API_URL: double.url, GITHUB_TOKEN: token, ML_HUB_GITHUB_WAIT_SCALE: '0.01', PRIVATE_TOKEN: privateToken },
    });
    expectClean(result);
    expect(result.exitCode).toBe(0);
    expect(result.outputs.operation).toBe('created');
    const environment = await repo.git.readFile(tip(), 'environment.yml');
    expect(environment).toContain('- mypkg @ https://files.example/${PRIVATE_TOKEN}/mypkg-1.0-py3-none-any.whl\n');
    expect(environment).toContain('- ${INPUT_TOKEN}\n');
    expect(await repo.git.readFile(tip(), 'requirements.txt')).toMatch(/^pandas==2\.2\.0\nmypkg @ https:\/\/files\.example\/\$\{PRIVATE_TOKEN\}\/mypkg-1\.0-py3-none-any\.whl\n\$\{INPUT_TOKEN\}\n/);
    const pr = repo.pull(1)!;
    expect(pr.body).toContain('${PRIVATE_TOKEN}');
    // Nothing that leaves the runner holds either value: the PR, every request to GitHub, the commit, outputs, summary, logs.
    const shown = [
      pr.body,
      pr.title,
      JSON.stringify(double.requests.map((r) => r.body)),
      bare('log', '-p', '--all'),
      JSON.stringify(result.outputs),
      result.summary,
      result.stdout.replace(/^::add-mask::.*$/gm, ''),
      result.stderr,
    ].join('\n');
    expect(shown).not.toContain(privateToken);
    expect(shown).not.toContain(token);
    // Both expanded values were registered with the runner for masking.
    expect(result.commands.filter((c) => c.command === 'add-mask').map((c) => c.message)).toEqual(expect.arrayContaining([privateToken, token]));
  });
});

describe('files package-env must not rewrite', () => {
  test('a requirements.txt over the size limit is said to be skipped, and is neither overwritten nor recreated', async () => {
    const big = `pandas==2.2.0\n${'# a long generated comment line\n'.repeat(300_000)}`; // 9.3 MiB
    await start({ 'requirements.txt': big, 'train.py': 'import pandas\nimport seaborn\n' });
    const ws = checkout();
    const result = await run(ws);
    expectClean(result);
    expect(result.exitCode).toBe(0);
    const warning = result.annotations.find((a) => a.command === 'warning' && a.properties.file === 'requirements.txt');
    expect(warning?.message).toMatch(/^requirements\.txt was skipped: it is 9\.\d MiB, more than the 8\.0 MiB a packaging file may have/);
    expect(result.outputs.operation).toBe('none');
    expect(JSON.parse(result.outputs['changed-files']!)).toEqual([]);
    expect(readFileSync(path.join(ws.dir, 'requirements.txt'), 'utf8')).toBe(big);
    expect(branchWrites()).toBe(0);
  });

  test('a latin-1 byte in a comment: the file is left byte for byte, with a warning at file:line', async () => {
    const latin1 = Buffer.from('pandas==2.2.0\n# Caf\xe9 cr\xe8me, pinned by Jos\xe9\n', 'latin1');
    await start({ 'train.py': 'import pandas\nimport seaborn\n' });
    const ws = checkout();
    writeFileSync(path.join(ws.dir, 'requirements.txt'), latin1);
    ws.git('add', 'requirements.txt');
    ws.git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'latin-1 requirements');
    const result = await run(ws);
    expectClean(result);
    expect(result.exitCode).toBe(0);
    const warning = result.annotations.find((a) => a.command === 'warning' && a.properties.file === 'requirements.txt');
    expect(warning).toMatchObject({ properties: { file: 'requirements.txt', line: '2' }, message: expect.stringMatching(/^requirements\.txt:2 is not valid UTF-8/) });
    expect(readFileSync(path.join(ws.dir, 'requirements.txt')).equals(latin1)).toBe(true);
    expect(JSON.parse(result.outputs['changed-files']!)).toEqual([]);
  });
});
