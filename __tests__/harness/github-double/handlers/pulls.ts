// Pull requests: list with filters, create (with GitHub's refusals), get, update (incl. closing), request reviewers.

import type { PullRequest, RepoState } from '../state.js';
import { paginate } from '../pagination.js';
import { created, forbidden, notFound, repoFor, unprocessable, validationFailed, type DoubleContext, type Handler } from './common.js';

async function pullJson(repo: RepoState, ctx: DoubleContext, pr: PullRequest, full: boolean) {
  return ctx.render.pull(repo, pr, (login) => ctx.state.user(login), full, ctx.render.repo(repo, repo.createdAt));
}

function mustPull(repo: RepoState, ctx: DoubleContext, number: number): PullRequest {
  const pr = repo.pull(number);
  if (!pr) throw notFound(ctx);
  return pr;
}

function alreadyExists(repo: RepoState, ctx: DoubleContext, head: string, base: string, except?: number): void {
  if (repo.pulls.some((p) => p.state === 'open' && p.headRef === head && p.baseRef === base && p.number !== except)) {
    throw validationFailed(ctx, [{ resource: 'PullRequest', code: 'custom', message: `A pull request already exists for ${repo.owner.login}:${head}.` }]);
  }
}

export const pullHandlers: Record<string, Handler> = {
  'pulls/list': async (req, ctx) => {
    const repo = repoFor(req, ctx);
    const state = (req.query.state as string | undefined) ?? 'open';
    let pulls = repo.pulls.filter((p) => state === 'all' || p.state === state);
    if (req.query.head !== undefined) {
      const head = String(req.query.head);
      if (head.includes(':')) {
        const [owner, ref] = head.split(':', 2);
        pulls = pulls.filter((p) => owner!.toLowerCase() === repo.owner.login.toLowerCase() && p.headRef === ref);
      } else {
        // GitHub ignores a head filter without the owner, so a caller that forgets it sees every pull request.
        ctx.flag(`pulls/list: head=${head} lacks the owner; GitHub ignores the filter unless it is owner:branch`);
      }
    }
    if (req.query.base !== undefined) pulls = pulls.filter((p) => p.baseRef === req.query.base);
    const sort = (req.query.sort as string | undefined) ?? 'created';
    const key = (p: PullRequest) => (sort === 'updated' ? p.updatedAt : p.createdAt);
    const direction = (req.query.direction as string | undefined) ?? 'desc';
    pulls = [...pulls].sort((a, b) => (direction === 'asc' ? 1 : -1) * (key(a) - key(b) || a.number - b.number));
    const { page, headers } = paginate(pulls, req, ctx.render.api);
    return { status: 200, body: await Promise.all(page.map((p) => pullJson(repo, ctx, p, false))), headers };
  },

  'pulls/create': async (req, ctx) => {
    const repo = repoFor(req, ctx, 'write');
    const body = req.body as { title?: string; head: string; base: string; body?: string; draft?: boolean; maintainer_can_modify?: boolean };
    if (!repo.settings.allowActionsToCreatePullRequests && ctx.state.actor.login === 'github-actions[bot]') {
      throw forbidden(ctx, 'GitHub Actions is not permitted to create or approve pull requests.');
    }
    const [headOwner, headRef] = body.head.includes(':') ? body.head.split(':', 2) : [repo.owner.login, body.head];
    const errors = [];
    if (headOwner!.toLowerCase() !== repo.owner.login.toLowerCase() || !(await repo.git.resolveRef(`refs/heads/${headRef}`))) {
      errors.push({ resource: 'PullRequest', code: 'invalid' as const, field: 'head' });
    }
    if (!(await repo.git.resolveRef(`refs/heads/${body.base}`))) errors.push({ resource: 'PullRequest', code: 'invalid' as const, field: 'base' });
    if (!body.title) errors.push({ resource: 'PullRequest', code: 'missing_field' as const, field: 'title' });
    if (errors.length > 0) throw validationFailed(ctx, errors);
    alreadyExists(repo, ctx, headRef!, body.base);
    if ((await repo.git.countCommits(`refs/heads/${body.base}`, `refs/heads/${headRef}`)) === 0) {
      throw validationFailed(ctx, [{ resource: 'PullRequest', code: 'custom', message: `No commits between ${body.base} and ${headRef}` }]);
    }
    const now = ctx.state.now();
    const pr: PullRequest = {
      number: repo.takeNumber(),
      id: ctx.state.nextId(),
      title: body.title!,
      body: body.body ?? null,
      state: 'open',
      draft: body.draft ?? false,
      headRef: headRef!,
      baseRef: body.base,
      user: ctx.state.actor.login,
      labels: [],
      requestedReviewers: [],
      requestedTeams: [],
      maintainerCanModify: body.maintainer_can_modify ?? false,
      createdAt: now,
      updatedAt: now,
      closedAt: null,
    };
    repo.pulls.push(pr);
    return created(await pullJson(repo, ctx, pr, true), `${ctx.render.api}/repos/${repo.fullName}/pulls/${pr.number}`);
  },

  'pulls/get': async (req, ctx) => {
    const repo = repoFor(req, ctx);
    return { status: 200, body: await pullJson(repo, ctx, mustPull(repo, ctx, req.params.pull_number), true) };
  },

  'pulls/update': async (req, ctx) => {
    const repo = repoFor(req, ctx, 'write');
    const pr = mustPull(repo, ctx, req.params.pull_number);
    const body = req.body as { title?: string; body?: string; state?: 'open' | 'closed'; base?: string; maintainer_can_modify?: boolean };
    if (body.base !== undefined && !(await repo.git.resolveRef(`refs/heads/${body.base}`))) {
      throw validationFailed(ctx, [{ resource: 'PullRequest', code: 'invalid', field: 'base' }]);
    }
    if (body.state === 'open' && pr.state === 'closed') {
      if (!(await repo.git.resolveRef(`refs/heads/${pr.headRef}`))) throw unprocessable(ctx, 'state cannot be changed. The head branch was deleted.');
      alreadyExists(repo, ctx, pr.headRef, body.base ?? pr.baseRef, pr.number);
      pr.closedShas = undefined;
      pr.closedAt = null;
    } else if (body.state === 'closed' && pr.state === 'open') {
      pr.closedShas = { head: await repo.headSha(pr), base: await repo.baseSha(pr) };
      pr.closedAt = ctx.state.now();
    }
    if (body.state !== undefined) pr.state = body.state;
    if (body.title !== undefined) pr.title = body.title;
    if (body.body !== undefined) pr.body = body.body;
    if (body.base !== undefined) pr.baseRef = body.base;
    if (body.maintainer_can_modify !== undefined) pr.maintainerCanModify = body.maintainer_can_modify;
    pr.updatedAt = ctx.state.now();
    return { status: 200, body: await pullJson(repo, ctx, pr, true) };
  },

  'pulls/request-reviewers': async (req, ctx) => {
    const repo = repoFor(req, ctx, 'write');
    const pr = mustPull(repo, ctx, req.params.pull_number);
    const body = (req.body ?? {}) as { reviewers?: string[]; team_reviewers?: string[] };
    if ((body.reviewers ?? []).some((r) => r.toLowerCase() === pr.user.toLowerCase())) {
      throw unprocessable(ctx, 'Review cannot be requested from pull request author.');
    }
    for (const r of body.reviewers ?? []) if (!pr.requestedReviewers.includes(r)) pr.requestedReviewers.push(r);
    for (const t of body.team_reviewers ?? []) if (!pr.requestedTeams.includes(t)) pr.requestedTeams.push(t);
    pr.updatedAt = ctx.state.now();
    return { status: 201, body: await pullJson(repo, ctx, pr, false) };
  },
};
