// Packaging files that each describe the whole runtime environment of the same code (requirements.txt,
// environment.yml, setup.py, pyproject.toml, Pipfile, python_env.yaml in one project folder) should name the same
// packages. A package one of them has and another lacks is out of sync. Like is compared with like: the runtime
// dependencies with each other, and each extra / dependency group with the group of the same name in the other files;
// a package another file declares in some other group is not missing from it. Generated files (locks, `pip freeze`,
// `conda env export`) list transitive packages too, so they are never asked to match. A file that installs the project
// itself (`-e .`) includes what the project's setup.py or pyproject.toml declares, so the two agree by construction.

import path from 'node:path';
import { condaInstallerTooling } from '../env/formats/conda.js';
import { buildsPackage, definesEnvironment } from '../env/formats/index.js';
import type { Dependency, PackagingFile } from '../env/model.js';
import type { OutOfSync, Location } from './model.js';

export interface SyncContext {
  pypiName(dependency: Dependency): string;
  isNonPython(dependency: Dependency): boolean;
  /** The folder whose code a packaging file declares for; files are compared within one folder. Default: all together. */
  scopeOf?(file: string): string;
}

/** The folder a local-path dependency (`-e .`, `./libs/foo`) installs, root-relative; undefined for anything else. */
function installedFolder(d: Dependency): string | undefined {
  if (d.url === undefined || /^[a-z][a-z0-9+.-]*:\/\//i.test(d.url.replace(/^file:/i, ''))) return undefined;
  const joined = path.posix.normalize(path.posix.join(path.posix.dirname(d.file), d.url.replace(/^file:/i, '')));
  return joined === '.' ? '' : joined.replace(/\/$/, '');
}

export function findOutOfSync(files: readonly PackagingFile[], context: SyncContext): OutOfSync[] {
  const byPath = new Map(files.map((f) => [f.path, f]));
  const projectFilesIn = new Map<string, PackagingFile[]>();
  for (const f of files) {
    if (!buildsPackage(f.kind)) continue;
    const dir = path.posix.dirname(f.path) === '.' ? '' : path.posix.dirname(f.path);
    projectFilesIn.set(dir, [...(projectFilesIn.get(dir) ?? []), f]);
  }
  // What a file pulls in: `-r base.txt`, setup.py reading requirements.txt, and the project a `-e .` installs.
  const pulledIn = (file: PackagingFile): string[] => [
    ...file.includes,
    ...file.dependencies.flatMap((d) => {
      const folder = installedFolder(d);
      return folder === undefined ? [] : (projectFilesIn.get(folder) ?? []).map((p) => p.path);
    }),
  ];
  const closure = (file: PackagingFile, seen = new Set<string>()): Dependency[] => {
    if (seen.has(file.path)) return [];
    seen.add(file.path);
    return [
      ...file.dependencies,
      ...pulledIn(file).flatMap((p) => {
        const included = byPath.get(p);
        const group = file.includeGroups?.[p];
        const deps = included ? closure(included, seen) : [];
        return group ? deps.map((d) => ({ ...d, group })) : deps;
      }),
    ];
  };
  const counted = (d: Dependency) => !d.constraintOnly && !d.editable && installedFolder(d) === undefined && !context.isNonPython(d) && !condaInstallerTooling.has(context.pypiName(d));
  const environments = files
    .filter(definesEnvironment)
    .map((file) => ({ file, deps: closure(file).filter(counted), pulled: pulledIn(file) }))
    // Build requirements describe the build, not the environment: a pyproject.toml with only `[build-system]`
    // (sam2's, beside its setup.py) declares nothing to compare.
    .filter((e) => e.deps.some((d) => d.group !== 'build'));
  // A file that only includes another (setup.py reading requirements.txt), or that another installs (`-e .`), agrees
  // with it by construction.
  const independent = environments.filter(
    (e) =>
      !environments.some((o) => o !== e && ((e.pulled.includes(o.file.path) && e.file.dependencies.filter(counted).length === 0) || o.pulled.includes(e.file.path))),
  );

  const found: OutOfSync[] = [];
  const byScope = new Map<string, typeof independent>();
  for (const e of independent) {
    const scope = context.scopeOf?.(e.file.path) ?? '';
    byScope.set(scope, [...(byScope.get(scope) ?? []), e]);
  }
  for (const group of byScope.values()) {
    if (group.length < 2) continue;
    // Every name each file declares, in any group: a package in an extra is declared, just not at run time.
    const anywhere = group.map((e) => new Set(e.deps.map((d) => context.pypiName(d))));
    const groupNames = new Set(group.flatMap((e) => e.deps.map((d) => d.group)).filter((g) => g !== 'build'));
    for (const groupName of groupNames) {
      const members = group.map((e) => e.deps.filter((d) => d.group === groupName));
      const having = members.map((m, i) => ({ i, m })).filter(({ m }) => m.length > 0);
      // An extra is compared only between files that both have it; the runtime group between all files.
      const compared = groupName === 'main' ? members.map((m, i) => ({ i, m })) : having;
      if (compared.length < 2 || having.length === 0) continue;
      const names = compared.map(({ m }) => new Map(m.map((d) => [context.pypiName(d), d])));
      const all = new Map<string, Location[]>();
      names.forEach((m) => m.forEach((d, name) => all.set(name, [...(all.get(name) ?? []), { file: d.file, line: d.line }])));
      for (const [name, presentIn] of all) {
        const missingFrom = compared.filter(({ i }, k) => !names[k]!.has(name) && !anywhere[i]!.has(name)).map(({ i }) => group[i]!.file.path);
        if (missingFrom.length) found.push({ name, presentIn, missingFrom, groups: groupName === 'main' ? 'runtime' : `extra:${groupName}` });
      }
    }
  }
  return found.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : (a.groups ?? '') < (b.groups ?? '') ? -1 : 1));
}
