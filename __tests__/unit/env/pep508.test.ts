import { LocatedError } from '../../../shared/diagnostics.js';
import { normalizeMarker, normalizeName, parsePep508, pyStrip, RequirementSyntaxError, splitUrl } from '../../../shared/env/pep508.js';

function syntaxError(text: string): RequirementSyntaxError {
  try {
    parsePep508(text);
  } catch (e) {
    if (e instanceof RequirementSyntaxError) return e;
    throw e;
  }
  throw new Error(`${text} parsed`);
}

describe('normalizeName (PEP 503)', () => {
  test.each([
    ['scikit_learn', 'scikit-learn'],
    ['Django', 'django'],
    ['zope.interface', 'zope-interface'],
    ['a__b--c..d', 'a-b-c-d'],
    ['A-_.B', 'a-b'],
  ])('%s → %s', (name, normalized) => expect(normalizeName(name)).toBe(normalized));
});

describe('parsePep508', () => {
  test('name, extras, specifier, marker', () => {
    expect(parsePep508('Requests[Security, socks] >= 2.8.1 , == 2.8.* ; python_version < "2.7"')).toEqual({
      name: 'Requests',
      normalized: 'requests',
      extras: ['Security', 'socks'],
      specifier: '>=2.8.1,==2.8.*',
      marker: 'python_version < "2.7"',
    });
  });

  test('the specifier keeps the written order, without whitespace or parentheses', () => {
    expect(parsePep508('foo (<2, >=1.0)').specifier).toBe('<2,>=1.0');
    expect(parsePep508('foo== 1.0').specifier).toBe('==1.0');
    expect(parsePep508('foo').specifier).toBe('');
  });

  test('PEP 440 corners: epochs, local versions, arbitrary equality, wildcards, compatible release', () => {
    expect(parsePep508('torch==2.1.0+cu121').specifier).toBe('==2.1.0+cu121');
    expect(parsePep508('foo==1!2.0').specifier).toBe('==1!2.0');
    expect(parsePep508('foo===weird-1.0').specifier).toBe('===weird-1.0');
    expect(parsePep508('foo!=1.2.*').specifier).toBe('!=1.2.*');
    expect(parsePep508('foo~=2.2rc1').specifier).toBe('~=2.2rc1');
  });

  test('arbitrary equality runs to the next whitespace, as in pip 23.2, and the set is then split at commas', () => {
    expect(parsePep508('foo===1.0,<2').specifier).toBe('===1.0,<2');
    expect(parsePep508('foo===1.0,').specifier).toBe('===1.0');
  });

  test('legacy specifiers that pip 23.2 still accepts', () => {
    expect(parsePep508('foo==dev').specifier).toBe('==dev');
    expect(parsePep508('foo>=').specifier).toBe('>=');
    expect(parsePep508('foo>=1.0.*').specifier).toBe('>=1.0.*');
  });

  test('a clause ends where pip would end it: ~=1.0alpha1 stops after "a" and fails', () => {
    expect(syntaxError('foo~=1.0alpha1').column).toBe(10);
    expect(parsePep508('foo==1.0alpha1').specifier).toBe('==1.0alpha1');
  });

  test('name @ url, with a marker only after whitespace', () => {
    expect(parsePep508('pip @ https://github.com/pypa/pip/archive/22.0.2.zip ; python_version >= "3"')).toEqual({
      name: 'pip',
      normalized: 'pip',
      extras: [],
      specifier: '',
      url: 'https://github.com/pypa/pip/archive/22.0.2.zip',
      marker: 'python_version >= "3"',
    });
    // Without the space the ; belongs to the URL.
    expect(parsePep508('pip@https://example.com/a;os_name=="nt"').url).toBe('https://example.com/a;os_name=="nt"');
  });

  test('URLs need a scheme and a host; file: URLs must be in their canonical form', () => {
    expect(parsePep508('foo @ file:///opt/foo.whl').url).toBe('file:///opt/foo.whl');
    expect(parsePep508('foo @ file://host/share/foo.whl').url).toBe('file://host/share/foo.whl');
    for (const bad of ['foo @ https:///x', 'foo @ ./local', 'foo @ file:./rel', 'foo @ file:/x', 'foo @ FILE:///x', 'foo @ file:///x?']) {
      expect(syntaxError(bad).message).toMatch(/URL/);
    }
  });

  test('empty and duplicate extras', () => {
    expect(parsePep508('foo[]').extras).toEqual([]);
    expect(parsePep508('foo[ ]').extras).toEqual([]);
    expect(parsePep508('foo[a,b,a]').extras).toEqual(['a', 'b']);
  });

  test.each([
    ['', 1],
    ['-foo', 1],
    ['foo-', 4],
    ['foo[a,]', 7],
    ['foo[a b]', 7],
    ['foo (>=1', 9],
    ['foo>=1)', 7],
    ['foo 1.0', 5],
    ['foo==1.0 ,', 10],
    ['foo; ', 6],
    ['foo ; os_name == "a" and', 22],
    ['foo @', 6],
    ['foo===1.0,junk', 4],
  ])('%j is rejected at column %d', (text, column) => {
    const e = syntaxError(text);
    expect(e.column).toBe(column);
    expect(e.message).not.toBe('');
  });

  test('a tab ends a URL; error columns count the tabs as written', () => {
    expect(syntaxError('foo @ https://x.org/a\tjunk').column).toBe(23);
    expect(syntaxError('foo\t\t!').column).toBe(6);
  });

  test('a syntax error becomes a LocatedError at the place of the requirement in its file', () => {
    const located = syntaxError('foo-').toLocatedError('pyproject/dependency', 'pyproject.toml', 7, 10);
    expect(located).toBeInstanceOf(LocatedError);
    expect(located.toDiagnostic()).toEqual({ severity: 'error', code: 'pyproject/dependency', message: located.message, file: 'pyproject.toml', line: 7, column: 14 });
  });
});

describe('normalizeMarker: the marker as pip prints it', () => {
  test.each([
    ["python_version<'3.8'", 'python_version < "3.8"'],
    ['os.name=="nt" and sys.platform=="win32"', 'os_name == "nt" and sys_platform == "win32"'],
    ['python_implementation == "CPython"', 'platform_python_implementation == "CPython"'],
    ['"3.8" <= python_version', '"3.8" <= python_version'],
    ['os_name   not in "a b"', 'os_name not in "a b"'],
    ['os_name=="a"or(os_name=="b")', 'os_name == "a" or os_name == "b"'],
    ['(os_name=="a" and os_name=="b")', 'os_name == "a" and os_name == "b"'],
    ['os_name=="x" and (os_name=="y" or os_name=="z")', 'os_name == "x" and (os_name == "y" or os_name == "z")'],
    // packaging 21.3 drops the parentheses of a group holding one group, changing the meaning; pip prints that.
    ['os_name == "x" and ((os_name == "y" or os_name == "z"))', 'os_name == "x" and os_name == "y" or os_name == "z"'],
    ['os_name=="x"andos_name=="y"', 'os_name == "x" and os_name == "y"'],
    ["os_name == 'it\"s'", 'os_name == "it"s"'],
    ['platform_version == "a\\tb"', 'platform_version == "a\tb"'],
    ['implementation_version === "3.11.7"', 'implementation_version === "3.11.7"'],
  ])('%s → %s', (marker, normalized) => expect(normalizeMarker(marker)).toBe(normalized));

  test('deep nesting is a syntax error, not a stack overflow', () => {
    const deep = `${'('.repeat(5000)}os_name == "a"${')'.repeat(5000)}`;
    expect(() => normalizeMarker(deep)).toThrow('nested too deeply');
    expect(normalizeMarker(`${'('.repeat(50)}os_name == "a"${')'.repeat(50)}`)).toBe('os_name == "a"');
  });

  test('tabs are expanded to the next multiple of eight first, as pyparsing does', () => {
    // `not<TAB>in` reads as `not in` only where the tab stands for a single space.
    expect(normalizeMarker('os_name     not\tin "x"')).toBe('os_name not in "x"');
    expect(() => normalizeMarker('os_name not\tin "x"')).toThrow(RequirementSyntaxError);
    expect(normalizeMarker('os_name == "a\tb"')).toBe('os_name == "a   b"');
  });

  test.each(['', 'os_name == posix', 'os_name = "x"', 'os_name not  in "x"', 'python_versions == "3"', '()', 'os_name == "x")', 'os_name == "x" and', '"a" == "b'])(
    '%j is not a marker',
    (marker) => expect(() => normalizeMarker(marker)).toThrow(RequirementSyntaxError),
  );
});

describe('Python text helpers', () => {
  test("pyStrip strips Python's whitespace set, which JavaScript's trim does not match", () => {
    expect(pyStrip('\x1c\x1f foo \x85\u00a0')).toBe('foo');
    expect(pyStrip('\ufefffoo')).toBe('\ufefffoo');
  });

  test('splitUrl follows urllib.parse.urlsplit', () => {
    expect(splitUrl('Git+HTTPS://github.com/o/r.git@v1#egg=r')).toEqual({ scheme: 'git+https', netloc: 'github.com', path: '/o/r.git@v1', fragment: 'egg=r' });
    expect(splitUrl('1http://x')).toEqual({ scheme: '', path: '1http://x' });
    expect(splitUrl('https://x/a?q=1#f?g')).toEqual({ scheme: 'https', netloc: 'x', path: '/a', query: 'q=1', fragment: 'f?g' });
  });
});
