// Puts several metric histories on one shared x grid of at most `maxPoints` steps, as a Mermaid xychart needs: it
// takes one list of y values per line and spreads them evenly over the x-axis range, so every line must have a value
// at the same evenly spaced steps.
//
// Method:
// - Exact, when the steps all the histories use are evenly spaced and no more than `maxPoints` (epochs 0..99):
//   each line gets its own value at every step.
// - M4 otherwise (Jugel et al., "M4: A Visualization-Oriented Time Series Data Aggregation", VLDB 2014): the step
//   range is cut into `maxPoints / 4` equal buckets and each bucket keeps four points of each line: its first, its
//   last, its minimum and its maximum, in step order, drawn at the bucket's four grid positions. Spikes and the best
//   value survive, which averaging or plain decimation would lose; a point moves by less than one bucket along x.
// A line is linearly interpolated across steps it did not log, and held flat at its first / last value outside the
// steps it covers (a run that trained for fewer steps); the caller says so in the legend. Values that cannot be drawn
// (NaN, ±infinity) are dropped and counted.

import { isMeasured } from './metric-values.js';

export interface SeriesInput {
  steps: ArrayLike<number>;
  values: ArrayLike<number>;
}

export interface SampledLine {
  /** One value per grid position. */
  values: number[];
  firstStep: number;
  lastStep: number;
  /** Points drawn from (measured ones). */
  points: number;
  /** NaN and infinite values left out. */
  dropped: number;
  /** The line starts after the grid's first step / ends before its last, and is held flat there. */
  heldBefore: boolean;
  heldAfter: boolean;
}

export interface SampledChart {
  xMin: number;
  xMax: number;
  /** Grid steps, evenly spaced from xMin to xMax. */
  xs: number[];
  method: 'exact' | 'm4';
  /** Per input series, in order; undefined for a series without one measured value. */
  lines: (SampledLine | undefined)[];
}

interface Points {
  steps: number[];
  values: number[];
  dropped: number;
}

/** Measured points in step order (logging order among equal steps). */
function measuredPoints(series: SeriesInput): Points {
  const order: number[] = [];
  let dropped = 0;
  for (let i = 0; i < series.values.length; i++) {
    if (isMeasured(series.values[i]) && Number.isFinite(series.steps[i])) order.push(i);
    else dropped++;
  }
  order.sort((a, b) => series.steps[a]! - series.steps[b]! || a - b);
  return { steps: order.map((i) => series.steps[i]!), values: order.map((i) => series.values[i]!), dropped };
}

function evenlySpaced(sorted: number[]): boolean {
  if (sorted.length <= 2) return true;
  const gap = sorted[1]! - sorted[0]!;
  for (let i = 2; i < sorted.length; i++) if (sorted[i]! - sorted[i - 1]! !== gap) return false;
  return true;
}

/** The line's value at step x: interpolated between its points, held outside them. */
function valueAt(p: Points, x: number): number {
  const n = p.steps.length;
  if (x <= p.steps[0]!) return p.values[0]!;
  if (x >= p.steps[n - 1]!) return p.values[n - 1]!;
  // The first point at or after x (binary search), and the one before it.
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (p.steps[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  if (p.steps[hi] === x) return p.values[hi]!;
  const before = hi - 1;
  const t = (x - p.steps[before]!) / (p.steps[hi]! - p.steps[before]!);
  return p.values[before]! + t * (p.values[hi]! - p.values[before]!);
}

function exactLine(p: Points, xs: number[]): number[] {
  // The last point logged at a step wins, as a plot of the raw history would show it.
  const at = new Map<number, number>();
  for (let i = 0; i < p.steps.length; i++) at.set(p.steps[i]!, p.values[i]!);
  return xs.map((x) => at.get(x) ?? valueAt(p, x));
}

function m4Line(p: Points, xMin: number, xMax: number, buckets: number, xs: number[]): number[] {
  const width = (xMax - xMin) / buckets;
  const out: number[] = [];
  let i = 0;
  for (let b = 0; b < buckets; b++) {
    const end = b === buckets - 1 ? Infinity : xMin + (b + 1) * width;
    const start = i;
    let lo = i;
    let hi = i;
    while (i < p.steps.length && p.steps[i]! < end) {
      if (p.values[i]! < p.values[lo]!) lo = i;
      if (p.values[i]! > p.values[hi]!) hi = i;
      i++;
    }
    const slots = xs.slice(b * 4, b * 4 + 4);
    if (i === start) {
      // Nothing logged in this bucket: interpolate (inside the line's range) or hold (outside it).
      for (const x of slots) out.push(valueAt(p, x));
      continue;
    }
    const chosen = [...new Set([start, lo, hi, i - 1])].sort((a, c) => a - c);
    for (let s = 0; s < 4; s++) out.push(p.values[chosen[Math.floor((s * chosen.length) / 4)]!]!);
  }
  return out;
}

export function sampleOnGrid(series: SeriesInput[], maxPoints = 100): SampledChart {
  const points = series.map(measuredPoints);
  const drawn = points.filter((p) => p.steps.length > 0);
  if (drawn.length === 0) return { xMin: 0, xMax: 0, xs: [], method: 'exact', lines: series.map(() => undefined) };
  const xMin = Math.min(...drawn.map((p) => p.steps[0]!));
  const xMax = Math.max(...drawn.map((p) => p.steps[p.steps.length - 1]!));

  const distinct = new Set<number>();
  for (const p of drawn) {
    for (const s of p.steps) {
      distinct.add(s);
      if (distinct.size > maxPoints) break;
    }
    if (distinct.size > maxPoints) break;
  }
  const union = [...distinct].sort((a, b) => a - b);
  const exact = distinct.size <= maxPoints && evenlySpaced(union);
  const buckets = Math.max(1, Math.floor(maxPoints / 4));
  const slots = buckets * 4;
  const xs = exact ? union : Array.from({ length: slots }, (_, k) => xMin + (k * (xMax - xMin)) / (slots - 1));

  const lines = points.map((p): SampledLine | undefined => {
    if (p.steps.length === 0) return undefined;
    const firstStep = p.steps[0]!;
    const lastStep = p.steps[p.steps.length - 1]!;
    return {
      values: exact ? exactLine(p, xs) : m4Line(p, xMin, xMax, buckets, xs),
      firstStep,
      lastStep,
      points: p.steps.length,
      dropped: p.dropped,
      heldBefore: firstStep > xMin,
      heldAfter: lastStep < xMax,
    };
  });
  return { xMin, xMax, xs, method: exact ? 'exact' : 'm4', lines };
}

/**
 * Indices of at most `target` points of one series to draw on its own x axis (the dashboard's charts), by M4: the x
 * range is cut into equal buckets and each keeps its first, last, lowest and highest point, in order. The series'
 * minimum and maximum are always kept (the best value and every spike show), and so are its first and last points.
 * A bucket where the curve only rises or falls gives two points, not four, so the bucket count grows (up to twice)
 * while the points stay within `target`. `xs` must be sorted; linear time.
 */
export function m4Indices(xs: ArrayLike<number>, ys: ArrayLike<number>, target: number): number[] {
  const n = xs.length;
  if (target >= n || n <= 2) return Array.from({ length: n }, (_, i) => i);
  let buckets = Math.max(1, Math.floor(target / 4));
  let best = m4Pass(xs, ys, buckets);
  for (let tries = 0; tries < 2 && best.length < target * 0.8; tries++) {
    buckets = Math.floor((buckets * target) / Math.max(1, best.length));
    const next = m4Pass(xs, ys, buckets);
    if (next.length > target) break;
    best = next;
  }
  return best;
}

function m4Pass(xs: ArrayLike<number>, ys: ArrayLike<number>, buckets: number): number[] {
  const n = xs.length;
  const x0 = xs[0]!;
  const width = (xs[n - 1]! - x0) / buckets;
  const out: number[] = [];
  let i = 0;
  for (let b = 0; b < buckets && i < n; b++) {
    const end = b === buckets - 1 || width === 0 ? Infinity : x0 + (b + 1) * width;
    const first = i;
    let lo = i;
    let hi = i;
    while (i < n && xs[i]! < end) {
      if (ys[i]! < ys[lo]!) lo = i;
      if (ys[i]! > ys[hi]!) hi = i;
      i++;
    }
    if (i === first) continue;
    for (const k of [...new Set([first, lo, hi, i - 1])].sort((a, c) => a - c)) out.push(k);
  }
  return out;
}
