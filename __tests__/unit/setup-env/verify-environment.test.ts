import { loadEnvironment } from '../../../shared/env/load-environment.js';
import type { InterpreterMetadata } from '../../../shared/scan/interpreter-metadata.js';
import type { MarkerEnvironment } from '../../../shared/setup-env/markers.js';
import { pythonMeets } from '../../../shared/env/python-version.js';
import { describeCheck, isProblem, renderVerificationMarkdown, verifyEnvironment } from '../../../shared/setup-env/verify-environment.js';

const record = (files: Record<string, string>) => loadEnvironment(Object.keys(files), { read: (p) => files[p] }, { env: {} }).files;
const markers: MarkerEnvironment = { sys_platform: 'linux', python_version: '3.11', python_full_version: '3.11.9', os_name: 'posix' };

function installed(versions: Record<string, string>, pythonVersion = '3.11.9'): InterpreterMetadata {
  return { pythonVersion, distributions: Object.entries(versions).map(([normalized, version]) => ({ name: normalized, normalized, version, importNames: [] })) };
}

describe('verifyEnvironment', () => {
  test('each main declaration is checked where it is written: satisfied, differing, missing', () => {
    const files = record({ 'requirements.txt': 'numpy==1.26.4\nscikit-learn>=1.3,<1.4\nrequests\n-c constraints.txt\n', 'constraints.txt': 'urllib3<2\n' });
    const v = verifyEnvironment(files, installed({ numpy: '1.26.4', 'scikit-learn': '1.4.2' }), markers);
    expect(v.checks.map((c) => [c.name, c.status, c.installed, `${c.file}:${c.line}`])).toEqual([
      ['numpy', 'ok', '1.26.4', 'requirements.txt:1'],
      ['scikit-learn', 'mismatch', '1.4.2', 'requirements.txt:2'],
      ['requests', 'missing', undefined, 'requirements.txt:3'],
    ]);
    expect(v.checks.filter(isProblem).map(describeCheck)).toEqual(['scikit-learn >=1.3,<1.4 is declared, 1.4.2 is installed', 'requests is declared but not installed']);
  });

  test('dev groups and build requirements are not part of the environment checked', () => {
    const files = record({ 'pyproject.toml': '[build-system]\nrequires = ["setuptools>=68"]\n[project]\nname = "w"\ndependencies = ["pandas"]\n[project.optional-dependencies]\ndev = ["pytest"]\n' });
    expect(verifyEnvironment(files, installed({ pandas: '2.2.0' }), markers).checks.map((c) => c.name)).toEqual(['pandas']);
  });

  test('a marker that excludes this platform is counted, not checked', () => {
    const files = record({ 'requirements.txt': 'pywin32 ; sys_platform == "win32"\nuvloop ; sys_platform != "win32"\n' });
    const v = verifyEnvironment(files, installed({ uvloop: '0.19.0' }), markers);
    expect(v.notApplicable).toBe(1);
    expect(v.checks.map((c) => [c.name, c.status])).toEqual([['uvloop', 'ok']]);
  });

  test('conda packages are checked by the distribution they install, with conda version rules; native ones are skipped', () => {
    const files = record({ 'environment.yml': 'dependencies:\n  - python=3.11\n  - pytorch=2.1\n  - numpy 1.26.*\n  - cudatoolkit=11.8\n  - pip:\n    - mlflow==2.9.2\n' });
    const v = verifyEnvironment(files, installed({ torch: '2.2.0', numpy: '1.26.4', mlflow: '2.9.2' }), markers);
    expect(v.checks.map((c) => [c.name, c.distribution, c.status])).toEqual([
      ['python', 'python', 'ok'],
      ['pytorch', 'torch', 'mismatch'],
      ['numpy', 'numpy', 'ok'],
      ['mlflow', 'mlflow', 'ok'],
    ]);
  });

  test("the interpreter is checked against each file's Python", () => {
    const files = record({ '.python-version': '3.12\n', 'pyproject.toml': '[project]\nname = "w"\nrequires-python = ">=3.10"\n' });
    const v = verifyEnvironment(files, installed({}), markers);
    expect(v.checks.map((c) => [c.file, c.declared, c.status])).toEqual([
      ['.python-version', '3.12', 'mismatch'],
      ['pyproject.toml', '>=3.10', 'ok'],
    ]);
  });

  test('direct references are checked for presence only', () => {
    const files = record({ 'requirements.txt': 'tool @ https://example.com/tool-1.0-py3-none-any.whl\n' });
    expect(verifyEnvironment(files, installed({ tool: '1.0' }), markers).checks[0]!.status).toBe('ok');
  });
});

describe('pythonMeets', () => {
  test.each([
    ['3.11.9', '3.11', true],
    ['3.12.0', '3.11', false],
    ['3.11.4', 'python-3.11.4', true],
    ['3.11.9', '3.11.*', true],
    ['3.11.9', '>=3.9,<3.12', true],
    ['3.12.1', '>=3.9,<3.12', false],
    ['3.11.9', '=3.11', true],
  ])('%s against %s is %s', (version, specifier, expected) => {
    expect(pythonMeets(version, { specifier })).toBe(expected);
  });
});

describe('renderVerificationMarkdown', () => {
  test('problems in a table first, the matching rows folded, excluded markers counted', () => {
    const files = record({ 'requirements.txt': 'numpy==1.26.4\npandas==2.2.0\npywin32 ; sys_platform == "win32"\n' });
    const text = renderVerificationMarkdown(verifyEnvironment(files, installed({ numpy: '1.26.4', pandas: '2.1.0' }), markers));
    expect(text).toBe(
      [
        '**1 of 2 declarations differ from what is installed.**',
        '',
        '| Package | Declared | Where | Installed | Result |',
        '| --- | --- | --- | --- | --- |',
        '| pandas | `==2.2.0` | requirements.txt:2 | 2.1.0 | ❌ differs |',
        '',
        '<details><summary>1 that match</summary>',
        '',
        '| Package | Declared | Where | Installed | Result |',
        '| --- | --- | --- | --- | --- |',
        '| numpy | `==1.26.4` | requirements.txt:1 | 1.26.4 | ✅ ok |',
        '',
        '</details>',
        '',
        '1 declaration(s) with a marker that excludes this platform were not checked.',
      ].join('\n'),
    );
  });

  test('an empty record says so', () => {
    expect(renderVerificationMarkdown({ checks: [], notApplicable: 0, extraneous: [] })).toBe('The record declares no packages to verify.');
  });
});
