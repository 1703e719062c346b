// Mermaid `xychart-beta` line charts as GitHub renders them in summaries and comments. The grammar is narrow: numbers
// are plain decimals (no exponent, so huge and tiny values are rescaled and the axis title says by how much), strings
// are double-quoted with no escape for a quote, and `%%` starts a comment or a directive anywhere. xychart draws no
// legend, so the palette is fixed to colours that match the square emoji a text legend under the chart can show.

export interface ChartLine {
  name: string;
  /** One value per grid position; every line of a chart has the same number. */
  values: number[];
}

export interface LineChartSpec {
  title: string;
  xTitle: string;
  yTitle: string;
  /** The grid runs evenly from xMin to xMax (Mermaid spreads each line's values over the axis range). */
  xMin: number;
  xMax: number;
  lines: ChartLine[];
}

/** Line colours in drawing order, with the emoji of about that colour for legends. */
export const palette: readonly { color: string; swatch: string }[] = [
  { color: '#3b82f6', swatch: '🟦' },
  { color: '#f97316', swatch: '🟧' },
  { color: '#22c55e', swatch: '🟩' },
  { color: '#ef4444', swatch: '🟥' },
  { color: '#a855f7', swatch: '🟪' },
  { color: '#eab308', swatch: '🟨' },
  { color: '#92400e', swatch: '🟫' },
  { color: '#374151', swatch: '⬛' },
];

/** The most lines a chart shows: one per palette colour, so the legend stays unambiguous. */
export const maxChartLines = palette.length;

/** Text for a quoted xychart string or title: one line, no quote, no directive or entity that Mermaid would act on. */
export function mermaidText(text: string, max = 80): string {
  const clean = text
    .replace(/[\r\n\t\v\f]+/g, ' ')
    .replace(/["`]/g, "'")
    .replace(/%%/g, '% %')
    .replace(/#(?=[\w]+;)/g, '＃') // `#quot;` is an entity code to Mermaid
    .replace(/</g, '‹')
    .replace(/>/g, '›')
    .trim();
  const chars = [...clean];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : clean;
}

/** A plain decimal (the grammar reads `[+-]?\d+(\.\d+)?`), trailing zeros dropped. */
export function mermaidNumber(value: number, decimals: number): string {
  // toFixed switches to an exponent from 1e21; such a number is an integer anyway.
  if (Math.abs(value) >= 1e21) return BigInt(value).toString();
  let text = value.toFixed(Math.min(20, Math.max(0, decimals)));
  if (text.includes('.')) text = text.replace(/\.?0+$/, '');
  return text === '-0' ? '0' : text;
}

/** Decimals that keep about four significant digits of `x`. */
function digitsFor(x: number): number {
  return x > 0 ? 3 - Math.floor(Math.log10(x)) : 0;
}

/** A power of ten (multiple of 3) that brings values into a range the grammar writes without thousands of digits. */
function scaleExponent(maxAbs: number): number {
  if (maxAbs === 0 || (maxAbs >= 1e-3 && maxAbs < 1e6)) return 0;
  // 10 ** -324 underflows to 0: the smallest subnormals are scaled by a little less.
  return Math.max(-321, Math.floor(Math.log10(maxAbs) / 3) * 3);
}

export function xyLineChart(spec: LineChartSpec): string {
  if (spec.lines.length === 0) throw new Error('a chart needs at least one line');
  const all = spec.lines.flatMap((l) => l.values);
  if (all.some((v) => !Number.isFinite(v))) throw new Error('chart values must be finite');
  let min = Math.min(...all);
  let max = Math.max(...all);
  const exponent = scaleExponent(Math.max(Math.abs(min), Math.abs(max)));
  const divisor = 10 ** exponent;
  min /= divisor;
  max /= divisor;
  const maxAbs = Math.max(Math.abs(min), Math.abs(max));
  const decimals = Math.min(12, Math.max(digitsFor(maxAbs), max > min ? digitsFor(max - min) : 0));
  const num = (v: number) => mermaidNumber(v / divisor, decimals);

  // A single grid position: widen the axis by half a step each side and draw a short flat segment.
  const single = spec.lines[0]!.values.length === 1;
  const xMin = single ? spec.xMin - 0.5 : spec.xMin;
  const xMax = single ? spec.xMax + 0.5 : spec.xMax;
  const xDecimals = Math.max(single ? 1 : 0, Number.isInteger(xMin) && Number.isInteger(xMax) ? 0 : 3);

  const yTitle = exponent === 0 ? spec.yTitle : `${spec.yTitle} (×1e${exponent})`;
  const lines = [
    `%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${palette.map((p) => p.color).join(', ')}"}}}}%%`,
    'xychart-beta',
    `    title "${mermaidText(spec.title)}"`,
    `    x-axis "${mermaidText(spec.xTitle, 40)}" ${mermaidNumber(xMin, xDecimals)} --> ${mermaidNumber(xMax, xDecimals)}`,
  ];
  if (max > min) {
    lines.push(`    y-axis "${mermaidText(yTitle, 60)}"`);
  } else {
    // All values equal: Mermaid would draw an axis of zero height; give it room around the value.
    const pad = min === 0 ? 1 : Math.abs(min) / 10;
    lines.push(`    y-axis "${mermaidText(yTitle, 60)}" ${mermaidNumber(min - pad, decimals + 1)} --> ${mermaidNumber(min + pad, decimals + 1)}`);
  }
  for (const line of spec.lines) {
    const values = single ? [line.values[0]!, line.values[0]!] : line.values;
    lines.push(`    line "${mermaidText(line.name, 60)}" [${values.map(num).join(', ')}]`);
  }
  return lines.join('\n');
}
