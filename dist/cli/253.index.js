export const id = 253;
export const ids = [253];
export const modules = {

/***/ 9737:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   importsCommand: () => (/* binding */ importsCommand)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _shared_scan_discover_files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2201);
/* harmony import */ var _shared_scan_scan_files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2828);
/* harmony import */ var _shared_diagnostics_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9530);
/* harmony import */ var _shared_heap_tuning_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1006);
/* harmony import */ var _cli_support_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3735);
// ml-hub imports PATH [--json] [--no-default-excludes]: the imports of one file or of every Python file under a folder.







async function importsCommand(args) {
    (0,_shared_heap_tuning_js__WEBPACK_IMPORTED_MODULE_5__/* .scanningHeap */ .K)();
    const { values, positionals } = (0,_cli_support_js__WEBPACK_IMPORTED_MODULE_6__/* .parseCommandArgs */ .Qx)(args, { json: { type: 'boolean' }, 'no-default-excludes': { type: 'boolean' }, exclude: { type: 'string', multiple: true } }, 'imports');
    const target = positionals[0] ?? '.';
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(target))
        throw new _cli_support_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb(`imports: ${target} does not exist`);
    const isFile = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(target).isFile();
    const root = isFile ? node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(target) : target;
    const files = isFile
        ? [node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(target)]
        : (0,_shared_scan_discover_files_js__WEBPACK_IMPORTED_MODULE_2__/* .discoverFiles */ .Z)(root, { exclude: values.exclude, defaultExcludes: !values['no-default-excludes'] }).then((d) => d.files);
    // Written out as they are scanned, in path order: a library folder's 13,000 files are never all held at once.
    const scanned = (0,_shared_scan_scan_files_js__WEBPACK_IMPORTED_MODULE_3__/* .scanFilesInOrder */ .u0)(root, files);
    const problems = [];
    const noting = async function* () {
        for await (const f of scanned) {
            if (f.problem)
                problems.push(f.problem);
            if (!f.skipped)
                yield f;
        }
    };
    if (values.json) {
        await (0,_cli_support_js__WEBPACK_IMPORTED_MODULE_6__/* .printJsonArray */ .z8)(noting(), (f) => ({
            file: f.path,
            imports: f.imports.map((i) => ({
                module: i.module,
                dotted: i.dotted,
                level: i.level,
                line: i.line,
                ...(i.cell !== undefined ? { cell: i.cell } : {}),
                ...(i.guard ? { guard: i.guard } : {}),
                ...(i.inFunction ? { inFunction: true } : {}),
                ...(i.installHint ? { installHint: true } : {}),
            })),
            modules: [...new Set(f.imports.filter((i) => i.level === 0).map((i) => i.module))].sort(),
            ...(f.pipInstalls.length ? { pipInstalls: f.pipInstalls } : {}),
            ...(f.problem ? { problem: f.problem } : {}),
        }));
    }
    else {
        const out = new _cli_support_js__WEBPACK_IMPORTED_MODULE_6__/* .StdoutWriter */ .TL();
        for await (const f of noting())
            for (const i of f.imports)
                await out.write(`${f.path}:${i.line}\t${i.dotted}\n`);
        await out.flush();
    }
    for (const problem of problems)
        console.error((0,_shared_diagnostics_js__WEBPACK_IMPORTED_MODULE_4__/* .formatDiagnostic */ .x)(problem));
    return _cli_support_js__WEBPACK_IMPORTED_MODULE_6__/* .exitCodes */ .hS.ok;
}


/***/ }),

/***/ 9530:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ LocatedError),
/* harmony export */   x: () => (/* binding */ formatDiagnostic)
/* harmony export */ });
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


/***/ }),

/***/ 1006:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ scanningHeap),
/* harmony export */   M: () => (/* binding */ storeReadingHeap)
/* harmony export */ });
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8877);
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_v8__WEBPACK_IMPORTED_MODULE_0__);
// V8 settings for ml-hub's two heavy workloads, made at run time: an action runs as plain `node index.js` and the
// CLI through its bin, so neither can pass node a flag. Both keep V8's young generation small, which it otherwise
// grows to tens of megabytes (each megabyte of it is resident memory) as soon as many objects outlive a collection.

/**
 * Scanning thousands of files, keeping a little of each (`ml-hub imports`): semi-spaces of at most 4 MB.
 * On the 13,000 files of Python's library folder: peak RSS ~150 MB instead of ~160 MB, the same time.
 */
function scanningHeap() {
    (0,node_v8__WEBPACK_IMPORTED_MODULE_0__.setFlagsFromString)('--max-semi-space-size=4');
}
/**
 * Reading a store of thousands of runs (`ml-hub report`, `ml-hub runs`, publish-metrics): no
 * young-generation growth at all (a maximum set this late is not applied, a growth factor is). 5,000 runs × 4 × 250
 * from SQLite: peak RSS 275 MB instead of 400 MB; `runs --json` on them 190 MB instead of 290 MB; the same time.
 */
function storeReadingHeap() {
    (0,node_v8__WEBPACK_IMPORTED_MODULE_0__.setFlagsFromString)('--semi-space-growth-factor=1');
}


/***/ }),

/***/ 6085:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ parseJsonWithLines)
/* harmony export */ });
/* harmony import */ var _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9530);
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
        throw new _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .LocatedError */ .B(this.code, `invalid JSON: ${message}`, this.file, this.line, at - this.lineStart + 1);
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


/***/ })

};
