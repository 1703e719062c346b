import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: ./shared/diagnostics.ts
// Problems found in the user's files are values that carry their place (file, line), never thrown stack traces.
// Shells (actions, CLI) decide how to show them: annotations, summary rows, stderr lines.
/** A parse failure at a known place. Parsers throw it; callers turn it into a Diagnostic. */
class LocatedError extends Error {
    code;
    file;
    line;
    column;
    constructor(code, message, file, line, column) {
        super(message);
        this.code = code;
        this.file = file;
        this.line = line;
        this.column = column;
        this.name = 'LocatedError';
    }
    toDiagnostic(severity = 'error') {
        return { severity, code: this.code, message: this.message, file: this.file, line: this.line, column: this.column };
    }
}
/** `file:line: message`, the form compilers use, for terminals and error outputs. */
function formatDiagnostic(d) {
    const place = d.line ? `${d.file}:${d.line}${d.column ? `:${d.column}` : ''}` : d.file;
    return `${place}: ${d.severity}: ${d.message}`;
}

;// CONCATENATED MODULE: ./shared/json-with-lines.ts
// A JSON parser that remembers the line where each array element and object member starts: an import found in a
// notebook cell, or a package in Pipfile.lock, must point at the line where it is written; JSON.parse forgets positions. Values come out as JSON.parse makes them (own `__proto__` keys included).

/** Deeper documents are refused rather than risking the stack; notebooks nest about five levels. */
const MAX_DEPTH = 512;
const PLAIN = /[^"\\\u0000-\u001f]*/y;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
class Parser {
    text;
    file;
    code;
    pos = 0;
    line = 1;
    lineStart = 0;
    depth = 0;
    lines = new WeakMap();
    constructor(text, file, code) {
        this.text = text;
        this.file = file;
        this.code = code;
    }
    fail(message, at = this.pos) {
        throw new LocatedError(this.code, `invalid JSON: ${message}`, this.file, this.line, at - this.lineStart + 1);
    }
    space() {
        const t = this.text;
        for (;;) {
            const c = t.charCodeAt(this.pos);
            if (c === 0x20 || c === 0x09 || c === 0x0d) {
                this.pos++;
            }
            else if (c === 0x0a) {
                this.pos++;
                this.line++;
                this.lineStart = this.pos;
            }
            else {
                return;
            }
        }
    }
    value() {
        this.space();
        const c = this.text[this.pos];
        switch (c) {
            case '{':
                return this.object();
            case '[':
                return this.array();
            case '"':
                return this.string();
            case 't':
                return this.literal('true', true);
            case 'f':
                return this.literal('false', false);
            case 'n':
                return this.literal('null', null);
            default: {
                NUMBER.lastIndex = this.pos;
                const m = NUMBER.exec(this.text);
                if (!m || m[0] === '' || m[0] === '-')
                    this.fail(c === undefined ? 'unexpected end of input' : `unexpected ${JSON.stringify(c)}`);
                this.pos += m[0].length;
                return Number(m[0]);
            }
        }
    }
    literal(word, value) {
        if (!this.text.startsWith(word, this.pos))
            this.fail(`unexpected ${JSON.stringify(this.text[this.pos])}`);
        this.pos += word.length;
        return value;
    }
    nest() {
        if (++this.depth > MAX_DEPTH)
            this.fail('nested too deeply');
    }
    array() {
        this.nest();
        this.pos++;
        const out = [];
        const lines = [];
        this.lines.set(out, lines);
        this.space();
        if (this.text[this.pos] === ']') {
            this.pos++;
        }
        else {
            for (;;) {
                this.space();
                lines.push(this.line);
                out.push(this.value());
                this.space();
                const c = this.text[this.pos++];
                if (c === ']')
                    break;
                if (c !== ',')
                    this.fail("expected ',' or ']'", this.pos - 1);
            }
        }
        this.depth--;
        return out;
    }
    object() {
        this.nest();
        this.pos++;
        const out = {};
        const lines = new Map();
        this.lines.set(out, lines);
        this.space();
        if (this.text[this.pos] === '}') {
            this.pos++;
        }
        else {
            for (;;) {
                this.space();
                if (this.text[this.pos] !== '"')
                    this.fail('expected a member name');
                const key = this.string();
                this.space();
                if (this.text[this.pos++] !== ':')
                    this.fail("expected ':'", this.pos - 1);
                this.space();
                lines.set(key, this.line);
                // defineProperty: plain assignment of `__proto__` would change the prototype instead of adding a member.
                Object.defineProperty(out, key, { value: this.value(), enumerable: true, writable: true, configurable: true });
                this.space();
                const c = this.text[this.pos++];
                if (c === '}')
                    break;
                if (c !== ',')
                    this.fail("expected ',' or '}'", this.pos - 1);
            }
        }
        this.depth--;
        return out;
    }
    string() {
        const t = this.text;
        const start = ++this.pos;
        let out = '';
        let from = start;
        for (;;) {
            PLAIN.lastIndex = this.pos;
            PLAIN.test(t);
            this.pos = PLAIN.lastIndex;
            const c = t[this.pos];
            if (c === '"') {
                out += t.slice(from, this.pos++);
                return out;
            }
            if (c !== '\\')
                this.fail(c === undefined ? 'unterminated string' : 'control character in string');
            out += t.slice(from, this.pos);
            const e = t[this.pos + 1];
            if (e === 'u') {
                const hex = t.slice(this.pos + 2, this.pos + 6);
                if (!/^[0-9a-fA-F]{4}$/.test(hex))
                    this.fail('bad \\u escape');
                out += String.fromCharCode(parseInt(hex, 16));
                this.pos += 6;
            }
            else {
                const s = e === undefined ? undefined : ESCAPES[e];
                if (s === undefined)
                    this.fail('bad escape');
                out += s;
                this.pos += 2;
            }
            from = this.pos;
        }
    }
}
/** Parses a JSON document; throws LocatedError (`code`, with line and column) where it is malformed. */
function parseJsonWithLines(text, file, code = 'json/syntax') {
    const p = new Parser(text, file, code);
    if (text.charCodeAt(0) === 0xfeff)
        p.pos = 1;
    const value = p.value();
    p.space();
    if (p.pos < text.length)
        p.fail('unexpected text after the document');
    const lines = p.lines;
    return {
        value,
        lineOf(container, key) {
            const l = lines.get(container);
            if (l === undefined)
                return undefined;
            return Array.isArray(l) ? (typeof key === 'number' ? l[key] : undefined) : typeof key === 'string' ? l.get(key) : undefined;
        },
    };
}

;// CONCATENATED MODULE: ./shared/scan/pip-install-command.ts
// Reads the packages out of `pip install` commands typed into notebooks (`!pip install -q torch "numpy<2"`,
// `%pip install x`, `!{sys.executable} -m pip install x`, `!uv pip install x && pip install y`). Options and their
// values are dropped; so are local paths and words IPython would fill in (`{pkg}`, `$PKG`), which name nothing
// we can know.
/** pip options (global or `install`) that consume the next word when written without `=`. */
const TAKES_VALUE = new Set([
    '-r', '--requirement', '-c', '--constraint', '-e', '--editable', '-t', '--target', '--platform', '--python-version',
    '--implementation', '--abi', '--root', '--prefix', '--src', '--upgrade-strategy', '--progress-bar', '-i',
    '--index-url', '--extra-index-url', '-f', '--find-links', '--no-binary', '--only-binary', '--global-option',
    '--install-option', '-C', '--config-settings', '--report', '--log', '--log-file', '--proxy', '--retries',
    '--timeout', '--exists-action', '--trusted-host', '--cert', '--client-cert', '--cache-dir', '--python',
    '--use-feature', '--use-deprecated', '--keyring-provider', '--root-user-action', '--group', '--build', '-b',
]);
/** Short options that take a value: in a cluster (`-qr file`) only the last letter may. */
const SHORT_TAKES_VALUE = new Set(['r', 'c', 'e', 't', 'i', 'f', 'C', 'b']);
/** Splits a shell line into simple commands of words (quotes, backslashes, `&& || ; | &`, redirections, comments). */
function commands(line) {
    const out = [];
    let words = [];
    let word = null;
    let skipNext = false; // the target of a redirection
    const finishWord = () => {
        if (word && !skipNext)
            words.push(word);
        else if (word)
            skipNext = false;
        word = null;
    };
    const finishCommand = () => {
        finishWord();
        if (words.length)
            out.push(words);
        words = [];
        skipNext = false;
    };
    for (let i = 0; i < line.length; i++) {
        const c = line[i];
        if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
            finishWord();
        }
        else if (c === '#' && word === null) {
            break;
        }
        else if (c === ';' || c === '&' || c === '|' || c === '(' || c === ')') {
            finishCommand();
        }
        else if (c === '>' || c === '<') {
            if (word && /^\d+$/.test(word.text))
                word = null; // the fd number of `2>`
            finishWord();
            if (line[i + 1] === '>')
                i++;
            if (line[i + 1] === '&') {
                for (i += 2; i < line.length && /[\d-]/.test(line[i]);)
                    i++; // `2>&1`, `>&-`: no file word
                i--;
            }
            else {
                skipNext = true;
            }
        }
        else {
            word ??= { text: '', substituted: false };
            if (c === "'") {
                const end = line.indexOf("'", i + 1);
                const stop = end < 0 ? line.length : end;
                word.text += line.slice(i + 1, stop);
                i = stop;
            }
            else if (c === '"') {
                let j = i + 1;
                for (; j < line.length && line[j] !== '"'; j++) {
                    if (line[j] === '\\' && j + 1 < line.length)
                        j++;
                    if (line[j] === '$' || line[j] === '{')
                        word.substituted = true;
                    word.text += line[j];
                }
                i = j;
            }
            else if (c === '\\') {
                if (i + 1 < line.length)
                    word.text += line[++i];
            }
            else {
                if (c === '$' || c === '{')
                    word.substituted = true;
                word.text += c;
            }
        }
    }
    finishCommand();
    return out;
}
/** The arguments after `pip`, or null when the command does not run pip. */
function pipArguments(words) {
    let i = 0;
    while (i < words.length && (words[i].text === 'sudo' || /^[A-Za-z_]\w*=/.test(words[i].text)))
        i++;
    const first = words[i];
    if (!first)
        return null;
    const program = first.text.slice(first.text.lastIndexOf('/') + 1);
    if (/^pip(\d+(\.\d+)?)?$/.test(program))
        return words.slice(i + 1);
    if (program === 'uv' && words[i + 1]?.text === 'pip')
        return words.slice(i + 2);
    if (/^python(\d+(\.\d+)?)?$/.test(program) || program === 'py' || first.substituted) {
        for (let j = i + 1; j < words.length; j++) {
            const w = words[j].text;
            if (w === '-m')
                return words[j + 1]?.text === 'pip' ? words.slice(j + 2) : null;
            if (w === '-mpip')
                return words.slice(j + 1);
            if (!w.startsWith('-'))
                return null;
        }
    }
    return null;
}
/** The packages of an `install` after pip's own arguments, or null when pip is asked for something else. */
function installedPackages(args) {
    let i = 0;
    for (; i < args.length && args[i].text.startsWith('-'); i++)
        if (takesValue(args[i].text))
            i++;
    if (args[i]?.text !== 'install')
        return null;
    const packages = [];
    for (i++; i < args.length; i++) {
        const { text, substituted } = args[i];
        if (text.startsWith('-')) {
            if (takesValue(text))
                i++;
        }
        else if (!substituted && text !== '' && !/^[./~]/.test(text)) {
            packages.push(text);
        }
    }
    return packages;
}
function takesValue(option) {
    if (option.startsWith('--'))
        return !option.includes('=') && TAKES_VALUE.has(option);
    // optparse clusters: `-qU` are flags; at the first letter that takes a value, the rest of the word is that value.
    for (let k = 1; k < option.length; k++)
        if (SHORT_TAKES_VALUE.has(option[k]))
            return k === option.length - 1;
    return false;
}
/**
 * The packages named by each `pip install` in a shell line, one list per pip run (an empty list for
 * `pip install -r requirements.txt`). `command` is the line without IPython's `!` or `%`.
 */
function pipInstallPackages(command) {
    const found = [];
    for (const words of commands(command)) {
        const args = pipArguments(words);
        const packages = args && installedPackages(args);
        if (packages)
            found.push(packages);
    }
    return found;
}
/** Launchers whose `run` names the program they start: `uv run pytest`, `poetry run black`, `conda run -n env x`. */
const LAUNCHERS = new Set(['uv', 'poetry', 'pipenv', 'pdm', 'hatch', 'rye', 'conda', 'mamba', 'micromamba', 'pixi', 'pipx']);
/** Words that run the command after them. */
const PREFIXES = new Set(['sudo', 'env', 'time', 'exec', 'nohup', 'xargs', 'command', 'then', 'do', 'else', 'if', 'while', '!']);
/** Launcher options that take a value. */
const LAUNCHER_VALUES = new Set(['-n', '--name', '-p', '--prefix', '-e', '--env', '--with', '--from', '--python']);
/** The first word from `from` on that is not an option (or a launcher option's value). */
function firstProgram(words, from) {
    for (let j = from; j < words.length; j++) {
        const text = words[j].text;
        if (!text.startsWith('-'))
            return text;
        if (LAUNCHER_VALUES.has(text))
            j++;
    }
    return undefined;
}
/**
 * The programs a shell line runs: each simple command's program (its base name), the module of `python -m x` (also
 * `coverage run -m pytest`), and what launchers start (`uv run pytest`, `uvx ruff`, `conda run -n env black`).
 */
function invokedPrograms(command) {
    const found = [];
    for (const words of commands(command)) {
        let i = 0;
        while (i < words.length && (PREFIXES.has(words[i].text) || /^[A-Za-z_]\w*=/.test(words[i].text)))
            i++;
        const first = words[i];
        // `$(PYTHON) -m pytest`: the program is unknown, the module below is not.
        if (first && !first.substituted) {
            const program = first.text.replace(/^.*\//, '');
            found.push(program);
            let launched;
            if (program === 'uvx')
                launched = firstProgram(words, i + 1);
            else if (LAUNCHERS.has(program)) {
                const run = words.findIndex((w, k) => k > i && (w.text === 'run' || w.text === 'exec'));
                if (run > 0)
                    launched = firstProgram(words, run + 1);
            }
            if (launched)
                found.push(launched.replace(/^.*\//, ''));
        }
        for (let j = i; j < words.length - 1; j++)
            if (words[j].text === '-m')
                found.push(words[j + 1].text);
    }
    return found.filter((p) => /^[A-Za-z0-9][\w.-]*$/.test(p));
}

;// CONCATENATED MODULE: ./shared/scan/import-guards.ts
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
const KEYWORDS = new Set(['try', 'except', 'else', 'finally', 'if', 'elif', 'while', 'for', 'with', 'def', 'class', 'match', 'case']);
function lineStart(b, offset) {
    return offset === 0 ? 0 : b.lastIndexOf(0x0a, offset - 1) + 1;
}
/** Indentation width as Python counts it: a tab goes to the next multiple of 8. */
function width(b, from, to) {
    let w = 0;
    for (let k = from; k < to; k++)
        w = b[k] === 0x09 ? (w + 8) & ~7 : w + 1;
    return w;
}
function firstNonSpace(b, from) {
    let p = from;
    while (b[p] === 0x20 || b[p] === 0x09 || b[p] === 0x0c)
        p++;
    return p;
}
/** Closing minus opening brackets between two offsets, skipping one-line strings: > 0 means the span starts inside brackets. */
function unopenedClosers(b, from, to) {
    let balance = 0;
    for (let k = from; k < to; k++) {
        const c = b[k];
        if (c === 0x22 || c === 0x27) {
            const end = b.indexOf(c, k + 1);
            if (end < 0 || end > to)
                return balance;
            k = end;
        }
        else if (c === 0x28 || c === 0x5b || c === 0x7b)
            balance--;
        else if (c === 0x29 || c === 0x5d || c === 0x7d)
            balance++;
    }
    return balance;
}
/** The file markGuards is working on, decoded once as Latin-1 (a byte per character): pieces of it are then slices. */
let decoded = null;
/** The bytes as Latin-1 text, at most 400 of them. */
function ascii(b, from, to) {
    const end = Math.min(to, from + 400, b.length);
    if (decoded?.bytes === b)
        return decoded.text.slice(from, end);
    let s = '';
    for (let k = from; k < end; k++)
        s += String.fromCharCode(b[k]);
    return s;
}
/** The decorator lines just above the line at `q`, as one text. */
function decoratorsAbove(b, q) {
    let text = '';
    for (let line = q, guard = 0; line > 0 && guard < 20; guard++) {
        const previous = lineStart(b, line - 1);
        const p = firstNonSpace(b, previous);
        if (b[p] !== 0x40)
            break; // @
        text = `${ascii(b, p, line)} ${text}`;
        line = previous;
    }
    return text;
}
/** The header ending at `colon`, or null when the colon ends something else (an annotation, a lambda). */
function headerAt(b, colon) {
    let q = lineStart(b, colon);
    // Go up over `\` continuations and lines that continue an open bracket (`except (A,\n B):`).
    for (let guard = 0; q > 0 && guard < 50; guard++) {
        const backslash = b[q - 2] === 0x5c || (b[q - 2] === 0x0d && b[q - 3] === 0x5c);
        if (!backslash && unopenedClosers(b, q, colon) <= 0)
            break;
        q = lineStart(b, q - 1);
    }
    const p = firstNonSpace(b, q);
    let e = p;
    while ((b[e] >= 0x61 && b[e] <= 0x7a) || b[e] === 0x5f)
        e++;
    let keyword = ascii(b, p, e);
    let start = p;
    if (keyword === 'async') {
        start = firstNonSpace(b, e);
        e = start;
        while (b[e] >= 0x61 && b[e] <= 0x7a)
            e++;
        keyword = ascii(b, start, e);
    }
    if (!KEYWORDS.has(keyword))
        return null;
    const text = ascii(b, start, colon);
    return { start, colon, indent: width(b, q, p), keyword, text: keyword === 'def' || keyword === 'class' ? `${decoratorsAbove(b, q)}${text}` : text };
}
/** The first statement of the block a header opens (its first 16 bytes). */
function firstStatement(b, colon) {
    let p = firstNonSpace(b, colon + 1);
    for (let guard = 0; (b[p] === 0x0a || b[p] === 0x0d || b[p] === 0x23) && guard < 20; guard++) {
        const nl = b.indexOf(0x0a, p);
        if (nl < 0)
            return '';
        p = firstNonSpace(b, nl + 1);
    }
    return ascii(b, p, p + 60);
}
/** Does the block start by raising (an install hint), other than a test's `raise unittest.SkipTest`? */
function raisesFirst(b, colon) {
    const first = firstStatement(b, colon);
    return /^raise\b/.test(first) && !/SkipTest/.test(first);
}
/** Does the block the header opens start with `raise` / `return` (an early exit)? */
function exitsEarly(b, colon) {
    return /^(raise|return|sys\.exit|exit\(|quit\(|pytest\.skip|warnings\.warn)\b/.test(firstStatement(b, colon));
}
const catchesImportError = /^except\*?\s*$|\b(ImportError|ModuleNotFoundError|Exception|BaseException)\b/;
// `with suppress(ImportError):`, and optuna's `with try_import() as _imports:` (a context manager that keeps the error
// to raise it when the feature is used).
const suppressesImportError = /\bsuppress\s*\(.*\b(ImportError|ModuleNotFoundError|Exception)\b|\b_?(?:try|optional|lazy)_imports?\s*\(/;
const typeChecking = /\bTYPE_CHECKING\b/;
const availabilityPattern = /\bis_\w+_enabled\b|\bfind_spec\b|\bfind_loader\b|\bis_\w*available\b|\w_available\b|(?<![A-Za-z0-9])_*(?:has|HAS|Has|WITH)_\w+|\w*_AVAILABLE\b|\bimportorskip\b|\w*_installed\b|\bis_installed\b|\bsys\.modules\b|\bRequirementCache\b/;
/** Words every match of availabilityPattern contains: a quick no for most headers, where `\w*` would backtrack at each byte. */
const availabilityWords = /find_|available|AVAILABLE|importorskip|_installed|_enabled|sys\.modules|RequirementCache|has_|HAS_|Has_|WITH_/;
const availability = { test: (text) => availabilityWords.test(text) && availabilityPattern.test(text) };
// An accelerator's own SDK is imported only on that hardware (`if self.device.type == "hpu": import habana_frameworks`);
// DeepSpeed's modules only inside a DeepSpeed run (`isinstance(fabric.strategy, DeepSpeedStrategy)`, ZeRO-3 enabled,
// a DeepSpeed config present, parameters carrying `ds_numel`), which only a DeepSpeed launch creates.
const versionOrPlatform = /\bsys\.version_info\b|\bsys\.version\b|\b\w+\.__version__\s*(?:[=!]=|[<>]=?)|\b[A-Z][A-Z0-9]*_VERSION\s*(?:[=!]=|[<>]=?)|\bsys\.platform\b|\bplatform\.(system|machine)\(|\bos\.name\b|\bPY3\d*\b|\bIS_WINDOWS\b|\bdevice(?:\.type|_type)?\s*==\s*["'](?:hpu|xla|npu|xpu|mlu|musa|neuron|tpu)["']|\bisinstance\([^,()]+,\s*\w*Deep[Ss]peed\w*\s*\)|\b\w*deepspeed\w*_enabled\s*\(|\bdeepspeed_config\(\)\s+is\s+not\s+None\b|\bhasattr\(\s*[\w.]+\s*,\s*["']ds_\w+["']\s*\)/;
/** Test decorators that skip unless something is installed. */
const skipUnlessInstalled = /@\S*\b(?:(?:require_\w+|requires_\w+|skipif|skipIf|skipUnless|importorskip|RunIf)\b|requires?\()/;
/** Calls that install a package on the spot. */
const installsOnDemand = /\b(check_requirements?|check_install\w*|install_package\w*|ensure_(?:installed|package)\w*|require_package\w*|pip_install\w*)\s*\(|["']pip["']\s*,\s*["']install["']|\bpip3? install\b/;
/** Does the try have a handler that lets a failed import pass? One that re-raises (`raise ImportError("pip install x")`) makes the import required. */
function tryGuards(t) {
    const handlers = t.clauses.filter((c) => c.keyword === 'except' && catchesImportError.test(c.text));
    if (handlers.some((c) => !c.reraises))
        return 'try-except';
    return handlers.length ? 'reraised' : undefined;
}
function conditionGuard(condition) {
    if (typeChecking.test(condition) && !/\bnot\b/.test(condition))
        return 'type-checking';
    if (versionOrPlatform.test(condition))
        return 'version-check';
    return availability.test(condition) ? 'availability-check' : undefined;
}
const pythonComparison = /^\s*sys\.version_info(?:\s*\[\s*:\s*[23]\s*\])?\s*(<=?|>=?)\s*\(\s*(\d+)\s*,\s*(\d+)\s*\)\s*$/;
const opposite = { '<': '>=', '<=': '>', '>': '<=', '>=': '<' };
/** `if sys.version_info < (3, 8):` → `<3.8` for its block; its `else:` (no `elif`) gets the opposite range. */
function pythonRange(h) {
    const head = h.keyword === 'else' && h.head?.keyword === 'if' && !h.head.clauses.some((c) => c.keyword === 'elif') ? h.head : h.keyword === 'if' ? h : undefined;
    const m = head && pythonComparison.exec(head.text.slice(2));
    if (!m)
        return undefined;
    return `${head === h ? m[1] : opposite[m[1]]}${m[2]}.${m[3]}`;
}
/**
 * `if model_management.xformers_enabled(): import xformers` (also `xformers_enabled_vae()`): a project's own switch
 * named after the module it then imports, true only once that module imported (ComfyUI-style code). A switch named
 * after anything else is a feature flag.
 */
function enabledCheck(condition, module) {
    if (!condition.includes('_enabled'))
        return undefined;
    const top = module.split('.')[0]; // an identifier: nothing to escape
    return new RegExp(`(?<![A-Za-z0-9])_*${top}_enabled\\w*\\s*\\(`, 'i').test(condition) ? 'availability-check' : undefined;
}
/**
 * `if fc.IN_NOTEBOOK: from IPython.display import display`: code that runs only inside an IPython kernel, which is
 * what provides IPython there; anything else imported under such a check still has to be installed.
 */
function kernelCheck(condition, module) {
    if (module !== 'IPython' && module !== 'ipykernel')
        return undefined;
    return /\b(?:IN_NOTEBOOK|IN_IPYTHON|IN_JUPYTER|IN_COLAB|in_notebook|in_ipython|in_jupyter|is_notebook|is_ipython|get_ipython)\b/.test(condition) ? 'availability-check' : undefined;
}
/** Accelerator SDKs and the words a condition choosing their device uses. */
const ACCELERATOR_WORDS = {
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
function acceleratorCheck(condition, module) {
    const words = ACCELERATOR_WORDS[module.split('.')[0]];
    return words && !/^\s*not\b/.test(condition) && words.test(condition) ? 'version-check' : undefined;
}
/** The guard a header puts on `module` imported in its block, if any. */
function guardOf(h, module) {
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
            if (guard !== 'availability-check' || !/^\s*not\b/.test(condition))
                return guard;
            // `if not x_available():` runs without x; `if not TYPE_CHECKING and WITH_HYDRA:` only with it (each part must hold).
            return condition.split(/\band\b/).some((part) => !/^\s*not\b/.test(part) && availability.test(part)) ? guard : undefined;
        }
        case 'else': {
            const head = h.head;
            if (!head)
                return undefined;
            // `try: import x … except ImportError: … else: import x.sub` runs only when x imported.
            if (head.keyword === 'try')
                return tryGuards(head);
            const conditions = [head, ...head.clauses.filter((c) => c.keyword === 'elif')].map((c) => c.text.replace(/^(el)?if\b/, ''));
            if (conditions.some((c) => versionOrPlatform.test(c)))
                return 'version-check';
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
function checkedNames(headers) {
    const names = new Set();
    for (const h of headers) {
        if (!['if', 'elif', 'while', 'def', 'class', 'with'].includes(h.keyword))
            continue;
        const t = h.text;
        // Every pattern below needs one of these words; most headers have none.
        if (!checkWords.test(t))
            continue;
        for (const m of t.matchAll(/\b(?:find_spec|find_loader|\w*module_available|\w*package_available|RequirementCache|importorskip|is_available|\w*_installed)\(\s*["']([\w.]+)/g))
            names.add(m[1].split('.')[0].toLowerCase());
        for (const m of t.matchAll(/\bis_(\w+?)_available\b/g))
            names.add(m[1].toLowerCase());
        for (const m of t.matchAll(/\b_*([A-Za-z]\w*?)_AVAILABLE\b/g))
            names.add(m[1].toLowerCase());
        for (const m of t.matchAll(/(?<![A-Za-z0-9])_*(?:has|HAS|Has)_(\w+?)(?:_support|_SUPPORT)?\b/g))
            names.add(m[1].toLowerCase());
        for (const m of t.matchAll(/@\S*\brequires?_(\w+)/g))
            names.add(m[1].toLowerCase());
        // mmpretrain's `@require('timm')`, `@requires("accelerate>=0.20")`.
        for (const m of t.matchAll(/@\S*\brequires?\(\s*["']([A-Za-z][\w.-]*)/g))
            names.add(m[1].split(/[.-]/)[0].toLowerCase());
    }
    return names;
}
/** Modules the file probes in a statement: `_XLA_AVAILABLE = RequirementCache("torch_xla>=1.13")`, `HAS_X = find_spec("x")`. */
function probedNames() {
    const names = new Set();
    const text = decoded.text;
    if (/RequirementCache|find_spec|find_loader|_available\(/.test(text)) {
        for (const m of text.matchAll(/\b(?:RequirementCache|find_spec|find_loader|module_available|package_available)\(\s*["']([A-Za-z_][\w.]*)/g))
            names.add(m[1].split('.')[0].toLowerCase());
    }
    // Flags named after the module: `_XLA_AVAILABLE`, `_XLA_GREATER_EQUAL_2_1` (a RequirementCache, false without it).
    if (/_AVAILABLE|_GREATER_EQUAL/.test(text)) {
        for (const m of text.matchAll(/\b_*([A-Z][A-Z0-9]*(?:_[A-Z][A-Z0-9]*)*?)_(?:AVAILABLE\b|GREATER_EQUAL)/g))
            names.add(m[1].toLowerCase());
    }
    return names;
}
/** Is `method` a constructor (`__init__`, `__post_init__`, `__new__`) directly inside class `owner`? */
function isConstructorIn(method, owner) {
    return method?.keyword === 'def' && owner?.keyword === 'class' && /\bdef\s+__(?:init|post_init|new)__\s*\(/.test(method.text);
}
/** The short names projects check modules by (`has_hvd_support`, `_TF_AVAILABLE`). */
const ABBREVIATIONS = {
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
function names(module, checked) {
    const m = module.toLowerCase();
    for (const name of checked) {
        if (ABBREVIATIONS[name] === m)
            return true;
        if (name.length < 3)
            continue;
        if (m === name || m.replace(/_/g, '') === name.replace(/_/g, ''))
            return true;
        if (m.split('_').some((t) => t === name || (t.startsWith(name) && t.length - name.length <= 1)))
            return true;
        if (name.split('_').includes(m))
            return true;
    }
    return false;
}
/** Sets `guard` on the imports that only run where the code copes without them. `starts` and `imports` are parallel. */
function markGuards(b, imports, starts, colons) {
    if (imports.length === 0 || colons.length === 0)
        return;
    // Statements at the start of a line with no indentation are outside every block.
    if (starts.every((o) => o === 0 || b[o - 1] === 0x0a))
        return;
    decoded = { bytes: b, text: Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('latin1') };
    try {
        guardImports(b, imports, starts, colons);
    }
    finally {
        decoded = null;
    }
}
function guardImports(b, imports, starts, colons) {
    const headers = [];
    for (const colon of colons) {
        const found = headerAt(b, colon);
        // A later colon of a header line (`if a: f = lambda: 0`) starts no header of its own.
        if (!found || (headers.length > 0 && headers[headers.length - 1].start === found.start))
            continue;
        headers.push({ ...found, clauses: [] });
    }
    const stack = [];
    const tried = new Map();
    /** The module's own block, for `if not X_AVAILABLE: raise` at the top level. */
    const moduleBlock = {};
    /** Closes the blocks a line at `indent` ends; returns the closed header at that same indent (its sibling). */
    const dedent = (indent) => {
        let sibling;
        while (stack.length > 0 && stack[stack.length - 1].indent >= indent) {
            const popped = stack.pop();
            if (popped.indent === indent)
                sibling = popped;
        }
        return sibling;
    };
    const enter = (header) => {
        const sibling = dedent(header.indent);
        const head = sibling && (sibling.head ?? sibling);
        const belongs = head &&
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
                owner.assured = new Set([...(owner.assured ?? []), ...(tried.get(header.head) ?? [])]);
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
            if (isConstructorIn(method, owner))
                owner.assured = new Set([...(owner.assured ?? []), ...names]);
        }
        stack.push(header);
    };
    // Each import's open blocks, innermost last, and what earlier statements decided; guards are settled once every
    // clause is known (an `except` comes after the imports it guards).
    const blocks = [];
    const earlier = [];
    const assured = [];
    let h = 0;
    for (let k = 0; k < imports.length; k++) {
        const o = starts[k];
        for (; h < headers.length && headers[h].start < o; h++)
            enter(headers[h]);
        const ls = lineStart(b, o);
        const p = firstNonSpace(b, ls);
        const top = stack[stack.length - 1];
        // `try: import x`: the body on the header's own line stays in that header's block.
        const inlineBody = p < o && top !== undefined && top.colon >= ls && top.colon < o;
        if (!inlineBody)
            dedent(width(b, ls, p));
        blocks.push([...stack]);
        // The modules each open `try:` imports, for a handler that turns out to re-raise in a constructor.
        const innermostTry = stack.findLast((o) => o.keyword === 'try');
        if (innermostTry && imports[k].level === 0 && imports[k].module)
            tried.set(innermostTry, [...(tried.get(innermostTry) ?? []), imports[k].module.toLowerCase()]);
        assured.push(new Set([...stack, moduleBlock].flatMap((s) => [...(s.assured ?? [])])));
        let before;
        // `check_requirements("mss")` on one of the lines just above, in the same block.
        if (p > ls) {
            const indent = width(b, ls, p);
            for (let line = ls, n = 0; line > 0 && n < 4; n++) {
                line = lineStart(b, line - 1);
                const q = firstNonSpace(b, line);
                if (b[q] === 0x0a || b[q] === 0x0d)
                    continue;
                if (width(b, line, q) < indent)
                    break;
                const text = ascii(b, q, b.indexOf(0x0a, q) < 0 ? b.length : b.indexOf(0x0a, q));
                // The call names what it installs: `check_requirements(("onnx", "onnxruntime"))` before `import onnxruntime`.
                if (installsOnDemand.test(text)) {
                    if (imports[k].module.length >= 2 && text.toLowerCase().includes(imports[k].module.toLowerCase())) {
                        before = 'installed-on-demand';
                        break;
                    }
                    // yolov5's `check_requirements("tritonclient[all]")` before `from utils.triton import …`: the project's
                    // module loads only once tritonclient is there (drift/gated-modules.ts passes that on).
                    const installed = [...text.matchAll(/["']([A-Za-z][\w.-]*)/g)].map((m) => m[1].toLowerCase());
                    if (installed.length && imports[k].module)
                        imports[k].installedBefore = installed;
                }
                // autogluon's `try_import_ray()`: raises an install hint unless ray imports, so what follows may assume it.
                const tried = /\btry_import_(\w+)\s*\(/.exec(text);
                if (tried && names(imports[k].module, new Set([tried[1].toLowerCase()]))) {
                    before = 'availability-check';
                    break;
                }
            }
        }
        earlier.push(before);
    }
    for (; h < headers.length; h++)
        enter(headers[h]);
    let checked;
    imports.forEach((record, k) => {
        const open = blocks[k];
        if (open.some((o) => o.keyword === 'def'))
            record.inFunction = true;
        const python = open.map(pythonRange).filter((r) => r !== undefined);
        if (python.length)
            record.python = python.join(', ');
        for (let j = open.length - 1; j >= 0; j--) {
            const guard = guardOf(open[j], record.module);
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
        if (record.level === 0 && assured[k].size > 0 && (assured[k].has(record.module.toLowerCase()) || names(record.module, assured[k]))) {
            record.guard = 'availability-check';
            return;
        }
        // Inside a function or class of a file that checks the module's availability (`if is_aim_available():` at the
        // top, the import in AimTracker.start()), the import runs only once the check passed.
        if (record.level === 0 && open.some((o) => o.keyword === 'def' || o.keyword === 'class')) {
            // Any check in the file (at the top, in `def is_x_available()`, in a constructor, a test decorator), a probe or
            // an imported flag (`from .accelerators.xla import _XLA_AVAILABLE`): the file's code knows x may be missing.
            checked ??= new Set([...checkedNames(headers), ...probedNames()]);
            if (names(record.module, checked))
                record.guard = 'availability-check';
        }
    });
}

;// CONCATENATED MODULE: ./shared/scan/named-trackers.ts
// Experiment trackers a library loads by the name a project passes it: transformers' and accelerate's
// `report_to="wandb"` / `--report_to tensorboard` / `log_with=["wandb", "tensorboard"]`. The project declares the
// tracker and never imports it, yet uses it. Read as text where the option is named; a tracker is one of these
// names, never a guess.
/** Tracker names as the options spell them → the module each loads. */
const TRACKERS = {
    wandb: 'wandb',
    tensorboard: 'tensorboard',
    tensorboardx: 'tensorboardX',
    comet_ml: 'comet_ml',
    mlflow: 'mlflow',
    clearml: 'clearml',
    neptune: 'neptune',
    dvclive: 'dvclive',
    aim: 'aim',
    swanlab: 'swanlab',
    trackio: 'trackio',
    codecarbon: 'codecarbon',
};
const OPTION = /\b(?:report_to|log_with)\b/;
/**
 * Where a value is given (bounded lookahead, so one pass stays linear): a keyword argument or YAML key
 * (`report_to="wandb"`, `log_with=["wandb", "tensorboard"]`, `report_to: wandb`), a command-line flag
 * (`--report_to wandb`, `--log_with=tensorboard`), and argparse's default (`"--report_to", type=str,
 * default="tensorboard"`). Help text that lists the choices is no value.
 */
const VALUES = [
    /\b(?:report_to|log_with)\s*[=:]\s*([[(][^\])\n]{0,200}|["']?\w+)/g,
    /--(?:report_to|log_with)(?:=|[ \t]+)["']?(\w+)/g,
    /["']--(?:report_to|log_with)["'][^)]{0,300}?\bdefault\s*=\s*(["']\w+["']|[[(][^\])]{0,200})/g,
];
/** The tracker modules `text` names as the value of a `report_to` / `log_with` option. */
function namedTrackers(text) {
    if (!OPTION.test(text))
        return [];
    const found = new Set();
    for (const pattern of VALUES) {
        for (const m of text.matchAll(pattern)) {
            for (const word of m[1].matchAll(/[A-Za-z_]+/g)) {
                const module = TRACKERS[word[0].toLowerCase()];
                if (module)
                    found.add(module);
            }
        }
    }
    return [...found];
}

;// CONCATENATED MODULE: ./shared/scan/python-imports.ts
// Finds the modules a Python file imports without parsing Python. A byte-level lexer knows just enough of the language
// (strings with every prefix, comments, brackets, line continuations, f-string replacement fields nested to any depth
// as Python 3.12 allows) to tell code from text. `import` is a hard keyword, so every `import` token outside strings
// and comments belongs to an import statement: at each one the lexer reads backwards for `from <module>` (else it
// is `import a, b.c`, read forwards), and `from` itself never needs a look (`yield from`, `raise … from`). Everything
// else is stepped over a byte at a time, or with indexOf (comments, triple-quoted strings). It works on the
// undecoded bytes; only names with non-ASCII letters are decoded.
// What it accepts is a superset of Python: it flags only what the tokenizer rejects (unterminated strings,
// unbalanced brackets, NUL bytes), never grammar errors, and stops at the first of those.



/** A place where the lexer gave up, as a byte offset into the bytes it scanned. */
class Unparsable {
    message;
    offset;
    constructor(message, offset) {
        this.message = message;
        this.offset = offset;
    }
}
/**
 * The bytes the main loop stops at (1 in the table); it dispatches on the byte itself, written as a literal so that
 * no build (ts-jest, ncc's transpile-only mode) leaves an enum lookup in the loop.
 */
function stopTable(newlines) {
    const t = new Uint8Array(256);
    for (const c of '\'"#\\([{)]}i:')
        t[c.charCodeAt(0)] = 1;
    if (newlines)
        t[0x0a] = 1;
    return t;
}
/** Plain Python: newlines mean nothing to an import finder. */
const PYTHON = stopTable(false);
/** IPython cells: every logical line start may hold a magic (`%pip`, `!ls`), so newlines are stops. */
const IPYTHON = stopTable(true);
/** Bytes that continue a name. Bytes >= 0x80 are taken as letters: non-ASCII outside strings is a name or an error. */
const NAME = new Uint8Array(256);
/** Bytes that may start a name. */
const NAME_START = new Uint8Array(256);
for (let c = 0; c < 256; c++) {
    const letter = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f || c >= 0x80;
    NAME_START[c] = letter ? 1 : 0;
    NAME[c] = letter || (c >= 0x30 && c <= 0x39) ? 1 : 0;
}
/** Bytes a one-line string cannot simply contain: quotes (one of them ends it), backslash, line ends. */
const SHORT_STRING_STOP = new Uint8Array(256);
for (const c of [0x22, 0x27, 0x5c, 0x0a, 0x0d])
    SHORT_STRING_STOP[c] = 1;
/** The opening bracket of each closing one. */
const OPENER_OF = new Uint8Array(128);
OPENER_OF[0x29] = 0x28;
OPENER_OF[0x5d] = 0x5b;
OPENER_OF[0x7d] = 0x7b;
/** CPython's tokenizer limits (MAXLEVEL, MAXFSTRINGLEVEL); they also bound this lexer's recursion. */
const MAX_BRACKETS = 200;
const MAX_FSTRINGS = 150;
const utf8 = new TextDecoder('utf-8');
const CODING = Buffer.from('coding');
class Lexer {
    b;
    onMagicLine;
    imports = [];
    /** Byte offset where each import statement starts (`import` or `from`), parallel to `imports`. */
    starts = [];
    /** Offsets of the `:` outside brackets and strings: every block header ends in one. */
    colons = [];
    n;
    stops;
    /** Offsets of the open brackets, innermost at `depth - 1` (a plain array: a typed one costs an allocation per file). */
    stack = [];
    depth = 0;
    fstrings = 0;
    /** End of the last dotted name read by `dotted()`. */
    end = 0;
    lineOffset = 0;
    lineNumber = 1;
    /** Offsets of the newlines that end comments ending in `\`. */
    commentBackslashes = [];
    constructor(b, onMagicLine) {
        this.b = b;
        this.onMagicLine = onMagicLine;
        this.n = b.length;
        this.stops = onMagicLine ? IPYTHON : PYTHON;
    }
    run() {
        const start = this.onMagicLine ? this.magicLine(0) : 0;
        this.code(start, false);
        if (this.depth > 0) {
            const open = this.stack[this.depth - 1];
            throw new Unparsable(`'${String.fromCharCode(this.b[open])}' was never closed`, open);
        }
    }
    /** 1-based line of a byte offset. Offsets asked for mostly grow, so counting resumes where it stopped. */
    line(offset) {
        if (offset < this.lineOffset) {
            this.lineOffset = 0;
            this.lineNumber = 1;
        }
        const b = this.b;
        let p = this.lineOffset;
        let line = this.lineNumber;
        for (;;) {
            const nl = b.indexOf(0x0a, p);
            if (nl < 0 || nl >= offset)
                break;
            line++;
            p = nl + 1;
        }
        this.lineOffset = p;
        this.lineNumber = line;
        return line;
    }
    /**
     * Code, up to the end of the input; or, inside an f-string replacement field (`field`), up to the `}` or the
     * format-spec `:` that closes it, whose offset is returned.
     */
    code(i, field) {
        const b = this.b;
        const n = this.n;
        const stops = this.stops;
        const stack = this.stack;
        const base = this.depth;
        while (i < n) {
            const c = b[i];
            if (stops[c] === 0) {
                i++;
                continue;
            }
            switch (c) {
                case 0x22: // "
                case 0x27: // '
                    i = this.string(i);
                    break;
                case 0x23: { // #
                    const nl = b.indexOf(0x0a, i);
                    i = nl < 0 ? n : nl;
                    // A comment ending in `\` continues nothing; remember it for fromBefore(), which walks back over lines.
                    if (nl > 0 && (b[nl - 1] === 0x5c || (b[nl - 1] === 0x0d && b[nl - 2] === 0x5c)))
                        this.commentBackslashes.push(nl);
                    break;
                }
                case 0x5c: // \
                    i = this.continuation(i);
                    break;
                case 0x28: // (
                case 0x5b: // [
                case 0x7b: // {
                    if (this.depth >= MAX_BRACKETS)
                        throw new Unparsable('too many nested parentheses', i);
                    stack[this.depth++] = i;
                    i++;
                    break;
                case 0x29: // )
                case 0x5d: // ]
                case 0x7d: { // }
                    if (this.depth === base) {
                        if (field && c === 0x7d)
                            return i;
                        throw new Unparsable(`unmatched '${String.fromCharCode(c)}'`, i);
                    }
                    const open = stack[--this.depth];
                    if (b[open] !== OPENER_OF[c]) {
                        const o = String.fromCharCode(b[open]);
                        throw new Unparsable(`closing parenthesis '${String.fromCharCode(c)}' does not match opening parenthesis '${o}'`, i);
                    }
                    i++;
                    break;
                }
                case 0x69: // i
                    // `import` is a hard keyword: as a whole name outside strings and comments, it starts or ends an import.
                    if ((i === 0 || !NAME[b[i - 1]]) && b[i + 1] === 0x6d && b[i + 2] === 0x70 && this.word(i, 'import')) {
                        i = this.importKeyword(i);
                    }
                    else {
                        i++;
                    }
                    break;
                case 0x3a: // :
                    if (field && this.depth === base)
                        return i;
                    if (this.depth === 0)
                        this.colons.push(i);
                    i++;
                    break;
                case 0x0a: // \n, a stop in IPython cells only
                    i++;
                    if (!field && this.depth === 0)
                        i = this.magicLine(i);
                    break;
            }
        }
        if (field)
            throw new Unparsable("f-string: expecting '}'", n);
        return i;
    }
    /** `\` outside strings: must end the line. */
    continuation(i) {
        const b = this.b;
        if (b[i + 1] === 0x0a)
            return i + 2;
        if (b[i + 1] === 0x0d && b[i + 2] === 0x0a)
            return i + 3;
        throw new Unparsable(i + 1 >= this.n ? 'unexpected EOF while parsing' : 'unexpected character after line continuation character', i);
    }
    /** A string literal whose opening quote is at `i`; its prefix letters, if any, are the name bytes just before. */
    string(i) {
        const b = this.b;
        let raw = false;
        let formatted = false;
        let p = i - 1;
        while (p >= 0 && p >= i - 3 && NAME[b[p]])
            p--;
        if (i - 1 - p <= 2 && (p < 0 || !NAME[b[p]])) {
            for (let q = p + 1; q < i; q++) {
                const c = b[q] | 0x20;
                if (c === 0x72)
                    raw = true;
                else if (c === 0x66 || c === 0x74)
                    formatted = true; // f-strings, and 3.14's t-strings
            }
        }
        const quote = b[i];
        const triple = b[i + 1] === quote && b[i + 2] === quote;
        if (formatted)
            return this.fstring(i, quote, triple, raw);
        return triple ? this.longString(i, quote) : this.shortString(i, quote);
    }
    shortString(i, quote) {
        const b = this.b;
        const n = this.n;
        for (let j = i + 1; j < n; j++) {
            const c = b[j];
            if (SHORT_STRING_STOP[c] === 0)
                continue;
            if (c === quote)
                return j + 1;
            if (c === 0x5c)
                j += b[j + 1] === 0x0d && b[j + 2] === 0x0a ? 2 : 1;
            else if (c === 0x0a || c === 0x0d)
                break;
        }
        throw new Unparsable('unterminated string literal', i);
    }
    /** Triple-quoted: jump from quote to quote; a quote preceded by an odd run of backslashes is escaped. */
    longString(i, quote) {
        const b = this.b;
        let j = i + 3;
        for (;;) {
            j = b.indexOf(quote, j);
            if (j < 0)
                throw new Unparsable('unterminated triple-quoted string literal', i);
            let s = j - 1;
            while (b[s] === 0x5c)
                s--;
            if ((j - 1 - s) % 2 === 0 && b[j + 1] === quote && b[j + 2] === quote)
                return j + 3;
            j++;
        }
    }
    /** An f-string as Python 3.12 tokenizes it (PEP 701): replacement fields are code, and may hold any string. */
    fstring(i, quote, triple, raw) {
        if (++this.fstrings > MAX_FSTRINGS)
            throw new Unparsable('too many nested f-strings', i);
        const b = this.b;
        const n = this.n;
        let j = i + (triple ? 3 : 1);
        for (;;) {
            if (j >= n)
                throw new Unparsable(`unterminated ${triple ? 'triple-quoted ' : ''}f-string literal`, i);
            const c = b[j];
            if (c === quote) {
                if (!triple) {
                    j++;
                    break;
                }
                if (b[j + 1] === quote && b[j + 2] === quote) {
                    j += 3;
                    break;
                }
                j++;
            }
            else if (c === 0x0a || c === 0x0d) {
                if (!triple)
                    throw new Unparsable('unterminated f-string literal', i);
                j++;
            }
            else if (c === 0x5c) {
                j = this.fstringEscape(j, raw);
            }
            else if (c === 0x7b) {
                j = b[j + 1] === 0x7b ? j + 2 : this.replacementField(j + 1, quote, triple, raw);
            }
            else if (c === 0x7d) {
                j += b[j + 1] === 0x7d ? 2 : 1;
            }
            else {
                j++;
            }
        }
        this.fstrings--;
        return j;
    }
    /** `\x` in an f-string's text: skips the escaped character, except a brace (still a field) and `\N{NAME}`. */
    fstringEscape(j, raw) {
        const b = this.b;
        let p = j + 1;
        if (b[p] === 0x0d)
            p++;
        const c = b[p];
        if (c === 0x7b || c === 0x7d)
            return j + 1;
        if (!raw && c === 0x4e && b[p + 1] === 0x7b) {
            for (let q = p + 2; q < this.n; q++) {
                const d = b[q];
                if (d === 0x7d)
                    return q + 1;
                if (d === 0x22 || d === 0x27 || d === 0x0a || d === 0x0d || d === 0x7b)
                    break;
            }
            return p + 2;
        }
        return p + 1;
    }
    /** `{expr!r:spec}` from just after the `{`; returns the offset after its `}`. */
    replacementField(j, quote, triple, raw) {
        j = this.code(j, true);
        if (this.b[j] === 0x3a)
            j = this.formatSpec(j + 1, quote, triple, raw);
        return j + 1;
    }
    /** Text after the `:` of a replacement field, with nested fields; returns the offset of the closing `}`. */
    formatSpec(j, quote, triple, raw) {
        const b = this.b;
        for (;;) {
            if (j >= this.n)
                throw new Unparsable("f-string: expecting '}'", j);
            const c = b[j];
            if (c === 0x7d)
                return j;
            if (c === 0x7b) {
                j = this.replacementField(j + 1, quote, triple, raw);
            }
            else if (c === 0x5c) {
                j = this.fstringEscape(j, raw);
            }
            else if ((c === quote && (!triple || (b[j + 1] === quote && b[j + 2] === quote))) || ((c === 0x0a || c === 0x0d) && !triple)) {
                throw new Unparsable("f-string: expecting '}'", j);
            }
            else {
                j++;
            }
        }
    }
    /** Whether `word` stands at `i` as a whole name (the caller checked the byte before). */
    word(i, word) {
        const b = this.b;
        for (let k = 1; k < word.length; k++)
            if (b[i + k] !== word.charCodeAt(k))
                return false;
        return !NAME[b[i + word.length]];
    }
    /** Spaces, tabs, form feeds and `\`-newline continuations. */
    space(j) {
        const b = this.b;
        for (;;) {
            const c = b[j];
            if (c === 0x20 || c === 0x09 || c === 0x0c)
                j++;
            else if (c === 0x5c && b[j + 1] === 0x0a)
                j += 2;
            else if (c === 0x5c && b[j + 1] === 0x0d && b[j + 2] === 0x0a)
                j += 3;
            else
                return j;
        }
    }
    /** A name at `j`, or null; its end goes to `this.end`. */
    name(j) {
        const b = this.b;
        if (!NAME_START[b[j]])
            return null;
        let e = j + 1;
        let ascii = b[j] < 0x80;
        while (NAME[b[e]]) {
            if (b[e] >= 0x80)
                ascii = false;
            e++;
        }
        this.end = e;
        if (!ascii)
            return utf8.decode(b.subarray(j, e)).normalize('NFKC'); // Python compares names in NFKC form
        let s = '';
        for (let k = j; k < e; k++)
            s += String.fromCharCode(b[k]);
        return s;
    }
    /** `a.b.c` (spaces and continuations allowed around the dots, as in Python); its end goes to `this.end`. */
    dotted(j) {
        let name = this.name(j);
        if (name === null)
            return null;
        for (;;) {
            const dot = this.space(this.end);
            if (this.b[dot] !== 0x2e)
                return name;
            const end = this.end;
            const part = this.name(this.space(dot + 1));
            if (part === null) {
                this.end = end;
                return name;
            }
            name += '.' + part;
        }
    }
    /** At an `import` keyword: records the import(s) and returns where scanning resumes. */
    importKeyword(i) {
        return this.fromBefore(i) ? i + 6 : this.importStatement(i);
    }
    /** `import a.b as c, d` from the keyword at `i`; returns where scanning resumes. */
    importStatement(i) {
        const b = this.b;
        const line = this.line(i);
        let j = i + 6;
        for (;;) {
            const name = this.dotted(this.space(j));
            if (name === null)
                return j;
            this.add(name, 0, line, i);
            j = this.space(this.end);
            if (b[j] === 0x61 && b[j + 1] === 0x73 && !NAME[b[j + 2]]) {
                const alias = this.space(j + 2);
                if (this.name(alias) === null)
                    return alias;
                j = this.space(this.end);
            }
            if (b[j] !== 0x2c)
                return j;
            j++;
        }
    }
    /**
     * Whether the `import` keyword at `i` ends `from <dots and dotted name>`, read backwards; if so, records it.
     * Going back is safe because the lexer has reached `i` in code: only spaces, names, dots and `\` line
     * continuations can stand between `from` and `import`, and a `\` that ends a comment is known.
     */
    fromBefore(i) {
        const b = this.b;
        const parts = [];
        let j = i - 1;
        for (;;) {
            j = this.spaceBack(j);
            if (j < 0)
                return false;
            if (b[j] === 0x2e) {
                parts.push('.');
                j--;
                continue;
            }
            if (!NAME[b[j]])
                return false;
            let s = j;
            while (s > 0 && NAME[b[s - 1]])
                s--;
            if (j - s === 3 && b[s] === 0x66 && b[s + 1] === 0x72 && b[s + 2] === 0x6f && b[s + 3] === 0x6d) {
                return this.addFrom(parts.reverse(), s);
            }
            if (!NAME_START[b[s]])
                return false;
            parts.push(this.name(s));
            j = s - 1;
        }
    }
    /** Records `from` + `parts` (dots, then names joined by single dots) if they form a module reference. */
    addFrom(parts, from) {
        let level = 0;
        while (parts[level] === '.')
            level++;
        let module = '';
        for (let k = level; k < parts.length; k++) {
            const isName = (k - level) % 2 === 0;
            if ((parts[k] === '.') === isName)
                return false;
            module += parts[k];
        }
        if (module.endsWith('.') || (level === 0 && module === ''))
            return false;
        this.add(module, level, this.line(from), from);
        return true;
    }
    /** Steps back over spaces and `\` line continuations (not a comment's `\`); the offset reached, or -1. */
    spaceBack(j) {
        const b = this.b;
        for (;;) {
            const c = b[j];
            if (c === 0x20 || c === 0x09 || c === 0x0c) {
                j--;
            }
            else if (c === 0x0a) {
                let k = j - 1;
                if (b[k] === 0x0d)
                    k--;
                if (b[k] !== 0x5c || this.commentBackslashes.includes(j))
                    return -1;
                j = k - 1;
            }
            else {
                return c === undefined ? -1 : j;
            }
        }
    }
    add(dotted, level, line, start) {
        this.starts.push(start);
        const dot = dotted.indexOf('.');
        this.imports.push({
            module: dot < 0 ? dotted : dotted.slice(0, dot),
            dotted: level ? '.'.repeat(level) + dotted : dotted,
            level,
            line,
        });
    }
    /** At a logical line start in an IPython cell: skips a magic line, returning the offset of its newline (or EOF). */
    magicLine(i) {
        const end = ipythonLineEnd(this.b, i);
        if (end < 0)
            return i;
        this.onMagicLine(utf8.decode(this.b.subarray(i, end)), this.line(i));
        return end;
    }
}
/**
 * If the line at `i` is IPython syntax, the offset where it ends (its newline, after `\` continuations); else -1.
 * Forms: `%magic`, `%%cell`, `!shell`, `?help`, `x, y = !cmd`, `x = %magic`, `obj?` / `obj??`.
 */
function ipythonLineEnd(b, i) {
    let p = i;
    while (b[p] === 0x20 || b[p] === 0x09)
        p++;
    const c = b[p];
    let magic = c === 0x25 || c === 0x21 || c === 0x3f;
    if (!magic && c !== undefined && NAME_START[c])
        magic = assignsFromMagic(b, p) || endsInHelp(b, p);
    if (!magic)
        return -1;
    for (;;) {
        const nl = b.indexOf(0x0a, p);
        if (nl < 0)
            return b.length;
        let last = nl - 1;
        if (b[last] === 0x0d)
            last--;
        if (b[last] !== 0x5c)
            return nl;
        p = nl + 1;
    }
}
/** `a, b.c = !cmd` or `x = %magic` (IPython's assign_from_system / assign_from_magic). */
function assignsFromMagic(b, p) {
    while (NAME[b[p]] || b[p] === 0x2e || b[p] === 0x2c || b[p] === 0x20 || b[p] === 0x09)
        p++;
    if (b[p] !== 0x3d || b[p + 1] === 0x3d)
        return false;
    p++;
    while (b[p] === 0x20 || b[p] === 0x09)
        p++;
    return (b[p] === 0x21 && b[p + 1] !== 0x3d) || b[p] === 0x25;
}
/** `np.mean?`, `obj??`, `np.*load*?`: a whole line of dotted name (wildcards allowed) then `?` or `??`. */
function endsInHelp(b, p) {
    while (NAME[b[p]] || b[p] === 0x2e || b[p] === 0x2a)
        p++;
    if (b[p] !== 0x3f)
        return false;
    p += b[p + 1] === 0x3f ? 2 : 1;
    while (b[p] === 0x20 || b[p] === 0x09 || b[p] === 0x0d)
        p++;
    return p >= b.length || b[p] === 0x0a;
}
/** PEP 263: the encoding named in a `coding[:=]` comment on line 1, or line 2 when line 1 is a comment or blank. */
function codingCookie(b) {
    let start = 0;
    for (let lineNo = 1; lineNo <= 2 && start < b.length; lineNo++) {
        let end = b.indexOf(0x0a, start);
        if (end < 0)
            end = b.length;
        let p = start;
        while (b[p] === 0x20 || b[p] === 0x09 || b[p] === 0x0c)
            p++;
        if (b[p] === 0x23) {
            const coding = b.indexOf(CODING, p);
            if (coding >= 0 && coding < end) {
                const m = /coding[:=][ \t]*([-\w.]+)/.exec(b.toString('latin1', coding, end));
                if (m)
                    return m[1].toLowerCase();
            }
        }
        else if (p < end && !(b[p] === 0x0d && p + 1 === end)) {
            return null; // line 1 holds code: line 2 cannot declare the encoding
        }
        start = end + 1;
    }
    return null;
}
/** Python codec name to a WHATWG label, or null when the bytes may be scanned as they are. */
function decoderLabel(codec) {
    const name = codec.replace(/_/g, '-');
    if (name === 'utf-8' || name === 'utf8' || name.startsWith('utf-8-') || name === 'ascii' || name === 'us-ascii')
        return null;
    if (/^(latin-?1|iso-?8859-1|iso-latin-1)(-|$)/.test(name))
        return 'iso-8859-1';
    return name.replace(/^iso8859-/, 'iso-8859-').replace(/^cp(125\d)$/, 'windows-$1');
}
/** The bytes the lexer should see: UTF-8 without BOM, cut at a NUL (with its problem), lone CRs turned into LFs. */
function prepare(input, decoded) {
    // The lexer indexes a plain Uint8Array (V8's indexOf: cheap calls for short hops); searches over the whole input go
    // through a Buffer over the same memory (memchr: several times faster over megabytes).
    let b = plain(input);
    if (!decoded)
        b = decode(b);
    const nul = asBuffer(b).indexOf(0);
    if (nul >= 0)
        b = b.subarray(0, nul);
    // Python reads a lone CR as a newline; the lexer only counts LFs, so rewrite them in a copy (offsets unchanged).
    const whole = asBuffer(b);
    let cr = whole.indexOf(0x0d);
    while (cr >= 0 && b[cr + 1] === 0x0a)
        cr = whole.indexOf(0x0d, cr + 2);
    if (cr >= 0) {
        b = Uint8Array.from(b);
        for (; cr >= 0; cr = b.indexOf(0x0d, cr + 1))
            if (b[cr + 1] !== 0x0a)
                b[cr] = 0x0a;
    }
    return { bytes: b, nul };
}
/** File bytes as UTF-8: BOM dropped, other encodings declared by a PEP 263 cookie transcoded. */
function decode(b) {
    if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf)
        return b.subarray(3);
    const codec = codingCookie(asBuffer(b));
    const label = codec === null ? null : decoderLabel(codec);
    if (label === null || !b.some((c) => c >= 0x80))
        return b;
    try {
        return plain(Buffer.from(new TextDecoder(label).decode(b), 'utf8'));
    }
    catch {
        return b; // an encoding this runtime cannot decode: the raw bytes are right for any ASCII-compatible one
    }
}
function plain(b) {
    return b.constructor === Uint8Array ? b : new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
}
function asBuffer(b) {
    return Buffer.from(b.buffer, b.byteOffset, b.byteLength);
}
/** Lexes Python source for its imports. Lines in the result are 1-based lines of the input. */
function lexImports(source, options = {}) {
    const { bytes, nul } = prepare(source, options.decoded ?? false);
    const lexer = new Lexer(bytes, options.onMagicLine);
    let problem;
    try {
        lexer.run();
    }
    catch (e) {
        if (!(e instanceof Unparsable))
            throw e;
        problem = place(lexer, e.message, e.offset);
    }
    markGuards(bytes, lexer.imports, lexer.starts, lexer.colons);
    if (nul >= 0)
        problem = place(lexer, 'source code cannot contain null bytes', nul);
    return { imports: lexer.imports, problem };
}
function place(lexer, message, offset) {
    const b = lexer.b;
    const line = lexer.line(offset);
    const at = Math.min(offset, b.length);
    const lineStart = at === 0 ? 0 : b.lastIndexOf(0x0a, at - 1) + 1;
    const column = utf8.decode(b.subarray(lineStart, at)).length + 1;
    return { message, line, column };
}
/** The imports of one Python file (`path` is only used to label the result and its problem). */
function scanPythonSource(source, path) {
    const decoded = typeof source === 'string';
    const bytes = decoded ? Buffer.from(source, 'utf8') : source;
    const { imports, problem } = lexImports(bytes, { decoded });
    const file = { path, imports, pipInstalls: [] };
    if (problem)
        file.problem = unparsable(path, problem.message, problem.line, problem.column);
    const hasAvailable = bytes.indexOf(AVAILABLE) >= 0;
    const checks = hasAvailable ? availabilityFunctions(bytes) : [];
    if (checks.length)
        file.availabilityChecks = checks;
    if (hasAvailable || bytes.indexOf(FIND_SPEC) >= 0 || bytes.indexOf(REQUIREMENT_CACHE) >= 0 || bytes.indexOf(IMPORTORSKIP) >= 0) {
        const probes = probesIn(bytes.toString('latin1'));
        if (probes.modules.length || probes.distributions.length)
            file.probes = probes;
    }
    if (bytes.indexOf(SCRIPT_BLOCK) >= 0)
        file.scriptMetadata = true;
    // Only where the module is imported and the call's name is there: no search over most files' bytes, and the text
    // is made once for all three.
    let text;
    const latin1 = () => (text ??= bytes.toString('latin1'));
    if (imports.some((i) => i.module === 'sys') && bytes.indexOf(SYS_PATH) >= 0 && extendsSysPath(latin1()))
        file.extendsPath = true;
    const os = imports.some((i) => i.module === 'os');
    if (imports.some((i) => i.module === 'subprocess') || (os && (bytes.indexOf(OS_SYSTEM) >= 0 || bytes.indexOf(OS_POPEN) >= 0))) {
        const programs = programsRunBy(latin1());
        if (programs.length)
            file.programs = programs;
    }
    if (os && bytes.indexOf(OS_ENVIRON) >= 0) {
        const variables = variablesSetIn(latin1());
        if (variables.length)
            file.variables = variables;
    }
    if (bytes.indexOf(REPORT_TO) >= 0 || bytes.indexOf(LOG_WITH) >= 0) {
        const trackers = namedTrackers(bytes.toString('latin1'));
        if (trackers.length)
            file.trackers = trackers;
    }
    return file;
}
const AVAILABLE = Buffer.from('_available');
const FIND_SPEC = Buffer.from('find_spec');
const REQUIREMENT_CACHE = Buffer.from('RequirementCache');
const IMPORTORSKIP = Buffer.from('importorskip');
const REPORT_TO = Buffer.from('report_to');
const LOG_WITH = Buffer.from('log_with');
const OS_SYSTEM = Buffer.from('os.system');
const OS_POPEN = Buffer.from('os.popen');
const OS_ENVIRON = Buffer.from('os.environ');
const SYS_PATH = Buffer.from('sys.path');
/** PEP 723's opening line (env/script-metadata.ts reads the block). */
const SCRIPT_BLOCK = Buffer.from('# /// script');
/** `def is_megatron_lm_available():` → `megatron_lm`: the modules a file defines availability checks for. */
function availabilityFunctions(bytes) {
    return [...bytes.toString('latin1').matchAll(/^[ \t]*def[ \t]+_?is_(\w+?)_available\b/gm)].map((m) => m[1].toLowerCase());
}
function unparsable(file, message, line, column) {
    return { severity: 'warning', code: 'scan/unparsable', message: `cannot read all imports: ${message}`, file, line, column };
}
/** Calls that look a module up by name (importorskip also imports it), and those that take a distribution's. */
const MODULE_PROBE = /\b(?:find_spec|find_loader|module_available|importorskip)\(\s*(?:name\s*=\s*)?["']([A-Za-z_][\w.]*)["']/g;
const DISTRIBUTION_PROBE = /\b(?:RequirementCache|package_available)\(\s*(?:requirement\s*=\s*)?["']([A-Za-z0-9][A-Za-z0-9._-]*)/g;
/** What a file's text probes by name (ScannedFile.probes): top-level modules, and normalised distribution names. */
function probesIn(text) {
    const modules = new Set([...text.matchAll(MODULE_PROBE)].map((m) => m[1].split('.')[0]));
    // PEP 503 normalisation, as env/pep508's normalizeName: written out so that the scan worker does not load env/.
    const distributions = new Set([...text.matchAll(DISTRIBUTION_PROBE)].map((m) => m[1].replace(/[-_.]+/g, '-').toLowerCase()));
    return { modules: [...modules], distributions: [...distributions] };
}
/** `subprocess.run(["black", "."])`, `check_call([sys.executable, "-m", "pytest"])`: a call and its argument list. */
const ARGV_CALL = /\b(?:(?:subprocess|sp)\.(?:run|call|check_call|check_output|Popen)|check_call|check_output|Popen)\(\s*\[([^\]]{0,500})\]/g;
/** `os.system("ruff check .")`, `subprocess.run("pytest -x", shell=True)`: a call and its command line. */
const SHELL_CALL = /\b(?:os\.(?:system|popen)|(?:subprocess|sp)\.(?:run|call|check_call|check_output|Popen|getoutput|getstatusoutput))\(\s*f?(["'])([^"'\n]{1,500})\1/g;
/**
 * The programs a Python file runs (ScannedFile.programs): the literal command of each subprocess or os.system call,
 * read as invokedPrograms reads a shell line (`sys.executable` stands for python, so `-m pytest` gives pytest).
 * A command built at run time gives nothing: only what is written out counts.
 */
function programsRunBy(text) {
    const found = [];
    for (const m of text.matchAll(ARGV_CALL)) {
        const words = [];
        for (const item of m[1].matchAll(/\s*(?:sys\.executable|f?(["'])([^"'\n]*)\1|([^,]*))\s*(?:,|$)/g)) {
            if (item[0].trim() === '')
                continue;
            if (item[3] !== undefined)
                break; // a name or an expression: the rest of the command is not known here
            words.push(item[2] ?? 'python');
        }
        if (words.length && words.every((w) => /^[\w./:=@+-]*$/.test(w)))
            found.push(...invokedPrograms(words.join(' ')));
    }
    for (const m of text.matchAll(SHELL_CALL))
        found.push(...invokedPrograms(m[2].replace(/\{[^}]*\}/g, '$x')));
    return [...new Set(found)];
}
/** `os.environ["X"] = …`, `os.environ.setdefault("X", …)`, `os.environ.update(X=…)`. */
const SETS_VARIABLE = /\bos\.environ(?:\[\s*["'](\w+)["']\s*\]\s*=(?!=)|\.setdefault\(\s*["'](\w+)["']|\.update\(\s*(\w+)\s*=)/g;
/** The environment variables a Python file sets for itself and what it loads (ScannedFile.variables). */
function variablesSetIn(text) {
    return [...new Set([...text.matchAll(SETS_VARIABLE)].map((m) => m[1] ?? m[2] ?? m[3]))];
}
/** `sys.path.append(…)`, `.insert(…)`, `.extend(…)`, `sys.path += …`, `sys.path = […]`. */
const EXTENDS_SYS_PATH = /\bsys\.path\.(?:append|insert|extend)\(|\bsys\.path\s*(?:\+=|=(?!=))/;
/** Whether code puts folders of its own choosing on the import path (ScannedFile.extendsPath). */
function extendsSysPath(text) {
    return EXTENDS_SYS_PATH.test(text);
}

;// CONCATENATED MODULE: ./shared/scan/notebook.ts
// The imports of a Jupyter notebook: the code cells of nbformat 4 (and 3), each lexed as IPython would run it.
// Lines point into the .ipynb file: a cell's source line maps to the JSON line where that line's text starts.
//
// IPython syntax never reaches the Python lexer: line magics (`%matplotlib inline`), shell escapes (`!ls`), help
// (`obj?`) and `x = !cmd` lines are skipped wherever a logical line starts (not inside strings or brackets), except
// the Python argument of the line forms of PYTHON_CELL_MAGICS (`%time import torch`). A cell
// that starts with a cell magic is scanned only when that magic still runs the cell as Python in this kernel
// (PYTHON_CELL_MAGICS); shell cells (SHELL_CELL_MAGICS) are read for `pip install` lines; any other (`%%writefile`,
// `%%html`, `%%sql`, …) is skipped. `pip install` in shell escapes and `%pip` becomes PipInstallEvidence.
// Notebooks whose kernel is not Python (R, Julia) have no Python imports and yield none.




/** Cell magics whose body IPython runs as Python code: its imports are real. */
const PYTHON_CELL_MAGICS = new Set([
    'capture', 'time', 'timeit', 'prun', 'debug', 'python', 'python3', 'memit', 'mprun',
]);
/** Cell magics whose body is shell script: only read for `pip install`. */
const SHELL_CELL_MAGICS = new Set(['bash', 'sh', 'script', 'system']);
/** Scans notebook JSON text. Malformed JSON or a shape that is no notebook gives a `problem` and no imports. */
function scanNotebook(text, path) {
    const file = { path, imports: [], pipInstalls: [] };
    let doc;
    try {
        doc = parseJsonWithLines(text, path, 'scan/unparsable');
    }
    catch (e) {
        if (!(e instanceof LocatedError))
            throw e;
        file.problem = unparsable(path, `not a notebook: ${e.message}`, e.line, e.column);
        return file;
    }
    const cells = codeCells(doc);
    if (typeof cells === 'string') {
        file.problem = unparsable(path, `not a notebook: ${cells}`);
        return file;
    }
    for (const cell of cells)
        scanCell(cell, file);
    if (file.imports.some((i) => i.module === 'sys') && extendsSysPath(text))
        file.extendsPath = true;
    return file;
}
function record(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : undefined;
}
/** The code cells in order, or why there are none to read. */
function codeCells(doc) {
    const nb = record(doc.value);
    if (!nb)
        return 'the document is not an object';
    const meta = record(nb.metadata);
    const language = record(meta?.kernelspec)?.language ?? record(meta?.language_info)?.name ?? meta?.language;
    if (typeof language === 'string' && !/^python/i.test(language))
        return [];
    let cells;
    let sourceKey;
    if (Array.isArray(nb.cells)) {
        cells = nb.cells;
        sourceKey = 'source';
    }
    else if (Array.isArray(nb.worksheets)) {
        // nbformat 3: cells live in worksheets, their code under `input`.
        cells = nb.worksheets.flatMap((w) => {
            const ws = record(w)?.cells;
            return Array.isArray(ws) ? ws : [];
        });
        sourceKey = 'input';
    }
    else {
        return 'no `cells` array';
    }
    const out = [];
    cells.forEach((value, index) => {
        const cell = record(value);
        if (!cell || cell.cell_type !== 'code')
            return;
        if (typeof cell.language === 'string' && !/^python/i.test(cell.language))
            return;
        const source = cell[sourceKey];
        const line = doc.lineOf(cell, sourceKey) ?? 1;
        if (typeof source === 'string')
            out.push({ index, text: source, lines: sourceLines([source], [line]) });
        else if (Array.isArray(source)) {
            const parts = source.map((s) => (typeof s === 'string' ? s : ''));
            out.push({ index, text: parts.join(''), lines: sourceLines(parts, parts.map((_, k) => doc.lineOf(source, k) ?? line)) });
        }
    });
    return out;
}
/** For source split into JSON strings `parts` starting on JSON lines `at`: the JSON line of each source line. */
function sourceLines(parts, at) {
    const lines = [0];
    let lineStarts = true;
    parts.forEach((part, k) => {
        const jsonLine = at[k];
        if (lineStarts && part !== '')
            lines.push(jsonLine);
        if (part !== '')
            lineStarts = false;
        for (let nl = part.indexOf('\n'); nl >= 0; nl = part.indexOf('\n', nl + 1)) {
            if (nl + 1 < part.length)
                lines.push(jsonLine);
            else
                lineStarts = true;
        }
    });
    if (lines.length === 1)
        lines.push(at[0] ?? 1);
    return lines;
}
function scanCell(cell, file) {
    const jsonLine = (line) => cell.lines[Math.min(line, cell.lines.length - 1)];
    const pip = (command, line) => {
        for (const packages of pipInstallPackages(command)) {
            if (packages.length)
                file.pipInstalls.push({ packages, line: jsonLine(line), cell: cell.index });
        }
    };
    const magic = /^\s*%%(\S+)/.exec(cell.text.replace(/^(\s*\n)+/, ''));
    // `%%writefile [-a] helpers.py`: the notebook makes that module itself.
    const written = magic?.[1] === 'writefile' ? /^\s*%%writefile(?:\s+-a|\s+--append)?\s+(\S+)/.exec(cell.text.replace(/^(\s*\n)+/, '')) : null;
    if (written)
        (file.writes ??= []).push(written[1]);
    if (magic && !PYTHON_CELL_MAGICS.has(magic[1])) {
        if (SHELL_CELL_MAGICS.has(magic[1])) {
            cell.text.split('\n').forEach((text, k) => {
                if (/^\s*%%/.test(text))
                    return;
                pip(text, k + 1);
                const programs = invokedPrograms(text);
                if (programs.length)
                    (file.programs ??= []).push(...programs);
            });
        }
        return;
    }
    const inMagics = [];
    const { imports, problem } = lexImports(Buffer.from(cell.text, 'utf8'), {
        decoded: true,
        onMagicLine(text, line) {
            const joined = text.replace(/\\\r?\n/g, ' ');
            const command = shellOrPip(joined);
            if (command !== null) {
                pip(command, line);
                const protoc = command.search(/\bprotoc\b/);
                if (protoc >= 0)
                    for (const word of command.slice(protoc).split(/\s+/))
                        if (/^[\w./-]+\.proto$/.test(word))
                            (file.writes ??= []).push(word);
                const programs = invokedPrograms(command);
                if (programs.length)
                    (file.programs ??= []).push(...programs);
            }
            // `%time import torch` runs its argument: that import is real.
            const python = /^\s*%(\w+)(.*)$/s.exec(joined);
            if (python && PYTHON_CELL_MAGICS.has(python[1])) {
                for (const found of lexImports(Buffer.from(python[2], 'utf8'), { decoded: true }).imports)
                    inMagics.push({ ...found, line });
            }
        },
    });
    const all = inMagics.length ? [...imports, ...inMagics].sort((a, b) => a.line - b.line) : imports;
    for (const found of all)
        file.imports.push({ ...found, line: jsonLine(found.line), cell: cell.index });
    if (problem && !file.problem) {
        file.problem = unparsable(file.path, `${problem.message} (cell ${cell.index + 1})`, jsonLine(problem.line));
    }
}
/** The shell command of a `!cmd` / `x = !cmd` line, or `pip …` of a `%pip …` line; null for other IPython lines. */
function shellOrPip(line) {
    const m = /^\s*(?:[\w.]+(?:\s*,\s*[\w.]+)*\s*=\s*)?(!!?|%)(.*)$/s.exec(line);
    if (!m)
        return null;
    if (m[1] !== '%')
        return m[2];
    return /^pip\s/.test(m[2]) ? m[2] : null;
}

;// CONCATENATED MODULE: ./shared/scan/scan-file.ts
// Reading and scanning one file, and the claim loop every scanning thread runs (shared/scan/scan-files.ts starts
// the threads; shared/scan/scan-worker.ts is a worker's whole program).




const DEFAULT_LIMITS = { maxFileBytes: 5 * 1024 * 1024, maxNotebookBytes: 64 * 1024 * 1024 };
/** A NUL byte this early means the file is not text. */
const BINARY_PROBE_BYTES = 8192;
/** This thread's read buffer: scans keep nothing of the bytes, so one buffer serves every file. */
let scratch = Buffer.allocUnsafeSlow(1 << 20);
/** The scratch buffer grows to this at most; a larger file (a notebook full of outputs) gets a buffer of its own. */
const MAX_SCRATCH = 8 << 20;
/**
 * The whole file, in `scratch` when it fits (valid until the next call), or its size when that is over `maxBytes`.
 * Open, read, close: readFileSync adds an fstat and a fresh buffer per file, which shows over thousands of files.
 */
function readWhole(abs, maxBytes) {
    const fd = (0,external_node_fs_namespaceObject.openSync)(abs, 'r');
    try {
        let buffer = scratch;
        let size = 0;
        for (;;) {
            if (size > maxBytes)
                return (0,external_node_fs_namespaceObject.fstatSync)(fd).size;
            if (size === buffer.length) {
                const bigger = Buffer.allocUnsafeSlow(buffer.length * 2);
                buffer.copy(bigger, 0, 0, size);
                buffer = bigger;
                if (bigger.length <= MAX_SCRATCH)
                    scratch = bigger;
            }
            const read = (0,external_node_fs_namespaceObject.readSync)(fd, buffer, size, buffer.length - size, null);
            if (read === 0)
                return buffer.subarray(0, size);
            size += read;
        }
    }
    finally {
        (0,external_node_fs_namespaceObject.closeSync)(fd);
    }
}
/** A file passed over, with the reason as a notice. */
function skip(path, reason) {
    return { path, imports: [], pipInstalls: [], skipped: true, problem: { severity: 'notice', code: 'scan/skipped', message: `skipped: ${reason}`, file: path } };
}
/**
 * Reads and scans one file (relative path, `/` separators). A file that cannot be read gives a problem, not a throw;
 * one too large or binary is skipped. The size and binary checks are made on the read that scans, not on a probe
 * before it: a second open and read of every file costs as much as a quarter of the scan.
 */
function scanFile(root, path, limits = DEFAULT_LIMITS) {
    const notebook = path.endsWith('.ipynb');
    const maxBytes = notebook ? limits.maxNotebookBytes : limits.maxFileBytes;
    let bytes;
    try {
        bytes = readWhole((0,external_node_path_namespaceObject.join)(root, path), maxBytes);
    }
    catch (e) {
        const code = e.code ?? String(e);
        return {
            path,
            imports: [],
            pipInstalls: [],
            problem: { severity: 'warning', code: 'scan/unreadable', message: `cannot be read (${code})`, file: path },
        };
    }
    if (typeof bytes === 'number')
        return skip(path, `larger than ${maxBytes} bytes (${bytes})`);
    if (bytes.subarray(0, BINARY_PROBE_BYTES).includes(0))
        return skip(path, 'binary: a NUL byte in the first 8 KiB');
    return notebook ? scanNotebook(bytes.toString('utf8'), path) : scanPythonSource(bytes, path);
}
/** Claims and scans files until none is left, or until the deadline or `limit` files. */
function drain(task, into, deadline = Infinity, limit = Infinity) {
    const next = new Int32Array(task.next);
    for (let n = 0; n < limit && performance.now() < deadline; n++) {
        const k = Atomics.add(next, 0, 1);
        if (k >= task.files.length)
            return true;
        into.indices.push(k);
        into.scanned.push(scanFile(task.root, task.files[k], task.limits));
    }
    return false;
}

;// CONCATENATED MODULE: ./shared/scan/scan-worker.ts
// A scanning worker's whole program: waits for its task, then claims files from the shared counter until none is
// left, posting results as it goes. The build bundles it as a file of its own beside each bundle that scans (webpack's
// `new Worker(new URL(…, import.meta.url))` chunk), so a worker loads the scanner alone, not the action around it.


/** A worker posts its results this many files at a time, so that it never holds (and copies) all of them at once. */
const FILES_PER_MESSAGE = 64;
external_node_worker_threads_namespaceObject.parentPort.once('message', (task) => {
    for (let done = false; !done;) {
        const batch = { indices: [], scanned: [] };
        done = drain(task, batch, Infinity, FILES_PER_MESSAGE);
        external_node_worker_threads_namespaceObject.parentPort.postMessage({ ...batch, done });
    }
    external_node_worker_threads_namespaceObject.parentPort.close();
});

