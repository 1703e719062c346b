// Repositories: get, create (for the user or in an organization), replace topics.

import type { RepoState } from '../state.js';
import { ApiError, created, forbidden, repoFor, validationFailed, type DoubleContext, type Handler } from './common.js';

function repoJson(repo: RepoState, ctx: DoubleContext) {
  return ctx.render.repo(repo, repo.createdAt);
}

async function createRepo(ctx: DoubleContext, owner: string, ownerType: 'User' | 'Organization', body: { name: string; private?: boolean; description?: string; auto_init?: boolean }) {
  const fullName = `${owner}/${body.name}`;
  if (ctx.state.repo(fullName)) {
    throw validationFailed(
      ctx,
      [{ resource: 'Repository', code: 'custom', field: 'name', message: 'name already exists on this account' }],
      'Repository creation failed.',
    );
  }
  const repo = await ctx.state.createRepo(fullName, { ownerType, private: body.private === true, description: body.description });
  if (body.auto_init) {
    // GitHub's first commit: a README named after the repository.
    const tree = await repo.git.writeTree(undefined, [{ path: 'README.md', mode: '100644', type: 'blob', content: `# ${body.name}\n` }]);
    const who = { name: ctx.state.actor.login, email: `${ctx.state.actor.id}+${ctx.state.actor.login}@users.noreply.github.com` };
    const sha = await repo.git.commitTree({ tree, parents: [], message: 'Initial commit', author: who, committer: who });
    await repo.git.updateRef(`refs/heads/${repo.defaultBranch}`, sha);
  }
  return created(repoJson(repo, ctx), `${ctx.render.api}/repos/${repo.fullName}`);
}

export const repoHandlers: Record<string, Handler> = {
  'repos/get': async (req, ctx) => ({ status: 200, body: repoJson(repoFor(req, ctx), ctx) }),

  'repos/create-for-authenticated-user': async (req, ctx) => {
    // An app installation token (GITHUB_TOKEN included) belongs to no user who could own the repository.
    if (ctx.state.actor.type === 'Bot') throw forbidden(ctx);
    return createRepo(ctx, ctx.state.actor.login, 'User', req.body);
  },

  'repos/create-in-org': (req, ctx) => createRepo(ctx, req.params.org, 'Organization', req.body),

  'repos/replace-all-topics': async (req, ctx) => {
    const repo = repoFor(req, ctx, 'write');
    const names = (req.body.names as string[]).map((n) => n.trim());
    const invalid = names.filter((n) => !/^[a-z0-9][a-z0-9-]{0,49}$/.test(n));
    if (invalid.length > 0 || names.length > 20) {
      throw new ApiError(422, {
        message: 'Validation Failed',
        errors: invalid.map(
          (n) => `${n} is not a valid topic. Topics must start with a lowercase letter or number, consist of 50 characters or less, and can include hyphens.`,
        ),
        documentation_url: ctx.docs,
        status: '422',
      });
    }
    repo.topics = [...new Set(names)];
    return { status: 200, body: { names: repo.topics } };
  },
};
