// The publish-metrics pipeline: a store read → a report per experiment → the regression gate on each → the summary
// and the report folder (summary.md, runs.json, the dashboard, chosen run artifacts). The action and `ml-hub report`
// both call it; they differ in how they name their settings, where the folder goes, and how they show the result. What
// only a runner can do (the pull request comment) comes in as a port. Problems reading the store are diagnostics; the
// other runs are still reported.

import { mkdirSync, readdirSync, rmdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../diagnostics.js';
import type { Annotation } from '../drift/annotations.js';
import type { Run, RunsModel } from '../mlflow/model.js';
import { storeReadFailure, type MlflowStore } from '../mlflow/store.js';
import { commitTag } from './baseline.js';
import { buildReports, metricValue, type ExperimentReport, type ReportOptions } from './experiment-report.js';
import { cell, code } from './markdown.js';
import { renderMetricsSummary, summaryLimitBytes } from './metrics-summary.js';
import { checkRegressions, gateBlocker, type RegressionResult, type RegressionRule } from './regression-gate.js';
import { copyRunArtifacts, writeFiles, type CopiedArtifacts } from './report-artifacts.js';
import { dashboardFilePieces, reportedModel, reportFiles, reportJson } from './report-files.js';
import { compareRuns } from './run-ranking.js';

/** Run artifacts copied into the report, in all. */
const maxRunArtifactsTotal = 500 * 1024 * 1024;

export type RunLink = (run: Run) => string | undefined;

/** What the comment port did: its URL, what to annotate, and why it could not be written (the summary says so). */
export interface PostedComment {
  url: string;
  warnings: Annotation[];
  failed?: string;
}

/** Posts the reports as a pull request comment; runner-only, so the action passes it in. */
export type CommentPort = (reports: ExperimentReport[], view: { elsewhere: string; runLink?: RunLink }) => Promise<PostedComment>;

export interface PublishOptions extends ReportOptions {
  rules: RegressionRule[];
  /** How the shell names its settings: in warnings (`input baseline`, `--baseline`) and in the summary's Markdown. */
  settings: { baseline: string; baselineMarkdown: string; experiments: string };
  /** The event is a pull request: without a baseline, compare with the base when runs say which commit they ran at. */
  pullRequest?: boolean;
  /** The report folder, made ready by `prepareOutDir` (default: created) once the store was read. */
  outDir: string;
  prepareOutDir?: (dir: string) => void;
  /** A store folder is shown relative to this one. */
  displayRoot: string;
  /** Where the full report is, in the summary's words. */
  elsewhere: string;
  dashboard: boolean;
  /** Artifact path globs of the runs' own artifacts to copy into the report, and the most bytes per file. */
  runArtifacts?: { patterns: string[]; maxFileSize: number };
  comment?: CommentPort;
}

/** The store gave nothing but an error: nothing is reported. */
export interface UnreadableStore {
  unreadable: Diagnostic;
  /** The read's other diagnostics. */
  diagnostics: Diagnostic[];
}

export interface PublishedMetrics {
  unreadable?: undefined;
  model: RunsModel;
  diagnostics: Diagnostic[];
  reports: ExperimentReport[];
  /** Every rule's outcome, experiment by experiment. */
  results: RegressionResult[];
  experimentOf: Map<RegressionResult, string>;
  regressions: RegressionResult[];
  runCount: number;
  /** What keeps the gate from deciding (it then fails closed); undefined without rules. */
  blocker: string | undefined;
  /** Every reported experiment had a baseline and a candidate and nothing blocked the gate. */
  decided: boolean;
  /** The best run overall (see overallBest). */
  best: { run: Run; value: number } | undefined;
  /** Warnings and notices in the order they arose: the shell annotates or prints each. */
  warnings: Annotation[];
  /** The job summary's Markdown (summary.md holds the same). */
  summary: string;
  dashboardPath: string | undefined;
  commentUrl: string;
  copied: CopiedArtifacts | undefined;
}

/** The best run overall: across experiments when the user named the metric (one scale), else the first one's. */
function overallBest(reports: ExperimentReport[], metricGiven: boolean): { run: Run; value: number } | undefined {
  const bests = reports.flatMap((r) => (r.best && r.metric ? [{ run: r.best, value: metricValue(r.best, r.metric.key)!, direction: r.metric.direction.direction }] : []));
  if (!metricGiven || bests.length <= 1) return bests[0];
  // One scale: the same order as within an experiment, ties included.
  const valueOf = new Map(bests.map((b) => [b.run, b.value]));
  const run = bests.map((b) => b.run).sort(compareRuns((r) => valueOf.get(r), bests[0]!.direction))[0]!;
  return { run, value: valueOf.get(run)! };
}

/** The gate, per experiment: the candidate against the baseline. */
function runGate(reports: ExperimentReport[], rules: RegressionRule[], baselineSetting: string) {
  const results: RegressionResult[] = [];
  const experimentOf = new Map<RegressionResult, string>();
  const warnings: string[] = [];
  if (rules.length === 0) return { results, experimentOf, warnings };
  for (const report of reports) {
    const name = report.experiment.name;
    if (!report.baseline?.run || !report.candidate) {
      const why = !report.baseline ? `no baseline was named (${baselineSetting})` : (report.baseline.note ?? 'no candidate run has the metric');
      warnings.push(`${name}: fail-on-regression not checked: ${why}`);
      continue;
    }
    for (const result of checkRegressions(rules, report.candidate.run, report.baseline.run)) {
      results.push(result);
      experimentOf.set(result, name);
      if (result.outcome === 'skipped') warnings.push(`${name}: ${result.message}`);
    }
  }
  return { results, experimentOf, warnings };
}

function storeLine(model: RunsModel, reports: ExperimentReport[], root: string): string {
  const kind = { file: 'file store', sqlite: 'SQLite store', rest: 'tracking server' }[model.store.kind];
  const location = model.store.kind === 'rest' ? model.store.location : path.relative(root, model.store.location) || '.';
  const runs = reports.reduce((n, r) => n + r.runs.length, 0);
  return `<sub>${runs} run${runs === 1 ? '' : 's'} in ${reports.length} experiment${reports.length === 1 ? '' : 's'} from the ${kind} ${code(location)}</sub>\n\n`;
}

function gateLines(results: RegressionResult[], experimentOf: Map<RegressionResult, string>, blocker: string | undefined): string {
  if (results.length === 0 && !blocker) return '';
  const lines = results.map((r) => {
    const icon = r.outcome === 'regressed' ? '❌' : r.outcome === 'ok' ? '✅' : '➖';
    return `- ${icon} ${cell(experimentOf.get(r) ?? '')}: ${cell(r.message)}`;
  });
  if (blocker) lines.unshift(`- ⛔ ${cell(blocker)}`);
  return `**Regression gate**\n\n${lines.join('\n')}\n\n`;
}

/** A rendering failure, told apart from a failure to write (a refused path), which is not the dashboard's. */
class DashboardError extends Error {}

function* rendering(pieces: Iterable<string>): Generator<string> {
  try {
    yield* pieces;
  } catch (error) {
    throw new DashboardError((error as Error).message);
  }
}

/** Writes dashboard/ into `dir`; a dashboard that cannot be drawn is a message, and leaves no half-written page. */
async function writeDashboard(dir: string, input: Parameters<typeof dashboardFilePieces>[0]): Promise<string | undefined> {
  const page = path.join(dir, 'dashboard', 'index.html');
  try {
    let files;
    try {
      files = await dashboardFilePieces(input);
    } catch (error) {
      throw new DashboardError((error as Error).message);
    }
    writeFiles(dir, new Map([...files].map(([name, content]) => [name, typeof content === 'string' || Buffer.isBuffer(content) ? content : rendering(content)])));
    return undefined;
  } catch (error) {
    if (!(error instanceof DashboardError)) throw error;
    rmSync(page, { force: true });
    const folder = path.dirname(page);
    try {
      if (readdirSync(folder).length === 0) rmdirSync(folder);
    } catch {
      // Never created.
    }
    return error.message;
  }
}

/** The runs whose artifacts a report carries: the charted, the top ranked, each candidate and baseline. */
function reportedRuns(reports: ExperimentReport[], top: number): Run[] {
  const runs = new Set<Run>();
  for (const r of reports) {
    for (const chart of r.charts) chart.runs.forEach((run) => runs.add(run));
    r.ranked.slice(0, top).forEach((run) => runs.add(run));
    if (r.candidate) runs.add(r.candidate.run);
    if (r.baseline?.run) runs.add(r.baseline.run);
  }
  return [...runs];
}

export async function publishMetrics(store: MlflowStore, options: PublishOptions): Promise<PublishedMetrics | UnreadableStore> {
  const { rules, settings, pullRequest, outDir, prepareOutDir, displayRoot, elsewhere, dashboard, runArtifacts, comment, ...reportOptions } = options;
  const read = await store.read();
  const { model, diagnostics } = read;
  const unreadable = storeReadFailure(read);
  // Nothing was read: no report, no comment over the last good one, and a gate that fails closed.
  if (unreadable) return { unreadable, diagnostics: diagnostics.filter((d) => d !== unreadable) };

  // On a pull request, compare with the base branch by default, when runs say which commit they ran at.
  if (!reportOptions.baseline && pullRequest && model.runs.some((r) => r.tags.has(commitTag))) reportOptions.baseline = { kind: 'base' };
  const { experiments: reports, unmatched } = await buildReports(model, reportOptions);
  const gate = runGate(reports, rules, settings.baseline);
  const runCount = reports.reduce((n, r) => n + r.runs.length, 0);
  const blocker = rules.length > 0 ? gateBlocker(runCount, diagnostics) : undefined;

  const warnings: Annotation[] = [];
  for (const pattern of unmatched) {
    warnings.push({ level: 'warning', title: 'ml-hub: experiments', message: `${settings.experiments}: "${pattern}" matches no experiment in the store` });
  }
  for (const message of gate.warnings) warnings.push({ level: 'warning', title: 'ml-hub: regression gate', message });
  if (runCount === 0 && !blocker) {
    const where = model.runs.length > 0 ? `in the experiments named by ${settings.experiments}` : 'in the store';
    warnings.push({ level: 'warning', title: 'ml-hub: no runs', message: `No run to report ${where}.` });
  }

  (prepareOutDir ?? ((dir) => mkdirSync(dir, { recursive: true })))(outDir);
  const runLink: RunLink | undefined =
    model.store.kind === 'rest' ? (run) => `${model.store.location}/#/experiments/${run.experimentId}/runs/${run.runId}` : undefined;

  // The comment first: when it cannot be written the summary says so.
  let commentUrl = '';
  let note = '';
  if (comment) {
    const posted = await comment(reports, { elsewhere, runLink });
    commentUrl = posted.url;
    warnings.push(...posted.warnings);
    if (posted.failed !== undefined) note = `> [!NOTE]\n> The pull request comment could not be written: ${cell(posted.failed)} The report is here instead.\n\n`;
  }

  const summary = renderMetricsSummary(reports, {
    limit: summaryLimitBytes,
    unit: 'bytes',
    limitName: "GitHub's 1 MiB job summary limit",
    preamble: `# 📈 MLflow runs\n\n${storeLine(model, reports, displayRoot)}${note}${gateLines(gate.results, gate.experimentOf, blocker)}`,
    elsewhere,
    runLink,
    problems: diagnostics,
    baselineSetting: settings.baselineMarkdown,
  });

  writeFiles(outDir, reportFiles(summary.markdown, reportJson(model, reports, gate.results)));
  let dashboardPath: string | undefined;
  if (dashboard) {
    // The summary, comment and gate stand on their own; a dashboard that cannot be drawn should not take them down.
    const failed = await writeDashboard(outDir, { model: reportedModel(model, reports), store, reports });
    if (failed === undefined) dashboardPath = path.join(outDir, 'dashboard', 'index.html');
    else warnings.push({ level: 'warning', title: 'ml-hub: dashboard', message: `The dashboard could not be rendered: ${failed}` });
  }
  let copied: CopiedArtifacts | undefined;
  if (runArtifacts && runArtifacts.patterns.length > 0) {
    copied = await copyRunArtifacts(store, reportedRuns(reports, options.top ?? 5), path.join(outDir, 'run-artifacts'), {
      patterns: runArtifacts.patterns,
      maxFileSize: runArtifacts.maxFileSize,
      maxTotalSize: maxRunArtifactsTotal,
    });
    if (copied.skipped.length > 0) {
      const message = `${copied.skipped.length} run artifact files were left out of the report (size limits or names); the log lists them.`;
      warnings.push({ level: 'notice', title: 'ml-hub: run artifacts', message });
    }
  }

  return {
    model,
    diagnostics,
    reports,
    results: gate.results,
    experimentOf: gate.experimentOf,
    regressions: gate.results.filter((r) => r.outcome === 'regressed'),
    runCount,
    blocker,
    decided: !blocker && reports.every((r) => r.baseline?.run && r.candidate),
    best: overallBest(reports, options.metric !== undefined),
    warnings,
    summary: summary.markdown,
    dashboardPath,
    commentUrl,
    copied,
  };
}
