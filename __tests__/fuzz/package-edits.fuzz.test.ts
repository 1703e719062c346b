// package-env's editors keep what the user wrote: over generated requirements files and environment files (comments,
// blank lines, options, continuations, inline comments, quoting, flow lists, CRLF, a missing final newline), an edit
// deletes exactly the pruned entries' lines and inserts exactly the new entries' lines; every other line survives
// byte for byte and in order; and regenerating the result changes nothing (regenerate∘regenerate = regenerate).

import fc from 'fast-check';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseCondaEnvironment } from '../../shared/env/conda.js';
import type { FileReader } from '../../shared/env/model.js';
import { parseRequirementsText } from '../../shared/env/requirements.js';
import { editCondaEnvironment, type CondaChange } from '../../shared/package/edit-conda-environment.js';
import type { EditOutcome } from '../../shared/package/edit-outcome.js';
import { addedMarker, editRequirements, type RequirementsChange } from '../../shared/package/edit-requirements.js';
import { planPackageEnv } from '../../shared/package/plan-package-env.js';

/** A project whose `-e .` resolves. */
const reader: FileReader = { read: (p) => (p === 'pyproject.toml' ? '[project]\nname = "service"\n' : undefined) };

const textOf = (outcome: EditOutcome, before: string): string => {
  if (outcome.status === 'left-alone') throw new Error(`refused: ${outcome.reason}\n${JSON.stringify(before)}`);
  return outcome.status === 'edited' ? outcome.text : before;
};

/** The lines of a text; a final line break ends the last line rather than starting an empty one. */
const linesOf = (text: string, eol: string) => (text === '' ? [] : text.replace(new RegExp(`${eol}$`), '').split(eol));

/**
 * `after` is `before` with the lines `removed` (indices) deleted and the lines `inserted` added, every other line
 * unchanged and in order. Inserted lines never equal a kept line here (they name packages the file lacks).
 */
function expectOnlyThese(before: string, after: string, eol: string, removed: ReadonlySet<number>, inserted: readonly string[]): void {
  const all = linesOf(before, eol);
  const kept = all.filter((_, i) => !removed.has(i));
  const out = linesOf(after, eol);
  // Pruning the last line of a text without a final newline takes the break before it, so the line before becomes
  // the last, unterminated one; an empty one then has no text at all (`\nscipy` less scipy is ``).
  if (removed.has(all.length - 1) && !before.endsWith(eol) && kept.at(-1) === '') kept.pop();
  let k = 0;
  const extra: string[] = [];
  for (const line of out) {
    if (k < kept.length && line === kept[k]) k++;
    else extra.push(line);
  }
  expect(k).toBe(kept.length);
  expect([...extra].sort()).toEqual([...inserted].sort());
}

/**
 * CRLF stays CRLF; a missing final newline stays missing, unless pruning the last line leaves an empty line last
 * (an empty last line has no newline to miss: the text just ends after the line before it).
 */
function expectLineEndingsKept(before: string, after: string, eol: string, removed: ReadonlySet<number> = new Set()): void {
  if (eol === '\r\n') expect(/(?<!\r)\n/.test(after)).toBe(false);
  const lines = before.split(eol);
  const kept = lines.filter((_, i) => !removed.has(i));
  const emptyLast = removed.has(lines.length - 1) && (kept.length === 0 || kept.at(-1) === '');
  if (before.length && after.length && !emptyLast) expect(/\n$/.test(after)).toBe(/\n$/.test(before));
}

// ---- Requirements files ----

const names = ['numpy', 'pandas', 'scipy', 'torch', 'requests', 'flask', 'rich', 'tqdm', 'pyyaml', 'mlflow', 'seaborn', 'xgboost'];
const specifier = fc.constantFrom('', '', '>=1.0', '==2.1.3', '~=1.4', '>=1.24,<2', '!=1.5.*');
const inlineComment = fc.constantFrom('', '', '  # pinned for CUDA', '   # see issue #12', ' #');
const commentText = fc.constantFrom('# Runtime deps', '#', '   # indented note', '# -r not-an-include.txt', '# numpy==0 (old pin)', '# ünïcode ✓');
const option = fc.constantFrom('-i https://pypi.org/simple', '--extra-index-url https://download.pytorch.org/whl/cu121', '--prefer-binary', '-f ./wheels', '-e .');

type Piece = { kind: 'comment' | 'blank' | 'option'; lines: string[] } | { kind: 'requirement'; name: string; lines: string[] };

const requirementPiece = (name: string): fc.Arbitrary<Piece> =>
  fc
    .tuple(specifier, inlineComment, fc.constantFrom('plain', 'plain', 'continued', 'marker', 'extras'))
    .map(([spec, comment, form]): Piece => {
      if (form === 'continued') return { kind: 'requirement', name, lines: [`${name} \\`, `    ${spec || '>=0.1'}${comment}`] };
      if (form === 'marker') return { kind: 'requirement', name, lines: [`${name}${spec}; python_version >= "3.8"${comment}`] };
      if (form === 'extras') return { kind: 'requirement', name, lines: [`${name}[all]${spec}${comment}`] };
      return { kind: 'requirement', name, lines: [`${name}${spec}${comment}`] };
    });

const requirementsFile = fc
  .record({
    chosen: fc.shuffledSubarray(names, { maxLength: 8 }),
    filler: fc.array(
      fc.oneof(
        commentText.map((c): Piece => ({ kind: 'comment', lines: [c] })),
        fc.constantFrom('', '   ').map((b): Piece => ({ kind: 'blank', lines: [b] })),
        option.map((o): Piece => ({ kind: 'option', lines: [o] })),
      ),
      { maxLength: 8 },
    ),
    eol: fc.constantFrom('\n', '\r\n'),
    finalNewline: fc.boolean(),
    trailingBlank: fc.boolean(),
  })
  .chain(({ chosen, filler, eol, finalNewline, trailingBlank }) =>
    fc
      .tuple(...chosen.map(requirementPiece))
      // Requirements and filler in any order: a permutation of all the pieces.
      .chain((requirements) => fc.shuffledSubarray([...requirements, ...filler], { minLength: requirements.length + filler.length }))
      .map((shuffled) => {
        const pieces = trailingBlank ? [...shuffled, { kind: 'blank', lines: [''] } as Piece] : shuffled;
        const lines = pieces.flatMap((p) => p.lines);
        const text = lines.join(eol) + (finalNewline && lines.length ? eol : '');
        return { pieces, text, eol };
      }),
  );

/** Index of each piece's first line in the file. */
function firstLines(pieces: readonly Piece[]): number[] {
  const starts: number[] = [];
  let at = 0;
  for (const p of pieces) {
    starts.push(at);
    at += p.lines.length;
  }
  return starts;
}

const requirementsCase = requirementsFile.chain((file) => {
  const present = file.pieces.filter((p): p is Extract<Piece, { kind: 'requirement' }> => p.kind === 'requirement').map((p) => p.name);
  return fc.record({
    file: fc.constant(file),
    prune: fc.subarray(present),
    add: fc.subarray(names).chain((picked) => fc.tuple(...picked.map((n) => specifier.map((s) => ({ pypi: n, text: `${n}${s}` }))))),
  }).map(({ file: f, prune, add }) => ({ ...f, prune, add: add.filter((a) => !prune.includes(a.pypi)) }));
});

describe('requirements files', () => {
  test('an edit touches only the pruned lines and the new lines, keeps line endings, and is idempotent', () => {
    fc.assert(
      fc.property(requirementsCase, ({ pieces, text, eol: written, prune, add }) => {
        const eol = /[\r\n]/.test(text) ? written : '\n'; // a file without a line break gets \n
        const starts = firstLines(pieces);
        const remove = pieces.flatMap((p, i) => (p.kind === 'requirement' && prune.includes(p.name) ? [{ line: starts[i]! + 1, pypi: p.name }] : []));
        const change: RequirementsChange = { add, remove };
        const once = textOf(editRequirements('requirements.txt', text, change, { reader }), text);

        const present = new Set(pieces.flatMap((p) => (p.kind === 'requirement' ? [p.name] : [])));
        const added = add.filter((a) => !present.has(a.pypi)).map((a) => a.text);
        const removedLines = new Set(pieces.flatMap((p, i) => (p.kind === 'requirement' && prune.includes(p.name) ? p.lines.map((_, j) => starts[i]! + j) : [])));
        const marker = added.length && !text.split(eol).includes(addedMarker) ? [addedMarker] : [];
        expectOnlyThese(text, once, eol, removedLines, [...marker, ...added]);
        expectLineEndingsKept(text, once, eol, removedLines);

        const declared = new Set(parseRequirementsText(once, 'requirements.txt', reader)[0]!.dependencies.map((d) => d.normalized));
        for (const a of add) expect(declared.has(a.pypi)).toBe(true);
        for (const name of prune) expect(declared.has(name)).toBe(false);

        // Regenerating: the same change (its removals are gone, its additions declared) changes nothing.
        expect(editRequirements('requirements.txt', once, change, { reader })).toEqual({ status: 'unchanged' });
        expect(textOf(editRequirements('requirements.txt', once, { add, remove: [] }, { reader }), once)).toBe(once);
      }),
      { numRuns: 400 },
    );
  });
});

// ---- Environment files ----

const condaEntries: [string, string][] = [
  ['numpy', 'numpy'], ['pandas', 'pandas'], ['scipy', 'scipy'], ['torch', 'pytorch'], ['matplotlib', 'matplotlib-base'],
  ['scikit-learn', 'scikit-learn'], ['xarray', 'xarray'], ['seaborn', 'seaborn'],
];
const pipEntries = ['requests', 'flask', 'albumentations', 'mlflow', 'rich'];
const condaVersion = fc.constantFrom('', '', '=1.2', '>=1.0', '==1.24.1', '>=1.0,<2');
const quote = fc.constantFrom('plain', 'plain', 'plain', 'double', 'single');
const quoted = (text: string, style: string) => (style === 'double' ? JSON.stringify(text) : style === 'single' ? `'${text}'` : text);

interface EnvLine {
  text: string;
  /** For entry lines: the PyPI name and ecosystem it declares. */
  entry?: { pypi: string; pip: boolean };
}

const environmentFile = fc
  .record({
    header: fc.array(commentText, { maxLength: 2 }),
    named: fc.boolean(),
    channels: fc.constantFrom('block', 'flow', 'none'),
    indent: fc.constantFrom('  - ', '- ', '    - '),
    conda: fc.shuffledSubarray(condaEntries, { minLength: 1, maxLength: 5 }).chain((es) => fc.tuple(...es.map((e) => fc.tuple(fc.constant(e), condaVersion, quote, inlineComment, fc.boolean())))),
    pipListed: fc.boolean(),
    pip: fc.shuffledSubarray(pipEntries, { maxLength: 3 }).chain((es) => fc.tuple(...es.map((e) => fc.tuple(fc.constant(e), specifier, inlineComment)))),
    variables: fc.boolean(),
    eol: fc.constantFrom('\n', '\r\n'),
    finalNewline: fc.boolean(),
  })
  .map(({ header, named, channels, indent, conda, pipListed, pip, variables, eol, finalNewline }) => {
    const lines: EnvLine[] = header.map((text) => ({ text }));
    if (named) lines.push({ text: 'name: fuzz-env  # the env name' });
    if (channels === 'block') lines.push({ text: 'channels:' }, { text: `${indent}conda-forge` });
    if (channels === 'flow') lines.push({ text: 'channels: [conda-forge, defaults]' });
    lines.push({ text: '' }, { text: 'dependencies:' });
    const pad = indent.slice(0, indent.indexOf('-'));
    for (const [[pypi, name], version, style, comment, commentAbove] of conda) {
      if (commentAbove) lines.push({ text: `${pad}# ${name} below` });
      lines.push({ text: `${indent}${quoted(name + version, style)}${comment}`, entry: { pypi, pip: false } });
    }
    if (pip.length || pipListed) lines.push({ text: `${indent}pip` });
    if (pip.length) {
      lines.push({ text: `${indent}pip:` });
      for (const [name, spec, comment] of pip) lines.push({ text: `${' '.repeat(indent.length + 2)}- ${name}${spec}${comment}`, entry: { pypi: name, pip: true } });
    }
    if (variables) lines.push({ text: '' }, { text: 'variables:' }, { text: '  OMP_NUM_THREADS: 4  # threads' }, { text: '  DATA_DIR: "/data"' });
    const text = lines.map((l) => l.text).join(eol) + (finalNewline ? eol : '');
    return { lines, text, eol, indent };
  });

const environmentCase = environmentFile.chain((file) =>
  fc
    .record({
      prune: fc.subarray(file.lines.flatMap((l, i) => (l.entry ? [i] : []))),
      conda: fc.subarray(condaEntries).chain((es) => fc.tuple(...es.map(([pypi, name]) => condaVersion.map((v) => ({ pypi, text: name + v }))))),
      pip: fc.subarray(pipEntries).chain((es) => fc.tuple(...es.map((name) => specifier.map((s) => ({ pypi: name, text: name + s }))))),
    })
    .map(({ prune, conda, pip }) => {
      const pruned = new Set(prune.map((i) => file.lines[i]!.entry!.pypi));
      const notPruned = (a: { pypi: string }) => !pruned.has(a.pypi);
      return { ...file, prune, conda: conda.filter(notPruned), pip: pip.filter((a) => notPruned(a) && !conda.some((c) => c.pypi === a.pypi)) };
    }),
);

/** What a new entry's line looks like in a block list, whatever its quoting. */
const newLine = (indent: string, text: string, pip: boolean) => (pip ? new RegExp(`^ +- ['"]?${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}['"]?$`) : new RegExp(`^${indent}['"]?${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}['"]?$`));

describe('environment files', () => {
  test('an edit touches only the pruned lines and the new lines, keeps line endings, and is idempotent', () => {
    fc.assert(
      fc.property(environmentCase, ({ lines, text, eol, indent, prune, conda, pip }) => {
        const change: CondaChange = { conda, pip, remove: prune.map((i) => ({ line: i + 1, pypi: lines[i]!.entry!.pypi })) };
        const once = textOf(editCondaEnvironment('environment.yml', text, change), text);

        const present = new Set(lines.flatMap((l) => (l.entry ? [l.entry.pypi] : [])));
        const addedConda = conda.filter((a) => !present.has(a.pypi));
        const addedPip = pip.filter((a) => !present.has(a.pypi));
        const hadPip = lines.some((l) => l.text === `${indent}pip`);
        const hadSection = lines.some((l) => l.text === `${indent}pip:`);
        const structure = addedPip.length && !hadSection ? [...(hadPip ? [] : [`${indent}pip`]), `${indent}pip:`] : [];
        // Kept lines in order, nothing else gone; the rest are exactly the new entries.
        const kept = text.split(eol).filter((_, i) => !prune.includes(i));
        const out = once.split(eol);
        let k = 0;
        const extra: string[] = [];
        for (const line of out) {
          if (k < kept.length && line === kept[k]) k++;
          else extra.push(line);
        }
        expect(k).toBe(kept.length);
        expect(extra.length).toBe(addedConda.length + addedPip.length + structure.length);
        for (const s of structure) expect(extra).toContain(s);
        for (const a of addedConda) expect(extra.some((l) => newLine(indent, a.text, false).test(l))).toBe(true);
        for (const a of addedPip) expect(extra.some((l) => newLine(indent, a.text, true).test(l))).toBe(true);
        expectLineEndingsKept(text, once, eol, new Set(prune));

        const declared = parseCondaEnvironment('environment.yml', once, { read: () => undefined })[0]!.dependencies;
        for (const a of [...addedConda, ...addedPip]) expect(declared.some((d) => d.normalized === a.pypi || a.text.startsWith(d.name))).toBe(true);
        expect(declared.length).toBe(present.size - prune.length + addedConda.length + addedPip.length + (structure.length && !hadPip ? 1 : 0) + (hadPip ? 1 : 0));

        expect(editCondaEnvironment('environment.yml', once, { conda, pip, remove: [] })).toEqual({ status: 'unchanged' });
        const twice = textOf(editCondaEnvironment('environment.yml', once, change), once);
        expect(twice).toBe(once);
      }),
      { numRuns: 400 },
    );
  });

  test('a flow dependency list: every other line is kept byte for byte, and the list gains exactly the new entries', () => {
    const flowCase = fc.record({
      before: fc.array(commentText, { maxLength: 3 }),
      after: fc.array(commentText, { maxLength: 3 }),
      existing: fc.shuffledSubarray(condaEntries, { minLength: 0, maxLength: 4 }),
      conda: fc.subarray(condaEntries),
      pip: fc.subarray(pipEntries),
      eol: fc.constantFrom('\n', '\r\n'),
    });
    fc.assert(
      fc.property(flowCase, ({ before, after, existing, conda, pip, eol }) => {
        const flow = `dependencies: [${existing.map(([, n]) => n).join(', ')}]  # flow list`;
        const text = [...before, 'name: flow', flow, ...after, ''].join(eol);
        const change: CondaChange = { conda: conda.map(([pypi, text]) => ({ pypi, text })), pip: pip.map((p) => ({ pypi: p, text: p })), remove: [] };
        const once = textOf(editCondaEnvironment('environment.yml', text, change), text);
        const kept = text.split(eol).filter((l) => l !== flow);
        expect(once.split(eol).filter((l) => !l.startsWith('dependencies:'))).toEqual(kept);
        const declared = parseCondaEnvironment('environment.yml', once, { read: () => undefined })[0]!.dependencies.map((d) => d.normalized);
        const present = new Set(existing.map(([pypi]) => pypi));
        const expected = [...existing.map(([, n]) => n), ...conda.filter(([p]) => !present.has(p)).map(([, n]) => n), ...(pip.length ? ['pip', ...pip] : [])];
        expect([...declared].sort()).toEqual([...expected].sort());
        expect(textOf(editCondaEnvironment('environment.yml', once, change), once)).toBe(once);
      }),
      { numRuns: 300 },
    );
  });
});

describe('files that are not UTF-8', () => {
  test('package-env plans no edit of them and names the line of the first bad byte: no byte can be lost', async () => {
    const line = fc.oneof(fc.constantFrom('pandas==2.2.0', 'numpy', '# pinned', '', '-r other.txt', 'scipy>=1'), fc.string({ maxLength: 10 }).map((s) => `# ${s.replace(/[\r\n]/g, '')}`));
    await fc.assert(
      fc.asyncProperty(fc.array(line, { minLength: 1, maxLength: 6 }), fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 3 }).map((b) => Buffer.from([...b].map((x) => 0x80 | x))), async (lines, pick, bad) => {
        const at = pick % lines.length;
        const bytes = Buffer.concat(lines.map((l, i) => Buffer.concat([Buffer.from(i === at ? `${l} # ` : l, 'utf8'), i === at ? bad : Buffer.alloc(0), Buffer.from('\n')])));
        fc.pre(Buffer.from(bytes.toString('utf8'), 'utf8').compare(bytes) !== 0); // the bytes must be invalid UTF-8
        const dir = mkdtempSync(path.join(tmpdir(), 'latin1-'));
        writeFileSync(path.join(dir, 'requirements.txt'), bytes);
        writeFileSync(path.join(dir, 'train.py'), 'import pandas\nimport seaborn\n');
        const { report, plan } = await planPackageEnv({ root: dir, env: {}, targets: ['requirements.txt'] });
        expect(plan.edits.map((e) => e.path)).not.toContain('requirements.txt');
        expect(plan.leftAlone.find((l) => l.path === 'requirements.txt')?.reason).toMatch(new RegExp(`^requirements\\.txt:${at + 1} is not valid UTF-8`));
        expect(report.diagnostics).toContainEqual(expect.objectContaining({ code: 'packaging/not-utf8', file: 'requirements.txt', line: at + 1 }));
      }),
      { numRuns: 15 },
    );
  });
});
