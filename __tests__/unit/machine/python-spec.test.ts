import { pythonSatisfies, pythonSpecifier } from '../../../shared/machine/python-spec.js';

describe('pythonSpecifier', () => {
  test('a bare version means that version or newer', () => {
    expect(pythonSpecifier('3.11')).toBe('>=3.11');
    expect(pythonSpecifier('3.10.*')).toBe('>=3.10');
    expect(pythonSpecifier(' >=3.9, <3.13 ')).toBe('>=3.9,<3.13');
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
