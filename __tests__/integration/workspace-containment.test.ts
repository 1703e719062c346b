// Writes stay where they belong, decided on real paths: the committed bundles and the CLI, with real symbolic links
// that a pull request could add (a project folder, a report folder, a file inside it), each pointing outside.

import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { GitRepo } from '../harness/git-repo.js';
import { repoRoot, runAction, type ActionRun } from '../harness/run-action.js';

const outsideFolder = (files: Record<string, string> = {}) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'outside-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
};
const errors = (run: ActionRun) => run.commands.filter((c) => c.command === 'error').map((c) => c.message);
const listing = (dir: string) => readdirSync(dir, { recursive: true }).map(String).sort();
const noStackTrace = (run: ActionRun) => expect(run.stdout + run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);

test('package-env: a `path` that is a symlink to a folder outside the workspace is refused before anything is written', async () => {
  const outside = outsideFolder({ 'train.py': 'import pandas\n' });
  const repo = GitRepo.init();
  repo.write('README.md', '# models\n');
  symlinkSync(outside, path.join(repo.dir, 'project'));
  repo.commitAll('a link to elsewhere');
  const run = await runAction('package-env', { workspace: repo.dir, inputs: { path: 'project', 'dry-run': 'false', token: 'ghs_x' } });
  noStackTrace(run);
  expect(run.exitCode).toBe(1);
  expect(errors(run)).toEqual([`input path: project is outside the workspace ${repo.dir} (through a symbolic link, it is ${outside})`]);
  // Before the fix, requirements.txt and setup.py appeared here.
  expect(listing(outside)).toEqual(['train.py']);
});

test('detect-env: without RUNNER_TEMP the JSON report goes to the workspace, and a committed `ml-hub` symlink does not carry it out', async () => {
  const outside = outsideFolder({ 'detect-env.json': 'precious\n' });
  const repo = GitRepo.init();
  repo.write('requirements.txt', 'pandas\n');
  repo.write('train.py', 'import pandas\n');
  symlinkSync(outside, path.join(repo.dir, 'ml-hub'));
  repo.commitAll('a link to elsewhere');
  const run = await runAction('detect-env', { workspace: repo.dir, inputs: { 'fail-on': 'never' }, env: { RUNNER_TEMP: '' } });
  noStackTrace(run);
  expect(run.exitCode).toBe(1);
  expect(errors(run)).toEqual([`${path.join(repo.dir, 'ml-hub')} is outside ${repo.dir} (through a symbolic link, it is ${outside})`]);
  expect(readFileSync(path.join(outside, 'detect-env.json'), 'utf8')).toBe('precious\n');

  // The same run without the link writes the report there.
  repo.git('rm', '-q', 'ml-hub');
  const clean = await runAction('detect-env', { workspace: repo.dir, inputs: { 'fail-on': 'never' }, env: { RUNNER_TEMP: '' } });
  expect(clean.exitCode).toBe(0);
  expect(clean.outputs['report-path']).toBe(path.join(repo.dir, 'ml-hub', 'detect-env.json'));
  expect(JSON.parse(readFileSync(clean.outputs['report-path']!, 'utf8'))).toHaveProperty('envHash');
});

test('publish-metrics: a committed `.ml-hub` symlink does not make the report folder a removal outside the workspace', async () => {
  const outside = outsideFolder({ 'ml-hub/publish-metrics/publish-metrics/keep.txt': 'precious\n' });
  const repo = GitRepo.init();
  cpSync(path.join(repoRoot, '__tests__', 'fixtures', 'mlflow', 'file-store', 'mlruns'), path.join(repo.dir, 'mlruns'), { recursive: true });
  symlinkSync(outside, path.join(repo.dir, '.ml-hub'));
  repo.commitAll('runs and a link to elsewhere');
  const run = await runAction('publish-metrics', { workspace: repo.dir, inputs: { comment: 'false' }, env: { RUNNER_TEMP: '' } });
  noStackTrace(run);
  expect(run.exitCode).toBe(1);
  expect(errors(run)).toEqual([expect.stringContaining(`is outside ${repo.dir} (through a symbolic link, it is ${path.join(outside, 'ml-hub', 'publish-metrics', 'publish-metrics')})`)]);
  expect(listing(outside)).toEqual(['ml-hub', 'ml-hub/publish-metrics', 'ml-hub/publish-metrics/publish-metrics', 'ml-hub/publish-metrics/publish-metrics/keep.txt']);
});

test('setup-env: a relative `prefix` through a committed symlink is refused; nothing is built outside', async () => {
  const outside = outsideFolder();
  const repo = GitRepo.init();
  symlinkSync(outside, path.join(repo.dir, 'envs'));
  repo.commitAll('a link to elsewhere');
  const run = await runAction('setup-env', { workspace: repo.dir, inputs: { prefix: 'envs/venv', cache: 'false', 'check-machine': 'false' } });
  noStackTrace(run);
  expect(run.exitCode).toBe(1);
  expect(errors(run)).toEqual([`input prefix: envs/venv is outside the workspace ${repo.dir} (through a symbolic link, it is ${path.join(outside, 'venv')})`]);
  expect(listing(outside)).toEqual([]);
});

describe('ml-hub report --out', () => {
  const cli = path.join(repoRoot, 'dist', 'cli', 'index.js');
  const report = (cwd: string, out: string) => spawnSync(process.execPath, [cli, 'report', '--out', out], { cwd, encoding: 'utf8', env: { ...process.env, MLFLOW_TRACKING_URI: '' } });

  test('a summary.md in the out folder that is a symlink to a file elsewhere is refused, not written through', () => {
    const outside = outsideFolder({ 'bashrc': 'export PATH=/usr/bin\n' });
    const dir = mkdtempSync(path.join(tmpdir(), 'cli-report-'));
    cpSync(path.join(repoRoot, '__tests__', 'fixtures', 'mlflow', 'file-store'), dir, { recursive: true });
    mkdirSync(path.join(dir, 'report'));
    symlinkSync(path.join(outside, 'bashrc'), path.join(dir, 'report', 'summary.md'));
    const { status, stderr } = report(dir, 'report');
    expect(status).toBe(2);
    expect(stderr).toBe(`ml-hub: refusing to write ${path.join(dir, 'report', 'summary.md')}: it is a symbolic link\n`);
    expect(readFileSync(path.join(outside, 'bashrc'), 'utf8')).toBe('export PATH=/usr/bin\n');
    expect(existsSync(path.join(dir, 'report', 'runs.json'))).toBe(false);
  });

  test('a folder inside the out folder that leads elsewhere is refused', () => {
    const outside = outsideFolder();
    const dir = mkdtempSync(path.join(tmpdir(), 'cli-report-'));
    cpSync(path.join(repoRoot, '__tests__', 'fixtures', 'mlflow', 'file-store'), dir, { recursive: true });
    mkdirSync(path.join(dir, 'report'));
    symlinkSync(outside, path.join(dir, 'report', 'dashboard'));
    const { status, stderr } = report(dir, 'report');
    expect(status).toBe(2);
    expect(stderr).toContain(`is outside ${path.join(dir, 'report')} (through a symbolic link, it is ${outside}`);
    expect(listing(outside)).toEqual([]);
  });
});
