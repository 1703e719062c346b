// Adds requirements to the files that declare a project's metadata: pyproject.toml (PEP 621 `dependencies`,
// `[project.optional-dependencies]`, PEP 735 `[dependency-groups]`, Poetry's dependency tables), setup.cfg
// (`install_requires`), Pipfile (`[packages]`, `[dev-packages]`), setup.py (a literal `install_requires` list) and
// nbdev's settings.ini (`requirements`).
// Each new entry copies the shape of the entry above it (indentation, quotes, trailing comma), so the file reads as if
// its maintainer had written it; the result is parsed again and must declare exactly what it did plus the additions,
// otherwise the file is left alone with what to add by hand.

import type { Dependency, FileReader, PackagingKind } from '../env/model.js';
import { parsePackagingFile } from '../env/load-environment.js';
import { isTable, readTomlDocument, tomlGet, type TomlTable } from '../env/toml-document.js';
import type { TomlPath } from '../env/toml-lines.js';
import { nameList, noNewProblems, type Addition, type EditOutcome } from './edit-outcome.js';
import { readIni } from '../env/ini-file.js';
import { insertLines, lineEnding, textLines } from '../text/lines.js';

/** Where in the file the additions go. */
export type ManifestSection =
  /** An array of PEP 508 strings: `project.dependencies`, `project.optional-dependencies.<extra>`, `dependency-groups.<group>`. */
  | { format: 'toml-array'; path: string[] }
  /** A table of `name = constraint` entries: Poetry's `tool.poetry.dependencies` / groups, Pipfile's `packages`. */
  | { format: 'toml-table'; path: string[]; style: 'poetry' | 'pipfile' }
  | { format: 'setup.cfg' }
  | { format: 'setup.py' }
  /** nbdev's settings.ini: the whitespace-separated `requirements` value. */
  | { format: 'nbdev' };

/** A manifest addition: the PEP 508 line, plus its parts for the table formats. */
export interface ManifestAddition extends Addition {
  name: string;
  specifier: string;
  extras: string[];
  marker?: string;
}

/** The group the parser files a section's dependencies under. */
export function sectionGroup(section: ManifestSection): string {
  if (section.format === 'toml-array' && section.path[0] !== 'project') return section.path[1]!;
  if (section.format === 'toml-array' && section.path[1] === 'optional-dependencies') return section.path[2]!;
  if (section.format === 'toml-table' && section.style === 'poetry' && section.path[2] === 'group') return section.path[3]!;
  if (section.format === 'toml-table' && section.style === 'pipfile' && section.path[0] === 'dev-packages') return 'dev';
  return 'main';
}

const sectionText = (s: ManifestSection) =>
  s.format === 'toml-array' || s.format === 'toml-table'
    ? s.path.map((p) => (/^[A-Za-z0-9_-]+$/.test(p) ? p : JSON.stringify(p))).join('.')
    : s.format === 'setup.cfg' ? '[options] install_requires' : s.format === 'nbdev' ? '[DEFAULT] requirements' : 'install_requires';

/** Offset just past the bracket that closes the one at `open`, skipping strings and comments (TOML and Python alike). */
function closingBracket(text: string, open: number): number | undefined {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i]!;
    if (c === '#') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (c === '"' || c === "'") {
      const triple = text.startsWith(c.repeat(3), i);
      const quote = triple ? c.repeat(3) : c;
      i += quote.length;
      while (i < text.length && !text.startsWith(quote, i)) i += text[i] === '\\' && c === '"' ? 2 : 1;
      i += quote.length - 1;
    } else if ('[({'.includes(c)) depth++;
    else if (')]}'.includes(c) && --depth === 0) return i;
  }
  return undefined;
}

/** The quote to write a string in: the file's own, unless the text holds it. */
const quoted = (text: string, quote: string) => {
  const q = text.includes(quote) ? (quote === '"' ? "'" : '"') : quote;
  return `${q}${text}${q}`;
};

/** Inserts string items into the list literal whose item lines are `itemLines` (or that opens at `open`). */
function insertListItems(text: string, open: number, itemLines: readonly number[], items: readonly string[]): string | undefined {
  const close = closingBracket(text, open);
  if (close === undefined) return undefined;
  const lines = textLines(text);
  const eol = lineEnding(text);
  const last = itemLines.length ? lines[Math.max(...itemLines) - 1] : undefined;
  const lastItem = last && /^(\s*)(["'])/.exec(last.text);
  // One item per line, the bracket closing on a later line: a new line per item, shaped like the last one.
  const quotes = (line: string, quote: string) => line.split('').filter((c, i) => c === quote && line[i - 1] !== '\\').length;
  if (last && lastItem && last.next <= close && quotes(last.text.replace(/\s#.*$/, ''), lastItem[2]!) === 2) {
    const [, indent, quote] = lastItem;
    const afterString = text.indexOf(quote!, last.start + indent!.length + 1) + 1;
    const hasComma = /^\s*,/.test(text.slice(afterString, last.end));
    const withComma = hasComma ? text : text.slice(0, afterString) + ',' + text.slice(afterString);
    const shift = hasComma ? 0 : 1;
    return insertLines(withComma, last.next + shift, items.map((i) => `${indent}${quoted(i, quote!)},`), eol);
  }
  // An empty list: open it up, one item per line.
  if (!itemLines.length) {
    if (text.slice(open + 1, close).trim() !== '') return undefined;
    const lineStart = text.lastIndexOf('\n', open) + 1;
    const indent = /^\s*/.exec(text.slice(lineStart))![0];
    return text.slice(0, open + 1) + eol + items.map((i) => `${indent}    ${quoted(i, '"')},${eol}`).join('') + indent + text.slice(close);
  }
  // Items on the bracket's line: add them before it.
  const before = text.slice(0, close);
  const trimmed = before.trimEnd();
  const quote = /["']/.exec(text.slice(open))?.[0] ?? '"';
  const joined = items.map((i) => quoted(i, quote)).join(', ');
  return trimmed.endsWith(',') ? `${trimmed} ${joined},${before.slice(trimmed.length)}${text.slice(close)}` : `${trimmed}, ${joined}${before.slice(trimmed.length)}${text.slice(close)}`;
}

/** The offset just past the last line with content in the table whose header is on `headerLine` (1-based). */
function tableEnd(text: string, headerLine: number): number {
  const lines = textLines(text);
  let end = lines[headerLine - 1]!.next;
  for (let i = headerLine; i < lines.length; i++) {
    const t = lines[i]!.text.trim();
    if (/^\[/.test(t)) break;
    if (t !== '' && !t.startsWith('#')) end = lines[i]!.next;
  }
  return end;
}

const tomlKey = (name: string) => (/^[A-Za-z0-9_-]+$/.test(name) ? name : JSON.stringify(name));

/** `name = "spec"` for Poetry and Pipfile tables; undefined for what a table entry cannot say simply (a URL). */
function tableEntry(a: ManifestAddition, style: 'poetry' | 'pipfile'): string | undefined {
  if (/@/.test(a.specifier)) return undefined;
  const version = JSON.stringify(a.specifier || '*');
  if (!a.extras.length && !a.marker) return `${tomlKey(a.name)} = ${version}`;
  const parts = [`version = ${version}`];
  if (a.extras.length) parts.push(`extras = [${a.extras.map((e) => JSON.stringify(e)).join(', ')}]`);
  if (a.marker) parts.push(`${style === 'poetry' ? 'markers' : 'markers'} = ${JSON.stringify(a.marker)}`);
  return `${tomlKey(a.name)} = { ${parts.join(', ')} }`;
}

function editToml(text: string, file: string, section: Extract<ManifestSection, { format: 'toml-array' | 'toml-table' }>, additions: readonly ManifestAddition[]): string | undefined {
  const doc = readTomlDocument(file, text, 'pyproject');
  const eol = lineEnding(text);
  const path = section.path as TomlPath;
  const value = tomlGet(doc.data, path);
  if (section.format === 'toml-table') {
    const entries = additions.map((a) => tableEntry(a, section.style));
    if (entries.some((e) => e === undefined)) return undefined;
    if (value === undefined) return `${text}${/[\r\n]$/.test(text) || text === '' ? '' : eol}${eol}[${section.path.map(tomlKey).join('.')}]${eol}${entries.join(eol)}${eol}`;
    if (!isTable(value)) return undefined;
    const header = doc.lines.line(path);
    if (header === undefined || !/^\s*\[/.test(textLines(text)[header - 1]?.text ?? '')) return undefined;
    return insertLines(text, tableEnd(text, header), entries as string[], eol);
  }
  const items = additions.map((a) => a.text);
  if (value === undefined) {
    // A new key at the end of its table (`[project]`, `[project.optional-dependencies]`, `[dependency-groups]`).
    const parent = path.slice(0, -1);
    const key = tomlKey(section.path[section.path.length - 1]!);
    const entry = [`${key} = [`, ...items.map((i) => `    ${quoted(i, '"')},`), ']'];
    const parentValue = tomlGet(doc.data, parent);
    const header = parent.length ? doc.lines.line(parent) : undefined;
    if (parentValue === undefined && parent.length) return `${text}${/[\r\n]$/.test(text) || text === '' ? '' : eol}${eol}[${section.path.slice(0, -1).map(tomlKey).join('.')}]${eol}${entry.join(eol)}${eol}`;
    if (!isTable(parentValue as TomlTable) || header === undefined || !/^\s*\[/.test(textLines(text)[header - 1]?.text ?? '')) return undefined;
    return insertLines(text, tableEnd(text, header), entry, eol);
  }
  if (!Array.isArray(value)) return undefined;
  const keyLine = doc.lines.line(path);
  if (keyLine === undefined) return undefined;
  const lines = textLines(text);
  const open = text.indexOf('[', text.indexOf('=', lines[keyLine - 1]!.start));
  if (open < 0) return undefined;
  const itemLines = value.map((_, i) => doc.lines.line([...path, i])).filter((l): l is number => l !== undefined);
  return insertListItems(text, open, itemLines, items);
}

/** setup.cfg: a new line under the last requirement of a multi-line `install_requires`, indented like it. */
function editSetupCfg(text: string, main: readonly Dependency[], additions: readonly ManifestAddition[]): string | undefined {
  if (!main.length) return undefined;
  const lines = textLines(text);
  const last = lines[Math.max(...main.map((d) => d.line)) - 1];
  const indent = last && /^(\s+)\S/.exec(last.text)?.[1];
  if (!last || !indent) return undefined; // a one-line value: setuptools would split a second requirement at `;`
  return insertLines(text, last.next, additions.map((a) => `${indent}${a.text}`), lineEnding(text));
}

/**
 * nbdev's settings.ini: the additions at the end of the `requirements` value (setup.py splits it at whitespace, so a
 * requirement holding a space cannot go there), or a `requirements` line after `lib_name` when there is none.
 */
function editNbdevSettings(text: string, additions: readonly ManifestAddition[]): string | undefined {
  if (additions.some((a) => /\s/.test(a.text))) return undefined;
  const defaults = readIni(text).sections.get('DEFAULT');
  const words = additions.map((a) => a.text).join(' ');
  const lines = textLines(text);
  const requirements = defaults?.options.get('requirements');
  if (requirements) {
    const last = lines[requirements.lines[requirements.lines.length - 1]!.line - 1]!;
    const end = last.start + last.text.length;
    return `${text.slice(0, end)}${last.text.trim() === '' || /=\s*$/.test(last.text) ? '' : ' '}${words}${text.slice(end)}`;
  }
  const name = defaults?.options.get('lib_name');
  if (!name) return undefined;
  return insertLines(text, lines[name.line - 1]!.next, [`requirements = ${words}`], lineEnding(text));
}

/** setup.py: items after the last requirement of the literal list, when each sits on its own line. */
function editSetupPy(text: string, main: readonly Dependency[], additions: readonly ManifestAddition[]): string | undefined {
  if (!main.length) return undefined;
  const lines = textLines(text);
  const lastLine = Math.max(...main.map((d) => d.line));
  // The list's opening bracket: the nearest `[` before the first requirement.
  const first = lines[Math.min(...main.map((d) => d.line)) - 1]!;
  const open = text.lastIndexOf('[', first.start + (/^\s*/.exec(first.text)?.[0].length ?? 0));
  if (open < 0) return undefined;
  const close = closingBracket(text, open);
  if (close === undefined || close < lines[lastLine - 1]!.start) return undefined;
  return insertListItems(text, open, [lastLine], additions.map((a) => a.text));
}

export interface ManifestContext {
  reader: FileReader;
  env: Record<string, string | undefined>;
}

/**
 * Adds `additions` to `section` of a manifest. Additions the file declares already (in any group) are skipped, so
 * a second run gives the same text.
 */
export function editManifest(file: string, kind: PackagingKind, text: string, section: ManifestSection, additions: readonly ManifestAddition[], context: ManifestContext): EditOutcome {
  const parse = (t: string) => parsePackagingFile(file, kind, { read: (p) => (p === file ? t : context.reader.read(p)) }, context.env).files.find((f) => f.path === file);
  const parsed = parse(text);
  if (!parsed) return { status: 'left-alone', reason: `${file} could not be read` };
  const syntax = parsed.diagnostics.find((d) => d.severity === 'error');
  if (syntax) return { status: 'left-alone', reason: `malformed: ${file}:${syntax.line ?? 1}: ${syntax.message}`, diagnostic: syntax };
  const group = sectionGroup(section);
  const declared = new Set(parsed.dependencies.filter((d) => d.group === group || group === 'main').map((d) => d.normalized));
  const added = additions.filter((a, i) => !declared.has(a.pypi) && additions.findIndex((b) => b.pypi === a.pypi) === i);
  if (!added.length) return { status: 'unchanged' };

  const main = parsed.dependencies.filter((d) => d.group === 'main');
  let after: string | undefined;
  try {
    if (section.format === 'toml-array' || section.format === 'toml-table') after = editToml(text, file, section, added);
    else if (section.format === 'setup.cfg') after = editSetupCfg(text, main, added);
    else if (section.format === 'nbdev') after = editNbdevSettings(text, added);
    else after = editSetupPy(text, main, added);
  } catch {
    after = undefined;
  }
  const byHand = { status: 'left-alone' as const, reason: `add ${added.map((a) => a.text).join(', ')} to ${sectionText(section)} in ${file} by hand: package-env found no list it could extend without changing anything else` };
  if (after === undefined) return byHand;
  // The result must declare exactly what the file did, plus the additions in their group, and no new problems.
  const check = parse(after);
  const expected = nameList([...parsed.dependencies, ...added.map((a) => ({ normalized: a.pypi, ecosystem: 'pypi' }))]);
  const inGroup = new Set(check?.dependencies.filter((d) => d.group === group).map((d) => d.normalized));
  if (!check || nameList(check.dependencies).join() !== expected.join() || !added.every((a) => inGroup.has(a.pypi)) || !noNewProblems(parsed.diagnostics, check.diagnostics)) return byHand;
  return { status: 'edited', text: after, added, removed: [] };
}

const asTable = (v: unknown): TomlTable | undefined => (isTable(v) ? v : undefined);

function tomlData(file: string, text: string): TomlTable | undefined {
  try {
    return readTomlDocument(file, text, 'pyproject').data;
  } catch {
    return undefined;
  }
}

/**
 * The section of a manifest that holds the runtime dependencies, or undefined when it holds none that package-env
 * may extend (pyproject's dependencies are `dynamic`, read from a requirements file, which is edited instead).
 * `declares` says whether the section lists any dependency yet.
 */
export function runtimeSection(file: { path: string; kind: PackagingKind; dependencies: readonly Dependency[] }, text: string): { section: ManifestSection; declares: boolean } | undefined {
  const main = file.dependencies.some((d) => d.group === 'main');
  switch (file.kind) {
    case 'pyproject': {
      const data = tomlData(file.path, text);
      const project = asTable(data?.project);
      const poetry = asTable(asTable(asTable(data?.tool)?.poetry)?.dependencies);
      if (project && Array.isArray(project.dependencies)) return { section: { format: 'toml-array', path: ['project', 'dependencies'] }, declares: main };
      if (project && Array.isArray(project.dynamic) && project.dynamic.includes('dependencies')) return undefined;
      if (poetry) return { section: { format: 'toml-table', path: ['tool', 'poetry', 'dependencies'], style: 'poetry' }, declares: main };
      if (project) return { section: { format: 'toml-array', path: ['project', 'dependencies'] }, declares: false };
      return undefined;
    }
    case 'pipfile':
      return { section: { format: 'toml-table', path: ['packages'], style: 'pipfile' }, declares: main };
    case 'setup.cfg':
      return main ? { section: { format: 'setup.cfg' }, declares: true } : undefined;
    case 'setup.py':
      return main ? { section: { format: 'setup.py' }, declares: true } : undefined;
    case 'nbdev':
      return { section: { format: 'nbdev' }, declares: main };
    default:
      return undefined;
  }
}

const groupNames = { test: ['test', 'tests', 'testing', 'dev'], docs: ['docs', 'doc', 'documentation'] };

/**
 * Where an optional group for test-only or docs-only imports, or an extra for an optional import, lives in this
 * manifest: the group the file already has under one of the usual names, else a new one. Undefined where the format
 * has no such group (setup.py, setup.cfg; a Poetry extra needs `optional = true` entries, which is left to people).
 */
export function optionalSection(file: { path: string; kind: PackagingKind }, text: string, fits: 'test' | 'docs' | 'extra', distribution: string): ManifestSection | undefined {
  if (file.kind === 'pipfile') return fits === 'test' ? { format: 'toml-table', path: ['dev-packages'], style: 'pipfile' } : undefined;
  if (file.kind !== 'pyproject') return undefined;
  const data = tomlData(file.path, text);
  const project = asTable(data?.project);
  const poetry = asTable(asTable(data?.tool)?.poetry);
  const pick = (existing: TomlTable | undefined) => (fits === 'extra' ? undefined : groupNames[fits].find((n) => existing && Object.hasOwn(existing, n)) ?? fits);
  if (fits === 'extra') {
    if (!project || (Array.isArray(project.dynamic) && project.dynamic.includes('optional-dependencies'))) return undefined;
    return { format: 'toml-array', path: ['project', 'optional-dependencies', distribution.toLowerCase().replace(/[-_.]+/g, '-')] };
  }
  const groups = asTable(data?.['dependency-groups']);
  if (groups) return { format: 'toml-array', path: ['dependency-groups', pick(groups)!] };
  if (poetry && asTable(poetry.dependencies)) return { format: 'toml-table', path: ['tool', 'poetry', 'group', pick(asTable(poetry.group))!, 'dependencies'], style: 'poetry' };
  if (project && !(Array.isArray(project.dynamic) && project.dynamic.includes('optional-dependencies'))) {
    return { format: 'toml-array', path: ['project', 'optional-dependencies', pick(asTable(project['optional-dependencies']))!] };
  }
  return undefined;
}
