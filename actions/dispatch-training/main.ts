// dispatch-training: starts the training workflow on the runner that fits the requirements record, says which run it
// started, and with `wait` follows it to the end and brings its publish-metrics summary back into this job.

import * as core from '@actions/core';
import { formatDiagnostic } from '../../shared/diagnostics.js';
import { dispatchTraining, prepareTraining, TrainingSetupError, trainingSucceeded, type TrainingOptions } from '../../shared/dispatch/dispatch-training.js';
import { parseParameterMapping } from '../../shared/dispatch/parameters.js';
import { trainingMarkdown } from '../../shared/dispatch/render-dispatch.js';
import { createGitHubClient } from '../../shared/github/client.js';
import { emitDiagnostics } from '../common/annotate.js';
import { booleanInput, durationInput, InputError, parsedInput, projectPathInput, tokenInput, workflowBranch, workflowRepository } from '../common/inputs.js';
import { runAction } from '../common/run-action.js';
import { actionLog, info } from '../common/log.js';

/** The repository and token come from the runner; asked for only once the runner is chosen. */
async function connect(): Promise<Awaited<ReturnType<TrainingOptions['connect']>>> {
  const { owner, repo } = workflowRepository('dispatch-training');
  const token = tokenInput('token', '(the default, with `permissions: actions: write`) or a token that may run workflows');
  const client = createGitHubClient(token, { log: actionLog });
  // The input, else the pull request's branch, else the branch or tag this workflow runs on, else the default branch.
  const tag = process.env.GITHUB_REF?.startsWith('refs/tags/') ? process.env.GITHUB_REF : undefined;
  const ref = core.getInput('ref').trim() || process.env.GITHUB_HEAD_REF || workflowBranch() || tag || (await client.rest.repos.get({ owner, repo })).data.default_branch;
  return { client, owner, repo, ref };
}

function readOptions(root: string): TrainingOptions {
  return {
    root,
    workflow: core.getInput('workflow').trim() || 'train.yml',
    configPath: core.getInput('config').trim() || undefined,
    entryPoint: core.getInput('entry-point') || 'main',
    parameters: parsedInput(() => parseParameterMapping(core.getInput('parameters'), 'input parameters')),
    envHash: core.getInput('env-hash').trim() || undefined,
    runner: core.getInput('runner').trim() || undefined,
    requirementsText: core.getInput('requirements'),
    requirementsLabel: 'input requirements',
    env: process.env,
    wait: booleanInput('wait'),
    timeoutMs: durationInput('timeout', '6h'),
    resultsArtifact: booleanInput('relay-results') ? core.getInput('results-artifact').trim() || 'publish-metrics' : undefined,
    // The client's waits shrink with this in tests; the polling here follows suit.
    pollScale: Number(process.env.ML_HUB_GITHUB_WAIT_SCALE) || 1,
    log: info,
    connect,
  };
}

void runAction(async () => {
  const root = projectPathInput('path');
  const options = readOptions(root);
  let prepared;
  try {
    prepared = prepareTraining(options);
  } catch (error) {
    if (!(error instanceof TrainingSetupError)) throw error;
    if (!error.diagnostics.length) throw new InputError(error.message);
    emitDiagnostics(error.diagnostics, root);
    throw new InputError(`The settings must be fixed before a runner can be chosen: ${error.diagnostics.map(formatDiagnostic).join('; ')}`);
  }
  emitDiagnostics(prepared.diagnostics, root);
  for (const w of prepared.choice.warnings) core.warning(w, { title: 'ml-hub: runner' });
  info(prepared.choice.explanation);
  for (const n of prepared.notes) core.notice(n, { title: 'ml-hub: entry point' });
  core.setOutput('runner', prepared.choice.name ?? '');
  core.setOutput('runs-on', prepared.choice.runsOn === undefined ? '' : JSON.stringify(prepared.choice.runsOn));

  const onDispatched: TrainingOptions['onDispatched'] = (run, { ref }) => {
    core.setOutput('run-id', String(run.id));
    core.setOutput('run-url', run.htmlUrl);
    info(`ml-hub dispatch-training: started ${options.workflow} on ${ref}: ${run.htmlUrl}${run.via === 'correlation' ? ' (found by its run name)' : ''}`);
  };
  const result = await dispatchTraining({ ...options, onDispatched }, prepared);
  const { finished, results } = result;
  core.setOutput('conclusion', finished?.conclusion ?? '');
  if (results?.found) info(`ml-hub dispatch-training: relayed summary.md of the ${results.artifact.name} artifact.`);
  else if (results) core.notice(`The results were not relayed: ${results.reason}.`, { title: 'ml-hub: results' });
  await core.summary.addRaw(trainingMarkdown(result, options.workflow)).write();
  if (result.timedOut) throw result.timedOut;
  if (finished && !trainingSucceeded(finished.conclusion)) core.setFailed(`The training run ended with ${finished.conclusion}: ${finished.htmlUrl}`);
});
