// Python's int() and float() on text, which is how MLflow's file store reads metric fields. Used for lines the byte
// fast path does not take, and for the small files (logged-model metrics) where speed does not matter.

const PY_INT = /^[+-]?\d+(?:_\d+)*$/;
const DIGITS = String.raw`\d+(?:_\d+)*`;
const PY_FLOAT = new RegExp(String.raw`^[+-]?(?:${DIGITS}(?:\.(?:${DIGITS})?)?|\.${DIGITS})(?:[eE][+-]?${DIGITS})?$`);
const PY_SPECIAL = /^([+-]?)(nan|inf|infinity)$/i;

/** Python's whitespace for str.strip() on ASCII text (Unicode spaces are rare enough in metric files to ignore). */
export function pyStrip(text: string): string {
  return text.replace(/^[ \t\n\r\v\f]+|[ \t\n\r\v\f]+$/g, '');
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
