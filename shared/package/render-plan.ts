// What package-env will change and why, as Markdown for the pull request body and the job summary: the drift table
// with what was done about each finding, the files left alone with the reason, and each file's diff collapsed.

import { formatDiagnostic } from '../diagnostics.js';
import type { DriftReport, Location } from '../drift/model.js';
import type { PullRequestOutcome } from '../github/pull-request.js';
import { MarkdownBudget, cell, code, details } from '../text/markdown.js';
import type { PackagePlan } from './model.js';
import { onlyBuildScriptImports } from './package-entries.js';
import { unifiedDiff } from './unified-diff.js';

export { unifiedDiff };

/** GitHub refuses a pull request body over 65,536 characters; leave room for what the PR machinery appends. */
export const planMarkdownLimit = 60_000;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const where = (l: Location) => `${l.file}:${l.line}`;
const places = (ls: readonly Location[], max = 3) => ls.slice(0, max).map(where).join(', ') + (ls.length > max ? `, +${ls.length - max} more` : '');

export function planHeadline(plan: PackagePlan): string {
  if (plan.edits.length === 0) return 'nothing to change';
  const parts = [plural(plan.edits.length, 'file') + ' to update'];
  const added = new Set(plan.added.map((a) => a.name)).size;
  const removed = new Set(plan.removed.map((r) => r.name)).size;
  if (added) parts.push(`${plural(added, 'package')} added`);
  if (removed) parts.push(`${plural(removed, 'package')} removed`);
  return parts.join(', ');
}

/** A fenced block whose fence is longer than any backtick run inside it. */
function fenced(language: string, body: string): string {
  const longest = Math.max(2, ...[...body.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${language}\n${body}${body.endsWith('\n') ? '' : '\n'}${fence}`;
}

/** The drift findings, each with what this plan does about it. */
function driftRows(plan: PackagePlan, report: DriftReport): string[][] {
  const filesAdding = (name: string) => [...new Set(plan.added.filter((a) => a.name === name).map((a) => a.file))];
  const rows: string[][] = [];
  for (const u of report.undeclared) {
    const dist = u.distributions[0] ?? u.module;
    const to = filesAdding(dist);
    rows.push([
      'undeclared import',
      `${code(u.module)} → ${code(dist)}`,
      cell(places(u.locations)),
      to.length
        ? `added to ${to.map(code).join(', ')}`
        : onlyBuildScriptImports(u.locations)
          ? 'not added: setup.py imports it to build, not to run'
          : plan.notDeclared.some((n) => n.module === u.module)
            ? 'not added: see **Not added**'
            : 'not added: see **Left alone**',
    ]);
  }
  for (const o of report.outOfSync) {
    const to = filesAdding(o.name);
    const missing = o.missingFrom.filter((f) => !to.includes(f));
    rows.push([
      'out of sync',
      code(o.name),
      `in ${cell(places(o.presentIn))}, not in ${o.missingFrom.map(code).join(', ')}`,
      report.unused.some((u) => u.normalized === o.name)
        ? 'not copied: nothing imports it'
        : [to.length ? `copied to ${to.map(code).join(', ')}` : '', missing.length ? `${missing.map(code).join(', ')} left alone` : ''].filter(Boolean).join('; '),
    ]);
  }
  for (const u of report.unused) {
    const removed = plan.removed.filter((r) => r.name === u.name || r.name === u.normalized);
    const kept = plan.keptUnused.filter((k) => u.declarations.some((d) => d.file === k.file && d.line === k.line));
    rows.push([
      'unused',
      code(u.name),
      cell(places(u.declarations)),
      [removed.length ? `removed from ${[...new Set(removed.map((r) => r.file))].map(code).join(', ')}` : '', kept.length ? 'kept (nothing removes a declaration without `prune`)' : '']
        .filter(Boolean)
        .join('; '),
    ]);
  }
  for (const c of report.conflicts) rows.push(['conflict', code(c.name), cell(c.message), 'resolve by hand: package-env does not choose between versions']);
  return rows;
}

/** The PR body / job summary for a plan. */
export function renderPlanMarkdown(plan: PackagePlan, report: DriftReport, options: { limit?: number } = {}): string {
  const md = new MarkdownBudget(options.limit ?? planMarkdownLimit);
  md.add(`## package-env: ${planHeadline(plan)}\n\n`);
  md.add(
    plan.edits.length
      ? 'These edits add what the code imports and keep the packaging files in step with each other. Everything else in the files, comments and order included, is kept as written.\n\n'
      : 'The packaging files already declare what the code imports, or the files that would need it are left alone (below).\n\n',
  );

  if (plan.sourceOfTruth && plan.edits.length) {
    const inStep = plan.inStep.length ? `; kept in step with it: ${plan.inStep.map(code).join(', ')}` : '';
    md.add(`Runtime dependencies are declared in ${code(plan.sourceOfTruth)}${inStep}.\n\n`);
  }
  if (plan.unpinned) md.add(`Added packages are not pinned: ${cell(plan.unpinned)}.\n\n`);
  if (plan.edits.length) {
    md.add('### Changes\n\n');
    md.table(
      ['File', 'Change'],
      plan.edits.flatMap((e) => (e.reasons.length ? e.reasons : [e.before === undefined ? 'created' : 'updated']).map((r) => [code(e.path) + (e.before === undefined ? ' (new)' : ''), cell(r)])),
      { reserve: 8192 },
    );
  }
  const rows = driftRows(plan, report);
  if (rows.length) {
    md.add('### Drift found\n\n');
    md.table(['Finding', 'Package', 'Where', 'Done'], rows, { reserve: 4096, more: 'see the detect-env report' });
  }
  if (plan.notDeclared.length) {
    md.add('### Not added\nImports package-env did not declare as runtime dependencies, and why. Check each one and declare it where it belongs.\n\n');
    md.add(
      plan.notDeclared
        .map((n) => `- [${n.group ? 'x' : ' '}] ${code(n.distribution)} (${code(`import ${n.module}`)} at ${cell(places(n.locations))}): ${cell(n.reason)}${n.group ? `; added to ${cell(n.group)}` : ''}\n`)
        .join('') + '\n',
    );
  }
  if (plan.leftAlone.length) {
    md.add('### Left alone\n\n');
    md.table(['File', 'Why'], plan.leftAlone.map((l) => [code(l.path), cell(l.reason)]), { reserve: 2048 });
  }
  if (plan.keptUnused.length) {
    md.add(`### Kept, though nothing imports them\nRemove them by hand, or run package-env with \`prune: true\`.\n\n`);
    md.table(['Package', 'Declared at'], plan.keptUnused.map((k) => [code(k.name), cell(`${k.file}:${k.line}`)]), { reserve: 2048 });
  }
  const problems = report.diagnostics.filter((d) => d.severity === 'error');
  if (problems.length) {
    md.add(`### Problems\n\n`);
    md.table(['Problem'], problems.map((d) => [cell(formatDiagnostic(d))]), { reserve: 1024 });
  }
  if (plan.edits.length) md.add('To see the same plan locally: `npx ml-hub package-env --dry-run --diff`.\n\n');
  for (const edit of plan.edits) {
    if (!md.add(details(`Diff of <code>${cell(edit.path)}</code>`, fenced('diff', unifiedDiff(edit))))) {
      md.add(`_Diffs left out to fit: run \`ml-hub package-env --diff\` to see them._\n`);
      break;
    }
  }
  return md.toString();
}

/** The summary's first line: what this run did to the pull request. */
export function operationLine(outcome: PullRequestOutcome, base: string): string {
  const pr = outcome.number ? `[#${outcome.number}](${outcome.url})` : '';
  switch (outcome.operation) {
    case 'created':
      return `Opened ${pr} from \`${outcome.branch}\` into \`${base}\`.`;
    case 'updated':
      return `Updated ${pr} on \`${outcome.branch}\`.`;
    case 'unchanged':
      return `${pr} already proposes exactly this change.`;
    case 'closed':
      return `\`${base}\` already has every change: closed ${pr} and deleted \`${outcome.branch}\`.`;
    case 'none':
      return outcome.number ? `\`${base}\` already has every change of ${pr}; left open.` : 'Nothing to change.';
  }
}
