import { deleteLines, insertLines, LineIndex, lineEnding, splitLines, textLines } from '../../../shared/text/lines.js';

describe('one rule for where a line ends: \\r\\n, \\n and a lone \\r', () => {
  test('splitLines counts each ending once, a lone CR included, as Python universal newlines do', () => {
    expect(splitLines('a\r\nb\nc\rd')).toEqual(['a', 'b', 'c', 'd']);
    expect(splitLines('a\n')).toEqual(['a', '']);
    expect(splitLines('a\n\rb')).toEqual(['a', '', 'b']);
    expect(splitLines('')).toEqual(['']);
  });

  test('LineIndex numbers offsets by the same rule', () => {
    const text = 'a\r\nb\rc\nd';
    const index = new LineIndex(text);
    expect(index.count).toBe(splitLines(text).length);
    expect(['a', 'b', 'c', 'd'].map((ch) => index.lineOf(text.indexOf(ch)))).toEqual([1, 2, 3, 4]);
    // The \n of a \r\n belongs to the line it ends.
    expect(index.lineOf(2)).toBe(1);
    expect(index.lineOf(999)).toBe(4);
  });

  test('textLines gives the same lines with offsets, without the empty line after a final break', () => {
    for (const text of ['a\r\nb\rc\nd', 'x\ry\r', '\n\n', 'one']) {
      const lines = textLines(text);
      const split = splitLines(text);
      expect(lines.map((l) => l.text)).toEqual(split.at(-1) === '' ? split.slice(0, -1) : split);
      for (const l of lines) expect(text.slice(l.start, l.end)).toBe(l.text);
    }
  });

  test('edits keep the file\'s own line ending and a missing final newline', () => {
    const text = 'a\rb';
    expect(lineEnding(text)).toBe('\r');
    expect(lineEnding('none')).toBe('\n');
    expect(insertLines(text, text.length, ['c'], lineEnding(text))).toBe('a\rb\rc');
    expect(deleteLines(text, textLines(text), 1, 1)).toBe('a');
  });
});
