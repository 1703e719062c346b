// Which code a packaging file declares for: the code below its folder. Root files apply everywhere; a sub-project's
// `projects/foo/setup.py` declares for `projects/foo/` only. Folders that only group packaging files
// (`requirements/`, `ci/`, `envs/`, `.github/`, `docker/`, `binder/`) stand for their parent, and a file pulled in
// by another (`-r base.txt`, setup.py reading requirements.txt) declares at least for what its includer declares for.

import type { PackagingFile } from '../env/model.js';

const GROUPING_FOLDERS = new Set([
  'requirements', 'requirement', 'reqs', 'deps', 'dependencies', 'ci', '.ci', 'envs', 'environments', 'env', 'conda', '.github',
  'docker', '.docker', '.devcontainer', 'binder', '.binder', 'configs', 'config',
]);

/** The folder (root-relative, '' for the root) whose code `file` declares for, ignoring includes. */
export function ownScope(file: string): string {
  const dirs = file.split('/').slice(0, -1);
  // `requirements/fabric/test.txt` is the root's; `projects/a/ci/requirements.txt` is projects/a's.
  const grouping = dirs.findIndex((d) => GROUPING_FOLDERS.has(d.toLowerCase()));
  return (grouping < 0 ? dirs : dirs.slice(0, grouping)).join('/');
}

/** Is `dir` (root-relative) `scope` or below it? */
export function covers(scope: string, dir: string): boolean {
  return scope === '' || dir === scope || dir.startsWith(`${scope}/`);
}

/** Folder → the scope of each packaging file, widened by what includes it. */
export function declarationScopes(files: readonly PackagingFile[]): Map<string, string> {
  const scopes = new Map(files.map((f) => [f.path, ownScope(f.path)]));
  // Include chains are short; a few rounds settle them (and stop on cycles).
  for (let round = 0; round < 8; round++) {
    let changed = false;
    for (const f of files) {
      const outer = scopes.get(f.path)!;
      for (const included of f.includes) {
        const inner = scopes.get(included);
        if (inner !== undefined && inner !== outer && covers(outer, inner)) {
          scopes.set(included, outer);
          changed = true;
        }
      }
    }
    if (!changed) break;
  }
  return scopes;
}
