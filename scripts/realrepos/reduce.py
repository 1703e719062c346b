#!/usr/bin/env python3
"""Reduce a repository at a pinned commit to a small fixture tree for the real-repository corpus.

Usage:
  python3 scripts/realrepos/reduce.py --git-dir <mirror git dir> --commit <sha> \
      --out __tests__/fixtures/realrepos/<owner__name>/tree [--only <path> ...] [--clean]

What is kept (see /work/wt/notes/CORPUS.md and scripts/realrepos/README.md):
- packaging and tooling files VERBATIM (requirements files and folders, conda files, setup.py, setup.cfg,
  pyproject.toml, Pipfile(.lock), MLproject, python_env.yaml, runtime.txt, tox.ini, pytest.ini, noxfile.py,
  CI workflows and composite actions, shell scripts, Makefiles, Dockerfiles, pre-commit and Read the Docs configs);
- every .py file, reduced: import statements, the header lines of the compound statements that enclose them
  (try/except/else/finally with the except blocks' raise statements, if/elif/else, def and class with their
  decorators, with, for, while, match/case),
  statements that import dynamically, install on demand or manipulate sys.path (importlib, __import__,
  find_spec, check_requirements, pip install, sys.path), availability probes (`_X_AVAILABLE = RequirementCache("x")`,
  `try_import_x()`), statements naming `report_to`/`log_with` (trackers a library loads by name), availability checks (`if [not] is_x_available():`, `if not _X_AVAILABLE:`, `if has_x_support:`
  with the raise/return they guard), in Sphinx `conf.py` the `extensions` statements, and PEP 723 `# /// script`
  blocks (a script's own requirements) verbatim.
  Every other line becomes empty so line numbers are kept; a block that would be left empty gets `pass` on its
  first line so the file still parses. Trailing empty lines are dropped.
  Files that `ast` rejects keep the lines that start an import statement (with their continuation lines).
- notebooks: the JSON structure with outputs dropped; code cells reduced the same way, shell (`!`) and magic
  (`%`) lines kept; `%%bash`-style cells kept verbatim; markdown/raw cells emptied.
Skipped: vendored trees (third_party, vendor, ...), symlinks, submodules, and files over 200 KB once reduced
(a large module or notebook is read and reduced: its imports matter, its size does not survive reduction).

Only the Python standard library; git is run with argument arrays, never through a shell.
The output depends only on the commit and the arguments.
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import re
import shutil
import subprocess
import sys

MAX_BYTES = 200 * 1024
VENDORED_DIRS = {'third_party', 'third-party', 'thirdparty', '3rdparty', 'vendor', 'vendored', '_vendor'}

# Files kept byte for byte, by base name (case-insensitive regexes).
VERBATIM_NAMES = [
    r'.*requirements.*\.(txt|in)',
    r'constraints.*\.txt',
    r'(.*[-_.])?(environment|conda)([-_.].*)?\.ya?ml',
    r'setup\.py', r'setup\.cfg', r'pyproject\.toml', r'settings\.ini',
    r'pipfile', r'pipfile\.lock',
    r'mlproject', r'python_env\.ya?ml', r'runtime\.txt', r'\.python-version',
    r'tox\.ini', r'pytest\.ini', r'noxfile\.py',
    r'\.pre-commit-config\.ya?ml', r'\.readthedocs\.ya?ml', r'readthedocs\.ya?ml',
    r'makefile', r'dockerfile.*', r'.*\.dockerfile', r'.*\.sh',
    r'\.gitlab-ci\.ya?ml', r'azure-pipelines\.ya?ml',
]
VERBATIM_RE = re.compile('^(?:' + '|'.join(VERBATIM_NAMES) + ')$', re.IGNORECASE)

# Simple statements kept because they say something about imports: dynamic imports, availability checks,
# on-demand installs, import paths.
SIGNAL_RE = re.compile(r'\bimport_module\b|\b__import__\b|\bfind_spec\b|\bfind_loader\b|\bsys\.path\b'
                       r'|\bimportlib\b|\bpip\s+install\b|\bcheck_requirements?\b'
                       # `_XLA_AVAILABLE = RequirementCache("torch_xla")`, `try_import_ray()`: availability probes.
                       r'|\bRequirementCache\b|\w*(?:package|module)_available\s*\(|\btry_import_\w+\s*\('
                       # `--report_to` / `log_with=`: the trackers a library loads by name (scan/named-trackers.ts).
                       r'|\breport_to\b|\blog_with\b')
# Conditions that test whether a module is there: `is_x_available()`, `find_spec`, `_X_AVAILABLE`, `has_x_support`.
AVAILABILITY_RE = re.compile(r'\w*_available\w*\s*\(|\bfind_spec\b|\bfind_loader\b|\w_AVAILABLE\b|\bRequirementCache\b'
                             r'|(?<![A-Za-z0-9])_*(?:has|HAS)_\w+|\w_installed\b')
IMPORT_LINE_RE = re.compile(r'^\s*(import|from)\s')
NEWLINE_RE = re.compile(r'\r\n|\r|\n')
SHELL_CELL_MAGICS = {'%%bash', '%%sh', '%%shell', '%%script', '%%system', '%%cmd', '%%writefile'}


def git(git_dir: str, *args: str) -> bytes:
    return subprocess.run(['git', '--git-dir', git_dir, *args], check=True, stdout=subprocess.PIPE).stdout


def list_blobs(git_dir: str, commit: str) -> list[tuple[str, str, int, str]]:
    """(mode, object id, size, path) for every entry of the commit's tree, in git's order."""
    out = git(git_dir, 'ls-tree', '-r', '-l', '-z', '--full-tree', commit)
    entries = []
    for record in out.split(b'\0'):
        if not record:
            continue
        meta, path = record.split(b'\t', 1)
        mode, kind, oid, size = meta.decode().split()
        if kind != 'blob':
            continue  # submodules
        # A blob the mirror does not hold (its largest files may be absent) has no size: skipped as missing.
        entries.append((mode, oid, int(size) if size.isdigit() else -1, path.decode('utf-8', 'surrogateescape')))
    return entries


def wanted(path: str, only: list[str]) -> str | None:
    """'verbatim', 'python', 'notebook' or None (not kept)."""
    parts = path.split('/')
    if any(p.lower() in VENDORED_DIRS for p in parts[:-1]):
        return None
    if only and len(parts) > 1 and parts[0] != '.github' and not any(
            path == o or path.startswith(o.rstrip('/') + '/') for o in only):
        return None
    name = parts[-1]
    in_requirements_dir = any(p.lower() == 'requirements' for p in parts[:-1])
    if VERBATIM_RE.match(name) or (in_requirements_dir and re.search(r'\.(txt|in)$', name, re.IGNORECASE)):
        return 'verbatim'
    if len(parts) >= 3 and parts[0] == '.github' and parts[1] in ('workflows', 'actions') and re.search(r'\.ya?ml$', name):
        return 'verbatim'
    if len(parts) >= 2 and parts[0] == '.circleci' and re.search(r'\.ya?ml$', name):
        return 'verbatim'
    if name.endswith('.py'):
        return 'python'
    if name.endswith('.ipynb'):
        return 'notebook'
    return None


# ---------------------------------------------------------------------------------------------- Python


def decode(data: bytes) -> tuple[str, str]:
    for encoding in ('utf-8-sig', 'latin-1'):
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise AssertionError('latin-1 decodes everything')


def end_of(stmts: list[ast.stmt]) -> int:
    last = stmts[-1]
    return last.end_lineno or last.lineno


class Reducer:
    """Chooses the lines of one Python source to keep."""

    def __init__(self, lines: list[str], sphinx_conf: bool, forced: frozenset[int]):
        self.lines = lines
        self.sphinx_conf = sphinx_conf
        self.forced = forced  # 1-based lines kept whatever they hold (a notebook's shell and magic lines)
        self.keep: set[int] = set()  # 1-based line numbers kept verbatim
        self.replace: dict[int, str] = {}  # 1-based line number -> replacement text (`pass`)

    def span(self, first: int, last: int) -> None:
        self.keep.update(range(first, last + 1))

    @staticmethod
    def first_line(stmt: ast.stmt) -> int:
        """A statement's first line, decorators included."""
        return min([stmt.lineno] + [d.lineno for d in getattr(stmt, 'decorator_list', [])])

    def header(self, node: ast.AST, body: list[ast.stmt]) -> None:
        """Keep a compound statement's header lines: from its first line (decorators included: a test's
        `@require_x` / `skipUnless` is what makes its imports optional) up to the line before its body,
        without trailing empty or comment-only lines."""
        first = self.first_line(node) if isinstance(node, ast.stmt) else node.lineno
        last = max(first, self.first_line(body[0]) - 1)
        while last > first and (self.lines[last - 1].strip() == '' or self.lines[last - 1].lstrip().startswith('#')):
            last -= 1
        self.span(first, last)

    def block(self, stmts: list[ast.stmt]) -> bool:
        """Reduce a block; True when anything in it is kept."""
        kept = False
        for stmt in stmts:
            kept = self.statement(stmt) or kept
        return kept

    def fill(self, stmts: list[ast.stmt]) -> None:
        """A kept compound statement's block with nothing kept gets `pass` on its first line."""
        first = stmts[0]
        line_no = self.first_line(first)
        if line_no in self.keep:
            return  # the block starts on the header's line (`if x: y`)
        col = first.col_offset
        self.replace[line_no] = ' ' * col + 'pass'

    def keyword_line(self, stmts: list[ast.stmt], lower: int, keyword: str) -> int | None:
        """The line of the `else:`/`finally:` that opens a block: searched upwards from the block's first line
        to the line after `lower` (the end of the block before it)."""
        for n in range(self.first_line(stmts[0]), lower, -1):
            if re.match(r'\s*' + keyword + r'\s*:', self.lines[n - 1]):
                return n
        return None

    def optional_block(self, stmts: list[ast.stmt], lower: int, keyword: str) -> bool:
        """An `else:`/`finally:` block: kept with its keyword line only when something in it is kept."""
        if not stmts or not self.block(stmts):
            return False
        line = self.keyword_line(stmts, lower, keyword)
        if line is not None:
            self.keep.add(line)
        return True

    def statement(self, node: ast.stmt) -> bool:
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            self.span(node.lineno, node.end_lineno or node.lineno)
            return True
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.With, ast.AsyncWith)):
            if not self.block(node.body):
                return False
            self.header(node, node.body)
            return True
        if isinstance(node, (ast.If, ast.For, ast.AsyncFor, ast.While)):
            return self.conditional(node)
        if isinstance(node, ast.Try) or type(node).__name__ == 'TryStar':
            return self.try_statement(node)
        if type(node).__name__ == 'Match':
            return self.match_statement(node)
        # A simple statement: kept when it imports dynamically, installs on demand or sets import paths (or is
        # Sphinx's extensions). Docstrings and other bare strings are prose, never kept.
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):
            return False
        text = '\n'.join(self.lines[node.lineno - 1:(node.end_lineno or node.lineno)])
        if node.lineno in self.forced or SIGNAL_RE.search(text) or (self.sphinx_conf and self.names_extensions(node)):
            self.span(node.lineno, node.end_lineno or node.lineno)
            return True
        return False

    @staticmethod
    def names_extensions(node: ast.stmt) -> bool:
        targets: list[ast.expr] = []
        if isinstance(node, ast.Assign):
            targets = node.targets
        elif isinstance(node, (ast.AugAssign, ast.AnnAssign)):
            targets = [node.target]
        elif isinstance(node, ast.Expr) and isinstance(node.value, ast.Call):
            func = node.value.func
            targets = [func.value] if isinstance(func, ast.Attribute) else []
        return any(isinstance(t, ast.Name) and t.id == 'extensions' for t in targets)

    def conditional(self, node: ast.If | ast.For | ast.AsyncFor | ast.While) -> bool:
        body_kept = self.block(node.body)
        else_kept = False
        if node.orelse:
            is_elif = (isinstance(node, ast.If) and len(node.orelse) == 1 and isinstance(node.orelse[0], ast.If)
                       and self.lines[node.orelse[0].lineno - 1].lstrip().startswith('elif'))
            if is_elif:
                else_kept = self.statement(node.orelse[0])
            else:
                else_kept = self.optional_block(node.orelse, end_of(node.body), 'else')
        if not (body_kept or else_kept):
            # An availability check (`if not is_x_available(): raise ImportError(...)`, `if is_x_available():
            # trackers.append(...)`) stays with the raise/return it guards: it is what makes imports optional.
            test_text = '\n'.join(self.lines[node.lineno - 1:(node.test.end_lineno or node.lineno)]) \
                if isinstance(node, ast.If) else ''
            if not AVAILABILITY_RE.search(test_text):
                return False
            for stmt in node.body:
                if isinstance(stmt, (ast.Raise, ast.Return)):
                    self.span(stmt.lineno, stmt.end_lineno or stmt.lineno)
                    body_kept = True
        self.header(node, node.body)
        if not body_kept:
            self.fill(node.body)
        return True

    def try_statement(self, node: ast.Try) -> bool:
        body_kept = self.block(node.body)
        handlers_kept = [self.block(h.body) for h in node.handlers]
        handlers_end = end_of(node.handlers[-1].body) if node.handlers else end_of(node.body)
        else_kept = self.optional_block(node.orelse, handlers_end, 'else')
        finally_lower = end_of(node.orelse) if node.orelse else handlers_end
        finally_kept = self.optional_block(node.finalbody, finally_lower, 'finally')
        if not (body_kept or any(handlers_kept) or else_kept or finally_kept):
            return False
        self.header(node, node.body)
        if not body_kept:
            self.fill(node.body)
        # Every handler header stays: `except ImportError:` is what makes an import optional, unless the
        # handler raises (then the import is required after all), so its raise statements stay too.
        for handler, kept in zip(node.handlers, handlers_kept):
            self.header(handler, handler.body)
            for stmt in handler.body:
                if isinstance(stmt, ast.Raise):
                    self.span(stmt.lineno, stmt.end_lineno or stmt.lineno)
                    kept = True
            if not kept:
                self.fill(handler.body)
        if not node.handlers and not finally_kept:
            # try/finally whose finally block had nothing to keep: the finally header stays, with `pass`.
            line = self.keyword_line(node.finalbody, finally_lower, 'finally')
            if line is not None:
                self.keep.add(line)
                self.fill(node.finalbody)
        return True

    def match_statement(self, node: ast.stmt) -> bool:
        cases = node.cases  # type: ignore[attr-defined]
        kept_cases = [c for c in cases if self.block(c.body)]
        if not kept_cases:
            return False
        self.span(node.lineno, node.lineno)
        for case in kept_cases:
            self.span(case.pattern.lineno, case.pattern.end_lineno or case.pattern.lineno)
            if case.guard is not None:
                self.span(case.guard.lineno, case.guard.end_lineno or case.guard.lineno)
        return True


def fallback_lines(lines: list[str]) -> set[int]:
    """For sources `ast` rejects: lines starting an import statement and their continuation lines."""
    keep: set[int] = set()
    n = 0
    while n < len(lines):
        if IMPORT_LINE_RE.match(lines[n]):
            depth = 0
            while True:
                keep.add(n + 1)
                text = lines[n].split('#', 1)[0]
                depth += text.count('(') - text.count(')')
                if (depth > 0 or text.rstrip().endswith('\\')) and n + 1 < len(lines):
                    n += 1
                    continue
                break
        n += 1
    return keep


def script_block_lines(lines: list[str]) -> set[int]:
    """1-based lines of PEP 723 blocks (`# /// script` ... `# ///`): a script's own requirements, kept verbatim."""
    keep: set[int] = set()
    start = None
    for n, line in enumerate(lines, 1):
        if start is None:
            if re.fullmatch(r'# /// [a-zA-Z0-9-]+', line.rstrip('\r')):
                start = n
        elif line.rstrip('\r') == '# ///':
            keep.update(range(start, n + 1))
            start = None
        elif not (line.rstrip('\r') == '#' or line.startswith('# ')):
            start = None
    return keep


def reduce_source(text: str, sphinx_conf: bool = False, forced: frozenset[int] = frozenset()) -> str:
    lines = NEWLINE_RE.split(text)
    try:
        tree = ast.parse(text)
    except (SyntaxError, ValueError):
        tree = None
    if tree is None:
        keep, replace = fallback_lines(lines), {}
    else:
        reducer = Reducer(lines, sphinx_conf, forced)
        reducer.block(tree.body)
        keep, replace = reducer.keep, reducer.replace
    keep = keep | script_block_lines(lines)
    out = [lines[i - 1] if i in keep else replace.get(i, '') for i in range(1, len(lines) + 1)]
    while out and out[-1].strip() == '':
        out.pop()
    return '\n'.join(out) + '\n' if out else ''


def reduce_python(data: bytes, path: str) -> bytes:
    text, encoding = decode(data)
    parts = path.split('/')
    sphinx_conf = parts[-1] == 'conf.py' and any('doc' in p.lower() for p in parts[:-1])
    return reduce_source(text, sphinx_conf).encode('utf-8' if encoding == 'utf-8-sig' else encoding)


# ---------------------------------------------------------------------------------------------- notebooks


def reduce_cell_source(source: str) -> str:
    lines = source.split('\n')
    if lines and lines[0].strip().split(' ')[0] in SHELL_CELL_MAGICS:
        return source
    # Shell and magic lines are not Python: ast sees `pass` in their place, kept with the headers around them.
    magic = {i for i, line in enumerate(lines) if line.lstrip().startswith(('!', '%'))}
    python = '\n'.join(line[:len(line) - len(line.lstrip())] + 'pass' if i in magic else line
                       for i, line in enumerate(lines))
    reduced = reduce_source(python, forced=frozenset(i + 1 for i in magic)).split('\n')
    out = []
    for i, line in enumerate(lines):
        out.append(line if i in magic else (reduced[i] if i < len(reduced) else ''))
    while out and out[-1].strip() == '':
        out.pop()
    return '\n'.join(out)


def to_source_list(text: str) -> list[str]:
    if not text:
        return []
    parts = text.split('\n')
    return [p + '\n' for p in parts[:-1]] + [parts[-1]]


def reduce_notebook(data: bytes) -> bytes | None:
    try:
        notebook = json.loads(data.decode('utf-8-sig'))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return None
    if not isinstance(notebook, dict) or not isinstance(notebook.get('cells'), list):
        return None
    cells = []
    for cell in notebook['cells']:
        if not isinstance(cell, dict):
            continue
        source = cell.get('source', '')
        source = ''.join(source) if isinstance(source, list) else str(source)
        kind = cell.get('cell_type', 'code')
        reduced: dict = {'cell_type': kind, 'metadata': {}}
        if 'id' in cell:
            reduced['id'] = cell['id']
        if kind == 'code':
            reduced['execution_count'] = None
            reduced['outputs'] = []
            reduced['source'] = to_source_list(reduce_cell_source(source))
        else:
            reduced['source'] = []
        cells.append(reduced)
    metadata = notebook.get('metadata') if isinstance(notebook.get('metadata'), dict) else {}
    result = {
        'cells': cells,
        'metadata': {k: metadata[k] for k in ('kernelspec', 'language_info') if k in metadata},
        'nbformat': notebook.get('nbformat', 4),
        'nbformat_minor': notebook.get('nbformat_minor', 0),
    }
    return (json.dumps(result, indent=1, sort_keys=True, ensure_ascii=False) + '\n').encode('utf-8')


# ---------------------------------------------------------------------------------------------- main


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description='Reduce a repository commit to a corpus fixture tree.')
    parser.add_argument('--git-dir', required=True, help='the mirror git directory (bare)')
    parser.add_argument('--commit', required=True, help='the commit to read (40 hex digits)')
    parser.add_argument('--out', required=True, help='the tree folder to write')
    parser.add_argument('--only', action='append', default=[],
                        help='keep only files under this path (repeatable); root-level files and .github/ are '
                             'always kept')
    parser.add_argument('--clean', action='store_true', help='delete the --out folder first')
    args = parser.parse_args(argv)

    if not re.fullmatch(r'[0-9a-f]{40}', args.commit):
        parser.error('--commit must be a full 40-hex commit id')
    if os.path.exists(args.out) and os.listdir(args.out):
        if not args.clean:
            parser.error(f'{args.out} is not empty (pass --clean to replace it)')
        shutil.rmtree(args.out)

    counts = {'verbatim': 0, 'python': 0, 'notebook': 0, 'skipped-large': 0, 'missing': 0}
    total = 0
    for mode, oid, size, path in list_blobs(args.git_dir, args.commit):
        if mode == '120000':
            continue  # symlink
        kind = wanted(path, args.only)
        if kind is None:
            continue
        if size < 0:
            counts['missing'] += 1
            print(f'missing from the mirror: {path}', file=sys.stderr)
            continue
        if size > MAX_BYTES and kind == 'verbatim':
            counts['skipped-large'] += 1
            continue
        data = git(args.git_dir, 'cat-file', 'blob', oid)
        if kind == 'python' and path.split('/')[-1] != 'noxfile.py':
            out = reduce_python(data, path)
        elif kind == 'notebook':
            out = reduce_notebook(data)
            if out is None:
                continue
        else:
            out = data
        if len(out) > MAX_BYTES:
            counts['skipped-large'] += 1
            continue
        target = os.path.join(args.out, *path.split('/'))
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with open(target, 'wb') as f:
            f.write(out)
        counts[kind] += 1
        total += len(out)
    summary = ', '.join(f'{v} {k}' for k, v in counts.items())
    print(f'{args.out}: {summary}; {total} bytes', file=sys.stderr)
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
