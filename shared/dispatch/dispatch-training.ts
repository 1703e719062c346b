// The dispatch-training pipeline, shared by the action and `ml-hub train`: choose the runner and pack the inputs,
// dispatch the training workflow, optionally follow it to the end and fetch the summary its publish-metrics step
// uploaded. The shells say where to dispatch (token, repository, ref) and show what comes back.

import { parseDocument } from 'yaml';
import { readRequirements, type MachineRequirements } from '../config/config.js';
import type { Diagnostic } from '../diagnostics.js';
import type { GitHubClient } from '../github/client.js';
import { NoRunnerFitsError } from './choose-runner.js';
import { dispatchRun, type DispatchedRun } from './dispatch-run.js';
import { EntryPointError } from './entry-point.js';
import { PackError } from './pack-inputs.js';
import { prepareDispatch, SettingsError, type PrepareOptions, type PreparedDispatch } from './prepare-dispatch.js';
import { fetchReportSummary, type RelayResult } from './relay-results.js';
import { RunTimeoutError, waitForRun, type FinishedRun } from './wait-for-run.js';

/** The user's mistake (settings, requirements, entry point, parameters): shown as one line, never a stack trace. */
export class TrainingSetupError extends Error {
  override name = 'TrainingSetupError';
  /** Settings errors, located, for annotations. */
  constructor(
    message: string,
    readonly diagnostics: Diagnostic[] = [],
  ) {
    super(message);
  }
}

/** Where to dispatch: resolved by the shell once the runner is chosen, so a settings mistake needs no token. */
export interface DispatchTarget {
  client: GitHubClient;
  owner: string;
  repo: string;
  ref: string;
}

export interface TrainingOptions extends Omit<PrepareOptions, 'requirements' | 'correlationId'> {
  /** The workflow file name or id. */
  workflow: string;
  /** A YAML or JSON mapping like the settings' `requirements:`, over them. */
  requirementsText?: string;
  /** How the shell names the requirements option in messages (`input requirements`, `--requirements`). */
  requirementsLabel: string;
  wait: boolean;
  timeoutMs: number;
  /** The publish-metrics artifact whose summary.md is fetched after the run; none: nothing is fetched. */
  resultsArtifact?: string;
  /** Multiplies the waits between polls (tests shrink them). */
  pollScale?: number;
  log: (line: string) => void;
  connect: (prepared: PreparedDispatch) => Promise<DispatchTarget>;
  /** Called as soon as the run exists, before any waiting: outputs and the first summary lines belong here. */
  onDispatched?: (run: DispatchedRun, target: DispatchTarget) => void;
}

export interface TrainingResult {
  prepared: PreparedDispatch;
  target: DispatchTarget;
  run: DispatchedRun;
  /** With `wait`: the finished run and how long the wait took; absent when it timed out. */
  finished?: FinishedRun & { elapsedMs: number };
  timedOut?: RunTimeoutError;
  results?: RelayResult;
}

/** `requirements` given as text: the same reading as the settings' `requirements:` mapping. */
export function parseRequirementsText(text: string | undefined, label: string): MachineRequirements | undefined {
  if (!text?.trim()) return undefined;
  const doc = parseDocument(text);
  const problems: string[] = doc.errors.map((e) => e.message.split('\n')[0]!);
  const requirements = problems.length ? undefined : readRequirements(doc.toJS({ maxAliasCount: 10 }), (m) => problems.push(m));
  if (problems.length || !requirements) throw new TrainingSetupError(`${label}: ${problems.join('; ')}`);
  return requirements;
}

/** Everything decided before anything is sent, with the user's mistakes as TrainingSetupError. */
export function prepareTraining(options: Omit<TrainingOptions, 'connect' | 'log' | 'wait' | 'timeoutMs' | 'workflow'>): PreparedDispatch {
  const requirements = parseRequirementsText(options.requirementsText, options.requirementsLabel);
  try {
    return prepareDispatch({ ...options, requirements });
  } catch (error) {
    if (error instanceof SettingsError) throw new TrainingSetupError(error.message, error.diagnostics);
    if (error instanceof NoRunnerFitsError || error instanceof EntryPointError || error instanceof PackError) throw new TrainingSetupError(error.message);
    throw error;
  }
}

export async function dispatchTraining(options: TrainingOptions, prepared = prepareTraining(options)): Promise<TrainingResult> {
  const { workflow, log, pollScale } = options;
  const target = await options.connect(prepared);
  const { client, owner, repo, ref } = target;
  const run = await dispatchRun({ client, owner, repo, workflow, ref, inputs: prepared.packed.inputs, correlationId: prepared.correlationId, pollScale, log });
  options.onDispatched?.(run, target);
  if (!options.wait) return { prepared, target, run };

  const started = Date.now();
  let finished: FinishedRun;
  try {
    finished = await waitForRun({ client, owner, repo, runId: run.id, timeoutMs: options.timeoutMs, pollScale, log });
  } catch (error) {
    if (error instanceof RunTimeoutError) return { prepared, target, run, timedOut: error };
    throw error;
  }
  const result: TrainingResult = { prepared, target, run, finished: { ...finished, elapsedMs: Date.now() - started } };
  if (options.resultsArtifact) {
    result.results = await fetchReportSummary({ client, owner, repo, runId: finished.id, runUrl: finished.htmlUrl, artifactName: options.resultsArtifact });
  }
  return result;
}

/** neutral is how a run says "nothing wrong" without success; anything else means the training did not happen or failed. */
export function trainingSucceeded(conclusion: string): boolean {
  return conclusion === 'success' || conclusion === 'neutral';
}
