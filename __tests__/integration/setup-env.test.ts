// setup-env as the runner runs it: the committed bundle, INPUT_* from action.yml, a project folder as the workspace.
// Everything is offline: pip installs wheels zipped here with Python's standard library (--no-index --find-links in
// the requirements file), the GPU comes from a stand-in nvidia-smi, and uv, conda, mamba and micromamba are stand-ins
// that record their argv and build a real venv where the real tool would build its environment.
//
// The cache: ML_HUB_TEST_CACHE_DIR, a variable only tests set, makes the action keep environments in that folder
// (FolderCache, GitHub's matching rules) instead of GitHub's service. Without it, outside a runner, the action takes
// @actions/cache's own answer (isFeatureAvailable() false) and says caching is unavailable.

import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot, runAction, type ActionRun } from '../harness/run-action.js';

const python3 = execFileSync('python3', ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' }).trim();
const pythonVersion = execFileSync(python3, ['-c', 'import platform; print(platform.python_version())'], { encoding: 'utf8' }).trim();
const fixtures = path.join(repoRoot, '__tests__/fixtures/machine');
const slow = 240_000; // venv + ensurepip + pip on a busy two-core machine

interface Project {
  dir: string;
  /** Stand-in programs, first on PATH. */
  bin: string;
  /** Where stand-ins append their argv, one JSON list per call. */
  argvLog: string;
  /** The GITHUB_PATH file the step writes. */
  githubPath: string;
  cacheDir: string;
}

function project(files: Record<string, string>): Project {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'setup-env-'));
  const bin = mkdtempSync(path.join(os.tmpdir(), 'setup-env-bin-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  const githubPath = path.join(bin, 'github_path');
  writeFileSync(githubPath, '');
  return { dir, bin, argvLog: path.join(bin, 'argv.jsonl'), githubPath, cacheDir: path.join(bin, 'cache') };
}

/**
 * A pure-Python wheel: a zip with the module, METADATA (with its Requires-Dist lines), WHEEL and RECORD, so pip
 * installs it without an index.
 */
function buildWheel(folder: string, name: string, version: string, requires: string[] = []): void {
  const program = [
    'import base64, hashlib, sys, zipfile',
    'name, version, target = sys.argv[1:4]',
    'requires = "".join("Requires-Dist: %s\\n" % r for r in sys.argv[4:])',
    'info = "%s-%s.dist-info" % (name, version)',
    'files = {name + "/__init__.py": "VERSION = %r\\n" % version,',
    '         info + "/METADATA": "Metadata-Version: 2.1\\nName: %s\\nVersion: %s\\n%s" % (name, version, requires),',
    '         info + "/WHEEL": "Wheel-Version: 1.0\\nGenerator: ml-hub-test\\nRoot-Is-Purelib: true\\nTag: py3-none-any\\n"}',
    'lines = []',
    'with zipfile.ZipFile(target, "w") as wheel:',
    '    for path, text in files.items():',
    '        data = text.encode()',
    '        digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()',
    '        lines.append("%s,sha256=%s,%d" % (path, digest, len(data)))',
    '        wheel.writestr(path, data)',
    '    wheel.writestr(info + "/RECORD", "\\n".join(lines + [info + "/RECORD,,"]) + "\\n")',
  ].join('\n');
  mkdirSync(folder, { recursive: true });
  execFileSync(python3, ['-c', program, name, version, path.join(folder, `${name}-${version}-py3-none-any.whl`), ...requires]);
}

/**
 * A stand-in on the test PATH that records its argv, then does what `script` (Python, with `argv` = sys.argv[1:])
 * says: the uv and conda stand-ins build real venvs so the action's later steps have an interpreter to ask.
 */
function standIn(p: Project, name: string, script = ''): void {
  const file = path.join(p.bin, name);
  writeFileSync(
    file,
    [
      `#!${python3}`,
      'import json, os, subprocess, sys',
      'argv = sys.argv[1:]',
      'with open(os.environ["ML_HUB_TEST_ARGV"], "a") as log:',
      '    log.write(json.dumps([os.path.basename(sys.argv[0])] + argv) + "\\n")',
      script,
    ].join('\n'),
  );
  chmodSync(file, 0o755);
}

function calls(p: Project): string[][] {
  return existsSync(p.argvLog) ? readFileSync(p.argvLog, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as string[]) : [];
}

function runSetupEnv(p: Project, inputs: Record<string, string>, env: Record<string, string> = {}): Promise<ActionRun> {
  // The machine's pip settings stay out, and PATH holds only the stand-ins, this Python and the system folders.
  return runAction('setup-env', {
    workspace: p.dir,
    inputs,
    timeoutMs: slow,
    env: {
      PATH: [p.bin, path.dirname(python3), '/usr/bin', '/bin'].join(path.delimiter),
      PIP_CONFIG_FILE: os.devNull,
      PIP_FIND_LINKS: '',
      PIP_EXTRA_INDEX_URL: '',
      PIP_INDEX_URL: 'http://127.0.0.1:9/simple', // unreachable: anything not in the wheels folder fails at once
      PIP_RETRIES: '0',
      ML_HUB_TEST_ARGV: p.argvLog,
      GITHUB_PATH: p.githubPath,
      ...env,
    },
  });
}

const importValue = (python: string, module: string) => execFileSync(python, ['-c', `import ${module}; print(${module}.VERSION)`], { encoding: 'utf8' }).trim();
const errors = (run: ActionRun) => run.annotations.filter((a) => a.command === 'error').map((a) => a.message);

describe('setup-env builds the recorded environment offline and caches it', () => {
  const p = project({ 'requirements.txt': '--no-index\n--find-links wheels\ntinypkg==0.1\n' });
  const prefix = path.join(p.bin, 'env');
  beforeAll(() => {
    buildWheel(path.join(p.dir, 'wheels'), 'tinypkg', '0.1');
    buildWheel(path.join(p.dir, 'wheels'), 'otherpkg', '2.0', ['depkg>=1']);
    buildWheel(path.join(p.dir, 'wheels'), 'depkg', '1.0');
  });
  let first: ActionRun;
  let detectEnvHash: string;

  test('a cache miss builds a venv from requirements.txt; python-path, MLHUB_* and GITHUB_PATH lead to it', async () => {
    const detect = await runAction('detect-env', { workspace: p.dir, inputs: { 'fail-on': 'never' } });
    detectEnvHash = detect.outputs['env-hash']!;
    expect(detectEnvHash).toMatch(/^[0-9a-f]{64}$/);

    first = await runSetupEnv(p, { prefix, 'env-hash': detectEnvHash }, { ML_HUB_TEST_CACHE_DIR: p.cacheDir });
    expect(errors(first)).toEqual([]);
    expect(first.exitCode).toBe(0);
    expect(first.outputs).toMatchObject({
      'cache-hit': 'false',
      manager: 'venv',
      'env-hash': detectEnvHash,
      'env-path': prefix,
      'python-path': path.join(prefix, 'bin', 'python'),
    });
    expect(first.stdout).toContain('Cache miss: building the environment.');
    expect(first.stdout).toContain(`$ ${python3} -m venv ${prefix}\n`);
    expect(first.stdout).toContain(`$ ${prefix}/bin/python -m pip install --disable-pip-version-check --no-input -r requirements.txt\n`);
    // What pip prints runs between stop-commands markers: a package cannot issue workflow commands through it.
    expect(first.stdout).toMatch(/::stop-commands::([0-9a-f]{32})\n[^]*Successfully installed tinypkg-0\.1\n::\1::\n/);
    const key = `ml-hub-env-linux-${process.arch}-py${pythonVersion}-${detectEnvHash}`;
    expect(first.stdout).toContain(`Saved ${prefix} to the cache as ${key}.`);
    // No warning about the env hash: detect-env and setup-env read the same files the same way.
    expect(first.annotations.filter((a) => a.command === 'warning')).toEqual([]);

    expect(importValue(first.outputs['python-path']!, 'tinypkg')).toBe('0.1');
    expect(first.exportedEnv).toMatchObject({ MLHUB_ENV_HASH: detectEnvHash, MLHUB_PYTHON: path.join(prefix, 'bin', 'python'), VIRTUAL_ENV: prefix });
    expect(readFileSync(p.githubPath, 'utf8').trim().split('\n')).toEqual([path.join(prefix, 'bin')]);
    // A later step's `python` is the environment's, and sees MLHUB_ENV_HASH to tag its MLflow run with.
    const later = execFileSync('python', ['-c', 'import os, sys, tinypkg; print(sys.prefix); print(os.environ["MLHUB_ENV_HASH"])'], {
      encoding: 'utf8',
      env: { ...process.env, PATH: `${path.join(prefix, 'bin')}${path.delimiter}${process.env.PATH}`, ...first.exportedEnv },
    });
    expect(later.trim().split('\n')).toEqual([prefix, detectEnvHash]);

    expect(first.summary).toContain('| Cache | miss; saved as');
    expect(first.summary).toContain('All 1 declared versions match what is installed.');
    expect(first.summary).toMatch(/\| tinypkg \| `==0.1` \| requirements.txt:3 \| 0.1 \| ✅ ok \|/);
  }, slow);

  test('the second run, on a fresh machine, is a cache hit: restored, nothing installed, same interpreter path', async () => {
    rmSync(prefix, { recursive: true, force: true });
    const second = await runSetupEnv(p, { prefix }, { ML_HUB_TEST_CACHE_DIR: p.cacheDir });
    expect(errors(second)).toEqual([]);
    expect(second.outputs['cache-hit']).toBe('true');
    expect(second.stdout).toContain(`Cache hit: restored ${prefix} from ml-hub-env-linux-`);
    expect(second.stdout).not.toContain('pip install');
    expect(second.stdout).not.toContain(' -m venv ');
    expect(second.outputs['python-path']).toBe(first.outputs['python-path']);
    expect(second.outputs['env-hash']).toBe(detectEnvHash);
    expect(importValue(second.outputs['python-path']!, 'tinypkg')).toBe('0.1');
  }, slow);

  test('a changed record is a partial hit: the old environment is restored and the installs reconcile it', async () => {
    rmSync(prefix, { recursive: true, force: true });
    writeFileSync(path.join(p.dir, 'requirements.txt'), '--no-index\n--find-links wheels\ntinypkg==0.1\notherpkg==2.0\n');
    // detect-env ran on the old commit: its hash is stale, and setup-env says so and keys on the files it builds.
    const third = await runSetupEnv(p, { prefix, 'env-hash': detectEnvHash }, { ML_HUB_TEST_CACHE_DIR: p.cacheDir });
    expect(errors(third)).toEqual([]);
    expect(third.outputs['cache-hit']).toBe('false');
    expect(third.outputs['env-hash']).not.toBe(detectEnvHash);
    expect(third.annotations.find((a) => a.command === 'warning')?.message).toContain(`env-hash ${detectEnvHash.slice(0, 16)}… (given) differs from`);
    expect(third.stdout).toContain(`Partial cache hit: restored ${prefix} from ml-hub-env-linux-${process.arch}-py${pythonVersion}-${detectEnvHash} (another record)`);
    expect(third.stdout).not.toContain(' -m venv ');
    expect(third.stdout).toContain('-m pip install');
    expect(importValue(third.outputs['python-path']!, 'otherpkg')).toBe('2.0');
    expect(importValue(third.outputs['python-path']!, 'depkg')).toBe('1.0');
    expect(third.stdout).toContain(`Saved ${prefix} to the cache as ml-hub-env-linux-${process.arch}-py${pythonVersion}-${third.outputs['env-hash']}.`);
  }, slow);

  const installedNames = (python: string) =>
    (JSON.parse(execFileSync(python, ['-m', 'pip', 'list', '--format', 'json', '--disable-pip-version-check'], { encoding: 'utf8' })) as { name: string }[]).map((d) => d.name).sort();

  test('a record that drops a package is a partial hit that removes it and what only it required, so the saved entry equals the record', async () => {
    rmSync(prefix, { recursive: true, force: true });
    // The newest entry holds tinypkg, otherpkg and otherpkg's depkg; this record keeps only tinypkg.
    writeFileSync(path.join(p.dir, 'requirements.txt'), '--no-index\n--find-links wheels\ntinypkg>=0.1\n');
    const dropped = await runSetupEnv(p, { prefix }, { ML_HUB_TEST_CACHE_DIR: p.cacheDir });
    expect(errors(dropped)).toEqual([]);
    expect(dropped.outputs['cache-hit']).toBe('false');
    expect(dropped.stdout).toContain('Partial cache hit: restored');
    expect(dropped.stdout).toContain(`$ ${prefix}/bin/python -m pip uninstall --disable-pip-version-check --no-input -y otherpkg depkg\n`);
    expect(dropped.stdout).toContain('Removed what the record does not list: otherpkg 2.0, depkg 1.0.');
    expect(dropped.stdout).toMatch(/versions match the record\.\n/);
    expect(dropped.annotations.filter((a) => a.command === 'warning')).toEqual([]);
    expect(dropped.summary).toContain('and removed what it does not list (otherpkg 2.0, depkg 1.0)');
    expect(installedNames(dropped.outputs['python-path']!)).toEqual(['pip', ...(/^3\.1[01]\./.test(pythonVersion) ? ['setuptools'] : []), 'tinypkg'].sort());

    // The next run with this record, on a fresh machine, is an exact hit on what was saved: clean.
    rmSync(prefix, { recursive: true, force: true });
    const hit = await runSetupEnv(p, { prefix }, { ML_HUB_TEST_CACHE_DIR: p.cacheDir });
    expect(hit.outputs['cache-hit']).toBe('true');
    expect(hit.stdout).not.toContain('uninstall');
    expect(installedNames(hit.outputs['python-path']!)).not.toContain('otherpkg');
    expect(hit.annotations.filter((a) => a.command === 'warning')).toEqual([]);
  }, slow * 2);

  test('a reused prefix holding a package the record does not list is reported, not changed', async () => {
    execFileSync(path.join(prefix, 'bin', 'python'), ['-m', 'pip', 'install', '-q', '--no-index', '--find-links', path.join(p.dir, 'wheels'), 'depkg'], { env: { ...process.env, PIP_CONFIG_FILE: os.devNull } });
    const reused = await runSetupEnv(p, { prefix }, { ML_HUB_TEST_CACHE_DIR: p.cacheDir });
    expect(errors(reused)).toEqual([]);
    expect(reused.stdout).toContain(`${prefix} already holds an environment`);
    const warnings = reused.annotations.filter((a) => a.command === 'warning');
    expect(warnings.map((w) => [w.properties.title, w.message])).toEqual([['Installed but not in the record', `${prefix} holds packages the record neither declares nor requires: depkg 1.0`]]);
    expect(reused.stdout).toContain('versions match the record, 1 installed package(s) not in the record.');
    expect(reused.summary).toContain('| depkg | 1.0 |');
    expect(importValue(reused.outputs['python-path']!, 'depkg')).toBe('1.0');
  }, slow);
});

describe('setup-env without the test cache, outside a runner', () => {
  test("takes @actions/cache's answer that the service is unavailable, says so, and builds; inputs never reach a shell", async () => {
    const p = project({});
    // A prefix that a shell would run commands from: it must only ever be a folder name.
    const prefix = path.join(p.bin, 'env $(touch pwned) `touch pwned2`; touch pwned3');
    const started = Date.now();
    // As in a `run:` step or on a laptop: the runner gives its cache service only to actions, and none is here.
    const run = await runSetupEnv(p, { prefix, 'check-machine': 'false' }, { ACTIONS_CACHE_URL: '', ACTIONS_RESULTS_URL: '' });
    expect(errors(run)).toEqual([]);
    expect(run.stdout).toContain('Caching is unavailable: the GitHub Actions cache service is not configured for this job (@actions/cache isFeatureAvailable() is false');
    expect(run.stdout).not.toContain('Failed to restore');
    expect(Date.now() - started).toBeLessThan(60_000); // no 20 s of retries against a service that is not there
    expect(run.outputs['cache-hit']).toBe('false');
    expect(run.summary).toContain('| Cache | Caching is unavailable');
    expect(run.stdout).toContain('no packaging file declares packages to install');
    expect(existsSync(path.join(prefix, 'bin', 'python'))).toBe(true);
    const strays = [p.dir, p.bin, process.cwd()].flatMap((d) => readdirSync(d)).filter((f) => f.startsWith('pwned'));
    expect(strays).toEqual([]);
  }, slow);

  test('a `python` input that is not an interpreter fails with the reason, not a shell error', async () => {
    const p = project({ 'requirements.txt': 'tinypkg\n' });
    const run = await runSetupEnv(p, { python: 'python3; touch pwned', prefix: path.join(p.bin, 'env'), cache: 'false' });
    expect(run.exitCode).toBe(1);
    expect(errors(run)).toEqual(['no Python interpreter to build the environment from: python3; touch pwned was not found']);
    expect(readdirSync(p.dir).filter((f) => f.startsWith('pwned'))).toEqual([]);
  });
});

describe('setup-env checks the machine before building', () => {
  const nvidiaSmi = (p: Project, fixture: string, code: number) =>
    standIn(p, 'nvidia-smi', [`text = open(${JSON.stringify(path.join(fixtures, fixture))}).read()`, 'sys.stdout.write(text)', `sys.exit(${code})`].join('\n'));

  test('a GPU record on a machine whose nvidia-smi finds no driver fails naming what is missing', async () => {
    const p = project({ '.github/ml-hub.yml': 'requirements:\n  gpu: 1\n  cpus: 4096\n', 'requirements.txt': 'tinypkg\n' });
    nvidiaSmi(p, 'nvidia-smi-no-driver.txt', 9);
    const prefix = path.join(p.bin, 'env');
    const run = await runSetupEnv(p, { prefix });
    expect(run.exitCode).toBe(1);
    expect(errors(run)).toEqual([
      `This machine does not meet the requirements in .github/ml-hub.yml:\n  - Insufficient CPU: needs 4096 cores, found ${os.availableParallelism()}\n  - Insufficient GPU: needs 1 NVIDIA GPU, found none`,
    ]);
    expect(existsSync(prefix)).toBe(false); // failed fast: nothing built
    expect(calls(p).map((c) => c[0])).toContain('nvidia-smi');
  });

  test('the same record passes on a machine with a GPU, and check-machine: false skips the check', async () => {
    const p = project({ '.github/ml-hub.yml': 'requirements:\n  gpu: 1\n' });
    nvidiaSmi(p, 'nvidia-smi-535-tesla-t4.csv', 0);
    const run = await runSetupEnv(p, { prefix: path.join(p.bin, 'env'), cache: 'false' });
    expect(errors(run)).toEqual([]);
    expect(run.stdout).toContain('This machine meets the requirements in .github/ml-hub.yml.');

    const noGpu = project({ '.github/ml-hub.yml': 'requirements:\n  gpu: 1\n' });
    const skipped = await runSetupEnv(noGpu, { prefix: path.join(noGpu.bin, 'env'), cache: 'false', 'check-machine': 'false' });
    expect(errors(skipped)).toEqual([]);
    expect(skipped.stdout).not.toContain('meets the requirements');
  }, slow);

  test('an interpreter the record does not allow fails before building, naming the file and line', async () => {
    const p = project({ 'pyproject.toml': '[project]\nname = "wine"\nrequires-python = ">=3.99"\ndependencies = ["tinypkg"]\n' });
    const run = await runSetupEnv(p, { prefix: path.join(p.bin, 'env'), cache: 'false' });
    expect(run.exitCode).toBe(1);
    expect(errors(run)).toEqual([
      `${python3} is Python ${pythonVersion}, and the record asks for >=3.99 (pyproject.toml:3): no matching python3.X on PATH or in the runner tool cache either: set up that Python before this step (actions/setup-python) or pass it as the \`python\` input`,
    ]);
  });
});

describe('setup-env verifies installed versions against the whole record', () => {
  test('a version one file pins differently and a package only another file declares are reported on their lines', async () => {
    const p = project({
      'requirements.txt': '--no-index\n--find-links wheels\ntinypkg==0.1\n',
      'pyproject.toml': [
        '[project]',
        'name = "wine"',
        'dependencies = [',
        '  "tinypkg>=0.2",',
        '  "missingpkg",',
        '  "winonly ; sys_platform == \'win32\'",',
        ']',
        '',
      ].join('\n'),
    });
    buildWheel(path.join(p.dir, 'wheels'), 'tinypkg', '0.1');
    const run = await runSetupEnv(p, { prefix: path.join(p.bin, 'env'), cache: 'false' });
    expect(errors(run)).toEqual([]);
    expect(run.exitCode).toBe(0); // reported, not fatal: the environment is what the files it was built from say
    const warnings = run.annotations.filter((a) => a.command === 'warning');
    expect(warnings.map((w) => [w.properties.title, w.message, w.properties.file, w.properties.line])).toEqual([
      ['Installed version differs from the record: tinypkg', 'tinypkg >=0.2 is declared, 0.1 is installed', 'pyproject.toml', '4'],
      ['Installed version differs from the record: missingpkg', 'missingpkg is declared but not installed', 'pyproject.toml', '5'],
    ]);
    expect(run.summary).toContain('**2 of 3 declarations differ from what is installed.**');
    expect(run.summary).toContain('| tinypkg | `>=0.2` | pyproject.toml:4 | 0.1 | ❌ differs |');
    expect(run.summary).toContain('| missingpkg | any | pyproject.toml:5 | — | ❌ not installed |');
    expect(run.summary).toContain('1 declaration(s) with a marker that excludes this platform were not checked.');
  }, slow);
});

describe('setup-env when the recorded files cannot be installed', () => {
  test('the unreadable line is annotated where it is, and the failing install ends the step with its output', async () => {
    const p = project({ 'requirements.txt': '--no-index\ntinypkg >= = 1\n' });
    const run = await runSetupEnv(p, { prefix: path.join(p.bin, 'env'), cache: 'false' });
    expect(run.exitCode).toBe(1);
    const [syntax, failure] = run.annotations.filter((a) => a.command === 'error');
    expect(syntax?.properties).toMatchObject({ file: 'requirements.txt', line: '2' });
    expect(failure?.message).toMatch(/^\S+\/bin\/python -m pip install --disable-pip-version-check --no-input -r requirements.txt failed with exit code 1:\n/);
    expect(failure?.message).toContain('tinypkg >= = 1');
  }, slow);
});

describe('setup-env with uv and conda tools on PATH', () => {
  // uv: `venv PREFIX --python PY` makes a venv; `pip install --python ENVPY ARGS` runs pip in it, as uv would install.
  const uv = [
    'if argv[0] == "venv":',
    '    subprocess.check_call([argv[argv.index("--python") + 1], "-m", "venv", argv[1]])',
    'elif argv[:2] == ["pip", "install"]:',
    '    rest = argv[2:]',
    '    python = rest.pop(rest.index("--python") + 1)',
    '    rest.remove("--python")',
    '    subprocess.check_call([python, "-m", "pip", "install", "--disable-pip-version-check"] + rest)',
  ].join('\n');

  test('uv on PATH creates and installs with uv (argv recorded), and keys the cache as a uv environment', async () => {
    const p = project({ 'requirements.txt': '--no-index\n--find-links wheels\ntinypkg==0.1\n' });
    buildWheel(path.join(p.dir, 'wheels'), 'tinypkg', '0.1');
    standIn(p, 'uv', uv);
    const prefix = path.join(p.bin, 'env');
    const run = await runSetupEnv(p, { prefix }, { ML_HUB_TEST_CACHE_DIR: p.cacheDir });
    expect(errors(run)).toEqual([]);
    expect(run.outputs.manager).toBe('uv');
    expect(calls(p)).toEqual([
      ['uv', 'venv', prefix, '--python', python3],
      ['uv', 'pip', 'install', '--python', path.join(prefix, 'bin', 'python'), '-r', 'requirements.txt'],
    ]);
    expect(run.stdout).toContain(`Cache key ml-hub-env-linux-${process.arch}-uv-py${pythonVersion}-${run.outputs['env-hash']}`);
    expect(importValue(run.outputs['python-path']!, 'tinypkg')).toBe('0.1');
  }, slow);

  test('manager: venv uses pip even with uv on PATH', async () => {
    const p = project({});
    standIn(p, 'uv', uv);
    const run = await runSetupEnv(p, { prefix: path.join(p.bin, 'env'), manager: 'venv', cache: 'false' });
    expect(errors(run)).toEqual([]);
    expect(run.outputs.manager).toBe('venv');
    expect(calls(p)).toEqual([]);
  }, slow);

  // The conda stand-ins make a venv without pip at the prefix: a conda prefix has its interpreter at bin/python too.
  const conda = [
    'prefix = argv[argv.index("-p") + 1]',
    `subprocess.check_call([${JSON.stringify(python3)}, "-m", "venv", "--without-pip", prefix])`,
  ].join('\n');
  const environmentYml = 'name: wine\nchannels:\n  - conda-forge\ndependencies:\n  - python=3\n  - numpy>=1.26\n  - cudatoolkit\n';

  test.each([
    ['conda', ['env', 'create', '-p', '<prefix>', '-f', '<file>']],
    ['mamba', ['env', 'create', '-p', '<prefix>', '-f', '<file>']],
    ['micromamba', ['create', '-p', '<prefix>', '-f', '<file>', '-y']],
  ])('%s on PATH and an environment.yml: the conda environment is created at the prefix (argv recorded)', async (tool, args) => {
    const p = project({ 'environment.yml': environmentYml, 'requirements.txt': 'tinypkg\n' });
    standIn(p, tool, conda);
    const prefix = path.join(p.bin, 'env');
    const run = await runSetupEnv(p, { prefix, cache: 'false' });
    expect(errors(run)).toEqual([]);
    expect(run.outputs).toMatchObject({ manager: 'conda', 'python-path': path.join(prefix, 'bin', 'python') });
    expect(calls(p)).toEqual([[tool, ...args.map((a) => (a === '<prefix>' ? prefix : a === '<file>' ? path.join(p.dir, 'environment.yml') : a))]]);
    expect(run.exportedEnv).toMatchObject({ CONDA_PREFIX: prefix, MLHUB_PYTHON: path.join(prefix, 'bin', 'python') });
    // The stand-in installed no packages: verification says so for the Python ones, and skips cudatoolkit.
    const differs = run.annotations.filter((a) => a.command === 'warning').map((a) => a.message);
    expect(differs).toEqual(['numpy >=1.26 is declared but not installed', 'tinypkg is declared but not installed']);
  }, slow);

  test('an environment.yml with no conda tool on PATH falls back to requirements.txt in a venv, and says so', async () => {
    const p = project({ 'environment.yml': environmentYml, 'requirements.txt': '' });
    const run = await runSetupEnv(p, { prefix: path.join(p.bin, 'env'), cache: 'false' });
    expect(errors(run)).toEqual([]);
    expect(run.outputs.manager).toBe('venv');
    expect(run.stdout).toContain('environment.yml needs conda, mamba or micromamba, and none is on PATH: using requirements.txt in a virtual environment instead');
  }, slow);
});
