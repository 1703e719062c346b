// package-env: makes the packaging files tell the truth about the code and proposes that as one pull request, which
// each run creates, updates, leaves alone or closes.

import * as core from '@actions/core';
import { realpathSync } from 'node:fs';
import path from 'node:path';
import { planPackageEnv } from '../../shared/package/plan-package-env.js';
import { applyEdits } from '../../shared/package/atomic-write.js';
import { renderPlanMarkdown } from '../../shared/package/render-plan.js';
import { experimentChanges, renderExperimentChangesMarkdown, summarizeExperimentChanges } from '../../shared/package/experiment-changes.js';
import type { PinStyle } from '../../shared/package/model.js';
import { createGitHubClient } from '../../shared/github/client.js';
import { actionsBot, syncPullRequest, type PullRequestOutcome } from '../../shared/github/pull-request.js';
import { basicAuthValue, withoutCredentials } from '../../shared/git/branch-commit.js';
import { tryGit } from '../../shared/git/git.js';
import { booleanInput, choiceInput, InputError, listInput, projectPathInput, tokenInput, workflowRepository, workspace } from '../common/inputs.js';
import { emitDiagnostics } from '../common/annotate.js';
import { eventFacts } from '../common/event.js';
import { runAction } from '../common/run-action.js';
import { actionLog, info } from '../common/log.js';

const marker = 'ml-hub:package-env';
const trailer = 'Generated-by: ml-hub package-env';


/** The input, else the branch the workflow runs on, else the repository's default branch. */
async function baseBranch(client: ReturnType<typeof createGitHubClient>, owner: string, repo: string): Promise<string> {
  const input = core.getInput('base').trim();
  if (input) return input;
  const ref = process.env.GITHUB_REF ?? '';
  if (ref.startsWith('refs/heads/')) return ref.slice('refs/heads/'.length);
  const fromEvent = eventFacts().defaultBranch;
  if (fromEvent) return fromEvent;
  return (await client.rest.repos.get({ owner, repo })).data.default_branch;
}

/** The checkout's `origin` (what actions/checkout set up), else the workflow's repository on its server. */
async function remoteUrl(root: string, repository: string): Promise<string> {
  const origin = (await tryGit(root, ['remote', 'get-url', 'origin']))?.trim();
  if (origin) return withoutCredentials(origin);
  return `${process.env.GITHUB_SERVER_URL ?? 'https://github.com'}/${repository}.git`;
}

function operationLine(outcome: PullRequestOutcome, base: string): string {
  const pr = outcome.number ? `[#${outcome.number}](${outcome.url})` : '';
  switch (outcome.operation) {
    case 'created':
      return `Opened ${pr} from \`${outcome.branch}\` into \`${base}\`.`;
    case 'updated':
      return `Updated ${pr} on \`${outcome.branch}\`.`;
    case 'unchanged':
      return `${pr} already proposes exactly this change.`;
    case 'closed':
      return `\`${base}\` already has every change: closed ${pr} and deleted \`${outcome.branch}\`.`;
    case 'none':
      return outcome.number ? `\`${base}\` already has every change of ${pr}; left open.` : 'Nothing to change.';
  }
}

void runAction(async () => {
  const ws = workspace();
  const root = projectPathInput('path');
  const dryRun = booleanInput('dry-run');
  const options = {
    prune: booleanInput('prune'),
    optionalGroups: core.getInput('optional-groups').trim() === '' ? undefined : booleanInput('optional-groups'),
    draft: booleanInput('draft'),
    signCommits: booleanInput('sign-commits'),
    closeWhenClean: booleanInput('close-when-clean'),
  };
  const pin = choiceInput('pin', ['exact', 'compatible', 'lower-bound', 'none'] as const satisfies readonly PinStyle[]);
  const branch = core.getInput('branch').trim() || 'ml-hub/package-env';

  const { report, plan } = await planPackageEnv({
    root,
    python: core.getInput('python') || undefined,
    prune: options.prune,
    optionalGroups: options.optionalGroups,
    pin,
    // Empty means package-env's own choice, not "no file".
    targets: listInput('targets').length > 0 ? listInput('targets') : undefined,
  });
  emitDiagnostics(report.diagnostics, root);

  const toWorkspace = (file: string) => path.relative(ws, path.join(root, file)).split(path.sep).join('/');
  // A CI checkout rarely has MLflow data that is not committed; the section appears when it does.
  const changes = await experimentChanges(root);
  const experiments = summarizeExperimentChanges(changes) || changes.ignored.length ? renderExperimentChangesMarkdown(changes) : '';
  const planText = [renderPlanMarkdown(plan, report), experiments].filter(Boolean).join('\n\n');
  core.setOutput('env-hash', report.envHash);
  core.setOutput('branch', branch);

  if (dryRun) {
    core.setOutput('operation', 'none');
    core.setOutput('changed-files', JSON.stringify(plan.edits.map((e) => toWorkspace(e.path))));
    await core.summary.addRaw(`**Dry run**: nothing was written or pushed.\n\n${planText}`).write();
    info(`ml-hub package-env: dry run, ${plan.edits.length} file(s) would change.`);
    return;
  }

  const { owner, repo, repository } = workflowRepository('package-env');
  const token = tokenInput('token', '(the default) or a personal access token');
  core.setSecret(basicAuthValue(token));
  const client = createGitHubClient(token, { log: actionLog });
  const base = await baseBranch(client, owner, repo);
  if (base === branch) throw new InputError(`inputs base and branch are both ${branch}; package-env needs a branch of its own`);

  // Refuses paths and symbolic links that lead out of the project, and writes all edits or none.
  await applyEdits(root, plan.edits);
  const outcome = await syncPullRequest({
    client,
    owner,
    repo,
    dir: root,
    // A link inside the project was written through: the file to commit is its target.
    files: plan.edits.map((e) => realpathSync(path.join(root, e.path))),
    remote: { url: await remoteUrl(root, repository), token },
    branch,
    base,
    commitMessage: core.getInput('commit-message') || 'Package the Python environment',
    title: core.getInput('title') || 'Package the Python environment',
    body: planText,
    marker,
    trailer,
    labels: listInput('labels'),
    reviewers: listInput('reviewers'),
    teamReviewers: listInput('team-reviewers'),
    draft: options.draft,
    signCommits: options.signCommits,
    closeWhenClean: options.closeWhenClean,
    author: actionsBot,
    fromFork: eventFacts().pullRequest?.fromFork ?? false,
    log: actionLog,
  });

  core.setOutput('operation', outcome.operation);
  core.setOutput('pull-request-number', outcome.number ? String(outcome.number) : '');
  core.setOutput('pull-request-url', outcome.url ?? '');
  core.setOutput('changed-files', JSON.stringify(plan.edits.map((e) => toWorkspace(e.path))));
  await core.summary.addRaw(`**${operationLine(outcome, base)}**\n\n${planText}`).write();
  info(`ml-hub package-env: ${outcome.operation}${outcome.number ? ` #${outcome.number} ${outcome.url}` : ''}`);
});
