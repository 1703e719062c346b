// Number, time and size formatting for the client. Times are shown in the reader's time zone, in one fixed layout
// (not the locale's) so that tables line up and screenshots compare.

import type { JsonFloat } from '../../shared/report/dashboard/payload-types.js';

export function createFormat() {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');

  /** A payload float back to a number (`"NaN"`, `"Infinity"`, `"-Infinity"` are MLflow's spellings). */
  function num(value: JsonFloat): number {
    return typeof value === 'number' ? value : Number(value);
  }

  /** A metric value in at most 6 significant digits; the exact value goes in a tooltip. */
  function metric(value: number): string {
    if (Number.isNaN(value)) return 'NaN';
    if (value === Infinity) return '∞';
    if (value === -Infinity) return '−∞';
    if (value === 0) return '0';
    const abs = Math.abs(value);
    if (abs >= 1e6 || abs < 1e-4) return trimExponent(value.toExponential(4));
    return String(Number(value.toPrecision(6)));
  }

  function trimExponent(text: string): string {
    return text.replace(/\.?0+e/, 'e');
  }

  /** Tick labels: as many decimals as the tick spacing needs. */
  function tick(value: number, spacing: number): string {
    const abs = Math.abs(value);
    if (value !== 0 && (abs >= 1e6 || abs < 1e-4)) return trimExponent(value.toExponential(2));
    const decimals = Math.max(0, Math.min(8, -Math.floor(Math.log10(spacing) + 1e-9)));
    return value.toFixed(decimals);
  }

  function count(n: number): string {
    return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  }

  function date(ms: number | null): string {
    if (ms === null) return '—';
    const d = new Date(ms);
    if (Number.isNaN(d.getTime())) return '—';
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
  }

  function duration(start: number | null, end: number | null): string {
    if (start === null || end === null || end < start) return '—';
    const ms = end - start;
    if (ms < 1000) return `${ms} ms`;
    const sec = ms / 1000;
    if (sec < 60) return `${sec.toFixed(1)} s`;
    const min = Math.floor(sec / 60);
    if (min < 60) return `${min} min ${Math.round(sec % 60)} s`;
    const hours = Math.floor(min / 60);
    if (hours < 48) return `${hours} h ${min % 60} min`;
    return `${Math.floor(hours / 24)} d ${hours % 24} h`;
  }

  function bytes(n: number | null): string {
    if (n === null) return '';
    if (n < 1024) return `${n} B`;
    const units = ['KiB', 'MiB', 'GiB', 'TiB'];
    let v = n / 1024;
    let i = 0;
    while (v >= 1024 && i < units.length - 1) {
      v /= 1024;
      i++;
    }
    return `${v < 10 ? v.toFixed(1) : Math.round(v)} ${units[i]}`;
  }

  /** A long value's first `max` UTF-16 units with an ellipsis, never splitting a surrogate pair (an emoji). */
  function clip(text: string, max: number): string {
    if (text.length <= max) return text;
    let end = max - 1;
    const last = text.charCodeAt(end - 1);
    if (last >= 0xd800 && last <= 0xdbff) end--;
    return `${text.slice(0, end)}…`;
  }

  return { num, metric, tick, count, date, duration, bytes, clip };
}
