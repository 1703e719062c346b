// `ml-hub detect-env`, `deps` and every command's `--help` from the CLI bundle (build it first: node scripts/build.mjs
// cli): a path the user names is read or refused with exit 2 and one line, wherever it is.

import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repoRoot } from '../harness/run-action.js';

const cli = path.join(repoRoot, 'dist', 'cli', 'index.js');

function mlHub(cwd: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', maxBuffer: 64 << 20 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'cli-detect-env-'));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

describe('paths the user names', () => {
  const dir = tree({
    'other/requirements.txt': 'numpy==1.26\n-r base.txt\n',
    'other/base.txt': 'pandas\n',
    'here/x.txt': '',
    'other/deps.cfg': 'torch>=2\n',
    'other/pylock.toml': 'lock-version = "1.0"\n',
    'proj/train.py': 'import numpy\nimport yaml\n',
    'proj/requirements.txt': 'numpy\n',
    'settings/ml-hub.yml': 'ignore:\n  undeclared: [yaml]\n',
  });
  const here = path.join(dir, 'here');

  test('deps reads a file outside the current folder, with what it includes', () => {
    const { code, stdout, stderr } = mlHub(here, 'deps', '../other/requirements.txt', '--json');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as { name: string }[]).map((d) => d.name)).toEqual(['numpy', 'pandas']);
  });

  test('deps --kind reads a file whatever its name; a folder, a missing file, a bad kind and pylock.toml are refused in one line', () => {
    const read = mlHub(here, 'deps', '../other/deps.cfg', '--kind', 'requirements', '--json');
    expect(read.code).toBe(0);
    expect((JSON.parse(read.stdout) as { name: string }[]).map((d) => d.name)).toEqual(['torch']);
    for (const [args, message] of [
      [['../other/deps.cfg'], /deps\.cfg is not a packaging file .* --kind/],
      [['../other'], /is a folder/],
      [['../nope.txt'], /does not exist/],
      [['../other/deps.cfg', '--kind', 'toml'], /--kind must be one of requirements, conda, pyproject/],
      [['../other/pylock.toml'], /PEP 751 lock file .* recognised but not read/],
    ] as const) {
      const refused = mlHub(here, 'deps', ...args);
      expect([args, refused.code, refused.stdout]).toEqual([args, 2, '']);
      expect(refused.stderr).toMatch(message);
      expect(refused.stderr.trim().split('\n')).toHaveLength(1);
    }
  });

  test('detect-env refuses a file for a folder, and reads --config from outside the project', () => {
    const file = mlHub(dir, 'detect-env', 'proj/train.py');
    expect(file.code).toBe(2);
    expect(file.stderr).toMatch(/train\.py is a file; give the project folder/);
    expect(file.stderr).not.toMatch(/ENOTDIR/);

    const without = mlHub(dir, 'detect-env', 'proj', '--json', '--fail-on', 'never');
    expect((JSON.parse(without.stdout) as { undeclared: { module: string }[] }).undeclared.map((u) => u.module)).toEqual(['yaml']);
    const withConfig = mlHub(dir, 'detect-env', 'proj', '--json', '--config', 'settings/ml-hub.yml');
    expect(withConfig.code).toBe(0);
    expect((JSON.parse(withConfig.stdout) as { undeclared: unknown[] }).undeclared).toEqual([]);
    const missing = mlHub(dir, 'detect-env', 'proj', '--config', 'settings/nope.yml');
    expect([missing.code, missing.stderr.trim()]).toEqual([2, 'ml-hub: detect-env: --config settings/nope.yml does not exist']);
  });

  test('the text report counts in plain words', () => {
    const { stdout } = mlHub(dir, 'detect-env', 'proj', '--fail-on', 'never');
    expect(stdout).toMatch(/1 source file, 1 packaging file;/);
  });
});

test('a binary .py file is skipped with a notice, by detect-env and imports alike: nothing it seems to import counts', () => {
  const dir = tree({ 'train.py': 'import numpy\n', 'requirements.txt': 'numpy\n', 'blob.py': 'import leftover\n\0\x01' });
  const detect = mlHub(dir, 'detect-env', '.', '--json', '--fail-on', 'undeclared');
  expect(detect.code).toBe(0);
  const report = JSON.parse(detect.stdout) as { undeclared: unknown[]; diagnostics: { code: string; file: string; message: string }[] };
  expect(report.undeclared).toEqual([]);
  expect(report.diagnostics.filter((d) => d.code === 'scan/skipped')).toEqual([
    expect.objectContaining({ file: 'blob.py', message: 'skipped: binary: a NUL byte in the first 8 KiB' }),
  ]);
  const imports = mlHub(dir, 'imports', '.', '--json');
  expect((JSON.parse(imports.stdout) as { file: string }[]).map((f) => f.file)).toEqual(['train.py']);
  expect(imports.stderr).toMatch(/blob\.py.*skipped: binary/);
});

test('tools a script runs through subprocess or os.system are used, not "unused"; one only named in a variable is not', () => {
  const dir = tree({
    'requirements.txt': 'numpy\nawscli\nlm-eval\nblack\nhttpie\n',
    'sync.py': 'import os\nimport subprocess\nimport numpy\nsubprocess.run(["aws", "s3", "sync", "out", "s3://bucket"], check=True)\nos.system("black --check .")\n',
    'evaluate.py': 'import subprocess, sys\nsubprocess.check_call([sys.executable, "-m", "lm_eval", "--model", "hf"])\ntool = "http"\nsubprocess.run([tool, "get"])\n',
  });
  const { stdout } = mlHub(dir, 'detect-env', '.', '--json', '--fail-on', 'never');
  const report = JSON.parse(stdout) as { unused: { name: string }[] };
  expect(report.unused.map((u) => u.name)).toEqual(['httpie']);
});

test('a PEP 723 script that imports a library uses what the library loads by name, as a folder would', () => {
  const dir = tree({
    'requirements.txt': 'numpy\n',
    'main.py': 'import numpy\n',
    'scripts/train.py': '# /// script\n# dependencies = ["transformers", "einops", "kernels", "nltk"]\n# ///\nfrom transformers import AutoModel\n',
  });
  const { stdout } = mlHub(dir, 'detect-env', '.', '--json', '--fail-on', 'never');
  const report = JSON.parse(stdout) as { unused: { name: string; declarations: { file: string; line: number }[] }[] };
  expect(report.unused.map((u) => [u.name, u.declarations])).toEqual([['nltk', [{ file: 'scripts/train.py', line: 2 }]]]);
});

test('a companion switched on by a variable is used only where the project sets that variable', () => {
  const project = (extra: Record<string, string>) =>
    tree({ 'requirements.txt': 'huggingface-hub\nhf-transfer\nhf-xet\n', 'download.py': 'import os\nfrom huggingface_hub import snapshot_download\n', ...extra });
  const unused = (dir: string) =>
    (JSON.parse(mlHub(dir, 'detect-env', '.', '--json', '--fail-on', 'never').stdout) as { unused: { name: string }[] }).unused.map((u) => u.name);
  expect(unused(project({}))).toEqual(['hf-transfer']);
  expect(mlHub(project({}), 'detect-env', '.', '--fail-on', 'never').stdout).toContain(
    'huggingface-hub loads it only when HF_HUB_ENABLE_HF_TRANSFER is set, which nothing in the project sets.',
  );
  expect(unused(project({ 'download.py': 'import os\nos.environ["HF_HUB_ENABLE_HF_TRANSFER"] = "1"\nfrom huggingface_hub import snapshot_download\n' }))).toEqual([]);
  expect(unused(project({ Dockerfile: 'FROM python:3.11\nENV HF_HUB_ENABLE_HF_TRANSFER=1\n' }))).toEqual([]);
});

test('tomllib on a project that allows 3.10: unguarded it is undeclared with the way out, guarded it is nothing (only its fallback is optional)', () => {
  const dir = tree({
    'pyproject.toml': '[project]\nname = "p"\nversion = "1"\nrequires-python = ">=3.10"\ndependencies = []\n',
    'p/__init__.py': '',
    'p/config.py': 'try:\n    import tomllib\nexcept ImportError:\n    import tomli as tomllib\n',
    'p/lazy.py': 'def read():\n    try:\n        import tomllib\n    except Exception:\n        return {}\n',
    'p/strict.py': 'import zoneinfo\nimport tomllib\n',
  });
  const report = JSON.parse(mlHub(dir, 'detect-env', '.', '--json', '--fail-on', 'never').stdout) as {
    undeclared: { module: string; note?: string; locations: { file: string }[] }[];
    optional: { module: string; locations: { file: string }[] }[];
  };
  expect(report.undeclared.map((u) => [u.module, u.locations.map((l) => l.file), u.note])).toEqual([
    ['tomllib', ['p/strict.py'], 'tomllib is standard library from Python 3.11, not in 3.10; use tomli there'],
  ]);
  expect(report.optional.map((o) => [o.module, o.locations.map((l) => l.file)])).toEqual([['tomli', ['p/config.py']]]);
});

test('a file that extends sys.path imports the project\'s own modules by bare name from anywhere; one that does not, cannot', () => {
  const dir = tree({
    'requirements.txt': 'numpy\n',
    'scripts/prepare_data.py': 'import numpy\n',
    'tests/test_prepare.py': 'import sys\nfrom pathlib import Path\nsys.path.append(str(Path(__file__).parent.parent / "scripts"))\nimport prepare_data\n',
    'tests/test_other.py': 'import prepare_data\n',
    'notebooks/explore.ipynb': JSON.stringify({ cells: [{ cell_type: 'code', metadata: {}, outputs: [], source: ['import sys\n', 'sys.path.insert(0, "../scripts")\n', 'import prepare_data\n'] }], metadata: {}, nbformat: 4, nbformat_minor: 5 }),
  });
  const report = JSON.parse(mlHub(dir, 'detect-env', '.', '--json', '--fail-on', 'never').stdout) as { undeclared: { module: string; locations: { file: string }[] }[] };
  expect(report.undeclared.map((u) => [u.module, u.locations.map((l) => l.file)])).toEqual([['prepare_data', ['tests/test_other.py']]]);
});

test.each(['detect-env', 'deps', 'imports', 'package-env', 'init', 'report', 'runs', 'train'])('ml-hub %s --help prints its own usage', (command) => {
  const { code, stdout } = mlHub(repoRoot, command, '--help');
  expect(code).toBe(0);
  expect(stdout.split('\n')[0]).toMatch(new RegExp(`^usage: ml-hub ${command}\\b`));
});

test('modules the project generates are its own: protoc output of a .proto file, a notebook that compiles or writes one', () => {
  const notebook = JSON.stringify({
    nbformat: 4,
    nbformat_minor: 5,
    metadata: {},
    cells: [
      { cell_type: 'code', metadata: {}, outputs: [], source: ['!protoc person.proto --python_out=.\n'] },
      { cell_type: 'code', metadata: {}, outputs: [], source: ['%%writefile helpers.py\n', 'import os\n'] },
      { cell_type: 'code', metadata: {}, outputs: [], source: ['from person_pb2 import Person\n', 'import helpers\n', 'import pandas\n'] },
    ],
  });
  const dir = tree({
    'requirements.txt': 'grpcio\n',
    'protos/service.proto': 'syntax = "proto3";\n',
    'server.py': 'import grpc\nimport service_pb2\nimport service_pb2_grpc\n',
    'explore.ipynb': notebook,
  });
  const { code, stdout } = mlHub(dir, 'detect-env', '.', '--json', '--fail-on', 'never');
  expect(code).toBe(0);
  expect(JSON.parse(stdout).undeclared.map((u: { module: string }) => u.module)).toEqual(['pandas']);
});

test('a PEP 723 script declares its own requirements, for that file only', () => {
  const dir = tree({
    'requirements.txt': 'numpy\n',
    'scripts/opencode.py': [
      '# /// script',
      '# dependencies = [',
      '#     "rich",',
      '#     "openenv-opencode @ git+https://github.com/meta-pytorch/OpenEnv.git#subdirectory=envs/opencode_env",',
      '# ]',
      '# ///',
      'import numpy',
      'import rich',
      'from opencode_env import harness',
      '',
    ].join('\n'),
    'train.py': 'import numpy\nimport rich\n',
  });
  const { code, stdout } = mlHub(dir, 'detect-env', '.', '--json', '--fail-on', 'never');
  expect(code).toBe(0);
  const report = JSON.parse(stdout);
  expect(report.packagingFiles).toContainEqual(expect.objectContaining({ path: 'scripts/opencode.py', kind: 'script', dependencies: 2 }));
  // train.py is not the script: its rich is undeclared, pointing at the script that declares it.
  expect(report.undeclared).toEqual([expect.objectContaining({ module: 'rich', locations: [expect.objectContaining({ file: 'train.py', line: 2 })], declaredOutOfScope: [{ file: 'scripts/opencode.py', line: 3 }] })]);
  expect(report.unused).toEqual([]);
});

describe('real-repository classes of this corpus round', () => {
  type Report = {
    python: { version: string; reason: string };
    packagingFiles: { path: string; kind: string; dependencies: number }[];
    undeclared: { module: string; locations: { file: string; line: number }[]; declaredForBuild?: { file: string; line: number }[] }[];
    optional: { module: string; guard?: string }[];
    unused: { normalized: string }[];
    diagnostics: { code: string }[];
  };
  const detect = (dir: string): Report => {
    const { code, stdout, stderr } = mlHub(dir, 'detect-env', '.', '--json', '--fail-on', 'never');
    expect([code, stderr]).toEqual([0, '']);
    return JSON.parse(stdout) as Report;
  };

  test("an nbdev project declares in settings.ini, which its setup.py reads: nothing is undeclared, setup.py's computed values are not called unchecked", () => {
    const dir = tree({
      'settings.ini': '[DEFAULT]\nlib_name = tabkit\nmin_python = 3.9\nrequirements = fastcore>=1.5 pandas\npip_requirements = torch>=2.0,<2.5\ndev_requirements = nbdev\ndask_requirements = dask\n',
      'setup.py': "from configparser import ConfigParser\nimport setuptools\nconfig = ConfigParser(delimiters=['='])\nconfig.read('settings.ini')\ncfg = config['DEFAULT']\nrequirements = cfg.get('requirements','').split()\nsetuptools.setup(name=cfg['lib_name'], install_requires=requirements, extras_require={'dev': cfg.get('dev_requirements','').split()}, python_requires='>=' + cfg['min_python'])\n",
      'tabkit/__init__.py': '',
      'tabkit/core.py': 'import fastcore\nimport pandas\nimport torch\nimport numpy\n',
      // A project's own `<extra>_requirements` key, which its setup.py maps to extras_require.
      'tabkit/distributed.py': 'import dask\n',
      // A settings.ini of something else (no lib_name) declares nothing and is not counted.
      'app/settings.ini': '[DEFAULT]\ndebug = true\n',
    });
    const report = detect(dir);
    expect(report.packagingFiles.map((f) => [f.path, f.kind, f.dependencies])).toEqual([['settings.ini', 'nbdev', 5], ['setup.py', 'setup.py', 0]]);
    expect(report.undeclared.map((u) => u.module)).toEqual(['numpy']);
    expect(report.unused).toEqual([]);
    expect(report.python).toEqual({ version: '3.9', reason: 'settings.ini:3 declares >=3.9' });
    expect(report.diagnostics.filter((d) => d.code === 'setup-py/dynamic')).toEqual([]);
  });

  test("a package's module importing a known library's name gets the library, not the sibling module of that name", () => {
    const dir = tree({
      'requirements.txt': 'aim\n',
      'miniai/__init__.py': '',
      'miniai/datasets.py': 'import os\n',
      'miniai/aim.py': 'import os\n',
      'miniai/learner.py': 'import datasets\nfrom datasets import load_dataset\nimport aim\n',
      // A script folder (no __init__.py) still finds its sibling: that is sys.path[0].
      'scripts/datasets.py': 'import os\n',
      'scripts/run.py': 'import datasets\n',
    });
    const report = detect(dir);
    expect(report.undeclared.map((u) => [u.module, u.locations.map((l) => `${l.file}:${l.line}`)])).toEqual([['datasets', ['miniai/learner.py:1', 'miniai/learner.py:2']]]);
    expect(report.unused).toEqual([]);
  });

  test("imports under the project's own `<module>_enabled()` switch, an IPython-kernel check or a chosen accelerator are optional", () => {
    const dir = tree({
      'requirements.txt': 'torch\n',
      'ldm/__init__.py': '',
      'ldm/model_management.py': 'try:\n    import xformers\nexcept:\n    pass\n',
      'ldm/attention.py': 'import torch\nfrom ldm import model_management\nif model_management.xformers_enabled_vae():\n    import xformers.ops\n',
      'ldm/show.py': 'import fastcore.all as fc\nif fc.IN_NOTEBOOK:\n    from IPython.display import display\n',
      // A switch named after something else is a feature flag: einops is needed.
      'ldm/other.py': 'from ldm import model_management\nif model_management.fp16_enabled():\n    import einops\n',
      // An accelerator SDK where the code chose that device (a flag), and only that one.
      'ldm/device.py': 'from ldm.args import args\nif args.directml is not None:\n    import torch_directml\nif args.directml:\n    import onnx\n',
    });
    const report = detect(dir);
    expect(report.undeclared.map((u) => u.module).sort()).toEqual(['einops', 'fastcore', 'onnx']);
    expect(report.optional.map((o) => [o.module, o.guard])).toEqual(expect.arrayContaining([['xformers', 'availability-check'], ['IPython', 'availability-check'], ['torch_directml', 'version-check']]));
  });

  test('a build requirement does not declare what the installed code imports; setup.py and setup_*.py beside it may use it', () => {
    const dir = tree({
      'pyproject.toml': '[build-system]\nrequires = ["setuptools>=61"]\nbuild-backend = "setuptools.build_meta"\n\n[project]\nname = "pkg"\nversion = "1"\ndependencies = ["numpy"]\n',
      'setup.py': 'from setuptools import setup\nsetup()\n',
      'setup_extra.py': 'from setuptools import setup\nsetup(name="pkg-extra")\n',
      'pkg/__init__.py': 'import numpy\n',
      'pkg/resources.py': 'import pkg_resources\n',
    });
    const report = detect(dir);
    expect(report.undeclared).toEqual([expect.objectContaining({ module: 'pkg_resources', locations: [{ file: 'pkg/resources.py', line: 1, role: 'package' }], declaredForBuild: [{ file: 'pyproject.toml', line: 2 }] })]);
    const text = mlHub(dir, 'detect-env', '.', '--fail-on', 'never').stdout;
    expect(text).toContain('setuptools is only a build requirement in pyproject.toml: the build environment has it, an installed project does not.');
  });

  test("an undeclared module's first location is an import that needs it: unguarded, and in the package before scripts", () => {
    const dir = tree({
      'requirements.txt': 'numpy\n',
      'a_scripts/prepare.py': 'import yaml\n',
      'pkg/__init__.py': '',
      'pkg/a.py': 'try:\n    import yaml\nexcept ImportError:\n    yaml = None\n',
      'pkg/z.py': 'import yaml\n',
    });
    const report = detect(dir);
    expect(report.undeclared.map((u) => [u.module, u.locations.map((l) => `${l.file}:${l.line}`)])).toEqual([['yaml', ['pkg/z.py:1', 'a_scripts/prepare.py:1', 'pkg/a.py:2']]]);
  });

  test("a companion in use makes its own companions used (ray's searchers, hyperopt's `future`)", () => {
    const dir = tree({
      'requirements.txt': 'ray[tune]\nhyperopt\nfuture<1.0  # hyperopt requires its shims\nhebo\nrequests\n',
      'tune.py': 'from ray import tune\n',
    });
    expect(detect(dir).unused.map((u) => u.normalized)).toEqual(['requests']);
  });

  test('stub packages are used where a type checker runs or is configured; import names unlike their distribution are known', () => {
    const files = { 'requirements.txt': 'pandas\npandas-stubs\nPyPortfolioOpt\nTA-Lib\ntorchserve\n', 'app.py': 'import pandas\nimport pypfopt\nimport talib\nfrom ts.torch_handler.base_handler import BaseHandler\n' };
    expect(detect(tree(files)).unused.map((u) => u.normalized)).toEqual(['pandas-stubs']);
    const checked = detect(tree({ ...files, 'pyproject.toml': '[tool.mypy]\nstrict = true\n' }));
    expect([checked.undeclared, checked.unused]).toEqual([[], []]);
  });

  test("where setup.py says its packages live, an __init__.py folder elsewhere is not shipped code", () => {
    const report = detect(tree({
      'setup.py': 'import setuptools\nsetuptools.setup(name="sf", package_dir={"": "python"}, packages=setuptools.find_packages(where="python"), install_requires=["numpy"])\n',
      'python/sf/__init__.py': 'import numpy\nimport scipy\n',
      'action_files/__init__.py': '',
      'action_files/update_index.py': 'import bs4\n',
    }));
    expect(report.undeclared.map((u) => [u.module, u.locations.map((l) => (l as { role?: string }).role)])).toEqual([['bs4', ['script']], ['scipy', ['package']]]);
  });

  test("a runtime pin of a library's own dependency is unused where the library is declared only in an extra", () => {
    const pyproject = (plot: string) =>
      `[project]\nname = "pkg"\nversion = "1"\ndependencies = ["pyparsing", "numpy"${plot === 'main' ? ', "matplotlib"' : ''}]\n\n[project.optional-dependencies]\nplot = [${plot === 'extra' ? '"matplotlib"' : ''}]\n`;
    const files = { 'pkg/__init__.py': 'import numpy\n', 'pkg/plot.py': 'import matplotlib\n' };
    expect(detect(tree({ 'pyproject.toml': pyproject('extra'), ...files })).unused.map((u) => u.normalized)).toEqual(['pyparsing']);
    expect(detect(tree({ 'pyproject.toml': pyproject('main'), ...files })).unused).toEqual([]);
  });
});
