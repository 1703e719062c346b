import {
  condaSpecToPep440,
  condaVersionAdmits,
  MatchSpecError,
  parseMatchSpec,
  type MatchSpec,
} from '../../../shared/env/conda-matchspec.js';

describe('parseMatchSpec: every form conda accepts', () => {
  test.each<[string, MatchSpec]>([
    ['numpy', { name: 'numpy', version: '' }],
    ['numpy=1.9', { name: 'numpy', version: '1.9.*' }],
    ['numpy=1.9.*', { name: 'numpy', version: '1.9.*' }],
    ['numpy 1.9*', { name: 'numpy', version: '1.9.*' }],
    ['numpy==1.9', { name: 'numpy', version: '==1.9' }],
    ['numpy 1.9', { name: 'numpy', version: '==1.9' }],
    ['numpy>=1.9,<2', { name: 'numpy', version: '>=1.9,<2' }],
    ['numpy >=1.9, <2', { name: 'numpy', version: '>=1.9,<2' }],
    ['numpy >= 1.9', { name: 'numpy', version: '>=1.9' }],
    ['numpy 1.9 py38_0', { name: 'numpy', version: '==1.9', build: 'py38_0' }],
    ['numpy=1.9=py38_0', { name: 'numpy', version: '==1.9', build: 'py38_0' }],
    ['numpy==1.9=py38_0', { name: 'numpy', version: '==1.9', build: 'py38_0' }],
    ['numpy=1.7.*=py3*_2', { name: 'numpy', version: '1.7.*', build: 'py3*_2' }],
    ['numpy >=1.0 , < 2.0 py34_0', { name: 'numpy', version: '>=1.0,<2.0', build: 'py34_0' }],
    ['numpy >=1.0 , < 2.0 =py34_0', { name: 'numpy', version: '>=1.0,<2.0', build: 'py34_0' }],
    ['blas * openblas_0', { name: 'blas', version: '', build: 'openblas_0' }],
    ['conda-forge::numpy', { name: 'numpy', channel: 'conda-forge', version: '' }],
    ['conda-forge/linux-64::numpy>=1.9', { name: 'numpy', channel: 'conda-forge', subdir: 'linux-64', version: '>=1.9' }],
    ['*/win-32::numpy', { name: 'numpy', subdir: 'win-32', version: '' }],
    ['https://conda.anaconda.org/conda-forge::numpy', { name: 'numpy', channel: 'conda-forge', version: '' }],
    ["numpy[version='>=1.9',build=py*]", { name: 'numpy', version: '>=1.9', build: 'py*' }],
    ['numpy[version=1.7]', { name: 'numpy', version: '==1.7' }],
    ["numpy[version='=1.7']", { name: 'numpy', version: '1.7.*' }],
    ['numpy[version="1.7|1.8"]', { name: 'numpy', version: '==1.7|==1.8' }],
    ['numpy[channel=conda-forge, subdir=osx-64]', { name: 'numpy', channel: 'conda-forge', subdir: 'osx-64', version: '' }],
    ['numpy=1.9[build=py38_0]', { name: 'numpy', version: '1.9.*', build: 'py38_0' }],
    ['numpy>=1.8|<1.2', { name: 'numpy', version: '>=1.8|<1.2' }],
    ['numpy!=1.10.*', { name: 'numpy', version: '!=1.10.*' }],
    ['numpy ~=1.10.1', { name: 'numpy', version: '~=1.10.1' }],
    ['numpy==1.8.*', { name: 'numpy', version: '1.8.*' }],
    ['numpy=1.10.*,!=1.10.2', { name: 'numpy', version: '1.10.*,!=1.10.2' }],
    ['numpy >=1.8,<1.9.*', { name: 'numpy', version: '>=1.8,<1.9' }],
    ['pyTorch=2.8', { name: 'pyTorch', version: '2.8.*' }],
    ['pip<=21.2.4', { name: 'pip', version: '<=21.2.4' }],
    ['numpy=1.9  # pinned for the old model', { name: 'numpy', version: '1.9.*' }],
    ['numpy (optional)', { name: 'numpy', version: '' }],
    ['ruamel.yaml>=0.17', { name: 'ruamel.yaml', version: '>=0.17' }],
    ['_libgcc_mutex=0.1=conda_forge', { name: '_libgcc_mutex', version: '==0.1', build: 'conda_forge' }],
    [
      'https://conda.anaconda.org/conda-forge/linux-64/numpy-1.26.4-py311h64a7726_0.conda',
      { name: 'numpy', channel: 'conda-forge', subdir: 'linux-64', version: '==1.26.4', build: 'py311h64a7726_0' },
    ],
  ])('%s', (text, expected) => {
    expect(parseMatchSpec(text)).toEqual(expected);
  });

  test.each<[string, string, number]>([
    ['', 'empty package spec', 1],
    ['   # only a comment', 'empty package spec', 1],
    ['>=1.9', 'no package name', 1],
    ['numpy=', "missing version after '='", 6],
    ['numpy==', "missing version after '=='", 6],
    ['numpy >=', 'invalid operator', 7],
    ['numpy=1.9,', 'missing version', 6],
    ['numpy>=1.9||2', "unexpected '|'", 6],
    ['numpy[version=1.9', "unbalanced '[' ']'", 6],
    ['numpy[foo=1]', "unknown key 'foo'", 7],
    ['numpy[version=]', "empty value for 'version'", 15],
    ["numpy[version='1.9]", 'unclosed', 15],
    ['numpy 1.9 py 38', "unexpected text 'py 38'", 11],
    ['numpy:1.9', "unexpected ':'", 6],
    ['num$py', "invalid package name 'num$py'", 1],
    ['numpy ^1.9', "regular expression '^1.9' must start with '^' and end with '$'", 7],
    ['numpy ~=1', "'~=' needs at least two version components", 7],
    ['numpy ~=1.9.*', "'~=' cannot be combined with '.*'", 7],
    ['numpy 1.9+', 'empty version component', 7],
    ['numpy >=+1.9', "missing version before '+'", 7],
    ['numpy 1..9', 'empty version component', 7],
    ['numpy 1!2!3', "duplicated epoch separator '!'", 7],
    ['numpy 1.9%', 'invalid character(s)', 7],
    ['mkl@', 'feature specs', 4],
    ['numpy\n-r other.txt', 'control character', 6],
    ['notapkg-1.0.conda', 'is not name-version-build', 1],
  ])('%j is rejected: %s at column %i', (text, message, column) => {
    let error: unknown;
    try {
      parseMatchSpec(text);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(MatchSpecError);
    expect((error as MatchSpecError).message).toContain(message);
    expect((error as MatchSpecError).column).toBe(column);
  });
});

describe('condaVersionAdmits: conda version semantics', () => {
  test('=2.0 and a bare 2.0 are the 2.0 line; ==2.0 is exactly 2.0', () => {
    expect(condaVersionAdmits('=2.0', '2.0.1')).toBe(true);
    expect(condaVersionAdmits('=2.0', '2.0')).toBe(true);
    expect(condaVersionAdmits('=2.0', '2.1')).toBe(false);
    expect(condaVersionAdmits('2.0', '2.0.1')).toBe(true);
    expect(condaVersionAdmits('2.0', '2.1')).toBe(false);
    expect(condaVersionAdmits('==2.0', '2.0')).toBe(true);
    expect(condaVersionAdmits('==2.0', '2.0.0')).toBe(true);
    expect(condaVersionAdmits('==2.0', '2.0.1')).toBe(false);
  });

  test('a spec from parseMatchSpec keeps conda MatchSpec meaning: `numpy 1.7` is exactly 1.7', () => {
    // conda's tests/models/test_match_spec.py: ("numpy 1.7", False) and ("numpy=1.7", fuzzy) against numpy-1.7.1.
    expect(condaVersionAdmits(parseMatchSpec('numpy 1.7').version, '1.7.1')).toBe(false);
    expect(condaVersionAdmits(parseMatchSpec('numpy==1.7').version, '1.7.1')).toBe(false);
    expect(condaVersionAdmits(parseMatchSpec('numpy=1.7').version, '1.7.1')).toBe(true);
    expect(condaVersionAdmits(parseMatchSpec('numpy=1.7=py27_0').version, '1.7.1')).toBe(false);
  });

  test.each<[string, string, boolean]>([
    ['1.9.*', '1.9', true],
    ['1.9.*', '1.9.0', true],
    ['1.9.*', '1.10', false],
    ['1.9*', '1.9.3', true],
    ['*', '0.0.1', true],
    ['', 'anything-goes', true],
    ['>=1.9,<2', '1.9', true],
    ['>=1.9,<2', '2.0', false],
    ['>=1.9,<2', '2.0a1', true],
    ['>=1.8|<1.2', '1.1', true],
    ['>=1.8|<1.2', '1.5', false],
    ['>=1.8|<1.2', '2.3', true],
    ['(1.5|1.6),<1.6.2', '1.6.1', true],
    ['(1.5|1.6),<1.6.2', '1.6.2', false],
    ['!=1.9', '1.9.0', false],
    ['!=1.9', '1.9.1', true],
    ['!=1.9.*', '1.9.1', false],
    ['!=1.9.*', '1.10', true],
    ['~=1.10', '1.11.0', true],
    ['~=1.10.0', '1.11.0', false],
    ['~=3.3.2', '3.3.2.0', true],
    ['~=3.3.2', '3.3.1', false],
    ['1.*.1', '1.7.1', true],
    ['1.*.1', '1.7.2', false],
    ['*.7.*,>=1', '1.7.1', true],
    ['^1\\.7\\.[0-9]+$', '1.7.1', true],
    ['^1\\.8.*$', '1.7.1', false],
    ['>=1.5,>1.6', '1.7.1', true],
    ['>1.7.1a', '1.7.1', true],
    ['>=1.0.1', '1.0.1a', false],
    ['<1.0.1', '1.0.1.vc11', true],
    ['>=1.0.1*.vc11', '1.0.1a.vc11', true],
    ['>=2.7,!=3.0.*,!=3.1.*', '3.0.5', false],
    ['>=2.7,!=3.0.*,!=3.1.*', '3.4a', true],
    ['1.7.1', '1.7.1+local', true],
    ['==1.7.1+local', '1.7.1+local', true],
    ['1!2.0', '2.0', false],
    ['>=1!0.1', '9.0', false],
    ['==1.0-5', '1.0_5', true],
  ])('%j admits %j: %s', (spec, version, expected) => {
    expect(condaVersionAdmits(spec, version)).toBe(expected);
  });

  test("conda's version order (conda/models/version.py docstring)", () => {
    // Each row sorts strictly after the one before; versions on one row are equal.
    const order = [
      ['0.4', '0.4.0'],
      ['0.4.1.rc', '0.4.1.RC'],
      ['0.4.1'],
      ['0.5a1'],
      ['0.5b3'],
      ['0.5C1'],
      ['0.5'],
      ['0.9.6'],
      ['0.960923'],
      ['1.0'],
      ['1.1dev1'],
      ['1.1a1'],
      ['1.1.0dev1', '1.1.dev1'],
      ['1.1.a1'],
      ['1.1.0rc1'],
      ['1.1.0', '1.1'],
      ['1.1.0post1', '1.1.post1'],
      ['1.1post1'],
      ['1996.07.12'],
      ['1!0.4.1'],
      ['1!3.1.1.6'],
      ['2!0.4.1'],
    ];
    for (let i = 0; i < order.length; i++) {
      for (const a of order[i]!) {
        for (const b of order[i]!) expect(condaVersionAdmits(`==${b}`, a)).toBe(true);
        for (const later of order.slice(i + 1).flat()) {
          expect(condaVersionAdmits(`<${later}`, a)).toBe(true);
          expect(condaVersionAdmits(`>=${later}`, a)).toBe(false);
        }
      }
    }
  });

  test("openssl's trailing underscore sorts before letters (conda's openssl convention)", () => {
    const openssl = ['1.0.1dev', '1.0.1_', '1.0.1a', '1.0.1rc1', '1.0.1s', '1.0.1', '1.0.1post.a', '1.0.2'];
    for (let i = 0; i + 1 < openssl.length; i++) expect(condaVersionAdmits(`<${openssl[i + 1]!}`, openssl[i]!)).toBe(true);
  });

  test('invalid specs and versions throw MatchSpecError', () => {
    expect(() => condaVersionAdmits('>=', '1.0')).toThrow(MatchSpecError);
    expect(() => condaVersionAdmits('(1.0', '1.0')).toThrow(MatchSpecError);
    expect(() => condaVersionAdmits('>=1.0', 'not a version')).toThrow(MatchSpecError);
  });
});

describe('conda MatchSpec truth table against numpy-1.7.1-py27_0', () => {
  // conda's tests/models/test_match_spec.py test_match_1, evaluated through parseMatchSpec + condaVersionAdmits.
  const globMatches = (pattern: string, value: string) =>
    new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`).test(value);
  const matches = (text: string) => {
    const spec = parseMatchSpec(text);
    return spec.name.toLowerCase() === 'numpy' && condaVersionAdmits(spec.version, '1.7.1') && (spec.build === undefined || globMatches(spec.build, 'py27_0'));
  };
  test.each<[string, boolean]>([
    ['numpy 1.7*', true],
    ['numpy 1.7.1', true],
    ['numpy 1.7', false],
    ['numpy 1.5*', false],
    ['numpy >=1.5', true],
    ['numpy >=1.5,<2', true],
    ['numpy >=1.8,<1.9', false],
    ['numpy >1.5,<2,!=1.7.1', false],
    ['numpy >1.8,<2|==1.7', false],
    ['numpy >1.8,<2|>=1.7.1', true],
    ['numpy >=1.8|1.7*', true],
    ['numpy ==1.7', false],
    ['numpy >=1.5,>1.6', true],
    ['numpy ==1.7.1', true],
    ['numpy ==1.7.1.0', true],
    ['numpy==1.7.1.0.0', true],
    ['numpy >=1,*.7.*', true],
    ['numpy *.7.*,>=1', true],
    ['numpy >=1,*.8.*', false],
    ['numpy >=2,*.7.*', false],
    ['numpy 1.6*|1.7*', true],
    ['numpy 1.6*|1.8*', false],
    ['numpy 1.6.2|1.7*', true],
    ['numpy 1.6.2|1.7.1', true],
    ['numpy 1.6.2|1.7.0', false],
    ['numpy 1.7.1 py27_0', true],
    ['numpy 1.7.1 py26_0', false],
    ['numpy >1.7.1a', true],
    ['python', false],
  ])('%s → %s', (text, expected) => {
    expect(matches(text)).toBe(expected);
  });
});

describe('condaSpecToPep440', () => {
  test.each<[string, string[]]>([
    ['', ['']],
    ['1.9.*', ['==1.9.*']],
    ['==1.9', ['==1.9']],
    ['1.9', ['==1.9.*']],
    ['>=1.9,<2', ['>=1.9,<2']],
    ['>=1.8|<1.2', ['>=1.8', '<1.2']],
    ['(1.5|1.6),<2', ['==1.5.*,<2', '==1.6.*,<2']],
    ['!=1.9.*', ['!=1.9.*']],
    ['~=1.4.2', ['~=1.4.2']],
    ['>=1.8.*', ['>=1.8']],
    ['1.*.1', ['']],
    ['^1\\.7.*$', ['']],
    ['==1.1.1k', ['']],
    ['>=3.8,==1.1.1k', ['>=3.8']],
  ])('%j → %j', (spec, expected) => {
    expect(condaSpecToPep440(spec)).toEqual(expected);
  });

  test('too many alternatives are read as unconstrained rather than expanded', () => {
    const wide = Array.from({ length: 10 }, (_, i) => `(${i}.1|${i}.2)`).join(',');
    expect(condaSpecToPep440(wide)).toEqual(['']);
  });
});
