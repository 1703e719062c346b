// What the event that started the workflow says, read once from GITHUB_EVENT_PATH for every action: the commits to
// compare, whether a pull request comes from a fork (its GITHUB_TOKEN is then read-only), the default branch.

import { readFileSync } from 'node:fs';

export interface EventFacts {
  /** GITHUB_EVENT_NAME: `push`, `pull_request`, `merge_group`, … ('' outside a workflow). */
  name: string;
  /** The commit the changes are measured from: a pull request's base, a merge group's base, a push's `before`. */
  base?: string;
  /** The commit the event is about: a pull request's head (not the merge commit GITHUB_SHA names), else GITHUB_SHA. */
  head?: string;
  /** Present when the event carries a pull request (pull_request, pull_request_target, pull_request_review, …). */
  pullRequest?: { number?: number; fromFork: boolean };
  /** The repository's default branch, as the payload names it. */
  defaultBranch?: string;
}

interface RepoPayload {
  full_name?: string;
}
interface Payload {
  before?: unknown;
  pull_request?: { number?: unknown; base?: { sha?: unknown; repo?: RepoPayload | null }; head?: { sha?: unknown; repo?: RepoPayload | null } };
  merge_group?: { base_sha?: unknown; head_sha?: unknown };
  repository?: { full_name?: string; default_branch?: unknown };
}

const text = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

/** The event payload; none (run outside a workflow, or the file is gone) reads as an empty one. */
function readPayload(file: string | undefined): Payload {
  if (!file) return {};
  let json: string;
  try {
    json = readFileSync(file, 'utf8');
  } catch {
    return {};
  }
  const payload: unknown = JSON.parse(json);
  return typeof payload === 'object' && payload !== null ? (payload as Payload) : {};
}

export function eventFacts(env: NodeJS.ProcessEnv = process.env): EventFacts {
  const payload = readPayload(env.GITHUB_EVENT_PATH);
  const pr = typeof payload.pull_request === 'object' && payload.pull_request !== null ? payload.pull_request : undefined;
  // A push that creates a branch has no `before`: all zeros.
  const before = text(payload.before);
  const base = pr ? text(pr.base?.sha) : (text(payload.merge_group?.base_sha) ?? (before && !/^0+$/.test(before) ? before : undefined));
  const head = (pr ? text(pr.head?.sha) : undefined) ?? text(payload.merge_group?.head_sha) ?? text(env.GITHUB_SHA);
  const facts: EventFacts = { name: env.GITHUB_EVENT_NAME ?? '', base, head, defaultBranch: text(payload.repository?.default_branch) };
  if (pr) {
    // A deleted fork leaves `head.repo` null; a branch of the repository itself always has one.
    const headRepo = pr.head?.repo;
    const baseRepo = pr.base?.repo?.full_name ?? payload.repository?.full_name;
    const fromFork = headRepo === null || (headRepo?.full_name !== undefined && baseRepo !== undefined && headRepo.full_name !== baseRepo);
    facts.pullRequest = { number: typeof pr.number === 'number' ? pr.number : undefined, fromFork };
  }
  return facts;
}
