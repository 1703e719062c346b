// The job summary of a dispatch: which run was started where and why on that runner, and how it ended. Parameters are
// the caller's text: they are shown as code spans, never as Markdown.

import { cell, code } from '../text/markdown.js';
import type { RunnerChoice } from './choose-runner.js';
import type { TrainingRequest } from './pack-inputs.js';
import type { TrainingResult } from './dispatch-training.js';
import { formatDuration } from '../text/units.js';
import { relayedSummary, summaryLimitBytes } from './relay-results.js';
import type { JobProgress } from './wait-for-run.js';

const shown = 10;

export function dispatchedMarkdown(d: { workflow: string; ref: string; runId: number; runUrl: string; request: TrainingRequest; choice: RunnerChoice; notes: string[] }): string {
  const what = d.request.kind === 'mlproject' ? `MLproject entry point ${code(d.request.entryPoint)}` : `the command ${code(d.request.entryPoint)}`;
  const params = Object.entries(d.request.parameters);
  const listed = params.slice(0, shown).map(([k, v]) => code(`${k}=${v}`));
  if (params.length > shown) listed.push(`and ${params.length - shown} more`);
  const withParams = listed.length ? ` with ${listed.join(', ')}` : '';
  const env = d.request.envHash ? ` in environment ${code(d.request.envHash.slice(0, 12))}` : '';
  const lines = [
    '### 🚀 Training dispatched',
    '',
    `[${cell(d.workflow)} run ${d.runId}](${d.runUrl}) on ${code(d.ref)} runs ${what}${withParams}${env}.`,
    '',
    cell(d.choice.explanation),
    ...d.choice.warnings.map((w) => `\n> [!WARNING]\n> ${cell(w)}`),
    ...d.notes.map((n) => `\n> [!NOTE]\n> ${cell(n)}`),
    '',
  ];
  return `${lines.join('\n')}\n`;
}

const icons: Record<string, string> = { success: '✅', failure: '❌', cancelled: '🚫', timed_out: '⌛', skipped: '➖' };

export function finishedMarkdown(run: { conclusion: string; htmlUrl: string; runId: number; jobs: JobProgress[]; elapsed: string }): string {
  const icon = icons[run.conclusion] ?? '❔';
  const failing = run.jobs.filter((j) => j.conclusion && j.conclusion !== 'success' && j.conclusion !== 'skipped');
  const jobs = failing.map((j) => `- ${j.url ? `[${cell(j.name)}](${j.url})` : cell(j.name)}: ${j.conclusion}${j.step ? `, at ${cell(j.step)}` : ''}`);
  return `**${icon} [Run ${run.runId}](${run.htmlUrl}) finished: ${run.conclusion}** after ${run.elapsed}.\n${jobs.length ? `\n${jobs.join('\n')}\n` : ''}\n`;
}

/** The whole job summary of a dispatch: what was started, how it ended, and the relayed results within `limitBytes`. */
export function trainingMarkdown(result: TrainingResult, workflow: string, limitBytes = summaryLimitBytes): string {
  const { prepared, run, finished, results } = result;
  let text = dispatchedMarkdown({ workflow, ref: result.target.ref, runId: run.id, runUrl: run.htmlUrl, request: prepared.request, choice: prepared.choice, notes: prepared.notes });
  if (result.timedOut) text += `**⌛ ${result.timedOut.message}**\n`;
  if (finished) text += finishedMarkdown({ conclusion: finished.conclusion, htmlUrl: finished.htmlUrl, runId: finished.id, jobs: finished.jobs, elapsed: formatDuration(finished.elapsedMs) });
  if (finished && results?.found) {
    const from = { runUrl: finished.htmlUrl, runId: finished.id, artifactName: results.artifact.name, artifactUrl: results.artifact.url };
    text += relayedSummary(results.summary, from, limitBytes - Buffer.byteLength(text) - 1024);
  }
  return text;
}
