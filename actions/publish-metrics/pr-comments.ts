// The sticky pull request comment: one per workflow and job (and artifact name, when a job has several
// publish-metrics steps or matrix legs, which need their own artifact names anyway), whatever the number of
// experiments (each is a section), fitted to GitHub's comment limit.

import * as github from '@actions/github';
import { createGitHubClient } from '../../shared/github/client.js';
import { commentLimit, stickyMarker, upsertStickyComment, type StickyResult } from '../../shared/github/sticky-comment.js';
import type { Run } from '../../shared/mlflow/model.js';
import type { ExperimentReport } from '../../shared/report/experiment-report.js';
import { renderMetricsSummary } from '../../shared/report/metrics-summary.js';
import { actionLog } from '../common/log.js';

export interface CommentOutcome {
  /** What the comment covers, for the log. */
  experiment: string;
  result: StickyResult;
}

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

/** The `artifact-name` input's default (action.yml). */
const defaultArtifactName = 'publish-metrics';

export async function postComments(
  reports: ExperimentReport[],
  options: { token: string; runLink?: (run: Run) => string | undefined; elsewhere: string; artifactName?: string },
): Promise<CommentOutcome[]> {
  const pr = pullRequestOf();
  if (!pr) return [];
  const { owner, repo } = github.context.repo;
  const client = createGitHubClient(options.token, { log: actionLog });
  const workflow = process.env.GITHUB_WORKFLOW ?? 'workflow';
  const job = process.env.GITHUB_JOB ?? 'job';
  const server = process.env.GITHUB_SERVER_URL ?? 'https://github.com';
  const runUrl = process.env.GITHUB_RUN_ID ? `${server}/${owner}/${repo}/actions/runs/${process.env.GITHUB_RUN_ID}` : undefined;
  const footer = `\n---\n<sub>ml-hub publish-metrics · workflow ${workflow.replace(/[<>[\]|]/g, '')} · job ${job.replace(/[<>[\]|]/g, '')}${runUrl ? ` · [run ${process.env.GITHUB_RUN_NUMBER ?? process.env.GITHUB_RUN_ID}](${runUrl})` : ''} · updated in place by each run</sub>\n`;

  // The marker names the workflow and the job, so each job keeps its own comment and a rerun updates it; a step with
  // its own artifact name keeps its own too.
  const step = options.artifactName && options.artifactName !== defaultArtifactName ? `${job}/${options.artifactName}` : job;
  const marker = stickyMarker(workflow, step);
  const { markdown } = renderMetricsSummary(reports, {
    limit: commentLimit - marker.length - 1,
    unit: 'chars',
    limitName: "GitHub's 65,536-character comment limit",
    footer,
    elsewhere: options.elsewhere,
    runLink: options.runLink,
  });
  const result = await upsertStickyComment(client, { owner, repo, issueNumber: pr.number }, marker, markdown, { fromFork: pr.fromFork });
  return [{ experiment: `workflow ${workflow}, job ${step} (${reports.length} experiment${reports.length === 1 ? '' : 's'})`, result }];
}
