// The static dashboard: the Runs model as a self-contained site (one index.html: data, script and styles inline, no
// request to anywhere) that works from file:// and from any GitHub Pages path. Text artifacts are read beforehand with
// `collectArtifactTexts` (reading is async, rendering is not).
//
// Metric histories are cut to keep a large store loadable: a series with up to `maxPointsPerSeries` (1,000) finite
// points is kept whole; when all series together would pass `maxTotalPoints` (500,000), the per-series cap drops to
// the largest value that fits (never under 500, so that no curve shows stair-steps) and longer series are thinned with
// M4 (../downsample.ts), which keeps each bucket's first, last, lowest and highest point. Points travel as base64
// Float32/Int32 columns (series-encoding.ts): 1,000 runs × 10 metrics × 1,000 steps become 500 points a series.

import type { RunsModel } from '../../mlflow/model.js';
import type { ArtifactContents } from './artifact-texts.js';
import { clientScript } from './client-script.js';
import { pageHtmlAround, scriptSafeJson } from './page-html.js';
import { payloadParts } from './payload.js';
import type { Ranking } from './payload.js';
import { DASHBOARD_CSS } from './styles.js';

export { collectArtifactTexts, type ArtifactContents, type ArtifactTextLimits } from './artifact-texts.js';
export type { DashboardData } from './payload-types.js';

export interface DashboardOptions {
  /** Shown in the top bar and the window title. Default "MLflow runs". */
  title?: string;
  /** Text artifacts to include, from `collectArtifactTexts`; without it the tree lists files only. */
  artifacts?: ArtifactContents;
  /** ISO time shown in the footer; none by default, so that equal inputs give equal pages. */
  generatedAt?: string;
  /** Each experiment's ranking metric, by experiment id, as the job summary chose it; chosen the same way when absent. */
  rankings?: Map<string, Ranking>;
  maxPointsPerSeries?: number;
  maxTotalPoints?: number;
}

/** The site's files by relative path: just `index.html`. */
export function renderDashboard(model: RunsModel, options: DashboardOptions = {}): Map<string, string> {
  return new Map([['index.html', [...dashboardHtml(model, options)].join('')]]);
}

/**
 * index.html in pieces, a run's data at a time, so that a large store's page can be written without being held
 * whole (its encoded series are most of it). Joined, the pieces are the page renderDashboard returns.
 */
export function* dashboardHtml(model: RunsModel, options: DashboardOptions = {}): Generator<string> {
  const { data, runs } = payloadParts(model, {
    title: options.title,
    generatedAt: options.generatedAt,
    rankings: options.rankings,
    artifacts: options.artifacts,
    maxPointsPerSeries: options.maxPointsPerSeries,
    maxTotalPoints: options.maxTotalPoints,
  });
  const { head, tail } = pageHtmlAround({ title: data.title, css: DASHBOARD_CSS, script: clientScript() });
  yield head;
  // JSON of `data` with its runs spliced in; `sampling` last, once the runs have counted their sampled series.
  const { runs: _none, sampling, ...rest } = data;
  yield `${scriptSafeJson(JSON.stringify(rest).slice(0, -1))},"runs":[`;
  let first = true;
  for (const run of runs) {
    yield `${first ? '' : ','}${scriptSafeJson(JSON.stringify(run))}`;
    first = false;
  }
  yield `],"sampling":${JSON.stringify(sampling)}}`;
  yield tail;
}
