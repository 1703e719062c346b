// Metric histories of a large store are millions of points in tens of thousands of short series. Giving each series
// its own ArrayBuffers costs an allocation (zeroed memory, GC external-memory accounting) per series and a copy from a
// parse buffer; instead series are parsed straight into big shared chunks and handed out as subarray views. Unused
// chunk tails are never touched, so the kernel never backs them with memory.

import type { StepColumn } from './model.js';

/** Largest chunk, in points (8 MB per float column). Chunks start small and double, so a small store stays small. */
const MAX_CHUNK_POINTS = 1 << 20;

export class ColumnArena {
  values = new Float64Array(0);
  timestamps = new Float64Array(0);
  steps = new Int32Array(0);
  /** First free index in the current chunk. */
  offset = 0;

  /** `nextChunk` 0 sizes every chunk to its request: for parsing a single file. */
  constructor(private nextChunk = 1 << 14) {}

  /** Makes room for up to `points` more points at `offset`, starting a new chunk if the current one is too short. */
  reserve(points: number): void {
    if (this.offset + points <= this.values.length) return;
    const size = Math.max(this.nextChunk, points);
    if (this.nextChunk > 0) this.nextChunk = Math.min(this.nextChunk * 2, MAX_CHUNK_POINTS);
    this.values = new Float64Array(size);
    this.timestamps = new Float64Array(size);
    this.steps = new Int32Array(size);
    this.offset = 0;
  }

  /**
   * Views of the `n` points written at `offset`, which then moves past them. `wideSteps` holds the steps instead of
   * the Int32 column when one of them did not fit in 32 bits.
   */
  take(n: number, wideSteps: Float64Array | null): { values: Float64Array; steps: StepColumn; timestamps: Float64Array } {
    const start = this.offset;
    this.offset += n;
    return {
      values: this.values.subarray(start, start + n),
      steps: wideSteps ? wideSteps.slice(0, n) : this.steps.subarray(start, start + n),
      timestamps: this.timestamps.subarray(start, start + n),
    };
  }
}

/** True when every value is an integer that an Int32Array holds. */
export function fitsInt32(xs: ArrayLike<number>): boolean {
  for (let i = 0; i < xs.length; i++) if ((xs[i]! | 0) !== xs[i]) return false;
  return true;
}

/** The compact step column for `steps`: Int32Array when every step fits, the Float64Array itself otherwise. */
export function compactSteps(steps: Float64Array): StepColumn {
  return fitsInt32(steps) ? Int32Array.from(steps) : steps;
}
