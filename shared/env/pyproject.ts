// pyproject.toml: [build-system] requires (group `build`), PEP 621 [project] (dependencies, optional-dependencies,
// requires-python, dynamic), PEP 735 [dependency-groups], Poetry's tables (poetry-dependencies) and uv/PDM
// development dependencies. [tool.ml-hub] is this tool's configuration, read elsewhere.

import { validRange } from '@renovatebot/pep440';
import { LocatedError } from '../diagnostics.js';
import type { Dependency, FileReader, PackagingFile } from './model.js';
import { PackagingFileBuilder } from './packaging-file.js';
import { pep508Dependency } from './pep508-dependency.js';
import { normalizeName } from './pep508.js';
import { readPoetry } from './poetry-dependencies.js';
import { isTable, readTomlDocument } from './toml-document.js';
import { TomlFields } from './toml-fields.js';

export function parsePyproject(file: string, text: string, _reader: FileReader): PackagingFile[] {
  const b = new PackagingFileBuilder(file, 'pyproject', 'pyproject');
  let f: TomlFields;
  try {
    f = new TomlFields(b, readTomlDocument(file, text, 'pyproject'));
  } catch (error) {
    if (!(error instanceof LocatedError)) throw error;
    b.file.diagnostics.push(error.toDiagnostic());
    return [b.file];
  }
  b.addDependencies(f.requirements(['build-system', 'requires'], 'build'));
  const project = readProject(f);
  readDependencyGroups(f);
  readPoetry(f, project);
  b.addDependencies(f.requirements(['tool', 'uv', 'dev-dependencies'], 'dev'));
  for (const group of Object.keys(f.table(['tool', 'pdm', 'dev-dependencies']) ?? {})) {
    b.addDependencies(f.requirements(['tool', 'pdm', 'dev-dependencies', group], group));
  }
  return [b.file];
}

/** PEP 621 metadata; says which fields it declared, for the Poetry tables that may supplement them. */
function readProject(f: TomlFields): { projectDependencies: boolean; projectPython: boolean } {
  const b = f.b;
  const name = f.string(['project', 'name']);
  if (name) b.file.name = name;

  const python = f.string(['project', 'requires-python']);
  if (python !== undefined) {
    const line = f.line(['project', 'requires-python']);
    const specifier = python.replace(/\s+/g, '');
    if (!validRange(specifier)) {
      b.report('warning', 'requires-python', `requires-python "${python}" is not a PEP 440 specifier`, line);
    }
    b.file.python = { specifier, file: b.file.path, line };
  }

  const dynamic = f.strings(['project', 'dynamic']);
  for (const field of ['dependencies', 'optional-dependencies']) {
    const listed = dynamic.find((d) => d.value === field);
    if (!listed) continue;
    if (f.has(['project', field])) {
      b.report('error', 'schema', `${field} is both declared and listed in dynamic`, f.line(['project', field]));
    } else {
      dynamicSources(f, field, listed.line);
    }
  }

  b.addDependencies(f.requirements(['project', 'dependencies'], 'main'));
  for (const extra of Object.keys(f.table(['project', 'optional-dependencies']) ?? {})) {
    b.addDependencies(f.requirements(['project', 'optional-dependencies', extra], extra));
  }
  return { projectDependencies: f.has(['project', 'dependencies']), projectPython: python !== undefined };
}

/**
 * Where dynamic dependencies come from: files named by setuptools (`[tool.setuptools.dynamic]`) or the
 * hatch-requirements-txt hook become includes; Poetry's own tables are read by readPoetry; otherwise a notice.
 */
function dynamicSources(f: TomlFields, field: string, line: number): void {
  const setuptools = ['tool', 'setuptools', 'dynamic', field];
  const hatch = ['tool', 'hatch', 'metadata', 'hooks', 'requirements_txt'];
  const files =
    field === 'dependencies'
      ? [...f.stringOrStrings([...setuptools, 'file']), ...f.stringOrStrings([...hatch, 'files'])]
      : [
          ...Object.keys(f.table(setuptools) ?? {}).flatMap((extra) => f.stringOrStrings([...setuptools, extra, 'file'])),
          ...Object.keys(f.table([...hatch, 'optional-dependencies']) ?? {}).flatMap((extra) =>
            f.stringOrStrings([...hatch, 'optional-dependencies', extra]),
          ),
        ];
  for (const file of files) f.b.include(file.value, file.line);
  const poetry = field === 'dependencies' ? f.has(['tool', 'poetry', 'dependencies']) : f.has(['tool', 'poetry', 'extras']);
  if (files.length === 0 && !poetry) {
    const message = `${field} are dynamic: the build backend computes them, so they are not checked`;
    f.b.report('notice', 'dynamic-dependencies', message, line);
  }
}

/** PEP 735: each group's requirements, with `{include-group = "..."}` replaced by that group's (cycles reported). */
function readDependencyGroups(f: TomlFields): void {
  const root = ['dependency-groups'];
  const groups = f.table(root);
  if (!groups) return;
  const byNormalized = new Map<string, string>();
  for (const name of Object.keys(groups)) {
    const normalized = normalizeName(name);
    const other = byNormalized.get(normalized);
    if (other === undefined) byNormalized.set(normalized, name);
    else {
      const message = `dependency groups "${other}" and "${name}" have the same normalized name`;
      f.b.report('error', 'schema', message, f.line([...root, name]));
    }
  }

  // Each group's own requirements are parsed once, so a bad one is reported once however often it is included.
  type Entry = { dependency: Dependency } | { include: string; line: number };
  const own = new Map<string, Entry[]>();
  for (const name of Object.keys(groups)) {
    const entries: Entry[] = [];
    (f.array([...root, name]) ?? []).forEach((item, i) => {
      const line = f.line([...root, name, i]);
      if (typeof item === 'string') {
        const dependency = pep508Dependency(f.b, item, line, name);
        if (dependency) entries.push({ dependency });
      } else if (isTable(item) && typeof item['include-group'] === 'string' && Object.keys(item).length === 1) {
        entries.push({ include: item['include-group'], line });
      } else {
        const message = `dependency group "${name}" may hold requirement strings and {include-group = "..."} only`;
        f.b.report('error', 'schema', message, line);
      }
    });
    own.set(name, entries);
  }

  const resolved = new Map<string, Dependency[]>();
  const resolve = (name: string, chain: string[]): Dependency[] => {
    const done = resolved.get(name);
    if (done) return done;
    const deps: Dependency[] = [];
    for (const entry of own.get(name) ?? []) {
      if ('dependency' in entry) {
        deps.push(entry.dependency);
        continue;
      }
      const target = byNormalized.get(normalizeName(entry.include));
      if (target === undefined) {
        const message = `dependency group "${name}" includes "${entry.include}", which does not exist`;
        f.b.report('error', 'unknown-dependency-group', message, entry.line);
      } else if (target === name || chain.includes(target)) {
        const cycle = [...chain.slice(chain.indexOf(target)), name, target].join(' → ');
        f.b.report('error', 'dependency-group-cycle', `dependency groups include each other: ${cycle}`, entry.line);
      } else {
        for (const d of resolve(target, [...chain, name])) deps.push(d);
      }
    }
    resolved.set(name, deps);
    return deps;
  };
  for (const name of Object.keys(groups)) {
    f.b.addDependencies(resolve(name, []).map((d) => (d.group === name ? d : { ...d, group: name })));
  }
}
