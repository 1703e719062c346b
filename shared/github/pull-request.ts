// Keeps one bot pull request in step with a set of files already written in a checkout: the branch is always the
// base's tip plus one commit with those files, pushed under a lease (never over someone else's commits), and there is
// at most one open pull request for it, created, updated, left alone or closed as the content calls for.

import path from 'node:path';
import type { GitHubClient, GitHubLog } from './client.js';
import { explainGitHubError, type GitHubErrorContext } from './errors.js';
import { explainGitError } from './push-errors.js';
import { commitThroughApi, setBranchThroughApi } from './api-commit.js';
import { markedSection, replaceMarkedSection } from './marked-body.js';
import {
  GitError,
  buildTree,
  changedBetween,
  commitTree,
  fetchBranches,
  isBotCommit,
  pushWithLease,
  remoteBranches,
  repoTopLevel,
  treeOf,
  withTrailer,
  type GitRemote,
  type Identity,
} from '../git/branch-commit.js';

export type PullRequestOperation = 'created' | 'updated' | 'unchanged' | 'closed' | 'none';

export interface PullRequestRequest {
  client: GitHubClient;
  owner: string;
  repo: string;
  /** A folder of the checkout (its top level or below). */
  dir: string;
  /** Absolute paths of the files the change wrote; everything else is taken from the base. */
  files: string[];
  remote: GitRemote;
  branch: string;
  base: string;
  commitMessage: string;
  title: string;
  /** The bot's part of the body; kept between hidden markers named by `marker`. */
  body: string;
  marker: string;
  labels?: string[];
  reviewers?: string[];
  teamReviewers?: string[];
  draft?: boolean;
  /** Commit through the Git Data API so GitHub signs the commit, instead of `git push`. */
  signCommits?: boolean;
  /** When the base already has the change: close the open pull request and delete the branch. Default true. */
  closeWhenClean?: boolean;
  /** The commit's author for `git push` (API commits are GitHub's own). Default github-actions[bot]. */
  author?: Identity;
  /** Marks the bot's commits, to tell them from commits people push to the branch. */
  trailer: string;
  /** The run is for a pull request from a fork (GITHUB_TOKEN is read-only). */
  fromFork?: boolean;
  log?: GitHubLog;
}

export interface PullRequestOutcome {
  operation: PullRequestOperation;
  branch: string;
  number?: number;
  url?: string;
  /** The branch's commit after this run, when it exists. */
  commit?: string;
  /** Paths (from the top level) that differ from the base. */
  changed: string[];
  /** Whether GitHub reports the new commit as verified (sign-commits). */
  verified?: boolean;
}

/** GitHub Actions' own identity, the author GitHub shows with the Actions logo. */
export const actionsBot: Identity = { name: 'github-actions[bot]', email: '41898282+github-actions[bot]@users.noreply.github.com' };

/** A failure already explained in one line; shells print the message alone. */
export class PullRequestError extends Error {}

interface OpenPull {
  number: number;
  html_url: string;
  title: string;
  body: string | null;
  labels: { name?: string }[];
}

const silent: GitHubLog = { info: () => {}, warning: () => {} };

export async function syncPullRequest(request: PullRequestRequest): Promise<PullRequestOutcome> {
  const { client, branch, base } = request;
  const log = request.log ?? silent;
  const where = { owner: request.owner, repo: request.repo };
  const repoName = `${request.owner}/${request.repo}`;
  const context: GitHubErrorContext = { fromFork: request.fromFork };
  const api = async <T>(action: string, call: () => Promise<T>): Promise<T> => {
    try {
      return await call();
    } catch (error) {
      throw new PullRequestError(explainGitHubError(error, action, context), { cause: error });
    }
  };
  const git = async <T>(action: string, call: () => Promise<T>): Promise<T> => {
    try {
      return await call();
    } catch (error) {
      if (error instanceof GitError) throw new PullRequestError(explainGitError(error, action, { repo: repoName, branch }, context), { cause: error });
      throw error;
    }
  };

  const top = await repoTopLevel(request.dir);
  const paths = request.files.map((file) => {
    const relative = path.relative(top, path.resolve(request.dir, file));
    if (relative.startsWith('..') || path.isAbsolute(relative)) throw new PullRequestError(`${file} is outside the repository ${top}`);
    return relative.split(path.sep).join('/');
  });

  const heads = await git(`read the branches of ${repoName}`, () => remoteBranches(top, request.remote, [base, branch]));
  const baseSha = heads.get(base);
  if (!baseSha) throw new PullRequestError(`The base branch ${base} does not exist in ${repoName}; set the \`base\` input to an existing branch.`);
  const branchSha = heads.get(branch);
  await git(`fetch ${base}${branchSha ? ` and ${branch}` : ''}`, () => fetchBranches(top, request.remote, branchSha ? [base, branch] : [base]));

  // The edits were computed from the checkout; laid over a base whose copies of those files differ, they would undo
  // whatever the base changed in them.
  const diverged = await changedBetween(top, 'HEAD', baseSha, paths);
  if (diverged.length > 0) {
    throw new PullRequestError(
      `The checkout and ${base} (${baseSha.slice(0, 7)}) differ in ${diverged.join(', ')}, so the edits cannot be laid over ${base}: run package-env on a checkout of ${base}'s tip.`,
    );
  }

  const { tree, entries } = await buildTree(top, baseSha, paths);
  const baseTree = await treeOf(top, baseSha);
  const changed = tree === baseTree ? [] : await changedBetween(top, baseTree, tree, paths);
  const open = await api(`look for an open pull request from ${branch}`, () => findOpenPull(client, where, branch, base));
  const section = markedSection(request.marker, request.body);

  if (tree === baseTree) {
    if (!open) {
      log.info(`${base} already has every change; no pull request needed.`);
      return { operation: 'none', branch, changed, commit: branchSha };
    }
    const found = { branch, number: open.number, url: open.html_url, changed, commit: branchSha };
    if (request.closeWhenClean === false) {
      log.info(`${base} already has every change of #${open.number}; leaving it open (close-when-clean: false).`);
      return { operation: 'none', ...found };
    }
    if (branchSha) {
      const tip = await isBotCommit(top, branchSha, request.trailer);
      if (!tip.ours) {
        log.warning(`${base} already has ml-hub's change, but ${branch} has commits by others (${tip.describe}); leaving #${open.number} and the branch as they are.`);
        return { operation: 'none', ...found };
      }
    }
    await api(`close pull request #${open.number}`, async () => {
      await client.rest.pulls.update({ ...where, pull_number: open.number, state: 'closed' });
      await client.rest.issues.createComment({ ...where, issue_number: open.number, body: `${base} already has these changes; closed by ml-hub.` });
    });
    if (branchSha) {
      const deleted = request.signCommits
        ? await api(`delete branch ${branch}`, () => setBranchThroughApi(client, where, branch, null, branchSha))
        : await git(`delete branch ${branch}`, () => pushWithLease(top, request.remote, null, branch, branchSha));
      if (deleted === 'stale') log.warning(`${branch} moved while ml-hub was deleting it; left in place.`);
    }
    log.info(`Closed #${open.number}: ${base} already has every change.`);
    return { operation: 'closed', ...found, commit: undefined };
  }

  let commit = branchSha;
  let verified: boolean | undefined;
  let pushed = false;
  if (branchSha && (await treeOf(top, branchSha)) === tree) {
    log.info(`${branch} already holds exactly this change (${branchSha.slice(0, 7)}); nothing to push.`);
  } else {
    if (branchSha) {
      const tip = await isBotCommit(top, branchSha, request.trailer);
      if (!tip.ours) {
        throw new PullRequestError(
          `${branch} in ${repoName} has commits that ml-hub did not make (${tip.describe}); it will not overwrite them. Merge or close that pull request, or delete the branch, then re-run.`,
        );
      }
    }
    const message = withTrailer(request.commitMessage, request.trailer);
    if (request.signCommits) {
      const made = await api(`commit through the GitHub API`, () => commitThroughApi(client, where, { dir: top, parent: baseSha, baseTree, entries, message }));
      commit = made.sha;
      verified = made.verified;
    } else {
      commit = await commitTree(top, { tree, parent: baseSha, message, author: request.author ?? actionsBot });
    }
    const result = request.signCommits
      ? await api(`update branch ${branch}`, () => setBranchThroughApi(client, where, branch, commit!, branchSha))
      : await git(`push ${branch}`, () => pushWithLease(top, request.remote, commit!, branch, branchSha));
    if (result === 'stale') {
      throw new PullRequestError(
        `${branch} in ${repoName} moved while ml-hub was updating it (expected ${branchSha ? branchSha.slice(0, 7) : 'no branch'}); someone else pushed to it. Nothing was overwritten; re-run to start from what is there now.`,
      );
    }
    pushed = true;
    log.info(`Pushed ${commit!.slice(0, 7)} to ${branch} (${base} ${baseSha.slice(0, 7)} + ${changed.length} file(s)).`);
  }

  if (!open) {
    const pull = await api(`create the pull request from ${branch} to ${base}`, () =>
      createPull(client, where, { branch, base, title: request.title, body: section, draft: request.draft ?? false }),
    );
    if (pull.existing) {
      const edited = await api(`update pull request #${pull.data.number}`, () => updatePull(client, where, pull.data, request.title, section, request.marker, request.labels ?? []));
      return { operation: pushed || edited ? 'updated' : 'unchanged', branch, number: pull.data.number, url: pull.data.html_url, commit, changed, verified };
    }
    await api(`label pull request #${pull.data.number}`, () => addMissingLabels(client, where, pull.data, request.labels ?? []));
    await requestReviews(client, where, pull.data.number, request, log);
    log.info(`Created #${pull.data.number}: ${pull.data.html_url}`);
    return { operation: 'created', branch, number: pull.data.number, url: pull.data.html_url, commit, changed, verified };
  }

  const edited = await api(`update pull request #${open.number}`, () => updatePull(client, where, open, request.title, section, request.marker, request.labels ?? []));
  const operation = pushed || edited ? 'updated' : 'unchanged';
  log.info(`${operation === 'updated' ? 'Updated' : 'Left as it was:'} #${open.number}: ${open.html_url}`);
  return { operation, branch, number: open.number, url: open.html_url, commit, changed, verified };
}

type Where = { owner: string; repo: string };

async function findOpenPull(client: GitHubClient, where: Where, branch: string, base: string): Promise<OpenPull | undefined> {
  const { data } = await client.rest.pulls.list({ ...where, state: 'open', head: `${where.owner}:${branch}`, base, per_page: 10 });
  return data[0];
}

/**
 * Opens the pull request; when another run opened one between our lookup and this call, GitHub answers 422 "A pull
 * request already exists", and that one is returned for updating instead of a second.
 */
async function createPull(
  client: GitHubClient,
  where: Where,
  pr: { branch: string; base: string; title: string; body: string; draft: boolean },
): Promise<{ data: OpenPull; existing: boolean }> {
  try {
    const { data } = await client.rest.pulls.create({ ...where, head: pr.branch, base: pr.base, title: pr.title, body: pr.body, draft: pr.draft });
    return { data, existing: false };
  } catch (error) {
    if ((error as { status?: number }).status !== 422 || !/already exists/i.test(JSON.stringify((error as { response?: { data?: unknown } }).response?.data ?? ''))) throw error;
    const found = await findOpenPull(client, where, pr.branch, pr.base);
    if (!found) throw error;
    return { data: found, existing: true };
  }
}

/** Changes title, the marked part of the body and labels only where they differ; true when anything was written. */
async function updatePull(client: GitHubClient, where: Where, pull: OpenPull, title: string, section: string, marker: string, labels: string[]): Promise<boolean> {
  const body = replaceMarkedSection(pull.body, marker, section);
  let wrote = false;
  if (pull.title !== title || (pull.body ?? '') !== body) {
    await client.rest.pulls.update({ ...where, pull_number: pull.number, title, body });
    wrote = true;
  }
  return (await addMissingLabels(client, where, pull, labels)) || wrote;
}

async function addMissingLabels(client: GitHubClient, where: Where, pull: OpenPull, labels: string[]): Promise<boolean> {
  const have = new Set(pull.labels.map((l) => (l.name ?? '').toLowerCase()));
  const missing = labels.filter((l) => !have.has(l.toLowerCase()));
  if (missing.length === 0) return false;
  await client.rest.issues.addLabels({ ...where, issue_number: pull.number, labels: missing });
  return true;
}

/** Reviewers are asked once, when the pull request opens; a refused reviewer is a warning, the pull request stands. */
async function requestReviews(client: GitHubClient, where: Where, number: number, request: PullRequestRequest, log: GitHubLog): Promise<void> {
  const reviewers = request.reviewers ?? [];
  const teams = request.teamReviewers ?? [];
  if (reviewers.length === 0 && teams.length === 0) return;
  try {
    await client.rest.pulls.requestReviewers({ ...where, pull_number: number, reviewers, team_reviewers: teams });
  } catch (error) {
    log.warning(explainGitHubError(error, `request reviews on #${number}`, { fromFork: request.fromFork }));
  }
}
