// The line grammar of requirements files, case by case. Files live in an in-memory tree.

import type { Dependency, FileReader, PackagingFile } from '../../../shared/env/model.js';
import { expandEnvVariables, parseRequirementsText, type RequirementsOptions } from '../../../shared/env/requirements.js';
import { onSecretExpanded } from '../../../shared/secret-values.js';

function tree(files: Record<string, string>): FileReader {
  return { read: (path) => files[path] };
}

const PROJECTS = tree({
  'pyproject.toml': '[project]\nname = "My_Root"\n',
  'pkg/pyproject.toml': '[project]\nname = "Real-Name"\nversion = "1"\n',
  'poetry/pyproject.toml': '[tool.poetry]\nname = "poetry-proj"\n',
  'cfg/setup.py': 'from setuptools import setup\nsetup()\n',
  'cfg/setup.cfg': '[metadata]\nname = cfg_named\nversion = 1\n',
  'legacy/setup.py': 'setup(name="legacy-setup", version="1")\n',
  'anon/setup.py': 'setup()\n',
  'broken/pyproject.toml': '[project\n',
  'broken/setup.py': 'setup(name="after-broken-toml")\n',
  'sub/requirements.txt': '-e ./local\n',
  'sub/local/pyproject.toml': '[project]\nname = "sub-local"\n',
});

function parse(text: string, options: RequirementsOptions = {}, reader: FileReader = PROJECTS): PackagingFile {
  return parseRequirementsText(text, 'requirements.txt', reader, options)[0]!;
}

function only(text: string, options?: RequirementsOptions): Dependency {
  const file = parse(text, options);
  expect(file.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  expect(file.dependencies).toHaveLength(1);
  return file.dependencies[0]!;
}

const errorLines = (file: PackagingFile): number[] => file.diagnostics.filter((d) => d.severity === 'error').map((d) => d.line!);

describe('comments', () => {
  test('# starts a comment at the start of a line or after whitespace, not inside a URL', () => {
    const file = parse('# heading\nnumpy  # pinned below\nhttps://example.com/x.tar.gz#egg=pkg-x\nfoo#bar\n');
    expect(file.dependencies.map((d) => [d.name, d.line])).toEqual([
      ['numpy', 2],
      ['pkg-x', 3],
    ]);
    expect(file.dependencies[1]!.url).toBe('https://example.com/x.tar.gz#egg=pkg-x');
    expect(errorLines(file)).toEqual([4]);
  });

  test('a comment swallows the rest of a continued line, as in pip', () => {
    const file = parse('a==1 # note \\\nb==2\nc\n');
    expect(file.dependencies.map((d) => [d.name, d.line])).toEqual([
      ['a', 1],
      ['c', 3],
    ]);
  });
});

describe('continuations', () => {
  test('a dependency carries the line it starts on', () => {
    const file = parse('\nopencv-python==4.8.1.78 \\\n    --hash=sha256:aa \\\n    --hash=sha256:bb\nnext\n');
    expect(file.dependencies.map((d) => [d.name, d.line, d.hashes])).toEqual([
      ['opencv-python', 2, ['sha256:aa', 'sha256:bb']],
      ['next', 5, undefined],
    ]);
  });

  test('a comment line ends a continuation; a backslash on the last line joins nothing', () => {
    const file = parse('foo>=1,\\\n# note\nbar \\');
    expect(errorLines(file)).toEqual([1]); // `foo>=1,` with its trailing comma
    expect(file.dependencies.map((d) => [d.name, d.line])).toEqual([['bar', 3]]);
  });
});

describe('line numbers are editor lines', () => {
  test('CRLF and lone CR end lines', () => {
    expect(parse('a\r\nb\rc\n').dependencies.map((d) => d.line)).toEqual([1, 2, 3]);
  });

  test('form feeds and vertical tabs split requirements (as in pip) but not editor lines', () => {
    const file = parse('a==1\fb==2\nc\vd\n');
    expect(file.dependencies.map((d) => [d.name, d.line])).toEqual([
      ['a', 1],
      ['b', 1],
      ['c', 2],
      ['d', 2],
    ]);
  });

  test('lineMap maps physical lines to the lines reported (conda pip: sections)', () => {
    const file = parse('numpy\nbad==\n', { lineMap: (n) => n + 40 });
    expect(file.dependencies[0]!.line).toBe(41);
    expect(parse('numpy\n!!\n', { lineMap: (n) => n + 40 }).diagnostics[0]).toMatchObject({ file: 'requirements.txt', line: 42 });
  });

  test('a byte order mark is not part of the first name', () => {
    expect(only('\uFEFFnumpy').name).toBe('numpy');
  });
});

describe('${VAR}: pip expands it to read the line; the model keeps it as written', () => {
  const env = { TORCH: '2.1.0', CUDA: 'cu121', EMPTY: '', lower: 'x' };
  test('only ${NAME} with NAME in [A-Z0-9_] expands, from options.env; the parts keep the variable', () => {
    expect(only('torch==${TORCH}+${CUDA}', { env }).specifier).toBe('==${TORCH}+${CUDA}');
    expect(parse('a==$TORCH\nc==${EMPTY}\nd==${lower}', { env }).diagnostics.map((d) => d.line)).toEqual([1, 2, 3]);
    expect(errorLines(parse('a==${TORCH}', { env: { TORCH: 'not a version' } }))).toEqual([1]);
  });

  test('a token in a URL stays ${TOKEN} in every part and every message', () => {
    const token = 'ghp_s3cr3tTOKEN';
    const file = parse('mypkg @ https://files.example/${PRIVATE_TOKEN}/mypkg-1.0-py3-none-any.whl\n${INPUT_TOKEN}\n-i https://u:${PRIVATE_TOKEN}@pkgs.example/simple\nbad --hash "sha256:${PRIVATE_TOKEN}\n', { env: { PRIVATE_TOKEN: token, INPUT_TOKEN: token } });
    expect(file.dependencies.map((d) => [d.name, d.url])).toEqual([
      ['mypkg', 'https://files.example/${PRIVATE_TOKEN}/mypkg-1.0-py3-none-any.whl'],
      ['${INPUT_TOKEN}', undefined],
    ]);
    expect(file.index?.indexUrl).toBe('https://u:${PRIVATE_TOKEN}@pkgs.example/simple');
    expect(file.diagnostics).toEqual([expect.objectContaining({ line: 4, message: expect.stringContaining('"sha256:${PRIVATE_TOKEN}') })]);
    expect(JSON.stringify(file)).not.toContain(token);
  });

  test('every expanded value is handed to the secret listeners (the actions mask it)', () => {
    const seen: string[] = [];
    const stop = onSecretExpanded((v) => seen.push(v));
    parse('a @ https://h/${LISTENED_TOKEN}/a.whl', { env: { LISTENED_TOKEN: 'tok-listened-1' } });
    stop();
    expect(seen).toContain('tok-listened-1');
  });

  test('a variable unset here does not make its line invalid: pip expands it where it installs', () => {
    const file = parse('requests==${REQUESTS_VERSION}\nnumpy[${EXTRA}]\nbroken===${V} ; os_name ==\n');
    expect(file.dependencies.map((d) => [d.name, d.specifier, d.extras])).toEqual([
      ['requests', '==${REQUESTS_VERSION}', []],
      ['numpy', '', ['${EXTRA}']],
    ]);
    expect(file.diagnostics.map((d) => [d.line, d.severity, d.code])).toEqual([
      [1, 'notice', 'requirements/unset-variable'],
      [2, 'notice', 'requirements/unset-variable'],
      [3, 'error', 'requirements/syntax'],
    ]);
    expect(file.diagnostics[0]!.message).toContain('${REQUESTS_VERSION} is not set here');
  });

  test('expansion happens after comments are removed, so a # from a variable is not a comment', () => {
    expect(errorLines(parse('pkg==${V}', { env: { V: '1.0 #x' } }))).toEqual([1]);
  });

  test('expandEnvVariables gives what pip installs from a written part', () => {
    expect(expandEnvVariables('==${TORCH}+${CUDA}', env)).toBe('==2.1.0+cu121');
    expect(expandEnvVariables('${EMPTY}${UNSET}', env)).toBe('${EMPTY}${UNSET}');
  });
});

describe('requirements', () => {
  test('extras, specifier and marker; the marker is kept as written', () => {
    expect(only('Transformers [torch, Sentencepiece] >= 4.35 , <5 ;python_version>="3.9"')).toEqual({
      name: 'Transformers',
      normalized: 'transformers',
      ecosystem: 'pypi',
      specifier: '>=4.35,<5',
      extras: ['torch', 'Sentencepiece'],
      marker: 'python_version>="3.9"',
      editable: false,
      file: 'requirements.txt',
      line: 1,
      group: 'main',
    });
  });

  test('PEP 440 corners pass through', () => {
    const specs = parse('a===foobar\nb~=1.4.5\nc==1.*\nd==1!2.0\ne==2.1.0+cu121\nf>=1.0.post1.dev2').dependencies.map((d) => d.specifier);
    expect(specs).toEqual(['===foobar', '~=1.4.5', '==1.*', '==1!2.0', '==2.1.0+cu121', '>=1.0.post1.dev2']);
  });

  test('name @ url', () => {
    expect(only('pip @ https://github.com/pypa/pip/archive/22.0.2.zip ; python_version >= "3.8"')).toMatchObject({
      name: 'pip',
      url: 'https://github.com/pypa/pip/archive/22.0.2.zip',
      marker: 'python_version >= "3.8"',
    });
  });

  test('per-requirement options: hashes kept, --global-option and --config-settings accepted, global options ignored', () => {
    const file = parse('a==1 --hash=sha256:x --hash sha512:y --global-option=--quiet -C k=v --index-url https://ignored\n');
    expect(file.dependencies[0]!.hashes).toEqual(['sha256:x', 'sha512:y']);
    expect(file.index).toBeUndefined();
  });

  test('legacy specifiers are read as pip 23.2 reads them, with a warning that newer pip rejects them', () => {
    const file = parse('foo==dev\n');
    expect(file.dependencies[0]!.specifier).toBe('==dev');
    expect(file.diagnostics).toEqual([expect.objectContaining({ severity: 'warning', code: 'requirements/legacy-specifier', line: 1 })]);
  });
});

describe('URLs and paths', () => {
  test('a wheel names its project and version', () => {
    expect(only('https://example.com/wheels/foo_bar-1.0.0-py3-none-any.whl')).toMatchObject({
      name: 'foo-bar',
      specifier: '==1.0.0',
      url: 'https://example.com/wheels/foo_bar-1.0.0-py3-none-any.whl',
    });
    expect(only('./dist/foo-2.0-py3-none-any.whl[cli]')).toMatchObject({ name: 'foo', specifier: '==2.0', extras: ['cli'], url: './dist/foo-2.0-py3-none-any.whl' });
  });

  test('#egg= names a URL; a URL needs "; " before its marker', () => {
    expect(only('git+https://github.com/org/repo.git@v1#egg=repo-name ; os_name == "nt"')).toMatchObject({ name: 'repo-name', marker: 'os_name == "nt"' });
    expect(only('https://example.com/a.tar.gz#egg=a;os_name=="nt"')).toMatchObject({ name: 'a', marker: 'os_name=="nt"' });
  });

  test('an unnamed URL or path keeps itself as its name, with a guessed normalized name', () => {
    expect(only('https://example.com/dl/torch_scatter-2.1.2.tar.gz')).toMatchObject({
      name: 'https://example.com/dl/torch_scatter-2.1.2.tar.gz',
      normalized: 'torch-scatter',
      url: 'https://example.com/dl/torch_scatter-2.1.2.tar.gz',
    });
    expect(only('git+https://github.com/org/My_Repo.git@main').normalized).toBe('my-repo');
    expect(only('https://example.com/legacy-dashed-name-0.9.zip').normalized).toBe('legacy-dashed-name');
  });

  test('a local project directory is named from its pyproject.toml, setup.cfg or setup.py, else its folder', () => {
    const file = parse('./pkg[test]\n./poetry\ncfg/\n./legacy\n./anon\n./broken\n.\n');
    expect(file.dependencies.map((d) => [d.name, d.normalized, d.url, d.extras])).toEqual([
      ['./pkg', 'real-name', './pkg', ['test']],
      ['./poetry', 'poetry-proj', './poetry', []],
      ['cfg/', 'cfg-named', 'cfg/', []],
      ['./legacy', 'legacy-setup', './legacy', []],
      ['./anon', 'anon', './anon', []],
      ['./broken', 'after-broken-toml', './broken', []],
      ['.', 'my-root', '.', []],
    ]);
  });

  test('a path-like line that is no project is an error, as in pip', () => {
    const file = parse('./missing\nok\n');
    expect(file.diagnostics).toEqual([expect.objectContaining({ severity: 'error', code: 'requirements/missing-path', line: 1 })]);
    expect(file.dependencies.map((d) => d.name)).toEqual(['ok']);
  });

  test('a project path outside the repository is missing on a fresh checkout: an error, as pip would give there', () => {
    const file = parse('/home/me/src/pkg\n-e ../sibling\n/opt/wheels/foo-1.0-py3-none-any.whl\n');
    expect(file.diagnostics.map((d) => [d.code, d.line, d.message])).toEqual([
      ['requirements/missing-path', 1, expect.stringContaining('outside the repository')],
      ['requirements/missing-path', 2, expect.stringContaining('outside the repository')],
    ]);
    // pip installs from an archive path without looking first (and fails later if it is not there).
    expect(file.dependencies).toEqual([expect.objectContaining({ name: 'foo', specifier: '==1.0', url: '/opt/wheels/foo-1.0-py3-none-any.whl' })]);
  });
});

describe('editables', () => {
  test('local directories: the root, a subfolder with extras', () => {
    const file = parse('-e .\n--editable=./pkg[dev,test]\n');
    expect(file.dependencies.map((d) => [d.name, d.normalized, d.url, d.extras, d.editable])).toEqual([
      ['.', 'my-root', '.', [], true],
      ['./pkg', 'real-name', './pkg', ['dev', 'test'], true],
    ]);
  });

  test('a path relative to the requirements file is found when pip would be run from its folder', () => {
    const [sub] = parseRequirementsText('-e ./local\n', 'sub/requirements.txt', PROJECTS);
    expect(sub!.dependencies[0]).toMatchObject({ normalized: 'sub-local', url: './local', editable: true, file: 'sub/requirements.txt' });
  });

  test('VCS URLs need #egg=; git:// is read as git+git:// like pip', () => {
    const file = parse('-e git+https://github.com/org/repo.git@main#egg=repo[extra]\n-e git://github.com/org/old#egg=old\n-e git+https://github.com/org/anon.git\n');
    expect(file.dependencies.map((d) => [d.name, d.url, d.extras])).toEqual([
      ['repo', 'git+https://github.com/org/repo.git@main#egg=repo[extra]', ['extra']],
      ['old', 'git+git://github.com/org/old#egg=old', []],
    ]);
    expect(file.diagnostics).toEqual([expect.objectContaining({ code: 'requirements/syntax', line: 3, message: expect.stringContaining('#egg=') })]);
  });

  test('a directory without pyproject.toml or setup.py, or a plain https URL, is not editable', () => {
    const file = parse('-e ./missing\n-e https://example.com/x.tar.gz#egg=x\n');
    expect(file.diagnostics.map((d) => [d.code, d.line])).toEqual([
      ['requirements/missing-path', 1],
      ['requirements/syntax', 2],
    ]);
  });

  test('a requirement on the same line wins over -e, as in pip', () => {
    expect(only('numpy -e ./pkg')).toMatchObject({ name: 'numpy', editable: false });
  });
});

describe('options', () => {
  test('index options of option lines go to PackagingFile.index; abbreviations and short forms count', () => {
    const file = parse(
      '-i https://a.example/simple\n--extra https://b.example/simple\n--extra-index-url=https://c.example/simple\n' +
        '-f ./wheels --find-links ./second-is-ignored\n--trusted-host a.example --trusted=b.example\n--no-index\n--pre --prefer-binary --only-binary :all: --no-binary=lxml --use-feature=truststore --require-hashes\n',
    );
    expect(file.index).toEqual({
      indexUrl: 'https://a.example/simple',
      extraIndexUrls: ['https://b.example/simple', 'https://c.example/simple'],
      findLinks: ['./wheels'],
      noIndex: true,
      trustedHosts: ['a.example', 'b.example'],
    });
    expect(file.diagnostics).toEqual([]);
  });

  test('bad options are diagnostics on their line and the next line is still read', () => {
    const lines = ['--bogus', 'a', '--no', 'b', '--hash=md5:x', 'c', '-C novalue', 'd', '--use-feature=warp', 'e', '--no-index=1', 'f', '-i', 'g', '"unclosed', 'h', "x --hash='open", 'i'];
    const file = parse(lines.join('\n'));
    expect(errorLines(file)).toEqual([1, 3, 5, 7, 9, 11, 13, 15, 17]);
    expect(file.dependencies.map((d) => d.name)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i']);
    expect(file.diagnostics.every((d) => d.code === 'requirements/syntax' && d.file === 'requirements.txt')).toBe(true);
  });

  test('--hash on a line without a requirement is ignored by pip: a warning', () => {
    expect(parse('--hash=sha256:abc\n').diagnostics).toEqual([expect.objectContaining({ severity: 'warning', code: 'requirements/ignored-option', line: 1 })]);
  });

  test('quoted option values are unquoted like shlex does', () => {
    const [root, quoted] = parseRequirementsText('-r "with space.txt"\n', 'requirements.txt', tree({ 'with space.txt': 'x\n' }));
    expect(root!.includes).toEqual(['with space.txt']);
    expect(quoted!.dependencies[0]!.name).toBe('x');
  });
});

describe('the whole text read as constraints', () => {
  test('options.constraint marks every dependency constraintOnly', () => {
    expect(only('numpy<2', { constraint: true }).constraintOnly).toBe(true);
  });
});
