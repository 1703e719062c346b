// fast-check properties of the notebook side of the scanner: the JSON parser agrees with JSON.parse and places
// values on the right lines, notebooks never crash the scanner and their imports and pip installs point at the JSON
// line that holds them, and the pip command reader survives any text.

import fc from 'fast-check';
import { LocatedError } from '../../shared/diagnostics.js';
import { parseJsonWithLines } from '../../shared/json-with-lines.js';
import { scanNotebook } from '../../shared/scan/notebook.js';
import { pipInstallPackages } from '../../shared/scan/pip-install-command.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 3000);

function jsonParse(text: string): { value?: unknown; failed: boolean } {
  try {
    return { value: JSON.parse(text), failed: false };
  } catch {
    return { failed: true };
  }
}

function ours(text: string): { value?: unknown; failed: boolean } {
  try {
    return { value: parseJsonWithLines(text, 'f.json').value, failed: false };
  } catch (e) {
    expect(e).toBeInstanceOf(LocatedError);
    expect((e as LocatedError).line).toBeGreaterThanOrEqual(1);
    return { failed: true };
  }
}

test('JSON documents of any shape and layout parse to what JSON.parse gives', () => {
  fc.assert(
    fc.property(fc.jsonValue(), fc.constantFrom(undefined, 0, 1, 2, '\t'), (value, indent) => {
      const text = JSON.stringify(value, null, indent);
      expect(ours(text)).toEqual(jsonParse(text));
    }),
    { numRuns: RUNS },
  );
});

test('any text: rejected exactly when JSON.parse rejects it, the same value otherwise', () => {
  const pieces = fc.constantFrom(
    '{', '}', '[', ']', ',', ':', '"', '\\', '\\u00e9', '\\ud800', 'true', 'null', '-', '0', '1.5e3', ' ', '\n', 'é', '\t', '\u0001', '"a"',
  );
  const text = fc.oneof(fc.string(), fc.array(pieces, { maxLength: 40 }).map((p) => p.join('')));
  fc.assert(
    fc.property(text, (t) => {
      expect(ours(t)).toEqual(jsonParse(t));
    }),
    { numRuns: RUNS },
  );
});

test('each array element is placed on the line where the indented document writes it', () => {
  fc.assert(
    fc.property(fc.array(fc.oneof(fc.string(), fc.integer(), fc.array(fc.string(), { maxLength: 3 })), { maxLength: 10 }), (items) => {
      const text = JSON.stringify({ items }, null, 1);
      const doc = parseJsonWithLines(text, 'f.json');
      const lines = text.split('\n');
      const parsed = (doc.value as { items: unknown[] }).items;
      parsed.forEach((item, k) => {
        const line = lines[doc.lineOf(parsed, k)! - 1]!.trim();
        expect(line.startsWith(Array.isArray(item) ? '[' : JSON.stringify(item))).toBe(true);
      });
    }),
    { numRuns: RUNS },
  );
});

// --- Notebooks -----------------------------------------------------------------------------------------------

interface Line {
  text: string;
  /** The module this line imports, or the package it pip-installs. */
  imports?: string;
  installs?: string;
}

const sourceLine = (k: number): fc.Arbitrary<Line> =>
  fc.oneof(
    fc.constant({ text: `import mod${k}`, imports: `mod${k}` }),
    fc.constant({ text: `from pkg${k}.sub import x`, imports: `pkg${k}` }),
    fc.constant({ text: `!pip install -q pkg${k}`, installs: `pkg${k}` }),
    fc.constant({ text: `%pip install pkg${k}==1.0`, installs: `pkg${k}==1.0` }),
    fc.constantFrom({ text: '%matplotlib inline' }, { text: 'x = "import fake"' }, { text: '# import fake' }, { text: 'files = !ls' }, { text: '' }),
  );

const cell = fc
  .tuple(
    fc.constantFrom('code', 'code', 'markdown', 'raw'),
    fc.array(fc.nat(1_000_000), { maxLength: 6 }).chain((ks) => fc.tuple(...ks.map((k) => sourceLine(k)))),
    fc.boolean(),
  )
  .map(([type, lines, asString]) => {
    const texts = lines.map((l, k) => l.text + (k < lines.length - 1 ? '\n' : ''));
    return { cell: { cell_type: type, metadata: {}, source: asString ? texts.join('') : texts }, lines };
  });

test('notebook imports and pip installs are found in code cells, each on a JSON line that holds its text', () => {
  fc.assert(
    fc.property(fc.array(cell, { maxLength: 6 }), fc.constantFrom(undefined, 1, 2), (cells, indent) => {
      const text = JSON.stringify({ nbformat: 4, nbformat_minor: 5, metadata: {}, cells: cells.map((c) => c.cell) }, null, indent);
      const file = scanNotebook(text, 'nb.ipynb');
      expect(file.problem).toBeUndefined();
      const jsonLines = text.split('\n');
      const want = (key: 'imports' | 'installs') =>
        cells.flatMap((c, index) => (c.cell.cell_type === 'code' ? c.lines.filter((l) => l[key]).map((l) => `${l[key]}#${index}`) : []));
      expect(file.imports.map((i) => `${i.module}#${i.cell}`)).toEqual(want('imports'));
      expect(file.pipInstalls.map((p) => `${p.packages.join(' ')}#${p.cell}`)).toEqual(want('installs'));
      for (const i of file.imports) expect(jsonLines[i.line - 1]).toContain(i.dotted);
      for (const p of file.pipInstalls) {
        expect(jsonLines[p.line - 1]).toContain('pip install ');
        expect(jsonLines[p.line - 1]).toContain(p.packages[0]);
      }
    }),
    { numRuns: RUNS },
  );
});

test('any text or any JSON as a notebook: a result or a problem, never a throw', () => {
  const anyCell = fc.record({
    cell_type: fc.constantFrom('code', 'markdown', 1),
    source: fc.oneof(fc.string(), fc.array(fc.oneof(fc.string(), fc.integer()))),
  });
  const notebookish = fc.record(
    {
      nbformat: fc.constantFrom(3, 4, 'x'),
      cells: fc.oneof(fc.array(anyCell), fc.jsonValue()),
      worksheets: fc.jsonValue(),
      metadata: fc.jsonValue(),
    },
    { requiredKeys: [] },
  );
  fc.assert(
    fc.property(fc.oneof(fc.string(), fc.jsonValue().map((v) => JSON.stringify(v)), notebookish.map((v) => JSON.stringify(v, null, 1))), (text) => {
      const file = scanNotebook(text, 'nb.ipynb');
      const lines = text.split('\n').length;
      for (const i of [...file.imports, ...file.pipInstalls]) {
        expect(i.line).toBeGreaterThanOrEqual(1);
        expect(i.line).toBeLessThanOrEqual(lines);
      }
    }),
    { numRuns: RUNS },
  );
});

test('pip command lines of any text: packages are never options or unfilled placeholders', () => {
  const pieces = fc.constantFrom(
    'pip', 'install', ' ', '-r', '-q', '--index-url', '=', 'x', '"', "'", '\\', '{v}', '$V', '&&', ';', '|', '>', '2>&1', '#',
    'python', '-m', 'uv',
  );
  fc.assert(
    fc.property(fc.oneof(fc.string(), fc.array(pieces, { maxLength: 30 }).map((p) => p.join(''))), (line) => {
      for (const packages of pipInstallPackages(line)) {
        for (const p of packages) {
          expect(p.startsWith('-')).toBe(false);
          expect(p).not.toBe('');
        }
      }
    }),
    { numRuns: RUNS },
  );
});
