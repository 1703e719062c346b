// Starts the training workflow and says which run it started. GitHub answers a dispatch with the run when asked
// (`return_run_details`); an older GitHub Enterprise Server rejects that key with a 422, so the dispatch is sent again
// without it, and the run is found among the workflow's dispatched runs since just before by the correlation id the
// workflow puts in its `run-name:`. Retries of failed requests and rate limits are the client's plugins' business.

import type { GitHubClient } from '../github/client.js';
import { explainGitHubError } from '../github/errors.js';
import { inputNames } from './pack-inputs.js';

export interface DispatchRunOptions {
  client: GitHubClient;
  owner: string;
  repo: string;
  /** File name (`train.yml`) or id. */
  workflow: string;
  /** Branch or tag. */
  ref: string;
  inputs: Record<string, string>;
  /** The value of the `ml-hub-correlation-id` input, which `run-name:` carries. */
  correlationId: string;
  /** Milliseconds since the epoch. */
  clock?: () => number;
  sleep?: (ms: number) => Promise<void>;
  /** How long to look for a run by its correlation id. Default 3 minutes. */
  findTimeoutMs?: number;
  /** Multiplies the waits between looks (tests shrink them). */
  pollScale?: number;
  log?: (line: string) => void;
}

export interface DispatchedRun {
  id: number;
  /** The run's page on GitHub. */
  htmlUrl: string;
  via: 'run-details' | 'correlation';
}

/** octokit's types know only the 204 answer; asked for run details, GitHub answers 200 with these. */
interface RunDetails {
  workflow_run_id: number;
  html_url: string;
}

export const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A server clock may be a little behind this machine's: runs created "before" we asked must still count. */
const clockSkewMs = 60_000;

/** The branch to filter the run list by: none for tags and commit SHAs, whose runs carry no branch to match. */
function branchOf(ref: string): string | undefined {
  if (ref.startsWith('refs/tags/') || /^[0-9a-f]{40}$/.test(ref)) return undefined;
  return ref.replace(/^refs\/heads\//, '');
}

const isoSeconds = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

export async function dispatchRun(options: DispatchRunOptions): Promise<DispatchedRun> {
  const { client, owner, repo, workflow, ref, inputs } = options;
  const clock = options.clock ?? Date.now;
  const log = options.log ?? (() => {});
  const since = clock() - clockSkewMs;
  const base = { owner, repo, workflow_id: workflow, ref, inputs };

  let answered: { status: number; data: unknown };
  try {
    answered = await client.rest.actions.createWorkflowDispatch({ ...base, return_run_details: true });
  } catch (error) {
    if (!rejectsRunDetails(error)) throw new Error(explainDispatchError(error, workflow, ref));
    log('This GitHub does not return the dispatched run (return_run_details); dispatching without it and finding the run by its name.');
    try {
      answered = await client.rest.actions.createWorkflowDispatch(base);
    } catch (retryError) {
      throw new Error(explainDispatchError(retryError, workflow, ref));
    }
  }
  if (answered.status === 200) {
    const details = answered.data as RunDetails;
    return { id: details.workflow_run_id, htmlUrl: details.html_url, via: 'run-details' };
  }
  return findRun({ ...options, clock, log, since });
}

/** A 422 that names return_run_details: the server predates it, and nothing was dispatched. */
function rejectsRunDetails(error: unknown): boolean {
  const e = error as { status?: number; message?: string; response?: { data?: { message?: string } } };
  return e.status === 422 && /return_run_details/.test(`${e.message ?? ''} ${e.response?.data?.message ?? ''}`);
}

/** GitHub's reason, with what the workflow must declare when it refused the inputs. */
export function explainDispatchError(error: unknown, workflow: string, ref: string): string {
  const message = explainGitHubError(error, `dispatch ${workflow} on ${ref}`);
  const body = (error as { response?: { data?: { message?: string } } }).response?.data?.message ?? '';
  if (/Unexpected inputs provided|Required input/.test(body)) {
    return `${message} ${workflow} must declare the workflow_dispatch inputs ${Object.values(inputNames).join(', ')} (and require no others), as ml-hub's train.yml example does.`;
  }
  if (/does not have 'workflow_dispatch' trigger/.test(body)) return `${message} Add \`on: workflow_dispatch\` to ${workflow} on ${ref}.`;
  return message;
}

async function findRun(options: DispatchRunOptions & { clock: () => number; log: (line: string) => void; since: number }): Promise<DispatchedRun> {
  const { client, owner, repo, workflow, ref, correlationId, clock, since } = options;
  const sleep = options.sleep ?? realSleep;
  const scale = options.pollScale ?? 1;
  const deadline = clock() + (options.findTimeoutMs ?? 180_000);
  const branch = branchOf(ref);
  let wait = 2000;
  for (let look = 1; ; look++) {
    const pages = client.paginate.iterator(client.rest.actions.listWorkflowRuns, {
      owner,
      repo,
      workflow_id: workflow,
      event: 'workflow_dispatch',
      ...(branch ? { branch } : {}),
      created: `>=${isoSeconds(since)}`,
      per_page: 100,
    });
    for await (const page of pages) {
      const run = page.data.find((r) => (r.display_title ?? '').includes(correlationId) || (r.name ?? '').includes(correlationId));
      if (run) return { id: run.id, htmlUrl: run.html_url, via: 'correlation' };
    }
    const left = deadline - clock();
    if (left <= 0) {
      throw new Error(
        `Dispatched ${workflow} on ${ref}, but no run named with ${correlationId} appeared within ${Math.round((options.findTimeoutMs ?? 180_000) / 1000)} s (${look} looks). ` +
          `This GitHub cannot return the run it starts, so ml-hub finds it by name: ${workflow} must carry the input in its run name, e.g. ` +
          `\`run-name: "Train \${{ inputs.${inputNames.correlationId} }}"\`.`,
      );
    }
    // GitHub lists a dispatched run after a few seconds; look again a little later each time.
    await sleep(Math.min(wait, left) * scale);
    wait = Math.min(wait * 1.5, 15_000);
  }
}
