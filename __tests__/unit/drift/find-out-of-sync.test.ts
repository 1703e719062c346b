import { findOutOfSync } from '../../../shared/drift/find-out-of-sync.js';
import type { Dependency, PackagingFile } from '../../../shared/env/model.js';

const dep = (file: string, normalized: string, over: Partial<Dependency> = {}): Dependency => ({
  name: normalized, normalized, ecosystem: 'pypi', specifier: '', extras: [], editable: false, file, line: 1, group: 'main', ...over,
});
const file = (path: string, kind: PackagingFile['kind'], dependencies: Dependency[], more: Partial<PackagingFile> = {}): PackagingFile => ({
  path, kind, dependencies, includes: [], channels: [], diagnostics: [], ...more,
});
const context = { pypiName: (d: Dependency) => (d.normalized === 'pytorch' ? 'torch' : d.normalized), isNonPython: (d: Dependency) => d.normalized === 'cudatoolkit' };

test('a package one environment file has and another lacks is out of sync; conda names count as their PyPI names', () => {
  const found = findOutOfSync(
    [
      file('requirements.txt', 'requirements', [dep('requirements.txt', 'torch'), dep('requirements.txt', 'numpy', { line: 2 })]),
      file('environment.yml', 'conda', [dep('environment.yml', 'pytorch', { ecosystem: 'conda' }), dep('environment.yml', 'cudatoolkit', { ecosystem: 'conda' })]),
    ],
    context,
  );
  expect(found).toEqual([{ name: 'numpy', presentIn: [{ file: 'requirements.txt', line: 2 }], missingFrom: ['environment.yml'], groups: 'runtime' }]);
});

test('generated files, dev requirements, and files that only include another are not compared', () => {
  const found = findOutOfSync(
    [
      file('requirements.txt', 'requirements', [dep('requirements.txt', 'numpy')]),
      file('requirements-dev.txt', 'requirements', [dep('requirements-dev.txt', 'pytest')]),
      file('Pipfile.lock', 'pipfile.lock', [dep('Pipfile.lock', 'six')], { generated: 'pipenv' }),
      file('setup.py', 'setup.py', [], { includes: ['requirements.txt'] }),
    ],
    context,
  );
  expect(found).toEqual([]);
});

test('an environment that installs the project (-e .) includes its minimal setup.py; neither is out of sync', () => {
  const found = findOutOfSync(
    [
      file('environment.yml', 'conda', [
        dep('environment.yml', 'numpy', { ecosystem: 'conda' }),
        dep('environment.yml', 'jupyter', { ecosystem: 'conda', line: 2 }),
        dep('environment.yml', '.', { url: '.', editable: true, line: 3 }),
      ]),
      file('setup.py', 'setup.py', [dep('setup.py', 'numpy')]),
    ],
    context,
  );
  expect(found).toEqual([]);
});

test('a package in an extra of the other file is not missing; extras are compared with their counterparts', () => {
  const found = findOutOfSync(
    [
      file('requirements.txt', 'requirements', [dep('requirements.txt', 'numpy'), dep('requirements.txt', 'pytest', { line: 2 })]),
      file('setup.py', 'setup.py', [dep('setup.py', 'numpy'), dep('setup.py', 'pytest', { group: 'test', line: 2 }), dep('setup.py', 'black', { group: 'dev', line: 3 })]),
      file('pyproject.toml', 'pyproject', [
        dep('pyproject.toml', 'numpy'),
        dep('pyproject.toml', 'pytest', { group: 'test', line: 2 }),
        dep('pyproject.toml', 'hypothesis', { group: 'test', line: 3 }),
      ]),
    ],
    context,
  );
  expect(found).toEqual([
    { name: 'hypothesis', presentIn: [{ file: 'pyproject.toml', line: 3 }], missingFrom: ['setup.py'], groups: 'extra:test' },
  ]);
});

test('files of different project folders are not compared with each other', () => {
  const scopeOf = (f: string) => (f.startsWith('projects/a/') ? 'projects/a' : '');
  const found = findOutOfSync(
    [
      file('requirements.txt', 'requirements', [dep('requirements.txt', 'numpy')]),
      file('environment.yml', 'conda', [dep('environment.yml', 'numpy', { ecosystem: 'conda' })]),
      file('projects/a/requirements.txt', 'requirements', [dep('projects/a/requirements.txt', 'torch')]),
      file('projects/a/setup.py', 'setup.py', [dep('projects/a/setup.py', 'torch'), dep('projects/a/setup.py', 'scipy', { line: 2 })]),
      file('environment-gpu.yml', 'conda', [dep('environment-gpu.yml', 'cupy', { ecosystem: 'conda' })]),
    ],
    { ...context, scopeOf },
  );
  expect(found).toEqual([{ name: 'scipy', presentIn: [{ file: 'projects/a/setup.py', line: 2 }], missingFrom: ['projects/a/requirements.txt'], groups: 'runtime' }]);
});

test("a requirements file a setup.py extra reads is that extra, not the runtime (dinov2's requirements-dev.txt)", () => {
  const found = findOutOfSync(
    [
      file('setup.py', 'setup.py', [dep('setup.py', 'torch')], { includes: ['requirements-dev.txt'], includeGroups: { 'requirements-dev.txt': 'dev' } }),
      file('requirements-dev.txt', 'requirements', [dep('requirements-dev.txt', 'black')]),
      file('environment.yml', 'conda', [dep('environment.yml', 'pytorch', { ecosystem: 'conda' })]),
    ],
    context,
  );
  expect(found).toEqual([]);
  // Read as the runtime group, black would be "missing from environment.yml".
  const asRuntime = findOutOfSync(
    [
      file('setup.py', 'setup.py', [dep('setup.py', 'torch')], { includes: ['requirements-dev.txt'] }),
      file('requirements-dev.txt', 'requirements', [dep('requirements-dev.txt', 'black')]),
      file('environment.yml', 'conda', [dep('environment.yml', 'pytorch', { ecosystem: 'conda' })]),
    ],
    context,
  );
  expect(asRuntime.map((o) => [o.name, o.missingFrom, o.groups])).toEqual([['black', ['environment.yml'], 'runtime']]);
});

test("a pyproject.toml with only [build-system] declares no environment: nothing is missing from it (sam2's, beside setup.py)", () => {
  const found = findOutOfSync(
    [
      file('setup.py', 'setup.py', [dep('setup.py', 'numpy'), dep('setup.py', 'tqdm', { line: 2 })]),
      file('pyproject.toml', 'pyproject', [dep('pyproject.toml', 'setuptools', { group: 'build' }), dep('pyproject.toml', 'torch', { group: 'build', line: 3 })]),
    ],
    context,
  );
  expect(found).toEqual([]);
});
