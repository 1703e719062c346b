import path from 'node:path';
import { openStore } from '../../../shared/mlflow/detect-store.js';
import { buildReports } from '../../../shared/report/experiment-report.js';
import { mermaidBlocks } from '../../harness/mermaid-check.js';
import { commentLimitChars, renderMetricsSummary, summaryLimitBytes, type SummaryOptions } from '../../../shared/report/metrics-summary.js';
import { experiment, largeModel, makeModel, makeRun } from './synthetic-runs.js';

const fixtures = path.resolve('__tests__/fixtures/mlflow');
const summary: SummaryOptions = { limit: summaryLimitBytes, unit: 'bytes', limitName: 'the summary limit', elsewhere: 'the artifact' };

test('the wine-quality experiment: best run, candidate against baseline, nested rows, a chart with its legend', async () => {
  const { model } = await openStore(path.join(fixtures, 'file-store/mlruns')).read();
  const { experiments } = await buildReports(model, {
    experiments: ['wine-quality-rf'],
    baseline: { kind: 'tag', key: 'mlflow.runName', value: 'rf-full-leaf1' },
    params: ['max_depth', 'n_estimators'],
  });
  const { markdown, shortened } = renderMetricsSummary(experiments, summary);
  expect(shortened).toBe(false);
  expect(markdown).toContain('## 📈 wine-quality-rf');
  expect(markdown).toContain('Ranked by `val/rmse`, lower is better (guessed from the name; set `direction` to change)');
  expect(markdown).toMatch(/- 🏆 Best: \*\*baseline-linear `9c307a71`\*\* 0\.4915/);
  expect(markdown).toMatch(/- ⚖️ Candidate \*\*baseline-linear `9c307a71`\*\* \(the best run other than the baseline\) 0\.4915 vs baseline \*\*rf-full-leaf1 `e63789d5`\*\* .* 0\.5536: -11\.2%, better ✅/);
  // The key column first: the ranking metric and its change against the baseline right after the run name.
  expect(markdown).toContain('| Run | val/rmse ↓ (Δ vs 📌) | max_depth | n_estimators | val/mae | val/loss | val/rmse_on_dataset | r2 | train/rmse | Status | Duration |');
  expect(markdown).toContain('<sub>Ties: equal values go to the run that ended first, then the one that started first, then the lower run id.</sub>');
  // Children follow their parent, indented; deltas against the baseline in the cells.
  const rows = markdown.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Run') && !l.startsWith('| ---'));
  expect(rows[0]).toMatch(/^\| 🏆 baseline-linear `9c307a71` \| \*\*0\.4915\*\* \(-11\.2%\) \|.*\| ✅ finished \|/);
  expect(rows[1]).toMatch(/^\| rf-sweep `4c31769d`/);
  expect(rows[2]).toMatch(/^\| ↳ rf-depth8-leaf4 `bba66f80` \| 0\.5402 \(-2\.41%\) \|/);
  expect(rows[5]).toMatch(/^\| ↳ 📌 rf-full-leaf1/);
  const charts = mermaidBlocks(markdown);
  expect(charts[0]).toContain('title "val/rmse"');
  expect(charts[0]!.split('\n').filter((l) => l.trim().startsWith('line "'))).toHaveLength(5);
  expect(markdown).toMatch(/🟦 baseline-linear · 🟧 rf-depth8-leaf4 .*🟪 rf-full-leaf1 <sub>\(starts at step 1, flat before; goes on to step 200\)<\/sub>/);
  // No run is padded past its end: the val/rmse chart ends where the best run's history ends (baseline-linear, step 4);
  // in the val/mae chart (best: rf-depth8-leaf4, 150 steps) the runs that ended earlier are named, not drawn.
  expect(charts[0]).toContain('x-axis "step" 0 --> 4');
  expect(markdown).toContain('Not drawn, as they ended before step 150 (where the best run\'s history ends) and a Mermaid line cannot stop early: rf-depth4-leaf1 (ended at step 60), rf-depth6-leaf2 (ended at step 100).');
  expect(markdown).toContain('Drawn: every logged step (5), up to step 4.');
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

test('no baseline at all: the report says how to get one', async () => {
  const model = makeModel([makeRun({ id: 'a', metrics: { loss: 1 } }), makeRun({ id: 'b', metrics: { loss: 2 } })]);
  const { experiments } = await buildReports(model);
  expect(renderMetricsSummary(experiments, summary).markdown).toContain(
    "- ⚖️ No baseline to compare with. To get one, log runs with the `mlflow.source.git.commit` tag (MLflow sets it when the training script runs inside a git checkout), so that a pull request compares with the base branch's runs, or set the `baseline` input to a run id, `tag:KEY=VALUE`, `branch:NAME` or `base`.",
  );
});

/** Run ids of the table rows, in order. */
const tableIds = (markdown: string) => [...markdown.matchAll(/^\| (?:[^|`]*)`([0-9a-f]{8})`/gm)].map((m) => m[1]!);

describe('limits', () => {
  test('hundreds of runs: the comment keeps the best runs by the ranking order, grouped, and uses the budget', async () => {
    const model = largeModel(600, ['val/loss', 'train/loss', 'val/accuracy', 'lr'], 300);
    const { experiments } = await buildReports(model, { top: 8 });
    const [report] = experiments;
    const big = renderMetricsSummary(experiments, summary);
    expect(Buffer.byteLength(big.markdown)).toBeLessThanOrEqual(summaryLimitBytes);
    const comment = renderMetricsSummary(experiments, { limit: commentLimitChars, unit: 'chars', limitName: "GitHub's comment limit", footer: '\n<sub>footer</sub>\n', elsewhere: 'the artifact' });
    expect(comment.markdown.length).toBeLessThanOrEqual(commentLimitChars);
    expect(comment.markdown.length).toBeGreaterThan(commentLimitChars - 3000);
    expect(comment.shortened).toBe(true);
    expect(comment.markdown).toContain("> Shortened to fit GitHub's comment limit: one experiment shows only its best runs by the ranking metric");
    expect(comment.markdown.endsWith('<sub>footer</sub>\n')).toBe(true);
    // Exactly the best N by the ranking order are in the table, with the parents that group them and nothing else.
    const shown = new Set(tableIds(comment.markdown));
    const n = report!.order.findIndex((r) => !shown.has(r.runId.slice(0, 8)));
    expect(n).toBeGreaterThan(25);
    const best = new Set(report!.order.slice(0, n).map((r) => r.runId.slice(0, 8)));
    const parents = new Set(report!.order.slice(0, n).map((r) => r.parentRunId?.slice(0, 8)).filter((id) => id !== undefined));
    for (const id of shown) expect(best.has(id) || parents.has(id)).toBe(true);
    const extra = [...shown].filter((id) => !best.has(id)).length;
    expect(comment.markdown).toContain(`_Showing the best ${n} runs by \`val/accuracy\` of 600${extra ? `, with ${extra} parent run${extra === 1 ? '' : 's'} to group them` : ''}; the other ${600 - n} are in the artifact._`);
    // The ranking metric's chart fits, so it is kept.
    expect(mermaidBlocks(comment.markdown)[0]).toContain('title "val/accuracy"');
  });

  test('thirty experiments in one comment: every one a section, within the limit', async () => {
    const runs = Array.from({ length: 30 }, (_, e) =>
      Array.from({ length: 40 }, (_, i) => makeRun({ id: `${e}-${i}`.padEnd(32, 'f'), experimentId: String(e), histories: { 'val/rmse': Array.from({ length: 120 }, (_, s) => 1 / (s + 1) + i / 100 + e) }, params: { lr: String(i) } })),
    ).flat();
    const model = makeModel(runs, Array.from({ length: 30 }, (_, e) => experiment(String(e), `exp-${e}`)));
    const { experiments } = await buildReports(model);
    const comment = renderMetricsSummary(experiments, { limit: commentLimitChars, unit: 'chars', limitName: "GitHub's comment limit", elsewhere: 'the artifact' });
    expect(comment.markdown.length).toBeLessThanOrEqual(commentLimitChars);
    expect(comment.markdown.match(/^## 📈 exp-\d+$/gm)).toHaveLength(30);
    // Each section keeps at least its best ten, best first.
    for (const r of experiments) expect(comment.markdown).toContain(`| 🏆 ${r.best!.runName} \`${r.best!.runId.slice(0, 8)}\``);
  });

  test('priorities: the ranking chart before the 11th run, the other charts before the runs past the 100th', async () => {
    const model = largeModel(120, ['val/loss', 'train/loss', 'a_loss', 'b_loss'], 400);
    const { experiments } = await buildReports(model);
    const full = renderMetricsSummary(experiments, summary);
    expect(full.shortened).toBe(false);
    expect(mermaidBlocks(full.markdown)).toHaveLength(4);
    expect(full.markdown).toContain('<details>');
    const size = (limit: number) => renderMetricsSummary(experiments, { ...summary, limit });
    const measure = (text: string) => Buffer.byteLength(text);
    // A little short: runs past the 100th go before any chart does, and the table says how many it shows.
    const lessOne = size(measure(full.markdown) - 1);
    expect(lessOne.shortened).toBe(true);
    expect(lessOne.markdown).toContain('> Shortened to fit the summary limit:');
    expect(mermaidBlocks(lessOne.markdown)).toHaveLength(4);
    expect(lessOne.markdown).toMatch(/_Showing the best 11\d runs by `val\/loss` of 120; the other \d+ are in the artifact\._/);
    // Tight: ten runs and the ranking chart (coarser if need be), no other chart.
    const tight = size(16_000);
    expect(measure(tight.markdown)).toBeLessThanOrEqual(16_000);
    const charts = mermaidBlocks(tight.markdown);
    expect(charts.length).toBe(1);
    expect(charts[0]).toContain('title "val/loss"');
    expect(tableIds(tight.markdown).length).toBeGreaterThanOrEqual(10);
    // Very tight: the headline still, and it says what was left out.
    const cut = size(2500);
    expect(measure(cut.markdown)).toBeLessThanOrEqual(2500);
    expect(cut.markdown).toContain('> Shortened to fit the summary limit:');
  });
});

test("the best run's plots are named under it, linked to the tracking server's artifact view when there is one", async () => {
  const model = makeModel([
    makeRun({ id: 'best', metrics: { 'val/loss': 0.1 }, artifacts: ['plots/roc curve.png', 'plots/confusion.svg', 'model.pkl', 'notes.txt'] }),
    makeRun({ id: 'other', metrics: { 'val/loss': 0.2 }, artifacts: ['plots/other.png'] }),
  ]);
  const { experiments } = await buildReports(model);
  const plain = renderMetricsSummary(experiments, summary).markdown;
  expect(plain).toContain("- 🖼️ Its plots: `plots/roc curve.png`, `plots/confusion.svg` — previewed on its page in the dashboard (the artifact), under Artifacts.");
  expect(plain).not.toContain('other.png');
  const linked = renderMetricsSummary(experiments, { ...summary, runLink: (run) => `https://mlflow.example/#/experiments/1/runs/${run.runId}` }).markdown;
  expect(linked).toContain('[`plots/roc curve.png`](https://mlflow.example/#/experiments/1/runs/best/artifacts/plots/roc%20curve.png)');
});
