// detect-env: packaging files vs. imports on every push and pull request → annotations, a job summary, outputs.

import * as core from '@actions/core';
import path from 'node:path';
import { writeFileInside } from '../../shared/contained-path.js';
import { detectDrift } from '../../shared/drift/detect-drift.js';
import { driftAnnotations } from '../../shared/drift/annotations.js';
import { renderDriftSummary, headline } from '../../shared/drift/render-summary.js';
import { driftOutputs, failureReason } from '../../shared/drift/outputs.js';
import { choiceInput, listInput, projectPathInput, workspace } from '../common/inputs.js';
import { emitAnnotations } from '../common/annotate.js';
import { eventFacts } from '../common/event.js';
import { runAction } from '../common/run-action.js';
import { info } from '../common/log.js';

void runAction(async () => {
  const root = projectPathInput('path');
  const event = eventFacts();
  const failOnInput = choiceInput('fail-on', ['never', 'undeclared', 'any'] as const);

  const report = await detectDrift({
    root,
    python: core.getInput('python') || undefined,
    // The `base-ref` input, else the event's (push `before`, pull request or merge group base).
    base: core.getInput('base-ref') || event.base,
    exclude: listInput('exclude'),
    configPath: core.getInput('config') || undefined,
  });

  emitAnnotations(driftAnnotations(report), root);

  const ws = workspace();
  const project = path.relative(ws, root);
  const server = process.env.GITHUB_SERVER_URL ?? 'https://github.com';
  const sha = event.head;
  const repo = process.env.GITHUB_REPOSITORY;
  const link = repo && sha
    ? (l: { file: string; line: number }) => `${server}/${repo}/blob/${sha}/${[project, l.file].filter(Boolean).join('/')}#L${l.line}`
    : undefined;
  await core.summary.addRaw(renderDriftSummary(report, { link, project: project || undefined })).write();

  // Without RUNNER_TEMP the report goes in the workspace, where a committed symlink must not redirect it.
  const reportBase = process.env.RUNNER_TEMP || ws;
  const reportPath = path.join(reportBase, 'ml-hub', 'detect-env.json');
  writeFileInside(reportBase, reportPath, JSON.stringify(report, null, 2));

  for (const [name, value] of Object.entries(driftOutputs(report))) core.setOutput(name, value);
  core.setOutput('report-path', reportPath);
  info(`ml-hub detect-env: ${headline(report)} (env-hash ${report.envHash.slice(0, 16)})`);

  const reason = failureReason(report, failOnInput ?? report.failOn ?? 'undeclared');
  if (reason) core.setFailed(reason);
});
