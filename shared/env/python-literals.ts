// Static values of Python expressions in setup.py: string, list, tuple and dict displays of literals, names bound to
// them, `+` of such values. Anything else is opaque; an opaque value remembers which requirements files the
// expression mentions (`open('requirements.txt')`, `Path(here) / 'requirements.txt'`), the usual reason it is one.

import { bracket, matchingBracket, splitTopLevel, type PyToken } from './python-tokens.js';

export interface FileMention {
  path: string;
  line: number;
}

export type PyValue =
  | { kind: 'str'; value: string; line: number }
  | { kind: 'list'; items: PyValue[]; line: number }
  | { kind: 'dict'; entries: PyDictEntry[]; line: number }
  /** `folder`: `Path(__file__).parent / "mlx_whisper"` names that folder (relative to the file), for later `/ "requirements.txt"`. */
  | { kind: 'opaque'; line: number; files: FileMention[]; folder?: string };

export interface PyDictEntry {
  key: string;
  value: PyValue;
  line: number;
}

/** Names bound so far, and helper functions with the requirements files their bodies mention. */
export class PyScope {
  readonly names = new Map<string, PyValue>();
  readonly functions = new Map<string, FileMention[]>();
  /** Helpers that look names up in a requirement table: `def deps_list(*pkgs): return [deps[p] for p in pkgs]`. */
  readonly lookups = new Map<string, string>();
}

const requirementsFile = /\.(txt|in)$/i;

const isOp = (t: PyToken | undefined, text: string): boolean => t?.kind === 'op' && t.text === text;

/**
 * Requirement lists nest a few levels (a dict of lists of tuples); deeper displays are read as opaque, which keeps
 * the recursion short and the work linear in the file.
 */
const maxNesting = 16;
let nesting = 0;

/** The value of an expression's tokens. */
export function evaluate(tokens: PyToken[], scope: PyScope): PyValue {
  const line = tokens[0]?.line ?? 1;
  if (tokens.length === 0) return { kind: 'opaque', line, files: [] };
  if (nesting >= maxNesting) return opaque(tokens, scope);
  nesting++;
  try {
    const operands = splitTopLevel(tokens, '+');
    if (operands.length > 1) {
      if (operands.some((o) => o.length === 0)) return opaque(tokens, scope);
      return operands.map((o) => evaluate(o, scope)).reduce((a, b) => add(a, b, tokens, scope));
    }
    return atom(tokens, scope) ?? opaque(tokens, scope);
  } finally {
    nesting--;
  }
}

function add(a: PyValue, b: PyValue, tokens: PyToken[], scope: PyScope): PyValue {
  if (a.kind === 'str' && b.kind === 'str') return { kind: 'str', value: a.value + b.value, line: a.line };
  if (a.kind === 'list' && b.kind === 'list') return { kind: 'list', items: [...a.items, ...b.items], line: a.line };
  return opaque(tokens, scope);
}

/** A display or a name; undefined when the tokens are anything else. */
function atom(tokens: PyToken[], scope: PyScope): PyValue | undefined {
  const first = tokens[0]!;
  const line = first.line;
  if (tokens.every((t) => t.kind === 'string')) {
    if (tokens.some((t) => t.value === undefined)) return undefined;
    return { kind: 'str', value: tokens.map((t) => t.value).join(''), line };
  }
  if (tokens.length === 1 && first.kind === 'name') return scope.names.get(first.text);
  const last = tokens.length - 1;
  const wraps = (open: string): boolean => isOp(first, open) && matchingBracket(tokens, 0) === last;
  if (wraps('[') || wraps('(')) {
    const inner = tokens.slice(1, -1);
    if (isComprehension(inner)) return undefined;
    const items = splitTopLevel(inner, ',');
    const tuple = items.length > 1 || first.text === '[';
    if (!tuple) return inner.length ? evaluate(inner, scope) : { kind: 'list', items: [], line };
    return sequence(items, line, scope);
  }
  if (wraps('{')) {
    const inner = tokens.slice(1, -1);
    if (isComprehension(inner)) return mappedDict(inner, scope) ?? requirementTable(inner, scope);
    const items = splitTopLevel(inner, ',').filter((item) => item.length);
    const isDict = items.length === 0 || items.some((item) => isOp(item[0], '**') || splitTopLevel(item, ':').length > 1);
    return isDict ? dict(items, line, scope, ':') : sequence(items, line, scope);
  }
  // EXTRAS["dev"]
  if (first.kind === 'name' && isOp(tokens[1], '[') && matchingBracket(tokens, 1) === last) {
    const container = scope.names.get(first.text);
    const key = evaluate(tokens.slice(2, -1), scope);
    if (container?.kind !== 'dict' || key.kind !== 'str') return undefined;
    return container.entries.find((e) => e.key === key.value)?.value;
  }
  if (first.kind === 'name' && first.text === 'dict' && isOp(tokens[1], '(') && matchingBracket(tokens, 1) === last) {
    return dict(splitTopLevel(tokens.slice(2, -1), ',').filter((item) => item.length), line, scope, '=');
  }
  // `helpers.with_version_ranges(install_requires)`, `list(set(tests_require))`, `sorted(EXTRAS)`: a function of one
  // requirement list (or dict) that adjusts versions or order keeps the names; read it as its argument.
  const call = tokens.findIndex((t) => isOp(t, '('));
  if (call > 0 && matchingBracket(tokens, call) === last && dottedName(tokens.slice(0, call))) {
    const args = splitTopLevel(tokens.slice(call + 1, -1), ',').filter((a) => a.length);
    // `deps_list("torch", "accelerate")`: the table's entries for those names.
    const table = call === 1 ? scope.names.get(scope.lookups.get(first.text) ?? '') : undefined;
    if (table?.kind === 'dict') {
      const keys = args.map((a) => evaluate(a, scope));
      if (keys.every((k) => k.kind === 'str')) {
        return { kind: 'list', items: keys.map((k) => table.entries.find((e) => e.key === (k as { value: string }).value)?.value ?? opaque(tokens, scope)), line };
      }
    }
    if (args.length === 1 && !isComprehension(args[0]!)) {
      const value = evaluate(args[0]!, scope);
      if (value.kind === 'list' || value.kind === 'dict') return value;
    }
  }
  return undefined;
}

/** `a.b.c`: names joined by dots. */
function dottedName(tokens: PyToken[]): boolean {
  return tokens.length % 2 === 1 && tokens.every((t, i) => (i % 2 === 0 ? t.kind === 'name' : isOp(t, '.')));
}

/** `{key: f(value) for key, value in EXTRAS.items()}`: the same keys as EXTRAS, each value mapped; read as EXTRAS. */
function mappedDict(inner: PyToken[], scope: PyScope): PyValue | undefined {
  const n = inner.length;
  const items = n >= 4 && isOp(inner[n - 1], ')') && isOp(inner[n - 2], '(') && inner[n - 3]?.text === 'items' && isOp(inner[n - 4], '.');
  const source = items ? inner[n - 5] : undefined;
  if (source?.kind !== 'name' || inner[n - 6]?.text !== 'in') return undefined;
  const bound = scope.names.get(source.text);
  return bound?.kind === 'dict' ? bound : undefined;
}

/**
 * `{b: a for a, b in (re.findall(r"^(([^!=<>~]+)…)", x)[0] for x in _deps)}` (diffusers', transformers' setup.py): a
 * comprehension over one list of requirement strings builds a table from each requirement's name to the requirement.
 */
function requirementTable(inner: PyToken[], scope: PyScope): PyValue | undefined {
  const lists = new Set(
    inner.filter((t) => {
      const bound = t.kind === 'name' ? scope.names.get(t.text) : undefined;
      return bound?.kind === 'list' && bound.items.length > 0 && bound.items.every((i) => i.kind === 'str');
    }).map((t) => t.text),
  );
  if (lists.size !== 1) return undefined;
  const source = scope.names.get([...lists][0]!) as Extract<PyValue, { kind: 'list' }>;
  const entries: PyDictEntry[] = [];
  for (const item of source.items as Extract<PyValue, { kind: 'str' }>[]) {
    const key = /^[^!=<>~ ]+/.exec(item.value.trim())?.[0];
    if (key && !entries.some((e) => e.key === key)) entries.push({ key, value: item, line: item.line });
  }
  return { kind: 'dict', entries, line: inner[0]?.line ?? 1 };
}

function isComprehension(tokens: PyToken[]): boolean {
  return splitTopLevel(tokens, ',').some((part) => {
    let depth = 0;
    return part.some((t) => {
      depth += bracket(t);
      return depth === 0 && t.kind === 'name' && t.text === 'for';
    });
  });
}

function sequence(items: PyToken[][], line: number, scope: PyScope): PyValue {
  const values: PyValue[] = [];
  for (const item of items) {
    if (item.length === 0) continue; // trailing comma
    if (isOp(item[0], '*')) {
      const spread = evaluate(item.slice(1), scope);
      if (spread.kind === 'list') for (const v of spread.items) values.push(v);
      else values.push(spread.kind === 'opaque' ? spread : opaque(item, scope));
    } else values.push(evaluate(item, scope));
  }
  return { kind: 'list', items: values, line };
}

/** `{k: v, **d}` (separator `:`) or `dict(k=v, **d)` (separator `=`); undefined when a key is not a literal. */
function dict(items: PyToken[][], line: number, scope: PyScope, separator: ':' | '='): PyValue | undefined {
  const entries: PyDictEntry[] = [];
  const set = (entry: PyDictEntry): void => {
    const at = entries.findIndex((e) => e.key === entry.key);
    if (at === -1) entries.push(entry);
    else entries[at] = entry;
  };
  for (const item of items) {
    if (isOp(item[0], '**')) {
      const merged = evaluate(item.slice(1), scope);
      if (merged.kind !== 'dict') return undefined;
      merged.entries.forEach(set);
      continue;
    }
    const [keyTokens, ...rest] = splitTopLevel(item, separator);
    if (!keyTokens?.length || rest.length === 0) return undefined;
    const valueTokens = item.slice(keyTokens.length + 1);
    let key: string | undefined;
    if (separator === '=') key = keyTokens.length === 1 && keyTokens[0]!.kind === 'name' ? keyTokens[0]!.text : undefined;
    else {
      const k = evaluate(keyTokens, scope);
      key = k.kind === 'str' ? k.value : undefined;
    }
    if (key === undefined) return undefined;
    set({ key, value: evaluate(valueTokens, scope), line: keyTokens[0]!.line });
  }
  return { kind: 'dict', entries, line };
}

/** An opaque value with the requirements files its expression mentions. */
export function opaque(tokens: PyToken[], scope: PyScope): PyValue {
  const folder = folderOf(tokens, scope);
  return { kind: 'opaque', line: tokens[0]?.line ?? 1, files: mentionedFiles(tokens, scope), ...(folder && { folder }) };
}

/**
 * `Path(__file__).parent / "mlx_whisper"`, `HERE / "src" / "pkg"`, `os.path.join(os.path.dirname(__file__), "pkg")`:
 * the folder below the file's own that an expression names, when it starts at the file's folder (a name or call
 * mentioning `__file__`, or a name bound to one) and continues with literal parts.
 */
function folderOf(tokens: PyToken[], scope: PyScope): string | undefined {
  const strings = tokens.filter((t) => t.kind === 'string');
  if (strings.length === 0 || strings.some((t) => t.value === undefined || requirementsFile.test(t.value!) || /^\.|\.\.|^\//.test(t.value!))) return undefined;
  const base = tokens.slice(0, tokens.indexOf(strings[0]!));
  const bound = (t: PyToken) => (t.kind === 'name' ? scope.names.get(t.text) : undefined);
  // `pkg = base / "pkg"` where `base = HERE / "src"`: below that folder.
  const within = base.map((t) => bound(t)).find((v) => v?.kind === 'opaque' && v.folder !== undefined) as { folder?: string } | undefined;
  const fromFile = within || base.some((t) => t.kind === 'name' && (t.text === '__file__' || (bound(t)?.kind === 'opaque' && hereNames.has(t.text))));
  if (!fromFile) return undefined;
  const rest = tokens.slice(base.length);
  // Only literal parts after the base: `/ "a" / "b"` or `, "a", "b")`.
  if (!rest.every((t) => t.kind === 'string' || isOp(t, '/') || isOp(t, ',') || isOp(t, ')'))) return undefined;
  return [...(within?.folder ? [within.folder] : []), ...strings.map((t) => t.value!)].join('/');
}

/** Names setup.py scripts give their own folder. */
const hereNames = new Set(['HERE', 'here', 'ROOT', 'root', 'CWD', 'cwd', 'BASE_DIR', 'base_dir', 'this_directory', 'THIS_DIR', 'this_dir', 'CURRENT_DIR', 'current_dir', 'SETUP_DIR', 'setup_dir', 'PROJECT_ROOT', 'project_root', 'DIR', 'ROOT_DIR', 'root_dir', 'curdir', 'basedir']);

/**
 * Requirements files an expression mentions: string literals (and names bound to them) ending in `.txt`/`.in`,
 * `os.path.join(...)` of literal parts, `Path(...) / 'a' / 'b.txt'` chains; names bound to computed values and helper
 * functions carry the files they mention.
 */
export function mentionedFiles(tokens: PyToken[], scope: PyScope): FileMention[] {
  const found: FileMention[] = [];
  const add = (path: string, line: number): void => {
    if (requirementsFile.test(path) && !found.some((f) => f.path === path)) found.push({ path, line });
  };
  const literal = (t: PyToken | undefined): string | undefined => {
    if (t?.kind === 'string') return t.value;
    const bound = t?.kind === 'name' ? scope.names.get(t.text) : undefined;
    return bound?.kind === 'str' ? bound.value : undefined;
  };
  /** A name bound to a folder below the file's (`package_dir = Path(__file__).parent / "mlx_whisper"`). */
  const folder = (t: PyToken | undefined): string | undefined => {
    const bound = t?.kind === 'name' ? scope.names.get(t.text) : undefined;
    return bound?.kind === 'opaque' ? bound.folder : undefined;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === 'name' && t.text === 'join' && isOp(tokens[i + 1], '(')) {
      const close = matchingBracket(tokens, i + 1);
      if (close !== -1) {
        const parts = splitTopLevel(tokens.slice(i + 2, close), ',')
          .map((arg) => (arg.length === 1 ? (literal(arg[0]) ?? folder(arg[0])) : undefined))
          .filter((p): p is string => p !== undefined);
        if (parts.length > 1) {
          add(parts.join('/'), t.line);
          i = close;
          continue;
        }
      }
    }
    if (t.kind === 'name') {
      // A name bound to something computed (a file handle, lines read from a file) brings that file along.
      const bound = scope.names.get(t.text);
      if (bound?.kind === 'opaque') for (const f of bound.files) add(f.path, f.line);
      if (isOp(tokens[i + 1], '(')) for (const f of scope.functions.get(t.text) ?? []) add(f.path, f.line);
    }
    let path = literal(t) ?? (isOp(tokens[i + 1], '/') ? folder(t) : undefined);
    if (path === undefined) continue;
    // `base / 'requirements' / 'gpu.txt'`
    while (isOp(tokens[i + 1], '/') && literal(tokens[i + 2]) !== undefined) {
      path = `${path}/${literal(tokens[i + 2])}`;
      i += 2;
    }
    add(path, t.line);
  }
  return found;
}
