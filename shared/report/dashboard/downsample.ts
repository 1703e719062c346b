// Metric histories for the dashboard's charts: finite points in step order, cut to a point budget. A 1,000-run store
// can hold ten million points; the page stays loadable by keeping each series whole up to a shared cap and thinning
// longer ones with M4 (shared/report/downsample.ts), which keeps each bucket's first, last, lowest and highest point:
// the curve's shape, its spikes and its best value.

import type { MetricHistory } from '../../mlflow/model.js';
import { m4Indices } from '../downsample.js';

/** SQLite keeps ±Infinity as ±DBL_MAX and reads it back so; a chart treats it as the infinity it was. */
const DBL_MAX = 1.7976931348623157e308;

export interface ChartSeries {
  steps: ArrayLike<number>;
  values: ArrayLike<number>;
  /** Milliseconds since the epoch, per point. */
  timestamps: ArrayLike<number>;
  sampled: boolean;
  nan: number;
  posInf: number;
  negInf: number;
}

/** Finite points of a history, sorted by step (stable, so equal steps keep their logged order), and what was left out. */
export function finitePoints(history: MetricHistory): {
  steps: ArrayLike<number>;
  values: ArrayLike<number>;
  timestamps: ArrayLike<number>;
  nan: number;
  posInf: number;
  negInf: number;
} {
  const { values, steps, timestamps } = history;
  const n = values.length;
  let nan = 0;
  let posInf = 0;
  let negInf = 0;
  let sorted = true;
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    if (v !== v) nan++;
    else if (v >= DBL_MAX) posInf++;
    else if (v <= -DBL_MAX) negInf++;
    if (i > 0 && steps[i]! < steps[i - 1]!) sorted = false;
  }
  // The usual history: all finite, in step order; its own columns serve.
  if (sorted && nan + posInf + negInf === 0) return { steps, values, timestamps, nan, posInf, negInf };
  const keep: number[] = [];
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    if (v === v && v < DBL_MAX && v > -DBL_MAX) keep.push(i);
  }
  if (!sorted) keep.sort((a, b) => steps[a]! - steps[b]! || a - b);
  return {
    steps: Float64Array.from(keep, (i) => steps[i]!),
    values: Float64Array.from(keep, (i) => values[i]!),
    timestamps: Float64Array.from(keep, (i) => timestamps[i]!),
    nan,
    posInf,
    negInf,
  };
}

/** The chart series of a history: whole when it has at most `cap` finite points, thinned to `cap` otherwise. */
export function chartSeries(history: MetricHistory, cap: number): ChartSeries {
  const { steps, values, timestamps, nan, posInf, negInf } = finitePoints(history);
  if (steps.length <= cap) return { steps, values, timestamps, sampled: false, nan, posInf, negInf };
  const keep = m4Indices(steps, values, cap);
  return {
    steps: Float64Array.from(keep, (i) => steps[i]!),
    values: Float64Array.from(keep, (i) => values[i]!),
    timestamps: Float64Array.from(keep, (i) => timestamps[i]!),
    sampled: true,
    nan,
    posInf,
    negInf,
  };
}

/**
 * The per-series cap: the largest c in [floor, max] with Σ min(length, c) ≤ budget, so short series stay whole and
 * long ones share what is left. When even `floor` overshoots, `floor` (a chart needs some points to show a shape).
 */
export function pointsPerSeries(lengths: number[], budget: number, max: number, floor: number): number {
  const fits = (c: number) => {
    let sum = 0;
    for (const n of lengths) sum += n < c ? n : c;
    return sum <= budget;
  };
  if (fits(max)) return max;
  let lo = Math.min(floor, max);
  let hi = max;
  while (lo < hi) {
    const mid = Math.floor((lo + hi + 1) / 2);
    if (fits(mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
