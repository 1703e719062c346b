// Line-level surgery on a user's file: where each line starts and ends, which line ending the file uses, and
// insertions that keep both (a file without a final newline keeps lacking one).

export interface TextLine {
  /** Offset of the first character. */
  start: number;
  /** Offset just past the content, before the line terminator. */
  end: number;
  /** Offset of the next line: past the terminator, or the text's length for a last line without one. */
  next: number;
  text: string;
}

/** Editor lines: `\r\n`, `\n` and `\r` end a line, as they do in the parsers' line numbers. */
export function textLines(text: string): TextLine[] {
  const lines: TextLine[] = [];
  let start = 0;
  for (const m of text.matchAll(/\r\n|\n|\r/g)) {
    lines.push({ start, end: m.index, next: m.index + m[0].length, text: text.slice(start, m.index) });
    start = m.index + m[0].length;
  }
  if (start < text.length) lines.push({ start, end: text.length, next: text.length, text: text.slice(start) });
  return lines;
}

/** The file's own line ending (its first one), `\n` for a file with none. */
export function lineEnding(text: string): string {
  return /\r\n|\n|\r/.exec(text)?.[0] ?? '\n';
}

/**
 * Inserts whole lines at `at`, a line start or the end of the text. At the end of a text whose last line has no
 * terminator, the new lines follow a line break and the text still ends without one.
 */
export function insertLines(text: string, at: number, lines: readonly string[], eol: string): string {
  if (lines.length === 0) return text;
  if (at >= text.length && text.length > 0 && !/[\r\n]$/.test(text)) return text + eol + lines.join(eol);
  return text.slice(0, at) + lines.map((l) => l + eol).join('') + text.slice(at);
}

/**
 * Deletes the lines `first..last` (indices into `lines`). Deleting the last line of a text that lacks a final
 * newline takes the line break before it instead, so the text still ends without one.
 */
export function deleteLines(text: string, lines: readonly TextLine[], first: number, last: number): string {
  const from = lines[first]!;
  const to = lines[last]!;
  const lastHasTerminator = to.next > to.end;
  if (!lastHasTerminator && first > 0) return text.slice(0, lines[first - 1]!.end) + text.slice(to.next);
  return text.slice(0, from.start) + text.slice(to.next);
}
