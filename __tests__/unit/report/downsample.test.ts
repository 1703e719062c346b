import fc from 'fast-check';
import { m4Indices, sampleOnGrid } from '../../../shared/report/downsample.js';

const series = (steps: number[], values: number[]) => ({ steps, values });

test('evenly spaced steps within the budget are kept exactly; shorter runs are held flat and say so', () => {
  const a = series([0, 1, 2, 3], [4, 3, 2, 1]);
  const b = series([0, 1], [5, 6]);
  const chart = sampleOnGrid([a, b]);
  expect(chart.method).toBe('exact');
  expect(chart.xs).toEqual([0, 1, 2, 3]);
  expect(chart.lines[0]!.values).toEqual([4, 3, 2, 1]);
  expect(chart.lines[1]!).toMatchObject({ values: [5, 6, 6, 6], heldAfter: true, heldBefore: false, lastStep: 1 });
});

test('gaps inside a line are interpolated; the last value logged at a step wins', () => {
  const chart = sampleOnGrid([series([0, 2, 4], [0, 2, 4]), series([0, 1, 1, 2, 3, 4], [9, 1, 7, 9, 9, 9])]);
  expect(chart.xs).toEqual([0, 1, 2, 3, 4]);
  expect(chart.lines[0]!.values).toEqual([0, 1, 2, 3, 4]);
  expect(chart.lines[1]!.values[1]).toBe(7);
});

test('NaN and infinities are dropped and counted; a series without finite values has no line', () => {
  const chart = sampleOnGrid([series([0, 1, 2, 3], [1, NaN, Infinity, 2]), series([0], [NaN]), series([0, 1], [1.7976931348623157e308, 3])]);
  expect(chart.lines[0]).toMatchObject({ dropped: 2, points: 2 });
  expect(chart.lines[1]).toBeUndefined();
  expect(chart.lines[2]).toMatchObject({ dropped: 1, firstStep: 1, heldBefore: true });
});

test('out-of-order histories are drawn in step order', () => {
  const chart = sampleOnGrid([series([3, 1, 2, 0], [3, 1, 2, 0])]);
  expect(chart.lines[0]!.values).toEqual([0, 1, 2, 3]);
});

test('M4 keeps each bucket’s extremes: a one-step spike survives 100,000 points', () => {
  const n = 100_000;
  const steps = Array.from({ length: n }, (_, i) => i);
  const values = steps.map((i) => Math.sin(i / 500));
  values[54_321] = 50;
  values[12_345] = -50;
  const chart = sampleOnGrid([series(steps, values)]);
  expect(chart.method).toBe('m4');
  expect(chart.xs).toHaveLength(100);
  expect(chart.xs[0]).toBe(0);
  expect(chart.xs[99]).toBe(n - 1);
  expect(Math.max(...chart.lines[0]!.values)).toBe(50);
  expect(Math.min(...chart.lines[0]!.values)).toBe(-50);
});

test('unevenly spaced steps are bucketed even when few', () => {
  const chart = sampleOnGrid([series([0, 1, 2, 1000], [1, 2, 3, 4])]);
  expect(chart.method).toBe('m4');
  expect(chart.lines[0]!.values[0]).toBe(1);
  expect(chart.lines[0]!.values[99]).toBe(4);
});

test('property: at most maxPoints a line, every value within the line’s range, its min and max kept', () => {
  const point = fc.record({ step: fc.integer({ min: -1000, max: 100_000 }), value: fc.double({ min: -1e6, max: 1e6, noNaN: true }) });
  fc.assert(
    fc.property(fc.array(fc.array(point, { minLength: 1, maxLength: 400 }), { minLength: 1, maxLength: 4 }), fc.integer({ min: 4, max: 120 }), (lines, maxPoints) => {
      const chart = sampleOnGrid(lines.map((l) => series(l.map((p) => p.step), l.map((p) => p.value))), maxPoints);
      expect(chart.xs.length).toBeLessThanOrEqual(maxPoints);
      for (let i = 1; i < chart.xs.length; i++) expect(chart.xs[i]!).toBeGreaterThan(chart.xs[i - 1]!);
      lines.forEach((l, k) => {
        const values = l.map((p) => p.value);
        const line = chart.lines[k]!;
        expect(line.values).toHaveLength(chart.xs.length);
        const lo = Math.min(...values);
        const hi = Math.max(...values);
        for (const v of line.values) {
          expect(v).toBeGreaterThanOrEqual(lo - 1e-9 * Math.abs(lo));
          expect(v).toBeLessThanOrEqual(hi + 1e-9 * Math.abs(hi));
        }
        if (chart.method === 'm4') {
          expect(Math.min(...line.values)).toBe(lo);
          expect(Math.max(...line.values)).toBe(hi);
        }
      });
    }),
    { numRuns: 200 },
  );
});

test('m4Indices: at most the target, in order, the first, last, lowest and highest points always kept', () => {
  fc.assert(
    fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 400 }), fc.integer({ min: 4, max: 120 }), (ys, target) => {
      const xs = ys.map((_, i) => i * 3);
      const keep = m4Indices(xs, ys, target);
      expect(keep.length).toBeLessThanOrEqual(Math.max(target, ys.length <= target ? ys.length : 0));
      expect(keep).toEqual([...new Set(keep)].sort((a, b) => a - b));
      expect(keep[0]).toBe(0);
      expect(keep.at(-1)).toBe(ys.length - 1);
      const kept = keep.map((i) => ys[i]!);
      expect(Math.min(...kept)).toBe(Math.min(...ys));
      expect(Math.max(...kept)).toBe(Math.max(...ys));
    }),
  );
});
