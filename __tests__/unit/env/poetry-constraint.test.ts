import fc from 'fast-check';
import { satisfies, validRange } from '@renovatebot/pep440';
import { PoetryConstraintError, poetryPythonMarker, poetryToPep440 } from '../../../shared/env/poetry-constraint.js';

const spec = (c: string): string => poetryToPep440(c).specifier;

describe('poetryToPep440', () => {
  test.each([
    ['^1.2.3', '>=1.2.3,<2.0.0'],
    ['^1.2', '>=1.2,<2.0'],
    ['^1', '>=1,<2'],
    ['^0.2.3', '>=0.2.3,<0.3.0'],
    ['^0.0.3', '>=0.0.3,<0.0.4'],
    ['^0.0', '>=0.0,<0.1'],
    ['^0', '>=0,<1'],
    ['^1.2.3b1', '>=1.2.3b1,<2.0.0'],
    ['~1.2.3', '>=1.2.3,<1.3.0'],
    ['~1.2', '>=1.2,<1.3'],
    ['~1', '>=1,<2'],
    ['~=1.2', '~=1.2'],
    ['~=1', '>=1,<2'],
    ['*', ''],
    ['', ''],
    ['1.2.*', '==1.2.*'],
    ['1.2.x', '==1.2.*'],
    ['!=1.2.*', '!=1.2.*'],
    ['1.2.3', '==1.2.3'],
    ['=1.2.3', '==1.2.3'],
    ['==1.2.3', '==1.2.3'],
    ['v1.2', '==1.2'],
    ['>=1,<2', '>=1,<2'],
    ['>= 1.2, < 2.0', '>=1.2,<2.0'],
    ['>=1.2 <2.0', '>=1.2,<2.0'],
    ['>=1.0.0-rc.1', '>=1.0.0rc1'],
    ['1.2 - 2.0', '>=1.2,<=2.0'],
    ['1!2.0', '==1!2.0'],
  ])('%j → %j', (poetry, pep440) => {
    const converted = poetryToPep440(poetry);
    expect(converted).toEqual({ alternatives: [pep440], specifier: pep440, exact: true });
    expect(validRange(converted.specifier)).toBe(true);
  });

  test('a local label keeps its parts dot-separated (fuzz seed -283263751: `0+0-0`)', () => {
    expect(poetryToPep440('0+0-0')).toEqual({ alternatives: ['==0+0.0'], specifier: '==0+0.0', exact: true });
    expect(poetryToPep440('==1.0+cu118-abc').specifier).toBe('==1.0+cu118.abc');
    expect(poetryPythonMarker('0+0-0')).toBe('python_version == "0+0.0"');
  });

  test('|| keeps each branch and widens to the range holding them all', () => {
    expect(poetryToPep440('^1.2 || ^3.0')).toEqual({
      alternatives: ['>=1.2,<2.0', '>=3.0,<4.0'],
      specifier: '>=1.2,<4.0',
      exact: false,
    });
    expect(poetryToPep440('>=3.7,<3.11 | >=3.12')).toEqual({
      alternatives: ['>=3.7,<3.11', '>=3.12'],
      specifier: '>=3.7',
      exact: false,
    });
    expect(spec('1.2.3 || 1.4.*')).toBe('>=1.2.3,<1.5');
    expect(spec('<1 || >2')).toBe('');
  });

  test.each(['^', 'foo', '>=bar', '1.2.* || ^', '^1.*', '>=*x', '~>1.2', '~0+0', '>=1.0+cu118'])('%j is rejected', (bad) => {
    expect(() => poetryToPep440(bad)).toThrow(PoetryConstraintError);
  });

  test('the widened specifier admits every version of every branch', () => {
    const version = fc.tuple(fc.nat(4), fc.nat(4), fc.nat(4)).map((parts) => parts.join('.'));
    const branch = fc.tuple(fc.constantFrom('^', '~', '>=', '<', '==', ''), version).map(([op, v]) => op + v);
    fc.assert(
      fc.property(fc.array(branch, { minLength: 1, maxLength: 3 }), version, (branches, probe) => {
        const converted = poetryToPep440(branches.join(' || '));
        if (converted.alternatives.some((alt) => satisfies(probe, alt))) {
          expect(converted.specifier === '' || satisfies(probe, converted.specifier)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('poetryPythonMarker', () => {
  test.each([
    ['^3.8', 'python_version >= "3.8" and python_version < "4.0"'],
    ['>=3.8.1,<4', 'python_full_version >= "3.8.1" and python_version < "4"'],
    ['3.10.*', 'python_version == "3.10"'],
    ['<3.8 || >=3.10', 'python_version < "3.8" or python_version >= "3.10"'],
    ['~3.9 || ^3.11', '(python_version >= "3.9" and python_version < "3.10") or (python_version >= "3.11" and python_version < "4.0")'],
    ['*', undefined],
  ])('%j → %j', (constraint, marker) => {
    expect(poetryPythonMarker(constraint)).toBe(marker);
  });
});
