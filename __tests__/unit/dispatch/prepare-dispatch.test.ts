// From a project folder to the inputs of a dispatch: settings, runner, entry point, env hash, packing.

import { cpSync, mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { detectDrift } from '../../../shared/drift/detect-drift.js';
import { EntryPointError, resolveEntryPoint } from '../../../shared/dispatch/entry-point.js';
import { parseGitHubRemote } from '../../../shared/dispatch/github-remote.js';
import { inputNames, unpackInputs } from '../../../shared/dispatch/pack-inputs.js';
import { prepareDispatch, SettingsError } from '../../../shared/dispatch/prepare-dispatch.js';
import { dispatchedMarkdown, finishedMarkdown } from '../../../shared/dispatch/render-dispatch.js';
import { NoRunnerFitsError } from '../../../shared/dispatch/choose-runner.js';
import type { FileReader } from '../../../shared/env/model.js';
import { repoRoot } from '../../harness/run-action.js';

const settings = `requirements:
  cpus: 8
  memory: 32GB
  gpu: 1
runners:
  cpu-box:
    labels: [self-hosted, cpu]
    cpus: 32
    memory: 128GB
  gpu-box:
    labels: [self-hosted, linux, gpu]
    cpus: 16
    memory: 64GB
    gpu: 1
`;

function project(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'wine-'));
  cpSync(path.join(repoRoot, 'examples', 'wine-quality'), dir, { recursive: true });
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

test('the example project: runner from the catalog, MLproject entry point, the env hash detect-env reports', async () => {
  const dir = project({ '.github/ml-hub.yml': settings });
  const prepared = prepareDispatch({ root: dir, entryPoint: 'main', parameters: { max_depth: '8' }, correlationId: 'ml-hub-test', env: {} });
  const { envHash } = await detectDrift({ root: dir, env: {} });
  expect(prepared.request).toEqual({ entryPoint: 'main', kind: 'mlproject', parameters: { max_depth: '8' }, envHash });
  expect(prepared.choice).toMatchObject({ name: 'gpu-box', how: 'smallest', runsOn: ['self-hosted', 'linux', 'gpu'] });
  expect(prepared.requirements).toEqual({ cpus: 8, memory: 32e9, gpu: 1 });
  expect(unpackInputs(prepared.packed.inputs)).toEqual({ request: prepared.request, correlationId: 'ml-hub-test', runsOn: ['self-hosted', 'linux', 'gpu'] });
  expect(prepared.notes).toEqual([]);
});

test('requirements and runner given by the caller override the settings', () => {
  const dir = project({ '.github/ml-hub.yml': settings });
  expect(prepareDispatch({ root: dir, entryPoint: 'main', parameters: {}, requirements: { cpus: 24 } }).choice.name).toBe('cpu-box');
  expect(prepareDispatch({ root: dir, entryPoint: 'main', parameters: {}, runner: 'ubuntu-24.04-64core' }).packed.inputs[inputNames.runsOn]).toBe('"ubuntu-24.04-64core"');
  expect(() => prepareDispatch({ root: dir, entryPoint: 'main', parameters: {}, requirements: { gpu: 8 } })).toThrow(NoRunnerFitsError);
});

test('settings errors stop the dispatch with their places', () => {
  const dir = project({ '.github/ml-hub.yml': 'runners:\n  gpu-box:\n    labels: [self-hosted]\n    gpu: one\n' });
  let error: unknown;
  try {
    prepareDispatch({ root: dir, entryPoint: 'main', parameters: {} });
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(SettingsError);
  expect((error as SettingsError).diagnostics).toEqual([
    { severity: 'error', code: 'config/runners', message: 'runners.gpu-box.gpu: expected a whole number, got "one"', file: '.github/ml-hub.yml', line: 4 },
  ]);
  expect((error as Error).message).toBe('the settings have an error: .github/ml-hub.yml:4: runners.gpu-box.gpu: expected a whole number, got "one"');
});

describe('entry points', () => {
  const mlproject = `name: wine
entry_points:
  main:
    parameters:
      alpha: float
      l1_ratio: {type: float, default: 0.1}
    command: "python train.py {alpha} {l1_ratio}"
  validate:
    command: "python validate.py"
`;
  const reader = (files: Record<string, string>): FileReader => ({ read: (p) => files[p] });
  const withProject = reader({ MLproject: mlproject });

  test('an MLproject entry point, with its parameters checked', () => {
    expect(resolveEntryPoint(withProject, 'main', { alpha: '0.5' })).toEqual({ kind: 'mlproject', notes: [] });
    expect(() => resolveEntryPoint(withProject, 'main', {})).toThrow('MLproject entry point main needs "alpha", which has no default: pass it as parameters');
    expect(resolveEntryPoint(withProject, 'validate', { extra: '1' }).notes).toEqual([
      'MLproject entry point validate does not declare extra; MLflow appends undeclared parameters to its command as --name value.',
    ]);
  });

  test('a .py file MLflow runs as an entry point, or a command line', () => {
    expect(resolveEntryPoint(withProject, 'scripts/train.py', {}).kind).toBe('mlproject');
    expect(resolveEntryPoint(withProject, 'python train.py --epochs 3', {}).kind).toBe('command');
    expect(resolveEntryPoint(reader({}), 'python train.py', {}).kind).toBe('command');
  });

  test('a name that is neither is refused with what exists', () => {
    expect(() => resolveEntryPoint(withProject, 'trian', {})).toThrow('MLproject has no entry point "trian" (it has: main, validate); for a command, give the whole command line');
    expect(() => resolveEntryPoint(reader({}), 'main', {})).toThrow(EntryPointError);
    expect(() => resolveEntryPoint(reader({ MLproject: 'entry_points: [\n' }), 'main', {})).toThrow(/^MLproject:\d+: invalid YAML/);
  });
});

test('GitHub remotes in their usual spellings', () => {
  expect(parseGitHubRemote('https://github.com/octo-org/wine-quality.git')).toEqual({ host: 'github.com', owner: 'octo-org', repo: 'wine-quality', apiUrl: 'https://api.github.com' });
  expect(parseGitHubRemote('git@github.com:octo-org/wine-quality.git')).toMatchObject({ owner: 'octo-org', repo: 'wine-quality' });
  expect(parseGitHubRemote('ssh://git@ghe.example.com/ml/wine')).toEqual({ host: 'ghe.example.com', owner: 'ml', repo: 'wine', apiUrl: 'https://ghe.example.com/api/v3' });
  expect(parseGitHubRemote('https://x-access-token:ghs_abc@github.com/o/r/')).toMatchObject({ owner: 'o', repo: 'r' });
  expect(parseGitHubRemote('/srv/git/repo.git')).toBeUndefined();
  expect(parseGitHubRemote('https://github.com/only-owner')).toBeUndefined();
});

test('the summary shows parameters as code, never as Markdown or HTML', () => {
  const markdown = dispatchedMarkdown({
    workflow: 'train.yml',
    ref: 'main',
    runId: 42,
    runUrl: 'https://github.com/o/r/actions/runs/42',
    request: { entryPoint: 'main', kind: 'mlproject', parameters: { note: '<img src=x onerror=alert(1)> | `x`', alpha: '0.5' }, envHash: 'f'.repeat(64) },
    choice: { how: 'smallest', name: 'gpu-box', explanation: 'Runner `gpu-box`: the smallest.', warnings: ['careful <b>'] },
    notes: [],
  });
  expect(markdown).toContain('[train.yml run 42](https://github.com/o/r/actions/runs/42) on `main` runs MLproject entry point `main` with `` note=<img src=x onerror=alert(1)> \\| `x` ``, `alpha=0.5` in environment `ffffffffffff`.');
  expect(markdown).toContain('> careful &lt;b&gt;');
  expect(finishedMarkdown({ conclusion: 'failure', htmlUrl: 'https://github.com/o/r/actions/runs/42', runId: 42, elapsed: '3m', jobs: [{ name: 'Train model', status: 'completed', conclusion: 'failure', step: 'Fit (step 2 of 3)', url: 'https://github.com/o/r/actions/runs/42/job/1' }] })).toBe(
    '**❌ [Run 42](https://github.com/o/r/actions/runs/42) finished: failure** after 3m.\n\n- [Train model](https://github.com/o/r/actions/runs/42/job/1): failure, at Fit (step 2 of 3)\n\n',
  );
});
