// Realistic event payloads for GITHUB_EVENT_PATH: GitHub's own webhook examples (@octokit/webhooks-examples),
// with the commits and refs of the test's real git repository put in.

import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
interface WebhookExamples { name: string; examples: Record<string, unknown>[] }
const examples = require('@octokit/webhooks-examples/api.github.com/index.json') as WebhookExamples[];

/** The fields the tests set; the rest of each payload stays as GitHub's example has it. */
interface Commitish {
  sha: string;
  ref: string;
}
interface Payload {
  before: string;
  after: string;
  ref: string;
  number: number;
  head_commit: { id: string } | null;
  pull_request: { number: number; base: Commitish; head: Commitish };
}

function example(name: string, action?: string): Payload {
  const group = examples.find((e) => e.name === name);
  const found = group?.examples.find((e) => action === undefined || e.action === action);
  if (!found) throw new Error(`no ${name}${action ? `.${action}` : ''} example in @octokit/webhooks-examples`);
  return structuredClone(found) as unknown as Payload;
}

export function pushEvent(commits: { before: string; after: string; ref?: string }): { name: string; payload: unknown } {
  const payload = example('push');
  payload.before = commits.before;
  payload.after = commits.after;
  payload.ref = commits.ref ?? 'refs/heads/main';
  payload.head_commit = { ...payload.head_commit, id: commits.after };
  return { name: 'push', payload };
}

export function pullRequestEvent(pr: { baseSha: string; headSha: string; baseRef?: string; headRef?: string; number?: number }): {
  name: string;
  payload: unknown;
} {
  const payload = example('pull_request', 'opened');
  payload.number = pr.number ?? 7;
  payload.pull_request.number = payload.number;
  payload.pull_request.base.sha = pr.baseSha;
  payload.pull_request.base.ref = pr.baseRef ?? 'main';
  payload.pull_request.head.sha = pr.headSha;
  payload.pull_request.head.ref = pr.headRef ?? 'feature';
  return { name: 'pull_request', payload };
}
