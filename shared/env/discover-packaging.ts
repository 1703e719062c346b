// Which files of a project are packaging files, by path; files those include (`-r`, `conda_env:`) are followed by the
// parsers themselves, wherever they are.

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

/** Folders whose packaging files describe something else: test data, templates, vendored code, environments. */
const NOT_THE_PROJECT = /^(fixtures?|__fixtures__|testdata|test_data|test-data|third_party|thirdparty|third-party|vendor|_vendor|vendored|site-packages|node_modules|\.venv|venv|\.tox|\.nox|\.git|build|dist|mlruns|mlartifacts|wandb|lightning_logs|\.ipynb_checkpoints)$|\{\{|\{%/i;

/**
 * The kind of a root-relative path, or undefined when it is not a packaging file we read on our own. Packaging files
 * count at any depth (a sub-project's setup.py, `docs/requirements.txt`, `examples/x/environment.yml`), except under
 * test data, templates and vendored trees. Names tools write are recognised: `requirements*.txt|in|lock`,
 * `constraints*.txt`, anything `.txt`/`.in` in a `requirements/` folder, `environment-*.yml`, `conda-*.yaml`.
 */
export function packagingKindOf(relativePath: string): PackagingKind | undefined {
  const parts = relativePath.split('/');
  const name = parts[parts.length - 1]!;
  if (parts.slice(0, -1).some((p) => NOT_THE_PROJECT.test(p))) return undefined;
  if (Object.hasOwn(byName, name)) return byName[name];
  if (/^(requirements|constraints).*\.(txt|in)$/i.test(name) || /^requirements.*\.lock$/i.test(name)) return 'requirements';
  // conda-lock's `conda-lock.yml` is a lock in its own format, not an environment file.
  if (/^(environment|conda)[-_.][\w.-]*\.ya?ml$/i.test(name) && !/^conda-lock\./i.test(name)) return 'conda';
  if (parts.slice(0, -1).some((p) => /^requirements$/i.test(p)) && /\.(txt|in)$/i.test(name)) return 'requirements';
  return undefined;
}

/** Packaging files among the given root-relative paths, in a stable order. */
export function findPackagingFiles(paths: Iterable<string>): { path: string; kind: PackagingKind }[] {
  const found: { path: string; kind: PackagingKind }[] = [];
  for (const p of paths) {
    const kind = packagingKindOf(p);
    if (kind) found.push({ path: p, kind });
  }
  // Constraints files last: when a requirements file names one with `-c`, it is read there, as constraints.
  const rank = (p: string) => (isConstraintsFile(p) ? 1 : 0);
  return found.sort((a, b) => rank(a.path) - rank(b.path) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** `constraints.txt`, `constraints-py310.txt`: versions to hold, not packages to install. */
export function isConstraintsFile(relativePath: string): boolean {
  return /^constraints.*\.txt$/i.test(relativePath.slice(relativePath.lastIndexOf('/') + 1));
}
