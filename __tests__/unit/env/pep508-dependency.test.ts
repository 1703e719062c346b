import { andMarkers, dependencyFromParts, pep508Dependency } from '../../../shared/env/pep508-dependency.js';
import { PackagingFileBuilder } from '../../../shared/env/packaging-file.js';

const builder = () => new PackagingFileBuilder('pyproject.toml', 'pyproject', 'pyproject');

test('andMarkers parenthesises each side only when there are two', () => {
  expect(andMarkers(undefined, ' ')).toBeUndefined();
  expect(andMarkers('a == "1"', undefined)).toBe('a == "1"');
  expect(andMarkers('a == "1" or b == "2"', 'c == "3"')).toBe('(a == "1" or b == "2") and (c == "3")');
});

test('pep508Dependency keeps file, line and group and adds the extra marker', () => {
  const b = builder();
  expect(pep508Dependency(b, ' Scikit_Learn[all]>=1.2 ; python_version < "3.12" ', 7, 'test', 'extra == "x"')).toEqual({
    name: 'Scikit_Learn',
    normalized: 'scikit-learn',
    ecosystem: 'pypi',
    specifier: '>=1.2',
    extras: ['all'],
    marker: '(python_version < "3.12") and (extra == "x")',
    editable: false,
    file: 'pyproject.toml',
    line: 7,
    group: 'test',
  });
  expect(b.file.dependencies).toEqual([]);
});

test.each([
  [{ name: '-bad', specifier: '' }, '-bad: not a valid package name'],
  [{ name: 'a', specifier: '', extras: ['ok', 'no good'] }, 'a: "no good" is not a valid extra name'],
  [{ name: 'a', specifier: '>= one' }, 'a: ">= one" is not a valid version specifier'],
  [{ name: 'a', specifier: '', marker: 'python_version <' }, 'a: invalid environment marker "python_version <"'],
])('dependencyFromParts rejects %j at its line', (parts, message) => {
  const b = builder();
  expect(dependencyFromParts(b, parts, 3, 'main')).toBeUndefined();
  expect(b.file.diagnostics).toHaveLength(1);
  expect(b.file.diagnostics[0]).toMatchObject({ severity: 'error', code: 'pyproject/requirement', file: 'pyproject.toml', line: 3 });
  expect(b.file.diagnostics[0]!.message.startsWith(message)).toBe(true);
});
