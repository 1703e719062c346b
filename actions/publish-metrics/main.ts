// publish-metrics: MLflow runs → a job summary per experiment, sticky pull request comments, a regression gate, and the
// report (with the dashboard) as an artifact. Problems reading the store are annotations; the other runs are still
// reported.

import * as core from '@actions/core';
import * as github from '@actions/github';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { containedPath } from '../../shared/contained-path.js';
import { LocatedError, type Diagnostic } from '../../shared/diagnostics.js';
import { capPerLevel, type Annotation } from '../../shared/drift/annotations.js';
import { openStore } from '../../shared/mlflow/detect-store.js';
import { storeReadFailure } from '../../shared/mlflow/store.js';
import type { Run, RunsModel } from '../../shared/mlflow/model.js';
import { commitTag, type BaselineSpec } from '../../shared/report/baseline.js';
import { metricValue, type ExperimentReport } from '../../shared/report/experiment-report.js';
import { cell, code } from '../../shared/report/markdown.js';
import { renderMetricsSummary, summaryLimitBytes } from '../../shared/report/metrics-summary.js';
import { publishMetrics } from '../../shared/report/publish-metrics.js';
import { regressedOutput, type RegressionResult } from '../../shared/report/regression-gate.js';
import { copyRunArtifacts, writeFiles } from '../../shared/report/report-artifacts.js';
import { dashboardFiles, reportedModel, reportFiles, reportJson } from '../../shared/report/report-files.js';
import { emitAnnotations, runMain } from '../common/annotate.js';
import { InputError, workspace } from '../common/inputs.js';
import { readInputs } from './inputs.js';
import { uploadFolder } from './upload-artifact.js';
import { postComments, pullRequestOf, type PullRequestPayload } from './pr-comments.js';
import { info } from '../common/log.js';

/** Run artifacts copied into the report, in all. */
const maxRunArtifactsTotal = 500 * 1024 * 1024;

/** The commits the event is about: what `base` means, and whose runs are the candidates. */
function eventCommits(): { base?: string; head?: string } {
  const payload = github.context.payload as { pull_request?: PullRequestPayload; before?: unknown };
  if (payload.pull_request) return { base: payload.pull_request.base?.sha, head: payload.pull_request.head?.sha };
  const before = typeof payload.before === 'string' && !/^0+$/.test(payload.before) ? payload.before : undefined;
  return { base: before, head: github.context.sha || undefined };
}

/** Reader diagnostics as annotations: on the file and line when it is in the workspace, else named in the message. */
function diagnosticAnnotation(d: Diagnostic, ws: string): Annotation {
  const full = path.resolve(ws, d.file);
  const inside = !/^[a-z][a-z0-9+.-]+:\/\//i.test(d.file) && full.startsWith(ws + path.sep);
  return {
    level: d.severity,
    title: `ml-hub: ${d.code}`,
    message: inside ? d.message : `${d.file}: ${d.message}`,
    file: inside ? path.relative(ws, full).split(path.sep).join('/') : undefined,
    line: inside ? d.line : undefined,
  };
}

function runsOutput(reports: ExperimentReport[]): string {
  const rows = reports.flatMap((r) => {
    const ranked = new Set(r.ranked);
    const order = [...r.ranked, ...r.runs.filter((run) => !ranked.has(run))];
    return order.map((run) => ({
      id: run.runId,
      name: run.runName,
      experiment: r.experiment.name,
      status: run.status,
      metric: r.metric?.key ?? null,
      value: r.metric ? (metricValue(run, r.metric.key) ?? null) : null,
    }));
  });
  return JSON.stringify(rows.slice(0, 1000));
}

function storeLine(model: RunsModel, reports: ExperimentReport[], ws: string): string {
  const kind = { file: 'file store', sqlite: 'SQLite store', rest: 'tracking server' }[model.store.kind];
  const location = model.store.kind === 'rest' ? model.store.location : path.relative(ws, model.store.location) || '.';
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

runMain(async () => {
  const ws = workspace();
  const inputs = readInputs();
  const annotations: Annotation[] = [];
  const notes: string[] = [];

  let store;
  try {
    store = openStore(inputs.store, { env: process.env, cwd: ws, displayRoot: ws, maxRuns: inputs.maxRuns, progress: info });
  } catch (error) {
    if (error instanceof LocatedError) throw new InputError(`input store: ${error.file}: ${error.message}`);
    throw error;
  }
  const read = await store.read();
  const { model, diagnostics } = read;
  const unreadable = storeReadFailure(read);
  annotations.push(...diagnostics.filter((d) => d !== unreadable).map((d) => diagnosticAnnotation(d, ws)));
  if (unreadable) {
    // Nothing was read: no report, no comment over the last good one, and a gate that fails closed.
    const why = `The MLflow store ${unreadable.file} could not be read: ${unreadable.message}`;
    emitAnnotations(capPerLevel(annotations), ws);
    await core.summary.addRaw(`# 📈 MLflow runs\n\n> [!CAUTION]\n> ${cell(why)}. Nothing was reported and the regression gate was not evaluated.\n`).write();
    core.setOutput('best-run-id', '');
    core.setOutput('best-metric', '');
    core.setOutput('runs', '[]');
    core.setOutput('report-path', '');
    core.setOutput('dashboard-path', '');
    core.setOutput('comment-url', '');
    core.setOutput('regressed', 'unknown');
    throw new InputError(why);
  }

  const commits = eventCommits();
  let baseline: BaselineSpec | undefined = inputs.baseline;
  // On a pull request, compare with the base branch by default, when runs say which commit they ran at.
  if (!baseline && pullRequestOf() && model.runs.some((r) => r.tags.has(commitTag))) baseline = { kind: 'base' };

  const published = await publishMetrics(model, diagnostics, {
    experiments: inputs.experiments,
    metric: inputs.metric,
    direction: inputs.direction,
    params: inputs.params,
    top: inputs.top,
    baseline,
    baselineContext: { repoDir: ws, baseCommit: commits.base },
    headCommit: commits.head,
    rules: inputs.rules,
    baselineSetting: 'input baseline',
  });
  const { reports, results, experimentOf, regressions, runCount, blocker, best } = published;
  for (const pattern of published.unmatched) {
    annotations.push({ level: 'warning', title: 'ml-hub: experiments', message: `input experiments: "${pattern}" matches no experiment in the store` });
  }
  for (const message of published.gateWarnings) annotations.push({ level: 'warning', title: 'ml-hub: regression gate', message });
  if (runCount === 0 && !blocker) {
    const where = model.runs.length > 0 ? 'in the experiments named by input experiments' : 'in the store';
    annotations.push({ level: 'warning', title: 'ml-hub: no runs', message: `No run to report ${where}.` });
  }

  const reportDir = path.join(process.env.RUNNER_TEMP || path.join(ws, '.ml-hub'), 'ml-hub', 'publish-metrics', inputs.artifactName);
  // Emptied and written only when it really lies in the runner's temporary folder or the workspace: a committed
  // `.ml-hub -> /home/runner` symlink must not turn this into a removal outside.
  containedPath(process.env.RUNNER_TEMP || ws, reportDir);
  rmSync(reportDir, { recursive: true, force: true });
  mkdirSync(reportDir, { recursive: true });
  const elsewhere = inputs.upload ? `the ${code(inputs.artifactName)} artifact` : `the folder ${code(reportDir)}`;
  const runLink = model.store.kind === 'rest' ? (run: Run) => `${model.store.location}/#/experiments/${run.experimentId}/runs/${run.runId}` : undefined;

  // Comments first: when they cannot be written the summary says so.
  let commentUrl = '';
  if (inputs.comment && pullRequestOf()) {
    if (!inputs.token) {
      annotations.push({ level: 'notice', title: 'ml-hub: comment', message: 'No token: the pull request comment was skipped; the report is in the job summary.' });
    } else {
      for (const { experiment, result } of await postComments(reports, { token: inputs.token, runLink, elsewhere, artifactName: inputs.artifactName })) {
        if (result.url && !commentUrl) commentUrl = result.url;
        if (result.outcome === 'created' || result.outcome === 'updated') {
          info(`ml-hub publish-metrics: ${result.outcome} the comment for ${experiment}: ${result.url}`);
        } else {
          const fallback = `${result.message} The report is in this job summary instead.`;
          annotations.push({ level: result.outcome === 'forbidden' ? 'notice' : 'warning', title: 'ml-hub: pull request comment', message: fallback });
          notes.push(`> [!NOTE]\n> The pull request comment could not be written: ${cell(result.message ?? '')} The report is here instead.\n\n`);
          break;
        }
      }
    }
  }

  const preamble = `# 📈 MLflow runs\n\n${storeLine(model, reports, ws)}${notes.join('')}${gateLines(results, experimentOf, blocker)}`;
  const summary = renderMetricsSummary(reports, {
    limit: summaryLimitBytes,
    unit: 'bytes',
    limitName: "GitHub's 1 MiB job summary limit",
    preamble,
    elsewhere,
    runLink,
    problems: diagnostics,
  });

  // The report folder: summary.md, runs.json, the dashboard, chosen run artifacts.
  let dashboard: Map<string, string | Buffer> | undefined;
  if (inputs.dashboard) {
    try {
      dashboard = await dashboardFiles({
        model: reportedModel(model, reports),
        store,
        reports,
      });
    } catch (error) {
      // The summary, comment and gate stand on their own; a dashboard that cannot be drawn should not take them down.
      annotations.push({ level: 'warning', title: 'ml-hub: dashboard', message: `The dashboard could not be rendered: ${(error as Error).message}` });
    }
  }
  writeFiles(reportDir, reportFiles(summary.markdown, reportJson(model, reports, results), dashboard));
  if (inputs.runArtifacts.length > 0) {
    const runs = new Set<Run>();
    for (const r of reports) {
      for (const chart of r.charts) chart.runs.forEach((run) => runs.add(run));
      r.ranked.slice(0, inputs.top).forEach((run) => runs.add(run));
      if (r.candidate) runs.add(r.candidate.run);
      if (r.baseline?.run) runs.add(r.baseline.run);
    }
    const copied = await copyRunArtifacts(store, [...runs], path.join(reportDir, 'run-artifacts'), {
      patterns: inputs.runArtifacts,
      maxFileSize: inputs.maxArtifactSize,
      maxTotalSize: maxRunArtifactsTotal,
    });
    info(`ml-hub publish-metrics: ${copied.files} run artifact files (${copied.bytes} bytes) added to the report.`);
    for (const s of copied.skipped.slice(0, 50)) info(`  skipped ${s.runId}/${s.path}: ${s.reason}`);
    if (copied.skipped.length > 0) {
      annotations.push({ level: 'notice', title: 'ml-hub: run artifacts', message: `${copied.skipped.length} run artifact files were left out of the report (size limits or names); the log lists them.` });
    }
  }

  let where = `The report is in ${code(path.relative(ws, reportDir).startsWith('..') ? reportDir : path.relative(ws, reportDir))}.`;
  if (inputs.upload) {
    const upload = await uploadFolder(inputs.artifactName, reportDir, process.env);
    info(`ml-hub publish-metrics: ${upload.message}`);
    if (!upload.uploaded) annotations.push({ level: 'notice', title: 'ml-hub: artifact', message: upload.message });
    where = upload.uploaded ? `The full report, with the dashboard, is the ${code(inputs.artifactName)} artifact of this run.` : cell(upload.message);
  }
  await core.summary.addRaw(`${summary.markdown}\n<sub>${where}</sub>\n`).write();

  emitAnnotations(capPerLevel(annotations), ws);

  core.setOutput('best-run-id', best?.run.runId ?? '');
  core.setOutput('best-metric', best ? String(best.value) : '');
  core.setOutput('runs', runsOutput(reports));
  core.setOutput('report-path', reportDir);
  core.setOutput('dashboard-path', dashboard ? path.join(reportDir, 'dashboard', 'index.html') : '');
  core.setOutput('comment-url', commentUrl);
  core.setOutput('regressed', regressedOutput(inputs.rules, results, published.decided));

  info(`ml-hub publish-metrics: ${runCount} runs in ${reports.length} experiments reported${best ? `; best ${best.run.runName} (${best.run.runId}) = ${best.value}` : ''}.`);
  if (regressions.length > 0) {
    core.setFailed(`Metrics regressed (fail-on-regression): ${regressions.map((r) => `${experimentOf.get(r)}: ${r.message}`).join('; ')}`);
  }
  if (blocker) core.setFailed(blocker);
});
