// publish-metrics' inputs and Markdown never break on what users type: a regression rule or a baseline either reads
// as a well-formed value that writes back the same, or is refused with its own error quoting it; a glob compiles
// whatever the pattern; cells and code spans cannot break a table or inject HTML and read back as the text they
// carry; a budget never overflows; a pull request body keeps what people wrote around the bot's section.

import fc from 'fast-check';
import { maxBodyLength, markedSection, markers, replaceMarkedSection } from '../../shared/github/marked-body.js';
import { BaselineSpecError, parseBaselineSpec, type BaselineSpec } from '../../shared/report/baseline.js';
import { cell, code, MarkdownBudget } from '../../shared/text/markdown.js';
import type { Direction } from '../../shared/report/metric-direction.js';
import { globToRegExp } from '../../shared/report/name-glob.js';
import { parseRegressionRules, RegressionRuleError, type RegressionRule } from '../../shared/report/regression-gate.js';

/** Characters that mean something to Markdown, HTML, shells or these parsers, and some Unicode. */
const special = fc.constantFrom(
  '|', '\\', '\\|', '<', '>', '&', '&amp;', '&lt;', '<br>', '`', '``', '\n', '\r', '\r\n', ' ', '\t', '*', '_', '[', ']', '(', ')', '#', ':', ',', '=', '%',
  '+', '-', '.', '/', '<!--', '-->', '<script>', 'Δ', '🚀', '\u2028', '\u0000', '\ud800',
);
const text = (maxLength: number) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.string({ maxLength }) },
    { weight: 3, arbitrary: fc.array(fc.oneof(special, fc.string({ maxLength: 3 })), { maxLength: 10 }).map((p) => p.join('')) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength }) },
  );

function expectTypedError(error: unknown, type: new (...args: never[]) => Error): void {
  expect(error).toBeInstanceOf(type);
  expect((error as Error).message.trim()).not.toBe('');
}

// ---- regression rules ----

const directionOf = fc.constantFrom<[string, ((metric: string) => Direction | undefined) | undefined]>(
  ['by name', undefined],
  ['always min', () => 'min'],
  ['always max', () => 'max'],
  ['never known', () => undefined],
);

test('parseRegressionRules gives well-formed rules or a RegressionRuleError quoting the rule', () => {
  const piece = fc.oneof(
    fc.constantFrom('val/rmse', 'accuracy', 'loss', 'f1', 'eval:loss', ':', '+', '-', '2', '2%', '0.01', '.5', '5.', '1e-3', '1E+2', 'e5', '1e400', '9'.repeat(400), '%', ' ', ',', '\n', '\r\n', '#', 'nan', 'inf', '∞', '0x10', '١'),
    fc.string({ maxLength: 4 }),
  );
  const number = fc.oneof(fc.constantFrom('2', '0.01', '.5', '5.', '1e-3', '1E+2', '1e400', '1e-400', '9'.repeat(400), '0', '-0', 'nan', 'inf', ''), fc.double().map(String));
  const rule = fc
    .tuple(fc.constantFrom('val/rmse', 'accuracy', 'f1', 'mystery', 'eval:loss', '', ' '), fc.constantFrom(':', ': ', '::'), fc.constantFrom('', '+', '-', '+ ', '--'), number, fc.constantFrom('', '%', ' %', '%%'))
    .map((parts) => parts.join(''));
  const rules = fc.array(rule, { maxLength: 4 }).map((rs) => rs.join(','));
  fc.assert(
    fc.property(fc.oneof(fc.array(piece, { maxLength: 14 }).map((p) => p.join('')), rules, text(40)), directionOf, (input, [, direction]) => {
      let rules: RegressionRule[];
      try {
        rules = parseRegressionRules(input, direction);
      } catch (error) {
        expectTypedError(error, RegressionRuleError);
        expect((error as Error).message).toMatch(/^fail-on-regression "/);
        return;
      }
      for (const rule of rules) {
        expect(rule.metric).not.toBe('');
        expect(rule.metric).toBe(rule.metric.trim());
        expect(rule.text).not.toMatch(/[,\n]/);
        expect(['rise', 'fall']).toContain(rule.worse);
        expect(Number.isFinite(rule.tolerance)).toBe(true);
        expect(rule.tolerance).toBeGreaterThanOrEqual(0);
        expect(typeof rule.relative).toBe('boolean');
      }
    }),
    { numRuns: 2000 },
  );
});

test('rules written out from their parts read back as those parts, in order', () => {
  const metric = fc
    .oneof(fc.constantFrom('val/rmse', 'accuracy', 'eval:loss', 'a:b:c', 'top5Accuracy', 'μ loss'), fc.string({ minLength: 1, maxLength: 12 }))
    .map((m) => m.replace(/[,\n\r]/g, '_').trim())
    .filter((m) => m !== '' && !m.startsWith('#'));
  const tolerance = fc.oneof(fc.integer({ min: 0, max: 10_000 }).map((n) => n / 100), fc.double({ min: 0, max: 1e12, noNaN: true }).map((x) => (x === 0 ? 0 : x)));
  const rule = fc.record({ metric, worse: fc.constantFrom('rise' as const, 'fall' as const), tolerance, relative: fc.boolean() });
  fc.assert(
    fc.property(fc.array(rule, { minLength: 1, maxLength: 5 }), fc.constantFrom(',', '\n', ' , ', '\r\n'), (rules, separator) => {
      const written = rules.map((r) => `${r.metric}:${r.worse === 'rise' ? '+' : '-'}${r.tolerance}${r.relative ? '%' : ''}`);
      const parsed = parseRegressionRules(written.join(separator), () => undefined);
      expect(parsed.map(({ metric, worse, tolerance, relative }) => ({ metric, worse, tolerance, relative }))).toEqual(rules);
      // What was read writes back the same way.
      expect(parseRegressionRules(parsed.map((r) => r.text).join(','), () => undefined)).toEqual(parsed);
    }),
    { numRuns: 1000 },
  );
});

// ---- baselines ----

function writeBaseline(spec: BaselineSpec): string {
  switch (spec.kind) {
    case 'run':
      return `run:${spec.runId}`;
    case 'tag':
      return `tag:${spec.key}=${spec.value}`;
    case 'branch':
      return `branch:${spec.name}`;
    case 'base':
      return 'base';
  }
}

test('parseBaselineSpec gives a well-formed baseline that writes back the same, or a BaselineSpecError', () => {
  const piece = fc.oneof(
    fc.constantFrom('run:', 'tag:', 'branch:', 'base', 'run', 'tag', '=', ' ', '\t', '\n', 'abc123', '9c307a716d694d7fa29c9056ca6298c8', '-', '_', ':', '/', 'main', 'stage', 'production', 'ü', 'a b', '..'),
    fc.string({ maxLength: 4 }),
  );
  const shaped = fc
    .tuple(fc.constantFrom('run:', 'tag:', 'branch:', '', ' '), fc.constantFrom('', ' ', 'stage', 'a b', '\t'), fc.constantFrom('', '=', ' = ', '=='), fc.constantFrom('', ' ', 'production', 'x=y'))
    .map((parts) => parts.join(''));
  fc.assert(
    fc.property(fc.oneof(fc.array(piece, { maxLength: 6 }).map((p) => p.join('')), shaped, text(30)), (input) => {
      let spec: BaselineSpec | undefined;
      try {
        spec = parseBaselineSpec(input);
      } catch (error) {
        expectTypedError(error, BaselineSpecError);
        expect((error as Error).message).toMatch(/^baseline "/);
        return;
      }
      if (spec === undefined) {
        expect(input.trim()).toBe('');
        return;
      }
      switch (spec.kind) {
        case 'run':
          expect(spec.runId).toMatch(/^[\w-]+$/);
          break;
        case 'tag':
          expect(spec.key).not.toBe('');
          expect(spec.key).toBe(spec.key.trim());
          expect(spec.key).not.toContain('=');
          expect(spec.value).toBe(spec.value.trim());
          break;
        case 'branch':
          expect(spec.name).not.toBe('');
          expect(spec.name).toBe(spec.name.trim());
          break;
      }
      expect(parseBaselineSpec(writeBaseline(spec))).toEqual(spec);
    }),
    { numRuns: 2000 },
  );
});

// ---- globs ----

describe('globToRegExp', () => {
  const patternPiece = fc.oneof(
    fc.constantFrom('*', '**', '**/', '?', '[', ']', '[!', '[^', '[]', '[]]', '[!]', '[a-z]', '[z-a]', '[\\]', '[a-\\]', '[\\d]', '[[]', '[a-]', '[-]', '!', '^', '-', '\\', '/', '.', '(', ')', '{', '}', '|', '+', '$', 'ü', '😀', '\ud83d', '\n'),
    fc.string({ maxLength: 3 }),
  );
  const pattern = fc.oneof(fc.array(patternPiece, { maxLength: 10 }).map((p) => p.join('')), text(20));
  const subject = fc.oneof(text(20), fc.constantFrom('', 'a', '/', 'a/b', 'runs/1/model.pkl', '[', ']', '\\', '😀'));

  test('any pattern compiles, and the RegExp tests any name', () => {
    fc.assert(
      fc.property(pattern, fc.boolean(), fc.array(subject, { maxLength: 4 }), (p, slashes, names) => {
        const re = globToRegExp(p, { slashes });
        expect(re).toBeInstanceOf(RegExp);
        for (const name of names) expect(typeof re.test(name)).toBe('boolean');
      }),
      { numRuns: 2000 },
    );
  });

  test('a pattern with no wildcard matches itself and nothing else', () => {
    fc.assert(
      fc.property(text(20).filter((p) => !/[*?[]/.test(p)), fc.boolean(), subject, (p, slashes, other) => {
        const re = globToRegExp(p, { slashes });
        expect(re.test(p)).toBe(true);
        expect(re.test(other)).toBe(other === p);
      }),
      { numRuns: 1500 },
    );
  });

  /** A pattern built with a name it must match: each wildcard next to a text it stands for. */
  const literal = fc.string({ unit: fc.constantFrom(...'abcXYZ019._-/(){}+$^|\\]!ü😀'), minLength: 1, maxLength: 4 });
  const nameChar = fc.constantFrom('a', 'Z', '0', '.', '-', ' ', 'ü', '😀', '[', '*', '\\');
  // `-` last in a class is a plain character; `^` or `!` first would negate it.
  const classChars = fc
    .uniqueArray(fc.constantFrom(...'abcxyz019.-_\\[(|^'), { minLength: 1, maxLength: 4 })
    .map((cs) => [...cs.filter((c) => c !== '-'), ...cs.filter((c) => c === '-')])
    .filter((cs) => cs[0] !== '^');
  const piece = (slashes: boolean) =>
    fc.oneof(
      literal.map((l) => fc.constant([l, l] as const)),
      fc.constant(fc.tuple(fc.constant('?'), slashes ? nameChar : fc.oneof(nameChar, fc.constant('/')))),
      fc.constant(fc.tuple(fc.constant('*'), fc.string({ unit: slashes ? nameChar : fc.oneof(nameChar, fc.constant('/')), maxLength: 5 }).map((s) => s))),
      fc.constant(fc.tuple(fc.constant('**'), fc.string({ unit: fc.oneof(nameChar, fc.constant('/')), maxLength: 6 }))),
      classChars.map((cs) => fc.tuple(fc.constant(`[${cs.join('')}]`), fc.constantFrom(...cs))),
    ).chain((a) => a);

  test.each([false, true])('a name made to fit the pattern matches it (slashes: %s)', (slashes) => {
    fc.assert(
      fc.property(fc.array(piece(slashes), { minLength: 1, maxLength: 6 }), (pieces) => {
        const p = pieces.map(([pat]) => pat).join('');
        const name = pieces.map(([, n]) => n).join('');
        expect(globToRegExp(p, { slashes }).test(name)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});

// ---- Markdown ----

/** What GitHub shows for a table cell: backslash escapes of punctuation undone (CommonMark), entities and `<br>` read as
 * the text they stand for, and the zero-width joiners that break mentions and autolinks dropped. */
const readCell = (md: string) =>
  md
    .replace(/<br>/g, '\n')
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/&#32;/g, ' ')
    .replace(/&#9;/g, '\t')
    .replace(/&gt;/g, '>')
    .replace(/&lt;/g, '<')
    .replace(/&amp;/g, '&')
    .replace(/\u200d/g, '');

/** The text inside a code span, as CommonMark reads it: between the fences, one space stripped from each side when both have one. */
function readCode(md: string): string {
  const fence = /^`+/.exec(md)![0];
  expect(md.endsWith(fence)).toBe(true);
  let inner = md.slice(fence.length, md.length - fence.length);
  // No run of backticks inside is as long as the fence, or the span would end there.
  for (const run of inner.match(/`+/g) ?? []) expect(run.length).not.toBe(fence.length);
  if (inner.startsWith(' ') && inner.endsWith(' ') && inner.trim() !== '') inner = inner.slice(1, -1);
  return inner.replace(/\\\|/g, '|');
}

test('cell output has no raw pipe, line break or HTML, and reads back as the text', () => {
  fc.assert(
    fc.property(text(60), (t) => {
      const md = cell(t);
      expect(md.replace(/<br>/g, '')).not.toMatch(/[<>\n\r]/);
      expect(md).not.toMatch(/(^|[^\\])\|/);
      expect(readCell(md)).toBe(t.replace(/\r\n|\r/g, '\n'));
    }),
    { numRuns: 2000 },
  );
});

test('code output is one code span with no raw pipe or line break, and reads back as the text', () => {
  fc.assert(
    fc.property(text(60).filter((t) => t !== ''), (t) => {
      const md = code(t);
      expect(md).not.toMatch(/[\n\r]/);
      expect(md).not.toMatch(/(^|[^\\])\|/);
      // `<` is inert inside a code span; what the span holds is the text, line breaks as spaces.
      expect(readCode(md)).toBe(t.replace(/\r\n|\r|\n/g, ' '));
    }),
    { numRuns: 2000 },
  );
});

test('MarkdownBudget never goes past its limit, and says when it left something out', () => {
  const row = fc.array(text(15).map(cell), { minLength: 1, maxLength: 4 });
  const op = fc.oneof(
    fc.record({ kind: fc.constant('add' as const), text: text(80) }),
    fc.record({
      kind: fc.constant('table' as const),
      header: row,
      rows: fc.array(row, { maxLength: 30 }),
      reserve: fc.option(fc.nat({ max: 500 }), { nil: undefined }),
      more: fc.option(text(20), { nil: undefined }),
    }),
  );
  fc.assert(
    fc.property(fc.nat({ max: 3000 }), fc.array(op, { maxLength: 8 }), (limit, ops) => {
      const md = new MarkdownBudget(limit);
      let refused = false;
      for (const o of ops) {
        if (o.kind === 'add') {
          const before = md.toString();
          const added = md.add(o.text);
          refused ||= !added;
          expect(md.toString()).toBe(added ? before + o.text : before);
        } else {
          const before = Buffer.byteLength(md.toString());
          md.table(o.header, o.rows, { reserve: o.reserve, more: o.more });
          // A table either fits whole or says it stopped.
          const rowsBytes = o.rows.reduce((n, r) => n + Buffer.byteLength(`| ${r.join(' | ')} |\n`), 0);
          if (Buffer.byteLength(md.toString()) - before < rowsBytes) refused = true;
        }
        expect(Buffer.byteLength(md.toString())).toBeLessThanOrEqual(limit);
        expect(md.remaining).toBe(limit - Buffer.byteLength(md.toString()));
      }
      if (refused) expect(md.truncated).toBe(true);
    }),
    { numRuns: 1500 },
  );
});

// ---- marked pull request bodies ----

describe('replaceMarkedSection', () => {
  const id = fc.constantFrom('ml-hub', 'ml-hub-package-env', 'ml-hub:report', 'x');
  /** Text around and inside the markers, with markers of this and other ids and their pieces mixed in. */
  const bodyText = (ids: string) =>
    fc
      .array(
        fc.oneof(
          { weight: 4, arbitrary: text(30) },
          { weight: 1, arbitrary: fc.constantFrom(markers(ids).start, markers(ids).end, markers('other').start, markers('other').end, '<!-- ', ' -->', ':start', ':end', `${ids}:`) },
        ),
        { maxLength: 6 },
      )
      .map((p) => p.join(''));
  const big = fc.nat({ max: 3 }).map((n) => 'x'.repeat(n * 30_000));

  test('text outside the markers survives byte for byte', () => {
    fc.assert(
      fc.property(
        id.chain((i) => fc.tuple(fc.constant(i), bodyText(i), bodyText(i), bodyText(i), bodyText(i), big)),
        ([i, before, inside, after, content, padding]) => {
          const { start, end } = markers(i);
          const existing = before + padding + start + inside + end + after;
          // The first start marker and the first end marker after it are the ones put there.
          fc.pre(existing.indexOf(start) === before.length + padding.length);
          fc.pre(existing.indexOf(end, before.length + padding.length + start.length) === before.length + padding.length + start.length + inside.length);
          const section = markedSection(i, content);
          const out = replaceMarkedSection(existing, i, section);
          const kept = before + padding + section + after;
          expect(out).toBe(kept.length <= maxBodyLength ? kept : section);
        },
      ),
      { numRuns: 1000 },
    );
  });

  test('replacing twice is replacing once, whatever the section says', () => {
    fc.assert(
      fc.property(
        id.chain((i) => fc.tuple(fc.constant(i), fc.option(bodyText(i), { nil: undefined }), bodyText(i), big)),
        ([i, existing, content, padding]) => {
          const section = markedSection(i, content + padding);
          expect(section.length).toBeLessThanOrEqual(maxBodyLength);
          const once = replaceMarkedSection(existing, i, section);
          expect(replaceMarkedSection(once, i, section)).toBe(once);
          // And the section is found again: a later run replaces it, not something inside it.
          const next = markedSection(i, 'next');
          expect(replaceMarkedSection(once, i, next)).toBe(once.replace(section, next));
        },
      ),
      { numRuns: 1000 },
    );
  });
});
