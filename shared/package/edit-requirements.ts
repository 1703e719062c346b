// Adds and removes requirements in a pip requirements file by touching only the lines concerned: comments, order,
// blank lines, options (`-i`, `--extra-index-url`, `-e .`), continuations, the line ending and a missing final
// newline all stay as the user wrote them. New requirements go after the last requirement, under one marker
// comment. Files a tool wrote (pip-compile, uv, hashes) are left to that tool.

import type { Dependency, FileReader } from '../env/model.js';
import { parseRequirementsText } from '../env/requirements.js';
import { commentedOutName } from './certain-additions.js';
import { nameList, noNewProblems, regenerateAdvice, type Addition, type EditOutcome, type Removal } from './edit-outcome.js';
import { deleteLines, insertLines, lineEnding, textLines, type TextLine } from '../text/lines.js';

export const addedMarker = '# added by ml-hub package-env';

export interface RequirementsChange {
  add: readonly Addition[];
  /** Requirements to delete, each with its continuation lines and its own comment. */
  remove: readonly Removal[];
}

export interface RequirementsContext {
  /** Reads the files the requirements include (`-r`) and the local projects they name (`-e .`). */
  reader?: FileReader;
  env?: Record<string, string | undefined>;
}

const noFiles: FileReader = { read: () => undefined };

function parse(file: string, text: string, context: RequirementsContext) {
  const [own, ...included] = parseRequirementsText(text.replace(/^\uFEFF/, ''), file, context.reader ?? noFiles, { env: context.env ?? {} });
  return { own: own!, all: [own!, ...included] };
}

const isComment = (line: string) => /^\s*#/.test(line.replace(/^\uFEFF/, ''));
const isBlank = (line: string) => line.replace(/^\uFEFF/, '').trim() === '';

/** Logical lines as pip joins them: a line ending in `\` (not a comment) runs on into the next. */
function logicalGroups(lines: readonly TextLine[]): { first: number; last: number }[] {
  const groups: { first: number; last: number }[] = [];
  let first: number | undefined;
  lines.forEach((line, i) => {
    const continues = line.text.endsWith('\\') && !isComment(line.text);
    first ??= i;
    if (!continues) {
      groups.push({ first, last: i });
      first = undefined;
    }
  });
  if (first !== undefined) groups.push({ first, last: lines.length - 1 });
  return groups;
}

/** Comment headers of sections people keep for what is not installed by default. */
const optionalHeader = /\b(deploy\w*|export\w*|extras?|optional|dev|develop\w*|tests?|testing|docs?|documentation|logging|plotting|lint\w*|benchmarks?)\b/i;
const runtimeHeader = /\b(base|core|runtime|main|install|required|requirements|dependencies)\b/i;

/**
 * After the last requirement or option line; else after the last comment; else the start of the file. A file split
 * into sections by comment headers (`# Base ----`, `# Deploy ----`) gets its additions at the end of the section that
 * holds the runtime requirements, not in a trailing optional or deploy block.
 */
function insertionPoint(lines: readonly TextLine[]): number {
  const groups = logicalGroups(lines);
  const isContent = (g: { first: number }) => !isBlank(lines[g.first]!.text) && !isComment(lines[g.first]!.text);
  const sections: { header?: string; last?: { last: number } }[] = [{}];
  for (const g of groups) {
    const text = lines[g.first]!.text;
    if (isContent(g)) sections[sections.length - 1]!.last = g;
    else if (isComment(text) && !commentedOutName(text)) sections.push({ header: text });
  }
  const withContent = sections.filter((s) => s.last);
  const lastSection = withContent[withContent.length - 1];
  if (lastSection?.header && optionalHeader.test(lastSection.header)) {
    const runtime = withContent.find((s) => s.header && runtimeHeader.test(s.header)) ?? withContent.filter((s) => !s.header || !optionalHeader.test(s.header)).pop();
    if (runtime) return lines[runtime.last!.last]!.next;
  }
  const content = groups.filter(isContent).pop();
  if (content) return lines[content.last]!.next;
  const lastText = lines.findLastIndex((l) => !isBlank(l.text));
  return lastText >= 0 ? lines[lastText]!.next : 0;
}

function removeRequirements(text: string, lineNumbers: readonly number[]): string {
  let out = text;
  // Bottom-up, so that earlier line numbers stay valid.
  for (const n of [...new Set(lineNumbers)].sort((a, b) => b - a)) {
    const lines = textLines(out);
    const group = logicalGroups(lines).find((g) => g.first === n - 1);
    if (group) out = deleteLines(out, lines, group.first, group.last);
  }
  return out;
}

/**
 * Applies `change` to a requirements file's text (undefined: the file does not exist yet). Additions the file (or
 * a file it includes) already declares are skipped, so applying the same change twice gives the same text.
 */
export function editRequirements(file: string, text: string | undefined, change: RequirementsChange, context: RequirementsContext = {}): EditOutcome {
  const before = text ?? '';
  const parsed = parse(file, before, context);
  if (parsed.own.generated) return { status: 'left-alone', reason: regenerateAdvice(parsed.own.generated) };
  const syntax = parsed.own.diagnostics.find((d) => d.code === 'requirements/syntax' && d.severity === 'error');
  if (syntax) return { status: 'left-alone', reason: `malformed: ${file}:${syntax.line ?? 1}: ${syntax.message}`, diagnostic: syntax };

  const declared = new Set(parsed.all.flatMap((f) => f.dependencies).filter((d) => !d.constraintOnly).map((d) => d.normalized));
  const added: Addition[] = [];
  for (const a of change.add) {
    if (declared.has(a.pypi)) continue;
    declared.add(a.pypi);
    added.push(a);
  }
  const removed: Dependency[] = parsed.own.dependencies.filter((d) => change.remove.some((r) => r.line === d.line && r.pypi === d.normalized));
  if (added.length === 0 && removed.length === 0) return { status: 'unchanged' };

  let after = removeRequirements(before, removed.map((d) => d.line));
  if (added.length) {
    const lines = textLines(after);
    const marker = lines.some((l) => l.text.trim() === addedMarker) ? [] : [addedMarker];
    after = insertLines(after, insertionPoint(lines), [...marker, ...added.map((a) => a.text)], lineEnding(before));
  }

  // The result must read as the same file with exactly these requirements more and fewer, and no new problems.
  const check = parse(file, after, context);
  const expected = nameList([
    ...parsed.own.dependencies.filter((d) => !removed.includes(d)),
    ...added.map((a) => ({ normalized: a.pypi, ecosystem: 'pypi' })),
  ]);
  if (nameList(check.own.dependencies).join() !== expected.join() || !noNewProblems(parsed.own.diagnostics, check.own.diagnostics) || check.own.generated) {
    return { status: 'left-alone', reason: `${file} could not be edited without changing what else it declares; add ${added.map((a) => a.text).join(', ')} by hand` };
  }
  return { status: 'edited', text: after, added, removed };
}
