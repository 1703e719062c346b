// package-env: makes the packaging files tell the truth about the code and proposes that as one pull request, which
// each run creates, updates, leaves alone or closes. The work is packageEnv() (shared/package/), which
// `ml-hub package-env` calls too.

import * as core from '@actions/core';
import path from 'node:path';
import { packageEnv } from '../../shared/package/package-env.js';
import type { PinStyle } from '../../shared/package/model.js';
import { createGitHubClient } from '../../shared/github/client.js';
import { actionsBot } from '../../shared/github/pull-request.js';
import { basicAuthValue, withoutCredentials } from '../../shared/git/branch-commit.js';
import { tryGit } from '../../shared/git/git.js';
import { booleanInput, choiceInput, InputError, listInput, projectPathInput, tokenInput, workflowBranch, workflowRepository, workspace } from '../common/inputs.js';
import { emitDiagnostics } from '../common/annotate.js';
import { eventFacts } from '../common/event.js';
import { runAction } from '../common/run-action.js';
import { actionLog, info } from '../common/log.js';

void runAction(async () => {
  const ws = workspace();
  const root = projectPathInput('path');
  const dryRun = booleanInput('dry-run');
  const branch = core.getInput('branch').trim() || 'ml-hub/package-env';
  const prune = booleanInput('prune');
  const optionalGroups = core.getInput('optional-groups').trim() === '' ? undefined : booleanInput('optional-groups');
  const settings = { draft: booleanInput('draft'), signCommits: booleanInput('sign-commits'), closeWhenClean: booleanInput('close-when-clean') };
  const pin = choiceInput('pin', ['exact', 'compatible', 'lower-bound', 'none'] as const satisfies readonly PinStyle[]);
  // Empty means package-env's own choice, not "no file".
  const targets = listInput('targets').length > 0 ? listInput('targets') : undefined;

  const connect = async () => {
    const { owner, repo, repository } = workflowRepository('package-env');
    const token = tokenInput('token', '(the default) or a personal access token');
    core.setSecret(basicAuthValue(token));
    const client = createGitHubClient(token, { log: actionLog });
    // The input, else the branch the workflow runs on, else the repository's default branch.
    const base = core.getInput('base').trim() || workflowBranch() || eventFacts().defaultBranch || (await client.rest.repos.get({ owner, repo })).data.default_branch;
    if (base === branch) throw new InputError(`inputs base and branch are both ${branch}; package-env needs a branch of its own`);
    // The checkout's `origin` (what actions/checkout set up), else the workflow's repository on its server.
    const origin = (await tryGit(root, ['remote', 'get-url', 'origin']))?.trim();
    const url = origin ? withoutCredentials(origin) : `${process.env.GITHUB_SERVER_URL ?? 'https://github.com'}/${repository}.git`;
    return { client, owner, repo, base, remote: { url, token } };
  };

  const { plan, outcome, summary } = await packageEnv({
    root, python: core.getInput('python') || undefined, prune, optionalGroups, pin, targets, dryRun,
    onPlanned: ({ report }) => {
      emitDiagnostics(report.diagnostics, root);
      core.setOutput('env-hash', report.envHash);
      core.setOutput('branch', branch);
    },
    pullRequest: {
      connect,
      settings: {
        ...settings,
        branch,
        commitMessage: core.getInput('commit-message') || 'Package the Python environment',
        title: core.getInput('title') || 'Package the Python environment',
        labels: listInput('labels'),
        reviewers: listInput('reviewers'),
        teamReviewers: listInput('team-reviewers'),
        author: actionsBot,
        fromFork: eventFacts().pullRequest?.fromFork ?? false,
        log: actionLog,
      },
    },
  });

  const toWorkspace = (file: string) => path.relative(ws, path.join(root, file)).split(path.sep).join('/');
  core.setOutput('operation', outcome?.operation ?? 'none');
  if (outcome) {
    core.setOutput('pull-request-number', outcome.number ? String(outcome.number) : '');
    core.setOutput('pull-request-url', outcome.url ?? '');
  }
  core.setOutput('changed-files', JSON.stringify(plan.edits.map((e) => toWorkspace(e.path))));
  await core.summary.addRaw(summary ?? '').write();
  if (!outcome) info(`ml-hub package-env: dry run, ${plan.edits.length} file(s) would change.`);
  else info(`ml-hub package-env: ${outcome.operation}${outcome.number ? ` #${outcome.number} ${outcome.url}` : ''}`);
});
