import { parsePythonVersionFile, parseRuntimeTxt } from '../../../shared/env/python-version-files.js';
import { memoryReader } from './packaging-fixtures.js';

describe('runtime.txt', () => {
  const parse = (text: string) => parseRuntimeTxt('runtime.txt', text, memoryReader())[0]!;

  test.each([
    ['python-3.11.4\n', '3.11.4', 1],
    ['\n  python-3.12 \n', '3.12', 2],
  ])('%j → %s', (text, specifier, line) => {
    const file = parse(text);
    expect(file.kind).toBe('runtime.txt');
    expect(file.python).toEqual({ specifier, file: 'runtime.txt', line });
    expect(file.dependencies).toEqual([]);
    expect(file.diagnostics).toEqual([]);
  });

  test.each([['3.11.4'], ['python-latest'], ['']])('%j is reported', (text) => {
    const file = parse(text);
    expect(file.python).toBeUndefined();
    expect(file.diagnostics).toMatchObject([{ severity: 'warning', code: 'runtime-txt/syntax', line: 1, file: 'runtime.txt' }]);
  });
});

describe('.python-version', () => {
  const parse = (text: string) => parsePythonVersionFile('.python-version', text, memoryReader())[0]!;

  test.each([
    ['3.11\n', '3.11', 1],
    ['3.11.7\n', '3.11.7', 1],
    ['# pinned for CUDA 12 wheels\n\n3.10.13\n3.9.18\n', '3.10.13', 3],
    ['pypy3.10-7.3.13\nsystem\n3.12.1\n', '3.12.1', 3],
    ['3.13t\n', '3.13', 1],
    ['3.12-dev\n', '3.12', 1],
    ['cpython@3.12\n', '3.12', 1],
    ['cpython-3.11.4\n', '3.11.4', 1],
    ['3.12.0rc2\n', '3.12.0rc2', 1],
    ['3.11.7 3.10.13\n', '3.11.7', 1],
  ])('%j → %s', (text, specifier, line) => {
    const file = parse(text);
    expect(file.kind).toBe('python-version');
    expect(file.python).toEqual({ specifier, file: '.python-version', line });
    expect(file.diagnostics).toEqual([]);
  });

  test('an unknown word is a notice and the next line is tried', () => {
    const file = parse('my-env\n3.11\n');
    expect(file.python).toEqual({ specifier: '3.11', file: '.python-version', line: 2 });
    expect(file.diagnostics).toMatchObject([{ severity: 'notice', code: 'python-version/unknown-version', line: 1 }]);
  });

  test('only other interpreters: no python, no complaint', () => {
    const file = parse('pypy3.9\n');
    expect(file.python).toBeUndefined();
    expect(file.diagnostics).toEqual([]);
  });
});
