// dispatch-training: starts the training workflow on the runner that fits the requirements record, says which run it
// started, and with `wait` follows it to the end and brings its publish-metrics summary back into this job.

import * as core from '@actions/core';
import { existsSync } from 'node:fs';
import { readRequirements, type MachineRequirements } from '../../shared/config/config.js';
import { formatDiagnostic } from '../../shared/diagnostics.js';
import { NoRunnerFitsError } from '../../shared/dispatch/choose-runner.js';
import { dispatchRun } from '../../shared/dispatch/dispatch-run.js';
import { formatDuration, parseDuration } from '../../shared/dispatch/duration.js';
import { EntryPointError } from '../../shared/dispatch/entry-point.js';
import { PackError } from '../../shared/dispatch/pack-inputs.js';
import { parseParameterMapping } from '../../shared/dispatch/parameters.js';
import { prepareDispatch, SettingsError } from '../../shared/dispatch/prepare-dispatch.js';
import { fetchReportSummary, relayedSummary } from '../../shared/dispatch/relay-results.js';
import { dispatchedMarkdown, finishedMarkdown } from '../../shared/dispatch/render-dispatch.js';
import { RunTimeoutError, waitForRun } from '../../shared/dispatch/wait-for-run.js';
import { parseDocument } from 'yaml';
import { createGitHubClient, type GitHubClient } from '../../shared/github/client.js';
import { emitAnnotations, runMain } from '../common/annotate.js';
import { InputError, workspacePathInput } from '../common/inputs.js';
import { actionLog, info } from '../common/log.js';

function booleanInput(name: string): boolean {
  const value = core.getInput(name).trim().toLowerCase();
  if (value === '' || value === 'false') return false;
  if (value === 'true') return true;
  throw new InputError(`input ${name}: expected true or false, got "${core.getInput(name)}"`);
}

/** The `requirements` input: a YAML or JSON mapping like the settings' `requirements:`. */
function requirementsInput(): MachineRequirements | undefined {
  const text = core.getInput('requirements').trim();
  if (!text) return undefined;
  const doc = parseDocument(text);
  if (doc.errors.length) throw new InputError(`input requirements: ${doc.errors[0]!.message.split('\n')[0]}`);
  const problems: string[] = [];
  const requirements = readRequirements(doc.toJS({ maxAliasCount: 10 }), (m) => problems.push(m));
  if (problems.length || !requirements) throw new InputError(`input requirements: ${problems.join('; ')}`);
  return requirements;
}

/** The input, else the branch or tag this workflow runs on, else the repository's default branch. */
async function dispatchRef(client: GitHubClient, owner: string, repo: string): Promise<string> {
  const input = core.getInput('ref').trim();
  if (input) return input;
  const head = process.env.GITHUB_HEAD_REF;
  if (head) return head;
  const ref = process.env.GITHUB_REF ?? '';
  if (ref.startsWith('refs/heads/')) return ref.slice('refs/heads/'.length);
  if (ref.startsWith('refs/tags/')) return ref;
  return (await client.rest.repos.get({ owner, repo })).data.default_branch;
}

runMain(async () => {
  const root = workspacePathInput('path');
  if (!existsSync(root)) throw new InputError(`input path: ${core.getInput('path')} does not exist in the workspace`);
  const workflow = core.getInput('workflow').trim() || 'train.yml';
  const wait = booleanInput('wait');
  const relay = booleanInput('relay-results');
  let timeoutMs: number;
  try {
    timeoutMs = parseDuration(core.getInput('timeout') || '6h');
  } catch (error) {
    throw new InputError(`input timeout: ${(error as Error).message}`);
  }
  let parameters;
  try {
    parameters = parseParameterMapping(core.getInput('parameters'), 'input parameters');
  } catch (error) {
    throw new InputError((error as Error).message);
  }

  let prepared;
  try {
    prepared = prepareDispatch({
      root,
      configPath: core.getInput('config').trim() || undefined,
      entryPoint: core.getInput('entry-point') || 'main',
      parameters,
      envHash: core.getInput('env-hash').trim() || undefined,
      runner: core.getInput('runner').trim() || undefined,
      requirements: requirementsInput(),
      env: process.env,
    });
  } catch (error) {
    if (error instanceof SettingsError) {
      emitAnnotations(error.diagnostics.map((d) => ({ level: d.severity, title: `ml-hub: ${d.code}`, message: d.message, file: d.file, line: d.line })), root);
      throw new InputError(`The settings must be fixed before a runner can be chosen: ${error.diagnostics.map(formatDiagnostic).join('; ')}`);
    }
    if (error instanceof NoRunnerFitsError || error instanceof EntryPointError || error instanceof PackError) throw new InputError(error.message);
    throw error;
  }
  emitAnnotations(prepared.diagnostics.map((d) => ({ level: d.severity, title: `ml-hub: ${d.code}`, message: d.message, file: d.file, line: d.line })), root);
  for (const w of prepared.choice.warnings) core.warning(w, { title: 'ml-hub: runner' });
  info(prepared.choice.explanation);
  for (const n of prepared.notes) core.notice(n, { title: 'ml-hub: entry point' });
  core.setOutput('runner', prepared.choice.name ?? '');
  core.setOutput('runs-on', prepared.choice.runsOn === undefined ? '' : JSON.stringify(prepared.choice.runsOn));

  const repository = process.env.GITHUB_REPOSITORY;
  if (!repository?.includes('/')) throw new InputError('GITHUB_REPOSITORY is not set; dispatch-training runs in a GitHub Actions workflow');
  const [owner, repo] = repository.split('/') as [string, string];
  const token = core.getInput('token') || process.env.GITHUB_TOKEN || '';
  if (!token) throw new InputError('input token: empty; pass `token: ${{ github.token }}` (the default, with `permissions: actions: write`) or a token that may run workflows');
  core.setSecret(token);
  const client = createGitHubClient(token, { log: actionLog });
  // The client's waits shrink with this in tests; the polling here follows suit.
  const pollScale = Number(process.env.ML_HUB_GITHUB_WAIT_SCALE) || 1;
  const ref = await dispatchRef(client, owner, repo);

  const run = await dispatchRun({ client, owner, repo, workflow, ref, inputs: prepared.packed.inputs, correlationId: prepared.correlationId, pollScale, log: info });
  core.setOutput('run-id', String(run.id));
  core.setOutput('run-url', run.htmlUrl);
  info(`ml-hub dispatch-training: started ${workflow} on ${ref}: ${run.htmlUrl}${run.via === 'correlation' ? ' (found by its run name)' : ''}`);
  core.summary.addRaw(dispatchedMarkdown({ workflow, ref, runId: run.id, runUrl: run.htmlUrl, request: prepared.request, choice: prepared.choice, notes: prepared.notes }));

  if (!wait) {
    core.setOutput('conclusion', '');
    await core.summary.write();
    return;
  }
  const started = Date.now();
  let finished;
  try {
    finished = await waitForRun({ client, owner, repo, runId: run.id, timeoutMs, pollScale, log: info });
  } catch (error) {
    core.setOutput('conclusion', '');
    if (error instanceof RunTimeoutError) core.summary.addRaw(`**⌛ ${error.message}**\n`);
    await core.summary.write();
    throw error;
  }
  core.setOutput('conclusion', finished.conclusion);
  core.summary.addRaw(finishedMarkdown({ conclusion: finished.conclusion, htmlUrl: finished.htmlUrl, runId: finished.id, jobs: finished.jobs, elapsed: formatDuration(Date.now() - started) }));

  if (relay) {
    const artifactName = core.getInput('results-artifact').trim() || 'publish-metrics';
    const result = await fetchReportSummary({ client, owner, repo, runId: finished.id, runUrl: finished.htmlUrl, artifactName });
    if (result.found) {
      const room = 1024 * 1024 - Buffer.byteLength(core.summary.stringify()) - 1024;
      core.summary.addRaw(relayedSummary(result.summary, { runUrl: finished.htmlUrl, runId: finished.id, artifactName, artifactUrl: result.artifact.url }, room));
      info(`ml-hub dispatch-training: relayed summary.md of the ${artifactName} artifact.`);
    } else {
      core.notice(`The results were not relayed: ${result.reason}.`, { title: 'ml-hub: results' });
    }
  }
  await core.summary.write();
  // neutral is how a run says "nothing wrong" without success; anything else means the training did not happen or failed.
  if (finished.conclusion !== 'success' && finished.conclusion !== 'neutral') {
    core.setFailed(`The training run ended with ${finished.conclusion}: ${finished.htmlUrl}`);
  }
});
