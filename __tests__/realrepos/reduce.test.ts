// scripts/realrepos/reduce.py, the reducer that builds the real-repository corpus, run as the README says on a real
// git repository: what it keeps, that line numbers survive, and that the output depends only on the commit.

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { GitRepo } from '../harness/git-repo.js';
import { repoRoot } from '../harness/run-action.js';

const reducer = path.join(repoRoot, 'scripts', 'realrepos', 'reduce.py');

function reduce(repo: GitRepo, commit: string, ...extra: string[]): string {
  const out = path.join(mkdtempSync(path.join(tmpdir(), 'reduced-')), 'tree');
  execFileSync('python3', [reducer, '--git-dir', path.join(repo.dir, '.git'), '--commit', commit, '--out', out, ...extra], { stdio: ['ignore', 'pipe', 'pipe'] });
  return out;
}

const read = (dir: string, file: string) => readFileSync(path.join(dir, file), 'utf8');

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? listFiles(path.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`])).sort();
}

const module = [
  '"""Docstring that says pip install nothing."""',
  'import os',
  'from torch import (nn,',
  '    optim)',
  'VALUE = 1',
  'try:',
  '    import wandb',
  'except ImportError:',
  '    wandb = None',
  '',
  'try:',
  '    import triton',
  'except ImportError as e:',
  '    raise RuntimeError("needs triton") from e',
  '',
  '@decorator',
  'class Tracker:',
  '    def start(self):',
  '        x = 1',
  '        from aim import Run',
  '',
  'if not is_amdsmi_available():',
  '    raise ImportError("amdsmi")',
  'if __name__ == "__main__":',
  '    main()',
  '',
].join('\n');

const notebook = JSON.stringify({
  cells: [
    { cell_type: 'markdown', metadata: {}, source: ['# Title\n', 'text'] },
    { cell_type: 'code', metadata: { colab: {} }, execution_count: 3, outputs: [{ output_type: 'stream', text: ['big'] }], source: ['%pip install -q jiwer\n', 'if True:\n', '    !nvidia-smi\n', 'import jiwer\n', 'y = 2'] },
  ],
  metadata: { kernelspec: { name: 'python3' }, colab: { provenance: [] } },
  nbformat: 4,
  nbformat_minor: 5,
});

describe('reduce.py', () => {
  const repo = GitRepo.init();
  repo.write('pkg/__init__.py', '');
  repo.write('pkg/mod.py', module);
  repo.write('pkg/broken.py', 'print "py2"\nimport yaml\nfrom a import (b,\n  c)\nx = 1\n');
  repo.write('requirements.txt', 'torch>=2  # comment kept\n');
  repo.write('requirements/dev.in', 'pytest\n');
  repo.write('environment.yml', 'dependencies:\n  - numpy\n');
  repo.write('setup.py', 'from setuptools import setup\nsetup(name="pkg")\n');
  repo.write('.github/workflows/ci.yml', 'on: push\n');
  repo.write('docs/conf.py', 'import os\nproject = "x"\nextensions = [\n    "myst_parser",\n]\nhtml_theme = "y"\n');
  repo.write('demo.ipynb', notebook);
  repo.write('third_party/lib/vendored.py', 'import secret\n');
  repo.write('data/big.txt', 'x'.repeat(10));
  repo.write('sub/keep.py', 'import keep\n');
  repo.write('sub/script.py', '# Copyright\n# /// script\n# dependencies = [\n#   "rich",\n# ]\n# ///\nx = 1\nimport rich\n');
  repo.write('other/drop.py', 'import drop\n');
  repo.write('pkg/categories.py', `import json\n${'# a long table\n'.repeat(16000)}`); // over 200 KB, small once reduced
  repo.write('requirements-huge.txt', '# pinned\n'.repeat(25000)); // over 200 KB and verbatim: skipped
  const commit = repo.commitAll('fixture');

  test('keeps packaging files verbatim, every Python file, notebooks; skips vendored trees, data and what stays over 200 KB', () => {
    const tree = reduce(repo, commit);
    expect(listFiles(tree)).toEqual([
      '.github/workflows/ci.yml',
      'demo.ipynb',
      'docs/conf.py',
      'environment.yml',
      'other/drop.py',
      'pkg/__init__.py',
      'pkg/broken.py',
      'pkg/categories.py',
      'pkg/mod.py',
      'requirements.txt',
      'requirements/dev.in',
      'setup.py',
      'sub/keep.py',
      'sub/script.py',
    ]);
    expect(read(tree, 'requirements.txt')).toBe('torch>=2  # comment kept\n');
    expect(read(tree, 'setup.py')).toBe('from setuptools import setup\nsetup(name="pkg")\n');
    expect(read(tree, 'pkg/categories.py')).toBe('import json\n');
    // A PEP 723 block is the script's own packaging: kept verbatim, where it was.
    expect(read(tree, 'sub/script.py')).toBe('\n# /// script\n# dependencies = [\n#   "rich",\n# ]\n# ///\n\nimport rich\n');
  });

  test('keeps imports and their enclosing headers at their line numbers; the rest is blank, the file still parses', () => {
    const tree = reduce(repo, commit);
    const lines = read(tree, 'pkg/mod.py').split('\n');
    const original = module.split('\n');
    const kept = (n: number) => lines[n - 1];
    for (const n of [2, 3, 4, 6, 7, 8, 11, 12, 13, 14, 16, 17, 18, 20, 22, 23]) expect([n, kept(n)]).toEqual([n, original[n - 1]]);
    expect(kept(1)).toBe(''); // a docstring is prose, even when it mentions pip install
    expect(kept(5)).toBe('');
    expect(kept(9)).toBe('    pass'); // the handler stays, its assignment does not
    expect(kept(19)).toBe('');
    expect(lines.length).toBeLessThan(original.length); // the trailing `if __name__` block held no import
    const parse = spawnSync('python3', ['-c', 'import ast,sys; ast.parse(open(sys.argv[1]).read())', path.join(tree, 'pkg/mod.py')]);
    expect(parse.status).toBe(0);
  });

  test('falls back to import lines for files ast rejects, and keeps Sphinx extensions', () => {
    const tree = reduce(repo, commit);
    expect(read(tree, 'pkg/broken.py')).toBe('\nimport yaml\nfrom a import (b,\n  c)\n');
    expect(read(tree, 'docs/conf.py')).toBe('import os\n\nextensions = [\n    "myst_parser",\n]\n');
  });

  test('reduces notebooks: outputs dropped, magic and shell lines kept with their headers, markdown emptied', () => {
    const nb = JSON.parse(read(reduce(repo, commit), 'demo.ipynb')) as { cells: { cell_type: string; source: string[]; outputs?: unknown[]; execution_count?: unknown }[]; metadata: object };
    expect(nb.cells[0]).toEqual({ cell_type: 'markdown', metadata: {}, source: [] });
    expect(nb.cells[1]).toEqual({ cell_type: 'code', metadata: {}, execution_count: null, outputs: [], source: ['%pip install -q jiwer\n', 'if True:\n', '    !nvidia-smi\n', 'import jiwer'] });
    expect(nb.metadata).toEqual({ kernelspec: { name: 'python3' } });
  });

  test('--only keeps the named folders plus root files and .github; the output is the same on every run', () => {
    const a = reduce(repo, commit, '--only', 'sub');
    expect(listFiles(a).filter((f) => f.endsWith('.py'))).toEqual(['setup.py', 'sub/keep.py', 'sub/script.py']);
    expect(existsSync(path.join(a, '.github/workflows/ci.yml'))).toBe(true);
    const b = reduce(repo, commit, '--only', 'sub');
    expect(listFiles(b).map((f) => [f, read(b, f)])).toEqual(listFiles(a).map((f) => [f, read(a, f)]));
  });

  test('refuses a commit that is not a full id and an output folder that is not empty', () => {
    const short = spawnSync('python3', [reducer, '--git-dir', path.join(repo.dir, '.git'), '--commit', commit.slice(0, 7), '--out', path.join(tmpdir(), 'x')], { encoding: 'utf8' });
    expect(short.status).toBe(2);
    expect(short.stderr).toContain('--commit must be a full 40-hex commit id');
    const tree = reduce(repo, commit);
    const again = spawnSync('python3', [reducer, '--git-dir', path.join(repo.dir, '.git'), '--commit', commit, '--out', tree], { encoding: 'utf8' });
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('is not empty (pass --clean to replace it)');
  });
});
