// Issue labels and comments (pull requests are issues too: same numbers, same comments).

import type { RepoState } from '../state.js';
import { paginate } from '../pagination.js';
import { created, notFound, repoFor, type DoubleContext, type Handler } from './common.js';

/** The labels list of the issue or pull request with this number. */
function labelsOf(repo: RepoState, ctx: DoubleContext, number: number): string[] {
  const item = repo.pull(number) ?? repo.issues.find((i) => i.number === number);
  if (!item) throw notFound(ctx);
  return item.labels;
}

function mustComment(repo: RepoState, ctx: DoubleContext, id: number) {
  const comment = repo.comments.find((c) => c.id === id);
  if (!comment) throw notFound(ctx);
  return comment;
}

export const issueHandlers: Record<string, Handler> = {
  'issues/add-labels': async (req, ctx) => {
    const repo = repoFor(req, ctx, 'write');
    const labels = labelsOf(repo, ctx, req.params.issue_number);
    const given = (Array.isArray(req.body) ? req.body : ((req.body?.labels ?? []) as unknown[])).map((l) =>
      typeof l === 'string' ? l : (l as { name: string }).name,
    );
    for (const name of given) {
      const label = repo.label(name);
      if (!labels.some((l) => l.toLowerCase() === label.name.toLowerCase())) labels.push(label.name);
    }
    return { status: 200, body: labels.map((name) => ctx.render.label(repo, repo.label(name))) };
  },

  'issues/list-comments': async (req, ctx) => {
    const repo = repoFor(req, ctx);
    labelsOf(repo, ctx, req.params.issue_number);
    const since = req.query.since === undefined ? undefined : Date.parse(String(req.query.since));
    const comments = repo.comments
      .filter((c) => c.issueNumber === req.params.issue_number && (since === undefined || c.updatedAt >= since))
      .sort((a, b) => a.id - b.id);
    const { page, headers } = paginate(comments, req, ctx.render.api);
    return {
      status: 200,
      body: page.map((c) => ctx.render.comment(repo, c, ctx.state.user(c.user))),
      headers,
    };
  },

  'issues/create-comment': async (req, ctx) => {
    const repo = repoFor(req, ctx, 'write');
    labelsOf(repo, ctx, req.params.issue_number);
    const comment = repo.addComment(req.params.issue_number, req.body.body);
    return created(ctx.render.comment(repo, comment, ctx.state.actor), `${ctx.render.api}/repos/${repo.fullName}/issues/comments/${comment.id}`);
  },

  'issues/update-comment': async (req, ctx) => {
    const repo = repoFor(req, ctx, 'write');
    const comment = mustComment(repo, ctx, req.params.comment_id);
    comment.body = req.body.body;
    comment.updatedAt = ctx.state.now();
    return { status: 200, body: ctx.render.comment(repo, comment, ctx.state.user(comment.user)) };
  },

  'issues/delete-comment': async (req, ctx) => {
    const repo = repoFor(req, ctx, 'write');
    const comment = mustComment(repo, ctx, req.params.comment_id);
    repo.comments.splice(repo.comments.indexOf(comment), 1);
    return { status: 204 };
  },
};
