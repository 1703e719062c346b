import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { loadConfig, type MachineRequirements } from '../../../shared/config/config.js';
import type { PackagingFile } from '../../../shared/env/model.js';
import { parseSetupPy } from '../../../shared/env/setup-py.js';
import { codespacesMachineFor } from '../../../shared/machine/codespaces.js';
import { checkRequirements } from '../../../shared/machine/check-requirements.js';
import type { MachineFacts } from '../../../shared/machine/model.js';
import { pythonSatisfies, requiredPythonSpecifier } from '../../../shared/env/python-version.js';
import { formatGb, nominalGb } from '../../../shared/machine/units.js';
import type { FileEdit, LeftAlone } from '../../../shared/package/model.js';
import { distributionName, planSetupPy, pythonLiteral, renderSetupPy, setupPyMarker } from '../../../shared/package/setup-py.js';

const python38 = path.join(os.homedir(), '.pyenv/versions/3.8.18/bin/python');
const record: MachineRequirements = { cpus: 8, memory: 32e9, gpu: 1, python: '3.11' };

function tempDir(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'setup-py-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

/** Calls functions of the generated script from Python, one process for all cases. */
function callPython(script: string, calls: [string, unknown[]][]): unknown[] {
  const file = path.join(tempDir({ 'setup.py': script }), 'setup.py');
  const harness = [
    'import importlib.util, json, sys',
    'spec = importlib.util.spec_from_file_location("generated_setup", sys.argv[1])',
    'module = importlib.util.module_from_spec(spec)',
    'spec.loader.exec_module(module)',
    'print(json.dumps([getattr(module, name)(*args) for name, args in json.load(sys.stdin)]))',
  ].join('\n');
  return JSON.parse(execFileSync('python3', ['-c', harness, file], { input: JSON.stringify(calls), encoding: 'utf8' })) as unknown[];
}

describe('renderSetupPy', () => {
  const script = renderSetupPy({ name: 'wine quality', requirements: record, repository: 'octo-org/wine-quality', trainWorkflow: 'train.yml' });

  test('compiles with the machine python3 and with Python 3.8', () => {
    const file = path.join(tempDir({ 'setup.py': script }), 'setup.py');
    execFileSync('python3', ['-m', 'py_compile', file]);
    if (existsSync(python38)) execFileSync(python38, ['-m', 'py_compile', file]);
    expect(script.split('\n')[1]).toMatch(new RegExp(`^${setupPyMarker}`));
  });

  test('records the project and the requirements for the script', () => {
    expect(script).toContain('    "name": "wine-quality",\n');
    expect(script).toContain('    "python_requires": ">=3.11",\n');
    expect(script).toContain('    "memory": 32000000000,\n');
    expect(script).toContain('    ("premiumLinux", 8, 32, 64),\n');
    expect(script).not.toContain('@@DATA@@');
    expect(renderSetupPy({ name: 'x', trainWorkflow: 'train$&.yml' })).toContain('    "train_workflow": "train$&.yml",\n');
  });

  test("ml-hub's own setup.py reader sees requirements.txt as what it installs, and its python_requires", () => {
    const [file] = parseSetupPy('setup.py', script, { read: () => undefined });
    expect(file!.includes).toEqual(['requirements.txt']);
    expect(file!.python?.specifier).toBe('>=3.11');
    expect(file!.name).toBe('wine-quality');
    expect(file!.diagnostics.filter((d) => d.severity !== 'notice')).toEqual([]);
  });

  test('the Python machine check says exactly what checkRequirements says', () => {
    const facts = fc.record({
      cpus: fc.integer({ min: 0, max: 64 }),
      memory: fc.integer({ min: 1, max: 512 }).map((g) => g * 1e8 + 12345),
      disk: fc.option(fc.integer({ min: 0, max: 2000 }).map((g) => g * 1e8 + 1), { nil: undefined }),
      gpus: fc.integer({ min: 0, max: 4 }),
      python: fc.constantFrom('3.8.18', '3.10.13', '3.11.7', '3.13.0rc1'),
    });
    const records = fc.record(
      {
        cpus: fc.integer({ min: 1, max: 64 }),
        memory: fc.oneof(fc.integer({ min: 1, max: 256 }).map((g) => g * 1e9), fc.integer({ min: 1, max: 256 }).map((g) => g * 2 ** 30)),
        disk: fc.integer({ min: 1, max: 300 }).map((g) => g * 1e9),
        gpu: fc.integer({ min: 0, max: 3 }),
        python: fc.constantFrom('3.8', '3.11', '>=3.9,<3.12', '==3.10.*', '~=3.11.2'),
      },
      { requiredKeys: [] },
    );
    const cases = fc.sample(fc.tuple(facts, records), { numRuns: 300, seed: 42 });
    const calls: [string, unknown[]][] = cases.map(([f, r]) => [
      'shortfalls',
      [{ cpus: f.cpus, memory: f.memory, disk: f.disk ?? null, gpus: Array(f.gpus).fill('GPU'), python: f.python }, r],
    ]);
    const python = callPython(script, calls);
    const typescript = cases.map(([f, r]) => {
      const machine: MachineFacts = { os: 'linux', arch: 'x64', cpus: f.cpus, memory: f.memory, disk: f.disk === undefined ? undefined : { path: '/', free: f.disk }, gpus: Array.from({ length: f.gpus }, () => ({ name: 'GPU' })), python: f.python };
      return checkRequirements(machine, r).shortfalls;
    });
    expect(python).toEqual(typescript);
    expect(typescript.flat().length).toBeGreaterThan(100);
  });

  test('sizes, Python versions and Codespaces machines come out the same on both sides', () => {
    const sizes = [0, 1, 1.3e9, 15.96e9, 16e9, 16 * 2 ** 30, 16.5e9, 512 * 2 ** 20, 100e9, 127.99e9];
    const versions: [string, string][] = [['3.11.7', '>=3.11'], ['3.8.18', '3.11'], ['3.12.1', '~=3.11'], ['3.11', '===3.11'], ['3.11.7', '>=3.11.*'], ['x', '>=3']];
    const machines: MachineRequirements[] = [{}, { cpus: 3 }, { memory: 16 * 2 ** 30 }, { memory: 16.5e9 }, { disk: 100e9 }, { gpu: 1 }, { cpus: 64 }, { cpus: 32, memory: 128e9, disk: 256e9 }];
    const calls: [string, unknown[]][] = [
      ...sizes.flatMap((s): [string, unknown[]][] => [['gb', [s, true]], ['gb', [s, false]], ['nominal_gb', [s]]]),
      ...versions.map(([v, s]): [string, unknown[]] => ['python_satisfies', [v, requiredPythonSpecifier(s)]]),
      ...machines.map((m): [string, unknown[]] => ['codespaces_machine_for', [m]]),
    ];
    const expected = [
      ...sizes.flatMap((s) => [formatGb(s, 'up'), formatGb(s, 'down'), nominalGb(s)]),
      ...versions.map(([v, s]) => pythonSatisfies(v, requiredPythonSpecifier(s)) ?? null),
      ...machines.map((m) => codespacesMachineFor(m)?.name ?? null),
    ];
    const answers = callPython(script, calls).map((a) => (Array.isArray(a) ? a[0] : a));
    expect(answers).toEqual(expected);
  });

  test(".github/ml-hub.yml's requirements block reads as loadConfig reads it, or not at all", () => {
    const texts = [
      'requirements:\n  cpus: 8\n  memory: 32GB   # RAM\n  gpu: 1\n  disk: "100 GiB"\n  python: "3.11"\nfail-on: any\n',
      'exclude: [a]\nrequirements: {cpus: 4, memory: 16, python: 3.10}\n',
      'requirements:\n  memory: 512mb\n  python: 3\n',
      'fail-on: never\n',
    ];
    const python = callPython(renderSetupPy({ name: 'x' }), texts.map((t) => ['parse_requirements_block', [t]]));
    const typescript = texts.map((t) => loadConfig({ read: (p) => (p === '.github/ml-hub.yml' ? t : undefined) }).config.requirements ?? {});
    expect(python).toEqual(typescript);
    // Anchors, nested mappings and lists are beyond it: None, and the recorded copy is used.
    expect(callPython(renderSetupPy({ name: 'x' }), [['parse_requirements_block', ['requirements: &r\n  cpus: 8\n']], ['parse_requirements_block', ['requirements:\n  cpus: [8]\n']]])).toEqual([null, null]);
  });

  test('install_requires follow pip: -r included, options, editables, paths and per-requirement options dropped, markers kept', () => {
    const dir = tempDir({
      'requirements.txt': [
        '# training',
        '--index-url https://pypi.org/simple',
        '-r base.txt',
        '-c constraints.txt',
        '-e ./vendored',
        'numpy>=1.24,<2  # pinned for torch',
        'pandas; python_version < "3.9"',
        'scikit-learn==1.3.2 \\',
        '    --hash=sha256:0123456789abcdef',
        './wheels/local_pkg-1.0-py3-none-any.whl',
        'https://example.com/archive.zip#egg=fromurl',
        'torch @ https://download.pytorch.org/whl/cpu/torch-2.3.0.whl',
        'mlflow[extras]>=2.9',
      ].join('\n'),
      'base.txt': 'requests>=2\n',
      'constraints.txt': 'urllib3<2\n',
    });
    writeFileSync(path.join(dir, 'setup.py'), renderSetupPy({ name: 'x' }));
    const harness = 'import importlib.util, json, os, sys\nspec = importlib.util.spec_from_file_location("s", sys.argv[1])\nm = importlib.util.module_from_spec(spec)\nspec.loader.exec_module(m)\nprint(json.dumps(m.read_requirements(os.path.join(m.HERE, "requirements.txt"))))';
    const requirements = JSON.parse(execFileSync('python3', ['-c', harness, path.join(dir, 'setup.py')], { encoding: 'utf8' })) as string[];
    expect(requirements).toEqual([
      'requests>=2',
      'numpy>=1.24,<2',
      'pandas; python_version < "3.9"',
      'scikit-learn==1.3.2',
      'fromurl @ https://example.com/archive.zip',
      'torch @ https://download.pytorch.org/whl/cpu/torch-2.3.0.whl',
      'mlflow[extras]>=2.9',
    ]);
  });
});

describe('pythonLiteral and distributionName', () => {
  test('JSON-like data as Python source', () => {
    expect(pythonLiteral({ a: [1, 'x"y', null, true, false], 'é': 2.5 })).toBe('{"a": [1, "x\\"y", None, True, False], "é": 2.5}');
    expect(() => pythonLiteral(Infinity)).toThrow();
  });

  test('names become valid distribution names', () => {
    expect(distributionName('My ML project!')).toBe('My-ML-project');
    expect(distributionName('__')).toBe('project');
  });
});

describe('planSetupPy', () => {
  const requirementsFile: PackagingFile = {
    path: 'requirements.txt', kind: 'requirements', dependencies: [], includes: [], channels: [], diagnostics: [],
  };
  const conda: PackagingFile = { ...requirementsFile, path: 'environment.yml', kind: 'conda', name: 'wine-env', python: { specifier: '3.10', file: 'environment.yml', line: 4 } };

  test('generates setup.py when there is none, named and with Python from the packaging files', () => {
    const root = tempDir();
    const edit = planSetupPy(root, [requirementsFile, conda], { requirements: { cpus: 4 } }) as FileEdit;
    expect(edit.path).toBe('setup.py');
    expect(edit.before).toBeUndefined();
    expect(edit.after).toContain('    "name": "wine-env",\n');
    expect(edit.after).toContain('    "python_requires": ">=3.10",\n');
    expect(edit.reasons).toEqual([expect.stringMatching(/^generated setup.py/), 'checks for 4 CPU cores']);
  });

  test('regenerates its own setup.py, naming what changed, and nothing when it is current', () => {
    const root = tempDir({ 'setup.py': renderSetupPy({ name: 'wine', requirements: { cpus: 4, python: '3.10' } }) });
    const edit = planSetupPy(root, [], { name: 'wine', requirements: { cpus: 8, python: '3.10' } }) as FileEdit;
    expect(edit.before).toBe(readFileSync(path.join(root, 'setup.py'), 'utf8'));
    expect(edit.reasons).toEqual(['setup.py requirements.cpus: 4 → 8']);
    writeFileSync(path.join(root, 'setup.py'), edit.after);
    expect(planSetupPy(root, [], { name: 'wine', requirements: { cpus: 8, python: '3.10' } })).toBeUndefined();
  });

  test('a regenerated file with the same data but an older script says so', () => {
    const current = renderSetupPy({ name: 'wine' });
    const root = tempDir({ 'setup.py': current.replace('MEMORY_TOLERANCE = 0.05', 'MEMORY_TOLERANCE = 0.1') });
    expect((planSetupPy(root, [], { name: 'wine' }) as FileEdit).reasons).toEqual(['regenerated setup.py with this version of ml-hub']);
  });

  test('leaves a hand-written setup.py alone, with the reason', () => {
    const root = tempDir({ 'setup.py': 'from setuptools import setup\nsetup(name="wine")\n' });
    expect(planSetupPy(root, [], { name: 'wine' })).toEqual<LeftAlone>({
      path: 'setup.py',
      reason: `setup.py is hand-written (no "${setupPyMarker}" line), so package-env leaves it as it is`,
    });
  });

  test('adds no setup.py next to a pyproject.toml that declares the dependencies', () => {
    const pyproject: PackagingFile = {
      ...requirementsFile,
      path: 'pyproject.toml',
      kind: 'pyproject',
      dependencies: [{ name: 'numpy', normalized: 'numpy', ecosystem: 'pypi', specifier: '', extras: [], editable: false, file: 'pyproject.toml', line: 4, group: 'main' }],
    };
    expect(planSetupPy(tempDir(), [pyproject], {})).toEqual({ path: 'setup.py', reason: expect.stringContaining('pyproject.toml already declares') });
  });
});
