import { MarkdownBudget, cell, code } from '../../../shared/report/markdown.js';

test('cells cannot break the table or inject HTML', () => {
  expect(cell('a|b\nc <script>')).toBe('a\\|b<br>c &lt;script&gt;');
});

test('code spans survive backticks', () => {
  expect(code('a`b')).toBe('``a`b``');
  expect(code('`x`')).toBe('`` `x` ``');
});

test('tables stop at the budget and say how many rows were left out', () => {
  const md = new MarkdownBudget(2000);
  md.table(['a', 'b'], Array.from({ length: 500 }, (_, i) => [String(i), 'x'.repeat(20)]), { more: 'see JSON' });
  const text = md.toString();
  expect(Buffer.byteLength(text)).toBeLessThanOrEqual(2000);
  expect(text).toMatch(/_…and \d+ more rows \(see JSON\)\._/);
  expect(md.truncated).toBe(true);
});
