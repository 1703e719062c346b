import { readIni } from '../../../shared/env/ini-file.js';

describe('readIni (configparser rules)', () => {
  test('continuation lines, comments inside values, blank lines, both delimiters', () => {
    const ini = readIni('[a]\nk = v1\n  v2\n  # skipped\n\n  v3\nother: x = y\n[b]\n  indented = 1\n');
    const k = ini.sections.get('a')!.options.get('k')!;
    expect(k.line).toBe(2);
    expect(k.lines).toEqual([
      { text: 'v1', line: 2 },
      { text: 'v2', line: 3 },
      { text: '', line: 5 },
      { text: 'v3', line: 6 },
    ]);
    expect(ini.sections.get('a')!.options.get('other')!.lines).toEqual([{ text: 'x = y', line: 7 }]);
    expect(ini.sections.get('b')!.options.get('indented')!.line).toBe(9);
    expect(ini.errors).toEqual([]);
  });

  test('trailing blank lines are not part of a value', () => {
    expect(readIni('[a]\nk =\n  x\n\n\n').sections.get('a')!.options.get('k')!.lines).toEqual([
      { text: '', line: 2 },
      { text: 'x', line: 3 },
    ]);
  });

  test('errors configparser raises, each with its line', () => {
    expect(readIni('k = 1\n[a]\nx\n= 2\n[a]\nk = 1\nk = 2\n').errors).toEqual([
      { line: 1, message: 'no [section] header before this line' },
      { line: 3, message: '"x" is neither a [section] nor a key = value line' },
      { line: 4, message: '"= 2" is neither a [section] nor a key = value line' },
      { line: 5, message: 'section [a] is declared twice' },
      { line: 7, message: 'k is set twice in [a]' },
    ]);
  });

  test('a lone CR ends a line, as configparser reads a setup.cfg opened with universal newlines', () => {
    const ini = readIni('[options]\rinstall_requires =\r    numpy\r    pandas\r');
    expect(ini.sections.get('options')!.options.get('install_requires')!.lines.map((l) => [l.text, l.line])).toEqual([
      ['', 2],
      ['numpy', 3],
      ['pandas', 4],
    ]);
  });
});
