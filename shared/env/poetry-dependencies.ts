// Poetry's own tables in pyproject.toml: [tool.poetry.dependencies] (with `python`), dev-dependencies, groups, extras
// and sources. Constraints become PEP 440 (poetry-constraint); table forms become extras, markers and URLs.

import type { Dependency, IndexOptions } from './model.js';
import { andMarkers, dependencyFromParts } from './pep508-dependency.js';
import { normalizeName } from './pep508.js';
import { PoetryConstraintError, poetryPythonMarker, poetryToPep440 } from './poetry-constraint.js';
import { isTable, tomlGet } from './toml-document.js';
import type { TomlFields } from './toml-fields.js';
import type { TomlPath } from './toml-lines.js';

const poetry = ['tool', 'poetry'] as const;

export interface PoetryOptions {
  /** [project].dependencies is declared: Poetry 2 takes the main dependencies from there. */
  projectDependencies: boolean;
  /** [project].requires-python is declared and wins over the `python` dependency. */
  projectPython: boolean;
}

export function readPoetry(f: TomlFields, options: PoetryOptions): void {
  const b = f.b;
  if (!f.has(poetry)) return;
  const name = f.string([...poetry, 'name']);
  if (name && !b.file.name) b.file.name = name;

  const optional = new Map<string, { deps: Dependency[]; line: number }>();
  const main = [...poetry, 'dependencies'];
  for (const key of Object.keys(f.table(main) ?? {})) {
    if (key === 'python') {
      if (!options.projectPython) readPython(f, [...main, key]);
    } else if (!options.projectDependencies) {
      const declared = readDependency(f, [...main, key], key, 'main');
      if (declared.optional) optional.set(normalizeName(key), { deps: declared.deps, line: f.line([...main, key]) });
      else b.addDependencies(declared.deps);
    }
  }

  readTable(f, [...poetry, 'dev-dependencies'], 'dev');
  for (const group of Object.keys(f.table([...poetry, 'group']) ?? {})) {
    if (f.table([...poetry, 'group', group])) readTable(f, [...poetry, 'group', group, 'dependencies'], group);
  }

  readExtras(f, optional);
  readSources(f);
}

function readTable(f: TomlFields, path: TomlPath, group: string): void {
  for (const key of Object.keys(f.table(path) ?? {})) {
    if (key === 'python') continue;
    f.b.addDependencies(readDependency(f, [...path, key], key, group).deps);
  }
}

function readPython(f: TomlFields, path: TomlPath): void {
  const written = f.string(path);
  if (written === undefined) return;
  const line = f.line(path);
  const specifier = convert(f, written, 'python', line);
  if (specifier !== undefined) f.b.file.python = { specifier, file: f.b.file.path, line };
}

/** PEP 440 form of a constraint; undefined (with an error) when it is not one, with a notice when widened. */
function convert(f: TomlFields, constraint: string, name: string, line: number): string | undefined {
  try {
    const converted = poetryToPep440(constraint);
    if (!converted.exact) {
      const message =
        `${name}: PEP 440 has no "or", so "${constraint}" is checked as "${converted.specifier}", ` +
        'which also admits the versions between its alternatives';
      f.b.report('notice', 'or-constraint', message, line);
    }
    return converted.specifier;
  } catch (error) {
    if (!(error instanceof PoetryConstraintError)) throw error;
    f.b.report('error', 'constraint', `${name}: ${error.message}`, line);
    return undefined;
  }
}

/** One dependency entry: a constraint string, a table, or an array of tables (one per environment). */
function readDependency(f: TomlFields, path: TomlPath, name: string, group: string): { deps: Dependency[]; optional: boolean } {
  const value = tomlGet(f.doc.data, path);
  if (Array.isArray(value)) {
    const specs = value.map((_, i) => readSpec(f, [...path, i], name, group));
    return { deps: specs.flatMap((s) => s.deps), optional: specs.some((s) => s.optional) };
  }
  return readSpec(f, path, name, group);
}

function readSpec(f: TomlFields, path: TomlPath, name: string, group: string): { deps: Dependency[]; optional: boolean } {
  const line = f.line(path);
  const value = tomlGet(f.doc.data, path);
  const none = { deps: [], optional: false };
  if (typeof value === 'string') {
    const specifier = convert(f, value, name, line);
    const dep = specifier === undefined ? undefined : dependencyFromParts(f.b, { name, specifier }, line, group);
    return { deps: dep ? [dep] : [], optional: false };
  }
  if (!isTable(value)) {
    f.b.report('error', 'schema', `${name} must be a version constraint or a table`, line);
    return none;
  }
  const version = f.string([...path, 'version']) ?? '*';
  const specifier = convert(f, version, name, line);
  if (specifier === undefined) return none;
  const python = f.string([...path, 'python']);
  let pythonMarker: string | undefined;
  if (python !== undefined) {
    try {
      pythonMarker = poetryPythonMarker(python);
    } catch (error) {
      if (!(error instanceof PoetryConstraintError)) throw error;
      f.b.report('error', 'constraint', `${name}: python ${error.message}`, line);
      return none;
    }
  }
  const platform = f.string([...path, 'platform']);
  const marker = andMarkers(f.string([...path, 'markers']), pythonMarker, platform ? `sys_platform == "${platform}"` : undefined);
  const dep = dependencyFromParts(
    f.b,
    {
      name,
      specifier,
      extras: f.strings([...path, 'extras']).map((e) => e.value),
      ...(marker ? { marker } : {}),
      ...urlOf(f, path),
    },
    line,
    group,
  );
  return { deps: dep ? [dep] : [], optional: f.boolean([...path, 'optional']) ?? false };
}

/** `git` (+ branch/tag/rev, subdirectory), `url` or `path` (+ develop) as a direct reference. */
function urlOf(f: TomlFields, path: TomlPath): { url?: string; editable?: boolean } {
  const git = f.string([...path, 'git']);
  if (git !== undefined) {
    const ref = f.string([...path, 'rev']) ?? f.string([...path, 'tag']) ?? f.string([...path, 'branch']);
    const subdirectory = f.string([...path, 'subdirectory']);
    return { url: `${gitUrl(git)}${ref ? `@${ref}` : ''}${subdirectory ? `#subdirectory=${subdirectory}` : ''}` };
  }
  const url = f.string([...path, 'url']);
  if (url !== undefined) return { url };
  const local = f.string([...path, 'path']);
  if (local !== undefined) return { url: local, editable: f.boolean([...path, 'develop']) ?? false };
  return {};
}

/** pip's spelling of a git URL: `git+` scheme, and `ssh://` for scp-like `git@host:org/repo.git`. */
export function gitUrl(url: string): string {
  if (url.startsWith('git+')) return url;
  const scp = /^([\w.-]+@[\w.-]+):(?!\/\/)(.*)$/.exec(url);
  return scp ? `git+ssh://${scp[1]}/${scp[2]}` : `git+${url}`;
}

/** [tool.poetry.extras]: each extra installs the optional dependencies it names. */
function readExtras(f: TomlFields, optional: Map<string, { deps: Dependency[]; line: number }>): void {
  const path = [...poetry, 'extras'];
  const used = new Set<string>();
  for (const extra of Object.keys(f.table(path) ?? {})) {
    for (const { value, line } of f.strings([...path, extra])) {
      const key = normalizeName(value.replace(/\[.*$/, '').trim());
      const declared = optional.get(key);
      if (!declared) {
        const message = `extra "${extra}" names ${value}, which is not an optional dependency`;
        f.b.report('warning', 'unknown-extra-dependency', message, line);
        continue;
      }
      used.add(key);
      f.b.addDependencies(declared.deps.map((d) => ({ ...d, group: extra })));
    }
  }
  for (const [key, { deps, line }] of optional) {
    if (!used.has(key)) {
      const message = `${deps[0]?.name ?? key} is optional but no extra names it, so it is never installed`;
      f.b.report('notice', 'unused-optional', message, line);
    }
  }
}

/** [[tool.poetry.source]]: the first primary (or legacy default) source replaces PyPI; the others add to it. */
function readSources(f: TomlFields): void {
  const path = [...poetry, 'source'];
  const sources = f.array(path) ?? [];
  if (sources.length === 0) return;
  const index: IndexOptions = { extraIndexUrls: [], findLinks: [], noIndex: false, trustedHosts: [] };
  sources.forEach((_, i) => {
    const url = f.string([...path, i, 'url']);
    if (url === undefined) return;
    const priority = f.string([...path, i, 'priority']);
    const primary = priority === 'primary' || priority === 'default' || f.boolean([...path, i, 'default']) === true;
    if (primary && index.indexUrl === undefined) index.indexUrl = url;
    else index.extraIndexUrls.push(url);
  });
  f.b.file.index = index;
}
