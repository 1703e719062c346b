// Lines of a user's file: the one rule for where a line ends, used for every line number ml-hub reports and every
// line-level edit it makes. `\r\n`, `\n` and a lone `\r` end a line: what Python's universal newlines do when pip,
// setuptools and configparser open a file (pip's requirement reader splits with str.splitlines, a superset), what
// YAML 1.2 calls a line break, and how editors and GitHub number lines. TOML forbids a lone `\r`, so on a file
// smol-toml accepts the rule and TOML's own agree.

/** One line break: `\r\n` first, so that it counts once. */
export const LINE_BREAK = /\r\n|\n|\r/g;

/** The lines of `text`; a trailing line break opens an empty last line, as editors count. */
export function splitLines(text: string): string[] {
  return text.split(LINE_BREAK);
}

/** Offsets to 1-based line numbers. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (const m of text.matchAll(LINE_BREAK)) this.starts.push(m.index + m[0].length);
  }

  /** Number of lines; a trailing line break opens an (empty) last line, as editors count. */
  get count(): number {
    return this.starts.length;
  }

  /** The 1-based line holding `offset` (clamped to the text). */
  lineOf(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
}

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

/** The lines with their offsets; unlike splitLines, a trailing line break opens no further line. */
export function textLines(text: string): TextLine[] {
  const lines: TextLine[] = [];
  let start = 0;
  for (const m of text.matchAll(LINE_BREAK)) {
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
