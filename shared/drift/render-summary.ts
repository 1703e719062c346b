// The detect-env job summary: the findings as tables, most important first, the rest collapsed, always under budget.

import { MarkdownBudget, cell, code, link, stepSummaryLimitBytes } from '../text/markdown.js';
import type { DriftReport, Location, OptionalGuard } from './model.js';

export const summaryLimit = stepSummaryLimitBytes;

export interface SummaryOptions {
  limit?: number;
  /** Turns a root-relative location into a link (to the file on GitHub); plain text when absent. */
  link?: (location: Location) => string | undefined;
  /** Shown in the title when the analysed folder is not the repository root. */
  project?: string;
}

export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export const guardText: Record<OptionalGuard, string> = {
  'try-except': 'inside a try/except that lets it fail (ImportError or broader)',
  'availability-check': 'behind an availability check',
  'type-checking': 'under if TYPE_CHECKING (type checkers only)',
  'version-check': 'behind a Python version, platform or device check',
  'installed-on-demand': 'after the code installs it itself',
};
const guardList = 'try/except ImportError, availability checks, `if TYPE_CHECKING:`, version, platform or device checks, installed on demand';

export function headline(report: DriftReport): string {
  if (!report.drift) return 'no drift';
  return [
    report.undeclared.length && plural(report.undeclared.length, 'undeclared import'),
    report.unused.length && plural(report.unused.length, 'unused declaration'),
    report.conflicts.length && plural(report.conflicts.length, 'conflict'),
    report.outOfSync.length && plural(report.outOfSync.length, 'package') + ' out of sync',
  ]
    .filter(Boolean)
    .join(', ');
}

export function renderDriftSummary(report: DriftReport, options: SummaryOptions = {}): string {
  const md = new MarkdownBudget(options.limit ?? summaryLimit);
  const where = (l: Location) => {
    const text = `${l.file}:${l.line}`;
    const href = options.link?.(l);
    return href ? link(text, href) : cell(text);
  };
  const places = (ls: Location[], max = 3) => ls.slice(0, max).map(where).join(', ') + (ls.length > max ? `, +${ls.length - max} more` : '');

  const icon = report.drift ? '⚠️' : '✅';
  md.add(`## ${icon} Environment drift${options.project ? ` in ${code(options.project)}` : ''}: ${headline(report)}\n\n`);
  md.add(
    `${plural(report.scannedFiles, 'source file')} scanned (${plural(report.importCount, 'import')}), ` +
      `${plural(report.packagingFiles.length, 'packaging file')} read. ` +
      `Standard library of Python ${report.python.version}: ${cell(report.python.reason)}. ` +
      `Environment hash ${code(report.envHash.slice(0, 16))}.\n\n`,
  );

  const errors = report.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length) md.add(`> [!CAUTION]\n> ${plural(errors.length, 'file problem')} kept part of the project from being read; see **Problems** below.\n\n`);

  if (report.undeclared.length) {
    md.add(`### Undeclared imports\nImported by the code, declared by no packaging file.\n\n`);
    md.table(
      ['Import', 'Declare', 'Imported at', 'Note'],
      report.undeclared.map((u) => [
        code(u.module),
        u.distributions.map(code).join(' or '),
        places(u.locations),
        [
          u.introduced ? '**new in this change**' : '',
          u.note ? cell(u.note) : '',
          u.source === 'guess' ? 'distribution name guessed from the import name' : '',
          u.declaredOutOfScope?.length ? `declared at ${places(u.declaredOutOfScope, 2)}, which does not cover these files` : '',
          u.declaredForBuild?.length ? `only a build requirement (${places(u.declaredForBuild, 2)})` : '',
          u.pipInstalls.length ? `installed by hand at ${places(u.pipInstalls, 1)}` : '',
        ]
          .filter(Boolean)
          .join('; '),
      ]),
      { reserve: 4096, more: 'see the report JSON' },
    );
  }
  if (report.optional.length) {
    md.add(`### Optional imports\nImported only where the code runs without them (${guardList}); declared by no packaging file. They never fail \`fail-on\`.\n\n`);
    md.table(
      ['Import', 'Would come from', 'Imported at', 'Why optional'],
      report.optional.map((u) => [code(u.module), u.distributions.map(code).join(' or '), places(u.locations), u.guard ? guardText[u.guard] : '']),
      { reserve: 4096, more: 'see the report JSON' },
    );
  }
  if (report.conflicts.length) {
    md.add(`### Conflicts\nDeclarations that no single version satisfies.\n\n`);
    md.table(
      ['Package', 'Declarations', 'Why'],
      report.conflicts.map((c) => [code(c.name), c.declarations.map((d) => `${code(`${d.name} ${d.specifier}`)} at ${where(d)}`).join('<br>'), cell(c.message)]),
      { reserve: 4096 },
    );
  }
  if (report.unused.length) {
    md.add(`### Unused declarations\nDeclared, but no code imports ${'them'}. Tools that are never imported (pytest, black, jupyter, …) are not listed.\n\n`);
    md.table(
      ['Package', 'Declared at', 'Looked for'],
      report.unused.map((u) => [code(u.name), places(u.declarations), u.importNames.map(code).join(', ')]),
      { reserve: 4096 },
    );
  }
  if (report.outOfSync.length) {
    md.add(`### Packaging files out of sync\nFiles that each describe the whole environment but disagree on what is in it.\n\n`);
    md.table(
      ['Package', 'Declared at', 'Missing from', 'Compared'],
      report.outOfSync.map((o) => [code(o.name), places(o.presentIn), o.missingFrom.map(code).join(', '), cell(o.groups ?? 'runtime')]),
      { reserve: 4096 },
    );
  }
  if (report.deadDeclarations.length) {
    md.add(`### Dead declarations\nTheir environment marker can never apply under the Python the project declares; they can go.\n\n`);
    md.table(
      ['Package', 'Declared at', 'Marker', 'Declared Python'],
      report.deadDeclarations.map((d) => [code(d.name), where(d), code(d.marker), cell(d.python)]),
      { reserve: 4096 },
    );
  }
  const changes = report.changes;
  if (changes) {
    md.add(`### Since ${code(changes.base.slice(0, 12))}\n`);
    const total = changes.added.length + changes.removed.length + changes.changed.length;
    md.add(
      changes.envHashBefore === report.envHash
        ? `The declared environment is unchanged.\n\n`
        : `The declared environment changed (hash ${code(changes.envHashBefore.slice(0, 16))} → ${code(report.envHash.slice(0, 16))}).\n\n`,
    );
    if (changes.newUndeclared.length) md.add(`New undeclared imports: ${changes.newUndeclared.map(code).join(', ')}.\n\n`);
    if (changes.fixedUndeclared.length) md.add(`No longer undeclared: ${changes.fixedUndeclared.map(code).join(', ')}.\n\n`);
    if (total) {
      md.table(
        ['Change', 'Package', 'File', 'Before', 'After'],
        [
          ...changes.added.map((c) => ['added', code(c.name), cell(c.file), '', code(c.after || 'any')]),
          ...changes.changed.map((c) => ['changed', code(c.name), cell(c.file), code(c.before || 'any'), code(c.after || 'any')]),
          ...changes.removed.map((c) => ['removed', code(c.name), cell(c.file), code(c.before || 'any'), '']),
        ],
        { reserve: 4096 },
      );
    }
  }

  md.add(`<details><summary>Packaging files (${report.packagingFiles.length})</summary>\n\n`);
  md.table(
    ['File', 'Kind', 'Dependencies', 'Note'],
    report.packagingFiles.map((f) => [cell(f.path), f.kind, String(f.dependencies), f.generated ? cell(`generated: ${f.generated}`) : '']),
    { reserve: 2048 },
  );
  md.add(`</details>\n\n`);
  if (report.diagnostics.length) {
    md.add(`<details><summary>Problems and notices (${report.diagnostics.length})</summary>\n\n`);
    md.table(
      ['Severity', 'Where', 'Message'],
      report.diagnostics.map((d) => [d.severity, d.line ? where({ file: d.file, line: d.line }) : cell(d.file), cell(d.message)]),
      { reserve: 512 },
    );
    md.add(`</details>\n\n`);
  }
  if (md.truncated) md.add(`_This summary was shortened to stay under GitHub's size limit; the report JSON has everything._\n`);
  return md.toString();
}
