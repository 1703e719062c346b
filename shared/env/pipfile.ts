// Pipfile (TOML) and Pipfile.lock (JSON), pipenv's manifest and lock. Pipfile: [packages] (group `main`),
// [dev-packages] (`dev`), other package categories (named after themselves), [requires] python, [[source]] indexes.
// Pipfile.lock: `default`/`develop`/category sections with pinned versions, hashes and markers, at their key's line.

import { LocatedError } from '../diagnostics.js';
import { parseJsonWithLines } from '../json-with-lines.js';
import type { FileReader, IndexOptions, PackagingFile } from './model.js';
import { PackagingFileBuilder } from './packaging-file.js';
import { pathLinesOfJson, type PathLines, type ValuePath } from './path-lines.js';
import { andMarkers, dependencyFromParts, type DependencyParts } from './pep508-dependency.js';
import { gitUrl } from './poetry-dependencies.js';
import { isTable, readTomlDocument, tomlGet, type TomlTable } from './toml-document.js';

/** Pipfile tables that are not package categories. */
const notCategories = new Set(['source', 'requires', 'pipenv', 'scripts']);
const groupOf = (category: string, main: string, dev: string): string =>
  category === main ? 'main' : category === dev ? 'dev' : category;

/** PEP 508 marker variables pipenv accepts as keys of a package table (`sys_platform = "== 'linux'"`). */
const markerKeys = [
  'os_name', 'sys_platform', 'platform_machine', 'platform_python_implementation', 'platform_release', 'platform_system',
  'platform_version', 'python_version', 'python_full_version', 'implementation_name', 'implementation_version',
];

export function parsePipfile(file: string, text: string, _reader: FileReader): PackagingFile[] {
  const b = new PackagingFileBuilder(file, 'pipfile', 'pipfile');
  let data: TomlTable;
  let lines: PathLines;
  try {
    ({ data, lines } = readTomlDocument(file, text, 'pipfile'));
  } catch (error) {
    if (!(error instanceof LocatedError)) throw error;
    b.file.diagnostics.push(error.toDiagnostic());
    return [b.file];
  }
  const entries = new Entries(b, data, lines);
  entries.python(['requires']);
  entries.sources(['source']);
  for (const [category, packages] of Object.entries(data)) {
    if (notCategories.has(category) || !isTable(packages)) continue;
    const group = groupOf(category, 'packages', 'dev-packages');
    for (const name of Object.keys(packages)) entries.pipfilePackage([category, name], name, group);
  }
  return [b.file];
}

export function parsePipfileLock(file: string, text: string, _reader: FileReader): PackagingFile[] {
  const b = new PackagingFileBuilder(file, 'pipfile.lock', 'pipfile-lock');
  b.file.generated = 'Pipfile.lock is written by pipenv';
  let value: unknown;
  let lines: PathLines;
  try {
    const doc = parseJsonWithLines(text, file);
    value = doc.value;
    lines = pathLinesOfJson(doc);
  } catch (error) {
    if (!(error instanceof LocatedError)) throw error;
    b.report('error', 'syntax', error.message, error.line ?? 1, error.column);
    return [b.file];
  }
  if (!isTable(value)) {
    b.report('error', 'schema', 'Pipfile.lock must hold a JSON object', 1);
    return [b.file];
  }
  const entries = new Entries(b, value, lines);
  entries.python(['_meta', 'requires']);
  entries.sources(['_meta', 'sources']);
  for (const [category, packages] of Object.entries(value)) {
    if (category === '_meta') continue;
    if (!isTable(packages)) {
      b.report('error', 'schema', `"${category}" must map package names to their locked entries`, lines.nearest([category]));
      continue;
    }
    const group = groupOf(category, 'default', 'develop');
    for (const name of Object.keys(packages)) entries.lockedPackage([category, name], name, group);
  }
  return [b.file];
}

/** Reads values of either file by path, reporting a wrong type at the value's line. */
class Entries {
  constructor(
    private readonly b: PackagingFileBuilder,
    private readonly data: TomlTable,
    private readonly lines: PathLines,
  ) {}

  private get(path: ValuePath): unknown {
    return tomlGet(this.data, path);
  }

  private typed<T>(path: ValuePath, check: (v: unknown) => v is T, what: string): T | undefined {
    const v = this.get(path);
    if (v === undefined || check(v)) return v;
    this.b.report('error', 'schema', `${path.join('.')} must be ${what}`, this.lines.nearest(path));
    return undefined;
  }

  private string(path: ValuePath): string | undefined {
    return this.typed(path, (v): v is string => typeof v === 'string', 'a string');
  }

  private strings(path: ValuePath): string[] {
    const items = this.typed(path, Array.isArray, 'an array') ?? [];
    return items.flatMap((_, i) => this.string([...path, i]) ?? []);
  }

  /** `python_full_version` if given, else `python_version`. */
  python(table: ValuePath): void {
    for (const key of ['python_full_version', 'python_version']) {
      const version = this.string([...table, key]);
      if (version === undefined) continue;
      this.b.file.python = { specifier: version.trim(), file: this.b.file.path, line: this.lines.nearest([...table, key]) };
      return;
    }
  }

  /** The first source is the index; the others are extra indexes; `verify_ssl = false` trusts the host. */
  sources(path: ValuePath): void {
    const sources = this.typed(path, Array.isArray, 'an array') ?? [];
    if (sources.length === 0) return;
    const index: IndexOptions = { extraIndexUrls: [], findLinks: [], noIndex: false, trustedHosts: [] };
    sources.forEach((_, i) => {
      const url = this.string([...path, i, 'url']);
      if (url === undefined) return;
      if (index.indexUrl === undefined) index.indexUrl = url;
      else index.extraIndexUrls.push(url);
      if (this.get([...path, i, 'verify_ssl']) === false) {
        const host = hostOf(url);
        if (host && !index.trustedHosts.includes(host)) index.trustedHosts.push(host);
      }
    });
    this.b.file.index = index;
  }

  pipfilePackage(path: ValuePath, name: string, group: string): void {
    const line = this.lines.nearest(path);
    const value = this.get(path);
    if (typeof value === 'string') {
      this.add({ name, specifier: this.version(value, name, line) }, line, group);
      return;
    }
    if (!isTable(value)) {
      this.b.report('error', 'schema', `${name} must be a version string or a table`, line);
      return;
    }
    const written = this.string([...path, 'version']);
    const markers = markerKeys.flatMap((key) => {
      const condition = this.string([...path, key]);
      return condition === undefined ? [] : [`${key} ${condition.trim()}`];
    });
    this.add(
      {
        name,
        specifier: written === undefined ? '' : this.version(written, name, line),
        extras: this.strings([...path, 'extras']),
        marker: andMarkers(this.string([...path, 'markers']), ...markers),
        ...this.reference(path),
      },
      line,
      group,
    );
  }

  lockedPackage(path: ValuePath, name: string, group: string): void {
    const line = this.lines.nearest(path);
    if (!isTable(this.get(path))) {
      this.b.report('error', 'schema', `${name} must be a table of its locked version, hashes and markers`, line);
      return;
    }
    this.add(
      {
        name,
        specifier: (this.string([...path, 'version']) ?? '').replace(/\s+/g, ''),
        extras: this.strings([...path, 'extras']),
        marker: this.string([...path, 'markers']),
        hashes: this.strings([...path, 'hashes']),
        ...this.reference(path),
      },
      line,
      group,
    );
  }

  /** `git` (+ `ref`, `subdirectory`), `file` or `path`, with `editable`. */
  private reference(path: ValuePath): Pick<DependencyParts, 'url' | 'editable'> {
    const editable = this.typed([...path, 'editable'], (v): v is boolean => typeof v === 'boolean', 'true or false') ?? false;
    const git = this.string([...path, 'git']);
    if (git !== undefined) {
      const ref = this.string([...path, 'ref']);
      const subdirectory = this.string([...path, 'subdirectory']);
      return { url: `${gitUrl(git)}${ref ? `@${ref}` : ''}${subdirectory ? `#subdirectory=${subdirectory}` : ''}`, editable };
    }
    const url = this.string([...path, 'file']) ?? this.string([...path, 'path']);
    return url === undefined ? { editable } : { url, editable };
  }

  /** `"*"` is any version; pipenv ignores a version without an operator, so it is any version too, with a warning. */
  private version(written: string, name: string, line: number): string {
    const v = written.trim();
    if (v === '*' || v === '') return '';
    if (/^\d/.test(v)) {
      const message = `${name} = "${v}" has no operator, so pipenv installs any version: write "==${v}"`;
      this.b.report('warning', 'version-without-operator', message, line);
      return '';
    }
    return v.replace(/\s+/g, '');
  }

  private add(parts: DependencyParts, line: number, group: string): void {
    const dependency = dependencyFromParts(this.b, parts, line, group);
    if (dependency) this.b.file.dependencies.push(dependency);
  }
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).host || undefined;
  } catch {
    return undefined;
  }
}
