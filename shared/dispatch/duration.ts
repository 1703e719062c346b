// Durations as workflow authors write them (`timeout: 2h`), and back for messages.

const units: Record<string, number> = { d: 86_400_000, h: 3_600_000, m: 60_000, s: 1000, ms: 1 };

/** `2h`, `1h30m`, `45m`, `90s`; a bare number is minutes, like `timeout-minutes`. Throws for anything else or zero. */
export function parseDuration(text: string): number {
  const value = text.trim().toLowerCase();
  let ms: number;
  if (/^\d+(\.\d+)?$/.test(value)) ms = Number(value) * 60_000;
  else {
    const parts = [...value.matchAll(/(\d+(?:\.\d+)?)\s*(ms|d|h|m|s)/g)];
    const squeezed = (s: string) => s.replace(/\s+/g, '');
    if (parts.length === 0 || squeezed(parts.map((p) => p[0]).join('')) !== squeezed(value)) {
      throw new Error(`"${text}" is not a duration: write it as 2h, 1h30m, 45m or 90s`);
    }
    ms = parts.reduce((sum, p) => sum + Number(p[1]) * units[p[2]!]!, 0);
  }
  if (ms <= 0) throw new Error(`"${text}" is not a duration longer than zero`);
  if (!Number.isFinite(ms)) throw new Error(`"${text}" is too long a duration`);
  return ms;
}

/** `1h30m`, `45s`, `0s`. */
export function formatDuration(ms: number): string {
  const total = Math.round(ms / 1000);
  const [h, m, s] = [Math.floor(total / 3600), Math.floor((total % 3600) / 60), total % 60];
  return [h && `${h}h`, m && `${m}m`, (s || total === 0) && `${s}s`].filter(Boolean).join('');
}
