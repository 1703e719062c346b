// setup.py, read without running it. The `setup(...)` call's arguments are evaluated statically (python-literals):
// literal lists, tuples, dicts and strings, names bound to them, `+`, `append`/`extend`/`[key] =` on those names.
// Reading a requirements file (`open('requirements.txt')`, `Path(...).read_text()`, a helper called with its name) is
// recorded as an include; any other computed argument gets a notice naming it.

import { validRange } from '@renovatebot/pep440';
import type { FileReader, PackagingFile } from './model.js';
import { nbdevSettings } from './nbdev-settings.js';
import { PackagingFileBuilder } from './packaging-file.js';
import { addPep508Dependency } from './pep508-dependency.js';
import { evaluate, mentionedFiles, opaque, PyScope, type PyValue } from './python-literals.js';
import {
  matchingBracket,
  PythonTokenError,
  splitStatements,
  splitTopLevel,
  tokenizePython,
  type PyStatement,
  type PyToken,
} from './python-tokens.js';
import { setuptoolsRequirements, stringLines } from './setuptools-lines.js';

/** Requirement-list arguments and the group their requirements go to. */
const requirementArguments: Record<string, string> = { install_requires: 'main', setup_requires: 'build', tests_require: 'test' };

const isOp = (t: PyToken | undefined, text: string): boolean => t?.kind === 'op' && t.text === text;
const isName = (t: PyToken | undefined, text?: string): boolean => t?.kind === 'name' && (text === undefined || t.text === text);

interface SetupCall {
  index: number;
  tokens: PyToken[];
  /** Index of the call's `(` in tokens. */
  open: number;
}

/** `reader` is unused: included requirements files are named in `includes` and read by the loader. */
export function parseSetupPy(file: string, text: string, reader: FileReader): PackagingFile[] {
  const b = new PackagingFileBuilder(file, 'setup.py', 'setup-py');
  let statements: PyStatement[];
  try {
    statements = splitStatements(tokenizePython(text));
  } catch (error) {
    if (!(error instanceof PythonTokenError)) throw error;
    b.report('error', 'syntax', `setup.py cannot be read: ${error.message}`, error.line);
    return [b.file];
  }
  const call = findSetupCall(statements);
  // dinov2's `dinov2/eval/setup.py` (model set-up for the evaluations, calling its own `setup(args)`) is a module of
  // its package that happens to be called setup.py: no build tool in sight and an `__init__.py` beside it. It is code.
  const slash = file.lastIndexOf('/');
  if (slash > 0 && !/\b(setuptools|distutils|skbuild)\b/.test(text) && reader.read(`${file.slice(0, slash)}/__init__.py`) !== undefined) return [];
  if (!call) {
    b.report('notice', 'no-setup-call', 'no setup() call was found, so this file declares no dependencies', 1);
    return [b.file];
  }
  readArguments(b, call, bindNames(statements, call.index));
  // An nbdev project's setup.py computes everything from settings.ini, which is read as a packaging file of its own:
  // "could not be read statically" would say that nothing checks those requirements.
  const settings = `${slash > 0 ? file.slice(0, slash + 1) : ''}settings.ini`;
  if (/['"]settings\.ini['"]/.test(text) && nbdevSettings(reader.read(settings) ?? '')) {
    b.file.diagnostics = b.file.diagnostics.filter((d) => d.code !== 'setup-py/dynamic');
  }
  return [b.file];
}

/** The first `setup(` / `setuptools.setup(` call that is not a definition. */
function findSetupCall(statements: PyStatement[]): SetupCall | undefined {
  for (const [index, { tokens }] of statements.entries()) {
    for (let k = 0; k < tokens.length - 1; k++) {
      if (!isName(tokens[k], 'setup') || !isOp(tokens[k + 1], '(') || isName(tokens[k - 1], 'def')) continue;
      if (isOp(tokens[k - 1], '.') && !['setuptools', 'core'].includes(tokens[k - 2]?.text ?? '')) continue;
      return { index, tokens, open: k + 1 };
    }
  }
  return undefined;
}

/** For each statement, the `def`/`class` headers it is nested in. */
function enclosingDefinitions(statements: PyStatement[]): number[][] {
  const open: { indent: number; index: number; definition: boolean }[] = [];
  return statements.map((s, index) => {
    while (open.length && open[open.length - 1]!.indent >= s.indent) open.pop();
    const enclosing = open.filter((o) => o.definition).map((o) => o.index);
    if (s.compound) open.push({ indent: s.indent, index, definition: definitionName(s) !== undefined });
    return enclosing;
  });
}

function definitionName(s: PyStatement): string | undefined {
  const t = s.compound === 'async' ? s.tokens.slice(1) : s.tokens;
  return (isName(t[0], 'def') || isName(t[0], 'class')) && isName(t[1]) ? t[1]!.text : undefined;
}

/**
 * Runs the bindings that reach the setup call, in source order: module level and the bodies enclosing the call; other
 * functions only contribute the requirements files they mention. A call at module level sees names as bound before it.
 */
function bindNames(statements: PyStatement[], setupIndex: number): PyScope {
  const scope = new PyScope();
  const enclosing = enclosingDefinitions(statements);
  const reaching = new Set(enclosing[setupIndex]);
  const bodies = new Map<number, PyToken[]>();
  enclosing.forEach((headers, k) => {
    for (const h of headers) {
      const body = bodies.get(h) ?? [];
      for (const t of statements[k]!.tokens) body.push(t);
      bodies.set(h, body);
    }
  });
  for (const [j, s] of statements.entries()) {
    if (j === setupIndex && reaching.size === 0) break;
    if (enclosing[j]!.some((h) => !reaching.has(h))) continue;
    const defined = definitionName(s);
    if (defined !== undefined) {
      // The header too: `def get_requirements(path=HERE / "requirements.txt")` reads its default when called bare.
      if (!reaching.has(j)) scope.functions.set(defined, mentionedFiles([...s.tokens, ...(bodies.get(j) ?? [])], scope));
      const table = lookedUpTable(bodies.get(j) ?? [], scope);
      if (table) scope.lookups.set(defined, table);
    } else if (s.compound === 'for') bindLoop(s.tokens, scope);
    else if (s.compound === 'with' || (s.compound === 'async' && isName(s.tokens[1], 'with'))) bindWith(s.tokens, scope);
    else if (!s.compound) applyStatement(s.tokens, scope);
  }
  return scope;
}

/** `return [deps[pkg] for pkg in pkgs]`: the requirement table (a dict bound so far) a helper looks names up in. */
function lookedUpTable(body: PyToken[], scope: PyScope): string | undefined {
  for (let k = 0; k + 4 < body.length; k++) {
    const [table, open, key, close, word] = body.slice(k, k + 5);
    if (isName(table) && isOp(open, '[') && isName(key) && isOp(close, ']') && isName(word, 'for') && scope.names.get(table!.text)?.kind === 'dict') return table!.text;
  }
  return undefined;
}

/** `for line in open('requirements.txt'):` — the loop variable stands for what it iterates. */
function bindLoop(tokens: PyToken[], scope: PyScope): void {
  const at = tokens.findIndex((t, k) => k > 0 && isName(t, 'in'));
  if (at === -1) return;
  const source = opaque(tokens.slice(at + 1), scope);
  for (const target of splitTopLevel(tokens.slice(1, at), ',')) {
    if (target.length === 1 && isName(target[0])) scope.names.set(target[0]!.text, source);
  }
}

/** `with open('requirements.txt') as f:` — `f` stands for the file. */
function bindWith(tokens: PyToken[], scope: PyScope): void {
  let items = tokens.slice(isName(tokens[0], 'async') ? 2 : 1);
  if (isOp(items[0], '(') && matchingBracket(items, 0) === items.length - 1) items = items.slice(1, -1);
  for (const item of splitTopLevel(items, ',')) {
    const as = item.findIndex((t) => isName(t, 'as'));
    const target = item[as + 1];
    if (as > 0 && item.length === as + 2 && isName(target)) scope.names.set(target!.text, opaque(item.slice(0, as), scope));
  }
}

/** Assignments (`=`, `+=`, `x[k] =`) and list/dict mutations (`append`, `extend`, `insert`, `update`). */
function applyStatement(tokens: PyToken[], scope: PyScope): void {
  const parts = splitTopLevel(tokens, '=');
  if (parts.length > 1) {
    const value = evaluate(parts[parts.length - 1]!, scope);
    for (const target of parts.slice(0, -1)) assign(target, value, scope);
    return;
  }
  const augmented = tokens.findIndex((t) => isOp(t, '+='));
  if (augmented === 1 && isName(tokens[0])) {
    const name = tokens[0]!.text;
    const current = scope.names.get(name);
    const added = evaluate(tokens.slice(2), scope);
    // A snapshot of the added items: `R += R` must not iterate the list it grows.
    if (current?.kind === 'list' && added.kind === 'list') for (const v of [...added.items]) current.items.push(v);
    else if (current?.kind === 'str' && added.kind === 'str') {
      scope.names.set(name, { ...current, value: current.value + added.value });
    }
    else scope.names.set(name, opaque(tokens, scope));
    return;
  }
  // NAME.method(args)
  if (tokens.length >= 5 && isName(tokens[0]) && isOp(tokens[1], '.') && isName(tokens[2]) && isOp(tokens[3], '(')) {
    if (matchingBracket(tokens, 3) !== tokens.length - 1) return;
    const target = scope.names.get(tokens[0]!.text);
    const args = splitTopLevel(tokens.slice(4, -1), ',').filter((a) => a.length);
    const method = tokens[2]!.text;
    if (target?.kind === 'list' && method === 'append' && args.length === 1) target.items.push(evaluate(args[0]!, scope));
    else if (target?.kind === 'list' && method === 'insert' && args.length === 2) target.items.push(evaluate(args[1]!, scope));
    else if (target?.kind === 'list' && method === 'extend' && args.length === 1) {
      const added = evaluate(args[0]!, scope);
      for (const v of added.kind === 'list' ? [...added.items] : [added]) target.items.push(v);
    } else if (target?.kind === 'dict' && method === 'update' && args.length === 1) {
      const added = evaluate(args[0]!, scope);
      if (added.kind === 'dict') for (const entry of added.entries) setEntry(target, entry.key, entry.value, entry.line);
    }
  }
}

function assign(target: PyToken[], value: PyValue, scope: PyScope): void {
  // NAME, or NAME: annotation
  if (isName(target[0]) && (target.length === 1 || isOp(target[1], ':'))) {
    scope.names.set(target[0]!.text, value);
    return;
  }
  // NAME['key']
  if (isName(target[0]) && isOp(target[1], '[') && matchingBracket(target, 1) === target.length - 1) {
    const container = scope.names.get(target[0]!.text);
    const key = evaluate(target.slice(2, -1), scope);
    if (container?.kind === 'dict' && key.kind === 'str') setEntry(container, key.value, value, target[0]!.line);
    return;
  }
  // a, b = ...: each name is now something computed.
  const computed = value.kind === 'opaque' ? value : opaque(target, scope);
  for (const part of splitTopLevel(target, ',')) if (part.length === 1 && isName(part[0])) scope.names.set(part[0]!.text, computed);
}

function setEntry(dict: Extract<PyValue, { kind: 'dict' }>, key: string, value: PyValue, line: number): void {
  const at = dict.entries.findIndex((e) => e.key === key);
  if (at === -1) dict.entries.push({ key, value, line });
  else dict.entries[at] = { key, value, line };
}

function readArguments(b: PackagingFileBuilder, call: SetupCall, scope: PyScope): void {
  const { tokens, open } = call;
  const close = matchingBracket(tokens, open);
  if (close === -1) {
    b.report('error', 'syntax', 'the setup( call is never closed', tokens[open]!.line);
    return;
  }
  for (const arg of splitTopLevel(tokens.slice(open + 1, close), ',')) {
    if (isName(arg[0]) && isOp(arg[1], '=')) {
      readArgument(b, arg[0]!.text, evaluate(arg.slice(2), scope));
    } else if (isOp(arg[0], '**')) {
      const spread = evaluate(arg.slice(1), scope);
      if (spread.kind === 'dict') for (const e of spread.entries) readArgument(b, e.key, e.value);
      else if (spread.kind === 'opaque') unresolved(b, spread, `setup(${arg.map((t) => t.text).join('')})`);
      else b.report('error', 'schema', `setup(${arg.map((t) => t.text).join('')}) must unpack a dict`, spread.line);
    }
  }
}

function readArgument(b: PackagingFileBuilder, name: string, value: PyValue): void {
  const group = requirementArguments[name];
  if (group !== undefined) requirements(b, value, group, name);
  else if (name === 'extras_require') extras(b, value);
  else if (name === 'name' || name === 'python_requires') {
    if (value.kind !== 'str') {
      b.report('notice', 'dynamic', `${name} could not be read statically`, value.line);
    } else if (name === 'name') {
      b.file.name = value.value.trim();
    } else {
      const specifier = value.value.replace(/\s+/g, '');
      if (!validRange(specifier)) {
        b.report('warning', 'python-requires', `python_requires "${value.value}" is not a PEP 440 specifier`, value.line);
      }
      b.file.python = { specifier, file: b.file.path, line: value.line };
    }
  }
}

function requirements(b: PackagingFileBuilder, value: PyValue, group: string, label: string, marker?: string): void {
  if (value.kind === 'str') {
    for (const req of setuptoolsRequirements(stringLines(value.value, value.line))) {
      addPep508Dependency(b, req.text, req.line, group, marker);
    }
  } else if (value.kind === 'list') {
    for (const item of value.items) requirements(b, item, group, label, marker);
  } else if (value.kind === 'opaque') {
    unresolved(b, value, label, group);
  } else {
    b.report('error', 'schema', `${label} must be a list of requirements, not a dict`, value.line);
  }
}

/** extras_require: `{"extra": [...]}`, where a key may carry a marker (`"test:python_version<'3.8'"`). */
function extras(b: PackagingFileBuilder, value: PyValue): void {
  if (value.kind === 'opaque') return unresolved(b, value, 'extras_require');
  if (value.kind !== 'dict') {
    b.report('error', 'schema', 'extras_require must be a dict of extra name to requirements', value.line);
    return;
  }
  for (const { key, value: reqs } of value.entries) {
    const colon = key.indexOf(':');
    // An empty extra name (`"": [...]`, `":python_version<'3.8'"`) means the main requirements, as in setuptools.
    const group = (colon === -1 ? key : key.slice(0, colon)).trim() || 'main';
    const marker = colon === -1 ? undefined : key.slice(colon + 1).trim() || undefined;
    requirements(b, reqs, group, `extras_require[${JSON.stringify(key)}]`, marker);
  }
}

/** A computed value: the requirements files it reads become includes; otherwise the user is told it was skipped. */
function unresolved(b: PackagingFileBuilder, value: Extract<PyValue, { kind: 'opaque' }>, label: string, group = 'main'): void {
  for (const f of value.files) {
    const included = b.include(f.path, f.line);
    // `extras_require={"dev": read("requirements-dev.txt")}`: that file's packages are the dev extra, not the runtime.
    if (included && group !== 'main') (b.file.includeGroups ??= {})[included] = group;
  }
  if (value.files.length) return;
  b.report('notice', 'dynamic', `${label} could not be read statically; its requirements are not checked`, value.line);
}
