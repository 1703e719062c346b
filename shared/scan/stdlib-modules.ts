// Which top-level modules ship with CPython 3.8–3.14, so that importing them never asks for a declared dependency.
//
// The data is `sys.stdlib_module_names` (every module CPython may ship, on any platform, private `_` ones included):
// - 3.10–3.13: read from CPython 3.10.13, 3.11.7, 3.12.1 and 3.13.0 (pyenv builds);
// - 3.14: read from CPython 3.14.2 as built by Pyodide 314.0.7 (the list is compiled in, identical on every platform);
// - 3.8 and 3.9 predate `sys.stdlib_module_names`: they are the 3.10 list with what 3.10 removed put back (`formatter`,
//   `parser`, `symbol`, `_bootlocale`, `_peg_parser`) and what 3.9 added taken out for 3.8, found by diffing the modules
//   that the CPython 3.8.18, 3.9.18 and 3.10.13 builds install, and matching the What's New pages.
// Membership holds within a minor series, so only the minor version matters.

import { satisfies, validRange } from '@renovatebot/pep440';
import { pythonSeriesClause } from '../env/python-version.js';

/** Minor versions of Python 3 that the data covers, oldest first. */
export const STDLIB_MINORS = [8, 9, 10, 11, 12, 13, 14] as const;
const OLDEST = STDLIB_MINORS[0];
const NEWEST = STDLIB_MINORS[STDLIB_MINORS.length - 1]!;

/** Modules present in every covered version. */
const IN_ALL = [
  '__future__', '_abc', '_ast', '_asyncio', '_bisect', '_blake2', '_bz2', '_codecs', '_codecs_cn', '_codecs_hk',
  '_codecs_iso2022', '_codecs_jp', '_codecs_kr', '_codecs_tw', '_collections', '_collections_abc', '_compat_pickle',
  '_contextvars', '_csv', '_ctypes', '_curses', '_curses_panel', '_datetime', '_dbm', '_decimal', '_elementtree',
  '_frozen_importlib', '_frozen_importlib_external', '_functools', '_gdbm', '_hashlib', '_heapq', '_imp', '_io',
  '_json', '_locale', '_lsprof', '_lzma', '_markupbase', '_md5', '_multibytecodec', '_multiprocessing', '_opcode',
  '_operator', '_osx_support', '_overlapped', '_pickle', '_posixshmem', '_posixsubprocess', '_py_abc', '_pydecimal',
  '_pyio', '_queue', '_random', '_scproxy', '_sha1', '_sha3', '_signal', '_sitebuiltins', '_socket', '_sqlite3',
  '_sre', '_ssl', '_stat', '_statistics', '_string', '_strptime', '_struct', '_symtable', '_thread',
  '_threading_local', '_tkinter', '_tracemalloc', '_uuid', '_warnings', '_weakref', '_weakrefset', '_winapi', 'abc',
  'antigravity', 'argparse', 'array', 'ast', 'asyncio', 'atexit', 'base64', 'bdb', 'binascii', 'bisect', 'builtins',
  'bz2', 'cProfile', 'calendar', 'cmath', 'cmd', 'code', 'codecs', 'codeop', 'collections', 'colorsys', 'compileall',
  'concurrent', 'configparser', 'contextlib', 'contextvars', 'copy', 'copyreg', 'csv', 'ctypes', 'curses',
  'dataclasses', 'datetime', 'dbm', 'decimal', 'difflib', 'dis', 'doctest', 'email', 'encodings', 'ensurepip', 'enum',
  'errno', 'faulthandler', 'fcntl', 'filecmp', 'fileinput', 'fnmatch', 'fractions', 'ftplib', 'functools', 'gc',
  'genericpath', 'getopt', 'getpass', 'gettext', 'glob', 'grp', 'gzip', 'hashlib', 'heapq', 'hmac', 'html', 'http',
  'idlelib', 'imaplib', 'importlib', 'inspect', 'io', 'ipaddress', 'itertools', 'json', 'keyword', 'linecache',
  'locale', 'logging', 'lzma', 'mailbox', 'marshal', 'math', 'mimetypes', 'mmap', 'modulefinder', 'msvcrt',
  'multiprocessing', 'netrc', 'nt', 'ntpath', 'nturl2path', 'numbers', 'opcode', 'operator', 'optparse', 'os',
  'pathlib', 'pdb', 'pickle', 'pickletools', 'pkgutil', 'platform', 'plistlib', 'poplib', 'posix', 'posixpath',
  'pprint', 'profile', 'pstats', 'pty', 'pwd', 'py_compile', 'pyclbr', 'pydoc', 'pydoc_data', 'pyexpat', 'queue',
  'quopri', 'random', 're', 'readline', 'reprlib', 'resource', 'rlcompleter', 'runpy', 'sched', 'secrets', 'select',
  'selectors', 'shelve', 'shlex', 'shutil', 'signal', 'site', 'smtplib', 'socket', 'socketserver', 'sqlite3',
  'sre_compile', 'sre_constants', 'sre_parse', 'ssl', 'stat', 'statistics', 'string', 'stringprep', 'struct',
  'subprocess', 'symtable', 'sys', 'sysconfig', 'syslog', 'tabnanny', 'tarfile', 'tempfile', 'termios', 'textwrap',
  'this', 'threading', 'time', 'timeit', 'tkinter', 'token', 'tokenize', 'trace', 'traceback', 'tracemalloc', 'tty',
  'turtle', 'turtledemo', 'types', 'typing', 'unicodedata', 'unittest', 'urllib', 'uuid', 'venv', 'warnings', 'wave',
  'weakref', 'webbrowser', 'winreg', 'winsound', 'wsgiref', 'xml', 'xmlrpc', 'zipapp', 'zipfile', 'zipimport', 'zlib',
];

/** Modules added (`since`, first minor that has it) or removed (`until`, first minor without it) within 3.8–3.14. */
const CHANGED: Record<string, { since?: number; until?: number }> = {
  _aix_support: { since: 9 },
  _android_support: { since: 13 },
  _apple_support: { since: 14 },
  _ast_unparse: { since: 14 },
  _bootlocale: { until: 10 },
  _bootsubprocess: { since: 9, until: 12 },
  _colorize: { since: 13 },
  _compression: { until: 14 },
  _crypt: { until: 13 },
  _dummy_thread: { until: 9 },
  _hmac: { since: 14 },
  _interpchannels: { since: 13 },
  _interpqueues: { since: 13 },
  _interpreters: { since: 13 },
  _ios_support: { since: 13 },
  _msi: { until: 13 },
  _opcode_metadata: { since: 13 },
  _peg_parser: { since: 9, until: 10 },
  _py_warnings: { since: 14 },
  _pydatetime: { since: 12 },
  _pylong: { since: 12 },
  _pyrepl: { since: 13 },
  _remote_debugging: { since: 14 },
  _sha2: { since: 12 },
  _sha256: { until: 12 },
  _sha512: { until: 12 },
  _suggestions: { since: 13 },
  _sysconfig: { since: 13 },
  _tokenize: { since: 11 },
  _types: { since: 14 },
  _typing: { since: 11 },
  _wmi: { since: 13 },
  _zoneinfo: { since: 9 },
  _zstd: { since: 14 },
  aifc: { until: 13 },
  annotationlib: { since: 14 },
  asynchat: { until: 12 },
  asyncore: { until: 12 },
  audioop: { until: 13 },
  binhex: { until: 11 },
  cgi: { until: 13 },
  cgitb: { until: 13 },
  chunk: { until: 13 },
  compression: { since: 14 },
  crypt: { until: 13 },
  distutils: { until: 12 },
  dummy_threading: { until: 9 },
  formatter: { until: 10 },
  graphlib: { since: 9 },
  imghdr: { until: 13 },
  imp: { until: 12 },
  lib2to3: { until: 13 },
  mailcap: { until: 13 },
  msilib: { until: 13 },
  nis: { until: 13 },
  nntplib: { until: 13 },
  ossaudiodev: { until: 13 },
  parser: { until: 10 },
  pipes: { until: 13 },
  smtpd: { until: 12 },
  sndhdr: { until: 13 },
  spwd: { until: 13 },
  sunau: { until: 13 },
  symbol: { until: 10 },
  telnetlib: { until: 13 },
  tomllib: { since: 11 },
  uu: { until: 13 },
  xdrlib: { until: 13 },
  zoneinfo: { since: 9 },
};

const byMinor = new Map<number, ReadonlySet<string>>();

function clampMinor(minor: number): number {
  return Math.min(Math.max(minor, OLDEST), NEWEST);
}

/** The minor of `3.11`, `3.11.7` or `3.14.0rc1`; versions outside 3.8–3.14 are clamped, since that is all we know. */
function minorOf(pythonVersion: string): number {
  const match = /^\s*(\d+)\.(\d+)/.exec(pythonVersion);
  if (!match) throw new TypeError(`not a Python version: "${pythonVersion}"`);
  const major = Number(match[1]);
  if (major < 3) return OLDEST;
  if (major > 3) return NEWEST;
  return clampMinor(Number(match[2]));
}

/** Every stdlib top-level module name of the given Python version (`3.11` or `3.11.7`). */
export function stdlibModules(pythonVersion: string): ReadonlySet<string> {
  const minor = minorOf(pythonVersion);
  let names = byMinor.get(minor);
  if (!names) {
    const set = new Set(IN_ALL);
    for (const [name, { since = OLDEST, until = NEWEST + 1 }] of Object.entries(CHANGED)) {
      if (minor >= since && minor < until) set.add(name);
    }
    names = set;
    byMinor.set(minor, names);
  }
  return names;
}

/**
 * Whether `module` (dotted, e.g. `os.path`) belongs to the standard library of `pythonVersion`.
 * Only the top-level name counts. Private `_` names are stdlib only when CPython ships them (`_thread` is, a
 * project's `_utils` is not).
 */
export function isStdlibModule(module: string, pythonVersion: string): boolean {
  const top = module.split('.', 1)[0]!;
  return top !== '' && stdlibModules(pythonVersion).has(top);
}

const PATCHES = Array.from({ length: 31 }, (_, patch) => patch);

/** Turns the ways projects write a Python requirement into PEP 440 specifier sets, one per `||` alternative. */
function toPep440Alternatives(spec: string): string[] | undefined {
  const alternatives: string[] = [];
  for (const alternative of spec.split('||')) {
    // Clauses are separated by commas (PEP 440) or, in Poetry, by spaces: `>=3.9 <3.13`.
    const clauses = alternative
      .trim()
      .split(/\s*,\s*|\s+(?=[<>=!~^])/)
      .filter((clause) => clause !== '');
    if (clauses.length === 0) return undefined;
    const converted = clauses.map(toPep440Clause);
    if (converted.includes(undefined)) return undefined;
    const set = converted.filter((clause) => clause !== '').join(',');
    if (set !== '' && !validRange(set)) return undefined;
    alternatives.push(set);
  }
  return alternatives;
}

/** One clause: PEP 440 as is, Poetry `^`/`~`, conda `=3.10`, a bare `3.11` (`==3.11.*`), `*` (anything → ''). */
function toPep440Clause(clause: string): string | undefined {
  const text = clause.replace(/\s+/g, '');
  if (text === '*') return '';
  const series = pythonSeriesClause(text);
  if (series) return series;
  const poetry = /^([~^])(\d+(?:\.\d+)*)$/.exec(text);
  if (poetry) {
    const parts = poetry[2]!.split('.').map(Number);
    // ^3.10 → <4; ~3.10 → <3.11; ~3 → <4 (Poetry's rules).
    const upper = poetry[1] === '^' || parts.length === 1 ? [parts[0]! + 1] : [parts[0]!, parts[1]! + 1];
    return `>=${poetry[2]},<${upper.join('.')}`;
  }
  if (/^(===|==|!=|~=|<=|>=|<|>)\d/.test(text)) return text;
  return undefined;
}

function admits(alternatives: string[], version: string): boolean {
  return alternatives.some((set) => {
    if (set === '') return true;
    try {
      return satisfies(version, set);
    } catch {
      // The library throws on some ranges it accepted (`<` and a 400-digit release): such a range admits nothing known.
      return false;
    }
  });
}

function admitsMinor(alternatives: string[], major: number, minor: number): boolean {
  return PATCHES.some((patch) => admits(alternatives, `${major}.${minor}.${patch}`));
}

/**
 * The stdlib version (`3.8`–`3.14`) to check imports against, given a declared Python requirement such as `>=3.9`,
 * `~=3.10`, `3.11`, `^3.10`, `>=3.8,<3.12` or `python=3.10`'s `=3.10`.
 *
 * Rule: the lowest covered version the requirement admits, because the code must run there. A requirement that
 * admits only older Pythons (`3.7`, `<3.8`) gives 3.8; one that admits only newer ones (`>=3.15`) gives 3.14.
 * Nothing declared, or a requirement that cannot be read, gives the newest (3.14): the modules removed from the
 * stdlib by then must be declared.
 */
export function stdlibVersionFor(pythonSpecifier: string | undefined): string {
  const spec = pythonSpecifier?.trim().replace(/^python[\s-]*/i, '');
  const alternatives = spec ? toPep440Alternatives(spec) : undefined;
  if (!alternatives) return `3.${NEWEST}`;
  const lowest = STDLIB_MINORS.find((minor) => admitsMinor(alternatives, 3, minor));
  if (lowest !== undefined) return `3.${lowest}`;
  const older = [0, 1, 2, 3, 4, 5, 6, 7].some((minor) => admitsMinor(alternatives, 3, minor)) ||
    admitsMinor(alternatives, 2, 7);
  return `3.${older ? OLDEST : NEWEST}`;
}

/**
 * When `module` is not in `pythonVersion`'s standard library but is in another version's: the first version that has
 * it (`tomllib` → `3.11`) or the last one that had it (`distutils` → `3.11`), and which way.
 */
export function stdlibElsewhere(module: string, pythonVersion: string): { version: string; since: boolean } | undefined {
  const top = module.split('.', 1)[0]!;
  const changed = CHANGED[top];
  if (!changed || isStdlibModule(top, pythonVersion)) return undefined;
  const minor = minorOf(pythonVersion);
  if (changed.since !== undefined && minor < changed.since) return { version: `3.${changed.since}`, since: true };
  if (changed.until !== undefined && minor >= changed.until) return { version: `3.${changed.until - 1}`, since: false };
  return undefined;
}
