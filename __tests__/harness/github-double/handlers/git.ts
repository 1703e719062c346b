// Git refs and the Git Data API (blobs, trees, commits), read from and written to the repository's bare git repo.

import { iso } from '../resources.js';
import type { RepoState } from '../state.js';
import { created, notFound, repoFor, unprocessable, type DoubleContext, type Handler } from './common.js';

async function refJson(repo: RepoState, ctx: DoubleContext, ref: string, sha: string) {
  return ctx.render.ref(repo, ref, sha, (await repo.git.objectType(sha)) ?? 'commit');
}

/** `heads/main` (the path form) → `refs/heads/main`. */
function fullRef(ref: string): string {
  return ref.startsWith('refs/') ? ref : `refs/${ref}`;
}

async function commitJson(repo: RepoState, ctx: DoubleContext, sha: string) {
  const commit = await repo.git.readCommit(sha);
  if (!commit) throw notFound(ctx);
  const signedAt = repo.signedCommits.get(sha);
  const verification =
    signedAt === undefined
      ? { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null }
      : {
          verified: true,
          reason: 'valid',
          signature: '-----BEGIN PGP SIGNATURE-----\n\nwsBcBAABCAAQBQJnsignedbygithubdouble\n-----END PGP SIGNATURE-----\n',
          payload: (await repo.git.git(['cat-file', 'commit', sha])).toString('utf8'),
          verified_at: iso(signedAt),
        };
  return ctx.render.commit(repo, sha, commit, verification);
}

async function mustBe(repo: RepoState, ctx: DoubleContext, sha: string, type: string, message: string): Promise<void> {
  if (!/^[0-9a-f]{40}$/.test(sha) || (await repo.git.objectType(sha)) !== type) throw unprocessable(ctx, message);
}

function identity(ctx: DoubleContext, who: { name?: string; email?: string; date?: string } | undefined) {
  const actor = ctx.state.actor;
  return {
    name: who?.name ?? actor.login,
    email: who?.email ?? `${actor.id}+${actor.login}@users.noreply.github.com`,
    date: who?.date ?? iso(ctx.state.now()),
  };
}

export const gitHandlers: Record<string, Handler> = {
  'git/get-ref': async (req, ctx) => {
    const repo = repoFor(req, ctx);
    const ref = fullRef(req.params.ref);
    const sha = await repo.git.resolveRef(ref);
    if (!sha || !(await repo.git.refs(ref)).some((r) => r.ref === ref)) throw notFound(ctx);
    return { status: 200, body: await refJson(repo, ctx, ref, sha) };
  },

  'git/list-matching-refs': async (req, ctx) => {
    const repo = repoFor(req, ctx);
    const prefix = fullRef(req.params.ref);
    const refs = (await repo.git.refs('refs/')).filter((r) => r.ref.startsWith(prefix));
    return { status: 200, body: refs.map((r) => ctx.render.ref(repo, r.ref, r.sha, r.type)) };
  },

  'git/create-ref': async (req, ctx) => {
    const repo = repoFor(req, ctx, 'write');
    const { ref, sha } = req.body as { ref: string; sha: string };
    if (!/^refs\/[^/]+\/.+/.test(ref)) throw unprocessable(ctx, `${ref} is not a valid ref name.`);
    if (!/^[0-9a-f]{40}$/.test(sha) || !(await repo.git.objectType(sha))) throw unprocessable(ctx, 'Object does not exist');
    if (!(await repo.git.updateRef(ref, sha, ''))) throw unprocessable(ctx, 'Reference already exists');
    return created(await refJson(repo, ctx, ref, sha), `${ctx.render.api}/repos/${repo.fullName}/git/${ref}`);
  },

  'git/update-ref': async (req, ctx) => {
    const repo = repoFor(req, ctx, 'write');
    const ref = fullRef(req.params.ref);
    const { sha, force } = req.body as { sha: string; force?: boolean };
    const current = await repo.git.resolveRef(ref);
    if (!current) throw unprocessable(ctx, 'Reference does not exist');
    if (!/^[0-9a-f]{40}$/.test(sha) || !(await repo.git.objectType(sha))) throw unprocessable(ctx, 'Object does not exist');
    if (!force && !(await repo.git.isAncestor(current, sha))) throw unprocessable(ctx, 'Update is not a fast forward');
    if (!(await repo.git.updateRef(ref, sha, current))) throw unprocessable(ctx, 'Reference cannot be updated');
    return { status: 200, body: await refJson(repo, ctx, ref, sha) };
  },

  'git/delete-ref': async (req, ctx) => {
    const repo = repoFor(req, ctx, 'write');
    const ref = fullRef(req.params.ref);
    if (!(await repo.git.resolveRef(ref)) || !(await repo.git.deleteRef(ref))) throw unprocessable(ctx, 'Reference does not exist');
    return { status: 204 };
  },

  'git/create-blob': async (req, ctx) => {
    const repo = repoFor(req, ctx, 'write');
    const { content, encoding } = req.body as { content: string; encoding?: string };
    if (encoding !== undefined && encoding !== 'utf-8' && encoding !== 'base64') {
      throw unprocessable(ctx, `encoding must be "utf-8" or "base64", not ${JSON.stringify(encoding)}`);
    }
    const sha = await repo.git.writeBlob(Buffer.from(content, encoding === 'base64' ? 'base64' : 'utf8'));
    const url = `${ctx.render.api}/repos/${repo.fullName}/git/blobs/${sha}`;
    return created({ url, sha }, url);
  },

  'git/get-blob': async (req, ctx) => {
    const repo = repoFor(req, ctx);
    const sha = req.params.file_sha as string;
    if ((await repo.git.objectType(sha)) !== 'blob') throw notFound(ctx);
    const data = await repo.git.readBlob(sha);
    // GitHub wraps the base64 content at 60 characters.
    const content = (data.toString('base64').match(/.{1,60}/g) ?? []).join('\n');
    return {
      status: 200,
      body: { sha, node_id: Buffer.from(`Blob${sha}`).toString('base64'), size: data.length, url: `${ctx.render.api}/repos/${repo.fullName}/git/blobs/${sha}`, content, encoding: 'base64' },
    };
  },

  'git/create-tree': async (req, ctx) => {
    const repo = repoFor(req, ctx, 'write');
    const { tree, base_tree } = req.body as { tree: { path: string; mode: string; type: 'blob' | 'tree' | 'commit'; sha?: string | null; content?: string }[]; base_tree?: string };
    if (base_tree !== undefined) await mustBe(repo, ctx, base_tree, 'tree', 'base_tree is not a valid tree oid');
    for (const entry of tree) {
      if (entry.sha === undefined && entry.content === undefined) throw unprocessable(ctx, 'Must supply either tree.sha or tree.content');
      // A submodule entry names a commit of another repository, which GitHub does not look for.
      if (entry.sha && entry.type !== 'commit') await mustBe(repo, ctx, entry.sha, entry.type, `tree.sha ${entry.sha} is not a valid ${entry.type}`);
    }
    const sha = await repo.git.writeTree(base_tree, tree);
    return created(ctx.render.tree(repo, sha, await repo.git.lsTree(sha)), `${ctx.render.api}/repos/${repo.fullName}/git/trees/${sha}`);
  },

  'git/get-tree': async (req, ctx) => {
    const repo = repoFor(req, ctx);
    const sha = req.params.tree_sha as string;
    const treeSha = await repo.git.resolveRef(`${sha}^{tree}`);
    if (!treeSha) throw notFound(ctx);
    const recursive = req.query.recursive !== undefined && req.query.recursive !== 'false' && req.query.recursive !== '0';
    return { status: 200, body: ctx.render.tree(repo, treeSha, await repo.git.lsTree(treeSha, { recursive })) };
  },

  'git/create-commit': async (req, ctx) => {
    const repo = repoFor(req, ctx, 'write');
    const body = req.body as { message: string; tree: string; parents?: string[]; author?: { name?: string; email?: string; date?: string }; committer?: { name?: string; email?: string; date?: string }; signature?: string };
    await mustBe(repo, ctx, body.tree, 'tree', 'Tree SHA does not exist');
    for (const parent of body.parents ?? []) await mustBe(repo, ctx, parent, 'commit', 'Parent SHA does not exist or is not a commit object');
    const author = identity(ctx, body.author);
    const committer = body.committer ? identity(ctx, body.committer) : author;
    const sha = await repo.git.commitTree({ tree: body.tree, parents: body.parents ?? [], message: body.message, author, committer });
    // GitHub signs what it commits itself: no committer of the caller's choosing and no signature of its own.
    if (!body.committer && !body.signature) repo.signedCommits.set(sha, ctx.state.now());
    return created(await commitJson(repo, ctx, sha), `${ctx.render.api}/repos/${repo.fullName}/git/commits/${sha}`);
  },

  'git/get-commit': async (req, ctx) => {
    const repo = repoFor(req, ctx);
    return { status: 200, body: await commitJson(repo, ctx, req.params.commit_sha) };
  },
};
