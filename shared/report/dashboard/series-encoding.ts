// Chart series travel in the page as base64 of little-endian binary columns, not as JSON number lists: writing a
// double as decimal text is the slowest part of rendering a large store and takes about 20 characters a point, while
// base64 costs nearly nothing to write or parse and takes 5.3 characters for a 4-byte value. Values go as Float32
// (7 significant digits, more than a chart can show) unless one would not survive that; steps as Int32 unless one is
// not a 32-bit integer (MLflow allows 64-bit steps).

import type { EncodedColumn } from './payload-types.js';

const FLT_MIN = 1.1754943508222875e-38;

function encode(count: number, size: 4 | 8, write: (view: DataView, i: number) => void): string {
  const bytes = Buffer.allocUnsafe(count * size);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = 0; i < count; i++) write(view, i);
  return bytes.toString('base64');
}

export function encodeSteps(steps: ArrayLike<number>): EncodedColumn {
  let int32 = true;
  for (let i = 0; i < steps.length && int32; i++) int32 = (steps[i]! | 0) === steps[i];
  return int32
    ? { type: 'i32', data: encode(steps.length, 4, (view, i) => view.setInt32(i * 4, steps[i]!, true)) }
    : { type: 'f64', data: encode(steps.length, 8, (view, i) => view.setFloat64(i * 8, steps[i]!, true)) };
}

/** Float32 when every value keeps its magnitude there (no overflow, no underflow into subnormals or zero). */
export function encodeValues(values: ArrayLike<number>): EncodedColumn {
  let float32 = true;
  for (let i = 0; i < values.length && float32; i++) {
    const v = values[i]!;
    const f = Math.abs(Math.fround(v));
    float32 = v === 0 || (f >= FLT_MIN && f !== Infinity);
  }
  return float32
    ? { type: 'f32', data: encode(values.length, 4, (view, i) => view.setFloat32(i * 4, values[i]!, true)) }
    : { type: 'f64', data: encode(values.length, 8, (view, i) => view.setFloat64(i * 8, values[i]!, true)) };
}
