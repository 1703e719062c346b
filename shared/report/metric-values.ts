// How metric values, changes and durations read in reports. MLflow keeps NaN and ±infinity; SQLite stores ±infinity as
// ±1.7976931348623157e308 and gives that back, so the largest double is read as infinity too: it is never a measurement.

/** A value that can rank runs or be drawn: finite, and not SQLite's stand-in for infinity. */
export function isMeasured(value: number | undefined): value is number {
  return value !== undefined && Number.isFinite(value) && Math.abs(value) !== Number.MAX_VALUE;
}

/** Four significant digits for tables; `∞`/`-∞` for infinities (and SQLite's stand-ins), `NaN` as such. */
export function formatMetric(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (!isMeasured(value)) return value > 0 ? '∞' : '-∞';
  if (value === 0) return '0';
  const magnitude = Math.abs(value);
  if (magnitude >= 1e6 || magnitude < 1e-4) return value.toExponential(3).replace(/\.?0+e/, 'e');
  if (Number.isInteger(value)) return String(value);
  const decimals = Math.max(0, 3 - Math.floor(Math.log10(magnitude)));
  const text = value.toFixed(decimals);
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}

/** How `value` differs from `base`: relative (`+6.1%`) when the base is not zero, absolute otherwise. */
export function formatChange(value: number, base: number): string {
  if (!isMeasured(value) || !isMeasured(base)) return '';
  const diff = value - base;
  if (diff === 0) return '±0';
  const sign = diff > 0 ? '+' : '-';
  if (base === 0) return `${sign}${formatMetric(Math.abs(diff))}`;
  const percent = (Math.abs(diff) / Math.abs(base)) * 100;
  if (percent < 0.001) return `${sign}<0.001%`;
  // Three significant digits, as a plain decimal (toPrecision would write 1.23e+3 for large changes).
  return `${sign}${percent >= 100 ? percent.toFixed(0) : percent.toPrecision(3)}%`;
}
