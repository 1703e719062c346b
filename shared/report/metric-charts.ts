// One Mermaid line chart per metric: the histories of the top runs over steps, on a shared grid (see downsample.ts),
// with a text legend under it since xychart draws none. Each chart comes drawn at 500 points a line and at 100, so a
// report that runs short of room can keep the chart at the coarser drawing rather than drop it.
//
// A Mermaid line cannot stop before the axis ends (xychart spreads every line over the whole x range), so a chart never
// pads a run that ended early out to a longer run's last step: its x range ends where the best run's history ends;
// longer runs are drawn up to there (the legend says how far they go), and runs that ended before it are not drawn
// (the legend says where they ended; the dashboard draws every run to its own end).

import type { MetricHistory, Run } from '../mlflow/model.js';
import { isMeasured } from './metric-values.js';
import { sampleOnGrid, type SeriesInput } from './downsample.js';
import { cell } from '../text/markdown.js';
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
    const range = commonRange(withHistory.map((r) => r.metricHistories.get(metric)!));
    if (!range) continue;
    const drawings: ChartDrawing[] = [];
    let drawnRuns: Run[] = [];
    for (const maxPoints of options.maxPoints ?? chartResolutions) {
      const drawing = drawChart(metric, withHistory, range, sampleOnGrid(range.series, maxPoints), options);
      if (!drawing) break;
      if (drawings.at(-1)?.mermaid !== drawing.mermaid) drawings.push(drawing);
      drawnRuns = drawing.runs;
    }
    if (drawings.length > 0) charts.push({ metric, drawings: drawings.map(({ mermaid, legend }) => ({ mermaid, legend })), runs: drawnRuns });
  }
  return charts;
}

interface ChartRange {
  /** The last step drawn: where the first (best) run's measured history ends. */
  end: number;
  /** Per run, its points up to `end`; a run that ended before it has none. */
  series: SeriesInput[];
  /** Per run, its last measured step (undefined: none). */
  lastSteps: (number | undefined)[];
}

/** The x range that pads no run: up to the first run's last measured step, the other runs cut there. */
function commonRange(histories: MetricHistory[]): ChartRange | undefined {
  const lastSteps = histories.map((h) => {
    let last: number | undefined;
    for (let i = 0; i < h.values.length; i++) if (isMeasured(h.values[i]) && (last === undefined || h.steps[i]! > last)) last = h.steps[i]!;
    return last;
  });
  const end = lastSteps.find((s) => s !== undefined);
  if (end === undefined) return undefined;
  const series = histories.map((h, k): SeriesInput => {
    const last = lastSteps[k];
    if (last === undefined || last < end) return { steps: [], values: [] };
    if (last === end) return h;
    const keep: number[] = [];
    for (let i = 0; i < h.values.length; i++) if (h.steps[i]! <= end) keep.push(i);
    return { steps: keep.map((i) => h.steps[i]!), values: keep.map((i) => h.values[i]!) };
  });
  return { end, series, lastSteps };
}

function drawChart(
  metric: string,
  withHistory: Run[],
  range: ChartRange,
  sampled: ReturnType<typeof sampleOnGrid>,
  options: ChartOptions,
): (ChartDrawing & { runs: Run[] }) | undefined {
  const drawn: { run: Run; values: number[] }[] = [];
  const notes: string[] = [];
  const legend: string[] = [];
  const early: string[] = [];
  sampled.lines.forEach((line, i) => {
    const run = withHistory[i]!;
    const name = options.label(run);
    const last = range.lastSteps[i];
    if (last !== undefined && last < range.end) {
      early.push(`${cell(name)} (ended at step ${last})`);
      return;
    }
    if (!line) {
      notes.push(`${cell(name)}: no finite value to draw`);
      return;
    }
    const swatch = palette[drawn.length]!.swatch;
    drawn.push({ run, values: line.values });
    const extent: string[] = [];
    if (line.heldBefore) extent.push(`starts at step ${line.firstStep}, flat before`);
    if (last !== undefined && last > range.end) extent.push(`goes on to step ${last}`);
    legend.push(`${swatch} ${cell(name)}${extent.length ? ` <sub>(${extent.join('; ')})</sub>` : ''}`);
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
  const ended = early.length > 0 ? ` Not drawn, as they ended before step ${range.end} (where the best run's history ends) and a Mermaid line cannot stop early: ${early.join(', ')}.` : '';
  const text = `${legend.join(' · ')}  \n<sub>Drawn: ${method}, up to step ${range.end}.${notes.length ? ` ${notes.join('; ')}.` : ''}${ended} The dashboard draws every run to its own end.</sub>`;
  return { mermaid, legend: text, runs: drawn.map((d) => d.run) };
}
