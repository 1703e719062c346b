// The publish-metrics report as Markdown, for the job summary (1 MiB limit, in bytes) and the PR comment (65,536
// characters). Each experiment is a section: its headline (best run, candidate against baseline), a runs table with the
// ranking metric first and nested runs under their parents, a Mermaid chart of the ranking metric and, collapsed, the
// other charts and metrics.
//
// The budget is filled greedily by priority, so a long report keeps what matters most and says what it left out:
//   1. every experiment's headline and its best 10 runs,   2. each ranking-metric chart (the finer drawing if it fits),
//   3. the best 25, then 100 runs,   4. the other charts, one metric at a time,   5. every run,
//   6. the other metrics' table and the list of problems.
// Runs are always kept best first by the ranking order (run-ranking.ts), shown grouped under their parents (the
// parents of kept runs come along to group them), and every cut is stated where it happened.

import type { Diagnostic } from '../diagnostics.js';
import { formatDiagnostic } from '../diagnostics.js';
import type { Run, RunStatus } from '../mlflow/model.js';
import type { ExperimentReport } from './experiment-report.js';
import { cell, code, details, link as markdownLink, stepSummaryLimitBytes } from '../text/markdown.js';
import { isBetter } from './metric-direction.js';
import { formatChange, formatMetric } from './metric-values.js';
import { formatDuration } from '../text/units.js';
import type { RunEnvironment } from './run-environment.js';
import { metricChoiceRule, metricValue, rankable, tieBreakRule } from './run-ranking.js';
import { commitTag } from './baseline.js';
import { imageTypes } from './dashboard/artifact-texts.js';

/** The step summary budget (text/markdown.ts), under this name for the report's callers. */
export const summaryLimitBytes = stepSummaryLimitBytes;
/** GitHub rejects a comment body over 65,536 characters. */
export const commentLimitChars = 65_536;

export interface SummaryOptions {
  /** The most the text may take, in `unit`s. */
  limit: number;
  /** `bytes` for job summaries, `chars` (UTF-16 code units, never fewer than GitHub counts) for comments. */
  unit: 'bytes' | 'chars';
  /** What the limit is, for the note when the report had to be shortened: `GitHub's 1 MiB job summary limit`. */
  limitName: string;
  /** Markdown before the experiments (title, store line). Counted in the limit. */
  preamble?: string;
  /** Markdown after them (footer). Counted in the limit. */
  footer?: string;
  /** Where the full report is, for notes about what was left out: `the publish-metrics artifact`. */
  elsewhere?: string;
  /** A link for a run (the tracking server's run page), when there is one. */
  runLink?: (run: Run) => string | undefined;
  /** Problems reading the store, listed at the end. */
  problems?: Diagnostic[];
  /** How the user names a baseline here, for the hint when there is none: `the \`baseline\` input`. */
  baselineSetting?: string;
}

export interface RenderedSummary {
  markdown: string;
  /** Whether anything was left out to fit the limit. */
  shortened: boolean;
}

const statusText: Record<RunStatus, string> = {
  FINISHED: '✅ finished',
  FAILED: '❌ failed',
  KILLED: '⛔ killed',
  RUNNING: '⏳ running',
  SCHEDULED: '🕒 scheduled',
};

const plural = (n: number, word: string) => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;

/** One experiment's section, cut into the pieces the budget decides on. */
interface Section {
  report: ExperimentReport;
  /** Heading and headline. */
  head: string;
  tableHead: string;
  /** Row text per run id. */
  rowText: Map<string, string>;
  /** Runs in ranking order, with the ancestors each one brings along (ids not yet kept are added with it). */
  rankOrder: Run[];
  parentOf: Map<string, string>;
  /** Each chart's drawings, finest first. */
  charts: string[][];
  otherMetrics: string;
  // What the budget granted.
  included: boolean;
  kept: Set<string>;
  /** How many of rankOrder are kept (the rest of `kept` are ancestors brought along). */
  keptRanks: number;
  chartChoice: (number | undefined)[];
  withOtherMetrics: boolean;
}

export function renderMetricsSummary(reports: ExperimentReport[], options: SummaryOptions): RenderedSummary {
  const measure = options.unit === 'bytes' ? (text: string) => Buffer.byteLength(text) : (text: string) => text.length;
  const sections = reports.map((report) => section(report, options));
  const problems = options.problems ?? [];
  const problemsHead = `${plural(problems.length, 'problem')} reading the store`;
  const problemsShort = problems.length > 0 ? `_${problemsHead}; see the annotations._\n\n` : '';
  const problemsLong = problems.length > 0 ? problemList(problems, problemsHead) : '';

  // Fixed costs: the preamble, the footer, the note (sized for its longest form), each section's closing lines.
  const worstNote = shortenedNote(options, { rows: reports.length, charts: 999_999, coarser: true, details: true, experiments: reports.length });
  let used = measure(options.preamble ?? '') + measure(options.footer ?? '') + measure(worstNote) + measure(problemsShort) + 16;
  if (reports.length === 0) used += measure(noExperiments);
  used += measure(moreExperiments(reports.length, options));
  const fits = (text: string) => used + measure(text) <= options.limit;
  const take = (text: string) => {
    used += measure(text);
  };

  // 1. Headlines and the best 10 runs, experiment by experiment (a section that does not fit ends the list).
  for (const s of sections) {
    // The line saying how many runs are shown, at its longest, with room for the counts' digits.
    const total = s.rankOrder.length;
    const fixed = s.head + s.tableHead + moreRunsLine(s, Math.max(0, total - 1), total, options) + chartsLeftOutLine(s, options);
    if (used + measure(fixed) + 32 > options.limit) break;
    take(fixed);
    used += 32;
    s.included = true;
  }
  const included = sections.filter((s) => s.included);
  const keepRuns = (s: Section, upTo: number) => {
    while (s.keptRanks < Math.min(upTo, s.rankOrder.length)) {
      const chain: string[] = [];
      for (let id: string | undefined = s.rankOrder[s.keptRanks]!.runId; id !== undefined && !s.kept.has(id) && !chain.includes(id); id = s.parentOf.get(id)) {
        chain.push(id);
      }
      const text = chain.map((id) => s.rowText.get(id)!).join('');
      if (!fits(text)) return;
      take(text);
      chain.forEach((id) => s.kept.add(id));
      s.keptRanks++;
    }
  };
  const chooseChart = (s: Section, i: number) => {
    const drawings = s.charts[i];
    if (!drawings || s.chartChoice[i] !== undefined) return;
    // The collapsed section around the other charts is paid for with the first of them.
    const wrapper = i > 0 && !s.chartChoice.slice(1).some((c) => c !== undefined) ? measure(details('Charts of 99 more metrics', '')) : 0;
    const at = drawings.findIndex((d) => used + wrapper + measure(d) <= options.limit);
    if (at < 0) return;
    take(drawings[at]!);
    used += wrapper;
    s.chartChoice[i] = at;
  };
  for (const s of included) keepRuns(s, 10);
  // 2. The ranking metric's chart.
  for (const s of included) chooseChart(s, 0);
  // 3. More of the best runs.
  for (const upTo of [25, 100]) for (const s of included) keepRuns(s, upTo);
  // 4. The other charts, one metric at a time across experiments.
  const mostCharts = Math.max(0, ...included.map((s) => s.charts.length));
  for (let i = 1; i < mostCharts; i++) for (const s of included) chooseChart(s, i);
  // 5. Every run. 6. The other metrics and the problems.
  for (const s of included) keepRuns(s, Infinity);
  for (const s of included) {
    if (s.otherMetrics && fits(s.otherMetrics)) {
      take(s.otherMetrics);
      s.withOtherMetrics = true;
    }
  }
  const listProblems = problemsLong !== '' && fits(problemsLong);

  // What was left out, for the note at the top.
  const left = { rows: 0, charts: 0, coarser: false, details: false, experiments: sections.length - included.length };
  for (const s of included) {
    if (s.keptRanks < s.rankOrder.length) left.rows++;
    s.chartChoice.forEach((c) => {
      if (c === undefined) left.charts++;
      else if (c > 0) left.coarser = true;
    });
    if (s.otherMetrics && !s.withOtherMetrics) left.details = true;
  }
  if (problemsLong && !listProblems) left.details = true;
  const shortened = left.rows > 0 || left.charts > 0 || left.coarser || left.details || left.experiments > 0;

  const out: string[] = [options.preamble ?? ''];
  if (shortened) out.push(shortenedNote(options, left));
  if (reports.length === 0) out.push(noExperiments);
  for (const s of included) out.push(renderSection(s, options));
  if (left.experiments > 0) out.push(moreExperiments(left.experiments, options));
  if (problems.length > 0) out.push(listProblems ? problemsLong : problemsShort);
  out.push(options.footer ?? '');
  return { markdown: out.join(''), shortened };
}

const noExperiments = '_No experiment with runs to report._\n\n';

function moreExperiments(n: number, options: SummaryOptions): string {
  return `_…and ${plural(n, 'more experiment')}${options.elsewhere ? ` (in ${options.elsewhere})` : ''}._\n\n`;
}

function shortenedNote(options: SummaryOptions, left: { rows: number; charts: number; coarser: boolean; details: boolean; experiments: number }): string {
  const parts: string[] = [];
  if (left.experiments > 0) parts.push(`${plural(left.experiments, 'experiment')} at the end left out`);
  if (left.rows > 0) parts.push(`${left.rows === 1 ? 'one experiment shows' : `${left.rows.toLocaleString('en-US')} experiments show`} only its best runs by the ranking metric (each says how many)`);
  if (left.charts > 0) parts.push(`${plural(left.charts, 'chart')} left out`);
  if (left.coarser) parts.push('some charts drawn with fewer points');
  if (left.details) parts.push('collapsed tables left out');
  const where = options.elsewhere ? ` The full report is in ${options.elsewhere}.` : '';
  return `> [!NOTE]\n> Shortened to fit ${options.limitName}: ${parts.join('; ')}.${where}\n\n`;
}

function problemList(problems: Diagnostic[], head: string): string {
  const shown = problems.slice(0, 50).map((d) => `- ${cell(formatDiagnostic(d))}`);
  if (problems.length > shown.length) shown.push(`- …and ${problems.length - shown.length} more`);
  return details(head, shown.join('\n'));
}

function section(report: ExperimentReport, options: SummaryOptions): Section {
  const { experiment } = report;
  const statuses = new Map<RunStatus, number>();
  for (const run of report.runs) statuses.set(run.status, (statuses.get(run.status) ?? 0) + 1);
  const counts = [...statuses].map(([s, n]) => `${n} ${statusText[s].split(' ')[1]}`).join(', ');
  const heading =
    `## 📈 ${cell(experiment.name)}\n\n<sub>experiment ${code(experiment.experimentId)} · ${plural(report.runs.length, 'run')}` +
    `${counts ? `: ${counts}` : ''}${experiment.lifecycleStage === 'deleted' ? ' · deleted experiment' : ''}</sub>\n\n`;

  const showEnv = report.environments.size > 0;
  const metricKey = report.metric?.key;
  const others = report.metricColumns.filter((m) => m !== metricKey);
  const header = ['Run'];
  if (metricKey) header.push(`${cell(metricKey)} ${report.metric!.direction.direction === 'min' ? '↓' : '↑'}${report.baseline?.run ? ' (Δ vs 📌)' : ''}`);
  header.push(...report.params.map(cell), ...others.map(cell), 'Status', 'Duration');
  if (showEnv) header.push('Environment');
  const line = (cells: string[]) => `| ${cells.join(' | ')} |\n`;
  const tableHead = line(header) + line(header.map(() => '---'));

  const rowText = new Map<string, string>();
  const depthOf = new Map(report.rows.map((r) => [r.run.runId, r.depth]));
  for (const run of report.runs) rowText.set(run.runId, line(runRow(report, run, depthOf.get(run.runId) ?? 0, options, showEnv, others)));
  // A run's parent for grouping: the run above it at a lower depth in the table.
  const parentOf = new Map<string, string>();
  const stack: Run[] = [];
  for (const row of report.rows) {
    stack.length = row.depth;
    if (row.depth > 0 && stack[row.depth - 1]) parentOf.set(row.run.runId, stack[row.depth - 1]!.runId);
    stack[row.depth] = row.run;
  }

  const charts = report.charts.map((chart, i) =>
    chart.drawings.map((d) => (i === 0 ? `**${cell(chart.metric)}** over steps, best runs first\n\n${fence(d.mermaid)}${d.legend}\n\n` : `**${cell(chart.metric)}**\n\n${fence(d.mermaid)}${d.legend}\n\n`)),
  );
  return {
    report,
    head: heading + headline(report, options),
    tableHead,
    rowText,
    rankOrder: report.order,
    parentOf,
    charts,
    otherMetrics: report.otherMetrics.length > 0 ? details(`${plural(report.otherMetrics.length, 'more metric')}`, otherMetricsTable(report)) : '',
    included: false,
    kept: new Set(),
    keptRanks: 0,
    chartChoice: charts.map(() => undefined),
    withOtherMetrics: false,
  };
}

function renderSection(s: Section, options: SummaryOptions): string {
  const { report } = s;
  const out = [s.head, s.tableHead];
  for (const row of report.rows) if (s.kept.has(row.run.runId)) out.push(s.rowText.get(row.run.runId)!);
  out.push('\n');
  out.push(moreRunsLine(s, s.keptRanks, s.kept.size - s.keptRanks, options));
  const drawing = (i: number) => s.charts[i]![s.chartChoice[i]!]!;
  if (s.chartChoice[0] !== undefined) out.push(drawing(0));
  const more = s.chartChoice.map((c, i) => (i > 0 && c !== undefined ? drawing(i) : '')).filter(Boolean);
  if (more.length > 0) out.push(details(`Charts of ${plural(more.length, 'more metric')}`, more.join('')));
  out.push(chartsLeftOutLine(s, options));
  if (s.withOtherMetrics) out.push(s.otherMetrics);
  return out.join('');
}

/** What the table left out, truthfully: the best `ranks` runs by the ranking order are shown (and `parents` more). */
function moreRunsLine(s: Section, ranks: number, parents: number, options: SummaryOptions): string {
  const total = s.rankOrder.length;
  if (ranks >= total) return '';
  const { report } = s;
  const metric = report.metric?.key;
  const ranked = report.ranked.length;
  const which = !metric
    ? `the first ${plural(ranks, 'run')}`
    : ranks <= ranked
      ? `the best ${plural(ranks, 'run')} by ${code(metric)}`
      : `the ${plural(ranked, 'ranked run')} and ${ranks - ranked} more`;
  const grouped = parents > 0 ? `, with ${plural(parents, 'parent run')} to group them` : '';
  return `_Showing ${which} of ${total.toLocaleString('en-US')}${grouped}; the other ${(total - ranks).toLocaleString('en-US')} are in ${options.elsewhere ?? 'the full report'}._\n\n`;
}

function chartsLeftOutLine(s: Section, options: SummaryOptions): string {
  const n = s.report.chartsLeftOut;
  return n > 0 ? `_${plural(n, 'more metric')} with histories not charted here${options.elsewhere ? ` (see ${options.elsewhere})` : ''}._\n\n` : '';
}

function fence(mermaid: string): string {
  return '```mermaid\n' + mermaid + '\n```\n\n';
}

function runName(run: Run, options: SummaryOptions): string {
  const link = options.runLink?.(run);
  const name = run.runName || 'run';
  return `${link ? markdownLink(name, link) : cell(name)} ${code(run.runId.slice(0, 8))}`;
}

function headline(report: ExperimentReport, options: SummaryOptions): string {
  const { metric } = report;
  if (!metric) return '_No run logged a metric to rank by._\n\n';
  const d = metric.direction;
  const better = d.direction === 'min' ? 'lower is better' : 'higher is better';
  const why =
    d.source === 'input' ? '' : d.source === 'name' ? ' (guessed from the name; set `direction` to change)' : ' (assumed; set `direction` to change)';
  const chosen = metric.source === 'auto' ? ` — chosen from what the runs logged (${metricChoiceRule}); set \`metric\` to change` : '';
  const lines = [`Ranked by ${code(metric.key)}, ${better}${why}${chosen}. <sub>Ties: ${tieBreakRule}.</sub>`, ''];
  const value = (run: Run) => {
    const v = run.latestMetrics.get(metric.key)?.value;
    return v === undefined ? 'not logged' : formatMetric(v);
  };
  if (report.best) {
    lines.push(`- 🏆 Best: **${runName(report.best, options)}** ${value(report.best)}`);
    const plots = plotsLine(report.best, options);
    if (plots) lines.push(plots);
  } else {
    lines.push(`- No finished run has a value of ${code(metric.key)} to rank by.`);
  }
  const unranked = report.runs.filter((r) => !rankable(r) && r.latestMetrics.has(metric.key)).length;
  if (unranked > 0) lines.push(`- ${plural(unranked, 'failed or killed run')} with ${code(metric.key)} ${unranked === 1 ? 'is' : 'are'} listed but not ranked.`);
  const { baseline, candidate } = report;
  if (baseline?.run && candidate) {
    const c = metricValue(candidate.run, metric.key);
    const b = metricValue(baseline.run, metric.key);
    let verdict = '';
    if (c !== undefined && b !== undefined) {
      verdict = c === b ? ': the same' : `: ${formatChange(c, b)}, ${isBetter(c, b, d.direction) ? 'better ✅' : 'worse ⚠️'}`;
    }
    lines.push(
      `- ⚖️ Candidate **${runName(candidate.run, options)}** (${candidate.reason}) ${value(candidate.run)} vs ` +
        `baseline **${runName(baseline.run, options)}** (${cell(baseline.label)}) ${value(baseline.run)}${verdict}`,
    );
  } else if (baseline) {
    // The note says why; name the other ways.
    lines.push(`- ⚖️ No baseline (${cell(baseline.label)}): ${cell(baseline.note ?? 'not found')}. Or set ${options.baselineSetting ?? 'the `baseline` input'} to ${baselineForms}.`);
  } else {
    lines.push(`- ⚖️ No baseline to compare with. ${baselineHint(report, options)}`);
  }
  if (baseline?.run && baseline.note) lines.push(`- ℹ️ ${cell(baseline.note)}`);
  return lines.join('\n') + '\n\n';
}

/** The best run's images (plots it logged), linked to the tracking server's artifact view when there is one. */
function plotsLine(run: Run, options: SummaryOptions): string | undefined {
  const images = run.artifacts.filter((a) => !a.isDir && imageTypes[/\.([^./]+)$/.exec(a.path)?.[1]?.toLowerCase() ?? ''] !== undefined);
  if (images.length === 0) return undefined;
  const link = options.runLink?.(run);
  const shown = images.slice(0, 6).map((a) => (link ? `[${code(a.path)}](${link}/artifacts/${a.path.split('/').map(encodeURIComponent).join('/')})` : code(a.path)));
  const more = images.length > shown.length ? ` and ${images.length - shown.length} more` : '';
  return `- 🖼️ Its plots: ${shown.join(', ')}${more} — previewed on its page in the dashboard${options.elsewhere ? ` (${options.elsewhere})` : ''}, under Artifacts.`;
}

const baselineForms = `a run id, ${code('tag:KEY=VALUE')}, ${code('branch:NAME')} or ${code('base')}`;

/** How to get a baseline, said where there is none. */
function baselineHint(report: ExperimentReport, options: SummaryOptions): string {
  const setting = options.baselineSetting ?? 'the `baseline` input';
  const tagged = report.runs.some((r) => r.tags.has(commitTag));
  const commit = tagged
    ? 'compare with the base branch'
    : `log runs with the ${code(commitTag)} tag (MLflow sets it when the training script runs inside a git checkout), so that a pull request compares with the base branch's runs`;
  return `To get one, ${commit}, or set ${setting} to ${baselineForms}.`;
}

function runRow(report: ExperimentReport, run: Run, depth: number, options: SummaryOptions, showEnv: boolean, others: string[]): string[] {
  const marks = [
    run === report.best ? '🏆' : '',
    run === report.candidate?.run && run !== report.best ? '🎯' : '',
    run === report.baseline?.run ? '📌' : '',
  ].join('');
  const indent = depth > 0 ? `${'&nbsp;&nbsp;'.repeat(depth - 1)}↳ ` : '';
  const name = `${indent}${marks ? `${marks} ` : ''}${runName(run, options)}`;
  const duration = run.startTime !== null && run.endTime !== null && run.endTime >= run.startTime ? formatDuration(run.endTime - run.startTime) : '';
  const params = report.params.map((p) => {
    const v = run.params.get(p);
    return v === undefined ? '' : cell(shorten(v, 30));
  });
  const baseline = report.baseline?.run;
  const metricCell = (key: string) => {
    const v = run.latestMetrics.get(key)?.value;
    if (v === undefined) return '';
    let text = formatMetric(v);
    if (key === report.metric?.key && run === report.best) text = `**${text}**`;
    const b = baseline && baseline !== run ? metricValue(baseline, key) : undefined;
    const change = b !== undefined ? formatChange(v, b) : '';
    return change ? `${text} (${change})` : text;
  };
  const row = [name];
  if (report.metric) row.push(metricCell(report.metric.key));
  row.push(...params, ...others.map(metricCell), statusText[run.status], duration);
  if (showEnv) row.push(environmentCell(report.environments.get(run.runId), baseline ? report.environments.get(baseline.runId) : undefined, run === baseline));
  return row;
}

function environmentCell(env: RunEnvironment | undefined, baseline: RunEnvironment | undefined, isBaseline: boolean): string {
  if (!env) return '';
  const parts: string[] = [];
  if (env.commit) parts.push(code(env.commit.slice(0, 7)));
  if (env.envHash) {
    const differs = !isBaseline && baseline?.envHash !== undefined && baseline.envHash !== env.envHash;
    parts.push(`env ${code(env.envHash.slice(0, 8))}${differs ? ' ≠ baseline' : ''}`);
  }
  if (env.requirements) parts.push(code(env.requirements));
  return parts.join(' · ');
}

function otherMetricsTable(report: ExperimentReport): string {
  const keys = report.otherMetrics.slice(0, 12);
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const out = [line(['Run', ...keys.map((k) => cell(k))]), line(['---', ...keys.map(() => '---')])];
  for (const row of report.rows) {
    const values = keys.map((k) => {
      const v = row.run.latestMetrics.get(k)?.value;
      return v === undefined ? '' : formatMetric(v);
    });
    if (values.some((v) => v !== '')) out.push(line([`${cell(row.run.runName || 'run')} ${code(row.run.runId.slice(0, 8))}`, ...values]));
  }
  const left = report.otherMetrics.length - keys.length;
  return out.join('\n') + (left > 0 ? `\n\n_…and ${plural(left, 'more metric')}._` : '');
}

function shorten(text: string, max: number): string {
  const chars = [...text];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : text;
}
