import { mermaidNumber, mermaidText, palette, xyLineChart } from '../../../shared/report/mermaid-chart.js';

const numbersIn = (chart: string) => [...chart.matchAll(/\[([^\]]*)\]/g)].flatMap((m) => m[1]!.split(', '));

test('text cannot end a string, start a directive or an entity, or carry markup', () => {
  expect(mermaidText('val "loss"\nnext')).toBe("val 'loss' next");
  expect(mermaidText('%%{init: {"theme": "dark"}}%%')).not.toContain('%%');
  expect(mermaidText('a #quot; b')).toBe('a ＃quot; b');
  expect(mermaidText('<img src=x>')).toBe('‹img src=x›');
  expect(mermaidText('`md`')).toBe("'md'");
  expect([...mermaidText('x'.repeat(200), 80)]).toHaveLength(80);
});

test('numbers are plain decimals, never exponents', () => {
  expect(mermaidNumber(1e21, 0)).not.toMatch(/e/);
  expect(mermaidNumber(0.000123, 8)).toBe('0.000123');
  expect(mermaidNumber(-0.0000001, 2)).toBe('0');
  expect(mermaidNumber(2.5, 3)).toBe('2.5');
});

test('huge and tiny values are rescaled and the axis says by how much', () => {
  const huge = xyLineChart({ title: 'h', xTitle: 'step', yTitle: 'loss', xMin: 0, xMax: 2, lines: [{ name: 'a', values: [1e300, 2e300, 3e300] }] });
  expect(huge).toContain('y-axis "loss (×1e300)"');
  expect(numbersIn(huge)).toEqual(['1', '2', '3']);
  const tiny = xyLineChart({ title: 't', xTitle: 'step', yTitle: 'lr', xMin: 0, xMax: 1, lines: [{ name: 'a', values: [2e-9, 4e-9] }] });
  expect(tiny).toContain('(×1e-9)');
  expect(numbersIn(tiny)).toEqual(['2', '4']);
  for (const n of [...numbersIn(huge), ...numbersIn(tiny)]) expect(n).toMatch(/^[+-]?(\d+(\.\d+)?|\.\d+)$/);
});

test('a small range on a large offset keeps enough decimals to show it', () => {
  const chart = xyLineChart({ title: 'o', xTitle: 'step', yTitle: 'v', xMin: 0, xMax: 2, lines: [{ name: 'a', values: [1000.0001, 1000.0002, 1000.0003] }] });
  expect(new Set(numbersIn(chart)).size).toBe(3);
});

test('identical values get an axis with room around them; one point becomes a short segment', () => {
  const flat = xyLineChart({ title: 'f', xTitle: 'step', yTitle: 'v', xMin: 0, xMax: 3, lines: [{ name: 'a', values: [2, 2, 2, 2] }] });
  expect(flat).toMatch(/y-axis "v" 1\.8 --> 2\.2/);
  const one = xyLineChart({ title: 'o', xTitle: 'step', yTitle: 'v', xMin: 5, xMax: 5, lines: [{ name: 'a', values: [0.5] }] });
  expect(one).toContain('x-axis "step" 4.5 --> 5.5');
  expect(one).toContain('line "a" [0.5, 0.5]');
});

test('the palette is set by a directive, so the text legend’s colours are the lines’ colours', () => {
  const chart = xyLineChart({ title: 't', xTitle: 'step', yTitle: 'v', xMin: 0, xMax: 1, lines: [{ name: 'a', values: [1, 2] }] });
  expect(chart.split('\n')[0]).toBe(`%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${palette.map((p) => p.color).join(', ')}"}}}}%%`);
  expect(chart.split('\n')[1]).toBe('xychart-beta');
  expect(() => xyLineChart({ title: 't', xTitle: 's', yTitle: 'v', xMin: 0, xMax: 1, lines: [{ name: 'a', values: [NaN, 1] }] })).toThrow(/finite/);
});
