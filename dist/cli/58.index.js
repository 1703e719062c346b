export const id = 58;
export const ids = [58];
export const modules = {

/***/ 7573:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  uF: () => (/* binding */ maxRunsOption),
  $O: () => (/* binding */ openCommandStore),
  Fh: () => (/* binding */ readCommandStore),
  r8: () => (/* binding */ streamCommandStore),
  rE: () => (/* binding */ unreadableStoreError)
});

// EXTERNAL MODULE: ./shared/diagnostics.ts
var diagnostics = __webpack_require__(9530);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: ./shared/mlflow/artifacts.ts
var artifacts = __webpack_require__(5449);
;// CONCATENATED MODULE: ./shared/mlflow/column-arena.ts
// Metric histories of a large store are millions of points in tens of thousands of short series. Giving each series
// its own ArrayBuffers costs an allocation (zeroed memory, GC external-memory accounting) per series and a copy from a
// parse buffer; instead series are parsed straight into big shared chunks and handed out as subarray views. Unused
// chunk tails are never touched, so the kernel never backs them with memory.
/** Largest chunk, in points (8 MB per float column). Chunks start small and double, so a small store stays small. */
const MAX_CHUNK_POINTS = 1 << 20;
class ColumnArena {
    nextChunk;
    values = new Float64Array(0);
    timestamps = new Float64Array(0);
    steps = new Int32Array(0);
    /** First free index in the current chunk. */
    offset = 0;
    /** `nextChunk` 0 sizes every chunk to its request: for parsing a single file. */
    constructor(nextChunk = 1 << 14) {
        this.nextChunk = nextChunk;
    }
    /** Makes room for up to `points` more points at `offset`, starting a new chunk if the current one is too short. */
    reserve(points) {
        if (this.offset + points <= this.values.length)
            return;
        const size = Math.max(this.nextChunk, points);
        if (this.nextChunk > 0)
            this.nextChunk = Math.min(this.nextChunk * 2, MAX_CHUNK_POINTS);
        this.values = new Float64Array(size);
        this.timestamps = new Float64Array(size);
        this.steps = new Int32Array(size);
        this.offset = 0;
    }
    /**
     * Views of the `n` points written at `offset`, which then moves past them. `wideSteps` holds the steps instead of
     * the Int32 column when one of them did not fit in 32 bits.
     */
    take(n, wideSteps) {
        const start = this.offset;
        this.offset += n;
        return {
            values: this.values.subarray(start, start + n),
            steps: wideSteps ? wideSteps.slice(0, n) : this.steps.subarray(start, start + n),
            timestamps: this.timestamps.subarray(start, start + n),
        };
    }
}
/** True when every value is an integer that an Int32Array holds. */
function fitsInt32(xs) {
    for (let i = 0; i < xs.length; i++)
        if ((xs[i] | 0) !== xs[i])
            return false;
    return true;
}
/** The compact step column for `steps`: Int32Array when every step fits, the Float64Array itself otherwise. */
function compactSteps(steps) {
    return fitsInt32(steps) ? Int32Array.from(steps) : steps;
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./shared/env/yaml-document.ts
var yaml_document = __webpack_require__(2729);
;// CONCATENATED MODULE: ./shared/mlflow/meta-yaml.ts
// MLflow's meta.yaml files: PyYAML `safe_dump` of a flat dict (YAML 1.1). A store has one per run, so the common shape
// (`key: plain`, `key: 'quoted'`, ints, null) is read line by line; anything else goes to the full YAML parser.



const LINE = /^([A-Za-z_][A-Za-z0-9_]*):(?: (.*))?$/;
const DECIMAL_INT = /^[-+]?(?:0|[1-9][0-9]*)$/;
const SINGLE_QUOTED = /^'((?:[^']|'')*)'$/;
/** Plain scalars without indicators (`: ` and ` #` are checked separately): paths, names, hex run ids, numbers. */
const PLAIN = /^[A-Za-z0-9_/][A-Za-z0-9_./:@+\- ]*$/;
// PyYAML's implicit resolvers (yaml/resolver.py, YAML 1.1): what MLflow's writer quotes and its reader converts.
const PY_NULL = /^(?:~|null|Null|NULL)$/;
const PY_TRUE = /^(?:yes|Yes|YES|true|True|TRUE|on|On|ON)$/;
const PY_FALSE = /^(?:no|No|NO|false|False|FALSE|off|Off|OFF)$/;
const PY_INT = /^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$/;
const PY_FLOAT = /^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9_]+(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
const PY_TIMESTAMP = /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}/;
/** A scalar as PyYAML reads it, or undefined when only the full parser should decide. */
function fastScalar(raw) {
    if (raw === '' || PY_NULL.test(raw))
        return { value: null };
    if (raw === '[]')
        return { value: [] };
    if (raw === '{}')
        return { value: {} };
    const quoted = SINGLE_QUOTED.exec(raw);
    if (quoted)
        return { value: quoted[1].replaceAll("''", "'") };
    if (!PLAIN.test(raw) || raw.endsWith(' ') || raw.includes(': ') || raw.includes(' #'))
        return undefined;
    if (DECIMAL_INT.test(raw))
        return { value: Number(raw) };
    if (PY_TRUE.test(raw))
        return { value: true };
    if (PY_FALSE.test(raw))
        return { value: false };
    if (PY_INT.test(raw) || PY_FLOAT.test(raw) || PY_TIMESTAMP.test(raw))
        return undefined;
    return { value: raw };
}
function fastParse(text) {
    const out = Object.create(null);
    const lines = text.split('\n');
    if (lines[lines.length - 1] === '')
        lines.pop();
    if (lines.length === 0)
        return undefined;
    for (const line of lines) {
        const m = LINE.exec(line);
        if (!m || m[1] in out)
            return undefined;
        const scalar = fastScalar(m[2] ?? '');
        if (!scalar)
            return undefined;
        out[m[1]] = scalar.value;
    }
    return out;
}
/**
 * Parses a meta.yaml as a mapping. Throws LocatedError (code `mlflow/meta-yaml`) when it is not valid YAML or not a
 * mapping — a truncated or hand-edited file.
 */
function parseMetaYaml(text, file) {
    const fast = fastParse(text);
    if (fast)
        return fast;
    const lines = new dist/* LineCounter */.HN();
    const parsed = (0,yaml_document/* parseYamlDocument */.Iu)(text, { version: '1.1', lineCounter: lines, prettyErrors: false });
    const error = parsed.errors[0];
    if (error) {
        const at = lines.linePos(error.pos[0]);
        throw new diagnostics/* LocatedError */.B('mlflow/meta-yaml', `invalid YAML: ${error.message.split('\n')[0]}`, file, at.line, at.col);
    }
    let doc;
    try {
        doc = parsed.toJS();
    }
    catch (e) {
        throw new diagnostics/* LocatedError */.B('mlflow/meta-yaml', `invalid YAML: ${String(e)}`, file);
    }
    if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) {
        throw new diagnostics/* LocatedError */.B('mlflow/meta-yaml', 'expected a mapping of keys to values', file, 1);
    }
    return doc;
}
/** The 1-based line of `key:` in a meta.yaml, to point diagnostics at the offending field. */
function lineOfKey(text, key) {
    const lines = text.split('\n');
    const i = lines.findIndex((l) => l.startsWith(`${key}:`));
    return i < 0 ? undefined : i + 1;
}

;// CONCATENATED MODULE: ./shared/mlflow/decimal.ts
// Decimal digits → double, correctly rounded (the result Python's float() and JS Number() give), without building a
// string per value. MLflow writes Python's repr of floats, and 17 significant digits are common (0.6931471824645996):
// past 2^53, so "mantissa / 10^p" in one IEEE operation is no longer exact. Double-double arithmetic gets the value to
// ~2^-100 and decides the rounding; a value too close to a rounding tie to decide is left to the caller's string parser.
const POW10 = new Float64Array(23).map((_, i) => Number(`1e${i}`));
/** 10^p for 0 ≤ p ≤ 22: exact doubles. */
function pow10(p) {
    return POW10[p];
}
/** 2^27 + 1: Dekker's splitter, for exact products without FMA. */
const SPLITTER = 134217729;
/** How far from a rounding tie (relative) the double-double sum must be for its rounding to be trusted. */
const TIE_GUARD = 1 + 2 ** -20;
/** decimalQuotient's result. A typed-array slot rather than a return value: a double returned through a call that
 * V8 does not inline is boxed, one heap allocation per metric value. */
const quotient = new Float64Array(1);
/**
 * Puts in `quotient[0]` the double nearest to (hi·10^k + lo) / 10^p, for 0 < hi < 10^15, 0 ≤ lo < 10^k, 1 ≤ k ≤ 4 and
 * −22 ≤ p ≤ 22 with p − k ≤ 22 and k − p ≤ 22. Returns false when the value is within 2^-20 ulp of a rounding tie:
 * the caller then parses the text. (Shortest-repr strings, what Python writes, essentially never are.)
 */
function decimalQuotient(hi, k, lo, p) {
    // value = a + correction, with |correction| ≲ 1 ulp(a) and known to ~2^-52 of itself.
    let a;
    let correction;
    // Dekker's TwoProduct written out (twice) so that no double crosses a call boundary, where V8 would box it.
    let x;
    let y;
    if (p >= k) {
        y = POW10[p - k];
        a = hi / y;
        x = a;
    }
    else {
        y = POW10[k - p];
        a = hi * y;
        x = hi;
    }
    const product = x * y;
    const cx = SPLITTER * x;
    const xh = cx - (cx - x);
    const xl = x - xh;
    const cy = SPLITTER * y;
    const yh = cy - (cy - y);
    const yl = y - yh;
    const error = xh * yh - product + xh * yl + xl * yh + xl * yl; // x·y = product + error exactly
    if (p >= k) {
        // hi − a·10^(p−k), exact up to the last subtraction: hi − product is exact (Sterbenz).
        const remainder = hi - product - error;
        correction = (remainder * POW10[k] + lo) / POW10[p];
    }
    else {
        correction = error + (p >= 0 ? lo / POW10[p] : lo * POW10[-p]);
    }
    const sum = a + correction;
    const rest = correction - (sum - a); // exact: sum + rest = a + correction
    quotient[0] = sum;
    // If moving the rest a little further from sum still rounds back to sum, the true value is not near a tie.
    return sum + rest * TIE_GUARD === sum;
}

;// CONCATENATED MODULE: ./shared/mlflow/py-numbers.ts
// Python's int() and float() on text, which is how MLflow's file store reads metric fields. Used for lines the byte
// fast path does not take, and for the small files (logged-model metrics) where speed does not matter.
const py_numbers_PY_INT = /^[+-]?\d+(?:_\d+)*$/;
const DIGITS = String.raw `\d+(?:_\d+)*`;
const py_numbers_PY_FLOAT = new RegExp(String.raw `^[+-]?(?:${DIGITS}(?:\.(?:${DIGITS})?)?|\.${DIGITS})(?:[eE][+-]?${DIGITS})?$`);
const PY_SPECIAL = /^([+-]?)(nan|inf|infinity)$/i;
/** Python's whitespace for str.strip() on ASCII text (Unicode spaces are rare enough in metric files to ignore). */
function pyStrip(text) {
    // Scanned from both ends: an unanchored `\s+$` retries at every space of an inner run, quadratic in the run.
    const space = (ch) => ch !== undefined && ' \t\n\r\v\f'.includes(ch);
    let start = 0;
    let end = text.length;
    while (start < end && space(text[start]))
        start++;
    while (end > start && space(text[end - 1]))
        end--;
    return text.slice(start, end);
}
/** `int(text)`; undefined where Python raises ValueError. Values past 2^53 lose precision. */
function parsePyInt(text) {
    const t = pyStrip(text);
    if (!py_numbers_PY_INT.test(t))
        return undefined;
    return Number(t.replaceAll('_', ''));
}
/** `float(text)`; undefined where Python raises ValueError. */
function parsePyFloat(text) {
    const t = pyStrip(text);
    const special = PY_SPECIAL.exec(t);
    if (special) {
        if (special[2].toLowerCase() === 'nan')
            return NaN;
        return special[1] === '-' ? -Infinity : Infinity;
    }
    if (!py_numbers_PY_FLOAT.test(t))
        return undefined;
    return Number(t.replaceAll('_', ''));
}
/**
 * Python's repr() of a float — what MLflow writes into metric files. Both languages print the shortest digits that
 * round-trip; they differ in form: Python keeps `.0` on integral values, and switches to exponent notation below 1e-4
 * and from 1e16 on, with at least two exponent digits.
 */
function pyFloatRepr(v) {
    if (Number.isNaN(v))
        return 'nan';
    if (!Number.isFinite(v))
        return v > 0 ? 'inf' : '-inf';
    if (Object.is(v, -0))
        return '-0.0';
    const magnitude = Math.abs(v);
    if (magnitude !== 0 && (magnitude < 1e-4 || magnitude >= 1e16)) {
        const [mantissa, exponent] = v.toExponential().split('e');
        const digits = exponent.replace(/^[+-]/, '').padStart(2, '0');
        return `${mantissa}e${exponent.startsWith('-') ? '-' : '+'}${digits}`;
    }
    const s = String(v);
    return Number.isInteger(v) ? `${s}.0` : s;
}

;// CONCATENATED MODULE: ./shared/mlflow/metric-file.ts
// Parses one file-store metric file (`metrics/<key>`): a line per logged value, `<timestamp> <value> <step>` or
// `<timestamp> <value> <step> <dataset_name> <dataset_digest>`, as MLflow's FileStore._get_metric_from_line reads it:
// the line is stripped and split on single spaces; 2, 3 or 5 fields; the step is read only from 3-field lines (5-field
// lines report step 0 — an MLflow 3.6 quirk we keep so that our numbers agree with MLflow's UI and API).
//
// This is the hot path of a large store (millions of lines), so canonical lines are parsed straight from the bytes in
// one pass; any line that is not canonical goes through a text path that follows Python's int()/float() rules.



/** Problems kept per file: enough to locate the damage without one corrupt file flooding the report. */
const MAX_PROBLEMS = 10;
const TWO_53 = 2 ** 53;
/** Python's str.splitlines() boundaries: MLflow reads metric files with codecs' readlines(), which splits on all of them. */
const PY_LINE_BREAK = /\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/;
const utf8 = new TextDecoder('utf-8');
/** Python semantics for one line (already split off, without its newline). Returns an error message when invalid. */
function parseMetricLine(text) {
    const fields = pyStrip(text).split(' ');
    if (fields.length !== 2 && fields.length !== 3 && fields.length !== 5) {
        return `expected "<timestamp> <value> <step>" (2, 3 or 5 space-separated fields), found ${fields.length}`;
    }
    const timestamp = parsePyInt(fields[0]);
    if (timestamp === undefined)
        return `timestamp ${JSON.stringify(fields[0])} is not an integer`;
    const value = parsePyFloat(fields[1]);
    if (value === undefined)
        return `value ${JSON.stringify(fields[1])} is not a number`;
    let step = 0;
    if (fields.length === 3) {
        const parsed = parsePyInt(fields[2]);
        if (parsed === undefined)
            return `step ${JSON.stringify(fields[2])} is not an integer`;
        step = parsed;
    }
    const dataset = fields.length === 5 ? { name: fields[3], digest: fields[4] } : null;
    return { timestamp, value, step, dataset };
}
// State of the file being parsed, shared with the text path so that the byte loop keeps its numbers in registers.
let datasets = null;
let datasetCache = null;
/** Shared by files without problems (most), so that they allocate no array. */
const NO_PROBLEMS = Object.freeze([]);
let problems = NO_PROBLEMS;
let problemCount = 0;
// Columns being written (the arena's current chunk) and where this file's points start in them. Steps go to the Int32
// column until one does not fit; from then on the file's steps live in `wideSteps`.
let values = new Float64Array(0);
let steps = new Int32Array(0);
let timestamps = new Float64Array(0);
let wideSteps = null;
let base = 0;
let bound = 0;
function storeWideStep(n, step) {
    if (wideSteps === null) {
        wideSteps = new Float64Array(bound);
        for (let i = 0; i < n; i++)
            wideSteps[i] = steps[base + i];
    }
    wideSteps[n] = step;
}
function store(n, timestamp, value, step) {
    values[base + n] = value;
    timestamps[base + n] = timestamp;
    if (wideSteps === null && (step | 0) === step)
        steps[base + n] = step;
    else
        storeWideStep(n, step);
}
function noteDataset(n, name, digest) {
    const cacheKey = `${name}\u0000${digest}`;
    datasetCache ??= new Map();
    let ref = datasetCache.get(cacheKey);
    if (!ref) {
        ref = { name, digest };
        datasetCache.set(cacheKey, ref);
    }
    datasets ??= [];
    while (datasets.length < n)
        datasets.push(null);
    datasets.push(ref);
}
/** Parses bytes [start, end) the way Python reads that text, storing points from index n; returns the new count. */
function textLine(bytes, start, end, lineNo, n) {
    const texts = utf8.decode(bytes.subarray(start, end)).split(PY_LINE_BREAK);
    // A break just before the newline ("…\r\n") ends the same line, as in Python.
    if (texts.length > 1 && texts[texts.length - 1] === '')
        texts.pop();
    for (const text of texts) {
        const parsed = parseMetricLine(text);
        if (typeof parsed === 'string') {
            problemCount++;
            if (problems.length < MAX_PROBLEMS)
                problems = [...problems, { line: lineNo, message: parsed }];
            continue;
        }
        store(n, parsed.timestamp, parsed.value, parsed.step);
        if (parsed.dataset)
            noteDataset(n, parsed.dataset.name, parsed.dataset.digest);
        n++;
    }
    return n;
}
/** Index of MLflow's latest point: Python's max over (step, timestamp, value); the first maximum wins, NaN never wins. */
function latestIndex(n, stepColumn, stepBase) {
    if (n === 0)
        return -1;
    let best = 0;
    let bestStep = stepColumn[stepBase];
    let bestTimestamp = timestamps[base];
    let bestValue = values[base];
    for (let i = 1; i < n; i++) {
        const step = stepColumn[stepBase + i];
        const timestamp = timestamps[base + i];
        const value = values[base + i];
        if (step !== bestStep ? step > bestStep : timestamp !== bestTimestamp ? timestamp > bestTimestamp : value > bestValue) {
            best = i;
            bestStep = step;
            bestTimestamp = timestamp;
            bestValue = value;
        }
    }
    return best;
}
let sentinelBuffer = new Uint8Array(0);
// A DataView of the last buffer parsed: the file store reads every file into the same one.
let viewBytes = new Uint8Array(0);
let view = new DataView(viewBytes.buffer);
/** Bytes the parser may read past `length`: the newline sentinel and the rest of a 4-byte word. */
const SLACK = 4;
// Four ASCII digits at a time (SWAR): a timestamp is 13 digits, a Python float repr up to 17, and per-byte work is
// most of the parse. `w` is the little-endian 32-bit word of 4 bytes, first character in the low byte.
/** True when all 4 bytes of `w` are '0'–'9': high nibble 3, and still 3 after adding 6 to the low nibble. */
function fourDigits(w) {
    return ((w & 0xf0f0f0f0) | (((w + 0x06060606) & 0xf0f0f0f0) >>> 4)) === 0x33333333;
}
/** The number the 4 digits of `w` spell (0–9999). */
function fourDigitValue(w) {
    const d = w - 0x30303030;
    const pairs = (d * 10 + (d >>> 8)) & 0x00ff00ff; // byte 0: first two digits, byte 2: last two
    return (pairs & 0xff) * 100 + (pairs >>> 16);
}
/**
 * Parses `length` bytes of a metric file. Never throws: invalid lines are skipped and reported.
 * `bytes` may be a reused buffer longer than `length`; the byte at `length`, if present, is overwritten (a newline
 * sentinel there lets the digit loops run without bounds checks). The history's columns are views into `arena`.
 */
function parseMetricFile(bytes, length, key, arena = new ColumnArena(0)) {
    if (bytes.length < length + SLACK) {
        if (sentinelBuffer.length < length + SLACK)
            sentinelBuffer = new Uint8Array(length + SLACK + (length >> 1));
        sentinelBuffer.set(bytes.subarray(0, length));
        bytes = sentinelBuffer;
    }
    bytes[length] = 10;
    if (bytes !== viewBytes) {
        viewBytes = bytes;
        view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    }
    // Every stored point takes at least 4 bytes ("0 0" and a line break), the last one 3.
    bound = (length >> 2) + 1;
    arena.reserve(bound);
    values = arena.values;
    steps = arena.steps;
    timestamps = arena.timestamps;
    wideSteps = null;
    base = arena.offset;
    const valueColumn = values;
    const stepColumn = steps;
    const timestampColumn = timestamps;
    const start = base;
    let narrowSteps = true;
    datasets = null;
    datasetCache = null;
    problems = NO_PROBLEMS;
    problemCount = 0;
    let n = 0;
    let lineNo = 0;
    let pos = 0;
    while (pos < length) {
        lineNo++;
        const lineStart = pos;
        // ---- fast path: [+-]?digits SP decimal SP [+-]?digits (SP name SP digest)? \r?\n ----
        fast: {
            let c = bytes[pos];
            let negative = c === 45;
            if (negative || c === 43)
                c = bytes[++pos];
            let timestamp = 0;
            const timestampStart = pos;
            let word = view.getUint32(pos, true);
            while (fourDigits(word)) {
                timestamp = timestamp * 10000 + fourDigitValue(word);
                pos += 4;
                word = view.getUint32(pos, true);
            }
            c = bytes[pos];
            while (c >= 48 && c <= 57) {
                timestamp = timestamp * 10 + (c - 48);
                c = bytes[++pos];
            }
            const timestampDigits = pos - timestampStart;
            if (timestampDigits === 0 || timestampDigits > 15 || c !== 32)
                break fast;
            if (negative)
                timestamp = -timestamp;
            // value: sign, digits, fraction, exponent. hi takes the first 15 significant digits (exact below 2^53), lo the
            // next ones, up to 19 in all.
            c = bytes[++pos];
            negative = c === 45;
            if (negative || c === 43)
                c = bytes[++pos];
            let exponent = 0;
            let sawDigit = false;
            let hi = 0;
            let lo = 0;
            let significant = 0;
            while (c === 48) {
                sawDigit = true;
                c = bytes[++pos];
            }
            while (c >= 48 && c <= 57) {
                if (significant < 15)
                    hi = hi * 10 + (c - 48);
                else
                    lo = lo * 10 + (c - 48);
                significant++;
                c = bytes[++pos];
            }
            if (c === 46) {
                c = bytes[++pos];
                if (significant === 0) {
                    while (c === 48) {
                        sawDigit = true;
                        exponent--;
                        c = bytes[++pos];
                    }
                }
                // Whole words while they fit in hi's 15 digits, then digit by digit.
                while (significant <= 11) {
                    word = view.getUint32(pos, true);
                    if (!fourDigits(word))
                        break;
                    hi = hi * 10000 + fourDigitValue(word);
                    significant += 4;
                    exponent -= 4;
                    pos += 4;
                }
                c = bytes[pos];
                while (c >= 48 && c <= 57) {
                    if (significant < 15)
                        hi = hi * 10 + (c - 48);
                    else
                        lo = lo * 10 + (c - 48);
                    significant++;
                    exponent--;
                    c = bytes[++pos];
                }
            }
            if ((!sawDigit && significant === 0) || significant > 19)
                break fast;
            if (c === 101 || c === 69) {
                c = bytes[++pos];
                const negativeExponent = c === 45;
                if (negativeExponent || c === 43)
                    c = bytes[++pos];
                let e = 0;
                const eStart = pos;
                while (c >= 48 && c <= 57) {
                    e = e * 10 + (c - 48);
                    c = bytes[++pos];
                }
                if (pos === eStart || pos - eStart > 4)
                    break fast;
                exponent += negativeExponent ? -e : e;
            }
            if (c !== 32)
                break fast;
            let value;
            if (significant === 0)
                value = 0;
            else if (significant <= 15) {
                // hi < 10^15 and 10^|e| (|e| ≤ 22) are exact doubles: one IEEE operation, correctly rounded.
                if (exponent >= 0 && exponent <= 22)
                    value = hi * pow10(exponent);
                else if (exponent < 0 && exponent >= -22)
                    value = hi / pow10(-exponent);
                else
                    break fast;
            }
            else {
                const loDigits = significant - 15;
                if (exponent < -22 || exponent + loDigits > 22)
                    break fast;
                const mantissa = hi * pow10(loDigits) + lo;
                if (mantissa < TWO_53)
                    value = exponent < 0 ? mantissa / pow10(-exponent) : mantissa * pow10(exponent);
                else {
                    if (!decimalQuotient(hi, loDigits, lo, -exponent))
                        break fast; // too close to a rounding tie to decide here
                    value = quotient[0];
                }
            }
            if (negative)
                value = -value;
            // step
            c = bytes[++pos];
            negative = c === 45;
            if (negative || c === 43)
                c = bytes[++pos];
            let step = 0;
            const stepStart = pos;
            while (c >= 48 && c <= 57) {
                step = step * 10 + (c - 48);
                c = bytes[++pos];
            }
            const stepDigits = pos - stepStart;
            if (stepDigits === 0 || stepDigits > 15)
                break fast;
            if (negative)
                step = -step;
            let nameStart = -1;
            let nameEnd = -1;
            let digestStart = -1;
            let digestEnd = -1;
            if (c === 32) {
                // 5 fields: dataset name and digest, no spaces inside; MLflow then reports step 0.
                nameStart = ++pos;
                while (bytes[pos] !== 32 && bytes[pos] !== 10 && bytes[pos] !== 13)
                    pos++;
                nameEnd = pos;
                if (nameEnd === nameStart || bytes[pos] !== 32)
                    break fast;
                digestStart = ++pos;
                while (bytes[pos] !== 32 && bytes[pos] !== 10 && bytes[pos] !== 13)
                    pos++;
                digestEnd = pos;
                if (digestEnd === digestStart || bytes[pos] === 32)
                    break fast;
                c = bytes[pos];
                step = 0;
            }
            if (c === 13)
                c = bytes[++pos];
            if (c !== 10)
                break fast;
            pos++;
            valueColumn[start + n] = value;
            timestampColumn[start + n] = timestamp;
            if (narrowSteps && (step | 0) === step)
                stepColumn[start + n] = step;
            else {
                storeWideStep(n, step);
                narrowSteps = false;
            }
            if (nameStart >= 0) {
                const name = utf8.decode(bytes.subarray(nameStart, nameEnd));
                noteDataset(n, name, utf8.decode(bytes.subarray(digestStart, digestEnd)));
            }
            n++;
            continue;
        }
        // ---- text path: the line exactly as Python reads it (which may split it further) ----
        let end = lineStart;
        while (bytes[end] !== 10)
            end++;
        pos = end + 1;
        n = textLine(bytes, lineStart, end, lineNo, n);
        narrowSteps = wideSteps === null;
    }
    // (The cast: TypeScript cannot see noteDataset() assign the module variable.)
    const pointDatasets = datasets;
    if (pointDatasets !== null)
        while (pointDatasets.length < n)
            pointDatasets.push(null);
    const wide = wideSteps;
    const latest = wide ? latestIndex(n, wide, 0) : latestIndex(n, steps, base);
    return {
        history: { key, ...arena.take(n, wide), datasets: pointDatasets },
        latest,
        problems,
        problemCount,
    };
}

// EXTERNAL MODULE: ./shared/mlflow/model.ts
var mlflow_model = __webpack_require__(4283);
;// CONCATENATED MODULE: ./shared/mlflow/file-store.ts
// MLflow's file store (`mlruns/`), read the way mlflow/store/tracking/file_store.py reads it:
//   <exp>/meta.yaml, <exp>/tags/<key>, <exp>/<run>/{meta.yaml, params/, tags/, metrics/, inputs/, outputs/, artifacts/},
//   <exp>/datasets/<id>/meta.yaml, <exp>/models/<model>/…, and deleted experiments under .trash/<exp>/.
// Keys containing `/` are nested folders. A missing folder is empty (git keeps no empty folders). Every problem is a
// Diagnostic on the file (and line) at fault; the rest of the store is still read.









const TRASH = '.trash';
/** Room after file data in the read buffer (see parseMetricFile). */
const SPARE = 8;
/** Folders inside an experiment that are not runs (file_store.py's RESERVED_EXPERIMENT_FOLDERS). */
const RESERVED_IN_EXPERIMENT = new Set(['tags', 'datasets', 'traces', 'models']);
/** Root folders that are not experiments: the model registry keeps registered models in `models/`. */
const RESERVED_AT_ROOT = new Set(['models']);
const RUN_STATUS = { 1: 'RUNNING', 2: 'SCHEDULED', 3: 'FINISHED', 4: 'FAILED', 5: 'KILLED' };
const MODEL_STATUS = { 0: 'UNSPECIFIED', 1: 'PENDING', 2: 'READY', 3: 'FAILED' };
const file_store_utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
function openFileStore(root, options = {}) {
    const absolute = (0,external_node_path_.resolve)(root);
    return {
        kind: 'file',
        location: absolute,
        read: async (readOptions) => readFileStore(absolute, { ...options, ...readOptions }),
        stream: async (readOptions) => new FileStoreReader(absolute, options).stream(readOptions?.artifacts ?? true),
        readArtifact: async (runId, path) => new FileStoreReader(absolute, options).readArtifact(runId, path),
    };
}
/** Reads a whole file store. Synchronous file access: thousands of small files read fastest that way. */
function readFileStore(root, options = {}) {
    return new FileStoreReader((0,external_node_path_.resolve)(root), options).read(options.artifacts ?? true);
}
class FileStoreReader {
    root;
    diagnostics = [];
    displayRoot;
    realRoot = '';
    buffer = Buffer.allocUnsafe(1 << 16);
    arena = new ColumnArena();
    constructor(root, options) {
        this.root = root;
        this.displayRoot = (0,external_node_path_.resolve)(options.displayRoot ?? (0,external_node_path_.dirname)(root));
    }
    read(withArtifacts) {
        const model = { store: { kind: 'file', location: this.root }, experiments: [], runs: [], loggedModels: [] };
        const result = { model, diagnostics: this.diagnostics };
        if (!this.openRoot())
            return result;
        for (const exp of this.experimentDirs()) {
            const experiment = this.readExperiment(exp);
            if (!experiment)
                continue;
            model.experiments.push(experiment);
            const datasets = new Map();
            for (const entry of this.list(exp.dir)) {
                if (!entry.isDirectory() || entry.name.startsWith('.') || RESERVED_IN_EXPERIMENT.has(entry.name))
                    continue;
                const run = this.readRun(exp, experiment, (0,external_node_path_.join)(exp.dir, entry.name), datasets, withArtifacts);
                if (run)
                    model.runs.push(run);
            }
            for (const entry of this.list((0,external_node_path_.join)(exp.dir, 'models'))) {
                if (!entry.isDirectory())
                    continue;
                const loggedModel = this.readLoggedModel(exp, (0,external_node_path_.join)(exp.dir, 'models', entry.name));
                if (loggedModel)
                    model.loggedModels.push(loggedModel);
            }
        }
        (0,mlflow_model/* sortModel */.iN)(model);
        return result;
    }
    /**
     * Experiments and the runs' order first (from each run's meta.yaml start_time), then each run read whole as the
     * iteration reaches it: memory stays that of one run, however many the store holds.
     */
    stream(withArtifacts) {
        const experiments = [];
        const order = [];
        if (this.openRoot()) {
            for (const exp of this.experimentDirs()) {
                const experiment = this.readExperiment(exp);
                if (!experiment)
                    continue;
                experiments.push({ exp, experiment });
                for (const entry of this.list(exp.dir)) {
                    if (!entry.isDirectory() || entry.name.startsWith('.') || RESERVED_IN_EXPERIMENT.has(entry.name))
                        continue;
                    const runDir = (0,external_node_path_.join)(exp.dir, entry.name);
                    order.push({ exp, experiment, runDir, id: entry.name, start: this.peekStartTime(runDir) });
                }
            }
        }
        experiments.sort((a, b) => (0,mlflow_model/* compareCodePoints */.OP)(a.experiment.experimentId, b.experiment.experimentId));
        order.sort((a, b) => (a.start !== b.start ? a.start - b.start : (0,mlflow_model/* compareCodePoints */.OP)(a.id, b.id)));
        return {
            experiments: experiments.map((e) => e.experiment),
            runCount: order.length,
            diagnostics: this.diagnostics,
            runs: () => this.runsInOrder(order, withArtifacts),
            loggedModels: async () => {
                const models = [];
                for (const { exp } of experiments) {
                    for (const entry of this.list((0,external_node_path_.join)(exp.dir, 'models'))) {
                        if (!entry.isDirectory())
                            continue;
                        const loggedModel = this.readLoggedModel(exp, (0,external_node_path_.join)(exp.dir, 'models', entry.name));
                        if (loggedModel)
                            models.push(loggedModel);
                    }
                }
                return (0,mlflow_model/* sortModel */.iN)({ store: { kind: 'file', location: this.root }, experiments: [], runs: [], loggedModels: models }).loggedModels;
            },
        };
    }
    async *runsInOrder(order, withArtifacts) {
        const datasets = new Map();
        for (const { exp, experiment, runDir } of order) {
            if (!datasets.has(exp.id))
                datasets.set(exp.id, new Map());
            const run = this.readRun(exp, experiment, runDir, datasets.get(exp.id), withArtifacts);
            if (run)
                yield run;
        }
    }
    /** A run's start time for ordering, read quietly (readRun reports what is wrong with the file); Infinity if none. */
    peekStartTime(runDir) {
        try {
            const value = parseMetaYaml((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(runDir, 'meta.yaml'), 'utf8'), '').start_time;
            const time = typeof value === 'number' ? value : typeof value === 'string' ? parsePyInt(value) : undefined;
            return time !== undefined && Number.isFinite(time) ? time : Infinity;
        }
        catch {
            return Infinity;
        }
    }
    readArtifact(runId, path) {
        const file = `${(0,artifacts/* displayPath */.Gt)(this.displayRoot, this.root)}:${runId}/${path}`;
        if (!this.openRoot())
            throw new diagnostics/* LocatedError */.B('mlflow/store-missing', 'the store folder cannot be read', file);
        if (!/^[A-Za-z0-9_-]+$/.test(runId))
            throw new diagnostics/* LocatedError */.B('mlflow/run-missing', `no run ${runId}`, file);
        for (const exp of this.experimentDirs()) {
            const runDir = (0,external_node_path_.join)(exp.dir, runId);
            const metaPath = (0,external_node_path_.join)(runDir, 'meta.yaml');
            const text = this.readText(metaPath, 'quiet');
            if (text === undefined)
                continue;
            const expText = this.readText((0,external_node_path_.join)(exp.dir, 'meta.yaml'), 'quiet');
            const meta = parseMetaYaml(text, this.display(metaPath));
            const expMeta = expText === undefined ? {} : parseMetaYaml(expText, this.display((0,external_node_path_.join)(exp.dir, 'meta.yaml')));
            const dir = this.artifactDir(exp, runDir, runId, str(meta.artifact_uri) ?? '', str(expMeta.artifact_location));
            if (dir === undefined) {
                throw new diagnostics/* LocatedError */.B('mlflow/artifact-remote', `artifacts of run ${runId} are not stored in this folder`, file);
            }
            return (0,artifacts/* readArtifactFile */.vt)(dir, path, this.realRoot, file);
        }
        throw new diagnostics/* LocatedError */.B('mlflow/run-missing', `no run ${runId} in the store`, file);
    }
    // ---- experiments ----
    openRoot() {
        try {
            this.realRoot = (0,external_node_fs_.realpathSync)(this.root);
            if ((0,external_node_fs_.statSync)(this.realRoot).isDirectory())
                return true;
            this.report('error', 'mlflow/store-missing', this.root, 'the store is not a folder');
        }
        catch (error) {
            this.report('error', 'mlflow/store-missing', this.root, `cannot open the store: ${error.message}`);
        }
        return false;
    }
    experimentDirs() {
        const out = [];
        for (const entry of this.list(this.realRoot)) {
            if (!entry.isDirectory() || entry.name.startsWith('.') || RESERVED_AT_ROOT.has(entry.name))
                continue;
            out.push({ id: entry.name, dir: (0,external_node_path_.join)(this.realRoot, entry.name), deletedByTrash: false });
        }
        for (const entry of this.list((0,external_node_path_.join)(this.realRoot, TRASH))) {
            if (!entry.isDirectory())
                continue;
            out.push({ id: entry.name, dir: (0,external_node_path_.join)(this.realRoot, TRASH, entry.name), deletedByTrash: true });
        }
        return out;
    }
    readExperiment(exp) {
        const metaPath = (0,external_node_path_.join)(exp.dir, 'meta.yaml');
        const meta = this.readMeta(metaPath, 'experiment');
        if (!meta)
            return undefined;
        const { values, text } = meta;
        const file = this.display(metaPath);
        const recordedId = idString(values.experiment_id);
        if (recordedId !== exp.id) {
            // MLflow ignores such an experiment ("Experiment ID mismatch"); so do we, loudly.
            this.report('error', 'mlflow/id-mismatch', metaPath, `experiment_id ${JSON.stringify(values.experiment_id)} does not match its folder ${exp.id}; experiment skipped`, lineOfKey(text, 'experiment_id'));
            return undefined;
        }
        const name = str(values.name);
        if (name === undefined) {
            this.report('error', 'mlflow/meta-field', metaPath, 'experiment has no name; skipped', lineOfKey(text, 'name'));
            return undefined;
        }
        return {
            experimentId: exp.id,
            name,
            artifactLocation: str(values.artifact_location) ?? '',
            lifecycleStage: this.lifecycle(values.lifecycle_stage, text, file, exp.deletedByTrash ? 'deleted' : 'active'),
            creationTime: this.time(values.creation_time, 'creation_time', text, metaPath),
            lastUpdateTime: this.time(values.last_update_time, 'last_update_time', text, metaPath),
            tags: this.readKeyValues((0,external_node_path_.join)(exp.dir, 'tags')),
        };
    }
    // ---- runs ----
    readRun(exp, experiment, runDir, datasets, withArtifacts) {
        const metaPath = (0,external_node_path_.join)(runDir, 'meta.yaml');
        const meta = this.readMeta(metaPath, 'run');
        if (!meta)
            return undefined;
        const { values, text } = meta;
        const dirName = (0,external_node_path_.basename)(runDir);
        const runId = str(values.run_id) ?? str(values.run_uuid);
        if (runId !== dirName) {
            this.report('error', 'mlflow/id-mismatch', metaPath, `run_id ${JSON.stringify(runId ?? null)} does not match its folder ${dirName}; run skipped`, lineOfKey(text, 'run_id'));
            return undefined;
        }
        const recordedExperiment = idString(values.experiment_id);
        if (recordedExperiment !== exp.id) {
            this.report('warning', 'mlflow/id-mismatch', metaPath, `experiment_id ${JSON.stringify(values.experiment_id)} differs from the experiment folder ${exp.id}; using the folder`, lineOfKey(text, 'experiment_id'));
        }
        const status = this.status(values.status, text, metaPath);
        if (!status)
            return undefined;
        // Which folders the run has: most runs lack some (inputs/, outputs/), and a failed readdir costs an exception.
        const present = new Set(this.list(runDir).flatMap((e) => (e.isDirectory() ? [e.name] : [])));
        const tags = present.has('tags') ? this.readKeyValues((0,external_node_path_.join)(runDir, 'tags')) : new Map();
        const { latestMetrics, metricHistories } = present.has('metrics')
            ? this.readMetrics((0,external_node_path_.join)(runDir, 'metrics'))
            : { latestMetrics: new Map(), metricHistories: new Map() };
        const artifactUri = str(values.artifact_uri) ?? '';
        const run = {
            runId,
            experimentId: exp.id,
            runName: str(values.run_name) || tags.get('mlflow.runName') || '',
            userId: str(values.user_id) ?? '',
            status,
            startTime: this.time(values.start_time, 'start_time', text, metaPath),
            endTime: this.time(values.end_time, 'end_time', text, metaPath),
            lifecycleStage: this.lifecycle(values.lifecycle_stage, text, this.display(metaPath), 'active'),
            artifactUri,
            parentRunId: tags.get('mlflow.parentRunId') ?? null,
            params: present.has('params') ? this.readKeyValues((0,external_node_path_.join)(runDir, 'params')) : new Map(),
            tags,
            latestMetrics,
            metricHistories,
            datasetInputs: [],
            modelInputs: [],
            modelOutputs: [],
            artifacts: [],
        };
        if (present.has('inputs'))
            this.readInputs(exp, runDir, run, datasets);
        if (present.has('outputs'))
            run.modelOutputs = this.readOutputs(runDir);
        if (withArtifacts) {
            const dir = this.artifactDir(exp, runDir, runId, artifactUri, experiment.artifactLocation);
            const inRunDir = dir === (0,external_node_path_.join)(runDir, 'artifacts');
            if (dir === undefined) {
                this.report('notice', 'mlflow/artifacts-remote', metaPath, `artifacts are stored at ${artifactUri}, outside this folder; not listed`, lineOfKey(text, 'artifact_uri'));
            }
            else if (!inRunDir || present.has('artifacts')) {
                run.artifacts = (0,artifacts/* listArtifacts */.wn)(dir, this.realRoot, (p) => this.report('warning', 'mlflow/artifact-unreadable', (0,external_node_path_.join)(dir, p.path), p.message), inRunDir);
            }
        }
        return run;
    }
    readMetrics(dir) {
        const latestMetrics = new Map();
        const metricHistories = new Map();
        for (const { key, path } of this.walkFiles(dir)) {
            const length = this.readBytes(path);
            if (length < 0)
                continue;
            const parsed = parseMetricFile(this.buffer, length, key, this.arena);
            if (parsed.problemCount > 0) {
                for (const problem of parsed.problems) {
                    this.report('warning', 'mlflow/metric-line', path, `${problem.message}; line skipped`, problem.line);
                }
                if (parsed.problemCount > parsed.problems.length) {
                    this.report('warning', 'mlflow/metric-line', path, `${parsed.problemCount - parsed.problems.length} more invalid lines skipped`);
                }
            }
            if (parsed.latest < 0) {
                if (parsed.problemCount === 0)
                    this.report('warning', 'mlflow/metric-empty', path, 'metric file has no values');
                continue;
            }
            metricHistories.set(key, parsed.history);
            latestMetrics.set(key, (0,mlflow_model/* historyPoint */.jQ)(parsed.history, parsed.latest));
        }
        return { latestMetrics, metricHistories };
    }
    /** `inputs/<id>/meta.yaml`: datasets (source_type DATASET, resolved in the experiment) and logged models (MODEL). */
    readInputs(exp, runDir, run, datasets) {
        const inputsDir = (0,external_node_path_.join)(runDir, 'inputs');
        for (const entry of this.sortedDirs(inputsDir)) {
            const metaPath = (0,external_node_path_.join)(inputsDir, entry, 'meta.yaml');
            const meta = this.readMeta(metaPath, 'input');
            if (!meta)
                continue;
            const sourceType = str(meta.values.source_type);
            const sourceId = str(meta.values.source_id);
            if (sourceId === undefined) {
                this.report('warning', 'mlflow/meta-field', metaPath, 'input has no source_id; skipped', lineOfKey(meta.text, 'source_id'));
                continue;
            }
            if (sourceType === 'MODEL') {
                run.modelInputs.push(sourceId);
            }
            else if (sourceType === 'DATASET') {
                if (!datasets.has(sourceId))
                    datasets.set(sourceId, this.readDataset(exp, sourceId));
                const dataset = datasets.get(sourceId);
                if (dataset)
                    run.datasetInputs.push({ dataset, tags: stringMap(meta.values.tags) });
                else
                    this.report('warning', 'mlflow/dataset-missing', metaPath, `dataset ${sourceId} not found in the experiment`);
            }
            else {
                this.report('notice', 'mlflow/input-type', metaPath, `unknown input source_type ${JSON.stringify(sourceType)}`, lineOfKey(meta.text, 'source_type'));
            }
        }
    }
    readDataset(exp, id) {
        const metaPath = (0,external_node_path_.join)(exp.dir, 'datasets', id, 'meta.yaml');
        const meta = this.readMeta(metaPath, 'dataset');
        if (!meta)
            return null;
        const v = meta.values;
        const name = str(v.name);
        const digest = str(v.digest);
        if (name === undefined || digest === undefined) {
            this.report('warning', 'mlflow/meta-field', metaPath, 'dataset has no name or digest');
            return null;
        }
        return {
            name,
            digest,
            sourceType: str(v.source_type) ?? '',
            source: str(v.source) ?? '',
            schema: str(v.schema) ?? null,
            profile: str(v.profile) ?? null,
        };
    }
    readOutputs(runDir) {
        const out = [];
        const outputsDir = (0,external_node_path_.join)(runDir, 'outputs');
        for (const entry of this.sortedDirs(outputsDir)) {
            const metaPath = (0,external_node_path_.join)(outputsDir, entry, 'meta.yaml');
            const meta = this.readMeta(metaPath, 'output');
            if (!meta)
                continue;
            const modelId = str(meta.values.destination_id);
            const step = meta.values.step ?? 0;
            if (modelId === undefined || typeof step !== 'number') {
                this.report('warning', 'mlflow/meta-field', metaPath, 'output needs a destination_id and an integer step');
                continue;
            }
            out.push({ modelId, step });
        }
        return out;
    }
    /**
     * Where the run's artifacts are in this folder. The default layout (`…/<exp>/<run>/artifacts`) is the run folder's
     * `artifacts/` wherever the run now sits (`.trash/` included); another local location is looked up by its tail.
     * Undefined for remote locations (s3:, gs:, mlflow-artifacts: …).
     */
    artifactDir(exp, runDir, runId, artifactUri, experimentLocation) {
        const segments = artifactUri === '' ? [exp.id, runId, 'artifacts'] : (0,artifacts/* localPathSegments */.nf)(artifactUri);
        if (segments === undefined)
            return undefined;
        const n = segments.length;
        if (segments[n - 1] === 'artifacts' && segments[n - 2] === runId && segments[n - 3] === exp.id) {
            return (0,external_node_path_.join)(runDir, 'artifacts');
        }
        const expSegments = experimentLocation === undefined ? undefined : (0,artifacts/* localPathSegments */.nf)(experimentLocation);
        const originalRoot = expSegments?.[expSegments.length - 1] === exp.id ? expSegments.slice(0, -1) : undefined;
        if (originalRoot && originalRoot.every((s, i) => segments[i] === s)) {
            return (0,external_node_path_.join)(this.realRoot, ...segments.slice(originalRoot.length));
        }
        return (0,artifacts/* mapRecordedLocation */.k2)(segments, [this.realRoot], this.realRoot, 2) ?? (0,external_node_path_.join)(runDir, 'artifacts');
    }
    // ---- logged models ----
    readLoggedModel(exp, modelDir) {
        const metaPath = (0,external_node_path_.join)(modelDir, 'meta.yaml');
        const meta = this.readMeta(metaPath, 'logged model');
        if (!meta)
            return undefined;
        const v = meta.values;
        const modelId = str(v.model_id);
        if (modelId === undefined || modelId !== (0,external_node_path_.basename)(modelDir)) {
            this.report('error', 'mlflow/id-mismatch', metaPath, `model_id ${JSON.stringify(v.model_id ?? null)} does not match its folder; logged model skipped`, lineOfKey(meta.text, 'model_id'));
            return undefined;
        }
        const status = typeof v.status === 'number' ? MODEL_STATUS[v.status] : undefined;
        if (!status) {
            this.report('warning', 'mlflow/meta-field', metaPath, `unknown logged model status ${JSON.stringify(v.status)}`, lineOfKey(meta.text, 'status'));
        }
        return {
            modelId,
            name: str(v.name) ?? '',
            experimentId: exp.id,
            status: status ?? 'UNSPECIFIED',
            modelType: str(v.model_type) ?? null,
            sourceRunId: str(v.source_run_id) ?? null,
            artifactLocation: str(v.artifact_location) ?? '',
            creationTimestamp: this.time(v.creation_timestamp, 'creation_timestamp', meta.text, metaPath),
            lastUpdatedTimestamp: this.time(v.last_updated_timestamp, 'last_updated_timestamp', meta.text, metaPath),
            params: this.readKeyValues((0,external_node_path_.join)(modelDir, 'params')),
            tags: this.readKeyValues((0,external_node_path_.join)(modelDir, 'tags')),
            metrics: this.readModelMetrics((0,external_node_path_.join)(modelDir, 'metrics'), modelId),
        };
    }
    /** Logged-model metric lines: `<timestamp> <value> <step> <run_id>` plus `<dataset_name> <dataset_digest>`. */
    readModelMetrics(dir, modelId) {
        const out = [];
        for (const { key, path } of this.walkFiles(dir)) {
            const text = this.readText(path);
            if (text === undefined)
                continue;
            const lines = text.split('\n');
            if (lines[lines.length - 1] === '')
                lines.pop();
            lines.forEach((line, i) => {
                const fields = line.trim().split(' ');
                if (fields.length !== 4 && fields.length !== 6) {
                    this.report('warning', 'mlflow/metric-line', path, `expected "<timestamp> <value> <step> <run_id> [<dataset_name> <dataset_digest>]", found ${fields.length} fields; line skipped`, i + 1);
                    return;
                }
                const parsed = parseMetricLine(fields.slice(0, 3).join(' '));
                if (typeof parsed === 'string') {
                    this.report('warning', 'mlflow/metric-line', path, `${parsed}; line skipped`, i + 1);
                    return;
                }
                const metric = {
                    key,
                    value: parsed.value,
                    timestamp: parsed.timestamp,
                    step: parsed.step,
                    modelId,
                    runId: fields[3],
                };
                if (fields.length === 6)
                    metric.dataset = { name: fields[4], digest: fields[5] };
                out.push(metric);
            });
        }
        return out;
    }
    // ---- files ----
    display(path) {
        return (0,artifacts/* displayPath */.Gt)(this.displayRoot, path);
    }
    report(severity, code, path, message, line, column) {
        const d = { severity, code, message, file: this.display(path) };
        if (line !== undefined)
            d.line = line;
        if (column !== undefined)
            d.column = column;
        this.diagnostics.push(d);
    }
    list(dir) {
        try {
            return (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true });
        }
        catch (error) {
            const code = error.code;
            if (code !== 'ENOENT' && code !== 'ENOTDIR') {
                this.report('warning', 'mlflow/unreadable', dir, `cannot list folder: ${error.message}`);
            }
            return [];
        }
    }
    sortedDirs(dir) {
        return this.list(dir)
            .filter((e) => e.isDirectory())
            .map((e) => e.name)
            .sort();
    }
    /**
     * Files under `dir`, keyed by their `/`-joined relative path (how MLflow maps `a/b` keys onto folders). Like os.walk,
     * symlinked folders are not entered; symlinked files are read only when they stay inside the store.
     */
    walkFiles(dir) {
        const out = [];
        const walk = (current, prefix) => {
            for (const entry of this.list(current)) {
                const path = (0,external_node_path_.join)(current, entry.name);
                const key = prefix ? `${prefix}/${entry.name}` : entry.name;
                if (entry.isDirectory())
                    walk(path, key);
                else if (entry.isFile())
                    out.push({ key, path });
                else if (entry.isSymbolicLink()) {
                    const real = (0,artifacts/* realPathInside */.oG)(this.realRoot, path);
                    if (real === undefined) {
                        this.report('warning', 'mlflow/symlink-outside', path, 'symlink leads outside the store (or nowhere); skipped');
                    }
                    else if ((0,external_node_fs_.statSync)(real).isFile())
                        out.push({ key, path: real });
                }
            }
        };
        walk(dir, '');
        return out;
    }
    /**
     * Reads a file into the shared buffer; returns its length, -1 (reported) when it cannot be read, or -2 when it does
     * not exist and `missing` is 'quiet'.
     */
    readBytes(path, missing = 'report') {
        let fd = -1;
        try {
            fd = (0,external_node_fs_.openSync)(path, 'r');
            const size = (0,external_node_fs_.fstatSync)(fd).size;
            // Spare bytes: the metric parser puts a sentinel after the data and reads words across it.
            if (size + SPARE > this.buffer.length)
                this.buffer = Buffer.allocUnsafe(Math.max(size + SPARE, this.buffer.length * 2));
            let length = 0;
            for (;;) {
                if (length === this.buffer.length - SPARE) {
                    const bigger = Buffer.allocUnsafe(this.buffer.length * 2);
                    this.buffer.copy(bigger, 0, 0, length);
                    this.buffer = bigger;
                }
                const n = (0,external_node_fs_.readSync)(fd, this.buffer, length, this.buffer.length - SPARE - length, null);
                if (n === 0)
                    break;
                length += n;
            }
            return length;
        }
        catch (error) {
            if (missing === 'quiet' && error.code === 'ENOENT')
                return -2;
            this.report('warning', 'mlflow/unreadable', path, `cannot read: ${error.message}`);
            return -1;
        }
        finally {
            if (fd >= 0)
                (0,external_node_fs_.closeSync)(fd);
        }
    }
    /** A whole file as UTF-8 text (Python's open(encoding="utf-8"): a BOM is kept); undefined (reported) if unreadable. */
    readText(path, missing = 'report') {
        const length = this.readBytes(path, missing);
        return length < 0 ? undefined : this.decode(path, length);
    }
    decode(path, length) {
        try {
            return file_store_utf8.decode(this.buffer.subarray(0, length));
        }
        catch {
            this.report('warning', 'mlflow/encoding', path, 'not valid UTF-8; skipped');
            return undefined;
        }
    }
    readMeta(path, what) {
        const length = this.readBytes(path, 'quiet');
        if (length === -2)
            this.report('warning', 'mlflow/meta-missing', path, `${what} folder has no meta.yaml; skipped`);
        const text = length < 0 ? undefined : this.decode(path, length);
        if (text === undefined)
            return undefined;
        try {
            return { values: parseMetaYaml(text, this.display(path)), text };
        }
        catch (error) {
            if (!(error instanceof diagnostics/* LocatedError */.B))
                throw error;
            this.diagnostics.push({ ...error.toDiagnostic(), message: `${error.message}; ${what} skipped` });
            return undefined;
        }
    }
    /** params/, tags/: one file per key, the value is the file's whole text. */
    readKeyValues(dir) {
        const out = new Map();
        for (const { key, path } of this.walkFiles(dir)) {
            const value = this.readText(path);
            if (value !== undefined)
                out.set(key, value);
        }
        return out;
    }
    // ---- fields ----
    status(value, text, metaPath) {
        if (value === undefined || value === null)
            return 'RUNNING'; // MLflow's default for a missing status
        const status = typeof value === 'number' ? RUN_STATUS[value] : undefined;
        if (!status) {
            this.report('error', 'mlflow/meta-field', metaPath, `status ${JSON.stringify(value)} is not one of 1 (RUNNING) … 5 (KILLED); run skipped`, lineOfKey(text, 'status'));
        }
        return status;
    }
    lifecycle(value, text, file, fallback) {
        if (value === 'active' || value === 'deleted')
            return value;
        if (value !== undefined && value !== null) {
            this.diagnostics.push({
                severity: 'warning',
                code: 'mlflow/meta-field',
                message: `lifecycle_stage ${JSON.stringify(value)} is neither active nor deleted; using ${fallback}`,
                file,
                line: lineOfKey(text, 'lifecycle_stage'),
            });
        }
        return fallback;
    }
    time(value, key, text, metaPath) {
        if (value === undefined || value === null)
            return null;
        if (typeof value === 'number' && Number.isFinite(value))
            return value;
        const parsed = typeof value === 'string' ? parsePyInt(value) : undefined;
        if (parsed !== undefined)
            return parsed;
        this.report('warning', 'mlflow/meta-field', metaPath, `${key} ${JSON.stringify(value)} is not a time in milliseconds`, lineOfKey(text, key));
        return null;
    }
}
function str(value) {
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    return undefined;
}
/** Ids are strings, but old MLflow versions wrote experiment ids as YAML ints. */
function idString(value) {
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' && Number.isSafeInteger(value))
        return String(value);
    return undefined;
}
function stringMap(value) {
    const out = new Map();
    if (value && typeof value === 'object' && !Array.isArray(value)) {
        for (const [k, v] of Object.entries(value)) {
            const s = str(v);
            if (s !== undefined)
                out.set(k, s);
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./shared/mlflow/rest-json.ts
// MLflow's REST answers (protobuf JSON) → the Runs model. Shapes are checked as they are read: a field of the wrong
// type is treated as absent, and an entity that lacks its id comes back as a message to report instead.

const STATUSES = new Set(['RUNNING', 'SCHEDULED', 'FINISHED', 'FAILED', 'KILLED']);
const rest_json_MODEL_STATUS = {
    LOGGED_MODEL_STATUS_UNSPECIFIED: 'UNSPECIFIED',
    LOGGED_MODEL_PENDING: 'PENDING',
    LOGGED_MODEL_READY: 'READY',
    LOGGED_MODEL_UPLOAD_FAILED: 'FAILED',
};
function parseExperiment(item) {
    const id = rest_json_str(item.experiment_id);
    const name = rest_json_str(item.name);
    if (id === undefined || name === undefined)
        return 'an experiment without experiment_id or name; skipped';
    return {
        experimentId: id,
        name,
        artifactLocation: rest_json_str(item.artifact_location) ?? '',
        lifecycleStage: lifecycle(item.lifecycle_stage),
        creationTime: rest_json_int(item.creation_time) ?? null,
        lastUpdateTime: rest_json_int(item.last_update_time) ?? null,
        tags: keyValues(item.tags),
    };
}
function parseRun(item) {
    const info = object(item.info);
    const runId = rest_json_str(info?.run_id) ?? rest_json_str(info?.run_uuid);
    if (!info || runId === undefined)
        return 'a run without run_id; skipped';
    const status = rest_json_str(info.status);
    if (status === undefined || !STATUSES.has(status))
        return `run ${runId}: status ${JSON.stringify(info.status)} is not a run status; skipped`;
    const data = object(item.data) ?? {};
    const tags = keyValues(data.tags);
    const latestMetrics = new Map();
    for (const m of array(data.metrics)) {
        const point = parsePoint(object(m) ?? {});
        if (point)
            latestMetrics.set(point.key, point);
    }
    const inputs = object(item.inputs) ?? {};
    const datasetInputs = [];
    for (const entry of array(inputs.dataset_inputs)) {
        const d = object(object(entry)?.dataset);
        if (!d)
            continue;
        datasetInputs.push({
            dataset: {
                name: rest_json_str(d.name) ?? '',
                digest: rest_json_str(d.digest) ?? '',
                sourceType: rest_json_str(d.source_type) ?? '',
                source: rest_json_str(d.source) ?? '',
                schema: rest_json_str(d.schema) ?? null,
                profile: rest_json_str(d.profile) ?? null,
            },
            tags: keyValues(object(entry)?.tags),
        });
    }
    const outputs = object(item.outputs) ?? {};
    return {
        runId,
        experimentId: rest_json_str(info.experiment_id) ?? '',
        runName: rest_json_str(info.run_name) ?? tags.get('mlflow.runName') ?? '',
        userId: rest_json_str(info.user_id) ?? '',
        status: status,
        startTime: rest_json_int(info.start_time) ?? null,
        endTime: rest_json_int(info.end_time) ?? null,
        lifecycleStage: lifecycle(info.lifecycle_stage),
        artifactUri: rest_json_str(info.artifact_uri) ?? '',
        parentRunId: tags.get('mlflow.parentRunId') ?? null,
        params: keyValues(data.params),
        tags,
        latestMetrics,
        metricHistories: new Map(),
        datasetInputs,
        modelInputs: array(inputs.model_inputs).flatMap((m) => rest_json_str(object(m)?.model_id) ?? []),
        modelOutputs: array(outputs.model_outputs).flatMap((m) => {
            const modelId = rest_json_str(object(m)?.model_id);
            return modelId === undefined ? [] : [{ modelId, step: rest_json_int(object(m)?.step) ?? 0 }];
        }),
        artifacts: [],
    };
}
function parsePoint(m) {
    const key = rest_json_str(m.key);
    const value = rest_json_double(m.value);
    if (key === undefined || value === undefined)
        return undefined;
    const point = { key, value, timestamp: rest_json_int(m.timestamp) ?? 0, step: rest_json_int(m.step) ?? 0 };
    const name = rest_json_str(m.dataset_name);
    const digest = rest_json_str(m.dataset_digest);
    if (name !== undefined && digest !== undefined)
        point.dataset = { name, digest };
    return point;
}
function parseHistory(key, items) {
    const n = items.length;
    const values = new Float64Array(n);
    const steps = new Float64Array(n);
    const timestamps = new Float64Array(n);
    let datasets = null;
    for (let i = 0; i < n; i++) {
        const point = parsePoint(items[i]);
        if (!point)
            return `point ${i + 1} has no key or numeric value`;
        values[i] = point.value;
        steps[i] = point.step;
        timestamps[i] = point.timestamp;
        if (point.dataset) {
            datasets ??= new Array(n).fill(null);
            datasets[i] = point.dataset;
        }
    }
    return { key, values, steps: compactSteps(steps), timestamps, datasets };
}
function parseLoggedModel(item) {
    const info = object(item.info) ?? {};
    const data = object(item.data) ?? {};
    const modelId = rest_json_str(info.model_id);
    if (modelId === undefined)
        return 'a logged model without model_id; skipped';
    return {
        modelId,
        name: rest_json_str(info.name) ?? '',
        experimentId: rest_json_str(info.experiment_id) ?? '',
        status: rest_json_MODEL_STATUS[rest_json_str(info.status) ?? ''] ?? 'UNSPECIFIED',
        modelType: rest_json_str(info.model_type) ?? null,
        sourceRunId: rest_json_str(info.source_run_id) ?? null,
        artifactLocation: rest_json_str(info.artifact_uri) ?? '',
        creationTimestamp: rest_json_int(info.creation_timestamp_ms) ?? null,
        lastUpdatedTimestamp: rest_json_int(info.last_updated_timestamp_ms) ?? null,
        params: keyValues(data.params),
        tags: keyValues(info.tags),
        metrics: array(data.metrics).flatMap((m) => {
            const point = parsePoint(object(m) ?? {});
            return point ? [{ ...point, modelId, runId: rest_json_str(object(m)?.run_id) ?? null }] : [];
        }),
    };
}
// ---- JSON helpers ----
function object(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
}
function array(value) {
    return Array.isArray(value) ? value : [];
}
function rest_json_str(value) {
    return typeof value === 'string' ? value : undefined;
}
/** int64 fields: protobuf JSON may write them as strings. */
function rest_json_int(value) {
    if (typeof value === 'number' && Number.isFinite(value))
        return value;
    if (typeof value === 'string' && /^-?\d+$/.test(value))
        return Number(value);
    return undefined;
}
/** double fields: protobuf JSON writes NaN and ±Infinity as strings. */
function rest_json_double(value) {
    if (typeof value === 'number')
        return value;
    if (value === 'NaN')
        return NaN;
    if (value === 'Infinity')
        return Infinity;
    if (value === '-Infinity')
        return -Infinity;
    if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))
        return Number(value);
    return undefined;
}
function lifecycle(value) {
    return value === 'deleted' ? 'deleted' : 'active';
}
function keyValues(value) {
    const out = new Map();
    for (const entry of array(value)) {
        const key = rest_json_str(object(entry)?.key);
        if (key !== undefined)
            out.set(key, rest_json_str(object(entry)?.value) ?? '');
    }
    return out;
}

// EXTERNAL MODULE: ./shared/mlflow/store.ts
var mlflow_store = __webpack_require__(7151);
;// CONCATENATED MODULE: ./shared/mlflow/rest-store.ts
// An MLflow tracking server over its REST API (`mlflow server`, or any host serving /api/2.0/mlflow). Every paged call
// sends max_results: the server's get-history handler treats a missing max_results as 0 and returns no metrics, only a
// page token. Each request has a timeout; 5xx, 429, timeouts and network errors are retried a bounded number of times.
// A failed call becomes a Diagnostic naming the run (and metric) it was for; everything else is still read.





/** How many runs a tracking server read keeps by default: the newest thousand. */
const DEFAULT_MAX_RUNS = 1000;
const DEFAULT_PAGE = { experiments: 1000, runs: 1000, history: 25000, loggedModels: 100 };
/** A request that failed for good (after retries). */
class RestError extends Error {
    endpoint;
    status;
    constructor(endpoint, message, status) {
        super(message);
        this.endpoint = endpoint;
        this.status = status;
        this.name = 'RestError';
    }
}
/** The server's calls this reader uses, one page at a time. */
class MlflowRestClient {
    base;
    /** The server URL without credentials, for messages. */
    location;
    headers = {};
    timeoutMs;
    retries;
    retryDelayMs;
    constructor(url, options = {}) {
        const parsed = new URL(url);
        const env = options.env ?? {};
        const token = env.MLFLOW_TRACKING_TOKEN;
        const user = env.MLFLOW_TRACKING_USERNAME ?? decodeURIComponent(parsed.username);
        const password = env.MLFLOW_TRACKING_PASSWORD ?? decodeURIComponent(parsed.password);
        if (token)
            this.headers.authorization = `Bearer ${token}`;
        else if (user)
            this.headers.authorization = `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
        // fetch refuses URLs with credentials; they travel in the header instead.
        parsed.username = '';
        parsed.password = '';
        parsed.search = '';
        parsed.hash = '';
        this.base = parsed.toString().replace(/\/+$/, '');
        this.location = this.base;
        this.timeoutMs = options.timeoutMs ?? 30_000;
        this.retries = options.retries ?? 3;
        this.retryDelayMs = options.retryDelayMs ?? 500;
    }
    async searchExperiments(maxResults, pageToken) {
        const body = await this.post('/api/2.0/mlflow/experiments/search', {
            max_results: maxResults,
            view_type: 'ALL',
            ...(pageToken ? { page_token: pageToken } : {}),
        });
        return page(body, 'experiments');
    }
    async searchRuns(experimentIds, maxResults, pageToken, order = 'ASC') {
        const body = await this.post('/api/2.0/mlflow/runs/search', {
            experiment_ids: experimentIds,
            run_view_type: 'ALL',
            max_results: maxResults,
            order_by: [`attributes.start_time ${order}`],
            ...(pageToken ? { page_token: pageToken } : {}),
        });
        return page(body, 'runs');
    }
    async getRun(runId) {
        const body = await this.get('/api/2.0/mlflow/runs/get', { run_id: runId });
        return object(body.run) ?? {};
    }
    async getMetricHistory(runId, key, maxResults, pageToken) {
        const query = { run_id: runId, metric_key: key, max_results: String(maxResults) };
        if (pageToken)
            query.page_token = pageToken;
        return page(await this.get('/api/2.0/mlflow/metrics/get-history', query), 'metrics');
    }
    /**
     * Every point of `key` at the sampled steps of up to 100 runs in [startStep, endStep] (the MLflow UI's call; all
     * steps when the runs have fewer than `maxResults` distinct ones). Not paged: the answer is the whole list.
     */
    async getMetricHistoryBulkInterval(runIds, key, maxResults, startStep, endStep) {
        const query = new URLSearchParams(runIds.map((id) => ['run_ids', id]));
        query.set('metric_key', key);
        query.set('max_results', String(maxResults));
        query.set('start_step', String(startStep));
        query.set('end_step', String(endStep));
        const body = await this.get('/ajax-api/2.0/mlflow/metrics/get-history-bulk-interval', query);
        return page(body, 'metrics').items;
    }
    /** One folder of a run's artifacts (not recursive). */
    async listArtifacts(runId, path, pageToken) {
        const query = { run_id: runId };
        if (path)
            query.path = path;
        if (pageToken)
            query.page_token = pageToken;
        return page(await this.get('/api/2.0/mlflow/artifacts/list', query), 'files');
    }
    async searchLoggedModels(experimentIds, maxResults, pageToken) {
        const body = await this.post('/api/2.0/mlflow/logged-models/search', {
            experiment_ids: experimentIds,
            max_results: maxResults,
            ...(pageToken ? { page_token: pageToken } : {}),
        });
        return page(body, 'models');
    }
    /** The bytes of one artifact, through the server's artifact download route. */
    async getArtifact(runId, path) {
        const response = await this.request('GET', '/get-artifact', { run_uuid: runId, path });
        return Buffer.from(await response.arrayBuffer());
    }
    async get(path, query) {
        return this.json(path, await this.request('GET', path, query));
    }
    async post(path, body) {
        return this.json(path, await this.request('POST', path, undefined, body));
    }
    async json(path, response) {
        let text;
        try {
            text = await response.text();
        }
        catch (error) {
            throw new RestError(path, `reading the response failed: ${describe(error)}`, response.status);
        }
        let body;
        try {
            body = JSON.parse(text);
        }
        catch {
            throw new RestError(path, `the server answered with invalid JSON: ${JSON.stringify(text.slice(0, 80))}`, response.status);
        }
        const result = object(body);
        if (!result)
            throw new RestError(path, 'the server answered with JSON that is not an object', response.status);
        return result;
    }
    /** One call with timeout and bounded retries; resolves only on a 2xx response. */
    async request(method, path, query, body) {
        const url = `${this.base}${path}${query ? `?${new URLSearchParams(query).toString()}` : ''}`;
        const headers = { ...this.headers, accept: 'application/json' };
        if (body)
            headers['content-type'] = 'application/json';
        let lastError = '';
        for (let attempt = 0; attempt <= this.retries; attempt++) {
            if (attempt > 0)
                await sleep(this.retryDelayMs * 2 ** (attempt - 1));
            let response;
            try {
                response = await fetch(url, {
                    method,
                    headers,
                    body: body ? JSON.stringify(body) : undefined,
                    signal: AbortSignal.timeout(this.timeoutMs),
                });
            }
            catch (error) {
                lastError = error.name === 'TimeoutError' ? `no answer within ${this.timeoutMs} ms` : describe(error);
                continue;
            }
            if (response.ok)
                return response;
            const detail = await errorMessage(response);
            if (response.status >= 500 || response.status === 429) {
                lastError = `HTTP ${response.status}${detail}`;
                continue;
            }
            throw new RestError(path, `HTTP ${response.status}${detail}`, response.status);
        }
        throw new RestError(path, `${lastError} (after ${this.retries + 1} attempts)`);
    }
}
function openRestStore(url, options = {}) {
    const client = new MlflowRestClient(url, options);
    return {
        kind: 'rest',
        location: client.location,
        read: (readOptions) => readRestStore(client, { ...options, ...readOptions }),
        stream: (readOptions) => streamRestStore(client, { ...options, ...readOptions }),
        readArtifact: async (runId, path) => {
            const file = `${client.location}/get-artifact`;
            (0,artifacts/* artifactPathSegments */.KV)(path, file);
            try {
                return await client.getArtifact(runId, path);
            }
            catch (error) {
                if (error instanceof RestError) {
                    throw new diagnostics/* LocatedError */.B('mlflow/artifact-missing', `artifact ${path} of run ${runId}: ${error.message}`, file);
                }
                throw error;
            }
        },
    };
}
/** Reads experiments, the newest `maxRuns` runs (with histories and, unless disabled, artifact listings) and logged models. */
async function readRestStore(client, options = {}) {
    const result = await (0,mlflow_store/* collectStream */.V)('rest', client.location, await streamRestStore(client, options));
    (0,mlflow_model/* sortModel */.iN)(result.model);
    return result;
}
/**
 * Experiments, runs (newest first, at most `maxRuns`), logged models up front; histories and artifact listings a window
 * of runs at a time as the iteration reaches them, so that memory holds one window, not the store.
 */
async function streamRestStore(client, options = {}) {
    const pageSize = { ...DEFAULT_PAGE, ...options.pageSize };
    const limit = Math.max(1, options.concurrency ?? 8);
    const maxRuns = options.maxRuns ?? DEFAULT_MAX_RUNS;
    const diagnostics = [];
    const experiments = [];
    const report = (severity, code, endpoint, message) => {
        diagnostics.push({ severity, code, message, file: `${client.location}${endpoint}` });
    };
    const failed = (error, what, code = 'mlflow/server-error') => {
        if (!(error instanceof RestError))
            throw error;
        report('error', code, error.endpoint, `${what}: ${error.message}`);
    };
    const empty = { experiments, runCount: 0, diagnostics, runs: async function* () { }, loggedModels: async () => [] };
    try {
        for await (const item of pages('/api/2.0/mlflow/experiments/search', (token) => client.searchExperiments(pageSize.experiments, token))) {
            const experiment = parseExperiment(item);
            if (typeof experiment === 'string')
                report('warning', 'mlflow/server-data', '/api/2.0/mlflow/experiments/search', experiment);
            else
                experiments.push(experiment);
        }
    }
    catch (error) {
        failed(error, 'listing experiments');
        return empty;
    }
    experiments.sort((x, y) => (0,mlflow_model/* compareCodePoints */.OP)(x.experimentId, y.experimentId));
    // Newest first in every experiment, each stopping at maxRuns; then the newest maxRuns of them all.
    let runs = [];
    let leftOut = false;
    await mapLimit(experiments, limit, async (experiment) => {
        let count = 0;
        try {
            for await (const item of pages('/api/2.0/mlflow/runs/search', (token) => client.searchRuns([experiment.experimentId], Math.min(pageSize.runs, maxRuns), token, 'DESC'))) {
                if (count === maxRuns) {
                    leftOut = true;
                    break;
                }
                const run = parseRun(item);
                if (typeof run === 'string') {
                    report('warning', 'mlflow/server-data', '/api/2.0/mlflow/runs/search', `experiment ${experiment.experimentId}: ${run}`);
                }
                else {
                    runs.push(run);
                    count++;
                }
            }
        }
        catch (error) {
            failed(error, `listing runs of experiment ${experiment.experimentId}`);
        }
    });
    if (runs.length > maxRuns) {
        leftOut = true;
        runs.sort((x, y) => (y.startTime ?? -Infinity) - (x.startTime ?? -Infinity));
        runs = runs.slice(0, maxRuns);
    }
    if (leftOut) {
        report('warning', 'mlflow/max-runs', '/api/2.0/mlflow/runs/search', `the server holds more than ${maxRuns.toLocaleString('en')} runs; only the newest ${maxRuns.toLocaleString('en')} are read and older runs are left out (raise --max-runs or the max-runs input to read more)`);
    }
    runs = (0,mlflow_model/* sortModel */.iN)({ store: { kind: 'rest', location: client.location }, experiments: [], runs, loggedModels: [] }).runs;
    const loggedModels = [];
    const ids = experiments.map((e) => e.experimentId);
    for (let i = 0; i < ids.length; i += 100) {
        const batch = ids.slice(i, i + 100);
        try {
            for await (const item of pages('/api/2.0/mlflow/logged-models/search', (token) => client.searchLoggedModels(batch, pageSize.loggedModels, token))) {
                const loggedModel = parseLoggedModel(item);
                if (typeof loggedModel === 'string')
                    report('warning', 'mlflow/server-data', '/api/2.0/mlflow/logged-models/search', loggedModel);
                else
                    loggedModels.push(loggedModel);
            }
        }
        catch (error) {
            if (error instanceof RestError && error.status === 404) {
                report('notice', 'mlflow/server-version', error.endpoint, 'the server has no logged-models API (MLflow < 3); no logged models read');
                break;
            }
            failed(error, 'listing logged models');
        }
    }
    const histories = new HistoryReader(client, { limit, pageSize: pageSize.history, report, failed, bulk: options.bulkHistory ?? true });
    const progress = new Progress(runs.length, options.progress, options.progressEveryMs);
    async function* runsInOrder() {
        // A window keeps every connection busy with bulk calls of BULK_RUNS runs each.
        const window = BULK_RUNS * limit;
        for (let i = 0; i < runs.length; i += window) {
            const chunk = runs.slice(i, i + window);
            await histories.read(chunk);
            if (options.artifacts ?? true) {
                await mapLimit(chunk, limit, async (run) => {
                    try {
                        run.artifacts = await listRecursively(client, run.runId);
                    }
                    catch (error) {
                        failed(error, `listing artifacts of run ${run.runId}`);
                    }
                });
            }
            progress.done(chunk.length);
            for (let j = 0; j < chunk.length; j++) {
                yield chunk[j];
                // Once yielded, the list no longer holds the run's histories: the caller decides what to keep.
                runs[i + j] = { ...chunk[j], metricHistories: new Map(), artifacts: [] };
            }
        }
        progress.finish();
    }
    return {
        experiments,
        runCount: runs.length,
        diagnostics,
        runs: runsInOrder,
        loggedModels: async () => (0,mlflow_model/* sortModel */.iN)({ store: { kind: 'rest', location: client.location }, experiments: [], runs: [], loggedModels }).loggedModels,
    };
}
/** Runs per get-history-bulk-interval call: the server's limit (MAX_RUNS_GET_METRIC_HISTORY_BULK). */
const BULK_RUNS = 100;
/**
 * The call's max_results: distinct steps it returns in full (MAX_RESULTS_PER_RUN). With more distinct steps among its
 * runs it samples them, so an answer with this many steps may be sampled and is asked again in smaller parts.
 */
const BULK_STEPS = 2500;
/** Points per run the call returns at most (MAX_RESULTS_GET_METRIC_HISTORY); a run reaching it is read per run. */
const BULK_POINTS_PER_RUN = 25000;
const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;
const BULK_PATH = '/ajax-api/2.0/mlflow/metrics/get-history-bulk-interval';
const HISTORY_PATH = '/api/2.0/mlflow/metrics/get-history';
/**
 * Full metric histories of many runs: through the server's bulk endpoint (one call per metric key and 100 runs) where
 * it has one, else (404/400: an older or different server) one get-history call per run and key, as before.
 */
class HistoryReader {
    client;
    options;
    bulk;
    constructor(client, options) {
        this.client = client;
        this.options = options;
        this.bulk = options.bulk;
    }
    async read(runs) {
        const byKey = new Map();
        const single = [];
        for (const run of runs) {
            for (const [key, latest] of run.latestMetrics) {
                // The bulk call is asked for steps in the int32 range; a run whose latest step lies outside is read alone.
                if (latest.step < INT32_MIN || latest.step > INT32_MAX)
                    single.push({ run, key });
                else
                    byKey.set(key, [...(byKey.get(key) ?? []), run]);
            }
        }
        const batches = [];
        for (const [key, keyRuns] of byKey) {
            for (let i = 0; i < keyRuns.length; i += BULK_RUNS)
                batches.push({ key, runs: keyRuns.slice(i, i + BULK_RUNS) });
        }
        await mapLimit(batches, this.options.limit, async ({ key, runs: batch }) => {
            if (this.bulk)
                single.push(...(await this.readBulk(key, batch)));
            else
                single.push(...batch.map((run) => ({ run, key })));
        });
        await mapLimit(single, this.options.limit, ({ run, key }) => this.readOne(run, key));
        // Histories arrive in any order; keep the latest-metrics key order.
        for (const run of runs) {
            run.metricHistories = new Map([...run.latestMetrics.keys()].flatMap((k) => {
                const h = run.metricHistories.get(k);
                return h ? [[k, h]] : [];
            }));
        }
    }
    /** One bulk call (split when its answer may be sampled); returns what has to be read per run. */
    async readBulk(key, runs) {
        if (!this.bulk)
            return runs.map((run) => ({ run, key }));
        let items;
        try {
            items = await this.client.getMetricHistoryBulkInterval(runs.map((r) => r.runId), key, BULK_STEPS, INT32_MIN, INT32_MAX);
        }
        catch (error) {
            if (!(error instanceof RestError))
                throw error;
            // 404/400: a server without the endpoint (MLflow < 2.8, or another implementation): per run from now on. Any other
            // failure: these runs per run, so that a fault costs only the histories it really hits (each reported there).
            if (error.status === 404 || error.status === 400)
                this.bulk = false;
            return runs.map((run) => ({ run, key }));
        }
        const steps = new Set();
        const byRun = new Map(runs.map((r) => [r.runId, []]));
        for (const item of items) {
            steps.add(item.step);
            byRun.get(rest_json_str(item.run_id) ?? '')?.push(item);
        }
        if (steps.size >= BULK_STEPS) {
            // Possibly sampled: halve the batch until each part is answered in full (a single run: per-run get-history).
            if (runs.length === 1)
                return [{ run: runs[0], key }];
            const half = Math.ceil(runs.length / 2);
            return [...(await this.readBulk(key, runs.slice(0, half))), ...(await this.readBulk(key, runs.slice(half)))];
        }
        const rest = [];
        for (const run of runs) {
            const points = byRun.get(run.runId);
            if (points.length >= BULK_POINTS_PER_RUN) {
                rest.push({ run, key });
                continue;
            }
            // get_metric_history's order: (timestamp, step, value); the bulk call answers by step.
            points.sort((x, y) => cmp(rest_json_int(x.timestamp), rest_json_int(y.timestamp)) || cmp(rest_json_int(x.step), rest_json_int(y.step)) || cmp(rest_json_double(x.value), rest_json_double(y.value)));
            const history = parseHistory(key, points);
            if (typeof history === 'string')
                this.options.report('warning', 'mlflow/server-data', BULK_PATH, `run ${run.runId}, metric ${key}: ${history}`);
            else
                run.metricHistories.set(key, history);
        }
        return rest;
    }
    async readOne(run, key) {
        try {
            const points = [];
            for await (const item of pages(HISTORY_PATH, (token) => this.client.getMetricHistory(run.runId, key, this.options.pageSize, token))) {
                points.push(item);
            }
            const history = parseHistory(key, points);
            if (typeof history === 'string')
                this.options.report('warning', 'mlflow/server-data', HISTORY_PATH, `run ${run.runId}, metric ${key}: ${history}`);
            else
                run.metricHistories.set(key, history);
        }
        catch (error) {
            this.options.failed(error, `history of metric ${key} of run ${run.runId}`);
        }
    }
}
function cmp(x, y) {
    const a = x ?? 0;
    const b = y ?? 0;
    return a < b ? -1 : a > b ? 1 : 0;
}
/** At most one line every `everyMs` on a long read: counts, rate and time left. */
class Progress {
    total;
    say;
    everyMs;
    started = performance.now();
    last = this.started;
    count = 0;
    spoke = false;
    constructor(total, say, everyMs = 5000) {
        this.total = total;
        this.say = say;
        this.everyMs = everyMs;
    }
    done(n) {
        this.count += n;
        const now = performance.now();
        if (!this.say || now - this.last < this.everyMs || this.count >= this.total)
            return;
        this.last = now;
        this.spoke = true;
        this.say(this.line(now));
    }
    /** The closing line, only when progress was shown at all. */
    finish() {
        if (this.say && this.spoke)
            this.say(this.line(performance.now()));
    }
    line(now) {
        const seconds = (now - this.started) / 1000;
        const rate = this.count / Math.max(seconds, 1e-3);
        const left = this.count >= this.total ? `done in ${seconds.toFixed(0)} s` : `about ${Math.ceil((this.total - this.count) / Math.max(rate, 1e-3))} s left`;
        return `MLflow server: histories of ${this.count.toLocaleString('en')} of ${this.total.toLocaleString('en')} runs read (${rate.toFixed(0)} runs/s), ${left}`;
    }
}
async function listRecursively(client, runId) {
    const out = [];
    const walk = async (path) => {
        const files = [];
        for await (const item of pages('/api/2.0/mlflow/artifacts/list', (token) => client.listArtifacts(runId, path, token)))
            files.push(item);
        const entries = files
            .map((f) => ({ path: typeof f.path === 'string' ? f.path : '', isDir: f.is_dir === true, size: rest_json_int(f.file_size) }))
            .filter((f) => f.path !== '')
            .sort((a, b) => (0,mlflow_model/* compareCodePoints */.OP)(a.path, b.path));
        for (const entry of entries) {
            // protobuf JSON leaves out a zero file_size: an empty file.
            out.push({ path: entry.path, isDir: entry.isDir, fileSize: entry.isDir ? null : (entry.size ?? 0) });
            if (entry.isDir)
                await walk(entry.path);
        }
    };
    await walk(undefined);
    return out;
}
function page(body, field) {
    const items = array(body[field]).flatMap((item) => {
        const o = object(item);
        return o ? [o] : [];
    });
    const token = rest_json_str(body.next_page_token);
    return token ? { items, nextPageToken: token } : { items };
}
/**
 * Items of every page, following next_page_token. A page that brings nothing new but another token (a repeated token,
 * or an empty page — what get-history answers when max_results is missing) would loop forever, so it is an error.
 */
async function* pages(endpoint, fetchPage) {
    const seen = new Set();
    let token;
    do {
        const current = await fetchPage(token);
        yield* current.items;
        token = current.nextPageToken;
        if (token === undefined)
            break;
        if (seen.has(token) || current.items.length === 0) {
            throw new RestError(endpoint, 'the server keeps returning page tokens without results');
        }
        seen.add(token);
    } while (token !== undefined);
}
async function mapLimit(items, limit, fn) {
    let next = 0;
    const worker = async () => {
        while (next < items.length)
            await fn(items[next++]);
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
async function errorMessage(response) {
    try {
        const text = await response.text();
        const body = object(JSON.parse(text));
        const message = rest_json_str(body?.message);
        return message ? `: ${message}` : '';
    }
    catch {
        return '';
    }
}
function describe(error) {
    const e = error;
    const cause = e.cause instanceof Error ? ` (${e.cause.message})` : '';
    return `${e.message}${cause}`;
}
function sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}

;// CONCATENATED MODULE: ./shared/mlflow/sqlite-pages.ts
// The `metrics` table read straight from the database file's b-tree pages (https://sqlite.org/fileformat2.html).
// node:sqlite hands rows to JavaScript one at a time at about a microsecond each, which at 10,000 runs is most of a
// report; decoding the pages here reads the same rows at close to the speed of reading the file. Only the plain case
// is taken: a rollback-journal database (not WAL, whose newest pages live in another file), UTF-8, a rowid table whose
// records all hold numbers where numbers belong and no overflow pages. Anything else answers false and the caller
// reads through SQL as before, so what comes back never differs from the SQL read. The caller holds a read
// transaction (a SHARED lock) throughout, so no writer can change the file under us.

const BATCH = 4096;
const CHUNK = 256 * 1024;
class NotPlain extends Error {
}
/** Every row of the table rooted at `rootPage`, in rowid order, to `sink`; false when the file is not the plain case. */
function scanMetricPages(dbPath, rootPage, columns, sink) {
    const fd = (0,external_node_fs_.openSync)(dbPath, 'r');
    try {
        const header = Buffer.alloc(100);
        if ((0,external_node_fs_.readSync)(fd, header, 0, 100, 0) !== 100)
            return false;
        if (header.toString('latin1', 0, 16) !== 'SQLite format 3\0')
            return false;
        // Write/read versions 1: rollback journal; 2 is WAL.
        if (header[18] !== 1 || header[19] !== 1)
            return false;
        if (header.readUInt32BE(56) !== 1)
            return false; // text encoding UTF-8
        const raw = header.readUInt16BE(16);
        const pageSize = raw === 1 ? 65536 : raw;
        if (pageSize < 512 || (pageSize & (pageSize - 1)) !== 0)
            return false;
        const usable = pageSize - header[20];
        const maxLocal = usable - 35;
        const chunk = Buffer.allocUnsafe(Math.max(CHUNK, pageSize));
        let chunkStart = -1;
        let chunkEnd = -1;
        /** Offset in `chunk` of page `n` (1-based), reading the file from that page on when it is not there. */
        const page = (n) => {
            const at = (n - 1) * pageSize;
            if (at < chunkStart || at + pageSize > chunkEnd) {
                const got = (0,external_node_fs_.readSync)(fd, chunk, 0, chunk.length, at);
                if (got < pageSize)
                    throw new NotPlain();
                chunkStart = at;
                chunkEnd = at + got;
            }
            return at - chunkStart;
        };
        const decoder = new RecordDecoder(chunk, columns, sink);
        const walk = (n, depth) => {
            if (depth > 40)
                throw new NotPlain();
            let p = page(n);
            const head = p + (n === 1 ? 100 : 0);
            const type = chunk[head];
            const cells = chunk.readUInt16BE(head + 3);
            if (type === 0x05) {
                // Interior table page: the children, then the right-most one; collected first, as walking them moves `chunk`.
                const children = [];
                for (let i = 0; i < cells; i++)
                    children.push(chunk.readUInt32BE(p + chunk.readUInt16BE(head + 12 + 2 * i)));
                children.push(chunk.readUInt32BE(head + 8));
                for (const child of children)
                    walk(child, depth + 1);
                return;
            }
            if (type !== 0x0d)
                throw new NotPlain();
            for (let i = 0; i < cells; i++) {
                p = page(n); // the same chunk: a leaf is decoded without reading
                let at = p + chunk.readUInt16BE(head + 8 + 2 * i);
                // Payload size and rowid, both varints.
                let payload = 0;
                let b;
                do {
                    b = chunk[at++];
                    payload = payload * 128 + (b & 0x7f);
                } while (b & 0x80 && payload < 2 ** 40);
                if (payload > maxLocal)
                    throw new NotPlain(); // spills onto overflow pages
                for (let k = 0; k < 9 && chunk[at++] & 0x80; k++)
                    ;
                decoder.record(at, at + payload);
            }
        };
        walk(rootPage, 0);
        decoder.flush();
        return true;
    }
    catch (error) {
        if (error instanceof NotPlain)
            return false;
        throw error;
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/** Decodes table records (https://sqlite.org/fileformat2.html#record_format) into metric rows. */
class RecordDecoder {
    buf;
    columns;
    sink;
    types = [];
    starts = [];
    runs = new RecentTexts();
    keys = new RecentTexts();
    view;
    rows = {
        count: 0,
        runIds: new Array(BATCH).fill(''),
        keys: new Array(BATCH).fill(''),
        values: new Float64Array(BATCH),
        isNan: new Uint8Array(BATCH),
        timestamps: new Float64Array(BATCH),
        steps: new Float64Array(BATCH),
    };
    constructor(buf, columns, sink) {
        this.buf = buf;
        this.columns = columns;
        this.sink = sink;
        this.view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
    }
    /** Hands the rows decoded so far to the sink. */
    flush() {
        if (this.rows.count > 0)
            this.sink(this.rows);
        this.rows.count = 0;
    }
    record(start, end) {
        const buf = this.buf;
        let at = start;
        const headerSize = buf[at++];
        if (headerSize & 0x80)
            throw new NotPlain(); // a header over 127 bytes: not a metrics row
        const headerEnd = start + headerSize;
        let body = headerEnd;
        let n = 0;
        while (at < headerEnd) {
            let type = 0;
            let b;
            do {
                b = buf[at++];
                type = type * 128 + (b & 0x7f);
            } while (b & 0x80);
            this.types[n] = type;
            this.starts[n] = body;
            body += type >= 12 ? (type - 12) >> 1 : SIZES[type] ?? 0;
            n++;
        }
        // Fewer columns (added by ALTER TABLE since) or a record running past its cell: not the plain case.
        if (n !== this.columns.count || body !== end)
            throw new NotPlain();
        const c = this.columns;
        const rows = this.rows;
        const i = rows.count;
        const isNan = this.number(c.isNan);
        if (isNan !== 0 && isNan !== 1)
            throw new NotPlain();
        rows.runIds[i] = this.text(c.runUuid, this.runs);
        rows.keys[i] = this.text(c.key, this.keys);
        rows.isNan[i] = isNan;
        rows.values[i] = this.number(c.value);
        rows.timestamps[i] = this.number(c.timestamp);
        rows.steps[i] = this.number(c.step);
        if (++rows.count === BATCH)
            this.flush();
    }
    /** A text column, as a string already made when the bytes are the same (see RecentTexts). */
    text(column, seen) {
        const type = this.types[column];
        if (type < 13 || (type & 1) === 0)
            throw new NotPlain();
        return seen.text(this.buf, this.view, this.starts[column], (type - 13) >> 1);
    }
    /** An integer or real column, as SQLite's CAST(… AS REAL) reads it. */
    number(column) {
        const type = this.types[column];
        const at = this.starts[column];
        const v = this.view;
        switch (type) {
            case 1:
                return v.getInt8(at);
            case 2:
                return v.getInt16(at);
            case 3:
                return v.getInt8(at) * 65536 + v.getUint16(at + 1);
            case 4:
                return v.getInt32(at);
            case 5:
                return v.getInt16(at) * 4294967296 + v.getUint32(at + 2);
            case 6:
                // Both parts exact, so the one rounding of the sum is CAST(… AS REAL)'s.
                return v.getInt32(at) * 4294967296 + v.getUint32(at + 4);
            case 7:
                return v.getFloat64(at);
            case 8:
                return 0;
            case 9:
                return 1;
            default:
                throw new NotPlain(); // NULL, text or blob: the SQL read reports or converts it
        }
    }
}
/** Bytes per value of serial types 0–11 (10 and 11 are reserved and never appear). */
const SIZES = [0, 1, 2, 3, 4, 6, 8, 8, 0, 0, 0, 0];
/**
 * The last few strings decoded from one column, with their UTF-8 bytes: rows come run by run, their keys cycling
 * through a handful of names, so comparing bytes (four at a time) spares decoding a string per row.
 */
class RecentTexts {
    texts = [];
    bytes = [];
    text(buf, view, start, length) {
        for (let i = 0; i < this.texts.length; i++) {
            const known = this.bytes[i];
            if (known.byteLength === length && sameBytes(view, start, known))
                return this.texts[i];
        }
        const value = buf.toString('utf8', start, start + length);
        if (this.texts.length === 8) {
            this.texts.pop();
            this.bytes.pop();
        }
        this.texts.unshift(value);
        this.bytes.unshift(new DataView(Uint8Array.prototype.slice.call(buf, start, start + length).buffer));
        return value;
    }
}
function sameBytes(view, start, known) {
    const n = known.byteLength;
    let k = 0;
    for (; k + 4 <= n; k += 4)
        if (view.getInt32(start + k) !== known.getInt32(k))
            return false;
    for (; k < n; k++)
        if (view.getUint8(start + k) !== known.getUint8(k))
            return false;
    return true;
}

;// CONCATENATED MODULE: ./shared/mlflow/sqlite-store.ts
// MLflow's SQLite store (SqlAlchemyStore over `mlflow.db`), opened read-only with node:sqlite. Tables as of alembic
// revision bf29a5ff90ea (MLflow 3.6); tables that older databases lack (inputs, datasets, logged_models) read as empty.
// Storage quirks kept as MLflow reads them back: NaN is `value 0, is_nan 1`; ±Infinity is stored and returned as
// ±1.7976931348623157e308; -0.0 comes back as 0.0. Histories are ordered by (timestamp, step, value) as MLflow's
// get_metric_history orders them. Artifacts live beside the database (`./mlruns/<exp>/<run>/artifacts` by default)
// and are found there whatever absolute path the database recorded.







const RUN_STATUSES = new Set(['RUNNING', 'SCHEDULED', 'FINISHED', 'FAILED', 'KILLED']);
const sqlite_store_MODEL_STATUS = { 0: 'UNSPECIFIED', 1: 'PENDING', 2: 'READY', 3: 'FAILED' };
function openSqliteStore(dbPath, options = {}) {
    const absolute = (0,external_node_path_.resolve)(dbPath);
    return {
        kind: 'sqlite',
        location: absolute,
        read: async (readOptions) => readSqliteStore(absolute, { ...options, ...readOptions }),
        stream: async (readOptions) => new SqliteReader(absolute, options).stream(readOptions?.artifacts ?? true),
        readArtifact: async (runId, path) => readSqliteArtifact(absolute, runId, path, options),
    };
}
function readSqliteStore(dbPath, options = {}) {
    const reader = new SqliteReader((0,external_node_path_.resolve)(dbPath), options);
    try {
        return reader.read(options.artifacts ?? true);
    }
    finally {
        reader.close();
    }
}
function readSqliteArtifact(dbPath, runId, path, options) {
    const reader = new SqliteReader(dbPath, options);
    try {
        return reader.readArtifact(runId, path);
    }
    finally {
        reader.close();
    }
}
/** node:sqlite, loaded when a database is opened: a static import would stop the whole CLI on Node 20, which lacks it. */
function loadNodeSqlite() {
    try {
        return process.getBuiltinModule?.('node:sqlite');
    }
    catch {
        return undefined;
    }
}
class SqliteReader {
    dbPath;
    diagnostics = [];
    displayRoot;
    file;
    db;
    tables = new Set();
    storeRoot = '';
    reportedValues = new Set();
    folders = new artifacts/* KnownFolders */.vn();
    roots = new Map();
    constructor(dbPath, options) {
        this.dbPath = dbPath;
        this.displayRoot = (0,external_node_path_.resolve)(options.displayRoot ?? (0,external_node_path_.dirname)(dbPath));
        this.file = (0,artifacts/* displayPath */.Gt)(this.displayRoot, dbPath);
    }
    close() {
        try {
            this.db?.close();
        }
        catch {
            // already closed, or never opened
        }
    }
    read(withArtifacts) {
        const { model, runs, experiments } = this.readAllButHistories();
        this.readHistories(runs);
        if (withArtifacts)
            this.listRunArtifacts(model.runs, experiments);
        return { model, diagnostics: this.diagnostics };
    }
    /** Everything but histories and artifact listings up front (small), then each run's histories as it is reached. */
    stream(withArtifacts) {
        const { model, experiments } = this.readAllButHistories();
        return {
            experiments: model.experiments,
            runCount: model.runs.length,
            diagnostics: this.diagnostics,
            runs: () => this.runsOneByOne(model.runs, experiments, withArtifacts),
            loggedModels: async () => model.loggedModels,
        };
    }
    async *runsOneByOne(runs, experiments, withArtifacts) {
        try {
            for (const listed of runs) {
                // A copy, so that the list keeps no history or artifact listing once the caller is done with the run.
                const run = { ...listed, metricHistories: new Map() };
                this.readRunHistories(run);
                if (withArtifacts)
                    this.listRunArtifacts([run], experiments);
                yield run;
            }
        }
        finally {
            this.close();
        }
    }
    readAllButHistories() {
        const model = { store: { kind: 'sqlite', location: this.dbPath }, experiments: [], runs: [], loggedModels: [] };
        const runs = new Map();
        const experiments = new Map();
        if (!this.open())
            return { model, runs, experiments };
        for (const row of this.rows('experiments', `SELECT CAST(experiment_id AS TEXT) AS id, name, artifact_location,
        lifecycle_stage, CAST(creation_time AS REAL) AS creation_time, CAST(last_update_time AS REAL) AS last_update_time
        FROM experiments`)) {
            const id = sqlite_store_text(row.id);
            if (id === undefined)
                continue;
            const experiment = {
                experimentId: id,
                name: sqlite_store_text(row.name) ?? '',
                artifactLocation: sqlite_store_text(row.artifact_location) ?? '',
                lifecycleStage: this.lifecycle(row.lifecycle_stage, `experiment ${id}`),
                creationTime: num(row.creation_time),
                lastUpdateTime: num(row.last_update_time),
                tags: new Map(),
            };
            experiments.set(id, experiment);
            model.experiments.push(experiment);
        }
        for (const row of this.rows('experiment_tags', `SELECT key, value, CAST(experiment_id AS TEXT) AS id FROM experiment_tags`)) {
            experiments.get(sqlite_store_text(row.id) ?? '')?.tags.set(sqlite_store_text(row.key) ?? '', sqlite_store_text(row.value) ?? '');
        }
        for (const row of this.rows('runs', `SELECT run_uuid, name, status, CAST(start_time AS REAL) AS start_time,
        CAST(end_time AS REAL) AS end_time, lifecycle_stage, artifact_uri, CAST(experiment_id AS TEXT) AS experiment_id,
        user_id FROM runs`)) {
            const runId = sqlite_store_text(row.run_uuid);
            if (runId === undefined)
                continue;
            const status = sqlite_store_text(row.status);
            if (status === undefined || !RUN_STATUSES.has(status)) {
                this.report('error', 'mlflow/db-field', `run ${runId}: status ${JSON.stringify(row.status)} is not a run status; run skipped`);
                continue;
            }
            const run = {
                runId,
                experimentId: sqlite_store_text(row.experiment_id) ?? '',
                runName: sqlite_store_text(row.name) ?? '',
                userId: sqlite_store_text(row.user_id) ?? '',
                status: status,
                startTime: num(row.start_time),
                endTime: num(row.end_time),
                lifecycleStage: this.lifecycle(row.lifecycle_stage, `run ${runId}`),
                artifactUri: sqlite_store_text(row.artifact_uri) ?? '',
                parentRunId: null,
                params: new Map(),
                tags: new Map(),
                latestMetrics: new Map(),
                metricHistories: new Map(),
                datasetInputs: [],
                modelInputs: [],
                modelOutputs: [],
                artifacts: [],
            };
            runs.set(runId, run);
            model.runs.push(run);
        }
        for (const row of this.rows('params', 'SELECT key, value, run_uuid FROM params')) {
            runs.get(sqlite_store_text(row.run_uuid) ?? '')?.params.set(sqlite_store_text(row.key) ?? '', sqlite_store_text(row.value) ?? '');
        }
        for (const row of this.rows('tags', 'SELECT key, value, run_uuid FROM tags')) {
            runs.get(sqlite_store_text(row.run_uuid) ?? '')?.tags.set(sqlite_store_text(row.key) ?? '', sqlite_store_text(row.value) ?? '');
        }
        for (const run of runs.values()) {
            run.parentRunId = run.tags.get('mlflow.parentRunId') ?? null;
            if (!run.runName)
                run.runName = run.tags.get('mlflow.runName') ?? '';
        }
        this.readLatestMetrics(runs);
        this.readInputs(runs);
        model.loggedModels = this.readLoggedModels();
        (0,mlflow_model/* sortModel */.iN)(model);
        return { model, runs, experiments };
    }
    readArtifact(runId, path) {
        const file = `${this.file}:${runId}/${path}`;
        if (!this.open()) {
            throw new diagnostics/* LocatedError */.B('mlflow/db-unreadable', this.diagnostics[0]?.message ?? 'cannot open the database', file);
        }
        const row = this.rows('runs', `SELECT artifact_uri, CAST(experiment_id AS TEXT) AS experiment_id FROM runs
        WHERE run_uuid = ?`, runId)[0];
        if (!row)
            throw new diagnostics/* LocatedError */.B('mlflow/run-missing', `no run ${runId} in the database`, file);
        const dir = this.artifactDir(runId, sqlite_store_text(row.experiment_id) ?? '', sqlite_store_text(row.artifact_uri) ?? '');
        if (dir === undefined)
            throw new diagnostics/* LocatedError */.B('mlflow/artifact-missing', `no artifacts of run ${runId} beside the database`, file);
        return (0,artifacts/* readArtifactFile */.vt)(dir, path, this.storeRoot, file);
    }
    // ---- database access ----
    open() {
        if (this.db)
            return true;
        try {
            this.storeRoot = (0,external_node_fs_.realpathSync)((0,external_node_path_.dirname)(this.dbPath));
            const sqlite = loadNodeSqlite();
            if (!sqlite) {
                this.report('error', 'mlflow/db-unreadable', `reading an SQLite store needs Node.js 22.5 or newer (node:sqlite); this is Node.js ${process.versions.node}. Run ml-hub on Node.js 24, the runtime of GitHub's runners`);
                return false;
            }
            this.db = new sqlite.DatabaseSync(this.dbPath, { readOnly: true });
            const names = this.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all();
            this.tables = new Set(names.map((r) => String(r.name)));
            for (const table of ['experiments', 'runs']) {
                if (!this.tables.has(table)) {
                    this.report('error', 'mlflow/db-schema', `the database has no ${table} table; is it an MLflow database?`);
                    return false;
                }
            }
            return true;
        }
        catch (error) {
            this.report('error', 'mlflow/db-unreadable', `cannot read the database: ${error.message}`);
            this.close();
            this.db = undefined;
            return false;
        }
    }
    /** All rows of a query on `table`; empty when the table is absent (older MLflow) or unreadable (reported). */
    rows(table, sql, ...params) {
        if (!this.db || !this.tables.has(table))
            return [];
        try {
            return this.db.prepare(sql).all(...params);
        }
        catch (error) {
            this.report('error', 'mlflow/db-unreadable', `cannot read table ${table}: ${error.message}`);
            return [];
        }
    }
    report(severity, code, message) {
        this.diagnostics.push({ severity, code, message, file: this.file });
    }
    // ---- metrics ----
    readLatestMetrics(runs) {
        for (const row of this.rows('latest_metrics', `SELECT key, CAST(value AS REAL) AS value, typeof(value) AS type,
        CAST(timestamp AS REAL) AS timestamp, CAST(step AS REAL) AS step, is_nan, run_uuid FROM latest_metrics`)) {
            const run = runs.get(sqlite_store_text(row.run_uuid) ?? '');
            const key = sqlite_store_text(row.key);
            if (!run || key === undefined)
                continue;
            run.latestMetrics.set(key, {
                key,
                value: this.checkedValue(row, `run ${run.runId}, latest value of ${key}`),
                timestamp: num(row.timestamp) ?? 0,
                step: num(row.step) ?? 0,
            });
        }
    }
    /** Every run's full histories: the table's pages decoded directly where they can be, else one ordered SQL scan. */
    readHistories(runs) {
        if (this.readHistoryPages(runs))
            return;
        this.scanHistories(`SELECT run_uuid, key, value, CAST(timestamp AS REAL), CAST(step AS REAL), is_nan
        FROM metrics ORDER BY run_uuid, key, timestamp, step, value`, [], runs);
    }
    /**
     * The histories from the metrics table's b-tree pages (sqlite-pages.ts), inside a read transaction so that no writer
     * commits meanwhile; false, with no run touched, when the database is not the plain case the page reader takes.
     */
    readHistoryPages(runs) {
        const db = this.db;
        if (!db || !this.tables.has('metrics'))
            return false;
        let transaction = false;
        try {
            const table = db.prepare("SELECT rootpage, sql FROM sqlite_master WHERE type = 'table' AND name = 'metrics'").get();
            if (typeof table?.rootpage !== 'number' || /without\s+rowid/i.test(String(table.sql)))
                return false;
            const names = ['key', 'value', 'timestamp', 'run_uuid', 'step', 'is_nan'];
            const info = db.prepare('PRAGMA table_xinfo(metrics)').all();
            const at = (name) => info.findIndex((c) => c.name === name && c.hidden === 0);
            if (info.some((c) => c.hidden !== 0) || names.some((name) => at(name) < 0))
                return false;
            const columns = {
                key: at('key'), value: at('value'), timestamp: at('timestamp'), runUuid: at('run_uuid'), step: at('step'),
                isNan: at('is_nan'), count: info.length,
            };
            db.exec('BEGIN');
            transaction = true;
            db.prepare('SELECT 1 FROM metrics LIMIT 1').get(); // takes the SHARED lock, held until COMMIT
            const collector = new SeriesCollector(runs);
            if (!scanMetricPages(this.dbPath, table.rootpage, columns, collector.add) || collector.unusual)
                return false;
            collector.finish();
            return true;
        }
        catch {
            return false; // the SQL read that follows reports whatever is wrong
        }
        finally {
            if (transaction) {
                try {
                    db.exec('COMMIT');
                }
                catch {
                    // nothing was written
                }
            }
        }
    }
    /** One run's histories (the stream's way: the run_uuid index, one run at a time). */
    readRunHistories(run) {
        this.scanHistories(`SELECT run_uuid, key, value, CAST(timestamp AS REAL), CAST(step AS REAL), is_nan
        FROM metrics WHERE run_uuid = ? ORDER BY key, timestamp, step, value`, [run.runId], new Map([[run.runId, run]]));
    }
    /**
     * Rows (run_uuid, key, value, timestamp, step, is_nan) ordered by run and key, as MLflow's get_metric_history orders
     * each series (timestamp, step, value), into exact-size columns. Rows come as arrays, not objects, and a series
     * gathers in reused scratch columns: a large store has millions of rows, and per-row work is most of the read.
     */
    scanHistories(sql, params, runs) {
        if (!this.db || !this.tables.has('metrics'))
            return;
        let values = new Float64Array(1024);
        let steps = new Float64Array(1024);
        let timestamps = new Float64Array(1024);
        let n = 0;
        let run;
        let key = '';
        const finish = () => {
            if (run && n > 0) {
                run.metricHistories.set(key, {
                    key,
                    values: values.slice(0, n),
                    steps: compactSteps(steps.slice(0, n)),
                    timestamps: timestamps.slice(0, n),
                    datasets: null,
                });
            }
            n = 0;
        };
        try {
            const scan = this.db.prepare(sql);
            scan.setReturnArrays(true);
            let runId;
            for (const row of scan.iterate(...params)) {
                if (row[0] !== runId || row[1] !== key) {
                    finish();
                    runId = row[0];
                    key = String(row[1]);
                    run = runs.get(String(runId));
                }
                if (!run)
                    continue;
                if (n === values.length) {
                    const grow = (column) => {
                        const bigger = new Float64Array(column.length * 2);
                        bigger.set(column);
                        return bigger;
                    };
                    values = grow(values);
                    steps = grow(steps);
                    timestamps = grow(timestamps);
                }
                const value = row[2];
                values[n] = row[5] === 1 || row[5] === 1n ? NaN : typeof value === 'number' ? value : this.notANumber(value, run.runId, key);
                timestamps[n] = num(row[3]) ?? 0;
                steps[n] = num(row[4]) ?? 0;
                n++;
            }
            finish();
        }
        catch (error) {
            this.report('error', 'mlflow/db-unreadable', `cannot read table metrics: ${error.message}`);
        }
    }
    /** Text or blob where a metric value belongs: reported once per series, read as NaN. */
    notANumber(value, runId, key) {
        if (typeof value === 'bigint')
            return Number(value);
        const what = `run ${runId}, metric ${key}`;
        if (!this.reportedValues.has(what)) {
            this.reportedValues.add(what);
            const type = value === null ? 'null' : value instanceof Uint8Array ? 'blob' : 'text';
            this.report('warning', 'mlflow/db-field', `${what}: a ${type} value where a number belongs; read as NaN`);
        }
        return NaN;
    }
    // ---- inputs, outputs, logged models ----
    readInputs(runs) {
        const tagsByInput = new Map();
        for (const row of this.rows('input_tags', 'SELECT input_uuid, name, value FROM input_tags')) {
            const id = sqlite_store_text(row.input_uuid) ?? '';
            if (!tagsByInput.has(id))
                tagsByInput.set(id, new Map());
            tagsByInput.get(id).set(sqlite_store_text(row.name) ?? '', sqlite_store_text(row.value) ?? '');
        }
        if (this.tables.has('datasets')) {
            for (const row of this.rows('inputs', `SELECT i.input_uuid, i.destination_id AS run_uuid, d.name, d.digest,
          d.dataset_source_type, d.dataset_source, d.dataset_schema, d.dataset_profile
          FROM inputs i JOIN datasets d ON d.dataset_uuid = i.source_id
          WHERE i.source_type = 'DATASET' AND i.destination_type = 'RUN' ORDER BY d.name, d.digest`)) {
                const run = runs.get(sqlite_store_text(row.run_uuid) ?? '');
                if (!run)
                    continue;
                const dataset = {
                    name: sqlite_store_text(row.name) ?? '',
                    digest: sqlite_store_text(row.digest) ?? '',
                    sourceType: sqlite_store_text(row.dataset_source_type) ?? '',
                    source: sqlite_store_text(row.dataset_source) ?? '',
                    schema: sqlite_store_text(row.dataset_schema) ?? null,
                    profile: sqlite_store_text(row.dataset_profile) ?? null,
                };
                const input = { dataset, tags: tagsByInput.get(sqlite_store_text(row.input_uuid) ?? '') ?? new Map() };
                run.datasetInputs.push(input);
            }
        }
        for (const row of this.rows('inputs', `SELECT source_type, source_id, destination_id, CAST(step AS REAL) AS step
        FROM inputs WHERE (source_type = 'RUN_INPUT' AND destination_type = 'MODEL_INPUT')
        OR (source_type = 'RUN_OUTPUT' AND destination_type = 'MODEL_OUTPUT') ORDER BY destination_id`)) {
            const run = runs.get(sqlite_store_text(row.source_id) ?? '');
            const modelId = sqlite_store_text(row.destination_id);
            if (!run || modelId === undefined)
                continue;
            if (row.source_type === 'RUN_INPUT')
                run.modelInputs.push(modelId);
            else
                run.modelOutputs.push({ modelId, step: num(row.step) ?? 0 });
        }
    }
    readLoggedModels() {
        const models = new Map();
        for (const row of this.rows('logged_models', `SELECT model_id, CAST(experiment_id AS TEXT) AS experiment_id, name,
        artifact_location, CAST(creation_timestamp_ms AS REAL) AS created,
        CAST(last_updated_timestamp_ms AS REAL) AS updated, status, model_type, source_run_id FROM logged_models`)) {
            const modelId = sqlite_store_text(row.model_id);
            if (modelId === undefined)
                continue;
            const status = typeof row.status === 'number' ? sqlite_store_MODEL_STATUS[row.status] : undefined;
            if (!status)
                this.report('warning', 'mlflow/db-field', `logged model ${modelId}: unknown status ${JSON.stringify(row.status)}`);
            models.set(modelId, {
                modelId,
                name: sqlite_store_text(row.name) ?? '',
                experimentId: sqlite_store_text(row.experiment_id) ?? '',
                status: status ?? 'UNSPECIFIED',
                modelType: sqlite_store_text(row.model_type) ?? null,
                sourceRunId: sqlite_store_text(row.source_run_id) ?? null,
                artifactLocation: sqlite_store_text(row.artifact_location) ?? '',
                creationTimestamp: num(row.created),
                lastUpdatedTimestamp: num(row.updated),
                params: new Map(),
                tags: new Map(),
                metrics: [],
            });
        }
        for (const row of this.rows('logged_model_params', 'SELECT model_id, param_key, param_value FROM logged_model_params')) {
            models.get(sqlite_store_text(row.model_id) ?? '')?.params.set(sqlite_store_text(row.param_key) ?? '', sqlite_store_text(row.param_value) ?? '');
        }
        for (const row of this.rows('logged_model_tags', 'SELECT model_id, tag_key, tag_value FROM logged_model_tags')) {
            models.get(sqlite_store_text(row.model_id) ?? '')?.tags.set(sqlite_store_text(row.tag_key) ?? '', sqlite_store_text(row.tag_value) ?? '');
        }
        for (const row of this.rows('logged_model_metrics', `SELECT model_id, metric_name,
        CAST(metric_timestamp_ms AS REAL) AS timestamp, CAST(metric_step AS REAL) AS step,
        CAST(metric_value AS REAL) AS value, run_id, dataset_name, dataset_digest FROM logged_model_metrics
        ORDER BY model_id, metric_name, metric_timestamp_ms, metric_step`)) {
            const model = models.get(sqlite_store_text(row.model_id) ?? '');
            if (!model)
                continue;
            const name = sqlite_store_text(row.dataset_name);
            const digest = sqlite_store_text(row.dataset_digest);
            model.metrics.push({
                key: sqlite_store_text(row.metric_name) ?? '',
                value: num(row.value) ?? NaN,
                timestamp: num(row.timestamp) ?? 0,
                step: num(row.step) ?? 0,
                modelId: model.modelId,
                runId: sqlite_store_text(row.run_id) ?? null,
                ...(name !== undefined && digest !== undefined ? { dataset: { name, digest } } : {}),
            });
        }
        return [...models.values()];
    }
    // ---- artifacts ----
    listRunArtifacts(runs, experiments) {
        const missingRoots = new Set();
        for (const run of runs) {
            const dir = this.artifactDir(run.runId, run.experimentId, run.artifactUri);
            if (dir === undefined) {
                const root = experiments.get(run.experimentId)?.artifactLocation ?? run.artifactUri;
                if (!missingRoots.has(root)) {
                    missingRoots.add(root);
                    this.report('notice', 'mlflow/artifacts-elsewhere', `artifacts recorded under ${root} are not beside the database; their runs list no artifacts`);
                }
                continue;
            }
            run.artifacts = (0,artifacts/* listArtifacts */.wn)(dir, this.storeRoot, (p) => this.report('warning', 'mlflow/artifact-unreadable', `run ${run.runId}, artifact ${p.path}: ${p.message}`));
        }
    }
    /**
     * The run's artifact folder beside the database: the recorded location's longest tail that exists under the
     * database's folder (`mlruns/1/<run>/artifacts`), or under `mlartifacts/` for `mlflow-artifacts:` URIs (what
     * `mlflow server` records when it serves artifacts). When the run has no artifact folder but its artifact root
     * exists, the run simply has no artifacts: the expected path is returned and lists as empty. Undefined when the
     * artifacts are stored elsewhere (another machine's path with no counterpart here, s3:, gs: …).
     */
    artifactDir(runId, experimentId, artifactUri) {
        let segments;
        let bases = [this.storeRoot];
        const proxied = /^mlflow-artifacts:/i.exec(artifactUri);
        if (proxied) {
            segments = artifactUri.replace(/^mlflow-artifacts:(\/\/[^/]*)?/i, '').split('/').filter((s) => s !== '');
            bases = [(0,external_node_path_.join)(this.storeRoot, 'mlartifacts')];
        }
        else {
            segments = (0,artifacts/* localPathSegments */.nf)(artifactUri);
        }
        if (segments === undefined || segments.length === 0)
            return undefined;
        const found = (0,artifacts/* mapRecordedLocation */.k2)(segments, bases, this.storeRoot, 2, this.folders);
        if (found !== undefined)
            return found;
        // No folder for this run: fine if its artifact root is here (the run logged no artifacts).
        const n = segments.length;
        if (segments[n - 1] === 'artifacts' && segments[n - 2] === runId && segments[n - 3] === experimentId && n > 3) {
            const rootSegments = segments.slice(0, n - 3);
            const recorded = `${bases[0]}\0${rootSegments.join('/')}`;
            // Runs share their experiment's root: mapped once.
            if (!this.roots.has(recorded))
                this.roots.set(recorded, (0,artifacts/* mapRecordedLocation */.k2)(rootSegments, bases, this.storeRoot, 1, this.folders));
            const root = this.roots.get(recorded);
            if (root !== undefined)
                return (0,external_node_path_.join)(root, experimentId, runId, 'artifacts');
        }
        return undefined;
    }
    /** A metric value as MLflow stores it; text or blob where a number belongs is reported (once per series) as NaN. */
    checkedValue(row, what) {
        if (row.type === 'real' || row.type === 'integer')
            return metricValue(row.value, row.is_nan);
        if (!this.reportedValues.has(what)) {
            this.reportedValues.add(what);
            this.report('warning', 'mlflow/db-field', `${what}: a ${String(row.type)} value where a number belongs; read as NaN`);
        }
        return NaN;
    }
    lifecycle(value, what) {
        if (value === 'active' || value === 'deleted')
            return value;
        if (value !== null && value !== undefined) {
            this.report('warning', 'mlflow/db-field', `${what}: lifecycle_stage ${JSON.stringify(value)} is neither active nor deleted; using active`);
        }
        return 'active';
    }
}
/**
 * Metric rows, arriving in rowid order, gathered per run and key into the histories the ordered SQL scan gives:
 * each series sorted by (timestamp, step, stored value), each run's series in key order (SQLite compares UTF-8 bytes).
 */
class SeriesCollector {
    runs;
    /** A NaN row storing something other than MLflow's 0: SQL orders it by that value, which is not kept here. */
    unusual = false;
    byRun = new Map();
    runId = '';
    key = '';
    current;
    series;
    constructor(runs) {
        this.runs = runs;
    }
    add = (rows) => {
        const { runIds, keys, values, isNan, timestamps, steps } = rows;
        for (let i = 0; i < rows.count; i++) {
            if (runIds[i] !== this.runId || keys[i] !== this.key)
                this.switchTo(runIds[i], keys[i]);
            const s = this.current;
            if (!s)
                continue; // a run the runs table does not list
            if (s.n === s.values.length)
                grow(s);
            const nan = isNan[i] === 1;
            if (nan && values[i] !== 0)
                this.unusual = true;
            s.values[s.n] = nan ? NaN : values[i];
            s.timestamps[s.n] = timestamps[i];
            const step = steps[i];
            if ((step | 0) !== step && s.steps instanceof Int32Array)
                s.steps = Float64Array.from(s.steps);
            s.steps[s.n] = step;
            s.n++;
        }
    };
    switchTo(runId, key) {
        if (runId !== this.runId) {
            this.runId = runId;
            if (!this.runs.has(runId))
                this.series = undefined;
            else if (!(this.series = this.byRun.get(runId)))
                this.byRun.set(runId, (this.series = new Map()));
        }
        this.key = key;
        const series = this.series;
        if (!series) {
            this.current = undefined;
            return;
        }
        let s = series.get(key);
        if (!s) {
            const size = 256;
            s = { key, n: 0, values: new Float64Array(size), steps: new Int32Array(size), timestamps: new Float64Array(size) };
            series.set(key, s);
        }
        this.current = s;
    }
    finish() {
        for (const [runId, series] of this.byRun) {
            const run = this.runs.get(runId);
            const keys = [...series.keys()].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
            for (const key of keys) {
                const s = series.get(key);
                sortSeries(s);
                // A column at least three quarters full is kept as a view: copying every history would double the peak.
                const fit = (column) => (s.n * 4 >= column.length * 3 ? column.subarray(0, s.n) : column.slice(0, s.n));
                run.metricHistories.set(key, { key, values: fit(s.values), steps: fit(s.steps), timestamps: fit(s.timestamps), datasets: null });
            }
            this.byRun.delete(runId);
        }
    }
}
function grow(s) {
    const more = (column) => {
        const bigger = new column.constructor(column.length * 2);
        bigger.set(column);
        return bigger;
    };
    s.values = more(s.values);
    s.steps = more(s.steps);
    s.timestamps = more(s.timestamps);
}
/** Orders a series as ORDER BY timestamp, step, value does (NaN stored as 0); most series already are. */
function sortSeries(s) {
    const { values, steps, timestamps, n } = s;
    const stored = (i) => (Number.isNaN(values[i]) ? 0 : values[i]);
    const compare = (i, j) => timestamps[i] - timestamps[j] || steps[i] - steps[j] || stored(i) - stored(j);
    let sorted = true;
    for (let i = 1; i < n && sorted; i++)
        if (compare(i - 1, i) > 0)
            sorted = false;
    if (sorted)
        return;
    const order = Array.from({ length: n }, (_, i) => i).sort(compare);
    const v = order.map((i) => values[i]);
    const st = order.map((i) => steps[i]);
    const ts = order.map((i) => timestamps[i]);
    values.set(v);
    steps.set(st);
    timestamps.set(ts);
}
function sqlite_store_text(value) {
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' || typeof value === 'bigint')
        return String(value);
    return undefined;
}
function num(value) {
    return typeof value === 'number' ? value : typeof value === 'bigint' ? Number(value) : null;
}
/** SqlAlchemyStore keeps NaN as 0 with is_nan set. */
function metricValue(value, isNan) {
    if (isNan === 1 || isNan === 1n)
        return NaN;
    return typeof value === 'number' ? value : NaN;
}

;// CONCATENATED MODULE: ./shared/mlflow/detect-store.ts
// Which MLflow store a URI or path names, decided the way MLflow decides it:
//   http(s)://…                      → tracking server (REST)
//   sqlite:///rel.db, sqlite:////abs → SQLite database (three slashes: relative to cwd; four: absolute)
//   file:///…/mlruns, a path         → file store, or a .db file (SQLite by its header or extension)
//   a project folder                 → its `mlruns/` when that holds experiments, otherwise its `mlflow.db`.
// The project-folder rule is MLflow's own default since 3.7 (tracking/_tracking_service/utils.py): the default
// tracking URI is `sqlite:///mlflow.db` unless `./mlruns` already holds experiment data (a numeric folder with a
// meta.yaml). Note this means an existing file store wins over a database next to it; `mlruns/` beside `mlflow.db`
// normally holds only the database's artifacts, and then the database is chosen. When both hold data we follow MLflow
// and say so in a notice. With no argument, MLFLOW_TRACKING_URI is used, then the current folder.







const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');
/**
 * Opens the store `uriOrPath` names (or MLFLOW_TRACKING_URI, or the current folder). Nothing is read yet.
 * Throws LocatedError (code `mlflow/store`) when there is no store there or the scheme is not one we read.
 * Notes on the choice (both a file store and a database present) come back in `read()`'s diagnostics.
 */
function openStore(uriOrPath, options = {}) {
    const env = options.env ?? {};
    const cwd = (0,external_node_path_.resolve)(options.cwd ?? process.cwd());
    const input = uriOrPath?.trim() || env.MLFLOW_TRACKING_URI?.trim() || cwd;
    const notes = [];
    const store = choose(input, cwd, options, notes);
    if (notes.length === 0)
        return store;
    return {
        ...store,
        read: async (readOptions) => {
            const result = await store.read(readOptions);
            return { model: result.model, diagnostics: [...notes, ...result.diagnostics] };
        },
        stream: async (readOptions) => {
            const stream = await store.stream(readOptions);
            stream.diagnostics.unshift(...notes);
            return stream;
        },
    };
}
function choose(input, cwd, options, notes) {
    if (/^https?:\/\//i.test(input))
        return openRestStore(input, options);
    const sqlite = /^sqlite:\/\/(\/?.*)$/i.exec(input);
    if (sqlite) {
        const path = sqlite[1].replace(/\?.*$/, '');
        if (path === '' || path === '/' || path === '/:memory:')
            fail(input, 'an in-memory SQLite database has no runs to read');
        // sqlite:///x → "/x" here: relative "x"; sqlite:////x → "//x": absolute "/x".
        const file = path.startsWith('//') ? path.slice(1) : (0,external_node_path_.resolve)(cwd, path.slice(1));
        if (!(0,external_node_fs_.existsSync)(file))
            fail(input, `no database at ${file}`);
        return openSqliteStore(file, options);
    }
    let path = input;
    if (/^file:/i.test(input)) {
        try {
            path = (0,external_node_url_.fileURLToPath)(input.replace(/^file:(?!\/\/)/i, 'file://'));
        }
        catch {
            fail(input, 'not a usable file: URI');
        }
    }
    else if (/^[a-z][a-z0-9+.-]+:/i.test(input) && !/^[a-z]:[\\/]/i.test(input)) {
        fail(input, 'this tracking URI scheme is not one we read (file, sqlite, http and https are)');
    }
    const full = (0,external_node_path_.isAbsolute)(path) ? path : (0,external_node_path_.resolve)(cwd, path);
    let stats;
    try {
        stats = (0,external_node_fs_.statSync)(full);
    }
    catch {
        fail(input, `nothing at ${full}`);
    }
    if (stats.isFile()) {
        if (isSqliteFile(full))
            return openSqliteStore(full, options);
        fail(input, 'this file is not an SQLite database');
    }
    if (holdsExperiments(full))
        return openFileStore(full, options);
    const mlruns = (0,external_node_path_.join)(full, 'mlruns');
    const db = (0,external_node_path_.join)(full, 'mlflow.db');
    const hasDb = (0,external_node_fs_.existsSync)(db) && isSqliteFile(db);
    if (holdsExperiments(mlruns)) {
        if (hasDb) {
            notes.push({
                severity: 'notice',
                code: 'mlflow/store-choice',
                message: 'both mlruns/ (a file store with experiments) and mlflow.db are here; reading mlruns/ as MLflow does by ' +
                    'default. Name mlflow.db (or sqlite:///mlflow.db) to read the database instead.',
                file: 'mlruns',
            });
        }
        return openFileStore(mlruns, options);
    }
    if (hasDb)
        return openSqliteStore(db, options);
    if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(full, '.trash')) || /(^|[\\/])mlruns[\\/]?$/.test(full))
        return openFileStore(full, options);
    fail(input, 'no MLflow store here: expected an mlruns/ folder with experiments or an mlflow.db');
}
/** MLflow's `_has_existing_mlruns_data`: a numeric folder holding a meta.yaml. */
function holdsExperiments(dir) {
    try {
        return (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true }).some((e) => e.isDirectory() && /^\d+$/.test(e.name) && (0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, e.name, 'meta.yaml')));
    }
    catch {
        return false;
    }
}
/** By extension (so that a damaged database still reaches the SQLite reader, which reports it) or by header. */
function isSqliteFile(path) {
    if (/\.(db|sqlite3?)$/i.test(path))
        return true;
    let fd = -1;
    try {
        fd = (0,external_node_fs_.openSync)(path, 'r');
        const head = Buffer.alloc(SQLITE_HEADER.length);
        return (0,external_node_fs_.readSync)(fd, head, 0, head.length, 0) === head.length && head.equals(SQLITE_HEADER);
    }
    catch {
        return false;
    }
    finally {
        if (fd >= 0)
            (0,external_node_fs_.closeSync)(fd);
    }
}
function fail(input, message) {
    throw new diagnostics/* LocatedError */.B('mlflow/store', message, input);
}

// EXTERNAL MODULE: ./cli/cli-support.ts
var cli_support = __webpack_require__(3735);
;// CONCATENATED MODULE: ./cli/open-store.ts
// Opening the MLflow store a CLI command names (or MLFLOW_TRACKING_URI, or the current folder), with a store that is
// not there, or cannot be read, reported as a usage error (exit 2: unreadable input).




/** `--max-runs N`: how many runs (newest first) a tracking server read keeps; the reader's default when absent. */
function maxRunsOption(command, text) {
    if (text === undefined)
        return undefined;
    const n = Number(text);
    if (!Number.isInteger(n) || n < 1)
        throw new cli_support/* UsageError */.eb(`${command}: --max-runs must be a whole number of runs, 1 or more`);
    return n;
}
/** The store, with a tracking server's long reads reporting progress on stderr. */
function openCommandStore(command, uriOrPath, maxRuns) {
    try {
        return openStore(uriOrPath, {
            env: process.env,
            cwd: process.cwd(),
            maxRuns,
            progress: (line) => console.error(`ml-hub ${command}: ${line}`),
        });
    }
    catch (error) {
        if (error instanceof diagnostics/* LocatedError */.B)
            throw new cli_support/* UsageError */.eb(`${command}: ${error.file}: ${error.message}`);
        throw error;
    }
}
/** Reads the store; one that yields nothing but an error (locked, damaged, not MLflow's) is a one-line usage error. */
async function readCommandStore(command, store) {
    return unlessUnreadable(command, await store.read());
}
/** The same check for a store read run by run: it holds no run and could not be read. */
async function streamCommandStore(command, store) {
    return unlessUnreadable(command, await store.stream());
}
function unlessUnreadable(command, result) {
    const failure = (0,mlflow_store/* storeReadFailure */.W)(result);
    if (failure)
        throw unreadableStoreError(command, failure);
    return result;
}
/** The one line for a store that could not be read. */
function unreadableStoreError(command, failure) {
    return new cli_support/* UsageError */.eb(`${command}: the MLflow store ${failure.file} could not be read: ${failure.message.replace(/\s*[\r\n]+\s*/g, ' ')}`);
}


/***/ }),

/***/ 8315:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   gE: () => (/* binding */ writeFileInside)
/* harmony export */ });
/* unused harmony exports OutsideError, realPathOf, containedPath */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
// Containment, decided on real paths: a path is inside a folder only when it stays inside after every symlink on the
// way is followed. A check on the text alone lets a committed symlink (`project -> /home/runner`) carry a write
// outside the workspace. Every place that writes what it was given a folder for goes through here.


/** `target` leaves the folder it must stay in; the message names both. */
class OutsideError extends Error {
    constructor(message) {
        super(message);
        this.name = 'OutsideError';
    }
}
/** True when `p` is `root` or below it; both absolute and already real (lexical comparison). */
function isInside(root, p) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(root, p);
    return rel === '' || (!rel.startsWith(`..${(node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)}`) && rel !== '..' && !node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(rel));
}
/**
 * The real path of `p`, which may not exist yet: its deepest existing ancestor with every symlink followed, and the
 * rest as written. A symlink that leads nowhere cannot be resolved (writing to it would create its target), so it
 * throws.
 */
function realPathOf(p) {
    const absolute = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(p);
    const missing = [];
    let current = absolute;
    for (;;) {
        try {
            return node_path__WEBPACK_IMPORTED_MODULE_1___default().join((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(current), ...missing.reverse());
        }
        catch (error) {
            if (error.code !== 'ENOENT')
                throw error;
            if (isSymlink(current))
                throw new OutsideError(`${absolute}: ${current} is a symbolic link to nothing`);
            const parent = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(current);
            if (parent === current)
                return absolute;
            missing.push(node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(current));
            current = parent;
        }
    }
}
function isSymlink(p) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(p).isSymbolicLink();
    }
    catch {
        return false;
    }
}
/** The real path of `target` when it is inside the real path of `root`; throws OutsideError otherwise. */
function containedPath(root, target) {
    const realRoot = realPathOf(root);
    const real = realPathOf(target);
    if (!isInside(realRoot, real)) {
        const through = real === node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(target) ? '' : ` (through a symbolic link, it is ${real})`;
        throw new OutsideError(`${target} is outside ${root}${through}`);
    }
    return real;
}
function writeFileInside(root, target, content) {
    const dir = containedPath(root, node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(target));
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(dir, { recursive: true });
    const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(target));
    if (isSymlink(file))
        throw new OutsideError(`refusing to write ${target}: it is a symbolic link`);
    // O_NOFOLLOW closes the gap between the check and the open where the platform has it.
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(file, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_CREAT | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_TRUNC | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW ?? 0), 0o666);
    try {
        const pieces = typeof content === 'string' || Buffer.isBuffer(content) ? [content] : content;
        for (const piece of pieces) {
            const data = typeof piece === 'string' ? Buffer.from(piece, 'utf8') : piece;
            for (let written = 0; written < data.length;)
                written += (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(fd, data, written, data.length - written);
        }
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
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

/***/ 5449:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gt: () => (/* binding */ displayPath),
/* harmony export */   KV: () => (/* binding */ artifactPathSegments),
/* harmony export */   k2: () => (/* binding */ mapRecordedLocation),
/* harmony export */   nf: () => (/* binding */ localPathSegments),
/* harmony export */   oG: () => (/* binding */ realPathInside),
/* harmony export */   vn: () => (/* binding */ KnownFolders),
/* harmony export */   vt: () => (/* binding */ readArtifactFile),
/* harmony export */   wn: () => (/* binding */ listArtifacts)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _contained_path_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8315);
/* harmony import */ var _diagnostics_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9530);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4283);
// Run artifacts of a local store (file store or SQLite), found relative to the store we were given. MLflow records
// absolute locations of the machine that logged them (`file:///home/sarah/projects/x/mlruns/1/<run>/artifacts`); a
// clone of the repository has them elsewhere, so those paths are only ever used for their tail, mapped onto the store.
// Nothing is read outside the store root: `..` segments are refused and symlinks are followed only when they stay in.






/** The real path of `path` when it exists and stays inside `root` (itself a real path); otherwise undefined. */
function realPathInside(root, path) {
    try {
        // Most paths asked about do not exist (runs without artifacts, tails of another machine's locations): one lstat
        // says so, where a failing realpath(3) walks every component (5,000 runs: 0.7 s).
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(path, { throwIfNoEntry: false }))
            return undefined;
        // The system's realpath(3): one call, where the JS version lstat()s every component (5,000 runs: seconds).
        const real = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(path);
        return (0,_contained_path_js__WEBPACK_IMPORTED_MODULE_3__/* .isInside */ .FK)(root, real) ? real : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * Recursive listing of an artifact directory as MLflow's `list_artifacts` walked depth first gives it: siblings in code
 * point order, directories with a null size. A missing directory lists as empty (a run without artifacts has none, and
 * git does not keep empty folders). Symlinks leaving `storeRoot` are skipped and reported.
 */
function listArtifacts(dir, storeRoot, onProblem, 
/** The caller reached `dir`'s parent through real (non-symlink) folders of the store: skip resolving it again. */
parentIsReal = false) {
    const out = [];
    let start;
    if (parentIsReal) {
        try {
            start = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(dir).isDirectory() ? dir : realPathInside(storeRoot, dir);
        }
        catch {
            return out; // no artifacts folder: no artifacts
        }
    }
    else
        start = realPathInside(storeRoot, dir);
    if (start === undefined)
        return out;
    const visited = new Set([start]);
    const walk = (realDir, prefix) => {
        let entries;
        try {
            entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(realDir, { withFileTypes: true });
        }
        catch (error) {
            onProblem({ path: prefix || '.', message: `cannot list: ${error.message}` });
            return;
        }
        entries.sort((a, b) => (0,_model_js__WEBPACK_IMPORTED_MODULE_5__/* .compareCodePoints */ .OP)(a.name, b.name));
        for (const entry of entries) {
            const path = prefix ? `${prefix}/${entry.name}` : entry.name;
            const full = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(realDir, entry.name);
            let target = full;
            if (entry.isSymbolicLink()) {
                const real = realPathInside(storeRoot, full);
                if (real === undefined) {
                    onProblem({ path, message: 'symlink leads outside the store (or nowhere); skipped' });
                    continue;
                }
                target = real;
            }
            let stats;
            try {
                stats = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(target);
            }
            catch (error) {
                onProblem({ path, message: `cannot read: ${error.message}` });
                continue;
            }
            if (stats.isDirectory()) {
                out.push({ path, isDir: true, fileSize: null });
                if (visited.has(target))
                    continue; // a symlink back up the tree
                visited.add(target);
                walk(target, path);
            }
            else if (stats.isFile()) {
                out.push({ path, isDir: false, fileSize: stats.size });
            }
        }
    };
    walk(start, '');
    return out;
}
/** Splits and checks an artifact path given by a user (`summary/model_summary.txt`). Throws LocatedError when unsafe. */
function artifactPathSegments(path, file) {
    const segments = path.split('/').filter((s) => s !== '' && s !== '.');
    const bad = segments.find((s) => s === '..' || s.includes('\\') || s.includes('\0'));
    if ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(path) || bad !== undefined || segments.length === 0) {
        throw new _diagnostics_js__WEBPACK_IMPORTED_MODULE_4__/* .LocatedError */ .B('mlflow/artifact-path', `refusing artifact path ${JSON.stringify(path)}`, file);
    }
    return segments;
}
/**
 * Reads one artifact file under `artifactDir`. Throws LocatedError when the path is unsafe, leaves the store (through
 * a symlink), or does not name a readable file.
 */
function readArtifactFile(artifactDir, path, storeRoot, file) {
    const segments = artifactPathSegments(path, file);
    const real = realPathInside(storeRoot, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(artifactDir, ...segments));
    if (real === undefined) {
        throw new _diagnostics_js__WEBPACK_IMPORTED_MODULE_4__/* .LocatedError */ .B('mlflow/artifact-missing', `no artifact ${JSON.stringify(path)} in the store`, file);
    }
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(real).isFile()) {
        throw new _diagnostics_js__WEBPACK_IMPORTED_MODULE_4__/* .LocatedError */ .B('mlflow/artifact-missing', `artifact ${JSON.stringify(path)} is not a file`, file);
    }
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(real);
}
/** Path segments of a recorded local location (`file:` URI, POSIX or Windows path); undefined for remote URIs. */
function localPathSegments(location) {
    let path = location;
    if (/^file:/i.test(location)) {
        try {
            path = (0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(location.replace(/^file:(?!\/\/)/i, 'file://'));
        }
        catch {
            // A Windows URI read on POSIX (file:///C:/…) or a malformed one: take its path part as written.
            path = location.replace(/^file:\/*/i, '/');
            try {
                path = decodeURIComponent(path);
            }
            catch {
                // a stray % stays as written
            }
        }
    }
    else if (/^[a-z][a-z0-9+.-]+:/i.test(location) && !/^[a-z]:[\\/]/i.test(location)) {
        return undefined; // s3:, gs:, dbfs:, http: … (one-letter schemes are Windows drives)
    }
    const segments = path.split(/[\\/]+/).filter((s) => s !== '' && s !== '.');
    // A recorded location is only ever mapped by its tail onto the store; `..` would make that tail climb out of it.
    return segments.includes('..') ? undefined : segments;
}
/**
 * Folders already asked about during one read of a store. Its runs share artifact roots, and most tails tried for a
 * recorded location lie under a folder that does not exist: that is answered from memory instead of by the system.
 */
class KnownFolders {
    exists = new Map();
    /** False when a folder above `path` is known to be missing, so that `path` cannot exist either. */
    mayExist(path) {
        const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path);
        if (parent === path)
            return true;
        let known = this.exists.get(parent);
        if (known === undefined) {
            known = this.mayExist(parent) && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(parent, { throwIfNoEntry: false })?.isDirectory() === true;
            this.exists.set(parent, known);
        }
        return known;
    }
}
/**
 * Where a recorded location lives in the store: the longest tail of its path that exists as a directory under one of
 * `bases` (tried in order), keeping at least `minTail` segments so that a short tail cannot match something unrelated.
 */
function mapRecordedLocation(segments, bases, storeRoot, minTail, folders = new KnownFolders()) {
    for (let i = 0; i <= segments.length - minTail; i++) {
        for (const base of bases) {
            const candidate = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(base, ...segments.slice(i));
            if (!folders.mayExist(candidate))
                continue;
            const real = realPathInside(storeRoot, candidate);
            if (real !== undefined && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(real).isDirectory())
                return real;
        }
    }
    return undefined;
}
/** `path` relative to `from`, with `/` separators, for Diagnostic.file. */
function displayPath(from, path) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(from, path);
    return (rel === '' ? '.' : rel).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
}


/***/ }),

/***/ 4283:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HM: () => (/* binding */ truthRun),
/* harmony export */   IV: () => (/* binding */ truthFloat),
/* harmony export */   Jn: () => (/* binding */ toTruthJson),
/* harmony export */   OP: () => (/* binding */ compareCodePoints),
/* harmony export */   dq: () => (/* binding */ truthExperiment),
/* harmony export */   iN: () => (/* binding */ sortModel),
/* harmony export */   jQ: () => (/* binding */ historyPoint),
/* harmony export */   xy: () => (/* binding */ truthLoggedModel)
/* harmony export */ });
// The one Runs model: every MLflow store (file store, SQLite, tracking server) reads into it, and renderers only ever
// see this shape. Metric histories are columnar typed arrays so that millions of points cost 24 bytes each, not an
// object per point.
/** Code point order (Python's `sorted` on str), which differs from `Array.prototype.sort` on astral characters. */
function compareCodePoints(a, b) {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
        const x = a.charCodeAt(i);
        const y = b.charCodeAt(i);
        if (x === y)
            continue;
        // A surrogate (0xD800–0xDFFF) encodes a code point above 0xFFFF, so it sorts after BMP units 0xE000–0xFFFF.
        if (x >= 0xd800 && y >= 0xd800) {
            const sx = x <= 0xdfff;
            const sy = y <= 0xdfff;
            if (sx !== sy)
                return sx ? 1 : -1;
        }
        return x - y;
    }
    return a.length - b.length;
}
function sortModel(model) {
    model.experiments.sort((a, b) => compareCodePoints(a.experimentId, b.experimentId));
    model.runs.sort((a, b) => {
        const ta = a.startTime ?? Infinity;
        const tb = b.startTime ?? Infinity;
        return ta !== tb ? ta - tb : compareCodePoints(a.runId, b.runId);
    });
    model.loggedModels.sort((a, b) => {
        const ta = a.creationTimestamp ?? Infinity;
        const tb = b.creationTimestamp ?? Infinity;
        return ta !== tb ? ta - tb : compareCodePoints(a.modelId, b.modelId);
    });
    return model;
}
function historyPoint(history, i) {
    const point = {
        key: history.key,
        value: history.values[i],
        timestamp: history.timestamps[i],
        step: history.steps[i],
    };
    const dataset = history.datasets?.[i];
    if (dataset)
        point.dataset = dataset;
    return point;
}
/** JSON has no NaN or Infinity; MLflow's exports (and truth.json) write them as strings. */
function truthFloat(value) {
    if (Number.isNaN(value))
        return 'NaN';
    if (value === Infinity)
        return 'Infinity';
    if (value === -Infinity)
        return '-Infinity';
    return value;
}
function record(map, convert) {
    // fromEntries defines own properties, so a key like `__proto__` stays a key.
    return Object.fromEntries([...map].map(([k, v]) => [k, convert ? convert(v) : v]));
}
function truthPoint(point) {
    const out = {
        key: point.key,
        value: truthFloat(point.value),
        timestamp: point.timestamp,
        step: point.step,
    };
    if (point.dataset) {
        out.dataset_name = point.dataset.name;
        out.dataset_digest = point.dataset.digest;
    }
    return out;
}
/** The model in the shape of the fixtures' truth.json (what `MlflowClient` returns, snake_case). */
function toTruthJson(model, options = {}) {
    return {
        experiments: model.experiments.map(truthExperiment),
        runs: model.runs.map((r) => truthRun(r, options)),
        logged_models: model.loggedModels.map(truthLoggedModel),
    };
}
function truthExperiment(e) {
    return {
        experiment_id: e.experimentId,
        name: e.name,
        artifact_location: e.artifactLocation,
        lifecycle_stage: e.lifecycleStage,
        creation_time: e.creationTime,
        last_update_time: e.lastUpdateTime,
        tags: record(e.tags),
    };
}
function truthRun(r, options = {}) {
    const out = {
        run_id: r.runId,
        experiment_id: r.experimentId,
        run_name: r.runName,
        user_id: r.userId,
        status: r.status,
        start_time: r.startTime,
        end_time: r.endTime,
        lifecycle_stage: r.lifecycleStage,
        artifact_uri: r.artifactUri,
        parent_run_id: r.parentRunId,
        params: record(r.params),
        tags: record(r.tags),
        metrics: record(r.latestMetrics, (p) => truthFloat(p.value)),
        latest_metrics: record(r.latestMetrics, truthPoint),
    };
    if (options.histories ?? true) {
        out.metric_history = record(r.metricHistories, (h) => Array.from({ length: h.values.length }, (_, i) => truthPoint(historyPoint(h, i))));
    }
    out.dataset_inputs = r.datasetInputs.map((d) => ({
        dataset: {
            name: d.dataset.name,
            digest: d.dataset.digest,
            source_type: d.dataset.sourceType,
            source: d.dataset.source,
            schema: d.dataset.schema,
            profile: d.dataset.profile,
        },
        tags: record(d.tags),
    }));
    out.model_inputs = [...r.modelInputs];
    out.model_outputs = r.modelOutputs.map((o) => ({ model_id: o.modelId, step: o.step }));
    out.artifacts = r.artifacts.map((a) => ({ path: a.path, is_dir: a.isDir, file_size: a.fileSize }));
    return out;
}
function truthLoggedModel(m) {
    return {
        model_id: m.modelId,
        name: m.name,
        experiment_id: m.experimentId,
        status: m.status,
        model_type: m.modelType,
        source_run_id: m.sourceRunId,
        artifact_location: m.artifactLocation,
        creation_timestamp: m.creationTimestamp,
        last_updated_timestamp: m.lastUpdatedTimestamp,
        params: record(m.params),
        tags: record(m.tags),
        metrics: m.metrics.map((p) => ({ ...truthPoint(p), model_id: p.modelId })),
    };
}


/***/ }),

/***/ 7151:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ collectStream),
/* harmony export */   W: () => (/* binding */ storeReadFailure)
/* harmony export */ });
// What every MLflow store reader offers, whatever keeps the data (a folder, a database, a server).
/** Every run of a stream collected into the Runs model: what `read` returns. */
async function collectStream(kind, location, stream) {
    const runs = [];
    for await (const run of stream.runs())
        runs.push(run);
    const model = { store: { kind, location }, experiments: stream.experiments, runs, loggedModels: await stream.loggedModels() };
    return { model, diagnostics: stream.diagnostics };
}
/**
 * The read's first error when it produced no run at all: the store could not be read (a locked, damaged or
 * non-MLflow database, a folder that cannot be opened, a server that refuses). Callers fail on it rather than report
 * an empty store; a store that reads cleanly and holds no runs is not one.
 */
function storeReadFailure(result) {
    if (('model' in result ? result.model.runs.length : result.runCount) > 0)
        return undefined;
    return result.diagnostics.find((d) => d.severity === 'error');
}


/***/ })

};
