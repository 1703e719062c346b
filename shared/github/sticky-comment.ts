// One pull request comment per workflow and experiment that each run updates in place instead of adding another.
// The comment is found by a hidden marker at the start of its body, across every page of the PR's comments, and only
// among the comments the token's own identity wrote: anyone can paste the marker into a comment of theirs, and a token
// that may write comments may edit everyone's, so a marker alone would let a stranger's comment be overwritten (and
// then shown as ml-hub's). The identity is `GET /user`'s login for a personal or user token; installation tokens
// cannot read it (403), and GITHUB_TOKEN's comments are by `github-actions[bot]`. GitHub refuses bodies over 65,536
// characters; the caller fits the report (metrics-summary.ts), and a last cut here keeps any body within the limit.
// When an edit is refused (403, or 404: deleted meanwhile) a new comment is posted instead. A read-only token (pull
// requests from forks) gets 403 on the write: that is an outcome, not an error, so the caller can fall back to the
// job summary.

import type { GitHubClient } from './client.js';
import { explainGitHubError } from './errors.js';
import { actionsBot } from './pull-request.js';

export const commentLimit = 65_536;

export interface CommentTarget {
  owner: string;
  repo: string;
  issueNumber: number;
}

export interface StickyResult {
  outcome: 'created' | 'updated' | 'forbidden' | 'failed';
  id?: number;
  url?: string;
  /** Why it was not written (forbidden, failed), in one line. */
  message?: string;
}

/** `<!-- ml-hub:publish-metrics:<workflow>:<experiment> -->`, the names percent-encoded so that no `-->` can end it. */
export function stickyMarker(workflow: string, experiment: string): string {
  const part = (s: string) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `<!-- ml-hub:publish-metrics:${part(workflow)}:${part(experiment)} -->`;
}

/**
 * The body as posted: the marker, then the text, cut at a line boundary if it would exceed the limit (closing an open
 * code fence, then saying so).
 */
export function commentBody(marker: string, text: string, limit = commentLimit): string {
  const body = `${marker}\n${text}`;
  if (body.length <= limit) return body;
  const note = '\n\n_…cut here: the comment reached GitHub\'s 65,536-character limit. The job summary has the full report._\n';
  let cut = body.slice(0, limit - note.length - 8);
  cut = cut.slice(0, Math.max(marker.length, cut.lastIndexOf('\n')));
  const fences = cut.split('\n').filter((l) => l.startsWith('```')).length;
  return cut + (fences % 2 === 1 ? '\n```' : '') + note;
}

const authors = new WeakMap<GitHubClient, Promise<string>>();

/** The login the client's token writes comments as: `GET /user`, else (an installation token) GitHub Actions' bot. */
export function commentAuthor(client: GitHubClient): Promise<string> {
  let author = authors.get(client);
  if (!author) {
    author = client.rest.users.getAuthenticated().then(
      ({ data }) => data.login,
      () => actionsBot.name,
    );
    authors.set(client, author);
  }
  return author;
}

export async function upsertStickyComment(
  client: GitHubClient,
  target: CommentTarget,
  marker: string,
  text: string,
  context: { fromFork?: boolean } = {},
): Promise<StickyResult> {
  const body = commentBody(marker, text);
  const where = { owner: target.owner, repo: target.repo };
  const author = (await commentAuthor(client)).toLowerCase();
  let existing: { id: number; html_url: string } | undefined;
  try {
    const pages = client.paginate.iterator(client.rest.issues.listComments, { ...where, issue_number: target.issueNumber, per_page: 100 });
    for await (const page of pages) {
      existing = page.data.find((c) => (c.body ?? '').startsWith(marker) && c.user?.login.toLowerCase() === author);
      if (existing) break;
    }
  } catch (error) {
    return { outcome: 'failed', message: explainGitHubError(error, `read the comments of #${target.issueNumber}`, context) };
  }
  if (existing) {
    try {
      const { data } = await client.rest.issues.updateComment({ ...where, comment_id: existing.id, body });
      return { outcome: 'updated', id: data.id, url: data.html_url };
    } catch (error) {
      const status = (error as { status?: unknown }).status;
      // Refused or gone: the report still belongs on the pull request, in a comment of its own.
      if (status !== 403 && status !== 404) return { outcome: 'failed', message: explainGitHubError(error, `update comment ${existing.id} on #${target.issueNumber}`, context) };
    }
  }
  try {
    const { data } = await client.rest.issues.createComment({ ...where, issue_number: target.issueNumber, body });
    return { outcome: 'created', id: data.id, url: data.html_url };
  } catch (error) {
    const status = (error as { status?: unknown }).status;
    return { outcome: status === 403 ? 'forbidden' : 'failed', message: explainGitHubError(error, `comment on #${target.issueNumber}`, context) };
  }
}
