// publish-metrics: MLflow runs → a job summary, a sticky pull request comment, a regression gate, and the report (with
// the dashboard) as an artifact. The work is publishMetrics() (shared/report/), which `ml-hub report` calls too; this
// shell reads the inputs, passes in the comment, uploads the folder and writes the summary, annotations and outputs.

import * as core from '@actions/core';
import { storeReadingHeap } from '../../shared/heap-tuning.js';
import { capPerLevel } from '../../shared/text/annotations.js';
import { cell, code } from '../../shared/text/markdown.js';
import { publishMetrics } from '../../shared/report/publish-metrics.js';
import { regressedOutput } from '../../shared/report/regression-gate.js';
import { emitAnnotations } from '../common/annotate.js';
import { eventFacts } from '../common/event.js';
import { InputError, workspace } from '../common/inputs.js';
import { info } from '../common/log.js';
import { runAction } from '../common/run-action.js';
import { openInputStore, readInputs } from './inputs.js';
import { diagnosticAnnotation, runsOutput, setOutputs } from './outputs.js';
import { commentPort } from './pr-comments.js';
import { publishFolder, reportFolder } from './upload-artifact.js';

void runAction(async () => {
  storeReadingHeap();
  const ws = workspace();
  const inputs = readInputs();
  const store = openInputStore(inputs, ws);
  const event = eventFacts();
  const pullRequest = event.pullRequest?.number !== undefined; // a comment needs its number
  const folder = reportFolder(ws, inputs.artifactName);
  const published = await publishMetrics(store, {
    experiments: inputs.experiments,
    metric: inputs.metric,
    direction: inputs.direction,
    params: inputs.params,
    top: inputs.top,
    baseline: inputs.baseline,
    pullRequest,
    baselineContext: { repoDir: ws, baseCommit: event.base },
    headCommit: event.head,
    rules: inputs.rules,
    settings: { baseline: 'input baseline', baselineMarkdown: 'the `baseline` input', experiments: 'input experiments' },
    outDir: folder.dir,
    prepareOutDir: folder.prepare,
    displayRoot: ws,
    elsewhere: inputs.upload ? `the ${code(inputs.artifactName)} artifact` : `the folder ${code(folder.dir)}`,
    dashboard: inputs.dashboard,
    runArtifacts: { patterns: inputs.runArtifacts, maxFileSize: inputs.maxArtifactSize },
    comment: inputs.comment && pullRequest ? commentPort(inputs.token, inputs.artifactName) : undefined,
  });
  const annotations = published.diagnostics.map((d) => diagnosticAnnotation(d, ws));
  if (published.unreadable) {
    // Nothing was read: no report, no comment over the last good one, and a gate that fails closed.
    const why = `The MLflow store ${published.unreadable.file} could not be read: ${published.unreadable.message}`;
    emitAnnotations(capPerLevel(annotations), ws);
    await core.summary.addRaw(`# 📈 MLflow runs\n\n> [!CAUTION]\n> ${cell(why)}. Nothing was reported and the regression gate was not evaluated.\n`).write();
    setOutputs({ bestRunId: '', bestMetric: '', runs: '[]', reportPath: '', dashboardPath: '', commentUrl: '', regressed: 'unknown' });
    throw new InputError(why);
  }

  const { reports, runCount, best, regressions, experimentOf, blocker, copied } = published;
  annotations.push(...published.warnings);
  if (copied) {
    info(`ml-hub publish-metrics: ${copied.files} run artifact files (${copied.bytes} bytes) added to the report.`);
    for (const s of copied.skipped.slice(0, 50)) info(`  skipped ${s.runId}/${s.path}: ${s.reason}`);
  }
  const { where, notice } = await publishFolder(inputs.upload, inputs.artifactName, folder.dir, ws);
  if (notice) annotations.push(notice);
  await core.summary.addRaw(`${published.summary}\n<sub>${where}</sub>\n`).write();
  emitAnnotations(capPerLevel(annotations), ws);
  setOutputs({
    bestRunId: best?.run.runId ?? '',
    bestMetric: best ? String(best.value) : '',
    runs: runsOutput(reports),
    reportPath: folder.dir,
    dashboardPath: published.dashboardPath ?? '',
    commentUrl: published.commentUrl,
    regressed: regressedOutput(inputs.rules, published.results, published.decided),
  });

  info(`ml-hub publish-metrics: ${runCount} runs in ${reports.length} experiments reported${best ? `; best ${best.run.runName} (${best.run.runId}) = ${best.value}` : ''}.`);
  if (regressions.length > 0) {
    core.setFailed(`Metrics regressed (fail-on-regression): ${regressions.map((r) => `${experimentOf.get(r)}: ${r.message}`).join('; ')}`);
  }
  if (blocker) core.setFailed(blocker);
});
