// The dashboard written piece by piece (what `ml-hub report` streams to disk, so that a large store's page is never
// held whole) is the page renderDashboard returns, and its data block is buildPayload's payload.

import { join } from 'node:path';
import { readFileStore } from '../../../shared/mlflow/file-store.js';
import { dashboardHtml, renderDashboard } from '../../../shared/report/dashboard/index.js';
import { buildPayload } from '../../../shared/report/dashboard/payload.js';
import { FIXTURES } from '../../differential/mlflow-rest-server.js';

test('the pieces join to the rendered page, and its data is the whole payload', () => {
  const { model } = readFileStore(join(FIXTURES, 'file-store', 'mlruns'));
  const options = { title: 'Wine </script><b>', generatedAt: '2026-12-06T12:00:00Z', maxTotalPoints: 300, maxPointsPerSeries: 100 };
  const pieces = [...dashboardHtml(model, options)];
  expect(pieces.length).toBeGreaterThan(model.runs.length);
  const html = pieces.join('');
  expect(html).toBe(renderDashboard(model, options).get('index.html'));
  const block = /<script type="application\/json" id="dashboard-data">([\s\S]*?)<\/script>/.exec(html)![1]!;
  expect(block).not.toContain('<');
  const data = JSON.parse(block);
  expect(data).toEqual(JSON.parse(JSON.stringify(buildPayload(model, options))));
  expect(data.sampling.sampledSeries).toBeGreaterThan(0);
});
