// Conda package match specifications ("MatchSpecs") and conda's own version ordering, read the way conda reads them
// (conda/models/match_spec.py and conda/models/version.py). Environment files write the same requirement in many
// forms — `numpy=1.9`, `numpy 1.9 py38_0`, `conda-forge::numpy[version='>=1.9']` — and the forms differ in meaning:
// `numpy=1.9` is any 1.9.x, while `numpy 1.9` and `numpy==1.9` are exactly 1.9 (conda's tests:
// `MatchSpec("numpy 1.7")` is `numpy==1.7` and `VersionSpec("1.7")` does not match 1.7.1).
//
// parseMatchSpec therefore never leaves a bare version in its output: exact versions come out as `==1.9`, prefix
// matches as `1.9.*`. The version functions below read a bare version as a version line (`1.9` = 1.9.*), the way the
// environment model records `python=3.11` and `.python-version` writes versions; a bare version never comes from a
// parsed MatchSpec, so the two readings never meet.

import { validRange } from '@renovatebot/pep440';

export interface MatchSpec {
  /** As written (case kept); conda compares names lower-cased. */
  name: string;
  /** `conda-forge` from `conda-forge::numpy`; anaconda.org URLs are shortened to the channel name. */
  channel?: string;
  subdir?: string;
  /**
   * Conda version spec with conda's MatchSpec rewrites applied, whitespace removed, in one canonical spelling:
   * prefix matches as `1.9.*` (from `=1.9`, `1.9*`), exact versions as `==1.9` (from `1.9`, `==1.9`, `=1.9=build`).
   * Empty means any version.
   */
  version: string;
  /** Build string (may be a glob, `py38*`). */
  build?: string;
}

export class MatchSpecError extends Error {
  /** 1-based column in the spec text where the problem is. */
  constructor(
    message: string,
    readonly column: number,
  ) {
    super(message);
    this.name = 'MatchSpecError';
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Version ordering (conda's VersionOrder): epoch `N!`, local part after `+`, components split at `.` and `_`, each
// component a run of numbers and strings; `dev` sorts before everything, `post` after, strings before numbers.

/** A subcomponent: a number, a lower-case string (`DEV` for dev, so that it sorts first), or POST. */
type Part = bigint | string | typeof POST;
const POST = Number.POSITIVE_INFINITY;
type Components = Part[][];

class CondaVersion {
  private constructor(
    /** Lower-cased text, dashes turned into underscores as conda does. */
    readonly normalized: string,
    readonly release: Components,
    readonly local: Components,
  ) {}

  /** Returns a reason instead of a version when conda would reject the string. */
  static parse(text: string): CondaVersion | string {
    let v = text.trim().toLowerCase();
    if (v === '') return 'empty version';
    const allowed = /^[*.+!_0-9a-z]+$/;
    if (!allowed.test(v) && v.includes('-') && !v.includes('_')) v = v.replace(/-/g, '_');
    if (!allowed.test(v)) return `invalid character(s) in version '${text.trim()}'`;
    const epochSplit = v.split('!');
    if (epochSplit.length > 2) return `duplicated epoch separator '!' in '${v}'`;
    const epoch = epochSplit.length === 2 ? epochSplit[0]! : '0';
    if (!/^[0-9]+$/.test(epoch)) return `epoch must be an integer in '${v}'`;
    const localSplit = epochSplit[epochSplit.length - 1]!.split('+');
    if (localSplit.length > 2) return `duplicated local version separator '+' in '${v}'`;
    const main = localSplit[0]!;
    if (main === '') return `missing version before '+' in '${v}'`;
    // A trailing underscore is part of the last component: openssl's `1.0.1_` sorts before `1.0.1a`.
    const mainPieces = main.endsWith('_') ? main.slice(0, -1).replace(/_/g, '.').split('.') : main.replace(/_/g, '.').split('.');
    if (main.endsWith('_')) mainPieces[mainPieces.length - 1] += '_';
    const localPieces = localSplit.length === 2 ? localSplit[1]!.replace(/_/g, '.').split('.') : [];
    const release = splitComponents([epoch, ...mainPieces]);
    const local = splitComponents(localPieces);
    if (typeof release === 'string') return `${release} in '${v}'`;
    if (typeof local === 'string') return `${local} in '${v}'`;
    return new CondaVersion(v, release, local);
  }

  compare(other: CondaVersion): number {
    return compareComponents(this.release, other.release) || compareComponents(this.local, other.local);
  }

  /** Conda's prefix test: equal up to the last element of `prefix`, whose last part may be a string prefix. */
  startsWith(prefix: CondaVersion): boolean {
    let mine: Components;
    let theirs: Components;
    if (prefix.local.length > 0) {
      if (compareComponents(this.release, prefix.release) !== 0) return false;
      mine = this.local;
      theirs = prefix.local;
    } else {
      mine = this.release;
      theirs = prefix.release;
    }
    const last = theirs.length - 1;
    if (compareComponents(mine.slice(0, last), theirs.slice(0, last)) !== 0) return false;
    const mineLast = mine[last] ?? [];
    const theirsLast = theirs[last]!;
    const lastPart = theirsLast.length - 1;
    if (compareComponents([mineLast.slice(0, lastPart)], [theirsLast.slice(0, lastPart)]) !== 0) return false;
    const a = mineLast[lastPart] ?? 0n;
    const b = theirsLast[lastPart]!;
    if (typeof b === 'string') return typeof a === 'string' && a.startsWith(b);
    return a === b;
  }
}

function splitComponents(pieces: string[]): Components | string {
  const out: Components = [];
  for (const piece of pieces) {
    const runs = piece.match(/[0-9]+|\*+|[^0-9*]+/g);
    if (!runs) return 'empty version component';
    const parts: Part[] = runs.map((run) => (/^[0-9]/.test(run) ? BigInt(run) : run === 'post' ? POST : run === 'dev' ? 'DEV' : run));
    // Components start with a number so that numbers and strings stay in phase: `1.1.a1` equals `1.1.0a1`.
    out.push(/^[0-9]/.test(piece) ? parts : [0n, ...parts]);
  }
  return out;
}

function compareParts(a: Part, b: Part): number {
  if (a === b) return 0;
  if (typeof a === 'string') return typeof b === 'string' ? (a < b ? -1 : 1) : -1;
  if (typeof b === 'string') return 1;
  if (a === POST) return 1;
  if (b === POST) return -1;
  return a < b ? -1 : 1;
}

/** Missing components and parts count as 0, so `1.1` equals `1.1.0`. */
function compareComponents(a: Components, b: Components): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? [];
    const y = b[i] ?? [];
    for (let j = 0; j < Math.max(x.length, y.length); j++) {
      const c = compareParts(x[j] ?? 0n, y[j] ?? 0n);
      if (c !== 0) return c;
    }
  }
  return 0;
}

// ---------------------------------------------------------------------------------------------------------------
// Version specs (conda's VersionSpec): atoms joined by `,` (and, binds tighter) and `|` (or), with parentheses.

type Operator = '==' | '!=' | '<' | '<=' | '>' | '>=' | 'startswith' | '!startswith' | '~=';

type VersionNode =
  | { kind: 'any' }
  | { kind: 'compare'; op: Operator; target: CondaVersion; text: string }
  /** A `^…$` regular expression, or a glob with `*` inside: matched against the version string as written. */
  | { kind: 'pattern'; pattern: RegExp; text: string }
  /** A version with `@` in it: conda compares the strings. */
  | { kind: 'literal'; text: string }
  | { kind: 'and' | 'or'; items: VersionNode[] };

const maxNesting = 64;

/** How an atom without operator (`1.9`) reads: conda's VersionSpec says exactly 1.9, the model's python says 1.9.*. */
type BareVersion = 'exact' | 'prefix';

function compileVersionSpec(spec: string, bare: BareVersion): VersionNode {
  const tokens = tokenizeVersionSpec(spec);
  let pos = 0;
  const fail = (message: string): never => {
    throw new MatchSpecError(`${message} in version spec '${spec}'`, 1);
  };
  const parseOr = (depth: number): VersionNode => {
    if (depth > maxNesting) fail('too deeply nested parentheses');
    const items = [parseAnd(depth)];
    while (tokens[pos] === '|') {
      pos++;
      items.push(parseAnd(depth));
    }
    return items.length === 1 ? items[0]! : { kind: 'or', items };
  };
  const parseAnd = (depth: number): VersionNode => {
    const items = [parseTerm(depth)];
    while (tokens[pos] === ',') {
      pos++;
      items.push(parseTerm(depth));
    }
    return items.length === 1 ? items[0]! : { kind: 'and', items };
  };
  const parseTerm = (depth: number): VersionNode => {
    const token = tokens[pos];
    if (token === '(') {
      pos++;
      const inner = parseOr(depth + 1);
      if (tokens[pos] !== ')') fail("missing ')'");
      pos++;
      return inner;
    }
    if (token === undefined || token === ')' || token === '|' || token === ',') {
      return fail(token === undefined ? 'missing version' : `unexpected '${token}'`);
    }
    pos++;
    return compileAtom(token, spec, bare);
  };
  const tree = parseOr(0);
  if (pos < tokens.length) fail(`unexpected '${tokens[pos]!}'`);
  return tree;
}

function tokenizeVersionSpec(spec: string): string[] {
  const tokens: string[] = [];
  const re = /\s*(\^[^$]*\$|[()|,]|[^()|,]+)/g;
  for (let m = re.exec(spec); m; m = re.exec(spec)) {
    const token = m[1]!.trim();
    if (token !== '') tokens.push(token);
  }
  return tokens;
}

const relation = /^(==|!=|<=|>=|~=|<|>|=)(?![=<>!~])(\S+)$/;

function compileAtom(atom: string, spec: string, bare: BareVersion): VersionNode {
  const fail = (message: string): never => {
    throw new MatchSpecError(`${message} in version spec '${spec}'`, 1);
  };
  const version = (text: string): CondaVersion => {
    const parsed = CondaVersion.parse(text);
    return typeof parsed === 'string' ? fail(parsed) : parsed;
  };
  if (atom.startsWith('^') || atom.endsWith('$')) {
    if (!atom.startsWith('^') || !atom.endsWith('$')) fail(`regular expression '${atom}' must start with '^' and end with '$'`);
    try {
      return { kind: 'pattern', pattern: new RegExp(atom), text: atom };
    } catch {
      return fail(`invalid regular expression '${atom}'`);
    }
  }
  if ('=<>!~'.includes(atom[0]!)) {
    const m = relation.exec(atom);
    if (!m) return fail(`invalid operator in '${atom}'`);
    const written = m[1]!;
    let target = m[2]!;
    let op: Operator = written === '=' ? 'startswith' : (written as Operator);
    if (target.endsWith('.*')) {
      if (written === '~=') fail(`'~=' cannot be combined with '.*' in '${atom}'`);
      target = target.slice(0, -2);
      // Conda ignores `.*` after ordering operators and turns `!=1.9.*` into "does not start with 1.9".
      if (written === '!=') op = '!startswith';
    }
    const parsed = version(target);
    if (op === '~=' && !parsed.normalized.includes('.')) fail(`'~=' needs at least two version components in '${atom}'`);
    return { kind: 'compare', op, target: parsed, text: target };
  }
  if (atom === '*') return { kind: 'any' };
  const stem = atom.replace(/\*+$/, '');
  if (stem.includes('*')) {
    const source = atom.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
    return { kind: 'pattern', pattern: new RegExp(`^(?:${source})$`), text: atom };
  }
  if (atom.endsWith('*')) {
    const prefix = stem.replace(/\.+$/, '');
    return { kind: 'compare', op: 'startswith', target: version(prefix), text: prefix };
  }
  if (atom.includes('@')) return { kind: 'literal', text: atom };
  return { kind: 'compare', op: bare === 'exact' ? '==' : 'startswith', target: version(atom), text: atom };
}

/** One spelling per meaning: `1.9.*` for prefix matches, `==1.9` for exact versions. */
function renderVersionSpec(node: VersionNode, insideAnd = false): string {
  switch (node.kind) {
    case 'any':
      return '*';
    case 'pattern':
    case 'literal':
      return node.text;
    case 'and':
      return node.items.map((item) => renderVersionSpec(item, true)).join(',');
    case 'or': {
      const joined = node.items.map((item) => renderVersionSpec(item)).join('|');
      return insideAnd ? `(${joined})` : joined;
    }
    case 'compare':
      if (node.op === 'startswith') return `${node.text}.*`;
      if (node.op === '!startswith') return `!=${node.text}.*`;
      return `${node.op}${node.text}`;
  }
}

function admits(node: VersionNode, raw: string, parsed: () => CondaVersion): boolean {
  switch (node.kind) {
    case 'any':
      return true;
    case 'pattern':
      return node.pattern.test(raw);
    case 'literal':
      return node.text === raw;
    case 'and':
      return node.items.every((item) => admits(item, raw, parsed));
    case 'or':
      return node.items.some((item) => admits(item, raw, parsed));
    case 'compare': {
      const v = parsed();
      const c = v.compare(node.target);
      switch (node.op) {
        case '==':
          return c === 0;
        case '!=':
          return c !== 0;
        case '<':
          return c < 0;
        case '<=':
          return c <= 0;
        case '>':
          return c > 0;
        case '>=':
          return c >= 0;
        case 'startswith':
          return v.startsWith(node.target);
        case '!startswith':
          return !v.startsWith(node.target);
        case '~=': {
          const stem = CondaVersion.parse(node.target.normalized.split('.').slice(0, -1).join('.'));
          return c >= 0 && typeof stem !== 'string' && v.startsWith(stem);
        }
      }
    }
  }
}

/**
 * Whether `version` satisfies a conda version spec (a MatchSpec's `version`) in conda's ordering: `==1.9` is exactly
 * 1.9 (1.9.0 too), `=1.9`, `1.9`, `1.9*` and `1.9.*` are any 1.9.x, `,` is and, `|` is or, `*` globs inside a
 * version, `^…$` is a regular expression, `>=`, `<`, `!=`, `~=` compare. Empty admits everything.
 * Throws MatchSpecError for a spec or version conda would reject.
 */
export function condaVersionAdmits(versionSpec: string, version: string): boolean {
  const node = versionSpec.trim() === '' ? ({ kind: 'any' } as const) : compileVersionSpec(versionSpec, 'prefix');
  let cached: CondaVersion | undefined;
  const parsed = (): CondaVersion => {
    if (!cached) {
      const v = CondaVersion.parse(version);
      if (typeof v === 'string') throw new MatchSpecError(v, 1);
      cached = v;
    }
    return cached;
  };
  return admits(node, version.trim(), parsed);
}

// ---------------------------------------------------------------------------------------------------------------
// Translation to PEP 440, for checking a conda pin against a pip pin of the same package.

/** Beyond this many alternatives the spec is treated as unconstrained rather than expanded. */
const maxAlternatives = 64;

function toDisjunction(node: VersionNode): VersionNode[][] | undefined {
  switch (node.kind) {
    case 'or': {
      const out: VersionNode[][] = [];
      for (const item of node.items) {
        const sub = toDisjunction(item);
        if (!sub) return undefined;
        out.push(...sub);
        if (out.length > maxAlternatives) return undefined;
      }
      return out;
    }
    case 'and': {
      let out: VersionNode[][] = [[]];
      for (const item of node.items) {
        const sub = toDisjunction(item);
        if (!sub) return undefined;
        const next: VersionNode[][] = [];
        for (const left of out) for (const right of sub) next.push([...left, ...right]);
        if (next.length > maxAlternatives) return undefined;
        out = next;
      }
      return out;
    }
    default:
      return [[node]];
  }
}

/** The PEP 440 clause of one atom; undefined when PEP 440 cannot say it (regexes, globs, non-PEP 440 versions). */
function pep440Clause(node: VersionNode): string | undefined {
  if (node.kind !== 'compare') return undefined;
  const v = node.text;
  const clause =
    node.op === 'startswith' ? `==${v}.*` : node.op === '!startswith' ? `!=${v}.*` : `${node.op}${v}`;
  return validRange(clause) ? clause : undefined;
}

/**
 * The conda version spec as PEP 440 specifier sets, one per `|` alternative (`>=1.8|<1.2` → [`>=1.8`, `<1.2`]).
 * Clauses PEP 440 cannot express are left out, so each set admits at least what conda admits: a conflict found
 * with them is real. `''` means any version. Throws MatchSpecError for a spec conda would reject.
 */
export function condaSpecToPep440(versionSpec: string): string[] {
  if (versionSpec.trim() === '') return [''];
  const alternatives = toDisjunction(compileVersionSpec(versionSpec, 'prefix'));
  if (!alternatives) return [''];
  const sets = alternatives.map((atoms) =>
    atoms
      .map(pep440Clause)
      .filter((clause): clause is string => clause !== undefined)
      .join(','),
  );
  return [...new Set(sets)];
}

// ---------------------------------------------------------------------------------------------------------------
// MatchSpec strings.

/** Platform subdirectories conda knows; `conda-forge/linux-64::numpy` names a channel and a subdir. */
const knownSubdirs = new Set([
  'noarch',
  'emscripten-wasm32',
  'wasi-wasm32',
  'freebsd-64',
  'linux-32',
  'linux-64',
  'linux-aarch64',
  'linux-armv6l',
  'linux-armv7l',
  'linux-ppc64',
  'linux-ppc64le',
  'linux-riscv64',
  'linux-s390x',
  'osx-64',
  'osx-arm64',
  'win-32',
  'win-64',
  'win-arm64',
  'zos-z',
]);

/** Keys conda accepts in `name[key=value]`; other keys are an error there too. */
const bracketKeys = new Set([
  'channel',
  'subdir',
  'name',
  'version',
  'build',
  'build_string',
  'build_number',
  'track_features',
  'features',
  'url',
  'md5',
  'sha256',
  'license',
  'license_family',
  'fn',
]);

/** Conda package names: letters, digits, `_`, `-`, `.` (conda compares them lower-cased). */
const packageName = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/;

/**
 * Parses one conda dependency as conda does: `numpy`, `numpy=1.9` (1.9.*), `numpy==1.9`, `numpy>=1.9,<2`,
 * `numpy 1.9 py38_0`, `numpy=1.9=py38_0`, `conda-forge::numpy`, `conda-forge/linux-64::numpy`,
 * `numpy[version='>=1.9',build=py*]`, `numpy>=1.8|<1.2`, package URLs (`…/linux-64/numpy-1.9.3-py38_0.conda`).
 * Throws MatchSpecError with the column of the problem.
 */
export function parseMatchSpec(text: string): MatchSpec {
  const columnOf = (piece: string): number => Math.max(text.indexOf(piece), 0) + 1;
  const control = /[\u0000-\u0008\u000a-\u001f\u007f]/.exec(text);
  if (control) throw new MatchSpecError('control character in package spec', control.index + 1);

  let spec = text;
  const hash = spec.indexOf('#');
  if (hash !== -1) spec = spec.slice(0, hash);
  // Conda ignores a trailing ` if <condition>` (reserved for future use).
  const condition = spec.indexOf(' if ');
  if (condition !== -1) spec = spec.slice(0, condition);
  spec = spec.trim();
  if (spec === '') throw new MatchSpecError('empty package spec', 1);
  if (spec.endsWith('@')) throw new MatchSpecError('feature specs (`name@`) do not name a package', columnOf('@'));
  if (/\.(tar\.bz2|conda)$/.test(spec)) return parsePackageUrl(spec, columnOf);

  let brackets: Map<string, string> | undefined;
  const open = spec.lastIndexOf('[');
  const close = spec.lastIndexOf(']');
  if (open !== -1 || close !== -1) {
    if (open === -1 || close < open) throw new MatchSpecError("unbalanced '[' ']'", columnOf(open === -1 ? ']' : '['));
    brackets = parseBrackets(spec.slice(open + 1, close), columnOf(spec.slice(open)) + 1);
    spec = spec.slice(0, open) + spec.slice(close + 1);
  }
  // Conda drops a legacy `(optional, target=…)` group.
  const parenOpen = spec.lastIndexOf('(');
  const parenClose = spec.lastIndexOf(')');
  if (parenOpen !== -1 && parenClose > parenOpen) spec = spec.slice(0, parenOpen) + spec.slice(parenClose + 1);

  let channel: string | undefined;
  let subdir: string | undefined;
  const colons = spec.split(':');
  if (colons.length > 1) {
    const rest = colons.pop()!;
    const namespace = colons.pop()!;
    if (namespace !== '') throw new MatchSpecError("unexpected ':'; a channel is written 'channel::name'", columnOf(':'));
    ({ channel, subdir } = parseChannel(colons.join(':')));
    spec = rest;
  }
  if (brackets?.has('channel')) {
    const fromBrackets = parseChannel(brackets.get('channel')!);
    if (fromBrackets.channel !== undefined) channel = fromBrackets.channel;
    if (fromBrackets.subdir !== undefined) subdir = fromBrackets.subdir;
  }
  if (brackets?.has('subdir')) subdir = brackets.get('subdir')!;

  spec = spec.trim();
  const nameMatch = /^[^ =<>!~]*/.exec(spec)!;
  const name = nameMatch[0];
  if (name === '') throw new MatchSpecError('no package name', columnOf(spec));
  if (!packageName.test(name)) throw new MatchSpecError(`invalid package name '${name}'`, columnOf(name));
  const rest = spec.slice(name.length).trim();
  if (rest.includes('[')) throw new MatchSpecError('more than one bracket section', columnOf('['));

  let version = '';
  let build: string | undefined;
  if (rest !== '') {
    const split = splitVersionAndBuild(rest);
    build = split.build;
    if (build !== undefined && /\s/.test(build)) throw new MatchSpecError(`unexpected text '${build}'`, columnOf(build));
    version = sanitizeVersion(split.version, build, columnOf(rest));
  }
  if (brackets?.has('version')) version = sanitizeVersion(brackets.get('version')!.replace(/ +/g, ''), undefined, columnOf('version'));
  const bracketBuild = brackets?.get('build') ?? brackets?.get('build_string');
  if (bracketBuild !== undefined) build = bracketBuild;

  return {
    name,
    ...(channel !== undefined ? { channel } : {}),
    ...(subdir !== undefined ? { subdir } : {}),
    version: canonicalVersion(version, columnOf(rest || name)),
    ...(build !== undefined ? { build } : {}),
  };
}

/**
 * Splits `1.9 py38_0`, `1.9=py38_0`, `>=1.0 , < 2.0 py34_0` into version and build: the build is what follows the
 * first space or `=` that does not end an operator, when it holds none of `-=,|<>~` (conda's
 * `_parse_version_plus_build`).
 */
function splitVersionAndBuild(rest: string): { version: string; build?: string } {
  for (let i = 1; i < rest.length - 1; i++) {
    if (rest[i] !== ' ' && rest[i] !== '=') continue;
    if ('=!|,<>~'.includes(rest[i - 1]!)) continue;
    const build = rest.slice(i + 1);
    if (/[-=,|<>~]/.test(build)) continue;
    const trimmed = build.trim();
    if (trimmed === '') continue;
    return { version: rest.slice(0, i).replace(/ +/g, ''), build: trimmed };
  }
  // Conda removes spaces only; a tab left in a version makes it invalid, as in conda.
  return { version: rest.replace(/ +/g, '') };
}

/** Conda's MatchSpec rewrite of `=`: `=1.9` is `1.9*`, but `=1.9=build` and `==1.9` are exact. */
function sanitizeVersion(version: string, build: string | undefined, column: number): string {
  if (version === '=' || version === '==') throw new MatchSpecError(`missing version after '${version}'`, column);
  if (!version.startsWith('=')) return version;
  const bare = version.replace(/^=+/, '');
  if (version.startsWith('==') && build === undefined) return bare;
  if (!/[=,|]/.test(bare)) return build === undefined && !bare.endsWith('*') ? `${bare}*` : bare;
  return version;
}

function canonicalVersion(version: string, column: number): string {
  if (version === '') return '';
  try {
    const node = compileVersionSpec(version, 'exact');
    return node.kind === 'any' ? '' : renderVersionSpec(node);
  } catch (err) {
    if (err instanceof MatchSpecError) throw new MatchSpecError(err.message, column);
    throw err;
  }
}

function parseBrackets(body: string, column: number): Map<string, string> {
  const out = new Map<string, string>();
  let i = 0;
  const fail = (message: string): never => {
    throw new MatchSpecError(message, column + i);
  };
  while (i < body.length) {
    if (body[i] === ',' || /\s/.test(body[i]!)) {
      i++;
      continue;
    }
    const key = /^[A-Za-z0-9_-]+/.exec(body.slice(i))?.[0];
    if (!key) fail(`expected key=value in brackets, found '${body.slice(i)}'`);
    if (!bracketKeys.has(key!)) fail(`unknown key '${key!}' in brackets`);
    i += key!.length;
    if (body[i] !== '=') fail(`expected '=' after '${key!}' in brackets`);
    i++;
    let value: string;
    const quote = body[i];
    if (quote === '"' || quote === "'") {
      const end = body.indexOf(quote, i + 1);
      if (end === -1) fail(`unclosed ${quote} in brackets`);
      value = body.slice(i + 1, end);
      i = end + 1;
    } else {
      value = /^[^,\s'"]*/.exec(body.slice(i))![0];
      i += value.length;
    }
    if (value.trim() === '') fail(`empty value for '${key!}' in brackets`);
    out.set(key!, value.trim());
  }
  return out;
}

function parseChannel(written: string): { channel?: string; subdir?: string } {
  let channel = written.trim().replace(/\/+$/, '');
  let subdir: string | undefined;
  const slash = channel.lastIndexOf('/');
  if (slash !== -1 && knownSubdirs.has(channel.slice(slash + 1))) {
    subdir = channel.slice(slash + 1);
    channel = channel.slice(0, slash);
  }
  // The channel name is what users compare: `https://conda.anaconda.org/conda-forge` is `conda-forge`.
  channel = channel.replace(/^https?:\/\/conda\.anaconda\.org\//, '').replace(/^https?:\/\/repo\.anaconda\.com\//, '');
  return {
    ...(channel !== '' && channel !== '*' ? { channel } : {}),
    ...(subdir !== undefined ? { subdir } : {}),
  };
}

/** `https://…/conda-forge/linux-64/numpy-1.9.3-py38_0.conda` names a package exactly: name-version-build. */
function parsePackageUrl(spec: string, columnOf: (piece: string) => number): MatchSpec {
  const path = spec.replace(/\\/g, '/');
  const slash = path.lastIndexOf('/');
  const file = path.slice(slash + 1).replace(/\.(tar\.bz2|conda)$/, '');
  const parts = file.split('-');
  if (parts.length < 3) throw new MatchSpecError(`package file name '${file}' is not name-version-build`, columnOf(file));
  const build = parts.pop()!;
  const version = parts.pop()!;
  const name = parts.join('-');
  if (!packageName.test(name)) throw new MatchSpecError(`invalid package name '${name}'`, columnOf(name));
  const folder = slash === -1 ? '' : path.slice(0, slash);
  const located = /^[a-z][a-z0-9+.-]*:\/\//i.test(folder) ? parseChannel(folder) : {};
  return {
    name,
    ...(located.subdir !== undefined && located.channel !== undefined ? { channel: located.channel } : {}),
    ...(located.subdir !== undefined ? { subdir: located.subdir } : {}),
    version: canonicalVersion(`==${version}`, columnOf(version)),
    build,
  };
}
