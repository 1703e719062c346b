// Every chart the summary emits, and the awkward cases, rendered by the real mermaid library in headless Chromium.

import path from 'node:path';
import { openStore } from '../../../shared/mlflow/detect-store.js';
import { buildReports } from '../../../shared/report/experiment-report.js';
import { chromiumPath, mermaidBlocks, renderMermaidCharts } from '../../harness/mermaid-check.js';
import { palette, xyLineChart } from '../../../shared/report/mermaid-chart.js';
import { renderMetricsSummary, summaryLimitBytes } from '../../../shared/report/metrics-summary.js';
import { sampleOnGrid } from '../../../shared/report/downsample.js';

const fixtures = path.resolve('__tests__/fixtures/mlflow');
const browser = chromiumPath() ? describe : describe.skip;

async function summaryOf(store: string): Promise<string> {
  const { model } = await openStore(path.join(fixtures, store)).read();
  const { experiments } = await buildReports(model, { baseline: { kind: 'tag', key: 'mlflow.runName', value: 'baseline-linear' } });
  return renderMetricsSummary(experiments, { limit: summaryLimitBytes, unit: 'bytes', limitName: 'the limit' }).markdown;
}

const line = (name: string, values: number[]) => ({ name, values });

const edgeCases: Record<string, string> = {
  'unicode, quotes and directives in titles': xyLineChart({
    title: 'val "loss" — ユニコード/メトリック 🚀 %%{init: {}}%% #quot; <b>x</b> `code`',
    xTitle: 'step "n"',
    yTitle: "it's \"y\"",
    xMin: 0,
    xMax: 2,
    lines: [line('run "a" ; b', [1, 2, 3]), line('ラン', [3, 2, 1])],
  }),
  'a single point': xyLineChart({ title: 'one', xTitle: 'step', yTitle: 'v', xMin: 5, xMax: 5, lines: [line('a', [0.5])] }),
  'identical values': xyLineChart({ title: 'flat', xTitle: 'step', yTitle: 'v', xMin: 0, xMax: 3, lines: [line('a', [2, 2, 2, 2]), line('b', [2, 2, 2, 2])] }),
  'all zeros': xyLineChart({ title: 'zero', xTitle: 'step', yTitle: 'v', xMin: 0, xMax: 2, lines: [line('a', [0, 0, 0])] }),
  negative: xyLineChart({ title: 'neg', xTitle: 'step', yTitle: 'v', xMin: -1, xMax: 1, lines: [line('a', [-3.5, -0.001, -2e-7])] }),
  huge: xyLineChart({ title: 'huge', xTitle: 'step', yTitle: 'v', xMin: 0, xMax: 2 ** 40, lines: [line('a', [1e300, -1.5e301, 1.7e308])] }),
  tiny: xyLineChart({ title: 'tiny', xTitle: 'step', yTitle: 'v', xMin: 0, xMax: 2, lines: [line('a', [1e-300, 5e-324, 3e-300])] }),
  'offset with a small range': xyLineChart({ title: 'offset', xTitle: 'step', yTitle: 'v', xMin: 0, xMax: 2, lines: [line('a', [1e12, 1e12 + 1, 1e12 + 2])] }),
  'eight lines, downsampled from a million points': (() => {
    const n = 1_000_000;
    const steps = Float64Array.from({ length: n }, (_, i) => i);
    const series = Array.from({ length: 8 }, (_, k) => ({ steps, values: Float64Array.from({ length: n }, (_, i) => Math.sin(i / 1e4 + k) * (k + 1)) }));
    const sampled = sampleOnGrid(series);
    return xyLineChart({ title: 'many', xTitle: 'step', yTitle: 'v', xMin: sampled.xMin, xMax: sampled.xMax, lines: sampled.lines.map((l, k) => line(`run ${k}`, l!.values)) });
  })(),
};

browser('mermaid renders what the reports emit', () => {
  test('every chart of the summaries of both fixture stores', async () => {
    const sources = [...mermaidBlocks(await summaryOf('file-store/mlruns')), ...mermaidBlocks(await summaryOf('sqlite/mlflow.db'))];
    expect(sources.length).toBeGreaterThanOrEqual(8);
    const { charts, pageErrors, requests } = await renderMermaidCharts(sources);
    for (const chart of charts) {
      expect({ error: chart.error, ok: chart.ok }).toEqual({ error: undefined, ok: true });
      expect(chart.badPaths).toBe(0);
      // One drawn line per `line` statement, in the palette's colours, in order.
      const declared = chart.source.split('\n').filter((l) => l.trim().startsWith('line ')).length;
      expect(chart.lines).toBe(declared);
      expect(chart.lineColors).toEqual(palette.slice(0, declared).map((p) => p.color));
    }
    expect(pageErrors).toEqual([]);
    expect(requests).toEqual([]);
  }, 120_000);

  test('edge cases: unicode and quotes in titles, one point, identical, negative, huge and tiny values', async () => {
    const names = Object.keys(edgeCases);
    const { charts, pageErrors, requests } = await renderMermaidCharts(Object.values(edgeCases));
    charts.forEach((chart, i) => {
      expect({ name: names[i], ok: chart.ok, error: chart.error }).toEqual({ name: names[i], ok: true, error: undefined });
      expect(chart.badPaths).toBe(0);
      expect(chart.lines).toBeGreaterThan(0);
    });
    expect(charts[0]!.title).toContain('ユニコード/メトリック 🚀');
    expect(charts[0]!.title).not.toContain('"');
    expect(pageErrors).toEqual([]);
    expect(requests).toEqual([]);
  }, 120_000);

  test('a broken chart is reported, not passed', async () => {
    const { charts } = await renderMermaidCharts(['xychart-beta\n    line [1e5, 2]']);
    expect(charts[0]!.ok).toBe(false);
    expect(charts[0]!.error).toMatch(/Parse error/);
  }, 120_000);
});
