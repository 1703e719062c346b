// Offsets to 1-based line numbers. Lines end at `\n` (so `\r\n` too), the convention of smol-toml, yaml and editors.

export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  /** Number of lines; a trailing newline opens an (empty) last line, as editors count. */
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
