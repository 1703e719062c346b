// package-env's pipeline, for the action and `ml-hub package-env`: plan the edits, write them all or none, and (the
// action) propose them as one pull request, which each run creates, updates, leaves alone or closes.

import { realpathSync } from 'node:fs';
import path from 'node:path';
import type { DriftReport } from '../drift/model.js';
import type { GitHubClient } from '../github/client.js';
import { syncPullRequest, type PullRequestOutcome, type PullRequestRequest } from '../github/pull-request.js';
import { applyEdits } from './atomic-write.js';
import { experimentChanges, renderExperimentChangesMarkdown, summarizeExperimentChanges } from './experiment-changes.js';
import type { PackagePlan } from './model.js';
import { planPackageEnv, type PackageEnvOptions } from './plan-package-env.js';
import { operationLine, renderPlanMarkdown } from './render-plan.js';

const marker = 'ml-hub:package-env';
const trailer = 'Generated-by: ml-hub package-env';

/** Where the pull request goes; asked for once the plan is made, before anything is written. */
export interface PullRequestTarget {
  client: GitHubClient;
  owner: string;
  repo: string;
  base: string;
  remote: PullRequestRequest['remote'];
}

export interface PackageEnvRun extends PackageEnvOptions {
  /** Plan only: nothing is written or pushed. */
  dryRun?: boolean;
  /** The plan, before anything is written (diagnostics, outputs, the CLI's listing). */
  onPlanned?: (planned: { report: DriftReport; plan: PackagePlan }) => void;
  /** Propose the edits as a pull request (the action); without it the edits are only written (the CLI). */
  pullRequest?: {
    connect: () => Promise<PullRequestTarget>;
    settings: Omit<PullRequestRequest, 'client' | 'owner' | 'repo' | 'base' | 'remote' | 'dir' | 'files' | 'body' | 'marker' | 'trailer'>;
  };
}

export interface PackageEnvResult {
  report: DriftReport;
  plan: PackagePlan;
  /** With `pullRequest`: the job summary (the plan, and what happened to the pull request or that it was a dry run). */
  summary?: string;
  outcome?: PullRequestOutcome;
}

export async function packageEnv(options: PackageEnvRun): Promise<PackageEnvResult> {
  const { dryRun, onPlanned, pullRequest, ...planOptions } = options;
  const { root } = planOptions;
  const { report, plan } = await planPackageEnv(planOptions);
  onPlanned?.({ report, plan });

  let planText = '';
  if (pullRequest) {
    // A CI checkout rarely has MLflow data that is not committed; the section appears when it does.
    const changes = await experimentChanges(root);
    const experiments = summarizeExperimentChanges(changes) || changes.ignored.length ? renderExperimentChangesMarkdown(changes) : '';
    planText = [renderPlanMarkdown(plan, report), experiments].filter(Boolean).join('\n\n');
  }
  if (dryRun) return { report, plan, summary: pullRequest && `**Dry run**: nothing was written or pushed.\n\n${planText}` };

  const target = await pullRequest?.connect();
  // Refuses paths and symbolic links that lead out of the project, and writes all edits or none.
  if (plan.edits.length > 0) await applyEdits(root, plan.edits);
  if (!pullRequest || !target) return { report, plan };

  const outcome = await syncPullRequest({
    ...pullRequest.settings,
    ...target,
    dir: root,
    // A link inside the project was written through: the file to commit is its target.
    files: plan.edits.map((e) => realpathSync(path.join(root, e.path))),
    body: planText,
    marker,
    trailer,
  });
  return { report, plan, outcome, summary: `**${operationLine(outcome, target.base)}**\n\n${planText}` };
}
