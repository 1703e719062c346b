import { parseClause, parseSpecifierSet, satisfies, specifiersIntersect } from '../../../shared/env/pep440.js';

describe('parseSpecifierSet', () => {
  test('splits at commas and tells PEP 440 clauses from legacy ones', () => {
    expect(parseSpecifierSet(' >= 1.2 , <2 ,')).toEqual([
      { operator: '>=', version: '1.2', pep440: true },
      { operator: '<', version: '2', pep440: true },
    ]);
    expect(parseSpecifierSet('==dev')).toEqual([{ operator: '==', version: 'dev', pep440: false }]);
    expect(parseSpecifierSet('')).toEqual([]);
  });

  test('rejects what neither grammar accepts', () => {
    expect(parseSpecifierSet('~=1')).toBeUndefined(); // ~= needs two release numbers
    expect(parseSpecifierSet('>=1.0,junk')).toBeUndefined();
    expect(parseClause('<>')).toEqual({ operator: '<', version: '>', pep440: false });
  });
});

describe('satisfies', () => {
  test.each([
    ['2.1.0+cu121', '==2.1.0', true],
    ['2.1.0', '==2.1.0+cu121', false],
    ['2.1.0+cu121', '==2.1.0+cu121', true],
    ['1.2.7', '==1.2.*', true],
    ['1.3', '==1.2.*', false],
    ['1.4.9', '~=1.4.5', true],
    ['1.5.0', '~=1.4.5', false],
    ['2.9', '~=2.2', true],
    ['3.0', '~=2.2', false],
    ['1.0', '===1.0', true],
    ['1.0.0', '===1.0', false],
    ['2!1.0', '>=1.0', true],
    ['1.0.post1', '>1.0', false], // a post-release of the version itself is not "greater"
    ['1.1.post1', '>1.0', true],
    ['2.0rc1', '<2.0', false], // nor is a prerelease of it "less"
    ['2.0rc1', '<2.0rc2', true],
    ['1.0', '', true],
    ['2.1.0rc1', '>=2', true],
  ])('%s in %j: %s', (version, specifier, expected) => expect(satisfies(version, specifier)).toBe(expected));

  test("with prereleases: false, pip's selection rule: prereleases only when the set names one", () => {
    expect(satisfies('2.1.0rc1', '>=2', { prereleases: false })).toBe(false);
    expect(satisfies('2.1.0rc1', '>=2.1.0rc1', { prereleases: false })).toBe(true);
    expect(satisfies('2.1.0', '>=2', { prereleases: false })).toBe(true);
  });

  test('undefined when the version or the specifier is not PEP 440', () => {
    expect(satisfies('not-a-version', '>=1')).toBeUndefined();
    expect(satisfies('1.0', '>=1,junk')).toBeUndefined();
    expect(satisfies('1.0', '==dev')).toBeUndefined();
  });
});

describe('specifiersIntersect', () => {
  test.each([
    ['>=1.0,<2.0', '==1.5.*', true],
    ['>=2.0', '<2.0', false],
    ['==1.0', '!=1.0', false],
    ['==1.0', '==1.0+cu121', true],
    ['==1.0+cpu', '==1.0+cu121', false],
    ['~=1.4', '>=1.9', true],
    ['~=1.4', '>=2', false],
    ['<1.0', '>=1.0a1', false], // <1.0 excludes 1.0's prereleases
    ['<1.0', '>=1.0.dev0,<1.0', false],
    ['!=1.*', '~=1.0', false],
    ['!=1.*', '>=1.0', true],
    ['==2.*', '>=1.0,<2.0', false],
    ['>=1!0', '<2.0', false], // epoch 1 sorts after every epoch 0 version
    ['<0', '', false],
    ['===abc', '===abc', true],
    ['===abc', '>=1', false],
    ['===1.0', '>=1', true],
    ['', '', true],
  ])('%j and %j: %s', (a, b, expected) => {
    expect(specifiersIntersect(a, b)).toBe(expected);
    expect(specifiersIntersect(b, a)).toBe(expected);
  });

  test('undefined for legacy clauses and invalid sets', () => {
    expect(specifiersIntersect('==dev', '>=1')).toBeUndefined();
    expect(specifiersIntersect('>=1,junk', '>=1')).toBeUndefined();
  });
});
