// Adds and removes entries in a conda environment file. The yaml Document API finds the nodes (the `dependencies:`
// list, its `pip:` section) and their source ranges; the edit is then spliced into the text at those ranges, because
// re-printing the document (Document.toString) rewrites what the user wrote: comment spacing, sequence indentation,
// flow-list padding, number spellings. Everything outside the spliced lines stays byte for byte; new entries copy the
// indentation and quoting of their neighbours. Exported environments (`prefix:`) are left alone.

import { isMap, isScalar, isSeq, stringify, type Node, type Pair, type Scalar, type YAMLMap, type YAMLSeq } from 'yaml';
import { parseYamlDocument } from '../env/yaml-document.js';
import { parseCondaEnvironment } from '../env/conda.js';
import { MatchSpecError, parseMatchSpec } from '../env/conda-matchspec.js';
import type { Dependency, FileReader } from '../env/model.js';
import { normalizeName } from '../env/pep508.js';
import { pypiNameOf } from '../env/conda-names.js';
import { nameList, noNewProblems, regenerateAdvice, type Addition, type EditOutcome, type Removal } from './edit-outcome.js';
import { deleteLines, lineEnding, textLines, type TextLine } from '../text/lines.js';

export interface CondaChange {
  /** Entries for `dependencies:` (`pytorch>=2.1`), each with the PyPI name it provides. */
  conda: readonly Addition[];
  /** Requirement lines for the `pip:` section. */
  pip: readonly Addition[];
  /** Entries (conda or pip) to delete, with their own comments. */
  remove: readonly Removal[];
}

export interface CondaContext {
  reader?: FileReader;
  env?: Record<string, string | undefined>;
}

const noFiles: FileReader = { read: () => undefined };

/** A new environment file's text before any package is added: conda-forge, and the Python version when known. */
export function newCondaEnvironmentText(name: string | undefined, python: string | undefined): string {
  const lines = [
    ...(name ? [`name: ${stringify(name, { lineWidth: 0 }).trimEnd()}`] : []),
    'channels:',
    '  - conda-forge',
    'dependencies:',
    ...(python ? [`  - python=${python}`] : []),
  ];
  return lines.map((l) => `${l}\n`).join('');
}

// ---- Where things are ----

type Range = [number, number, number];
const rangeOf = (node: unknown): Range => (node as { range: Range }).range;

class Located {
  readonly lines: TextLine[];
  readonly root: Node | null;
  readonly malformed: boolean;
  readonly dependencies?: Pair<Node, Node | null>;

  constructor(readonly text: string) {
    this.lines = textLines(text);
    const doc = parseYamlDocument(text, { prettyErrors: false });
    this.malformed = doc.errors.length > 0;
    this.root = doc.contents as Node | null;
    if (isMap(this.root)) this.dependencies = (this.root as YAMLMap<Node, Node | null>).items.find((p) => isScalar(p.key) && p.key.value === 'dependencies');
  }

  /** Index of the line holding `offset`. */
  lineAt(offset: number): number {
    const i = this.lines.findIndex((l) => offset < l.next);
    return i < 0 ? this.lines.length - 1 : i;
  }

  /** The line a node's value ends on, trailing whitespace and line breaks not counted. */
  lastLine(node: unknown): number {
    const [start, valueEnd] = rangeOf(node);
    let q = valueEnd - 1;
    while (q > start && /\s/.test(this.text[q]!)) q--;
    return this.lineAt(q);
  }

  /** `  - ` before a block sequence item, when the item starts its line; undefined otherwise. */
  itemPrefix(node: unknown): string | undefined {
    const start = rangeOf(node)[0];
    const prefix = this.text.slice(this.lines[this.lineAt(start)]!.start, start);
    return /^ *-[ \t]+$/.test(prefix) ? prefix : undefined;
  }

  /** The `- ` prefix of a block list's first item. */
  firstItemPrefix(seq: unknown): string | undefined {
    return isSeq(seq) && !seq.flow && seq.items.length ? this.itemPrefix(seq.items[0]) : undefined;
  }

  /**
   * The `- ` prefix for a new `dependencies:` list: the one the list had (before pruning emptied it), else that of a
   * block `channels:` list, else two spaces.
   */
  listPrefix(): string {
    const channels = isMap(this.root) ? (this.root as YAMLMap<Node, Node | null>).items.find((p) => isScalar(p.key) && p.key.value === 'channels')?.value : undefined;
    return this.firstItemPrefix(this.dependencies?.value) ?? this.firstItemPrefix(channels) ?? '  - ';
  }
}

const isPipSection = (item: unknown): item is YAMLMap<Node, Node | null> => isMap(item) && item.items.some((p) => isScalar(p.key) && p.key.value === 'pip');
const pipPair = (item: YAMLMap<Node, Node | null>) => item.items.find((p) => isScalar(p.key) && p.key.value === 'pip')!;

function condaNameOf(entry: string): string | undefined {
  try {
    return parseMatchSpec(entry).name.toLowerCase();
  } catch (e) {
    if (e instanceof MatchSpecError) return undefined;
    throw e;
  }
}

const pipNameOf = (line: string): string | undefined => {
  const m = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(line);
  return m ? normalizeName(m[1]!) : undefined;
};

/** An entry as YAML text, quoted as its neighbours are; in a flow list, quoted where `,[]{}` would split it. */
function render(entry: string, neighbours: readonly unknown[], flow: boolean): string {
  const scalars = neighbours.filter(isScalar) as Scalar[];
  if (scalars.length && scalars.every((s) => s.type === 'QUOTE_DOUBLE')) return JSON.stringify(entry);
  if (scalars.length && scalars.every((s) => s.type === 'QUOTE_SINGLE')) return `'${entry.replaceAll("'", "''")}'`;
  const plain = stringify(entry, { lineWidth: 0 }).trimEnd();
  return flow && plain === entry && /[,[\]{}]/.test(entry) ? JSON.stringify(entry) : plain;
}

// ---- Splices ----

interface Insert {
  at: number;
  text: string;
  /** How many characters at `at` the text replaces (an empty flow list's brackets); none by default. */
  replaces?: number;
}

/** Whole lines after line `index`, in the file's line ending (a text without a final newline keeps lacking one). */
function linesAfter(located: Located, index: number, lines: readonly string[], eol: string): Insert {
  const line = located.lines[index];
  const at = line ? line.next : located.text.length;
  const unterminated = at >= located.text.length && located.text.length > 0 && !/[\r\n]$/.test(located.text);
  return { at, text: unterminated ? eol + lines.join(eol) : lines.map((l) => l + eol).join('') };
}

/** Applies inserts from the end backwards; inserts at one offset keep the order they were made in. */
function applyInserts(text: string, inserts: readonly Insert[]): string {
  const merged = new Map<number, Insert>();
  for (const i of inserts) {
    const known = merged.get(i.at);
    merged.set(i.at, known ? { at: i.at, text: known.text + i.text, replaces: Math.max(known.replaces ?? 0, i.replaces ?? 0) } : i);
  }
  let out = text;
  for (const { at, text: inserted, replaces } of [...merged.values()].sort((a, b) => b.at - a.at)) out = out.slice(0, at) + inserted + out.slice(at + (replaces ?? 0));
  return out;
}

/** `, entry` after a flow list's last item; undefined for an empty list (`[]`), which has no item to follow. */
function afterLastFlowItem(seq: YAMLSeq, entries: readonly string[]): Insert | undefined {
  const last = seq.items.at(-1);
  return last === undefined ? undefined : { at: rangeOf(last)[1], text: entries.map((e) => `, ${e}`).join('') };
}

const isNull = (node: unknown) => node === null || (isScalar(node) && node.value === null);
const listsPip = (seq: YAMLSeq) => seq.items.some((i) => isScalar(i) && condaNameOf(String(i.value)) === 'pip');
/** The last conda entry other than `pip` itself: new conda entries follow it, ahead of the pip lines. */
const lastCondaEntry = (seq: YAMLSeq) => seq.items.filter((i) => isScalar(i) && condaNameOf(String(i.value)) !== 'pip').at(-1);

/** Inserts for a block `dependencies:` list, copying the `- ` prefixes of the items they follow. */
function blockListInserts(located: Located, seq: YAMLSeq, conda: readonly string[], pip: readonly string[], eol: string): Insert[] | undefined {
  const inserts: Insert[] = [];
  if (conda.length) {
    const after = lastCondaEntry(seq);
    const reference = after ?? seq.items[0];
    const prefix = located.itemPrefix(reference);
    if (prefix === undefined) return undefined;
    const scalars = seq.items.filter((i) => isScalar(i) && condaNameOf(String(i.value)) !== 'pip');
    const lines = conda.map((c) => prefix + render(c, scalars, false));
    if (after) inserts.push(linesAfter(located, located.lastLine(after), lines, eol));
    else inserts.push({ at: located.lines[located.lineAt(rangeOf(reference)[0])]!.start, text: lines.map((l) => l + eol).join('') });
  }
  if (!pip.length) return inserts;
  const section = seq.items.find(isPipSection);
  if (!section) {
    const prefix = located.itemPrefix(seq.items.at(-1));
    if (prefix === undefined) return undefined;
    const nested = ' '.repeat(prefix.length + 2);
    const lines = [...(listsPip(seq) ? [] : [prefix + 'pip']), prefix + 'pip:', ...pip.map((p) => `${nested}- ${render(p, [], false)}`)];
    inserts.push(linesAfter(located, located.lastLine(seq.items.at(-1)), lines, eol));
    return inserts;
  }
  const pair = pipPair(section);
  const list = pair.value;
  if (isSeq(list) && list.flow) {
    const insert = afterLastFlowItem(list, pip.map((p) => render(p, list.items, true)));
    return insert ? [...inserts, insert] : undefined; // `pip: []` among block entries: no style to follow
  }
  if (isSeq(list) && list.items.length) {
    const last = list.items.at(-1)!;
    const prefix = located.itemPrefix(last);
    if (prefix === undefined || !isScalar(last)) return undefined;
    return [...inserts, linesAfter(located, located.lastLine(last), pip.map((p) => prefix + render(p, list.items, false)), eol)];
  }
  if (!isNull(list)) return undefined;
  const keyStart = rangeOf(pair.key)[0];
  const nested = ' '.repeat(keyStart - located.lines[located.lineAt(keyStart)]!.start + 2);
  return [...inserts, linesAfter(located, located.lastLine(pair.key), pip.map((p) => `${nested}- ${render(p, [], false)}`), eol)];
}

/** Inserts for a flow `dependencies: [...]` list, which grows in place; undefined where it cannot. */
function flowListInserts(located: Located, seq: YAMLSeq, conda: readonly string[], pip: readonly string[]): Insert[] | undefined {
  const section = seq.items.find(isPipSection);
  const sectionList = section ? pipPair(section).value : undefined;
  if (section && !(isSeq(sectionList) && sectionList.flow)) return undefined;
  const entries = conda.map((c) => render(c, seq.items, true));
  if (pip.length && !section) entries.push(...(listsPip(seq) ? [] : ['pip']), `{pip: [${pip.map((p) => render(p, [], true)).join(', ')}]}`);
  if (seq.items.length === 0) {
    // `[]` or `[ ]`: the brackets are rewritten around the entries.
    const [start, end] = rangeOf(seq);
    return [{ at: start, text: `[${entries.join(', ')}]`, replaces: located.text.lastIndexOf(']', end - 1) + 1 - start }];
  }
  const inserts: Insert[] = [];
  if (pip.length && !section) inserts.push(afterLastFlowItem(seq, entries)!);
  else if (entries.length) {
    const after = lastCondaEntry(seq);
    if (after) inserts.push({ at: rangeOf(after)[1], text: entries.map((e) => `, ${e}`).join('') });
    else inserts.push({ at: rangeOf(seq.items[0])[0], text: entries.map((e) => `${e}, `).join('') });
  }
  if (pip.length && section) {
    const list = sectionList as YAMLSeq;
    const insert = afterLastFlowItem(list, pip.map((p) => render(p, list.items, true)));
    if (!insert) return undefined; // `{pip: []}`: no style to follow
    inserts.push(insert);
  }
  return inserts;
}

// ---- Adding ----

function addEntries(text: string, conda: readonly string[], pip: readonly string[], eol: string, listPrefix: string): string | undefined {
  const located = new Located(text);
  const { root, dependencies } = located;
  /** The lines of a whole `dependencies:` list, for a file or key that has none (so no `pip` entry either). */
  const block = (): string[] => [
    ...conda.map((c) => listPrefix + render(c, [], false)),
    ...(pip.length ? [listPrefix + 'pip', listPrefix + 'pip:', ...pip.map((p) => `${' '.repeat(listPrefix.length + 2)}- ${render(p, [], false)}`)] : []),
  ];

  let inserts: Insert[] | undefined;
  if (located.malformed) return undefined;
  if (isNull(root)) inserts = [linesAfter(located, located.lines.length - 1, ['dependencies:', ...block()], eol)];
  else if (!isMap(root) || (!dependencies && root.flow)) return undefined; // a list or a scalar is no environment; a flow mapping gets no block key
  else if (!dependencies) inserts = [linesAfter(located, located.lastLine(root), ['dependencies:', ...block()], eol)];
  else if (isNull(dependencies.value)) inserts = [linesAfter(located, located.lastLine(dependencies.key), block(), eol)];
  else if (isSeq(dependencies.value)) {
    inserts = dependencies.value.flow ? flowListInserts(located, dependencies.value, conda, pip) : blockListInserts(located, dependencies.value, conda, pip, eol);
  }
  return inserts && applyInserts(text, inserts);
}

// ---- Removing ----

/** Deletes one entry: its whole line in a block list (its own comment goes with it), `, entry` in a flow list. */
function removeEntry(text: string, dependency: Dependency): string | undefined {
  const located = new Located(text);
  const seq = located.dependencies?.value;
  if (located.malformed || !isSeq(seq)) return undefined;
  const matches = (item: unknown, pipSide: boolean): boolean => {
    if (!isScalar(item) || located.lineAt(rangeOf(item)[0]) + 1 !== dependency.line) return false;
    const value = String(item.value);
    return pipSide ? pipNameOf(value) === dependency.normalized : condaNameOf(value) === dependency.normalized;
  };
  const pipSide = dependency.ecosystem === 'pypi';
  const lists: YAMLSeq[] = pipSide ? seq.items.filter(isPipSection).map((s) => pipPair(s).value).filter((v): v is YAMLSeq => isSeq(v)) : [seq];
  for (const list of lists) {
    const index = list.items.findIndex((i) => matches(i, pipSide));
    if (index < 0) continue;
    const item = list.items[index]!;
    if (!list.flow) {
      if (located.itemPrefix(item) === undefined) return undefined;
      return deleteLines(text, located.lines, located.lineAt(rangeOf(item)[0]), located.lastLine(item));
    }
    const [start, end] = rangeOf(item);
    if (index > 0) return text.slice(0, rangeOf(list.items[index - 1])[1]) + text.slice(end);
    if (list.items.length > 1) return text.slice(0, start) + text.slice(rangeOf(list.items[1])[0]);
    return text.slice(0, start) + text.slice(end);
  }
  return undefined;
}

// ---- The edit ----

/** What the file says apart from its dependencies, for checking that an edit left it alone. */
function everythingElse(text: string): string {
  const value = (parseYamlDocument(text).toJS({ maxAliasCount: 100 }) as unknown) ?? {};
  if (typeof value !== 'object' || Array.isArray(value)) return JSON.stringify(value);
  const { dependencies: _, ...rest } = value as Record<string, unknown>;
  return JSON.stringify(rest);
}

/**
 * Applies `change` to an environment file's text. Packages the file already declares, under either name (`pytorch`
 * for `torch`), are skipped, so applying the same change twice gives the same text.
 */
export function editCondaEnvironment(file: string, text: string, change: CondaChange, context: CondaContext = {}): EditOutcome {
  const parse = (t: string) => parseCondaEnvironment(file, t, context.reader ?? noFiles, { env: context.env ?? {} });
  const parsed = parse(text);
  const own = parsed[0]!;
  if (own.generated) return { status: 'left-alone', reason: regenerateAdvice(own.generated) };
  const broken = own.diagnostics.find((d) => d.severity === 'error' && (d.code === 'conda/syntax' || d.code === 'conda/structure'));
  if (broken) return { status: 'left-alone', reason: `malformed: ${file}:${broken.line ?? 1}: ${broken.message}`, diagnostic: broken };

  const declared = new Set(parsed.flatMap((f) => f.dependencies).filter((d) => !d.constraintOnly).map(pypiNameOf));
  const fresh = (list: readonly Addition[]) =>
    list.filter((a) => {
      if (declared.has(a.pypi)) return false;
      declared.add(a.pypi);
      return true;
    });
  const conda = fresh(change.conda);
  const pip = fresh(change.pip);
  const removed = own.dependencies.filter((d) => change.remove.some((r) => r.line === d.line && r.pypi === pypiNameOf(d)));
  if (!conda.length && !pip.length && !removed.length) return { status: 'unchanged' };

  const cannot = { status: 'left-alone' as const, reason: `${file} could not be edited without rewriting what is around the change; edit it by hand` };
  let after: string | undefined = text;
  // Bottom-up, so that the lines of the entries still to remove stay where they were.
  for (const d of [...removed].sort((a, b) => b.line - a.line)) {
    after = removeEntry(after, d);
    if (after === undefined) return cannot;
  }
  if (conda.length || pip.length) {
    after = addEntries(after, conda.map((c) => c.text), pip.map((p) => p.text), lineEnding(text), new Located(text).listPrefix());
    if (after === undefined) return cannot;
  }

  // The result must read as the same file with exactly these entries more and fewer.
  const check = parse(after)[0]!;
  const expected = nameList([
    ...own.dependencies.filter((d) => !removed.includes(d)),
    ...conda.map((c) => ({ normalized: condaNameOf(c.text) ?? c.text, ecosystem: 'conda' })),
    ...pip.map((p) => ({ normalized: p.pypi, ecosystem: 'pypi' })),
  ]);
  // `pip` itself is listed along with a new `pip:` section when the file lacked it.
  const withoutPip = (names: string[]) => names.filter((n) => n !== 'conda:pip').join();
  const same =
    withoutPip(nameList(check.dependencies)) === withoutPip(expected) &&
    noNewProblems(own.diagnostics, check.diagnostics) &&
    !check.generated &&
    everythingElse(after) === everythingElse(text);
  if (!same) return cannot;
  const added = [...conda, ...pip];
  return { status: 'edited', text: after, added, removed };
}
