import { declaredPythonSpecifier, pythonMeets, pythonSatisfies, pythonSeries, pythonSeriesClause, requiredPythonSpecifier } from '../../../shared/env/python-version.js';

describe('requiredPythonSpecifier (the requirements record)', () => {
  test('a bare version means that version or newer', () => {
    expect(requiredPythonSpecifier('3.11')).toBe('>=3.11');
    expect(requiredPythonSpecifier('3.10.*')).toBe('>=3.10');
    expect(requiredPythonSpecifier(' >=3.9, <3.13 ')).toBe('>=3.9,<3.13');
  });
});

describe('declaredPythonSpecifier (a packaging file\'s Python line)', () => {
  test.each([
    ['3.11', '==3.11.*'],
    ['3', '==3.*'],
    ['3.11.*', '==3.11.*'],
    ['3.11.4', '==3.11.4'],
    ['3.13.0rc1', '==3.13.0rc1'],
    ['python-3.11.4', '==3.11.4'],
    ['=3.11', '==3.11.*'],
    ['=3.11.4', '==3.11.4.*'],
    ['>=3.9, <3.13', '>=3.9,<3.13'],
    ['>=3.9,3.11', '>=3.9,==3.11.*'],
    ['~=3.10', '~=3.10'],
    ['^3.10', '^3.10'],
  ])('%s → %s', (line, pep440) => {
    expect(declaredPythonSpecifier(line)).toBe(pep440);
  });

  test('an operator clause is not a series', () => {
    expect(pythonSeriesClause('>=3.11')).toBeUndefined();
    expect(pythonSeriesClause('3.13.0rc1.*')).toBeUndefined();
  });

  test('pythonMeets reads the line that way', () => {
    expect(pythonMeets('3.11.9', { specifier: '3.11' })).toBe(true);
    expect(pythonMeets('3.12.0', { specifier: '3.11' })).toBe(false);
    expect(pythonMeets('3.11.5', { specifier: '3.11.4' })).toBe(false);
    expect(pythonMeets('3.13.0rc1', { specifier: '3.13.0rc1' })).toBe(true);
    expect(pythonMeets('3.11.9', { specifier: 'pypy3.10' })).toBeUndefined();
  });

  test('the series a set of lines names', () => {
    expect(pythonSeries(['3.10', '==3.11.*', '>=3.9,<3.10', '3.12.1'])).toEqual(['3.10', '3.11', '3.9', '3.12']);
  });
});

describe('pythonSatisfies', () => {
  test.each([
    ['3.11.7', '>=3.11', true],
    ['3.8.18', '>=3.11', false],
    ['3.12.1', '>=3.9,<3.12', false],
    ['3.11.0', '==3.11.*', true],
    ['3.12.0', '==3.11.*', false],
    ['3.11.4', '~=3.11.2', true],
    ['3.12.0', '~=3.11.2', false],
    ['3.12.0', '~=3.11', true],
    ['3.11', '==3.11.0', true],
    ['3.10.2', '!=3.10.*', false],
    ['3.13.0rc1', '>=3.13', true],
    ['3.9.1', '<=3.9', false],
    ['3.9.0', '<=3.9', true],
    ['3.9.1', '>3.9', true],
  ])('%s against %s is %s', (version, specifier, expected) => {
    expect(pythonSatisfies(version, specifier)).toBe(expected);
  });

  test('what the subset cannot evaluate is undefined, so no one is turned away by a misread', () => {
    expect(pythonSatisfies('3.11.7', '>=3.11.*')).toBeUndefined();
    expect(pythonSatisfies('3.11.7', '~=3')).toBeUndefined();
    expect(pythonSatisfies('3.11.7', 'python3')).toBeUndefined();
    expect(pythonSatisfies('unknown', '>=3.8')).toBeUndefined();
  });
});
