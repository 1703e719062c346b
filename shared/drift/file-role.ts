// Where an importing file sits in the project, by its path: package-env adds only what shipped code needs, and the
// report says which imports come from tests, examples, docs or notebooks.

import type { FileRole } from './model.js';

const testDirs = new Set(['tests', 'test', 'testing', 'unittests', 'unit_tests', 'integration_tests', '__tests__']);
const docsDirs = new Set(['docs', 'doc', 'documentation', 'docs_src', 'sphinx']);
const exampleDirs = new Set([
  'examples', 'example', 'demo', 'demos', 'tutorials', 'tutorial', 'samples', 'sample', 'recipes', 'notebooks', 'cookbook',
  'benchmarks', 'benchmark',
]);
const buildFiles = new Set(['setup.py', 'noxfile.py', 'fabfile.py', 'hatch_build.py', 'build_ext.py', 'conftest_build.py']);

export function isTestFile(file: string): boolean {
  const parts = file.split('/');
  const name = parts[parts.length - 1]!;
  return (
    parts.slice(0, -1).some((p) => testDirs.has(p.toLowerCase())) ||
    /^test_.*\.py$|_tests?\.py$|^conftest\.py$|^tests?\.py$/.test(name)
  );
}

/**
 * The role of a root-relative file. `inPackage` says whether its folder is part of a first-party package (a folder
 * with `__init__.py`, or under a declared package root such as `src/`).
 */
export function fileRole(file: string, inPackage: (dir: string) => boolean): FileRole {
  const parts = file.split('/');
  const name = parts[parts.length - 1]!;
  const dirs = parts.slice(0, -1).map((p) => p.toLowerCase());
  if (isTestFile(file)) return 'test';
  if (name.endsWith('.ipynb')) return 'notebook';
  if (dirs.some((d) => docsDirs.has(d))) return 'docs';
  if (dirs.some((d) => exampleDirs.has(d))) return 'example';
  const packaged = inPackage(parts.slice(0, -1).join('/'));
  // `setup_u8darts.py` beside setup.py builds a second distribution; inside a package, `setup_logging.py` is code.
  if (buildFiles.has(name) || (!packaged && /^setup[-_]\w+\.py$/.test(name))) return 'build';
  return packaged ? 'package' : 'script';
}
