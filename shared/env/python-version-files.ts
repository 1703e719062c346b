// Files that only name the interpreter: runtime.txt (Heroku and friends: `python-3.11.4`) and .python-version (pyenv,
// uv: one version per line, the first usable one wins; `system` and other implementations such as PyPy are skipped).

import { splitLines } from '../text/lines.js';
import type { FileReader, PackagingFile } from './model.js';
import { PackagingFileBuilder } from './packaging-file.js';

const version = /^\d+(?:\.\d+){0,2}(?:(?:a|b|rc)\d+)?$/;
/** pyenv names of interpreters that are not CPython, and `system`: nothing to compare with CPython versions. */
const otherInterpreters = new RegExp(
  '^(system|pypy|graalpy|jython|ironpython|stackless|micropython|pyston|cinder|activepython|anaconda|miniconda|' +
    'miniforge|mambaforge|nogil)',
  'i',
);

export function parseRuntimeTxt(file: string, text: string, _reader: FileReader): PackagingFile[] {
  const b = new PackagingFileBuilder(file, 'runtime.txt', 'runtime-txt');
  const lines = splitLines(text);
  const n = lines.findIndex((l) => l.trim() !== '');
  if (n === -1) {
    b.report('warning', 'syntax', 'runtime.txt is empty; it should name the interpreter, like python-3.11.4', 1);
    return [b.file];
  }
  const written = lines[n]!.trim();
  const m = /^python-(.+)$/.exec(written);
  if (m && version.test(m[1]!)) b.file.python = { specifier: m[1]!, file, line: n + 1 };
  else b.report('warning', 'syntax', `"${written}" is not a Python runtime like python-3.11.4`, n + 1);
  return [b.file];
}

export function parsePythonVersionFile(file: string, text: string, _reader: FileReader): PackagingFile[] {
  const b = new PackagingFileBuilder(file, 'python-version', 'python-version');
  const lines = splitLines(text);
  for (const [n, raw] of lines.entries()) {
    // pyenv reads the words of each line; `#` starts a comment.
    for (const word of raw.replace(/#.*/, '').trim().split(/\s+/).filter(Boolean)) {
      if (otherInterpreters.test(word)) continue;
      const cpython = /^(?:cpython[-@]?|python)?(.+?)(?:t|-dev)?$/i.exec(word)![1]!;
      if (version.test(cpython)) {
        b.file.python = { specifier: cpython, file, line: n + 1 };
        return [b.file];
      }
      b.report('notice', 'unknown-version', `"${word}" is not a CPython version this tool can compare; it is skipped`, n + 1);
    }
  }
  return [b.file];
}
