import { parsePipfile, parsePipfileLock } from '../../../shared/env/pipfile.js';
import { fixtureReader, fixtureText, memoryReader, summary } from './packaging-fixtures.js';

const index = {
  indexUrl: 'https://pypi.org/simple',
  extraIndexUrls: ['http://mirror.internal:8080/simple'],
  findLinks: [],
  noIndex: false,
  trustedHosts: ['mirror.internal:8080'],
};

describe('a Pipfile', () => {
  const files = parsePipfile('Pipfile', fixtureText('pipenv', 'Pipfile'), fixtureReader('pipenv'));
  const file = files[0]!;

  test('python, sources as index options', () => {
    expect(files).toHaveLength(1);
    expect(file.kind).toBe('pipfile');
    expect(file.python).toEqual({ specifier: '3.11', file: 'Pipfile', line: 31 });
    expect(file.index).toEqual(index);
    expect(file.generated).toBeUndefined();
  });

  test('packages, dev-packages and a custom category, in every value form', () => {
    expect(file.dependencies.map(summary)).toEqual([
      'Pipfile:12 main numpy==1.26.2',
      'Pipfile:13 main pandas>=2.0,<2.2',
      'Pipfile:14 main scikit-learn',
      'Pipfile:15 main torch==2.1.1',
      'Pipfile:16 main uvicorn[standard]>=0.24',
      "Pipfile:17 main pywin32 ; sys_platform == 'win32'",
      "Pipfile:18 main tomli>=2.0 ; python_version < '3.11'",
      'Pipfile:19 main feature-store @ git+https://github.com/acme/feature-store.git@v0.9.1 (editable)',
      'Pipfile:20 main acme-utils @ ./libs/acme-utils (editable)',
      'Pipfile:21 main requests',
      'Pipfile:24 dev pytest>=7.4',
      'Pipfile:25 dev black[jupyter]==23.11.0',
      'Pipfile:28 notebooks jupyterlab~=4.0',
    ]);
  });

  test('a version without an operator is ignored by pipenv, and the user is told', () => {
    expect(file.diagnostics).toEqual([
      {
        severity: 'warning',
        code: 'pipfile/version-without-operator',
        message: 'requests = "2.31.0" has no operator, so pipenv installs any version: write "==2.31.0"',
        file: 'Pipfile',
        line: 21,
      },
    ]);
  });
});

describe('a Pipfile.lock', () => {
  const files = parsePipfileLock('Pipfile.lock', fixtureText('pipenv', 'Pipfile.lock'), fixtureReader('pipenv'));
  const file = files[0]!;

  test('is generated, with python and sources from _meta', () => {
    expect(files).toHaveLength(1);
    expect(file.kind).toBe('pipfile.lock');
    expect(file.generated).toBe('Pipfile.lock is written by pipenv');
    expect(file.python).toEqual({ specifier: '3.11', file: 'Pipfile.lock', line: 8 });
    expect(file.index).toEqual(index);
    expect(file.diagnostics).toEqual([]);
  });

  test('each locked package at the line of its key, with hashes and markers', () => {
    expect(file.dependencies.map(summary)).toEqual([
      "Pipfile.lock:24 main numpy==1.26.2 ; python_version >= '3.9'",
      'Pipfile.lock:33 main feature-store @ git+https://github.com/acme/feature-store.git@3f2a9c1d8e7b6a5f4e3d2c1b0a9f8e7d6c5b4a39 (editable)',
      'Pipfile.lock:38 main uvicorn[standard]==0.24.0.post1',
      "Pipfile.lock:50 dev pytest==7.4.3 ; python_version >= '3.7'",
      'Pipfile.lock:59 notebooks jupyterlab==4.0.9',
    ]);
    expect(file.dependencies[0]!.hashes).toEqual([
      'sha256:06fa1ed84aa60ea6ef9f91ba57b5ed963c3729534e6e54055fc151fad0423f0a',
      'sha256:1cc3d5029a30fb5f06704ad6b23b35e11309491c999838c31f124fee32107c79',
    ]);
    expect(file.dependencies[4]!.hashes).toBeUndefined();
  });
});

describe('broken pipenv files', () => {
  test('malformed JSON is a syntax error at its line and column', () => {
    const file = parsePipfileLock('Pipfile.lock', '{\n  "default": {\n    "a": {"version": "==1"},\n  }\n}\n', memoryReader())[0]!;
    expect(file.diagnostics).toEqual([
      { severity: 'error', code: 'pipfile-lock/syntax', message: 'invalid JSON: expected a member name', file: 'Pipfile.lock', line: 4, column: 3 },
    ]);
  });

  test('malformed TOML is a syntax error at the line smol-toml reports', () => {
    const file = parsePipfile('Pipfile', '[packages]\nnumpy = "*"\nnumpy = "==1"\n', memoryReader())[0]!;
    expect(file.diagnostics).toMatchObject([{ severity: 'error', code: 'pipfile/syntax', line: 3 }]);
  });

  test('wrong types and bad names are reported at their line, the rest is read', () => {
    const file = parsePipfile('Pipfile', '[packages]\na = 1\n"b c" = "*"\nd = {version = "==1", extras = "x"}\ne = "==2"\n', memoryReader())[0]!;
    expect(file.dependencies.map(summary)).toEqual(['Pipfile:4 main d==1', 'Pipfile:5 main e==2']);
    expect(file.diagnostics.map((x) => [x.code, x.line])).toEqual([
      ['pipfile/schema', 2],
      ['pipfile/requirement', 3],
      ['pipfile/schema', 4],
    ]);
  });
});
