// One Mermaid line chart per metric: the histories of the top runs over steps, on a shared grid of at most 100 points
// (see downsample.ts), with a text legend under it since xychart draws none.

import type { Run } from '../mlflow/model.js';
import { sampleOnGrid } from './downsample.js';
import { cell } from './markdown.js';
import { maxChartLines, palette, xyLineChart } from './mermaid-chart.js';

export interface MetricChart {
  metric: string;
  /** Mermaid source, without the code fence. */
  mermaid: string;
  /** Markdown: which colour is which run, and what to know about the lines. */
  legend: string;
  /** Runs drawn, in line order. */
  runs: Run[];
}

export interface ChartOptions {
  /** Points per line. Default 100. */
  maxPoints?: number;
  /** How a run is named in the legend. */
  label: (run: Run) => string;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * Charts for `metrics` (in that order) over `runs` (best first; at most maxChartLines are drawn). A metric no run
 * logged more than once is left out: a single value per run reads better in the table.
 */
export function metricCharts(runs: Run[], metrics: string[], options: ChartOptions): MetricChart[] {
  const maxPoints = options.maxPoints ?? 100;
  const charts: MetricChart[] = [];
  for (const metric of metrics) {
    const withHistory = runs.filter((r) => (r.metricHistories.get(metric)?.values.length ?? 0) > 0).slice(0, maxChartLines);
    if (!withHistory.some((r) => r.metricHistories.get(metric)!.values.length > 1)) continue;
    const histories = withHistory.map((r) => r.metricHistories.get(metric)!);
    const sampled = sampleOnGrid(histories, maxPoints);
    const drawn: { run: Run; values: number[] }[] = [];
    const notes: string[] = [];
    const legend: string[] = [];
    sampled.lines.forEach((line, i) => {
      const run = withHistory[i]!;
      const name = options.label(run);
      if (!line) {
        notes.push(`${cell(name)}: no finite value to draw`);
        return;
      }
      const swatch = palette[drawn.length]!.swatch;
      drawn.push({ run, values: line.values });
      const extent: string[] = [];
      if (line.heldBefore) extent.push(`starts at step ${line.firstStep}`);
      if (line.heldAfter) extent.push(`ends at step ${line.lastStep}`);
      legend.push(`${swatch} ${cell(name)}${extent.length ? ` <sub>(${extent.join(', ')}; flat beyond)</sub>` : ''}`);
      if (line.dropped > 0) notes.push(`${cell(name)}: ${plural(line.dropped, 'NaN/∞ value')} not drawn`);
    });
    if (drawn.length === 0) continue;
    const method =
      sampled.method === 'exact'
        ? `every logged step (${sampled.xs.length})`
        : `${sampled.xs.length} points a line: first, last, min and max of ${sampled.xs.length / 4} equal step buckets (M4)`;
    const mermaid = xyLineChart({
      title: metric,
      xTitle: 'step',
      yTitle: metric,
      xMin: sampled.xMin,
      xMax: sampled.xMax,
      lines: drawn.map((d) => ({ name: options.label(d.run), values: d.values })),
    });
    const text = `${legend.join(' · ')}  \n<sub>Drawn: ${method}.${notes.length ? ` ${notes.join('; ')}.` : ''}</sub>`;
    charts.push({ metric, mermaid, legend: text, runs: drawn.map((d) => d.run) });
  }
  return charts;
}
