// fast-check properties of the import scanner: no input makes it throw or report nonsense, and import statements of
// every form, embedded in generated Python full of decoys (strings and comments that mention imports, f-strings,
// brackets over lines, continuations, `yield from`, one-line compound statements), are found exactly, at their lines.
// The generator itself is checked against Python's `ast` on a sample, so "valid Python" is not taken on faith.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { lexImports, scanPythonSource } from '../../shared/scan/python-imports.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 3000);

// --- Any input -------------------------------------------------------------------------------------------------

/** Pieces that steer the lexer into its corners more often than random bytes would. */
const PIECES = [
  "'", '"', "'''", '"""', 'f"', "f'", 'rb"', "rf'", 'f"""', 't"', 'u"', '{', '}', '{{', '}}', '(', ')', '[', ']', '\\',
  '\n', '\r', '\r\n', '#', ' ', '\t', '\f', 'import', 'from', ' import ', 'from . import x', '.', ',', ' as ', 'x', 'é',
  ':', '!', '%', '?', '=', ';', '\0', '\\N{', '# coding: latin-1\n', '\ufeff', 'ﬁ', '\ud800',
];
const lexerish = fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }).map((p) => p.join(''));

function sane(source: string | Uint8Array, magic: boolean): void {
  const bytes = typeof source === 'string' ? Buffer.from(source) : source;
  const { imports, problem } = lexImports(bytes, magic ? { decoded: true, onMagicLine: () => undefined } : {});
  const lines = bytes.reduce((n, c) => n + (c === 0x0a || c === 0x0d ? 1 : 0), 1);
  for (const i of imports) {
    expect(i.line).toBeGreaterThanOrEqual(1);
    expect(i.line).toBeLessThanOrEqual(lines);
    expect(i.level).toBeGreaterThanOrEqual(0);
    expect(i.dotted.startsWith('.'.repeat(i.level) + i.module)).toBe(true);
  }
  if (problem) {
    expect(problem.line).toBeGreaterThanOrEqual(1);
    expect(problem.line).toBeLessThanOrEqual(lines);
    expect(problem.column).toBeGreaterThanOrEqual(1);
  }
}

test('random bytes never crash the scanner', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 4000 }), fc.boolean(), (bytes, magic) => sane(bytes, magic)),
    { numRuns: RUNS },
  );
});

test('random lexer-shaped text never crashes it, as Python or as an IPython cell', () => {
  fc.assert(fc.property(lexerish, fc.boolean(), (text, magic) => sane(text, magic)), { numRuns: RUNS });
});

test('text and its UTF-8 bytes give the same imports (without a coding cookie or BOM to honour)', () => {
  const noCookie = lexerish.filter((t) => !t.includes('coding') && !t.startsWith('\ufeff'));
  fc.assert(
    fc.property(noCookie, (text) => {
      expect(scanPythonSource(Buffer.from(text), 'x.py')).toEqual(scanPythonSource(text, 'x.py'));
    }),
    { numRuns: RUNS },
  );
});

// --- Generated Python with known imports ---------------------------------------------------------------------

const KEYWORDS = new Set(
  ('False None True and as assert async await break class continue def del elif else except finally for from global ' +
    'if import in is lambda nonlocal not or pass raise return try while with yield').split(' '),
);
const name = fc
  .oneof(fc.stringMatching(/^[a-z_][a-z0-9_]{0,7}$/), fc.constantFrom('café', 'ünï', 'np', 'os', 'import_', 'from_', 'fromage'))
  .filter((n) => !KEYWORDS.has(n));
const dotted = fc.array(name, { minLength: 1, maxLength: 3 });
/** Spaces, or a backslash continuation (the statement then spans lines). */
const gap = fc.constantFrom(' ', '  ', '\t', ' \\\n    ');

interface Piece {
  lines: string[];
  /** Each import, with the line of its keyword counted from the piece's first line (0). */
  imports: { dotted: string; at: number }[];
}

const joinLines = (text: string): string[] => text.split('\n');

const importStatement: fc.Arbitrary<Piece> = fc.oneof(
  // import a.b as c, d
  fc
    .tuple(fc.array(fc.tuple(dotted, fc.option(name), fc.constantFrom('.', ' . ')), { minLength: 1, maxLength: 3 }), gap)
    .map(([names, g]) => ({
      lines: joinLines(`import${g}${names.map(([d, alias, dot]) => d.join(dot) + (alias ? ` as ${alias}` : '')).join(`,${g}`)}`),
      imports: names.map(([d]) => ({ dotted: d.join('.'), at: 0 })),
    })),
  // from ..a.b import (x, y) / from . import x
  fc
    .tuple(fc.integer({ min: 0, max: 3 }), fc.option(dotted), fc.array(name, { minLength: 1, maxLength: 3 }), fc.boolean(), gap)
    .filter(([level, module]) => level > 0 || module !== null)
    .map(([level, module, names, parens, g]) => {
      const targets = parens ? `(\n    ${names.join(',\n    ')},\n)` : names.join(', ');
      const from = '.'.repeat(level) + (module ? module.join('.') : '');
      return { lines: joinLines(`from${level && !module ? g : ' '}${from}${g}import ${targets}`), imports: [{ dotted: from, at: 0 }] };
    }),
);

/** String literal contents valid under any prefix and quote (escaped quotes, no trailing backslash). */
const stringBody = (quote: string, triple: boolean, f: boolean) =>
  fc
    .array(
      fc.constantFrom(
        'import fake', 'from fake import y', '#', '\\\\', ` `, 'abc', `\\${quote}`, quote === '"' ? "'" : '"',
        ...(triple ? ['\n', '\n\nimport fake\n'] : []),
        ...(f ? ['{x}', '{x!r}', '{x:>{w}}', '{x:#x}', '{{', '}}', '{ {1: 2}[1] }', '{(lambda: 1)()}', '{x:%Y}'] : ['{', '}']),
      ),
      { maxLength: 6 },
    )
    .map((p) => p.join(''));

const stringLiteral = fc
  .tuple(fc.constantFrom('', 'r', 'b', 'rb', 'Rb', 'BR', 'u', 'f', 'rf', 'F', 'fR'), fc.constantFrom("'", '"', "'''", '"""'))
  .chain(([prefix, q]) =>
    stringBody(q[0]!, q.length === 3, /f/i.test(prefix)).map((body) => `${prefix}${q}${body}${q}`),
  );

const decoy: fc.Arbitrary<Piece> = fc.oneof(
  stringLiteral.map((s) => ({ lines: joinLines(`_ = ${s}`), imports: [] })),
  fc.tuple(stringLiteral, stringLiteral).map(([a, b]) => ({ lines: joinLines(`_ = (${a},\n    ${b})`), imports: [] })),
  fc.constantFrom(
    '# import fake_comment', '#import fake \\', '_ = 1  # from fake import x', 'x = [i for i in range(3)]',
    'y = {"import": 1, \'from\': 2}', 'z = (1 +\n    2)', 'w = 1 + \\\n    2', 'raise ValueError from None',
    '_ = lambda: (yield from range(2))', 'importlib = fromage = 3', 'v = x if x else"import fake"',
  ).map((text) => ({ lines: joinLines(text), imports: [] })),
);

/** A simple statement line, sometimes two joined by `;`, or `if True: import x` on one line. */
const simple: fc.Arbitrary<Piece> = fc.oneof(
  { weight: 3, arbitrary: importStatement },
  { weight: 4, arbitrary: decoy },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom('x = 1', '_ = "a;b"', "_ = f'{x}'", 'pass'), importStatement.filter((s) => s.lines.length === 1))
      .map(([d, s]) => ({ lines: [`${d}; ${s.lines[0]}`], imports: s.imports })),
  },
  {
    weight: 1,
    arbitrary: importStatement.filter((s) => s.lines.length === 1).map((s) => ({ lines: [`if True: ${s.lines[0]}`], imports: s.imports })),
  },
);

/** Pieces one after the other, indented, their imports' lines shifted by the lines before them. */
function stack(pieces: Piece[], indent: string, first: number): Piece {
  const lines: string[] = [];
  const imports: Piece['imports'] = [];
  for (const p of pieces) {
    imports.push(...p.imports.map((i) => ({ dotted: i.dotted, at: i.at + first + lines.length })));
    lines.push(...p.lines.map((l) => indent + l));
  }
  return { lines, imports };
}

const PASS: Piece = { lines: ['pass'], imports: [] };

const block: fc.Arbitrary<Piece> = fc.oneof(
  { weight: 3, arbitrary: simple },
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        fc.constantFrom('if TYPE_CHECKING:', 'def f():', 'class C:', 'while False:', 'with x:'),
        fc.array(simple, { minLength: 1, maxLength: 3 }),
      )
      .map(([head, body]) => {
        const inner = stack([...body, PASS], '    ', 1); // a body of comments alone is no body
        return { lines: [head, ...inner.lines], imports: inner.imports };
      }),
  },
  {
    weight: 1,
    arbitrary: fc.array(simple, { minLength: 1, maxLength: 2 }).map((body) => {
      const inner = stack([...body, PASS], '    ', 1);
      return { lines: ['try:', ...inner.lines, 'except ImportError:', '    pass'], imports: inner.imports };
    }),
  },
);

interface Program {
  source: string;
  /** `dotted@line` of every import, in source order. */
  expected: string[];
}

const program: fc.Arbitrary<Program> = fc.array(block, { maxLength: 12 }).map((blocks) => {
  const all = stack(blocks, '', 1);
  return { source: all.lines.join('\n') + '\n', expected: all.imports.map((i) => `${i.dotted}@${i.at}`) };
});

/** Where each import of a program really is, read from the generator's own output: the scanner must agree. */
function scannerView(source: string): string[] {
  return scanPythonSource(source, 'gen.py').imports.map((i) => `${i.dotted}@${i.line}`);
}

test('the program generator writes valid Python whose imports ast finds where the generator says', () => {
  const samples = fc.sample(program, { numRuns: 150, seed: 42 });
  const dir = mkdtempSync(join(tmpdir(), 'fuzz-programs-'));
  try {
    const names = samples.map((p, k) => {
      writeFileSync(join(dir, `p${k}.py`), p.source);
      return `p${k}.py`;
    });
    const run = spawnSync('python3', [join(import.meta.dirname, '../differential/imports_ast.py'), dir], { input: names.join('\0') });
    expect(run.status).toBe(0);
    type AstLine = { path?: string; ok?: boolean; error?: string; imports?: [string, number, number][] };
    const results = run.stdout.toString().trim().split('\n').map((l) => JSON.parse(l) as AstLine);
    for (const r of results.filter((r) => r.path)) {
      const p = samples[Number(r.path!.slice(1, -3))]!;
      expect({ path: r.path, ok: r.ok, error: r.error }).toEqual({ path: r.path, ok: true, error: undefined });
      const ast = r.imports!.map(([dotted, level, line]) => `${'.'.repeat(level)}${dotted}@${line}`).sort();
      expect(ast).toEqual([...p.expected].sort());
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 120_000);

test('imports embedded in generated Python full of decoys are found exactly, at their lines', () => {
  fc.assert(
    fc.property(program, ({ source, expected }) => {
      expect(scannerView(source)).toEqual(expected);
    }),
    { numRuns: RUNS },
  );
});
