// One pull request comment per workflow and experiment that each run updates in place instead of adding another.
// The comment is found by a hidden marker at the start of its body, across every page of the PR's comments; a quote
// of it in someone else's comment starts with `>` and is not taken for it. GitHub refuses bodies over 65,536
// characters; the caller fits the report (metrics-summary.ts), and a last cut here keeps any body within the limit.
// A read-only token (pull requests from forks) gets 403 on the write: that is an outcome, not an error, so the caller
// can fall back to the job summary.

import type { GitHubClient } from './client.js';
import { explainGitHubError } from './errors.js';

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

export async function upsertStickyComment(
  client: GitHubClient,
  target: CommentTarget,
  marker: string,
  text: string,
  context: { fromFork?: boolean } = {},
): Promise<StickyResult> {
  const body = commentBody(marker, text);
  const where = { owner: target.owner, repo: target.repo };
  let existing: { id: number; html_url: string } | undefined;
  try {
    const pages = client.paginate.iterator(client.rest.issues.listComments, { ...where, issue_number: target.issueNumber, per_page: 100 });
    for await (const page of pages) {
      existing = page.data.find((c) => (c.body ?? '').startsWith(marker));
      if (existing) break;
    }
  } catch (error) {
    return { outcome: 'failed', message: explainGitHubError(error, `read the comments of #${target.issueNumber}`, context) };
  }
  try {
    if (existing) {
      const { data } = await client.rest.issues.updateComment({ ...where, comment_id: existing.id, body });
      return { outcome: 'updated', id: data.id, url: data.html_url };
    }
    const { data } = await client.rest.issues.createComment({ ...where, issue_number: target.issueNumber, body });
    return { outcome: 'created', id: data.id, url: data.html_url };
  } catch (error) {
    const status = (error as { status?: unknown }).status;
    const action = existing ? `update comment ${existing.id} on #${target.issueNumber}` : `comment on #${target.issueNumber}`;
    return { outcome: status === 403 ? 'forbidden' : 'failed', message: explainGitHubError(error, action, context) };
  }
}
