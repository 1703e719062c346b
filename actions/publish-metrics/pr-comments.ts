// The sticky pull request comment: one per workflow and job (and artifact name, when a job has several
// publish-metrics steps or matrix legs, which need their own artifact names anyway), whatever the number of
// experiments (each is a section), fitted to GitHub's comment limit.

import * as github from '@actions/github';
import { createGitHubClient } from '../../shared/github/client.js';
import { commentLimit, stickyMarker, upsertStickyComment, type StickyResult } from '../../shared/github/sticky-comment.js';
import type { Run } from '../../shared/mlflow/model.js';
import type { ExperimentReport } from '../../shared/report/experiment-report.js';
import { renderMetricsSummary } from '../../shared/report/metrics-summary.js';
import type { CommentPort } from '../../shared/report/publish-metrics.js';
import { actionLog, info } from '../common/log.js';
import { eventFacts } from '../common/event.js';

export interface CommentOutcome {
  /** What the comment covers, for the log. */
  experiment: string;
  result: StickyResult;
}

/** The `artifact-name` input's default (action.yml). */
const defaultArtifactName = 'publish-metrics';

export async function postComments(
  reports: ExperimentReport[],
  options: { token: string; runLink?: (run: Run) => string | undefined; elsewhere: string; artifactName?: string },
): Promise<CommentOutcome[]> {
  const pr = eventFacts().pullRequest;
  if (pr?.number === undefined) return [];
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

/** publishMetrics' comment port: the sticky comment, or a notice or warning saying why there is none. */
export function commentPort(token: string, artifactName: string): CommentPort {
  return async (reports, { elsewhere, runLink }) => {
    if (!token) {
      const message = 'No token: the pull request comment was skipped; the report is in the job summary.';
      return { url: '', warnings: [{ level: 'notice', title: 'ml-hub: comment', message }] };
    }
    let url = '';
    for (const { experiment, result } of await postComments(reports, { token, runLink, elsewhere, artifactName })) {
      if (result.url && !url) url = result.url;
      if (result.outcome === 'created' || result.outcome === 'updated') {
        info(`ml-hub publish-metrics: ${result.outcome} the comment for ${experiment}: ${result.url}`);
      } else {
        const message = `${result.message} The report is in this job summary instead.`;
        return { url, warnings: [{ level: result.outcome === 'forbidden' ? 'notice' : 'warning', title: 'ml-hub: pull request comment', message }], failed: result.message ?? '' };
      }
    }
    return { url, warnings: [] };
  };
}
