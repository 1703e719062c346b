// Sizes and durations as people write and read them: the one reading and the one way of showing each, for settings,
// action inputs, messages and reports alike.

/** kB, MB, GB, TB are decimal; KiB, MiB, GiB, TiB binary; a lone k/m/g/t is the decimal unit. */
const sizeUnits: Record<string, number> = { b: 1, kb: 1e3, mb: 1e6, gb: 1e9, tb: 1e12, kib: 2 ** 10, mib: 2 ** 20, gib: 2 ** 30, tib: 2 ** 40 };

/**
 * `16GB`, `16 GiB`, `512mb`, `1048576` → bytes, or undefined when it is not a size. A number without a unit counts in
 * `bare` units: GiB for machine memory and disk (what people write there), bytes for file sizes.
 */
export function parseSize(v: unknown, bare: 'GiB' | 'B'): number | undefined {
  // `.inf`, or hundreds of digits, overflow to Infinity, which no machine or file has.
  const finite = (size: number) => (Number.isFinite(size) ? size : undefined);
  const bareFactor = bare === 'GiB' ? 2 ** 30 : 1;
  if (typeof v === 'number') return v >= 0 ? finite(v * bareFactor) : undefined;
  if (typeof v !== 'string') return undefined;
  // Trimmed first: `\s*` on both sides of an optional unit splits a run of spaces every way, quadratic in the run.
  const m = /^(\d+(?:\.\d+)?)\s*([kmgt]i?b?|b)?$/i.exec(v.trim());
  if (!m) return undefined;
  if (m[2] === undefined) return finite(Number(m[1]) * bareFactor);
  let unit = m[2].toLowerCase();
  if (!unit.endsWith('b')) unit += 'b';
  const factor = sizeUnits[unit];
  return factor === undefined ? undefined : finite(Number(m[1]) * factor);
}

/** Decimal units, one decimal: `12.3 MB`. */
export function formatSize(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  const units = ['kB', 'MB', 'GB', 'TB'];
  let value = bytes / 1000;
  let unit = 0;
  while (value >= 999.95 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${value.toFixed(1)} ${units[unit]}`;
}

const durationUnits: Record<string, number> = { d: 86_400_000, h: 3_600_000, m: 60_000, s: 1000, ms: 1 };

/** `2h`, `1h30m`, `45m`, `90s`; a bare number is minutes, like `timeout-minutes`. Throws for anything else or zero. */
export function parseDuration(text: string): number {
  const value = text.trim().toLowerCase();
  let ms: number;
  if (/^\d+(\.\d+)?$/.test(value)) ms = Number(value) * 60_000;
  else {
    // One part after the other from the start (sticky): searching for parts anywhere retries at every digit.
    const part = /\s*(\d+(?:\.\d+)?)\s*(ms|d|h|m|s)/y;
    ms = 0;
    for (part.lastIndex = 0; part.lastIndex < value.length; ) {
      const p = part.exec(value);
      if (!p) throw new Error(`"${text}" is not a duration: write it as 2h, 1h30m, 45m or 90s`);
      ms += Number(p[1]) * durationUnits[p[2]!]!;
    }
  }
  if (ms <= 0) throw new Error(`"${text}" is not a duration longer than zero`);
  if (!Number.isFinite(ms)) throw new Error(`"${text}" is too long a duration`);
  return ms;
}

/** As parseDuration reads them: `450ms`, `12.3s`, `45s`, `3m5s`, `1h30m`, `0s`. */
export function formatDuration(ms: number): string {
  if (ms > 0 && ms < 1000) return `${Math.round(ms)}ms`;
  if (ms < 60_000 && ms % 1000 !== 0) return `${(ms / 1000).toFixed(1).replace(/\.0$/, '')}s`;
  const total = Math.round(ms / 1000);
  const [h, m, s] = [Math.floor(total / 3600), Math.floor((total % 3600) / 60), total % 60];
  return [h && `${h}h`, m && `${m}m`, (s || total === 0) && `${s}s`].filter(Boolean).join('');
}
