// Which files of a project are packaging files. Looked for at the project root and in a `requirements/` folder;
// files those include (`-r`, `conda_env:`) are followed by the parsers themselves, wherever they are.

import type { PackagingKind } from './model.js';

const byName: Record<string, PackagingKind> = {
  'environment.yml': 'conda',
  'environment.yaml': 'conda',
  'conda.yaml': 'conda',
  'conda.yml': 'conda',
  'setup.py': 'setup.py',
  'setup.cfg': 'setup.cfg',
  'pyproject.toml': 'pyproject',
  Pipfile: 'pipfile',
  'Pipfile.lock': 'pipfile.lock',
  MLproject: 'mlproject',
  'python_env.yaml': 'python-env',
  'python_env.yml': 'python-env',
  'runtime.txt': 'runtime.txt',
  '.python-version': 'python-version',
};

/** The kind of a root-relative path, or undefined when it is not a packaging file we read on our own. */
export function packagingKindOf(relativePath: string): PackagingKind | undefined {
  const parts = relativePath.split('/');
  const name = parts[parts.length - 1]!;
  if (parts.length === 1) {
    if (name in byName) return byName[name];
    if (/^requirements.*\.(txt|in)$/i.test(name)) return 'requirements';
    return undefined;
  }
  if (parts.length === 2 && parts[0] === 'requirements' && /\.(txt|in)$/i.test(name)) return 'requirements';
  return undefined;
}

/** Packaging files among the given root-relative paths, in a stable order. */
export function findPackagingFiles(paths: Iterable<string>): { path: string; kind: PackagingKind }[] {
  const found: { path: string; kind: PackagingKind }[] = [];
  for (const p of paths) {
    const kind = packagingKindOf(p);
    if (kind) found.push({ path: p, kind });
  }
  return found.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
