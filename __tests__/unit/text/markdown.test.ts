import { MarkdownBudget, cell, code, link } from '../../../shared/text/markdown.js';

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

test('untrusted text shows as itself: no markdown, no HTML, no mentions, references or links', () => {
  const zwj = '\u200d';
  expect(cell('[click](https://evil.example/x) ![img](https://evil.example/i.png)')).toBe(
    `\\[click\\](https:${zwj}//evil.example/x) !\\[img\\](https:${zwj}//evil.example/i.png)`,
  );
  expect(cell('hi @octocat and @octo-org/admins, see #12 and www.evil.example')).toBe(
    `hi @${zwj}octocat and @${zwj}octo-org/admins, see #${zwj}12 and www${zwj}.evil.example`,
  );
  expect(cell('<img src=x onerror=alert(1)> &amp; <!-- x -->')).toBe('&lt;img src=x onerror=alert(1)&gt; &amp;amp; &lt;!-- x --&gt;');
  expect(cell('**bold** _it_ ~~gone~~ `code` $x^2$ a\\b')).toBe('\\*\\*bold\\*\\* \\_it\\_ \\~\\~gone\\~\\~ \\`code\\` \\$x^2\\$ a\\\\b');
  // What only starts a block at the start of a line, escaped there.
  expect(['# h', '- item', '+ item', '1. item', '2) item', '  # h'].map(cell)).toEqual(['\\# h', '\\- item', '\\+ item', '1\\. item', '2\\) item', '&#32;&#32;\\# h']);
  expect(['rf-depth8 #a 1.5', '2.1.0', '-1', '#tag', '---'].map(cell)).toEqual(['rf-depth8 #a 1.5', '2.1.0', '-1', '#tag', '\\---']);
  expect(cell('a\r\nb\rc\nd')).toBe('a<br>b<br>c<br>d');
});

test('links: the text escaped, the target kept inside the parentheses', () => {
  expect(link('a](https://evil)', 'https://github.com/o/r/blob/abc/x) [y](https://evil/z.py#L3')).toBe(
    '[a\\](https:\u200d//evil)](https://github.com/o/r/blob/abc/x%29%20%5By%5D%28https://evil/z.py#L3)',
  );
});

test('underscores inside words stay as they are', () => {
  expect(cell('max_depth _x_ a_ _b')).toBe('max_depth \\_x\\_ a\\_ \\_b');
});
