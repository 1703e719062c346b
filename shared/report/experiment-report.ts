// What the summary, the PR comment and the regression gate say about each experiment, worked out once: which runs,
// ranked by which metric in which direction, the best run, the baseline and the candidate compared with it, the table's
// columns, the environments and the charts. Renderers only format this.

import type { Experiment, Run, RunsModel } from '../mlflow/model.js';
import { prepareBaseline, commitTag, type BaselineContext, type BaselineSpec } from './baseline.js';
import { chooseDirection, isBetter, type Direction, type DirectionChoice } from './metric-direction.js';
import { metricCharts, type MetricChart } from './metric-charts.js';
import { globToRegExp, isGlob } from './name-glob.js';
import { hasEnvironment, runEnvironment, type RunEnvironment } from './run-environment.js';
import { chooseMetric, compareRuns, metricValue, preferredMetrics, rankable } from './run-ranking.js';

export { chooseMetric, metricValue, rankable } from './run-ranking.js';

export interface ReportOptions {
  /** Experiment names, ids or name globs. Default: every active experiment with runs. */
  experiments?: string[];
  /** The metric that ranks runs. Default: chosen per experiment (see chooseMetric). */
  metric?: string;
  direction?: Direction;
  /** Param names (or globs) shown as columns. Default: the params whose values differ between runs. */
  params?: string[];
  /** Runs drawn in the charts. Default 5. */
  top?: number;
  baseline?: BaselineSpec;
  baselineContext?: Omit<BaselineContext, 'allRuns'>;
  /** The commit under test (the pull request head, the pushed commit): its runs are the candidates. */
  headCommit?: string;
  /** Charts per experiment. Default 8. */
  maxCharts?: number;
}

export interface ChosenMetric {
  key: string;
  /** `input`: the user named it; `auto`: picked from what the runs logged. */
  source: 'input' | 'auto';
  direction: DirectionChoice;
}

export interface ReportRow {
  run: Run;
  /** 0 for a top-level run, 1 for a child of the run above it, and so on. */
  depth: number;
}

export interface ExperimentReport {
  experiment: Experiment;
  /** Active runs, in table order (see rows). */
  runs: Run[];
  rows: ReportRow[];
  metric: ChosenMetric | undefined;
  /** Runs with a measured value of the metric, best first (compareRuns). */
  ranked: Run[];
  /** Every run in ranking order: the ranked ones, then the rest (compareRuns). */
  order: Run[];
  best: Run | undefined;
  baseline: { label: string; run: Run | undefined; note?: string } | undefined;
  candidate: { run: Run; reason: string } | undefined;
  params: string[];
  /** Metric columns of the runs table, the ranking metric first. */
  metricColumns: string[];
  /** Metrics logged but not in the columns. */
  otherMetrics: string[];
  environments: Map<string, RunEnvironment>;
  charts: MetricChart[];
  /** Metrics with histories that got no chart (over maxCharts). */
  chartsLeftOut: number;
  /** How runs are named: the run name, with a short id where names repeat or are missing. */
  label: (run: Run) => string;
}

export interface ModelReport {
  experiments: ExperimentReport[];
  /** Patterns in `experiments` that matched nothing. */
  unmatched: string[];
}

export async function buildReports(model: RunsModel, options: ReportOptions = {}): Promise<ModelReport> {
  const { experiments, unmatched } = selectExperiments(model, options.experiments ?? []);
  const picker = options.baseline
    ? await prepareBaseline(options.baseline, { ...options.baselineContext, allRuns: model.runs })
    : undefined;
  const reports = experiments.map((experiment) => {
    const runs = model.runs.filter((r) => r.experimentId === experiment.experimentId && r.lifecycleStage === 'active');
    const baseline = picker ? { label: picker.label, ...picker.pick(runs) } : undefined;
    return experimentReport(experiment, runs, baseline, options);
  });
  return { experiments: reports, unmatched };
}

function selectExperiments(model: RunsModel, patterns: string[]): { experiments: Experiment[]; unmatched: string[] } {
  const hasRuns = new Set(model.runs.filter((r) => r.lifecycleStage === 'active').map((r) => r.experimentId));
  if (patterns.length === 0) {
    return { experiments: model.experiments.filter((e) => e.lifecycleStage === 'active' && hasRuns.has(e.experimentId)), unmatched: [] };
  }
  const chosen = new Set<Experiment>();
  const unmatched: string[] = [];
  for (const pattern of patterns) {
    // Exact names and ids may pick a deleted experiment; a glob only picks active ones.
    const exact = model.experiments.filter((e) => e.name === pattern || e.experimentId === pattern);
    const re = isGlob(pattern) ? globToRegExp(pattern) : undefined;
    const found = exact.length ? exact : re ? model.experiments.filter((e) => e.lifecycleStage === 'active' && re.test(e.name)) : [];
    if (found.length === 0) unmatched.push(pattern);
    for (const e of found) chosen.add(e);
  }
  return { experiments: model.experiments.filter((e) => chosen.has(e)), unmatched };
}

function experimentReport(
  experiment: Experiment,
  runs: Run[],
  baseline: ExperimentReport['baseline'],
  options: ReportOptions,
): ExperimentReport {
  const metricKey = options.metric?.trim() || chooseMetric(runs);
  const metric: ChosenMetric | undefined = metricKey
    ? { key: metricKey, source: options.metric?.trim() ? 'input' : 'auto', direction: chooseDirection(metricKey, options.direction) }
    : undefined;
  const direction = metric?.direction.direction ?? 'min';
  // Failed, killed and scheduled runs are listed but not ranked: their values are partial or absent.
  const value = (run: Run) => (metric && rankable(run) ? metricValue(run, metric.key) : undefined);

  const byRank = compareRuns(value, direction);
  const order = [...runs].sort(byRank);
  const ranked = order.filter((r) => value(r) !== undefined);
  const rows = groupRows(runs, value, direction, byRank);

  const names = new Map<string, number>();
  for (const r of runs) names.set(r.runName, (names.get(r.runName) ?? 0) + 1);
  const label = (run: Run) => (run.runName && names.get(run.runName) === 1 ? run.runName : `${run.runName || 'run'} ${run.runId.slice(0, 8)}`);

  const keys = preferredMetrics(runs);
  const ordered = metric ? [metric.key, ...keys.filter((k) => k !== metric.key)] : keys;
  const metricColumns = ordered.slice(0, 6);
  const top = (ranked.length ? ranked : order).slice(0, Math.max(1, options.top ?? 5));
  const chartable = ordered.filter((k) => top.some((r) => (r.metricHistories.get(k)?.values.length ?? 0) > 1));
  const maxCharts = options.maxCharts ?? 8;

  const environments = new Map<string, RunEnvironment>();
  for (const run of runs) {
    const env = runEnvironment(run);
    if (hasEnvironment(env)) environments.set(run.runId, env);
  }

  return {
    experiment,
    runs: rows.map((r) => r.run),
    rows,
    metric,
    ranked,
    order,
    best: ranked[0],
    baseline,
    candidate: chooseCandidate(ranked, runs, baseline?.run, options.headCommit),
    params: chooseParams(runs, options.params),
    metricColumns,
    otherMetrics: ordered.slice(metricColumns.length),
    environments,
    charts: metricCharts(top, chartable.slice(0, maxCharts), { label }),
    chartsLeftOut: Math.max(0, chartable.length - maxCharts),
    label,
  };
}

/** Runs grouped under their parents (any depth), groups ordered by the best value in them. */
function groupRows(runs: Run[], value: (r: Run) => number | undefined, direction: Direction, byRank: (a: Run, b: Run) => number): ReportRow[] {
  const ids = new Set(runs.map((r) => r.runId));
  const children = new Map<string, Run[]>();
  const roots: Run[] = [];
  for (const run of runs) {
    if (run.parentRunId && run.parentRunId !== run.runId && ids.has(run.parentRunId)) {
      const list = children.get(run.parentRunId) ?? [];
      list.push(run);
      children.set(run.parentRunId, list);
    } else {
      roots.push(run);
    }
  }
  const bestIn = new Map<string, number | undefined>();
  const best = (run: Run, seen = new Set<string>()): number | undefined => {
    if (bestIn.has(run.runId)) return bestIn.get(run.runId);
    seen.add(run.runId);
    let b = value(run);
    for (const child of children.get(run.runId) ?? []) {
      if (seen.has(child.runId)) continue;
      const v = best(child, seen);
      if (v !== undefined && (b === undefined || isBetter(v, b, direction))) b = v;
    }
    bestIn.set(run.runId, b);
    return b;
  };
  const byGroup = (a: Run, b: Run): number => {
    const va = best(a);
    const vb = best(b);
    if (va !== undefined && vb !== undefined && va !== vb) return isBetter(va, vb, direction) ? -1 : 1;
    if ((va === undefined) !== (vb === undefined)) return va === undefined ? 1 : -1;
    return byRank(a, b);
  };
  const rows: ReportRow[] = [];
  const placed = new Set<string>();
  const visit = (run: Run, depth: number) => {
    if (placed.has(run.runId)) return;
    placed.add(run.runId);
    rows.push({ run, depth });
    for (const child of [...(children.get(run.runId) ?? [])].sort(byGroup)) visit(child, depth + 1);
  };
  for (const root of roots.sort(byGroup)) visit(root, 0);
  // Runs in a parent cycle have no root; list them at the top level rather than lose them.
  for (const run of [...runs].sort(byRank)) visit(run, 0);
  return rows;
}

function chooseCandidate(ranked: Run[], runs: Run[], baseline: Run | undefined, headCommit: string | undefined): ExperimentReport['candidate'] {
  const head = headCommit?.toLowerCase();
  if (head) {
    const atHead = (r: Run) => {
      const commit = r.tags.get(commitTag)?.trim().toLowerCase();
      return !!commit && commit.length >= 7 && head.startsWith(commit);
    };
    const run = ranked.find(atHead) ?? runs.filter(atHead).sort((a, b) => (b.startTime ?? 0) - (a.startTime ?? 0))[0];
    if (run) return { run, reason: `the best run of this commit (${head.slice(0, 7)})` };
  }
  const run = ranked.find((r) => r !== baseline);
  if (!run) return undefined;
  return { run, reason: baseline ? 'the best run other than the baseline' : 'the best run' };
}

function chooseParams(runs: Run[], wanted: string[] | undefined): string[] {
  const all = [...new Set(runs.flatMap((r) => [...r.params.keys()]))].sort();
  if (wanted && wanted.length > 0) {
    const out: string[] = [];
    for (const w of wanted) {
      const re = isGlob(w) ? globToRegExp(w) : undefined;
      for (const key of re ? all.filter((k) => re.test(k)) : [w]) if (!out.includes(key)) out.push(key);
    }
    return out;
  }
  // Params that are the same in every run that has them say nothing about why runs differ (a sweep's parent run often
  // has none of its children's params: it does not make them differ).
  return all.filter((key) => new Set(runs.filter((r) => r.params.has(key)).map((r) => r.params.get(key))).size > 1).slice(0, 6);
}
