// pip requirements files, read as pip 23.2 reads them (pip/_internal/req/req_file.py and constructors.py): the same
// line joining, comments, ${VAR} expansion, option grammar (shlex + optparse, abbreviations included), local paths,
// URLs, wheels, #egg= and editables. Where pip would stop at a bad line, this reports it and reads on.

import { parse as parseToml } from 'smol-toml';
import { LocatedError, type Diagnostic } from '../diagnostics.js';
import { secretExpanded } from '../secret-values.js';
import { splitLines } from '../text/lines.js';
import type { Dependency, FileReader, IndexOptions, PackagingFile } from './model.js';
import { parseSpecifierSet, PY_SPACE_CHARS } from './pep440.js';
import { isPySpace, normalizeMarker, normalizeName, parsePep508, pyStrip, RequirementSyntaxError, splitUrl, type Pep508Requirement } from './pep508.js';

export interface RequirementsOptions {
  /** Values for `${VAR}` (pip reads its own environment; an analysis passes the one it means). */
  env?: Record<string, string | undefined>;
  /** Maps a 1-based physical line of the text to the line reported (the conda parser's `pip:` items). */
  lineMap?: (physicalLine: number) => number;
  /** Read the text as a constraints file (`-c`). */
  constraint?: boolean;
}

const SYNTAX = 'requirements/syntax';

// ---- Lines (req_file.preprocess) ----

interface LogicalLine {
  /** Editor line (LF, CRLF, CR) of the first physical line. */
  line: number;
  text: string;
}

// str.splitlines() also breaks at these; editors and GitHub do not, so lines are numbered by text/lines.ts's rule
// (\n, \r\n and \r) only.
const PY_LINE_BREAKS = /\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/g;

function physicalLines(text: string): LogicalLine[] {
  const lines: LogicalLine[] = [];
  let editor = 1;
  let start = 0;
  for (const m of text.matchAll(PY_LINE_BREAKS)) {
    lines.push({ line: editor, text: text.slice(start, m.index) });
    if (/[\n\r]/.test(m[0])) editor++;
    start = m.index + m[0].length;
  }
  if (start < text.length) lines.push({ line: editor, text: text.slice(start) });
  return lines;
}

const COMMENT_LINE = new RegExp(`^[${PY_SPACE_CHARS}]*#`);

/** join_lines: a trailing `\` joins the next line (a comment line ends the run); the first line's number is kept. */
function joinContinuations(lines: LogicalLine[]): LogicalLine[] {
  const out: LogicalLine[] = [];
  let pending: LogicalLine | undefined;
  for (const { line, text } of lines) {
    const comment = COMMENT_LINE.test(text);
    if (!text.endsWith('\\') || comment) {
      const piece = comment ? ` ${text}` : text;
      if (pending) {
        out.push({ line: pending.line, text: pending.text + piece });
        pending = undefined;
      } else {
        out.push({ line, text: piece });
      }
    } else {
      // pip strips backslashes from both ends of a continued line.
      const piece = text.replace(/^\\+|\\+$/g, '');
      pending = pending ? { line: pending.line, text: pending.text + piece } : { line, text: piece };
    }
  }
  if (pending) out.push(pending);
  return out;
}

/** A `#` starts a comment at the start of a line or after whitespace; `#egg=` inside a URL does not. */
function stripComment(text: string): string {
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '#' && (i === 0 || isPySpace(text[i - 1]))) return text.slice(0, i);
  }
  return text;
}

function logicalLines(text: string): LogicalLine[] {
  const out: LogicalLine[] = [];
  for (const { line, text: raw } of joinContinuations(physicalLines(text))) {
    const stripped = pyStrip(stripComment(raw));
    if (stripped) out.push({ line, text: stripped });
  }
  return out;
}

// ---- ${VAR} (req_file.expand_env_variables) ----
// pip reads a line with its variables expanded, so the expanded text decides what is installed. Everything ml-hub
// keeps, shows or writes is the line as written: a value from the environment may be a token.

const ENV_VAR = /\$\{([A-Z0-9_]+)\}/g;
/** Reads a variable that is unset here: valid as a version, a name and inside a URL, and never written by hand. */
const UNSET_STAND_IN = '0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.1';

interface Substitution {
  name: string;
  value: string;
  /** Where the value sits in the expanded text, and `${name}` in the written one. */
  from: number;
  to: number;
  rawFrom: number;
  rawTo: number;
}

interface ExpandedLine {
  /** As pip reads it. */
  text: string;
  /** As written. */
  raw: string;
  substitutions: Substitution[];
  /** The offsets of `substitutions` are exact (false when one value completed another `${NAME}`, as pip allows). */
  exact: boolean;
}

/**
 * pip expands only `${NAME}` with NAME in [A-Z0-9_], and leaves it as written when the variable is unset or empty;
 * `standIn` replaces the unset ones instead.
 */
function expandVariables(raw: string, env: Record<string, string | undefined>, standIn?: string): ExpandedLine {
  const values = new Map<string, string>();
  for (const [, name] of raw.matchAll(ENV_VAR)) {
    const value = env[name!] || standIn;
    if (value) values.set(name!, value);
  }
  if (!values.size) return { text: raw, raw, substitutions: [], exact: true };
  if ([...values.values()].some((v) => /[${}]/.test(v))) {
    // pip replaces one variable after the other, so a value can complete another `${NAME}`.
    let text = raw;
    for (const [name, value] of values) text = text.split(`\${${name}}`).join(value);
    const substitutions = [...values].map(([name, value]) => ({ name, value, from: -1, to: -1, rawFrom: -1, rawTo: -1 }));
    return { text, raw, substitutions, exact: false };
  }
  const substitutions: Substitution[] = [];
  let text = '';
  let last = 0;
  for (const m of raw.matchAll(ENV_VAR)) {
    const value = values.get(m[1]!);
    if (value === undefined) continue;
    text += raw.slice(last, m.index);
    substitutions.push({ name: m[1]!, value, from: text.length, to: text.length + value.length, rawFrom: m.index, rawTo: m.index + m[0].length });
    text += value;
    last = m.index + m[0].length;
  }
  return { text: text + raw.slice(last), raw, substitutions, exact: true };
}

/** A written part (`https://${TOKEN}@host/simple`) as pip reads it: what is installed from it. */
export function expandEnvVariables(text: string, env: Record<string, string | undefined>): string {
  return expandVariables(text, env).text;
}

/** The offset in the written line of `pos` in the expanded one; undefined inside an expanded value. */
function writtenOffset(pos: number, line: ExpandedLine): number | undefined {
  let shift = 0;
  for (const s of line.substitutions) {
    if (pos <= s.from) break;
    if (pos < s.to) return undefined;
    shift += s.rawTo - s.rawFrom - (s.to - s.from);
  }
  return pos + shift;
}

/** Every expanded value (also trimmed or without spaces, as parts are normalised) back in its `${NAME}` form. */
function hideValues(text: string, line: ExpandedLine): string {
  const forms = line.substitutions
    .flatMap((s) => [s.value, pyStrip(s.value), s.value.replace(/\s+/g, '')].map((v) => [v, `\${${s.name}}`] as const))
    .filter(([v]) => v)
    .sort((a, b) => b[0].length - a[0].length);
  let out = text;
  for (const [value, ref] of forms) out = out.split(value).join(ref);
  return out;
}

/** A piece of the expanded line as it was written: sliced from the written line where it maps exactly. */
function writtenForm(piece: string, line: ExpandedLine): string {
  if (!line.substitutions.length || !piece) return piece;
  const at = line.exact ? line.text.indexOf(piece) : -1;
  if (at >= 0) {
    const from = writtenOffset(at, line);
    const to = writtenOffset(at + piece.length, line);
    if (from !== undefined && to !== undefined) return line.raw.slice(from, to);
  }
  return hideValues(piece, line);
}

// ---- Options (shlex.split + optparse) ----

/** shlex.split(s) in POSIX mode: quotes, backslash escapes; whitespace is space, tab, CR, LF only. */
function shlexSplit(s: string): string[] {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let i = 0;
  const fail = (): never => {
    throw new Error(`could not split options: ${s}`);
  };
  while (i < s.length) {
    const ch = s[i]!;
    if (' \t\r\n'.includes(ch)) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
      i++;
    } else if (ch === '\\') {
      if (i + 1 >= s.length) fail();
      word += s[i + 1];
      inWord = true;
      i += 2;
    } else if (ch === "'") {
      const close = s.indexOf("'", i + 1);
      if (close < 0) fail();
      word += s.slice(i + 1, close);
      inWord = true;
      i = close + 1;
    } else if (ch === '"') {
      inWord = true;
      i++;
      for (;;) {
        if (i >= s.length) fail();
        const c = s[i]!;
        if (c === '"') break;
        // Inside double quotes a backslash escapes only `"` and itself.
        if (c === '\\' && i + 1 < s.length && (s[i + 1] === '"' || s[i + 1] === '\\')) {
          word += s[i + 1];
          i += 2;
        } else if (c === '\\' && i + 1 >= s.length) {
          fail();
        } else {
          word += c;
          i++;
        }
      }
      i++;
    } else {
      word += ch;
      inWord = true;
      i++;
    }
  }
  if (inWord) words.push(word);
  return words;
}

interface LineOptions {
  indexUrl?: string;
  extraIndexUrls: string[];
  noIndex: boolean;
  constraints: string[];
  requirements: string[];
  editables: string[];
  findLinks: string[];
  trustedHosts: string[];
  hashes: string[];
}

type OptionAction = (o: LineOptions, value: string, name: string) => void;

interface OptionSpec {
  short?: string;
  long: string[];
  /** Runs with the option's value; undefined for flags that take none. */
  value?: OptionAction;
  flag?: (o: LineOptions) => void;
}

const STRONG_HASHES = ['sha256', 'sha384', 'sha512'];
const FEATURES = ['fast-deps', 'truststore', 'no-binary-enable-wheel-cache'];
const ignore = (): void => undefined;

// req_file.SUPPORTED_OPTIONS + SUPPORTED_OPTIONS_REQ, with pip 23.2's checks on their values.
const OPTION_SPECS: OptionSpec[] = [
  { short: '-i', long: ['--index-url', '--pypi-url'], value: (o, v) => void (o.indexUrl = v) },
  { long: ['--extra-index-url'], value: (o, v) => void o.extraIndexUrls.push(v) },
  { long: ['--no-index'], flag: (o) => void (o.noIndex = true) },
  { short: '-c', long: ['--constraint'], value: (o, v) => void o.constraints.push(v) },
  { short: '-r', long: ['--requirement'], value: (o, v) => void o.requirements.push(v) },
  { short: '-e', long: ['--editable'], value: (o, v) => void o.editables.push(v) },
  { short: '-f', long: ['--find-links'], value: (o, v) => void o.findLinks.push(v) },
  { long: ['--no-binary'], value: binaryFormats },
  { long: ['--only-binary'], value: binaryFormats },
  { long: ['--prefer-binary'], flag: ignore },
  { long: ['--require-hashes'], flag: ignore },
  { long: ['--pre'], flag: ignore },
  { long: ['--trusted-host'], value: (o, v) => void o.trustedHosts.push(v) },
  {
    long: ['--use-feature'],
    value: (_, v, name) => {
      if (!FEATURES.includes(v)) throw new Error(`option ${name}: invalid choice: '${v}' (choose from ${FEATURES.map((f) => `'${f}'`).join(', ')})`);
    },
  },
  { long: ['--global-option'], value: ignore },
  {
    long: ['--hash'],
    value: (o, v, name) => {
      const colon = v.indexOf(':');
      if (colon < 0) throw new Error(`arguments to ${name} must be a hash name followed by a value, like --hash=sha256:abcde...`);
      if (!STRONG_HASHES.includes(v.slice(0, colon))) throw new Error(`allowed hash algorithms for ${name} are ${STRONG_HASHES.join(', ')}`);
      o.hashes.push(v);
    },
  },
  {
    short: '-C',
    long: ['--config-settings'],
    value: (_, v, name) => {
      if (!v.includes('=')) throw new Error(`arguments to ${name} must be of the form KEY=VAL`);
    },
  },
];

function binaryFormats(_: LineOptions, value: string): void {
  if (value.startsWith('-')) throw new Error('--no-binary / --only-binary option requires 1 argument');
}

const LONG_OPTIONS = new Map(OPTION_SPECS.flatMap((spec) => spec.long.map((name) => [name, spec] as const)));
const SHORT_OPTIONS = new Map(OPTION_SPECS.flatMap((spec) => (spec.short ? [[spec.short, spec] as const] : [])));

/** optparse's _match_abbrev: an exact name, or the one option the prefix starts. */
function matchLong(name: string): [string, OptionSpec] {
  const exact = LONG_OPTIONS.get(name);
  if (exact) return [name, exact];
  const candidates = [...LONG_OPTIONS.keys()].filter((k) => k.startsWith(name)).sort();
  if (candidates.length === 1) return [candidates[0]!, LONG_OPTIONS.get(candidates[0]!)!];
  throw new Error(candidates.length ? `ambiguous option: ${name} (${candidates.join(', ')}?)` : `no such option: ${name}`);
}

/** optparse's _process_args, positional arguments ignored as pip ignores them. */
function parseOptions(words: string[]): LineOptions {
  const o: LineOptions = { extraIndexUrls: [], noIndex: false, constraints: [], requirements: [], editables: [], findLinks: [], trustedHosts: [], hashes: [] };
  const rest = [...words];
  const take = (name: string): string => {
    if (!rest.length) throw new Error(`${name} option requires 1 argument`);
    return rest.shift()!;
  };
  while (rest.length) {
    const arg = rest.shift()!;
    if (arg === '--') break;
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      if (eq >= 0) rest.unshift(arg.slice(eq + 1));
      const [name, spec] = matchLong(eq >= 0 ? arg.slice(0, eq) : arg);
      if (spec.value) spec.value(o, take(name), name);
      else if (eq >= 0) throw new Error(`${name} option does not take a value`);
      else spec.flag!(o);
    } else if (arg.startsWith('-') && arg.length > 1) {
      // Every short option pip accepts takes a value: `-rfile` or `-r file`.
      const name = arg.slice(0, 2);
      const spec = SHORT_OPTIONS.get(name);
      if (!spec) throw new Error(`no such option: ${name}`);
      if (arg.length > 2) rest.unshift(arg.slice(2));
      spec.value!(o, take(name), name);
    }
  }
  return o;
}

/** break_args_options: words before the first one starting with `-` are the requirement; only the rest is shlexed. */
function splitLine(text: string, ctx: LineContext): { args: string; options: LineOptions } {
  const words = text.split(' ');
  const first = words.findIndex((w) => w.startsWith('-'));
  const args = first < 0 ? words : words.slice(0, first);
  const optionText = first < 0 ? '' : words.slice(first).join(' ');
  try {
    return { args: args.join(' '), options: parseOptions(shlexSplit(optionText)) };
  } catch (e) {
    throw lineError(ctx, `invalid line '${text}': ${(e as Error).message}`);
  }
}

// ---- Paths and links (constructors.py, models/link.py, models/wheel.py) ----

const VCS = ['bzr', 'git', 'hg', 'svn'];
const VCS_SCHEMES = [
  'bzr+http', 'bzr+https', 'bzr+ssh', 'bzr+sftp', 'bzr+ftp', 'bzr+lp', 'bzr+file',
  'git+http', 'git+https', 'git+ssh', 'git+git', 'git+file',
  'hg+file', 'hg+http', 'hg+https', 'hg+ssh', 'hg+static-http',
  'svn+ssh', 'svn+http', 'svn+https', 'svn+svn', 'svn+file',
];
const ARCHIVES = ['.zip', '.whl', '.tar.bz2', '.tbz', '.tar.gz', '.tgz', '.tar', '.tar.xz', '.txz', '.tlz', '.tar.lz', '.tar.lzma'];

const URL_SCHEMES = new Set(['http', 'https', 'file', 'ftp', ...VCS_SCHEMES]);

/** pip's is_url: the text before the first `:`, lower-cased, is a scheme pip fetches. */
function isUrl(text: string): boolean {
  const colon = text.indexOf(':');
  return colon >= 0 && URL_SCHEMES.has(text.slice(0, colon).toLowerCase());
}

const looksLikePath = (name: string): boolean => name.includes('/') || name.startsWith('.');

/** posixpath.normpath. */
function normpath(path: string): string {
  if (!path) return '.';
  const absolute = path.startsWith('/');
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (!part || part === '.') continue;
    if (part === '..' && parts.length && parts[parts.length - 1] !== '..') parts.pop();
    else if (part !== '..' || !absolute) parts.push(part);
  }
  const joined = parts.join('/');
  const lead = absolute ? (path.startsWith('//') && !path.startsWith('///') ? '//' : '/') : '';
  return lead + joined || (absolute ? lead : '.');
}

const dirname = (path: string): string => (path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '');
const joinPath = (dir: string, path: string): string => normpath(dir ? `${dir}/${path}` : path);

/** pip's splitext: posixpath.splitext, with `.tar` kept on `.tar.gz` and friends. */
function splitext(path: string): [string, string] {
  const sep = path.lastIndexOf('/');
  const dot = path.lastIndexOf('.');
  let base = path;
  let ext = '';
  if (dot > sep && path.slice(sep + 1, dot).replace(/^\.+/, '') !== '') [base, ext] = [path.slice(0, dot), path.slice(dot)];
  if (base.toLowerCase().endsWith('.tar')) [base, ext] = [base.slice(0, -4), base.slice(-4) + ext];
  return [base, ext];
}

const isArchive = (path: string): boolean => ARCHIVES.includes(splitext(path)[1].toLowerCase());

/**
 * `path[extra1,extra2]` → [path, '[extra1,extra2]']: pip's `^(.+)(\[[^\]]+\])$`, found without its quadratic
 * backtracking: the last `[` after which only the final `]` closes, with something between them.
 */
function stripExtras(path: string): [string, string | undefined] {
  const end = path.length - 1;
  if (path[end] !== ']') return [path, undefined];
  const open = path.lastIndexOf('[', end - 2);
  if (open < 1 || path.lastIndexOf(']', end - 1) > open) return [path, undefined];
  return [path.slice(0, open), path.slice(open)];
}

/** urllib.parse.unquote: %XX sequences decoded as UTF-8, anything undecodable left alone. */
function unquote(text: string): string {
  return text.replace(/(?:%[0-9a-fA-F]{2})+/g, (run) => {
    const bytes = Uint8Array.from(run.slice(1).split('%'), (h) => parseInt(h, 16));
    return new TextDecoder('utf-8').decode(bytes);
  });
}

/** Link.filename: the last path segment, unquoted; the host when the path is empty. */
function linkFilename(url: string): string {
  const { path, netloc } = splitUrl(url);
  const trimmed = path.replace(/\/+$/, '');
  const name = trimmed.slice(trimmed.lastIndexOf('/') + 1);
  return name ? unquote(name) : (netloc ?? '');
}

const WHEEL_FILE = new RegExp(
  `^(?<name>[^${PY_SPACE_CHARS}-]+?)-(?<ver>[^${PY_SPACE_CHARS}-]*?)(?:(?:-(?<build>[0-9][^-]*?))?-[^${PY_SPACE_CHARS}-]+?-[^${PY_SPACE_CHARS}-]+?-[^${PY_SPACE_CHARS}-]+?\\.whl|\\.dist-info)$`,
);

/** `#egg=name` (or `&egg=`) anywhere in the URL, as Link.egg_fragment finds it. */
function eggFragment(url: string): string | undefined {
  return /[#&]egg=([^&]*)/.exec(url)?.[1];
}

// ---- Requirement lines ----

interface LineContext {
  reader: FileReader;
  /** Root-relative path of the file being read. */
  file: string;
  line: number;
  diagnostics: Diagnostic[];
  /** The line pip reads, and how it was written. */
  expanded: ExpandedLine;
}

function lineError(ctx: LineContext, message: string, code = SYNTAX): LocatedError {
  return new LocatedError(code, message, ctx.file, ctx.line);
}

function warn(ctx: LineContext, code: string, message: string): void {
  ctx.diagnostics.push({ severity: 'warning', code, message, file: ctx.file, line: ctx.line });
}

function parseRequirement(text: string, ctx: LineContext, what: string): Pep508Requirement {
  try {
    return parsePep508(text);
  } catch (e) {
    if (!(e instanceof RequirementSyntaxError)) throw e;
    const hint = /=/.test(text) && !/~=|==|!=|<=|>=|<|>|===/.test(text) ? ' (= is not a valid operator; did you mean ==?)' : '';
    throw lineError(ctx, `invalid ${what} '${text}': ${e.message} at column ${e.column}${hint}`);
  }
}

/** `[a,B]` → ['a', 'B'], checked as pip checks it (as the extras of a placeholder requirement). */
function convertExtras(extras: string, ctx: LineContext): string[] {
  return parseRequirement(`placeholder${extras}`, ctx, 'extras').extras;
}

/** Where a relative local path may point: pip resolves it against its working directory (assumed to be the root),
 * people also run pip from the requirements file's directory. undefined when it leaves the root or is absolute. */
function localCandidates(path: string, ctx: LineContext): string[] | undefined {
  if (path.startsWith('/')) return undefined;
  const fromRoot = normpath(path);
  const fromFile = joinPath(dirname(ctx.file), path);
  const inside = [fromRoot, fromFile].filter((p) => p !== '..' && !p.startsWith('../'));
  return inside.length ? [...new Set(inside)] : undefined;
}

const projectFile = (dir: string, name: string): string => (dir === '.' ? name : `${dir}/${name}`);

/**
 * A path that is no project here. pip checks the machine it runs on; a path outside the repository (absolute, or
 * climbing out with ..) is taken to be missing there too, as it is on a fresh checkout.
 */
function missingProject(path: string, ctx: LineContext): LocatedError {
  const why = localCandidates(path, ctx) ? 'no pyproject.toml or setup.py was found there' : 'it is outside the repository';
  return lineError(ctx, `'${path}' looks like a local project path, but ${why}`, 'requirements/missing-path');
}

/** is_installable_dir: a directory holding pyproject.toml or setup.py. */
function findProjectDir(path: string, ctx: LineContext): string | undefined {
  return localCandidates(path, ctx)?.find((dir) => ['pyproject.toml', 'setup.py'].some((f) => ctx.reader.read(projectFile(dir, f)) !== undefined));
}

/** The project name a local directory declares (pyproject.toml, setup.cfg, setup.py), else its last path segment. */
function localProjectName(dir: string | undefined, path: string, ctx: LineContext): string | undefined {
  if (dir !== undefined) {
    const pyproject = ctx.reader.read(projectFile(dir, 'pyproject.toml'));
    if (pyproject !== undefined) {
      try {
        const doc = parseToml(pyproject) as { project?: { name?: unknown }; tool?: { poetry?: { name?: unknown } } };
        const name = doc.project?.name ?? doc.tool?.poetry?.name;
        if (typeof name === 'string') return name;
      } catch {
        // An unreadable pyproject.toml is its own parser's finding; fall back to the other sources.
      }
    }
    const cfg = /^\[metadata\][^[]*?^name\s*=\s*(\S+)/m.exec(ctx.reader.read(projectFile(dir, 'setup.cfg')) ?? '');
    if (cfg) return cfg[1];
    const setup = /\bname\s*=\s*['"]([^'"]+)['"]/.exec(ctx.reader.read(projectFile(dir, 'setup.py')) ?? '');
    if (setup) return setup[1];
  }
  const last = normpath(path).split('/').pop()!;
  return last === '.' || last === '..' ? undefined : last;
}

/** A name for an unnamed requirement: what its directory declares, or what its URL or file name suggests. */
function guessName(target: string, local: boolean, dir: string | undefined, ctx: LineContext): string {
  let guess: string | undefined;
  if (local && !isArchive(target)) {
    guess = localProjectName(dir, target, ctx);
  } else {
    const file = local ? target.slice(target.lastIndexOf('/') + 1) : linkFilename(target).replace(/@[^@]*$/, '');
    const stem = isArchive(file) ? splitext(file)[0] : file.replace(/\.git$/, '');
    guess = /^(.+)-[0-9][^-]*$/.exec(stem)?.[1] ?? stem; // name-version
  }
  return guess && /^[A-Za-z0-9](?:[-_.]*[A-Za-z0-9])*$/.test(guess) ? normalizeName(guess) : target;
}

interface ResolvedLink {
  /** As written, extras removed. */
  target: string;
  /** A local path, normalised (pip names the file from this: `dist/x.whl/` is `x.whl`). */
  path?: string;
  local: boolean;
  /** The project directory a local path was found at. */
  dir?: string;
}

/** _get_url_from_path: an installable directory, or an archive file (existing or not), or nothing. */
function localLink(path: string, name: string, written: string, ctx: LineContext): ResolvedLink | undefined {
  if (looksLikePath(name)) {
    const dir = findProjectDir(path, ctx);
    if (dir !== undefined) return { target: written, path, local: true, dir };
  }
  if (!isArchive(path)) return undefined;
  const at = name.indexOf('@');
  if (at >= 0 && !looksLikePath(name.slice(0, at))) return undefined; // `name @ url` with an archive URL
  return { target: written, path, local: true };
}

function dependencyFrom(
  req: Pep508Requirement | undefined,
  link: ResolvedLink | undefined,
  fields: { extras?: string[]; marker?: string; editable: boolean; hashes: string[] },
  ctx: LineContext,
): Dependency {
  const url = req?.url ?? link?.target;
  const marker = fields.marker ?? req?.marker;
  const extras = fields.extras?.length ? fields.extras : (req?.extras ?? []);
  // Each part as written: `${VAR}` stays, whatever it expanded to.
  const written = (piece: string): string => writtenForm(piece, ctx.expanded);
  const name = req?.name ?? link!.target;
  const normalized = req ? req.normalized : guessName(link!.target, link!.local, link!.dir, ctx);
  const dep: Dependency = {
    name: written(name),
    normalized: written(name) === name ? hideValues(normalized, ctx.expanded) : written(name),
    ecosystem: 'pypi',
    specifier: written(req?.specifier ?? ''),
    extras: [...new Set(extras.map(written))],
    editable: fields.editable,
    file: ctx.file,
    line: ctx.line,
    group: 'main',
  };
  if (marker !== undefined) dep.marker = written(marker);
  if (url !== undefined) dep.url = written(url);
  if (fields.hashes.length) dep.hashes = fields.hashes.map(written);
  if (req && parseSpecifierSet(req.specifier)?.some((c) => !c.pep440)) {
    warn(ctx, 'requirements/legacy-specifier', `'${req.specifier}' is not a PEP 440 specifier; pip 24.1 and later reject it`);
  }
  return dep;
}

/** parse_req_from_line: a PEP 508 requirement, a URL, or a local directory or archive, with its marker. */
function requirementLine(arg: string, hashes: string[], ctx: LineContext): Dependency {
  // A URL's marker needs `; ` since `;` may sit inside a URL.
  const separator = isUrl(arg) ? '; ' : ';';
  const cut = arg.indexOf(separator);
  const name = pyStrip(cut < 0 ? arg : arg.slice(0, cut));
  let marker: string | undefined;
  if (cut >= 0) {
    const m = pyStrip(arg.slice(cut + separator.length));
    if (m) {
      try {
        normalizeMarker(m);
      } catch (e) {
        if (!(e instanceof RequirementSyntaxError)) throw e;
        throw lineError(ctx, `invalid marker '${m}': ${e.message} at column ${e.column}`);
      }
      marker = m;
    }
  }

  let link: ResolvedLink | undefined;
  let pathExtras: string | undefined;
  if (isUrl(name)) {
    link = { target: name, local: false };
  } else {
    // pip strips extras off the normalised path; the written text keeps its spelling when it ends the same way.
    const [path, extras] = stripExtras(normpath(name));
    pathExtras = extras;
    const written = extras === undefined ? name : name.endsWith(extras) ? name.slice(0, -extras.length) : path;
    link = localLink(path, name, written, ctx);
  }

  let reqText: string | undefined = name;
  if (link) {
    const filename = link.path !== undefined ? link.path.slice(link.path.lastIndexOf('/') + 1) : linkFilename(link.target);
    if (splitext(filename)[1] === '.whl') {
      const wheel = WHEEL_FILE.exec(filename)?.groups;
      if (!wheel) throw lineError(ctx, `${filename} is not a valid wheel filename`);
      reqText = `${wheel.name!.replaceAll('_', '-')}==${wheel.ver!.replaceAll('_', '-')}`;
    } else {
      reqText = link.local ? undefined : eggFragment(link.target);
    }
  }
  const extras = pathExtras === undefined ? undefined : convertExtras(pathExtras, ctx);
  let req: Pep508Requirement | undefined;
  if (reqText !== undefined) {
    try {
      req = parseRequirement(reqText, ctx, 'requirement');
    } catch (e) {
      if (!link && looksLikePath(name)) throw missingProject(name, ctx);
      throw e;
    }
    // Extras after the version (`name>=1.0[extra]`) only parse by accident in pip, which rejects them.
    if (req.specifier.split(',').some((c) => c.endsWith(']'))) throw lineError(ctx, `extras after version in '${reqText}'`);
    if (!link && req.url) link = { target: req.url, local: false };
  }
  return dependencyFrom(req, link, { extras, marker, editable: false, hashes }, ctx);
}

/** parse_editable: a local project directory, a file: URL, or a VCS URL with #egg=. */
function editableLine(value: string, ctx: LineContext): Dependency {
  const [withoutExtras, extras] = stripExtras(value);
  if (withoutExtras.toLowerCase().startsWith('file:')) {
    const egg = eggFragment(withoutExtras);
    if (egg === '') throw lineError(ctx, `empty #egg= in '${value}'`);
    const req = egg === undefined ? undefined : parseRequirement(egg, ctx, 'requirement');
    const list = extras === undefined ? undefined : convertExtras(extras, ctx);
    return dependencyFrom(req, { target: withoutExtras, local: false }, { extras: list, editable: true, hashes: [] }, ctx);
  }
  let url = value;
  const vcs = VCS.find((v) => value.toLowerCase().startsWith(`${v}:`));
  if (vcs) url = `${vcs}+${value}`; // pip reads `git://…` as `git+git://…`
  if (VCS_SCHEMES.includes(splitUrl(url).scheme)) {
    const egg = eggFragment(url);
    if (!egg) throw lineError(ctx, `could not detect the requirement name for '${value}'; add #egg=name`);
    return dependencyFrom(parseRequirement(egg, ctx, 'requirement'), { target: url, local: false }, { editable: true, hashes: [] }, ctx);
  }
  if (isUrl(value)) throw lineError(ctx, `'${value}' is not a valid editable requirement: use a local project path or a VCS URL (git+https://…)`);
  const dir = findProjectDir(withoutExtras, ctx);
  if (dir === undefined) throw missingProject(withoutExtras, ctx);
  const list = extras === undefined ? undefined : convertExtras(extras, ctx);
  return dependencyFrom(undefined, { target: withoutExtras, local: true, dir }, { extras: list, editable: true, hashes: [] }, ctx);
}

// ---- Files ----

function generatedReason(text: string, dependencies: Dependency[]): string | undefined {
  const header: string[] = [];
  for (const line of splitLines(text)) {
    if (line.trim() && !line.trimStart().startsWith('#')) break;
    header.push(line);
  }
  const comments = header.join('\n');
  if (/autogenerated by pip-compile/i.test(comments)) return 'pip-compile header';
  if (/autogenerated by uv/i.test(comments)) {
    return /uv pip compile/.test(comments) ? 'uv pip compile header' : /uv export/.test(comments) ? 'uv export header' : 'uv header';
  }
  if (/@generated by PDM/i.test(comments)) return 'PDM export header';
  if (dependencies.length && dependencies.every((d) => d.hashes?.length)) return 'hash-pinned: every requirement has --hash';
  return undefined;
}

interface Session {
  reader: FileReader;
  env: Record<string, string | undefined>;
  files: PackagingFile[];
  /** Files already read: each is read once, as requirements or constraints by how it was first reached. */
  seen: Set<string>;
}

function emptyIndex(): IndexOptions {
  return { extraIndexUrls: [], findLinks: [], noIndex: false, trustedHosts: [] };
}

function include(target: string, constraint: boolean, pf: PackagingFile, ctx: LineContext, session: Session, stack: string[]): void {
  if (/^(http|https|file):/i.test(target)) {
    warn(ctx, 'requirements/remote-include', `'${target}' is fetched by pip at install time; it was not analysed`);
    return;
  }
  const path = joinPath(dirname(pf.path), target);
  if (path.startsWith('/') || path === '..' || path.startsWith('../')) {
    warn(ctx, 'requirements/outside-include', `'${target}' is outside the repository; it was not analysed`);
    return;
  }
  if (stack.includes(path)) {
    const cycle = [...stack.slice(stack.indexOf(path)), path].join(' → ');
    throw lineError(ctx, `include cycle: ${cycle} (pip would recurse until it crashes)`, 'requirements/include-cycle');
  }
  if (session.seen.has(path)) {
    if (!pf.includes.includes(path)) pf.includes.push(path);
    return;
  }
  const text = session.reader.read(path);
  if (text === undefined) throw lineError(ctx, `${constraint ? 'constraints' : 'requirements'} file '${target}' not found (looked for ${path})`, 'requirements/missing-include');
  if (!pf.includes.includes(path)) pf.includes.push(path);
  parseFile(path, text, constraint, undefined, session, stack);
}

function parseFile(path: string, text: string, constraint: boolean, lineMap: ((line: number) => number) | undefined, session: Session, stack: string[]): void {
  const pf: PackagingFile = { path, kind: 'requirements', dependencies: [], includes: [], channels: [], diagnostics: [] };
  session.files.push(pf);
  session.seen.add(path);
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  for (const logical of logicalLines(body)) {
    const line = lineMap ? lineMap(logical.line) : logical.line;
    const expanded = expandVariables(logical.text, session.env);
    for (const s of expanded.substitutions) secretExpanded(s.value);
    const context = (e: ExpandedLine): LineContext => ({ reader: session.reader, file: path, line, diagnostics: pf.diagnostics, expanded: e });
    const firstDiagnostic = pf.diagnostics.length;
    const unset = [...new Set([...expanded.text.matchAll(ENV_VAR)].map((m) => m[1]!))];
    let read = expanded;
    let failure: Diagnostic | undefined;
    if (unset.length) {
      // pip reads the line where it installs, where the variable is meant to be set: read it with the value unknown,
      // and as pip would read it here only when that fails too.
      const standIn = expandVariables(logical.text, session.env, UNSET_STAND_IN);
      if (readLine(pf, constraint, context(standIn), session, stack)) {
        pf.diagnostics.length = firstDiagnostic;
        failure = readLine(pf, constraint, context(expanded), session, stack);
      } else {
        read = standIn;
        const message = `${unset.map((n) => `\${${n}}`).join(', ')} ${unset.length > 1 ? 'are' : 'is'} not set here; pip expands it when it installs, so this line was read with its value unknown`;
        pf.diagnostics.push({ severity: 'notice', code: 'requirements/unset-variable', message, file: path, line });
      }
    } else {
      failure = readLine(pf, constraint, context(expanded), session, stack);
    }
    if (failure) pf.diagnostics.push(failure);
    for (const d of pf.diagnostics.slice(firstDiagnostic)) d.message = hideValues(d.message, read);
  }
  const generated = generatedReason(body, pf.dependencies);
  if (generated) pf.generated = generated;
}

/** Reads one logical line into `pf`; what makes pip stop at the line is returned, not pushed. */
function readLine(pf: PackagingFile, constraint: boolean, ctx: LineContext, session: Session, stack: string[]): Diagnostic | undefined {
  try {
    const { args, options } = splitLine(ctx.expanded.text, ctx);
    let dep: Dependency | undefined;
    if (args) dep = requirementLine(args, options.hashes, ctx);
    else if (options.editables.length) dep = editableLine(options.editables[0]!, ctx);
    else if (options.requirements.length) include(options.requirements[0]!, false, pf, ctx, session, [...stack, pf.path]);
    else if (options.constraints.length) include(options.constraints[0]!, true, pf, ctx, session, [...stack, pf.path]);
    else applyIndexOptions(pf, options, ctx);
    if (dep) {
      if (constraint) dep.constraintOnly = true;
      pf.dependencies.push(dep);
    }
    return undefined;
  } catch (e) {
    if (!(e instanceof LocatedError)) throw e;
    return e.toDiagnostic();
  }
}

/**
 * handle_option_line: index options count only on lines without a requirement; one --find-links per line, kept as
 * written (pip tries it relative to the requirements file first).
 */
function applyIndexOptions(pf: PackagingFile, o: LineOptions, ctx: LineContext): void {
  if (o.hashes.length) warn(ctx, 'requirements/ignored-option', '--hash without a requirement on the same line is ignored by pip');
  if (!(o.indexUrl || o.extraIndexUrls.length || o.findLinks.length || o.noIndex || o.trustedHosts.length)) return;
  const index = (pf.index ??= emptyIndex());
  const written = (piece: string): string => writtenForm(piece, ctx.expanded);
  if (o.indexUrl) index.indexUrl = written(o.indexUrl);
  index.extraIndexUrls.push(...o.extraIndexUrls.map(written));
  if (o.findLinks.length) index.findLinks.push(written(o.findLinks[0]!));
  if (o.noIndex) index.noIndex = true;
  index.trustedHosts.push(...o.trustedHosts.map(written));
}

/**
 * Parses a requirements file's text. Returns the file first, then every file it reaches through -r/-c, once each, in
 * the order pip reads them. Problems are diagnostics on the files; nothing is thrown for what the files contain.
 */
export function parseRequirementsText(text: string, file: string, reader: FileReader, options: RequirementsOptions = {}): PackagingFile[] {
  const session: Session = { reader, env: options.env ?? {}, files: [], seen: new Set() };
  parseFile(normpath(file), text, options.constraint ?? false, options.lineMap, session, []);
  return session.files;
}

export function parseRequirementsFile(file: string, reader: FileReader, options: RequirementsOptions = {}): PackagingFile[] {
  const text = reader.read(file);
  if (text !== undefined) return parseRequirementsText(text, file, reader, options);
  const diagnostic: Diagnostic = { severity: 'error', code: 'requirements/missing-file', message: `${file} not found`, file };
  return [{ path: normpath(file), kind: 'requirements', dependencies: [], includes: [], channels: [], diagnostics: [diagnostic] }];
}
