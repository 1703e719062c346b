import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { classifyImports } from '../../../shared/drift/classify-imports.js';
import { findUndeclared, findUnused, pairMappingMisses, type OtherUses } from '../../../shared/drift/compare-declarations.js';
import type { MlHubConfig } from '../../../shared/config/config.js';
import { analyseProject } from '../../harness/drift-analysis.js';

function project(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'compare-'));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  return root;
}

function compare(files: Record<string, string>, config: Partial<MlHubConfig> = {}, uses?: OtherUses) {
  const analysis = analyseProject(project(files), config);
  const imports = classifyImports(analysis.scanned, analysis);
  return {
    analysis,
    imports,
    missing: findUndeclared(imports, analysis.dependencies, analysis.context),
    unused: findUnused(imports, analysis.dependencies, analysis.context, uses),
  };
}

test('an import no packaging file declares is undeclared, with every site, the most used first; a declared one is not', () => {
  const { missing } = compare({
    'requirements.txt': 'numpy==1.26.4\nscikit-learn>=1.3  # provides sklearn\n',
    'train.py': 'import numpy\nfrom sklearn import svm\nimport pandas as pd\nimport yaml\n',
    'evaluate.py': 'import pandas\n',
  });
  expect(missing.optional).toEqual([]);
  expect(missing.undeclared).toEqual([
    {
      module: 'pandas',
      distributions: ['pandas'],
      source: 'table',
      locations: [
        { file: 'evaluate.py', line: 1, role: 'script' },
        { file: 'train.py', line: 3, role: 'script' },
      ],
      pipInstalls: [],
    },
    { module: 'yaml', distributions: ['pyyaml'], source: 'table', locations: [{ file: 'train.py', line: 4, role: 'script' }], pipInstalls: [] },
  ]);
});

test("a sub-project's requirements declare for its folder only: the root's code gets told where the declaration is", () => {
  const { missing } = compare({
    'requirements.txt': 'numpy\n',
    'serving/requirements.txt': 'flask\n',
    'serving/app.py': 'import flask\nimport numpy\n',
    'app.py': 'import flask\n',
  });
  expect(missing.undeclared).toEqual([
    expect.objectContaining({ module: 'flask', locations: [{ file: 'app.py', line: 1, role: 'script' }], declaredOutOfScope: [{ file: 'serving/requirements.txt', line: 1 }] }),
  ]);
});

test('guarded everywhere is optional; one unguarded site makes it a need; settings can ignore a module', () => {
  const guarded = 'try:\n    import wandb\nexcept ImportError:\n    wandb = None\n';
  const optional = compare({ 'requirements.txt': '', 'a.py': guarded, 'b.py': guarded });
  expect(optional.missing.undeclared).toEqual([]);
  expect(optional.missing.optional).toEqual([expect.objectContaining({ module: 'wandb', guard: 'try-except', locations: [expect.objectContaining({ file: 'a.py', line: 2 }), expect.objectContaining({ file: 'b.py', line: 2 })] })]);

  const needed = compare({ 'requirements.txt': '', 'a.py': guarded, 'b.py': 'import wandb\n' });
  expect(needed.missing.optional).toEqual([]);
  expect(needed.missing.undeclared.map((u) => u.module)).toEqual(['wandb']);

  const ignored = compare({ 'requirements.txt': '', 'b.py': 'import wandb\n' }, { ignoreUndeclared: ['wandb'] });
  expect(ignored.missing).toEqual({ undeclared: [], optional: [] });
});

test("a test's import inside a test function follows the project: optional where the package code guards it, a need where it does not", () => {
  const guardedInPackage = 'try:\n    import apex\nexcept ImportError:\n    apex = None\n';
  const testFunction = 'def test_amp():\n    from apex import amp\n';
  const follows = compare({ 'requirements.txt': '', 'lib/__init__.py': '', 'lib/engine.py': guardedInPackage, 'tests/test_engine.py': testFunction });
  expect(follows.missing.undeclared).toEqual([]);
  expect(follows.missing.optional).toEqual([expect.objectContaining({ module: 'apex', guard: 'try-except' })]);
  // A lazy import in the package's own code needs its own guard; a test at module level always needs the module.
  const lazyInPackage = compare({ 'requirements.txt': '', 'lib/__init__.py': '', 'lib/engine.py': guardedInPackage, 'lib/amp.py': testFunction.replace('test_amp', 'enable') });
  expect(lazyInPackage.missing.undeclared).toEqual([expect.objectContaining({ module: 'apex' })]);
  const testModuleLevel = compare({ 'requirements.txt': '', 'lib/__init__.py': '', 'lib/engine.py': guardedInPackage, 'tests/test_engine.py': 'import apex\n' });
  expect(testModuleLevel.missing.undeclared).toEqual([expect.objectContaining({ module: 'apex' })]);
  const nothingGuarded = compare({ 'requirements.txt': '', 'tests/test_engine.py': testFunction });
  expect(nothingGuarded.missing.undeclared).toEqual([expect.objectContaining({ module: 'apex' })]);
});

test('an install hint at the top of a package module nothing imports is optional; in a module the package loads it is a need', () => {
  const hint = 'try:\n    from optuna_integration import BoTorchSampler\nexcept ModuleNotFoundError:\n    raise ModuleNotFoundError("pip install optuna-integration")\n';
  const leaf = compare({ 'requirements.txt': '', 'pkg/__init__.py': '', 'pkg/integration/__init__.py': 'if TYPE_CHECKING:\n    from pkg.integration.botorch import BoTorchSampler\n', 'pkg/integration/botorch.py': hint });
  expect(leaf.missing.undeclared).toEqual([]);
  expect(leaf.missing.optional).toEqual([expect.objectContaining({ module: 'optuna_integration', guard: 'try-except' })]);
  const loaded = compare({ 'requirements.txt': '', 'pkg/__init__.py': 'from pkg.integration import botorch\n', 'pkg/integration/__init__.py': '', 'pkg/integration/botorch.py': hint });
  expect(loaded.missing.undeclared).toEqual([expect.objectContaining({ module: 'optuna_integration' })]);
  const init = compare({ 'requirements.txt': '', 'pkg/__init__.py': hint });
  expect(init.missing.undeclared).toEqual([expect.objectContaining({ module: 'optuna_integration' })]);
});

test('a notebook that installs a VCS URL without #egg= installs the repository named by its last path segment', () => {
  const cell = (source: string) => ({ cell_type: 'code', metadata: {}, outputs: [], source: [source] });
  const notebook = JSON.stringify({ nbformat: 4, nbformat_minor: 5, metadata: {}, cells: [cell('! pip install git+https://github.com/modestyachts/ImageNetV2_pytorch\n'), cell('from imagenetv2_pytorch import ImageNetV2Dataset\n')] });
  const { missing } = compare({ 'requirements.txt': '', 'prompts.ipynb': notebook });
  expect(missing.undeclared).toEqual([]);
  expect(missing.optional).toEqual([expect.objectContaining({ module: 'imagenetv2_pytorch', guard: 'installed-on-demand' })]);
});

test('a Streamlit component imported as st_x pairs with its streamlit-x declaration', () => {
  const { analysis, missing, unused } = compare({ 'requirements.txt': 'streamlit-keyup==0.2.0\n', 'app.py': 'from st_keyup import st_keyup\n' });
  expect(pairMappingMisses(missing, unused, analysis.dependencies, analysis.context)).toEqual({ missing: { undeclared: [], optional: [] }, unused: [] });
});

test("a notebook that installs what it imports (`!pip install`) makes that import optional, pointing at the install line", () => {
  const nb = JSON.stringify({ cells: [{ cell_type: 'code', source: ['!pip install lightgbm\n', 'import lightgbm\n'], metadata: {}, outputs: [], execution_count: null }], metadata: {}, nbformat: 4, nbformat_minor: 5 });
  const { missing } = compare({ 'requirements.txt': '', 'explore.ipynb': nb });
  expect(missing.undeclared).toEqual([]);
  expect(missing.optional).toEqual([expect.objectContaining({ module: 'lightgbm', guard: 'installed-on-demand', pipInstalls: [{ file: 'explore.ipynb', line: 1 }] })]);
});

test('a declaration nothing imports or runs is unused, once per package with each declaration; tools run, build requirements and ignored names are not', () => {
  const files = {
    'requirements.txt': 'numpy\nrequests==2.31.0\nblack\n',
    'requirements-dev.txt': 'requests\nflake8\n',
    'pyproject.toml': '[build-system]\nrequires = ["setuptools>=68", "wheel"]\n',
    'train.py': 'import numpy\n',
    'environment.yml': 'dependencies:\n  - cudatoolkit=11.8\n  - python=3.11\n',
  };
  const { unused } = compare(files);
  expect(unused.map((u) => [u.normalized, u.declarations])).toEqual([
    ['black', [{ file: 'requirements.txt', line: 3 }]],
    ['flake8', [{ file: 'requirements-dev.txt', line: 2 }]],
    ['requests', [{ file: 'requirements-dev.txt', line: 1 }, { file: 'requirements.txt', line: 2 }]],
  ]);
  const uses: OtherUses = { modules: [], programs: ['black', 'flake8'], projectNames: new Set(), isFirstParty: () => false, dead: new Set() };
  expect(compare(files, { ignoreUnused: ['requests'] }, uses).unused).toEqual([]);
});

test('a bare direct reference nothing imports is unused under its repository or egg name; companions of a used library are used with it', () => {
  const { unused } = compare({
    'requirements.txt': 'git+https://github.com/huggingface/datatrove.git\ngit+https://example.org/x/tools.git#egg=acme-tools\nrequests\nurllib3<=2.0.0\n',
    'train.py': 'import requests\n',
  });
  expect(unused.map((u) => [u.name, u.declarations])).toEqual([
    ['acme-tools', [{ file: 'requirements.txt', line: 2 }]],
    ['datatrove', [{ file: 'requirements.txt', line: 1 }]],
  ]);
});

test('an import whose distribution was only guessed pairs with a guessed declaration that names it: neither is reported', () => {
  const { analysis, missing, unused } = compare({ 'requirements.txt': 'acme-fancylib\n', 'profile.py': 'import fancylib\n' });
  expect(missing.undeclared.map((u) => [u.module, u.source])).toEqual([['fancylib', 'guess']]);
  expect(unused.map((u) => u.normalized)).toEqual(['acme-fancylib']);
  expect(pairMappingMisses(missing, unused, analysis.dependencies, analysis.context)).toEqual({ missing: { undeclared: [], optional: [] }, unused: [] });
});
