// Python's int() and float() on text, which is how MLflow's file store reads metric fields. Used for lines the byte
// fast path does not take, and for the small files (logged-model metrics) where speed does not matter.

const PY_INT = /^[+-]?\d+(?:_\d+)*$/;
const DIGITS = String.raw`\d+(?:_\d+)*`;
const PY_FLOAT = new RegExp(String.raw`^[+-]?(?:${DIGITS}(?:\.(?:${DIGITS})?)?|\.${DIGITS})(?:[eE][+-]?${DIGITS})?$`);
const PY_SPECIAL = /^([+-]?)(nan|inf|infinity)$/i;

/** Python's whitespace for str.strip() on ASCII text (Unicode spaces are rare enough in metric files to ignore). */
export function pyStrip(text: string): string {
  // Scanned from both ends: an unanchored `\s+$` retries at every space of an inner run, quadratic in the run.
  const space = (ch: string | undefined): boolean => ch !== undefined && ' \t\n\r\v\f'.includes(ch);
  let start = 0;
  let end = text.length;
  while (start < end && space(text[start])) start++;
  while (end > start && space(text[end - 1])) end--;
  return text.slice(start, end);
}

/** `int(text)`; undefined where Python raises ValueError. Values past 2^53 lose precision. */
export function parsePyInt(text: string): number | undefined {
  const t = pyStrip(text);
  if (!PY_INT.test(t)) return undefined;
  return Number(t.replaceAll('_', ''));
}

/** `float(text)`; undefined where Python raises ValueError. */
export function parsePyFloat(text: string): number | undefined {
  const t = pyStrip(text);
  const special = PY_SPECIAL.exec(t);
  if (special) {
    if (special[2]!.toLowerCase() === 'nan') return NaN;
    return special[1] === '-' ? -Infinity : Infinity;
  }
  if (!PY_FLOAT.test(t)) return undefined;
  return Number(t.replaceAll('_', ''));
}

/**
 * Python's repr() of a float — what MLflow writes into metric files. Both languages print the shortest digits that
 * round-trip; they differ in form: Python keeps `.0` on integral values, and switches to exponent notation below 1e-4
 * and from 1e16 on, with at least two exponent digits.
 */
export function pyFloatRepr(v: number): string {
  if (Number.isNaN(v)) return 'nan';
  if (!Number.isFinite(v)) return v > 0 ? 'inf' : '-inf';
  if (Object.is(v, -0)) return '-0.0';
  const magnitude = Math.abs(v);
  if (magnitude !== 0 && (magnitude < 1e-4 || magnitude >= 1e16)) {
    const [mantissa, exponent] = v.toExponential().split('e') as [string, string];
    const digits = exponent.replace(/^[+-]/, '').padStart(2, '0');
    return `${mantissa}e${exponent.startsWith('-') ? '-' : '+'}${digits}`;
  }
  const s = String(v);
  return Number.isInteger(v) ? `${s}.0` : s;
}
