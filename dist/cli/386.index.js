export const id = 386;
export const ids = [386];
export const modules = {

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

/***/ 9166:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I0: () => (/* binding */ parseMatchSpec),
/* harmony export */   P$: () => (/* binding */ condaSpecToPep440),
/* harmony export */   PX: () => (/* binding */ MatchSpecError)
/* harmony export */ });
/* unused harmony export condaVersionAdmits */
/* harmony import */ var _renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8898);
/* harmony import */ var _renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(_renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0__);
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

class MatchSpecError extends Error {
    column;
    /** 1-based column in the spec text where the problem is. */
    constructor(message, column) {
        super(message);
        this.column = column;
        this.name = 'MatchSpecError';
    }
}
const POST = Number.POSITIVE_INFINITY;
class CondaVersion {
    normalized;
    release;
    local;
    constructor(
    /** Lower-cased text, dashes turned into underscores as conda does. */
    normalized, release, local) {
        this.normalized = normalized;
        this.release = release;
        this.local = local;
    }
    /** Returns a reason instead of a version when conda would reject the string. */
    static parse(text) {
        let v = text.trim().toLowerCase();
        if (v === '')
            return 'empty version';
        const allowed = /^[*.+!_0-9a-z]+$/;
        if (!allowed.test(v) && v.includes('-') && !v.includes('_'))
            v = v.replace(/-/g, '_');
        if (!allowed.test(v))
            return `invalid character(s) in version '${text.trim()}'`;
        const epochSplit = v.split('!');
        if (epochSplit.length > 2)
            return `duplicated epoch separator '!' in '${v}'`;
        const epoch = epochSplit.length === 2 ? epochSplit[0] : '0';
        if (!/^[0-9]+$/.test(epoch))
            return `epoch must be an integer in '${v}'`;
        const localSplit = epochSplit[epochSplit.length - 1].split('+');
        if (localSplit.length > 2)
            return `duplicated local version separator '+' in '${v}'`;
        const main = localSplit[0];
        if (main === '')
            return `missing version before '+' in '${v}'`;
        // A trailing underscore is part of the last component: openssl's `1.0.1_` sorts before `1.0.1a`.
        const mainPieces = main.endsWith('_') ? main.slice(0, -1).replace(/_/g, '.').split('.') : main.replace(/_/g, '.').split('.');
        if (main.endsWith('_'))
            mainPieces[mainPieces.length - 1] += '_';
        const localPieces = localSplit.length === 2 ? localSplit[1].replace(/_/g, '.').split('.') : [];
        const release = splitComponents([epoch, ...mainPieces]);
        const local = splitComponents(localPieces);
        if (typeof release === 'string')
            return `${release} in '${v}'`;
        if (typeof local === 'string')
            return `${local} in '${v}'`;
        return new CondaVersion(v, release, local);
    }
    compare(other) {
        return compareComponents(this.release, other.release) || compareComponents(this.local, other.local);
    }
    /** Conda's prefix test: equal up to the last element of `prefix`, whose last part may be a string prefix. */
    startsWith(prefix) {
        let mine;
        let theirs;
        if (prefix.local.length > 0) {
            if (compareComponents(this.release, prefix.release) !== 0)
                return false;
            mine = this.local;
            theirs = prefix.local;
        }
        else {
            mine = this.release;
            theirs = prefix.release;
        }
        const last = theirs.length - 1;
        if (compareComponents(mine.slice(0, last), theirs.slice(0, last)) !== 0)
            return false;
        const mineLast = mine[last] ?? [];
        const theirsLast = theirs[last];
        const lastPart = theirsLast.length - 1;
        if (compareComponents([mineLast.slice(0, lastPart)], [theirsLast.slice(0, lastPart)]) !== 0)
            return false;
        const a = mineLast[lastPart] ?? 0n;
        const b = theirsLast[lastPart];
        if (typeof b === 'string')
            return typeof a === 'string' && a.startsWith(b);
        return a === b;
    }
}
function splitComponents(pieces) {
    const out = [];
    for (const piece of pieces) {
        const runs = piece.match(/[0-9]+|\*+|[^0-9*]+/g);
        if (!runs)
            return 'empty version component';
        const parts = runs.map((run) => (/^[0-9]/.test(run) ? BigInt(run) : run === 'post' ? POST : run === 'dev' ? 'DEV' : run));
        // Components start with a number so that numbers and strings stay in phase: `1.1.a1` equals `1.1.0a1`.
        out.push(/^[0-9]/.test(piece) ? parts : [0n, ...parts]);
    }
    return out;
}
function compareParts(a, b) {
    if (a === b)
        return 0;
    if (typeof a === 'string')
        return typeof b === 'string' ? (a < b ? -1 : 1) : -1;
    if (typeof b === 'string')
        return 1;
    if (a === POST)
        return 1;
    if (b === POST)
        return -1;
    return a < b ? -1 : 1;
}
/** Missing components and parts count as 0, so `1.1` equals `1.1.0`. */
function compareComponents(a, b) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
        const x = a[i] ?? [];
        const y = b[i] ?? [];
        for (let j = 0; j < Math.max(x.length, y.length); j++) {
            const c = compareParts(x[j] ?? 0n, y[j] ?? 0n);
            if (c !== 0)
                return c;
        }
    }
    return 0;
}
const maxNesting = 64;
function compileVersionSpec(spec, bare) {
    const tokens = tokenizeVersionSpec(spec);
    let pos = 0;
    const fail = (message) => {
        throw new MatchSpecError(`${message} in version spec '${spec}'`, 1);
    };
    const parseOr = (depth) => {
        if (depth > maxNesting)
            fail('too deeply nested parentheses');
        const items = [parseAnd(depth)];
        while (tokens[pos] === '|') {
            pos++;
            items.push(parseAnd(depth));
        }
        return items.length === 1 ? items[0] : { kind: 'or', items };
    };
    const parseAnd = (depth) => {
        const items = [parseTerm(depth)];
        while (tokens[pos] === ',') {
            pos++;
            items.push(parseTerm(depth));
        }
        return items.length === 1 ? items[0] : { kind: 'and', items };
    };
    const parseTerm = (depth) => {
        const token = tokens[pos];
        if (token === '(') {
            pos++;
            const inner = parseOr(depth + 1);
            if (tokens[pos] !== ')')
                fail("missing ')'");
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
    if (pos < tokens.length)
        fail(`unexpected '${tokens[pos]}'`);
    return tree;
}
function tokenizeVersionSpec(spec) {
    const tokens = [];
    const re = /\s*(\^[^$]*\$|[()|,]|[^()|,]+)/g;
    for (let m = re.exec(spec); m; m = re.exec(spec)) {
        const token = m[1].trim();
        if (token !== '')
            tokens.push(token);
    }
    return tokens;
}
const relation = /^(==|!=|<=|>=|~=|<|>|=)(?![=<>!~])(\S+)$/;
function compileAtom(atom, spec, bare) {
    const fail = (message) => {
        throw new MatchSpecError(`${message} in version spec '${spec}'`, 1);
    };
    const version = (text) => {
        const parsed = CondaVersion.parse(text);
        return typeof parsed === 'string' ? fail(parsed) : parsed;
    };
    if (atom.startsWith('^') || atom.endsWith('$')) {
        if (!atom.startsWith('^') || !atom.endsWith('$'))
            fail(`regular expression '${atom}' must start with '^' and end with '$'`);
        try {
            return { kind: 'pattern', pattern: new RegExp(atom), text: atom };
        }
        catch {
            return fail(`invalid regular expression '${atom}'`);
        }
    }
    if ('=<>!~'.includes(atom[0])) {
        const m = relation.exec(atom);
        if (!m)
            return fail(`invalid operator in '${atom}'`);
        const written = m[1];
        let target = m[2];
        let op = written === '=' ? 'startswith' : written;
        if (target.endsWith('.*')) {
            if (written === '~=')
                fail(`'~=' cannot be combined with '.*' in '${atom}'`);
            target = target.slice(0, -2);
            // Conda ignores `.*` after ordering operators and turns `!=1.9.*` into "does not start with 1.9".
            if (written === '!=')
                op = '!startswith';
        }
        const parsed = version(target);
        if (op === '~=' && !parsed.normalized.includes('.'))
            fail(`'~=' needs at least two version components in '${atom}'`);
        return { kind: 'compare', op, target: parsed, text: target };
    }
    if (atom === '*')
        return { kind: 'any' };
    const stem = atom.replace(/\*+$/, '');
    if (stem.includes('*')) {
        const source = atom.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
        return { kind: 'pattern', pattern: new RegExp(`^(?:${source})$`), text: atom };
    }
    if (atom.endsWith('*')) {
        const prefix = stem.replace(/\.+$/, '');
        return { kind: 'compare', op: 'startswith', target: version(prefix), text: prefix };
    }
    if (atom.includes('@'))
        return { kind: 'literal', text: atom };
    return { kind: 'compare', op: bare === 'exact' ? '==' : 'startswith', target: version(atom), text: atom };
}
/** One spelling per meaning: `1.9.*` for prefix matches, `==1.9` for exact versions. */
function renderVersionSpec(node, insideAnd = false) {
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
            if (node.op === 'startswith')
                return `${node.text}.*`;
            if (node.op === '!startswith')
                return `!=${node.text}.*`;
            return `${node.op}${node.text}`;
    }
}
function admits(node, raw, parsed) {
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
function condaVersionAdmits(versionSpec, version) {
    const node = versionSpec.trim() === '' ? { kind: 'any' } : compileVersionSpec(versionSpec, 'prefix');
    let cached;
    const parsed = () => {
        if (!cached) {
            const v = CondaVersion.parse(version);
            if (typeof v === 'string')
                throw new MatchSpecError(v, 1);
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
function toDisjunction(node) {
    switch (node.kind) {
        case 'or': {
            const out = [];
            for (const item of node.items) {
                const sub = toDisjunction(item);
                if (!sub)
                    return undefined;
                out.push(...sub);
                if (out.length > maxAlternatives)
                    return undefined;
            }
            return out;
        }
        case 'and': {
            let out = [[]];
            for (const item of node.items) {
                const sub = toDisjunction(item);
                if (!sub)
                    return undefined;
                const next = [];
                for (const left of out)
                    for (const right of sub)
                        next.push([...left, ...right]);
                if (next.length > maxAlternatives)
                    return undefined;
                out = next;
            }
            return out;
        }
        default:
            return [[node]];
    }
}
/** The PEP 440 clause of one atom; undefined when PEP 440 cannot say it (regexes, globs, non-PEP 440 versions). */
function pep440Clause(node) {
    if (node.kind !== 'compare')
        return undefined;
    const v = node.text;
    const clause = node.op === 'startswith' ? `==${v}.*` : node.op === '!startswith' ? `!=${v}.*` : `${node.op}${v}`;
    return (0,_renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0__.validRange)(clause) ? clause : undefined;
}
/**
 * The conda version spec as PEP 440 specifier sets, one per `|` alternative (`>=1.8|<1.2` → [`>=1.8`, `<1.2`]).
 * Clauses PEP 440 cannot express are left out, so each set admits at least what conda admits: a conflict found
 * with them is real. `''` means any version. Throws MatchSpecError for a spec conda would reject.
 */
function condaSpecToPep440(versionSpec) {
    if (versionSpec.trim() === '')
        return [''];
    const alternatives = toDisjunction(compileVersionSpec(versionSpec, 'prefix'));
    if (!alternatives)
        return [''];
    const sets = alternatives.map((atoms) => atoms
        .map(pep440Clause)
        .filter((clause) => clause !== undefined)
        .join(','));
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
function parseMatchSpec(text) {
    const columnOf = (piece) => Math.max(text.indexOf(piece), 0) + 1;
    const control = /[\u0000-\u0008\u000a-\u001f\u007f]/.exec(text);
    if (control)
        throw new MatchSpecError('control character in package spec', control.index + 1);
    let spec = text;
    const hash = spec.indexOf('#');
    if (hash !== -1)
        spec = spec.slice(0, hash);
    // Conda ignores a trailing ` if <condition>` (reserved for future use).
    const condition = spec.indexOf(' if ');
    if (condition !== -1)
        spec = spec.slice(0, condition);
    spec = spec.trim();
    if (spec === '')
        throw new MatchSpecError('empty package spec', 1);
    if (spec.endsWith('@'))
        throw new MatchSpecError('feature specs (`name@`) do not name a package', columnOf('@'));
    if (/\.(tar\.bz2|conda)$/.test(spec))
        return parsePackageUrl(spec, columnOf);
    let brackets;
    const open = spec.lastIndexOf('[');
    const close = spec.lastIndexOf(']');
    if (open !== -1 || close !== -1) {
        if (open === -1 || close < open)
            throw new MatchSpecError("unbalanced '[' ']'", columnOf(open === -1 ? ']' : '['));
        brackets = parseBrackets(spec.slice(open + 1, close), columnOf(spec.slice(open)) + 1);
        spec = spec.slice(0, open) + spec.slice(close + 1);
    }
    // Conda drops a legacy `(optional, target=…)` group.
    const parenOpen = spec.lastIndexOf('(');
    const parenClose = spec.lastIndexOf(')');
    if (parenOpen !== -1 && parenClose > parenOpen)
        spec = spec.slice(0, parenOpen) + spec.slice(parenClose + 1);
    let channel;
    let subdir;
    const colons = spec.split(':');
    if (colons.length > 1) {
        const rest = colons.pop();
        const namespace = colons.pop();
        if (namespace !== '')
            throw new MatchSpecError("unexpected ':'; a channel is written 'channel::name'", columnOf(':'));
        ({ channel, subdir } = parseChannel(colons.join(':')));
        spec = rest;
    }
    if (brackets?.has('channel')) {
        const fromBrackets = parseChannel(brackets.get('channel'));
        if (fromBrackets.channel !== undefined)
            channel = fromBrackets.channel;
        if (fromBrackets.subdir !== undefined)
            subdir = fromBrackets.subdir;
    }
    if (brackets?.has('subdir'))
        subdir = brackets.get('subdir');
    spec = spec.trim();
    const nameMatch = /^[^ =<>!~]*/.exec(spec);
    const name = nameMatch[0];
    if (name === '')
        throw new MatchSpecError('no package name', columnOf(spec));
    if (!packageName.test(name))
        throw new MatchSpecError(`invalid package name '${name}'`, columnOf(name));
    const rest = spec.slice(name.length).trim();
    if (rest.includes('['))
        throw new MatchSpecError('more than one bracket section', columnOf('['));
    let version = '';
    let build;
    if (rest !== '') {
        const split = splitVersionAndBuild(rest);
        build = split.build;
        if (build !== undefined && /\s/.test(build))
            throw new MatchSpecError(`unexpected text '${build}'`, columnOf(build));
        version = sanitizeVersion(split.version, build, columnOf(rest));
    }
    if (brackets?.has('version'))
        version = sanitizeVersion(brackets.get('version').replace(/ +/g, ''), undefined, columnOf('version'));
    const bracketBuild = brackets?.get('build') ?? brackets?.get('build_string');
    if (bracketBuild !== undefined)
        build = bracketBuild;
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
function splitVersionAndBuild(rest) {
    for (let i = 1; i < rest.length - 1; i++) {
        if (rest[i] !== ' ' && rest[i] !== '=')
            continue;
        if ('=!|,<>~'.includes(rest[i - 1]))
            continue;
        const build = rest.slice(i + 1);
        if (/[-=,|<>~]/.test(build))
            continue;
        const trimmed = build.trim();
        if (trimmed === '')
            continue;
        return { version: rest.slice(0, i).replace(/ +/g, ''), build: trimmed };
    }
    // Conda removes spaces only; a tab left in a version makes it invalid, as in conda.
    return { version: rest.replace(/ +/g, '') };
}
/** Conda's MatchSpec rewrite of `=`: `=1.9` is `1.9*`, but `=1.9=build` and `==1.9` are exact. */
function sanitizeVersion(version, build, column) {
    if (version === '=' || version === '==')
        throw new MatchSpecError(`missing version after '${version}'`, column);
    if (!version.startsWith('='))
        return version;
    const bare = version.replace(/^=+/, '');
    if (version.startsWith('==') && build === undefined)
        return bare;
    if (!/[=,|]/.test(bare))
        return build === undefined && !bare.endsWith('*') ? `${bare}*` : bare;
    return version;
}
function canonicalVersion(version, column) {
    if (version === '')
        return '';
    try {
        const node = compileVersionSpec(version, 'exact');
        return node.kind === 'any' ? '' : renderVersionSpec(node);
    }
    catch (err) {
        if (err instanceof MatchSpecError)
            throw new MatchSpecError(err.message, column);
        throw err;
    }
}
function parseBrackets(body, column) {
    const out = new Map();
    let i = 0;
    const fail = (message) => {
        throw new MatchSpecError(message, column + i);
    };
    while (i < body.length) {
        if (body[i] === ',' || /\s/.test(body[i])) {
            i++;
            continue;
        }
        const key = /^[A-Za-z0-9_-]+/.exec(body.slice(i))?.[0];
        if (!key)
            fail(`expected key=value in brackets, found '${body.slice(i)}'`);
        if (!bracketKeys.has(key))
            fail(`unknown key '${key}' in brackets`);
        i += key.length;
        if (body[i] !== '=')
            fail(`expected '=' after '${key}' in brackets`);
        i++;
        let value;
        const quote = body[i];
        if (quote === '"' || quote === "'") {
            const end = body.indexOf(quote, i + 1);
            if (end === -1)
                fail(`unclosed ${quote} in brackets`);
            value = body.slice(i + 1, end);
            i = end + 1;
        }
        else {
            value = /^[^,\s'"]*/.exec(body.slice(i))[0];
            i += value.length;
        }
        if (value.trim() === '')
            fail(`empty value for '${key}' in brackets`);
        out.set(key, value.trim());
    }
    return out;
}
function parseChannel(written) {
    let channel = written.trim().replace(/\/+$/, '');
    let subdir;
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
function parsePackageUrl(spec, columnOf) {
    const path = spec.replace(/\\/g, '/');
    const slash = path.lastIndexOf('/');
    const file = path.slice(slash + 1).replace(/\.(tar\.bz2|conda)$/, '');
    const parts = file.split('-');
    if (parts.length < 3)
        throw new MatchSpecError(`package file name '${file}' is not name-version-build`, columnOf(file));
    const build = parts.pop();
    const version = parts.pop();
    const name = parts.join('-');
    if (!packageName.test(name))
        throw new MatchSpecError(`invalid package name '${name}'`, columnOf(name));
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


/***/ }),

/***/ 301:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ parseCondaEnvironment)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _yaml_document_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2729);
/* harmony import */ var _conda_matchspec_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9166);
/* harmony import */ var _packaging_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3884);
/* harmony import */ var _requirements_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4037);
// Conda environment files (environment.yml, MLflow's conda.yaml) into the environment model. Each `dependencies:`
// entry is a MatchSpec, the `pip:` section is a requirements file whose `-r` paths are relative to the environment
// file (conda writes it next to that file before running pip), `python` sets the interpreter, and what
// `conda env export` wrote is marked generated.





/**
 * Parses an environment file. Returns the file itself first, then the requirements files its `pip:` section pulls in
 * with `-r`/`-c`. Never throws: malformed YAML and bad entries become diagnostics at their lines.
 */
function parseCondaEnvironment(file, text, reader, options = {}) {
    const out = new _packaging_file_js__WEBPACK_IMPORTED_MODULE_3__/* .PackagingFileBuilder */ .L(file, 'conda', 'conda');
    const lines = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const doc = (0,_yaml_document_js__WEBPACK_IMPORTED_MODULE_1__/* .parseYamlDocument */ .Iu)(text, { keepSourceTokens: true, lineCounter: lines, prettyErrors: false });
    // An error at end of input (an unclosed bracket) belongs to the last line, not the empty one after the final newline.
    const lastLine = Math.max(lines.lineStarts.length - (text.endsWith('\n') ? 1 : 0), 1);
    const place = (offset) => {
        if (offset === undefined)
            return { line: 1, col: 1 };
        const pos = lines.linePos(Math.min(offset, text.length));
        return { line: Math.min(Math.max(pos.line, 1), lastLine), col: Math.max(pos.col, 1) };
    };
    const lineOf = (node) => place(rangeStart(node)).line;
    if (doc.errors.length > 0) {
        for (const error of doc.errors) {
            const at = place(error.pos[0]);
            out.report('error', 'syntax', firstLine(error.message), at.line, at.col);
        }
        return [out.file];
    }
    const root = doc.contents;
    if (isEmpty(root)) {
        out.report('warning', 'empty', 'the environment file declares nothing', 1);
        return [out.file];
    }
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(root)) {
        out.report('error', 'structure', 'an environment file is a mapping with name, channels and dependencies', lineOf(root));
        return [out.file];
    }
    const found = { entries: [], pipLines: [] };
    let prefix;
    for (const pair of root.items) {
        const key = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.key) ? String(pair.key.value) : undefined;
        const value = pair.value;
        const keyLine = lineOf(pair.key);
        switch (key) {
            case 'name':
                if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(value) && value.value !== null && String(value.value).trim() !== '')
                    out.file.name = String(value.value).trim();
                else
                    out.report('warning', 'structure', '`name:` should be the environment name', keyLine);
                break;
            case 'prefix':
                if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(value) && value.value !== null)
                    prefix = String(value.value);
                break;
            case 'channels':
                readChannels(value, out, lineOf, keyLine);
                break;
            case 'dependencies':
                readDependencies(value, out, place, keyLine, found);
                break;
            default:
                // `variables`, `channel_priority` and other keys conda or its plugins read: not dependencies.
                break;
        }
    }
    const { entries, pipLines, pipSectionLine } = found;
    if (prefix !== undefined)
        out.file.generated = `written by \`conda env export\` (it records the prefix ${prefix})`;
    else if (entries.length > 0 && entries.every((e) => e.build !== undefined && e.version.startsWith('==') && !/[,|]/.test(e.version))) {
        out.file.generated = 'every dependency pins a version and build string, as `conda env export` writes';
    }
    if (pipLines.length > 0 && !entries.some((e) => e.name.toLowerCase() === 'pip')) {
        out.report('warning', 'pip-not-listed', 'the `pip:` section is installed with whichever pip conda finds; list `pip` among the dependencies', pipSectionLine ?? 1);
    }
    return [out.file, ...readPipRequirements(pipLines, out, reader, options)];
}
function readDependencies(value, out, place, keyLine, found) {
    const lineOf = (node) => place(rangeStart(node)).line;
    if (isEmpty(value))
        return;
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(value)) {
        out.report('error', 'structure', '`dependencies:` should be a list', keyLine);
        return;
    }
    for (const item of value.items) {
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(item)) {
            const spec = readEntry(item, out, place);
            if (spec) {
                found.entries.push(spec);
                addDependency(spec, out, lineOf(item));
            }
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(item)) {
            for (const section of item.items) {
                const name = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(section.key) ? String(section.key.value) : '';
                if (name !== 'pip') {
                    out.report('warning', 'entry', `conda installs only a \`pip:\` section, not \`${name}:\``, lineOf(section.key));
                }
                else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(section.value)) {
                    found.pipSectionLine ??= lineOf(section.key);
                    found.pipLines.push(...readPipSection(section.value.items, out, lineOf));
                }
                else if (!isEmpty(section.value)) {
                    out.report('error', 'entry', '`pip:` should be a list of requirements', lineOf(section.key));
                }
            }
        }
        else {
            const message = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(item) ? 'aliases are not package specs' : 'a dependency should be a package spec or a `pip:` section';
            out.report('error', 'entry', message, lineOf(item));
        }
    }
}
function readChannels(value, out, lineOf, keyLine) {
    if (isEmpty(value))
        return;
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(value)) {
        out.file.channels.push(String(value.value).trim());
        out.report('warning', 'structure', '`channels:` should be a list', keyLine);
        return;
    }
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(value)) {
        out.report('error', 'structure', '`channels:` should be a list of channel names', keyLine);
        return;
    }
    for (const item of value.items) {
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(item) && item.value !== null && String(item.value).trim() !== '')
            out.file.channels.push(String(item.value).trim());
        else
            out.report('warning', 'entry', 'a channel should be a name or URL', lineOf(item));
    }
}
/** The entry's MatchSpec, or undefined after reporting why conda would refuse it. */
function readEntry(item, out, place) {
    const at = place(rangeStart(item));
    if (item.value === null) {
        out.report('warning', 'entry', 'empty dependency entry', at.line);
        return undefined;
    }
    try {
        return (0,_conda_matchspec_js__WEBPACK_IMPORTED_MODULE_2__/* .parseMatchSpec */ .I0)(scalarText(item));
    }
    catch (err) {
        if (!(err instanceof _conda_matchspec_js__WEBPACK_IMPORTED_MODULE_2__/* .MatchSpecError */ .PX))
            throw err;
        const quoted = item.type === 'QUOTE_DOUBLE' || item.type === 'QUOTE_SINGLE' ? 1 : 0;
        out.report('error', 'matchspec', `${err.message} in '${scalarText(item)}'`, at.line, at.col + quoted + err.column - 1);
        return undefined;
    }
}
function addDependency(spec, out, line) {
    const normalized = spec.name.toLowerCase();
    if (normalized === 'python') {
        if (out.file.python)
            out.report('warning', 'duplicate-python', `python is already declared on line ${out.file.python.line}`, line);
        else
            out.file.python = { specifier: pythonLine(spec.version), file: out.file.path, line };
        return;
    }
    out.file.dependencies.push({
        name: spec.name,
        normalized,
        ecosystem: 'conda',
        specifier: spec.version,
        extras: [],
        editable: false,
        file: out.file.path,
        line,
        group: 'main',
        ...(spec.channel !== undefined ? { channel: spec.channel } : {}),
        ...(spec.build !== undefined ? { build: spec.build } : {}),
    });
}
/**
 * The model writes a Python version line as a bare version (`python=3.11` → `3.11`, as .python-version does; see
 * env/python-version.ts); other constraints stay in conda's syntax (`==3.11.4`, `>=3.9,<3.12`), which the drift checks
 * translate.
 */
function pythonLine(version) {
    const line = /^([0-9]+(?:\.[0-9]+)*)\.\*$/.exec(version);
    return line ? line[1] : version;
}
function readPipSection(items, out, lineOf) {
    const found = [];
    for (const item of items) {
        const line = lineOf(item);
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(item) || item.value === null) {
            out.report('error', 'entry', 'a `pip:` entry should be one requirement line', line);
            continue;
        }
        const text = scalarText(item);
        // One entry is one requirements line; an embedded newline would smuggle in a second one.
        if (/[\r\n]/.test(text)) {
            out.report('error', 'entry', 'a `pip:` entry should be one requirement line', line);
            continue;
        }
        found.push({ text, line });
    }
    return found;
}
/** Feeds the pip section to the requirements parser as one file whose lines map back to the YAML lines. */
function readPipRequirements(pipLines, out, reader, options) {
    if (pipLines.length === 0)
        return [];
    const text = pipLines.map((l) => l.text).join('\n');
    const lineMap = (physical) => pipLines[Math.min(Math.max(physical, 1), pipLines.length) - 1].line;
    const [own, ...included] = (0,_requirements_js__WEBPACK_IMPORTED_MODULE_4__/* .parseRequirementsText */ .XW)(text, out.file.path, reader, { env: options.env, lineMap });
    if (own) {
        out.file.dependencies.push(...own.dependencies);
        for (const include of own.includes)
            if (!out.file.includes.includes(include))
                out.file.includes.push(include);
        if (own.index)
            out.file.index = own.index;
        out.file.diagnostics.push(...own.diagnostics);
    }
    return included;
}
/** A key with nothing after it (`pip:`), or an empty document. */
function isEmpty(node) {
    return node === null || node === undefined || ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) && node.value === null);
}
function scalarText(node) {
    if (typeof node.value === 'string')
        return node.value;
    return node.source ?? String(node.value);
}
function rangeStart(node) {
    const range = node?.range;
    return range?.[0];
}
function firstLine(message) {
    return message.split('\n')[0].trim();
}


/***/ }),

/***/ 7561:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JN: () => (/* binding */ rootListing),
/* harmony export */   bQ: () => (/* binding */ packagingKindOf),
/* harmony export */   es: () => (/* binding */ findPackagingFiles)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _formats_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1042);
/* harmony import */ var _formats_requirements_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5965);
// Which files of a project are packaging files, by path; files those include (`-r`, `conda_env:`) are followed by the
// parsers themselves, wherever they are.




/** Folders whose packaging files describe something else: test data, templates, vendored code, environments. */
const NOT_THE_PROJECT = /^(fixtures?|__fixtures__|testdata|test_data|test-data|third_party|thirdparty|third-party|vendor|_vendor|vendored|site-packages|node_modules|\.venv|venv|\.tox|\.nox|\.git|build|dist|mlruns|mlartifacts|wandb|lightning_logs|\.ipynb_checkpoints)$|\{\{|\{%/i;
/**
 * The kind of a root-relative path, or undefined when it is not a packaging file we read on our own. Packaging files
 * count at any depth (a sub-project's setup.py, `docs/requirements.txt`, `examples/x/environment.yml`), except under
 * test data, templates and vendored trees. A format's own names come first (`requirements/runtime.txt` is a
 * runtime.txt), then the names tools write (formats/*.ts: `alsoNamed`).
 */
function packagingKindOf(relativePath) {
    const parts = relativePath.split('/');
    const name = parts[parts.length - 1];
    const folders = parts.slice(0, -1);
    if (folders.some((p) => NOT_THE_PROJECT.test(p)))
        return undefined;
    return (_formats_index_js__WEBPACK_IMPORTED_MODULE_2__/* .packagingFormats */ .gj.find((f) => f.names.includes(name)) ?? _formats_index_js__WEBPACK_IMPORTED_MODULE_2__/* .packagingFormats */ .gj.find((f) => f.alsoNamed?.(name, folders)))?.kind;
}
/** Packaging files among the given root-relative paths, in a stable order. */
function findPackagingFiles(paths) {
    const found = [];
    for (const p of paths) {
        const kind = packagingKindOf(p);
        if (kind)
            found.push({ path: p, kind });
    }
    // Constraints files last: when a requirements file names one with `-c`, it is read there, as constraints.
    const rank = (p) => ((0,_formats_requirements_js__WEBPACK_IMPORTED_MODULE_3__/* .isConstraintsFile */ .t)(p) ? 1 : 0);
    return found.sort((a, b) => rank(a.path) - rank(b.path) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
/** The files at the project's root and in its `requirements/` folder, where loadEnvironment looks for the declared
 * environment (root-relative paths). */
function rootListing(root) {
    const listing = [];
    for (const entry of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(root, { withFileTypes: true })) {
        if (entry.isFile())
            listing.push(entry.name);
        else if (entry.isDirectory() && entry.name === 'requirements') {
            for (const inner of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, entry.name), { withFileTypes: true }))
                if (inner.isFile())
                    listing.push(`requirements/${inner.name}`);
        }
    }
    return listing;
}


/***/ }),

/***/ 6483:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LE: () => (/* binding */ workingTreeReader),
/* harmony export */   lc: () => (/* binding */ gitCommitReader)
/* harmony export */ });
/* unused harmony exports insideRoot, firstInvalidUtf8Line */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
// FileReaders over a working tree and over a git commit. Both refuse paths that leave the root.



/** Packaging files are small; anything bigger is not one (and reading it could exhaust memory). */
const maxPackagingFileBytes = 8 * 1024 * 1024;
/** Normalises a root-relative path; undefined when it escapes the root (`../x`, absolute paths). */
function insideRoot(relative) {
    const normal = node_path__WEBPACK_IMPORTED_MODULE_2___default().posix.normalize(relative.replace(/\\/g, '/'));
    if (normal.startsWith('../') || normal === '..' || node_path__WEBPACK_IMPORTED_MODULE_2___default().posix.isAbsolute(normal))
        return undefined;
    return normal.replace(/^\.\//, '');
}
/** The 1-based line of the first byte that is not UTF-8, or undefined when `bytes` is valid UTF-8. */
function firstInvalidUtf8Line(bytes, text = bytes.toString('utf8')) {
    // Decoding replaces each bad sequence with U+FFFD: re-encoded, the text differs from the bytes first there.
    const again = Buffer.from(text, 'utf8');
    if (again.equals(bytes))
        return undefined;
    let at = 0;
    while (at < bytes.length && bytes[at] === again[at])
        at++;
    let line = 1;
    for (let i = 0; i < at; i++)
        if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a))
            line++;
    return line;
}
const mib = (bytes) => `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
function workingTreeReader(root) {
    const realRoot = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync)(root);
    const problems = new Map();
    return {
        read(relative) {
            const inside = insideRoot(relative);
            if (inside === undefined)
                return undefined;
            const full = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(realRoot, inside);
            try {
                const real = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync)(full);
                if (real !== realRoot && !real.startsWith(realRoot + (node_path__WEBPACK_IMPORTED_MODULE_2___default().sep)))
                    return undefined; // a symlink leading out
                const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(real);
                if (!stat.isFile())
                    return undefined;
                if (stat.size > maxPackagingFileBytes) {
                    const message = `${inside} was skipped: it is ${mib(stat.size)}, more than the ${mib(maxPackagingFileBytes)} a packaging file may have`;
                    problems.set(inside, { kind: 'too-large', message });
                    return undefined;
                }
                const bytes = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(real);
                const text = bytes.toString('utf8');
                const line = firstInvalidUtf8Line(bytes, text);
                if (line !== undefined) {
                    const message = `${inside}:${line} is not valid UTF-8 (the first invalid byte is on this line): ml-hub reads it with those bytes replaced and never edits it, so that no byte is lost; save it as UTF-8 to have package-env edit it`;
                    problems.set(inside, { kind: 'not-utf8', message, line });
                }
                else {
                    problems.delete(inside);
                }
                return text;
            }
            catch {
                return undefined;
            }
        },
        problem(relative) {
            const inside = insideRoot(relative);
            if (inside === undefined)
                return undefined;
            if (!problems.has(inside))
                this.read(inside);
            return problems.get(inside);
        },
    };
}
/** Reads files as they were at `commit`; paths are relative to `dir` (the analysed root), as in the working tree. */
function gitCommitReader(dir, commit) {
    return {
        read(relative) {
            const inside = insideRoot(relative);
            if (inside === undefined)
                return undefined;
            try {
                return (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)('git', ['show', `${commit}:./${inside}`], {
                    cwd: dir,
                    encoding: 'utf8',
                    stdio: ['ignore', 'pipe', 'ignore'],
                    maxBuffer: maxPackagingFileBytes,
                });
            }
            catch {
                return undefined;
            }
        },
    };
}


/***/ }),

/***/ 9462:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ condaInstallerTooling),
/* harmony export */   r: () => (/* binding */ condaFormat)
/* harmony export */ });
/* harmony import */ var _conda_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(301);
// conda environment files: environment.yml, MLflow's conda.yaml, and the variants projects keep beside them.

/** Installer tooling that conda files list and pip files never do: not a difference between them. */
const condaInstallerTooling = new Set(['pip', 'setuptools', 'wheel']);
const condaFormat = {
    kind: 'conda',
    // In the order setup-env and package-env look for the project's conda file at the root.
    names: ['environment.yml', 'environment.yaml', 'conda.yaml', 'conda.yml'],
    // `environment-gpu.yml`, `conda-cpu.yaml`; conda-lock's `conda-lock.yml` is a lock in its own format.
    alsoNamed: (name) => /^(environment|conda)[-_.][\w.-]*\.ya?ml$/i.test(name) && !/^conda-lock\./i.test(name),
    depsKind: 'conda',
    parse: (file, text, reader, env) => (0,_conda_js__WEBPACK_IMPORTED_MODULE_0__/* .parseCondaEnvironment */ .M)(file, text, reader, { env }),
    readsIncludes: true,
    pythonPrecedence: 2,
    definesEnvironment: /^(environment|conda)\.ya?ml$/i,
    buildsPackage: false,
    packageEnv: { edits: 'conda', precedence: 5 },
};


/***/ }),

/***/ 1042:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CU: () => (/* binding */ buildsPackage),
  Os: () => (/* binding */ definesEnvironment),
  be: () => (/* binding */ formatOf),
  KZ: () => (/* binding */ isPep751Lock),
  gj: () => (/* binding */ packagingFormats)
});

// UNUSED EXPORTS: venvSources

// EXTERNAL MODULE: ./shared/env/formats/conda.ts
var conda = __webpack_require__(9462);
// EXTERNAL MODULE: ./shared/env/mlproject.ts
var mlproject = __webpack_require__(4576);
;// CONCATENATED MODULE: ./shared/env/formats/mlproject.ts
// MLflow's MLproject: names the project's environment (python_env, conda_env, docker_env), declares no packages itself.

const mlprojectFormat = {
    kind: 'mlproject',
    names: ['MLproject'],
    depsKind: 'mlproject',
    parse: mlproject/* parseMlproject */.G7,
    readsIncludes: false,
    // Its Python is its python_env.yaml's, a file of that format.
    pythonPrecedence: 10,
    definesEnvironment: 'never',
    buildsPackage: false,
};

// EXTERNAL MODULE: ./shared/env/ini-file.ts
var ini_file = __webpack_require__(2991);
// EXTERNAL MODULE: ./shared/env/packaging-file.ts
var packaging_file = __webpack_require__(3884);
// EXTERNAL MODULE: ./shared/env/pep508-dependency.ts
var pep508_dependency = __webpack_require__(2688);
;// CONCATENATED MODULE: ./shared/env/nbdev-settings.ts
// nbdev's settings.ini: an nbdev project keeps its packaging in the `[DEFAULT]` section and its setup.py only reads it
// (`config.read('settings.ini')`). pip installs `requirements` plus `pip_requirements` (`conda_requirements` is for
// conda builds only), `dev_requirements` become the `dev` extra (any other `<x>_requirements`, the `x` extra) and
// `min_python` the `python_requires` lower bound.
// Each value is a whitespace-separated list of PEP 508 requirements, as setup.py's `.split()` reads it.



const requirementKeys = { requirements: 'main', pip_requirements: 'main', dev_requirements: 'dev' };
/** The `[DEFAULT]` section when it is nbdev's (it names the library), else undefined: a settings.ini of something else. */
function nbdevDefaults(ini) {
    const defaults = ini.sections.get('DEFAULT');
    return defaults?.options.has('lib_name') ? defaults : undefined;
}
function nbdevSettings(text) {
    return nbdevDefaults((0,ini_file/* readIni */.$)(text));
}
function parseNbdevSettings(file, text, _reader) {
    const ini = (0,ini_file/* readIni */.$)(text);
    const defaults = nbdevDefaults(ini);
    if (!defaults)
        return []; // not nbdev's: nothing declared here
    const b = new packaging_file/* PackagingFileBuilder */.L(file, 'nbdev', 'nbdev');
    for (const e of ini.errors)
        b.report('error', 'syntax', e.message, e.line);
    const name = defaults.options.get('lib_name').lines[0]?.text;
    if (name && !name.includes('%('))
        b.file.name = name;
    const python = defaults.options.get('min_python');
    const version = python?.lines[0]?.text.trim();
    if (python && version) {
        if (/^\d+(\.\d+)*$/.test(version))
            b.file.python = { specifier: `>=${version}`, file, line: python.line };
        else
            b.report('warning', 'python-requires', `min_python "${version}" is not a Python version`, python.line);
    }
    for (const [key, group] of Object.entries(requirementKeys)) {
        const option = defaults.options.get(key);
        if (option)
            readRequirements(b, option, group);
    }
    // Projects add their own `<extra>_requirements` keys, which their setup.py maps to extras_require (statsforecast's
    // dask_requirements, ray_requirements).
    for (const option of defaults.options.values()) {
        const extra = /^(\w+)_requirements$/.exec(option.key)?.[1];
        if (extra && !Object.hasOwn(requirementKeys, option.key) && extra !== 'conda')
            readRequirements(b, option, extra);
    }
    return [b.file];
}
function readRequirements(b, option, group) {
    for (const { text, line } of option.lines) {
        for (const requirement of text.split(/\s+/))
            if (requirement !== '')
                (0,pep508_dependency/* addPep508Dependency */.Pn)(b, requirement, line, group);
    }
}

;// CONCATENATED MODULE: ./shared/env/formats/nbdev.ts
// nbdev's settings.ini (env/nbdev-settings.ts): the packaging of an nbdev project, which its setup.py reads.

const nbdevFormat = {
    kind: 'nbdev',
    names: ['settings.ini'],
    depsKind: 'nbdev',
    parse: parseNbdevSettings,
    readsIncludes: false,
    pythonPrecedence: 11,
    definesEnvironment: 'always',
    buildsPackage: true,
    packageEnv: { edits: 'manifest', precedence: 6 },
};

// EXTERNAL MODULE: ./shared/diagnostics.ts
var diagnostics = __webpack_require__(9530);
// EXTERNAL MODULE: ./shared/json-with-lines.ts
var json_with_lines = __webpack_require__(6085);
// EXTERNAL MODULE: ./shared/env/path-lines.ts
var path_lines = __webpack_require__(8513);
// EXTERNAL MODULE: ./shared/env/pep508.ts
var pep508 = __webpack_require__(5580);
// EXTERNAL MODULE: ./node_modules/@renovatebot/pep440/index.js
var pep440 = __webpack_require__(8898);
;// CONCATENATED MODULE: ./shared/env/poetry-constraint.ts
// Poetry version constraints (`^1.2`, `~1.2`, `1.2.*`, `>=1 <2`, `^1 || ^3`) in PEP 440 terms.
//
// PEP 440 has no "or". A constraint with `||` keeps each branch in `alternatives`, and `specifier` is the smallest single
// range holding all of them (`^1.2 || ^3.0` → `>=1.2,<4.0`), with `exact: false` since it also admits the versions
// between the branches. Callers use `specifier` as the dependency's constraint and tell the user it was widened.

class PoetryConstraintError extends Error {
    name = 'PoetryConstraintError';
}
const comparison = /^(\^|~=|~|===|==|!=|>=|<=|>|<|=)?\s*(\S+)$/;
const wildcard = /^(\d+(?:\.\d+)*)(?:\.[xX*])+$/;
/** Converts a Poetry constraint; throws PoetryConstraintError when it is not one. */
function poetryToPep440(constraint) {
    const alternatives = constraint.replaceAll('||', '|').split('|').map((branch) => convertBranch(branch.trim(), constraint));
    const distinct = [...new Set(alternatives)];
    if (distinct.length === 1)
        return { alternatives, specifier: distinct[0], exact: true };
    return { alternatives, specifier: hull(alternatives), exact: false };
}
/** The constraint as a marker on the interpreter (Poetry's `python = "^3.8"` on a dependency); undefined = any. */
function poetryPythonMarker(constraint) {
    const branches = poetryToPep440(constraint).alternatives.map((alt) => alt
        .split(',')
        .filter(Boolean)
        .map((clause) => {
        const [, op, version] = /^(~=|===|==|!=|>=|<=|>|<)(.*)$/.exec(clause);
        // python_version is only "X.Y"; finer versions need python_full_version.
        const release = version.replace(/\.\*$/, '').split('.');
        const variable = release.length >= 3 ? 'python_full_version' : 'python_version';
        const value = variable === 'python_version' && release.length === 2 ? version.replace(/\.\*$/, '') : version;
        return `${variable} ${op} "${value}"`;
    })
        .join(' and '));
    if (branches.some((b) => b === ''))
        return undefined;
    return branches.length === 1 ? branches[0] : branches.map((b) => (b.includes(' and ') ? `(${b})` : b)).join(' or ');
}
function convertBranch(branch, whole) {
    if (branch === '' || branch === '*' || branch === 'x' || branch === 'X')
        return '';
    const hyphen = /^(\S+)\s+-\s+(\S+)$/.exec(branch);
    if (hyphen)
        return `>=${exactVersion(hyphen[1], whole)},<=${exactVersion(hyphen[2], whole)}`;
    // Clauses are separated by commas or spaces; a space after an operator belongs to the clause (`>= 1.2`).
    const clauses = branch
        .replace(/(\^|~=|~|===|==|!=|>=|<=|>|<|=)\s+/g, '$1')
        .split(/\s*,\s*|\s+/)
        .filter(Boolean);
    if (clauses.length === 0)
        throw new PoetryConstraintError(`"${whole}" is not a version constraint`);
    const converted = clauses.map((clause) => convertClause(clause, whole)).filter(Boolean);
    return [...new Set(converted.flatMap((c) => c.split(',')))].join(',');
}
function convertClause(clause, whole) {
    const m = comparison.exec(clause);
    if (!m)
        throw new PoetryConstraintError(`"${whole}" is not a version constraint`);
    const op = m[1] ?? '';
    const text = m[2].replace(/^[vV](?=\d)/, '');
    if (text === '*' || text === 'x' || text === 'X') {
        if (op === '' || op === '==' || op === '=' || op === '>=')
            return '';
        throw new PoetryConstraintError(`"${whole}": ${op}${text} is not a version constraint`);
    }
    const star = wildcard.exec(text);
    if (star) {
        if (op === '' || op === '==' || op === '=')
            return `==${star[1]}.*`;
        if (op === '!=')
            return `!=${star[1]}.*`;
        throw new PoetryConstraintError(`"${whole}": a wildcard version can only follow == or !=`);
    }
    if (op === '===')
        return `===${text}`;
    const version = exactVersion(text, whole);
    // PEP 440 admits a local version label (`+cu118`) only in == and != clauses.
    if (version.includes('+') && !['', '=', '==', '!='].includes(op)) {
        throw new PoetryConstraintError(`"${whole}": a local version (${version}) can only follow == or !=`);
    }
    switch (op) {
        case '^':
            return `>=${version},<${nextBreaking(version, 'caret')}`;
        case '~':
            return `>=${version},<${nextBreaking(version, 'tilde')}`;
        case '~=':
            // PEP 440 needs two release segments for ~=; Poetry reads `~=1` as `>=1,<2`.
            return (0,pep440.parse)(version).release.length === 1 ? `>=${version},<${nextBreaking(version, 'tilde')}` : `~=${version}`;
        case '':
        case '=':
            return `==${version}`;
        default:
            return `${op}${version}`;
    }
}
function exactVersion(text, whole) {
    // @renovatebot/pep440's clean() joins the parts of a local label with commas (`0+0-0` → `0+0,0`): PEP 440 uses dots.
    const version = (0,pep440.clean)(text.replace(/^[vV](?=\d)/, ''))?.replace(/\+.*$/, (local) => local.replace(/,/g, '.'));
    if (!version)
        throw new PoetryConstraintError(`"${whole}": "${text}" is not a version`);
    return version;
}
/**
 * Upper bound of `^v` / `~v`, with as many release segments as written: `^1.2.3` → 2.0.0, `^0.2.3` → 0.3.0,
 * `^0.0.3` → 0.0.4, `^0` → 1, `~1.2` → 1.3, `~1` → 2 (Poetry's next_major/next_minor/next_patch).
 */
function nextBreaking(version, kind) {
    const parsed = (0,pep440.parse)(version);
    const release = parsed.release;
    let bump;
    if (kind === 'tilde')
        bump = release.length === 1 ? 0 : 1;
    else if (release[0] > 0 || release.length === 1)
        bump = 0;
    else if (release[1] > 0 || release.length === 2)
        bump = 1;
    else
        bump = 2;
    const upper = release.map((part, i) => (i < bump ? part : i === bump ? part + 1 : 0));
    return `${parsed.epoch ? `${parsed.epoch}!` : ''}${upper.join('.')}`;
}
/** Lower and upper bound of one PEP 440 specifier (undefined = unbounded on that side). */
function bounds(specifier) {
    let lower;
    let upper;
    const tighterLower = (b) => {
        const c = lower ? (0,pep440.compare)(b.version, lower.version) : 1;
        if (c > 0 || (c === 0 && !b.inclusive))
            lower = b;
    };
    const tighterUpper = (b) => {
        const c = upper ? (0,pep440.compare)(b.version, upper.version) : -1;
        if (c < 0 || (c === 0 && !b.inclusive))
            upper = b;
    };
    for (const clause of specifier.split(',').filter(Boolean)) {
        const [, op, version] = /^(~=|===|==|!=|>=|<=|>|<)(.*)$/.exec(clause);
        const v = version;
        if (op === '>=')
            tighterLower({ version: v, inclusive: true });
        else if (op === '>')
            tighterLower({ version: v, inclusive: false });
        else if (op === '<=')
            tighterUpper({ version: v, inclusive: true });
        else if (op === '<')
            tighterUpper({ version: v, inclusive: false });
        else if (op === '==' && v.endsWith('.*')) {
            const prefix = v.slice(0, -2);
            tighterLower({ version: prefix, inclusive: true });
            tighterUpper({ version: bumpLast(prefix.split('.')), inclusive: false });
        }
        else if (op === '==') {
            tighterLower({ version: v, inclusive: true });
            tighterUpper({ version: v, inclusive: true });
        }
        else if (op === '~=') {
            const release = (0,pep440.parse)(v).release;
            tighterLower({ version: v, inclusive: true });
            tighterUpper({ version: bumpLast(release.slice(0, -1).map(String)), inclusive: false });
        }
    }
    return { lower, upper };
}
function bumpLast(parts) {
    return parts.map((p, i) => (i === parts.length - 1 ? String(Number(p) + 1) : p)).join('.');
}
/** Smallest single range holding every alternative. */
function hull(alternatives) {
    const all = alternatives.map(bounds);
    let lower;
    let upper;
    if (all.every((b) => b.lower)) {
        for (const { lower: b } of all) {
            const c = lower ? (0,pep440.compare)(b.version, lower.version) : -1;
            if (c < 0 || (c === 0 && b.inclusive))
                lower = b;
        }
    }
    if (all.every((b) => b.upper)) {
        for (const { upper: b } of all) {
            const c = upper ? (0,pep440.compare)(b.version, upper.version) : 1;
            if (c > 0 || (c === 0 && b.inclusive))
                upper = b;
        }
    }
    const parts = [];
    if (lower)
        parts.push(`${lower.inclusive ? '>=' : '>'}${lower.version}`);
    if (upper)
        parts.push(`${upper.inclusive ? '<=' : '<'}${upper.version}`);
    return parts.join(',');
}

// EXTERNAL MODULE: ./shared/env/toml-document.ts + 1 modules
var toml_document = __webpack_require__(9363);
;// CONCATENATED MODULE: ./shared/env/poetry-dependencies.ts
// Poetry's own tables in pyproject.toml: [tool.poetry.dependencies] (with `python`), dev-dependencies, groups, extras
// and sources. Constraints become PEP 440 (poetry-constraint); table forms become extras, markers and URLs.




const poetry = ['tool', 'poetry'];
function readPoetry(f, options) {
    const b = f.b;
    if (!f.has(poetry))
        return;
    const name = f.string([...poetry, 'name']);
    if (name && !b.file.name)
        b.file.name = name;
    const optional = new Map();
    const main = [...poetry, 'dependencies'];
    for (const key of Object.keys(f.table(main) ?? {})) {
        if (key === 'python') {
            if (!options.projectPython)
                readPython(f, [...main, key]);
        }
        else if (!options.projectDependencies) {
            const declared = readDependency(f, [...main, key], key, 'main');
            if (declared.optional)
                optional.set((0,pep508/* normalizeName */.Pc)(key), { deps: declared.deps, line: f.line([...main, key]) });
            else
                b.addDependencies(declared.deps);
        }
    }
    readTable(f, [...poetry, 'dev-dependencies'], 'dev');
    for (const group of Object.keys(f.table([...poetry, 'group']) ?? {})) {
        if (f.table([...poetry, 'group', group]))
            readTable(f, [...poetry, 'group', group, 'dependencies'], group);
    }
    readExtras(f, optional);
    readSources(f);
}
function readTable(f, path, group) {
    for (const key of Object.keys(f.table(path) ?? {})) {
        if (key === 'python')
            continue;
        f.b.addDependencies(readDependency(f, [...path, key], key, group).deps);
    }
}
function readPython(f, path) {
    const written = f.string(path);
    if (written === undefined)
        return;
    const line = f.line(path);
    const specifier = convert(f, written, 'python', line);
    if (specifier !== undefined)
        f.b.file.python = { specifier, file: f.b.file.path, line };
}
/** PEP 440 form of a constraint; undefined (with an error) when it is not one, with a notice when widened. */
function convert(f, constraint, name, line) {
    try {
        const converted = poetryToPep440(constraint);
        if (!converted.exact) {
            const message = `${name}: PEP 440 has no "or", so "${constraint}" is checked as "${converted.specifier}", ` +
                'which also admits the versions between its alternatives';
            f.b.report('notice', 'or-constraint', message, line);
        }
        return converted.specifier;
    }
    catch (error) {
        if (!(error instanceof PoetryConstraintError))
            throw error;
        f.b.report('error', 'constraint', `${name}: ${error.message}`, line);
        return undefined;
    }
}
/** One dependency entry: a constraint string, a table, or an array of tables (one per environment). */
function readDependency(f, path, name, group) {
    const value = (0,toml_document/* tomlGet */.Fj)(f.doc.data, path);
    if (Array.isArray(value)) {
        const specs = value.map((_, i) => readSpec(f, [...path, i], name, group));
        return { deps: specs.flatMap((s) => s.deps), optional: specs.some((s) => s.optional) };
    }
    return readSpec(f, path, name, group);
}
function readSpec(f, path, name, group) {
    const line = f.line(path);
    const value = (0,toml_document/* tomlGet */.Fj)(f.doc.data, path);
    const none = { deps: [], optional: false };
    if (typeof value === 'string') {
        const specifier = convert(f, value, name, line);
        const dep = specifier === undefined ? undefined : (0,pep508_dependency/* dependencyFromParts */.it)(f.b, { name, specifier }, line, group);
        return { deps: dep ? [dep] : [], optional: false };
    }
    if (!(0,toml_document/* isTable */.bI)(value)) {
        f.b.report('error', 'schema', `${name} must be a version constraint or a table`, line);
        return none;
    }
    const version = f.string([...path, 'version']) ?? '*';
    const specifier = convert(f, version, name, line);
    if (specifier === undefined)
        return none;
    const python = f.string([...path, 'python']);
    let pythonMarker;
    if (python !== undefined) {
        try {
            pythonMarker = poetryPythonMarker(python);
        }
        catch (error) {
            if (!(error instanceof PoetryConstraintError))
                throw error;
            f.b.report('error', 'constraint', `${name}: python ${error.message}`, line);
            return none;
        }
    }
    const platform = f.string([...path, 'platform']);
    const marker = (0,pep508_dependency/* andMarkers */.xO)(f.string([...path, 'markers']), pythonMarker, platform ? `sys_platform == "${platform}"` : undefined);
    const dep = (0,pep508_dependency/* dependencyFromParts */.it)(f.b, {
        name,
        specifier,
        extras: f.strings([...path, 'extras']).map((e) => e.value),
        ...(marker ? { marker } : {}),
        ...urlOf(f, path),
    }, line, group);
    return { deps: dep ? [dep] : [], optional: f.boolean([...path, 'optional']) ?? false };
}
/** `git` (+ branch/tag/rev, subdirectory), `url` or `path` (+ develop) as a direct reference. */
function urlOf(f, path) {
    const git = f.string([...path, 'git']);
    if (git !== undefined) {
        const ref = f.string([...path, 'rev']) ?? f.string([...path, 'tag']) ?? f.string([...path, 'branch']);
        const subdirectory = f.string([...path, 'subdirectory']);
        return { url: `${gitUrl(git)}${ref ? `@${ref}` : ''}${subdirectory ? `#subdirectory=${subdirectory}` : ''}` };
    }
    const url = f.string([...path, 'url']);
    if (url !== undefined)
        return { url };
    const local = f.string([...path, 'path']);
    if (local !== undefined)
        return { url: local, editable: f.boolean([...path, 'develop']) ?? false };
    return {};
}
/** pip's spelling of a git URL: `git+` scheme, and `ssh://` for scp-like `git@host:org/repo.git`. */
function gitUrl(url) {
    if (url.startsWith('git+'))
        return url;
    const scp = /^([\w.-]+@[\w.-]+):(?!\/\/)(.*)$/.exec(url);
    return scp ? `git+ssh://${scp[1]}/${scp[2]}` : `git+${url}`;
}
/** [tool.poetry.extras]: each extra installs the optional dependencies it names. */
function readExtras(f, optional) {
    const path = [...poetry, 'extras'];
    const used = new Set();
    for (const extra of Object.keys(f.table(path) ?? {})) {
        for (const { value, line } of f.strings([...path, extra])) {
            const key = (0,pep508/* normalizeName */.Pc)(value.replace(/\[.*$/, '').trim());
            const declared = optional.get(key);
            if (!declared) {
                const message = `extra "${extra}" names ${value}, which is not an optional dependency`;
                f.b.report('warning', 'unknown-extra-dependency', message, line);
                continue;
            }
            used.add(key);
            f.b.addDependencies(declared.deps.map((d) => ({ ...d, group: extra })));
        }
    }
    for (const [key, { deps, line }] of optional) {
        if (!used.has(key)) {
            const message = `${deps[0]?.name ?? key} is optional but no extra names it, so it is never installed`;
            f.b.report('notice', 'unused-optional', message, line);
        }
    }
}
/** [[tool.poetry.source]]: the first primary (or legacy default) source replaces PyPI; the others add to it. */
function readSources(f) {
    const path = [...poetry, 'source'];
    const sources = f.array(path) ?? [];
    if (sources.length === 0)
        return;
    const index = { extraIndexUrls: [], findLinks: [], noIndex: false, trustedHosts: [] };
    sources.forEach((_, i) => {
        const url = f.string([...path, i, 'url']);
        if (url === undefined)
            return;
        const priority = f.string([...path, i, 'priority']);
        const primary = priority === 'primary' || priority === 'default' || f.boolean([...path, i, 'default']) === true;
        if (primary && index.indexUrl === undefined)
            index.indexUrl = url;
        else
            index.extraIndexUrls.push(url);
    });
    f.b.file.index = index;
}

;// CONCATENATED MODULE: ./shared/env/pipfile.ts
// Pipfile (TOML) and Pipfile.lock (JSON), pipenv's manifest and lock. Pipfile: [packages] (group `main`),
// [dev-packages] (`dev`), other package categories (named after themselves), [requires] python, [[source]] indexes.
// Pipfile.lock: `default`/`develop`/category sections with pinned versions, hashes and markers, at their key's line.







/** Pipfile tables that are not package categories. */
const notCategories = new Set(['source', 'requires', 'pipenv', 'scripts']);
const groupOf = (category, main, dev) => category === main ? 'main' : category === dev ? 'dev' : category;
/** PEP 508 marker variables pipenv accepts as keys of a package table (`sys_platform = "== 'linux'"`). */
const markerKeys = [
    'os_name', 'sys_platform', 'platform_machine', 'platform_python_implementation', 'platform_release', 'platform_system',
    'platform_version', 'python_version', 'python_full_version', 'implementation_name', 'implementation_version',
];
function parsePipfile(file, text, _reader) {
    const b = new packaging_file/* PackagingFileBuilder */.L(file, 'pipfile', 'pipfile');
    let data;
    let lines;
    try {
        ({ data, lines } = (0,toml_document/* readTomlDocument */.Yh)(file, text, 'pipfile'));
    }
    catch (error) {
        if (!(error instanceof diagnostics/* LocatedError */.B))
            throw error;
        b.file.diagnostics.push(error.toDiagnostic());
        return [b.file];
    }
    const entries = new Entries(b, data, lines);
    entries.python(['requires']);
    entries.sources(['source']);
    for (const [category, packages] of Object.entries(data)) {
        if (notCategories.has(category) || !(0,toml_document/* isTable */.bI)(packages))
            continue;
        const group = groupOf(category, 'packages', 'dev-packages');
        for (const name of Object.keys(packages))
            entries.pipfilePackage([category, name], name, group);
    }
    return [b.file];
}
function parsePipfileLock(file, text, _reader) {
    const b = new packaging_file/* PackagingFileBuilder */.L(file, 'pipfile.lock', 'pipfile-lock');
    b.file.generated = 'Pipfile.lock is written by pipenv';
    let value;
    let lines;
    try {
        const doc = (0,json_with_lines/* parseJsonWithLines */.$)(text, file);
        value = doc.value;
        lines = (0,path_lines/* pathLinesOfJson */.ks)(doc);
    }
    catch (error) {
        if (!(error instanceof diagnostics/* LocatedError */.B))
            throw error;
        b.report('error', 'syntax', error.message, error.line ?? 1, error.column);
        return [b.file];
    }
    if (!(0,toml_document/* isTable */.bI)(value)) {
        b.report('error', 'schema', 'Pipfile.lock must hold a JSON object', 1);
        return [b.file];
    }
    const entries = new Entries(b, value, lines);
    entries.python(['_meta', 'requires']);
    entries.sources(['_meta', 'sources']);
    for (const [category, packages] of Object.entries(value)) {
        if (category === '_meta')
            continue;
        if (!(0,toml_document/* isTable */.bI)(packages)) {
            b.report('error', 'schema', `"${category}" must map package names to their locked entries`, lines.nearest([category]));
            continue;
        }
        const group = groupOf(category, 'default', 'develop');
        for (const name of Object.keys(packages))
            entries.lockedPackage([category, name], name, group);
    }
    return [b.file];
}
/** Reads values of either file by path, reporting a wrong type at the value's line. */
class Entries {
    b;
    data;
    lines;
    constructor(b, data, lines) {
        this.b = b;
        this.data = data;
        this.lines = lines;
    }
    get(path) {
        return (0,toml_document/* tomlGet */.Fj)(this.data, path);
    }
    typed(path, check, what) {
        const v = this.get(path);
        if (v === undefined || check(v))
            return v;
        this.b.report('error', 'schema', `${path.join('.')} must be ${what}`, this.lines.nearest(path));
        return undefined;
    }
    string(path) {
        return this.typed(path, (v) => typeof v === 'string', 'a string');
    }
    strings(path) {
        const items = this.typed(path, Array.isArray, 'an array') ?? [];
        return items.flatMap((_, i) => this.string([...path, i]) ?? []);
    }
    /** `python_full_version` if given, else `python_version`. */
    python(table) {
        for (const key of ['python_full_version', 'python_version']) {
            const version = this.string([...table, key]);
            if (version === undefined)
                continue;
            this.b.file.python = { specifier: version.trim(), file: this.b.file.path, line: this.lines.nearest([...table, key]) };
            return;
        }
    }
    /** The first source is the index; the others are extra indexes; `verify_ssl = false` trusts the host. */
    sources(path) {
        const sources = this.typed(path, Array.isArray, 'an array') ?? [];
        if (sources.length === 0)
            return;
        const index = { extraIndexUrls: [], findLinks: [], noIndex: false, trustedHosts: [] };
        sources.forEach((_, i) => {
            const url = this.string([...path, i, 'url']);
            if (url === undefined)
                return;
            if (index.indexUrl === undefined)
                index.indexUrl = url;
            else
                index.extraIndexUrls.push(url);
            if (this.get([...path, i, 'verify_ssl']) === false) {
                const host = hostOf(url);
                if (host && !index.trustedHosts.includes(host))
                    index.trustedHosts.push(host);
            }
        });
        this.b.file.index = index;
    }
    pipfilePackage(path, name, group) {
        const line = this.lines.nearest(path);
        const value = this.get(path);
        if (typeof value === 'string') {
            this.add({ name, specifier: this.version(value, name, line) }, line, group);
            return;
        }
        if (!(0,toml_document/* isTable */.bI)(value)) {
            this.b.report('error', 'schema', `${name} must be a version string or a table`, line);
            return;
        }
        const written = this.string([...path, 'version']);
        const markers = markerKeys.flatMap((key) => {
            const condition = this.string([...path, key]);
            return condition === undefined ? [] : [`${key} ${condition.trim()}`];
        });
        this.add({
            name,
            specifier: written === undefined ? '' : this.version(written, name, line),
            extras: this.strings([...path, 'extras']),
            marker: (0,pep508_dependency/* andMarkers */.xO)(this.string([...path, 'markers']), ...markers),
            ...this.reference(path),
        }, line, group);
    }
    lockedPackage(path, name, group) {
        const line = this.lines.nearest(path);
        if (!(0,toml_document/* isTable */.bI)(this.get(path))) {
            this.b.report('error', 'schema', `${name} must be a table of its locked version, hashes and markers`, line);
            return;
        }
        this.add({
            name,
            specifier: (this.string([...path, 'version']) ?? '').replace(/\s+/g, ''),
            extras: this.strings([...path, 'extras']),
            marker: this.string([...path, 'markers']),
            hashes: this.strings([...path, 'hashes']),
            ...this.reference(path),
        }, line, group);
    }
    /** `git` (+ `ref`, `subdirectory`), `file` or `path`, with `editable`. */
    reference(path) {
        const editable = this.typed([...path, 'editable'], (v) => typeof v === 'boolean', 'true or false') ?? false;
        const git = this.string([...path, 'git']);
        if (git !== undefined) {
            const ref = this.string([...path, 'ref']);
            const subdirectory = this.string([...path, 'subdirectory']);
            return { url: `${gitUrl(git)}${ref ? `@${ref}` : ''}${subdirectory ? `#subdirectory=${subdirectory}` : ''}`, editable };
        }
        const url = this.string([...path, 'file']) ?? this.string([...path, 'path']);
        return url === undefined ? { editable } : { url, editable };
    }
    /** `"*"` is any version; pipenv ignores a version without an operator, so it is any version too, with a warning. */
    version(written, name, line) {
        const v = written.trim();
        if (v === '*' || v === '')
            return '';
        if (/^\d/.test(v)) {
            const message = `${name} = "${v}" has no operator, so pipenv installs any version: write "==${v}"`;
            this.b.report('warning', 'version-without-operator', message, line);
            return '';
        }
        return v.replace(/\s+/g, '');
    }
    add(parts, line, group) {
        const dependency = (0,pep508_dependency/* dependencyFromParts */.it)(this.b, parts, line, group);
        if (dependency)
            this.b.file.dependencies.push(dependency);
    }
}
function hostOf(url) {
    try {
        return new URL(url).host || undefined;
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./shared/env/formats/pipfile-lock.ts
// Pipenv's Pipfile.lock: pins everything installed, declares nothing of its own.

const pipfileLockFormat = {
    kind: 'pipfile.lock',
    names: ['Pipfile.lock'],
    depsKind: 'pipfile-lock',
    parse: parsePipfileLock,
    readsIncludes: false,
    pythonPrecedence: 8,
    definesEnvironment: 'never',
    buildsPackage: false,
    // Before the Pipfile: the lock is what was tested.
    venv: { precedence: 1, paths: ['Pipfile.lock'], install: 'requirement-lines' },
};

;// CONCATENATED MODULE: ./shared/env/formats/pipfile.ts
// Pipenv's Pipfile.

const pipfileFormat = {
    kind: 'pipfile',
    names: ['Pipfile'],
    depsKind: 'pipfile',
    parse: parsePipfile,
    readsIncludes: false,
    pythonPrecedence: 7,
    definesEnvironment: 'always',
    buildsPackage: false,
    venv: { precedence: 2, paths: ['Pipfile'], install: 'requirement-lines' },
    packageEnv: { edits: 'manifest', precedence: 3 },
};

// EXTERNAL MODULE: ./shared/env/toml-fields.ts
var toml_fields = __webpack_require__(6612);
;// CONCATENATED MODULE: ./shared/env/pyproject.ts
// pyproject.toml: [build-system] requires (group `build`), PEP 621 [project] (dependencies, optional-dependencies,
// requires-python, dynamic), PEP 735 [dependency-groups], Poetry's tables (poetry-dependencies) and uv/PDM
// development dependencies. [tool.ml-hub] is this tool's configuration, read elsewhere.








function parsePyproject(file, text, _reader) {
    const b = new packaging_file/* PackagingFileBuilder */.L(file, 'pyproject', 'pyproject');
    let f;
    try {
        f = new toml_fields/* TomlFields */.s(b, (0,toml_document/* readTomlDocument */.Yh)(file, text, 'pyproject'));
    }
    catch (error) {
        if (!(error instanceof diagnostics/* LocatedError */.B))
            throw error;
        b.file.diagnostics.push(error.toDiagnostic());
        return [b.file];
    }
    b.addDependencies(f.requirements(['build-system', 'requires'], 'build'));
    const project = readProject(f);
    readDependencyGroups(f);
    readPoetry(f, project);
    b.addDependencies(f.requirements(['tool', 'uv', 'dev-dependencies'], 'dev'));
    for (const group of Object.keys(f.table(['tool', 'pdm', 'dev-dependencies']) ?? {})) {
        b.addDependencies(f.requirements(['tool', 'pdm', 'dev-dependencies', group], group));
    }
    return [b.file];
}
/** PEP 621 metadata; says which fields it declared, for the Poetry tables that may supplement them. */
function readProject(f) {
    const b = f.b;
    const name = f.string(['project', 'name']);
    if (name)
        b.file.name = name;
    const python = f.string(['project', 'requires-python']);
    if (python !== undefined) {
        const line = f.line(['project', 'requires-python']);
        const specifier = python.replace(/\s+/g, '');
        if (!(0,pep440.validRange)(specifier)) {
            b.report('warning', 'requires-python', `requires-python "${python}" is not a PEP 440 specifier`, line);
        }
        b.file.python = { specifier, file: b.file.path, line };
    }
    const dynamic = f.strings(['project', 'dynamic']);
    for (const field of ['dependencies', 'optional-dependencies']) {
        const listed = dynamic.find((d) => d.value === field);
        if (!listed)
            continue;
        if (f.has(['project', field])) {
            b.report('error', 'schema', `${field} is both declared and listed in dynamic`, f.line(['project', field]));
        }
        else {
            dynamicSources(f, field, listed.line);
        }
    }
    b.addDependencies(f.requirements(['project', 'dependencies'], 'main'));
    for (const extra of Object.keys(f.table(['project', 'optional-dependencies']) ?? {})) {
        b.addDependencies(f.requirements(['project', 'optional-dependencies', extra], extra));
    }
    return { projectDependencies: f.has(['project', 'dependencies']), projectPython: python !== undefined };
}
/**
 * Where dynamic dependencies come from: files named by setuptools (`[tool.setuptools.dynamic]`) or the
 * hatch-requirements-txt hook become includes; Poetry's own tables are read by readPoetry; otherwise a notice.
 */
function dynamicSources(f, field, line) {
    const setuptools = ['tool', 'setuptools', 'dynamic', field];
    const hatch = ['tool', 'hatch', 'metadata', 'hooks', 'requirements_txt'];
    const files = field === 'dependencies'
        ? [...f.stringOrStrings([...setuptools, 'file']), ...f.stringOrStrings([...hatch, 'files'])]
        : [
            ...Object.keys(f.table(setuptools) ?? {}).flatMap((extra) => f.stringOrStrings([...setuptools, extra, 'file'])),
            ...Object.keys(f.table([...hatch, 'optional-dependencies']) ?? {}).flatMap((extra) => f.stringOrStrings([...hatch, 'optional-dependencies', extra])),
        ];
    for (const file of files)
        f.b.include(file.value, file.line);
    const poetry = field === 'dependencies' ? f.has(['tool', 'poetry', 'dependencies']) : f.has(['tool', 'poetry', 'extras']);
    if (files.length === 0 && !poetry) {
        const message = `${field} are dynamic: the build backend computes them, so they are not checked`;
        f.b.report('notice', 'dynamic-dependencies', message, line);
    }
}
/** PEP 735: each group's requirements, with `{include-group = "..."}` replaced by that group's (cycles reported). */
function readDependencyGroups(f) {
    const root = ['dependency-groups'];
    const groups = f.table(root);
    if (!groups)
        return;
    const byNormalized = new Map();
    for (const name of Object.keys(groups)) {
        const normalized = (0,pep508/* normalizeName */.Pc)(name);
        const other = byNormalized.get(normalized);
        if (other === undefined)
            byNormalized.set(normalized, name);
        else {
            const message = `dependency groups "${other}" and "${name}" have the same normalized name`;
            f.b.report('error', 'schema', message, f.line([...root, name]));
        }
    }
    const own = new Map();
    for (const name of Object.keys(groups)) {
        const entries = [];
        (f.array([...root, name]) ?? []).forEach((item, i) => {
            const line = f.line([...root, name, i]);
            if (typeof item === 'string') {
                const dependency = (0,pep508_dependency/* pep508Dependency */.Ce)(f.b, item, line, name);
                if (dependency)
                    entries.push({ dependency });
            }
            else if ((0,toml_document/* isTable */.bI)(item) && typeof item['include-group'] === 'string' && Object.keys(item).length === 1) {
                entries.push({ include: item['include-group'], line });
            }
            else {
                const message = `dependency group "${name}" may hold requirement strings and {include-group = "..."} only`;
                f.b.report('error', 'schema', message, line);
            }
        });
        own.set(name, entries);
    }
    const resolved = new Map();
    const resolve = (name, chain) => {
        const done = resolved.get(name);
        if (done)
            return done;
        const deps = [];
        for (const entry of own.get(name) ?? []) {
            if ('dependency' in entry) {
                deps.push(entry.dependency);
                continue;
            }
            const target = byNormalized.get((0,pep508/* normalizeName */.Pc)(entry.include));
            if (target === undefined) {
                const message = `dependency group "${name}" includes "${entry.include}", which does not exist`;
                f.b.report('error', 'unknown-dependency-group', message, entry.line);
            }
            else if (target === name || chain.includes(target)) {
                const cycle = [...chain.slice(chain.indexOf(target)), name, target].join(' → ');
                f.b.report('error', 'dependency-group-cycle', `dependency groups include each other: ${cycle}`, entry.line);
            }
            else {
                for (const d of resolve(target, [...chain, name]))
                    deps.push(d);
            }
        }
        resolved.set(name, deps);
        return deps;
    };
    for (const name of Object.keys(groups)) {
        f.b.addDependencies(resolve(name, []).map((d) => (d.group === name ? d : { ...d, group: name })));
    }
}

;// CONCATENATED MODULE: ./shared/env/formats/pyproject.ts
// pyproject.toml: PEP 621 `[project]`, PEP 735 dependency groups, Poetry.

const pyprojectFormat = {
    kind: 'pyproject',
    names: ['pyproject.toml'],
    depsKind: 'pyproject',
    parse: parsePyproject,
    readsIncludes: false,
    pythonPrecedence: 4,
    definesEnvironment: 'always',
    buildsPackage: true,
    venv: { precedence: 3, paths: ['pyproject.toml'], install: 'requirement-lines' },
    packageEnv: { edits: 'manifest', precedence: 0 },
};

;// CONCATENATED MODULE: ./shared/env/formats/python-env.ts
// MLflow's python_env.yaml: an interpreter version and pip requirements.

const pythonEnvFormat = {
    kind: 'python-env',
    names: ['python_env.yaml', 'python_env.yml'],
    depsKind: 'python-env',
    parse: mlproject/* parsePythonEnv */.Tz,
    readsIncludes: false,
    pythonPrecedence: 3,
    definesEnvironment: 'always',
    buildsPackage: false,
    // Wherever it is: an MLproject may name one in a subfolder.
    venv: { precedence: 6, install: 'requirement-lines' },
};

// EXTERNAL MODULE: ./shared/text/lines.ts
var text_lines = __webpack_require__(6107);
;// CONCATENATED MODULE: ./shared/env/python-version-files.ts
// Files that only name the interpreter: runtime.txt (Heroku and friends: `python-3.11.4`) and .python-version (pyenv,
// uv: one version per line, the first usable one wins; `system` and other implementations such as PyPy are skipped).


const version = /^\d+(?:\.\d+){0,2}(?:(?:a|b|rc)\d+)?$/;
/** pyenv names of interpreters that are not CPython, and `system`: nothing to compare with CPython versions. */
const otherInterpreters = new RegExp('^(system|pypy|graalpy|jython|ironpython|stackless|micropython|pyston|cinder|activepython|anaconda|miniconda|' +
    'miniforge|mambaforge|nogil)', 'i');
function parseRuntimeTxt(file, text, _reader) {
    const b = new packaging_file/* PackagingFileBuilder */.L(file, 'runtime.txt', 'runtime-txt');
    const lines = (0,text_lines/* splitLines */.uz)(text);
    const n = lines.findIndex((l) => l.trim() !== '');
    if (n === -1) {
        b.report('warning', 'syntax', 'runtime.txt is empty; it should name the interpreter, like python-3.11.4', 1);
        return [b.file];
    }
    const written = lines[n].trim();
    const m = /^python-(.+)$/.exec(written);
    if (m && version.test(m[1]))
        b.file.python = { specifier: m[1], file, line: n + 1 };
    else
        b.report('warning', 'syntax', `"${written}" is not a Python runtime like python-3.11.4`, n + 1);
    return [b.file];
}
function parsePythonVersionFile(file, text, _reader) {
    const b = new packaging_file/* PackagingFileBuilder */.L(file, 'python-version', 'python-version');
    const lines = (0,text_lines/* splitLines */.uz)(text);
    for (const [n, raw] of lines.entries()) {
        // pyenv reads the words of each line; `#` starts a comment.
        for (const word of raw.replace(/#.*/, '').trim().split(/\s+/).filter(Boolean)) {
            if (otherInterpreters.test(word))
                continue;
            const cpython = /^(?:cpython[-@]?|python)?(.+?)(?:t|-dev)?$/i.exec(word)[1];
            if (version.test(cpython)) {
                b.file.python = { specifier: cpython, file, line: n + 1 };
                return [b.file];
            }
            b.report('notice', 'unknown-version', `"${word}" is not a CPython version this tool can compare; it is skipped`, n + 1);
        }
    }
    return [b.file];
}

;// CONCATENATED MODULE: ./shared/env/formats/python-version.ts
// .python-version (pyenv, uv): the interpreter version only, the most specific statement of it.

const pythonVersionFormat = {
    kind: 'python-version',
    names: ['.python-version'],
    parse: parsePythonVersionFile,
    readsIncludes: false,
    pythonPrecedence: 0,
    definesEnvironment: 'never',
    buildsPackage: false,
};

// EXTERNAL MODULE: ./shared/env/formats/requirements.ts
var requirements = __webpack_require__(5965);
;// CONCATENATED MODULE: ./shared/env/formats/runtime-txt.ts
// runtime.txt (Heroku, Binder): the interpreter version only.

const runtimeTxtFormat = {
    kind: 'runtime.txt',
    names: ['runtime.txt'],
    parse: parseRuntimeTxt,
    readsIncludes: false,
    pythonPrecedence: 1,
    definesEnvironment: 'never',
    buildsPackage: false,
};

// EXTERNAL MODULE: ./shared/env/script-metadata.ts
var script_metadata = __webpack_require__(3321);
;// CONCATENATED MODULE: ./shared/env/formats/script.ts
// PEP 723 inline script metadata (`# /// script` … `# ///`): one script's own requirements, as `uv run` reads them.
// Found by the scanner in any .py file, not by name; it declares for that file only, so it defines no environment,
// and package-env and setup-env leave it to the tools that run the script.

const scriptFormat = {
    kind: 'script',
    names: [],
    inSource: true,
    parse: script_metadata/* parseScriptMetadata */.a,
    readsIncludes: false,
    // Its requires-python is the script's, never the project's.
    pythonPrecedence: 99,
    definesEnvironment: 'never',
    buildsPackage: false,
};

;// CONCATENATED MODULE: ./shared/env/setuptools-lines.ts
// How setuptools turns requirement strings (install_requires in setup.py or setup.cfg) into requirements: blank lines
// and `#` lines skipped, ` #` comments dropped, a trailing `\` joining the next line (jaraco.text's yield_lines,
// drop_comment and join_continuation, in that order).

/** The lines of a string whose first line is file line `firstLine`. */
function stringLines(value, firstLine) {
    return (0,text_lines/* splitLines */.uz)(value).map((text, n) => ({ text, line: firstLine + n }));
}
function setuptoolsRequirements(lines) {
    const kept = lines
        .map((l) => ({ text: l.text.trim(), line: l.line }))
        .filter((l) => l.text !== '' && !l.text.startsWith('#'))
        .map((l) => ({ text: l.text.split(' #')[0], line: l.line }));
    const joined = [];
    for (let n = 0; n < kept.length; n++) {
        const first = kept[n];
        let text = first.text;
        while (text.endsWith('\\')) {
            const next = kept[++n];
            // A dangling `\` on the last line drops the requirement, as setuptools does.
            if (next === undefined)
                return joined;
            text = text.slice(0, -2).trim() + next.text;
        }
        joined.push({ text: text.trim(), line: first.line });
    }
    return joined;
}

;// CONCATENATED MODULE: ./shared/env/setup-cfg.ts
// setup.cfg, read as setuptools does: [metadata] name, [options] install_requires / setup_requires / tests_require /
// python_requires, [options.extras_require]. A requirement list is one requirement per line when the value spans
// lines, otherwise split at `;` (which is why a marker on a one-line value is a mistake), or `file: a.txt, b.txt`.





const requirementOptions = { install_requires: 'main', setup_requires: 'build', tests_require: 'test' };
const markerVariables = [
    'python_version', 'python_full_version', 'os_name', 'sys_platform', 'platform_release', 'platform_system',
    'platform_version', 'platform_machine', 'platform_python_implementation', 'implementation_name',
    'implementation_version', 'extra',
];
const markerStart = new RegExp(`^(${markerVariables.join('|')})\\s*(==|!=|<=|>=|<|>|~=|===|not\\s+in|in)`);
/** An option by setuptools' name; `install-requires` is the deprecated spelling of `install_requires`. */
function get(section, key) {
    if (!section)
        return undefined;
    for (const o of section.options.values())
        if (o.key.replace(/-/g, '_') === key)
            return o;
    return undefined;
}
function parseSetupCfg(file, text, _reader) {
    const b = new packaging_file/* PackagingFileBuilder */.L(file, 'setup.cfg', 'setup-cfg');
    const ini = (0,ini_file/* readIni */.$)(text);
    for (const e of ini.errors)
        b.report('error', 'syntax', e.message, e.line);
    const options = ini.sections.get('options');
    const name = get(ini.sections.get('metadata'), 'name');
    if (name?.lines[0]?.text)
        b.file.name = name.lines[0].text;
    const python = get(options, 'python_requires');
    if (python) {
        const written = python.lines.map((l) => l.text).join('');
        const specifier = written.replace(/\s+/g, '');
        if (!(0,pep440.validRange)(specifier)) {
            b.report('warning', 'python-requires', `python_requires "${written}" is not a PEP 440 specifier`, python.line);
        }
        b.file.python = { specifier, file, line: python.line };
    }
    for (const [key, group] of Object.entries(requirementOptions)) {
        const o = get(options, key);
        if (o)
            setup_cfg_readRequirements(b, o, group);
    }
    for (const o of ini.sections.get('options.extras_require')?.options.values() ?? [])
        setup_cfg_readRequirements(b, o, o.key);
    return [b.file];
}
function setup_cfg_readRequirements(b, o, group) {
    const lines = o.lines.length > 1 ? o.lines : splitOneLine(b, o);
    const first = lines.find((l) => l.text.trim() !== '');
    if (first?.text.trim().startsWith('file:')) {
        const files = lines.map((l) => l.text).join(',').trim().slice('file:'.length);
        for (const f of files.split(','))
            if (f.trim())
                b.include(f.trim(), first.line);
        return;
    }
    for (const req of setuptoolsRequirements(lines))
        (0,pep508_dependency/* addPep508Dependency */.Pn)(b, req.text, req.line, group);
}
/** A one-line value is split at `;`; a part that is a marker was meant for the requirement before it. */
function splitOneLine(b, o) {
    const only = o.lines[0];
    if (only.text.trim().startsWith('file:'))
        return [only];
    const parts = only.text.split(';').map((text) => ({ text, line: only.line }));
    return parts.filter((part, n) => {
        if (n === 0 || !markerStart.test(part.text.trim()))
            return true;
        const message = `setuptools splits a one-line ${o.key} at ";", so "${part.text.trim()}" is read as a requirement, ` +
            'not as a marker: put each requirement on its own line';
        b.report('warning', 'marker-on-one-line', message, only.line);
        return false;
    });
}

;// CONCATENATED MODULE: ./shared/env/formats/setup-cfg.ts
// setup.cfg: setuptools' declarative `[options]`.

const setupCfgFormat = {
    kind: 'setup.cfg',
    names: ['setup.cfg'],
    depsKind: 'setup-cfg',
    parse: parseSetupCfg,
    readsIncludes: false,
    pythonPrecedence: 6,
    definesEnvironment: 'always',
    buildsPackage: true,
    venv: { precedence: 4, paths: ['setup.cfg'], install: 'requirement-lines' },
    packageEnv: { edits: 'manifest', precedence: 1 },
};

;// CONCATENATED MODULE: ./shared/env/python-tokens.ts
// Enough of Python's tokenizer to read setup.py without running it: names, numbers, strings (decoded when they are
// plain text), operators, grouped into logical lines (brackets and `\` join physical lines) and then statements.
/** A string left open or a character that cannot start a token; carries the line. */
class PythonTokenError extends Error {
    line;
    name = 'PythonTokenError';
    constructor(message, line) {
        super(message);
        this.line = line;
    }
}
const operators = [
    '**=', '//=', '>>=', '<<=', '...', '!=', '==', '<=', '>=', '->', ':=', '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=',
    '@=', '**', '//', '<<', '>>',
];
const identifier = /[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*/uy;
const stringStart = /([rRbBuUfFtT]{0,2})('''|"""|'|")/y;
const prefixChars = 'rRbBuUfFtT';
const number = /(?:\d[\dA-Za-z_]*(?:\.[\dA-Za-z_]*)?|\.\d[\dA-Za-z_]*)(?:(?<=[eE])[+-][\dA-Za-z_]*)?/y;
const compoundKeywords = new Set([
    'if', 'elif', 'else', 'for', 'while', 'with', 'try', 'except', 'finally', 'def', 'class', 'async',
]);
/** Tokenizes `text` into logical lines; throws PythonTokenError for an unterminated string. */
function tokenizePython(text) {
    const s = text;
    const lines = [];
    let current = [];
    let indent = 0;
    let line = 1;
    let depth = 0;
    let atLineStart = true;
    let i = 0;
    const endLogicalLine = () => {
        if (current.length)
            lines.push({ indent, line: current[0].line, tokens: current });
        current = [];
        atLineStart = true;
    };
    const newlineLength = (at) => (s[at] === '\r' ? (s[at + 1] === '\n' ? 2 : 1) : s[at] === '\n' ? 1 : 0);
    while (i < s.length) {
        if (atLineStart && depth === 0) {
            let width = 0;
            while (s[i] === ' ' || s[i] === '\t' || s[i] === '\f') {
                width = s[i] === '\t' ? (Math.floor(width / 8) + 1) * 8 : s[i] === ' ' ? width + 1 : 0;
                i++;
            }
            indent = width;
            atLineStart = false;
            if (i >= s.length)
                break;
        }
        const c = s[i];
        const nl = newlineLength(i);
        if (nl) {
            i += nl;
            line++;
            if (depth === 0)
                endLogicalLine();
            continue;
        }
        if (c === ' ' || c === '\t' || c === '\f') {
            i++;
            continue;
        }
        if (c === '#') {
            while (i < s.length && !newlineLength(i))
                i++;
            continue;
        }
        if (c === '\\' && newlineLength(i + 1)) {
            i += 1 + newlineLength(i + 1);
            line++;
            continue;
        }
        // Dispatch on the first character: most tokens are punctuation, and the regexes are the slow path.
        let str = null;
        if (c === '"' || c === "'" || prefixChars.includes(c)) {
            stringStart.lastIndex = i;
            str = stringStart.exec(s);
        }
        if (str && /^(?:[rRuU]?|[bBfFtT][rR]?|[rR][bBfFtT])$/.test(str[1])) {
            const token = readString(s, i, str[1], str[2], line);
            current.push(token.token);
            line += token.newlines;
            i = token.end;
            continue;
        }
        identifier.lastIndex = i;
        const name = /[A-Za-z_]/.test(c) || c > '\x7f' ? identifier.exec(s) : null;
        if (name) {
            current.push({ kind: 'name', text: name[0], line });
            i += name[0].length;
            continue;
        }
        number.lastIndex = i;
        const num = (c >= '0' && c <= '9') || c === '.' ? number.exec(s) : null;
        if (num) {
            current.push({ kind: 'number', text: num[0], line });
            i += num[0].length;
            continue;
        }
        const op = '()[]{},;'.includes(c) ? c : (operators.find((o) => s.startsWith(o, i)) ?? String.fromCodePoint(s.codePointAt(i)));
        if ('([{'.includes(op))
            depth++;
        else if (')]}'.includes(op))
            depth = Math.max(0, depth - 1);
        current.push({ kind: 'op', text: op, line });
        i += op.length;
    }
    endLogicalLine();
    return lines;
}
function readString(s, start, prefix, quote, line) {
    const lower = prefix.toLowerCase();
    const raw = lower.includes('r');
    const formatted = lower.includes('f') || lower.includes('t');
    const triple = quote.length === 3;
    const bodyStart = start + prefix.length + quote.length;
    let i = bodyStart;
    let newlines = 0;
    let fields = false;
    for (;;) {
        if (i >= s.length)
            throw new PythonTokenError('unterminated string', line);
        if (s.startsWith(quote, i))
            break;
        const c = s[i];
        if (c === '\\') {
            if (s[i + 1] === '\r' && s[i + 2] === '\n')
                i++;
            if (s[i + 1] === '\n' || s[i + 1] === '\r')
                newlines++;
            i += 2;
            continue;
        }
        if (c === '\n' || c === '\r') {
            if (!triple)
                throw new PythonTokenError('unterminated string', line);
            if (!(c === '\r' && s[i + 1] === '\n'))
                newlines++;
            i++;
            continue;
        }
        if (formatted && c === '{') {
            if (s[i + 1] === '{') {
                i += 2;
                continue;
            }
            fields = true;
            const end = skipField(s, i, line);
            newlines += countNewlines(s.slice(i, end));
            i = end;
            continue;
        }
        i++;
    }
    const body = s.slice(bodyStart, i);
    const end = i + quote.length;
    const text = s.slice(start, end);
    let value;
    if (!lower.includes('b') && !fields) {
        const plain = formatted ? body.replace(/\{\{/g, '{').replace(/\}\}/g, '}') : body;
        value = raw ? plain.replace(/\r\n?/g, '\n') : decodeEscapes(plain);
    }
    return { token: { kind: 'string', text, line, ...(value !== undefined ? { value } : {}) }, end, newlines };
}
/** Skips an f-string replacement field `{...}` (nested brackets and strings included); returns the offset after it. */
function skipField(s, start, line) {
    let depth = 0;
    let i = start;
    while (i < s.length) {
        const c = s[i];
        if (c === '{' || c === '[' || c === '(')
            depth++;
        else if (c === '}' || c === ']' || c === ')') {
            depth--;
            if (depth === 0)
                return i + 1;
        }
        else if (c === '"' || c === "'") {
            const q = s.startsWith(c.repeat(3), i) ? c.repeat(3) : c;
            const close = s.indexOf(q, i + q.length);
            if (close === -1)
                break;
            i = close + q.length;
            continue;
        }
        i++;
    }
    throw new PythonTokenError('unterminated f-string replacement field', line);
}
function countNewlines(text) {
    return (text.match(/\r\n|\r|\n/g) ?? []).length;
}
const escapes = {
    '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
};
function decodeEscapes(body) {
    return body
        .replace(/\r\n?/g, '\n')
        .replace(/\\(\n|[0-7]{1,3}|x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|.)/gs, (whole, esc) => {
        if (esc === '\n')
            return '';
        if (/^[0-7]/.test(esc))
            return String.fromCharCode(Number.parseInt(esc, 8));
        if (esc.length > 1) {
            const code = Number.parseInt(esc.slice(1), 16);
            return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
        }
        return escapes[esc] ?? whole;
    });
}
/** Splits logical lines into statements: `;` separates them, and a compound header's `:` ends the header. */
function splitStatements(lines) {
    const statements = [];
    const simple = (tokens, indent) => {
        for (const part of splitTopLevel(tokens, ';')) {
            if (part.length)
                statements.push({ indent, line: part[0].line, tokens: part });
        }
    };
    for (const { indent, tokens } of lines) {
        const keyword = tokens[0]?.kind === 'name' && compoundKeywords.has(tokens[0].text) ? tokens[0].text : undefined;
        const colon = keyword ? headerColon(tokens) : -1;
        if (keyword === undefined || colon === -1) {
            simple(tokens, indent);
            continue;
        }
        statements.push({ indent, line: tokens[0].line, tokens: tokens.slice(0, colon), compound: keyword });
        simple(tokens.slice(colon + 1), indent + 0.5);
    }
    return statements;
}
/** Index of the `:` ending a compound header, skipping those of lambdas, slices and dicts. */
function headerColon(tokens) {
    let depth = 0;
    let lambdas = 0;
    for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i];
        depth = Math.max(0, depth + bracket(t));
        if (depth === 0 && t.kind === 'name' && t.text === 'lambda')
            lambdas++;
        else if (depth === 0 && t.kind === 'op' && t.text === ':') {
            if (lambdas === 0)
                return i;
            lambdas--;
        }
    }
    return -1;
}
/** +1 for an opening bracket, -1 for a closing one, 0 for any other token. */
function bracket(t) {
    if (t.kind !== 'op' || t.text.length !== 1)
        return 0;
    const c = t.text;
    return c === '(' || c === '[' || c === '{' ? 1 : c === ')' || c === ']' || c === '}' ? -1 : 0;
}
/** Splits tokens at `separator` operators outside brackets. */
function splitTopLevel(tokens, separator) {
    const parts = [];
    let depth = 0;
    let start = 0;
    for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i];
        depth = Math.max(0, depth + bracket(t));
        if (depth === 0 && t.kind === 'op' && t.text === separator) {
            parts.push(tokens.slice(start, i));
            start = i + 1;
        }
    }
    parts.push(start === 0 ? tokens : tokens.slice(start));
    return parts;
}
/** Index of the bracket closing the one at `open`, or -1. */
function matchingBracket(tokens, open) {
    let depth = 0;
    for (let i = open; i < tokens.length; i++) {
        depth += bracket(tokens[i]);
        if (depth === 0)
            return i;
    }
    return -1;
}

;// CONCATENATED MODULE: ./shared/env/python-literals.ts
// Static values of Python expressions in setup.py: string, list, tuple and dict displays of literals, names bound to
// them, `+` of such values. Anything else is opaque; an opaque value remembers which requirements files the
// expression mentions (`open('requirements.txt')`, `Path(here) / 'requirements.txt'`), the usual reason it is one.

/** Names bound so far, and helper functions with the requirements files their bodies mention. */
class PyScope {
    names = new Map();
    functions = new Map();
    /** Helpers that look names up in a requirement table: `def deps_list(*pkgs): return [deps[p] for p in pkgs]`. */
    lookups = new Map();
}
const requirementsFile = /\.(txt|in)$/i;
const isOp = (t, text) => t?.kind === 'op' && t.text === text;
/**
 * Requirement lists nest a few levels (a dict of lists of tuples); deeper displays are read as opaque, which keeps
 * the recursion short and the work linear in the file.
 */
const maxNesting = 16;
let nesting = 0;
/** The value of an expression's tokens. */
function evaluate(tokens, scope) {
    const line = tokens[0]?.line ?? 1;
    if (tokens.length === 0)
        return { kind: 'opaque', line, files: [] };
    if (nesting >= maxNesting)
        return opaque(tokens, scope);
    nesting++;
    try {
        const operands = splitTopLevel(tokens, '+');
        if (operands.length > 1) {
            if (operands.some((o) => o.length === 0))
                return opaque(tokens, scope);
            return operands.map((o) => evaluate(o, scope)).reduce((a, b) => add(a, b, tokens, scope));
        }
        return atom(tokens, scope) ?? opaque(tokens, scope);
    }
    finally {
        nesting--;
    }
}
function add(a, b, tokens, scope) {
    if (a.kind === 'str' && b.kind === 'str')
        return { kind: 'str', value: a.value + b.value, line: a.line };
    if (a.kind === 'list' && b.kind === 'list')
        return { kind: 'list', items: [...a.items, ...b.items], line: a.line };
    return opaque(tokens, scope);
}
/** A display or a name; undefined when the tokens are anything else. */
function atom(tokens, scope) {
    const first = tokens[0];
    const line = first.line;
    if (tokens.every((t) => t.kind === 'string')) {
        if (tokens.some((t) => t.value === undefined))
            return undefined;
        return { kind: 'str', value: tokens.map((t) => t.value).join(''), line };
    }
    if (tokens.length === 1 && first.kind === 'name')
        return scope.names.get(first.text);
    const last = tokens.length - 1;
    const wraps = (open) => isOp(first, open) && matchingBracket(tokens, 0) === last;
    if (wraps('[') || wraps('(')) {
        const inner = tokens.slice(1, -1);
        if (isComprehension(inner))
            return undefined;
        const items = splitTopLevel(inner, ',');
        const tuple = items.length > 1 || first.text === '[';
        if (!tuple)
            return inner.length ? evaluate(inner, scope) : { kind: 'list', items: [], line };
        return sequence(items, line, scope);
    }
    if (wraps('{')) {
        const inner = tokens.slice(1, -1);
        if (isComprehension(inner))
            return mappedDict(inner, scope) ?? requirementTable(inner, scope);
        const items = splitTopLevel(inner, ',').filter((item) => item.length);
        const isDict = items.length === 0 || items.some((item) => isOp(item[0], '**') || splitTopLevel(item, ':').length > 1);
        return isDict ? dict(items, line, scope, ':') : sequence(items, line, scope);
    }
    // EXTRAS["dev"]
    if (first.kind === 'name' && isOp(tokens[1], '[') && matchingBracket(tokens, 1) === last) {
        const container = scope.names.get(first.text);
        const key = evaluate(tokens.slice(2, -1), scope);
        if (container?.kind !== 'dict' || key.kind !== 'str')
            return undefined;
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
                return { kind: 'list', items: keys.map((k) => table.entries.find((e) => e.key === k.value)?.value ?? opaque(tokens, scope)), line };
            }
        }
        if (args.length === 1 && !isComprehension(args[0])) {
            const value = evaluate(args[0], scope);
            if (value.kind === 'list' || value.kind === 'dict')
                return value;
        }
    }
    return undefined;
}
/** `a.b.c`: names joined by dots. */
function dottedName(tokens) {
    return tokens.length % 2 === 1 && tokens.every((t, i) => (i % 2 === 0 ? t.kind === 'name' : isOp(t, '.')));
}
/** `{key: f(value) for key, value in EXTRAS.items()}`: the same keys as EXTRAS, each value mapped; read as EXTRAS. */
function mappedDict(inner, scope) {
    const n = inner.length;
    const items = n >= 4 && isOp(inner[n - 1], ')') && isOp(inner[n - 2], '(') && inner[n - 3]?.text === 'items' && isOp(inner[n - 4], '.');
    const source = items ? inner[n - 5] : undefined;
    if (source?.kind !== 'name' || inner[n - 6]?.text !== 'in')
        return undefined;
    const bound = scope.names.get(source.text);
    return bound?.kind === 'dict' ? bound : undefined;
}
/**
 * `{b: a for a, b in (re.findall(r"^(([^!=<>~]+)…)", x)[0] for x in _deps)}` (diffusers', transformers' setup.py): a
 * comprehension over one list of requirement strings builds a table from each requirement's name to the requirement.
 */
function requirementTable(inner, scope) {
    const lists = new Set(inner.filter((t) => {
        const bound = t.kind === 'name' ? scope.names.get(t.text) : undefined;
        return bound?.kind === 'list' && bound.items.length > 0 && bound.items.every((i) => i.kind === 'str');
    }).map((t) => t.text));
    if (lists.size !== 1)
        return undefined;
    const source = scope.names.get([...lists][0]);
    const entries = [];
    for (const item of source.items) {
        const key = /^[^!=<>~ ]+/.exec(item.value.trim())?.[0];
        if (key && !entries.some((e) => e.key === key))
            entries.push({ key, value: item, line: item.line });
    }
    return { kind: 'dict', entries, line: inner[0]?.line ?? 1 };
}
function isComprehension(tokens) {
    return splitTopLevel(tokens, ',').some((part) => {
        let depth = 0;
        return part.some((t) => {
            depth += bracket(t);
            return depth === 0 && t.kind === 'name' && t.text === 'for';
        });
    });
}
function sequence(items, line, scope) {
    const values = [];
    for (const item of items) {
        if (item.length === 0)
            continue; // trailing comma
        if (isOp(item[0], '*')) {
            const spread = evaluate(item.slice(1), scope);
            if (spread.kind === 'list')
                for (const v of spread.items)
                    values.push(v);
            else
                values.push(spread.kind === 'opaque' ? spread : opaque(item, scope));
        }
        else
            values.push(evaluate(item, scope));
    }
    return { kind: 'list', items: values, line };
}
/** `{k: v, **d}` (separator `:`) or `dict(k=v, **d)` (separator `=`); undefined when a key is not a literal. */
function dict(items, line, scope, separator) {
    const entries = [];
    const set = (entry) => {
        const at = entries.findIndex((e) => e.key === entry.key);
        if (at === -1)
            entries.push(entry);
        else
            entries[at] = entry;
    };
    for (const item of items) {
        if (isOp(item[0], '**')) {
            const merged = evaluate(item.slice(1), scope);
            if (merged.kind !== 'dict')
                return undefined;
            merged.entries.forEach(set);
            continue;
        }
        const [keyTokens, ...rest] = splitTopLevel(item, separator);
        if (!keyTokens?.length || rest.length === 0)
            return undefined;
        const valueTokens = item.slice(keyTokens.length + 1);
        let key;
        if (separator === '=')
            key = keyTokens.length === 1 && keyTokens[0].kind === 'name' ? keyTokens[0].text : undefined;
        else {
            const k = evaluate(keyTokens, scope);
            key = k.kind === 'str' ? k.value : undefined;
        }
        if (key === undefined)
            return undefined;
        set({ key, value: evaluate(valueTokens, scope), line: keyTokens[0].line });
    }
    return { kind: 'dict', entries, line };
}
/** An opaque value with the requirements files its expression mentions. */
function opaque(tokens, scope) {
    const folder = folderOf(tokens, scope);
    return { kind: 'opaque', line: tokens[0]?.line ?? 1, files: mentionedFiles(tokens, scope), ...(folder && { folder }) };
}
/**
 * `Path(__file__).parent / "mlx_whisper"`, `HERE / "src" / "pkg"`, `os.path.join(os.path.dirname(__file__), "pkg")`:
 * the folder below the file's own that an expression names, when it starts at the file's folder (a name or call
 * mentioning `__file__`, or a name bound to one) and continues with literal parts.
 */
function folderOf(tokens, scope) {
    const strings = tokens.filter((t) => t.kind === 'string');
    if (strings.length === 0 || strings.some((t) => t.value === undefined || requirementsFile.test(t.value) || /^\.|\.\.|^\//.test(t.value)))
        return undefined;
    const base = tokens.slice(0, tokens.indexOf(strings[0]));
    const bound = (t) => (t.kind === 'name' ? scope.names.get(t.text) : undefined);
    // `pkg = base / "pkg"` where `base = HERE / "src"`: below that folder.
    const within = base.map((t) => bound(t)).find((v) => v?.kind === 'opaque' && v.folder !== undefined);
    const fromFile = within || base.some((t) => t.kind === 'name' && (t.text === '__file__' || (bound(t)?.kind === 'opaque' && hereNames.has(t.text))));
    if (!fromFile)
        return undefined;
    const rest = tokens.slice(base.length);
    // Only literal parts after the base: `/ "a" / "b"` or `, "a", "b")`.
    if (!rest.every((t) => t.kind === 'string' || isOp(t, '/') || isOp(t, ',') || isOp(t, ')')))
        return undefined;
    return [...(within?.folder ? [within.folder] : []), ...strings.map((t) => t.value)].join('/');
}
/** Names setup.py scripts give their own folder. */
const hereNames = new Set(['HERE', 'here', 'ROOT', 'root', 'CWD', 'cwd', 'BASE_DIR', 'base_dir', 'this_directory', 'THIS_DIR', 'this_dir', 'CURRENT_DIR', 'current_dir', 'SETUP_DIR', 'setup_dir', 'PROJECT_ROOT', 'project_root', 'DIR', 'ROOT_DIR', 'root_dir', 'curdir', 'basedir']);
/**
 * Requirements files an expression mentions: string literals (and names bound to them) ending in `.txt`/`.in`,
 * `os.path.join(...)` of literal parts, `Path(...) / 'a' / 'b.txt'` chains; names bound to computed values and helper
 * functions carry the files they mention.
 */
function mentionedFiles(tokens, scope) {
    const found = [];
    const add = (path, line) => {
        if (requirementsFile.test(path) && !found.some((f) => f.path === path))
            found.push({ path, line });
    };
    const literal = (t) => {
        if (t?.kind === 'string')
            return t.value;
        const bound = t?.kind === 'name' ? scope.names.get(t.text) : undefined;
        return bound?.kind === 'str' ? bound.value : undefined;
    };
    /** A name bound to a folder below the file's (`package_dir = Path(__file__).parent / "mlx_whisper"`). */
    const folder = (t) => {
        const bound = t?.kind === 'name' ? scope.names.get(t.text) : undefined;
        return bound?.kind === 'opaque' ? bound.folder : undefined;
    };
    for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i];
        if (t.kind === 'name' && t.text === 'join' && isOp(tokens[i + 1], '(')) {
            const close = matchingBracket(tokens, i + 1);
            if (close !== -1) {
                const parts = splitTopLevel(tokens.slice(i + 2, close), ',')
                    .map((arg) => (arg.length === 1 ? (literal(arg[0]) ?? folder(arg[0])) : undefined))
                    .filter((p) => p !== undefined);
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
            if (bound?.kind === 'opaque')
                for (const f of bound.files)
                    add(f.path, f.line);
            if (isOp(tokens[i + 1], '('))
                for (const f of scope.functions.get(t.text) ?? [])
                    add(f.path, f.line);
        }
        let path = literal(t) ?? (isOp(tokens[i + 1], '/') ? folder(t) : undefined);
        if (path === undefined)
            continue;
        // `base / 'requirements' / 'gpu.txt'`
        while (isOp(tokens[i + 1], '/') && literal(tokens[i + 2]) !== undefined) {
            path = `${path}/${literal(tokens[i + 2])}`;
            i += 2;
        }
        add(path, t.line);
    }
    return found;
}

;// CONCATENATED MODULE: ./shared/env/setup-py.ts
// setup.py, read without running it. The `setup(...)` call's arguments are evaluated statically (python-literals):
// literal lists, tuples, dicts and strings, names bound to them, `+`, `append`/`extend`/`[key] =` on those names.
// Reading a requirements file (`open('requirements.txt')`, `Path(...).read_text()`, a helper called with its name) is
// recorded as an include; any other computed argument gets a notice naming it.







/** Requirement-list arguments and the group their requirements go to. */
const requirementArguments = { install_requires: 'main', setup_requires: 'build', tests_require: 'test' };
const setup_py_isOp = (t, text) => t?.kind === 'op' && t.text === text;
const isName = (t, text) => t?.kind === 'name' && (text === undefined || t.text === text);
/** `reader` is unused: included requirements files are named in `includes` and read by the loader. */
function parseSetupPy(file, text, reader) {
    const b = new packaging_file/* PackagingFileBuilder */.L(file, 'setup.py', 'setup-py');
    let statements;
    try {
        statements = splitStatements(tokenizePython(text));
    }
    catch (error) {
        if (!(error instanceof PythonTokenError))
            throw error;
        b.report('error', 'syntax', `setup.py cannot be read: ${error.message}`, error.line);
        return [b.file];
    }
    const call = findSetupCall(statements);
    // dinov2's `dinov2/eval/setup.py` (model set-up for the evaluations, calling its own `setup(args)`) is a module of
    // its package that happens to be called setup.py: no build tool in sight and an `__init__.py` beside it. It is code.
    const slash = file.lastIndexOf('/');
    if (slash > 0 && !/\b(setuptools|distutils|skbuild)\b/.test(text) && reader.read(`${file.slice(0, slash)}/__init__.py`) !== undefined)
        return [];
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
function findSetupCall(statements) {
    for (const [index, { tokens }] of statements.entries()) {
        for (let k = 0; k < tokens.length - 1; k++) {
            if (!isName(tokens[k], 'setup') || !setup_py_isOp(tokens[k + 1], '(') || isName(tokens[k - 1], 'def'))
                continue;
            if (setup_py_isOp(tokens[k - 1], '.') && !['setuptools', 'core'].includes(tokens[k - 2]?.text ?? ''))
                continue;
            return { index, tokens, open: k + 1 };
        }
    }
    return undefined;
}
/** For each statement, the `def`/`class` headers it is nested in. */
function enclosingDefinitions(statements) {
    const open = [];
    return statements.map((s, index) => {
        while (open.length && open[open.length - 1].indent >= s.indent)
            open.pop();
        const enclosing = open.filter((o) => o.definition).map((o) => o.index);
        if (s.compound)
            open.push({ indent: s.indent, index, definition: definitionName(s) !== undefined });
        return enclosing;
    });
}
function definitionName(s) {
    const t = s.compound === 'async' ? s.tokens.slice(1) : s.tokens;
    return (isName(t[0], 'def') || isName(t[0], 'class')) && isName(t[1]) ? t[1].text : undefined;
}
/**
 * Runs the bindings that reach the setup call, in source order: module level and the bodies enclosing the call; other
 * functions only contribute the requirements files they mention. A call at module level sees names as bound before it.
 */
function bindNames(statements, setupIndex) {
    const scope = new PyScope();
    const enclosing = enclosingDefinitions(statements);
    const reaching = new Set(enclosing[setupIndex]);
    const bodies = new Map();
    enclosing.forEach((headers, k) => {
        for (const h of headers) {
            const body = bodies.get(h) ?? [];
            for (const t of statements[k].tokens)
                body.push(t);
            bodies.set(h, body);
        }
    });
    for (const [j, s] of statements.entries()) {
        if (j === setupIndex && reaching.size === 0)
            break;
        if (enclosing[j].some((h) => !reaching.has(h)))
            continue;
        const defined = definitionName(s);
        if (defined !== undefined) {
            // The header too: `def get_requirements(path=HERE / "requirements.txt")` reads its default when called bare.
            if (!reaching.has(j))
                scope.functions.set(defined, mentionedFiles([...s.tokens, ...(bodies.get(j) ?? [])], scope));
            const table = lookedUpTable(bodies.get(j) ?? [], scope);
            if (table)
                scope.lookups.set(defined, table);
        }
        else if (s.compound === 'for')
            bindLoop(s.tokens, scope);
        else if (s.compound === 'with' || (s.compound === 'async' && isName(s.tokens[1], 'with')))
            bindWith(s.tokens, scope);
        else if (!s.compound)
            applyStatement(s.tokens, scope);
    }
    return scope;
}
/** `return [deps[pkg] for pkg in pkgs]`: the requirement table (a dict bound so far) a helper looks names up in. */
function lookedUpTable(body, scope) {
    for (let k = 0; k + 4 < body.length; k++) {
        const [table, open, key, close, word] = body.slice(k, k + 5);
        if (isName(table) && setup_py_isOp(open, '[') && isName(key) && setup_py_isOp(close, ']') && isName(word, 'for') && scope.names.get(table.text)?.kind === 'dict')
            return table.text;
    }
    return undefined;
}
/** `for line in open('requirements.txt'):` — the loop variable stands for what it iterates. */
function bindLoop(tokens, scope) {
    const at = tokens.findIndex((t, k) => k > 0 && isName(t, 'in'));
    if (at === -1)
        return;
    const source = opaque(tokens.slice(at + 1), scope);
    for (const target of splitTopLevel(tokens.slice(1, at), ',')) {
        if (target.length === 1 && isName(target[0]))
            scope.names.set(target[0].text, source);
    }
}
/** `with open('requirements.txt') as f:` — `f` stands for the file. */
function bindWith(tokens, scope) {
    let items = tokens.slice(isName(tokens[0], 'async') ? 2 : 1);
    if (setup_py_isOp(items[0], '(') && matchingBracket(items, 0) === items.length - 1)
        items = items.slice(1, -1);
    for (const item of splitTopLevel(items, ',')) {
        const as = item.findIndex((t) => isName(t, 'as'));
        const target = item[as + 1];
        if (as > 0 && item.length === as + 2 && isName(target))
            scope.names.set(target.text, opaque(item.slice(0, as), scope));
    }
}
/** Assignments (`=`, `+=`, `x[k] =`) and list/dict mutations (`append`, `extend`, `insert`, `update`). */
function applyStatement(tokens, scope) {
    const parts = splitTopLevel(tokens, '=');
    if (parts.length > 1) {
        const value = evaluate(parts[parts.length - 1], scope);
        for (const target of parts.slice(0, -1))
            setup_py_assign(target, value, scope);
        return;
    }
    const augmented = tokens.findIndex((t) => setup_py_isOp(t, '+='));
    if (augmented === 1 && isName(tokens[0])) {
        const name = tokens[0].text;
        const current = scope.names.get(name);
        const added = evaluate(tokens.slice(2), scope);
        // A snapshot of the added items: `R += R` must not iterate the list it grows.
        if (current?.kind === 'list' && added.kind === 'list')
            for (const v of [...added.items])
                current.items.push(v);
        else if (current?.kind === 'str' && added.kind === 'str') {
            scope.names.set(name, { ...current, value: current.value + added.value });
        }
        else
            scope.names.set(name, opaque(tokens, scope));
        return;
    }
    // NAME.method(args)
    if (tokens.length >= 5 && isName(tokens[0]) && setup_py_isOp(tokens[1], '.') && isName(tokens[2]) && setup_py_isOp(tokens[3], '(')) {
        if (matchingBracket(tokens, 3) !== tokens.length - 1)
            return;
        const target = scope.names.get(tokens[0].text);
        const args = splitTopLevel(tokens.slice(4, -1), ',').filter((a) => a.length);
        const method = tokens[2].text;
        if (target?.kind === 'list' && method === 'append' && args.length === 1)
            target.items.push(evaluate(args[0], scope));
        else if (target?.kind === 'list' && method === 'insert' && args.length === 2)
            target.items.push(evaluate(args[1], scope));
        else if (target?.kind === 'list' && method === 'extend' && args.length === 1) {
            const added = evaluate(args[0], scope);
            for (const v of added.kind === 'list' ? [...added.items] : [added])
                target.items.push(v);
        }
        else if (target?.kind === 'dict' && method === 'update' && args.length === 1) {
            const added = evaluate(args[0], scope);
            if (added.kind === 'dict')
                for (const entry of added.entries)
                    setEntry(target, entry.key, entry.value, entry.line);
        }
    }
}
function setup_py_assign(target, value, scope) {
    // NAME, or NAME: annotation
    if (isName(target[0]) && (target.length === 1 || setup_py_isOp(target[1], ':'))) {
        scope.names.set(target[0].text, value);
        return;
    }
    // NAME['key']
    if (isName(target[0]) && setup_py_isOp(target[1], '[') && matchingBracket(target, 1) === target.length - 1) {
        const container = scope.names.get(target[0].text);
        const key = evaluate(target.slice(2, -1), scope);
        if (container?.kind === 'dict' && key.kind === 'str')
            setEntry(container, key.value, value, target[0].line);
        return;
    }
    // a, b = ...: each name is now something computed.
    const computed = value.kind === 'opaque' ? value : opaque(target, scope);
    for (const part of splitTopLevel(target, ','))
        if (part.length === 1 && isName(part[0]))
            scope.names.set(part[0].text, computed);
}
function setEntry(dict, key, value, line) {
    const at = dict.entries.findIndex((e) => e.key === key);
    if (at === -1)
        dict.entries.push({ key, value, line });
    else
        dict.entries[at] = { key, value, line };
}
function readArguments(b, call, scope) {
    const { tokens, open } = call;
    const close = matchingBracket(tokens, open);
    if (close === -1) {
        b.report('error', 'syntax', 'the setup( call is never closed', tokens[open].line);
        return;
    }
    for (const arg of splitTopLevel(tokens.slice(open + 1, close), ',')) {
        if (isName(arg[0]) && setup_py_isOp(arg[1], '=')) {
            readArgument(b, arg[0].text, evaluate(arg.slice(2), scope));
        }
        else if (setup_py_isOp(arg[0], '**')) {
            const spread = evaluate(arg.slice(1), scope);
            if (spread.kind === 'dict')
                for (const e of spread.entries)
                    readArgument(b, e.key, e.value);
            else if (spread.kind === 'opaque')
                unresolved(b, spread, `setup(${arg.map((t) => t.text).join('')})`);
            else
                b.report('error', 'schema', `setup(${arg.map((t) => t.text).join('')}) must unpack a dict`, spread.line);
        }
    }
}
function readArgument(b, name, value) {
    const group = requirementArguments[name];
    if (group !== undefined)
        setup_py_requirements(b, value, group, name);
    else if (name === 'extras_require')
        extras(b, value);
    else if (name === 'name' || name === 'python_requires') {
        if (value.kind !== 'str') {
            b.report('notice', 'dynamic', `${name} could not be read statically`, value.line);
        }
        else if (name === 'name') {
            b.file.name = value.value.trim();
        }
        else {
            const specifier = value.value.replace(/\s+/g, '');
            if (!(0,pep440.validRange)(specifier)) {
                b.report('warning', 'python-requires', `python_requires "${value.value}" is not a PEP 440 specifier`, value.line);
            }
            b.file.python = { specifier, file: b.file.path, line: value.line };
        }
    }
}
function setup_py_requirements(b, value, group, label, marker) {
    if (value.kind === 'str') {
        for (const req of setuptoolsRequirements(stringLines(value.value, value.line))) {
            (0,pep508_dependency/* addPep508Dependency */.Pn)(b, req.text, req.line, group, marker);
        }
    }
    else if (value.kind === 'list') {
        for (const item of value.items)
            setup_py_requirements(b, item, group, label, marker);
    }
    else if (value.kind === 'opaque') {
        unresolved(b, value, label, group);
    }
    else {
        b.report('error', 'schema', `${label} must be a list of requirements, not a dict`, value.line);
    }
}
/** extras_require: `{"extra": [...]}`, where a key may carry a marker (`"test:python_version<'3.8'"`). */
function extras(b, value) {
    if (value.kind === 'opaque')
        return unresolved(b, value, 'extras_require');
    if (value.kind !== 'dict') {
        b.report('error', 'schema', 'extras_require must be a dict of extra name to requirements', value.line);
        return;
    }
    for (const { key, value: reqs } of value.entries) {
        const colon = key.indexOf(':');
        // An empty extra name (`"": [...]`, `":python_version<'3.8'"`) means the main requirements, as in setuptools.
        const group = (colon === -1 ? key : key.slice(0, colon)).trim() || 'main';
        const marker = colon === -1 ? undefined : key.slice(colon + 1).trim() || undefined;
        setup_py_requirements(b, reqs, group, `extras_require[${JSON.stringify(key)}]`, marker);
    }
}
/** A computed value: the requirements files it reads become includes; otherwise the user is told it was skipped. */
function unresolved(b, value, label, group = 'main') {
    for (const f of value.files) {
        const included = b.include(f.path, f.line);
        // `extras_require={"dev": read("requirements-dev.txt")}`: that file's packages are the dev extra, not the runtime.
        if (included && group !== 'main')
            (b.file.includeGroups ??= {})[included] = group;
    }
    if (value.files.length)
        return;
    b.report('notice', 'dynamic', `${label} could not be read statically; its requirements are not checked`, value.line);
}

;// CONCATENATED MODULE: ./shared/env/formats/setup-py.ts
// setup.py, read and never run.

const setupPyFormat = {
    kind: 'setup.py',
    names: ['setup.py'],
    depsKind: 'setup-py',
    parse: parseSetupPy,
    readsIncludes: false,
    pythonPrecedence: 5,
    definesEnvironment: 'always',
    buildsPackage: true,
    venv: { precedence: 5, paths: ['setup.py'], install: 'requirement-lines' },
    packageEnv: { edits: 'manifest', precedence: 2 },
};

;// CONCATENATED MODULE: ./shared/env/formats/index.ts
// The registry of packaging formats. Adding one: a module beside these (see format.ts), its kind in PackagingKind
// (env/model.ts), and a line here; discovery, loading, detect-env, package-env and setup-env read it from here.













/** Every format by its kind: the type makes the list complete. The order is the one `ml-hub deps --kind` shows. */
const byKind = {
    requirements: requirements/* requirementsFormat */.u,
    conda: conda/* condaFormat */.r,
    pyproject: pyprojectFormat,
    'setup.py': setupPyFormat,
    'setup.cfg': setupCfgFormat,
    nbdev: nbdevFormat,
    pipfile: pipfileFormat,
    'pipfile.lock': pipfileLockFormat,
    mlproject: mlprojectFormat,
    'python-env': pythonEnvFormat,
    'runtime.txt': runtimeTxtFormat,
    'python-version': pythonVersionFormat,
    script: scriptFormat,
};
const packagingFormats = Object.values(byKind);
function formatOf(kind) {
    return byKind[kind];
}
/** Whether a file declares the whole runtime environment on its own (see PackagingFormat.definesEnvironment). */
function definesEnvironment(file) {
    if (file.generated)
        return false;
    const rule = byKind[file.kind].definesEnvironment;
    return rule === 'always' || (rule instanceof RegExp && rule.test(file.path.slice(file.path.lastIndexOf('/') + 1)));
}
/** Kinds whose files build a package (setup.py, setup.cfg, pyproject.toml). */
function buildsPackage(kind) {
    return byKind[kind].buildsPackage;
}
/** setup-env's virtual-environment sources, most preferred first: each a format and the path it is taken from, if one. */
const venvSources = packagingFormats
    .filter((f) => f.venv)
    .sort((a, b) => a.venv.precedence - b.venv.precedence)
    .flatMap((format) => (format.venv.paths ? format.venv.paths.map((path) => ({ format, path })) : [{ format }]));
/** PEP 751 lock files (`pylock.toml`, `pylock.dev.toml`): recognised, not read yet. */
function isPep751Lock(relativePath) {
    return /^pylock(\.[^./]+)?\.toml$/.test(relativePath.slice(relativePath.lastIndexOf('/') + 1));
}


/***/ }),

/***/ 5965:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ isConstraintsFile),
/* harmony export */   u: () => (/* binding */ requirementsFormat)
/* harmony export */ });
/* harmony import */ var _requirements_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4037);
// pip requirements files: requirements.txt and the names pip-tools, uv and others write.

/** `constraints.txt`, `constraints-py310.txt`: versions to hold, not packages to install. */
function isConstraintsFile(relativePath) {
    return /^constraints.*\.txt$/i.test(relativePath.slice(relativePath.lastIndexOf('/') + 1));
}
const requirementsFormat = {
    kind: 'requirements',
    names: ['requirements.txt', 'requirements.in'],
    // `requirements*.txt|in|lock`, `constraints*.txt|in`, and anything `.txt`/`.in` in a `requirements/` folder.
    alsoNamed: (name, folders) => /^(requirements|constraints).*\.(txt|in)$/i.test(name) || /^requirements.*\.lock$/i.test(name) || (folders.some((p) => /^requirements$/i.test(p)) && /\.(txt|in)$/i.test(name)),
    depsKind: 'requirements',
    parse: (file, text, reader, env) => (0,_requirements_js__WEBPACK_IMPORTED_MODULE_0__/* .parseRequirementsText */ .XW)(text, file, reader, { env }),
    readsIncludes: true,
    pythonPrecedence: 9,
    definesEnvironment: /^requirements\.(txt|in)$/i,
    buildsPackage: false,
    venv: { precedence: 0, paths: ['requirements.txt', 'requirements.in'], install: 'as-is' },
    packageEnv: { edits: 'requirements', precedence: 4 },
};


/***/ }),

/***/ 4852:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ resolveInclude)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
// Files name the files they pull in relative to their own folder; the model keeps paths relative to the analysed root.

/** Root-relative path of `target` named in `fromFile`; undefined when it is absolute or leaves the root. */
function resolveInclude(fromFile, target) {
    const wanted = target.trim().replace(/\\/g, '/');
    if (wanted === '' || node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.isAbsolute(wanted) || /^[A-Za-z]:\//.test(wanted))
        return undefined;
    const joined = node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.join(node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.dirname(fromFile), wanted));
    if (joined === '..' || joined.startsWith('../') || joined === '.')
        return undefined;
    return joined.replace(/^\.\//, '');
}


/***/ }),

/***/ 2991:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ readIni)
/* harmony export */ });
/* harmony import */ var _text_lines_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6107);
// INI files the way Python's configparser reads setup.cfg: `[section]` headers, `key = value` or `key: value`,
// continuation lines indented deeper than their key, full-line `#`/`;` comments (skipped, also inside values), no
// inline comments. Problems configparser raises on (a line outside any section, a line that is not an option,
// a duplicate section or option) are collected with their line, and reading goes on.

const option = /^(.*?)\s*[=:]\s*(.*)$/;
function readIni(text) {
    const sections = new Map();
    const errors = [];
    let section;
    let current;
    let keyIndent = Number.MAX_SAFE_INTEGER;
    (0,_text_lines_js__WEBPACK_IMPORTED_MODULE_0__/* .splitLines */ .uz)(text).forEach((raw, n) => {
        const line = n + 1;
        const stripped = raw.trim();
        if (stripped.startsWith('#') || stripped.startsWith(';'))
            return;
        if (stripped === '') {
            current?.lines.push({ text: '', line });
            return;
        }
        const indent = raw.search(/\S/);
        if (current && indent > keyIndent) {
            current.lines.push({ text: stripped, line });
            return;
        }
        keyIndent = indent;
        current = undefined;
        const header = /^\[(.+)\]/.exec(stripped);
        if (header) {
            const name = header[1];
            section = sections.get(name);
            if (section)
                errors.push({ line, message: `section [${name}] is declared twice` });
            else {
                section = { name, line, options: new Map() };
                sections.set(name, section);
            }
            return;
        }
        const m = option.exec(stripped);
        if (!m || m[1] === '') {
            errors.push({ line, message: `"${stripped}" is neither a [section] nor a key = value line` });
            return;
        }
        if (!section) {
            const message = 'no [section] header before this line';
            if (!errors.some((e) => e.message === message))
                errors.push({ line, message });
            return;
        }
        const key = m[1];
        if (section.options.has(key)) {
            errors.push({ line, message: `${key} is set twice in [${section.name}]` });
            return;
        }
        current = { key, line, lines: [{ text: m[2], line }] };
        section.options.set(key, current);
    });
    for (const s of sections.values()) {
        for (const o of s.options.values())
            while (o.lines.length > 1 && o.lines[o.lines.length - 1].text === '')
                o.lines.pop();
    }
    return { sections, errors };
}


/***/ }),

/***/ 604:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ loadEnvironment),
/* harmony export */   n: () => (/* binding */ parsePackagingFile)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _discover_packaging_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7561);
/* harmony import */ var _formats_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1042);
/* harmony import */ var _formats_requirements_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5965);
// Reads every packaging file of a project into the one environment model, following what files include
// (`-r`, setup.py reading requirements.txt, MLproject naming conda.yaml) so each file is parsed exactly once.




/** The kind of an included file, by its name, else by its extension. */
function includedKind(file) {
    const byName = (0,_discover_packaging_js__WEBPACK_IMPORTED_MODULE_1__/* .packagingKindOf */ .bQ)(node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.basename(file));
    if (byName)
        return byName;
    return /\.ya?ml$/i.test(file) ? 'conda' : 'requirements';
}
/** Parses one file (and what it includes). */
function parsePackagingFile(file, kind, reader, env) {
    const loaded = { files: [], diagnostics: [] };
    load(file, kind, reader, env, loaded, new Set());
    return loaded;
}
/** Parses every packaging file among `paths` (root-relative), each once. */
function loadEnvironment(paths, reader, options) {
    const loaded = { files: [], diagnostics: [] };
    const seen = new Set();
    for (const { path: file, kind } of (0,_discover_packaging_js__WEBPACK_IMPORTED_MODULE_1__/* .findPackagingFiles */ .es)(paths)) {
        const before = loaded.files.length;
        load(file, kind, reader, options.env, loaded, seen);
        // A constraints file nothing names with `-c` still only constrains.
        if ((0,_formats_requirements_js__WEBPACK_IMPORTED_MODULE_3__/* .isConstraintsFile */ .t)(file))
            for (const f of loaded.files.slice(before))
                for (const d of f.dependencies)
                    d.constraintOnly = true;
    }
    return loaded;
}
function load(file, kind, reader, env, into, seen) {
    if (seen.has(file))
        return;
    const text = reader.read(file);
    // A file skipped (too large) or not UTF-8 is said so: "0 packaging files" must not hide one that is there.
    const problem = reader.problem?.(file);
    if (problem)
        into.diagnostics.push({ severity: 'warning', code: `packaging/${problem.kind}`, message: problem.message, file, ...(problem.line && { line: problem.line }) });
    if (text === undefined)
        return;
    seen.add(file);
    const format = (0,_formats_index_js__WEBPACK_IMPORTED_MODULE_2__/* .formatOf */ .be)(kind);
    const parsed = format.parse(file, text.replace(/^\uFEFF/, ''), reader, env);
    for (const f of parsed) {
        if (f.path !== file && seen.has(f.path))
            continue;
        seen.add(f.path);
        into.files.push(f);
        into.diagnostics.push(...f.diagnostics);
    }
    // Most parsers only name what they include; read those here.
    if (format.readsIncludes)
        return;
    for (const f of parsed) {
        for (const included of f.includes) {
            if (seen.has(included))
                continue;
            if (reader.read(included) === undefined) {
                into.diagnostics.push({
                    severity: 'warning',
                    code: 'packaging/missing-include',
                    message: `${f.path} refers to ${included}, which does not exist`,
                    file: f.path,
                    line: f.includeLines?.[included] ?? 1,
                });
                seen.add(included);
                continue;
            }
            load(included, includedKind(included), reader, env, into, seen);
        }
    }
}


/***/ }),

/***/ 4576:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G7: () => (/* binding */ parseMlproject),
/* harmony export */   Tz: () => (/* binding */ parsePythonEnv),
/* harmony export */   YZ: () => (/* binding */ readMlprojectEntryPoints)
/* harmony export */ });
/* harmony import */ var _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9530);
/* harmony import */ var _packaging_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3884);
/* harmony import */ var _pep508_dependency_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2688);
/* harmony import */ var _yaml_document_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2729);
// MLflow projects. MLproject (YAML) names the project and its environment: `python_env` (a python_env.yaml, parsed
// here so it keeps its kind whatever its name), `conda_env` (a conda file, left to the loader as an include) or
// `docker_env` (an image, whose packages are out of reach). python_env.yaml gives the interpreter, build_dependencies
// (group `build`) and dependencies, which may pull in requirements files with `-r`.




function readYaml(b, text) {
    try {
        return _yaml_document_js__WEBPACK_IMPORTED_MODULE_3__/* .YamlDocument */ .Jz.parse(b.file.path, text, b.format);
    }
    catch (error) {
        if (!(error instanceof _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .LocatedError */ .B))
            throw error;
        b.file.diagnostics.push(error.toDiagnostic());
        return undefined;
    }
}
function parseMlproject(file, text, reader) {
    const b = new _packaging_file_js__WEBPACK_IMPORTED_MODULE_1__/* .PackagingFileBuilder */ .L(file, 'mlproject', 'mlproject');
    const doc = readYaml(b, text);
    if (!doc)
        return [b.file];
    if (doc.root !== undefined && !(0,_yaml_document_js__WEBPACK_IMPORTED_MODULE_3__/* .isMap */ .jh)(doc.root)) {
        b.report('error', 'schema', 'MLproject must be a mapping of fields', doc.line(doc.root));
        return [b.file];
    }
    const fields = (0,_yaml_document_js__WEBPACK_IMPORTED_MODULE_3__/* .mapEntries */ .Nn)(doc.root);
    const name = (0,_yaml_document_js__WEBPACK_IMPORTED_MODULE_3__/* .scalarText */ .ws)(fields.get('name')?.value);
    if (name !== undefined)
        b.file.name = name;
    const environments = ['python_env', 'conda_env', 'docker_env'].filter((k) => fields.has(k));
    if (environments.length > 1) {
        const second = doc.line(fields.get(environments[1]));
        b.report('error', 'schema', `MLflow allows one environment, not ${environments.join(' and ')}`, second);
    }
    const extra = [];
    for (const key of ['python_env', 'conda_env']) {
        const pair = fields.get(key);
        if (!pair)
            continue;
        const target = (0,_yaml_document_js__WEBPACK_IMPORTED_MODULE_3__/* .scalarText */ .ws)(pair.value);
        if (target === undefined) {
            b.report('error', 'schema', `${key} must be the path of a file`, doc.line(pair));
            continue;
        }
        const included = b.include(target, doc.line(pair.value));
        // conda files are left to the loader; a python_env is parsed here so that it keeps its kind.
        if (key !== 'python_env' || included === undefined || included === file)
            continue;
        const content = reader.read(included);
        if (content !== undefined)
            extra.push(parsePythonEnv(included, content, reader)[0]);
    }
    const docker = fields.get('docker_env');
    if (docker) {
        const image = (0,_yaml_document_js__WEBPACK_IMPORTED_MODULE_3__/* .scalarText */ .ws)((0,_yaml_document_js__WEBPACK_IMPORTED_MODULE_3__/* .mapEntries */ .Nn)(docker.value ?? undefined).get('image')?.value);
        const message = image
            ? `the project runs in the docker image ${image}; the packages inside it are not read`
            : 'docker_env must name an image';
        b.report('notice', 'docker-env', message, doc.line(docker));
    }
    return [b.file, ...extra];
}
/**
 * The entry points of an MLproject, for dispatching runs: `parameters` in both MLflow forms (`alpha: float` and
 * `alpha: {type: float, default: 0.1}`). Entry points without a command string are left out. Throws LocatedError
 * for malformed YAML.
 */
function readMlprojectEntryPoints(text, file = 'MLproject') {
    const doc = _yaml_document_js__WEBPACK_IMPORTED_MODULE_3__/* .YamlDocument */ .Jz.parse(file, text, 'mlproject');
    const entryPoints = [];
    for (const [name, pair] of (0,_yaml_document_js__WEBPACK_IMPORTED_MODULE_3__/* .mapEntries */ .Nn)((0,_yaml_document_js__WEBPACK_IMPORTED_MODULE_3__/* .mapEntries */ .Nn)(doc.root).get('entry_points')?.value ?? undefined)) {
        const fields = (0,_yaml_document_js__WEBPACK_IMPORTED_MODULE_3__/* .mapEntries */ .Nn)(pair.value ?? undefined);
        const command = (0,_yaml_document_js__WEBPACK_IMPORTED_MODULE_3__/* .scalarText */ .ws)(fields.get('command')?.value);
        if (command === undefined)
            continue;
        const parameters = [];
        for (const [parameter, spec] of (0,_yaml_document_js__WEBPACK_IMPORTED_MODULE_3__/* .mapEntries */ .Nn)(fields.get('parameters')?.value ?? undefined)) {
            const shorthand = (0,_yaml_document_js__WEBPACK_IMPORTED_MODULE_3__/* .scalarText */ .ws)(spec.value);
            if (shorthand !== undefined) {
                parameters.push({ name: parameter, type: shorthand });
                continue;
            }
            const specFields = (0,_yaml_document_js__WEBPACK_IMPORTED_MODULE_3__/* .mapEntries */ .Nn)(spec.value ?? undefined);
            const type = (0,_yaml_document_js__WEBPACK_IMPORTED_MODULE_3__/* .scalarText */ .ws)(specFields.get('type')?.value) ?? 'string';
            const value = specFields.get('default')?.value;
            const fallback = (0,_yaml_document_js__WEBPACK_IMPORTED_MODULE_3__/* .isScalar */ .jn)(value) ? value.value : undefined;
            const usable = typeof fallback === 'string' || typeof fallback === 'number' || typeof fallback === 'boolean';
            parameters.push({ name: parameter, type, ...(usable ? { default: fallback } : {}) });
        }
        entryPoints.push({ name, command, parameters });
    }
    return entryPoints;
}
function parsePythonEnv(file, text, _reader) {
    const b = new _packaging_file_js__WEBPACK_IMPORTED_MODULE_1__/* .PackagingFileBuilder */ .L(file, 'python-env', 'python-env');
    const doc = readYaml(b, text);
    if (!doc)
        return [b.file];
    if (doc.root !== undefined && !(0,_yaml_document_js__WEBPACK_IMPORTED_MODULE_3__/* .isMap */ .jh)(doc.root)) {
        b.report('error', 'schema', 'python_env.yaml must be a mapping of fields', doc.line(doc.root));
        return [b.file];
    }
    const fields = (0,_yaml_document_js__WEBPACK_IMPORTED_MODULE_3__/* .mapEntries */ .Nn)(doc.root);
    const python = fields.get('python');
    if (python) {
        const written = (0,_yaml_document_js__WEBPACK_IMPORTED_MODULE_3__/* .scalarText */ .ws)(python.value);
        if (written === undefined)
            b.report('error', 'schema', 'python must be a version', doc.line(python));
        else {
            const line = doc.line(python);
            if ((0,_yaml_document_js__WEBPACK_IMPORTED_MODULE_3__/* .isScalar */ .jn)(python.value) && typeof python.value.value === 'number' && String(python.value.value) !== written) {
                const message = `YAML reads python: ${written} as the number ${python.value.value}: write python: "${written}"`;
                b.report('warning', 'unquoted-version', message, line);
            }
            b.file.python = { specifier: written.trim(), file, line };
        }
    }
    readList(b, doc, fields.get('build_dependencies')?.value, 'build');
    readList(b, doc, fields.get('dependencies')?.value, 'main');
    return [b.file];
}
/** A list of requirement lines, as MLflow writes them to a requirements file for pip. */
function readList(b, doc, node, group) {
    if (node === undefined || node === null)
        return;
    if (!(0,_yaml_document_js__WEBPACK_IMPORTED_MODULE_3__/* .isSeq */ .oP)(node)) {
        b.report('error', 'schema', `${group === 'build' ? 'build_dependencies' : 'dependencies'} must be a list`, doc.line(node));
        return;
    }
    for (const item of node.items) {
        const line = doc.line(item);
        const text = (0,_yaml_document_js__WEBPACK_IMPORTED_MODULE_3__/* .scalarText */ .ws)(item)?.replace(/(^|\s)#.*$/, '').trim();
        if (text === undefined)
            b.report('error', 'schema', 'each dependency must be a requirement string', line);
        else if (text.startsWith('-'))
            pipOption(b, text, line);
        else if (text)
            (0,_pep508_dependency_js__WEBPACK_IMPORTED_MODULE_2__/* .addPep508Dependency */ .Pn)(b, text, line, group);
    }
}
const includeOptions = new Set(['-r', '--requirement', '-c', '--constraint']);
const indexOptions = {
    '-i': 'indexUrl',
    '--index-url': 'indexUrl',
    '--extra-index-url': 'extraIndexUrls',
    '-f': 'findLinks',
    '--find-links': 'findLinks',
    '--trusted-host': 'trustedHosts',
};
/** `-r file`, `-c file`, index options; other pip options are not about which packages are installed. */
function pipOption(b, text, line) {
    const m = /^(--?[A-Za-z][A-Za-z-]*)(?:\s*=\s*|\s+|$)(.*)$/.exec(text);
    if (!m) {
        b.report('error', 'requirement', `"${text}" is neither a requirement nor a pip option`, line);
        return;
    }
    const option = m[1];
    const value = m[2].trim();
    if (includeOptions.has(option) && value) {
        b.include(value, line);
        return;
    }
    const field = indexOptions[option];
    if (field || option === '--no-index') {
        const index = (b.file.index ??= { extraIndexUrls: [], findLinks: [], noIndex: false, trustedHosts: [] });
        if (option === '--no-index')
            index.noIndex = true;
        else if (!value)
            b.report('error', 'requirement', `${option} needs a value`, line);
        else if (field === 'indexUrl')
            index.indexUrl = value;
        else
            index[field].push(value);
        return;
    }
    b.report('notice', 'pip-option', `pip option ${option} is not read`, line);
}


/***/ }),

/***/ 3884:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ PackagingFileBuilder)
/* harmony export */ });
/* harmony import */ var _include_path_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4852);
// Builds one PackagingFile: every diagnostic gets the file and a line, every include a root-relative path.

class PackagingFileBuilder {
    format;
    file;
    /** `format` prefixes diagnostic codes (`pyproject/syntax`). */
    constructor(path, kind, format) {
        this.format = format;
        this.file = { path, kind, dependencies: [], includes: [], channels: [], diagnostics: [] };
    }
    /** Adds dependencies one by one: spreading a huge array into push() would overflow the call stack. */
    addDependencies(dependencies) {
        for (const d of dependencies)
            this.file.dependencies.push(d);
    }
    report(severity, code, message, line, column) {
        this.file.diagnostics.push({
            severity,
            code: `${this.format}/${code}`,
            message,
            file: this.file.path,
            line,
            ...(column !== undefined ? { column } : {}),
        });
    }
    /**
     * Records a file this one pulls in, named relative to this file (the loader reads it, and reports it when missing).
     * Returns its root-relative path, or undefined when it leaves the root.
     */
    include(target, line) {
        const resolved = (0,_include_path_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveInclude */ .X)(this.file.path, target);
        if (resolved === undefined) {
            this.report('warning', 'include-outside-root', `${target} is outside the analysed folder and is not read`, line);
            return undefined;
        }
        if (!this.file.includes.includes(resolved)) {
            this.file.includes.push(resolved);
            (this.file.includeLines ??= {})[resolved] = line;
        }
        return resolved;
    }
}


/***/ }),

/***/ 8513:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pn: () => (/* binding */ pathKey),
/* harmony export */   jL: () => (/* binding */ PathLines),
/* harmony export */   ks: () => (/* binding */ pathLinesOfJson)
/* harmony export */ });
// Where each value of a parsed document (TOML, JSON) was declared, by its path in the parsed value
// (`['project', 'dependencies', 3]`): the line of its key, table header or array item.
const pathKey = (path) => JSON.stringify(path);
class PathLines {
    lines;
    constructor(lines) {
        this.lines = lines;
    }
    line(path) {
        return this.lines.get(pathKey(path));
    }
    /** The line of `path`, else of its nearest located ancestor, else 1. */
    nearest(path) {
        for (let n = path.length; n > 0; n--) {
            const line = this.lines.get(pathKey(path.slice(0, n)));
            if (line !== undefined)
                return line;
        }
        return 1;
    }
}
/** The lines of every key and array item of a JSON document, by path. */
function pathLinesOfJson(doc) {
    const lines = new Map();
    const walk = (value, path) => {
        if (typeof value !== 'object' || value === null)
            return;
        const entries = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
        for (const [key, child] of entries) {
            const at = [...path, key];
            const line = doc.lineOf(value, key);
            if (line !== undefined)
                lines.set(pathKey(at), line);
            walk(child, at);
        }
    };
    walk(doc.value, []);
    return new PathLines(lines);
}


/***/ }),

/***/ 5503:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tf: () => (/* binding */ PY_SPACE_CHARS),
/* harmony export */   ib: () => (/* binding */ satisfies),
/* harmony export */   jB: () => (/* binding */ specifiersIntersect),
/* harmony export */   l6: () => (/* binding */ clauseEnd),
/* harmony export */   m0: () => (/* binding */ parseSpecifierSet)
/* harmony export */ });
/* unused harmony export parseClause */
/* harmony import */ var _renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8898);
/* harmony import */ var _renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(_renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0__);
// PEP 440 specifier clauses: the grammar pip 23.2 (packaging 21.3) uses to find and validate them, and the version
// arithmetic the drift engine needs (does a version satisfy a set, can two sets ever agree).

/** Python's `str.isspace()` set, which its `\s`, `str.strip()` and `str.split()` use; JavaScript's `\s` differs. */
const PY_SPACE_CHARS = '\\t\\n\\v\\f\\r \\x1c-\\x1f\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const S = `[${PY_SPACE_CHARS}]`;
const NOT_S = `[^${PY_SPACE_CHARS}]`;
const PRE = '(?:[-_.]?(?:a|b|c|rc|alpha|beta|pre|preview)[-_.]?[0-9]*)?';
const POST = '(?:(?:-[0-9]+)|(?:[-_.]?(?:post|rev|r)[-_.]?[0-9]*))?';
const DEV = '(?:[-_.]?dev[-_.]?[0-9]*)?';
const RELEASE = 'v?(?:[0-9]+!)?[0-9]+';
// packaging 21.3's Specifier._regex_str, alternation order and lookbehinds kept: pip finds where a clause ends by
// running it unanchored, so `~=1.0alpha1` stops after `a` exactly as it does in Python.
const PEP440_CLAUSE = '(?<operator>~=|==|!=|<=|>=|<|>|===)(?<version>' +
    [
        `(?<====)${S}*${NOT_S}*`,
        `(?<===|!=)${S}*${RELEASE}(?:\\.[0-9]+)*${PRE}${POST}(?:${DEV}(?:\\+[a-z0-9]+(?:[-_.][a-z0-9]+)*)?|\\.\\*)?`,
        `(?<=~=)${S}*${RELEASE}(?:\\.[0-9]+)+${PRE}${POST}${DEV}`,
        `(?<!==|!=|~=)${S}*${RELEASE}(?:\\.[0-9]+)*${PRE}${POST}${DEV}`,
    ].join('|') +
    ')';
// LegacySpecifier: pip 23.2 still accepts any run of characters after a comparison operator (`==dev`, `>=1.0.*`).
const LEGACY_CLAUSE = `(?<operator>==|!=|<=|>=|<|>)${S}*(?<version>[^,;${PY_SPACE_CHARS})]*)`;
const EDGE_SPACE = new RegExp(`^${S}+|${S}+$`, 'g');
const ALL_SPACE = new RegExp(`^${S}*$`);
const pep440At = new RegExp(PEP440_CLAUSE, 'iy');
const legacyAt = new RegExp(LEGACY_CLAUSE, 'iy');
const pep440Whole = new RegExp(`^${S}*${PEP440_CLAUSE}${S}*$`, 'i');
const legacyWhole = new RegExp(`^${S}*${LEGACY_CLAUSE}${S}*$`, 'i');
/**
 * Where the clause starting at `pos` ends, or -1 when none starts there. Like pyparsing's `Or`, the longer of the
 * PEP 440 and legacy readings wins.
 */
function clauseEnd(text, pos) {
    let end = -1;
    for (const re of [pep440At, legacyAt]) {
        re.lastIndex = pos;
        const m = re.exec(text);
        if (m && pos + m[0].length > end)
            end = pos + m[0].length;
    }
    return end;
}
/** One comma-separated piece of a specifier set, as `SpecifierSet` reads it; undefined when it is neither kind. */
function parseClause(text) {
    const pep440 = pep440Whole.exec(text);
    const m = pep440 ?? legacyWhole.exec(text);
    if (!m?.groups)
        return undefined;
    const version = m.groups.version.replace(EDGE_SPACE, '');
    return { operator: m.groups.operator, version, pep440: pep440 !== null };
}
/** Splits a specifier set (`>=1.2, <2`) into clauses the way `SpecifierSet` does; undefined when a piece is invalid. */
function parseSpecifierSet(specifier) {
    const clauses = [];
    for (const piece of specifier.split(',')) {
        if (ALL_SPACE.test(piece))
            continue;
        const clause = parseClause(piece);
        if (!clause)
            return undefined;
        clauses.push(clause);
    }
    return clauses;
}
function version(text) {
    const trimmed = text.trim();
    const info = (0,_renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0__.valid)(trimmed) ? (0,_renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0__.explain)(trimmed) : null;
    return info ? { text: trimmed, info } : undefined;
}
/**
 * The version with its release's trailing zeros cut (`1.2.0.0rc1` → `1.2rc1`), which PEP 440 ignores when comparing:
 * the library drops them one `Array.shift()` at a time, which is quadratic in their number.
 */
function withoutTrailingZeros(v) {
    let i = /^\s*v?/i.exec(v)[0].length;
    const digits = () => {
        while (i < v.length && v[i] >= '0' && v[i] <= '9')
            i++;
    };
    digits();
    if (v[i] === '!') {
        i++;
        digits();
    }
    const firstEnd = i;
    while (v[i] === '.' && v[i + 1] >= '0' && v[i + 1] <= '9') {
        i++;
        digits();
    }
    let end = i;
    for (;;) {
        let j = end;
        while (j > firstEnd && v[j - 1] === '0')
            j--;
        if (j === end || v[j - 1] !== '.' || j - 1 < firstEnd)
            break;
        end = j - 1;
    }
    return v.slice(0, end) + v.slice(i);
}
const cmp = (a, b) => Math.sign((0,_renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0__.compare)(withoutTrailingZeros(a), withoutTrailingZeros(b)));
/** packaging's _version_split: `1.0rc1` → [1, 0, rc1]. */
function versionSplit(v) {
    return v.split('.').flatMap((item) => {
        const m = /^([0-9]+)((?:a|b|c|rc)[0-9]+)$/.exec(item);
        return m ? [m[1], m[2]] : [item];
    });
}
function prefixMatches(prefix, candidate) {
    const spec = versionSplit(normalized(prefix));
    const shortened = versionSplit(candidate.info.public).slice(0, spec.length);
    const release = (parts) => {
        let i = 0;
        while (i < parts.length && /^[0-9]+$/.test(parts[i]))
            i++;
        return i;
    };
    const pad = (parts, width) => {
        const r = release(parts);
        return [...parts.slice(0, r), ...Array(Math.max(0, width - r)).fill('0'), ...parts.slice(r)];
    };
    const width = Math.max(release(spec), release(shortened));
    return pad(spec, width).join('.') === pad(shortened, width).join('.');
}
function normalized(v) {
    const parsed = version(v);
    if (!parsed)
        return v.toLowerCase();
    const { epoch, public: pub, local } = parsed.info;
    return `${epoch && !pub.includes('!') ? `${epoch}!` : ''}${pub}${local ? `+${local}` : ''}`;
}
const sameBase = (a, b) => cmp(a.info.base_version, b.info.base_version) === 0;
/** packaging's Specifier operators, prerelease gating left to the caller. */
function clauseContains(clause, candidate) {
    const { operator, version: spec } = clause;
    if (operator === '===')
        return candidate.text.toLowerCase() === spec.toLowerCase() || normalized(candidate.text) === spec.toLowerCase();
    if (!clause.pep440)
        return undefined;
    if ((operator === '==' || operator === '!=') && spec.endsWith('.*')) {
        return prefixMatches(spec.slice(0, -2), candidate) === (operator === '==');
    }
    const target = version(spec);
    if (!target)
        return undefined;
    const pub = candidate.info.public;
    switch (operator) {
        case '==':
        case '!=': {
            const equal = target.info.local ? cmp(candidate.text, spec) === 0 : cmp(pub, spec) === 0;
            return equal === (operator === '==');
        }
        case '<=':
            return cmp(pub, spec) <= 0;
        case '>=':
            return cmp(pub, spec) >= 0;
        case '<':
            return cmp(candidate.text, spec) < 0 && !(!target.info.is_prerelease && candidate.info.is_prerelease && sameBase(candidate, target));
        case '>':
            return (cmp(candidate.text, spec) > 0 &&
                !(!target.info.is_postrelease && candidate.info.is_postrelease && sameBase(candidate, target)) &&
                !(candidate.info.local && sameBase(candidate, target)));
        case '~=': {
            // ~=1.4.5a4 is >=1.4.5a4 plus ==1.4.*: the release without its last number (suffixes dropped) as a prefix.
            const parts = versionSplit(normalized(spec));
            const suffix = parts.findIndex((p) => /^(dev|a|b|rc|post)/.test(p));
            const release = suffix < 0 ? parts : parts.slice(0, suffix);
            return cmp(pub, spec) >= 0 && prefixMatches(release.slice(0, -1).join('.'), candidate);
        }
        default:
            return undefined;
    }
}
/** Does any clause name a prerelease? packaging then lets prereleases through. */
function mentionsPrerelease(clauses) {
    return clauses.some((c) => {
        if (!['==', '>=', '<=', '~=', '==='].includes(c.operator))
            return false;
        const v = version(c.operator === '==' && c.version.endsWith('.*') ? c.version.slice(0, -2) : c.version);
        return v?.info.is_prerelease ?? false;
    });
}
function containsAll(clauses, candidate) {
    let unknown = false;
    for (const clause of clauses) {
        const r = clauseContains(clause, candidate);
        if (r === false)
            return false;
        if (r === undefined)
            unknown = true;
    }
    return unknown ? undefined : true;
}
/** Does `version` fall within `specifier` (`>=1.2,<2`, '' for any)? undefined when either is not PEP 440. */
function satisfies(versionText, specifier, options = {}) {
    const candidate = version(versionText);
    const clauses = parseSpecifierSet(specifier);
    if (!candidate || !clauses)
        return undefined;
    if (options.prereleases === false && candidate.info.is_prerelease && !mentionsPrerelease(clauses))
        return false;
    try {
        return containsAll(clauses, candidate);
    }
    catch {
        // The library throws on some clauses it parsed (`<` and a 400-digit release): not readable, so no answer.
        return undefined;
    }
}
// Versions near each bound, tried as witnesses that two sets overlap. `local` is a local label no clause names.
function candidatesAround(v, local) {
    const parsed = version(v);
    if (!parsed)
        return [];
    const { epoch, release } = parsed.info;
    const e = epoch ? `${epoch}!` : '';
    const base = release.join('.');
    const bumped = (i) => [...release.slice(0, i), release[i] + 1].join('.');
    const pub = parsed.info.public;
    const out = [normalized(v), `${pub}+${local}`, `${e}${base}`, `${e}${base}.dev0`, `${e}${base}.post1`, `${e}${base}.1`];
    for (let i = 0; i < release.length; i++)
        out.push(`${e}${bumped(i)}`, `${e}${bumped(i)}.dev0`);
    const last = release.length - 1;
    if (release[last] > 0)
        out.push(`${e}${[...release.slice(0, last), release[last] - 1].join('.')}.99999`);
    return out;
}
// The least version there is: epoch 0, release 0, dev release 0.
const LEAST = { v: '0.dev0', inclusive: true };
/** The prefix range `==P.*` covers: [P.dev0, P'.dev0) with P' the prefix with its last number bumped. */
function prefixRange(prefix) {
    const p = version(prefix);
    if (!p)
        return undefined;
    const { epoch, release } = p.info;
    const e = epoch ? `${epoch}!` : '';
    const next = [...release.slice(0, -1), release[release.length - 1] + 1].join('.');
    return { lo: { v: `${e}${release.join('.')}.dev0`, inclusive: true }, hi: { v: `${e}${next}.dev0`, inclusive: false } };
}
/**
 * Lower and upper bounds on the public versions a clause admits, a superset (`!=` holes and most pre/post-release
 * exclusions are ignored), used to prove that two sets cannot meet.
 */
function bounds(clause) {
    const { operator: op, version: v } = clause;
    if (op === '!=')
        return {};
    if (op === '==' && v.endsWith('.*'))
        return prefixRange(v.slice(0, -2));
    const p = version(v);
    if (!p)
        return undefined;
    const pub = p.info.public;
    const { pre, post, dev } = p.info;
    switch (op) {
        case '==':
            return { lo: { v: pub, inclusive: true }, hi: { v: pub, inclusive: true } };
        case '>=':
            return { lo: { v: pub, inclusive: true } };
        case '>':
            return { lo: { v: pub, inclusive: false } };
        case '<=':
            return { hi: { v: pub, inclusive: true } };
        case '<':
            // <2.0 rejects 2.0's own pre- and dev releases, so it ends where they begin.
            return { hi: { v: pre === null && post === null && dev === null ? `${pub}.dev0` : pub, inclusive: false } };
        case '~=': {
            const range = prefixRange(`${p.info.epoch ? `${p.info.epoch}!` : ''}${p.info.release.slice(0, -1).join('.')}`);
            return range && { lo: { v: pub, inclusive: true }, hi: range.hi };
        }
        default:
            return undefined;
    }
}
const below = (a, b) => {
    const c = cmp(a.v, b.v);
    return c < 0 || (c === 0 && a.inclusive && b.inclusive);
};
function provablyDisjoint(clauses) {
    let lo = LEAST;
    let hi;
    for (const clause of clauses) {
        const b = bounds(clause);
        if (!b)
            return false;
        if (b.lo && (cmp(b.lo.v, lo.v) > 0 || (cmp(b.lo.v, lo.v) === 0 && !b.lo.inclusive)))
            lo = b.lo;
        if (b.hi && (!hi || cmp(b.hi.v, hi.v) < 0 || (cmp(b.hi.v, hi.v) === 0 && !b.hi.inclusive)))
            hi = b.hi;
    }
    if (hi && !below(lo, hi))
        return true;
    // What is left may fall inside a range some `!=P.*` removes.
    return clauses.some((c) => {
        if (c.operator !== '!=' || !c.version.endsWith('.*') || !hi)
            return false;
        const gap = prefixRange(c.version.slice(0, -2));
        return gap !== undefined && cmp(lo.v, gap.lo.v) >= 0 && (cmp(hi.v, gap.hi.v) < 0 || (cmp(hi.v, gap.hi.v) === 0 && !hi.inclusive));
    });
}
/**
 * Can one version satisfy both specifier sets (prereleases counted)? true with a witness version found, false when
 * provably not (disjoint bounds, an exact pin that fails the other set), undefined when unknowable: a legacy clause,
 * or no witness and no proof.
 */
function specifiersIntersect(a, b) {
    const left = parseSpecifierSet(a);
    const right = parseSpecifierSet(b);
    if (!left || !right)
        return undefined;
    const clauses = [...left, ...right];
    if (clauses.some((c) => !c.pep440))
        return undefined;
    const arbitrary = clauses.find((c) => c.operator === '===');
    if (arbitrary) {
        const v = version(arbitrary.version);
        if (!v)
            return clauses.every((c) => c.operator === '===' && c.version.toLowerCase() === arbitrary.version.toLowerCase());
        return containsAll(clauses, v);
    }
    const mentioned = clauses.map((c) => (c.version.endsWith('.*') ? c.version.slice(0, -2) : c.version));
    const locals = clauses.filter((c) => c.version.includes('+')).map((c) => c.version);
    let fresh = 0;
    while (locals.some((l) => l.toLowerCase().endsWith(`+mlhub${fresh}`)))
        fresh++;
    const candidates = [...mentioned.flatMap((v) => candidatesAround(v, `mlhub${fresh}`)), ...locals, '0', '0.dev0', '99999'];
    for (const text of candidates) {
        const v = version(text);
        if (v && containsAll(clauses, v))
            return true;
    }
    // An exact pin admits only its version and that version's local variants: the named ones and one unnamed (which
    // stands for all unnamed ones, as no clause tells them apart) were all tried above.
    if (clauses.some((c) => c.operator === '==' && !c.version.endsWith('.*')))
        return false;
    return provablyDisjoint(clauses) ? false : undefined;
}


/***/ }),

/***/ 2688:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ce: () => (/* binding */ pep508Dependency),
/* harmony export */   Pn: () => (/* binding */ addPep508Dependency),
/* harmony export */   it: () => (/* binding */ dependencyFromParts),
/* harmony export */   xO: () => (/* binding */ andMarkers)
/* harmony export */ });
/* harmony import */ var _renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8898);
/* harmony import */ var _renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(_renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _pep508_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5580);
// Dependencies declared as PEP 508 strings (PEP 621, setup.py, python_env.yaml) or as parts (Poetry, Pipfile) become
// PyPI Dependency values; what pip would reject becomes a diagnostic at its line and the rest of the file goes on.


const validName = /^([A-Za-z0-9]|[A-Za-z0-9][A-Za-z0-9._-]*[A-Za-z0-9])$/;
/** `a and b`, each side parenthesised so that `or` inside either keeps its meaning. */
function andMarkers(...markers) {
    const present = markers.map((m) => m?.trim()).filter((m) => !!m);
    if (present.length <= 1)
        return present[0];
    return present.map((m) => `(${m})`).join(' and ');
}
/** Parses `text` as PEP 508 and adds it to the file; `extraMarker` is and-ed to its own (setuptools `extra:marker`). */
function addPep508Dependency(b, text, line, group, extraMarker) {
    const dependency = pep508Dependency(b, text, line, group, extraMarker);
    if (dependency)
        b.file.dependencies.push(dependency);
    return dependency;
}
/** Like addPep508Dependency, without adding it: for dependencies that only count when something refers to them. */
function pep508Dependency(b, text, line, group, extraMarker) {
    let parsed;
    try {
        parsed = (0,_pep508_js__WEBPACK_IMPORTED_MODULE_1__/* .parsePep508 */ .W_)(text.trim());
    }
    catch (error) {
        if (!(error instanceof _pep508_js__WEBPACK_IMPORTED_MODULE_1__/* .RequirementSyntaxError */ .tL))
            throw error;
        b.report('error', 'requirement', `invalid requirement "${text.trim()}": ${error.message}`, line);
        return undefined;
    }
    const marker = andMarkers(parsed.marker, extraMarker);
    const dependency = {
        name: parsed.name,
        normalized: parsed.normalized,
        ecosystem: 'pypi',
        specifier: parsed.specifier,
        extras: parsed.extras,
        ...(marker ? { marker } : {}),
        ...(parsed.url ? { url: parsed.url } : {}),
        editable: false,
        file: b.file.path,
        line,
        group,
    };
    return dependency;
}
/** Checks each part the way pip would see it; a bad part is a diagnostic at `line` and gives undefined. */
function dependencyFromParts(b, parts, line, group) {
    const fail = (what) => {
        b.report('error', 'requirement', `${parts.name}: ${what}`, line);
        return undefined;
    };
    if (!validName.test(parts.name))
        return fail('not a valid package name');
    const extras = parts.extras ?? [];
    const badExtra = extras.find((e) => !validName.test(e));
    if (badExtra !== undefined)
        return fail(`"${badExtra}" is not a valid extra name`);
    const specifier = parts.specifier.replace(/\s+/g, '');
    if (specifier && !(0,_renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0__.validRange)(specifier))
        return fail(`"${parts.specifier}" is not a valid version specifier`);
    const marker = parts.marker?.trim();
    if (marker) {
        try {
            (0,_pep508_js__WEBPACK_IMPORTED_MODULE_1__/* .parsePep508 */ .W_)(`x ; ${marker}`);
        }
        catch (error) {
            if (!(error instanceof _pep508_js__WEBPACK_IMPORTED_MODULE_1__/* .RequirementSyntaxError */ .tL))
                throw error;
            return fail(`invalid environment marker "${marker}": ${error.message}`);
        }
    }
    const dependency = {
        name: parts.name,
        normalized: (0,_pep508_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizeName */ .Pc)(parts.name),
        ecosystem: 'pypi',
        specifier,
        extras,
        ...(marker ? { marker } : {}),
        ...(parts.url ? { url: parts.url } : {}),
        editable: parts.editable ?? false,
        file: b.file.path,
        line,
        group,
        ...(parts.hashes?.length ? { hashes: parts.hashes } : {}),
    };
    return dependency;
}


/***/ }),

/***/ 5580:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pc: () => (/* binding */ normalizeName),
/* harmony export */   QC: () => (/* binding */ normalizeMarker),
/* harmony export */   W_: () => (/* binding */ parsePep508),
/* harmony export */   iM: () => (/* binding */ splitUrl),
/* harmony export */   m0: () => (/* binding */ pyStrip),
/* harmony export */   tL: () => (/* binding */ RequirementSyntaxError),
/* harmony export */   wv: () => (/* binding */ isPySpace)
/* harmony export */ });
/* harmony import */ var _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9530);
/* harmony import */ var _pep440_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5503);
// PEP 508 dependency specifiers, read the way pip 23.2 reads them (its vendored packaging 21.3 pyparsing grammar), so
// that what pip accepts we accept, and what it rejects we report with a column.


class RequirementSyntaxError extends Error {
    column;
    constructor(message, 
    /** 1-based, in the text given to the parser. */
    column) {
        super(message);
        this.column = column;
        this.name = 'RequirementSyntaxError';
    }
    /** For callers that know where the text sits: `columnOffset` is the 0-based column where it starts in its line. */
    toLocatedError(code, file, line, columnOffset = 0) {
        return new _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .LocatedError */ .B(code, this.message, file, line, this.column + columnOffset);
    }
}
/** PEP 503: lower-case, runs of `-`, `_`, `.` become one `-`. */
function normalizeName(name) {
    return name.replace(/[-_.]+/g, '-').toLowerCase();
}
const ONE_SPACE = new RegExp(`^[${_pep440_js__WEBPACK_IMPORTED_MODULE_1__/* .PY_SPACE_CHARS */ .Tf}]$`);
/** Is `ch` whitespace to Python (`str.isspace()`)? */
const isPySpace = (ch) => ch !== undefined && ONE_SPACE.test(ch);
/**
 * Python's `str.strip()`: its whitespace set, not JavaScript's. Scanned from both ends: an unanchored `\s+$` retries
 * from every space of a run that does not reach the end, which is quadratic in the run.
 */
function pyStrip(s) {
    let start = 0;
    let end = s.length;
    while (start < end && isPySpace(s[start]))
        start++;
    while (end > start && isPySpace(s[end - 1]))
        end--;
    return s.slice(start, end);
}
// pyparsing skips these between tokens, nothing else.
const SKIP = /[ \t\n\r]*/y;
const IDENTIFIER = /[A-Za-z0-9](?:[-_.]*[A-Za-z0-9])*/y;
const URI = /[^ ]+/y;
// MatchFirst order of packaging 21.3's VARIABLE: earlier literals win, and none needs a word boundary after it.
const MARKER_VARIABLES = [
    ['implementation_version', 'implementation_version'],
    ['platform_python_implementation', 'platform_python_implementation'],
    ['implementation_name', 'implementation_name'],
    ['python_full_version', 'python_full_version'],
    ['platform_release', 'platform_release'],
    ['platform_version', 'platform_version'],
    ['platform_machine', 'platform_machine'],
    ['platform_system', 'platform_system'],
    ['python_version', 'python_version'],
    ['sys_platform', 'sys_platform'],
    ['os_name', 'os_name'],
    ['os.name', 'os_name'],
    ['sys.platform', 'sys_platform'],
    ['platform.version', 'platform_version'],
    ['platform.machine', 'platform_machine'],
    ['platform.python_implementation', 'platform_python_implementation'],
    ['python_implementation', 'platform_python_implementation'],
    ['extra', 'extra'],
];
const MAX_MARKER_DEPTH = 100;
const MARKER_OPS = ['===', '==', '>=', '<=', '!=', '~=', '>', '<', 'not in', 'in'];
class Parser {
    pos = 0;
    text;
    depth = 0;
    /** For each index of `text`, the index in the text given, when that had tabs. */
    origin;
    constructor(given) {
        [this.text, this.origin] = expandTabs(given);
    }
    fail(message, at = this.pos) {
        const column = this.origin ? this.origin[at] : at;
        throw new RequirementSyntaxError(message, column + 1);
    }
    skip() {
        SKIP.lastIndex = this.pos;
        SKIP.exec(this.text);
        this.pos = SKIP.lastIndex;
    }
    match(re) {
        re.lastIndex = this.pos;
        const m = re.exec(this.text);
        if (!m)
            return undefined;
        this.pos = re.lastIndex;
        return m[0];
    }
    eat(literal) {
        this.skip();
        if (!this.text.startsWith(literal, this.pos))
            return false;
        this.pos += literal.length;
        return true;
    }
    atEnd() {
        this.skip();
        return this.pos >= this.text.length;
    }
    requirement() {
        this.skip();
        const name = this.match(IDENTIFIER) ?? this.fail('expected a package name');
        const extras = this.extras();
        const start = this.pos;
        let url;
        let specifier = '';
        if (this.eat('@')) {
            this.skip();
            url = this.match(URI) ?? this.fail('expected a URL after @');
        }
        else {
            this.pos = start;
            specifier = this.versionSpec();
        }
        let marker;
        const beforeMarker = this.pos;
        if (this.eat(';')) {
            this.skip();
            const markerStart = this.pos;
            this.markerExpr();
            marker = this.text.slice(markerStart, this.pos);
        }
        else {
            this.pos = beforeMarker;
        }
        if (!this.atEnd())
            this.fail(url === undefined && !specifier && !marker ? 'expected a version specifier, @ URL or ; marker' : 'unexpected text');
        if (url !== undefined)
            checkUrl(url, this, start);
        const unique = [...new Set(extras)];
        return { name, normalized: normalizeName(name), extras: unique, specifier, ...(marker !== undefined && { marker }), ...(url !== undefined && { url }) };
    }
    extras() {
        const start = this.pos;
        if (!this.eat('[')) {
            this.pos = start;
            return [];
        }
        const extras = [];
        this.skip();
        const first = this.match(IDENTIFIER);
        if (first) {
            extras.push(first);
            for (;;) {
                const save = this.pos;
                if (!this.eat(',')) {
                    this.pos = save;
                    break;
                }
                this.skip();
                const next = this.match(IDENTIFIER);
                if (!next)
                    this.fail('expected an extra name');
                extras.push(next);
            }
        }
        if (!this.eat(']'))
            this.fail(first ? 'expected , or ] in extras' : 'expected an extra name or ]');
        return extras;
    }
    /** `(>=1, <2)` or `>=1, <2`; returns the normalised clauses, comma-joined. */
    versionSpec() {
        const start = this.pos;
        if (this.eat('(')) {
            const raw = this.versionMany();
            if (raw !== undefined) {
                if (!this.eat(')'))
                    this.fail('expected , or )');
                return normalizeSpecifier(raw, this, start);
            }
            this.pos = start;
            return '';
        }
        this.pos = start;
        const raw = this.versionMany();
        if (raw === undefined) {
            this.pos = start;
            return '';
        }
        return normalizeSpecifier(raw, this, start);
    }
    /** Clause texts joined by commas, as pyparsing's Combine hands them to SpecifierSet. */
    versionMany() {
        this.skip();
        const first = (0,_pep440_js__WEBPACK_IMPORTED_MODULE_1__/* .clauseEnd */ .l6)(this.text, this.pos);
        if (first < 0)
            return undefined;
        const parts = [this.text.slice(this.pos, first)];
        this.pos = first;
        for (;;) {
            const save = this.pos;
            if (!this.eat(',')) {
                this.pos = save;
                break;
            }
            this.skip();
            const end = (0,_pep440_js__WEBPACK_IMPORTED_MODULE_1__/* .clauseEnd */ .l6)(this.text, this.pos);
            if (end < 0) {
                this.pos = save;
                break;
            }
            parts.push(this.text.slice(this.pos, end));
            this.pos = end;
        }
        return parts.join(',');
    }
    markerExpr() {
        const nodes = [this.markerAtom()];
        for (;;) {
            const save = this.pos;
            this.skip();
            const op = this.text.startsWith('and', this.pos) ? 'and' : this.text.startsWith('or', this.pos) ? 'or' : undefined;
            if (!op) {
                this.pos = save;
                break;
            }
            this.pos += op.length;
            try {
                nodes.push(op, this.markerAtom());
            }
            catch (e) {
                if (!(e instanceof RequirementSyntaxError))
                    throw e;
                this.pos = save;
                break;
            }
        }
        return nodes;
    }
    markerAtom() {
        this.skip();
        if (this.text[this.pos] === '(') {
            // Python gives up (RecursionError) long before a JavaScript stack would; stop well before either.
            if (this.depth >= MAX_MARKER_DEPTH)
                this.fail('marker nested too deeply');
            this.pos++;
            this.depth++;
            try {
                const inner = this.markerExpr();
                if (!this.eat(')'))
                    this.fail('expected ) in marker');
                return inner;
            }
            finally {
                this.depth--;
            }
        }
        const lhs = this.markerOperand();
        this.skip();
        const op = MARKER_OPS.find((o) => this.text.startsWith(o, this.pos)) ?? this.fail('expected a marker operator');
        this.pos += op.length;
        return { lhs, op, rhs: this.markerOperand() };
    }
    markerOperand() {
        this.skip();
        const quote = this.text[this.pos];
        if (quote === '"' || quote === "'") {
            const close = findQuoteEnd(this.text, this.pos + 1, quote);
            if (close < 0)
                this.fail('unterminated string in marker');
            const value = this.text.slice(this.pos + 1, close).replace(/\\([tnfr])/g, (_, c) => WS_ESCAPES[c]);
            this.pos = close + 1;
            return { value };
        }
        const variable = MARKER_VARIABLES.find(([literal]) => this.text.startsWith(literal, this.pos));
        if (!variable)
            this.fail('expected a marker variable or a quoted string');
        this.pos += variable[0].length;
        return { variable: variable[1] };
    }
}
/**
 * pyparsing's parseString runs str.expandtabs() first, so a tab is one to eight spaces, depending on its column: it
 * ends a URL, and `not<TAB>in` is `not in` only when the tab stands for one space.
 */
function expandTabs(text) {
    if (!text.includes('\t'))
        return [text, undefined];
    let out = '';
    const origin = [];
    let column = 0;
    let index = 0;
    for (const ch of text) {
        // Python counts code points; a JavaScript string index counts UTF-16 units.
        if (ch === '\t') {
            const spaces = 8 - (column % 8);
            out += ' '.repeat(spaces);
            for (let k = 0; k < spaces; k++)
                origin.push(index);
            column += spaces;
        }
        else {
            out += ch;
            for (let k = 0; k < ch.length; k++)
                origin.push(index + k);
            column = ch === '\n' || ch === '\r' ? 0 : column + 1;
        }
        index += ch.length;
    }
    origin.push(index); // the end
    return [out, origin];
}
// pyparsing's QuotedString turns these escapes into the characters themselves; other backslashes stay.
const WS_ESCAPES = { t: '\t', n: '\n', f: '\f', r: '\r' };
function findQuoteEnd(text, from, quote) {
    for (let i = from; i < text.length; i++) {
        const ch = text[i];
        if (ch === quote)
            return i;
        if (ch === '\n' || ch === '\r')
            return -1;
    }
    return -1;
}
function normalizeSpecifier(raw, parser, start) {
    const clauses = (0,_pep440_js__WEBPACK_IMPORTED_MODULE_1__/* .parseSpecifierSet */ .m0)(raw) ?? parser.fail(`invalid version specifier '${raw}'`, start);
    return clauses.map((c) => c.operator + c.version).join(',');
}
const SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):/;
/** Python's urllib.parse.urlsplit (3.11), without its IPv6 and Unicode host checks. */
function splitUrl(url) {
    // urlsplit strips leading C0 controls and spaces and drops tabs and newlines before parsing.
    let rest = url.replace(/^[\x00-\x20]+/, '').replace(/[\t\r\n]/g, '');
    const scheme = SCHEME.exec(rest);
    if (scheme)
        rest = rest.slice(scheme[0].length);
    let netloc;
    if (rest.startsWith('//')) {
        netloc = /^\/\/([^/?#]*)/.exec(rest)[1];
        rest = rest.slice(2 + netloc.length);
    }
    let fragment;
    let query;
    if (rest.includes('#'))
        [rest, fragment] = [rest.slice(0, rest.indexOf('#')), rest.slice(rest.indexOf('#') + 1)];
    if (rest.includes('?'))
        [rest, query] = [rest.slice(0, rest.indexOf('?')), rest.slice(rest.indexOf('?') + 1)];
    return { scheme: scheme ? scheme[1].toLowerCase() : '', netloc, path: rest, query, fragment };
}
/** packaging 21.3's URL check: a file: URL must survive urlparse/urlunparse unchanged, others need scheme and host. */
function checkUrl(url, parser, at) {
    const { scheme, netloc, path, query, fragment } = splitUrl(url);
    if (netloc !== undefined && netloc.includes('[') !== netloc.includes(']'))
        parser.fail(`invalid IPv6 host in URL '${url}'`, at);
    if (scheme === 'file') {
        let rebuilt = path;
        if (netloc || !path.startsWith('//'))
            rebuilt = `//${netloc ?? ''}${rebuilt && !rebuilt.startsWith('/') ? '/' : ''}${rebuilt}`;
        rebuilt = `file:${rebuilt}${query ? `?${query}` : ''}${fragment ? `#${fragment}` : ''}`;
        if (rebuilt !== url)
            parser.fail(`invalid file URL '${url}'`, at);
        return;
    }
    if (!scheme || !netloc)
        parser.fail(`invalid URL '${url}' (needs a scheme and a host)`, at);
}
/** Parses a PEP 508 requirement (`name[extras] (specifier | @ url) ; marker`); throws RequirementSyntaxError. */
function parsePep508(text) {
    return new Parser(text).requirement();
}
function formatOperand(o) {
    return 'variable' in o ? o.variable : `"${o.value}"`;
}
// packaging 21.3's _format_marker: a group of one loses its parentheses, wherever it sits.
function formatMarker(node, first = true) {
    if (Array.isArray(node)) {
        if (node.length === 1 && typeof node[0] !== 'string')
            return formatMarker(node[0]);
        const inner = node.map((n) => formatMarker(n, false)).join(' ');
        return first ? inner : `(${inner})`;
    }
    if (typeof node === 'string')
        return node;
    return `${formatOperand(node.lhs)} ${node.op} ${formatOperand(node.rhs)}`;
}
/** The marker as pip prints it (`str(Marker(...))`): canonical spacing, double quotes, legacy names aliased. */
function normalizeMarker(marker) {
    const parser = new Parser(marker);
    const tree = parser.markerExpr();
    if (!parser.atEnd())
        parser.fail('unexpected text in marker');
    return formatMarker(tree);
}


/***/ }),

/***/ 4037:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  XW: () => (/* binding */ parseRequirementsText)
});

// UNUSED EXPORTS: expandEnvVariables, parseRequirementsFile

// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
// EXTERNAL MODULE: ./shared/diagnostics.ts
var diagnostics = __webpack_require__(9530);
;// CONCATENATED MODULE: ./shared/secret-values.ts
// Values ml-hub learned from the process environment while reading the user's files (pip's `${VAR}` in requirements
// files). Nothing in shared/ writes them anywhere; the shells subscribe and have the runner mask them in its logs
// (core.setSecret), since a value read from the environment may be a token.
const listeners = new Set();
const known = new Set();
/** Calls `listener` with every value expanded so far and each one expanded later; returns the unsubscribe. */
function onSecretExpanded(listener) {
    listeners.add(listener);
    for (const value of known)
        listener(value);
    return () => listeners.delete(listener);
}
/** A parser read `value` from the environment. */
function secretExpanded(value) {
    if (!value || known.has(value))
        return;
    known.add(value);
    for (const listener of listeners)
        listener(value);
}

// EXTERNAL MODULE: ./shared/text/lines.ts
var lines = __webpack_require__(6107);
// EXTERNAL MODULE: ./shared/env/pep440.ts
var pep440 = __webpack_require__(5503);
// EXTERNAL MODULE: ./shared/env/pep508.ts
var pep508 = __webpack_require__(5580);
;// CONCATENATED MODULE: ./shared/env/requirements.ts
// pip requirements files, read as pip 23.2 reads them (pip/_internal/req/req_file.py and constructors.py): the same
// line joining, comments, ${VAR} expansion, option grammar (shlex + optparse, abbreviations included), local paths,
// URLs, wheels, #egg= and editables. Where pip would stop at a bad line, this reports it and reads on.






const SYNTAX = 'requirements/syntax';
// str.splitlines() also breaks at these; editors and GitHub do not, so lines are numbered by text/lines.ts's rule
// (\n, \r\n and \r) only.
const PY_LINE_BREAKS = /\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/g;
function physicalLines(text) {
    const lines = [];
    let editor = 1;
    let start = 0;
    for (const m of text.matchAll(PY_LINE_BREAKS)) {
        lines.push({ line: editor, text: text.slice(start, m.index) });
        if (/[\n\r]/.test(m[0]))
            editor++;
        start = m.index + m[0].length;
    }
    if (start < text.length)
        lines.push({ line: editor, text: text.slice(start) });
    return lines;
}
const COMMENT_LINE = new RegExp(`^[${pep440/* PY_SPACE_CHARS */.Tf}]*#`);
/** join_lines: a trailing `\` joins the next line (a comment line ends the run); the first line's number is kept. */
function joinContinuations(lines) {
    const out = [];
    let pending;
    for (const { line, text } of lines) {
        const comment = COMMENT_LINE.test(text);
        if (!text.endsWith('\\') || comment) {
            const piece = comment ? ` ${text}` : text;
            if (pending) {
                out.push({ line: pending.line, text: pending.text + piece });
                pending = undefined;
            }
            else {
                out.push({ line, text: piece });
            }
        }
        else {
            // pip strips backslashes from both ends of a continued line.
            const piece = text.replace(/^\\+|\\+$/g, '');
            pending = pending ? { line: pending.line, text: pending.text + piece } : { line, text: piece };
        }
    }
    if (pending)
        out.push(pending);
    return out;
}
/** A `#` starts a comment at the start of a line or after whitespace; `#egg=` inside a URL does not. */
function stripComment(text) {
    for (let i = 0; i < text.length; i++) {
        if (text[i] === '#' && (i === 0 || (0,pep508/* isPySpace */.wv)(text[i - 1])))
            return text.slice(0, i);
    }
    return text;
}
function logicalLines(text) {
    const out = [];
    for (const { line, text: raw } of joinContinuations(physicalLines(text))) {
        const stripped = (0,pep508/* pyStrip */.m0)(stripComment(raw));
        if (stripped)
            out.push({ line, text: stripped });
    }
    return out;
}
// ---- ${VAR} (req_file.expand_env_variables) ----
// pip reads a line with its variables expanded, so the expanded text decides what is installed. Everything ml-hub
// keeps, shows or writes is the line as written: a value from the environment may be a token.
const ENV_VAR = /\$\{([A-Z0-9_]+)\}/g;
/** Reads a variable that is unset here: valid as a version, a name and inside a URL, and never written by hand. */
const UNSET_STAND_IN = '0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.1';
/**
 * pip expands only `${NAME}` with NAME in [A-Z0-9_], and leaves it as written when the variable is unset or empty;
 * `standIn` replaces the unset ones instead.
 */
function expandVariables(raw, env, standIn) {
    const values = new Map();
    for (const [, name] of raw.matchAll(ENV_VAR)) {
        const value = env[name] || standIn;
        if (value)
            values.set(name, value);
    }
    if (!values.size)
        return { text: raw, raw, substitutions: [], exact: true };
    if ([...values.values()].some((v) => /[${}]/.test(v))) {
        // pip replaces one variable after the other, so a value can complete another `${NAME}`.
        let text = raw;
        for (const [name, value] of values)
            text = text.split(`\${${name}}`).join(value);
        const substitutions = [...values].map(([name, value]) => ({ name, value, from: -1, to: -1, rawFrom: -1, rawTo: -1 }));
        return { text, raw, substitutions, exact: false };
    }
    const substitutions = [];
    let text = '';
    let last = 0;
    for (const m of raw.matchAll(ENV_VAR)) {
        const value = values.get(m[1]);
        if (value === undefined)
            continue;
        text += raw.slice(last, m.index);
        substitutions.push({ name: m[1], value, from: text.length, to: text.length + value.length, rawFrom: m.index, rawTo: m.index + m[0].length });
        text += value;
        last = m.index + m[0].length;
    }
    return { text: text + raw.slice(last), raw, substitutions, exact: true };
}
/** A written part (`https://${TOKEN}@host/simple`) as pip reads it: what is installed from it. */
function expandEnvVariables(text, env) {
    return expandVariables(text, env).text;
}
/** The offset in the written line of `pos` in the expanded one; undefined inside an expanded value. */
function writtenOffset(pos, line) {
    let shift = 0;
    for (const s of line.substitutions) {
        if (pos <= s.from)
            break;
        if (pos < s.to)
            return undefined;
        shift += s.rawTo - s.rawFrom - (s.to - s.from);
    }
    return pos + shift;
}
/** Every expanded value (also trimmed or without spaces, as parts are normalised) back in its `${NAME}` form. */
function hideValues(text, line) {
    const forms = line.substitutions
        .flatMap((s) => [s.value, (0,pep508/* pyStrip */.m0)(s.value), s.value.replace(/\s+/g, '')].map((v) => [v, `\${${s.name}}`]))
        .filter(([v]) => v)
        .sort((a, b) => b[0].length - a[0].length);
    let out = text;
    for (const [value, ref] of forms)
        out = out.split(value).join(ref);
    return out;
}
/** A piece of the expanded line as it was written: sliced from the written line where it maps exactly. */
function writtenForm(piece, line) {
    if (!line.substitutions.length || !piece)
        return piece;
    const at = line.exact ? line.text.indexOf(piece) : -1;
    if (at >= 0) {
        const from = writtenOffset(at, line);
        const to = writtenOffset(at + piece.length, line);
        if (from !== undefined && to !== undefined)
            return line.raw.slice(from, to);
    }
    return hideValues(piece, line);
}
// ---- Options (shlex.split + optparse) ----
/** shlex.split(s) in POSIX mode: quotes, backslash escapes; whitespace is space, tab, CR, LF only. */
function shlexSplit(s) {
    const words = [];
    let word = '';
    let inWord = false;
    let i = 0;
    const fail = () => {
        throw new Error(`could not split options: ${s}`);
    };
    while (i < s.length) {
        const ch = s[i];
        if (' \t\r\n'.includes(ch)) {
            if (inWord)
                words.push(word);
            word = '';
            inWord = false;
            i++;
        }
        else if (ch === '\\') {
            if (i + 1 >= s.length)
                fail();
            word += s[i + 1];
            inWord = true;
            i += 2;
        }
        else if (ch === "'") {
            const close = s.indexOf("'", i + 1);
            if (close < 0)
                fail();
            word += s.slice(i + 1, close);
            inWord = true;
            i = close + 1;
        }
        else if (ch === '"') {
            inWord = true;
            i++;
            for (;;) {
                if (i >= s.length)
                    fail();
                const c = s[i];
                if (c === '"')
                    break;
                // Inside double quotes a backslash escapes only `"` and itself.
                if (c === '\\' && i + 1 < s.length && (s[i + 1] === '"' || s[i + 1] === '\\')) {
                    word += s[i + 1];
                    i += 2;
                }
                else if (c === '\\' && i + 1 >= s.length) {
                    fail();
                }
                else {
                    word += c;
                    i++;
                }
            }
            i++;
        }
        else {
            word += ch;
            inWord = true;
            i++;
        }
    }
    if (inWord)
        words.push(word);
    return words;
}
const STRONG_HASHES = ['sha256', 'sha384', 'sha512'];
const FEATURES = ['fast-deps', 'truststore', 'no-binary-enable-wheel-cache'];
const ignore = () => undefined;
// req_file.SUPPORTED_OPTIONS + SUPPORTED_OPTIONS_REQ, with pip 23.2's checks on their values.
const OPTION_SPECS = [
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
            if (!FEATURES.includes(v))
                throw new Error(`option ${name}: invalid choice: '${v}' (choose from ${FEATURES.map((f) => `'${f}'`).join(', ')})`);
        },
    },
    { long: ['--global-option'], value: ignore },
    {
        long: ['--hash'],
        value: (o, v, name) => {
            const colon = v.indexOf(':');
            if (colon < 0)
                throw new Error(`arguments to ${name} must be a hash name followed by a value, like --hash=sha256:abcde...`);
            if (!STRONG_HASHES.includes(v.slice(0, colon)))
                throw new Error(`allowed hash algorithms for ${name} are ${STRONG_HASHES.join(', ')}`);
            o.hashes.push(v);
        },
    },
    {
        short: '-C',
        long: ['--config-settings'],
        value: (_, v, name) => {
            if (!v.includes('='))
                throw new Error(`arguments to ${name} must be of the form KEY=VAL`);
        },
    },
];
function binaryFormats(_, value) {
    if (value.startsWith('-'))
        throw new Error('--no-binary / --only-binary option requires 1 argument');
}
const LONG_OPTIONS = new Map(OPTION_SPECS.flatMap((spec) => spec.long.map((name) => [name, spec])));
const SHORT_OPTIONS = new Map(OPTION_SPECS.flatMap((spec) => (spec.short ? [[spec.short, spec]] : [])));
/** optparse's _match_abbrev: an exact name, or the one option the prefix starts. */
function matchLong(name) {
    const exact = LONG_OPTIONS.get(name);
    if (exact)
        return [name, exact];
    const candidates = [...LONG_OPTIONS.keys()].filter((k) => k.startsWith(name)).sort();
    if (candidates.length === 1)
        return [candidates[0], LONG_OPTIONS.get(candidates[0])];
    throw new Error(candidates.length ? `ambiguous option: ${name} (${candidates.join(', ')}?)` : `no such option: ${name}`);
}
/** optparse's _process_args, positional arguments ignored as pip ignores them. */
function parseOptions(words) {
    const o = { extraIndexUrls: [], noIndex: false, constraints: [], requirements: [], editables: [], findLinks: [], trustedHosts: [], hashes: [] };
    const rest = [...words];
    const take = (name) => {
        if (!rest.length)
            throw new Error(`${name} option requires 1 argument`);
        return rest.shift();
    };
    while (rest.length) {
        const arg = rest.shift();
        if (arg === '--')
            break;
        if (arg.startsWith('--')) {
            const eq = arg.indexOf('=');
            if (eq >= 0)
                rest.unshift(arg.slice(eq + 1));
            const [name, spec] = matchLong(eq >= 0 ? arg.slice(0, eq) : arg);
            if (spec.value)
                spec.value(o, take(name), name);
            else if (eq >= 0)
                throw new Error(`${name} option does not take a value`);
            else
                spec.flag(o);
        }
        else if (arg.startsWith('-') && arg.length > 1) {
            // Every short option pip accepts takes a value: `-rfile` or `-r file`.
            const name = arg.slice(0, 2);
            const spec = SHORT_OPTIONS.get(name);
            if (!spec)
                throw new Error(`no such option: ${name}`);
            if (arg.length > 2)
                rest.unshift(arg.slice(2));
            spec.value(o, take(name), name);
        }
    }
    return o;
}
/** break_args_options: words before the first one starting with `-` are the requirement; only the rest is shlexed. */
function splitLine(text, ctx) {
    const words = text.split(' ');
    const first = words.findIndex((w) => w.startsWith('-'));
    const args = first < 0 ? words : words.slice(0, first);
    const optionText = first < 0 ? '' : words.slice(first).join(' ');
    try {
        return { args: args.join(' '), options: parseOptions(shlexSplit(optionText)) };
    }
    catch (e) {
        throw lineError(ctx, `invalid line '${text}': ${e.message}`);
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
function isUrl(text) {
    const colon = text.indexOf(':');
    return colon >= 0 && URL_SCHEMES.has(text.slice(0, colon).toLowerCase());
}
const looksLikePath = (name) => name.includes('/') || name.startsWith('.');
/** posixpath.normpath. */
function normpath(path) {
    if (!path)
        return '.';
    const absolute = path.startsWith('/');
    const parts = [];
    for (const part of path.split('/')) {
        if (!part || part === '.')
            continue;
        if (part === '..' && parts.length && parts[parts.length - 1] !== '..')
            parts.pop();
        else if (part !== '..' || !absolute)
            parts.push(part);
    }
    const joined = parts.join('/');
    const lead = absolute ? (path.startsWith('//') && !path.startsWith('///') ? '//' : '/') : '';
    return lead + joined || (absolute ? lead : '.');
}
const dirname = (path) => (path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '');
const joinPath = (dir, path) => normpath(dir ? `${dir}/${path}` : path);
/** pip's splitext: posixpath.splitext, with `.tar` kept on `.tar.gz` and friends. */
function splitext(path) {
    const sep = path.lastIndexOf('/');
    const dot = path.lastIndexOf('.');
    let base = path;
    let ext = '';
    if (dot > sep && path.slice(sep + 1, dot).replace(/^\.+/, '') !== '')
        [base, ext] = [path.slice(0, dot), path.slice(dot)];
    if (base.toLowerCase().endsWith('.tar'))
        [base, ext] = [base.slice(0, -4), base.slice(-4) + ext];
    return [base, ext];
}
const isArchive = (path) => ARCHIVES.includes(splitext(path)[1].toLowerCase());
/**
 * `path[extra1,extra2]` → [path, '[extra1,extra2]']: pip's `^(.+)(\[[^\]]+\])$`, found without its quadratic
 * backtracking: the last `[` after which only the final `]` closes, with something between them.
 */
function stripExtras(path) {
    const end = path.length - 1;
    if (path[end] !== ']')
        return [path, undefined];
    const open = path.lastIndexOf('[', end - 2);
    if (open < 1 || path.lastIndexOf(']', end - 1) > open)
        return [path, undefined];
    return [path.slice(0, open), path.slice(open)];
}
/** urllib.parse.unquote: %XX sequences decoded as UTF-8, anything undecodable left alone. */
function unquote(text) {
    return text.replace(/(?:%[0-9a-fA-F]{2})+/g, (run) => {
        const bytes = Uint8Array.from(run.slice(1).split('%'), (h) => parseInt(h, 16));
        return new TextDecoder('utf-8').decode(bytes);
    });
}
/** Link.filename: the last path segment, unquoted; the host when the path is empty. */
function linkFilename(url) {
    const { path, netloc } = (0,pep508/* splitUrl */.iM)(url);
    const trimmed = path.replace(/\/+$/, '');
    const name = trimmed.slice(trimmed.lastIndexOf('/') + 1);
    return name ? unquote(name) : (netloc ?? '');
}
const WHEEL_FILE = new RegExp(`^(?<name>[^${pep440/* PY_SPACE_CHARS */.Tf}-]+?)-(?<ver>[^${pep440/* PY_SPACE_CHARS */.Tf}-]*?)(?:(?:-(?<build>[0-9][^-]*?))?-[^${pep440/* PY_SPACE_CHARS */.Tf}-]+?-[^${pep440/* PY_SPACE_CHARS */.Tf}-]+?-[^${pep440/* PY_SPACE_CHARS */.Tf}-]+?\\.whl|\\.dist-info)$`);
/** `#egg=name` (or `&egg=`) anywhere in the URL, as Link.egg_fragment finds it. */
function eggFragment(url) {
    return /[#&]egg=([^&]*)/.exec(url)?.[1];
}
function lineError(ctx, message, code = SYNTAX) {
    return new diagnostics/* LocatedError */.B(code, message, ctx.file, ctx.line);
}
function warn(ctx, code, message) {
    ctx.diagnostics.push({ severity: 'warning', code, message, file: ctx.file, line: ctx.line });
}
function parseRequirement(text, ctx, what) {
    try {
        return (0,pep508/* parsePep508 */.W_)(text);
    }
    catch (e) {
        if (!(e instanceof pep508/* RequirementSyntaxError */.tL))
            throw e;
        const hint = /=/.test(text) && !/~=|==|!=|<=|>=|<|>|===/.test(text) ? ' (= is not a valid operator; did you mean ==?)' : '';
        throw lineError(ctx, `invalid ${what} '${text}': ${e.message} at column ${e.column}${hint}`);
    }
}
/** `[a,B]` → ['a', 'B'], checked as pip checks it (as the extras of a placeholder requirement). */
function convertExtras(extras, ctx) {
    return parseRequirement(`placeholder${extras}`, ctx, 'extras').extras;
}
/** Where a relative local path may point: pip resolves it against its working directory (assumed to be the root),
 * people also run pip from the requirements file's directory. undefined when it leaves the root or is absolute. */
function localCandidates(path, ctx) {
    if (path.startsWith('/'))
        return undefined;
    const fromRoot = normpath(path);
    const fromFile = joinPath(dirname(ctx.file), path);
    const inside = [fromRoot, fromFile].filter((p) => p !== '..' && !p.startsWith('../'));
    return inside.length ? [...new Set(inside)] : undefined;
}
const projectFile = (dir, name) => (dir === '.' ? name : `${dir}/${name}`);
/**
 * A path that is no project here. pip checks the machine it runs on; a path outside the repository (absolute, or
 * climbing out with ..) is taken to be missing there too, as it is on a fresh checkout.
 */
function missingProject(path, ctx) {
    const why = localCandidates(path, ctx) ? 'no pyproject.toml or setup.py was found there' : 'it is outside the repository';
    return lineError(ctx, `'${path}' looks like a local project path, but ${why}`, 'requirements/missing-path');
}
/** is_installable_dir: a directory holding pyproject.toml or setup.py. */
function findProjectDir(path, ctx) {
    return localCandidates(path, ctx)?.find((dir) => ['pyproject.toml', 'setup.py'].some((f) => ctx.reader.read(projectFile(dir, f)) !== undefined));
}
/** The project name a local directory declares (pyproject.toml, setup.cfg, setup.py), else its last path segment. */
function localProjectName(dir, path, ctx) {
    if (dir !== undefined) {
        const pyproject = ctx.reader.read(projectFile(dir, 'pyproject.toml'));
        if (pyproject !== undefined) {
            try {
                const doc = (0,dist/* parse */.qg)(pyproject);
                const name = doc.project?.name ?? doc.tool?.poetry?.name;
                if (typeof name === 'string')
                    return name;
            }
            catch {
                // An unreadable pyproject.toml is its own parser's finding; fall back to the other sources.
            }
        }
        const cfg = /^\[metadata\][^[]*?^name\s*=\s*(\S+)/m.exec(ctx.reader.read(projectFile(dir, 'setup.cfg')) ?? '');
        if (cfg)
            return cfg[1];
        const setup = /\bname\s*=\s*['"]([^'"]+)['"]/.exec(ctx.reader.read(projectFile(dir, 'setup.py')) ?? '');
        if (setup)
            return setup[1];
    }
    const last = normpath(path).split('/').pop();
    return last === '.' || last === '..' ? undefined : last;
}
/** A name for an unnamed requirement: what its directory declares, or what its URL or file name suggests. */
function guessName(target, local, dir, ctx) {
    let guess;
    if (local && !isArchive(target)) {
        guess = localProjectName(dir, target, ctx);
    }
    else {
        const file = local ? target.slice(target.lastIndexOf('/') + 1) : linkFilename(target).replace(/@[^@]*$/, '');
        const stem = isArchive(file) ? splitext(file)[0] : file.replace(/\.git$/, '');
        guess = /^(.+)-[0-9][^-]*$/.exec(stem)?.[1] ?? stem; // name-version
    }
    return guess && /^[A-Za-z0-9](?:[-_.]*[A-Za-z0-9])*$/.test(guess) ? (0,pep508/* normalizeName */.Pc)(guess) : target;
}
/** _get_url_from_path: an installable directory, or an archive file (existing or not), or nothing. */
function localLink(path, name, written, ctx) {
    if (looksLikePath(name)) {
        const dir = findProjectDir(path, ctx);
        if (dir !== undefined)
            return { target: written, path, local: true, dir };
    }
    if (!isArchive(path))
        return undefined;
    const at = name.indexOf('@');
    if (at >= 0 && !looksLikePath(name.slice(0, at)))
        return undefined; // `name @ url` with an archive URL
    return { target: written, path, local: true };
}
function dependencyFrom(req, link, fields, ctx) {
    const url = req?.url ?? link?.target;
    const marker = fields.marker ?? req?.marker;
    const extras = fields.extras?.length ? fields.extras : (req?.extras ?? []);
    // Each part as written: `${VAR}` stays, whatever it expanded to.
    const written = (piece) => writtenForm(piece, ctx.expanded);
    const name = req?.name ?? link.target;
    const normalized = req ? req.normalized : guessName(link.target, link.local, link.dir, ctx);
    const dep = {
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
    if (marker !== undefined)
        dep.marker = written(marker);
    if (url !== undefined)
        dep.url = written(url);
    if (fields.hashes.length)
        dep.hashes = fields.hashes.map(written);
    if (req && (0,pep440/* parseSpecifierSet */.m0)(req.specifier)?.some((c) => !c.pep440)) {
        warn(ctx, 'requirements/legacy-specifier', `'${req.specifier}' is not a PEP 440 specifier; pip 24.1 and later reject it`);
    }
    return dep;
}
/** parse_req_from_line: a PEP 508 requirement, a URL, or a local directory or archive, with its marker. */
function requirementLine(arg, hashes, ctx) {
    // A URL's marker needs `; ` since `;` may sit inside a URL.
    const separator = isUrl(arg) ? '; ' : ';';
    const cut = arg.indexOf(separator);
    const name = (0,pep508/* pyStrip */.m0)(cut < 0 ? arg : arg.slice(0, cut));
    let marker;
    if (cut >= 0) {
        const m = (0,pep508/* pyStrip */.m0)(arg.slice(cut + separator.length));
        if (m) {
            try {
                (0,pep508/* normalizeMarker */.QC)(m);
            }
            catch (e) {
                if (!(e instanceof pep508/* RequirementSyntaxError */.tL))
                    throw e;
                throw lineError(ctx, `invalid marker '${m}': ${e.message} at column ${e.column}`);
            }
            marker = m;
        }
    }
    let link;
    let pathExtras;
    if (isUrl(name)) {
        link = { target: name, local: false };
    }
    else {
        // pip strips extras off the normalised path; the written text keeps its spelling when it ends the same way.
        const [path, extras] = stripExtras(normpath(name));
        pathExtras = extras;
        const written = extras === undefined ? name : name.endsWith(extras) ? name.slice(0, -extras.length) : path;
        link = localLink(path, name, written, ctx);
    }
    let reqText = name;
    if (link) {
        const filename = link.path !== undefined ? link.path.slice(link.path.lastIndexOf('/') + 1) : linkFilename(link.target);
        if (splitext(filename)[1] === '.whl') {
            const wheel = WHEEL_FILE.exec(filename)?.groups;
            if (!wheel)
                throw lineError(ctx, `${filename} is not a valid wheel filename`);
            reqText = `${wheel.name.replaceAll('_', '-')}==${wheel.ver.replaceAll('_', '-')}`;
        }
        else {
            reqText = link.local ? undefined : eggFragment(link.target);
        }
    }
    const extras = pathExtras === undefined ? undefined : convertExtras(pathExtras, ctx);
    let req;
    if (reqText !== undefined) {
        try {
            req = parseRequirement(reqText, ctx, 'requirement');
        }
        catch (e) {
            if (!link && looksLikePath(name))
                throw missingProject(name, ctx);
            throw e;
        }
        // Extras after the version (`name>=1.0[extra]`) only parse by accident in pip, which rejects them.
        if (req.specifier.split(',').some((c) => c.endsWith(']')))
            throw lineError(ctx, `extras after version in '${reqText}'`);
        if (!link && req.url)
            link = { target: req.url, local: false };
    }
    return dependencyFrom(req, link, { extras, marker, editable: false, hashes }, ctx);
}
/** parse_editable: a local project directory, a file: URL, or a VCS URL with #egg=. */
function editableLine(value, ctx) {
    const [withoutExtras, extras] = stripExtras(value);
    if (withoutExtras.toLowerCase().startsWith('file:')) {
        const egg = eggFragment(withoutExtras);
        if (egg === '')
            throw lineError(ctx, `empty #egg= in '${value}'`);
        const req = egg === undefined ? undefined : parseRequirement(egg, ctx, 'requirement');
        const list = extras === undefined ? undefined : convertExtras(extras, ctx);
        return dependencyFrom(req, { target: withoutExtras, local: false }, { extras: list, editable: true, hashes: [] }, ctx);
    }
    let url = value;
    const vcs = VCS.find((v) => value.toLowerCase().startsWith(`${v}:`));
    if (vcs)
        url = `${vcs}+${value}`; // pip reads `git://…` as `git+git://…`
    if (VCS_SCHEMES.includes((0,pep508/* splitUrl */.iM)(url).scheme)) {
        const egg = eggFragment(url);
        if (!egg)
            throw lineError(ctx, `could not detect the requirement name for '${value}'; add #egg=name`);
        return dependencyFrom(parseRequirement(egg, ctx, 'requirement'), { target: url, local: false }, { editable: true, hashes: [] }, ctx);
    }
    if (isUrl(value))
        throw lineError(ctx, `'${value}' is not a valid editable requirement: use a local project path or a VCS URL (git+https://…)`);
    const dir = findProjectDir(withoutExtras, ctx);
    if (dir === undefined)
        throw missingProject(withoutExtras, ctx);
    const list = extras === undefined ? undefined : convertExtras(extras, ctx);
    return dependencyFrom(undefined, { target: withoutExtras, local: true, dir }, { extras: list, editable: true, hashes: [] }, ctx);
}
// ---- Files ----
function generatedReason(text, dependencies) {
    const header = [];
    for (const line of (0,lines/* splitLines */.uz)(text)) {
        if (line.trim() && !line.trimStart().startsWith('#'))
            break;
        header.push(line);
    }
    const comments = header.join('\n');
    if (/autogenerated by pip-compile/i.test(comments))
        return 'pip-compile header';
    if (/autogenerated by uv/i.test(comments)) {
        return /uv pip compile/.test(comments) ? 'uv pip compile header' : /uv export/.test(comments) ? 'uv export header' : 'uv header';
    }
    if (/@generated by PDM/i.test(comments))
        return 'PDM export header';
    if (dependencies.length && dependencies.every((d) => d.hashes?.length))
        return 'hash-pinned: every requirement has --hash';
    return undefined;
}
function emptyIndex() {
    return { extraIndexUrls: [], findLinks: [], noIndex: false, trustedHosts: [] };
}
function include(target, constraint, pf, ctx, session, stack) {
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
        if (!pf.includes.includes(path))
            pf.includes.push(path);
        return;
    }
    const text = session.reader.read(path);
    if (text === undefined)
        throw lineError(ctx, `${constraint ? 'constraints' : 'requirements'} file '${target}' not found (looked for ${path})`, 'requirements/missing-include');
    if (!pf.includes.includes(path))
        pf.includes.push(path);
    parseFile(path, text, constraint, undefined, session, stack);
}
function parseFile(path, text, constraint, lineMap, session, stack) {
    const pf = { path, kind: 'requirements', dependencies: [], includes: [], channels: [], diagnostics: [] };
    session.files.push(pf);
    session.seen.add(path);
    const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
    for (const logical of logicalLines(body)) {
        const line = lineMap ? lineMap(logical.line) : logical.line;
        const expanded = expandVariables(logical.text, session.env);
        for (const s of expanded.substitutions)
            secretExpanded(s.value);
        const context = (e) => ({ reader: session.reader, file: path, line, diagnostics: pf.diagnostics, expanded: e });
        const firstDiagnostic = pf.diagnostics.length;
        const unset = [...new Set([...expanded.text.matchAll(ENV_VAR)].map((m) => m[1]))];
        let read = expanded;
        let failure;
        if (unset.length) {
            // pip reads the line where it installs, where the variable is meant to be set: read it with the value unknown,
            // and as pip would read it here only when that fails too.
            const standIn = expandVariables(logical.text, session.env, UNSET_STAND_IN);
            if (readLine(pf, constraint, context(standIn), session, stack)) {
                pf.diagnostics.length = firstDiagnostic;
                failure = readLine(pf, constraint, context(expanded), session, stack);
            }
            else {
                read = standIn;
                const message = `${unset.map((n) => `\${${n}}`).join(', ')} ${unset.length > 1 ? 'are' : 'is'} not set here; pip expands it when it installs, so this line was read with its value unknown`;
                pf.diagnostics.push({ severity: 'notice', code: 'requirements/unset-variable', message, file: path, line });
            }
        }
        else {
            failure = readLine(pf, constraint, context(expanded), session, stack);
        }
        if (failure)
            pf.diagnostics.push(failure);
        for (const d of pf.diagnostics.slice(firstDiagnostic))
            d.message = hideValues(d.message, read);
    }
    const generated = generatedReason(body, pf.dependencies);
    if (generated)
        pf.generated = generated;
}
/** Reads one logical line into `pf`; what makes pip stop at the line is returned, not pushed. */
function readLine(pf, constraint, ctx, session, stack) {
    try {
        const { args, options } = splitLine(ctx.expanded.text, ctx);
        let dep;
        if (args)
            dep = requirementLine(args, options.hashes, ctx);
        else if (options.editables.length)
            dep = editableLine(options.editables[0], ctx);
        else if (options.requirements.length)
            include(options.requirements[0], false, pf, ctx, session, [...stack, pf.path]);
        else if (options.constraints.length)
            include(options.constraints[0], true, pf, ctx, session, [...stack, pf.path]);
        else
            applyIndexOptions(pf, options, ctx);
        if (dep) {
            if (constraint)
                dep.constraintOnly = true;
            pf.dependencies.push(dep);
        }
        return undefined;
    }
    catch (e) {
        if (!(e instanceof diagnostics/* LocatedError */.B))
            throw e;
        return e.toDiagnostic();
    }
}
/**
 * handle_option_line: index options count only on lines without a requirement; one --find-links per line, kept as
 * written (pip tries it relative to the requirements file first).
 */
function applyIndexOptions(pf, o, ctx) {
    if (o.hashes.length)
        warn(ctx, 'requirements/ignored-option', '--hash without a requirement on the same line is ignored by pip');
    if (!(o.indexUrl || o.extraIndexUrls.length || o.findLinks.length || o.noIndex || o.trustedHosts.length))
        return;
    const index = (pf.index ??= emptyIndex());
    const written = (piece) => writtenForm(piece, ctx.expanded);
    if (o.indexUrl)
        index.indexUrl = written(o.indexUrl);
    index.extraIndexUrls.push(...o.extraIndexUrls.map(written));
    if (o.findLinks.length)
        index.findLinks.push(written(o.findLinks[0]));
    if (o.noIndex)
        index.noIndex = true;
    index.trustedHosts.push(...o.trustedHosts.map(written));
}
/**
 * Parses a requirements file's text. Returns the file first, then every file it reaches through -r/-c, once each, in
 * the order pip reads them. Problems are diagnostics on the files; nothing is thrown for what the files contain.
 */
function parseRequirementsText(text, file, reader, options = {}) {
    const session = { reader, env: options.env ?? {}, files: [], seen: new Set() };
    parseFile(normpath(file), text, options.constraint ?? false, options.lineMap, session, []);
    return session.files;
}
function parseRequirementsFile(file, reader, options = {}) {
    const text = reader.read(file);
    if (text !== undefined)
        return parseRequirementsText(text, file, reader, options);
    const diagnostic = { severity: 'error', code: 'requirements/missing-file', message: `${file} not found`, file };
    return [{ path: normpath(file), kind: 'requirements', dependencies: [], includes: [], channels: [], diagnostics: [diagnostic] }];
}


/***/ }),

/***/ 3321:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ parseScriptMetadata)
/* harmony export */ });
/* unused harmony export scriptBlock */
/* harmony import */ var _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9530);
/* harmony import */ var _text_lines_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6107);
/* harmony import */ var _packaging_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3884);
/* harmony import */ var _toml_document_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9363);
/* harmony import */ var _toml_fields_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6612);
// PEP 723 inline script metadata: a `# /// script` … `# ///` comment block at the top of a .py file declares what
// that one script needs (`dependencies`, `requires-python`), as `uv run`, `pipx run` and hatch read it. The block's
// lines, without their `# `, are TOML; they are placed at their own line numbers so every place stays the file's.





const OPEN = /^# \/\/\/ ([a-zA-Z0-9-]+)[ \t]*$/;
const CLOSE = /^# \/\/\/[ \t]*$/;
const CONTENT = /^#(?: .*)?$/;
/**
 * The `script` block of a Python source, or undefined when it has none. A block that never closes, or a second
 * `script` block, is a LocatedError (`uv run` refuses both).
 */
function scriptBlock(file, text) {
    // Cheap no for almost every file.
    if (!text.includes('# /// script'))
        return undefined;
    const lines = (0,_text_lines_js__WEBPACK_IMPORTED_MODULE_4__/* .splitLines */ .uz)(text);
    let found;
    for (let i = 0; i < lines.length; i++) {
        const open = OPEN.exec(lines[i]);
        if (!open)
            continue;
        // The block runs to the last `# ///` among the comment lines that follow it.
        let close = -1;
        let j = i + 1;
        for (; j < lines.length && CONTENT.test(lines[j]); j++)
            if (CLOSE.test(lines[j]))
                close = j;
        if (open[1] !== 'script') {
            // Past the other block (or, unclosed, its whole comment run): each line is looked at a bounded number of times.
            i = close === -1 ? j - 1 : close;
            continue;
        }
        if (close === -1)
            throw new _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .LocatedError */ .B('script/syntax', 'the `# /// script` block is never closed with `# ///`', file, i + 1);
        if (found)
            throw new _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .LocatedError */ .B('script/syntax', 'a second `# /// script` block: a script has one', file, i + 1);
        const body = lines.slice(i + 1, close).map((l) => (l.startsWith('# ') ? l.slice(2) : l.slice(1)));
        found = { toml: `${'\n'.repeat(i + 1)}${body.join('\n')}\n`, line: i + 1 };
        i = close;
    }
    return found;
}
/** The script's requirements, as one PackagingFile of kind `script` (empty when the file has no block). */
function parseScriptMetadata(file, text, _reader) {
    const b = new _packaging_file_js__WEBPACK_IMPORTED_MODULE_1__/* .PackagingFileBuilder */ .L(file, 'script', 'script');
    try {
        const block = scriptBlock(file, text);
        if (!block)
            return [b.file];
        const f = new _toml_fields_js__WEBPACK_IMPORTED_MODULE_3__/* .TomlFields */ .s(b, (0,_toml_document_js__WEBPACK_IMPORTED_MODULE_2__/* .readTomlDocument */ .Yh)(file, block.toml, 'script'));
        b.addDependencies(f.requirements(['dependencies'], 'main'));
        const python = f.string(['requires-python']);
        if (python !== undefined)
            b.file.python = { specifier: python.replace(/\s+/g, ''), file, line: f.line(['requires-python']) };
    }
    catch (error) {
        if (!(error instanceof _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .LocatedError */ .B))
            throw error;
        b.file.diagnostics.push(error.toDiagnostic());
    }
    return [b.file];
}


/***/ }),

/***/ 9363:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  bI: () => (/* binding */ isTable),
  Yh: () => (/* binding */ readTomlDocument),
  Fj: () => (/* binding */ tomlGet),
  nZ: () => (/* binding */ tomlPathText)
});

// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
// EXTERNAL MODULE: ./shared/diagnostics.ts
var diagnostics = __webpack_require__(9530);
// EXTERNAL MODULE: ./shared/text/lines.ts
var lines = __webpack_require__(6107);
// EXTERNAL MODULE: ./shared/env/path-lines.ts
var path_lines = __webpack_require__(8513);
;// CONCATENATED MODULE: ./shared/env/toml-lines.ts
// smol-toml gives values without positions. This scanner walks a TOML document that smol-toml has already accepted and
// records the line where each key, table header and array item starts, keyed by its path in the parsed value
// (`['project', 'dependencies', 3]`). It checks nothing: on text that is not TOML it still ends, with fewer lines.


const bareKeyChar = /[A-Za-z0-9_-]/;
/**
 * Paths deeper than this get no line of their own (PathLines.nearest gives an ancestor's): every prefix of a dotted
 * key is recorded, which for a 10,000-part key (smol-toml accepts it) is quadratic in time and memory.
 */
const MAX_LOCATED_DEPTH = 64;
const simpleEscapes = { b: '\b', t: '\t', n: '\n', f: '\f', r: '\r', e: '\x1b', '"': '"', '\\': '\\' };
class Scanner {
    s;
    i = 0;
    index;
    lines = new Map();
    /** How many `[[path]]` headers each array of tables has had so far. */
    arrayTables = new Map();
    constructor(s) {
        this.s = s;
        this.index = new lines/* LineIndex */.rr(s);
    }
    scan() {
        let table = [];
        const s = this.s;
        while (this.i < s.length) {
            this.skipSpaces();
            const c = s[this.i];
            if (c === undefined)
                break;
            if (c === '#')
                this.skipToLineEnd();
            else if (c === '\n' || c === '\r')
                this.i++;
            else if (c === '[')
                table = this.header();
            else {
                const start = this.i;
                const keys = this.key();
                if (keys.length === 0) {
                    this.skipToLineEnd();
                    continue;
                }
                this.skipSpaces();
                if (s[this.i] === '=')
                    this.i++;
                this.skipSpaces();
                this.recordKeys(table, keys, start);
                this.value([...table, ...keys]);
            }
        }
        return new path_lines/* PathLines */.jL(this.lines);
    }
    record(path, offset) {
        if (path.length > MAX_LOCATED_DEPTH)
            return;
        const k = (0,path_lines/* pathKey */.Pn)(path);
        if (!this.lines.has(k))
            this.lines.set(k, this.index.lineOf(offset));
    }
    /** A dotted key declares each of its prefixes too (`a.b = 1` declares table `a`). */
    recordKeys(base, keys, offset) {
        const deepest = Math.min(keys.length, MAX_LOCATED_DEPTH - base.length);
        for (let n = 1; n <= deepest; n++)
            this.record([...base, ...keys.slice(0, n)], offset);
    }
    header() {
        const start = this.i;
        const arrayTable = this.s[this.i + 1] === '[';
        this.i += arrayTable ? 2 : 1;
        const keys = this.key();
        this.skipSpaces();
        if (this.s[this.i] === ']')
            this.i += arrayTable && this.s[this.i + 1] === ']' ? 2 : 1;
        // In `[a.b]` after `[[a]]`, `a` means the last table of that array.
        const path = [];
        keys.forEach((k, n) => {
            path.push(k);
            const count = n < keys.length - 1 && path.length <= MAX_LOCATED_DEPTH ? this.arrayTables.get((0,path_lines/* pathKey */.Pn)(path)) : undefined;
            if (n < keys.length - 1 && count !== undefined)
                path.push(count - 1);
        });
        if (arrayTable) {
            const count = this.arrayTables.get((0,path_lines/* pathKey */.Pn)(path)) ?? 0;
            this.arrayTables.set((0,path_lines/* pathKey */.Pn)(path), count + 1);
            this.record(path, start);
            path.push(count);
        }
        for (let n = 1; n <= Math.min(path.length, MAX_LOCATED_DEPTH); n++)
            this.record(path.slice(0, n), start);
        return path;
    }
    /** A possibly dotted key; empty when none starts here. */
    key() {
        const keys = [];
        for (;;) {
            this.skipSpaces();
            const c = this.s[this.i];
            if (c === '"')
                keys.push(unescapeBasic(this.quoted('"')));
            else if (c === "'")
                keys.push(this.quoted("'"));
            else {
                const start = this.i;
                while (this.i < this.s.length && bareKeyChar.test(this.s[this.i]))
                    this.i++;
                if (this.i === start)
                    return keys;
                keys.push(this.s.slice(start, this.i));
            }
            this.skipSpaces();
            if (this.s[this.i] !== '.')
                return keys;
            this.i++;
        }
    }
    /** Body of a one-line string starting at the quote; leaves the scanner after the closing quote. */
    quoted(quote) {
        const s = this.s;
        const start = ++this.i;
        while (this.i < s.length && s[this.i] !== quote && s[this.i] !== '\n') {
            this.i += quote === '"' && s[this.i] === '\\' ? 2 : 1;
        }
        const body = s.slice(start, Math.min(this.i, s.length));
        if (s[this.i] === quote)
            this.i++;
        return body;
    }
    multiline(quote) {
        const s = this.s;
        const fence = quote.repeat(3);
        this.i += 3;
        while (this.i < s.length && !s.startsWith(fence, this.i))
            this.i += quote === '"' && s[this.i] === '\\' ? 2 : 1;
        this.i += 3;
        // Up to two quotes may sit right before the closing fence; they belong to the string.
        for (let extra = 0; extra < 2 && s[this.i] === quote; extra++)
            this.i++;
    }
    value(path) {
        const s = this.s;
        const c = s[this.i];
        if (c === '"' || c === "'") {
            if (s.startsWith(c.repeat(3), this.i))
                this.multiline(c);
            else
                this.quoted(c);
        }
        else if (c === '[') {
            this.i++;
            for (let n = 0;; n++) {
                this.skipBlank();
                if (this.i >= s.length)
                    return;
                if (s[this.i] === ']') {
                    this.i++;
                    return;
                }
                this.record([...path, n], this.i);
                this.value([...path, n]);
                this.skipBlank();
                if (s[this.i] === ',')
                    this.i++;
                else if (s[this.i] === ']') {
                    this.i++;
                    return;
                }
                else
                    return;
            }
        }
        else if (c === '{') {
            this.i++;
            for (;;) {
                this.skipBlank();
                if (this.i >= s.length)
                    return;
                if (s[this.i] === '}') {
                    this.i++;
                    return;
                }
                const start = this.i;
                const keys = this.key();
                if (keys.length === 0)
                    return;
                this.skipSpaces();
                if (s[this.i] === '=')
                    this.i++;
                this.skipSpaces();
                this.recordKeys(path, keys, start);
                this.value([...path, ...keys]);
                this.skipBlank();
                if (s[this.i] === ',')
                    this.i++;
                else if (s[this.i] === '}') {
                    this.i++;
                    return;
                }
                else
                    return;
            }
        }
        else {
            // Numbers, booleans, dates (which may hold a space): up to the next delimiter.
            while (this.i < s.length && !',]}#\n\r'.includes(s[this.i]))
                this.i++;
        }
    }
    skipSpaces() {
        while (this.s[this.i] === ' ' || this.s[this.i] === '\t')
            this.i++;
    }
    /** Spaces, newlines and comments, as allowed between array items. */
    skipBlank() {
        for (;;) {
            this.skipSpaces();
            const c = this.s[this.i];
            if (c === '\n' || c === '\r')
                this.i++;
            else if (c === '#')
                this.skipToLineEnd();
            else
                return;
        }
    }
    skipToLineEnd() {
        while (this.i < this.s.length && this.s[this.i] !== '\n')
            this.i++;
    }
}
function unescapeBasic(body) {
    return body.replace(/\\(u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|x[0-9A-Fa-f]{2}|.)/g, (whole, esc) => {
        if (esc.length > 1) {
            const code = Number.parseInt(esc.slice(1), 16);
            return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
        }
        return simpleEscapes[esc] ?? whole;
    });
}
/** Lines of every key, header and array item of a TOML document. */
function locateTomlLines(text) {
    return new Scanner(text).scan();
}

;// CONCATENATED MODULE: ./shared/env/toml-document.ts
// A TOML file as data plus the line of each key: smol-toml checks and parses, toml-lines places.



/** Parses `text`; malformed TOML throws LocatedError `<format>/syntax` at the line smol-toml reports. */
function readTomlDocument(file, text, format) {
    let data;
    try {
        data = (0,dist/* parse */.qg)(text);
    }
    catch (error) {
        const message = error instanceof Error ? error.message.split('\n')[0].replace(/^Invalid TOML document: /, '') : '';
        if (error instanceof dist/* TomlError */.zx) {
            throw new diagnostics/* LocatedError */.B(`${format}/syntax`, `invalid TOML: ${message}`, file, error.line, error.column);
        }
        // smol-toml's own limits (nesting depth) are not TomlErrors and carry no place.
        throw new diagnostics/* LocatedError */.B(`${format}/syntax`, `invalid TOML: ${message}`, file, 1);
    }
    return { data, lines: locateTomlLines(text) };
}
function isTable(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}
/** The value at `path` below `root`, or undefined when a step is missing or not a table. */
function tomlGet(root, path) {
    let value = root;
    for (const step of path) {
        if (typeof step === 'number')
            value = Array.isArray(value) ? value[step] : undefined;
        else
            value = isTable(value) && Object.hasOwn(value, step) ? value[step] : undefined;
        if (value === undefined)
            return undefined;
    }
    return value;
}
/** `a.b."c.d"` for messages. */
function tomlPathText(path) {
    return path
        .map((p) => (typeof p === 'number' ? `[${p}]` : /^[A-Za-z0-9_-]+$/.test(p) ? p : JSON.stringify(p)))
        .join('.')
        .replace(/\.\[/g, '[');
}


/***/ }),

/***/ 6612:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ TomlFields)
/* harmony export */ });
/* harmony import */ var _pep508_dependency_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2688);
/* harmony import */ var _toml_document_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9363);
// Typed reads of a parsed TOML file for the packaging parsers: a value of the wrong type is an error diagnostic at the
// line of its key (or array item), and reads as absent.


class TomlFields {
    b;
    doc;
    constructor(b, doc) {
        this.b = b;
        this.doc = doc;
    }
    line(path) {
        return this.doc.lines.nearest(path);
    }
    has(path) {
        return (0,_toml_document_js__WEBPACK_IMPORTED_MODULE_1__/* .tomlGet */ .Fj)(this.doc.data, path) !== undefined;
    }
    typed(path, check, what) {
        const value = (0,_toml_document_js__WEBPACK_IMPORTED_MODULE_1__/* .tomlGet */ .Fj)(this.doc.data, path);
        if (value === undefined || check(value))
            return value;
        this.b.report('error', 'schema', `${(0,_toml_document_js__WEBPACK_IMPORTED_MODULE_1__/* .tomlPathText */ .nZ)(path)} must be ${what}`, this.line(path));
        return undefined;
    }
    string(path) {
        return this.typed(path, (v) => typeof v === 'string', 'a string');
    }
    boolean(path) {
        return this.typed(path, (v) => typeof v === 'boolean', 'true or false');
    }
    table(path) {
        return this.typed(path, _toml_document_js__WEBPACK_IMPORTED_MODULE_1__/* .isTable */ .bI, 'a table');
    }
    array(path) {
        return this.typed(path, Array.isArray, 'an array');
    }
    /** An array of strings, each with its line; items of another type are reported and skipped. */
    strings(path) {
        const items = this.array(path) ?? [];
        return items.flatMap((_, i) => {
            const value = this.string([...path, i]);
            return value === undefined ? [] : [{ value, line: this.line([...path, i]) }];
        });
    }
    /** A string or an array of strings (`file = "a.txt"` / `file = ["a.txt"]`). */
    stringOrStrings(path) {
        const value = (0,_toml_document_js__WEBPACK_IMPORTED_MODULE_1__/* .tomlGet */ .Fj)(this.doc.data, path);
        if (typeof value === 'string')
            return [{ value, line: this.line(path) }];
        return this.strings(path);
    }
    /** An array of PEP 508 strings as dependencies of `group` (not yet added to the file). */
    requirements(path, group) {
        return (this.array(path) ?? []).flatMap((_, i) => {
            const value = this.string([...path, i]);
            return value === undefined ? [] : ((0,_pep508_dependency_js__WEBPACK_IMPORTED_MODULE_0__/* .pep508Dependency */ .Ce)(this.b, value, this.line([...path, i]), group) ?? []);
        });
    }
}


/***/ }),

/***/ 2729:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Iu: () => (/* binding */ parseYamlDocument),
/* harmony export */   Jz: () => (/* binding */ YamlDocument),
/* harmony export */   Nn: () => (/* binding */ mapEntries),
/* harmony export */   jh: () => (/* reexport safe */ yaml__WEBPACK_IMPORTED_MODULE_0__.jh),
/* harmony export */   jn: () => (/* reexport safe */ yaml__WEBPACK_IMPORTED_MODULE_0__.jn),
/* harmony export */   oP: () => (/* reexport safe */ yaml__WEBPACK_IMPORTED_MODULE_0__.oP),
/* harmony export */   ws: () => (/* binding */ scalarText)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _diagnostics_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9530);
// A YAML file as a node tree with lines (the yaml package's LineCounter), for parsers that report at an entry's line.


/**
 * The yaml package's parseDocument, with its duplicate-key check made linear: the package compares each key with every
 * earlier key of its mapping, which is quadratic in the keys (20,000 keys: 11 s). The error is the package's own.
 */
function parseYamlDocument(text, options = {}) {
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { ...options, uniqueKeys: false });
    if (options.uniqueKeys === false)
        return doc;
    const duplicates = [];
    (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR)(doc, {
        Map(_, map) {
            const seen = new Set();
            for (const { key } of map.items) {
                const value = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(key) ? key.value : key;
                if (value === '<<')
                    continue; // merge keys may repeat
                if (seen.has(value)) {
                    const range = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isNode */ .Ll)(key) ? key.range : undefined;
                    duplicates.push(new yaml__WEBPACK_IMPORTED_MODULE_0__/* .YAMLParseError */ .XT([range?.[0] ?? 0, range?.[1] ?? 0], 'DUPLICATE_KEY', 'Map keys must be unique'));
                }
                seen.add(value);
            }
        },
    });
    if (duplicates.length)
        doc.errors = [...doc.errors, ...duplicates].sort((a, b) => a.pos[0] - b.pos[0]);
    return doc;
}
class YamlDocument {
    root;
    counter;
    constructor(
    /** The root node; undefined for an empty document. */
    root, counter) {
        this.root = root;
        this.counter = counter;
    }
    /** Parses `text`; malformed YAML throws LocatedError `<format>/syntax` at the first error's line. */
    static parse(file, text, format) {
        const counter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
        const doc = parseYamlDocument(text, { lineCounter: counter, prettyErrors: false });
        const error = doc.errors[0];
        if (error) {
            const { line, col } = counter.linePos(error.pos[0]);
            throw new _diagnostics_js__WEBPACK_IMPORTED_MODULE_1__/* .LocatedError */ .B(`${format}/syntax`, `invalid YAML: ${error.message.split('\n')[0]}`, file, line, col);
        }
        return new YamlDocument((doc.contents ?? undefined), counter);
    }
    /** Line of a node, or of a pair's key; 1 when it has no place (an empty value). */
    line(node) {
        const at = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(node) ? node.key : node;
        const range = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isNode */ .Ll)(at) ? at.range : undefined;
        return range ? this.counter.linePos(range[0]).line : 1;
    }
}
/** The pairs of a mapping whose keys are plain strings, by key. */
function mapEntries(node) {
    const entries = new Map();
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node))
        return entries;
    for (const pair of node.items) {
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.key) && typeof pair.key.value === 'string')
            entries.set(pair.key.value, pair);
    }
    return entries;
}
/** A scalar's value as text: strings as they are, numbers and booleans as written in the file. */
function scalarText(node) {
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) || node.value === null)
        return undefined;
    if (typeof node.value === 'string')
        return node.value;
    return typeof node.source === 'string' ? node.source : String(node.value);
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


/***/ }),

/***/ 6107:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   En: () => (/* binding */ lineEnding),
/* harmony export */   FN: () => (/* binding */ insertLines),
/* harmony export */   Fy: () => (/* binding */ textLines),
/* harmony export */   jN: () => (/* binding */ deleteLines),
/* harmony export */   rr: () => (/* binding */ LineIndex),
/* harmony export */   uz: () => (/* binding */ splitLines)
/* harmony export */ });
/* unused harmony export LINE_BREAK */
// Lines of a user's file: the one rule for where a line ends, used for every line number ml-hub reports and every
// line-level edit it makes. `\r\n`, `\n` and a lone `\r` end a line: what Python's universal newlines do when pip,
// setuptools and configparser open a file (pip's requirement reader splits with str.splitlines, a superset), what
// YAML 1.2 calls a line break, and how editors and GitHub number lines. TOML forbids a lone `\r`, so on a file
// smol-toml accepts the rule and TOML's own agree.
/** One line break: `\r\n` first, so that it counts once. */
const LINE_BREAK = /\r\n|\n|\r/g;
/** The lines of `text`; a trailing line break opens an empty last line, as editors count. */
function splitLines(text) {
    return text.split(LINE_BREAK);
}
/** Offsets to 1-based line numbers. */
class LineIndex {
    starts = [0];
    constructor(text) {
        for (const m of text.matchAll(LINE_BREAK))
            this.starts.push(m.index + m[0].length);
    }
    /** Number of lines; a trailing line break opens an (empty) last line, as editors count. */
    get count() {
        return this.starts.length;
    }
    /** The 1-based line holding `offset` (clamped to the text). */
    lineOf(offset) {
        let lo = 0;
        let hi = this.starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.starts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo + 1;
    }
}
/** The lines with their offsets; unlike splitLines, a trailing line break opens no further line. */
function textLines(text) {
    const lines = [];
    let start = 0;
    for (const m of text.matchAll(LINE_BREAK)) {
        lines.push({ start, end: m.index, next: m.index + m[0].length, text: text.slice(start, m.index) });
        start = m.index + m[0].length;
    }
    if (start < text.length)
        lines.push({ start, end: text.length, next: text.length, text: text.slice(start) });
    return lines;
}
/** The file's own line ending (its first one), `\n` for a file with none. */
function lineEnding(text) {
    return /\r\n|\n|\r/.exec(text)?.[0] ?? '\n';
}
/**
 * Inserts whole lines at `at`, a line start or the end of the text. At the end of a text whose last line has no
 * terminator, the new lines follow a line break and the text still ends without one.
 */
function insertLines(text, at, lines, eol) {
    if (lines.length === 0)
        return text;
    if (at >= text.length && text.length > 0 && !/[\r\n]$/.test(text))
        return text + eol + lines.join(eol);
    return text.slice(0, at) + lines.map((l) => l + eol).join('') + text.slice(at);
}
/**
 * Deletes the lines `first..last` (indices into `lines`). Deleting the last line of a text that lacks a final
 * newline takes the line break before it instead, so the text still ends without one.
 */
function deleteLines(text, lines, first, last) {
    const from = lines[first];
    const to = lines[last];
    const lastHasTerminator = to.next > to.end;
    if (!lastHasTerminator && first > 0)
        return text.slice(0, lines[first - 1].end) + text.slice(to.next);
    return text.slice(0, from.start) + text.slice(to.next);
}


/***/ })

};
