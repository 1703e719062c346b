// dispatch-training as the runner runs it (the committed bundle, INPUT_* from action.yml) and `ml-hub train` from a
// clone, both against the GitHub double holding the example project with a runner catalog and a training workflow.

import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { unpackInputs } from '../../shared/dispatch/pack-inputs.js';
import { GitRepo } from '../harness/git-repo.js';
import { startGitHubDouble, type GitHubDouble, type RepoState, type RunPlan } from '../harness/github-double/index.js';
import { repoRoot, runAction } from '../harness/run-action.js';
import { trainWorkflow } from '../unit/dispatch/train-double.js';

const run = promisify(execFile);

const settings = `requirements:
  cpus: 4
  memory: 16GB
  gpu: 1
runners:
  cpu-box:
    labels: [self-hosted, cpu]
    cpus: 32
    memory: 128GB
    price-per-minute: 0.01
  t4:
    larger-runner: gpu-t4-4core
    cpus: 4
    memory: 28GB
    gpu: 1
    price-per-minute: 0.07
  gpu-box:
    labels: [self-hosted, linux, gpu]
    cpus: 16
    memory: 64GB
    gpu: 1
    price-per-minute: 0.03
`;

const remoteSummary = '# 📈 MLflow runs\n\n<sub>2 runs in 1 experiment from the file store `mlruns`</sub>\n\n| run | rmse |\n| --- | --- |\n| rf-depth8 | 0.41 |\n| baseline | 0.52 |\n';

const injections = { max_depth: '8', note: '$(touch pwned); echo `touch pwned2`\nrm -rf / #' };

interface World {
  double: GitHubDouble;
  repo: RepoState;
  local: GitRepo;
}

async function world(options: { dispatchRunDetails?: boolean } = {}): Promise<World> {
  const double = await startGitHubDouble(options);
  const repo = await double.state.createRepo('octo-org/wine-quality', { ownerType: 'Organization' });
  const local = GitRepo.init(path.join(repoRoot, 'examples', 'wine-quality'));
  local.write('.github/ml-hub.yml', settings);
  local.write('.github/workflows/train.yml', trainWorkflow);
  local.commitAll('Wine quality with a runner catalog');
  local.git('push', '-q', repo.gitUrl, 'main');
  return { double, repo, local };
}

const finishing = (conclusion: RunPlan['conclusion']): RunPlan => ({
  conclusion,
  startAfterMs: 100,
  completeAfterMs: 500,
  jobs: [{ name: 'Train model', steps: ['Set up environment', 'Fit', 'Publish metrics'] }],
  artifacts: [{ name: 'publish-metrics', files: { 'summary.md': remoteSummary, 'runs.json': '{"runs": []}\n', 'dashboard/index.html': '<html></html>\n' } }],
});

function dispatch(w: World, inputs: Record<string, string>) {
  return runAction('dispatch-training', {
    workspace: w.local.dir,
    inputs,
    env: { GITHUB_API_URL: w.double.url, GITHUB_TOKEN: 'ghs_test-token', ML_HUB_GITHUB_WAIT_SCALE: '0.01' },
  });
}

const dispatches = '/repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches';
let w: World;
afterEach(async () => {
  expect(w.double.violations).toEqual([]);
  await w.double.close();
});

test('dispatches with run details on the cheapest GPU runner, waits for success, sets outputs and relays the summary', async () => {
  w = await world();
  w.repo.planRuns('train.yml', finishing('success'));
  const result = await dispatch(w, { 'entry-point': 'main', parameters: JSON.stringify(injections), wait: 'true', timeout: '2m' });
  expect(result.stderr).toBe('');
  expect(result.exitCode).toBe(0);

  const remote = w.repo.runs[0]!;
  const url = `https://github.com/octo-org/wine-quality/actions/runs/${remote.id}`;
  expect(result.outputs).toEqual({ runner: 'gpu-box', 'runs-on': '["self-hosted","linux","gpu"]', 'run-id': String(remote.id), 'run-url': url, conclusion: 'success' });
  expect(w.double.requestsTo('POST', dispatches).map((r) => [r.status, (r.body as { return_run_details?: boolean }).return_run_details])).toEqual([[200, true]]);

  // What the training workflow receives: the request, intact, with the injection strings as plain data.
  const received = unpackInputs(remote.info.inputs!);
  expect(received.request).toMatchObject({ entryPoint: 'main', kind: 'mlproject', parameters: injections });
  expect(received.request.envHash).toMatch(/^[0-9a-f]{64}$/);
  expect(received.runsOn).toEqual(['self-hosted', 'linux', 'gpu']);
  expect(remote.info.displayTitle).toBe(`Train ${received.correlationId}`);
  expect(existsSync(path.join(w.local.dir, 'pwned'))).toBe(false);
  expect(existsSync(path.join(w.local.dir, 'pwned2'))).toBe(false);

  expect(result.stdout).toContain('Runner `gpu-box` (self-hosted [self-hosted, linux, gpu]): the cheapest of the 2 runners in .github/ml-hub.yml that meet the requirements (4 cores, 16 GB memory, 1 GPU), at 0.03/min; next, t4 at 0.07/min. Falling short: cpu-box (no GPU listed (needs 1)).');
  expect(result.stdout).toContain(`Run ${remote.id} #1: completed (success) — ${url}`);
  expect(result.stdout).toContain('  Train model: success');
  expect(result.summary).toContain('### 🚀 Training dispatched');
  expect(result.summary).toContain(`[train.yml run ${remote.id}](${url}) on \`main\` runs MLproject entry point \`main\` with \`max_depth=8\``);
  expect(result.summary).toContain(`**✅ [Run ${remote.id}](${url}) finished: success** after `);
  const artifact = remote.artifacts.find((a) => a.name === 'publish-metrics')!;
  expect(result.summary).toContain(`> Results of [workflow run ${remote.id}](${url}), from its [\`publish-metrics\` artifact](${url}/artifacts/${artifact.id}).\n\n${remoteSummary}`);
});

test.each(['failure', 'cancelled'] as const)('a %s remote run fails the step with its link, after relaying what it published', async (conclusion) => {
  w = await world();
  w.repo.planRuns('train.yml', finishing(conclusion));
  const result = await dispatch(w, { parameters: 'max_depth: 4', wait: 'true' });
  const remote = w.repo.runs[0]!;
  const url = `https://github.com/octo-org/wine-quality/actions/runs/${remote.id}`;
  expect(result.exitCode).toBe(1);
  expect(result.annotations.filter((a) => a.command === 'error').map((a) => a.message)).toEqual([`The training run ended with ${conclusion}: ${url}`]);
  expect(result.outputs).toMatchObject({ 'run-id': String(remote.id), 'run-url': url, conclusion });
  expect(result.summary).toContain(`finished: ${conclusion}**`);
  expect(result.summary).toContain(remoteSummary);
});

test('without wait the step ends once the run has started; on an older GHES the run is found by its name', async () => {
  w = await world({ dispatchRunDetails: false });
  const result = await dispatch(w, { 'entry-point': 'python train.py --n-estimators 10', runner: 'my-pool' });
  expect(result.exitCode).toBe(0);
  const remote = w.repo.runs[0]!;
  expect(result.outputs).toMatchObject({ 'run-id': String(remote.id), runner: 'my-pool', 'runs-on': '"my-pool"', conclusion: '' });
  expect(w.double.requestsTo('POST', dispatches).map((r) => r.status)).toEqual([422, 204]);
  expect(unpackInputs(remote.info.inputs!).request).toMatchObject({ entryPoint: 'python train.py --n-estimators 10', kind: 'command' });
  expect(result.stdout).toContain('(found by its run name)');
  expect(remote.status).toBe('queued');
});

test('no runner fits: the step fails listing why, and nothing is dispatched', async () => {
  w = await world();
  const result = await dispatch(w, { requirements: '{gpu: 2, memory: 512GB}' });
  expect(result.exitCode).toBe(1);
  const [error] = result.annotations.filter((a) => a.command === 'error');
  expect(error!.message).toBe(
    [
      'No runner in .github/ml-hub.yml meets the requirements (512 GB memory, 2 GPUs):',
      '  - cpu-box: 128 GB memory (needs 512 GB); no GPU listed (needs 2)',
      '  - t4: 28 GB memory (needs 512 GB); 1 GPU (needs 2)',
      '  - gpu-box: 64 GB memory (needs 512 GB); 1 GPU (needs 2)',
      'Add a runner that does to `runners:` in .github/ml-hub.yml, lower the requirements, or name a runner explicitly.',
    ].join('\n'),
  );
  expect(w.double.requestsTo('POST', dispatches)).toEqual([]);
});

test('a run that outlives the timeout fails the step naming the run and its page', async () => {
  w = await world();
  w.repo.planRuns('train.yml', { startAfterMs: 50 });
  const result = await dispatch(w, { wait: 'true', timeout: '1s' });
  const remote = w.repo.runs[0]!;
  const url = `https://github.com/octo-org/wine-quality/actions/runs/${remote.id}`;
  expect(result.exitCode).toBe(1);
  const [error] = result.annotations.filter((a) => a.command === 'error');
  expect(error!.message).toMatch(new RegExp(`^Workflow run ${remote.id} \\(${url.replace(/[./]/g, '\\$&')}\\) did not finish within 1s: it is still in progress \\(Train model: in progress, at Run actions/checkout@v5 \\(step 2 of 5\\)\\)\\. It goes on running on GitHub`));
  expect(result.outputs).toMatchObject({ 'run-id': String(remote.id), 'run-url': url, conclusion: '' });
});

test('ml-hub train: repository from origin, -P parameters, --wait, and the results printed', async () => {
  w = await world();
  w.repo.planRuns('train.yml', finishing('success'));
  w.local.git('remote', 'add', 'origin', 'https://github.com/octo-org/wine-quality.git');
  const env = { ...process.env, GITHUB_API_URL: w.double.url, GITHUB_TOKEN: 'ghs_test-token', ML_HUB_GITHUB_WAIT_SCALE: '0.01' };
  const { stdout } = await run(process.execPath, [path.join(repoRoot, 'dist', 'cli', 'index.js'), 'train', '-P', 'max_depth=8', '-P', `note=${injections.note}`, '--wait', '--timeout', '2m'], {
    cwd: w.local.dir,
    env,
    encoding: 'utf8',
  });
  const remote = w.repo.runs[0]!;
  const url = `https://github.com/octo-org/wine-quality/actions/runs/${remote.id}`;
  expect(stdout).toContain('Runner gpu-box (self-hosted [self-hosted, linux, gpu]): the cheapest of the 2 runners');
  expect(stdout).toContain(`Started train.yml on main in octo-org/wine-quality: ${url}`);
  expect(stdout).toContain(`Run ${remote.id} finished: success after `);
  expect(stdout).toContain(remoteSummary.trimEnd());
  expect(unpackInputs(remote.info.inputs!).request.parameters).toEqual(injections);

  // A failed run is exit code 1.
  w.repo.planRuns('train.yml', finishing('failure'));
  const failed = await run(process.execPath, [path.join(repoRoot, 'dist', 'cli', 'index.js'), 'train', '--wait'], { cwd: w.local.dir, env, encoding: 'utf8' }).catch((e: { code: number; stdout: string }) => e);
  expect((failed as { code: number }).code).toBe(1);
  expect((failed as { stdout: string }).stdout).toMatch(/finished: failure after .*— https:\/\/github\.com\/octo-org\/wine-quality\/actions\/runs\/\d+/);
});
