import { findUndeclared, findUnused, pairMappingMisses, type CompareContext, type OtherUses } from '../../../shared/drift/compare-declarations.js';
import type { ClassifiedImports, ThirdPartyImport } from '../../../shared/drift/classify-imports.js';
import { findDeadDeclarations } from '../../../shared/drift/dead-declarations.js';
import { ownScope } from '../../../shared/drift/declaration-scope.js';
import type { Dependency } from '../../../shared/env/model.js';
import { importNamesOfDistribution, resolveDistribution, resolveImportNames } from '../../../shared/scan/resolve-distribution.js';

const dep = (file: string, name: string, over: Partial<Dependency> = {}): Dependency => ({
  name, normalized: name, ecosystem: 'pypi', specifier: '', extras: [], editable: false, file, line: 1, group: 'main', ...over,
});
const imp = (file: string, dotted: string, over: Partial<ThirdPartyImport> = {}): ThirdPartyImport => ({
  module: dotted.split('.')[0]!, dotted, location: { file, line: 1 }, resolution: resolveDistribution(dotted, {}), ...over,
});
const imports = (thirdParty: ThirdPartyImport[], pipInstalls: ClassifiedImports['pipInstalls'] = []): ClassifiedImports => ({ thirdParty, pipInstalls, importCount: thirdParty.length });
const context: CompareContext = {
  pypiName: (d) => d.normalized,
  importNamesOf: (dist) => importNamesOfDistribution(dist, {}),
  importNamesGuessed: (dist) => resolveImportNames(dist, {}).source === 'guess',
  isNonPython: () => false,
  ignoreUndeclared: [],
  ignoreUnused: [],
  scopeOf: ownScope,
  resolve: (dotted) => resolveDistribution(dotted, {}),
};
const uses = (over: Partial<OtherUses> = {}): OtherUses => ({ modules: [], programs: [], projectNames: new Set(), isFirstParty: () => false, dead: new Set(), ...over });
const modules = (list: { module: string }[]) => list.map((u) => u.module);

describe('undeclared: which packaging files cover which code', () => {
  test('a nested file declares for the code below its folder; root files and the requirements/ folder everywhere', () => {
    const deps = [dep('requirements/fabric/test.txt', 'pytest'), dep('projects/a/requirements.txt', 'torch'), dep('requirements.txt', 'numpy')];
    const found = findUndeclared(
      imports([imp('tests/test_x.py', 'pytest'), imp('projects/a/train.py', 'torch'), imp('scripts/run.py', 'torch'), imp('scripts/run.py', 'numpy')]),
      deps,
      context,
    );
    expect(modules(found.undeclared)).toEqual(['torch']);
    // Never "no packaging file declares torch": the report says which file does and that it covers other code.
    expect(found.undeclared[0]!.locations).toEqual([{ file: 'scripts/run.py', line: 1 }]);
    expect(found.undeclared[0]!.declaredOutOfScope).toEqual([{ file: 'projects/a/requirements.txt', line: 1 }]);
  });

  test("code that imports a sub-project's package gets what installing it brings (its setup.py), not its dev files", () => {
    const deps = [dep('l5kit/setup.py', 'numpy'), dep('l5kit/Pipfile', 'stable-baselines3')];
    const found = findUndeclared(imports([imp('examples/nb.py', 'numpy'), imp('examples/nb.py', 'stable_baselines3')]), deps, {
      ...context,
      installedFor: (file) => (file.startsWith('examples/') ? ['l5kit'] : []),
    });
    expect(modules(found.undeclared)).toEqual(['stable_baselines3']);
  });

  test('optional when every import is guarded or installed by its own notebook; one unconditional import makes it undeclared', () => {
    const found = findUndeclared(
      imports(
        [
          imp('a.py', 'apex', { guard: 'try-except' }),
          imp('b.py', 'wandb', { guard: 'availability-check' }),
          imp('c.py', 'wandb'),
          imp('nb.ipynb', 'seaborn'),
          imp('d.py', 'pandas', { guard: 'type-checking' }),
        ],
        [{ packages: ['seaborn==0.13'], location: { file: 'nb.ipynb', line: 3 } }],
      ),
      [],
      context,
    );
    expect(modules(found.undeclared)).toEqual(['wandb']);
    expect(found.optional.map((u) => [u.module, u.guard])).toEqual([
      ['apex', 'try-except'],
      ['pandas', 'type-checking'],
      ['seaborn', 'installed-on-demand'],
    ]);
  });

  test('a namespace portion of a declared package is reported as the portion', () => {
    const found = findUndeclared(imports([imp('a.py', 'optimum.habana.x', { guard: 'availability-check' }), imp('a.py', 'optimum.exporters')]), [dep('pyproject.toml', 'optimum')], context);
    expect(modules(found.optional)).toEqual(['optimum.habana']);
    expect(found.undeclared).toEqual([]);
  });
});

describe('unused: declared and used without an import', () => {
  const none = imports([]);
  const unusedNames = (deps: Dependency[], u: OtherUses = uses(), used = none) => findUnused(used, deps, context, u).map((x) => x.normalized);

  test('tools run by CI or configured are used; a dev tool nothing runs or configures is not', () => {
    const deps = ['black', 'pylint', 'sphinx-build-helper', 'sphinx', 'pre-commit', 'invoke', 'mkdocs'].map((n) => dep('pyproject.toml', n, { group: 'dev' }));
    expect(unusedNames(deps, uses({ programs: ['black', 'pre-commit'] }))).toEqual(['invoke', 'pylint']);
    expect(unusedNames(deps, uses({ programs: ['black', 'pylint', 'invoke'] }))).toEqual(['pre-commit']);
  });

  test('Sphinx extensions, build requirements, the project itself, local paths and generated files are not unused', () => {
    const deps = [
      dep('docs/requirements.txt', 'nbsphinx'),
      dep('requirements.txt', 'cymem'),
      dep('pyproject.toml', 'cymem', { group: 'build' }),
      dep('requirements-dev.txt', 'mypkg'),
      dep('requirements.txt', 'libs/foo', { url: './libs/foo' }),
      dep('requirements.lock', 'six'),
      dep('requirements.txt', 'requests'),
    ];
    const u = uses({ modules: ['nbsphinx'], projectNames: new Set(['mypkg']) });
    expect(findUnused(none, deps, { ...context, isGenerated: (f) => f === 'requirements.lock' }, u).map((x) => x.normalized)).toEqual(['requests']);
  });

  test('a package a used library loads by name is used with it; build variants provide the module', () => {
    const deps = ['transformers', 'accelerate', 'bitsandbytes', 'cupy-cuda110', 'faiss-gpu', 'loralib'].map((n) => dep('requirements.txt', n));
    expect(unusedNames(deps, uses(), imports([imp('a.py', 'transformers'), imp('a.py', 'cupy'), imp('b.py', 'faiss')]))).toEqual(['loralib']);
  });

  test('dead declarations are listed as dead, not also as unused', () => {
    const deps = [dep('setup.py', 'dataclasses', { marker: 'python_version < "3.7"', line: 4 }), dep('setup.py', 'tomli', { marker: 'python_version < "3.11"', line: 5 })];
    const dead = findDeadDeclarations(deps, { specifier: '>=3.8', file: 'setup.py', line: 2 });
    expect(dead).toEqual([{ name: 'dataclasses', file: 'setup.py', line: 4, marker: 'python_version < "3.7"', python: '>=3.8 (setup.py:2)' }]);
    expect(unusedNames(deps, uses({ dead: new Set(['setup.py:4']) }))).toEqual(['tomli']);
    expect(findDeadDeclarations(deps, { specifier: '3.6', file: 'runtime.txt', line: 1 })).toEqual([]);
  });
});

test('one mapping miss seen twice is paired away: a token of the declared name, an #egg= name, an editable VCS install', () => {
  const deps = [
    dep('requirements.txt', 'ultralytics-thop'),
    dep('environment.yaml', 'taming-transformers', { url: 'git+https://github.com/CompVis/taming-transformers.git@master#egg=taming-transformers', editable: true }),
    dep('requirements.txt', 'loralib'),
  ];
  const used = imports([imp('a.py', 'thop', { resolution: { distributions: ['thop'], source: 'guess' } }), imp('b.py', 'taming.models'), imp('c.py', 'utils')]);
  const paired = pairMappingMisses(findUndeclared(used, deps, context), findUnused(used, deps, context, uses(), { editable: true }), deps, context);
  expect(modules(paired.missing.undeclared)).toEqual(['utils']);
  expect(paired.unused.map((u) => u.normalized)).toEqual(['loralib']);
});
