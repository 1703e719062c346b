// What each reader of a Python version makes of the same words, through its own public function: the requirements
// record (a minimum), a packaging file's Python line (a series or a release; requires-python as written), the
// standard library to assume, and the devcontainer image. Written before the readings were given one home, so that
// moving them changes none of these answers.

import { findConflicts } from '../../../shared/drift/find-conflicts.js';
import { condaSpecToPep440 } from '../../../shared/env/conda-matchspec.js';
import type { PackagingFile } from '../../../shared/env/model.js';
import { specifiersIntersect } from '../../../shared/env/pep440.js';
import { checkRequirements } from '../../../shared/machine/check-requirements.js';
import type { MachineFacts } from '../../../shared/machine/model.js';
import { pythonImage } from '../../../shared/package/devcontainer.js';
import { stdlibVersionFor } from '../../../shared/scan/stdlib-modules.js';

const machine = (python: string): MachineFacts => ({ os: 'linux', arch: 'x64', cpus: 4, memory: 16e9, gpus: [], python });

describe('the requirements record: a bare version is a minimum', () => {
  test.each([
    ['3.11', '3.12.1', []],
    ['3.11', '3.11.0', []],
    ['3.11', '3.10.14', ['Unsupported Python: needs >=3.11, found 3.10.14']],
    ['3.10.*', '3.9.18', ['Unsupported Python: needs >=3.10, found 3.9.18']],
    [' >=3.9, <3.12 ', '3.12.0', ['Unsupported Python: needs >=3.9,<3.12, found 3.12.0']],
    ['~=3.10', '3.11.2', []],
    ['>=3.11.*', '3.8.0', []],
  ])('python: %j on Python %s', (python, found, shortfalls) => {
    expect(checkRequirements(machine(found), { python }).shortfalls).toEqual(shortfalls);
  });
});

describe('Python lines in packaging files: a bare version is a series (or one release), a specifier says what it says', () => {
  const context = {
    pypiName: () => 'x',
    pep440Alternatives: (spec: string, ecosystem: string) => (ecosystem === 'conda' ? condaSpecToPep440(spec) : [spec]),
    intersect: specifiersIntersect,
  };
  const file = (path: string, kind: PackagingFile['kind'], python: string): PackagingFile => ({
    path, kind, dependencies: [], includes: [], channels: [], diagnostics: [], python: { specifier: python, file: path, line: 1 },
  });
  const conflict = (...files: PackagingFile[]) => findConflicts(files, context).map((c) => c.declarations.map((d) => d.file));

  test.each([
    ['3.10', '>=3.11', true],
    ['3.11', '>=3.11', false],
    ['3.11.4', '>=3.11,<3.12', false],
    ['3.11.4', '>=3.11.5', true],
    ['3.12', '>=3.9,<3.12', true],
    ['3', '>=3.11', false],
  ])('.python-version %s beside requires-python %s conflicts: %s', (bare, requires, conflicts) => {
    const found = conflict(file('.python-version', 'python-version', bare), file('pyproject.toml', 'pyproject', requires));
    expect(found.length > 0).toBe(conflicts);
  });

  test('conda python=3.11 (kept as 3.11) is the 3.11 series: it conflicts with runtime.txt 3.12.1, not with 3.11.9', () => {
    expect(conflict(file('environment.yml', 'conda', '3.11'), file('runtime.txt', 'runtime.txt', '3.12.1'))).toEqual([['environment.yml', 'runtime.txt']]);
    expect(conflict(file('environment.yml', 'conda', '3.11'), file('runtime.txt', 'runtime.txt', '3.11.9'))).toEqual([]);
  });

  test('two series conflict; a series and its own release do not', () => {
    expect(conflict(file('runtime.txt', 'runtime.txt', '3.10'), file('Pipfile', 'pipfile', '3.11'))).toHaveLength(1);
    expect(conflict(file('runtime.txt', 'runtime.txt', '3.11.4'), file('Pipfile', 'pipfile', '3.11'))).toEqual([]);
  });
});

describe('the standard library to assume: the lowest Python the line admits', () => {
  test.each([
    ['3.11', '3.11'],
    ['3.11.*', '3.11'],
    ['3.11.4', '3.11'],
    ['=3.10', '3.10'],
    ['python=3.9', '3.9'],
    ['python-3.9', '3.9'],
    ['>=3.9,<3.12', '3.9'],
    ['^3.10', '3.10'],
    ['3', '3.8'],
    [undefined, '3.14'],
  ])('%s → %s', (python, stdlib) => {
    expect(stdlibVersionFor(python)).toBe(stdlib);
  });
});

describe('the devcontainer image: the X.Y the record names', () => {
  test.each([
    ['3.11', 'mcr.microsoft.com/devcontainers/python:3.11'],
    ['>=3.10', 'mcr.microsoft.com/devcontainers/python:3.10'],
    ['~=3.11.4', 'mcr.microsoft.com/devcontainers/python:3.11'],
    ['3', 'mcr.microsoft.com/devcontainers/python:3'],
    [undefined, 'mcr.microsoft.com/devcontainers/python:3'],
  ])('%s → %s', (python, image) => {
    expect(pythonImage(python)).toBe(image);
  });
});
