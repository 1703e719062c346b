import path from 'node:path';
import { openStore } from '../../../shared/mlflow/detect-store.js';
import { buildReports } from '../../../shared/report/experiment-report.js';
import { mermaidBlocks } from '../../harness/mermaid-check.js';
import { commentLimitChars, renderMetricsSummary, summaryLimitBytes, type SummaryOptions } from '../../../shared/report/metrics-summary.js';
import { largeModel, makeModel, makeRun } from './synthetic-runs.js';

const fixtures = path.resolve('__tests__/fixtures/mlflow');
const summary: SummaryOptions = { limit: summaryLimitBytes, unit: 'bytes', limitName: 'the summary limit', elsewhere: 'the artifact' };

test('the wine-quality experiment: best run, candidate against baseline, nested rows, a chart with its legend', async () => {
  const { model } = await openStore(path.join(fixtures, 'file-store/mlruns')).read();
  const { experiments } = await buildReports(model, {
    experiments: ['wine-quality-rf'],
    baseline: { kind: 'tag', key: 'mlflow.runName', value: 'rf-full-leaf1' },
    params: ['max_depth', 'n_estimators'],
  });
  const { markdown, level } = renderMetricsSummary(experiments, summary);
  expect(level).toBe(0);
  expect(markdown).toContain('## 📈 wine-quality-rf');
  expect(markdown).toContain('Ranked by `val/rmse`, lower is better (guessed from the name; set `direction` to change)');
  expect(markdown).toMatch(/- 🏆 Best: \*\*baseline-linear `9c307a71`\*\* 0\.4915/);
  expect(markdown).toMatch(/- ⚖️ Candidate \*\*baseline-linear `9c307a71`\*\* \(the best run other than the baseline\) 0\.4915 vs baseline \*\*rf-full-leaf1 `e63789d5`\*\* .* 0\.5536: -11\.2%, better ✅/);
  expect(markdown).toContain('| Run | Status | Duration | max_depth | n_estimators | val/rmse |');
  // Children follow their parent, indented; deltas against the baseline in the cells.
  const rows = markdown.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Run') && !l.startsWith('| ---'));
  expect(rows[0]).toMatch(/^\| 🏆 baseline-linear `9c307a71` \| ✅ finished \|/);
  expect(rows[1]).toMatch(/^\| rf-sweep `4c31769d`/);
  expect(rows[2]).toMatch(/^\| ↳ rf-depth8-leaf4 `bba66f80` .*\| 0\.5402 \(-2\.41%\) \|/);
  expect(rows[5]).toMatch(/^\| ↳ 📌 rf-full-leaf1/);
  const charts = mermaidBlocks(markdown);
  expect(charts[0]).toContain('title "val/rmse"');
  expect(charts[0]!.split('\n').filter((l) => l.trim().startsWith('line "'))).toHaveLength(5);
  expect(markdown).toMatch(/🟦 baseline-linear .* · 🟧 rf-depth8-leaf4 .*🟪 rf-full-leaf1/);
  expect(markdown).toContain('first, last, min and max of 25 equal step buckets (M4)');
  expect(markdown).toContain('<details><summary>Charts of 3 more metrics</summary>');
});

test('the edge cases: NaN and infinities shown as such, failed runs not ranked, unicode kept, HTML escaped', async () => {
  const { model } = await openStore(path.join(fixtures, 'sqlite/mlflow.db')).read();
  const { experiments } = await buildReports(model, { experiments: ['edge-cases'], metric: 'train/loss' });
  const { markdown } = renderMetricsSummary(experiments, summary);
  expect(markdown).toContain('No finished run has a value of `train/loss` to rank by.');
  expect(markdown).toContain('2 failed or killed runs with `train/loss` are listed but not ranked.');
  expect(markdown).toContain('ユニコード-run-🚀');
  expect(markdown).toContain('❌ failed');
  expect(markdown).toContain('⛔ killed');
  expect(markdown).not.toMatch(/<(?!details|\/details|summary|\/summary|sub|\/sub|br)[a-z]/i);
});

test('no baseline found: the report says why', async () => {
  const model = makeModel([makeRun({ id: 'a', metrics: { loss: 1 } })]);
  const { experiments } = await buildReports(model, { baseline: { kind: 'tag', key: 'stage', value: 'prod' } });
  expect(renderMetricsSummary(experiments, summary).markdown).toContain('- ⚖️ No baseline (the latest run tagged stage=prod): no run is tagged stage=prod');
});

test('environments: a column with commit, env hash (marked where it differs from the baseline) and requirements', async () => {
  const model = makeModel([
    makeRun({ id: 'base', metrics: { loss: 2 }, tags: { 'mlflow.source.git.commit': '1'.repeat(40), 'ml-hub.env-hash': 'a'.repeat(64) } }),
    makeRun({ id: 'new', metrics: { loss: 1 }, tags: { 'ml-hub.env-hash': 'b'.repeat(64) }, artifacts: ['requirements.txt'] }),
  ]);
  const { experiments } = await buildReports(model, { baseline: { kind: 'run', runId: 'base' } });
  const { markdown } = renderMetricsSummary(experiments, summary);
  expect(markdown).toContain('| Environment |');
  expect(markdown).toContain('`1111111` · env `aaaaaaaa`');
  expect(markdown).toContain('env `bbbbbbbb` ≠ baseline · `requirements.txt`');
});

describe('limits', () => {
  test('hundreds of runs: the summary stays under 1 MiB and the comment under 65,536 characters, and they say so', async () => {
    const model = largeModel(600, ['val/loss', 'train/loss', 'val/accuracy', 'lr'], 300);
    const { experiments } = await buildReports(model, { top: 8 });
    const big = renderMetricsSummary(experiments, summary);
    expect(Buffer.byteLength(big.markdown)).toBeLessThanOrEqual(summaryLimitBytes);
    const comment = renderMetricsSummary(experiments, { limit: commentLimitChars, unit: 'chars', limitName: "GitHub's comment limit", footer: '\n<sub>footer</sub>\n' });
    expect(comment.markdown.length).toBeLessThanOrEqual(commentLimitChars);
    expect(comment.level).toBeGreaterThan(0);
    expect(comment.markdown).toContain("> Shortened to fit GitHub's comment limit:");
    expect(comment.markdown).toMatch(/_…and \d+ more runs/);
    expect(comment.markdown.endsWith('<sub>footer</sub>\n')).toBe(true);
    // The best runs are the ones kept.
    expect(comment.markdown).toContain(experiments[0]!.best!.runId.slice(0, 8));
  });

  test('levels: collapsed sections go first, then runs, then the budget cuts', async () => {
    const model = largeModel(120, ['val/loss', 'train/loss', 'a', 'b', 'c', 'd', 'e', 'f'], 50);
    const { experiments } = await buildReports(model);
    const full = renderMetricsSummary(experiments, summary);
    expect(full.level).toBe(0);
    expect(full.markdown).toContain('<details>');
    const size = (limit: number) => renderMetricsSummary(experiments, { ...summary, limit });
    const noDetails = size(Buffer.byteLength(full.markdown) - 1);
    expect(noDetails.level).toBe(1);
    expect(noDetails.markdown).not.toContain('<details>');
    expect(noDetails.markdown).toContain('collapsed sections (more charts, other metrics) left out');
    const cut = size(2500);
    expect(cut.level).toBe(5);
    expect(Buffer.byteLength(cut.markdown)).toBeLessThanOrEqual(2500);
    expect(cut.markdown).toContain('and the rest cut where the limit was reached');
  });
});
