// One Mermaid line chart per metric: the histories of the top runs over steps, on a shared grid (see downsample.ts),
// with a text legend under it since xychart draws none. Each chart comes drawn at 500 points a line and at 100, so a
// report that runs short of room can keep the chart at the coarser drawing rather than drop it.

import type { Run } from '../mlflow/model.js';
import { sampleOnGrid } from './downsample.js';
import { cell } from './markdown.js';
import { maxChartLines, palette, xyLineChart } from './mermaid-chart.js';

export interface ChartDrawing {
  /** Mermaid source, without the code fence. */
  mermaid: string;
  /** Markdown: which colour is which run, and what to know about the lines. */
  legend: string;
}

export interface MetricChart {
  metric: string;
  /** The chart at each of `maxPoints`, finest first (one when the history is short enough to draw exactly). */
  drawings: ChartDrawing[];
  /** Runs drawn, in line order. */
  runs: Run[];
}

/** Points a line, finest first: enough that a curve of a few hundred steps shows no stair-steps. */
export const chartResolutions = [500, 100];

export interface ChartOptions {
  /** Points per line, one drawing each, finest first. Default chartResolutions. */
  maxPoints?: number[];
  /** How a run is named in the legend. */
  label: (run: Run) => string;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * Charts for `metrics` (in that order) over `runs` (best first; at most maxChartLines are drawn). A metric no run
 * logged more than once is left out: a single value per run reads better in the table.
 */
export function metricCharts(runs: Run[], metrics: string[], options: ChartOptions): MetricChart[] {
  const charts: MetricChart[] = [];
  for (const metric of metrics) {
    const withHistory = runs.filter((r) => (r.metricHistories.get(metric)?.values.length ?? 0) > 0).slice(0, maxChartLines);
    if (!withHistory.some((r) => r.metricHistories.get(metric)!.values.length > 1)) continue;
    const histories = withHistory.map((r) => r.metricHistories.get(metric)!);
    const drawings: ChartDrawing[] = [];
    let drawnRuns: Run[] = [];
    for (const maxPoints of options.maxPoints ?? chartResolutions) {
      const drawing = drawChart(metric, withHistory, sampleOnGrid(histories, maxPoints), options);
      if (!drawing) break;
      if (drawings.at(-1)?.mermaid !== drawing.mermaid) drawings.push(drawing);
      drawnRuns = drawing.runs;
    }
    if (drawings.length > 0) charts.push({ metric, drawings: drawings.map(({ mermaid, legend }) => ({ mermaid, legend })), runs: drawnRuns });
  }
  return charts;
}

function drawChart(metric: string, withHistory: Run[], sampled: ReturnType<typeof sampleOnGrid>, options: ChartOptions): (ChartDrawing & { runs: Run[] }) | undefined {
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
  if (drawn.length === 0) return undefined;
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
  return { mermaid, legend: text, runs: drawn.map((d) => d.run) };
}
