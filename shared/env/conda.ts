// Conda environment files (environment.yml, MLflow's conda.yaml) into the environment model. Each `dependencies:`
// entry is a MatchSpec, the `pip:` section is a requirements file whose `-r` paths are relative to the environment
// file (conda writes it next to that file before running pip), `python` sets the interpreter, and what
// `conda env export` wrote is marked generated.

import { isAlias, isMap, isScalar, isSeq, LineCounter, type Scalar } from 'yaml';
import { parseYamlDocument } from './yaml-document.js';
import { MatchSpecError, parseMatchSpec, type MatchSpec } from './conda-matchspec.js';
import type { FileReader, PackagingFile } from './model.js';
import { PackagingFileBuilder } from './packaging-file.js';
import { parseRequirementsText } from './requirements.js';

export interface CondaOptions {
  /** Variables for `${VAR}` in the pip section, as pip expands them. */
  env?: Record<string, string | undefined>;
}

/** A line of the `pip:` section and where it is in the YAML file. */
interface PipLine {
  text: string;
  line: number;
}

/** What the `dependencies:` list holds: conda entries, and the pip section's lines. */
interface Found {
  entries: MatchSpec[];
  pipLines: PipLine[];
  pipSectionLine?: number;
}

type Place = (offset: number | undefined) => { line: number; col: number };

/**
 * Parses an environment file. Returns the file itself first, then the requirements files its `pip:` section pulls in
 * with `-r`/`-c`. Never throws: malformed YAML and bad entries become diagnostics at their lines.
 */
export function parseCondaEnvironment(file: string, text: string, reader: FileReader, options: CondaOptions = {}): PackagingFile[] {
  const out = new PackagingFileBuilder(file, 'conda', 'conda');
  const lines = new LineCounter();
  const doc = parseYamlDocument(text, { keepSourceTokens: true, lineCounter: lines, prettyErrors: false });
  // An error at end of input (an unclosed bracket) belongs to the last line, not the empty one after the final newline.
  const lastLine = Math.max(lines.lineStarts.length - (text.endsWith('\n') ? 1 : 0), 1);
  const place: Place = (offset) => {
    if (offset === undefined) return { line: 1, col: 1 };
    const pos = lines.linePos(Math.min(offset, text.length));
    return { line: Math.min(Math.max(pos.line, 1), lastLine), col: Math.max(pos.col, 1) };
  };
  const lineOf = (node: unknown): number => place(rangeStart(node)).line;

  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      const at = place(error.pos[0]);
      out.report('error', 'syntax', firstLine(error.message), at.line, at.col);
    }
    return [out.file];
  }
  const root = doc.contents;
  if (isEmpty(root)) {
    out.report('warning', 'empty', 'the environment file declares nothing', 1);
    return [out.file];
  }
  if (!isMap(root)) {
    out.report('error', 'structure', 'an environment file is a mapping with name, channels and dependencies', lineOf(root));
    return [out.file];
  }

  const found: Found = { entries: [], pipLines: [] };
  let prefix: string | undefined;

  for (const pair of root.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
    const value = pair.value;
    const keyLine = lineOf(pair.key);
    switch (key) {
      case 'name':
        if (isScalar(value) && value.value !== null && String(value.value).trim() !== '') out.file.name = String(value.value).trim();
        else out.report('warning', 'structure', '`name:` should be the environment name', keyLine);
        break;
      case 'prefix':
        if (isScalar(value) && value.value !== null) prefix = String(value.value);
        break;
      case 'channels':
        readChannels(value, out, lineOf, keyLine);
        break;
      case 'dependencies':
        readDependencies(value, out, place, keyLine, found);
        break;
      default:
        // `variables`, `channel_priority` and other keys conda or its plugins read: not dependencies.
        break;
    }
  }

  const { entries, pipLines, pipSectionLine } = found;
  if (prefix !== undefined) out.file.generated = `written by \`conda env export\` (it records the prefix ${prefix})`;
  else if (entries.length > 0 && entries.every((e) => e.build !== undefined && e.version.startsWith('==') && !/[,|]/.test(e.version))) {
    out.file.generated = 'every dependency pins a version and build string, as `conda env export` writes';
  }
  if (pipLines.length > 0 && !entries.some((e) => e.name.toLowerCase() === 'pip')) {
    out.report(
      'warning',
      'pip-not-listed',
      'the `pip:` section is installed with whichever pip conda finds; list `pip` among the dependencies',
      pipSectionLine ?? 1,
    );
  }
  return [out.file, ...readPipRequirements(pipLines, out, reader, options)];
}

function readDependencies(value: unknown, out: PackagingFileBuilder, place: Place, keyLine: number, found: Found): void {
  const lineOf = (node: unknown): number => place(rangeStart(node)).line;
  if (isEmpty(value)) return;
  if (!isSeq(value)) {
    out.report('error', 'structure', '`dependencies:` should be a list', keyLine);
    return;
  }
  for (const item of value.items) {
    if (isScalar(item)) {
      const spec = readEntry(item, out, place);
      if (spec) {
        found.entries.push(spec);
        addDependency(spec, out, lineOf(item));
      }
    } else if (isMap(item)) {
      for (const section of item.items) {
        const name = isScalar(section.key) ? String(section.key.value) : '';
        if (name !== 'pip') {
          out.report('warning', 'entry', `conda installs only a \`pip:\` section, not \`${name}:\``, lineOf(section.key));
        } else if (isSeq(section.value)) {
          found.pipSectionLine ??= lineOf(section.key);
          found.pipLines.push(...readPipSection(section.value.items, out, lineOf));
        } else if (!isEmpty(section.value)) {
          out.report('error', 'entry', '`pip:` should be a list of requirements', lineOf(section.key));
        }
      }
    } else {
      const message = isAlias(item) ? 'aliases are not package specs' : 'a dependency should be a package spec or a `pip:` section';
      out.report('error', 'entry', message, lineOf(item));
    }
  }
}

function readChannels(value: unknown, out: PackagingFileBuilder, lineOf: (node: unknown) => number, keyLine: number): void {
  if (isEmpty(value)) return;
  if (isScalar(value)) {
    out.file.channels.push(String(value.value).trim());
    out.report('warning', 'structure', '`channels:` should be a list', keyLine);
    return;
  }
  if (!isSeq(value)) {
    out.report('error', 'structure', '`channels:` should be a list of channel names', keyLine);
    return;
  }
  for (const item of value.items) {
    if (isScalar(item) && item.value !== null && String(item.value).trim() !== '') out.file.channels.push(String(item.value).trim());
    else out.report('warning', 'entry', 'a channel should be a name or URL', lineOf(item));
  }
}

/** The entry's MatchSpec, or undefined after reporting why conda would refuse it. */
function readEntry(item: Scalar, out: PackagingFileBuilder, place: Place): MatchSpec | undefined {
  const at = place(rangeStart(item));
  if (item.value === null) {
    out.report('warning', 'entry', 'empty dependency entry', at.line);
    return undefined;
  }
  try {
    return parseMatchSpec(scalarText(item));
  } catch (err) {
    if (!(err instanceof MatchSpecError)) throw err;
    const quoted = item.type === 'QUOTE_DOUBLE' || item.type === 'QUOTE_SINGLE' ? 1 : 0;
    out.report('error', 'matchspec', `${err.message} in '${scalarText(item)}'`, at.line, at.col + quoted + err.column - 1);
    return undefined;
  }
}

function addDependency(spec: MatchSpec, out: PackagingFileBuilder, line: number): void {
  const normalized = spec.name.toLowerCase();
  if (normalized === 'python') {
    if (out.file.python) out.report('warning', 'duplicate-python', `python is already declared on line ${out.file.python.line}`, line);
    else out.file.python = { specifier: pythonLine(spec.version), file: out.file.path, line };
    return;
  }
  out.file.dependencies.push({
    name: spec.name,
    normalized,
    ecosystem: 'conda',
    specifier: spec.version,
    extras: [],
    editable: false,
    file: out.file.path,
    line,
    group: 'main',
    ...(spec.channel !== undefined ? { channel: spec.channel } : {}),
    ...(spec.build !== undefined ? { build: spec.build } : {}),
  });
}

/**
 * The model writes a Python version line as a bare version (`python=3.11` → `3.11`, as .python-version does; see
 * env/python-version.ts); other constraints stay in conda's syntax (`==3.11.4`, `>=3.9,<3.12`), which the drift checks
 * translate.
 */
function pythonLine(version: string): string {
  const line = /^([0-9]+(?:\.[0-9]+)*)\.\*$/.exec(version);
  return line ? line[1]! : version;
}

function readPipSection(items: unknown[], out: PackagingFileBuilder, lineOf: (node: unknown) => number): PipLine[] {
  const found: PipLine[] = [];
  for (const item of items) {
    const line = lineOf(item);
    if (!isScalar(item) || item.value === null) {
      out.report('error', 'entry', 'a `pip:` entry should be one requirement line', line);
      continue;
    }
    const text = scalarText(item);
    // One entry is one requirements line; an embedded newline would smuggle in a second one.
    if (/[\r\n]/.test(text)) {
      out.report('error', 'entry', 'a `pip:` entry should be one requirement line', line);
      continue;
    }
    found.push({ text, line });
  }
  return found;
}

/** Feeds the pip section to the requirements parser as one file whose lines map back to the YAML lines. */
function readPipRequirements(pipLines: PipLine[], out: PackagingFileBuilder, reader: FileReader, options: CondaOptions): PackagingFile[] {
  if (pipLines.length === 0) return [];
  const text = pipLines.map((l) => l.text).join('\n');
  const lineMap = (physical: number): number => pipLines[Math.min(Math.max(physical, 1), pipLines.length) - 1]!.line;
  const [own, ...included] = parseRequirementsText(text, out.file.path, reader, { env: options.env, lineMap });
  if (own) {
    out.file.dependencies.push(...own.dependencies);
    for (const include of own.includes) if (!out.file.includes.includes(include)) out.file.includes.push(include);
    if (own.index) out.file.index = own.index;
    out.file.diagnostics.push(...own.diagnostics);
  }
  return included;
}

/** A key with nothing after it (`pip:`), or an empty document. */
function isEmpty(node: unknown): boolean {
  return node === null || node === undefined || (isScalar(node) && node.value === null);
}

function scalarText(node: Scalar): string {
  if (typeof node.value === 'string') return node.value;
  return node.source ?? String(node.value);
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as { range?: [number, number, number] } | null)?.range;
  return range?.[0];
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.trim();
}
