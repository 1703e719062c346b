import { PythonTokenError, splitStatements, tokenizePython } from '../../../shared/env/python-tokens.js';

const statements = (text: string) => splitStatements(tokenizePython(text));

describe('tokenizePython', () => {
  test('brackets and backslashes join physical lines into one logical line', () => {
    const lines = tokenizePython('x = [\n  1,\n  2]\ny = 1 + \\\n  2\n');
    expect(lines.map((l) => [l.line, l.tokens.map((t) => t.text).join(' ')])).toEqual([
      [1, 'x = [ 1 , 2 ]'],
      [4, 'y = 1 + 2'],
    ]);
  });

  test('strings: prefixes, triple quotes, escapes, f-strings with and without fields', () => {
    const [line] = tokenizePython(`a = ('x\\ty', r'\\d+', """l1\nl2""", u'\\u00e9', b'raw', f'{name!r:>{w}}', f'{{plain}}', rb'\\x', 'é')`);
    const strings = line!.tokens.filter((t) => t.kind === 'string');
    expect(strings.map((t) => [t.line, t.value])).toEqual([
      [1, 'x\ty'],
      [1, '\\d+'],
      [1, 'l1\nl2'],
      [2, 'é'],
      [2, undefined],
      [2, undefined],
      [2, '{plain}'],
      [2, undefined],
      [2, 'é'],
    ]);
  });

  test('lines after a multi-line string are counted', () => {
    const lines = tokenizePython('x = """\n\n"""\ny = 2\n');
    expect(lines.map((l) => l.line)).toEqual([1, 4]);
  });

  test('comments and blank lines make no statements; indentation is measured', () => {
    expect(statements('# c\n\nif x:\n    y = 1  # c\n\tz = 2\n').map((s) => [s.line, s.indent, s.compound ?? ''])).toEqual([
      [3, 0, 'if'],
      [4, 4, ''],
      [5, 8, ''],
    ]);
  });

  test('a header\'s colon ends it; what follows on the line is indented below it; ; separates statements', () => {
    expect(statements('with open(p) as f: a = {1: 2}; b = lambda q: q\n').map((s) => [s.indent, s.compound ?? '', s.tokens.map((t) => t.text).join(' ')])).toEqual([
      [0, 'with', 'with open ( p ) as f'],
      [0.5, '', 'a = { 1 : 2 }'],
      [0.5, '', 'b = lambda q : q'],
    ]);
  });

  test.each([
    ["x = 'open\n", 1],
    ['x = 1\ny = """never closed\n\n', 2],
    ["x = f'{a\n", 1],
  ])('an unterminated string is a PythonTokenError at its line: %j', (text, line) => {
    expect(() => tokenizePython(text)).toThrow(PythonTokenError);
    try {
      tokenizePython(text);
    } catch (error) {
      expect((error as PythonTokenError).line).toBe(line);
    }
  });
});
