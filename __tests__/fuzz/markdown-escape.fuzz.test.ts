// The one escape for untrusted text in Markdown (shared/text/markdown.ts `cell`), rendered by a GFM renderer
// (marked, with tables, strikethrough and bare-URL autolinks) in every place ml-hub puts such text: a table cell, a
// list item, a heading, the start of a paragraph. Whatever the text, the rendering holds no element but the context's
// own and `<br>`, reads as the text itself, and leaves no `@name` or `#123` for GitHub to turn into a mention or a
// reference.

import { Marked } from 'marked';
import { cell } from '../../shared/text/markdown.js';

const marked = new Marked({ gfm: true, breaks: false });

/** Where the text goes, the elements that place has, and what it shows besides the text. */
const contexts: { wrap: (text: string) => string; allowed: string[]; own: RegExp }[] = [
  { wrap: (t) => `| a | b |\n| --- | --- |\n| x | ${t} |\n`, allowed: ['table', 'thead', 'tbody', 'tr', 'th', 'td'], own: /^a\s*b\s*x\s*/ },
  { wrap: (t) => `- ${t}\n`, allowed: ['ul', 'li'], own: /^/ },
  { wrap: (t) => `## 📈 ${t}\n`, allowed: ['h2'], own: /^📈\s*/ },
  { wrap: (t) => `${t}\n`, allowed: ['p'], own: /^/ },
];

const pieces = [
  '*', '**', '_', '__', '~', '~~', '`', '```', '[', ']', '(', ')', '![', '](', '<', '>', '&', '&amp;', '&#64;', '|', '\\',
  '#', '# ', '## ', '- ', '+ ', '1. ', '2) ', '---', '===', '> ', '$', '$$', '@', '@octocat', '@octo-org/team', '#12',
  'https://evil.example/x', 'www.evil.example', 'mail@evil.example', '<img src=x>', '<!--', '-->', '<a href=x>', ' ', '  ',
  '\n', '\r\n', '\r', '\t', 'text', 'max_depth', 'rf-depth8', '0.5', 'ユニ', ':', '::error::',
];

function random(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

function decode(html: string): string {
  return html
    .replace(/<br\s*\/?>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&#32;/g, ' ')
    .replace(/&#9;/g, '\t')
    .replace(/&amp;/g, '&');
}

test('untrusted text renders as itself in every context, with no element of its own', () => {
  const next = random(42);
  for (let i = 0; i < 5000; i++) {
    const text = Array.from({ length: 1 + Math.floor(next() * 12) }, () => pieces[Math.floor(next() * pieces.length)]).join('');
    for (const { wrap, allowed, own } of contexts) {
      const html = marked.parse(wrap(cell(text))) as string;
      const tags = [...html.matchAll(/<\/?([a-z0-9]+)/gi)].map((m) => m[1]!.toLowerCase());
      const foreign = tags.filter((t) => t !== 'br' && !allowed.includes(t));
      if (foreign.length) throw new Error(`${JSON.stringify(text)} rendered ${foreign.join(', ')}: ${html}`);
      const shown = decode(html).replaceAll('\u200d', '').trim();
      // Line breaks become <br>; the renderer drops white space at the ends and around them.
      const expected = text.replace(/\r\n|\r/g, '\n').trim();
      const norm = (s: string) => s.replace(/[ \t]*\n[ \t]*/g, '\n').replace(/[ \t]+/g, ' ');
      const context = norm(shown.replace(own, ''));
      if (context !== norm(expected)) throw new Error(`${JSON.stringify(text)} shows as ${JSON.stringify(context)}: ${html}`);
      expect(html).not.toMatch(/(^|[^\w\u200d])@[a-z0-9]/i);
      expect(html.replace(/&#\d+;/g, ' ')).not.toMatch(/#\d/);
    }
  }
});
