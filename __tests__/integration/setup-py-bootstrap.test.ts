// The generated setup.py run the way a person runs it after `git clone`: with the machine's real python3 (and Python
// 3.8 when pyenv has it), stand-ins for conda/mamba/micromamba/gh/nvidia-smi on a PATH the test controls, and the
// ML_HUB_FAKE_* variables for machine sizes. Nothing reaches the network: pip installs a wheel built here, --no-index.

import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { MachineRequirements } from '../../shared/config/config.js';
import { codespacesLink, codespacesMachineFor } from '../../shared/machine/codespaces.js';
import { checkRequirements } from '../../shared/machine/check-requirements.js';
import { renderSetupPy, type SetupPyOptions } from '../../shared/package/setup-py.js';

const python3 = execFileSync('python3', ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' }).trim();
const python38 = path.join(os.homedir(), '.pyenv/versions/3.8.18/bin/python');
const fixtures = path.join(import.meta.dirname, '../fixtures/machine');
const record: MachineRequirements = { cpus: 8, memory: 32e9, disk: 100e9, python: '3.8' };
const roomy = { ML_HUB_FAKE_CPUS: '16', ML_HUB_FAKE_MEMORY_GB: '64', ML_HUB_FAKE_DISK_GB: '500', ML_HUB_FAKE_GPUS: '0' };
const laptop = { ML_HUB_FAKE_CPUS: '2', ML_HUB_FAKE_MEMORY_GB: '7.8', ML_HUB_FAKE_DISK_GB: '20.5', ML_HUB_FAKE_GPUS: '0' };

interface Project {
  dir: string;
  bin: string;
  /** Where the stand-in programs append their argv, one JSON list per call. */
  argvLog: string;
}

function project(files: Record<string, string>, options: Partial<SetupPyOptions> = {}): Project {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bootstrap-'));
  const bin = mkdtempSync(path.join(os.tmpdir(), 'bootstrap-bin-'));
  writeFileSync(path.join(dir, 'setup.py'), renderSetupPy({ name: 'wine-quality', requirements: record, ...options }));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return { dir, bin, argvLog: path.join(bin, 'argv.jsonl') };
}

/** A program on the test PATH that records how it was called (and prints `output`, if given). */
function standIn(p: Project, name: string, output: Record<string, string> = {}): void {
  const file = path.join(p.bin, name);
  writeFileSync(
    file,
    [
      `#!${python3}`,
      'import json, os, sys',
      'with open(os.environ["ML_HUB_TEST_ARGV"], "a") as log:',
      '    log.write(json.dumps([os.path.basename(sys.argv[0])] + sys.argv[1:]) + "\\n")',
      `outputs = ${JSON.stringify(output)}`,
      'sys.stdout.write(outputs.get(" ".join(sys.argv[1:]), ""))',
    ].join('\n'),
  );
  chmodSync(file, 0o755);
}

function calls(p: Project): string[][] {
  return existsSync(p.argvLog) ? readFileSync(p.argvLog, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as string[]) : [];
}

function setupPy(p: Project, args: string[], env: Record<string, string> = {}, python = python3): { code: number; out: string } {
  // The machine's pip settings (local indexes, constraints) stay out: only what the project's files say counts.
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('PIP_') && !k.startsWith('ML_HUB_')));
  const result = spawnSync(python, ['setup.py', ...args], {
    cwd: p.dir,
    encoding: 'utf8',
    stdio: ['pipe', 'pipe', 'pipe'],
    input: '',
    env: { ...inherited, PATH: `${p.bin}:/usr/bin:/bin`, PIP_CONFIG_FILE: os.devNull, ML_HUB_TEST_ARGV: p.argvLog, ...env },
  });
  return { code: result.status ?? -1, out: result.stdout + result.stderr };
}

/** A pure-Python wheel, zipped here, so that pip has something real to install without an index. */
function buildWheel(folder: string): void {
  const program = [
    'import base64, hashlib, sys, zipfile',
    'files = {"tinypkg/__init__.py": "VALUE = 42\\n",',
    '         "tinypkg-0.1.dist-info/METADATA": "Metadata-Version: 2.1\\nName: tinypkg\\nVersion: 0.1\\n",',
    '         "tinypkg-0.1.dist-info/WHEEL": "Wheel-Version: 1.0\\nGenerator: ml-hub-test\\nRoot-Is-Purelib: true\\nTag: py3-none-any\\n"}',
    'record = []',
    'with zipfile.ZipFile(sys.argv[1], "w") as wheel:',
    '    for name, text in files.items():',
    '        data = text.encode()',
    '        digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()',
    '        record.append("%s,sha256=%s,%d" % (name, digest, len(data)))',
    '        wheel.writestr(name, data)',
    '    wheel.writestr("tinypkg-0.1.dist-info/RECORD", "\\n".join(record + ["tinypkg-0.1.dist-info/RECORD,,"]) + "\\n")',
  ].join('\n');
  mkdirSync(folder, { recursive: true });
  execFileSync(python3, ['-c', program, path.join(folder, 'tinypkg-0.1-py3-none-any.whl')]);
}

function gitRepo(p: Project): void {
  const run = (...args: string[]) =>
    execFileSync('git', args, { cwd: p.dir, env: { ...process.env, GIT_AUTHOR_NAME: 'Sarah', GIT_AUTHOR_EMAIL: 's@example.com', GIT_COMMITTER_NAME: 'Sarah', GIT_COMMITTER_EMAIL: 's@example.com' } });
  run('init', '-q', '-b', 'main');
  run('remote', 'add', 'origin', 'git@github.com:octo-org/wine-quality.git');
  run('add', '-A');
  run('commit', '-q', '-m', 'packaged env');
  // As after `git push -u origin main`: the branch has an upstream.
  run('update-ref', 'refs/remotes/origin/main', 'HEAD');
  run('branch', '-q', '--set-upstream-to=origin/main');
}

const environmentYml = 'name: wine-env\nchannels:\n  - conda-forge\ndependencies:\n  - python=3.11\n  - scikit-learn\n';

describe('python setup.py on a machine that meets the requirements', () => {
  test('without conda, creates .venv and installs requirements.txt into it', () => {
    const p = project({ 'requirements.txt': '--no-index\n--find-links wheels\ntinypkg==0.1\n' });
    buildWheel(path.join(p.dir, 'wheels'));
    const { code, out } = setupPy(p, ['--yes'], roomy);
    expect(out).toContain('locating dependency files...\n    requirements.txt\n');
    expect(out).toContain('checking requirements...\n    this machine: 16 CPU cores, 64 GB memory, 500 GB free disk, no NVIDIA GPU, Python ');
    expect(out).toContain('    meets the requirements in setup.py\n');
    expect(out).toContain(`    ${python3} -m venv .venv\n    .venv/bin/python -m pip install -r requirements.txt\n`);
    expect(out).toContain('Done. Activate the environment with:\n    source .venv/bin/activate\n');
    expect(code).toBe(0);
    expect(execFileSync(path.join(p.dir, '.venv/bin/python'), ['-c', 'import tinypkg; print(tinypkg.VALUE)'], { encoding: 'utf8' })).toBe('42\n');
  }, 180_000); // venv + ensurepip + pip take a while on a busy machine

  test.each([
    ['conda', ['conda', 'env', 'create', '-f', 'environment.yml'], 'conda activate wine-env'],
    ['mamba', ['mamba', 'env', 'create', '-f', 'environment.yml'], 'conda activate wine-env'],
    ['micromamba', ['micromamba', 'create', '-f', 'environment.yml', '-y'], 'micromamba activate wine-env'],
  ])('with %s on PATH, creates the conda environment from environment.yml', (tool, argv, activate) => {
    const p = project({ 'environment.yml': environmentYml, 'requirements.txt': 'scikit-learn\n' });
    standIn(p, tool);
    const { code, out } = setupPy(p, ['bootstrap', '--yes'], roomy);
    expect(out).toContain('    environment.yml, requirements.txt\n');
    expect(out).toContain(`This repository uses a conda environment (environment.yml). Create it with ${tool}? [y/N] y (--yes)`);
    expect(out).toContain(`    ${activate}\n`);
    expect(code).toBe(0);
    expect(calls(p)).toEqual([argv]);
    expect(existsSync(path.join(p.dir, '.venv'))).toBe(false);
  });

  test('an environment.yml without a name gets the folder name, since conda needs one', () => {
    const p = project({ 'environment.yml': 'dependencies:\n  - numpy\n' });
    standIn(p, 'conda');
    setupPy(p, ['--yes'], roomy);
    expect(calls(p)).toEqual([['conda', 'env', 'create', '-f', 'environment.yml', '-n', path.basename(p.dir)]]);
  });

  test('environment.yml without any conda falls back to a venv from requirements.txt, and says why', () => {
    const p = project({ 'environment.yml': environmentYml, 'requirements.txt': 'scikit-learn\n' });
    const { out } = setupPy(p, ['--dry-run'], roomy);
    expect(out).toContain('environment.yml needs conda, mamba or micromamba, and none is on PATH: using requirements.txt');
    expect(out).toContain('.venv/bin/python -m pip install -r requirements.txt');
  });

  test('with stdin not a terminal and no --yes, prints the plan and changes nothing', () => {
    const p = project({ 'environment.yml': environmentYml });
    standIn(p, 'conda');
    const { code, out } = setupPy(p, [], roomy);
    expect(out).toContain('Plan:\n    conda env create -f environment.yml\n');
    expect(out).toContain('Create it with conda? [y/N] n (no terminal to answer; re-run with --yes to accept)\nNothing was changed.\n');
    expect(code).toBe(0);
    expect(calls(p)).toEqual([]);
  });

  test('--dry-run prints the commands and runs none, even with --yes', () => {
    const p = project({ 'requirements.txt': 'numpy\n' });
    const { code, out } = setupPy(p, ['bootstrap', '--dry-run', '--yes'], roomy);
    expect(out).toContain(`Plan:\n    ${python3} -m venv .venv\n    .venv/bin/python -m pip install -r requirements.txt\n--dry-run: nothing was run.\n`);
    expect(code).toBe(0);
    expect(existsSync(path.join(p.dir, '.venv'))).toBe(false);
  });

  test('nvidia-smi on PATH is read like the real one: GPUs from the query, CUDA from the banner', () => {
    const p = project({ 'requirements.txt': 'torch\n' }, { requirements: { gpu: 1 } });
    standIn(p, 'nvidia-smi', {
      '--query-gpu=name,memory.total,driver_version --format=csv,noheader': readFileSync(path.join(fixtures, 'nvidia-smi-535-tesla-t4.csv'), 'utf8'),
      '': readFileSync(path.join(fixtures, 'nvidia-smi-535-tesla-t4.txt'), 'utf8'),
    });
    const { out } = setupPy(p, ['--dry-run']);
    expect(out).toContain('1 NVIDIA GPU (Tesla T4, CUDA 12.2)');
    expect(out).toContain('meets the requirements in setup.py');
  });
});

describe('python setup.py on a machine that falls short', () => {
  test('lists every shortfall as checkRequirements words it, and links a Codespace that fits', () => {
    const p = project({ 'requirements.txt': 'numpy\n' }, { requirements: { ...record, gpu: 0 } });
    gitRepo(p);
    const { code, out } = setupPy(p, [], laptop);
    const expected = checkRequirements(
      { os: 'linux', arch: 'x64', cpus: 2, memory: 7.8e9, disk: { path: p.dir, free: 20.5e9 }, gpus: [], python: '3.11.7' },
      record,
    ).shortfalls;
    expect(expected).toEqual([
      'Insufficient CPU: needs 8 cores, found 2',
      'Insufficient memory: needs 32 GB, found 7.8 GB',
      'Insufficient disk space: needs 100 GB free, found 20.5 GB free',
    ]);
    expect(out).toContain(`! ERROR: this machine does not meet the requirements for running this project:\n${expected.map((s) => `    - ${s}\n`).join('')}`);
    const machine = codespacesMachineFor(record)!;
    expect(machine.name).toBe('largePremiumLinux');
    expect(out).toContain(`Open a GitHub Codespace on a machine that fits (largePremiumLinux: 16 cores, 64 GB RAM, 128 GB storage):\n      ${codespacesLink('octo-org/wine-quality', machine, 'main')}\n`);
    expect(out).toContain('https://codespaces.new/octo-org/wine-quality/tree/main?machine=largePremiumLinux');
    expect(out).toContain('Set up here anyway: python setup.py bootstrap --force');
    expect(code).toBe(1);
    expect(existsSync(path.join(p.dir, '.venv'))).toBe(false);
  });

  test('a GPU requirement: none found, and Codespaces says it cannot help', () => {
    const p = project({}, { requirements: { gpu: 1 }, repository: 'octo-org/wine-quality' });
    const { out } = setupPy(p, [], { ...laptop });
    expect(out).toContain('    - Insufficient GPU: needs 1 NVIDIA GPU, found none\n');
    expect(out).not.toContain('codespaces.new');
    expect(out).toContain('GitHub Codespaces has no generally available GPU machines, so it cannot meet the GPU requirement');
  });

  test('with gh installed, offers the training workflow on the current branch and starts it with --yes', () => {
    const p = project({ '.github/workflows/train.yml': 'on: workflow_dispatch\n' }, { requirements: { cpus: 8 } });
    gitRepo(p);
    standIn(p, 'gh');
    const declined = setupPy(p, [], laptop);
    expect(declined.out).toContain('  - Train on GitHub Actions instead: gh workflow run train.yml --ref main\n');
    expect(declined.out).toContain('Start the train.yml workflow on GitHub Actions now? [y/N] n');
    expect(calls(p)).toEqual([]);
    const accepted = setupPy(p, ['--yes'], laptop);
    expect(accepted.code).toBe(0);
    expect(calls(p)).toEqual([['gh', 'workflow', 'run', 'train.yml', '--ref', 'main']]);
  });

  test('without gh, points at the Actions tab instead', () => {
    const p = project({}, { requirements: { cpus: 8 }, trainWorkflow: 'train.yml' });
    const { out } = setupPy(p, [], laptop);
    expect(out).toContain('Train on GitHub Actions: start train.yml from the repository');
    expect(out).toContain('  - GitHub Codespaces (premiumLinux would fit): this folder has no GitHub remote named origin to open one for\n');
  });

  test('too old a Python is a shortfall, with a fitting interpreter to use instead when one is on PATH', () => {
    const p = project({}, { requirements: { python: '3.11' } });
    const python311 = path.join(p.bin, 'python3.11');
    writeFileSync(python311, `#!${python3}\n`);
    chmodSync(python311, 0o755);
    const { out } = setupPy(p, [], { ...roomy, ML_HUB_FAKE_PYTHON: '3.8.18' });
    expect(out).toContain('    - Unsupported Python: needs >=3.11, found 3.8.18\n');
    expect(out).toContain('  - Run this script with a Python that meets >=3.11: python3.11 setup.py\n');
  });

  test('--force sets up anyway', () => {
    const p = project({ 'requirements.txt': 'numpy\n' }, { requirements: { cpus: 8 } });
    const { code, out } = setupPy(p, ['bootstrap', '--force', '--dry-run'], laptop);
    expect(out).toContain('! this machine falls short (Insufficient CPU: needs 8 cores, found 2); --force: setting up anyway');
    expect(out).toContain('.venv/bin/python -m pip install -r requirements.txt');
    expect(code).toBe(0);
  });

  test(".github/ml-hub.yml's requirements win over the copy in setup.py", () => {
    const p = project({ '.github/ml-hub.yml': 'requirements:\n  cpus: 64\n' }, { requirements: { cpus: 1 } });
    const { out } = setupPy(p, [], roomy);
    expect(out).toContain('    - Insufficient CPU: needs 64 cores, found 16\n');
    expect(out).toContain('  - GitHub Codespaces: no machine type is that large (the largest, xLargePremiumLinux: 32 cores, 128 GB RAM, 256 GB storage)\n');
  });
});

describe('setup.py as setuptools sees it', () => {
  const requirements = ['numpy<2,>=1.24', 'requests>=2', 'scikit-learn==1.3.2', 'pandas; python_version < "3.9"'];
  const files = {
    'requirements.txt': '# what the notebooks import\nnumpy>=1.24,<2\n-r requirements-base.txt\n--extra-index-url https://download.pytorch.org/whl/cpu\nscikit-learn==1.3.2  # pinned\npandas; python_version < "3.9"\n',
    'requirements-base.txt': 'requests>=2\n',
    'wine_utils/__init__.py': '',
    'train.py': 'import wine_utils\n',
    'notebooks/explore.py': '',
    'mlruns/0/meta.yaml': 'name: Default\n',
  };

  /** requires.txt as requirement lines: `[:marker]` sections become `; marker`, specifiers sorted. */
  function requiresOf(dir: string): string[] {
    const info = readdirSync(dir).find((f) => f.endsWith('.egg-info'))!;
    let marker = '';
    const out: string[] = [];
    for (const line of readFileSync(path.join(dir, info, 'requires.txt'), 'utf8').split('\n')) {
      const section = /^\[:(.*)\]$/.exec(line);
      if (section) marker = section[1]!;
      else if (line.trim()) out.push(marker ? `${line}; ${marker}` : line);
    }
    return out;
  }

  const sorted = (reqs: string[]) => reqs.map((r) => r.replace(/([<>=!~]=?[^,;]+(?:,[<>=!~]=?[^,;]+)*)/, (s) => s.split(',').sort().join(','))).sort();

  test.each([
    ['python3', python3],
    ...(existsSync(python38) ? [['Python 3.8', python38]] : []),
  ])('egg_info under %s writes requirements.txt as install_requires (following -r, skipping options)', (_label, python) => {
    const p = project(files);
    const { code, out } = setupPy(p, ['-q', 'egg_info'], {}, python);
    expect(out).not.toContain('Multiple top-level packages');
    expect(code).toBe(0);
    expect(sorted(requiresOf(p.dir))).toEqual(sorted(requirements));
    const info = readdirSync(p.dir).find((f) => f.endsWith('.egg-info'))!;
    expect(readFileSync(path.join(p.dir, info, 'top_level.txt'), 'utf8').split('\n').filter(Boolean).sort()).toEqual(['train', 'wine_utils']);
    expect(readFileSync(path.join(p.dir, info, 'PKG-INFO'), 'utf8')).toContain('Requires-Python: >=3.8\n');
  });

  test('the sdist carries requirements.txt, so a build from it keeps install_requires', () => {
    const p = project(files);
    expect(setupPy(p, ['-q', 'sdist', '--formats=gztar']).code).toBe(0);
    const unpacked = mkdtempSync(path.join(os.tmpdir(), 'sdist-'));
    execFileSync('tar', ['-xzf', path.join(p.dir, 'dist', 'wine-quality-0.1.0.tar.gz'), '-C', unpacked]);
    const root = path.join(unpacked, 'wine-quality-0.1.0');
    expect(existsSync(path.join(root, 'requirements.txt'))).toBe(true);
    expect(existsSync(path.join(root, 'requirements-base.txt'))).toBe(true);
    const rebuilt = spawnSync(python3, ['setup.py', '-q', 'egg_info', '--egg-base', root], { cwd: root, encoding: 'utf8' });
    expect(rebuilt.status).toBe(0);
    expect(sorted(requiresOf(root))).toEqual(sorted(requirements));
  });

  // Python 3.8 is the oldest the script promises; pyenv provides it where these tests run.
  (existsSync(python38) ? test : test.skip)('bootstrap runs on Python 3.8 too', () => {
    const p = project({ 'requirements.txt': 'numpy\n' });
    const { code, out } = setupPy(p, ['--dry-run'], roomy, python38);
    expect(out).toContain('Python 3.8.18');
    expect(out).toContain('--dry-run: nothing was run.');
    expect(code).toBe(0);
  });
});

describe('assets/bootstrap_setup.py as it is in the repository', () => {
  // The file package-env fills in runs by itself too, on its stand-in data: what CI's py_compile cannot see (a name
  // used before it is defined, a stand-in the code does not accept) shows here.
  const asset = path.join(import.meta.dirname, '../../assets/bootstrap_setup.py');

  function assetProject(): Project {
    const p = project({ 'requirements.txt': 'numpy>=1.24\n-r requirements-base.txt\n', 'requirements-base.txt': 'requests>=2\n', 'wine_utils/__init__.py': '' });
    writeFileSync(path.join(p.dir, 'setup.py'), readFileSync(asset));
    return p;
  }

  test.each([
    ['python3', python3],
    ...(existsSync(python38) ? [['Python 3.8', python38]] : []),
  ])('setuptools under %s reads its stand-in name and version, and requirements.txt as install_requires', (_label, python) => {
    const p = assetProject();
    expect(setupPy(p, ['--name', '--version'], {}, python)).toEqual({ code: 0, out: 'project\n0.1.0\n' });
    expect(setupPy(p, ['-q', 'egg_info'], {}, python).code).toBe(0);
    expect(readFileSync(path.join(p.dir, 'project.egg-info', 'requires.txt'), 'utf8')).toBe('numpy>=1.24\nrequests>=2\n');
    expect(readFileSync(path.join(p.dir, 'project.egg-info', 'top_level.txt'), 'utf8')).toBe('wine_utils\n');
  });

  test('bootstrap finds no requirements recorded and, with no terminal to ask, changes nothing', () => {
    const p = assetProject();
    const { code, out } = setupPy(p, [], roomy);
    expect(out).toContain('locating dependency files...\n    requirements.txt\n');
    expect(out).toContain('    no requirements recorded (setup.py)\n');
    expect(out).toContain('Create a virtual environment in .venv and install requirements.txt into it? [y/N] n (no terminal to answer; re-run with --yes to accept)\n');
    expect(out).toContain('Nothing was changed.\n');
    expect(code).toBe(0);
    expect(existsSync(path.join(p.dir, '.venv'))).toBe(false);
  });
});
