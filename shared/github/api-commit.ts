// A commit made by GitHub itself through the Git Data API (blobs → tree → commit → ref), which GitHub signs, so the
// pull request shows it as verified. Used for `sign-commits` instead of `git push`.

import type { GitHubClient } from './client.js';
import { readBlob, type TreeEntry } from '../git/branch-commit.js';

export interface RepoRef {
  owner: string;
  repo: string;
}

/**
 * Uploads the blobs of `entries` (read from the local object store, so the content is byte for byte what `git add`
 * stored) and commits them on `parent`. No author or committer is sent: GitHub signs only commits it authors itself.
 */
export async function commitThroughApi(
  client: GitHubClient,
  where: RepoRef,
  commit: { dir: string; parent: string; baseTree: string; entries: TreeEntry[]; message: string },
): Promise<{ sha: string; tree: string; verified: boolean }> {
  const tree = [];
  for (const entry of commit.entries) {
    const content = (await readBlob(commit.dir, entry.blob)).toString('base64');
    const { data } = await client.rest.git.createBlob({ ...where, content, encoding: 'base64' });
    tree.push({ path: entry.path, mode: entry.mode as '100644' | '100755' | '120000', type: 'blob' as const, sha: data.sha });
  }
  const { data: created } = await client.rest.git.createTree({ ...where, base_tree: commit.baseTree, tree });
  const { data } = await client.rest.git.createCommit({ ...where, message: commit.message, tree: created.sha, parents: [commit.parent] });
  return { sha: data.sha, tree: created.sha, verified: data.verification?.verified ?? false };
}

function isStatus(error: unknown, status: number): boolean {
  return typeof error === 'object' && error !== null && (error as { status?: number }).status === status;
}

async function currentSha(client: GitHubClient, where: RepoRef, branch: string): Promise<string | undefined> {
  try {
    const { data } = await client.rest.git.getRef({ ...where, ref: `heads/${branch}` });
    return data.object.sha;
  } catch (error) {
    if (isStatus(error, 404)) return undefined;
    throw error;
  }
}

/**
 * Points `branch` at `sha` (null deletes it) if it still points at `expected` (undefined: only if it does not exist).
 * Creation is atomic (GitHub refuses an existing ref); the API has no compare-and-swap for an update, so the ref is
 * read just before the forced update and the window is one request wide.
 */
export async function setBranchThroughApi(
  client: GitHubClient,
  where: RepoRef,
  branch: string,
  sha: string | null,
  expected: string | undefined,
): Promise<'pushed' | 'stale'> {
  if (expected === undefined) {
    if (sha === null) return (await currentSha(client, where, branch)) === undefined ? 'pushed' : 'stale';
    try {
      await client.rest.git.createRef({ ...where, ref: `refs/heads/${branch}`, sha });
      return 'pushed';
    } catch (error) {
      if (isStatus(error, 422) && /already exists/i.test((error as Error).message)) return 'stale';
      throw error;
    }
  }
  if ((await currentSha(client, where, branch)) !== expected) return 'stale';
  if (sha === null) await client.rest.git.deleteRef({ ...where, ref: `heads/${branch}` });
  else await client.rest.git.updateRef({ ...where, ref: `heads/${branch}`, sha, force: true });
  return 'pushed';
}
