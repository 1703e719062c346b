// Parses one file-store metric file (`metrics/<key>`): a line per logged value, `<timestamp> <value> <step>` or
// `<timestamp> <value> <step> <dataset_name> <dataset_digest>`, as MLflow's FileStore._get_metric_from_line reads it:
// the line is stripped and split on single spaces; 2, 3 or 5 fields; the step is read only from 3-field lines (5-field
// lines report step 0 — an MLflow 3.6 quirk we keep so that our numbers agree with MLflow's UI and API).
//
// This is the hot path of a large store (millions of lines), so canonical lines are parsed straight from the bytes in
// one pass; any line that is not canonical goes through a text path that follows Python's int()/float() rules.

import { ColumnArena } from './column-arena.js';
import { decimalQuotient, pow10, quotient } from './decimal.js';
import type { DatasetRef, MetricHistory } from './model.js';
import { parsePyFloat, parsePyInt, pyStrip } from './py-numbers.js';

export interface LineProblem {
  /** 1-based. */
  line: number;
  message: string;
}

export interface MetricFileResult {
  history: MetricHistory;
  /** Index of the latest point (max by step, timestamp, value), -1 when the file has no valid line. */
  latest: number;
  /** The first few problems; `problemCount` counts all of them. */
  problems: readonly LineProblem[];
  problemCount: number;
}

/** Problems kept per file: enough to locate the damage without one corrupt file flooding the report. */
const MAX_PROBLEMS = 10;

const TWO_53 = 2 ** 53;

/** Python's str.splitlines() boundaries: MLflow reads metric files with codecs' readlines(), which splits on all of them. */
const PY_LINE_BREAK = /\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/;

const utf8 = new TextDecoder('utf-8');

interface TextLine {
  timestamp: number;
  value: number;
  step: number;
  dataset: DatasetRef | null;
}

/** Python semantics for one line (already split off, without its newline). Returns an error message when invalid. */
export function parseMetricLine(text: string): TextLine | string {
  const fields = pyStrip(text).split(' ');
  if (fields.length !== 2 && fields.length !== 3 && fields.length !== 5) {
    return `expected "<timestamp> <value> <step>" (2, 3 or 5 space-separated fields), found ${fields.length}`;
  }
  const timestamp = parsePyInt(fields[0]!);
  if (timestamp === undefined) return `timestamp ${JSON.stringify(fields[0])} is not an integer`;
  const value = parsePyFloat(fields[1]!);
  if (value === undefined) return `value ${JSON.stringify(fields[1])} is not a number`;
  let step = 0;
  if (fields.length === 3) {
    const parsed = parsePyInt(fields[2]!);
    if (parsed === undefined) return `step ${JSON.stringify(fields[2])} is not an integer`;
    step = parsed;
  }
  const dataset = fields.length === 5 ? { name: fields[3]!, digest: fields[4]! } : null;
  return { timestamp, value, step, dataset };
}

// State of the file being parsed, shared with the text path so that the byte loop keeps its numbers in registers.
let datasets: (DatasetRef | null)[] | null = null;
let datasetCache: Map<string, DatasetRef> | null = null;
/** Shared by files without problems (most), so that they allocate no array. */
const NO_PROBLEMS: readonly LineProblem[] = Object.freeze([]);
let problems: LineProblem[] | readonly LineProblem[] = NO_PROBLEMS;
let problemCount = 0;

// Columns being written (the arena's current chunk) and where this file's points start in them. Steps go to the Int32
// column until one does not fit; from then on the file's steps live in `wideSteps`.
let values = new Float64Array(0);
let steps = new Int32Array(0);
let timestamps = new Float64Array(0);
let wideSteps: Float64Array | null = null;
let base = 0;
let bound = 0;

function storeWideStep(n: number, step: number): void {
  if (wideSteps === null) {
    wideSteps = new Float64Array(bound);
    for (let i = 0; i < n; i++) wideSteps[i] = steps[base + i]!;
  }
  wideSteps[n] = step;
}

function store(n: number, timestamp: number, value: number, step: number): void {
  values[base + n] = value;
  timestamps[base + n] = timestamp;
  if (wideSteps === null && (step | 0) === step) steps[base + n] = step;
  else storeWideStep(n, step);
}

function noteDataset(n: number, name: string, digest: string): void {
  const cacheKey = `${name}\u0000${digest}`;
  datasetCache ??= new Map();
  let ref = datasetCache.get(cacheKey);
  if (!ref) {
    ref = { name, digest };
    datasetCache.set(cacheKey, ref);
  }
  datasets ??= [];
  while (datasets.length < n) datasets.push(null);
  datasets.push(ref);
}

/** Parses bytes [start, end) the way Python reads that text, storing points from index n; returns the new count. */
function textLine(bytes: Uint8Array, start: number, end: number, lineNo: number, n: number): number {
  const texts = utf8.decode(bytes.subarray(start, end)).split(PY_LINE_BREAK);
  // A break just before the newline ("…\r\n") ends the same line, as in Python.
  if (texts.length > 1 && texts[texts.length - 1] === '') texts.pop();
  for (const text of texts) {
    const parsed = parseMetricLine(text);
    if (typeof parsed === 'string') {
      problemCount++;
      if (problems.length < MAX_PROBLEMS) problems = [...problems, { line: lineNo, message: parsed }];
      continue;
    }
    store(n, parsed.timestamp, parsed.value, parsed.step);
    if (parsed.dataset) noteDataset(n, parsed.dataset.name, parsed.dataset.digest);
    n++;
  }
  return n;
}

/** Index of MLflow's latest point: Python's max over (step, timestamp, value); the first maximum wins, NaN never wins. */
function latestIndex(n: number, stepColumn: ArrayLike<number>, stepBase: number): number {
  if (n === 0) return -1;
  let best = 0;
  let bestStep = stepColumn[stepBase]!;
  let bestTimestamp = timestamps[base]!;
  let bestValue = values[base]!;
  for (let i = 1; i < n; i++) {
    const step = stepColumn[stepBase + i]!;
    const timestamp = timestamps[base + i]!;
    const value = values[base + i]!;
    if (step !== bestStep ? step > bestStep : timestamp !== bestTimestamp ? timestamp > bestTimestamp : value > bestValue) {
      best = i;
      bestStep = step;
      bestTimestamp = timestamp;
      bestValue = value;
    }
  }
  return best;
}

let sentinelBuffer = new Uint8Array(0);
// A DataView of the last buffer parsed: the file store reads every file into the same one.
let viewBytes: Uint8Array = new Uint8Array(0);
let view: DataView = new DataView(viewBytes.buffer);

/** Bytes the parser may read past `length`: the newline sentinel and the rest of a 4-byte word. */
const SLACK = 4;

// Four ASCII digits at a time (SWAR): a timestamp is 13 digits, a Python float repr up to 17, and per-byte work is
// most of the parse. `w` is the little-endian 32-bit word of 4 bytes, first character in the low byte.

/** True when all 4 bytes of `w` are '0'–'9': high nibble 3, and still 3 after adding 6 to the low nibble. */
function fourDigits(w: number): boolean {
  return ((w & 0xf0f0f0f0) | (((w + 0x06060606) & 0xf0f0f0f0) >>> 4)) === 0x33333333;
}

/** The number the 4 digits of `w` spell (0–9999). */
function fourDigitValue(w: number): number {
  const d = w - 0x30303030;
  const pairs = (d * 10 + (d >>> 8)) & 0x00ff00ff; // byte 0: first two digits, byte 2: last two
  return (pairs & 0xff) * 100 + (pairs >>> 16);
}

/**
 * Parses `length` bytes of a metric file. Never throws: invalid lines are skipped and reported.
 * `bytes` may be a reused buffer longer than `length`; the byte at `length`, if present, is overwritten (a newline
 * sentinel there lets the digit loops run without bounds checks). The history's columns are views into `arena`.
 */
export function parseMetricFile(
  bytes: Uint8Array,
  length: number,
  key: string,
  arena: ColumnArena = new ColumnArena(0),
): MetricFileResult {
  if (bytes.length < length + SLACK) {
    if (sentinelBuffer.length < length + SLACK) sentinelBuffer = new Uint8Array(length + SLACK + (length >> 1));
    sentinelBuffer.set(bytes.subarray(0, length));
    bytes = sentinelBuffer;
  }
  bytes[length] = 10;
  if (bytes !== viewBytes) {
    viewBytes = bytes;
    view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  // Every stored point takes at least 4 bytes ("0 0" and a line break), the last one 3.
  bound = (length >> 2) + 1;
  arena.reserve(bound);
  values = arena.values;
  steps = arena.steps;
  timestamps = arena.timestamps;
  wideSteps = null;
  base = arena.offset;
  const valueColumn = values;
  const stepColumn = steps;
  const timestampColumn = timestamps;
  const start = base;
  let narrowSteps = true;
  datasets = null;
  datasetCache = null;
  problems = NO_PROBLEMS;
  problemCount = 0;
  let n = 0;
  let lineNo = 0;
  let pos = 0;

  while (pos < length) {
    lineNo++;
    const lineStart = pos;

    // ---- fast path: [+-]?digits SP decimal SP [+-]?digits (SP name SP digest)? \r?\n ----
    fast: {
      let c = bytes[pos]!;
      let negative = c === 45;
      if (negative || c === 43) c = bytes[++pos]!;
      let timestamp = 0;
      const timestampStart = pos;
      let word = view.getUint32(pos, true);
      while (fourDigits(word)) {
        timestamp = timestamp * 10000 + fourDigitValue(word);
        pos += 4;
        word = view.getUint32(pos, true);
      }
      c = bytes[pos]!;
      while (c >= 48 && c <= 57) {
        timestamp = timestamp * 10 + (c - 48);
        c = bytes[++pos]!;
      }
      const timestampDigits = pos - timestampStart;
      if (timestampDigits === 0 || timestampDigits > 15 || c !== 32) break fast;
      if (negative) timestamp = -timestamp;

      // value: sign, digits, fraction, exponent. hi takes the first 15 significant digits (exact below 2^53), lo the
      // next ones, up to 19 in all.
      c = bytes[++pos]!;
      negative = c === 45;
      if (negative || c === 43) c = bytes[++pos]!;
      let exponent = 0;
      let sawDigit = false;
      let hi = 0;
      let lo = 0;
      let significant = 0;
      while (c === 48) {
        sawDigit = true;
        c = bytes[++pos]!;
      }
      while (c >= 48 && c <= 57) {
        if (significant < 15) hi = hi * 10 + (c - 48);
        else lo = lo * 10 + (c - 48);
        significant++;
        c = bytes[++pos]!;
      }
      if (c === 46) {
        c = bytes[++pos]!;
        if (significant === 0) {
          while (c === 48) {
            sawDigit = true;
            exponent--;
            c = bytes[++pos]!;
          }
        }
        // Whole words while they fit in hi's 15 digits, then digit by digit.
        while (significant <= 11) {
          word = view.getUint32(pos, true);
          if (!fourDigits(word)) break;
          hi = hi * 10000 + fourDigitValue(word);
          significant += 4;
          exponent -= 4;
          pos += 4;
        }
        c = bytes[pos]!;
        while (c >= 48 && c <= 57) {
          if (significant < 15) hi = hi * 10 + (c - 48);
          else lo = lo * 10 + (c - 48);
          significant++;
          exponent--;
          c = bytes[++pos]!;
        }
      }
      if ((!sawDigit && significant === 0) || significant > 19) break fast;
      if (c === 101 || c === 69) {
        c = bytes[++pos]!;
        const negativeExponent = c === 45;
        if (negativeExponent || c === 43) c = bytes[++pos]!;
        let e = 0;
        const eStart = pos;
        while (c >= 48 && c <= 57) {
          e = e * 10 + (c - 48);
          c = bytes[++pos]!;
        }
        if (pos === eStart || pos - eStart > 4) break fast;
        exponent += negativeExponent ? -e : e;
      }
      if (c !== 32) break fast;
      let value: number;
      if (significant === 0) value = 0;
      else if (significant <= 15) {
        // hi < 10^15 and 10^|e| (|e| ≤ 22) are exact doubles: one IEEE operation, correctly rounded.
        if (exponent >= 0 && exponent <= 22) value = hi * pow10(exponent);
        else if (exponent < 0 && exponent >= -22) value = hi / pow10(-exponent);
        else break fast;
      } else {
        const loDigits = significant - 15;
        if (exponent < -22 || exponent + loDigits > 22) break fast;
        const mantissa = hi * pow10(loDigits) + lo;
        if (mantissa < TWO_53) value = exponent < 0 ? mantissa / pow10(-exponent) : mantissa * pow10(exponent);
        else {
          if (!decimalQuotient(hi, loDigits, lo, -exponent)) break fast; // too close to a rounding tie to decide here
          value = quotient[0]!;
        }
      }
      if (negative) value = -value;

      // step
      c = bytes[++pos]!;
      negative = c === 45;
      if (negative || c === 43) c = bytes[++pos]!;
      let step = 0;
      const stepStart = pos;
      while (c >= 48 && c <= 57) {
        step = step * 10 + (c - 48);
        c = bytes[++pos]!;
      }
      const stepDigits = pos - stepStart;
      if (stepDigits === 0 || stepDigits > 15) break fast;
      if (negative) step = -step;

      let nameStart = -1;
      let nameEnd = -1;
      let digestStart = -1;
      let digestEnd = -1;
      if (c === 32) {
        // 5 fields: dataset name and digest, no spaces inside; MLflow then reports step 0.
        nameStart = ++pos;
        while (bytes[pos] !== 32 && bytes[pos] !== 10 && bytes[pos] !== 13) pos++;
        nameEnd = pos;
        if (nameEnd === nameStart || bytes[pos] !== 32) break fast;
        digestStart = ++pos;
        while (bytes[pos] !== 32 && bytes[pos] !== 10 && bytes[pos] !== 13) pos++;
        digestEnd = pos;
        if (digestEnd === digestStart || bytes[pos] === 32) break fast;
        c = bytes[pos]!;
        step = 0;
      }
      if (c === 13) c = bytes[++pos]!;
      if (c !== 10) break fast;
      pos++;
      valueColumn[start + n] = value;
      timestampColumn[start + n] = timestamp;
      if (narrowSteps && (step | 0) === step) stepColumn[start + n] = step;
      else {
        storeWideStep(n, step);
        narrowSteps = false;
      }
      if (nameStart >= 0) {
        const name = utf8.decode(bytes.subarray(nameStart, nameEnd));
        noteDataset(n, name, utf8.decode(bytes.subarray(digestStart, digestEnd)));
      }
      n++;
      continue;
    }

    // ---- text path: the line exactly as Python reads it (which may split it further) ----
    let end = lineStart;
    while (bytes[end] !== 10) end++;
    pos = end + 1;
    n = textLine(bytes, lineStart, end, lineNo, n);
    narrowSteps = wideSteps === null;
  }

  // (The cast: TypeScript cannot see noteDataset() assign the module variable.)
  const pointDatasets = datasets as (DatasetRef | null)[] | null;
  if (pointDatasets !== null) while (pointDatasets.length < n) pointDatasets.push(null);
  const wide = wideSteps as Float64Array | null;
  const latest = wide ? latestIndex(n, wide, 0) : latestIndex(n, steps, base);
  return {
    history: { key, ...arena.take(n, wide), datasets: pointDatasets },
    latest,
    problems,
    problemCount,
  };
}
