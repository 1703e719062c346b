// Which imports are optional where they stand (see ImportGuard): inside `try:` with an `except ImportError` (or wider)
// handler or in that handler, under `with suppress(ImportError)`, behind an availability check (`if find_spec(...)`,
// `if is_x_available():`, `if HAS_X:`, or `if not _X_AVAILABLE: raise` earlier in the block), under
// `if TYPE_CHECKING:`, behind a Python version or platform check, in a test decorated `@require_x`, in a function of
// a file that checks x's availability, or just after `check_requirements("x")` installs it.
//
// The lexer hands over the offsets of the `:`s outside brackets and strings (every block header ends in one) and of
// each import statement. Blocks are told by indentation alone: the block that holds a line is opened by the nearest
// header before it that is indented less, so one sweep over headers and imports in file order, with a stack of open
// headers, gives each import its enclosing headers. Linear in the number of colons and imports; files whose imports
// all start at column 0 (most files) cost nothing.

import type { ImportGuard, ImportRecord } from './model.js';

const KEYWORDS = new Set(['try', 'except', 'else', 'finally', 'if', 'elif', 'while', 'for', 'with', 'def', 'class', 'match', 'case']);

interface Header {
  /** Offset of the header's first word. */
  start: number;
  colon: number;
  indent: number;
  keyword: string;
  /** From the keyword to the colon; for def/class, preceded by their decorator lines. */
  text: string;
  /** except/else/finally: their `try`; elif/else: their `if`. */
  head?: Header;
  /** try and if: the clauses that follow (except, else, finally, elif). */
  clauses: Header[];
  /** Modules the rest of this block may assume present (`if not _X_AVAILABLE: raise …` came first). */
  assured?: Set<string>;
  /** except: its block starts with `raise`. */
  reraises?: boolean;
}

function lineStart(b: Uint8Array, offset: number): number {
  return offset === 0 ? 0 : b.lastIndexOf(0x0a, offset - 1) + 1;
}

/** Indentation width as Python counts it: a tab goes to the next multiple of 8. */
function width(b: Uint8Array, from: number, to: number): number {
  let w = 0;
  for (let k = from; k < to; k++) w = b[k] === 0x09 ? (w + 8) & ~7 : w + 1;
  return w;
}

function firstNonSpace(b: Uint8Array, from: number): number {
  let p = from;
  while (b[p] === 0x20 || b[p] === 0x09 || b[p] === 0x0c) p++;
  return p;
}

/** Closing minus opening brackets between two offsets, skipping one-line strings: > 0 means the span starts inside brackets. */
function unopenedClosers(b: Uint8Array, from: number, to: number): number {
  let balance = 0;
  for (let k = from; k < to; k++) {
    const c = b[k]!;
    if (c === 0x22 || c === 0x27) {
      const end = b.indexOf(c, k + 1);
      if (end < 0 || end > to) return balance;
      k = end;
    } else if (c === 0x28 || c === 0x5b || c === 0x7b) balance--;
    else if (c === 0x29 || c === 0x5d || c === 0x7d) balance++;
  }
  return balance;
}

/** The file markGuards is working on, decoded once as Latin-1 (a byte per character): pieces of it are then slices. */
let decoded: { bytes: Uint8Array; text: string } | null = null;

/** The bytes as Latin-1 text, at most 400 of them. */
function ascii(b: Uint8Array, from: number, to: number): string {
  const end = Math.min(to, from + 400, b.length);
  if (decoded?.bytes === b) return decoded.text.slice(from, end);
  let s = '';
  for (let k = from; k < end; k++) s += String.fromCharCode(b[k]!);
  return s;
}

/** The decorator lines just above the line at `q`, as one text. */
function decoratorsAbove(b: Uint8Array, q: number): string {
  let text = '';
  for (let line = q, guard = 0; line > 0 && guard < 20; guard++) {
    const previous = lineStart(b, line - 1);
    const p = firstNonSpace(b, previous);
    if (b[p] !== 0x40) break; // @
    text = `${ascii(b, p, line)} ${text}`;
    line = previous;
  }
  return text;
}

/** The header ending at `colon`, or null when the colon ends something else (an annotation, a lambda). */
function headerAt(b: Uint8Array, colon: number): Omit<Header, 'clauses'> | null {
  let q = lineStart(b, colon);
  // Go up over `\` continuations and lines that continue an open bracket (`except (A,\n B):`).
  for (let guard = 0; q > 0 && guard < 50; guard++) {
    const backslash = b[q - 2] === 0x5c || (b[q - 2] === 0x0d && b[q - 3] === 0x5c);
    if (!backslash && unopenedClosers(b, q, colon) <= 0) break;
    q = lineStart(b, q - 1);
  }
  const p = firstNonSpace(b, q);
  let e = p;
  while ((b[e]! >= 0x61 && b[e]! <= 0x7a) || b[e] === 0x5f) e++;
  let keyword = ascii(b, p, e);
  let start = p;
  if (keyword === 'async') {
    start = firstNonSpace(b, e);
    e = start;
    while (b[e]! >= 0x61 && b[e]! <= 0x7a) e++;
    keyword = ascii(b, start, e);
  }
  if (!KEYWORDS.has(keyword)) return null;
  const text = ascii(b, start, colon);
  return { start, colon, indent: width(b, q, p), keyword, text: keyword === 'def' || keyword === 'class' ? `${decoratorsAbove(b, q)}${text}` : text };
}

/** The first statement of the block a header opens (its first 16 bytes). */
function firstStatement(b: Uint8Array, colon: number): string {
  let p = firstNonSpace(b, colon + 1);
  for (let guard = 0; (b[p] === 0x0a || b[p] === 0x0d || b[p] === 0x23) && guard < 20; guard++) {
    const nl = b.indexOf(0x0a, p);
    if (nl < 0) return '';
    p = firstNonSpace(b, nl + 1);
  }
  return ascii(b, p, p + 60);
}

/** Does the block start by raising (an install hint), other than a test's `raise unittest.SkipTest`? */
function raisesFirst(b: Uint8Array, colon: number): boolean {
  const first = firstStatement(b, colon);
  return /^raise\b/.test(first) && !/SkipTest/.test(first);
}

/** Does the block the header opens start with `raise` / `return` (an early exit)? */
function exitsEarly(b: Uint8Array, colon: number): boolean {
  return /^(raise|return|sys\.exit|exit\(|quit\(|pytest\.skip|warnings\.warn)\b/.test(firstStatement(b, colon));
}

const catchesImportError = /^except\*?\s*$|\b(ImportError|ModuleNotFoundError|Exception|BaseException)\b/;
// `with suppress(ImportError):`, and optuna's `with try_import() as _imports:` (a context manager that keeps the error
// to raise it when the feature is used).
const suppressesImportError = /\bsuppress\s*\(.*\b(ImportError|ModuleNotFoundError|Exception)\b|\b_?(?:try|optional|lazy)_imports?\s*\(/;
const typeChecking = /\bTYPE_CHECKING\b/;
const availabilityPattern =
  /\bis_\w+_enabled\b|\bfind_spec\b|\bfind_loader\b|\bis_\w*available\b|\w_available\b|(?<![A-Za-z0-9])_*(?:has|HAS|Has|WITH)_\w+|\w*_AVAILABLE\b|\bimportorskip\b|\w*_installed\b|\bis_installed\b|\bsys\.modules\b|\bRequirementCache\b/;
/** Words every match of availabilityPattern contains: a quick no for most headers, where `\w*` would backtrack at each byte. */
const availabilityWords = /find_|available|AVAILABLE|importorskip|_installed|_enabled|sys\.modules|RequirementCache|has_|HAS_|Has_|WITH_/;
const availability = { test: (text: string) => availabilityWords.test(text) && availabilityPattern.test(text) };
// An accelerator's own SDK is imported only on that hardware (`if self.device.type == "hpu": import habana_frameworks`);
// DeepSpeed's modules only inside a DeepSpeed run (`isinstance(fabric.strategy, DeepSpeedStrategy)`, ZeRO-3 enabled,
// a DeepSpeed config present, parameters carrying `ds_numel`), which only a DeepSpeed launch creates.
const versionOrPlatform =
  /\bsys\.version_info\b|\bsys\.version\b|\b\w+\.__version__\s*(?:[=!]=|[<>]=?)|\b[A-Z][A-Z0-9]*_VERSION\s*(?:[=!]=|[<>]=?)|\bsys\.platform\b|\bplatform\.(system|machine)\(|\bos\.name\b|\bPY3\d*\b|\bIS_WINDOWS\b|\bdevice(?:\.type|_type)?\s*==\s*["'](?:hpu|xla|npu|xpu|mlu|musa|neuron|tpu)["']|\bisinstance\([^,()]+,\s*\w*Deep[Ss]peed\w*\s*\)|\b\w*deepspeed\w*_enabled\s*\(|\bdeepspeed_config\(\)\s+is\s+not\s+None\b|\bhasattr\(\s*[\w.]+\s*,\s*["']ds_\w+["']\s*\)/;
/** Test decorators that skip unless something is installed. */
const skipUnlessInstalled = /@\S*\b(?:(?:require_\w+|requires_\w+|skipif|skipIf|skipUnless|importorskip|RunIf)\b|requires?\()/;
/** Calls that install a package on the spot. */
const installsOnDemand = /\b(check_requirements?|check_install\w*|install_package\w*|ensure_(?:installed|package)\w*|require_package\w*|pip_install\w*)\s*\(|["']pip["']\s*,\s*["']install["']|\bpip3? install\b/;

/** Does the try have a handler that lets a failed import pass? One that re-raises (`raise ImportError("pip install x")`) makes the import required. */
function tryGuards(t: Header): Guard | undefined {
  const handlers = t.clauses.filter((c) => c.keyword === 'except' && catchesImportError.test(c.text));
  if (handlers.some((c) => !c.reraises)) return 'try-except';
  return handlers.length ? 'reraised' : undefined;
}

/**
 * `reraised`: the handler raises again (`raise ImportError("pip install x")`). Inside a function that is an install
 * hint for a feature (optional); at module level the module cannot load without it (required).
 */
type Guard = ImportGuard | 'reraised';

function conditionGuard(condition: string): ImportGuard | undefined {
  if (typeChecking.test(condition) && !/\bnot\b/.test(condition)) return 'type-checking';
  if (versionOrPlatform.test(condition)) return 'version-check';
  return availability.test(condition) ? 'availability-check' : undefined;
}

const pythonComparison = /^\s*sys\.version_info(?:\s*\[\s*:\s*[23]\s*\])?\s*(<=?|>=?)\s*\(\s*(\d+)\s*,\s*(\d+)\s*\)\s*$/;
const opposite: Readonly<Record<string, string>> = { '<': '>=', '<=': '>', '>': '<=', '>=': '<' };

/** `if sys.version_info < (3, 8):` → `<3.8` for its block; its `else:` (no `elif`) gets the opposite range. */
function pythonRange(h: Header): string | undefined {
  const head = h.keyword === 'else' && h.head?.keyword === 'if' && !h.head.clauses.some((c) => c.keyword === 'elif') ? h.head : h.keyword === 'if' ? h : undefined;
  const m = head && pythonComparison.exec(head.text.slice(2));
  if (!m) return undefined;
  return `${head === h ? m[1] : opposite[m[1]!]}${m[2]}.${m[3]}`;
}

/**
 * `if model_management.xformers_enabled(): import xformers` (also `xformers_enabled_vae()`): a project's own switch
 * named after the module it then imports, true only once that module imported (ComfyUI-style code). A switch named
 * after anything else is a feature flag.
 */
function enabledCheck(condition: string, module: string): ImportGuard | undefined {
  if (!condition.includes('_enabled')) return undefined;
  const top = module.split('.')[0]!; // an identifier: nothing to escape
  return new RegExp(`(?<![A-Za-z0-9])_*${top}_enabled\\w*\\s*\\(`, 'i').test(condition) ? 'availability-check' : undefined;
}

/**
 * `if fc.IN_NOTEBOOK: from IPython.display import display`: code that runs only inside an IPython kernel, which is
 * what provides IPython there; anything else imported under such a check still has to be installed.
 */
function kernelCheck(condition: string, module: string): ImportGuard | undefined {
  if (module !== 'IPython' && module !== 'ipykernel') return undefined;
  return /\b(?:IN_NOTEBOOK|IN_IPYTHON|IN_JUPYTER|IN_COLAB|in_notebook|in_ipython|in_jupyter|is_notebook|is_ipython|get_ipython)\b/.test(condition) ? 'availability-check' : undefined;
}

/** Accelerator SDKs and the words a condition choosing their device uses. */
const ACCELERATOR_WORDS: Readonly<Record<string, RegExp>> = {
  torch_directml: /directml|\bdml\b/i,
  intel_extension_for_pytorch: /xpu|ipex/i,
  habana_frameworks: /hpu|habana|gaudi/i,
  torch_xla: /xla|tpu/i,
  torch_npu: /npu|ascend/i,
  torch_mlu: /mlu/i,
  torch_musa: /musa/i,
};

/**
 * `if args.directml is not None: import torch_directml`: an accelerator's SDK imported where the code has chosen that
 * device (a flag, a setting), like the device-type comparisons of versionOrPlatform: only that hardware needs it.
 */
function acceleratorCheck(condition: string, module: string): ImportGuard | undefined {
  const words = ACCELERATOR_WORDS[module.split('.')[0]!];
  return words && !/^\s*not\b/.test(condition) && words.test(condition) ? 'version-check' : undefined;
}

/** The guard a header puts on `module` imported in its block, if any. */
function guardOf(h: Header, module: string): Guard | undefined {
  switch (h.keyword) {
    case 'try':
      return tryGuards(h);
    case 'except':
      // The fallback of a failed import: `except ImportError: from typing_extensions import Literal`.
      return catchesImportError.test(h.text) ? 'try-except' : undefined;
    case 'with':
      return suppressesImportError.test(h.text) ? 'try-except' : undefined;
    case 'if':
    case 'elif': {
      const condition = h.text.slice(h.keyword.length);
      const guard = conditionGuard(condition) ?? enabledCheck(condition, module) ?? kernelCheck(condition, module) ?? acceleratorCheck(condition, module);
      if (guard !== 'availability-check' || !/^\s*not\b/.test(condition)) return guard;
      // `if not x_available():` runs without x; `if not TYPE_CHECKING and WITH_HYDRA:` only with it (each part must hold).
      return condition.split(/\band\b/).some((part) => !/^\s*not\b/.test(part) && availability.test(part)) ? guard : undefined;
    }
    case 'else': {
      const head = h.head;
      if (!head) return undefined;
      // `try: import x … except ImportError: … else: import x.sub` runs only when x imported.
      if (head.keyword === 'try') return tryGuards(head);
      const conditions = [head, ...head.clauses.filter((c) => c.keyword === 'elif')].map((c) => c.text.replace(/^(el)?if\b/, ''));
      if (conditions.some((c) => versionOrPlatform.test(c))) return 'version-check';
      // `if not is_x_available(): … else: import x`.
      return conditions.some((c) => /^\s*not\b/.test(c) && availability.test(c)) ? 'availability-check' : undefined;
    }
    case 'def':
    case 'class':
      // `@require_pandas def test_table(): import pandas` — the decorator must be about this module.
      return skipUnlessInstalled.test(h.text) && names(module, checkedNames([h])) ? 'availability-check' : undefined;
    default:
      return undefined;
  }
}

const checkWords = /find_spec|find_loader|_available|RequirementCache|importorskip|_installed|_AVAILABLE|has_|HAS_|Has_|requires?[_(]/;

/** Module names a file checks the availability of: `is_aim_available`, `find_spec("x")`, `_XLA_AVAILABLE`, `@require_pandas`. */
function checkedNames(headers: readonly Header[]): Set<string> {
  const names = new Set<string>();
  for (const h of headers) {
    if (!['if', 'elif', 'while', 'def', 'class', 'with'].includes(h.keyword)) continue;
    const t = h.text;
    // Every pattern below needs one of these words; most headers have none.
    if (!checkWords.test(t)) continue;
    for (const m of t.matchAll(/\b(?:find_spec|find_loader|\w*module_available|\w*package_available|RequirementCache|importorskip|is_available|\w*_installed)\(\s*["']([\w.]+)/g)) names.add(m[1]!.split('.')[0]!.toLowerCase());
    for (const m of t.matchAll(/\bis_(\w+?)_available\b/g)) names.add(m[1]!.toLowerCase());
    for (const m of t.matchAll(/\b_*([A-Za-z]\w*?)_AVAILABLE\b/g)) names.add(m[1]!.toLowerCase());
    for (const m of t.matchAll(/(?<![A-Za-z0-9])_*(?:has|HAS|Has)_(\w+?)(?:_support|_SUPPORT)?\b/g)) names.add(m[1]!.toLowerCase());
    for (const m of t.matchAll(/@\S*\brequires?_(\w+)/g)) names.add(m[1]!.toLowerCase());
    // mmpretrain's `@require('timm')`, `@requires("accelerate>=0.20")`.
    for (const m of t.matchAll(/@\S*\brequires?\(\s*["']([A-Za-z][\w.-]*)/g)) names.add(m[1]!.split(/[.-]/)[0]!.toLowerCase());
  }
  return names;
}

/** Modules the file probes in a statement: `_XLA_AVAILABLE = RequirementCache("torch_xla>=1.13")`, `HAS_X = find_spec("x")`. */
function probedNames(): Set<string> {
  const names = new Set<string>();
  const text = decoded!.text;
  if (/RequirementCache|find_spec|find_loader|_available\(/.test(text)) {
    for (const m of text.matchAll(/\b(?:RequirementCache|find_spec|find_loader|module_available|package_available)\(\s*["']([A-Za-z_][\w.]*)/g)) names.add(m[1]!.split('.')[0]!.toLowerCase());
  }
  // Flags named after the module: `_XLA_AVAILABLE`, `_XLA_GREATER_EQUAL_2_1` (a RequirementCache, false without it).
  if (/_AVAILABLE|_GREATER_EQUAL/.test(text)) {
    for (const m of text.matchAll(/\b_*([A-Z][A-Z0-9]*(?:_[A-Z][A-Z0-9]*)*?)_(?:AVAILABLE\b|GREATER_EQUAL)/g)) names.add(m[1]!.toLowerCase());
  }
  return names;
}

/** Is `method` a constructor (`__init__`, `__post_init__`, `__new__`) directly inside class `owner`? */
function isConstructorIn(method: Header | undefined, owner: Header | undefined): boolean {
  return method?.keyword === 'def' && owner?.keyword === 'class' && /\bdef\s+__(?:init|post_init|new)__\s*\(/.test(method.text);
}

/** The short names projects check modules by (`has_hvd_support`, `_TF_AVAILABLE`). */
const ABBREVIATIONS: Readonly<Record<string, string>> = {
  hvd: 'horovod',
  tf: 'tensorflow',
  pl: 'pytorch_lightning',
  ort: 'onnxruntime',
  trt: 'tensorrt',
  te: 'transformer_engine',
  mpi: 'mpi4py',
  ds: 'deepspeed',
  jax: 'jax',
  sk: 'sklearn',
  cv: 'cv2',
  opencv: 'cv2',
  pil: 'PIL'.toLowerCase(),
};

/** Does a checked name stand for module `module` (`xla` for torch_xla, `megatron_lm` for megatron, `neuron` for torch_neuronx)? */
export function names(module: string, checked: ReadonlySet<string>): boolean {
  const m = module.toLowerCase();
  for (const name of checked) {
    if (ABBREVIATIONS[name] === m) return true;
    if (name.length < 3) continue;
    if (m === name || m.replace(/_/g, '') === name.replace(/_/g, '')) return true;
    if (m.split('_').some((t) => t === name || (t.startsWith(name) && t.length - name.length <= 1))) return true;
    if (name.split('_').includes(m)) return true;
  }
  return false;
}

/** Sets `guard` on the imports that only run where the code copes without them. `starts` and `imports` are parallel. */
export function markGuards(b: Uint8Array, imports: ImportRecord[], starts: readonly number[], colons: readonly number[]): void {
  if (imports.length === 0 || colons.length === 0) return;
  // Statements at the start of a line with no indentation are outside every block.
  if (starts.every((o) => o === 0 || b[o - 1] === 0x0a)) return;
  decoded = { bytes: b, text: Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('latin1') };
  try {
    guardImports(b, imports, starts, colons);
  } finally {
    decoded = null;
  }
}

function guardImports(b: Uint8Array, imports: ImportRecord[], starts: readonly number[], colons: readonly number[]): void {

  const headers: Header[] = [];
  for (const colon of colons) {
    const found = headerAt(b, colon);
    // A later colon of a header line (`if a: f = lambda: 0`) starts no header of its own.
    if (!found || (headers.length > 0 && headers[headers.length - 1]!.start === found.start)) continue;
    headers.push({ ...found, clauses: [] });
  }

  const stack: Header[] = [];
  const tried = new Map<Header, string[]>();
  /** The module's own block, for `if not X_AVAILABLE: raise` at the top level. */
  const moduleBlock: { assured?: Set<string> } = {};
  /** Closes the blocks a line at `indent` ends; returns the closed header at that same indent (its sibling). */
  const dedent = (indent: number): Header | undefined => {
    let sibling: Header | undefined;
    while (stack.length > 0 && stack[stack.length - 1]!.indent >= indent) {
      const popped = stack.pop()!;
      if (popped.indent === indent) sibling = popped;
    }
    return sibling;
  };
  const enter = (header: Header) => {
    const sibling = dedent(header.indent);
    const head = sibling && (sibling.head ?? sibling);
    const belongs =
      head &&
      ((header.keyword === 'elif' && head.keyword === 'if') ||
        (header.keyword === 'else' && (head.keyword === 'if' || head.keyword === 'try')) ||
        ((header.keyword === 'except' || header.keyword === 'finally') && head.keyword === 'try'));
    if (belongs) {
      header.head = head;
      head.clauses.push(header);
    }
    if (header.keyword === 'except') {
      header.reraises = raisesFirst(b, header.colon);
      // `try: import mc except ImportError: raise ImportError("install memcached")` in a constructor: like a failed
      // availability check there, no instance exists without the module, so the class's other methods may assume it.
      const method = stack[stack.length - 1];
      const owner = stack[stack.length - 2];
      if (header.reraises && header.head && catchesImportError.test(header.text) && isConstructorIn(method, owner)) {
        owner!.assured = new Set([...(owner!.assured ?? []), ...(tried.get(header.head) ?? [])]);
      }
    }
    // `if not is_x_available(): raise …`: the rest of the enclosing block may assume x.
    if ((header.keyword === 'if' || header.keyword === 'elif') && availability.test(header.text) && exitsEarly(b, header.colon)) {
      const block = stack[stack.length - 1] ?? moduleBlock;
      const names = checkedNames([header]);
      block.assured = new Set([...(block.assured ?? []), ...names]);
      // In a constructor, the check covers every method of its class: no instance exists without x (Lightning's
      // XLAEnvironment, sentence-transformers' PhraseTokenizer raise in __init__ and import x in later methods).
      const method = stack[stack.length - 1];
      const owner = stack[stack.length - 2];
      if (isConstructorIn(method, owner)) owner!.assured = new Set([...(owner!.assured ?? []), ...names]);
    }
    stack.push(header);
  };

  // Each import's open blocks, innermost last, and what earlier statements decided; guards are settled once every
  // clause is known (an `except` comes after the imports it guards).
  const blocks: Header[][] = [];
  const earlier: (ImportGuard | undefined)[] = [];
  const assured: Set<string>[] = [];
  let h = 0;
  for (let k = 0; k < imports.length; k++) {
    const o = starts[k]!;
    for (; h < headers.length && headers[h]!.start < o; h++) enter(headers[h]!);
    const ls = lineStart(b, o);
    const p = firstNonSpace(b, ls);
    const top = stack[stack.length - 1];
    // `try: import x`: the body on the header's own line stays in that header's block.
    const inlineBody = p < o && top !== undefined && top.colon >= ls && top.colon < o;
    if (!inlineBody) dedent(width(b, ls, p));
    blocks.push([...stack]);
    // The modules each open `try:` imports, for a handler that turns out to re-raise in a constructor.
    const innermostTry = stack.findLast((o) => o.keyword === 'try');
    if (innermostTry && imports[k]!.level === 0 && imports[k]!.module) tried.set(innermostTry, [...(tried.get(innermostTry) ?? []), imports[k]!.module.toLowerCase()]);
    assured.push(new Set([...stack, moduleBlock].flatMap((s) => [...(s.assured ?? [])])));
    let before: ImportGuard | undefined;
    // `check_requirements("mss")` on one of the lines just above, in the same block.
    if (p > ls) {
      const indent = width(b, ls, p);
      for (let line = ls, n = 0; line > 0 && n < 4; n++) {
        line = lineStart(b, line - 1);
        const q = firstNonSpace(b, line);
        if (b[q] === 0x0a || b[q] === 0x0d) continue;
        if (width(b, line, q) < indent) break;
        const text = ascii(b, q, b.indexOf(0x0a, q) < 0 ? b.length : b.indexOf(0x0a, q));
        // The call names what it installs: `check_requirements(("onnx", "onnxruntime"))` before `import onnxruntime`.
        if (installsOnDemand.test(text)) {
          if (imports[k]!.module.length >= 2 && text.toLowerCase().includes(imports[k]!.module.toLowerCase())) {
            before = 'installed-on-demand';
            break;
          }
          // yolov5's `check_requirements("tritonclient[all]")` before `from utils.triton import …`: the project's
          // module loads only once tritonclient is there (drift/gated-modules.ts passes that on).
          const installed = [...text.matchAll(/["']([A-Za-z][\w.-]*)/g)].map((m) => m[1]!.toLowerCase());
          if (installed.length && imports[k]!.module) imports[k]!.installedBefore = installed;
        }
        // autogluon's `try_import_ray()`: raises an install hint unless ray imports, so what follows may assume it.
        const tried = /\btry_import_(\w+)\s*\(/.exec(text);
        if (tried && names(imports[k]!.module, new Set([tried[1]!.toLowerCase()]))) {
          before = 'availability-check';
          break;
        }
      }
    }
    earlier.push(before);
  }
  for (; h < headers.length; h++) enter(headers[h]!);

  let checked: Set<string> | undefined;
  imports.forEach((record, k) => {
    const open = blocks[k]!;
    if (open.some((o) => o.keyword === 'def')) record.inFunction = true;
    const python = open.map(pythonRange).filter((r) => r !== undefined);
    if (python.length) record.python = python.join(', ');
    for (let j = open.length - 1; j >= 0; j--) {
      const guard = guardOf(open[j]!, record.module);
      if (guard === 'reraised') {
        if (record.inFunction) {
          record.guard = 'try-except';
          return;
        }
        record.installHint = true;
        continue;
      }
      if (guard) {
        record.guard = guard;
        return;
      }
    }
    if (earlier[k]) {
      record.guard = earlier[k];
      return;
    }
    if (record.level === 0 && assured[k]!.size > 0 && (assured[k]!.has(record.module.toLowerCase()) || names(record.module, assured[k]!))) {
      record.guard = 'availability-check';
      return;
    }
    // Inside a function or class of a file that checks the module's availability (`if is_aim_available():` at the
    // top, the import in AimTracker.start()), the import runs only once the check passed.
    if (record.level === 0 && open.some((o) => o.keyword === 'def' || o.keyword === 'class')) {
      // Any check in the file (at the top, in `def is_x_available()`, in a constructor, a test decorator), a probe or
      // an imported flag (`from .accelerators.xla import _XLA_AVAILABLE`): the file's code knows x may be missing.
      checked ??= new Set([...checkedNames(headers), ...probedNames()]);
      if (names(record.module, checked)) record.guard = 'availability-check';
    }
  });
}
