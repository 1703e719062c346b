import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lexImports, scanPythonSource } from '../../../shared/scan/python-imports.js';

const fixtures = join(import.meta.dirname, '../../fixtures/scan');

function scan(path: string) {
  return scanPythonSource(readFileSync(join(fixtures, path)), path);
}

/** `dotted@line` of every import, in order. */
function found(source: string | Buffer): string[] {
  return scanPythonSource(source, 'x.py').imports.map((i) => `${i.dotted}@${i.line}`);
}

describe('scanPythonSource on the fixture corpus', () => {
  test('every statement form, relative levels, names normalised as Python does (NFKC)', () => {
    const file = scan('python/statements.py');
    expect(file.problem).toBeUndefined();
    expect(file.imports.map((i) => `${i.dotted}@${i.line}`)).toEqual([
      'a@1', 'b.c@1', 'd.e.f@2', 'h@2', 'j@2', 'k@3', 'm.n@4', '.@7', '..@8', '.t@9', '..v.w@10', '...@11', '...z@12',
      '.@13', '...cc@14', 'ee@15', 'ff@15', 'gg.hh@17', 'ii.jj@18', 'll@19', 'nn@21', 'oo@22', 'pp@23', 'qq@25',
      'ss@27', 'tt@29', 'typing@38', 'vv@40', 'ww.xx@41', '__future__@48', 'café@49', 'ünïcode.sub@50', 'file@51',
    ]);
    const relative = file.imports.filter((i) => i.level > 0);
    expect(relative.map((i) => [i.module, i.level])).toEqual([
      ['', 1], ['', 2], ['t', 1], ['v', 2], ['', 3], ['z', 3], ['', 1], ['cc', 3],
    ]);
    expect(file.imports.find((i) => i.dotted === 'd.e.f')).toEqual({ module: 'd', dotted: 'd.e.f', level: 0, line: 2 });
  });

  test('strings of every kind hide the imports they mention', () => {
    expect(scan('python/strings.py').imports.map((i) => i.module)).toEqual([
      'os', 'sys', 'json', 're', 'abc', 'csv', 'ast', 'base64', 'bisect', 'calendar', 'cmath', 'copy', 'dis', 'enum',
    ]);
  });

  test('f-strings: format specs, nested fields, Python 3.12 same-quote nesting and comments', () => {
    expect(scan('python/fstrings.py').imports.map((i) => i.module)).toEqual(['os', 'sys', 'json', 're']);
    expect(scan('python/fstrings_312.py').imports.map((i) => `${i.module}@${i.line}`)).toEqual([
      'os@2', 'sys@5', 'json@9', 're@10', 'abc@11', 'csv@12', 'base64@13',
    ]);
  });

  test('comments, soft keywords, whitespace', () => {
    expect(scan('python/comments.py').imports.map((i) => `${i.module}@${i.line}`)).toEqual([
      'real_after_comment_backslash@3', 'b@6', 'c@7',
    ]);
    expect(scan('python/match_soft_keywords.py').imports.map((i) => i.module)).toEqual(['in_match', 'in_case']);
    expect(scan('python/whitespace.py').imports.map((i) => `${i.module}@${i.line}`)).toEqual(['tabs@1', 'formfeed@2', 'tabbed@4']);
  });

  test('line endings: CRLF, and lone CR which Python also reads as a newline', () => {
    const lines = (p: string) => scan(p).imports.map((i) => `${i.module}@${i.line}`);
    expect(lines('python/crlf.py')).toEqual(['one@1', 'two@2', 'three@6']);
    expect(lines('python/lone_cr.py')).toEqual(['one@1', 'two@2', 'three@4']);
  });

  test('encodings: BOM, PEP 263 cookies (Latin-1, Latin-9, Shift JIS whose bytes may look like a backslash)', () => {
    expect(scan('python/bom.py').imports.map((i) => i.module)).toEqual(['bom_first', 'bom_second']);
    expect(scan('python/latin1_cookie.py').imports.map((i) => i.module)).toEqual(['café', 'latin']);
    expect(scan('python/latin9_cookie.py').imports.map((i) => i.module)).toEqual(['été']);
    const sjis = scan('python/shift_jis.py');
    expect(sjis.problem).toBeUndefined();
    expect(sjis.imports.map((i) => i.module)).toEqual(['after_sjis']);
  });
});

describe('files Python cannot parse', () => {
  test.each([
    ['unterminated_string.py', 'unterminated string literal', 2, ['before']],
    ['unterminated_triple.py', 'unterminated triple-quoted string literal', 2, ['before']],
    ['unterminated_fstring.py', "f-string: expecting '}'", 2, ['before']],
    ['unclosed_bracket.py', "'(' was never closed", 2, ['before', 'after']],
    ['mismatched_bracket.py', "closing parenthesis ')' does not match opening parenthesis '['", 2, ['before']],
    ['unmatched_close.py', "unmatched ')'", 2, ['before']],
    ['backslash.py', 'unexpected character after line continuation character', 2, ['before']],
    ['nul_byte.py', 'source code cannot contain null bytes', 2, ['before', 'second']],
  ])('%s: problem at its line, imports found so far kept', (name, message, line, modules) => {
    const file = scan(`unparsable/${name}`);
    expect(file.imports.map((i) => i.module)).toEqual(modules);
    expect(file.problem).toMatchObject({ severity: 'warning', code: 'scan/unparsable', file: `unparsable/${name}`, line });
    expect(file.problem?.message).toContain(message);
  });

  test('the problem column counts characters, not bytes', () => {
    expect(scanPythonSource('é = "x\n', 'x.py').problem).toMatchObject({ line: 1, column: 5 });
  });

  test('brackets nested beyond CPython limits are a problem, not a stack overflow', () => {
    expect(scanPythonSource('('.repeat(100_000), 'x.py').problem?.message).toContain('too many nested parentheses');
    const fstrings = 'f"{'.repeat(5_000) + '1' + '}"'.repeat(5_000);
    expect(scanPythonSource(fstrings, 'x.py').problem?.message).toMatch(/nested/);
  });
});

describe('statement edge cases', () => {
  test('`import` and `from` are keywords only as whole names', () => {
    expect(found('importlib = 1\nx.from_ = 2\nreimport = 3\nfromage = 4\nimport_x = 5\n')).toEqual([]);
  });

  test('`from` that is not an import: yield from, raise from, then an import on the next line', () => {
    expect(found('def g():\n    yield from x\n    import a\nraise E from e\nimport b\n')).toEqual(['a@3', 'b@5']);
    expect(found('raise E from e; import c')).toEqual(['c@1']);
  });

  test('aliases, continuation lines and spaces around dots', () => {
    expect(found('import a . b as c, \\\n  d\n')).toEqual(['a.b@1', 'd@1']);
    expect(found('from \\\n . \\\n x import y\n')).toEqual(['.x@1']);
    expect(found('from .import(x)')).toEqual(['.@1']);
  });

  test('the line is that of the keyword, also after a continuation', () => {
    expect(found('x = 1; \\\nimport a\n')).toEqual(['a@2']);
  });

  test('string prefixes are read from the name just before the quote', () => {
    expect(found('x = rb"\\"" ; import a\ny = br\'\\\'\' ; import b\n')).toEqual(['a@1', 'b@2']);
    expect(found('x = t"{y}" ; import a\n')).toEqual(['a@1']); // Python 3.14 template strings
    expect(found('x = f"{y:{z}}" rf"\\{w}" ; import a\n')).toEqual(['a@1']);
  });

  test('string and Buffer input agree; a string is never re-decoded by a cookie', () => {
    const text = '# coding: latin-1\nimport café\n';
    expect(found(text)).toEqual(['café@2']);
    expect(found(Buffer.from(text, 'latin1'))).toEqual(['café@2']);
  });

  test('lexImports reports IPython lines only when asked', () => {
    const magics: string[] = [];
    const { imports } = lexImports(Buffer.from('%pip install x\nimport a\n  !ls \\\n  -l\nimport b\n'), {
      decoded: true,
      onMagicLine: (text, line) => magics.push(`${line}:${text}`),
    });
    expect(imports.map((i) => i.module)).toEqual(['a', 'b']);
    expect(magics).toEqual(['1:%pip install x', '3:  !ls \\\n  -l']);
  });
});

describe('programs a Python file runs', () => {
  const programs = (source: string) => scanPythonSource(source, 'run.py').programs;

  test('the literal commands of subprocess and os.system calls, as argument lists or command lines', () => {
    const source = [
      'import os, subprocess, sys',
      'from subprocess import check_output',
      'subprocess.run(["aws", "s3", "cp", src, dst], check=True)',
      "subprocess.check_call([sys.executable, '-m', 'pytest', '-x'])",
      'check_output(["lm_eval", "--model", "hf"])',
      'os.system("ruff check . && black --check .")',
      'subprocess.run(f"accelerate launch {script}", shell=True)',
      'sp.Popen(["nvidia-smi"])',
    ].join('\n');
    expect(programs(source)).toEqual(['aws', 'python', 'pytest', 'lm_eval', 'nvidia-smi', 'ruff', 'black', 'accelerate']);
  });

  test('a command built at run time, or a file that imports neither subprocess nor os, gives nothing', () => {
    expect(programs('import subprocess\nsubprocess.run(cmd)\nsubprocess.run([exe, "-m", "x"])\nsubprocess.run(f"{tool} run")\n')).toBeUndefined();
    expect(programs('import shlex\nrun(["black"])\nos.system("ruff")\n')).toBeUndefined();
  });
});

test('the environment variables a file sets, not those it only reads', () => {
  const source = [
    'import os',
    'os.environ["HF_HUB_ENABLE_HF_TRANSFER"] = "1"',
    "os.environ.setdefault('TOKENIZERS_PARALLELISM', 'false')",
    'os.environ.update(WANDB_MODE="offline")',
    'if os.environ["READ_ONLY"] == "1": pass',
    'x = os.environ.get("ALSO_READ")',
  ].join('\n');
  expect(scanPythonSource(source, 'env.py').variables).toEqual(['HF_HUB_ENABLE_HF_TRANSFER', 'TOKENIZERS_PARALLELISM', 'WANDB_MODE']);
});
