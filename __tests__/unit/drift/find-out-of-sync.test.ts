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
  expect(found).toEqual([{ name: 'numpy', presentIn: [{ file: 'requirements.txt', line: 2 }], missingFrom: ['environment.yml'] }]);
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
