import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { applyEdits } from '../../../shared/package/atomic-write.js';
import { addedMarker } from '../../../shared/package/edit-requirements.js';
import { planPackageEnv, type PackageEnvOptions } from '../../../shared/package/plan-package-env.js';
import { renderPlanMarkdown } from '../../../shared/package/render-plan.js';
import { checkFixedProject } from '../../harness/package-env-postcondition.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.join(here, '../../..');
const fixtures = path.join(here, '../../fixtures/package');

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A temporary project: a copy of `from` (if given) plus `files`. */
function project(from: string | undefined, files: Record<string, string> = {}): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ml-hub-package-env-'));
  made.push(dir);
  if (from) cpSync(from, dir, { recursive: true });
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

/** An executable that answers readInterpreterMetadata as a Python with these distributions would. */
function fakePython(dir: string, versions: Record<string, string>, pythonVersion = '3.10.13'): string {
  const answer = {
    pythonVersion,
    distributions: Object.entries(versions).map(([name, version]) => ({ name, normalized: name, version, importNames: [name === 'scikit-learn' ? 'sklearn' : name] })),
  };
  const file = path.join(dir, 'fake-python');
  writeFileSync(file, `#!/bin/sh\ncat <<'JSON'\n${JSON.stringify(answer)}\nJSON\n`);
  chmodSync(file, 0o755);
  return file;
}

const read = (dir: string, file: string) => readFileSync(path.join(dir, file), 'utf8');

/** Plans, applies and checks the post-condition (no new drift, less of what was fixed, a second run changes nothing). */
async function fix(dir: string, options: Omit<PackageEnvOptions, 'root'> = {}) {
  const planned = await planPackageEnv({ root: dir, env: {}, ...options });
  await applyEdits(dir, planned.plan.edits);
  const checked = await checkFixedProject(dir, planned.report, planned.plan, { env: {}, ...options });
  return { ...planned, ...checked };
}
const wineQuality = path.join(repo, 'examples/wine-quality');
const wineRequirements = readFileSync(path.join(wineQuality, 'requirements.txt'), 'utf8');

describe('the wine-quality example', () => {
  test('plans matplotlib into both files and numpy into environment.yml; seaborn, imported only in the notebook, is listed, not added; no setup.py without a record', async () => {
    const dir = project(wineQuality);
    const { report, plan } = await planPackageEnv({ root: dir, env: {} });
    expect(report.undeclared.map((u) => u.module)).toEqual(['matplotlib', 'seaborn']);
    expect(plan.edits.map((e) => [e.path, e.before === undefined ? 'new' : 'edited'])).toEqual([
      ['requirements.txt', 'edited'],
      ['environment.yml', 'edited'],
    ]);
    const [requirements, environment] = plan.edits;
    expect(requirements!.after).toBe(`${wineRequirements}${addedMarker}\nmatplotlib\n`);
    expect(requirements!.reasons).toEqual(['added matplotlib (imported at train.py:10, train.py:13)']);
    expect(environment!.after).toBe(
      [
        'name: wine-quality',
        'channels:',
        '  - conda-forge',
        'dependencies:',
        '  - python=3.10',
        '  - pandas>=2.0',
        "  - scikit-learn=1.2    # conda: any 1.2.x, which requirements.txt's ==1.3.2 excludes",
        '  - matplotlib',
        '  - numpy>=1.24',
        '  - pip',
        '  - pip:',
        '      - mlflow>=2.10',
        '',
      ].join('\n'),
    );
    expect(environment!.reasons).toEqual(['added matplotlib (imported at train.py:10, train.py:13)', 'added numpy>=1.24 (declared at requirements.txt:5)']);
    expect(plan.added.map((a) => `${a.file}: ${a.ecosystem} ${a.name}${a.specifier}`)).toEqual([
      'requirements.txt: pypi matplotlib',
      'environment.yml: conda matplotlib',
      'environment.yml: conda numpy>=1.24',
    ]);
    expect(plan.notDeclared).toEqual([
      { module: 'seaborn', distribution: 'seaborn', locations: [{ file: 'random_forest.ipynb', line: 28, role: 'notebook' }], reason: 'imported only in notebooks, not by the code the project ships' },
    ]);
    expect(plan.sourceOfTruth).toBe('requirements.txt');
    expect(plan.inStep).toEqual(['environment.yml']);
    expect(plan.keptUnused).toEqual([{ name: 'requests', file: 'requirements.txt', line: 8 }]);
    expect(plan.removed).toEqual([]);
    expect(plan.leftAlone).toEqual([]);
    const markdown = renderPlanMarkdown(plan, report);
    expect(markdown).toContain('| conflict | `scikit-learn` |');
    expect(markdown).toContain('- [ ] `seaborn` (`import seaborn` at random_forest.ipynb:28): imported only in notebooks');
    expect(markdown).toContain('`npx ml-hub package-env --dry-run --diff`');
    await applyEdits(dir, plan.edits);
    const { fixed } = await checkFixedProject(dir, report, plan, { env: {} });
    expect(fixed).toEqual(['undeclared: matplotlib', 'outOfSync: numpy missing from environment.yml']);
  });

  test('notebooks: true in the settings makes the notebook the project\'s code: seaborn is added too', async () => {
    const dir = project(wineQuality, { '.github/ml-hub.yml': 'package-env:\n  notebooks: true\n' });
    const { report, plan } = await planPackageEnv({ root: dir, env: {} });
    expect(plan.edits[0]!.after).toBe(`${wineRequirements}${addedMarker}\nmatplotlib\nseaborn\n`);
    expect(plan.notDeclared).toEqual([]);
    await applyEdits(dir, plan.edits);
    await checkFixedProject(dir, report, plan, { env: {} });
  });

  test('applied, then planned again: nothing more to do', async () => {
    const dir = project(wineQuality);
    const first = await planPackageEnv({ root: dir, env: {} });
    await applyEdits(dir, first.plan.edits);
    const { after } = await checkFixedProject(dir, first.report, first.plan, { env: {} });
    expect(after.undeclared.map((u) => u.module)).toEqual(['seaborn']);
    expect(after.outOfSync).toEqual([]);
    expect(read(dir, 'requirements.txt')).toBe(first.plan.edits[0]!.after);
  });

  test('with an interpreter, additions are pinned to its versions; with prune, requests goes and is not copied', async () => {
    const dir = project(wineQuality, { '.github/ml-hub.yml': 'package-env:\n  notebooks: true\n' });
    const python = fakePython(dir, { matplotlib: '3.8.2', seaborn: '0.13.1', 'scikit-learn': '1.3.2' });
    const options = { env: {}, python, prune: true, targets: ['requirements.txt', 'environment.yml'] };
    const { report, plan } = await planPackageEnv({ root: dir, ...options });
    expect(plan.edits[0]!.after).toBe(`${wineRequirements.replace('requests>=2.31\n', '')}${addedMarker}\nmatplotlib==3.8.2\nseaborn==0.13.1\n`);
    expect(plan.edits[1]!.after).toContain('  - matplotlib==3.8.2\n  - numpy>=1.24\n  - seaborn==0.13.1\n  - pip\n  - pip:\n      - mlflow>=2.10\n');
    expect(plan.edits[1]!.after).not.toContain('requests');
    expect(plan.removed).toEqual([{ name: 'requests', specifier: '>=2.31', ecosystem: 'pypi', file: 'requirements.txt', because: 'no code imports it' }]);
    expect(plan.keptUnused).toEqual([]);
    expect(plan.edits[0]!.reasons).toContain(`added seaborn==0.13.1 (imported at random_forest.ipynb:28; version installed in ${python})`);
    await applyEdits(dir, plan.edits);
    await checkFixedProject(dir, report, plan, options);
  });

  test('an interpreter whose Python the project does not declare pins nothing, and the plan says why', async () => {
    const dir = project(wineQuality);
    const python = fakePython(dir, { matplotlib: '3.10.1' }, '3.12.4');
    const { report, plan } = await planPackageEnv({ root: dir, env: {}, python });
    expect(plan.edits[0]!.after).toBe(`${wineRequirements}${addedMarker}\nmatplotlib\n`);
    expect(plan.unpinned).toBe(`not pinned from ${python}: the interpreter is Python 3.12.4, but environment.yml:5 declares Python 3.10`);
    expect(renderPlanMarkdown(plan, report)).toContain('Added packages are not pinned: not pinned from');
    await applyEdits(dir, plan.edits);
    await checkFixedProject(dir, report, plan, { env: {}, python });
  });

  test('the settings choose the pin style; targets limit the files, and a file left out keeps what it lacks from being added', async () => {
    const dir = project(wineQuality, { '.github/ml-hub.yml': 'package-env:\n  pin: lower-bound\n  targets: [requirements.txt, environment.yml]\n  notebooks: true\n' });
    const python = fakePython(dir, { matplotlib: '3.8.2', seaborn: '0.13.1' });
    const { plan } = await planPackageEnv({ root: dir, env: {}, python });
    expect(plan.edits.map((e) => e.path)).toEqual(['requirements.txt', 'environment.yml']);
    expect(plan.edits[0]!.after).toBe(`${wineRequirements}${addedMarker}\nmatplotlib>=3.8.2\nseaborn>=0.13.1\n`);
    const exact = await planPackageEnv({ root: dir, env: {}, python, pin: 'exact' });
    expect(exact.plan.edits[0]!.after).toContain('matplotlib==3.8.2\n');
    // Only requirements.txt: adding there alone would leave environment.yml out of step, so nothing is added.
    const only = await fix(dir, { python, targets: ['requirements.txt'] });
    expect(only.plan.edits).toEqual([]);
    expect(only.plan.notDeclared.map((n) => [n.module, n.reason])).toEqual([
      ['matplotlib', 'adding it would leave environment.yml out of step (not among the targets)'],
      ['seaborn', 'adding it would leave environment.yml out of step (not among the targets)'],
    ]);
  });
});

describe('files package-env does not write', () => {
  test('pip-compile output: requirements.in gets the addition, requirements.txt is left to pip-compile', async () => {
    const dir = project(path.join(fixtures, 'pip-compile'), { 'analysis.py': 'import numpy\nimport pandas\nimport seaborn\n' });
    const before = read(dir, 'requirements.in');
    const { plan } = await fix(dir, { targets: ['requirements.in', 'requirements.txt'] });
    expect(plan.edits.map((e) => [e.path, e.after])).toEqual([['requirements.in', `${before}${addedMarker}\nseaborn\n`]]);
    expect(plan.leftAlone).toEqual([{ path: 'requirements.txt', reason: 'pip-compile header: re-run pip-compile instead, after package-env edits requirements.in' }]);
  });

  test('hash-pinned requirements are left alone, with the reason', async () => {
    const dir = project(path.join(fixtures, 'hash-pinned'), { 'analysis.py': 'import numpy, pandas, seaborn\n' });
    const { plan } = await fix(dir, { targets: ['requirements.txt'] });
    expect(plan.edits).toEqual([]);
    expect(plan.leftAlone).toEqual([{ path: 'requirements.txt', reason: 'hash-pinned: every requirement has --hash: re-run pip-compile --generate-hashes instead' }]);
  });

  test('an exported environment and a malformed one are left alone; the requirements file is still edited', async () => {
    for (const [fixture, reason] of [
      ['exported', /^written by `conda env export`/],
      ['malformed', /^malformed: environment\.yml:4: /],
    ] as const) {
      const dir = project(path.join(fixtures, fixture), { 'requirements.txt': 'numpy\n', 'analysis.py': 'import numpy\nimport seaborn\n' });
      const { report, plan } = await fix(dir, { targets: ['requirements.txt', 'environment.yml'] });
      expect(plan.edits.map((e) => [e.path, e.after])).toEqual([['requirements.txt', `numpy\n${addedMarker}\nseaborn\n`]]);
      expect(plan.leftAlone).toEqual([{ path: 'environment.yml', reason: expect.stringMatching(reason) }]);
      if (fixture === 'malformed') expect(report.diagnostics).toContainEqual(expect.objectContaining({ code: 'conda/syntax', file: 'environment.yml', line: 4 }));
    }
  });

  test('no surprise files: a Poetry project and a conda-only project get no requirements.txt, and no setup.py without a record', async () => {
    const poetry = project(undefined, {
      'pyproject.toml': '[tool.poetry]\nname = "svc"\nversion = "1"\n\n[tool.poetry.dependencies]\npython = "^3.10"\npandas = "^2.0"\n\n[build-system]\nrequires = ["poetry-core"]\nbuild-backend = "poetry.core.masonry.api"\n',
      'svc/__init__.py': 'import pandas\nimport yaml\n',
    });
    const conda = project(undefined, { 'environment.yml': 'name: x\ndependencies:\n  - pandas\n', 'train.py': 'import pandas\nimport yaml\n' });
    for (const dir of [poetry, conda]) {
      const { plan } = await fix(dir);
      expect(plan.edits.map((e) => [e.path, e.before === undefined ? 'new' : 'edited'])).toEqual([[dir === poetry ? 'pyproject.toml' : 'environment.yml', 'edited']]);
    }
    expect(read(poetry, 'pyproject.toml')).toContain('pandas = "^2.0"\npyyaml = "*"\n\n[build-system]');
    expect(read(conda, 'environment.yml')).toBe('name: x\ndependencies:\n  - pandas\n  - pyyaml\n');
  });

  test('the seed\'s flow: a folder with no packaging file at all gets requirements.txt and environment.yml', async () => {
    const dir = project(undefined, { 'train.py': 'import numpy\nimport helpers\n', 'helpers.py': 'import pandas\n' });
    const { plan } = await fix(dir);
    expect(plan.edits.map((e) => [e.path, e.after])).toEqual([
      ['requirements.txt', `${addedMarker}\nnumpy\npandas\n`],
      ['environment.yml', `name: ${path.basename(dir)}\nchannels:\n  - conda-forge\ndependencies:\n  - numpy\n  - pandas\n`],
    ]);
  });
});

describe('the file the project treats as the source of truth, and the others in step', () => {
  test('PEP 621 pyproject.toml: the addition goes into [project] dependencies and requirements.txt alike', async () => {
    const dir = project(undefined, {
      'pyproject.toml': '[project]\nname = "svc"\nversion = "1"\nrequires-python = ">=3.9"\ndependencies = [\n    "pandas>=2",  # data frames\n    "numpy"\n]\n\n[build-system]\nrequires = ["setuptools"]\nbuild-backend = "setuptools.build_meta"\n',
      'requirements.txt': 'pandas>=2\nnumpy\n',
      'svc/__init__.py': 'import pandas\nimport numpy\nimport sklearn\n',
    });
    const { plan } = await fix(dir);
    expect(plan.sourceOfTruth).toBe('pyproject.toml');
    expect(plan.inStep).toEqual(['requirements.txt']);
    expect(read(dir, 'pyproject.toml')).toContain('dependencies = [\n    "pandas>=2",  # data frames\n    "numpy",\n    "scikit-learn",\n]\n');
    expect(read(dir, 'requirements.txt')).toBe(`pandas>=2\nnumpy\n${addedMarker}\nscikit-learn\n`);
  });

  test('a requirements.txt that only installs the project (-e .) is left to it', async () => {
    const dir = project(undefined, {
      'pyproject.toml': '[project]\nname = "svc"\nversion = "1"\ndependencies = [\n    "pandas",\n]\n',
      'requirements.txt': '-e .\n',
      'svc/__init__.py': 'import pandas\nimport yaml\n',
    });
    const { plan } = await fix(dir);
    expect(plan.edits.map((e) => e.path)).toEqual(['pyproject.toml']);
    expect(read(dir, 'requirements.txt')).toBe('-e .\n');
  });

  test('a one-line array, setup.cfg, Pipfile and a literal setup.py list', async () => {
    const cases: [Record<string, string>, string, string][] = [
      [{ 'pyproject.toml': '[project]\nname = "a"\nversion = "1"\ndependencies = ["pandas"]\n' }, 'pyproject.toml', 'dependencies = ["pandas", "pyyaml"]\n'],
      [{ 'setup.cfg': '[metadata]\nname = a\n\n[options]\ninstall_requires =\n    pandas\npackages = find:\n' }, 'setup.cfg', 'install_requires =\n    pandas\n    pyyaml\npackages = find:\n'],
      [{ Pipfile: '[packages]\npandas = "*"\n\n[dev-packages]\npytest = "*"\n' }, 'Pipfile', '[packages]\npandas = "*"\npyyaml = "*"\n\n[dev-packages]'],
      [{ 'setup.py': 'from setuptools import setup\n\nsetup(\n    name="a",\n    install_requires=[\n        "pandas"\n    ],\n)\n' }, 'setup.py', 'install_requires=[\n        "pandas",\n        "pyyaml",\n    ],'],
    ];
    for (const [files, file, expected] of cases) {
      const dir = project(undefined, { ...files, 'a/__init__.py': 'import pandas\nimport yaml\n' });
      const { plan } = await fix(dir);
      expect(plan.edits.map((e) => e.path)).toEqual([file]);
      expect(read(dir, file)).toContain(expected);
    }
  });

  test('a file it cannot extend safely is left alone with what to add by hand, and the others are not edited alone', async () => {
    const dir = project(undefined, {
      'setup.cfg': '[metadata]\nname = a\n\n[options]\ninstall_requires = pandas\n',
      'requirements.txt': 'pandas\n',
      'a/__init__.py': 'import pandas\nimport yaml\n',
    });
    const { plan } = await fix(dir);
    expect(plan.edits).toEqual([]);
    expect(plan.leftAlone).toEqual([]);
    expect(plan.notDeclared).toEqual([
      expect.objectContaining({ module: 'yaml', reason: expect.stringMatching(/^adding it would leave setup\.cfg out of step \(add pyyaml to \[options\] install_requires in setup\.cfg by hand/) }),
    ]);
  });
});

describe('only what is certain', () => {
  test('guessed names, test-only imports and commented-out requirements are listed, not added', async () => {
    const dir = project(undefined, {
      'requirements.txt': 'pandas\n# torch==2.1  # too heavy for CI\n',
      'pkg/__init__.py': 'import pandas\nimport torch\nimport fancylib\n',
      'tests/test_pkg.py': 'import pytest\nimport hypothesis\n',
    });
    const { plan } = await fix(dir);
    expect(plan.edits).toEqual([]);
    expect(plan.notDeclared.map((n) => [n.module, n.reason])).toEqual([
      ['fancylib', 'the distribution name is only guessed from the import name; check which PyPI project provides `import fancylib` before declaring it'],
      ['hypothesis', 'imported only in tests, not by the code the project ships'],
      ['pytest', 'imported only in tests, not by the code the project ships'],
      ['torch', 'left commented out at requirements.txt:2: kept as the maintainer chose'],
    ]);
  });

  test('a second member of a conflicting family is never added', async () => {
    const dir = project(undefined, {
      'requirements.txt': 'opencv-python-headless\ntensorflow~=2.14\n',
      'app.py': 'import cv2\nimport tensorflow\nimport keras\n',
    });
    const { plan } = await fix(dir);
    expect(plan.edits).toEqual([]);
    expect(plan.notDeclared).toEqual([expect.objectContaining({ module: 'keras', reason: expect.stringMatching(/^tensorflow is declared at requirements\.txt:2 and ships its own Keras/) })]);
  });

  test('imports only inside functions, in a sub-project, or in the scripts of a package that pip builds are listed, not added', async () => {
    const dir = project(undefined, {
      'pyproject.toml': '[project]\nname = "a"\nversion = "1"\ndependencies = [\n    "pandas",\n]\n',
      'a/__init__.py': 'import pandas\n\ndef export():\n    import onnx\n',
      'tools/convert.py': 'import pandas\nimport h5py\n',
      'projects/b/setup.py': 'from setuptools import setup\nsetup(name="b", install_requires=["pandas"])\n',
      'projects/b/b/__init__.py': 'import yaml\n',
    });
    const { plan } = await fix(dir);
    expect(plan.edits).toEqual([]);
    expect(plan.notDeclared.map((n) => [n.module, n.reason])).toEqual([
      ['h5py', "imported only by scripts, which `pip install` does not ship with the package: declare it where those scripts' users install from"],
      ['onnx', 'imported only inside functions or conditional blocks, as optional backends are: check whether the project needs it to run'],
      ['yaml', 'imported in projects/b/, which has packaging files of its own: declare it there'],
    ]);
  });

  test('nothing is copied from a requirements file into the package\'s own dependencies', async () => {
    const dir = project(undefined, {
      'pyproject.toml': '[project]\nname = "svc"\nversion = "1"\ndependencies = ["pandas>=2"]\n',
      'requirements.txt': 'pandas>=2\nnumpy\n',
      'svc/__init__.py': 'import pandas\nimport numpy\n',
    });
    const { plan } = await fix(dir);
    expect(plan.edits).toEqual([]);
    expect(plan.leftAlone).toEqual([
      { path: 'pyproject.toml', reason: "not copied into pyproject.toml: numpy (requirements.txt:2); a package's own dependencies are its maintainer's choice, and requirements files often list development tools too" },
    ]);
  });

  test('a package is not copied into a file that declares a conflicting one', async () => {
    const dir = project(undefined, {
      'requirements.txt': 'opencv-python\nnumpy\n',
      'environment.yml': 'name: x\ndependencies:\n  - numpy\n  - pip\n  - pip:\n      - opencv-python-headless\n',
      'app.py': 'import cv2\nimport numpy\n',
    });
    const { plan } = await fix(dir);
    expect(plan.edits).toEqual([]);
    expect(plan.leftAlone).toEqual([
      { path: 'environment.yml', reason: 'opencv-python not copied: opencv-python-headless is declared at environment.yml:6; opencv-python would install a second, conflicting build of it' },
      { path: 'requirements.txt', reason: 'opencv-python-headless not copied: opencv-python is declared at requirements.txt:1; opencv-python-headless would install a second, conflicting build of it' },
    ]);
  });

  test('a second deep-learning framework and an import only a demo makes are listed, not added', async () => {
    const dir = project(undefined, {
      'requirements.txt': 'torch>=2\n',
      'pkg/__init__.py': 'import torch\n',
      'pkg/readers/tfds.py': 'import tensorflow as tf\n',
      'pkg/gradio_demo.py': 'import gradio\n',
    });
    const { plan } = await fix(dir);
    expect(plan.edits).toEqual([]);
    expect(plan.notDeclared.map((n) => [n.module, n.reason])).toEqual([
      ['gradio', 'imported only in examples, not by the code the project ships'],
      ['tensorflow', 'the project is built on torch (declared at requirements.txt:1); tensorflow, a second framework, is an optional backend'],
    ]);
  });

  test('a requirements.txt that only gathers other files gets its additions in the runtime one', async () => {
    const dir = project(undefined, {
      'requirements.txt': '-r requirements/runtime.txt\n-r requirements/tests.txt\n',
      'requirements/runtime.txt': 'numpy\n',
      'requirements/tests.txt': 'pytest\n',
      'pkg/__init__.py': 'import numpy\nimport yaml\n',
      'tests/test_pkg.py': 'import pytest\n',
    });
    const { plan } = await fix(dir);
    expect(plan.edits.map((e) => [e.path, e.after])).toEqual([['requirements/runtime.txt', `numpy\n${addedMarker}\npyyaml\n`]]);
  });

  test('optional-groups: test-only imports go to the test group of pyproject.toml', async () => {
    const dir = project(undefined, {
      'pyproject.toml': '[project]\nname = "a"\nversion = "1"\ndependencies = [\n    "pandas",\n]\n\n[project.optional-dependencies]\ntest = [\n    "pytest",\n]\n',
      'a/__init__.py': 'import pandas\n',
      'tests/test_a.py': 'import pytest\nimport hypothesis\n',
    });
    const { plan } = await fix(dir, { optionalGroups: true });
    expect(read(dir, 'pyproject.toml')).toContain('test = [\n    "pytest",\n    "hypothesis",\n]\n');
    expect(plan.notDeclared).toEqual([expect.objectContaining({ module: 'hypothesis', group: 'pyproject.toml [project.optional-dependencies] test' })]);
  });

  test('requirements sections: the addition joins the runtime section, not a trailing deploy block', async () => {
    const text = '# Base ----\nnumpy\npandas\n\n# Export ----\n# onnx\n\n# Deploy ----\nsetuptools>=65  # vulnerability fix\n# tritonclient\n';
    const dir = project(undefined, { 'requirements.txt': text, 'detect.py': 'import numpy\nimport pandas\nimport yaml\n' });
    await fix(dir);
    expect(read(dir, 'requirements.txt')).toBe(text.replace('pandas\n', `pandas\n${addedMarker}\npyyaml\n`));
  });
});

describe('conda projects', () => {
  test('a conda-only project gets a requirements.txt that agrees with environment.yml when the targets ask for one', async () => {
    const dir = project(undefined, {
      'environment.yml': 'name: vision\nchannels:\n  - pytorch\n  - conda-forge\ndependencies:\n  - python=3.11\n  - pytorch=2.1\n  - numpy>=1.24\n  - pip\n  - pip:\n      - timm==0.9.12\n',
      'train.py': 'import torch\nimport numpy as np\nimport timm\nimport seaborn\n',
    });
    const before = read(dir, 'environment.yml');
    const { plan } = await fix(dir, { targets: ['requirements.txt', 'environment.yml'] });
    expect(plan.edits.map((e) => [e.path, e.before === undefined, e.after])).toEqual([
      ['requirements.txt', true, `${addedMarker}\nnumpy>=1.24\nseaborn\ntimm==0.9.12\ntorch==2.1.*\n`],
      ['environment.yml', false, before.replace('  - numpy>=1.24\n', '  - numpy>=1.24\n  - seaborn\n')],
    ]);
  });

  test('the conda file MLproject names is created when missing, with the declared Python', async () => {
    const dir = project(undefined, {
      MLproject: 'name: churn\nconda_env: conda.yaml\nentry_points:\n  main:\n    command: "python train.py"\n',
      '.python-version': '3.11\n',
      'requirements.txt': 'pandas>=2.0\nscikit-learn==1.3.2\n',
      'train.py': 'import pandas\nimport sklearn\nimport xgboost\n',
    });
    const { plan } = await fix(dir, { targets: ['requirements.txt', 'conda.yaml'] });
    expect(plan.edits.map((e) => [e.path, e.after])).toEqual([
      ['requirements.txt', `pandas>=2.0\nscikit-learn==1.3.2\n${addedMarker}\nxgboost\n`],
      ['conda.yaml', 'name: churn\nchannels:\n  - conda-forge\ndependencies:\n  - python=3.11\n  - pandas>=2.0\n  - scikit-learn==1.3.2\n  - py-xgboost\n'],
    ]);
  });

  test('an environment whose pip section reads requirements.txt gets its additions through it', async () => {
    const dir = project(path.join(fixtures, 'pip-include'));
    const { plan } = await fix(dir, { targets: ['requirements.txt', 'environment.yml'] });
    expect(plan.edits.map((e) => [e.path, e.after])).toEqual([['requirements.txt', `pandas>=2.0\n${addedMarker}\nseaborn\n`]]);
  });
});

describe('the bootstrap', () => {
  test('a requirements record in the settings plans setup.py and the dev container; a bad package-env setting is reported', async () => {
    const dir = project(wineQuality, { '.github/ml-hub.yml': 'requirements:\n  cpus: 4\n  memory: 16GB\npackage-env:\n  pin: tight\n' });
    const { report, plan } = await fix(dir);
    expect(plan.edits.map((e) => e.path)).toEqual(['requirements.txt', 'environment.yml', 'setup.py', '.devcontainer/devcontainer.json']);
    expect(report.diagnostics).toContainEqual(
      expect.objectContaining({ code: 'config/invalid', file: '.github/ml-hub.yml', message: 'package-env: pin must be one of exact, compatible, lower-bound, none, got "tight"' }),
    );
  });

  test('beside a pyproject.toml with [build-system] it is bootstrap.py, never setup.py', async () => {
    const dir = project(undefined, {
      'pyproject.toml': '[project]\nname = "a"\nversion = "1"\ndependencies = ["pandas"]\n\n[build-system]\nrequires = ["hatchling"]\nbuild-backend = "hatchling.build"\n',
      '.github/ml-hub.yml': 'requirements:\n  cpus: 2\n',
      'a/__init__.py': 'import pandas\n',
    });
    const { plan } = await fix(dir);
    expect(plan.edits.map((e) => e.path)).toEqual(['bootstrap.py', '.devcontainer/devcontainer.json']);
    expect(plan.edits[0]!.after).toMatch(/^#!\/usr\/bin\/env python3\n# ml-hub: generated setup.py/);
  });
});
