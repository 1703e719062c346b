// Follows a dispatched run until it completes or the timeout passes, printing its jobs' progress whenever it changes.
// The wait between looks grows while nothing changes and starts over when something does. Failed requests and rate
// limits are retried by the client's plugins; the clock and sleep are the caller's, so tests need not wait.

import type { GitHubClient } from '../github/client.js';
import { explainGitHubError } from '../github/errors.js';
import { realSleep } from './dispatch-run.js';
import { formatDuration } from '../text/units.js';

export interface WaitOptions {
  client: GitHubClient;
  owner: string;
  repo: string;
  runId: number;
  /** Milliseconds to wait in all before giving up. */
  timeoutMs: number;
  clock?: () => number;
  sleep?: (ms: number) => Promise<void>;
  /** Waits between looks: the first, and the longest it grows to. Default 5 s and 60 s. */
  pollMs?: { initial: number; max: number };
  /** Multiplies the waits (tests shrink them); the timeout is not scaled. */
  pollScale?: number;
  log?: (line: string) => void;
}

export interface JobProgress {
  name: string;
  status: string;
  conclusion: string | null;
  /** The step running now, or the one that failed. */
  step?: string;
  url?: string;
}

export interface FinishedRun {
  id: number;
  htmlUrl: string;
  /** `success`, `failure`, `cancelled`, `timed_out`, … */
  conclusion: string;
  jobs: JobProgress[];
}

/** The run did not complete in time. It goes on running on GitHub. */
export class RunTimeoutError extends Error {
  override name = 'RunTimeoutError';
  constructor(
    message: string,
    readonly runId: number,
    readonly htmlUrl: string,
  ) {
    super(message);
  }
}

interface RunJob {
  name: string;
  status: string;
  conclusion: string | null;
  html_url: string | null;
  steps?: { name: string; status: string; conclusion: string | null; number: number }[];
}

function progressOf(job: RunJob): JobProgress {
  const steps = job.steps ?? [];
  const running = steps.find((s) => s.status === 'in_progress');
  const failed = steps.find((s) => s.conclusion === 'failure');
  const step = running ?? failed;
  return {
    name: job.name,
    status: job.status,
    conclusion: job.conclusion,
    ...(step ? { step: `${step.name} (step ${step.number} of ${steps.length})` } : {}),
    ...(job.html_url ? { url: job.html_url } : {}),
  };
}

export function describeJob(job: JobProgress): string {
  const state = job.status === 'completed' ? (job.conclusion ?? 'completed') : job.status.replace('_', ' ');
  return `${job.name}: ${state}${job.step ? `, ${job.status === 'completed' ? 'failed at' : 'at'} ${job.step}` : ''}`;
}

export async function waitForRun(options: WaitOptions): Promise<FinishedRun> {
  const { client, owner, repo, runId } = options;
  const clock = options.clock ?? Date.now;
  const sleep = options.sleep ?? realSleep;
  const log = options.log ?? (() => {});
  const { initial, max } = options.pollMs ?? { initial: 5000, max: 60_000 };
  const scale = options.pollScale ?? 1;
  const started = clock();
  const deadline = started + options.timeoutMs;
  const said = new Map<string, string>();
  let runState = '';
  let wait = initial;

  const look = async () => {
    try {
      const { data: run } = await client.rest.actions.getWorkflowRun({ owner, repo, run_id: runId });
      const jobs = run.status === 'queued' ? [] : await client.paginate(client.rest.actions.listJobsForWorkflowRun, { owner, repo, run_id: runId, per_page: 100 });
      return { run, jobs: (jobs as RunJob[]).map(progressOf) };
    } catch (error) {
      throw new Error(explainGitHubError(error, `follow workflow run ${runId}`));
    }
  };

  for (;;) {
    const { run, jobs } = await look();
    let changed = false;
    const state = `${run.status ?? 'queued'}${run.conclusion ? ` (${run.conclusion})` : ''}`;
    if (state !== runState) {
      log(`Run ${run.id} #${run.run_number}: ${state} — ${run.html_url}`);
      runState = state;
      changed = true;
    }
    for (const job of jobs) {
      const line = describeJob(job);
      if (said.get(job.name) !== line) {
        log(`  ${line}`);
        said.set(job.name, line);
        changed = true;
      }
    }
    if (run.status === 'completed') return { id: run.id, htmlUrl: run.html_url, conclusion: run.conclusion ?? 'completed', jobs };

    const left = deadline - clock();
    if (left <= 0) {
      const where = jobs.filter((j) => j.status !== 'completed').map(describeJob);
      throw new RunTimeoutError(
        `Workflow run ${run.id} (${run.html_url}) did not finish within ${formatDuration(options.timeoutMs)}: it is still ${(run.status ?? 'queued').replace('_', ' ')}` +
          `${where.length ? ` (${where.join('; ')})` : ''}. It goes on running on GitHub: follow it there, or cancel it if it should not.`,
        run.id,
        run.html_url,
      );
    }
    wait = changed ? initial : Math.min(wait * 1.5, max);
    await sleep(Math.min(wait, left) * scale);
  }
}
