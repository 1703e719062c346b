import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { discoverFiles } from '../../../shared/scan/discover-files.js';

// A project tree with every kind of thing discovery must skip or keep. Built per run: it holds a .git folder and
// symbolic links, which a committed fixture cannot.
let root: string;
let outside: string;

function put(path: string, content: string | Buffer = 'import os\n'): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), content);
}

beforeAll(() => {
  const base = mkdtempSync(join(tmpdir(), 'discover-'));
  root = join(base, 'project');
  outside = join(base, 'outside');
  mkdirSync(outside);
  writeFileSync(join(outside, 'x.py'), 'import os\n');
  put('.git/info/exclude', 'excluded_by_info.py\n');
  put('.git/hooks/hook.py');
  put('.gitignore', 'ignored_dir/\n*.tmp.py\n!keep.tmp.py\n/rootonly.py\n');
  for (const p of ['main.py', 'keep.tmp.py', 'drop.tmp.py', 'rootonly.py', 'excluded_by_info.py', 'stub.pyi', 'notebook.ipynb']) put(p);
  put('ignored_dir/a.py');
  put('pkg/__init__.py');
  put('pkg/.gitignore', 'generated_*.py\n!generated_keep.py\nrootonly.py\n');
  for (const p of ['generated_x.py', 'generated_keep.py', 'rootonly.py']) put(`pkg/${p}`);
  put('pkg/sub/.gitignore', '!drop.tmp.py\n');
  put('pkg/sub/drop.tmp.py');
  put('pkg/build/__init__.py');
  put('build/lib/built.py');
  put('dist/dist.py');
  put('.venv/bin/activate', '');
  put('.venv/lib/python3.11/site-packages/dep/m.py');
  put('myenv/pyvenv.cfg', 'home = /usr\n');
  put('myenv/lib/m.py');
  put('env/bin/activate', '');
  put('env/x.py');
  put('rl/env/__init__.py');
  put('conda_env/conda-meta/history', '');
  put('conda_env/lib/x.py');
  for (const d of ['node_modules', '__pycache__', '.tox', '.nox', '.eggs', 'foo.egg-info', 'site-packages']) put(`${d}/x.py`);
  put('.ipynb_checkpoints/notebook-checkpoint.ipynb');
  put('binary.py', Buffer.from('import os\n\0\x01\x02'));
  put('big.py', 'x = 1\n'.repeat(100));
  put('experiments/trial.py');
  symlinkSync(join(root, 'main.py'), join(root, 'link_inside.py'));
  symlinkSync(join(outside, 'x.py'), join(root, 'link_outside.py'));
  symlinkSync(outside, join(root, 'link_dir_outside'));
  symlinkSync(join(root, 'pkg'), join(root, 'link_dir_inside'));
  symlinkSync(join(root, 'nowhere.py'), join(root, 'broken.py'));
});

afterAll(() => rmSync(dirname(root), { recursive: true, force: true }));

test('defaults: .gitignore files (nested, negated), .git/info/exclude, environments and build output skipped', async () => {
  const { files, skipped } = await discoverFiles(root, { exclude: ['experiments/'] });
  // Binary and oversized files are listed: the scan's own read passes them over (scan-files.test.ts).
  expect(files).toEqual([
    'big.py', 'binary.py', 'keep.tmp.py', 'link_inside.py', 'main.py', 'notebook.ipynb', 'pkg/__init__.py', 'pkg/build/__init__.py',
    'pkg/generated_keep.py', 'pkg/sub/drop.tmp.py', 'rl/env/__init__.py',
  ]);
  expect(skipped.map((s) => s.path)).toEqual(['broken.py', 'link_dir_outside', 'link_outside.py']);
  const reason = (path: string) => skipped.find((s) => s.path === path)!.reason;
  expect(reason('broken.py')).toMatch(/broken/);
  expect(reason('link_outside.py')).toMatch(/outside the root/);
  expect(reason('link_dir_outside')).toMatch(/outside the root/);
});

test('defaultExcludes: false keeps environments and build output, still honours .gitignore and excludes', async () => {
  const { files } = await discoverFiles(root, { defaultExcludes: false, exclude: ['*.ipynb', '/pkg/build/'] });
  expect(files).toEqual(expect.arrayContaining(['.git/hooks/hook.py', 'build/lib/built.py', 'myenv/lib/m.py', 'node_modules/x.py']));
  expect(files).toEqual(expect.arrayContaining(['.venv/lib/python3.11/site-packages/dep/m.py', 'experiments/trial.py', 'foo.egg-info/x.py']));
  for (const gone of ['notebook.ipynb', 'pkg/build/__init__.py', 'drop.tmp.py', 'rootonly.py', 'pkg/generated_x.py']) {
    expect(files).not.toContain(gone);
  }
});

test('gitignore: false reads ignored files too', async () => {
  const { files } = await discoverFiles(root, { gitignore: false });
  expect(files).toEqual(expect.arrayContaining(['ignored_dir/a.py', 'drop.tmp.py', 'rootonly.py', 'excluded_by_info.py', 'pkg/generated_x.py']));
});

test('a missing root is an error, not an empty project', async () => {
  await expect(discoverFiles(join(root, 'missing'))).rejects.toThrow(/ENOENT/);
});

test('collect lists other files on the same walk, under the same exclusions (packaging files, CI workflows)', async () => {
  put('requirements.txt', 'numpy\n');
  put('pkg/requirements-dev.txt', 'pytest\n');
  put('ignored_dir/requirements.txt', 'torch\n');
  put('.github/workflows/ci.yml', 'jobs: {}\n');
  const { collected, files } = await discoverFiles(root, { collect: (p) => /requirements.*\.txt$|\.github\/workflows\//.test(p) });
  expect(collected).toEqual(['.github/workflows/ci.yml', 'pkg/requirements-dev.txt', 'requirements.txt']);
  expect(files.some((f) => !f.endsWith('.py') && !f.endsWith('.ipynb'))).toBe(false);
});
