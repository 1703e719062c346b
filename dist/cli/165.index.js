export const id = 165;
export const ids = [165];
export const modules = {

/***/ 779:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F2: () => (/* binding */ readRequirements),
/* harmony export */   Z9: () => (/* binding */ loadConfig),
/* harmony export */   cl: () => (/* binding */ quoteValue)
/* harmony export */ });
/* unused harmony export defaultConfig */
/* harmony import */ var _text_units_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8779);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8815);
/* harmony import */ var _env_yaml_document_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2729);
/* harmony import */ var smol_toml__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3292);
// ml-hub's own settings: `[tool.ml-hub]` in pyproject.toml or `.github/ml-hub.yml` (or a file named by the `config`
// input). One schema for both; keys are kebab-case. Wrong types are diagnostics with file and line, never throws.




const defaultConfig = () => ({ exclude: [], mapping: {}, ignoreUndeclared: [], ignoreUnused: [], firstParty: [], extra: {} });
const known = new Set(['exclude', 'python', 'mapping', 'ignore', 'first-party', 'fail-on', 'requirements']);
/** Finds and reads the settings: an explicit path first, then `.github/ml-hub.yml`/`.yaml`, then pyproject.toml. */
function loadConfig(reader, explicitPath) {
    const candidates = explicitPath ? [explicitPath] : ['.github/ml-hub.yml', '.github/ml-hub.yaml', 'pyproject.toml'];
    for (const file of candidates) {
        const text = reader.read(file);
        if (text === undefined) {
            if (explicitPath)
                return { config: defaultConfig(), diagnostics: [{ severity: 'error', code: 'config/missing', message: `config file ${file} does not exist`, file }] };
            continue;
        }
        const loaded = file.endsWith('.toml') ? fromPyproject(file, text) : fromYaml(file, text);
        if (loaded)
            return loaded;
    }
    return { config: defaultConfig(), diagnostics: [] };
}
function fromYaml(file, text) {
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_1__/* .LineCounter */ .HN();
    const doc = (0,_env_yaml_document_js__WEBPACK_IMPORTED_MODULE_2__/* .parseYamlDocument */ .Iu)(text, { lineCounter, prettyErrors: false });
    const diagnostics = doc.errors.map((e) => ({
        severity: 'error',
        code: 'config/syntax',
        message: e.message.split('\n')[0],
        file,
        line: lineCounter.linePos(e.pos[0]).line,
    }));
    if (diagnostics.length)
        return { config: { ...defaultConfig(), source: file }, diagnostics };
    let value;
    try {
        // Aliases can be unresolved or explode (billion laughs): toJS throws then, with no position.
        value = doc.toJS({ maxAliasCount: 100 }) ?? {};
    }
    catch (e) {
        return { config: { ...defaultConfig(), source: file }, diagnostics: [{ severity: 'error', code: 'config/syntax', message: e.message, file, line: 1 }] };
    }
    const lineOf = (key) => {
        const contents = doc.contents;
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(contents))
            return undefined;
        const pair = contents.items.find((p) => p.key?.value === key);
        const node = (pair?.value ?? pair?.key);
        return node?.range ? lineCounter.linePos(node.range[0]).line : undefined;
    };
    return interpret(file, value, lineOf);
}
function fromPyproject(file, text) {
    let data;
    try {
        data = (0,smol_toml__WEBPACK_IMPORTED_MODULE_3__/* .parse */ .qg)(text);
    }
    catch (e) {
        // A broken pyproject.toml is reported by the packaging parser; settings fall back to defaults.
        if (e instanceof smol_toml__WEBPACK_IMPORTED_MODULE_3__/* .TomlError */ .zx)
            return undefined;
        throw e;
    }
    const section = data.tool?.['ml-hub'];
    if (section === undefined)
        return undefined;
    const lines = text.split('\n');
    const header = lines.findIndex((l) => /^\s*\[\s*tool\s*\.\s*(["']?)ml-hub\1\s*\]/.test(l));
    const lineOf = (key) => {
        if (header < 0)
            return undefined;
        for (let i = header + 1; i < lines.length && !/^\s*\[[^\]]/.test(lines[i]); i++) {
            if (new RegExp(`^\\s*["']?${key.replace(/[-]/g, '\\-')}["']?\\s*[=.]`).test(lines[i]))
                return i + 1;
        }
        return header + 1;
    };
    return interpret(file, section, lineOf);
}
function interpret(file, value, lineOf) {
    const config = { ...defaultConfig(), source: file };
    const diagnostics = [];
    const problem = (key, message, severity = 'error') => diagnostics.push({ severity, code: 'config/invalid', message: `${key}: ${message}`, file, line: lineOf(key) });
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        diagnostics.push({ severity: 'error', code: 'config/invalid', message: 'ml-hub settings must be a mapping of keys to values', file, line: 1 });
        return { config, diagnostics };
    }
    const settings = value;
    const strings = (key, v) => {
        if (v === undefined || v === null)
            return [];
        if (typeof v === 'string')
            return [v];
        if (Array.isArray(v) && v.every((x) => typeof x === 'string'))
            return v;
        problem(key, 'expected a string or a list of strings');
        return [];
    };
    for (const [key, v] of Object.entries(settings)) {
        if (!known.has(key)) {
            config.extra[key] = v;
            continue;
        }
        switch (key) {
            case 'exclude':
                config.exclude = strings(key, v);
                break;
            case 'python':
                if (typeof v === 'string' || typeof v === 'number')
                    config.python = String(v);
                else
                    problem(key, 'expected a version such as "3.11"');
                break;
            case 'first-party':
                config.firstParty = strings(key, v);
                break;
            case 'fail-on':
                if (v === 'never' || v === 'undeclared' || v === 'any')
                    config.failOn = v;
                else
                    problem(key, `expected never, undeclared or any, got ${quoteValue(v)}`);
                break;
            case 'mapping':
                if (typeof v !== 'object' || v === null || Array.isArray(v))
                    problem(key, 'expected a mapping of import names to distribution names');
                else
                    for (const [module, dist] of Object.entries(v))
                        config.mapping[module] = strings(`${key}.${module}`, dist);
                break;
            case 'ignore': {
                if (typeof v !== 'object' || v === null || Array.isArray(v)) {
                    problem(key, 'expected a mapping with `undeclared` and/or `unused` lists');
                    break;
                }
                const ignore = v;
                config.ignoreUndeclared = strings('ignore.undeclared', ignore.undeclared);
                config.ignoreUnused = strings('ignore.unused', ignore.unused);
                for (const k of Object.keys(ignore))
                    if (k !== 'undeclared' && k !== 'unused')
                        problem('ignore', `unknown key ${k}`, 'warning');
                break;
            }
            case 'requirements':
                config.requirements = readRequirements(v, (m) => problem('requirements', m));
                break;
        }
    }
    return { config, diagnostics };
}
/** A value for a message: its JSON, or what it is when JSON cannot write it (YAML aliases can make a value contain itself). */
function quoteValue(v) {
    try {
        return JSON.stringify(v) ?? String(v);
    }
    catch {
        return Array.isArray(v) ? 'a list' : typeof v === 'object' && v !== null ? 'a mapping' : typeof v;
    }
}
/** A `requirements:` mapping; problems go to `problem`. dispatch-training reads its `requirements` input with it too. */
function readRequirements(v, problem) {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) {
        problem('expected a mapping with cpus, memory, gpu, disk, python');
        return undefined;
    }
    const r = v;
    const out = {};
    const count = (key) => {
        if (r[key] === undefined)
            return;
        if (typeof r[key] === 'number' && Number.isInteger(r[key]) && r[key] >= 0)
            out[key] = r[key];
        else
            problem(`${key} must be a whole number, got ${quoteValue(r[key])}`);
    };
    count('cpus');
    count('gpu');
    for (const key of ['memory', 'disk']) {
        if (r[key] === undefined)
            continue;
        const size = (0,_text_units_js__WEBPACK_IMPORTED_MODULE_0__/* .parseSize */ .DB)(r[key], 'GiB');
        if (size === undefined)
            problem(`${key} must be a size such as "16GB", got ${quoteValue(r[key])}`);
        else
            out[key] = size;
    }
    if (r.python !== undefined)
        out.python = String(r.python);
    for (const k of Object.keys(r))
        if (!['cpus', 'memory', 'gpu', 'disk', 'python'].includes(k))
            problem(`unknown key ${k}`);
    return out;
}


/***/ }),

/***/ 5165:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  D: () => (/* binding */ detectDrift)
});

// UNUSED EXPORTS: buildAnalysis

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./shared/config/config.ts
var config_config = __webpack_require__(779);
// EXTERNAL MODULE: ./shared/env/load-environment.ts
var load_environment = __webpack_require__(604);
// EXTERNAL MODULE: ./shared/env/file-readers.ts
var file_readers = __webpack_require__(6483);
// EXTERNAL MODULE: ./shared/env/discover-packaging.ts
var discover_packaging = __webpack_require__(7561);
// EXTERNAL MODULE: ./shared/env/formats/index.ts + 22 modules
var formats = __webpack_require__(1042);
// EXTERNAL MODULE: ./shared/env/pep508.ts
var pep508 = __webpack_require__(5580);
// EXTERNAL MODULE: ./shared/env/pep440.ts
var pep440 = __webpack_require__(5503);
// EXTERNAL MODULE: ./shared/env/conda-matchspec.ts
var conda_matchspec = __webpack_require__(9166);
// EXTERNAL MODULE: ./shared/env/conda-names.ts
var conda_names = __webpack_require__(1976);
// EXTERNAL MODULE: ./shared/scan/discover-files.ts
var discover_files = __webpack_require__(2201);
// EXTERNAL MODULE: ./shared/scan/scan-files.ts + 1 modules
var scan_files = __webpack_require__(2828);
// EXTERNAL MODULE: ./node_modules/@renovatebot/pep440/index.js
var _renovatebot_pep440 = __webpack_require__(8898);
// EXTERNAL MODULE: ./shared/env/python-version.ts
var python_version = __webpack_require__(9635);
;// CONCATENATED MODULE: ./shared/scan/stdlib-modules.ts
// Which top-level modules ship with CPython 3.8–3.14, so that importing them never asks for a declared dependency.
//
// The data is `sys.stdlib_module_names` (every module CPython may ship, on any platform, private `_` ones included):
// - 3.10–3.13: read from CPython 3.10.13, 3.11.7, 3.12.1 and 3.13.0 (pyenv builds);
// - 3.14: read from CPython 3.14.2 as built by Pyodide 314.0.7 (the list is compiled in, identical on every platform);
// - 3.8 and 3.9 predate `sys.stdlib_module_names`: they are the 3.10 list with what 3.10 removed put back (`formatter`,
//   `parser`, `symbol`, `_bootlocale`, `_peg_parser`) and what 3.9 added taken out for 3.8, found by diffing the modules
//   that the CPython 3.8.18, 3.9.18 and 3.10.13 builds install, and matching the What's New pages.
// Membership holds within a minor series, so only the minor version matters.


/** Minor versions of Python 3 that the data covers, oldest first. */
const STDLIB_MINORS = [8, 9, 10, 11, 12, 13, 14];
const OLDEST = STDLIB_MINORS[0];
const NEWEST = STDLIB_MINORS[STDLIB_MINORS.length - 1];
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
const CHANGED = {
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
const byMinor = new Map();
function clampMinor(minor) {
    return Math.min(Math.max(minor, OLDEST), NEWEST);
}
/** The minor of `3.11`, `3.11.7` or `3.14.0rc1`; versions outside 3.8–3.14 are clamped, since that is all we know. */
function minorOf(pythonVersion) {
    const match = /^\s*(\d+)\.(\d+)/.exec(pythonVersion);
    if (!match)
        throw new TypeError(`not a Python version: "${pythonVersion}"`);
    const major = Number(match[1]);
    if (major < 3)
        return OLDEST;
    if (major > 3)
        return NEWEST;
    return clampMinor(Number(match[2]));
}
/** Every stdlib top-level module name of the given Python version (`3.11` or `3.11.7`). */
function stdlibModules(pythonVersion) {
    const minor = minorOf(pythonVersion);
    let names = byMinor.get(minor);
    if (!names) {
        const set = new Set(IN_ALL);
        for (const [name, { since = OLDEST, until = NEWEST + 1 }] of Object.entries(CHANGED)) {
            if (minor >= since && minor < until)
                set.add(name);
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
function isStdlibModule(module, pythonVersion) {
    const top = module.split('.', 1)[0];
    return top !== '' && stdlibModules(pythonVersion).has(top);
}
const PATCHES = Array.from({ length: 31 }, (_, patch) => patch);
/** Turns the ways projects write a Python requirement into PEP 440 specifier sets, one per `||` alternative. */
function toPep440Alternatives(spec) {
    const alternatives = [];
    for (const alternative of spec.split('||')) {
        // Clauses are separated by commas (PEP 440) or, in Poetry, by spaces: `>=3.9 <3.13`.
        const clauses = alternative
            .trim()
            .split(/\s*,\s*|\s+(?=[<>=!~^])/)
            .filter((clause) => clause !== '');
        if (clauses.length === 0)
            return undefined;
        const converted = clauses.map(toPep440Clause);
        if (converted.includes(undefined))
            return undefined;
        const set = converted.filter((clause) => clause !== '').join(',');
        if (set !== '' && !(0,_renovatebot_pep440.validRange)(set))
            return undefined;
        alternatives.push(set);
    }
    return alternatives;
}
/** One clause: PEP 440 as is, Poetry `^`/`~`, conda `=3.10`, a bare `3.11` (`==3.11.*`), `*` (anything → ''). */
function toPep440Clause(clause) {
    const text = clause.replace(/\s+/g, '');
    if (text === '*')
        return '';
    const series = (0,python_version/* pythonSeriesClause */.V3)(text);
    if (series)
        return series;
    const poetry = /^([~^])(\d+(?:\.\d+)*)$/.exec(text);
    if (poetry) {
        const parts = poetry[2].split('.').map(Number);
        // ^3.10 → <4; ~3.10 → <3.11; ~3 → <4 (Poetry's rules).
        const upper = poetry[1] === '^' || parts.length === 1 ? [parts[0] + 1] : [parts[0], parts[1] + 1];
        return `>=${poetry[2]},<${upper.join('.')}`;
    }
    if (/^(===|==|!=|~=|<=|>=|<|>)\d/.test(text))
        return text;
    return undefined;
}
function admits(alternatives, version) {
    return alternatives.some((set) => {
        if (set === '')
            return true;
        try {
            return (0,_renovatebot_pep440.satisfies)(version, set);
        }
        catch {
            // The library throws on some ranges it accepted (`<` and a 400-digit release): such a range admits nothing known.
            return false;
        }
    });
}
function admitsMinor(alternatives, major, minor) {
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
function stdlibVersionFor(pythonSpecifier) {
    const spec = pythonSpecifier?.trim().replace(/^python[\s-]*/i, '');
    const alternatives = spec ? toPep440Alternatives(spec) : undefined;
    if (!alternatives)
        return `3.${NEWEST}`;
    const lowest = STDLIB_MINORS.find((minor) => admitsMinor(alternatives, 3, minor));
    if (lowest !== undefined)
        return `3.${lowest}`;
    const older = [0, 1, 2, 3, 4, 5, 6, 7].some((minor) => admitsMinor(alternatives, 3, minor)) ||
        admitsMinor(alternatives, 2, 7);
    return `3.${older ? OLDEST : NEWEST}`;
}
/**
 * When `module` is not in `pythonVersion`'s standard library but is in another version's: the first version that has
 * it (`tomllib` → `3.11`) or the last one that had it (`distutils` → `3.11`), and which way.
 */
function stdlibElsewhere(module, pythonVersion) {
    const top = module.split('.', 1)[0];
    const changed = CHANGED[top];
    if (!changed || isStdlibModule(top, pythonVersion))
        return undefined;
    const minor = minorOf(pythonVersion);
    if (changed.since !== undefined && minor < changed.since)
        return { version: `3.${changed.since}`, since: true };
    if (changed.until !== undefined && minor >= changed.until)
        return { version: `3.${changed.until - 1}`, since: false };
    return undefined;
}

// EXTERNAL MODULE: ./shared/scan/interpreter-metadata.ts
var interpreter_metadata = __webpack_require__(8496);
;// CONCATENATED MODULE: ./shared/scan/import-names.ts
// The bundled table of which distribution (the name `pip install` takes) provides which import name, used when the
// project's interpreter is not at hand. Import names are as written in code, dotted below a namespace package
// (`google.cloud.storage`); distribution names are PEP 503-normalised. Where several distributions provide the same
// module (`cv2`), the usual one comes first.
//
// Every entry was checked against one of two kinds of evidence, kept per entry in `evidence`:
// - 'metadata': the top_level.txt / RECORD / installed files of a real build: the wheels in this project's
//   development interpreter (CPython 3.11.7 site-packages), or the Debian 12 `python3-*` packages, whose
//   egg-info/dist-info names the PyPI distribution and whose file list shows the import names;
// - 'docs': the project's own install instructions and import examples, or its repository layout (namespace
//   packages: the `google/cloud/<x>/__init__.py` the wheel is built from).
/** Checked against installed metadata (see the header); the comment names the build. */
const FROM_METADATA = [
    // CPython 3.11.7 site-packages (pip wheels).
    ['attr', 'attrs'],
    ['attrs', 'attrs'],
    ['yaml', 'pyyaml'],
    ['dateutil', 'python-dateutil'],
    ['dotenv', 'python-dotenv'],
    ['cpuinfo', 'py-cpuinfo'],
    ['IPython', 'ipython'],
    ['setuptools', 'setuptools'],
    ['pkg_resources', 'setuptools'],
    ['pytest', 'pytest'],
    ['_pytest', 'pytest'],
    // pytest ships a `py.py` shim for the old `py` library it replaced.
    ['py', ['py', 'pytest']],
    ['sympy', 'sympy'],
    ['isympy', 'sympy'],
    ['mpmath', 'mpmath'],
    ['numpy', 'numpy'],
    ['scipy', 'scipy'],
    ['networkx', 'networkx'],
    ['requests', 'requests'],
    ['urllib3', 'urllib3'],
    ['certifi', 'certifi'],
    ['idna', 'idna'],
    ['charset_normalizer', 'charset-normalizer'],
    ['click', 'click'],
    ['cloudpickle', 'cloudpickle'],
    ['colorama', 'colorama'],
    ['cryptography', 'cryptography'],
    ['cffi', 'cffi'],
    ['pycparser', 'pycparser'],
    ['decorator', 'decorator'],
    ['docker', 'docker'],
    ['docutils', 'docutils'],
    ['flask', 'flask'],
    ['flask_cors', 'flask-cors'],
    ['werkzeug', 'werkzeug'],
    ['jinja2', 'jinja2'],
    ['markupsafe', 'markupsafe'],
    ['itsdangerous', 'itsdangerous'],
    ['blinker', 'blinker'],
    ['graphql', 'graphql-core'],
    ['antlr4', 'antlr4-python3-runtime'],
    ['hypothesis', 'hypothesis'],
    ['jedi', 'jedi'],
    ['parso', 'parso'],
    ['jmespath', 'jmespath'],
    ['jsonpatch', 'jsonpatch'],
    ['jsonpointer', 'jsonpointer'],
    ['jsonpath_ng', 'jsonpath-ng'],
    ['jsonschema', 'jsonschema'],
    ['referencing', 'referencing'],
    ['rpds', 'rpds-py'],
    ['moto', 'moto'],
    ['responses', 'responses'],
    ['boto3', 'boto3'],
    ['botocore', 'botocore'],
    ['s3transfer', 's3transfer'],
    ['awscli', 'awscli'],
    ['samtranslator', 'aws-sam-translator'],
    ['cfnlint', 'cfn-lint'],
    ['aws_xray_sdk', 'aws-xray-sdk'],
    ['mypy_extensions', 'mypy-extensions'],
    ['typing_extensions', 'typing-extensions'],
    ['typing_inspect', 'typing-inspect'],
    ['annotated_types', 'annotated-types'],
    ['pydantic', 'pydantic'],
    ['pydantic_core', 'pydantic-core'],
    ['pydantic_settings', 'pydantic-settings'],
    ['orjson', 'orjson'],
    ['packaging', 'packaging'],
    ['pluggy', 'pluggy'],
    ['iniconfig', 'iniconfig'],
    ['pytest_benchmark', 'pytest-benchmark'],
    ['pexpect', 'pexpect'],
    ['ptyprocess', 'ptyprocess'],
    ['prompt_toolkit', 'prompt-toolkit'],
    ['pygments', 'pygments'],
    ['pyparsing', 'pyparsing'],
    ['pyasn1', 'pyasn1'],
    ['rsa', 'rsa'],
    ['regex', 'regex'],
    ['six', 'six'],
    ['sniffio', 'sniffio'],
    ['sortedcontainers', 'sortedcontainers'],
    ['traitlets', 'traitlets'],
    ['matplotlib_inline', 'matplotlib-inline'],
    ['trio', 'trio'],
    ['outcome', 'outcome'],
    ['wcwidth', 'wcwidth'],
    ['wrapt', 'wrapt'],
    ['xmltodict', 'xmltodict'],
    ['libcst', 'libcst'],
    ['asttokens', 'asttokens'],
    ['executing', 'executing'],
    ['pure_eval', 'pure-eval'],
    ['stack_data', 'stack-data'],
    ['lazy_object_proxy', 'lazy-object-proxy'],
    ['joserfc', 'joserfc'],
    ['pip', 'pip'],
    // Debian 12 packages: the python3-* packages and the base system's own (egg-info/dist-info name and file list).
    ['sklearn', 'scikit-learn'],
    ['skimage', 'scikit-image'],
    ['bs4', 'beautifulsoup4'],
    ['PIL', 'pillow'],
    ['google.protobuf', 'protobuf'],
    ['google.auth', 'google-auth'],
    ['google.oauth2', 'google-auth'],
    ['googleapiclient', 'google-api-python-client'],
    ['apiclient', 'google-api-python-client'],
    ['google_auth_oauthlib', 'google-auth-oauthlib'],
    ['grpc', 'grpcio'],
    ['jwt', 'pyjwt'],
    ['OpenSSL', 'pyopenssl'],
    ['serial', 'pyserial'],
    ['usb', 'pyusb'],
    ['git', 'gitpython'],
    ['github', 'pygithub'],
    ['gitlab', 'python-gitlab'],
    ['jenkins', 'python-jenkins'],
    ['zmq', 'pyzmq'],
    ['MySQLdb', 'mysqlclient'],
    ['pymysql', 'pymysql'],
    ['Cryptodome', 'pycryptodomex'],
    ['nacl', 'pynacl'],
    ['socks', 'pysocks'],
    ['sockshandler', 'pysocks'],
    ['cairo', 'pycairo'],
    ['gi', 'pygobject'],
    ['dbus', 'dbus-python'],
    ['docx', 'python-docx'],
    ['slugify', 'python-slugify'],
    ['multipart', 'python-multipart'],
    ['jose', 'python-jose'],
    ['ldap', 'python-ldap'],
    ['ldapurl', 'python-ldap'],
    ['ldif', 'python-ldap'],
    ['memcache', 'python-memcached'],
    ['dns', 'dnspython'],
    ['magic', 'python-magic'],
    ['pywt', 'pywavelets'],
    ['websocket', 'websocket-client'],
    ['websockets', 'websockets'],
    ['socketio', 'python-socketio'],
    ['engineio', 'python-engineio'],
    ['Xlib', 'python-xlib'],
    ['snappy', 'python-snappy'],
    ['pdfminer', 'pdfminer-six'],
    ['PyPDF2', 'pypdf2'],
    ['discord', 'discord-py'],
    ['Bio', 'biopython'],
    ['BioSQL', 'biopython'],
    ['unidecode', 'unidecode'],
    ['matplotlib', 'matplotlib'],
    ['pylab', 'matplotlib'],
    ['pymongo', 'pymongo'],
    ['bson', 'pymongo'],
    ['gridfs', 'pymongo'],
    ['kafka', 'kafka-python'],
    ['absl', 'absl-py'],
    ['gflags', 'python-gflags'],
    ['wx', 'wxpython'],
    ['factory', 'factory-boy'],
    ['netCDF4', 'netcdf4'],
    ['tables', 'tables'],
    ['ruamel.yaml', 'ruamel-yaml'],
    ['zope.interface', 'zope-interface'],
    ['paho.mqtt', 'paho-mqtt'],
    ['pydicom', 'pydicom'],
    ['nibabel', 'nibabel'],
    ['soundfile', 'soundfile'],
    ['omegaconf', 'omegaconf'],
    ['pytz', 'pytz'],
    ['lxml', 'lxml'],
    ['sentry_sdk', 'sentry-sdk'],
    ['prometheus_client', 'prometheus-client'],
    ['PyQt5', 'pyqt5'],
    ['pyasn1_modules', 'pyasn1-modules'],
    ['requests_oauthlib', 'requests-oauthlib'],
    ['oauthlib', 'oauthlib'],
    ['httplib2', 'httplib2'],
    ['uritemplate', 'uritemplate'],
    ['brotli', 'brotli'],
    ['lz4', 'lz4'],
    ['zstandard', 'zstandard'],
    ['importlib_metadata', 'importlib-metadata'],
    ['more_itertools', 'more-itertools'],
    ['deprecated', 'deprecated'],
    ['kubernetes', 'kubernetes'],
    ['paramiko', 'paramiko'],
    ['pika', 'pika'],
    ['celery', 'celery'],
    ['kombu', 'kombu'],
    ['toolz', 'toolz'],
    ['tlz', 'toolz'],
    ['dask', 'dask'],
    ['distributed', 'distributed'],
    ['numba', 'numba'],
    ['llvmlite', 'llvmlite'],
    ['statsmodels', 'statsmodels'],
    ['seaborn', 'seaborn'],
    ['plotly', 'plotly'],
    ['nltk', 'nltk'],
    ['gensim', 'gensim'],
    ['tqdm', 'tqdm'],
    ['joblib', 'joblib'],
    ['xgboost', 'xgboost'],
    ['imblearn', 'imbalanced-learn'],
    ['h5netcdf', 'h5netcdf'],
    ['xarray', 'xarray'],
    ['zarr', 'zarr'],
    ['imageio', 'imageio'],
    ['tifffile', 'tifffile'],
    ['pooch', 'pooch'],
    ['requests_mock', 'requests-mock'],
    ['freezegun', 'freezegun'],
    ['mock', 'mock'],
    ['pandas', 'pandas'],
    ['toml', 'toml'],
    ['distro', 'distro'],
];
/** Checked against each project's install instructions and import examples, or its repository layout. */
const FROM_DOCS = [
    // `pip install python-youtube`, `import pyyoutube` (its README); there is no PyPI project named pyyoutube.
    ['pyyoutube', 'python-youtube'],
    // PyPI's `google` is the search scraper (`from googlesearch import search`), not the `google` namespace.
    ['googlesearch', ['googlesearch-python', 'google']],
    // Import names that share nothing with the distribution (each project's README: `pip install PyPortfolioOpt` /
    // `from pypfopt import …`, `pip install TA-Lib` / `import talib`, `pip install torchserve` / `from ts.torch_handler…`,
    // `pip install torch-model-archiver` / `model_archiver`).
    ['pypfopt', 'pyportfolioopt'],
    // `pip install mosaicml-cli` / `import mcli`; `pip install mock-ssh-server` / `import mockssh`; CP-Flow's setup.py
    // names its package cpflows.
    ['mcli', 'mosaicml-cli'],
    ['mockssh', 'mock-ssh-server'],
    ['cpflows', 'cp-flow'],
    // fugue ships its engines' bindings as top-level packages of its own (`find_packages(include=["fugue*"])`).
    ['fugue_dask', 'fugue'],
    ['fugue_ray', 'fugue'],
    ['fugue_spark', 'fugue'],
    ['fugue_duckdb', 'fugue'],
    ['fugue_polars', 'fugue'],
    ['fugue_ibis', 'fugue'],
    ['talib', 'ta-lib'],
    ['ts', 'torchserve'],
    ['model_archiver', 'torch-model-archiver'],
    ['workflow_archiver', 'torch-workflow-archiver'],
    // Deep learning frameworks and their ecosystems.
    ['torch', 'torch'],
    ['torchvision', 'torchvision'],
    ['torchaudio', 'torchaudio'],
    ['torchtext', 'torchtext'],
    ['torchdata', 'torchdata'],
    ['torchmetrics', 'torchmetrics'],
    ['pytorch_lightning', 'pytorch-lightning'],
    ['lightning', 'lightning'],
    ['lightning_fabric', 'lightning-fabric'],
    ['torch_geometric', 'torch-geometric'],
    ['timm', 'timm'],
    ['accelerate', 'accelerate'],
    ['peft', 'peft'],
    ['trl', 'trl'],
    ['bitsandbytes', 'bitsandbytes'],
    ['deepspeed', 'deepspeed'],
    ['xformers', 'xformers'],
    ['flash_attn', 'flash-attn'],
    // fla-org/flash-linear-attention publishes `fla` as two wheels: fla-core (ops, modules) and flash-linear-attention.
    ['fla', ['flash-linear-attention', 'fla-core']],
    // NVIDIA's CuTe DSL (`pip install nvidia-cutlass-dsl`, `import cutlass.cute as cute`) and the kernels built on it
    // (Dao-AILab/quack: `pip install quack-kernels`, `from quack import rmsnorm`); CUDA's Python bindings.
    ['cutlass', 'nvidia-cutlass-dsl'],
    ['quack', 'quack-kernels'],
    ['cuda', 'cuda-python'],
    // Hardware SDKs (lerobot): Feetech's servo SDK, cython-hidapi (`import hid`), Intel RealSense's macOS build.
    ['scservo_sdk', 'feetech-servo-sdk'],
    // PyOpenGL (`pip install PyOpenGL`, `from OpenGL import GL`; stylegan3's visualizer).
    ['OpenGL', 'pyopengl'],
    ['hid', ['hidapi', 'hid']],
    ['pyrealsense2', ['pyrealsense2', 'pyrealsense2-macosx']],
    // NVIDIA NeMo (`pip install nemo_toolkit`, `import nemo`) and Megatron's core library (`from megatron.core import`;
    // Megatron-LM itself is not on PyPI).
    ['nemo', 'nemo-toolkit'],
    ['megatron.core', 'megatron-core'],
    ['triton', 'triton'],
    ['tensorflow', ['tensorflow', 'tensorflow-cpu', 'tensorflow-gpu', 'tensorflow-macos', 'tf-nightly']],
    ['keras', 'keras'],
    ['tf_keras', 'tf-keras'],
    ['tensorboard', 'tensorboard'],
    ['tensorboardX', 'tensorboardx'],
    ['tensorflow_hub', 'tensorflow-hub'],
    ['tensorflow_datasets', 'tensorflow-datasets'],
    ['tensorflow_probability', 'tensorflow-probability'],
    ['tensorflow_addons', 'tensorflow-addons'],
    ['tensorflow_text', 'tensorflow-text'],
    ['tflite_runtime', 'tflite-runtime'],
    ['jax', 'jax'],
    ['jaxlib', 'jaxlib'],
    ['flax', 'flax'],
    ['optax', 'optax'],
    ['chex', 'chex'],
    ['orbax.checkpoint', 'orbax-checkpoint'],
    ['equinox', 'equinox'],
    ['haiku', 'dm-haiku'],
    ['tree', 'dm-tree'],
    ['paddle', ['paddlepaddle', 'paddlepaddle-gpu']],
    ['mxnet', 'mxnet'],
    ['einops', 'einops'],
    ['cupy', ['cupy', 'cupy-cuda12x', 'cupy-cuda11x']],
    ['pynvml', ['nvidia-ml-py', 'pynvml']],
    ['GPUtil', 'gputil'],
    // Model formats and serving.
    ['onnx', 'onnx'],
    ['onnxruntime', ['onnxruntime', 'onnxruntime-gpu']],
    ['skl2onnx', 'skl2onnx'],
    ['tf2onnx', 'tf2onnx'],
    ['onnxmltools', 'onnxmltools'],
    ['openvino', 'openvino'],
    ['tensorrt', 'tensorrt'],
    ['coremltools', 'coremltools'],
    ['bentoml', 'bentoml'],
    // Classical ML, tuning, explainability.
    ['lightgbm', 'lightgbm'],
    ['catboost', 'catboost'],
    ['skopt', 'scikit-optimize'],
    ['category_encoders', 'category-encoders'],
    ['optuna', 'optuna'],
    ['hyperopt', 'hyperopt'],
    // Ray Tune's search algorithms' backends (each project's README: `pip install ax-platform` / `from ax.service…`,
    // `pip install HEBO` / `from hebo.optimizers…`, `pip install bayesian-optimization` / `from bayes_opt import …`).
    ['ax', 'ax-platform'],
    ['hebo', 'hebo'],
    ['zoopt', 'zoopt'],
    ['flaml', 'flaml'],
    ['hpbandster', 'hpbandster'],
    ['ConfigSpace', 'configspace'],
    ['nevergrad', 'nevergrad'],
    ['bayes_opt', 'bayesian-optimization'],
    ['shap', 'shap'],
    ['lime', 'lime'],
    ['umap', 'umap-learn'],
    ['hdbscan', 'hdbscan'],
    ['faiss', ['faiss-cpu', 'faiss-gpu']],
    ['annoy', 'annoy'],
    ['hnswlib', 'hnswlib'],
    // Experiment tracking, pipelines, data quality.
    ['mlflow', ['mlflow', 'mlflow-skinny']],
    ['wandb', 'wandb'],
    ['aim', 'aim'],
    ['comet_ml', 'comet-ml'],
    ['neptune', ['neptune', 'neptune-client']],
    ['clearml', 'clearml'],
    ['ray', 'ray'],
    ['dvc', 'dvc'],
    ['airflow', 'apache-airflow'],
    ['prefect', 'prefect'],
    ['dagster', 'dagster'],
    ['kedro', 'kedro'],
    ['metaflow', 'metaflow'],
    ['great_expectations', 'great-expectations'],
    ['pandera', 'pandera'],
    ['hydra', 'hydra-core'],
    // NLP, LLMs and vector stores.
    ['transformers', 'transformers'],
    ['tokenizers', 'tokenizers'],
    ['datasets', 'datasets'],
    ['evaluate', 'evaluate'],
    ['diffusers', 'diffusers'],
    ['safetensors', 'safetensors'],
    ['huggingface_hub', 'huggingface-hub'],
    ['sentence_transformers', 'sentence-transformers'],
    ['sentencepiece', 'sentencepiece'],
    ['tiktoken', 'tiktoken'],
    ['openai', 'openai'],
    ['anthropic', 'anthropic'],
    ['litellm', 'litellm'],
    ['vllm', 'vllm'],
    ['optimum', 'optimum'],
    ['auto_gptq', 'auto-gptq'],
    ['awq', 'autoawq'],
    ['llama_cpp', 'llama-cpp-python'],
    ['langchain', 'langchain'],
    ['langchain_core', 'langchain-core'],
    ['langchain_community', 'langchain-community'],
    ['langchain_openai', 'langchain-openai'],
    ['langchain_text_splitters', 'langchain-text-splitters'],
    ['langgraph', 'langgraph'],
    ['llama_index', 'llama-index'],
    ['llama_index.core', 'llama-index-core'],
    ['chromadb', 'chromadb'],
    ['pinecone', ['pinecone', 'pinecone-client']],
    ['weaviate', 'weaviate-client'],
    ['qdrant_client', 'qdrant-client'],
    ['spacy', 'spacy'],
    ['textblob', 'textblob'],
    ['jieba', 'jieba'],
    ['Levenshtein', ['levenshtein', 'python-levenshtein']],
    ['rapidfuzz', 'rapidfuzz'],
    ['thefuzz', 'thefuzz'],
    ['fuzzywuzzy', 'fuzzywuzzy'],
    ['langdetect', 'langdetect'],
    ['emoji', 'emoji'],
    ['ftfy', 'ftfy'],
    // Vision, audio, science.
    ['cv2', ['opencv-python', 'opencv-python-headless', 'opencv-contrib-python', 'opencv-contrib-python-headless']],
    ['h5py', 'h5py'],
    ['albumentations', 'albumentations'],
    ['imgaug', 'imgaug'],
    ['kornia', 'kornia'],
    ['ultralytics', 'ultralytics'],
    ['mmcv', ['mmcv', 'mmcv-full']],
    ['mmdet', 'mmdet'],
    ['mmseg', 'mmsegmentation'],
    // LiveCodeBench's package (pyproject `name = "livecodebench"`).
    ['lcb_runner', 'livecodebench'],
    ['pycocotools', 'pycocotools'],
    ['open3d', 'open3d'],
    ['trimesh', 'trimesh'],
    ['SimpleITK', 'simpleitk'],
    ['librosa', 'librosa'],
    ['pydub', 'pydub'],
    ['sounddevice', 'sounddevice'],
    ['moviepy', 'moviepy'],
    ['ffmpeg', 'ffmpeg-python'],
    ['whisper', 'openai-whisper'],
    ['speech_recognition', 'speechrecognition'],
    ['gtts', 'gtts'],
    ['pyttsx3', 'pyttsx3'],
    ['rdkit', 'rdkit'],
    ['gym', 'gym'],
    ['gymnasium', 'gymnasium'],
    ['stable_baselines3', 'stable-baselines3'],
    ['mujoco', 'mujoco'],
    ['osgeo', 'gdal'],
    ['shapely', 'shapely'],
    ['fiona', 'fiona'],
    ['pyproj', 'pyproj'],
    ['rasterio', 'rasterio'],
    ['geopandas', 'geopandas'],
    ['folium', 'folium'],
    ['numexpr', 'numexpr'],
    ['bottleneck', 'bottleneck'],
    // Matplotlib's toolkits are a namespace package that Basemap adds to.
    ['mpl_toolkits.mplot3d', 'matplotlib'],
    ['mpl_toolkits.axes_grid1', 'matplotlib'],
    ['mpl_toolkits.axisartist', 'matplotlib'],
    ['mpl_toolkits.basemap', 'basemap'],
    // Dataframes, storage, big data.
    ['polars', 'polars'],
    ['pyarrow', 'pyarrow'],
    ['fastparquet', 'fastparquet'],
    ['duckdb', 'duckdb'],
    ['pyspark', 'pyspark'],
    ['findspark', 'findspark'],
    ['py4j', 'py4j'],
    ['delta', 'delta-spark'],
    ['apache_beam', 'apache-beam'],
    ['fsspec', 'fsspec'],
    ['s3fs', 's3fs'],
    ['gcsfs', 'gcsfs'],
    ['adlfs', 'adlfs'],
    ['smart_open', 'smart-open'],
    ['openpyxl', 'openpyxl'],
    ['xlrd', 'xlrd'],
    ['xlsxwriter', 'xlsxwriter'],
    ['pypdf', 'pypdf'],
    ['pdfplumber', 'pdfplumber'],
    ['fitz', 'pymupdf'],
    ['pymupdf', 'pymupdf'],
    ['reportlab', 'reportlab'],
    ['pptx', 'python-pptx'],
    ['markdown', 'markdown'],
    ['html5lib', 'html5lib'],
    ['msgpack', 'msgpack'],
    ['ujson', 'ujson'],
    ['simplejson', 'simplejson'],
    ['dill', 'dill'],
    // Databases and queues.
    ['sqlalchemy', 'sqlalchemy'],
    ['alembic', 'alembic'],
    ['psycopg2', ['psycopg2', 'psycopg2-binary']],
    ['psycopg', 'psycopg'],
    ['asyncpg', 'asyncpg'],
    ['pyodbc', 'pyodbc'],
    ['oracledb', 'oracledb'],
    ['cx_Oracle', 'cx-oracle'],
    ['redis', 'redis'],
    ['motor', 'motor'],
    ['elasticsearch', 'elasticsearch'],
    ['opensearchpy', 'opensearch-py'],
    ['cassandra', 'cassandra-driver'],
    ['neo4j', 'neo4j'],
    ['confluent_kafka', 'confluent-kafka'],
    // Web, APIs, configuration.
    ['django', 'django'],
    ['rest_framework', 'djangorestframework'],
    ['corsheaders', 'django-cors-headers'],
    ['environ', 'django-environ'],
    ['fastapi', 'fastapi'],
    ['starlette', 'starlette'],
    ['uvicorn', 'uvicorn'],
    ['gunicorn', 'gunicorn'],
    ['httpx', 'httpx'],
    ['aiohttp', 'aiohttp'],
    ['python_multipart', 'python-multipart'],
    ['gradio', 'gradio'],
    ['streamlit', 'streamlit'],
    ['dash', 'dash'],
    ['bokeh', 'bokeh'],
    ['altair', 'altair'],
    ['panel', 'panel'],
    ['holoviews', 'holoviews'],
    ['ipywidgets', 'ipywidgets'],
    ['ipykernel', 'ipykernel'],
    ['nbformat', 'nbformat'],
    ['nbconvert', 'nbconvert'],
    ['papermill', 'papermill'],
    ['scrapy', 'scrapy'],
    ['selenium', 'selenium'],
    ['playwright', 'playwright'],
    ['telegram', 'python-telegram-bot'],
    ['slack_sdk', 'slack-sdk'],
    ['tweepy', 'tweepy'],
    ['kaggle', 'kaggle'],
    ['box', 'python-box'],
    ['decouple', 'python-decouple'],
    ['Crypto', ['pycryptodome', 'pycrypto']],
    ['bcrypt', 'bcrypt'],
    ['passlib', 'passlib'],
    ['msal', 'msal'],
    ['grpc_tools', 'grpcio-tools'],
    ['grpc_status', 'grpcio-status'],
    ['google_auth_httplib2', 'google-auth-httplib2'],
    // Cloud SDKs in namespace packages: each distribution owns one subpackage.
    ['google.api_core', 'google-api-core'],
    ['google.api', 'googleapis-common-protos'],
    ['google.rpc', 'googleapis-common-protos'],
    ['google.type', 'googleapis-common-protos'],
    ['google.longrunning', 'googleapis-common-protos'],
    ['google.cloud.client', 'google-cloud-core'],
    ['google.cloud.exceptions', 'google-cloud-core'],
    ['google.cloud.storage', 'google-cloud-storage'],
    ['google.cloud.bigquery', 'google-cloud-bigquery'],
    ['google.cloud.bigquery_storage', 'google-cloud-bigquery-storage'],
    ['google.cloud.pubsub', 'google-cloud-pubsub'],
    ['google.cloud.pubsub_v1', 'google-cloud-pubsub'],
    ['google.cloud.aiplatform', 'google-cloud-aiplatform'],
    ['vertexai', 'google-cloud-aiplatform'],
    ['google.cloud.secretmanager', 'google-cloud-secret-manager'],
    ['google.cloud.logging', 'google-cloud-logging'],
    ['google.cloud.firestore', 'google-cloud-firestore'],
    ['google.cloud.kms', 'google-cloud-kms'],
    ['google.cloud.speech', 'google-cloud-speech'],
    ['google.cloud.vision', 'google-cloud-vision'],
    ['google.cloud.translate', 'google-cloud-translate'],
    ['google.cloud.texttospeech', 'google-cloud-texttospeech'],
    ['google.cloud.language', 'google-cloud-language'],
    ['google.cloud.tasks', 'google-cloud-tasks'],
    ['google.cloud.monitoring', 'google-cloud-monitoring'],
    ['google.cloud.bigtable', 'google-cloud-bigtable'],
    ['google.cloud.spanner', 'google-cloud-spanner'],
    ['google.genai', 'google-genai'],
    ['google.generativeai', 'google-generativeai'],
    ['azure.core', 'azure-core'],
    ['azure.identity', 'azure-identity'],
    ['azure.storage.blob', 'azure-storage-blob'],
    ['azure.keyvault.secrets', 'azure-keyvault-secrets'],
    ['azure.cosmos', 'azure-cosmos'],
    ['azure.ai.ml', 'azure-ai-ml'],
    ['snowflake.connector', 'snowflake-connector-python'],
    ['snowflake.snowpark', 'snowflake-snowpark-python'],
    ['databricks.sql', 'databricks-sql-connector'],
    ['databricks.sdk', 'databricks-sdk'],
    ['opentelemetry.trace', 'opentelemetry-api'],
    ['opentelemetry.metrics', 'opentelemetry-api'],
    ['opentelemetry.context', 'opentelemetry-api'],
    ['opentelemetry.propagate', 'opentelemetry-api'],
    ['opentelemetry.baggage', 'opentelemetry-api'],
    ['opentelemetry.sdk', 'opentelemetry-sdk'],
    // Tooling and utilities.
    ['typer', 'typer'],
    ['rich', 'rich'],
    ['fire', 'fire'],
    ['tabulate', 'tabulate'],
    ['termcolor', 'termcolor'],
    ['loguru', 'loguru'],
    ['structlog', 'structlog'],
    ['marshmallow', 'marshmallow'],
    ['cattrs', 'cattrs'],
    ['tenacity', 'tenacity'],
    ['backoff', 'backoff'],
    ['cachetools', 'cachetools'],
    ['diskcache', 'diskcache'],
    ['filelock', 'filelock'],
    ['platformdirs', 'platformdirs'],
    ['psutil', 'psutil'],
    ['tzdata', 'tzdata'],
    ['tzlocal', 'tzlocal'],
    ['arrow', 'arrow'],
    ['pendulum', 'pendulum'],
    ['humanize', 'humanize'],
    ['babel', 'babel'],
    ['tomli', 'tomli'],
    ['tomlkit', 'tomlkit'],
    ['anyio', 'anyio'],
    ['h11', 'h11'],
    ['httpcore', 'httpcore'],
    ['uvloop', 'uvloop'],
    ['nest_asyncio', 'nest-asyncio'],
    ['faker', 'faker'],
    ['pytest_cov', 'pytest-cov'],
    ['pytest_mock', 'pytest-mock'],
    ['pytest_asyncio', 'pytest-asyncio'],
    ['coverage', 'coverage'],
    ['black', 'black'],
    ['isort', 'isort'],
    ['mypy', 'mypy'],
    ['pylint', 'pylint'],
    ['flake8', 'flake8'],
    ['virtualenv', 'virtualenv'],
    ['wheel', 'wheel'],
    ['Cython', 'cython'],
    ['cython', 'cython'],
    ['pyximport', 'cython'],
    ['pybind11', 'pybind11'],
    ['win32api', 'pywin32'],
    ['win32con', 'pywin32'],
    ['pythoncom', 'pywin32'],
    ['pywintypes', 'pywin32'],
    ['RPi.GPIO', 'rpi-gpio'],
    ['pygame', 'pygame'],
    ['PyQt6', 'pyqt6'],
    ['PySide6', 'pyside6'],
    // ML packages whose distribution is not named after the module, or that other names also provide (each project's
    // README install line and import examples; forks that ship the same module listed after the original).
    ['imwatermark', 'invisible-watermark'],
    ['thop', ['thop', 'ultralytics-thop']],
    ['pytorch_grad_cam', 'grad-cam'],
    ['cupyx', ['cupy', 'cupy-cuda12x', 'cupy-cuda11x']],
    ['cupy_backends', ['cupy', 'cupy-cuda12x', 'cupy-cuda11x']],
    ['prettytable', ['prettytable', 'ptable']],
    ['taming', 'taming-transformers'],
    ['pl_bolts', 'lightning-bolts'],
    ['open_clip', 'open-clip-torch'],
    ['optimum.habana', 'optimum-habana'],
    ['optimum.intel', 'optimum-intel'],
    ['optimum.neuron', 'optimum-neuron'],
    ['optimum.amd', 'optimum-amd'],
    ['optimum.nvidia', 'optimum-nvidia'],
    ['optimum.quanto', 'optimum-quanto'],
    ['openTSNE', 'opentsne'],
    ['mujoco_py', 'mujoco-py'],
    ['rouge_score', 'rouge-score'],
    ['fasttext', ['fasttext', 'fasttext-wheel']],
    ['detectron2', 'detectron2'],
    ['lpips', 'lpips'],
    ['lvis', 'lvis'],
    ['dgl', 'dgl'],
    ['jiwer', 'jiwer'],
    ['sacrebleu', 'sacrebleu'],
    ['mss', 'mss'],
    ['pybullet', 'pybullet'],
    ['pynndescent', 'pynndescent'],
    ['tslearn', 'tslearn'],
    ['sktime', 'sktime'],
    ['pmdarima', 'pmdarima'],
    ['prophet', 'prophet'],
    ['gluonts', 'gluonts'],
    ['darts', ['darts', 'u8darts']],
    ['pycuda', 'pycuda'],
    ['pyod', 'pyod'],
    ['eli5', 'eli5'],
    // NVIDIA's Model Optimizer: `pip install nvidia-modelopt`, `import modelopt.torch.quantization as mtq`.
    ['modelopt', 'nvidia-modelopt'],
];
/** PEP 503: lower-case, and every run of `-`, `_`, `.` becomes one `-`. */
function normalizeDistributionName(name) {
    return name.replace(/[-_.]+/g, '-').toLowerCase();
}
function buildTable() {
    const table = new Map();
    const add = (rows, evidence) => {
        for (const [importName, distributions] of rows) {
            const list = typeof distributions === 'string' ? [distributions] : distributions;
            table.set(importName, { distributions: list, evidence });
        }
    };
    add(FROM_METADATA, 'metadata');
    add(FROM_DOCS, 'docs');
    return table;
}
/** Import name → the distributions that provide it. */
const IMPORT_NAME_TABLE = buildTable();
/** Every row as written, duplicates included, so tests can check the table for them. */
const IMPORT_NAME_ROWS = [...FROM_METADATA, ...FROM_DOCS];
function buildReverse() {
    const reverse = new Map();
    for (const [importName, { distributions }] of IMPORT_NAME_TABLE) {
        for (const distribution of distributions) {
            const names = reverse.get(distribution) ?? [];
            names.push(importName);
            reverse.set(distribution, names);
        }
    }
    return reverse;
}
const REVERSE = buildReverse();
/** The import names the table knows for a distribution (any spelling of its name); empty when it has none. */
function tableImportNames(distribution) {
    return REVERSE.get(normalizeDistributionName(distribution)) ?? [];
}

;// CONCATENATED MODULE: ./shared/scan/resolve-distribution.ts
// Which distribution an imported module comes from, and the reverse, drawing on (in order) the user's overrides, the
// project's interpreter, the bundled table, and finally the assumption that a package is named after its module.
//
// Results list alternatives: installing any one of `distributions` makes the import work (`cv2` comes with
// opencv-python or opencv-python-headless). A bare namespace (`google.cloud` from `from google.cloud import storage`)
// lists every distribution known to provide something under it, for the same reason. Distribution names are
// PEP 503-normalised; import names are compared case-sensitively, as Python does.

// The indexes are derived data: built once per sources object, which callers reuse across a scan.
const interpreterIndexes = new WeakMap();
const overrideIndexes = new WeakMap();
const tableIndex = new Map([...IMPORT_NAME_TABLE].map(([importName, entry]) => [importName, entry.distributions]));
function addTo(index, importName, distribution) {
    const distributions = index.get(importName) ?? [];
    if (!distributions.includes(distribution))
        distributions.push(distribution);
    index.set(importName, distributions);
}
function interpreterIndex(interpreter) {
    let index = interpreterIndexes.get(interpreter);
    if (!index) {
        const built = new Map();
        for (const distribution of interpreter.distributions) {
            for (const importName of distribution.importNames)
                addTo(built, importName, distribution.normalized);
        }
        index = built;
        interpreterIndexes.set(interpreter, index);
    }
    return index;
}
function overrideIndex(overrides) {
    let index = overrideIndexes.get(overrides);
    if (!index) {
        const built = new Map();
        for (const [importName, value] of Object.entries(overrides)) {
            for (const distribution of typeof value === 'string' ? [value] : value) {
                addTo(built, importName.trim(), normalizeDistributionName(distribution.trim()));
            }
        }
        index = built;
        overrideIndexes.set(overrides, index);
    }
    return index;
}
/** `a.b.c` → `a.b.c`, `a.b`, `a`. */
function prefixesLongestFirst(module) {
    const parts = module.split('.');
    return parts.map((_, i) => parts.slice(0, parts.length - i).join('.'));
}
/** The longest import name in `index` that is the module or a dotted prefix of it. */
function longestPrefixMatch(index, module) {
    for (const prefix of prefixesLongestFirst(module)) {
        const distributions = index.get(prefix);
        if (distributions)
            return { importName: prefix, distributions };
    }
    return undefined;
}
/** When `module` is a namespace in `index` (only names below it are known), every distribution under it. */
function namespaceMembers(index, module) {
    const members = [];
    const below = `${module}.`;
    for (const [importName, distributions] of index) {
        if (!importName.startsWith(below))
            continue;
        for (const distribution of distributions)
            if (!members.includes(distribution))
                members.push(distribution);
    }
    return members;
}
function lookup(index, module) {
    const match = longestPrefixMatch(index, module);
    if (match)
        return [...match.distributions];
    const members = namespaceMembers(index, module);
    return members.length > 0 ? members : undefined;
}
/**
 * The interpreter's answer. Distributions installed without a file list (old egg-info) only say they provide a
 * shared top-level such as `google`; then the table's more specific entry picks among them.
 */
function lookupInterpreter(index, module) {
    const match = longestPrefixMatch(index, module);
    if (!match) {
        const members = namespaceMembers(index, module);
        return members.length > 0 ? members : undefined;
    }
    if (match.distributions.length > 1) {
        const specific = longestPrefixMatch(tableIndex, module);
        if (specific && specific.importName.length > match.importName.length) {
            const narrowed = match.distributions.filter((d) => specific.distributions.includes(d));
            if (narrowed.length > 0)
                return narrowed;
        }
    }
    return [...match.distributions];
}
/** The deepest dotted prefix of `module` that some source knows only as a namespace (`google.cloud`). */
function deepestKnownNamespace(module, indexes) {
    for (const prefix of prefixesLongestFirst(module).slice(1)) {
        if (indexes.some((index) => namespaceMembers(index, prefix).length > 0))
            return prefix;
    }
    return undefined;
}
/**
 * The distribution(s) that provide `module` (dotted, as imported). Precedence: user overrides, the interpreter's
 * metadata, the bundled table (for all three, the longest matching dotted prefix wins, so `google.cloud.storage`
 * beats `google`), then a guess that the distribution is named after the module. Under a known namespace the guess
 * keeps one level below it (`google.cloud.foo.bar` → `google-cloud-foo`), the convention of namespace distributions.
 */
function resolveDistribution(module, sources) {
    const overrides = sources.overrides ? overrideIndex(sources.overrides) : undefined;
    const fromOverride = overrides && lookup(overrides, module);
    if (fromOverride)
        return { distributions: fromOverride, source: 'override' };
    const interpreter = sources.interpreter ? interpreterIndex(sources.interpreter) : undefined;
    const fromInterpreter = interpreter && lookupInterpreter(interpreter, module);
    if (fromInterpreter)
        return { distributions: fromInterpreter, source: 'interpreter' };
    const fromTable = lookup(tableIndex, module);
    if (fromTable)
        return { distributions: fromTable, source: 'table' };
    const known = [overrides, interpreter, tableIndex].filter((index) => index !== undefined);
    const namespace = deepestKnownNamespace(module, known);
    const guessed = namespace ? module.split('.').slice(0, namespace.split('.').length + 1).join('.') : module.split('.')[0];
    // A private top-level package (`_cffi_backend`) ships in the distribution of its public name; a name cannot start
    // with `-` anyway.
    return { distributions: [normalizeDistributionName(guessed.replace(/^_+/, '') || guessed)], source: 'guess' };
}
function reverseLookup(index, distribution) {
    const importNames = [];
    for (const [importName, distributions] of index) {
        if (distributions.includes(distribution))
            importNames.push(importName);
    }
    return importNames;
}
/**
 * The import names a distribution provides (for "declared but never imported"), with the same precedence as
 * `resolveDistribution`, and where they came from. An import of `m` uses the distribution when one of these names is
 * `m` or a dotted prefix of it. The guess is the normalised name with `-` → `_` (`my-package` → `my_package`).
 */
function resolveImportNames(distribution, sources) {
    const normalized = normalizeDistributionName(distribution);
    if (sources.overrides) {
        const fromOverride = reverseLookup(overrideIndex(sources.overrides), normalized);
        if (fromOverride.length > 0)
            return { importNames: fromOverride, source: 'override' };
    }
    const installed = sources.interpreter?.distributions.find((d) => d.normalized === normalized);
    if (installed && installed.importNames.length > 0) {
        return { importNames: [...installed.importNames], source: 'interpreter' };
    }
    const fromTable = reverseLookup(tableIndex, normalized);
    if (fromTable.length > 0)
        return { importNames: fromTable, source: 'table' };
    return { importNames: guessedImportNames(normalized), source: 'guess' };
}
/** Build-variant suffixes a distribution adds to the module it ships (`faiss-gpu`, `cupy-cuda110`, `mmcv-lite`). */
const VARIANT = /^(cpu|gpu|cuda\d*x?|cu\d+|rocm[\d.]*|full|lite|headless|nightly|wheel|binary|bin|py3?)$/;
/**
 * A distribution's import names when nothing knows them: its name with `-` → `_` (`my-package` → `my_package`), the
 * namespace portion it may be (`optimum-intel` → `optimum.intel`, `ruamel-yaml` → `ruamel.yaml`), and the same without
 * a build-variant suffix (`cupy-cuda110` → `cupy`, `nvidia-dali-cuda110` → `nvidia.dali`).
 */
function guessedImportNames(normalized) {
    const names = [normalized.replace(/-/g, '_')];
    const tokens = normalized.split('-');
    while (tokens.length > 1 && VARIANT.test(tokens[tokens.length - 1]))
        tokens.pop();
    names.push(tokens.join('_'));
    if (tokens.length > 1 && tokens.every((t) => /^[a-z_][a-z0-9_]*$/.test(t)))
        names.push(tokens.join('.'));
    return [...new Set(names)];
}
/** `resolveImportNames` without the source. */
function importNamesOfDistribution(distribution, sources) {
    return resolveImportNames(distribution, sources).importNames;
}

// EXTERNAL MODULE: ./shared/drift/file-role.ts
var file_role = __webpack_require__(6427);
// EXTERNAL MODULE: ./shared/scan/import-guards.ts
var import_guards = __webpack_require__(3244);
;// CONCATENATED MODULE: ./shared/drift/classify-imports.ts
// Sorts every absolute import into standard library, first-party or third-party, and maps third-party imports to
// the distributions that provide them.


function classifyImports(files, context) {
    const thirdParty = [];
    const pipInstalls = [];
    let importCount = 0;
    for (const file of files) {
        let role;
        for (const record of file.imports) {
            importCount++;
            if (record.level > 0 || !record.module)
                continue; // relative imports are the project's own
            if (context.isStdlib(record.module) || context.firstParty.has(record.dotted, file.path))
                continue;
            // A file that extends sys.path reaches the project's top-level modules wherever they are (tests importing
            // scripts/…); not a module inside a package, nor a name a known distribution provides (yolov5's
            // utils/loggers/wandb/ is not wandb).
            if (file.extendsPath && record.level === 0 && context.firstParty.reachableByPath(record.module) && context.resolve(record.dotted).source === 'guess')
                continue;
            // A notebook runs on an IPython kernel: `from IPython.display import …` needs nothing the kernel lacks.
            if (record.module === 'IPython' && file.path.endsWith('.ipynb'))
                continue;
            role ??= (0,file_role/* fileRole */.B)(file.path, (dir) => context.firstParty.inPackage(dir));
            const elsewhere = context.stdlibNote?.(record.module);
            // `try: import tomllib` on a project that allows 3.10: the code copes without it there and has it from 3.11 on;
            // no package provides `tomllib`, so there is nothing to declare, optional or not.
            if (elsewhere?.newerOnly && record.guard)
                continue;
            const found = {
                module: record.module,
                dotted: record.dotted,
                location: { file: file.path, line: record.line, role },
                resolution: elsewhere ? { distributions: elsewhere.distributions, source: 'table' } : context.resolve(record.dotted),
            };
            if (elsewhere)
                found.note = elsewhere.note;
            if (record.guard)
                found.guard = record.guard;
            // A lazy import in the package of a name the package checks with its own availability function.
            else if (record.inFunction && role === 'package' && context.packageChecks?.size && (0,import_guards/* names */.D)(record.module, context.packageChecks))
                found.guard = 'availability-check';
            if (record.inFunction)
                found.inFunction = true;
            if (record.installHint && !found.guard)
                found.installHint = true;
            thirdParty.push(found);
        }
        for (const evidence of file.pipInstalls)
            pipInstalls.push({ packages: evidence.packages, location: { file: file.path, line: evidence.line } });
    }
    return { thirdParty, pipInstalls, importCount };
}

;// CONCATENATED MODULE: ./shared/drift/gated-modules.ts
// First-party modules that load only behind a guard. detectron2's `export/__init__.py` imports `.api` only in the
// `else:` of a successful `import caffe2`, and yolov5 imports `utils.triton` only after installing tritonclient: what
// such a module imports at its top is as optional as the guard that reaches it.

/** Guards that let the code run without what they guard (TYPE_CHECKING and version checks say nothing of that). */
const letsCodeRun = (g) => g === 'try-except' || g === 'availability-check' || g === 'installed-on-demand';
class FirstPartyImporters {
    /** Module file → the sites in other project files that import it. */
    importers = new Map();
    /** File → the module files it imports, with its sites for each (the reverse of `importers`). */
    imported = new Map();
    /** Every package an install call before a first-party import names, and the answer for modules none names. */
    installedNames = new Set();
    byGuardsOnly;
    /** `isFirstParty(dotted, fromFile)`: whether an absolute import is the project's own (FirstPartyModules.has). */
    constructor(code, isFirstParty) {
        // `a/b/c.py` and `a/b/c/__init__.py` are both the module `a.b.c`; index them by every dotted suffix of their path,
        // since which folder is the import root differs per project (`src/`, the root, a sub-project).
        const bySuffix = new Map();
        for (const f of code) {
            if (!f.path.endsWith('.py'))
                continue;
            const parts = f.path.slice(0, -3).split('/');
            if (parts[parts.length - 1] === '__init__')
                parts.pop();
            for (let i = parts.length - 1; i >= 0; i--) {
                const key = parts.slice(i).join('.');
                const list = bySuffix.get(key);
                if (list)
                    list.push(f.path);
                else
                    bySuffix.set(key, [f.path]);
            }
        }
        const lookup = (dotted, from) => {
            const candidates = bySuffix.get(dotted);
            if (!candidates)
                return undefined;
            if (candidates.length === 1)
                return candidates[0];
            // Several `utils.py`: the one sharing most folders with the importing file.
            const shared = (p) => {
                const a = p.split('/');
                const b = from.split('/');
                let n = 0;
                while (n < a.length && n < b.length && a[n] === b[n])
                    n++;
                return n;
            };
            return candidates.reduce((best, c) => (shared(c) > shared(best) ? c : best));
        };
        for (const f of code) {
            const dir = external_node_path_default().posix.dirname(f.path) === '.' ? '' : external_node_path_default().posix.dirname(f.path);
            const targets = new Map();
            for (const record of f.imports) {
                // An import under `if TYPE_CHECKING:` never runs: it loads nothing.
                if (record.guard === 'type-checking')
                    continue;
                let target;
                if (record.level > 0) {
                    // `from .api import *` in pkg/export/__init__.py → pkg/export/api.py.
                    const base = dir.split('/').filter(Boolean);
                    base.splice(base.length - (record.level - 1), record.level - 1);
                    const rest = record.dotted.slice(record.level);
                    if (!rest)
                        continue;
                    target = lookup([...base, ...rest.split('.')].join('.'), f.path);
                    if (target && !target.startsWith(base.join('/')))
                        target = undefined;
                }
                else if (record.module && isFirstParty(record.dotted, f.path))
                    target = lookup(record.dotted, f.path);
                if (!target || target === f.path)
                    continue;
                const sites = this.importers.get(target);
                const site = { file: f.path };
                if (record.guard)
                    site.guard = record.guard;
                if (record.installedBefore) {
                    site.installed = record.installedBefore.map((p) => p.split(/[[<>=!~; ]/)[0].replace(/-/g, '_'));
                    for (const name of site.installed)
                        this.installedNames.add(name);
                }
                if (sites)
                    sites.push(site);
                else
                    this.importers.set(target, [site]);
                const own = targets.get(target);
                if (own)
                    own.push(site);
                else
                    targets.set(target, [site]);
            }
            this.imported.set(f.path, targets);
        }
    }
    /**
     * Does any other project file import `file`? A package module nothing imports is loaded only by its users. An import
     * of its package (`from pkg.integration import mlflow`) may name it, so that counts too.
     */
    isImported(file) {
        if (this.importers.has(file))
            return true;
        const dir = external_node_path_default().posix.dirname(file);
        const init = `${dir}/__init__.py`;
        return file !== init && (this.importers.get(init) ?? []).some((site) => site.file !== file);
    }
    /**
     * The project files that load only behind a guard, or only once `module` is installed (from `through`, the files
     * that install it on demand, or just after an install call naming it), directly or through other such files; each
     * with the guard that reaches it. A file nothing imports (a script, a package's public module) is never gated.
     */
    gated(module, through = new Set()) {
        const wanted = module?.toLowerCase();
        const guardsOnly = through.size === 0 && (wanted === undefined || !this.installedNames.has(wanted));
        if (guardsOnly && this.byGuardsOnly)
            return this.byGuardsOnly;
        const gated = new Map();
        const installs = (site) => wanted !== undefined && !!site.installed?.includes(wanted);
        const direct = (site) => letsCodeRun(site.guard) ? site.guard : through.has(site.file) || installs(site) ? 'installed-on-demand' : undefined;
        // Per file, the importing sites no guard reaches; when the file holding one becomes gated, that site is reached.
        const pending = new Map();
        const queue = [];
        for (const [file, sites] of this.importers) {
            const open = sites.filter((s) => !direct(s)).length;
            pending.set(file, open);
            if (open === 0)
                queue.push(file);
        }
        while (queue.length) {
            const file = queue.pop();
            if (gated.has(file))
                continue;
            const sites = this.importers.get(file);
            gated.set(file, direct(sites[0]) ?? gated.get(sites[0].file) ?? 'try-except');
            for (const [target, own] of this.imported.get(file) ?? []) {
                const left = pending.get(target) - own.filter((s) => !direct(s)).length;
                pending.set(target, left);
                if (left === 0 && !gated.has(target))
                    queue.push(target);
            }
        }
        if (guardsOnly)
            this.byGuardsOnly = gated;
        return gated;
    }
}

// EXTERNAL MODULE: ./shared/env/script-metadata.ts
var script_metadata = __webpack_require__(3321);
;// CONCATENATED MODULE: ./shared/drift/declaration-scope.ts
// Which code a packaging file declares for: the code below its folder. Root files apply everywhere; a sub-project's
// `projects/foo/setup.py` declares for `projects/foo/` only. Folders that only group packaging files
// (`requirements/`, `ci/`, `envs/`, `.github/`, `docker/`, `binder/`) stand for their parent, and a file pulled in
// by another (`-r base.txt`, setup.py reading requirements.txt) declares at least for what its includer declares for.
const GROUPING_FOLDERS = new Set([
    'requirements', 'requirement', 'reqs', 'deps', 'dependencies', 'ci', '.ci', 'envs', 'environments', 'env', 'conda', '.github',
    'docker', '.docker', '.devcontainer', 'binder', '.binder', 'configs', 'config',
]);
/** The folder (root-relative, '' for the root) whose code `file` declares for, ignoring includes. */
function ownScope(file) {
    const dirs = file.split('/').slice(0, -1);
    // `requirements/fabric/test.txt` is the root's; `projects/a/ci/requirements.txt` is projects/a's.
    const grouping = dirs.findIndex((d) => GROUPING_FOLDERS.has(d.toLowerCase()));
    return (grouping < 0 ? dirs : dirs.slice(0, grouping)).join('/');
}
/** Is `dir` (root-relative) `scope` or below it? */
function covers(scope, dir) {
    return scope === '' || dir === scope || dir.startsWith(`${scope}/`);
}
/** Folder → the scope of each packaging file, widened by what includes it. */
function declarationScopes(files) {
    const scopes = new Map(files.map((f) => [f.path, ownScope(f.path)]));
    // Include chains are short; a few rounds settle them (and stop on cycles).
    for (let round = 0; round < 8; round++) {
        let changed = false;
        for (const f of files) {
            const outer = scopes.get(f.path);
            for (const included of f.includes) {
                const inner = scopes.get(included);
                if (inner !== undefined && inner !== outer && covers(outer, inner)) {
                    scopes.set(included, outer);
                    changed = true;
                }
            }
        }
        if (!changed)
            break;
    }
    return scopes;
}

// EXTERNAL MODULE: ./shared/drift/never-imported.ts
var never_imported = __webpack_require__(9345);
;// CONCATENATED MODULE: ./shared/drift/compare-declarations.ts
// The heart of drift: imports that no packaging file declares, and declarations that no code uses.
//
// A packaging file declares for the code below its folder (see declaration-scope.ts); an import is declared when a
// file whose scope holds the importing file names its distribution. Declarations are looked up through indexes built
// once (distribution names and import names per scope), so the cost is a few probes per import, whatever the number
// of packaging files.



const byLocation = (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line);
/** `a.b.c` → `a.b.c`, `a.b`, `a`. */
function prefixes(dotted) {
    const out = [dotted];
    for (let dot = dotted.lastIndexOf('.'); dot > 0; dot = dotted.lastIndexOf('.', dot - 1))
        out.push(dotted.slice(0, dot));
    return out;
}
/**
 * What a direct reference names besides its distribution: `#egg=taming-transformers`, the package folder of
 * `#subdirectory=envs/opencode_env`, the repository of `git+https://github.com/x/ImageNetV2_pytorch`, as import names.
 */
function urlImportNames(d) {
    if (!d.url)
        return [];
    const subdirectory = /[#&]subdirectory=(?:[^&]*\/)?([A-Za-z0-9][\w.-]*)/.exec(d.url)?.[1];
    return [...new Set([eggName(d.url), subdirectory, repositoryName(d.url)].filter((n) => !!n).map((n) => n.toLowerCase().replace(/[-.]/g, '_')))];
}
/** `#egg=name`, else the repository of a direct reference, as written. */
function urlDistributionName(url) {
    return eggName(url) ?? repositoryName(url);
}
const eggName = (url) => /[#&]egg=([A-Za-z0-9][\w.-]*)/.exec(url)?.[1];
/** The last path segment of a URL with a scheme, without `@ref` and `.git`. */
function repositoryName(url) {
    const path = /^[a-z][\w+.-]*:\/\//i.test(url) ? url.split(/[#?]/)[0].replace(/@[^/]*$/, '') : '';
    return path.slice(path.lastIndexOf('/') + 1).replace(/\.git$/, '') || undefined;
}
const dirOf = (file) => (file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '');
/** Companion → the libraries that load it. */
const COMPANION_HOSTS = new Map();
for (const [host, companions] of Object.entries(never_imported/* COMPANIONS */.Sx))
    for (const c of companions)
        COMPANION_HOSTS.set(c, [...(COMPANION_HOSTS.get(c) ?? []), host]);
/** Declared names, indexed by scope and overall. */
class Declarations {
    byScope = new Map();
    buildByScope = new Map();
    /** Per sub-project folder: what installing it brings (the runtime requirements of its setup.py / pyproject.toml). */
    installedBy = new Map();
    /** Distribution → its declarations; import name → distributions declaring it. */
    byName = new Map();
    byImportName = new Map();
    constructor(dependencies, context, importNames) {
        for (const d of dependencies) {
            if (d.constraintOnly)
                continue;
            const name = context.pypiName(d);
            const scope = context.scopeOf?.(d.file) ?? '';
            // A build requirement is installed in the isolated build environment only: it covers setup.py, not the code.
            const scopes = d.group === 'build' ? this.buildByScope : this.byScope;
            let entry = scopes.get(scope);
            if (!entry)
                scopes.set(scope, (entry = { names: new Set(), importNames: new Set() }));
            entry.names.add(name);
            this.byName.set(name, [...(this.byName.get(name) ?? []), d]);
            let installed;
            if (d.group === 'main' && /(^|\/)(setup\.py|setup\.cfg|pyproject\.toml)$/.test(d.file)) {
                installed = this.installedBy.get(scope);
                if (!installed)
                    this.installedBy.set(scope, (installed = { names: new Set(), importNames: new Set() }));
                installed.names.add(name);
            }
            for (const n of [...importNames(name), ...urlImportNames(d)]) {
                entry.importNames.add(n);
                installed?.importNames.add(n);
                let names = this.byImportName.get(n);
                if (!names)
                    this.byImportName.set(n, (names = new Set()));
                names.add(name);
            }
        }
    }
    /**
     * Is `imp` declared by a file whose scope holds the importing file, or by the install metadata (setup.py,
     * pyproject.toml) of a sub-project whose package the importing file uses (installing it brings its requirements)?
     */
    declaredFor(imp, context) {
        // A declared import name covers the import unless the import is known to come from another distribution than
        // that name does: `optimum` declared does not provide `optimum.habana` (optimum-habana).
        const sameDistribution = (p) => imp.resolution.source === 'guess' || !context.resolve || context.resolve(p).distributions.some((d) => imp.resolution.distributions.includes(d));
        const has = (entry) => !!entry &&
            (imp.resolution.distributions.some((d) => entry.names.has(d)) || prefixes(imp.dotted).some((p) => entry.importNames.has(p) && sameDistribution(p)));
        // A PEP 723 script's own block declares for that file (its scope is the file's path).
        if (has(this.byScope.get(imp.location.file)))
            return true;
        const build = imp.location.role === 'build';
        for (let dir = dirOf(imp.location.file); dir !== undefined; dir = dir === '' ? undefined : dirOf(dir)) {
            if (has(this.byScope.get(dir)) || (build && has(this.buildByScope.get(dir))))
                return true;
        }
        return (context.installedFor?.(imp.location.file) ?? []).some((scope) => has(this.installedBy.get(scope)));
    }
    /** Declarations of `imp`'s distribution anywhere (for "declared, but for other code"). */
    declarationsOf(imp) {
        const names = new Set(imp.resolution.distributions.filter((d) => this.byName.has(d)));
        for (const p of prefixes(imp.dotted))
            for (const n of this.byImportName.get(p) ?? [])
                names.add(n);
        return [...names].flatMap((n) => this.byName.get(n));
    }
}
/**
 * `numpy<2`, `torch[cuda]==2.1` → the normalised name; a VCS or archive URL without `name @` names its package by
 * `#egg=`, `#subdirectory=` or the repository's last path segment (`git+https://github.com/x/ImageNetV2_pytorch`).
 */
function packageNames(spec) {
    if (/^[a-z][\w+.-]*:\/\//i.test(spec))
        return urlImportNames({ url: spec }).map(pep508/* normalizeName */.Pc);
    return [(0,pep508/* normalizeName */.Pc)(/^[A-Za-z0-9][A-Za-z0-9._-]*/.exec(spec)?.[0] ?? spec)];
}
function cachedImportNames(context) {
    const cache = new Map();
    return (name) => {
        let names = cache.get(name);
        if (!names)
            cache.set(name, (names = context.importNamesOf(name)));
        return names;
    };
}
function findUndeclared(imports, dependencies, context) {
    const declarations = new Declarations(dependencies, context, cachedImportNames(context));
    const byModule = new Map();
    for (const imp of imports.thirdParty) {
        if (context.ignoreUndeclared.includes(imp.module) || declarations.declaredFor(imp, context))
            continue;
        // A namespace portion of a declared package (`optimum.habana` beside `optimum`) is reported as that portion.
        const providers = declarations.byImportName.get(imp.module);
        const portion = providers !== undefined && imp.dotted.includes('.') && !imp.resolution.distributions.some((d) => providers.has(d));
        const key = portion ? imp.dotted.split('.').slice(0, 2).join('.') : imp.module;
        let sites = byModule.get(key);
        if (!sites)
            byModule.set(key, (sites = []));
        sites.push(imp);
    }
    const missing = { undeclared: [], optional: [] };
    for (const [module, sites] of byModule) {
        sites.sort((a, b) => byLocation(a.location, b.location));
        // The most specific resolution wins (a namespace package's dotted prefix over the bare top-level name).
        const best = sites.find((s) => s.resolution.source !== 'guess') ?? sites[0];
        const wanted = new Set([...best.resolution.distributions, (0,pep508/* normalizeName */.Pc)(module)]);
        const installs = imports.pipInstalls.filter((p) => p.packages.some((pkg) => packageNames(pkg).some((n) => wanted.has(n))));
        const found = {
            module,
            distributions: best.resolution.distributions,
            source: best.resolution.source,
            locations: sites.map((s) => s.location),
            pipInstalls: installs.map((p) => p.location),
        };
        const note = sites.find((s) => s.note)?.note;
        if (note)
            found.note = note;
        const declaredAt = (deps) => [...new Map(deps.map((d) => [`${d.file}:${d.line}`, { file: d.file, line: d.line }])).values()].sort(byLocation);
        const elsewhere = sites.flatMap((s) => declarations.declarationsOf(s));
        const forCode = elsewhere.filter((d) => d.group !== 'build');
        if (forCode.length)
            found.declaredOutOfScope = declaredAt(forCode);
        else if (elsewhere.length)
            found.declaredForBuild = declaredAt(elsewhere);
        // A site is optional when a guard lets the code run without it, or when its own file installs it (a notebook's
        // `!pip install x`). One unconditional import anywhere makes the module a need, except that a test's import
        // inside a test function follows the project's lead: where the project's code copes without the module (a
        // try/except, an availability check, installing it on demand), the tests of that feature are skipped without it
        // too (ignite's apex and visdom tests).
        // A module file that loads only behind a guard (or only from a file that installs this module) passes its guard on.
        const installedIn = new Set(installs.map((p) => p.location.file));
        const gated = sites.some((s) => !s.guard && !installedIn.has(s.location.file)) ? context.gatedFiles?.(module, installedIn) : undefined;
        // An install hint at the top of a package module nothing in the project imports (optuna's
        // `optuna/integration/botorch.py`: `except ModuleNotFoundError: raise …("pip install optuna-integration")`) is
        // that optional entry point's message to its users; a package's __init__ always loads, so its hint is a need.
        const optionalEntry = (s) => s.installHint && s.location.role === 'package' && !/(^|\/)__init__\.py$/.test(s.location.file) && context.isImported?.(s.location.file) === false;
        const guardAt = (s) => s.guard ?? (installedIn.has(s.location.file) ? 'installed-on-demand' : (gated?.get(s.location.file) ?? (optionalEntry(s) ? 'try-except' : undefined)));
        const optionalInProject = sites.some((s) => s.location.role !== 'test' && isOptionalGuard(guardAt(s))) || installs.length > 0;
        const guarded = sites.every((s) => guardAt(s) || (optionalInProject && s.inFunction && s.location.role === 'test'));
        // The guard named is one that lets the code run without it (not a TYPE_CHECKING import met first).
        if (guarded)
            found.guard = sites.map(guardAt).find(isOptionalGuard) ?? sites.map(guardAt).find((g) => g !== undefined) ?? 'installed-on-demand';
        // An undeclared module's first location, the one annotated and quoted, is an import that needs it: unguarded, and
        // in the shipped package before scripts, tests and notebooks.
        else
            found.locations = sites.map((s) => ({ s, rank: (guardAt(s) ? 8 : 0) + ROLE_RANK[s.location.role ?? 'script'] })).sort((a, b) => a.rank - b.rank || byLocation(a.s.location, b.s.location)).map((r) => r.s.location);
        (guarded ? missing.optional : missing.undeclared).push(found);
    }
    const order = (a, b) => b.locations.length - a.locations.length || (a.module < b.module ? -1 : 1);
    missing.undeclared.sort(order);
    missing.optional.sort(order);
    return missing;
}
const ROLE_RANK = { package: 0, script: 1, build: 1, example: 2, test: 3, notebook: 3, docs: 4 };
/** Guards that say the code runs without the module (a TYPE_CHECKING import or a version check says nothing of it). */
const isOptionalGuard = (g) => g === 'try-except' || g === 'availability-check' || g === 'installed-on-demand';
const noUses = { modules: [], programs: [], projectNames: new Set(), isFirstParty: () => false, dead: new Set() };
const TYPE_CHECKERS = ['mypy', 'pyright', 'basedpyright', 'pytype', 'pyre-check'];
/** Console scripts whose name is not their distribution's (or a `<distribution>-<verb>` form). */
const SCRIPT_DISTRIBUTIONS = {
    'pip-compile': 'pip-tools',
    'pip-sync': 'pip-tools',
    'huggingface-cli': 'huggingface-hub',
    hf: 'huggingface-hub',
    jb: 'jupyter-book',
    torchrun: 'torch',
    aws: 'awscli',
    'py.test': 'pytest',
    'doc-builder': 'hf-doc-builder',
    // nbdime's git integration (`git-nbdiffdriver config --enable`) and its diff/merge commands.
    'git-nbdiffdriver': 'nbdime',
    'git-nbmergedriver': 'nbdime',
    nbdiff: 'nbdime',
    nbmerge: 'nbdime',
};
function findUnused(imports, dependencies, context, uses = noUses, options = {}) {
    const importNames = cachedImportNames(context);
    const importedDistributions = new Set(imports.thirdParty.flatMap((i) => i.resolution.distributions));
    const usedModules = new Set();
    for (const dotted of [...imports.thirdParty.map((i) => i.dotted), ...uses.modules]) {
        for (const p of prefixes(dotted)) {
            usedModules.add(p);
            for (const m of never_imported/* SUBMODULE_BACKENDS */.BH[p] ?? [])
                usedModules.add(m);
        }
    }
    // Programs: as named, as a distribution (`sphinx-build` → sphinx), and as the top-level module of `python -m`.
    const programDistributions = new Set();
    for (const program of uses.programs) {
        const normalized = (0,pep508/* normalizeName */.Pc)(program);
        programDistributions.add(normalized);
        const script = SCRIPT_DISTRIBUTIONS[program];
        if (script)
            programDistributions.add(script);
        usedModules.add(program.split('.')[0]);
    }
    const usedAsProgram = (name) => programDistributions.has(name) || [...programDistributions].some((p) => p.startsWith(`${name}-`) && p.length > name.length + 1);
    // A package some file needs to build the project (build-system.requires, setup_requires) is used wherever declared.
    const buildRequirements = new Set(dependencies.filter((d) => d.group === 'build').map((d) => context.pypiName(d)));
    const isUsed = (name) => {
        const names = importNames(name);
        if (importedDistributions.has(name) || uses.distributions?.has(name) || names.some((n) => usedModules.has(n)))
            return true;
        if (never_imported/* DEV_TOOLS */.K2.has(name))
            return usedAsProgram(name);
        // Stubs serve a type checker: used where one runs or is configured (FinRL's pandas-stubs beside an unused mypy).
        if (/^types-|-stubs$/.test(name))
            return TYPE_CHECKERS.some(usedAsProgram);
        return (0,never_imported/* neverImported */.Pp)(name) || usedAsProgram(name) || buildRequirements.has(name) || uses.projectNames.has(name);
    };
    const byName = new Map();
    const used = new Set();
    for (const d of dependencies) {
        if (d.constraintOnly || d.group === 'build' || context.isNonPython(d) || uses.dead.has(`${d.file}:${d.line}`))
            continue;
        if (d.editable && !options.editable)
            continue;
        // Locks and `pip freeze` output list every transitive package: not declarations of what the code needs.
        if (context.isGenerated?.(d.file))
            continue;
        // A local path (`.`, `./libs/foo`, `file:…`) is the project's own code.
        if (d.url !== undefined && !/^[a-z][a-z0-9+.-]*:\/\//i.test(d.url.replace(/^file:/i, '')))
            continue;
        const name = context.pypiName(d);
        if (used.has(name) || context.ignoreUnused.includes(name) || context.ignoreUnused.includes(d.normalized))
            continue;
        const entry = byName.get(name);
        if (entry) {
            entry.declarations.push({ file: d.file, line: d.line });
            continue;
        }
        if (isUsed(name) || urlImportNames(d).some((n) => usedModules.has(n)) || importNames(name).some((n) => uses.isFirstParty(n, d.file)))
            used.add(name);
        else
            byName.set(name, { dependency: d, declarations: [{ file: d.file, line: d.line }], importNames: importNames(name) });
    }
    // Packages a used library loads by name (transformers → accelerate, sphinx → docutils) are used with it — where it
    // is used: declared (and used) or imported within the declaring file's scope. In a monorepo,
    // one example's transformers does not make another example's `requests` used.
    const scopeOf = (file) => context.scopeOf?.(file) ?? '';
    const hostScopes = new Map();
    const addHost = (name, scope) => {
        let scopes = hostScopes.get(name);
        if (!scopes)
            hostScopes.set(name, (scopes = new Set()));
        scopes.add(scope);
    };
    for (const d of dependencies)
        if (used.has(context.pypiName(d)))
            addHost(context.pypiName(d), scopeOf(d.file));
    // By file, not folder: a PEP 723 script's scope is the script itself.
    for (const i of imports.thirdParty)
        for (const name of i.resolution.distributions)
            addHost(name, i.location.file);
    const switchedOn = (name) => !never_imported/* SWITCHED_COMPANIONS */.gi[name] || !!uses.variables?.has(never_imported/* SWITCHED_COMPANIONS */.gi[name]);
    // A runtime pin of a library's own dependency is not one where the project declares that library only in an extra
    // or group (pyg: `pyparsing` in dependencies, matplotlib only in an extra): the runtime install never has the library.
    const groups = new Map();
    for (const d of dependencies) {
        const name = context.pypiName(d);
        if (!groups.has(name))
            groups.set(name, new Set());
        groups.get(name).add(d.group);
    }
    const runtimeOnly = (name) => [...(groups.get(name) ?? [])].every((g) => g === 'main');
    const optionalOnly = (name) => !!groups.get(name)?.size && !groups.get(name).has('main');
    const usedWith = (name, declarations) => switchedOn(name) &&
        (COMPANION_HOSTS.get(name) ?? []).some((host) => {
            if (runtimeOnly(name) && optionalOnly(host))
                return false;
            const scopes = hostScopes.get(host);
            return !!scopes && declarations.some((l) => [...scopes].some((s) => covers(scopeOf(l.file), s)));
        });
    // A companion in use hosts its own in turn (ray → hyperopt → future): repeated until nothing more is used.
    for (let more = true; more;) {
        more = false;
        for (const [name, { declarations }] of byName) {
            if (!usedWith(name, declarations))
                continue;
            byName.delete(name);
            for (const l of declarations)
                addHost(name, scopeOf(l.file));
            more = true;
        }
    }
    return [...byName.entries()]
        .map(([name, { dependency, declarations, importNames }]) => ({
        // A bare direct reference (`git+https://github.com/huggingface/datatrove.git`) is named by its egg or repository.
        name: dependency.url !== undefined && dependency.name === dependency.url ? (urlDistributionName(dependency.url) ?? dependency.name) : dependency.name,
        normalized: name,
        ecosystem: dependency.ecosystem,
        declarations: declarations.sort(byLocation),
        importNames,
    }))
        .sort((a, b) => (a.normalized < b.normalized ? -1 : 1));
}
/**
 * One mapping miss seen from both sides: an import whose distribution was only guessed, and a declaration nothing
 * seems to import whose import names were only guessed too, where the import name is a token of the declared name
 * (`thop` ↔ `ultralytics-thop`, `nvidia.dali` ↔ `nvidia-dali-cuda110`, `faiss` ↔ `faiss-cpu`) or the declaration's
 * `#egg=`/repository name. Such pairs are neither undeclared nor unused: the declaration provides the import.
 */
function pairMappingMisses(missing, unused, dependencies, context) {
    const guessedUnused = unused.filter((u) => context.importNamesGuessed?.(u.normalized) ?? true);
    if (guessedUnused.length === 0)
        return { missing, unused };
    const urlNames = new Map();
    for (const d of dependencies) {
        if (!d.url)
            continue;
        const egg = /[#&]egg=([^&]+)/.exec(d.url)?.[1];
        const repo = /\/([^/@#?]+?)(?:\.git)?(?:@[^/]*)?(?:[#?].*)?$/.exec(d.url)?.[1];
        // `git+…/OpenEnv.git#subdirectory=envs/opencode_env`: the folder a monorepo builds the package from.
        const subdirectory = /[#&]subdirectory=(?:[^&]*\/)?([^&/]+)/.exec(d.url)?.[1];
        urlNames.set(context.pypiName(d), [egg, repo, subdirectory].filter((n) => !!n).map((n) => (0,pep508/* normalizeName */.Pc)(n.replace(/\[.*$/, ''))));
    }
    const paired = new Set();
    const provides = (u, imp) => {
        const tokens = u.normalized.split('-');
        const within = (inner, outer) => {
            for (let k = 0; k + inner.length <= outer.length; k++)
                if (inner.every((w, j) => outer[k + j] === w))
                    return true;
            return false;
        };
        // Streamlit components are imported as `st_x` from `streamlit-x` (st_keyup, st_aggrid).
        const streamlit = /^st-/.test((0,pep508/* normalizeName */.Pc)(imp.module)) ? [(0,pep508/* normalizeName */.Pc)(imp.module).replace(/^st-/, 'streamlit-')] : [];
        return [(0,pep508/* normalizeName */.Pc)(imp.module), ...streamlit, ...imp.distributions].some((candidate) => {
            const wanted = candidate.split('-');
            // `thop` in `ultralytics-thop`; `grad-cam` in `pytorch-grad-cam` (two tokens at least, so `utils` pairs nothing).
            if (within(wanted, tokens) || (tokens.length >= 2 && within(tokens, wanted)))
                return true;
            return (urlNames.get(u.normalized) ?? []).includes(candidate);
        });
    };
    const keep = (imp) => {
        if (imp.source !== 'guess')
            return true;
        const match = guessedUnused.find((u) => provides(u, imp));
        if (!match)
            return true;
        paired.add(match.normalized);
        return false;
    };
    const result = { undeclared: missing.undeclared.filter(keep), optional: missing.optional.filter(keep) };
    return { missing: result, unused: unused.filter((u) => !paired.has(u.normalized)) };
}

// EXTERNAL MODULE: ./shared/drift/find-conflicts.ts
var find_conflicts = __webpack_require__(4461);
// EXTERNAL MODULE: ./shared/drift/find-out-of-sync.ts
var find_out_of_sync = __webpack_require__(2588);
// EXTERNAL MODULE: ./shared/env/env-hash.ts
var env_hash = __webpack_require__(858);
;// CONCATENATED MODULE: ./shared/drift/first-party.ts
// Whether an import names the project's own code. Python puts the running script's folder on sys.path, projects run
// their code from the root or from deep inside (`python -m`, pytest's rootdir and conftest folders), and packages live
// at the root, in `src/` or wherever the packaging configuration says, with or without __init__.py (namespace
// packages). So a module is first-party when it is a module or package in a folder on the way from the importing
// file up to the root that is not itself a package (an `__init__.py` folder is reached through its parent), in a test
// root, or in a package root declared by a packaging file whose folder holds the importing file.
//
// Everything is indexed once from the list of discovered source files: a lookup is a few map probes per folder level,
// never a file-system walk.


const identifier = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Modules beside a packaging file that are not what it ships. */
const NOT_SHIPPED = new Set(['setup', 'conftest', 'tests', 'test', 'docs', 'doc', 'examples', 'scripts', 'tools', 'benchmarks', 'noxfile', 'tasks', 'src']);
const parentOf = (dir) => (dir === '' ? undefined : dir.includes('/') ? dir.slice(0, dir.lastIndexOf('/')) : '');
class FirstPartyModules {
    /** Folder → the module and package names importable from it. */
    names = new Map();
    /** Folders holding an `__init__.py`. */
    packageDirs = new Set();
    declared;
    /** Declared distributions as import names (`captum`, `ax_platform`), lowercased. */
    declaredLibraries;
    packageRoots;
    globalRoots;
    /** The package roots the root's packaging files declare, when every one is a folder (not the root itself). */
    shippedRoots;
    /** Every package root, for `inPackage`. */
    allPackageRoots;
    /** Namespace package → its portions found below package roots. */
    namespaces = new Map();
    /** Names of modules and of `__init__.py` packages anywhere: what an install could ship (a folder of scripts is not). */
    importable = new Set();
    /** Modules and packages whose folder is not a package itself: what a `sys.path` entry can reach by bare name. */
    topLevel = new Set();
    /** `files`: the project's source files, root-relative with `/` separators. */
    constructor(files, options = {}) {
        this.declared = new Set(options.declared ?? []);
        this.declaredLibraries = new Set((options.declaredDistributions ?? []).map((d) => d.toLowerCase().replace(/[-.]/g, '_')));
        const holdsPython = new Set();
        for (const file of files) {
            if (!file.endsWith('.py'))
                continue;
            const slash = file.lastIndexOf('/');
            const dir = slash < 0 ? '' : file.slice(0, slash);
            const stem = file.slice(slash + 1, -3);
            holdsPython.add(dir);
            if (stem === '__init__')
                this.packageDirs.add(dir);
            else if (identifier.test(stem)) {
                this.add(dir, stem);
                this.importable.add(stem);
            }
        }
        for (const dir of this.packageDirs)
            this.importable.add(dir.slice(dir.lastIndexOf('/') + 1));
        for (const file of files) {
            if (!file.endsWith('.py'))
                continue;
            const dir = parentOf(file) ?? '';
            const stem = file.slice(file.lastIndexOf('/') + 1, -3);
            if (stem !== '__init__' && identifier.test(stem) && !this.packageDirs.has(dir))
                this.topLevel.add(stem);
        }
        for (const dir of this.packageDirs)
            if (!this.packageDirs.has(parentOf(dir) ?? ''))
                this.topLevel.add(dir.slice(dir.lastIndexOf('/') + 1));
        // A folder holding Python modules is a package of its parent: a data folder sharing a library's name is not.
        for (const dir of holdsPython) {
            const parent = parentOf(dir);
            const name = dir.slice(dir.lastIndexOf('/') + 1);
            if (parent !== undefined && identifier.test(name))
                this.add(parent, name);
        }
        const roots = new Map();
        for (const [scope, list] of options.packageRoots ?? [])
            roots.set(scope, [...list]);
        const atRoot = roots.get('') ?? [];
        this.shippedRoots = atRoot.length && !atRoot.includes('') ? [...atRoot] : undefined;
        // `src/` is the common layout whether or not a configuration names it.
        roots.set('', [...(roots.get('') ?? []), 'src']);
        this.packageRoots = roots;
        // pytest puts the first folder above each conftest.py that is not a package on sys.path (rootdir-relative imports).
        const conftestRoots = files
            .filter((f) => f === 'conftest.py' || f.endsWith('/conftest.py'))
            .map((f) => {
            let dir = external_node_path_default().posix.dirname(f) === '.' ? '' : external_node_path_default().posix.dirname(f);
            while (dir !== '' && this.packageDirs.has(dir))
                dir = parentOf(dir);
            return dir;
        });
        this.globalRoots = [...new Set([...(options.testRoots ?? []), ...conftestRoots])];
        this.allPackageRoots = [...roots.values()].flat().filter((r) => r !== '');
        // Namespace packages split over sub-projects (`common/src/autogluon/common`, `core/src/autogluon/core`): every
        // portion below any package root is the project's, seen from anywhere.
        const rootSet = new Set(this.allPackageRoots);
        for (const dir of holdsPython) {
            const parts = dir.split('/');
            for (let k = parts.length - 2; k > 0; k--) {
                if (!rootSet.has(parts.slice(0, k).join('/')))
                    continue;
                const [namespace, portion] = [parts[k], parts[k + 1]];
                if (!this.packageDirs.has(parts.slice(0, k + 1).join('/'))) {
                    let set = this.namespaces.get(namespace);
                    if (!set)
                        this.namespaces.set(namespace, (set = new Set()));
                    set.add(portion);
                }
                break;
            }
        }
    }
    add(dir, name) {
        let set = this.names.get(dir);
        if (!set)
            this.names.set(dir, (set = new Set()));
        set.add(name);
    }
    /** Is `parts` (a dotted import, split) a module or package found from folder `dir`? */
    foundIn(dir, parts) {
        if (this.names.get(dir)?.has(parts[0]))
            return true;
        // A namespace folder with no module of its own: `import ns.pkg` finds `ns/pkg/`.
        return parts.length > 1 && !!this.names.get(dir ? `${dir}/${parts[0]}` : parts[0])?.has(parts[1]);
    }
    /** `dotted` as imported (`pkg.sub`); `fromFile` root-relative. */
    has(dotted, fromFile) {
        const parts = dotted.split('.');
        if (this.declared.has(parts[0]))
            return true;
        // A namespace the project splits over several sub-projects is its own, all of it (`autogluon.tabular` from a
        // checkout that holds only some portions); one with a single portion shares the namespace (`google`).
        const portions = this.namespaces.get(parts[0]);
        if (portions && (portions.size >= 2 || (parts.length > 1 && portions.has(parts[1]))))
            return true;
        const fileDir = external_node_path_default().posix.dirname(fromFile) === '.' ? '' : external_node_path_default().posix.dirname(fromFile);
        // The file's own folder (sys.path[0] when it runs as a script), though never the file itself: `import onnx` in
        // `pkg/utils/onnx.py` is the library.
        const self = fromFile.slice(fromFile.lastIndexOf('/') + 1).replace(/\.py$/, '');
        if (parts[0] !== self && this.foundIn(fileDir, parts) && !this.isLibraryBesidePackageModule(fileDir, parts))
            return true;
        for (let dir = fileDir; dir !== undefined; dir = parentOf(dir)) {
            // Above it, a package's folder is never on sys.path (`pkg/loggers/clearml/hpo.py` importing `clearml` gets the
            // library, not `pkg/loggers/clearml/`); folders that are not packages are the roots projects run from.
            if (dir !== fileDir && !this.packageDirs.has(dir) && this.foundIn(dir, parts) && !this.isLibraryFromScriptFolder(dir, parts, fileDir))
                return true;
            // …unless the import names a module inside one of its subpackages (`utils.dataset` from
            // `examples/boft_controlnet/utils/`, whose scripts run from the `__init__.py` folder above): a library of that
            // name would have to have the same submodule as well.
            if (dir !== fileDir && this.packageDirs.has(dir) && parts.length >= 2 && this.packageDirs.has(dir ? `${dir}/${parts[0]}` : parts[0]) && this.names.get(dir ? `${dir}/${parts[0]}` : parts[0])?.has(parts[1]))
                return true;
            for (const root of this.packageRoots.get(dir) ?? [])
                if (this.foundIn(root, parts))
                    return true;
        }
        return this.globalRoots.some((root) => this.foundIn(root, parts));
    }
    /**
     * `from transformers import AutoModel` in `examples/transformers/model.py`: the folder `examples/transformers/`
     * (no `__init__.py`) holds the importing file, so it is that script's sys.path[0], not a package on the path, and a
     * library the bundled table knows by that name is what loads. `from ldm.util import x` inside `ldm/` still finds
     * `ldm/util.py`, and names the table does not know (`classify`, run with the root on sys.path) stay the project's.
     */
    isLibraryFromScriptFolder(dir, parts, fileDir) {
        const folder = dir ? `${dir}/${parts[0]}` : parts[0];
        if (!(fileDir === folder || fileDir.startsWith(`${folder}/`)) || this.packageDirs.has(folder))
            return false;
        return IMPORT_NAME_TABLE.has(parts[0]) && !(parts.length > 1 && this.names.get(folder)?.has(parts[1]));
    }
    /**
     * `import datasets` in `miniai/learner.py` beside `miniai/datasets.py`: Python 3 has no implicit relative imports, so
     * a module of a package (an `__init__.py` folder) importing a name the bundled table knows, or that the project
     * declares (`captum` beside pyg's `explain/algorithm/captum.py`), gets the library; only a script run from that
     * folder would find the sibling, and a library would not have the sibling's submodule.
     */
    isLibraryBesidePackageModule(fileDir, parts) {
        if (!this.packageDirs.has(fileDir) || !(IMPORT_NAME_TABLE.has(parts[0]) || this.declaredLibraries.has(parts[0].toLowerCase())))
            return false;
        return !(parts.length > 1 && this.names.get(fileDir ? `${fileDir}/${parts[0]}` : parts[0])?.has(parts[1]));
    }
    /** Is `name` a module or an `__init__.py` package somewhere in the project (not only a folder of scripts)? */
    isImportable(name) {
        return this.importable.has(name) || this.declared.has(name) || this.namespaces.has(name);
    }
    /**
     * Is `name` a module or package of the project that a `sys.path` entry could reach: in a folder that is not itself
     * a package (`scripts/prepare_data.py`, not `accelerate/commands/config/sagemaker.py`)?
     */
    reachableByPath(name) {
        return this.topLevel.has(name);
    }
    /** The packages and modules a project folder ships: those in it and in its declared package roots (`src/`). */
    shippedBy(dir) {
        const roots = [dir, ...(this.packageRoots.get(dir) ?? [])];
        return [...new Set(roots.flatMap((r) => [...(this.names.get(r) ?? [])]))].filter((n) => !NOT_SHIPPED.has(n));
    }
    /**
     * Is folder `dir` part of a first-party package (an `__init__.py` folder, or below a package root such as `src/`)?
     * Where the root's packaging says where its packages are (`package_dir={"": "python"}`, `where = "src"`), an
     * `__init__.py` folder elsewhere outside a sub-project is not shipped (statsforecast's `action_files/`).
     */
    inPackage(dir) {
        if (this.allPackageRoots.some((root) => dir.startsWith(`${root}/`)))
            return true;
        if (!this.packageDirs.has(dir))
            return false;
        if (!this.shippedRoots)
            return true;
        return [...this.packageRoots.keys()].some((scope) => scope !== '' && (dir === scope || dir.startsWith(`${scope}/`)));
    }
}

// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
// EXTERNAL MODULE: ./shared/env/ini-file.ts
var ini_file = __webpack_require__(2991);
// EXTERNAL MODULE: ./shared/env/toml-document.ts + 1 modules
var toml_document = __webpack_require__(9363);
// EXTERNAL MODULE: ./shared/env/include-path.ts
var include_path = __webpack_require__(4852);
;// CONCATENATED MODULE: ./shared/drift/import-roots.ts
// Folders that a project's own configuration puts on sys.path, so that what sits in them is first-party: the
// package roots of setuptools (`package_dir`, `packages.find` `where`), Poetry (`packages` `from`), Hatch (wheel
// `packages`/`sources`), PDM (`package-dir`), maturin (`python-source`) and flit's `src/`, and the test roots of pytest
// (`rootdir`/`testpaths`/`pythonpath` in pytest.ini, tox.ini, setup.cfg, pyproject.toml). Each is read from the
// folder of a packaging file and applies to the code below that folder. Paths are root-relative, `/`-separated.




const strings = (v) => (typeof v === 'string' ? [v] : Array.isArray(v) ? v.filter((x) => typeof x === 'string') : []);
/** Root-relative folder of `relative` (as written in a file in `dir`), or undefined when it leaves the project. */
function under(dir, relative) {
    const cleaned = relative.trim().replace(/\/+$/, '');
    if (cleaned === '' || cleaned === '.')
        return dir;
    return (0,include_path/* resolveInclude */.X)(dir ? `${dir}/x` : 'x', cleaned);
}
function fromPyproject(text, tests) {
    let data;
    try {
        data = (0,dist/* parse */.qg)(text);
    }
    catch {
        return []; // the packaging parser reports malformed TOML
    }
    const roots = [];
    const setuptools = (0,toml_document/* tomlGet */.Fj)(data, ['tool', 'setuptools']);
    if ((0,toml_document/* isTable */.bI)(setuptools)) {
        const packageDir = (0,toml_document/* tomlGet */.Fj)(setuptools, ['package-dir']);
        if ((0,toml_document/* isTable */.bI)(packageDir))
            roots.push(...strings(packageDir['']));
        roots.push(...strings((0,toml_document/* tomlGet */.Fj)(setuptools, ['packages', 'find', 'where'])));
    }
    const poetry = (0,toml_document/* tomlGet */.Fj)(data, ['tool', 'poetry', 'packages']);
    if (Array.isArray(poetry))
        for (const p of poetry)
            if ((0,toml_document/* isTable */.bI)(p))
                roots.push(...strings(p.from));
    for (const target of [['tool', 'hatch', 'build', 'targets', 'wheel'], ['tool', 'hatch', 'build']]) {
        for (const p of strings((0,toml_document/* tomlGet */.Fj)(data, [...target, 'packages'])))
            roots.push(p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '.');
        const sources = (0,toml_document/* tomlGet */.Fj)(data, [...target, 'sources']);
        roots.push(...strings(sources));
        if ((0,toml_document/* isTable */.bI)(sources))
            roots.push(...Object.keys(sources));
    }
    roots.push(...strings((0,toml_document/* tomlGet */.Fj)(data, ['tool', 'pdm', 'build', 'package-dir'])));
    roots.push(...strings((0,toml_document/* tomlGet */.Fj)(data, ['tool', 'maturin', 'python-source'])));
    if ((0,toml_document/* isTable */.bI)((0,toml_document/* tomlGet */.Fj)(data, ['tool', 'flit'])))
        roots.push('src');
    const pytest = (0,toml_document/* tomlGet */.Fj)(data, ['tool', 'pytest', 'ini_options']);
    if ((0,toml_document/* isTable */.bI)(pytest))
        for (const key of ['testpaths', 'pythonpath', 'rootdir'])
            tests.push(...strings(pytest[key]));
    return roots;
}
function fromIni(text, sections, keys) {
    const ini = (0,ini_file/* readIni */.$)(text);
    const roots = [];
    for (const name of sections) {
        const section = ini.sections.get(name);
        if (!section)
            continue;
        for (const key of keys) {
            const option = section.options.get(key);
            if (!option)
                continue;
            for (const { text: value } of option.lines) {
                // `package_dir = =src` (one line or continued), `where = src`, `testpaths = tests integration`.
                const m = /^\s*=\s*(\S+)/.exec(value);
                if (key === 'package_dir') {
                    if (m)
                        roots.push(m[1]);
                }
                else
                    roots.push(...value.split(/[\s,]+/).filter(Boolean));
            }
        }
    }
    return roots;
}
function fromSetupPy(text) {
    const roots = [];
    for (const m of text.matchAll(/package_dir\s*=\s*\{\s*(['"])\1\s*:\s*(['"])([^'"\n]*)\2/g))
        roots.push(m[3]);
    for (const m of text.matchAll(/find_(?:namespace_)?packages\(\s*(?:where\s*=\s*)?(['"])([^'"\n]+)\1/g))
        roots.push(m[2]);
    return roots;
}
const pytestKeys = ['testpaths', 'pythonpath', 'rootdir'];
/** The import roots declared by the configuration files in `dir` (root-relative, '' for the root). */
function declaredImportRoots(dir, reader) {
    const at = (name) => reader.read(dir ? `${dir}/${name}` : name);
    const packages = [];
    const tests = [];
    const pyproject = at('pyproject.toml');
    if (pyproject !== undefined)
        packages.push(...fromPyproject(pyproject, tests));
    const setupCfg = at('setup.cfg');
    if (setupCfg !== undefined) {
        packages.push(...fromIni(setupCfg, ['options'], ['package_dir']));
        packages.push(...fromIni(setupCfg, ['options.packages.find'], ['where']));
        tests.push(...fromIni(setupCfg, ['tool:pytest'], pytestKeys));
    }
    const setupPy = at('setup.py');
    if (setupPy !== undefined)
        packages.push(...fromSetupPy(setupPy));
    for (const ini of ['pytest.ini', 'tox.ini']) {
        const text = at(ini);
        if (text !== undefined)
            tests.push(...fromIni(text, ['pytest', 'tool:pytest'], pytestKeys));
    }
    const resolveAll = (found) => {
        const roots = new Set();
        for (const r of found) {
            const resolved = under(dir, r);
            if (resolved !== undefined)
                roots.add(resolved === '.' ? '' : resolved);
        }
        return [...roots];
    };
    return { packages: resolveAll(packages), tests: resolveAll(tests) };
}

// EXTERNAL MODULE: ./shared/git/git.ts
var git = __webpack_require__(7361);
// EXTERNAL MODULE: ./shared/scan/python-imports.ts
var python_imports = __webpack_require__(7485);
// EXTERNAL MODULE: ./shared/scan/notebook.ts
var notebook = __webpack_require__(4661);
;// CONCATENATED MODULE: ./shared/drift/base-changes.ts
// What changed since the base commit: dependencies added, removed or re-pinned in packaging files, and undeclared
// imports that the change introduced or fixed. The base side reuses the working tree's scan for files the change did
// not touch and scans only the touched files as they were at the base.









const key = (d, name) => `${d.file}\0${d.group}\0${name}`;
async function compareWithBase(root, base, now, undeclaredNow, env) {
    const commit = await (0,git/* resolveCommit */.WL)(root, base);
    if (!commit) {
        return {
            problem: {
                severity: 'warning',
                code: 'git/no-base',
                message: `base commit ${base} is not in this clone; check out with fetch-depth: 0 (actions/checkout) to see what changed`,
                file: '.',
            },
        };
    }
    const baseFiles = await (0,git/* filesAtCommit */.ao)(root, commit);
    const environment = (0,load_environment/* loadEnvironment */.Y)((0,discover_packaging/* findPackagingFiles */.es)(baseFiles).map((f) => f.path), (0,file_readers/* gitCommitReader */.lc)(root, commit), { env });
    const before = new Map(environment.files.flatMap((f) => f.dependencies).map((d) => [key(d, now.context.pypiName(d)), d]));
    const after = new Map(now.dependencies.map((d) => [key(d, now.context.pypiName(d)), d]));
    const added = [];
    const removed = [];
    const changed = [];
    for (const [k, d] of after) {
        const old = before.get(k);
        if (!old)
            added.push({ name: d.name, file: d.file, line: d.line, after: d.specifier });
        else if (old.specifier !== d.specifier)
            changed.push({ name: d.name, file: d.file, line: d.line, before: old.specifier, after: d.specifier });
    }
    for (const [k, d] of before)
        if (!after.has(k))
            removed.push({ name: d.name, file: d.file, before: d.specifier });
    const changedPaths = new Set(await (0,git/* changedSince */.$A)(root, commit));
    const atBase = new Set(baseFiles);
    const scannedBefore = [];
    for (const file of now.scanned) {
        if (!atBase.has(file.path))
            continue;
        if (!changedPaths.has(file.path)) {
            scannedBefore.push(file);
            continue;
        }
        const bytes = await (0,git/* showFile */.II)(root, commit, file.path);
        if (bytes)
            scannedBefore.push(file.path.endsWith('.ipynb') ? (0,notebook/* scanNotebook */.nf)(bytes.toString('utf8'), file.path) : (0,python_imports/* scanPythonSource */.vS)(bytes, file.path));
    }
    const undeclaredBefore = findUndeclared(classifyImports(scannedBefore, now), environment.files.flatMap((f) => f.dependencies), now.context).undeclared;
    const namesBefore = new Set(undeclaredBefore.map((u) => u.module));
    const namesNow = new Set(undeclaredNow.map((u) => u.module));
    return {
        changes: {
            base: commit,
            added,
            removed,
            changed,
            newUndeclared: [...namesNow].filter((m) => !namesBefore.has(m)).sort(),
            fixedUndeclared: [...namesBefore].filter((m) => !namesNow.has(m)).sort(),
            envHashBefore: (0,env_hash/* environmentHash */.S)(environment.files),
        },
    };
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./shared/setup-env/markers.ts
// PEP 508 environment markers, evaluated against the values an environment's own interpreter reports, so that
// verification skips `pywin32 ; sys_platform == "win32"` on Linux instead of calling it missing.



// The marker variables as PEP 508 defines them; stdlib only.
const SNIPPET = (/* unused pure expression or super */ null && (String.raw `
import json, os, platform, sys
def version(info):
    text = "%d.%d.%d" % (info.major, info.minor, info.micro)
    if info.releaselevel != "final":
        text += info.releaselevel[0] + str(info.serial)
    return text
json.dump({
    "implementation_name": sys.implementation.name,
    "implementation_version": version(sys.implementation.version),
    "os_name": os.name,
    "platform_machine": platform.machine(),
    "platform_python_implementation": platform.python_implementation(),
    "platform_release": platform.release(),
    "platform_system": platform.system(),
    "platform_version": platform.version(),
    "python_full_version": platform.python_version(),
    "python_version": ".".join(platform.python_version_tuple()[:2]),
    "sys_platform": sys.platform,
}, sys.stdout)
`));
function readMarkerEnvironment(python) {
    return new Promise((resolve, reject) => {
        execFile(python, ['-c', SNIPPET], { encoding: 'utf8', timeout: 60_000, windowsHide: true }, (error, stdout, stderr) => {
            if (error)
                return reject(new Error(`${python} could not report its platform: ${stderr.trim().split('\n').pop() || error.message}`));
            resolve(JSON.parse(stdout));
        });
    });
}
// Legacy spellings pip still accepts.
const aliases = {
    'os.name': 'os_name',
    'sys.platform': 'sys_platform',
    'platform.version': 'platform_version',
    'platform.machine': 'platform_machine',
    'platform.python_implementation': 'platform_python_implementation',
    python_implementation: 'platform_python_implementation',
};
const versionVariables = new Set(['python_version', 'python_full_version', 'implementation_version']);
function tokenize(text) {
    const tokens = [];
    const re = /\s*(?:(["'])(.*?)\1|(not\s+in\b|in\b|and\b|or\b)|(===|==|!=|<=|>=|~=|<|>)|([()])|([A-Za-z_][\w.]*))/y;
    let pos = 0;
    while (pos < text.length) {
        if (/^\s*$/.test(text.slice(pos)))
            break;
        re.lastIndex = pos;
        const m = re.exec(text);
        if (!m)
            return undefined;
        pos = re.lastIndex;
        if (m[1])
            tokens.push({ kind: 'string', value: m[2] });
        else if (m[3])
            tokens.push({ kind: 'op', value: m[3].replace(/\s+/g, ' ') });
        else if (m[4])
            tokens.push({ kind: 'op', value: m[4] });
        else if (m[5])
            tokens.push({ kind: 'paren', value: m[5] });
        else
            tokens.push({ kind: 'name', value: m[6] });
    }
    return tokens;
}
/**
 * Whether the marker holds in `env`; undefined when it cannot be read or names a variable the environment lacks.
 * `extra` is the extra a requirement is looked at for (PEP 685 names compare normalised); empty for the main
 * dependencies, which are installed without extras.
 */
function evaluateMarker(marker, env, extra = '') {
    const tokenized = tokenize(marker);
    if (!tokenized)
        return undefined;
    const tokens = tokenized;
    let i = 0;
    const values = { ...env, extra: (0,pep508/* normalizeName */.Pc)(extra) };
    const operand = () => {
        const t = tokens[i++];
        if (t?.kind === 'string')
            return { value: t.value };
        if (t?.kind !== 'name')
            return undefined;
        const name = aliases[t.value] ?? t.value;
        const value = values[name];
        return value === undefined ? undefined : { value, variable: name };
    };
    const comparison = () => {
        const lhs = operand();
        const op = tokens[i++];
        const rhs = operand();
        if (!lhs || !rhs || op?.kind !== 'op' || op.value === 'and' || op.value === 'or')
            return undefined;
        if (op.value === 'in')
            return rhs.value.includes(lhs.value);
        if (op.value === 'not in')
            return !rhs.value.includes(lhs.value);
        // PEP 508: compare as versions when both sides are versions, else as strings (only == and != then).
        const isVersion = versionVariables.has(lhs.variable ?? rhs.variable ?? '');
        const asVersion = isVersion ? (0,pep440/* satisfies */.ib)(lhs.value, `${op.value}${rhs.value}`) : undefined;
        if (asVersion !== undefined)
            return asVersion;
        const [a, b] = lhs.variable === 'extra' || rhs.variable === 'extra' ? [(0,pep508/* normalizeName */.Pc)(lhs.value), (0,pep508/* normalizeName */.Pc)(rhs.value)] : [lhs.value, rhs.value];
        if (op.value === '==' || op.value === '===')
            return a === b;
        if (op.value === '!=')
            return a !== b;
        return undefined;
    };
    const atom = () => {
        if (tokens[i]?.kind === 'paren' && tokens[i].value === '(') {
            i++;
            const inner = or();
            if (tokens[i]?.kind !== 'paren' || tokens[i].value !== ')')
                return undefined;
            i++;
            return inner;
        }
        return comparison();
    };
    const and = () => {
        let value = atom();
        while (tokens[i]?.kind === 'op' && tokens[i].value === 'and') {
            i++;
            const next = atom();
            value = value === false || next === false ? false : value === undefined || next === undefined ? undefined : true;
        }
        return value;
    };
    function or() {
        let value = and();
        while (tokens[i]?.kind === 'op' && tokens[i].value === 'or') {
            i++;
            const next = and();
            value = value === true || next === true ? true : value === undefined || next === undefined ? undefined : false;
        }
        return value;
    }
    const result = or();
    return i === tokens.length ? result : undefined;
}

;// CONCATENATED MODULE: ./shared/drift/dead-declarations.ts
// Declarations whose environment marker can never hold under the Python the project declares: a backport such as
// `dataclasses; python_version < "3.7"` in a project that requires `>=3.8`. They are listed as dead, not as unused:
// nothing should import them, and the line can go. An import under a Python version check that never holds
// (`if sys.version_info < (3, 8): import importlib_metadata`) is dead code the same way: neither a need nor a use.


/** The Python versions a declaration can meet: every minor release a project could name, at its first and a late patch. */
const CANDIDATES = ['2.7', ...Array.from({ length: 20 }, (_, k) => `3.${k}`)].flatMap((minor) => [`${minor}.0`, `${minor}.99`]);
function allowedVersions(python) {
    const spec = python.specifier.trim();
    // runtime.txt / conda `python=3.8.5` / `.python-version`: an exact version, or a prefix of one.
    if (/^\d+(\.\d+)*$/.test(spec)) {
        const parts = spec.split('.');
        return parts.length >= 3 ? [spec] : CANDIDATES.filter((v) => v.startsWith(`${parts.slice(0, 2).join('.')}.`));
    }
    return CANDIDATES.filter((v) => (0,pep440/* satisfies */.ib)(v, spec) === true);
}
/** Does no Python the project allows meet `specifier` (`<3.8` under `>=3.10`)? Unknown when the project names none. */
function neverMet(specifier, python) {
    const versions = python ? allowedVersions(python) : [];
    return versions.length > 0 && versions.every((v) => (0,pep440/* satisfies */.ib)(v, specifier) === false);
}
function findDeadDeclarations(dependencies, python) {
    if (!python)
        return [];
    const versions = allowedVersions(python);
    if (versions.length === 0)
        return [];
    const dead = [];
    for (const d of dependencies) {
        if (!d.marker || !/python_(full_)?version/.test(d.marker))
            continue;
        const never = versions.every((v) => evaluateMarker(d.marker, { python_version: v.split('.').slice(0, 2).join('.'), python_full_version: v }) === false);
        if (never)
            dead.push({ name: d.name, file: d.file, line: d.line, marker: d.marker, python: `${python.specifier} (${python.file}:${python.line})` });
    }
    return dead;
}

// EXTERNAL MODULE: ./shared/scan/named-trackers.ts
var named_trackers = __webpack_require__(5057);
// EXTERNAL MODULE: ./shared/scan/pip-install-command.ts
var pip_install_command = __webpack_require__(8349);
;// CONCATENATED MODULE: ./shared/drift/tool-uses.ts
// Packages a project uses without importing them: command-line tools its scripts, CI workflows, tox/nox sessions,
// Makefiles, Dockerfiles and MLproject entry points run, and the Sphinx extensions and theme docs/conf.py names.
// Read from the files themselves, as text: a word in command position, never a guess from the package's name alone.


const tool_uses_name = (path) => path.slice(path.lastIndexOf('/') + 1);
/** Files whose text says which programs a project runs. */
function isToolFile(path) {
    const base = tool_uses_name(path);
    if (/^\.github\/workflows\/[^/]+\.ya?ml$/.test(path))
        return true;
    if (/^(GNUmakefile|[Mm]akefile|justfile|Justfile|Procfile|MLproject|tox\.ini|\.pre-commit-config\.ya?ml)$/.test(base))
        return true;
    return /\.(sh|bash|mk)$/.test(base) || /^Dockerfile/.test(base) || /\.dockerfile$/i.test(base);
}
/** The shell command lines a tool file holds. */
function commandLines(path, text) {
    const base = tool_uses_name(path);
    const lines = text.split(/\r?\n/);
    if (/^(GNUmakefile|[Mm]akefile)$|\.mk$/.test(base)) {
        // Recipe lines; `@` (silent) and `-` (ignore errors) prefixes are make's, not the shell's.
        return lines.filter((l) => l.startsWith('\t')).map((l) => l.trim().replace(/^[@+-]+/, ''));
    }
    if (/^Dockerfile|\.dockerfile$/i.test(base)) {
        return lines.map((l) => /^\s*(?:RUN|CMD|ENTRYPOINT)\s+(.*)$/i.exec(l)?.[1] ?? '').map((l) => l.replace(/^\[|\]$|"|,/g, ' '));
    }
    if (/\.ya?ml$/.test(base) || base === 'MLproject') {
        // `run:` / `command:` / `entry:` values and the lines of their blocks; other keys are not commands.
        return lines
            .map((l) => l.replace(/^\s*-\s+/, ' ').trim())
            .map((l) => /^(?:run|command|entry|script)\s*:\s*(.*)$/.exec(l)?.[1] ?? (/^[\w.-]+\s*:(\s|$)/.test(l) ? '' : l))
            .map((l) => l.replace(/^[|>][-+]?\s*$/, '').replace(/^["']|["']$/g, ''));
    }
    if (base === 'tox.ini')
        return lines.map((l) => l.replace(/^\s*[\w-]+\s*=\s*/, '').replace(/^\s*-/, '').trim());
    return lines;
}
/** The programs (and `python -m` modules) a tool file runs. */
function programsIn(path, text) {
    return commandLines(path, text).flatMap((line) => (line ? (0,pip_install_command/* invokedPrograms */.w)(line) : []));
}
/** noxfile.py sessions: `session.run("black", ...)`. */
function noxPrograms(text) {
    return [...text.matchAll(/\bsession\.run\(\s*(?:\*\w+\s*,\s*)?["']([\w.-]+)["']/g)].map((m) => m[1]);
}
/** The Sphinx extensions and HTML theme a docs `conf.py` names, as modules (`sphinx_gallery.gen_gallery`, `furo`). */
function sphinxModules(text) {
    const modules = [];
    for (const m of text.matchAll(/^\s*extensions\s*(?:\+?=|\.extend\()\s*[[(]([^\])]*)[\])]/gms)) {
        for (const s of m[1].matchAll(/["']([\w.]+)["']/g))
            modules.push(s[1]);
    }
    for (const m of text.matchAll(/^\s*extensions\.append\(\s*["']([\w.]+)["']/gm))
        modules.push(m[1]);
    for (const m of text.matchAll(/^\s*html_theme\s*=\s*["']([\w.-]+)["']/gm))
        modules.push(m[1].replace(/-/g, '_'));
    return modules;
}
/**
 * Tools a configuration file configures: `[tool.black]` in pyproject.toml, `[flake8]` / `[tool:pytest]` /
 * `[coverage:run]` in setup.cfg or tox.ini, pre-commit hook ids, `--cov` (pytest-cov drives coverage), and what the
 * file's own name says (`.pylintrc`, `mypy.ini`, `ruff.toml`, `tasks.py`).
 */
function configuredTools(path, text) {
    const base = tool_uses_name(path);
    const found = [never_imported/* TOOL_CONFIG_FILES */.ou[base] ?? base.replace(/^\./, '').replace(/(\.(ini|cfg|toml|ya?ml|json))$/, '').replace(/rc$/, '')];
    if (text === undefined)
        return found;
    if (base === 'pyproject.toml')
        for (const m of text.matchAll(/^\s*\[+tool\.([\w-]+)/gm))
            found.push(m[1]);
    else if (/\.(cfg|ini)$|^\.flake8$/.test(base))
        for (const m of text.matchAll(/^\s*\[(?:tool:)?([\w-]+)/gm))
            found.push(m[1]);
    if (/^\.pre-commit-config\.ya?ml$/.test(base))
        for (const m of text.matchAll(/^\s*-?\s*id:\s*["']?([\w.-]+)/gm))
            found.push(m[1]);
    if (/--cov\b/.test(text))
        found.push('coverage');
    return found;
}

;// CONCATENATED MODULE: ./shared/drift/detect-drift.ts
// The detect-env pipeline: packaging files + source imports → DriftReport. The action and the CLI both call it.































/** What to install where a module is not (yet, or any more) in the standard library. */
const STDLIB_REPLACEMENTS = {
    tomllib: 'tomli',
    zoneinfo: 'backports-zoneinfo',
    graphlib: 'graphlib-backport',
    distutils: 'setuptools',
    imp: 'zombie-imp',
    asynchat: 'pyasynchat',
    asyncore: 'pyasyncore',
    smtpd: 'aiosmtpd',
};
/** Replacements imported under another name (`import tomli`): installing them cannot make `import tomllib` work. */
const RENAMED_REPLACEMENTS = new Set(['tomllib', 'zoneinfo']);
function readTextFile(file) {
    try {
        return (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch {
        return undefined;
    }
}
/** The Python the project's files declare, the most specific first (runtime.txt over requires-python). */
function declaredPython(files) {
    const precedence = (f) => (0,formats/* formatOf */.be)(f.kind).pythonPrecedence;
    return files.filter((f) => f.python).sort((a, b) => precedence(a) - precedence(b))[0]?.python;
}
/** Conflicts between declarations that apply to the same code: a sub-project's pins against the root's, not a sibling's. */
function conflictsWithinScopes(files, scopes) {
    const scopeOf = (f) => scopes.get(f.path) ?? ownScope(f.path);
    const found = new Map();
    for (const scope of new Set(files.map(scopeOf))) {
        const applying = files.filter((f) => covers(scopeOf(f), scope));
        const conflicts = (0,find_conflicts/* findConflicts */.N)(applying, {
            pypiName: conda_names/* pypiNameOf */.xb,
            isNonPython: (d) => d.ecosystem === 'conda' && (0,conda_names/* isNonPythonCondaPackage */.Du)(d.normalized),
            pep440Alternatives: (spec, ecosystem) => (ecosystem === 'conda' ? (0,conda_matchspec/* condaSpecToPep440 */.P$)(spec) : [spec]),
            intersect: pep440/* specifiersIntersect */.jB,
        });
        for (const c of conflicts)
            found.set(c.message, c);
    }
    // A folder sees the root's declarations too: keep each clash once, with every declaration involved.
    const at = (c) => new Set(c.declarations.map((d) => `${d.file}:${d.line}`));
    const all = [...found.values()];
    const kept = all.filter((c) => !all.some((o) => o !== c && o.name === c.name && o.declarations.length > c.declarations.length && [...at(c)].every((k) => at(o).has(k))));
    return kept.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
/**
 * For each source file, the sub-project folders whose package it imports from outside them (`examples/x.py` importing
 * `l5kit` from `l5kit/setup.py`): installing that package brings its requirements to the importing code.
 */
function subProjectsImported(files, scopes, firstParty, code) {
    const byModule = new Map();
    for (const f of files) {
        if (!['setup.py', 'setup.cfg', 'pyproject'].includes(f.kind))
            continue;
        const scope = scopes.get(f.path) ?? ownScope(f.path);
        if (scope === '')
            continue;
        for (const module of firstParty.shippedBy(scope))
            if (!byModule.get(module)?.includes(scope))
                byModule.set(module, [...(byModule.get(module) ?? []), scope]);
    }
    const byFile = new Map();
    if (byModule.size === 0)
        return () => [];
    for (const f of code) {
        const dir = external_node_path_default().posix.dirname(f.path) === '.' ? '' : external_node_path_default().posix.dirname(f.path);
        const found = new Set();
        for (const record of f.imports) {
            if (record.level > 0)
                continue;
            for (const scope of byModule.get(record.module) ?? [])
                if (!covers(scope, dir))
                    found.add(scope);
        }
        if (found.size)
            byFile.set(f.path, [...found]);
    }
    return (file) => byFile.get(file) ?? [];
}
/**
 * Modules the project generates rather than installs: protoc's `<name>_pb2` / `<name>_pb2_grpc` for every `.proto`
 * file in the repository or compiled by a notebook (`!protoc person.proto --python_out=.`), and the `.py` files a
 * notebook writes with `%%writefile`.
 */
function generatedModules(collected, scanned) {
    const protos = [...collected.filter((p) => p.endsWith('.proto')), ...scanned.flatMap((f) => f.writes ?? []).filter((w) => w.endsWith('.proto'))];
    const stems = protos.map((p) => p.slice(p.lastIndexOf('/') + 1, -'.proto'.length)).filter((s) => /^[A-Za-z_]\w*$/.test(s));
    const written = scanned.flatMap((f) => f.writes ?? []).filter((w) => w.endsWith('.py')).map((w) => w.slice(w.lastIndexOf('/') + 1, -3));
    return [...new Set([...stems.flatMap((s) => [`${s}_pb2`, `${s}_pb2_grpc`]), ...written.filter((w) => /^[A-Za-z_]\w*$/.test(w))])];
}
/** What the project uses without importing it: tools its files run, Sphinx extensions, its own distributions. */
function otherUses(reader, rootFiles, discovered, scanned, files, firstParty, dead) {
    const programs = [];
    const modules = [];
    const distributions = new Set();
    const variables = new Set();
    for (const p of discovered.collected) {
        const tool = isToolFile(p);
        if (!tool && !/(^|\/)(pyproject\.toml|setup\.cfg)$/.test(p))
            continue;
        const text = reader.read(p);
        if (text !== undefined && tool)
            programs.push(...programsIn(p, text));
        programs.push(...configuredTools(p, text));
        // `--report_to wandb` in a launch script or workflow: transformers loads wandb.
        if (text !== undefined && tool)
            modules.push(...(0,named_trackers/* namedTrackers */.v)(text));
        if (text !== undefined && tool)
            for (const v of Object.values(never_imported/* SWITCHED_COMPANIONS */.gi))
                if (text.includes(v))
                    variables.add(v);
    }
    // Tool configuration at the root: `.pylintrc`, `mypy.ini`, `.flake8`, `tasks.py`.
    for (const p of rootFiles)
        if (!discovered.collected.includes(p))
            programs.push(...configuredTools(p, /\.(cfg|ini)$|^\.flake8$|^\.pre-commit/.test(p) ? reader.read(p) : undefined));
    for (const f of scanned) {
        programs.push(...(f.programs ?? []));
        modules.push(...(f.trackers ?? []), ...(f.probes?.modules ?? []));
        for (const d of f.probes?.distributions ?? [])
            distributions.add(d);
        for (const v of f.variables ?? [])
            variables.add(v);
        const base = f.path.slice(f.path.lastIndexOf('/') + 1);
        if (base !== 'conf.py' && base !== 'noxfile.py')
            continue;
        const text = reader.read(f.path);
        if (text === undefined)
            continue;
        if (base === 'conf.py')
            modules.push(...sphinxModules(text));
        else
            programs.push(...noxPrograms(text));
    }
    return {
        modules,
        distributions,
        programs: [...new Set(programs)],
        projectNames: new Set(files.filter((f) => f.name && ['pyproject', 'setup.py', 'setup.cfg'].includes(f.kind)).map((f) => (0,pep508/* normalizeName */.Pc)(f.name))),
        // The project's own package in its requirements: one it could install (examples/inference/pippy/requirements.txt
        // naming `pippy` is the library, not the folder of scripts it sits in).
        isFirstParty: (name, packagingFile) => firstParty.has(name, packagingFile) && firstParty.isImportable(name),
        dead: new Set(dead.map((d) => `${d.file}:${d.line}`)),
        variables,
    };
}
/** Which Python's standard library applies: settings, then the given interpreter, then what packaging files declare. */
function choosePython(config, interpreter, files) {
    if (config.python)
        return { version: stdlibVersionFor(config.python), reason: `settings (${config.source})` };
    if (interpreter)
        return { version: stdlibVersionFor(interpreter.pythonVersion), reason: `the interpreter given (${interpreter.pythonVersion})` };
    const declared = declaredPython(files.filter((f) => ownScope(f.path) === ''));
    if (declared)
        return { version: stdlibVersionFor(declared.specifier), reason: `${declared.file}:${declared.line} declares ${declared.specifier}` };
    return { version: stdlibVersionFor(undefined), reason: 'no Python version is declared; assumed the newest' };
}
async function detectDrift(options) {
    const root = external_node_path_default().resolve(options.root);
    const reader = (0,file_readers/* workingTreeReader */.LE)(root);
    const diagnostics = [];
    // A settings file outside the project (an absolute path, from the CLI's --config) is read where it is.
    const configReader = options.configPath && external_node_path_default().isAbsolute(options.configPath)
        ? { read: (p) => (p === options.configPath ? readTextFile(p) : undefined) }
        : reader;
    const { config, diagnostics: configProblems } = (0,config_config/* loadConfig */.Z9)(configReader, options.configPath);
    diagnostics.push(...configProblems);
    // One walk finds the sources, the packaging files at any depth and the files that run tools (CI, Makefiles).
    const discovering = (0,discover_files/* discoverFiles */.Z)(root, {
        exclude: [...config.exclude, ...(options.exclude ?? [])],
        defaultExcludes: options.defaultExcludes,
        collect: (p) => isToolFile(p) || (0,discover_packaging/* packagingKindOf */.bQ)(p) !== undefined || (0,formats/* isPep751Lock */.KZ)(p) || p.endsWith('.proto'),
    });
    // Scanning starts as soon as the files are known, on a worker, while the packaging files are read here.
    const scanning = (0,scan_files/* scanFiles */.Tu)(root, discovering.then((d) => d.files));
    scanning.catch(() => undefined); // a failed walk is reported once, below
    const discovered = await discovering;
    for (const p of discovered.collected.filter(formats/* isPep751Lock */.KZ)) {
        diagnostics.push({ severity: 'notice', code: 'packaging/not-read', message: `${p} is a PEP 751 lock file (pylock.toml): recognised, not read; the file it was locked from is`, file: p });
    }
    for (const s of discovered.skipped)
        diagnostics.push({ severity: 'notice', code: 'scan/skipped', message: `skipped: ${s.reason}`, file: s.path });
    const listing = (0,discover_packaging/* rootListing */.JN)(root);
    const packagingPaths = [...new Set([...listing, ...discovered.collected, ...discovered.files])].filter((p) => (0,discover_packaging/* packagingKindOf */.bQ)(p));
    const environment = (0,load_environment/* loadEnvironment */.Y)(packagingPaths, reader, { env: options.env ?? process.env });
    diagnostics.push(...environment.diagnostics);
    let interpreter;
    if (options.python) {
        try {
            interpreter = await (0,interpreter_metadata/* readInterpreterMetadata */.w)(options.python);
        }
        catch (e) {
            diagnostics.push({ severity: 'warning', code: 'interpreter/failed', message: e.message, file: options.python });
        }
    }
    const python = choosePython(config, interpreter, environment.files);
    const read = await scanning;
    for (const f of read)
        if (f.problem)
            diagnostics.push(f.problem);
    const scanned = read.filter((f) => !f.skipped);
    // setup.py is packaging metadata run by the build (setuptools, not the environment), so its imports are not needs;
    // nor are those of the bootstrap package-env writes beside a pyproject.toml that builds the project.
    const bootstrap = /^# ml-hub: generated setup\.py/m.test(reader.read('bootstrap.py')?.slice(0, 400) ?? '');
    const setupScripts = new Set(environment.files.filter((f) => f.kind === 'setup.py').map((f) => f.path));
    const code = scanned.filter((f) => !setupScripts.has(f.path) && !(bootstrap && f.path === 'bootstrap.py'));
    const firstParty = new FirstPartyModules(scanned.map((f) => f.path), {
        declared: [...config.firstParty, ...generatedModules(discovered.collected, scanned)],
        declaredDistributions: environment.files.flatMap((f) => f.dependencies.map((d) => d.normalized)),
        ...importRootsOf(environment.files, reader),
    });
    // PEP 723 scripts declare their own requirements, for that one file: they widen what is declared, nothing else
    // (not the project's Python, environment hash, conflicts or out-of-sync, which are about the shared environment).
    const scripts = scanned
        .filter((f) => f.scriptMetadata)
        .flatMap((f) => (0,script_metadata/* parseScriptMetadata */.a)(f.path, reader.read(f.path) ?? ''))
        .filter((s) => s.dependencies.length || s.diagnostics.length || s.python);
    for (const s of scripts)
        diagnostics.push(...s.diagnostics);
    const scopes = declarationScopes(environment.files);
    for (const s of scripts)
        scopes.set(s.path, s.path);
    const lockFiles = new Set(environment.files.filter((f) => f.kind === 'pipfile.lock').map((f) => f.path));
    const generated = new Set(environment.files.filter((f) => f.generated).map((f) => f.path));
    const analysis = buildAnalysis(config, [...environment.files, ...scripts], code, python.version, interpreter, firstParty, scopes);
    analysis.context.isGenerated = (file) => generated.has(file);
    analysis.context.resolve = analysis.resolve;
    analysis.context.installedFor = subProjectsImported(environment.files, scopes, firstParty, code);
    const packageChecks = new Set(code.filter((f) => f.availabilityChecks && firstParty.inPackage(external_node_path_default().posix.dirname(f.path))).flatMap((f) => f.availabilityChecks));
    const rootPython = declaredPython(environment.files.filter((f) => ownScope(f.path) === ''));
    const live = code.map((f) => (f.imports.some((i) => i.python) ? { ...f, imports: f.imports.filter((i) => !i.python || !neverMet(i.python, rootPython)) } : f));
    const imports = classifyImports(live, { ...analysis, packageChecks });
    const deadDeclarations = [...environment.files, ...scripts].flatMap((f) => findDeadDeclarations(f.dependencies, f.python ?? rootPython));
    const uses = otherUses(reader, listing, discovered, scanned, environment.files, firstParty, deadDeclarations);
    // A Pipfile.lock pins what pipenv resolved, transitive packages included: it declares nothing by itself.
    const declaring = analysis.dependencies.filter((d) => !lockFiles.has(d.file));
    const paired = pairMappingMisses(findUndeclared(imports, declaring, analysis.context), findUnused(imports, declaring, analysis.context, uses, { editable: true }), declaring, analysis.context);
    const { undeclared, optional } = paired.missing;
    // Editable installs were listed for pairing only (`-e git+…#egg=taming-transformers` provides `taming`).
    const editable = new Set(declaring.filter((d) => d.editable).map(conda_names/* pypiNameOf */.xb));
    const unused = paired.unused.filter((u) => !editable.has(u.normalized));
    const conflicts = conflictsWithinScopes(environment.files, scopes);
    // A package nothing imports is reported as unused, not also as missing from the other files.
    const unusedNames = new Set(unused.map((u) => u.normalized));
    const outOfSync = (0,find_out_of_sync/* findOutOfSync */.i)(environment.files, {
        pypiName: conda_names/* pypiNameOf */.xb,
        isNonPython: analysis.context.isNonPython,
        scopeOf: (file) => scopes.get(file) ?? ownScope(file),
    }).filter((o) => !unusedNames.has(o.name));
    const report = {
        python,
        packagingFiles: [...environment.files, ...scripts].map((f) => ({ path: f.path, kind: f.kind, dependencies: f.dependencies.length, generated: f.generated })),
        scannedFiles: scanned.length,
        importCount: imports.importCount,
        undeclared,
        optional,
        unused,
        deadDeclarations,
        conflicts,
        outOfSync,
        envHash: (0,env_hash/* environmentHash */.S)(environment.files),
        diagnostics,
        drift: undeclared.length + unused.length + conflicts.length + outOfSync.length > 0,
        failOn: config.failOn,
    };
    if (options.base) {
        const compared = await compareWithBase(root, options.base, analysis, undeclared, options.env ?? process.env);
        if ('problem' in compared)
            diagnostics.push(compared.problem);
        else {
            report.changes = compared.changes;
            const introduced = new Set(compared.changes.newUndeclared);
            for (const u of undeclared)
                u.introduced = introduced.has(u.module);
        }
    }
    return report;
}
/** Package roots by the folder of the packaging files that declare them, and pytest's roots. */
function importRootsOf(files, reader) {
    const folders = new Set(files.map((f) => external_node_path_default().posix.dirname(f.path)).map((d) => (d === '.' ? '' : d)));
    folders.add('');
    const packageRoots = new Map();
    const testRoots = [];
    for (const folder of folders) {
        const roots = declaredImportRoots(folder, reader);
        // A sub-project's `src/` holds its own packages, as the root's does.
        packageRoots.set(folder, folder ? [...roots.packages, `${folder}/src`] : roots.packages);
        testRoots.push(...roots.tests);
    }
    return { packageRoots, testRoots };
}
function buildAnalysis(config, files, scanned, pythonVersion, interpreter, firstParty, scopes = new Map()) {
    const sources = { interpreter, overrides: config.mapping };
    const context = {
        pypiName: conda_names/* pypiNameOf */.xb,
        importNamesOf: (dist) => importNamesOfDistribution(dist, sources),
        importNamesGuessed: (dist) => resolveImportNames(dist, sources).source === 'guess',
        scopeOf: (file) => scopes.get(file) ?? ownScope(file),
        isNonPython: (d) => d.ecosystem === 'conda' && (0,conda_names/* isNonPythonCondaPackage */.Du)(d.normalized),
        ignoreUndeclared: config.ignoreUndeclared,
        ignoreUnused: config.ignoreUnused.map(pep508/* normalizeName */.Pc),
    };
    const importers = new FirstPartyImporters(scanned, (dotted, from) => firstParty.has(dotted, from));
    context.gatedFiles = (module, through) => importers.gated(module, through);
    context.isImported = (file) => importers.isImported(file);
    return {
        config,
        files,
        dependencies: files.flatMap((f) => f.dependencies),
        scanned,
        context,
        // `__main__` is the running script itself (`from __main__ import app`).
        isStdlib: (module) => module === '__main__' || isStdlibModule(module, pythonVersion),
        stdlibNote: (module) => {
            const elsewhere = stdlibElsewhere(module, pythonVersion);
            if (!elsewhere)
                return undefined;
            const replacement = STDLIB_REPLACEMENTS[module];
            const where = elsewhere.since ? `standard library from Python ${elsewhere.version}` : `standard library up to Python ${elsewhere.version} only`;
            return {
                note: `${module} is ${where}, not in ${pythonVersion}${replacement ? `; use ${replacement} there` : ''}`,
                distributions: replacement ? [replacement] : [],
                newerOnly: elsewhere.since && RENAMED_REPLACEMENTS.has(module),
            };
        },
        firstParty,
        resolve: (dotted) => resolveDistribution(dotted, sources),
    };
}


/***/ }),

/***/ 6427:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ fileRole)
/* harmony export */ });
/* unused harmony export isTestFile */
// Where an importing file sits in the project, by its path: package-env adds only what shipped code needs, and the
// report says which imports come from tests, examples, docs or notebooks.
const testDirs = new Set(['tests', 'test', 'testing', 'unittests', 'unit_tests', 'integration_tests', '__tests__']);
const docsDirs = new Set(['docs', 'doc', 'documentation', 'docs_src', 'sphinx']);
const exampleDirs = new Set([
    'examples', 'example', 'demo', 'demos', 'tutorials', 'tutorial', 'samples', 'sample', 'recipes', 'notebooks', 'cookbook',
    'benchmarks', 'benchmark',
]);
const buildFiles = new Set(['setup.py', 'noxfile.py', 'fabfile.py', 'hatch_build.py', 'build_ext.py', 'conftest_build.py']);
function isTestFile(file) {
    const parts = file.split('/');
    const name = parts[parts.length - 1];
    return (parts.slice(0, -1).some((p) => testDirs.has(p.toLowerCase())) ||
        /^test_.*\.py$|_tests?\.py$|^conftest\.py$|^tests?\.py$/.test(name));
}
/**
 * The role of a root-relative file. `inPackage` says whether its folder is part of a first-party package (a folder
 * with `__init__.py`, or under a declared package root such as `src/`).
 */
function fileRole(file, inPackage) {
    const parts = file.split('/');
    const name = parts[parts.length - 1];
    const dirs = parts.slice(0, -1).map((p) => p.toLowerCase());
    if (isTestFile(file))
        return 'test';
    if (name.endsWith('.ipynb'))
        return 'notebook';
    if (dirs.some((d) => docsDirs.has(d)))
        return 'docs';
    if (dirs.some((d) => exampleDirs.has(d)))
        return 'example';
    const packaged = inPackage(parts.slice(0, -1).join('/'));
    // `setup_u8darts.py` beside setup.py builds a second distribution; inside a package, `setup_logging.py` is code.
    if (buildFiles.has(name) || (!packaged && /^setup[-_]\w+\.py$/.test(name)))
        return 'build';
    return packaged ? 'package' : 'script';
}


/***/ }),

/***/ 4461:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ findConflicts)
/* harmony export */ });
/* harmony import */ var _env_python_version_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9635);
// Declarations of one package (or of Python) that no single version can satisfy, across files or within one:
// PEP 440 semantics for PyPI names, conda's MatchSpec semantics for conda names (`pytorch=2.0` means 2.0.*).

function compatible(a, b, context) {
    return a.alternatives.some((x) => b.alternatives.some((y) => context.intersect(x, y) !== false));
}
function conflictsAmong(name, candidates, context, what) {
    const involved = new Set();
    const pairs = [];
    for (let i = 0; i < candidates.length; i++) {
        for (let j = i + 1; j < candidates.length; j++) {
            const [a, b] = [candidates[i], candidates[j]];
            if (compatible(a, b, context))
                continue;
            involved.add(a).add(b);
            if (pairs.length < 3)
                pairs.push(`${show(a.declaration)} and ${show(b.declaration)}`);
        }
    }
    if (!involved.size)
        return undefined;
    return {
        name,
        declarations: candidates.filter((c) => involved.has(c)).map((c) => c.declaration),
        message: `${what}${pairs.join('; ')} admit no common version`,
    };
}
const show = (d) => `${d.name}${d.specifier.match(/^[\d]/) ? '=' : ''}${d.specifier} (${d.file}:${d.line})`;
function findConflicts(files, context) {
    const byName = new Map();
    for (const file of files) {
        for (const d of file.dependencies) {
            // Markers and direct URLs can make two declarations apply to different machines or bypass versions.
            if (!d.specifier || d.marker || d.url || context.isNonPython?.(d))
                continue;
            const name = context.pypiName(d);
            const candidate = {
                declaration: { file: d.file, line: d.line, name: d.name, ecosystem: d.ecosystem, specifier: d.specifier },
                alternatives: context.pep440Alternatives(d.specifier, d.ecosystem),
            };
            byName.set(name, [...(byName.get(name) ?? []), candidate]);
        }
    }
    const conflicts = [];
    for (const [name, candidates] of byName) {
        if (candidates.length < 2)
            continue;
        const conflict = conflictsAmong(name, candidates, context, '');
        if (conflict)
            conflicts.push(conflict);
    }
    const pythons = files
        .filter((f) => f.python)
        .map((f) => {
        const p = f.python;
        const ecosystem = f.kind === 'conda' ? 'conda' : 'pypi';
        return {
            declaration: { file: p.file, line: p.line, name: 'python', ecosystem, specifier: p.specifier },
            alternatives: ecosystem === 'conda' ? context.pep440Alternatives(p.specifier, 'conda') : [(0,_env_python_version_js__WEBPACK_IMPORTED_MODULE_0__/* .declaredPythonSpecifier */ .VH)(p.specifier)],
        };
    });
    const python = conflictsAmong('python', pythons, context, 'Python versions ');
    if (python)
        conflicts.push(python);
    return conflicts.sort((a, b) => (a.name < b.name ? -1 : 1));
}


/***/ }),

/***/ 2588:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ findOutOfSync)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _env_formats_conda_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9462);
/* harmony import */ var _env_formats_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1042);
// Packaging files that each describe the whole runtime environment of the same code (requirements.txt,
// environment.yml, setup.py, pyproject.toml, Pipfile, python_env.yaml in one project folder) should name the same
// packages. A package one of them has and another lacks is out of sync. Like is compared with like: the runtime
// dependencies with each other, and each extra / dependency group with the group of the same name in the other files;
// a package another file declares in some other group is not missing from it. Generated files (locks, `pip freeze`,
// `conda env export`) list transitive packages too, so they are never asked to match. A file that installs the project
// itself (`-e .`) includes what the project's setup.py or pyproject.toml declares, so the two agree by construction.



/** The folder a local-path dependency (`-e .`, `./libs/foo`) installs, root-relative; undefined for anything else. */
function installedFolder(d) {
    if (d.url === undefined || /^[a-z][a-z0-9+.-]*:\/\//i.test(d.url.replace(/^file:/i, '')))
        return undefined;
    const joined = node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.join(node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.dirname(d.file), d.url.replace(/^file:/i, '')));
    return joined === '.' ? '' : joined.replace(/\/$/, '');
}
function findOutOfSync(files, context) {
    const byPath = new Map(files.map((f) => [f.path, f]));
    const projectFilesIn = new Map();
    for (const f of files) {
        if (!(0,_env_formats_index_js__WEBPACK_IMPORTED_MODULE_2__/* .buildsPackage */ .CU)(f.kind))
            continue;
        const dir = node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.dirname(f.path) === '.' ? '' : node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.dirname(f.path);
        projectFilesIn.set(dir, [...(projectFilesIn.get(dir) ?? []), f]);
    }
    // What a file pulls in: `-r base.txt`, setup.py reading requirements.txt, and the project a `-e .` installs.
    const pulledIn = (file) => [
        ...file.includes,
        ...file.dependencies.flatMap((d) => {
            const folder = installedFolder(d);
            return folder === undefined ? [] : (projectFilesIn.get(folder) ?? []).map((p) => p.path);
        }),
    ];
    const closure = (file, seen = new Set()) => {
        if (seen.has(file.path))
            return [];
        seen.add(file.path);
        return [
            ...file.dependencies,
            ...pulledIn(file).flatMap((p) => {
                const included = byPath.get(p);
                const group = file.includeGroups?.[p];
                const deps = included ? closure(included, seen) : [];
                return group ? deps.map((d) => ({ ...d, group })) : deps;
            }),
        ];
    };
    const counted = (d) => !d.constraintOnly && !d.editable && installedFolder(d) === undefined && !context.isNonPython(d) && !_env_formats_conda_js__WEBPACK_IMPORTED_MODULE_1__/* .condaInstallerTooling */ .K.has(context.pypiName(d));
    const environments = files
        .filter(_env_formats_index_js__WEBPACK_IMPORTED_MODULE_2__/* .definesEnvironment */ .Os)
        .map((file) => ({ file, deps: closure(file).filter(counted), pulled: pulledIn(file) }))
        // Build requirements describe the build, not the environment: a pyproject.toml with only `[build-system]`
        // (sam2's, beside its setup.py) declares nothing to compare.
        .filter((e) => e.deps.some((d) => d.group !== 'build'));
    // A file that only includes another (setup.py reading requirements.txt), or that another installs (`-e .`), agrees
    // with it by construction.
    const independent = environments.filter((e) => !environments.some((o) => o !== e && ((e.pulled.includes(o.file.path) && e.file.dependencies.filter(counted).length === 0) || o.pulled.includes(e.file.path))));
    const found = [];
    const byScope = new Map();
    for (const e of independent) {
        const scope = context.scopeOf?.(e.file.path) ?? '';
        byScope.set(scope, [...(byScope.get(scope) ?? []), e]);
    }
    for (const group of byScope.values()) {
        if (group.length < 2)
            continue;
        // Every name each file declares, in any group: a package in an extra is declared, just not at run time.
        const anywhere = group.map((e) => new Set(e.deps.map((d) => context.pypiName(d))));
        const groupNames = new Set(group.flatMap((e) => e.deps.map((d) => d.group)).filter((g) => g !== 'build'));
        for (const groupName of groupNames) {
            const members = group.map((e) => e.deps.filter((d) => d.group === groupName));
            const having = members.map((m, i) => ({ i, m })).filter(({ m }) => m.length > 0);
            // An extra is compared only between files that both have it; the runtime group between all files.
            const compared = groupName === 'main' ? members.map((m, i) => ({ i, m })) : having;
            if (compared.length < 2 || having.length === 0)
                continue;
            const names = compared.map(({ m }) => new Map(m.map((d) => [context.pypiName(d), d])));
            const all = new Map();
            names.forEach((m) => m.forEach((d, name) => all.set(name, [...(all.get(name) ?? []), { file: d.file, line: d.line }])));
            for (const [name, presentIn] of all) {
                const missingFrom = compared.filter(({ i }, k) => !names[k].has(name) && !anywhere[i].has(name)).map(({ i }) => group[i].file.path);
                if (missingFrom.length)
                    found.push({ name, presentIn, missingFrom, groups: groupName === 'main' ? 'runtime' : `extra:${groupName}` });
            }
        }
    }
    return found.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : (a.groups ?? '') < (b.groups ?? '') ? -1 : 1));
}


/***/ }),

/***/ 9345:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BH: () => (/* binding */ SUBMODULE_BACKENDS),
/* harmony export */   K2: () => (/* binding */ DEV_TOOLS),
/* harmony export */   Pp: () => (/* binding */ neverImported),
/* harmony export */   Sx: () => (/* binding */ COMPANIONS),
/* harmony export */   gi: () => (/* binding */ SWITCHED_COMPANIONS),
/* harmony export */   ou: () => (/* binding */ TOOL_CONFIG_FILES)
/* harmony export */ });
// Distributions people declare on purpose although no code imports them: build tools, notebook servers, command-line
// servers, plugins and stub packages, and engines that libraries load by name (pandas' Excel and Parquet engines).
// They are never reported as unused. Developer tools (linters, formatters, task runners) are different: they are used
// when something runs or configures them (see DEV_TOOLS).
const exact = new Set([
    'pip', 'setuptools', 'wheel', 'build', 'twine', 'poetry', 'poetry-core', 'pip-tools', 'uv', 'hatch', 'hatchling', 'flit', 'flit-core',
    'setuptools-scm', 'cython', 'pybind11', 'scikit-build', 'scikit-build-core', 'meson-python', 'pdm', 'pdm-backend', 'maturin',
    'pytest', 'hypothesis', 'nbval', 'nbmake', 'coverage',
    'jupyter', 'jupyterlab', 'notebook', 'nbclassic', 'ipykernel', 'ipython', 'ipywidgets', 'widgetsnbextension', 'jupyterlab-widgets',
    'nbconvert', 'nbformat', 'jupytext', 'papermill', 'voila', 'nb-conda-kernels', 'nbdev',
    'sphinx', 'mkdocs', 'mkdocs-material', 'furo', 'myst-parser',
    'gunicorn', 'uvicorn', 'waitress', 'supervisor',
    'mlflow-skinny', 'dvc',
    // Tools of a conda recipe (`conda build recipe/`).
    'conda-build', 'conda-verify', 'boa',
    'openpyxl', 'xlrd', 'xlsxwriter', 'odfpy', 'pyarrow', 'fastparquet', 'tables', 'lxml', 'html5lib',
]);
const prefixes = ['pytest-', 'flake8-', 'types-', 'sphinx-', 'sphinxcontrib-', 'mkdocs-', 'jupyterlab-', 'nvidia-', 'mypy-'];
const suffixes = ['-stubs', '-sphinx-theme'];
function neverImported(normalizedName) {
    return exact.has(normalizedName) || prefixes.some((p) => normalizedName.startsWith(p)) || suffixes.some((s) => normalizedName.endsWith(s));
}
/**
 * Developer tools: used when a workflow, Makefile, tox/nox session, pre-commit hook or script runs them, or a
 * configuration section or file (`[tool.black]`, `[flake8]`, `.pylintrc`, `mypy.ini`, `tasks.py`) configures them.
 * Declared and neither run nor configured, they are unused.
 */
const DEV_TOOLS = new Set([
    'black', 'ruff', 'flake8', 'pylint', 'mypy', 'isort', 'autopep8', 'yapf', 'pre-commit', 'bandit', 'pyright', 'codespell', 'pydocstyle',
    'pycodestyle', 'pyflakes', 'autoflake', 'pyupgrade', 'docformatter', 'darglint', 'vulture', 'radon', 'interrogate', 'mdformat',
    'blacken-docs', 'nbqa', 'nbstripout', 'tox', 'nox', 'invoke', 'commitizen',
]);
/** Configuration files that name the tool they configure in a way the file name alone does not show. */
const TOOL_CONFIG_FILES = {
    'tasks.py': 'invoke',
    'noxfile.py': 'nox',
    '.pre-commit-config.yaml': 'pre-commit',
    '.pre-commit-config.yml': 'pre-commit',
    'pyrightconfig.json': 'pyright',
    '.style.yapf': 'yapf',
    '.coveragerc': 'coverage',
};
/**
 * Packages that a library loads by name at run time without declaring them (an extra, or "install it yourself"), so
 * a project that uses the library declares them: `transformers` loads `accelerate` for `device_map=`, `bitsandbytes`
 * for `load_in_8bit=`, `sentencepiece` for Llama's tokenizer. Keyed by the library's distribution; a companion is used
 * when the library is.
 */
const COMPANIONS = {
    // jmespath: response parsing of chat templates with tools; num2words: SmolVLM's processor.
    // The quantization backends `quantization_config=` loads (AQLM, EETQ, GPTQ, HQQ, AWQ, quanto, torchao, …).
    transformers: [
        'accelerate', 'bitsandbytes', 'sentencepiece', 'protobuf', 'tokenizers', 'safetensors', 'tiktoken', 'einops', 'optimum', 'flash-attn', 'timm',
        'torchvision', 'jmespath', 'num2words', 'aqlm', 'eetq', 'gptqmodel', 'auto-gptq', 'autoawq', 'hqq', 'optimum-quanto', 'torchao',
        'compressed-tensors', 'vptq', 'fbgemm-gpu', 'kernels', 'mamba-ssm', 'causal-conv1d',
        // VitsTokenizer's phonemes (text-to-speech); the Moses tokenizer of Transformer-XL, XLM and FlauBERT.
        'phonemizer', 'sacremoses',
        // The slow CLIPTokenizer (`use_fast=False`) cleans text with ftfy when it is installed.
        'ftfy',
        // Optimizers and kernels TrainingArguments loads by name (`optim="galore_adamw"`, `"lomo"`, `"schedule_free_adamw"`,
        // `"apollo_adamw"`, `"grokadamw"`, `use_liger_kernel=True`).
        'galore-torch', 'lomo-optim', 'schedulefree', 'apollo-torch', 'grokadamw', 'liger-kernel',
        // Its own install_requires, pinned by projects that use it (MiniGPT-4's `huggingface-hub==0.18.0`, `regex==…`).
        'huggingface-hub', 'regex', 'filelock', 'pyyaml', 'packaging', 'requests', 'tqdm', 'numpy',
    ],
    // Its own install_requires, pinned by projects that use it.
    accelerate: ['psutil', 'huggingface-hub', 'safetensors', 'pyyaml', 'packaging', 'numpy'],
    'sentence-transformers': ['transformers', 'huggingface-hub', 'scikit-learn', 'scipy', 'pillow', 'tqdm'],
    timm: ['huggingface-hub', 'safetensors', 'pyyaml', 'torchvision'],
    // lm-eval's tasks load these by name: its `ifeval` extra (langdetect, immutabledict, nltk) and `math` extra.
    'lm-eval': ['langdetect', 'immutabledict', 'nltk', 'sympy', 'antlr4-python3-runtime', 'math-verify'],
    // `HF_HUB_ENABLE_HF_TRANSFER=1` downloads through hf_transfer (see SWITCHED_COMPANIONS); Xet storage through hf_xet.
    'huggingface-hub': ['hf-transfer', 'hf-xet'],
    // `onnxruntime.quantization` imports onnx, which the onnxruntime wheel does not depend on.
    onnxruntime: ['onnx'],
    'onnxruntime-gpu': ['onnx'],
    // With their own install_requires (pins of them are uses too).
    diffusers: ['accelerate', 'transformers', 'safetensors', 'xformers', 'peft', 'huggingface-hub', 'regex', 'filelock', 'importlib-metadata', 'pillow', 'requests', 'numpy'],
    peft: ['accelerate', 'bitsandbytes', 'transformers', 'psutil', 'huggingface-hub', 'safetensors', 'tqdm', 'pyyaml', 'packaging', 'numpy'],
    'pytorch-lightning': ['test-tube', 'torchmetrics', 'tensorboard', 'tensorboardx', 'hydra-core', 'omegaconf', 'jsonargparse'],
    lightning: ['torchmetrics', 'tensorboard', 'tensorboardx', 'jsonargparse', 'hydra-core', 'omegaconf'],
    // ninja builds `torch.utils.cpp_extension` extensions.
    // opt_einsum orders `torch.einsum` contractions of three or more operands; onnxscript is what `torch.onnx.export` writes with.
    torch: ['expecttest', 'sympy', 'mpmath', 'networkx', 'filelock', 'fsspec', 'triton', 'typing-extensions', 'setuptools', 'ninja', 'opt-einsum', 'onnxscript'],
    tiktoken: ['blobfile'],
    // fsspec's HTTP filesystem (`fsspec.open("https://…")`) runs on aiohttp.
    fsspec: ['aiohttp', 's3fs', 'gcsfs'],
    // torchvision's LSUN dataset reads LMDB databases; torchtext's datasets are built on torchdata and lock their
    // download cache with portalocker.
    torchvision: ['lmdb', 'pillow', 'numpy'],
    torchtext: ['torchdata', 'portalocker'],
    twine: ['pkginfo', 'readme-renderer'],
    // peft's setup.py: `# doc-builder has an implicit dependency on requests`.
    'hf-doc-builder': ['requests'],
    tensorflow: ['keras', 'tf-keras', 'tensorboard', 'tensorboard-plugin-profile', 'tensorflow-io-gcs-filesystem', 'h5py'],
    keras: ['h5py', 'pydot'],
    fvcore: ['yacs', 'iopath'],
    detectron2: ['fvcore', 'iopath', 'yacs', 'pycocotools'],
    // (recommonmark is an extension: used where conf.py lists it, like any other.)
    sphinx: ['docutils', 'jinja2', 'pygments', 'babel', 'alabaster', 'imagesize', 'snowballstemmer', 'markupsafe', 'pandoc', 'commonmark'],
    // nbsphinx converts notebooks with nbconvert, whose HTML sanitiser is lxml's `lxml.html.clean` (lxml-html-clean since lxml 5.2).
    nbsphinx: ['pandoc', 'nbconvert', 'lxml-html-clean'],
    nbconvert: ['lxml-html-clean', 'pandoc'],
    lxml: ['lxml-html-clean'],
    // papermill's own retrying of kernel starts (projects pin it beside papermill).
    papermill: ['tenacity', 'nbclient', 'ansicolors', 'entrypoints'],
    // libcloud's local storage driver locks with fasteners; the Jupyter stack's own traitlets, pinned beside it.
    'apache-libcloud': ['fasteners'],
    ipython: ['traitlets'],
    ipykernel: ['traitlets'],
    jupyter: ['traitlets'],
    // nbdev formats exported code with black (`black_formatting = True`) and renders docs through processor plugins
    // named in settings (`procs = nbdev_plotly.plotly:PlotlyProc`).
    nbdev: ['black', 'nbdev-plotly'],
    // utilsforecast's plotting engines (`plot(engine="plotly-resampler")`).
    utilsforecast: ['matplotlib', 'plotly', 'plotly-resampler'],
    // `optuna.integration.X` is loaded from optuna-integration on first access.
    optuna: ['optuna-integration'],
    // Ray Tune's searchers load their backends by name (`tune.create_searcher("hebo")`, TuneBOHB → hpbandster, ConfigSpace).
    ray: [
        'hyperopt', 'optuna', 'bayesian-optimization', 'ax-platform', 'hebo', 'zoopt', 'flaml', 'hpbandster', 'configspace', 'nevergrad',
        'scikit-optimize', 'dragonfly-opt', 'tensorboardx', 'pyarrow', 'pandas', 'cloudpickle', 'pydantic',
        // RLlib compresses sample batches with lz4; protobuf pins bound ray's own (statsforecast's ray extra).
        'lz4', 'protobuf',
    ],
    pandas: ['openpyxl', 'xlrd', 'pyarrow', 'fastparquet', 'tables', 'sqlalchemy', 'tabulate', 'jinja2', 'numexpr', 'bottleneck'],
    // With its own install_requires (lerobot: `contourpy` listed "to help the resolver").
    matplotlib: ['pyqt5', 'pyqt6', 'tk', 'pillow', 'contourpy', 'cycler', 'fonttools', 'kiwisolver', 'pyparsing', 'python-dateutil', 'numpy', 'packaging'],
    // sphinx-gallery draws the examples' figures with matplotlib (its default image scraper).
    'sphinx-gallery': ['matplotlib', 'pillow'],
    datasets: ['soundfile', 'librosa', 'pillow', 'zstandard', 'huggingface-hub', 'pyarrow', 'dill', 'multiprocess', 'xxhash', 'fsspec', 'aiohttp', 'pandas', 'requests', 'tqdm', 'filelock', 'pyyaml', 'numpy'],
    mlflow: ['boto3', 'azure-storage-blob', 'google-cloud-storage', 'pysftp', 'virtualenv', 'cloudpickle'],
    'mlflow-skinny': ['cloudpickle'],
    dask: ['cloudpickle', 'distributed'],
    pyspark: ['cloudpickle', 'pyarrow'],
    // `Table.to_pandas()` / `read_pandas()` convert through pandas, which pyarrow does not depend on.
    pyarrow: ['pandas'],
    // hyperopt 0.2.x imports `future`'s Python 2 shims without declaring them for every Python.
    hyperopt: ['cloudpickle', 'future'],
    imageio: ['imageio-ffmpeg', 'av', 'tifffile'],
    'scikit-image': ['imageio', 'tifffile', 'pooch'],
    streamlit: ['watchdog'],
    uvicorn: ['uvloop', 'httptools', 'websockets'],
    // `fastapi.testclient` / `starlette.testclient.TestClient` run requests through httpx.
    fastapi: ['uvicorn', 'python-multipart', 'jinja2', 'email-validator', 'pydantic', 'httpx'],
    starlette: ['httpx'],
    // litserve serves on uvicorn[standard], whose event loop is uvloop off Windows (litgpt pins it for that).
    litserve: ['fastapi', 'uvicorn', 'uvloop'],
    // Pins of gradio's own client and HTTP stack (LLaVA: `gradio==4.16.0`, `gradio_client==0.8.1`, `httpx==0.24.0`).
    gradio: ['gradio-client', 'httpx'],
    // Environments gymnasium loads by name (`gym.make("LunarLander-v2")` needs box2d-py, built with swig).
    gymnasium: ['box2d-py', 'swig', 'pygame', 'pygame-ce', 'ale-py', 'autorom', 'mujoco', 'moviepy'],
    gym: ['box2d-py', 'swig', 'pygame', 'pygame-ce', 'ale-py', 'autorom', 'mujoco', 'moviepy', 'atari-py'],
    // `from tqdm.rich import tqdm` draws with rich.
    tqdm: ['rich', 'ipywidgets'],
    tensorboard: ['tensorboard-plugin-profile', 'tensorboard-data-server'],
    // plotly's `write_image` / `to_image` export through kaleido.
    plotly: ['kaleido', 'pandas'],
    seaborn: ['scipy', 'statsmodels'],
    // Pins of a library's own dependencies, declared to bound their versions (diffusers: `# librosa pulls in
    // numba/llvmlite; pin to versions that support Python 3.10+`; `urllib3<=2.0.0` under requests).
    librosa: ['numba', 'llvmlite', 'soundfile', 'audioread', 'soxr'],
    requests: ['urllib3', 'charset-normalizer', 'idna', 'certifi', 'chardet'],
    'scikit-learn': ['threadpoolctl', 'joblib'],
};
/**
 * Companions a library loads only when an environment variable asks for it: used with the library only where the
 * project sets that variable (a Python file's `os.environ[…] = …`, or the name in a workflow, script, Makefile or
 * Dockerfile); otherwise the declaration is dead weight (huggingface-hub downloads through hf_transfer only under
 * `HF_HUB_ENABLE_HF_TRANSFER=1`).
 */
const SWITCHED_COMPANIONS = {
    'hf-transfer': 'HF_HUB_ENABLE_HF_TRANSFER',
};
/**
 * Modules a library's submodule loads (a narrower companion: only code importing that submodule uses them).
 * TensorBoard is used where something writes its logs (`torch.utils.tensorboard`, Keras' callback), runs its CLI or
 * names it as a tracker (`report_to="tensorboard"`, scan/named-trackers.ts), not wherever torch is.
 */
const SUBMODULE_BACKENDS = {
    'torch.utils.tensorboard': ['tensorboard'],
    'keras.callbacks': ['tensorboard'],
    'tensorflow.summary': ['tensorboard'],
    'ignite.handlers.tensorboard_logger': ['tensorboard'],
    'ignite.contrib.handlers.tensorboard_logger': ['tensorboard'],
};


/***/ }),

/***/ 1976:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Du: () => (/* binding */ isNonPythonCondaPackage),
/* harmony export */   XA: () => (/* binding */ pypiToConda),
/* harmony export */   np: () => (/* binding */ knownCondaNames),
/* harmony export */   tQ: () => (/* binding */ condaToPypi),
/* harmony export */   xb: () => (/* binding */ pypiNameOf)
/* harmony export */ });
/* harmony import */ var _pep508_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5580);
// Conda and PyPI name the same software differently (`pytorch` is `torch`, `py-xgboost` is `xgboost`), and many conda
// packages are not Python at all (`cudatoolkit`, `libopencv`). This table says which, for the packages ML projects
// use; everything else follows conda-forge's naming rule: a Python package keeps its PyPI name, lower-cased.
//
// Where each entry comes from — nothing here is inferred from a name's look:
//   [G]  conda's recipe generator grayskull, grayskull/strategy/config.yaml (PyPI name → conda-forge name).
//   [B]  the conda-forge bot's mapping, regro/cf-graph-countyfair mappings/pypi/name_mapping.yaml (built from each
//        feedstock's PyPI source URL and `test: imports`).
//   [F:x] the outputs of conda-forge's `x` feedstock recipe (multi-output feedstocks: a native library, the Python
//        package, metapackages), which build from a git source and so are not in [B]:
//        pytorch-cpu → libtorch, pytorch, pytorch-cpu, pytorch-gpu; xgboost → libxgboost, py-xgboost, r-xgboost,
//        xgboost; lightgbm → liblightgbm, lightgbm (there is no `py-lightgbm` on conda-forge or defaults, so it is
//        not listed); opencv → libopencv, py-opencv, opencv (also installs opencv-python-headless metadata);
//        protobuf → libprotobuf, protobuf; matplotlib → matplotlib-base, matplotlib; faiss-split → libfaiss,
//        faiss-cpu, faiss-gpu; tensorflow → libtensorflow, libtensorflow_cc, tensorflow-base, tensorflow-cpu,
//        tensorflow-gpu, tensorflow; dask → dask-core, dask; python-tzdata (the `tzdata` PyPI package; conda's
//        `tzdata` is the IANA time-zone database).
//   [P]  the `pytorch` and `nvidia` channels: pytorch-cuda, pytorch-mutex, cpuonly are metapackages selecting CUDA
//        builds; cuda-* are NVIDIA's CUDA toolkit split packages.
//   [S]  the conda-forge feedstock is named as on PyPI (listed because ML projects use it, so that both directions
//        answer from the table rather than from the rule).
// A PyPI name of `null` marks a conda package with no PyPI counterpart: a native library, a tool, an interpreter.

const entry = (conda, pypi) => ({ conda, pypi });
/**
 * Order matters for pypiToConda: the first conda name listed for a PyPI name is the one to write in an environment
 * file (the Python package or the metapackage users install, not the library split out of it).
 */
const table = [
    // Deep learning frameworks.
    entry('pytorch', 'torch'), // [G] [F:pytorch-cpu]
    entry('pytorch-gpu', 'torch'), // [F:pytorch-cpu]
    entry('pytorch-cpu', 'torch'), // [F:pytorch-cpu]
    entry('libtorch', null), // [F:pytorch-cpu]
    entry('pytorch-cuda', null), // [P]
    entry('pytorch-mutex', null), // [P]
    entry('cpuonly', null), // [P]
    entry('pytorch_geometric', 'torch-geometric'), // [G]
    entry('torchvision', 'torchvision'), // [S]
    entry('torchaudio', 'torchaudio'), // [S]
    entry('torchmetrics', 'torchmetrics'), // [S]
    entry('pytorch-lightning', 'pytorch-lightning'), // [S]
    entry('lightning', 'lightning'), // [S]
    entry('tensorflow', 'tensorflow'), // [F:tensorflow]
    entry('tensorflow-base', 'tensorflow'), // [F:tensorflow]
    entry('tensorflow-gpu', 'tensorflow'), // [F:tensorflow] metapackage: installs the `tensorflow` distribution
    entry('tensorflow-cpu', 'tensorflow'), // [F:tensorflow] metapackage
    entry('libtensorflow', null), // [F:tensorflow]
    entry('libtensorflow_cc', null), // [F:tensorflow]
    entry('tensorboard', 'tensorboard'), // [S]
    entry('tensorflow-estimator', 'tensorflow-estimator'), // [S]
    entry('tensorflow-probability', 'tensorflow-probability'), // [S]
    entry('tensorflow-datasets', 'tensorflow-datasets'), // [S]
    entry('tensorflow-hub', 'tensorflow-hub'), // [S]
    entry('keras', 'keras'), // [S]
    entry('jax', 'jax'), // [S]
    entry('jaxlib', 'jaxlib'), // [S]
    entry('flax', 'flax'), // [S]
    entry('optax', 'optax'), // [S]
    entry('onnx', 'onnx'), // [S]
    entry('onnxruntime', 'onnxruntime'), // [S]
    entry('transformers', 'transformers'), // [S]
    entry('tokenizers', 'tokenizers'), // [S]
    entry('datasets', 'datasets'), // [S]
    entry('huggingface_hub', 'huggingface-hub'), // [S]
    entry('safetensors', 'safetensors'), // [S]
    entry('accelerate', 'accelerate'), // [B]
    entry('sentence-transformers', 'sentence-transformers'), // [S]
    entry('absl-py', 'absl-py'), // [B] imported as `absl`
    entry('flatbuffers', null), // [F:flatbuffers] the C++ library; the Python one is python-flatbuffers
    entry('python-flatbuffers', 'flatbuffers'), // [G]
    // Gradient boosting and classic ML.
    entry('py-xgboost', 'xgboost'), // [F:xgboost]
    entry('xgboost', 'xgboost'), // [F:xgboost] metapackage
    entry('libxgboost', null), // [F:xgboost]
    entry('lightgbm', 'lightgbm'), // [F:lightgbm]
    entry('liblightgbm', null), // [F:lightgbm]
    entry('catboost', 'catboost'), // [S]
    entry('scikit-learn', 'scikit-learn'), // [G] imported as `sklearn`
    entry('scikit-image', 'scikit-image'), // [S] imported as `skimage`
    entry('scikit-build', 'scikit-build'), // [G]
    entry('boruta_py', 'boruta'), // [G]
    entry('h2o-py', 'h2o'), // [G]
    entry('statsmodels', 'statsmodels'), // [S]
    entry('optuna', 'optuna'), // [S]
    entry('hyperopt', 'hyperopt'), // [S]
    entry('faiss-cpu', 'faiss-cpu'), // [F:faiss-split]
    entry('faiss-gpu', 'faiss-gpu'), // [F:faiss-split]
    entry('libfaiss', null), // [F:faiss-split]
    entry('python-annoy', 'annoy'), // [G]
    // Computer vision, audio.
    entry('opencv', 'opencv-python'), // [G] [F:opencv]
    entry('py-opencv', 'opencv-python'), // [F:opencv]
    entry('libopencv', null), // [F:opencv]
    entry('pillow', 'pillow'), // [S] imported as `PIL`
    entry('imageio', 'imageio'), // [S]
    entry('pysoundfile', 'soundfile'), // [G]
    entry('python-sounddevice', 'sounddevice'), // [G]
    entry('librosa', 'librosa'), // [S] a Python package despite the `lib` prefix
    entry('ffmpeg', null), // [S] the ffmpeg programs and libraries
    // Scientific Python core.
    entry('numpy', 'numpy'), // [S]
    entry('scipy', 'scipy'), // [S]
    entry('pandas', 'pandas'), // [S]
    entry('polars', 'polars'), // [S]
    entry('pyarrow', 'pyarrow'), // [S]
    entry('libarrow', null), // [F:arrow-cpp]
    entry('arrow-cpp', null), // [F:arrow-cpp]
    entry('numba', 'numba'), // [S]
    entry('llvmlite', 'llvmlite'), // [S]
    entry('cython', 'cython'), // [S]
    entry('sympy', 'sympy'), // [S]
    entry('networkx', 'networkx'), // [S]
    entry('xarray', 'xarray'), // [S]
    entry('h5py', 'h5py'), // [S]
    entry('hdf5', null), // [S] the HDF5 C library
    entry('pytables', 'tables'), // [G] imported as `tables`
    entry('netcdf4', 'netcdf4'), // [S]
    entry('libnetcdf', null), // [S]
    entry('dask', 'dask'), // [F:dask] metapackage with distributed, bokeh
    entry('dask-core', 'dask'), // [G] [F:dask]
    entry('distributed', 'distributed'), // [S]
    entry('mkl-service', 'mkl-service'), // [S] imported as `mkl`
    entry('mkl_fft', 'mkl-fft'), // [S]
    entry('mkl_random', 'mkl-random'), // [S]
    entry('mkl', null), // [S] Intel's math library
    // Plotting and notebooks.
    entry('matplotlib', 'matplotlib'), // [F:matplotlib] metapackage with a Qt backend
    entry('matplotlib-base', 'matplotlib'), // [G] [F:matplotlib]
    entry('seaborn', 'seaborn'), // [S]
    entry('plotly', 'plotly'), // [S]
    entry('python-kaleido', 'kaleido'), // [G]
    entry('bokeh', 'bokeh'), // [S]
    entry('python-graphviz', 'graphviz'), // [G]
    entry('py-graphviz', 'graphviz'), // [B]
    entry('graphviz', null), // [S] the Graphviz programs (`dot`)
    entry('pydot', 'pydot'), // [S]
    entry('pyqt', 'pyqt5'), // [G] conda-forge's pyqt is the Qt 5 binding
    entry('jupyter', 'jupyter'), // [S]
    entry('jupyterlab', 'jupyterlab'), // [S]
    entry('notebook', 'notebook'), // [S]
    entry('ipykernel', 'ipykernel'), // [S]
    entry('ipython', 'ipython'), // [S]
    entry('ipywidgets', 'ipywidgets'), // [S]
    entry('pyct-core', 'pyct'), // [G]
    // Experiment tracking and serving.
    entry('mlflow', 'mlflow'), // [S]
    entry('mlflow-skinny', 'mlflow-skinny'), // [S]
    entry('wandb', 'wandb'), // [S]
    entry('tensorboardx', 'tensorboardx'), // [S]
    entry('docker-py', 'docker'), // [G]
    entry('python-kubernetes', 'kubernetes'), // [G]
    entry('redis-py', 'redis'), // [G]
    entry('python-confluent-kafka', 'confluent-kafka'), // [G]
    entry('python-hdfs', 'hdfs'), // [G]
    entry('nvidia-ml', 'nvidia-ml-py3'), // [G] imported as `pynvml`
    // Common utilities whose conda name is spelt differently from PyPI.
    entry('pyyaml', 'pyyaml'), // [S] imported as `yaml`
    entry('ruamel.yaml', 'ruamel-yaml'), // [S]
    entry('ruamel.yaml.clib', 'ruamel-yaml-clib'), // [S]
    entry('python-dateutil', 'python-dateutil'), // [S] imported as `dateutil`
    entry('msgpack-python', 'msgpack'), // [G]
    entry('typing_extensions', 'typing-extensions'), // [S]
    entry('typing-extensions', 'typing-extensions'), // [S] metapackage
    entry('protobuf', 'protobuf'), // [F:protobuf] imported as `google.protobuf`
    entry('libprotobuf', null), // [F:protobuf]
    entry('python-xxhash', 'xxhash'), // [G]
    entry('xxhash', null), // [F:xxhash] the C library python-xxhash links
    entry('python-symengine', 'symengine'), // [G]
    entry('python-fastjsonschema', 'fastjsonschema'), // [G]
    entry('python-installer', 'installer'), // [G]
    entry('python-tzdata', 'tzdata'), // [F:python-tzdata]
    entry('tzdata', null), // [F:python-tzdata] the IANA database itself
    entry('setuptools-scm', 'setuptools-scm'), // [G]
    entry('pywin32-on-windows', 'pywin32'), // [G]
    entry('py-cpuinfo', 'py-cpuinfo'), // [B] imported as `cpuinfo`
    entry('psycopg2', 'psycopg2'), // [B] also provides what psycopg2-binary provides
    entry('beautifulsoup4', 'beautifulsoup4'), // [S] imported as `bs4`
    entry('pip', 'pip'), // [S]
    entry('setuptools', 'setuptools'), // [S]
    entry('wheel', 'wheel'), // [S]
    // Interpreters, toolchains and native runtime libraries.
    entry('python', null),
    entry('python_abi', null),
    entry('cudatoolkit', null), // [P]
    entry('cudnn', null), // [P]
    entry('nccl', null), // [P]
    entry('nodejs', null),
    entry('openjdk', null),
    entry('r-base', null),
    entry('git', null),
    entry('cmake', null),
    entry('openssl', null),
    entry('ca-certificates', null),
    entry('zlib', null),
    entry('sqlite', null),
    entry('intel-openmp', null),
    entry('llvm-openmp', null),
    entry('openblas', null),
    entry('blas', null),
    entry('nomkl', null), // [F:pytorch-cpu] metapackage selecting non-MKL builds
];
const byConda = new Map(table.map((e) => [e.conda, e]));
/** PyPI names that conda-forge packages under a name the rule would not give. */
const pypiAliases = new Map([
    ['opencv-python-headless', 'opencv'], // [F:opencv] installs its metadata too
    ['psycopg2-binary', 'psycopg2'], // [B]
]);
const byPypi = new Map();
for (const e of table)
    if (e.pypi !== null && !byPypi.has(e.pypi))
        byPypi.set(e.pypi, e.conda);
for (const [pypi, conda] of pypiAliases)
    if (!byPypi.has(pypi))
        byPypi.set(pypi, conda);
/** Names no Python distribution uses: toolchain activations (`gcc_linux-64`), R, CUDA, fonts, X11, MSYS2, … */
const nonPythonPatterns = [
    /^cuda-/, // [P] NVIDIA's split CUDA toolkit
    /^r-/, // R packages on conda-forge
    /^_/, // conda-forge internals: _libgcc_mutex, _openmp_mutex, _py-xgboost-mutex
    /^(font|fonts|xorg|perl|ocaml|m2|m2w64|msys2)-/,
    /^(gcc|gxx|gfortran|clang|clangxx|sysroot|kernel-headers|ld_impl)_/,
    /_(linux|osx|win)-[a-z0-9]+$/, // compiler and sysroot activation packages
    /-(devel|dev)$/, // headers and link libraries split off a native package
];
/** Native libraries are `lib…`; the few Python packages named so are in the table (librosa). */
const nativeLibrary = /^lib/;
function lower(name) {
    return name.trim().toLowerCase();
}
function normalizePypi(name) {
    return name
        .trim()
        .toLowerCase()
        .replace(/[-_.]+/g, '-');
}
const validName = /^[a-z0-9][a-z0-9_.+-]*$/;
/**
 * Whether a conda package is something other than a Python distribution (the interpreter, CUDA, R, compilers,
 * native libraries): such a package is never "unused" because no `import` names it.
 */
function isNonPythonCondaPackage(condaName) {
    const name = lower(condaName);
    const known = byConda.get(name);
    if (known)
        return known.pypi === null;
    return nativeLibrary.test(name) || nonPythonPatterns.some((p) => p.test(name));
}
/**
 * The PyPI distribution (PEP 503-normalised) a conda package installs: from the table, else the same name
 * (conda-forge's rule). Undefined for packages that are not Python distributions, and for names no package has.
 */
function condaToPypi(condaName) {
    const name = lower(condaName);
    if (!validName.test(name))
        return undefined;
    const known = byConda.get(name);
    if (known)
        return known.pypi ?? undefined;
    if (isNonPythonCondaPackage(name))
        return undefined;
    return normalizePypi(name);
}
/**
 * The conda package to write for a PyPI distribution: from the table (`torch` → `pytorch`), else the PEP 503 name
 * (conda-forge's rule). Undefined for names no package has.
 */
function pypiToConda(pypiName) {
    const name = normalizePypi(pypiName);
    if (!validName.test(name))
        return undefined;
    return byPypi.get(name) ?? name;
}
/** Every conda name the table knows, for tests and documentation. */
function knownCondaNames() {
    return table.map((e) => e.conda);
}
/** The PyPI name a dependency stands for: its own for a PyPI one, the mapped one for a conda package. */
function pypiNameOf(d) {
    return d.ecosystem === 'pypi' ? d.normalized : (0,_pep508_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeName */ .Pc)(condaToPypi(d.normalized) ?? d.normalized);
}


/***/ }),

/***/ 858:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ environmentHash)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
// A canonical hash of the declared environment: the same packages, versions, extras, markers, channels and Python
// give the same hash, whatever the file layout, order, spacing, comments or quoting. setup-env keys its cache on it.

const canonicalSpecifier = (s) => s.replace(/\s+/g, '').split(',').filter(Boolean).sort().join(',');
const canonicalMarker = (m) => m.replace(/'/g, '"').replace(/\s+/g, ' ').replace(/\s*([<>=!~]=?|===?)\s*/g, '$1').trim();
function environmentHash(files) {
    const entries = new Set();
    for (const file of files) {
        if (file.python)
            entries.add(`python ${canonicalSpecifier(file.python.specifier)}`);
        file.channels.forEach((channel, i) => entries.add(`channel ${i} ${channel}`));
        for (const d of file.dependencies) {
            const extras = [...d.extras].map((e) => e.toLowerCase()).sort().join(',');
            entries.add([
                d.ecosystem,
                d.group,
                d.normalized,
                extras && `[${extras}]`,
                canonicalSpecifier(d.specifier),
                d.marker ? `; ${canonicalMarker(d.marker)}` : '',
                d.url ? `@ ${d.url}` : '',
                d.build ? `build=${d.build}` : '',
                d.channel ? `channel=${d.channel}` : '',
                d.constraintOnly ? 'constraint' : '',
                d.editable ? 'editable' : '',
            ].join(' '));
        }
    }
    const text = [...entries].sort().join('\n');
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text).digest('hex');
}


/***/ }),

/***/ 9635:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V3: () => (/* binding */ pythonSeriesClause),
/* harmony export */   VH: () => (/* binding */ declaredPythonSpecifier),
/* harmony export */   ci: () => (/* binding */ requiredPythonSpecifier)
/* harmony export */ });
/* unused harmony exports pythonMeets, describePythonRequirement, pythonSeries, pythonSatisfies */
/* harmony import */ var _pep440_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5503);
// Python versions, the one home for what ml-hub makes of them. Two kinds of text name a Python, and a bare version
// means something different in each:
//
// - A packaging file's Python line (PythonRequirement.specifier): requires-python, python_requires and Pipfile's
//   python_version are PEP 440 and mean what they say; a bare version is what pyenv, runtime.txt and conda mean by it,
//   one release series: `3.11` (.python-version, conda `python=3.11`, stored as `3.11`) is any 3.11.x, `3.11.4` that
//   release. `declaredPythonSpecifier` turns the line into PEP 440; detect-env's conflicts, setup-env's choice of
//   interpreter and the standard library to assume all read it through here.
// - The `requirements:` record's `python` (ml-hub's own settings): the machine the project needs, so `3.11` is 3.11 or
//   newer (`requiredPythonSpecifier`), what the generated setup.py's python_requires and machine check say. That
//   check evaluates a release-number subset of PEP 440 (`pythonSatisfies`) with the standard library only;
//   assets/bootstrap_setup.py mirrors `requiredPythonSpecifier` and `pythonSatisfies` line for line (the setup-py tests
//   compare both sides).

/** A bare release (`3.11`, `3.13.0rc1`), a series (`3.11.*`) or conda's fuzzy `=3.11`. */
const seriesOrRelease = /^(=?)(\d+(?:\.\d+)*)((?:a|b|rc)\d+)?(\.\*)?$/;
/**
 * One clause of a Python line as PEP 440: `3.11`, `3.11.*`, `=3.11` → `==3.11.*`, `=3.11.4` → `==3.11.4.*` (conda's `=`);
 * `3.11.4` and `3.13.0rc1` → `==3.11.4` (one release); undefined for anything else (an operator clause).
 */
function pythonSeriesClause(clause) {
    const m = seriesOrRelease.exec(clause);
    if (!m)
        return undefined;
    const [, fuzzy, release, pre, star] = m;
    if (pre)
        return star ? undefined : `==${release}${pre}`;
    return fuzzy || star || release.split('.').length < 3 ? `==${release}.*` : `==${release}`;
}
/** A packaging file's Python line as a PEP 440 specifier set: `3.11` → `==3.11.*`, `python-3.11.4` → `==3.11.4`,
 * `>=3.9, <3.13` → `>=3.9,<3.13`. Clauses that are not a bare version stay as written (spaces removed). */
function declaredPythonSpecifier(specifier) {
    const spec = specifier.replace(/\s+/g, '').replace(/^(?:python-?)+/i, '');
    return spec
        .split(',')
        .map((clause) => pythonSeriesClause(clause) ?? clause)
        .join(',');
}
/** Whether a Python version meets a packaging file's Python line; undefined when ml-hub cannot evaluate it. */
function pythonMeets(version, requirement) {
    return satisfies(version, declaredPythonSpecifier(requirement.specifier));
}
/** `3.11 (.python-version:1)`, for messages. */
function describePythonRequirement(requirement) {
    return `${requirement.specifier} (${requirement.file}:${requirement.line})`;
}
/** The `X.Y` series a set of Python requirements names (`3.10` from `python=3.10`, `==3.10.*`, `>=3.10,<3.11`). */
function pythonSeries(specifiers) {
    const series = new Set();
    for (const spec of specifiers)
        for (const m of spec.matchAll(/(?<![\d.])(3\.\d{1,2})(?:\.[\d*]+)?/g))
            series.add(m[1]);
    return [...series];
}
// ---------------------------------------------------------------------------------------------------------------
// The requirements record, and the subset of PEP 440 the generated setup.py evaluates the same way.
const clause = /^(~=|===|==|!=|<=|>=|<|>)(\d+(?:\.\d+)*)(\.\*)?$/;
/** The record's `python`: `3.11` → `>=3.11`; `3.11.*` → `>=3.11`; a specifier stays as written, spaces removed. */
function requiredPythonSpecifier(python) {
    const s = python.replace(/\s+/g, '');
    return /^\d+(\.\d+)*(\.\*)?$/.test(s) ? `>=${s.replace(/\.\*$/, '')}` : s;
}
function release(version) {
    const m = /^v?(\d+(?:\.\d+)*)/.exec(version.trim());
    return m ? m[1].split('.').map(Number) : undefined;
}
function compare(a, b) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
        const d = (a[i] ?? 0) - (b[i] ?? 0);
        if (d !== 0)
            return d < 0 ? -1 : 1;
    }
    return 0;
}
const startsWith = (v, prefix) => prefix.every((p, i) => (v[i] ?? 0) === p);
/** Whether `version` (`3.11.4`, `3.13.0rc1`) meets `specifier`; undefined when either is outside the subset. */
function pythonSatisfies(version, specifier) {
    const v = release(version);
    if (!v)
        return undefined;
    let ok = true;
    for (const part of specifier.split(',').map((p) => p.trim()).filter(Boolean)) {
        const m = clause.exec(part);
        if (!m)
            return undefined;
        const [, op, text, star] = m;
        const target = text.split('.').map(Number);
        if (star && op !== '==' && op !== '!=')
            return undefined;
        let pass;
        switch (op) {
            case '==':
                pass = star ? startsWith(v, target) : compare(v, target) === 0;
                break;
            case '!=':
                pass = star ? !startsWith(v, target) : compare(v, target) !== 0;
                break;
            case '===':
                pass = version.trim() === text;
                break;
            case '~=':
                if (target.length < 2)
                    return undefined;
                pass = compare(v, target) >= 0 && startsWith(v, target.slice(0, -1));
                break;
            case '>=':
                pass = compare(v, target) >= 0;
                break;
            case '<=':
                pass = compare(v, target) <= 0;
                break;
            case '>':
                pass = compare(v, target) > 0;
                break;
            default:
                pass = compare(v, target) < 0;
        }
        ok &&= pass;
    }
    return ok;
}


/***/ }),

/***/ 7361:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $A: () => (/* binding */ changedSince),
/* harmony export */   $Y: () => (/* binding */ git),
/* harmony export */   II: () => (/* binding */ showFile),
/* harmony export */   Ii: () => (/* binding */ tryGit),
/* harmony export */   WL: () => (/* binding */ resolveCommit),
/* harmony export */   ao: () => (/* binding */ filesAtCommit)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);
// The few git questions ml-hub asks, through the real `git` with argument arrays.


const run = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile);
async function git(cwd, args) {
    const { stdout } = await run('git', args, { cwd, maxBuffer: 256 << 20, encoding: 'utf8' });
    return stdout;
}
async function tryGit(cwd, args) {
    try {
        return await git(cwd, args);
    }
    catch {
        return undefined;
    }
}
/**
 * Resolves a commit-ish to a full SHA. A shallow checkout (actions/checkout's default depth 1) lacks the base commit:
 * fetch just that commit once before giving up.
 */
async function resolveCommit(dir, ref) {
    const verify = () => tryGit(dir, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
    let sha = await verify();
    if (!sha && /^[0-9a-f]{40}$/i.test(ref)) {
        await tryGit(dir, ['fetch', '--no-tags', '--quiet', '--depth=1', 'origin', ref]);
        sha = await verify();
    }
    return sha?.trim() || undefined;
}
/** Paths, relative to `dir`, of the files under `dir` at `commit`. */
async function filesAtCommit(dir, commit) {
    const out = await git(dir, ['ls-tree', '-r', '-z', '--name-only', commit, '--', '.']);
    return out.split('\0').filter(Boolean);
}
/** Paths, relative to `dir`, that differ between `commit` and the working tree. */
async function changedSince(dir, commit) {
    const out = await git(dir, ['diff', '--name-only', '-z', '--no-renames', '--relative', commit, '--', '.']);
    return out.split('\0').filter(Boolean);
}
/** A file as it was at `commit`; `path` is relative to `dir` (git's `./` form). */
async function showFile(dir, commit, path) {
    return new Promise((resolve) => {
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)('git', ['show', `${commit}:./${path}`], { cwd: dir, encoding: 'buffer', maxBuffer: 64 << 20 }, (error, stdout) => resolve(error ? undefined : stdout));
    });
}


/***/ }),

/***/ 8496:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ readInterpreterMetadata)
/* harmony export */ });
/* unused harmony export InterpreterError */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
// What a project's own Python interpreter says about itself: its version, its stdlib module names, and which import
// names each installed distribution provides. This beats the bundled table whenever the project's environment
// (a venv, a CI interpreter) is at hand.

/** The interpreter could not be run or gave no usable answer; the message says why, for a person. */
class InterpreterError extends Error {
    constructor(message) {
        super(message);
        this.name = 'InterpreterError';
    }
}
// Stdlib only, and parsable by Python 2.7 and 3.x alike (no f-strings), so that an old interpreter reaches the version
// check and says so instead of failing with a SyntaxError. Runs on 3.8+, where importlib.metadata exists.
//
// Import names: each distribution's top-level names are what packages_distributions() says (3.10+), joined with its
// top_level.txt or, lacking one, the module paths in its RECORD (which also catches compiled-only modules that 3.10
// and 3.11 miss). A top-level directory that the distribution does not own outright (no __init__ of its own, or an
// __init__ that other distributions ship too: namespace packages like google/ or zope/) is replaced by the
// subpackages below it that it does own, from its RECORD.
const SNIPPET = String.raw `
import sys
if sys.version_info < (3, 8):
    sys.stderr.write("ml-hub needs Python 3.8 or newer to read installed packages; this is Python %d.%d\n" % sys.version_info[:2])
    sys.exit(3)
if sys.path and sys.path[0] == "":
    del sys.path[0]
import json
import re
from importlib import metadata

MODULE_SUFFIXES = (".py", ".pyc", ".so", ".pyd")

def normalize(name):
    return re.sub(r"[-_.]+", "-", name).lower()

def module_name(filename):
    if not filename.endswith(MODULE_SUFFIXES):
        return None
    stem = filename.split(".", 1)[0]
    return stem if stem.isidentifier() else None

def relevant_parts(dist):
    out = []
    for path in dist.files or ():
        parts = path.parts
        if not parts or parts[0] == ".." or "__pycache__" in parts or parts[0].endswith((".dist-info", ".egg-info", ".data")):
            continue
        out.append(parts)
    return out

def declared_top_level(dist):
    text = dist.read_text("top_level.txt") or ""
    return [line.strip() for line in text.splitlines() if line.strip()]

def inferred_top_level(parts_list):
    names = set()
    for parts in parts_list:
        if len(parts) == 1:
            name = module_name(parts[0])
        elif module_name(parts[-1]):
            name = parts[0]
        else:
            name = None
        if name:
            names.add(name)
    return names

def owned_below(prefix, parts_list, init_claims, key):
    """Dotted names at or below the directory 'prefix' that distribution 'key' owns."""
    depth = len(prefix)
    owners = init_claims.get(prefix, set())
    if key in owners and len(owners) == 1:
        return [".".join(prefix)]
    below = [p[depth:] for p in parts_list if p[:depth] == prefix and len(p) > depth]
    names = []
    children = set()
    for rest in below:
        if len(rest) == 1:
            name = module_name(rest[0])
            if name and name != "__init__":
                names.append(".".join(prefix + (name,)))
        elif rest[0].isidentifier() and module_name(rest[-1]):
            children.add(rest[0])
    if depth < 6:
        for child in sorted(children):
            names.extend(owned_below(prefix + (child,), parts_list, init_claims, key))
    return names or [".".join(prefix)]

def main():
    seen = {}
    for dist in metadata.distributions():
        name = dist.metadata["Name"]
        if not name or normalize(name) in seen:
            continue
        seen[normalize(name)] = dist

    top_levels = {}
    try:
        by_top = metadata.packages_distributions() if hasattr(metadata, "packages_distributions") else {}
    except Exception:
        by_top = {}
    for top, names in by_top.items():
        for name in names:
            if name:
                top_levels.setdefault(normalize(name), set()).add(top)

    parts_of = {}
    init_claims = {}
    for key, dist in seen.items():
        parts_list = relevant_parts(dist)
        parts_of[key] = parts_list
        top_levels.setdefault(key, set()).update(declared_top_level(dist) or inferred_top_level(parts_list))
        for parts in parts_list:
            if len(parts) > 1 and parts[-1].split(".", 1)[0] == "__init__" and module_name(parts[-1]):
                init_claims.setdefault(parts[:-1], set()).add(key)

    distributions = []
    for key, dist in seen.items():
        parts_list = parts_of[key]
        import_names = set()
        directories = set(parts[0] for parts in parts_list if len(parts) > 1)
        for top in top_levels.get(key, ()):
            # setuptools' editable installs add a finder module that nobody imports.
            if not top.isidentifier() or top.startswith("__editable__"):
                continue
            if top in directories:
                import_names.update(owned_below((top,), parts_list, init_claims, key))
            else:
                import_names.add(top)
        distributions.append({
            "name": dist.metadata["Name"],
            "normalized": key,
            "version": dist.version or "",
            "importNames": sorted(import_names),
            "requires": list(dist.requires or ()),
        })

    stdlib = getattr(sys, "stdlib_module_names", None)
    json.dump({
        "pythonVersion": "%d.%d.%d" % sys.version_info[:3],
        "stdlibModules": sorted(stdlib) if stdlib is not None else None,
        "distributions": distributions,
    }, sys.stdout)
    sys.stdout.write("\n")

main()
`;
function lastLine(text) {
    const lines = text.trim().split('\n');
    return lines[lines.length - 1]?.trim() ?? '';
}
function parseOutput(python, stdout) {
    let parsed;
    try {
        // The report is the last line: anything a sitecustomize printed comes before it.
        parsed = JSON.parse(lastLine(stdout));
    }
    catch {
        throw new InterpreterError(`${python} did not report its packages (unreadable output: "${lastLine(stdout).slice(0, 200)}")`);
    }
    const report = parsed;
    if (typeof report.pythonVersion !== 'string' || !Array.isArray(report.distributions)) {
        throw new InterpreterError(`${python} did not report its packages (unexpected output)`);
    }
    const metadata = {
        pythonVersion: report.pythonVersion,
        distributions: report.distributions,
    };
    if (Array.isArray(report.stdlibModules))
        metadata.stdlibModules = report.stdlibModules;
    return metadata;
}
/**
 * Runs `python` (a command on PATH or a path, e.g. `.venv/bin/python`) to read its version, stdlib module names and
 * installed distributions. Throws `InterpreterError` with a one-line reason when the interpreter is missing, too old
 * (before 3.8) or fails.
 */
function readInterpreterMetadata(python) {
    return new Promise((resolve, reject) => {
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)(python, ['-c', SNIPPET], {
            encoding: 'utf8',
            timeout: 120_000,
            maxBuffer: 256 * 1024 * 1024,
            // Keep the user's PYTHONPATH and site-packages (they decide what imports), but not a stray PYTHONSTARTUP.
            env: { ...process.env, PYTHONIOENCODING: 'utf-8', PYTHONDONTWRITEBYTECODE: '1' },
        }, (error, stdout, stderr) => {
            if (error) {
                const code = error.code;
                if (code === 'ENOENT') {
                    reject(new InterpreterError(`Python interpreter not found: ${python}`));
                }
                else if (code === 'EACCES') {
                    reject(new InterpreterError(`Python interpreter is not executable: ${python}`));
                }
                else if (error.killed) {
                    reject(new InterpreterError(`${python} did not answer within 120 s while listing its packages`));
                }
                else {
                    const reason = lastLine(stderr) || `exit status ${String(error.code ?? error.signal)}`;
                    reject(new InterpreterError(`${python} failed while listing its packages: ${reason}`));
                }
                return;
            }
            try {
                resolve(parseOutput(python, stdout));
            }
            catch (parseError) {
                reject(parseError);
            }
        });
    });
}


/***/ }),

/***/ 8779:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DB: () => (/* binding */ parseSize),
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   Xq: () => (/* binding */ formatSize),
/* harmony export */   a3: () => (/* binding */ formatDuration)
/* harmony export */ });
// Sizes and durations as people write and read them: the one reading and the one way of showing each, for settings,
// action inputs, messages and reports alike.
/** kB, MB, GB, TB are decimal; KiB, MiB, GiB, TiB binary; a lone k/m/g/t is the decimal unit. */
const sizeUnits = { b: 1, kb: 1e3, mb: 1e6, gb: 1e9, tb: 1e12, kib: 2 ** 10, mib: 2 ** 20, gib: 2 ** 30, tib: 2 ** 40 };
/**
 * `16GB`, `16 GiB`, `512mb`, `1048576` → bytes, or undefined when it is not a size. A number without a unit counts in
 * `bare` units: GiB for machine memory and disk (what people write there), bytes for file sizes.
 */
function parseSize(v, bare) {
    // `.inf`, or hundreds of digits, overflow to Infinity, which no machine or file has.
    const finite = (size) => (Number.isFinite(size) ? size : undefined);
    const bareFactor = bare === 'GiB' ? 2 ** 30 : 1;
    if (typeof v === 'number')
        return v >= 0 ? finite(v * bareFactor) : undefined;
    if (typeof v !== 'string')
        return undefined;
    // Trimmed first: `\s*` on both sides of an optional unit splits a run of spaces every way, quadratic in the run.
    const m = /^(\d+(?:\.\d+)?)\s*([kmgt]i?b?|b)?$/i.exec(v.trim());
    if (!m)
        return undefined;
    if (m[2] === undefined)
        return finite(Number(m[1]) * bareFactor);
    let unit = m[2].toLowerCase();
    if (!unit.endsWith('b'))
        unit += 'b';
    const factor = sizeUnits[unit];
    return factor === undefined ? undefined : finite(Number(m[1]) * factor);
}
/** Decimal units, one decimal: `12.3 MB`. */
function formatSize(bytes) {
    if (bytes < 1000)
        return `${bytes} B`;
    const units = ['kB', 'MB', 'GB', 'TB'];
    let value = bytes / 1000;
    let unit = 0;
    while (value >= 999.95 && unit < units.length - 1) {
        value /= 1000;
        unit++;
    }
    return `${value.toFixed(1)} ${units[unit]}`;
}
const durationUnits = { d: 86_400_000, h: 3_600_000, m: 60_000, s: 1000, ms: 1 };
/** `2h`, `1h30m`, `45m`, `90s`; a bare number is minutes, like `timeout-minutes`. Throws for anything else or zero. */
function parseDuration(text) {
    const value = text.trim().toLowerCase();
    let ms;
    if (/^\d+(\.\d+)?$/.test(value))
        ms = Number(value) * 60_000;
    else {
        // One part after the other from the start (sticky): searching for parts anywhere retries at every digit.
        const part = /\s*(\d+(?:\.\d+)?)\s*(ms|d|h|m|s)/y;
        ms = 0;
        for (part.lastIndex = 0; part.lastIndex < value.length;) {
            const p = part.exec(value);
            if (!p)
                throw new Error(`"${text}" is not a duration: write it as 2h, 1h30m, 45m or 90s`);
            ms += Number(p[1]) * durationUnits[p[2]];
        }
    }
    if (ms <= 0)
        throw new Error(`"${text}" is not a duration longer than zero`);
    if (!Number.isFinite(ms))
        throw new Error(`"${text}" is too long a duration`);
    return ms;
}
/** As parseDuration reads them: `450ms`, `12.3s`, `45s`, `3m5s`, `1h30m`, `0s`. */
function formatDuration(ms) {
    if (ms > 0 && ms < 1000)
        return `${Math.round(ms)}ms`;
    if (ms < 60_000 && ms % 1000 !== 0)
        return `${(ms / 1000).toFixed(1).replace(/\.0$/, '')}s`;
    const total = Math.round(ms / 1000);
    const [h, m, s] = [Math.floor(total / 3600), Math.floor((total % 3600) / 60), total % 60];
    return [h && `${h}h`, m && `${m}m`, (s || total === 0) && `${s}s`].filter(Boolean).join('');
}


/***/ })

};
