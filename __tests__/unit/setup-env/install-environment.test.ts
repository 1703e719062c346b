import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { installSteps, requirementFiles, type InstallContext } from '../../../shared/setup-env/install-environment.js';
import type { EnvironmentPlan } from '../../../shared/setup-env/plan-environment.js';
import { environmentLayout } from '../../../shared/setup-env/venv-layout.js';

const argv = (steps: ReturnType<typeof installSteps>) => steps.map((s) => [s.program, ...s.args]);
const venvPlan = (manager: 'venv' | 'uv'): EnvironmentPlan => ({ manager, sources: [{ kind: 'file', path: 'requirements.txt' }], python: [], notes: [] });
const condaPlan = (tool: 'conda' | 'mamba' | 'micromamba'): EnvironmentPlan => ({ manager: 'conda', tool, file: 'environment.yml', python: [], notes: [] });

function context(overrides: Partial<InstallContext> = {}): InstallContext {
  return {
    root: '/work/wine',
    layout: environmentLayout('/tmp/env', 'linux', 'venv'),
    basePython: '/opt/python/3.11.9/bin/python3',
    existing: false,
    requirements: [{ file: 'requirements.txt', from: 'requirements.txt' }],
    ...overrides,
  };
}

describe('installSteps', () => {
  test('venv: python -m venv, then the env pip installs each file, from the project folder', () => {
    const steps = installSteps(venvPlan('venv'), context());
    expect(argv(steps)).toEqual([
      ['/opt/python/3.11.9/bin/python3', '-m', 'venv', '/tmp/env'],
      ['/tmp/env/bin/python', '-m', 'pip', 'install', '--disable-pip-version-check', '--no-input', '-r', 'requirements.txt'],
    ]);
    expect(steps.map((s) => s.cwd)).toEqual(['/work/wine', '/work/wine']);
    expect(steps.map((s) => s.title)).toEqual(['Create /tmp/env', 'Install requirements.txt']);
  });

  test('venv on Windows: the env interpreter is Scripts\\python.exe', () => {
    const steps = installSteps(venvPlan('venv'), context({ layout: environmentLayout('D:\\a\\_temp\\env', 'windows', 'venv'), basePython: 'C:\\hostedtoolcache\\Python\\3.11.9\\x64\\python.exe' }));
    expect(argv(steps)).toEqual([
      ['C:\\hostedtoolcache\\Python\\3.11.9\\x64\\python.exe', '-m', 'venv', 'D:\\a\\_temp\\env'],
      ['D:\\a\\_temp\\env\\Scripts\\python.exe', '-m', 'pip', 'install', '--disable-pip-version-check', '--no-input', '-r', 'requirements.txt'],
    ]);
  });

  test('uv: uv venv with the base interpreter, uv pip install into the env', () => {
    expect(argv(installSteps(venvPlan('uv'), context({ uv: '/usr/local/bin/uv' })))).toEqual([
      ['/usr/local/bin/uv', 'venv', '/tmp/env', '--python', '/opt/python/3.11.9/bin/python3'],
      ['/usr/local/bin/uv', 'pip', 'install', '--python', '/tmp/env/bin/python', '-r', 'requirements.txt'],
    ]);
  });

  test('over an existing environment (a partial cache hit) only the installs run', () => {
    expect(argv(installSteps(venvPlan('venv'), context({ existing: true })))).toEqual([
      ['/tmp/env/bin/python', '-m', 'pip', 'install', '--disable-pip-version-check', '--no-input', '-r', 'requirements.txt'],
    ]);
    expect(argv(installSteps(venvPlan('uv'), context({ existing: true })))).toEqual([['uv', 'pip', 'install', '--python', '/tmp/env/bin/python', '-r', 'requirements.txt']]);
  });

  test.each([
    ['conda', ['conda', 'env', 'create', '-p', '/tmp/env', '-f', '/work/wine/environment.yml'], ['conda', 'env', 'update', '-p', '/tmp/env', '-f', '/work/wine/environment.yml', '--prune']],
    ['mamba', ['mamba', 'env', 'create', '-p', '/tmp/env', '-f', '/work/wine/environment.yml'], ['mamba', 'env', 'update', '-p', '/tmp/env', '-f', '/work/wine/environment.yml', '--prune']],
    ['micromamba', ['micromamba', 'create', '-p', '/tmp/env', '-f', '/work/wine/environment.yml', '-y'], ['micromamba', 'install', '-p', '/tmp/env', '-f', '/work/wine/environment.yml', '-y']],
  ] as const)('%s: create at the prefix from the file; update it when it is there', (tool, create, update) => {
    const layout = environmentLayout('/tmp/env', 'linux', 'conda');
    expect(argv(installSteps(condaPlan(tool), context({ layout, requirements: [] })))).toEqual([create]);
    expect(argv(installSteps(condaPlan(tool), context({ layout, requirements: [], existing: true })))).toEqual([update]);
  });

  test('the resolved conda program is what runs', () => {
    const steps = installSteps(condaPlan('conda'), context({ condaTool: 'C:\\Miniconda\\Scripts\\conda.exe', requirements: [] }));
    expect(steps[0]!.program).toBe('C:\\Miniconda\\Scripts\\conda.exe');
  });
});

describe('requirementFiles', () => {
  test('a recorded requirements file is given as it is; generated lines are written to the scratch folder', () => {
    const scratch = mkdtempSync(path.join(os.tmpdir(), 'scratch-'));
    const plan: EnvironmentPlan = {
      manager: 'venv',
      sources: [{ kind: 'file', path: 'requirements.txt' }, { kind: 'generated', from: 'pyproject.toml', lines: ['pandas>=2'] }],
      python: [],
      notes: [],
    };
    const files = requirementFiles(plan, scratch);
    expect(files).toEqual([
      { file: 'requirements.txt', from: 'requirements.txt' },
      { file: path.join(scratch, 'pyproject.toml-requirements.txt'), from: 'pyproject.toml' },
    ]);
    expect(readFileSync(files[1]!.file, 'utf8')).toBe('# The main dependencies of pyproject.toml, written by ml-hub setup-env\npandas>=2\n');
    expect(requirementFiles(condaPlan('conda'), scratch)).toEqual([]);
  });
});
