// Markdown building blocks for job summaries and PR comments, with a byte budget: GitHub rejects a step summary over
// 1 MiB and a comment over 65,536 characters, so every table knows how to stop early and say how much it left out.

const zeroWidthJoiner = '\u200d';

/**
 * Untrusted text (run, experiment, param, tag, metric, file and package names, and messages quoting them) as one line
 * of inline Markdown that shows the text and does nothing else, in a table cell or anywhere in a line. The one escape
 * for such text in job summaries, comments and pull request bodies:
 * - no HTML: `&`, `<` and `>` become entities;
 * - no Markdown: backslashes before what starts emphasis, code, links and images, tables, math, (at the start)
 *   headings, lists and rules, and (at the end) what a heading would drop;
 * - no mentions or references: a zero-width joiner after `@` keeps `@user` and `@org/team` from notifying anyone, and
 *   after `#` before a digit keeps `#123` from linking an issue; one after `scheme:` and in `www.` keeps bare URLs
 *   from becoming links;
 * - one line: line breaks become `<br>`.
 */
/**
 * GitHub rejects a step summary over 1 MiB. Every pipeline writes under this budget, which keeps room for what the
 * step's other writers append.
 */
export const stepSummaryLimitBytes = 1024 * 1024 - 16 * 1024;

export function cell(text: string): string {
  return text
    .replace(/[\\`*~[\]|$]/g, '\\$&')
    // Inside a word (`max_depth`) an underscore never emphasises: left as it is, the text stays as people search for it.
    .replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '\\_')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    // What would start a heading, a list item or a rule at the start of a line (as inside a list item).
    .replace(/^(\s*)(#{1,6}(?=\s|$)|[-+](?=\s|$)|-(?=[-\s]*$)|\d{1,9}(?=[.)](?:\s|$)))/, (_, space: string, lead: string) =>
      /\d/.test(lead) ? `${space}${lead}\\` : `${space}\\${lead}`,
    )
    // A heading drops a closing run of `#` after white space.
    .replace(/(\s)(#+\s*)$/, '$1\\$2')
    .replace(/@/g, `@${zeroWidthJoiner}`)
    .replace(/#(?=\d)/g, `#${zeroWidthJoiner}`)
    .replace(/:(?=\/\/)/g, `:${zeroWidthJoiner}`)
    .replace(/(www)\./gi, `$1${zeroWidthJoiner}.`)
    // Leading white space would indent the text into a code block (in a list item).
    .replace(/^[ \t]+/, (space) => space.replace(/ /g, '&#32;').replace(/\t/g, '&#9;'))
    .replace(/\r\n|\r|\n/g, '<br>');
}

/** A link whose text is untrusted: the text escaped as `cell` does, the target percent-encoded where Markdown would end it. */
export function link(text: string, url: string): string {
  const target = url.replace(/[\s()<>[\]\\"'`|]/g, (c) => encodeURIComponent(c).replace(/[()'!*]/g, (x) => `%${x.charCodeAt(0).toString(16).toUpperCase()}`));
  return `[${cell(text)}](${target})`;
}

/** An inline code span that survives backticks in the text. */
export function code(text: string): string {
  const clean = text.replace(/\r\n|\r|\n/g, ' ');
  const longest = Math.max(0, ...[...clean.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  // CommonMark strips one space from each end of a span that has one at both (and is not all spaces): pad to keep them.
  const pad = clean.startsWith('`') || clean.endsWith('`') || (clean.startsWith(' ') && clean.endsWith(' ') && /[^ ]/.test(clean)) ? ' ' : '';
  return `${fence}${pad}${clean.replace(/\|/g, '\\|')}${pad}${fence}`;
}

export class MarkdownBudget {
  private readonly parts: string[] = [];
  private used = 0;
  truncated = false;

  constructor(private readonly limit: number) {}

  get remaining(): number {
    return this.limit - this.used;
  }

  /** Adds text if it fits; returns false (and adds nothing) otherwise. */
  add(text: string): boolean {
    const size = Buffer.byteLength(text);
    if (size > this.remaining) {
      this.truncated = true;
      return false;
    }
    this.parts.push(text);
    this.used += size;
    return true;
  }

  /**
   * A table that keeps as many rows as fit while leaving `reserve` bytes for what follows, then a line saying
   * how many rows were left out and where to find them.
   */
  table(header: string[], rows: string[][], options: { reserve?: number; more?: string } = {}): void {
    const line = (cells: string[]) => `| ${cells.join(' | ')} |\n`;
    const head = line(header) + line(header.map(() => '---'));
    const reserve = (options.reserve ?? 0) + 200;
    if (!this.add(head)) return;
    let shown = 0;
    for (const row of rows) {
      const text = line(row);
      if (Buffer.byteLength(text) > this.remaining - reserve) break;
      this.add(text);
      shown++;
    }
    if (shown < rows.length) {
      this.truncated = true;
      this.add(`\n_…and ${rows.length - shown} more rows${options.more ? ` (${options.more})` : ''}._\n`);
    }
    this.add('\n');
  }

  toString(): string {
    return this.parts.join('');
  }
}

/**
 * A collapsed section: `<details>` with a blank line so GitHub renders the Markdown inside. The summary is HTML, where
 * Markdown is not read: untrusted text in it goes through `cell` (safe there too), never `code`.
 */
export function details(summary: string, body: string): string {
  return `<details><summary>${summary}</summary>\n\n${body}\n</details>\n\n`;
}
