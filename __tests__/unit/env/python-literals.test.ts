import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { evaluate, PyScope, type PyValue } from '../../../shared/env/python-literals.js';
import { splitStatements, tokenizePython } from '../../../shared/env/python-tokens.js';

const value = (expression: string, scope = new PyScope()): PyValue => {
  const [statement] = splitStatements(tokenizePython(expression));
  return evaluate(statement!.tokens, scope);
};

/** The value as plain data, as json.dumps shows Python's (tuples as lists); null for what is not a literal. */
function plain(v: PyValue): unknown {
  if (v.kind === 'str') return v.value;
  if (v.kind === 'list') return v.items.map(plain);
  if (v.kind === 'dict') return Object.fromEntries(v.entries.map((e) => [e.key, plain(e.value)]));
  return null;
}

describe('evaluate', () => {
  test('displays, concatenation and names', () => {
    const scope = new PyScope();
    scope.names.set('BASE', { kind: 'list', items: [{ kind: 'str', value: 'a', line: 1 }], line: 1 });
    expect(plain(value('BASE + ["b", *BASE] + list()', scope))).toBeNull();
    expect(plain(value('BASE + ["b", *BASE]', scope))).toEqual(['a', 'b', 'a']);
    expect(plain(value('{"x": ("p" "q",), **{"y": []}}', scope))).toEqual({ x: ['pq'], y: [] });
    expect(plain(value('dict(a=["1"], **{"b": "2"})', scope))).toEqual({ a: ['1'], b: '2' });
  });

  test('a call of one requirement list keeps its names (list(set(x)), sorted(x), helper(x))', () => {
    const scope = new PyScope();
    scope.names.set('TESTS', { kind: 'list', items: [{ kind: 'str', value: 'pytest', line: 1 }], line: 1 });
    expect(plain(value('list(set(TESTS))', scope))).toEqual(['pytest']);
    expect(plain(value('ag.get_dependency_version_ranges(TESTS + ["flake8"])', scope))).toEqual(['pytest', 'flake8']);
    expect(plain(value('sorted(t for t in TESTS)', scope))).toBeNull();
    expect(plain(value('parse("requirements.txt")', scope))).toBeNull();
  });

  test('opaque values remember the requirements files they mention', () => {
    expect(value("open(os.path.join(here, 'reqs', 'base.txt')).read()")).toEqual({
      kind: 'opaque',
      line: 1,
      files: [{ path: 'reqs/base.txt', line: 1 }],
    });
    expect(value("Path(__file__).parent / 'requirements' / 'dev.in'")).toMatchObject({ files: [{ path: 'requirements/dev.in' }] });
    expect(value("open('README.md').read()")).toMatchObject({ kind: 'opaque', files: [] });
  });

  test('deep nesting ends in an opaque value rather than a stack overflow', () => {
    const deep = `${'['.repeat(2000)}${']'.repeat(2000)}`;
    expect(value(deep).kind).toBe('list');
  });
});

/** Python's own reading of literal expressions, through ast.literal_eval (which evaluates nothing). */
const literalEval = `
import ast, json, sys, warnings
warnings.simplefilter("ignore")
out = []
for source in json.load(sys.stdin):
    try:
        out.append(json.dumps(ast.literal_eval(source)))
    except Exception:
        out.append(None)
print(json.dumps(out))
`;

function python(): string | undefined {
  try {
    execFileSync('python3', ['--version'], { stdio: 'ignore' });
    return 'python3';
  } catch {
    return undefined;
  }
}

const describeWithPython = python() ? describe : describe.skip;

describeWithPython('evaluate agrees with Python on literal expressions', () => {
  const piece = fc.constantFrom('a', 'Z', ' ', '0', 'é', '\\n', '\\t', '\\x41', '\\u00e9', '\\U0001F600', '\\101', '\\\\', "\\'", '\\"', '\\q', '>=1.2; python_version<"3.9"'.replace(/"/g, '\\"'));
  const stringLiteral = fc
    // f-strings are not literals to ast.literal_eval, so they are left to the tokenizer tests.
    .tuple(fc.constantFrom('', 'r', 'R', 'u', 'U'), fc.constantFrom("'", '"', "'''", '"""'), fc.array(piece, { maxLength: 6 }))
    .map(([prefix, quote, pieces]) => {
      let body = pieces.join('');
      if (quote.length === 3) body = body.replace(/\\$/, '');
      if (prefix.toLowerCase().includes('r') && /(^|[^\\])(\\\\)*\\$/.test(body)) body += 'x';
      return `${prefix}${quote}${body}${quote}`;
    });
  const strings = fc.array(stringLiteral, { minLength: 1, maxLength: 3 }).map((parts) => parts.join(' '));
  const space = fc.constantFrom('', ' ', '\n  ', '  # note\n');
  const expression = fc.letrec((tie) => ({
    node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, strings, tie('list'), tie('tuple'), tie('dict')),
    list: fc.tuple(fc.array(tie('node'), { maxLength: 3 }), space, fc.boolean()).map(([items, s, trailing]) => `[${s}${items.join(`,${s}`)}${trailing && items.length ? ',' : ''}]`),
    tuple: fc.array(tie('node'), { minLength: 2, maxLength: 3 }).map((items) => `(${items.join(', ')})`),
    dict: fc.array(fc.tuple(strings, tie('node')), { maxLength: 3 }).map((entries) => `{${entries.map(([k, v]) => `${k}: ${v}`).join(', ')}}`),
  }));

  test('same values as ast.literal_eval', () => {
    const samples = fc.sample(expression.node as fc.Arbitrary<string>, { numRuns: 300, seed: 42 });
    const expected = JSON.parse(execFileSync('python3', ['-c', literalEval], { input: JSON.stringify(samples), encoding: 'utf8' })) as (string | null)[];
    // Most generated sources are valid Python (quotes next to escapes make a few invalid); a broken generator would
    // make this test compare nothing.
    expect(expected.filter((e) => e !== null).length).toBeGreaterThan(samples.length * 0.75);
    samples.forEach((source, i) => {
      const python = expected[i] === null ? null : JSON.parse(expected[i]!);
      let ours: unknown = null;
      try {
        ours = plain(value(source));
      } catch (error) {
        ours = `threw ${(error as Error).message}`;
      }
      if (python !== null) expect({ source, value: ours }).toEqual({ source, value: python });
    });
  });
});
