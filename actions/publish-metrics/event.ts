// What the event says: the pull request it is about, and the commits that `base` and the candidates mean.

import * as github from '@actions/github';

/** The parts of a pull_request event's `pull_request` read here. */
export interface PullRequestPayload {
  number?: number;
  base?: { sha?: string; repo?: { full_name?: string } };
  head?: { sha?: string; repo?: { full_name?: string; fork?: boolean } };
}

/** The pull request this event is about, or undefined for other events. */
export function pullRequestOf(): { number: number; fromFork: boolean } | undefined {
  if (github.context.eventName !== 'pull_request' && github.context.eventName !== 'pull_request_target') return undefined;
  const pr = (github.context.payload as { pull_request?: PullRequestPayload }).pull_request;
  if (!pr || typeof pr.number !== 'number') return undefined;
  const head = pr.head?.repo?.full_name;
  const base = pr.base?.repo?.full_name;
  return { number: pr.number, fromFork: Boolean(pr.head?.repo?.fork) || (head !== undefined && base !== undefined && head !== base) };
}

/** The commits the event is about: what `base` means, and whose runs are the candidates. */
export function eventCommits(): { base?: string; head?: string } {
  const payload = github.context.payload as { pull_request?: PullRequestPayload; before?: unknown };
  if (payload.pull_request) return { base: payload.pull_request.base?.sha, head: payload.pull_request.head?.sha };
  const before = typeof payload.before === 'string' && !/^0+$/.test(payload.before) ? payload.before : undefined;
  return { base: before, head: github.context.sha || undefined };
}
