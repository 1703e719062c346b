// The report artifact of a finished run, found, downloaded through the API (302 to the blob, as GitHub does) and read.

import { fetchReportSummary, relayedSummary } from '../../../shared/dispatch/relay-results.js';
import type { ArtifactPlan } from '../../harness/github-double/index.js';
import { trainDouble, where, type TrainDouble } from './train-double.js';

const summary = '# 📈 MLflow runs\n\n| run | rmse |\n| --- | --- |\n| rf-depth8 | 0.41 |\n';

let t: TrainDouble;
beforeAll(async () => {
  t = await trainDouble();
});
afterAll(() => t.double.close());
afterEach(() => expect(t.double.violations).toEqual([]));

async function finishedRun(artifacts: ArtifactPlan[]): Promise<{ runId: number; runUrl: string }> {
  const run = await t.repo.createRun({ workflow: 'train.yml', ref: 'main', event: 'workflow_dispatch', plan: { artifacts } });
  t.double.state.completeRun(run.id);
  return { runId: run.id, runUrl: `https://github.com/octo-org/wine-quality/actions/runs/${run.id}` };
}

test("summary.md of the run's publish-metrics artifact, downloaded as a zip", async () => {
  const run = await finishedRun([
    { name: 'model', files: { 'model.pkl': 'weights' } },
    { name: 'publish-metrics', files: { 'summary.md': summary, 'runs.json': '{}\n', 'dashboard/index.html': '<html></html>' } },
  ]);
  const result = await fetchReportSummary({ client: t.client, ...where, ...run });
  const artifact = t.double.state.run(run.runId)!.run.artifacts.find((a) => a.name === 'publish-metrics')!;
  expect(result).toEqual({ found: true, summary, artifact: { id: artifact.id, name: 'publish-metrics', url: `${run.runUrl}/artifacts/${artifact.id}` } });
  expect(t.double.requestsTo('GET', '/repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}').map((r) => r.status)).toContain(302);
});

test('an artifact of another name, when publish-metrics was given one', async () => {
  const run = await finishedRun([{ name: 'metrics-gpu', files: { 'summary.md': 'gpu results\n' } }]);
  expect(await fetchReportSummary({ client: t.client, ...where, ...run, artifactName: 'metrics-gpu' })).toMatchObject({ found: true, summary: 'gpu results\n' });
});

test('what stands in the way is said: no artifact, expired, no summary.md, too large', async () => {
  const none = await finishedRun([]);
  expect(await fetchReportSummary({ client: t.client, ...where, ...none })).toEqual({
    found: false,
    reason: `workflow run ${none.runId} uploaded no artifact named publish-metrics (does it end with publish-metrics?)`,
  });
  const expired = await finishedRun([{ name: 'publish-metrics', files: { 'summary.md': summary }, expired: true }]);
  expect(await fetchReportSummary({ client: t.client, ...where, ...expired })).toEqual({ found: false, reason: `the publish-metrics artifact of workflow run ${expired.runId} has expired` });
  const other = await finishedRun([{ name: 'publish-metrics', files: { 'report.html': '<html></html>' } }]);
  expect(await fetchReportSummary({ client: t.client, ...where, ...other })).toEqual({
    found: false,
    reason: `the publish-metrics artifact of workflow run ${other.runId} has no summary.md (is it publish-metrics' report?)`,
  });
  const big = await finishedRun([{ name: 'publish-metrics', files: { 'summary.md': summary } }]);
  expect(await fetchReportSummary({ client: t.client, ...where, ...big, maxArtifactBytes: 10 })).toMatchObject({
    found: false,
    reason: expect.stringMatching(/^the publish-metrics artifact is \d+ bytes, more than the 10 downloaded to read its summary; it is at https:\/\/github\.com\/.*\/artifacts\/\d+$/),
  });
});

test('the relayed summary names its run, and is cut at a line to fit with a pointer to the artifact', () => {
  const from = { runUrl: 'https://github.com/o/r/actions/runs/7', runId: 7, artifactName: 'publish-metrics', artifactUrl: 'https://github.com/o/r/actions/runs/7/artifacts/9' };
  expect(relayedSummary(summary, from)).toBe(`> Results of [workflow run 7](${from.runUrl}), from its [\`publish-metrics\` artifact](${from.artifactUrl}).\n\n${summary}`);
  const long = Array.from({ length: 100 }, (_, i) => `| run ${i} | 0.${i} é |`).join('\n');
  const cut = relayedSummary(long, from, 1000);
  expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(1000);
  expect(cut).toMatch(/\| run \d+ \| 0\.\d+ é \|\n\n_The summary was cut to fit this job's summary; the whole report is in the \[`publish-metrics` artifact\]\(https:\/\/github\.com\/o\/r\/actions\/runs\/7\/artifacts\/9\)\._\n$/);
});
