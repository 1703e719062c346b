// The publish-metrics report as Markdown, for the job summary (1 MiB limit, in bytes) and the PR comment (65,536
// characters). Each experiment gets its headline (best run, candidate against baseline), a runs table with nested runs
// under their parents, a Mermaid chart of the ranking metric and, collapsed, the other charts and metrics.
// When the whole does not fit it is rendered again, shorter each time, and says what it left out: first the collapsed
// sections go, then runs beyond the best 100, 25, 10 (and the chart), and last the budget cuts the tables.

import type { Diagnostic } from '../diagnostics.js';
import { formatDiagnostic } from '../diagnostics.js';
import type { Run, RunStatus } from '../mlflow/model.js';
import type { ExperimentReport } from './experiment-report.js';
import { metricValue, rankable } from './experiment-report.js';
import { cell, code, details, link as markdownLink, MarkdownBudget } from './markdown.js';
import { isBetter } from './metric-direction.js';
import { formatChange, formatDuration, formatMetric } from './metric-values.js';
import type { RunEnvironment } from './run-environment.js';

/** GitHub rejects a step summary over 1 MiB; keep room for what other steps append. */
export const summaryLimitBytes = 1024 * 1024 - 16 * 1024;
/** GitHub rejects a comment body over 65,536 characters. */
export const commentLimitChars = 65_536;

export interface SummaryOptions {
  /** The most the text may take, in `unit`s. */
  limit: number;
  /** `bytes` for job summaries, `chars` (UTF-16 code units, never fewer than GitHub counts) for comments. */
  unit: 'bytes' | 'chars';
  /** What the limit is, for the note when the report had to be shortened: `GitHub's 1 MiB job summary limit`. */
  limitName: string;
  /** Markdown before the experiments (title, store line). */
  preamble?: string;
  /** Markdown after them (footer). Counted in the limit. */
  footer?: string;
  /** Where the full report is, for notes about what was left out: `the publish-metrics artifact`. */
  elsewhere?: string;
  /** A link for a run (the tracking server's run page), when there is one. */
  runLink?: (run: Run) => string | undefined;
  /** Problems reading the store, listed at the end. */
  problems?: Diagnostic[];
}

export interface RenderedSummary {
  markdown: string;
  /** 0 when nothing was left out; higher levels left out more (see levels). */
  level: number;
}

interface Level {
  /** Collapsed sections: more charts, other metrics, the problem list. */
  details: boolean;
  maxRows: number;
  chart: boolean;
  describe: string;
}

const levels: Level[] = [
  { details: true, maxRows: Infinity, chart: true, describe: '' },
  { details: false, maxRows: Infinity, chart: true, describe: 'collapsed sections (more charts, other metrics) left out' },
  { details: false, maxRows: 100, chart: true, describe: 'collapsed sections left out, runs beyond the best 100 of each experiment left out' },
  { details: false, maxRows: 25, chart: true, describe: 'collapsed sections left out, runs beyond the best 25 of each experiment left out' },
  { details: false, maxRows: 10, chart: false, describe: 'collapsed sections and charts left out, runs beyond the best 10 of each experiment left out' },
];

const statusText: Record<RunStatus, string> = {
  FINISHED: '✅ finished',
  FAILED: '❌ failed',
  KILLED: '⛔ killed',
  RUNNING: '⏳ running',
  SCHEDULED: '🕒 scheduled',
};

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function renderMetricsSummary(reports: ExperimentReport[], options: SummaryOptions): RenderedSummary {
  const measure = (text: string) => (options.unit === 'bytes' ? Buffer.byteLength(text) : text.length);
  for (let i = 0; i < levels.length; i++) {
    const text = renderAt(reports, options, levels[i]!, new MarkdownBudget(Infinity), i);
    if (measure(text) <= options.limit) return { markdown: text, level: i };
  }
  // Still too long: the shortest form, with the budget cutting tables (and saying so) where it runs out. Bytes are
  // never fewer than UTF-16 units, so a byte budget keeps a character limit too.
  const last = levels.length - 1;
  const budget = new MarkdownBudget(options.limit);
  const text = renderAt(reports, options, { ...levels[last]!, describe: `${levels[last]!.describe}, and the rest cut where the limit was reached` }, budget, levels.length);
  return { markdown: text, level: levels.length };
}

function renderAt(reports: ExperimentReport[], options: SummaryOptions, level: Level, md: MarkdownBudget, index: number): string {
  const footer = options.footer ?? '';
  const reserve = Buffer.byteLength(footer) + 64;
  const add = adder(md, reserve);
  if (options.preamble) add(options.preamble);
  if (index > 0) {
    const where = options.elsewhere ? ` The full report is in ${options.elsewhere}.` : '';
    add(`> [!NOTE]\n> Shortened to fit ${options.limitName}: ${level.describe}.${where}\n\n`);
  }
  if (reports.length === 0) add('_No experiment with runs to report._\n\n');
  for (const report of reports) renderExperiment(report, options, level, md, reserve);
  const problems = options.problems ?? [];
  if (problems.length > 0) {
    const head = `${plural(problems.length, 'problem')} reading the store`;
    if (level.details) {
      const shown = problems.slice(0, 50).map((d) => `- ${cell(formatDiagnostic(d))}`);
      if (problems.length > shown.length) shown.push(`- …and ${problems.length - shown.length} more`);
      add(details(head, shown.join('\n')));
    } else {
      add(`_${head}; see the annotations._\n\n`);
    }
  }
  md.add(footer);
  return md.toString();
}

function renderExperiment(report: ExperimentReport, options: SummaryOptions, level: Level, md: MarkdownBudget, reserve: number): void {
  const add = adder(md, reserve);
  const { experiment } = report;
  const statuses = new Map<RunStatus, number>();
  for (const run of report.runs) statuses.set(run.status, (statuses.get(run.status) ?? 0) + 1);
  const counts = [...statuses].map(([s, n]) => `${n} ${statusText[s].split(' ')[1]}`).join(', ');
  add(`## 📈 ${cell(experiment.name)}\n\n<sub>experiment ${code(experiment.experimentId)} · ${plural(report.runs.length, 'run')}${counts ? `: ${counts}` : ''}${experiment.lifecycleStage === 'deleted' ? ' · deleted experiment' : ''}</sub>\n\n`);
  add(headline(report, options));

  const shown = report.rows.slice(0, level.maxRows);
  const header = ['Run', 'Status', 'Duration', ...report.params.map(cell), ...report.metricColumns.map((m) => cell(m))];
  const showEnv = report.environments.size > 0;
  if (showEnv) header.push('Environment');
  const rows = shown.map((row) => runRow(report, row.run, row.depth, options, showEnv));
  const more = report.rows.length - shown.length;
  md.table(header, rows, {
    reserve,
    more: options.elsewhere ? `in ${options.elsewhere}` : undefined,
  });
  if (more > 0) add(`_…and ${plural(more, 'more run')}${options.elsewhere ? ` (in ${options.elsewhere})` : ''}._\n\n`);

  const [first, ...rest] = level.chart ? report.charts : [];
  if (first) add(`**${cell(first.metric)}** over steps, best runs first\n\n${fence(first.mermaid)}${first.legend}\n\n`);
  if (level.details) {
    if (rest.length > 0) {
      const body = rest.map((c) => `**${cell(c.metric)}**\n\n${fence(c.mermaid)}${c.legend}\n`).join('\n');
      add(details(`Charts of ${plural(rest.length, 'more metric')}`, body));
    }
    if (report.otherMetrics.length > 0) add(details(`${plural(report.otherMetrics.length, 'more metric')}`, otherMetricsTable(report)));
  }
  if (report.chartsLeftOut > 0 && level.chart) add(`_${plural(report.chartsLeftOut, 'more metric')} with histories not charted here${options.elsewhere ? ` (see ${options.elsewhere})` : ''}._\n\n`);
}

/** Adds text only if `reserve` bytes (the footer) still fit after it. */
function adder(md: MarkdownBudget, reserve: number): (text: string) => boolean {
  return (text) => {
    if (md.remaining - Buffer.byteLength(text) < reserve) {
      md.truncated = true;
      return false;
    }
    return md.add(text);
  };
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
  const chosen = metric.source === 'auto' ? ' — chosen from what the runs logged; set `metric` to change' : '';
  const lines = [`Ranked by ${code(metric.key)}, ${better}${why}${chosen}.`, ''];
  const value = (run: Run) => {
    const v = run.latestMetrics.get(metric.key)?.value;
    return v === undefined ? 'not logged' : formatMetric(v);
  };
  if (report.best) lines.push(`- 🏆 Best: **${runName(report.best, options)}** ${value(report.best)}`);
  else lines.push(`- No finished run has a value of ${code(metric.key)} to rank by.`);
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
    lines.push(`- ⚖️ No baseline (${cell(baseline.label)}): ${cell(baseline.note ?? 'not found')}`);
  }
  if (baseline?.run && baseline.note) lines.push(`- ℹ️ ${cell(baseline.note)}`);
  return lines.join('\n') + '\n\n';
}

function runRow(report: ExperimentReport, run: Run, depth: number, options: SummaryOptions, showEnv: boolean): string[] {
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
  const metrics = report.metricColumns.map((key) => {
    const v = run.latestMetrics.get(key)?.value;
    if (v === undefined) return '';
    let text = formatMetric(v);
    if (key === report.metric?.key && run === report.best) text = `**${text}**`;
    const b = baseline && baseline !== run ? metricValue(baseline, key) : undefined;
    const change = b !== undefined ? formatChange(v, b) : '';
    return change ? `${text} (${change})` : text;
  });
  const row = [name, statusText[run.status], duration, ...params, ...metrics];
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
