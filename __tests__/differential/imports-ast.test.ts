// The import scanner against Python's own `ast` (imports_ast.py beside this file): for every file ast parses, the
// top-level modules, the relative imports and the lines of both must be exactly what an ast walk gives. The corpus is
// every .py file of the machine's Python library folder, site-packages included (about 13,000 files), plus the
// fixture corpus of nasty cases, the latter also under every newer Python found (3.12 f-strings, 3.12 `type`).

import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import fg from 'fast-glob';
import { discoverFiles } from '../../shared/scan/discover-files.js';
import type { ScannedFile } from '../../shared/scan/model.js';
import { scanFiles } from '../../shared/scan/scan-files.js';

const script = join(import.meta.dirname, 'imports_ast.py');
const fixtures = join(import.meta.dirname, '../fixtures/scan');

interface AstFile {
  path: string;
  ok: boolean;
  imports?: [string, number, number][];
  error?: string;
}

/** Runs imports_ast.py over `files` (relative to `root`) with one process per CPU. */
function astWalk(python: string, root: string, files: string[]): Promise<Map<string, AstFile>> {
  return new Promise((resolve, reject) => {
    const child = spawn(python, [script, root], { stdio: ['pipe', 'pipe', 'inherit'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`${python} ${script} exited with ${code}`));
      const out = new Map<string, AstFile>();
      for (const line of Buffer.concat(chunks).toString('utf8').split('\n')) {
        const r = line ? (JSON.parse(line) as AstFile & { summary?: unknown }) : null;
        if (r && !r.summary) out.set(r.path, r);
      }
      resolve(out);
    });
    child.stdin.end(files.join('\0'));
  });
}

/** Sorted `module@line` keys: top-level modules for absolute imports, dots + module for relative ones. */
function keys(imports: { module: string; level: number; line: number }[], relative: boolean): string[] {
  return imports
    .filter((i) => (i.level > 0) === relative)
    .map((i) => `${relative ? '.'.repeat(i.level) + i.module : i.module.split('.')[0]}@${i.line}`)
    .sort();
}

interface Comparison {
  compared: number;
  astRejected: number;
  /** Of the files ast rejects, those the scanner also flagged. */
  flaggedToo: number;
  topLevelMismatches: string[];
  relativeMismatches: string[];
  /** Files ast parses that the scanner called unparsable. */
  falseProblems: string[];
}

function compare(ast: Map<string, AstFile>, scanned: ScannedFile[]): Comparison {
  const c: Comparison = { compared: 0, astRejected: 0, flaggedToo: 0, topLevelMismatches: [], relativeMismatches: [], falseProblems: [] };
  for (const file of scanned) {
    const reference = ast.get(file.path);
    if (!reference) throw new Error(`no ast result for ${file.path}`);
    if (!reference.ok) {
      c.astRejected++;
      if (file.problem) c.flaggedToo++;
      continue;
    }
    c.compared++;
    const expected = reference.imports!.map(([module, level, line]) => ({ module, level, line }));
    for (const relative of [false, true]) {
      const want = keys(expected, relative).join(' ');
      const ours = file.imports.map((i) => ({ module: i.dotted.slice(i.level), level: i.level, line: i.line }));
      const got = keys(ours, relative).join(' ');
      if (want !== got) (relative ? c.relativeMismatches : c.topLevelMismatches).push(`${file.path}\n  ast:  ${want}\n  scan: ${got}`);
    }
    if (file.problem) c.falseProblems.push(`${file.path}: ${file.problem.message}`);
  }
  return c;
}

function report(label: string, c: Comparison): void {
  console.log(
    `${label}: ${c.compared} files compared, ${c.astRejected} rejected by ast (${c.flaggedToo} flagged by the scanner too), ` +
      `${c.topLevelMismatches.length} top-level mismatches, ${c.relativeMismatches.length} relative-import mismatches, ` +
      `${c.falseProblems.length} false problems`,
  );
}

function expectExact(c: Comparison): void {
  expect(c.topLevelMismatches).toEqual([]);
  expect(c.relativeMismatches).toEqual([]);
  expect(c.falseProblems).toEqual([]);
}

/** Interpreters newer than `python3` found on this machine (PATH names, pyenv versions), for syntax 3.11 lacks. */
function newerPythons(): string[] {
  const found = ['python3.12', 'python3.13', 'python3.14'].filter((p) => {
    try {
      execFileSync(p, ['-c', 'pass'], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  });
  const pyenv = join(process.env.PYENV_ROOT ?? join(homedir(), '.pyenv'), 'versions');
  if (existsSync(pyenv)) {
    for (const v of readdirSync(pyenv).filter((v) => /^3\.(1[2-9]|[2-9]\d)\.\d+$/.test(v))) {
      const bin = join(pyenv, v, 'bin/python3');
      if (existsSync(bin)) found.push(bin);
    }
  }
  return found;
}

test('the fixture corpus of nasty cases, under python3 and every newer Python found', async () => {
  const files = ['python', 'unparsable'].flatMap((dir) => readdirSync(join(fixtures, dir)).map((f) => `${dir}/${f}`));
  const scanned = await scanFiles(fixtures, files);
  const parsedBy = new Map<string, string[]>();
  for (const python of ['python3', ...newerPythons()]) {
    const ast = await astWalk(python, fixtures, files);
    const c = compare(ast, scanned);
    report(`fixtures, ${python}`, c);
    expectExact(c);
    // The broken fixtures are broken for every Python, in ways the scanner sees.
    expect(c.flaggedToo).toBe(files.filter((f) => f.startsWith('unparsable/')).length);
    for (const [path, r] of ast) if (r.ok) parsedBy.set(path, [...(parsedBy.get(path) ?? []), python]);
  }
  // Every fixture but the 3.12-only one is valid for python3; that one needs a newer interpreter to be compared.
  expect(files.filter((f) => f.startsWith('python/') && !parsedBy.has(f) && f !== 'python/fstrings_312.py')).toEqual([]);
}, 120_000);

test('every .py file of the Python library folder, site-packages included: exactly what ast finds', async () => {
  const root = execFileSync('python3', ['-c', "import sysconfig; print(sysconfig.get_paths()['stdlib'])"]).toString().trim();
  const { files, skipped } = await discoverFiles(root, { defaultExcludes: false, gitignore: false });
  const py = files.filter((f) => f.endsWith('.py'));
  // Discovery must hand over every file: compare with an independent listing.
  const listed = await fg('**/*.py', { cwd: root, dot: true, followSymbolicLinks: false, onlyFiles: true });
  expect(py.length + skipped.filter((s) => s.path.endsWith('.py')).length).toBe(listed.length);

  const [ast, scanned] = await Promise.all([astWalk('python3', root, py), scanFiles(root, py)]);
  const c = compare(ast, scanned);
  report(`${root}`, c);
  expect(c.compared).toBeGreaterThan(1000);
  expectExact(c);
}, 900_000);
