// Requirements and PEP 508 parsers never throw on what a repository may contain: a requirement either parses or is a
// RequirementSyntaxError with a column inside the text; a requirements file always gives PackagingFiles whose
// diagnostics and dependencies point at lines inside the file they name, and bad lines do not hide good ones.

import fc from 'fast-check';
import type { FileReader, PackagingFile } from '../../shared/env/model.js';
import { parseSpecifierSet, satisfies, specifiersIntersect } from '../../shared/env/pep440.js';
import { normalizeMarker, normalizeName, parsePep508, RequirementSyntaxError, type Pep508Requirement } from '../../shared/env/pep508.js';
import { parseRequirementsText } from '../../shared/env/requirements.js';

// ---- Generators ----

const alnum = fc.constantFrom(...'abcXYZ019');
const name = fc
  .tuple(alnum, fc.array(fc.tuple(fc.constantFrom('', '', '-', '_', '.', '--', '_.'), alnum), { maxLength: 6 }))
  .map(([first, rest]) => first + rest.map(([sep, ch]) => sep + ch).join(''));

const release = fc.array(fc.nat({ max: 40 }), { minLength: 1, maxLength: 4 }).map((parts) => parts.join('.'));
const suffix = fc.tuple(
  fc.constantFrom('', '', 'a1', 'b2', 'rc3', '.post1', '.dev4', 'a1.dev2', '.post2.dev1'),
  fc.constantFrom('', '', '', '1!'),
);
const version = fc.tuple(release, suffix).map(([r, [s, epoch]]) => `${epoch}${r}${s}`);

/** A clause that is valid PEP 440, as written (maybe with a space after the operator) and as normalised. */
const clause = fc.oneof(
  fc.tuple(fc.constantFrom('>=', '<=', '>', '<', '==', '!='), version),
  fc.tuple(fc.constantFrom('==', '!='), release.map((r) => `${r}.*`)),
  fc.tuple(fc.constantFrom('==', '!='), fc.tuple(version, fc.constantFrom('cu121', 'local.7', 'ubuntu-1')).map(([v, l]) => `${v}+${l}`)),
  fc.tuple(fc.constant('~='), fc.tuple(fc.array(fc.nat({ max: 40 }), { minLength: 2, maxLength: 4 }), fc.constantFrom('', 'rc1', '.post1')).map(([r, s]) => r.join('.') + s)),
  fc.tuple(fc.constant('==='), fc.constantFrom('foobar', '1.0', 'weird_1-2')),
);
const space = fc.constantFrom('', '', ' ', '  ', '\t');

const marker = fc.letrec((tie) => ({
  item: fc.tuple(
    fc.constantFrom('python_version', 'os_name', 'sys_platform', 'platform_machine', 'extra', 'os.name', 'implementation_name'),
    fc.constantFrom('==', '!=', '<', '>=', '~=', 'in', 'not in'),
    fc.constantFrom('"3.8"', "'linux'", '"x86_64"', '"gpu"', '""'),
    fc.boolean(),
  ).map(([v, op, value, flip]) => (flip ? `${value} ${op} ${v}` : `${v} ${op} ${value}`)),
  expr: fc.oneof(
    { depthSize: 'small' },
    tie('item'),
    fc.tuple(tie('expr'), fc.constantFrom(' and ', ' or '), tie('expr')).map(([a, op, b]) => `${a}${op}${b}`),
    tie('expr').map((e) => `(${e})`),
  ),
})).expr as fc.Arbitrary<string>;

interface Generated {
  text: string;
  name: string;
  extras: string[];
  specifier: string;
  marker?: string;
}

/** A valid requirement in one of its many spellings, with what the parser must make of it. */
const requirement: fc.Arbitrary<Generated> = fc
  .record({
    name,
    extras: fc.option(fc.array(name, { maxLength: 3 }), { nil: undefined }),
    clauses: fc.array(fc.tuple(clause, space, space), { maxLength: 3 }),
    parens: fc.boolean(),
    marker: fc.option(marker, { nil: undefined }),
    gaps: fc.tuple(space, space, space),
  })
  .map(({ name: n, extras, clauses: all, parens, marker: m, gaps }) => {
    // pip 23.2 lets `===` run to the next whitespace, through commas, `;` and `)`: it can only come last, unparenthesised,
    // with whitespace before a marker.
    const arbitrary = all.findIndex(([[op]]) => op === '===');
    const clauses = arbitrary < 0 ? all : all.slice(0, arbitrary + 1);
    const paren = parens && clauses.length > 0 && arbitrary < 0;
    const spec = clauses.map(([[op, v], before, after]) => `${before}${op}${after}${v}`).join(`${gaps[2]},`);
    const extrasText = extras ? `${gaps[0]}[${extras.join(`${gaps[1]},`)}]` : '';
    const beforeMarker = arbitrary < 0 || gaps[1] ? gaps[1] : ' ';
    const text = `${n}${extrasText}${gaps[0]}${paren ? `(${spec})` : spec}${m === undefined ? '' : `${beforeMarker};${gaps[2]}${m}`}`;
    return {
      text,
      name: n,
      extras: [...new Set(extras ?? [])],
      specifier: clauses.map(([[op, v]]) => op + v).join(','),
      ...(m !== undefined && { marker: m }),
    };
  });

// Pieces of real lines, recombined into requirement texts that are often almost right.
const piece = fc.constantFrom(
  'numpy', 'Foo_Bar', 'torch', '[', ']', ',', 'extra', '(', ')', '>=', '==', '~=', '===', '!=', '<', '>', '1.0', '2.1.0+cu121', '1!2',
  '.*', '.post1', 'rc1', ' ', '\t', ';', ' ; ', 'python_version', 'os.name', ' and ', ' or ', ' not in ', ' in ', '"3.8"', "'x'", '"',
  "'", '@', ' @ ', 'https://example.com/a-1.0.tar.gz', 'file:///x', 'git+https://github.com/o/r.git', '#egg=', '#', '\\', '-', '_',
  '.', '\u00a0', '\u3000', '\x85', '\f', '$', '${V}', '-e ', '-r ', '--hash=sha256:ab', '-c ', '--index-url ', '-i', '--', '/', './',
);
const pieces = fc.array(piece, { maxLength: 14 }).map((p) => p.join(''));
const anyText = fc.oneof(pieces, fc.string({ maxLength: 60 }), fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 30 }));

// ---- parsePep508 ----

function format(r: Pep508Requirement): string {
  const extras = r.extras.length ? `[${r.extras.join(',')}]` : '';
  return `${r.name}${extras}${r.url !== undefined ? ` @ ${r.url}` : r.specifier}${r.marker !== undefined ? ` ; ${r.marker}` : ''}`;
}

test('parsePep508 returns a requirement or throws RequirementSyntaxError with a column inside the text', () => {
  fc.assert(
    fc.property(fc.oneof(anyText, requirement.map((r) => r.text)), (text) => {
      let parsed: Pep508Requirement;
      try {
        parsed = parsePep508(text);
      } catch (e) {
        expect(e).toBeInstanceOf(RequirementSyntaxError);
        const { column } = e as RequirementSyntaxError;
        expect(Number.isInteger(column) && column >= 1 && column <= text.length + 1).toBe(true);
        return;
      }
      expect(parsed.normalized).toBe(normalizeName(parsed.name));
      expect(parseSpecifierSet(parsed.specifier)).toBeDefined();
      if (parsed.marker !== undefined) expect(() => normalizeMarker(parsed.marker!)).not.toThrow();
      // What comes out, written back, reads the same.
      expect(parsePep508(format(parsed))).toEqual(parsed);
    }),
    { numRuns: 4000 },
  );
});

test('generated requirements round-trip their name, extras, specifier and marker', () => {
  fc.assert(
    fc.property(requirement, (r) => {
      const parsed = parsePep508(r.text);
      expect({ name: parsed.name, extras: parsed.extras, specifier: parsed.specifier, marker: parsed.marker }).toEqual({
        name: r.name,
        extras: r.extras,
        specifier: r.specifier,
        marker: r.marker,
      });
      expect(parsed.normalized).toBe(normalizeName(r.name));
    }),
    { numRuns: 3000 },
  );
});

test('normalizeMarker gives a string or throws RequirementSyntaxError', () => {
  fc.assert(
    fc.property(fc.oneof(marker, anyText), (text) => {
      try {
        expect(typeof normalizeMarker(text)).toBe('string');
      } catch (e) {
        expect(e).toBeInstanceOf(RequirementSyntaxError);
      }
    }),
    { numRuns: 3000 },
  );
});

// ---- parseRequirementsText ----

const editorLineCount = (text: string): number => text.split(/\r\n|\n|\r/).length;

/** Every diagnostic and dependency names a file of the result and a line inside that file. */
function checkPlaces(files: PackagingFile[], texts: Record<string, string | undefined>): void {
  const paths = files.map((f) => f.path);
  expect(new Set(paths).size).toBe(paths.length);
  for (const f of files) {
    const lines = editorLineCount(texts[f.path] ?? '');
    for (const d of f.diagnostics) {
      expect(d.file).toBe(f.path);
      expect(['error', 'warning', 'notice']).toContain(d.severity);
      expect(d.code).toMatch(/^requirements\//);
      expect(Number.isInteger(d.line) && d.line! >= 1 && d.line! <= lines).toBe(true);
    }
    for (const dep of f.dependencies) {
      expect(dep.file).toBe(f.path);
      expect(Number.isInteger(dep.line) && dep.line >= 1 && dep.line <= lines).toBe(true);
      expect(dep.normalized).not.toBe('');
      expect(parseSpecifierSet(dep.specifier)).toBeDefined();
      if (dep.marker !== undefined) expect(() => normalizeMarker(dep.marker!)).not.toThrow();
    }
    for (const inc of f.includes) expect(paths).toContain(inc);
  }
}

const lineBreak = fc.constantFrom('\n', '\n', '\r\n', '\r', '\f', '\v', '\u2028', ' \\\n', '\\\n');
const line = fc.oneof(
  requirement.map((r) => r.text),
  anyText,
  fc.constantFrom('-r a.txt', '-r b/c.txt', '-c ../a.txt', '-r missing.txt', '-r requirements.txt', '-e .', '-e ./pkg[dev]', '# comment', '', '-i https://x'),
);
const fileText = fc.array(fc.tuple(line, lineBreak), { maxLength: 12 }).map((ls) => ls.map(([l, b]) => l + b).join(''));

test('parseRequirementsText never throws and places everything inside the files it read', () => {
  fc.assert(
    fc.property(fileText, fileText, fileText, (root, a, c) => {
      // a.txt and b/c.txt include each other and the root: cycles, diamonds, missing files.
      const texts: Record<string, string | undefined> = { 'requirements.txt': root, 'a.txt': a, 'b/c.txt': c, 'pkg/pyproject.toml': '[project]\nname="p"\n' };
      const reader: FileReader = { read: (p) => texts[p] };
      const files = parseRequirementsText(root, 'requirements.txt', reader, { env: { V: 'x' } });
      expect(files[0]!.path).toBe('requirements.txt');
      checkPlaces(files, texts);
    }),
    { numRuns: 1500 },
  );
});

test('raw bytes and arbitrary Unicode never make parseRequirementsText throw', () => {
  fc.assert(
    fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ maxLength: 300 })), (text) => {
      const files = parseRequirementsText(text, 'dir/req.txt', { read: () => undefined });
      expect(files).toHaveLength(1);
      checkPlaces(files, { 'dir/req.txt': text });
    }),
    { numRuns: 2000 },
  );
});

test('garbage lines are diagnostics at their own line; the valid lines around them are still read', () => {
  // Garbage stays on its line: no line breaks of any kind, no continuation backslash at its end.
  const garbage = anyText.filter((t) => !/[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]/.test(t) && !t.endsWith('\\'));
  fc.assert(
    fc.property(fc.array(fc.oneof(requirement.map((r) => ({ valid: r })), garbage.map((g) => ({ garbage: g }))), { minLength: 1, maxLength: 15 }), (entries) => {
      const text = entries.map((e) => ('valid' in e ? e.valid.text : e.garbage)).join('\n');
      const [file] = parseRequirementsText(text, 'requirements.txt', { read: () => undefined });
      for (const [i, e] of entries.entries()) {
        if (!('valid' in e)) continue;
        const dep = file!.dependencies.find((d) => d.line === i + 1);
        expect(dep).toMatchObject({ name: e.valid.name, specifier: e.valid.specifier, extras: e.valid.extras, line: i + 1 });
        expect(file!.diagnostics.filter((d) => d.line === i + 1 && d.severity === 'error')).toEqual([]);
      }
      checkPlaces([file!], { 'requirements.txt': text });
    }),
    { numRuns: 1500 },
  );
});

test('lineMap is applied to every reported line', () => {
  fc.assert(
    fc.property(fileText, fc.integer({ min: 0, max: 500 }), (text, offset) => {
      const plain = parseRequirementsText(text, 'environment.yml', { read: () => undefined })[0]!;
      const mapped = parseRequirementsText(text, 'environment.yml', { read: () => undefined }, { lineMap: (n) => n + offset })[0]!;
      expect(mapped.dependencies.map((d) => d.line)).toEqual(plain.dependencies.map((d) => d.line + offset));
      expect(mapped.diagnostics.map((d) => d.line)).toEqual(plain.diagnostics.map((d) => d.line! + offset));
    }),
    { numRuns: 500 },
  );
});

// ---- pep440 helpers ----

test('satisfies and specifiersIntersect never throw, and intersect is never false when a version satisfies both', () => {
  const spec = fc.oneof(
    fc.array(clause, { maxLength: 3 }).map((cs) => cs.map(([op, v]) => op + v).join(',')),
    fc.array(fc.constantFrom('>=', '<', '==', '!=', '~=', '===', '1.0', '2', '.*', ',', 'a1', '+x', '1!', ' ', 'dev'), { maxLength: 8 }).map((p) => p.join('')),
  );
  fc.assert(
    fc.property(spec, spec, fc.oneof(version, fc.string({ maxLength: 8 })), (a, b, v) => {
      const inA = satisfies(v, a);
      const inB = satisfies(v, b);
      const verdict = specifiersIntersect(a, b);
      expect([true, false, undefined]).toContain(verdict);
      if (inA === true && inB === true) expect(verdict).not.toBe(false);
    }),
    { numRuns: 3000 },
  );
});
