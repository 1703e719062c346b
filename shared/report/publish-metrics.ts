// The publish-metrics pipeline: runs read from a store → a report per experiment → the regression gate on each. The
// action and `ml-hub report` both call it and differ only in how they show the result.

import type { Diagnostic } from '../diagnostics.js';
import type { Run, RunsModel } from '../mlflow/model.js';
import { buildReports, metricValue, type ExperimentReport, type ReportOptions } from './experiment-report.js';
import { checkRegressions, gateBlocker, type RegressionResult, type RegressionRule } from './regression-gate.js';
import { compareRuns } from './run-ranking.js';

export interface PublishOptions extends ReportOptions {
  rules: RegressionRule[];
  /** How the shell names the baseline setting in messages: `input baseline`, `--baseline`. */
  baselineSetting: string;
}

export interface PublishedMetrics {
  reports: ExperimentReport[];
  /** Experiment patterns that matched nothing. */
  unmatched: string[];
  /** Every rule's outcome, experiment by experiment. */
  results: RegressionResult[];
  experimentOf: Map<RegressionResult, string>;
  /** Why a rule or an experiment was not checked: the shell warns with each. */
  gateWarnings: string[];
  regressions: RegressionResult[];
  runCount: number;
  /** What keeps the gate from deciding (it then fails closed); undefined without rules. */
  blocker: string | undefined;
  /** Every reported experiment had a baseline and a candidate and nothing blocked the gate. */
  decided: boolean;
  /** The best run overall (see overallBest). */
  best: { run: Run; value: number } | undefined;
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

export async function publishMetrics(model: RunsModel, diagnostics: Diagnostic[], options: PublishOptions): Promise<PublishedMetrics> {
  const { rules, baselineSetting, ...reportOptions } = options;
  const { experiments: reports, unmatched } = await buildReports(model, reportOptions);

  // The gate, per experiment: the candidate against the baseline.
  const results: RegressionResult[] = [];
  const experimentOf = new Map<RegressionResult, string>();
  const gateWarnings: string[] = [];
  if (rules.length > 0) {
    for (const report of reports) {
      const name = report.experiment.name;
      if (!report.baseline?.run || !report.candidate) {
        const why = !report.baseline ? `no baseline was named (${baselineSetting})` : (report.baseline.note ?? 'no candidate run has the metric');
        gateWarnings.push(`${name}: fail-on-regression not checked: ${why}`);
        continue;
      }
      for (const result of checkRegressions(rules, report.candidate.run, report.baseline.run)) {
        results.push(result);
        experimentOf.set(result, name);
        if (result.outcome === 'skipped') gateWarnings.push(`${name}: ${result.message}`);
      }
    }
  }
  const runCount = reports.reduce((n, r) => n + r.runs.length, 0);
  const blocker = rules.length > 0 ? gateBlocker(runCount, diagnostics) : undefined;
  return {
    reports,
    unmatched,
    results,
    experimentOf,
    gateWarnings,
    regressions: results.filter((r) => r.outcome === 'regressed'),
    runCount,
    blocker,
    decided: !blocker && reports.every((r) => r.baseline?.run && r.candidate),
    best: overallBest(reports, options.metric !== undefined),
  };
}
