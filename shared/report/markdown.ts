// Markdown building blocks for job summaries and PR comments, with a byte budget: GitHub rejects a step summary over
// 1 MiB and a comment over 65,536 characters, so every table knows how to stop early and say how much it left out.

/** Text safe inside a table cell: no pipes, no line breaks, no HTML. */
export function cell(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '\\|').replace(/\r\n|\r|\n/g, '<br>');
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

/** A collapsed section: `<details>` with a blank line so GitHub renders the Markdown inside. */
export function details(summary: string, body: string): string {
  return `<details><summary>${summary}</summary>\n\n${body}\n</details>\n\n`;
}
