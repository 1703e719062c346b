// The report's files, the same for the action's artifact and `ml-hub report --out`: summary.md (what the job summary
// shows), runs.json (the verdicts per experiment and the runs in the truth.json shape, without full metric histories,
// which the dashboard carries) and dashboard/ (the static site).

import type { RunsModel } from '../mlflow/model.js';
import { toTruthJson, truthFloat } from '../mlflow/model.js';
import type { MlflowStore } from '../mlflow/store.js';
import type { FileContent } from '../contained-path.js';
import { collectArtifactTexts, dashboardHtml } from './dashboard/index.js';
import type { ExperimentReport } from './experiment-report.js';
import { metricValue } from './experiment-report.js';
import type { RegressionResult } from './regression-gate.js';

/** The model cut down to the experiments reported (the dashboard and runs.json show what the summary shows). */
export function reportedModel(model: RunsModel, reports: ExperimentReport[]): RunsModel {
  const ids = new Set(reports.map((r) => r.experiment.experimentId));
  return {
    store: model.store,
    experiments: model.experiments.filter((e) => ids.has(e.experimentId)),
    runs: model.runs.filter((r) => ids.has(r.experimentId)),
    loggedModels: model.loggedModels.filter((m) => ids.has(m.experimentId)),
  };
}

const runRef = (run: { runId: string; runName: string } | undefined) => (run ? { run_id: run.runId, run_name: run.runName } : null);

export function reportJson(model: RunsModel, reports: ExperimentReport[], regressions: RegressionResult[] = []): unknown {
  // Without histories: a point object per logged value is what made runs.json cost most of a large report's memory.
  const truth = toTruthJson(reportedModel(model, reports), { histories: false });
  return {
    store: model.store,
    experiments: reports.map((r) => {
      const metric = r.metric?.key;
      const valued = (run: ExperimentReport['best']) =>
        run ? { ...runRef(run), value: metric ? truthFloat(run.latestMetrics.get(metric)?.value ?? NaN) : null } : null;
      return {
        experiment_id: r.experiment.experimentId,
        name: r.experiment.name,
        metric: metric ?? null,
        direction: r.metric?.direction.direction ?? null,
        direction_source: r.metric?.direction.source ?? null,
        runs: r.runs.length,
        best: valued(r.best),
        candidate: r.candidate ? { ...valued(r.candidate.run), reason: r.candidate.reason } : null,
        baseline: r.baseline ? { ...(valued(r.baseline.run) ?? {}), label: r.baseline.label, note: r.baseline.note ?? null } : null,
        ranked: r.ranked.map((run) => ({ ...runRef(run), value: metric ? metricValue(run, metric) : null })),
      };
    }),
    regressions: regressions.map((g) => ({
      rule: g.rule.text,
      metric: g.rule.metric,
      outcome: g.outcome,
      candidate: { ...runRef(g.candidate), value: g.candidateValue === undefined ? null : truthFloat(g.candidateValue) },
      baseline: { ...runRef(g.baseline), value: g.baselineValue === undefined ? null : truthFloat(g.baselineValue) },
      message: g.message,
    })),
    runs: truth.runs,
    logged_models: truth.logged_models,
  };
}

export interface DashboardInput {
  model: RunsModel;
  store: Pick<MlflowStore, 'readArtifact'>;
  title?: string;
  /** The reports the summary was made from: the dashboard ranks each experiment by the same metric, in the same order. */
  reports?: ExperimentReport[];
}

/** The dashboard's files, under `dashboard/`, with the text artifacts of the runs read through the store. */
export async function dashboardFiles(input: DashboardInput): Promise<Map<string, string | Buffer>> {
  const pieces = await dashboardFilePieces(input);
  return new Map([...pieces].map(([path, content]) => [path, typeof content === 'string' || Buffer.isBuffer(content) ? content : [...content].join('')]));
}

/**
 * The same files, index.html as pieces made while it is written (dashboardHtml): a large store's page is never held
 * whole. Iterate each content once.
 */
export async function dashboardFilePieces(input: DashboardInput): Promise<Map<string, FileContent>> {
  const artifacts = await collectArtifactTexts(input.model, input.store);
  const rankings = new Map(
    (input.reports ?? []).flatMap((r) =>
      r.metric ? [[r.experiment.experimentId, { key: r.metric.key, direction: r.metric.direction.direction, chosen: r.metric.source }] as const] : [],
    ),
  );
  return new Map([['dashboard/index.html', dashboardHtml(input.model, { title: input.title, artifacts, rankings })]]);
}

/** summary.md and runs.json, plus the dashboard's files when given. */
export function reportFiles(summary: string, json: unknown, dashboard?: Map<string, FileContent>): Map<string, FileContent> {
  const files = new Map<string, FileContent>([
    ['summary.md', summary],
    ['runs.json', `${JSON.stringify(json, null, 2)}\n`],
  ]);
  for (const [path, content] of dashboard ?? []) files.set(path, content);
  return files;
}
