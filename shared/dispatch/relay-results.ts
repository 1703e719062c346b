// Brings a dispatched run's results back: the publish-metrics report artifact it uploaded is downloaded through the
// API (as a zip, through the same client and its retries) and its summary.md is read out, for the calling job's summary.
// @actions/artifact could download another run's artifact too, but it extracts the whole artifact (dashboard and run
// artifacts) to disk with retries of its own; only one small file is wanted here.

import { stepSummaryLimitBytes } from '../text/markdown.js';
import type { GitHubClient } from '../github/client.js';
import { explainGitHubError } from '../github/errors.js';
import { readZipFile, ZipError } from './read-zip.js';

export interface RelayOptions {
  client: GitHubClient;
  owner: string;
  repo: string;
  runId: number;
  /** The run's page (html_url); the artifact's link hangs off it. */
  runUrl: string;
  /** publish-metrics' `artifact-name`. Default `publish-metrics`. */
  artifactName?: string;
  /** Artifacts larger than this are not downloaded. Default 256 MiB. */
  maxArtifactBytes?: number;
}

export type RelayResult =
  | { found: true; summary: string; artifact: { id: number; name: string; url: string } }
  | { found: false; reason: string };

/** The step summary budget (text/markdown.ts): the relayed summary is written under it. */
export const summaryLimitBytes = stepSummaryLimitBytes;
/** GitHub's job summary limit is 1 MiB: summary.md is never bigger, and no bigger one is read. */
const summaryFileLimitBytes = 1024 * 1024;

export async function fetchReportSummary(options: RelayOptions): Promise<RelayResult> {
  const { client, owner, repo, runId } = options;
  const name = options.artifactName ?? 'publish-metrics';
  const maxBytes = options.maxArtifactBytes ?? 256 * 1024 * 1024;
  try {
    const artifacts = await client.paginate(client.rest.actions.listWorkflowRunArtifacts, { owner, repo, run_id: runId, name, per_page: 100 });
    // A re-run attempt may upload again: the newest one is the run's last word.
    const artifact = artifacts.filter((a) => a.name === name).sort((a, b) => Date.parse(b.created_at ?? '') - Date.parse(a.created_at ?? '') || b.id - a.id)[0];
    if (!artifact) return { found: false, reason: `workflow run ${runId} uploaded no artifact named ${name} (does it end with publish-metrics?)` };
    const url = `${options.runUrl}/artifacts/${artifact.id}`;
    if (artifact.expired) return { found: false, reason: `the ${name} artifact of workflow run ${runId} has expired` };
    if (artifact.size_in_bytes > maxBytes) {
      return { found: false, reason: `the ${name} artifact is ${artifact.size_in_bytes} bytes, more than the ${maxBytes} downloaded to read its summary; it is at ${url}` };
    }
    const { data } = await client.rest.actions.downloadArtifact({ owner, repo, artifact_id: artifact.id, archive_format: 'zip' });
    const summary = readZipFile(Buffer.from(data as ArrayBuffer), 'summary.md', summaryFileLimitBytes);
    if (!summary) return { found: false, reason: `the ${name} artifact of workflow run ${runId} has no summary.md (is it publish-metrics' report?)` };
    return { found: true, summary: summary.toString('utf8'), artifact: { id: artifact.id, name, url } };
  } catch (error) {
    if (error instanceof ZipError) return { found: false, reason: `the ${name} artifact of workflow run ${runId} could not be read: ${error.message}` };
    return { found: false, reason: explainGitHubError(error, `download the ${name} artifact of workflow run ${runId}`) };
  }
}

/**
 * The summary as the calling job shows it: a line naming the run it came from, then the run's own summary, cut at a
 * line to stay within `limitBytes` with a pointer to the artifact when it would not.
 */
export function relayedSummary(summary: string, from: { runUrl: string; runId: number; artifactName: string; artifactUrl: string }, limitBytes = summaryLimitBytes): string {
  const head = `> Results of [workflow run ${from.runId}](${from.runUrl}), from its [\`${from.artifactName}\` artifact](${from.artifactUrl}).\n\n`;
  const whole = `${head}${summary.trimEnd()}\n`;
  if (Buffer.byteLength(whole) <= limitBytes) return whole;
  const tail = `\n\n_The summary was cut to fit this job's summary; the whole report is in the [\`${from.artifactName}\` artifact](${from.artifactUrl})._\n`;
  const room = limitBytes - Buffer.byteLength(head) - Buffer.byteLength(tail);
  const body = Buffer.from(summary, 'utf8').subarray(0, Math.max(0, room)).toString('utf8');
  // Cut at a line end, and never inside a character the byte cut split (the decoder marks it with U+FFFD).
  const cut = body.lastIndexOf('\n') > 0 ? body.slice(0, body.lastIndexOf('\n')) : body.replace(/\uFFFD$/, '');
  return `${head}${cut}${tail}`;
}
