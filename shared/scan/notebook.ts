// The imports of a Jupyter notebook: the code cells of nbformat 4 (and 3), each lexed as IPython would run it.
// Lines point into the .ipynb file: a cell's source line maps to the JSON line where that line's text starts.
//
// IPython syntax never reaches the Python lexer: line magics (`%matplotlib inline`), shell escapes (`!ls`), help
// (`obj?`) and `x = !cmd` lines are skipped wherever a logical line starts (not inside strings or brackets), except
// the Python argument of the line forms of PYTHON_CELL_MAGICS (`%time import torch`). A cell
// that starts with a cell magic is scanned only when that magic still runs the cell as Python in this kernel
// (PYTHON_CELL_MAGICS); shell cells (SHELL_CELL_MAGICS) are read for `pip install` lines; any other (`%%writefile`,
// `%%html`, `%%sql`, …) is skipped. `pip install` in shell escapes and `%pip` becomes PipInstallEvidence.
// Notebooks whose kernel is not Python (R, Julia) have no Python imports and yield none.

import { LocatedError } from '../diagnostics.js';
import { parseJsonWithLines, type JsonWithLines } from '../json-with-lines.js';
import type { ImportRecord, PipInstallEvidence, ScannedFile } from './model.js';
import { invokedPrograms, pipInstallPackages } from './pip-install-command.js';
import { extendsSysPath, lexImports, unparsable } from './python-imports.js';

/** Cell magics whose body IPython runs as Python code: its imports are real. */
export const PYTHON_CELL_MAGICS: ReadonlySet<string> = new Set([
  'capture', 'time', 'timeit', 'prun', 'debug', 'python', 'python3', 'memit', 'mprun',
]);
/** Cell magics whose body is shell script: only read for `pip install`. */
export const SHELL_CELL_MAGICS: ReadonlySet<string> = new Set(['bash', 'sh', 'script', 'system']);

interface Cell {
  index: number;
  text: string;
  /** JSON line of each 1-based source line (index 0 unused). */
  lines: number[];
}

/** Scans notebook JSON text. Malformed JSON or a shape that is no notebook gives a `problem` and no imports. */
export function scanNotebook(text: string, path: string): ScannedFile {
  const file: ScannedFile = { path, imports: [], pipInstalls: [] };
  let doc: JsonWithLines;
  try {
    doc = parseJsonWithLines(text, path, 'scan/unparsable');
  } catch (e) {
    if (!(e instanceof LocatedError)) throw e;
    file.problem = unparsable(path, `not a notebook: ${e.message}`, e.line, e.column);
    return file;
  }
  const cells = codeCells(doc);
  if (typeof cells === 'string') {
    file.problem = unparsable(path, `not a notebook: ${cells}`);
    return file;
  }
  for (const cell of cells) scanCell(cell, file);
  if (file.imports.some((i) => i.module === 'sys') && extendsSysPath(text)) file.extendsPath = true;
  return file;
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/** The code cells in order, or why there are none to read. */
function codeCells(doc: JsonWithLines): Cell[] | string {
  const nb = record(doc.value);
  if (!nb) return 'the document is not an object';
  const meta = record(nb.metadata);
  const language = record(meta?.kernelspec)?.language ?? record(meta?.language_info)?.name ?? meta?.language;
  if (typeof language === 'string' && !/^python/i.test(language)) return [];
  let cells: unknown[];
  let sourceKey: string;
  if (Array.isArray(nb.cells)) {
    cells = nb.cells;
    sourceKey = 'source';
  } else if (Array.isArray(nb.worksheets)) {
    // nbformat 3: cells live in worksheets, their code under `input`.
    cells = nb.worksheets.flatMap((w) => {
      const ws = record(w)?.cells;
      return Array.isArray(ws) ? ws : [];
    });
    sourceKey = 'input';
  } else {
    return 'no `cells` array';
  }
  const out: Cell[] = [];
  cells.forEach((value, index) => {
    const cell = record(value);
    if (!cell || cell.cell_type !== 'code') return;
    if (typeof cell.language === 'string' && !/^python/i.test(cell.language)) return;
    const source = cell[sourceKey];
    const line = doc.lineOf(cell, sourceKey) ?? 1;
    if (typeof source === 'string') out.push({ index, text: source, lines: sourceLines([source], [line]) });
    else if (Array.isArray(source)) {
      const parts = source.map((s) => (typeof s === 'string' ? s : ''));
      out.push({ index, text: parts.join(''), lines: sourceLines(parts, parts.map((_, k) => doc.lineOf(source, k) ?? line)) });
    }
  });
  return out;
}

/** For source split into JSON strings `parts` starting on JSON lines `at`: the JSON line of each source line. */
function sourceLines(parts: string[], at: number[]): number[] {
  const lines = [0];
  let lineStarts = true;
  parts.forEach((part, k) => {
    const jsonLine = at[k]!;
    if (lineStarts && part !== '') lines.push(jsonLine);
    if (part !== '') lineStarts = false;
    for (let nl = part.indexOf('\n'); nl >= 0; nl = part.indexOf('\n', nl + 1)) {
      if (nl + 1 < part.length) lines.push(jsonLine);
      else lineStarts = true;
    }
  });
  if (lines.length === 1) lines.push(at[0] ?? 1);
  return lines;
}

function scanCell(cell: Cell, file: ScannedFile): void {
  const jsonLine = (line: number) => cell.lines[Math.min(line, cell.lines.length - 1)]!;
  const pip = (command: string, line: number) => {
    for (const packages of pipInstallPackages(command)) {
      if (packages.length) file.pipInstalls.push({ packages, line: jsonLine(line), cell: cell.index } satisfies PipInstallEvidence);
    }
  };
  const magic = /^\s*%%(\S+)/.exec(cell.text.replace(/^(\s*\n)+/, ''));
  // `%%writefile [-a] helpers.py`: the notebook makes that module itself.
  const written = magic?.[1] === 'writefile' ? /^\s*%%writefile(?:\s+-a|\s+--append)?\s+(\S+)/.exec(cell.text.replace(/^(\s*\n)+/, '')) : null;
  if (written) (file.writes ??= []).push(written[1]!);
  if (magic && !PYTHON_CELL_MAGICS.has(magic[1]!)) {
    if (SHELL_CELL_MAGICS.has(magic[1]!)) {
      cell.text.split('\n').forEach((text, k) => {
        if (/^\s*%%/.test(text)) return;
        pip(text, k + 1);
        const programs = invokedPrograms(text);
        if (programs.length) (file.programs ??= []).push(...programs);
      });
    }
    return;
  }
  const inMagics: ImportRecord[] = [];
  const { imports, problem } = lexImports(Buffer.from(cell.text, 'utf8'), {
    decoded: true,
    onMagicLine(text, line) {
      const joined = text.replace(/\\\r?\n/g, ' ');
      const command = shellOrPip(joined);
      if (command !== null) {
        pip(command, line);
        const protoc = command.search(/\bprotoc\b/);
        if (protoc >= 0) for (const word of command.slice(protoc).split(/\s+/)) if (/^[\w./-]+\.proto$/.test(word)) (file.writes ??= []).push(word);
        const programs = invokedPrograms(command);
        if (programs.length) (file.programs ??= []).push(...programs);
      }
      // `%time import torch` runs its argument: that import is real.
      const python = /^\s*%(\w+)(.*)$/s.exec(joined);
      if (python && PYTHON_CELL_MAGICS.has(python[1]!)) {
        for (const found of lexImports(Buffer.from(python[2]!, 'utf8'), { decoded: true }).imports) inMagics.push({ ...found, line });
      }
    },
  });
  const all = inMagics.length ? [...imports, ...inMagics].sort((a, b) => a.line - b.line) : imports;
  for (const found of all) file.imports.push({ ...found, line: jsonLine(found.line), cell: cell.index } satisfies ImportRecord);
  if (problem && !file.problem) {
    file.problem = unparsable(file.path, `${problem.message} (cell ${cell.index + 1})`, jsonLine(problem.line));
  }
}

/** The shell command of a `!cmd` / `x = !cmd` line, or `pip …` of a `%pip …` line; null for other IPython lines. */
function shellOrPip(line: string): string | null {
  const m = /^\s*(?:[\w.]+(?:\s*,\s*[\w.]+)*\s*=\s*)?(!!?|%)(.*)$/s.exec(line);
  if (!m) return null;
  if (m[1] !== '%') return m[2]!;
  return /^pip\s/.test(m[2]!) ? m[2]! : null;
}
