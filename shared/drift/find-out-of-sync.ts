// Packaging files that each describe the whole runtime environment (requirements.txt, environment.yml, setup.py,
// pyproject.toml, Pipfile, python_env.yaml) should name the same packages. A package one of them has and another
// lacks is out of sync. Generated files (locks, `pip freeze`, `conda env export`) list transitive packages too, so
// they are never asked to match.

import type { Dependency, PackagingFile } from '../env/model.js';
import type { OutOfSync, Location } from './model.js';

export interface SyncContext {
  pypiName(dependency: Dependency): string;
  isNonPython(dependency: Dependency): boolean;
}

/** Files that define the main environment on their own. */
function definesEnvironment(file: PackagingFile): boolean {
  if (file.generated) return false;
  if (file.kind === 'requirements') return /^requirements\.(txt|in)$/i.test(file.path);
  return ['conda', 'setup.py', 'setup.cfg', 'pyproject', 'pipfile', 'python-env'].includes(file.kind);
}

/** Installer tooling that conda files list and pip files never do. */
const installers = new Set(['pip', 'setuptools', 'wheel']);

export function findOutOfSync(files: readonly PackagingFile[], context: SyncContext): OutOfSync[] {
  const byPath = new Map(files.map((f) => [f.path, f]));
  // A file's environment includes what it pulls in (setup.py reading requirements.txt, `-r base.txt`).
  const closure = (file: PackagingFile, seen = new Set<string>()): Dependency[] => {
    if (seen.has(file.path)) return [];
    seen.add(file.path);
    return [
      ...file.dependencies,
      ...file.includes.flatMap((p) => {
        const included = byPath.get(p);
        return included ? closure(included, seen) : [];
      }),
    ];
  };
  const environments = files
    .filter(definesEnvironment)
    .map((file) => ({
      file,
      deps: closure(file).filter((d) => d.group === 'main' && !d.constraintOnly && !d.editable && !context.isNonPython(d) && !installers.has(context.pypiName(d))),
    }))
    .filter((e) => e.deps.length > 0);
  // A file that only includes another (setup.py reading requirements.txt) agrees with it by construction.
  const independent = environments.filter((e) => !environments.some((o) => o !== e && e.file.includes.includes(o.file.path) && e.file.dependencies.length === 0));
  if (independent.length < 2) return [];

  const names = independent.map((e) => new Map(e.deps.map((d) => [context.pypiName(d), d])));
  const all = new Map<string, Location[]>();
  names.forEach((m) => m.forEach((d, name) => all.set(name, [...(all.get(name) ?? []), { file: d.file, line: d.line }])));
  const found: OutOfSync[] = [];
  for (const [name, presentIn] of all) {
    const missingFrom = independent.filter((_, i) => !names[i]!.has(name)).map((e) => e.file.path);
    if (missingFrom.length) found.push({ name, presentIn, missingFrom });
  }
  return found.sort((a, b) => (a.name < b.name ? -1 : 1));
}
