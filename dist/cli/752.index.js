export const id = 752;
export const ids = [752];
export const modules = {

/***/ 1752:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  reportCommand: () => (/* binding */ reportCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./shared/diagnostics.ts
var shared_diagnostics = __webpack_require__(9530);
// EXTERNAL MODULE: ./shared/heap-tuning.ts
var heap_tuning = __webpack_require__(1006);
// EXTERNAL MODULE: ./shared/git/git.ts
var git = __webpack_require__(7361);
;// CONCATENATED MODULE: ./shared/report/baseline.ts
// The run a report compares against, named by the user as
//   <run id> | run:<run id>     that run
//   tag:<key>=<value>           the latest run (by start time) whose tag <key> is <value>
//   branch:<name>               the latest run of a branch: logged at its head commit or the nearest ancestor of it
//   base                        the same for the change's base commit (pull request base, push `before`)
// Runs know their commit from MLflow's `mlflow.source.git.commit` tag; git maps commits to the branch's history
// (`git rev-list`, nearest first), so a run logged on any earlier commit of the branch still counts, the nearest one
// winning and the latest start time breaking ties.

const commitTag = 'mlflow.source.git.commit';
/** A baseline the user wrote that means nothing: the message says what forms there are. */
class BaselineSpecError extends Error {
}
function parseBaselineSpec(text) {
    const spec = text.trim();
    if (spec === '')
        return undefined;
    if (spec === 'base')
        return { kind: 'base' };
    const forms = 'expected a run id, run:<id>, tag:<key>=<value>, branch:<name> or base';
    if (spec.startsWith('branch:')) {
        const name = spec.slice('branch:'.length).trim();
        if (!name)
            throw new BaselineSpecError(`baseline "${spec}": no branch name; ${forms}`);
        return { kind: 'branch', name };
    }
    if (spec.startsWith('tag:')) {
        const body = spec.slice('tag:'.length);
        const eq = body.indexOf('=');
        if (eq < 0 || body.slice(0, eq).trim() === '')
            throw new BaselineSpecError(`baseline "${spec}": a tag baseline needs a key and a value (tag:stage=production)`);
        return { kind: 'tag', key: body.slice(0, eq).trim(), value: body.slice(eq + 1).trim() };
    }
    const runId = spec.startsWith('run:') ? spec.slice('run:'.length).trim() : spec;
    if (!/^[\w-]+$/.test(runId))
        throw new BaselineSpecError(`baseline "${spec}": ${forms}`);
    return { kind: 'run', runId };
}
/** The most commits of history searched for a run's commit. */
const historyDepth = 10_000;
const latestFirst = (a, b) => (b.startTime ?? -Infinity) - (a.startTime ?? -Infinity);
async function prepareBaseline(spec, context) {
    switch (spec.kind) {
        case 'run': {
            const run = context.allRuns.find((r) => r.runId === spec.runId);
            return {
                label: `run ${spec.runId}`,
                pick: (runs) => {
                    if (!run)
                        return { run: undefined, note: `no run ${spec.runId} in the store` };
                    const elsewhere = !runs.includes(run);
                    return { run, note: elsewhere ? `the baseline run ${spec.runId} belongs to another experiment` : undefined };
                },
            };
        }
        case 'tag':
            return {
                label: `the latest run tagged ${spec.key}=${spec.value}`,
                pick: (runs) => {
                    const run = runs.filter((r) => r.tags.get(spec.key) === spec.value).sort(latestFirst)[0];
                    return { run, note: run ? undefined : `no run is tagged ${spec.key}=${spec.value}` };
                },
            };
        case 'branch':
        case 'base':
            return commitBaseline(spec, context);
    }
}
async function commitBaseline(spec, context) {
    const what = spec.kind === 'branch' ? `branch ${spec.name}` : 'the base commit';
    const none = (note) => ({ label: `the latest run of ${what}`, pick: () => ({ run: undefined, note }) });
    if (!context.repoDir)
        return none(`no git checkout to find ${what} in`);
    const dir = context.repoDir;
    let head;
    if (spec.kind === 'base') {
        if (!context.baseCommit)
            return none('this event has no base commit (only pull requests and pushes do); name a baseline instead');
        head = await (0,git/* resolveCommit */.WL)(dir, context.baseCommit);
        if (!head)
            return none(`the base commit ${context.baseCommit.slice(0, 12)} is not in the checkout and could not be fetched`);
    }
    else {
        head = await branchCommit(dir, spec.name);
        if (!head)
            return none(`no branch ${spec.name} in the checkout (fetched from origin too)`);
    }
    const history = (await (0,git/* git */.$Y)(dir, ['rev-list', `--max-count=${historyDepth}`, head])).split('\n').filter(Boolean);
    const order = new Map(history.map((sha, i) => [sha.toLowerCase(), i]));
    const shallow = (await (0,git/* tryGit */.Ii)(dir, ['rev-parse', '--is-shallow-repository']))?.trim() === 'true';
    const name = spec.kind === 'branch' ? spec.name : 'the base';
    const label = `the latest run of ${name} (commit ${head.slice(0, 7)} or an ancestor)`;
    const position = (run) => {
        const commit = run.tags.get(commitTag)?.trim().toLowerCase();
        if (!commit || !/^[0-9a-f]{7,40}$/.test(commit))
            return undefined;
        const exact = order.get(commit);
        if (exact !== undefined || commit.length === 40)
            return exact;
        const i = history.findIndex((sha) => sha.startsWith(commit));
        return i < 0 ? undefined : i;
    };
    return {
        label,
        pick: (runs) => {
            let best;
            let bestAt = Infinity;
            for (const run of runs) {
                const at = position(run);
                if (at === undefined)
                    continue;
                if (at < bestAt || (at === bestAt && best && latestFirst(run, best) < 0)) {
                    best = run;
                    bestAt = at;
                }
            }
            if (best)
                return { run: best };
            const tagged = runs.some((r) => r.tags.has(commitTag));
            let note = tagged
                ? `no run was logged at ${name}'s commit ${head.slice(0, 7)} or an ancestor of it`
                : `no run records its commit (MLflow sets ${commitTag} when it runs inside a git checkout)`;
            if (tagged && shallow)
                note += '; the checkout is shallow, so older commits are unknown: use actions/checkout with fetch-depth: 0';
            return { run: undefined, note };
        },
    };
}
/** The commit a branch name points at: the remote-tracking branch first (what CI has), then a local one, then a fetch. */
async function branchCommit(dir, name) {
    const verify = async (ref) => (await (0,git/* tryGit */.Ii)(dir, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]))?.trim() || undefined;
    const candidates = [`refs/remotes/origin/${name}`, `refs/heads/${name}`, `refs/tags/${name}`];
    for (const ref of candidates) {
        const sha = await verify(ref);
        if (sha)
            return sha;
    }
    if (name.startsWith('-'))
        return undefined;
    await (0,git/* tryGit */.Ii)(dir, ['fetch', '--no-tags', '--quiet', 'origin', `+refs/heads/${name}:refs/remotes/origin/${name}`]);
    return verify(`refs/remotes/origin/${name}`);
}

;// CONCATENATED MODULE: ./shared/report/metric-direction.ts
// Whether a metric is better low (loss, rmse) or high (accuracy, r2), guessed from its name when the user does not say.
// Names are split into words (`val/rmse`, `eval_loss`, `top5Accuracy`) and the last word that is known decides, so
// `val/loss` and `loss_accuracy_gap`… read the way a person reads them: by what the name ends with.
const LOWER_IS_BETTER = new Set([
    'loss', 'losses', 'rmse', 'mse', 'mae', 'mape', 'smape', 'rmsle', 'msle', 'error', 'errors', 'err', 'nll', 'logloss',
    'perplexity', 'ppl', 'wer', 'cer', 'ter', 'fid', 'kl', 'divergence', 'brier', 'hinge', 'regret', 'latency', 'distance',
]);
const HIGHER_IS_BETTER = new Set([
    'accuracy', 'acc', 'r2', 'f1', 'fscore', 'auc', 'roc', 'auroc', 'auprc', 'precision', 'recall', 'map', 'ap', 'iou',
    'miou', 'dice', 'bleu', 'rouge', 'meteor', 'ndcg', 'mrr', 'hit', 'hits', 'score', 'reward', 'return', 'sharpe',
    'throughput', 'specificity', 'sensitivity', 'kappa', 'mcc', 'top1', 'top5', 'psnr', 'ssim',
]);
/** The words of a metric key, lower case: `val/top5Accuracy` → `val`, `top5`, `accuracy`. */
function metricWords(key) {
    return key
        .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
        .toLowerCase()
        .split(/[^a-z0-9]+/)
        .filter(Boolean);
}
/** The direction the name implies, or undefined when no word of it is known. */
function guessDirection(metric) {
    const ws = metricWords(metric);
    for (let i = ws.length - 1; i >= 0; i--) {
        const w = ws[i];
        if (LOWER_IS_BETTER.has(w))
            return 'min';
        if (HIGHER_IS_BETTER.has(w))
            return 'max';
    }
    return undefined;
}
function chooseDirection(metric, given) {
    if (given)
        return { direction: given, source: 'input' };
    const guessed = guessDirection(metric);
    return guessed ? { direction: guessed, source: 'name' } : { direction: 'min', source: 'default' };
}
/** True when `a` is better than `b` in this direction. */
function isBetter(a, b, direction) {
    return direction === 'min' ? a < b : a > b;
}

;// CONCATENATED MODULE: ./shared/report/metric-values.ts
// How metric values, changes and durations read in reports. MLflow keeps NaN and ±infinity; SQLite stores ±infinity as
// ±1.7976931348623157e308 and gives that back, so the largest double is read as infinity too: it is never a measurement.
/** A value that can rank runs or be drawn: finite, and not SQLite's stand-in for infinity. */
function isMeasured(value) {
    return value !== undefined && Number.isFinite(value) && Math.abs(value) !== Number.MAX_VALUE;
}
/** Four significant digits for tables; `∞`/`-∞` for infinities (and SQLite's stand-ins), `NaN` as such. */
function formatMetric(value) {
    if (Number.isNaN(value))
        return 'NaN';
    if (!isMeasured(value))
        return value > 0 ? '∞' : '-∞';
    if (value === 0)
        return '0';
    const magnitude = Math.abs(value);
    if (magnitude >= 1e6 || magnitude < 1e-4)
        return value.toExponential(3).replace(/\.?0+e/, 'e');
    if (Number.isInteger(value))
        return String(value);
    const decimals = Math.max(0, 3 - Math.floor(Math.log10(magnitude)));
    const text = value.toFixed(decimals);
    return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}
/** How `value` differs from `base`: relative (`+6.1%`) when the base is not zero, absolute otherwise. */
function formatChange(value, base) {
    if (!isMeasured(value) || !isMeasured(base))
        return '';
    const diff = value - base;
    if (diff === 0)
        return '±0';
    const sign = diff > 0 ? '+' : '-';
    if (base === 0)
        return `${sign}${formatMetric(Math.abs(diff))}`;
    const percent = (Math.abs(diff) / Math.abs(base)) * 100;
    if (percent < 0.001)
        return `${sign}<0.001%`;
    // Three significant digits, as a plain decimal (toPrecision would write 1.23e+3 for large changes).
    return `${sign}${percent >= 100 ? percent.toFixed(0) : percent.toPrecision(3)}%`;
}

;// CONCATENATED MODULE: ./shared/report/downsample.ts
// Puts several metric histories on one shared x grid of at most `maxPoints` steps, as a Mermaid xychart needs: it
// takes one list of y values per line and spreads them evenly over the x-axis range, so every line must have a value
// at the same evenly spaced steps.
//
// Method:
// - Exact, when the steps all the histories use are evenly spaced and no more than `maxPoints` (epochs 0..99):
//   each line gets its own value at every step.
// - M4 otherwise (Jugel et al., "M4: A Visualization-Oriented Time Series Data Aggregation", VLDB 2014): the step
//   range is cut into `maxPoints / 4` equal buckets and each bucket keeps four points of each line: its first, its
//   last, its minimum and its maximum, in step order, drawn at the bucket's four grid positions. Spikes and the best
//   value survive, which averaging or plain decimation would lose; a point moves by less than one bucket along x.
// A line is linearly interpolated across steps it did not log, and held flat at its first / last value outside the
// steps it covers (a run that trained for fewer steps); the caller says so in the legend. Values that cannot be drawn
// (NaN, ±infinity) are dropped and counted.

/** Measured points in step order (logging order among equal steps). */
function measuredPoints(series) {
    const order = [];
    let dropped = 0;
    for (let i = 0; i < series.values.length; i++) {
        if (isMeasured(series.values[i]) && Number.isFinite(series.steps[i]))
            order.push(i);
        else
            dropped++;
    }
    order.sort((a, b) => series.steps[a] - series.steps[b] || a - b);
    return { steps: order.map((i) => series.steps[i]), values: order.map((i) => series.values[i]), dropped };
}
function evenlySpaced(sorted) {
    if (sorted.length <= 2)
        return true;
    const gap = sorted[1] - sorted[0];
    for (let i = 2; i < sorted.length; i++)
        if (sorted[i] - sorted[i - 1] !== gap)
            return false;
    return true;
}
/** The line's value at step x: interpolated between its points, held outside them. */
function valueAt(p, x) {
    const n = p.steps.length;
    if (x <= p.steps[0])
        return p.values[0];
    if (x >= p.steps[n - 1])
        return p.values[n - 1];
    // The first point at or after x (binary search), and the one before it.
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (p.steps[mid] < x)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (p.steps[hi] === x)
        return p.values[hi];
    const before = hi - 1;
    const t = (x - p.steps[before]) / (p.steps[hi] - p.steps[before]);
    return p.values[before] + t * (p.values[hi] - p.values[before]);
}
function exactLine(p, xs) {
    // The last point logged at a step wins, as a plot of the raw history would show it.
    const at = new Map();
    for (let i = 0; i < p.steps.length; i++)
        at.set(p.steps[i], p.values[i]);
    return xs.map((x) => at.get(x) ?? valueAt(p, x));
}
function m4Line(p, xMin, xMax, buckets, xs) {
    const width = (xMax - xMin) / buckets;
    const out = [];
    let i = 0;
    for (let b = 0; b < buckets; b++) {
        const end = b === buckets - 1 ? Infinity : xMin + (b + 1) * width;
        const start = i;
        let lo = i;
        let hi = i;
        while (i < p.steps.length && p.steps[i] < end) {
            if (p.values[i] < p.values[lo])
                lo = i;
            if (p.values[i] > p.values[hi])
                hi = i;
            i++;
        }
        const slots = xs.slice(b * 4, b * 4 + 4);
        if (i === start) {
            // Nothing logged in this bucket: interpolate (inside the line's range) or hold (outside it).
            for (const x of slots)
                out.push(valueAt(p, x));
            continue;
        }
        const chosen = [...new Set([start, lo, hi, i - 1])].sort((a, c) => a - c);
        for (let s = 0; s < 4; s++)
            out.push(p.values[chosen[Math.floor((s * chosen.length) / 4)]]);
    }
    return out;
}
function sampleOnGrid(series, maxPoints = 100) {
    const points = series.map(measuredPoints);
    const drawn = points.filter((p) => p.steps.length > 0);
    if (drawn.length === 0)
        return { xMin: 0, xMax: 0, xs: [], method: 'exact', lines: series.map(() => undefined) };
    const xMin = Math.min(...drawn.map((p) => p.steps[0]));
    const xMax = Math.max(...drawn.map((p) => p.steps[p.steps.length - 1]));
    const distinct = new Set();
    for (const p of drawn) {
        for (const s of p.steps) {
            distinct.add(s);
            if (distinct.size > maxPoints)
                break;
        }
        if (distinct.size > maxPoints)
            break;
    }
    const union = [...distinct].sort((a, b) => a - b);
    const exact = distinct.size <= maxPoints && evenlySpaced(union);
    const buckets = Math.max(1, Math.floor(maxPoints / 4));
    const slots = buckets * 4;
    const xs = exact ? union : Array.from({ length: slots }, (_, k) => xMin + (k * (xMax - xMin)) / (slots - 1));
    const lines = points.map((p) => {
        if (p.steps.length === 0)
            return undefined;
        const firstStep = p.steps[0];
        const lastStep = p.steps[p.steps.length - 1];
        return {
            values: exact ? exactLine(p, xs) : m4Line(p, xMin, xMax, buckets, xs),
            firstStep,
            lastStep,
            points: p.steps.length,
            dropped: p.dropped,
            heldBefore: firstStep > xMin,
            heldAfter: lastStep < xMax,
        };
    });
    return { xMin, xMax, xs, method: exact ? 'exact' : 'm4', lines };
}
/**
 * Indices of at most `target` points of one series to draw on its own x axis (the dashboard's charts), by M4: the x
 * range is cut into equal buckets and each keeps its first, last, lowest and highest point, in order. The series'
 * minimum and maximum are always kept (the best value and every spike show), and so are its first and last points.
 * A bucket where the curve only rises or falls gives two points, not four, so the bucket count grows (up to twice)
 * while the points stay within `target`. `xs` must be sorted; linear time.
 */
function m4Indices(xs, ys, target) {
    const n = xs.length;
    if (target >= n || n <= 2)
        return Array.from({ length: n }, (_, i) => i);
    let buckets = Math.max(1, Math.floor(target / 4));
    let best = m4Pass(xs, ys, buckets);
    for (let tries = 0; tries < 2 && best.length < target * 0.8; tries++) {
        buckets = Math.floor((buckets * target) / Math.max(1, best.length));
        const next = m4Pass(xs, ys, buckets);
        if (next.length > target)
            break;
        best = next;
    }
    return best;
}
function m4Pass(xs, ys, buckets) {
    const n = xs.length;
    const x0 = xs[0];
    const width = (xs[n - 1] - x0) / buckets;
    const out = [];
    let i = 0;
    for (let b = 0; b < buckets && i < n; b++) {
        const end = b === buckets - 1 || width === 0 ? Infinity : x0 + (b + 1) * width;
        const first = i;
        let lo = i;
        let hi = i;
        while (i < n && xs[i] < end) {
            if (ys[i] < ys[lo])
                lo = i;
            if (ys[i] > ys[hi])
                hi = i;
            i++;
        }
        if (i === first)
            continue;
        for (const k of [...new Set([first, lo, hi, i - 1])].sort((a, c) => a - c))
            out.push(k);
    }
    return out;
}

// EXTERNAL MODULE: ./shared/text/markdown.ts
var markdown = __webpack_require__(1043);
;// CONCATENATED MODULE: ./shared/report/mermaid-chart.ts
// Mermaid `xychart-beta` line charts as GitHub renders them in summaries and comments. The grammar is narrow: numbers
// are plain decimals (no exponent, so huge and tiny values are rescaled and the axis title says by how much), strings
// are double-quoted with no escape for a quote, and `%%` starts a comment or a directive anywhere. xychart draws no
// legend, so the palette is fixed to colours that match the square emoji a text legend under the chart can show.
/** Line colours in drawing order, with the emoji of about that colour for legends. */
const palette = [
    { color: '#3b82f6', swatch: '🟦' },
    { color: '#f97316', swatch: '🟧' },
    { color: '#22c55e', swatch: '🟩' },
    { color: '#ef4444', swatch: '🟥' },
    { color: '#a855f7', swatch: '🟪' },
    { color: '#eab308', swatch: '🟨' },
    { color: '#92400e', swatch: '🟫' },
    { color: '#374151', swatch: '⬛' },
];
/** The most lines a chart shows: one per palette colour, so the legend stays unambiguous. */
const maxChartLines = palette.length;
/** Text for a quoted xychart string or title: one line, no quote, no directive or entity that Mermaid would act on. */
function mermaidText(text, max = 80) {
    const clean = text
        .replace(/[\r\n\t\v\f]+/g, ' ')
        .replace(/["`]/g, "'")
        .replace(/%%/g, '% %')
        .replace(/#(?=[\w]+;)/g, '＃') // `#quot;` is an entity code to Mermaid
        .replace(/</g, '‹')
        .replace(/>/g, '›')
        .trim();
    const chars = [...clean];
    return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : clean;
}
/** A plain decimal (the grammar reads `[+-]?\d+(\.\d+)?`), trailing zeros dropped. */
function mermaidNumber(value, decimals) {
    // toFixed switches to an exponent from 1e21; such a number is an integer anyway.
    if (Math.abs(value) >= 1e21)
        return BigInt(value).toString();
    let text = value.toFixed(Math.min(20, Math.max(0, decimals)));
    if (text.includes('.'))
        text = text.replace(/\.?0+$/, '');
    return text === '-0' ? '0' : text;
}
/** Decimals that keep about four significant digits of `x`. */
function digitsFor(x) {
    return x > 0 ? 3 - Math.floor(Math.log10(x)) : 0;
}
/** A power of ten (multiple of 3) that brings values into a range the grammar writes without thousands of digits. */
function scaleExponent(maxAbs) {
    if (maxAbs === 0 || (maxAbs >= 1e-3 && maxAbs < 1e6))
        return 0;
    // 10 ** -324 underflows to 0: the smallest subnormals are scaled by a little less.
    return Math.max(-321, Math.floor(Math.log10(maxAbs) / 3) * 3);
}
function xyLineChart(spec) {
    if (spec.lines.length === 0)
        throw new Error('a chart needs at least one line');
    const all = spec.lines.flatMap((l) => l.values);
    if (all.some((v) => !Number.isFinite(v)))
        throw new Error('chart values must be finite');
    let min = Math.min(...all);
    let max = Math.max(...all);
    const exponent = scaleExponent(Math.max(Math.abs(min), Math.abs(max)));
    const divisor = 10 ** exponent;
    min /= divisor;
    max /= divisor;
    const maxAbs = Math.max(Math.abs(min), Math.abs(max));
    const decimals = Math.min(12, Math.max(digitsFor(maxAbs), max > min ? digitsFor(max - min) : 0));
    const num = (v) => mermaidNumber(v / divisor, decimals);
    // A single grid position: widen the axis by half a step each side and draw a short flat segment.
    const single = spec.lines[0].values.length === 1;
    const xMin = single ? spec.xMin - 0.5 : spec.xMin;
    const xMax = single ? spec.xMax + 0.5 : spec.xMax;
    const xDecimals = Math.max(single ? 1 : 0, Number.isInteger(xMin) && Number.isInteger(xMax) ? 0 : 3);
    const yTitle = exponent === 0 ? spec.yTitle : `${spec.yTitle} (×1e${exponent})`;
    const lines = [
        `%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${palette.map((p) => p.color).join(', ')}"}}}}%%`,
        'xychart-beta',
        `    title "${mermaidText(spec.title)}"`,
        `    x-axis "${mermaidText(spec.xTitle, 40)}" ${mermaidNumber(xMin, xDecimals)} --> ${mermaidNumber(xMax, xDecimals)}`,
    ];
    if (max > min) {
        lines.push(`    y-axis "${mermaidText(yTitle, 60)}"`);
    }
    else {
        // All values equal: Mermaid would draw an axis of zero height; give it room around the value.
        const pad = min === 0 ? 1 : Math.abs(min) / 10;
        lines.push(`    y-axis "${mermaidText(yTitle, 60)}" ${mermaidNumber(min - pad, decimals + 1)} --> ${mermaidNumber(min + pad, decimals + 1)}`);
    }
    for (const line of spec.lines) {
        const values = single ? [line.values[0], line.values[0]] : line.values;
        lines.push(`    line "${mermaidText(line.name, 60)}" [${values.map(num).join(', ')}]`);
    }
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./shared/report/metric-charts.ts
// One Mermaid line chart per metric: the histories of the top runs over steps, on a shared grid (see downsample.ts),
// with a text legend under it since xychart draws none. Each chart comes drawn at 500 points a line and at 100, so a
// report that runs short of room can keep the chart at the coarser drawing rather than drop it.
//
// A Mermaid line cannot stop before the axis ends (xychart spreads every line over the whole x range), so a chart never
// pads a run that ended early out to a longer run's last step: its x range ends where the best run's history ends;
// longer runs are drawn up to there (the legend says how far they go), and runs that ended before it are not drawn
// (the legend says where they ended; the dashboard draws every run to its own end).




/** Points a line, finest first: enough that a curve of a few hundred steps shows no stair-steps. */
const chartResolutions = [500, 100];
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
/**
 * Charts for `metrics` (in that order) over `runs` (best first; at most maxChartLines are drawn). A metric no run
 * logged more than once is left out: a single value per run reads better in the table.
 */
function metricCharts(runs, metrics, options) {
    const charts = [];
    for (const metric of metrics) {
        const withHistory = runs.filter((r) => (r.metricHistories.get(metric)?.values.length ?? 0) > 0).slice(0, maxChartLines);
        if (!withHistory.some((r) => r.metricHistories.get(metric).values.length > 1))
            continue;
        const range = commonRange(withHistory.map((r) => r.metricHistories.get(metric)));
        if (!range)
            continue;
        const drawings = [];
        let drawnRuns = [];
        for (const maxPoints of options.maxPoints ?? chartResolutions) {
            const drawing = drawChart(metric, withHistory, range, sampleOnGrid(range.series, maxPoints), options);
            if (!drawing)
                break;
            if (drawings.at(-1)?.mermaid !== drawing.mermaid)
                drawings.push(drawing);
            drawnRuns = drawing.runs;
        }
        if (drawings.length > 0)
            charts.push({ metric, drawings: drawings.map(({ mermaid, legend }) => ({ mermaid, legend })), runs: drawnRuns });
    }
    return charts;
}
/** The x range that pads no run: up to the first run's last measured step, the other runs cut there. */
function commonRange(histories) {
    const lastSteps = histories.map((h) => {
        let last;
        for (let i = 0; i < h.values.length; i++)
            if (isMeasured(h.values[i]) && (last === undefined || h.steps[i] > last))
                last = h.steps[i];
        return last;
    });
    const end = lastSteps.find((s) => s !== undefined);
    if (end === undefined)
        return undefined;
    const series = histories.map((h, k) => {
        const last = lastSteps[k];
        if (last === undefined || last < end)
            return { steps: [], values: [] };
        if (last === end)
            return h;
        const keep = [];
        for (let i = 0; i < h.values.length; i++)
            if (h.steps[i] <= end)
                keep.push(i);
        return { steps: keep.map((i) => h.steps[i]), values: keep.map((i) => h.values[i]) };
    });
    return { end, series, lastSteps };
}
function drawChart(metric, withHistory, range, sampled, options) {
    const drawn = [];
    const notes = [];
    const legend = [];
    const early = [];
    sampled.lines.forEach((line, i) => {
        const run = withHistory[i];
        const name = options.label(run);
        const last = range.lastSteps[i];
        if (last !== undefined && last < range.end) {
            early.push(`${(0,markdown/* cell */.Hn)(name)} (ended at step ${last})`);
            return;
        }
        if (!line) {
            notes.push(`${(0,markdown/* cell */.Hn)(name)}: no finite value to draw`);
            return;
        }
        const swatch = palette[drawn.length].swatch;
        drawn.push({ run, values: line.values });
        const extent = [];
        if (line.heldBefore)
            extent.push(`starts at step ${line.firstStep}, flat before`);
        if (last !== undefined && last > range.end)
            extent.push(`goes on to step ${last}`);
        legend.push(`${swatch} ${(0,markdown/* cell */.Hn)(name)}${extent.length ? ` <sub>(${extent.join('; ')})</sub>` : ''}`);
        if (line.dropped > 0)
            notes.push(`${(0,markdown/* cell */.Hn)(name)}: ${plural(line.dropped, 'NaN/∞ value')} not drawn`);
    });
    if (drawn.length === 0)
        return undefined;
    const method = sampled.method === 'exact'
        ? `every logged step (${sampled.xs.length})`
        : `${sampled.xs.length} points a line: first, last, min and max of ${sampled.xs.length / 4} equal step buckets (M4)`;
    const mermaid = xyLineChart({
        title: metric,
        xTitle: 'step',
        yTitle: metric,
        xMin: sampled.xMin,
        xMax: sampled.xMax,
        lines: drawn.map((d) => ({ name: options.label(d.run), values: d.values })),
    });
    const ended = early.length > 0 ? ` Not drawn, as they ended before step ${range.end} (where the best run's history ends) and a Mermaid line cannot stop early: ${early.join(', ')}.` : '';
    const text = `${legend.join(' · ')}  \n<sub>Drawn: ${method}, up to step ${range.end}.${notes.length ? ` ${notes.join('; ')}.` : ''}${ended} The dashboard draws every run to its own end.</sub>`;
    return { mermaid, legend: text, runs: drawn.map((d) => d.run) };
}

;// CONCATENATED MODULE: ./shared/report/name-glob.ts
// Shell-style patterns for names a user picks from a list (experiments, artifact paths): `*` any run of characters
// (not `/` when `slashes` is set), `**` anything, `?` one character, `[abc]` a class. Everything else is literal.
function globToRegExp(pattern, options = {}) {
    const any = options.slashes ? '[^/]*' : '.*';
    const one = options.slashes ? '[^/]' : '.';
    let source = '';
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '*') {
            if (pattern[i + 1] === '*') {
                // `**/` also matches nothing, so `**/x.json` finds a top-level x.json.
                if (pattern[i + 2] === '/') {
                    source += '(?:.*/)?';
                    i += 2;
                }
                else {
                    source += '.*';
                    i += 1;
                }
            }
            else {
                source += any;
            }
        }
        else if (c === '?') {
            source += one;
        }
        else if (c === '[') {
            const end = pattern.indexOf(']', i + 2);
            // `]` first in a class is one of its characters; a class the RegExp cannot take (`[z-a]`) is literal text.
            const body = end < 0 ? '' : pattern.slice(i + 1, end).replace(/^!/, '^').replace(/[\\\]]/g, '\\$&');
            if (end < 0 || !validClass(body)) {
                source += '\\[';
            }
            else {
                source += `[${body}]`;
                i = end;
            }
        }
        else {
            source += c.replace(/[.+^${}()|\\\]]/g, '\\$&');
        }
    }
    return new RegExp(`^${source}$`, 'u');
}
function validClass(body) {
    try {
        new RegExp(`[${body}]`, 'u');
        return true;
    }
    catch {
        return false;
    }
}
function isGlob(pattern) {
    return /[*?[]/.test(pattern);
}

;// CONCATENATED MODULE: ./shared/report/run-environment.ts
// What a run says about the environment it ran in: the commit MLflow records (`mlflow.source.git.commit`), the
// environment hash detect-env computes when a workflow passes it on as a tag (`ml-hub.env-hash`, or
// `MLHUB_ENV_HASH` as an environment-variable-style tag), and a logged `requirements.txt` (MLflow logs one with every
// model). Two runs with the same hash ran with the same declared dependencies.

const envHashTags = ['ml-hub.env-hash', 'MLHUB_ENV_HASH'];
function runEnvironment(run) {
    const env = {};
    const commit = run.tags.get(commitTag)?.trim();
    if (commit)
        env.commit = commit;
    for (const tag of envHashTags) {
        const hash = run.tags.get(tag)?.trim();
        if (hash) {
            env.envHash = hash;
            break;
        }
    }
    const requirements = run.artifacts
        .filter((a) => !a.isDir && /(^|\/)requirements\.txt$/.test(a.path))
        .sort((a, b) => a.path.split('/').length - b.path.split('/').length || a.path.length - b.path.length)[0];
    if (requirements)
        env.requirements = requirements.path;
    return env;
}
function hasEnvironment(env) {
    return env.commit !== undefined || env.envHash !== undefined || env.requirements !== undefined;
}

// EXTERNAL MODULE: ./shared/mlflow/model.ts
var mlflow_model = __webpack_require__(4283);
;// CONCATENATED MODULE: ./shared/report/run-ranking.ts
// How runs are ranked, once, for every place that ranks them: the summary, the PR comment, the dashboard and the
// regression gate. Which metric ranks when the user names none (chooseMetric), which runs may rank (rankable), and the
// one order (compareRuns) with its tie-break rule, stated in the reports as `tieBreakRule`.



/** Runs that may be the best: finished ones, and running ones (a notebook's run stays RUNNING until it ends). */
function rankable(run) {
    return run.status === 'FINISHED' || run.status === 'RUNNING';
}
/** The latest value of `metric` in `run` when it can rank runs. */
function metricValue(run, metric) {
    const value = run.latestMetrics.get(metric)?.value;
    return isMeasured(value) ? value : undefined;
}
/** The tie-break of compareRuns, in words for the reports. */
const tieBreakRule = 'equal values go to the run that ended first, then the one that started first, then the lower run id';
/** Equal values: the run that got there first (earlier end, then earlier start; none last), then the lower run id. */
function tieBreak(a, b) {
    const end = (a.endTime ?? Infinity) - (b.endTime ?? Infinity);
    if (end)
        return end;
    const start = (a.startTime ?? Infinity) - (b.startTime ?? Infinity);
    if (start)
        return start;
    return (0,mlflow_model/* compareCodePoints */.OP)(a.runId, b.runId);
}
/** The one ranking order: better values first, runs without a value after them, ties by tieBreak. */
function compareRuns(value, direction) {
    return (a, b) => {
        const va = value(a);
        const vb = value(b);
        if (va !== undefined && vb !== undefined) {
            if (va !== vb)
                return isBetter(va, vb, direction) ? -1 : 1;
        }
        else if (va !== vb) {
            return va === undefined ? 1 : -1;
        }
        return tieBreak(a, b);
    };
}
// ---- the automatic ranking metric -------------------------------------------------------------------------------
const validationWords = new Set(['val', 'valid', 'validation', 'eval', 'evaluation', 'test', 'holdout', 'dev']);
const trainWords = new Set(['train', 'training', 'trn']);
/**
 * Metric families in the order they are preferred: what the reader asks about (the error in the target's units, then
 * the classification scores) before the loss the optimiser saw. A name belongs to the family of its last known word.
 */
const metricFamilies = [
    ['rmse', 'rmsle'],
    ['mae', 'mape', 'smape'],
    ['mse', 'msle'],
    ['accuracy', 'acc', 'top1', 'top5'],
    ['f1', 'fscore'],
    ['auc', 'auroc', 'roc', 'auprc'],
    ['r2'],
    ['loss', 'losses', 'nll', 'logloss', 'perplexity', 'ppl', 'error', 'err'],
];
/** The rule chooseMetric follows, in words for the reports. */
const metricChoiceRule = 'validation metrics with a history first, a train metric only when nothing else will do';
function familyIndex(words) {
    for (let i = words.length - 1; i >= 0; i--) {
        const at = metricFamilies.findIndex((family) => family.includes(words[i]));
        if (at >= 0)
            return at;
    }
    return metricFamilies.length;
}
/**
 * Every metric key of `runs`, the most telling first; the first is the ranking metric when the user names none (see
 * chooseMetric). Metrics that at least half as many ranked runs logged (with a measured value) as the most common one
 * come first, in tiers: a validation metric with a history; a validation metric with one value (`best_val_rmse`); any
 * other metric whose direction the name tells, with a history, then with one value; a train metric; last, metrics whose
 * direction the name does not tell. Within a tier: metricFamilies' order, then the more widely logged, then the name.
 */
function preferredMetrics(runs) {
    const coverage = new Map();
    const history = new Set();
    for (const run of runs) {
        for (const key of run.latestMetrics.keys()) {
            if (!coverage.has(key))
                coverage.set(key, 0);
            if (!rankable(run) || metricValue(run, key) === undefined)
                continue;
            coverage.set(key, coverage.get(key) + 1);
            if ((run.metricHistories.get(key)?.values.length ?? 0) > 1)
                history.add(key);
        }
    }
    const widest = Math.max(0, ...coverage.values());
    const tier = (key, n) => {
        if (n === 0)
            return 7;
        if (n * 2 < widest)
            return 6;
        if (!guessDirection(key))
            return 5;
        const words = metricWords(key);
        // A train metric says how well the model fits what it saw, not how good it is: after every other known one.
        if (words.some((w) => trainWords.has(w)))
            return 4;
        return (words.some((w) => validationWords.has(w)) ? 0 : 2) + (history.has(key) ? 0 : 1);
    };
    const scored = [...coverage].map(([key, n]) => ({ key, n, tier: tier(key, n), family: familyIndex(metricWords(key)) }));
    scored.sort((a, b) => a.tier - b.tier || a.family - b.family || b.n - a.n || (0,mlflow_model/* compareCodePoints */.OP)(a.key, b.key));
    return scored.map((s) => s.key);
}
/** The metric that ranks `runs` when the user names none: the first of preferredMetrics that a ranked run measured. */
function chooseMetric(runs) {
    const first = preferredMetrics(runs)[0];
    return first !== undefined && runs.some((r) => rankable(r) && metricValue(r, first) !== undefined) ? first : undefined;
}

;// CONCATENATED MODULE: ./shared/report/experiment-report.ts
// What the summary, the PR comment and the regression gate say about each experiment, worked out once: which runs,
// ranked by which metric in which direction, the best run, the baseline and the candidate compared with it, the table's
// columns, the environments and the charts. Renderers only format this.







async function buildReports(model, options = {}) {
    const { experiments, unmatched } = selectExperiments(model, options.experiments ?? []);
    const picker = options.baseline
        ? await prepareBaseline(options.baseline, { ...options.baselineContext, allRuns: model.runs })
        : undefined;
    const reports = experiments.map((experiment) => {
        const runs = model.runs.filter((r) => r.experimentId === experiment.experimentId && r.lifecycleStage === 'active');
        const baseline = picker ? { label: picker.label, ...picker.pick(runs) } : undefined;
        return experimentReport(experiment, runs, baseline, options);
    });
    return { experiments: reports, unmatched };
}
function selectExperiments(model, patterns) {
    const hasRuns = new Set(model.runs.filter((r) => r.lifecycleStage === 'active').map((r) => r.experimentId));
    if (patterns.length === 0) {
        return { experiments: model.experiments.filter((e) => e.lifecycleStage === 'active' && hasRuns.has(e.experimentId)), unmatched: [] };
    }
    const chosen = new Set();
    const unmatched = [];
    for (const pattern of patterns) {
        // Exact names and ids may pick a deleted experiment; a glob only picks active ones.
        const exact = model.experiments.filter((e) => e.name === pattern || e.experimentId === pattern);
        const re = isGlob(pattern) ? globToRegExp(pattern) : undefined;
        const found = exact.length ? exact : re ? model.experiments.filter((e) => e.lifecycleStage === 'active' && re.test(e.name)) : [];
        if (found.length === 0)
            unmatched.push(pattern);
        for (const e of found)
            chosen.add(e);
    }
    return { experiments: model.experiments.filter((e) => chosen.has(e)), unmatched };
}
function experimentReport(experiment, runs, baseline, options) {
    const metricKey = options.metric?.trim() || chooseMetric(runs);
    const metric = metricKey
        ? { key: metricKey, source: options.metric?.trim() ? 'input' : 'auto', direction: chooseDirection(metricKey, options.direction) }
        : undefined;
    const direction = metric?.direction.direction ?? 'min';
    // Failed, killed and scheduled runs are listed but not ranked: their values are partial or absent.
    const value = (run) => (metric && rankable(run) ? metricValue(run, metric.key) : undefined);
    const byRank = compareRuns(value, direction);
    const order = [...runs].sort(byRank);
    const ranked = order.filter((r) => value(r) !== undefined);
    const rows = groupRows(runs, value, direction, byRank);
    const names = new Map();
    for (const r of runs)
        names.set(r.runName, (names.get(r.runName) ?? 0) + 1);
    const label = (run) => (run.runName && names.get(run.runName) === 1 ? run.runName : `${run.runName || 'run'} ${run.runId.slice(0, 8)}`);
    const keys = preferredMetrics(runs);
    const ordered = metric ? [metric.key, ...keys.filter((k) => k !== metric.key)] : keys;
    const metricColumns = ordered.slice(0, 6);
    const top = (ranked.length ? ranked : order).slice(0, Math.max(1, options.top ?? 5));
    const chartable = ordered.filter((k) => top.some((r) => (r.metricHistories.get(k)?.values.length ?? 0) > 1));
    const maxCharts = options.maxCharts ?? 8;
    const environments = new Map();
    for (const run of runs) {
        const env = runEnvironment(run);
        if (hasEnvironment(env))
            environments.set(run.runId, env);
    }
    return {
        experiment,
        runs: rows.map((r) => r.run),
        rows,
        metric,
        ranked,
        order,
        best: ranked[0],
        baseline,
        candidate: chooseCandidate(ranked, runs, baseline?.run, options.headCommit),
        params: chooseParams(runs, options.params),
        metricColumns,
        otherMetrics: ordered.slice(metricColumns.length),
        environments,
        charts: metricCharts(top, chartable.slice(0, maxCharts), { label }),
        chartsLeftOut: Math.max(0, chartable.length - maxCharts),
        label,
    };
}
/** Runs grouped under their parents (any depth), groups ordered by the best value in them. */
function groupRows(runs, value, direction, byRank) {
    const ids = new Set(runs.map((r) => r.runId));
    const children = new Map();
    const roots = [];
    for (const run of runs) {
        if (run.parentRunId && run.parentRunId !== run.runId && ids.has(run.parentRunId)) {
            const list = children.get(run.parentRunId) ?? [];
            list.push(run);
            children.set(run.parentRunId, list);
        }
        else {
            roots.push(run);
        }
    }
    const bestIn = new Map();
    const best = (run, seen = new Set()) => {
        if (bestIn.has(run.runId))
            return bestIn.get(run.runId);
        seen.add(run.runId);
        let b = value(run);
        for (const child of children.get(run.runId) ?? []) {
            if (seen.has(child.runId))
                continue;
            const v = best(child, seen);
            if (v !== undefined && (b === undefined || isBetter(v, b, direction)))
                b = v;
        }
        bestIn.set(run.runId, b);
        return b;
    };
    const byGroup = (a, b) => {
        const va = best(a);
        const vb = best(b);
        if (va !== undefined && vb !== undefined && va !== vb)
            return isBetter(va, vb, direction) ? -1 : 1;
        if ((va === undefined) !== (vb === undefined))
            return va === undefined ? 1 : -1;
        return byRank(a, b);
    };
    const rows = [];
    const placed = new Set();
    const visit = (run, depth) => {
        if (placed.has(run.runId))
            return;
        placed.add(run.runId);
        rows.push({ run, depth });
        for (const child of [...(children.get(run.runId) ?? [])].sort(byGroup))
            visit(child, depth + 1);
    };
    for (const root of roots.sort(byGroup))
        visit(root, 0);
    // Runs in a parent cycle have no root; list them at the top level rather than lose them.
    for (const run of [...runs].sort(byRank))
        visit(run, 0);
    return rows;
}
function chooseCandidate(ranked, runs, baseline, headCommit) {
    const head = headCommit?.toLowerCase();
    if (head) {
        const atHead = (r) => {
            const commit = r.tags.get(commitTag)?.trim().toLowerCase();
            return !!commit && commit.length >= 7 && head.startsWith(commit);
        };
        const run = ranked.find(atHead) ?? runs.filter(atHead).sort((a, b) => (b.startTime ?? 0) - (a.startTime ?? 0))[0];
        if (run)
            return { run, reason: `the best run of this commit (${head.slice(0, 7)})` };
    }
    const run = ranked.find((r) => r !== baseline);
    if (!run)
        return undefined;
    return { run, reason: baseline ? 'the best run other than the baseline' : 'the best run' };
}
function chooseParams(runs, wanted) {
    const all = [...new Set(runs.flatMap((r) => [...r.params.keys()]))].sort();
    if (wanted && wanted.length > 0) {
        const out = [];
        for (const w of wanted) {
            const re = isGlob(w) ? globToRegExp(w) : undefined;
            for (const key of re ? all.filter((k) => re.test(k)) : [w])
                if (!out.includes(key))
                    out.push(key);
        }
        return out;
    }
    // Params that are the same in every run that has them say nothing about why runs differ (a sweep's parent run often
    // has none of its children's params: it does not make them differ).
    return all.filter((key) => new Set(runs.filter((r) => r.params.has(key)).map((r) => r.params.get(key))).size > 1).slice(0, 6);
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./shared/mlflow/store.ts
var mlflow_store = __webpack_require__(7151);
// EXTERNAL MODULE: ./shared/text/units.ts
var units = __webpack_require__(8779);
;// CONCATENATED MODULE: ./shared/report/dashboard/artifact-texts.ts
// Text artifacts (logs, summaries, configs, requirements) and images (PNG, JPEG, SVG plots) read through the store for
// the dashboard's viewer; images travel as `data:` URIs (the page's CSP allows `img-src data:` and nothing else), each
// at most `maxImageBytes`, checked against its format's signature. Reading
// is async (a tracking server answers over HTTP) while rendering is not, so this runs first and the renderer takes the
// result. What is read is planned up front from the listed sizes, in run and path order, so the report is the same
// whatever order the reads finish in: each file shows at most `maxFileBytes`, the whole report at most
// `maxTotalBytes`, and files over `maxReadBytes` are not fetched at all.

/** Image extensions previewed, by their MIME type. */
const imageTypes = { png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', svg: 'image/svg+xml' };
/** Extensions that are never text; anything else is fetched and sniffed. */
const BINARY_EXTENSIONS = new Set(('pkl pickle joblib npy npz pt pth ckpt safetensors h5 hdf5 keras onnx pb tflite bin parquet feather arrow avro orc ' +
    'zip gz tgz bz2 xz zst 7z tar whl egg jar so dll dylib exe db sqlite sqlite3 gif webp bmp tif tiff ' +
    'ico pdf mp3 wav flac ogg mp4 mov avi mkv webm woff woff2 ttf otf').split(' '));
const utf8 = new TextDecoder('utf-8', { fatal: true });
async function collectArtifactTexts(model, store, limits = {}) {
    const maxFile = limits.maxFileBytes ?? 256 * 1024;
    const maxRead = limits.maxReadBytes ?? 8 * 1024 * 1024;
    const maxTotal = limits.maxTotalBytes ?? 16 * 1024 * 1024;
    const maxImage = limits.maxImageBytes ?? 2 * 1024 * 1024;
    const byRun = new Map();
    const notes = [];
    const planned = [];
    let budget = maxTotal;
    let overBudget = 0;
    for (const run of model.runs) {
        if (!run.artifacts.some((a) => !a.isDir))
            continue;
        const into = new Map();
        byRun.set(run.runId, into);
        for (const entry of run.artifacts) {
            if (entry.isDir)
                continue;
            const size = entry.fileSize ?? 0;
            const ext = /\.([^./]+)$/.exec(entry.path)?.[1]?.toLowerCase();
            const image = ext === undefined ? undefined : imageTypes[ext];
            if (image) {
                // Base64 takes 4 bytes for 3.
                const cost = Math.ceil(size / 3) * 4;
                if (size > maxImage) {
                    into.set(entry.path, { kind: 'omitted', reason: `image too large to preview (over ${(0,units/* formatSize */.Xq)(maxImage)})` });
                }
                else if (cost > budget) {
                    into.set(entry.path, { kind: 'omitted', reason: 'the report’s artifact budget was used up' });
                    overBudget++;
                }
                else {
                    budget -= cost;
                    planned.push({ runId: run.runId, path: entry.path, into, image });
                }
            }
            else if (ext !== undefined && BINARY_EXTENSIONS.has(ext)) {
                into.set(entry.path, { kind: 'omitted', reason: 'binary file' });
            }
            else if (size > maxRead) {
                into.set(entry.path, { kind: 'omitted', reason: `too large to include (over ${(0,units/* formatSize */.Xq)(maxRead)})` });
            }
            else if (Math.min(size, maxFile) > budget) {
                into.set(entry.path, { kind: 'omitted', reason: 'the report’s artifact budget was used up' });
                overBudget++;
            }
            else {
                budget -= Math.min(size, maxFile);
                planned.push({ runId: run.runId, path: entry.path, into });
            }
        }
    }
    if (overBudget > 0) {
        notes.push(`${overBudget} text or image artifact(s) not included: the report keeps at most ${(0,units/* formatSize */.Xq)(maxTotal)} of them.`);
    }
    let next = 0;
    const worker = async () => {
        for (let i = next++; i < planned.length; i = next++) {
            const { runId, path, into, image } = planned[i];
            try {
                const bytes = await store.readArtifact(runId, path);
                into.set(path, image ? imageContent(bytes, image, maxImage) : decode(bytes, maxFile));
            }
            catch (error) {
                into.set(path, { kind: 'omitted', reason: `could not be read: ${error.message}` });
            }
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, limits.concurrency ?? 8) }, worker));
    return { byRun, notes };
}
/** An image as its base64, when its bytes are what its name says (PNG and JPEG signatures, an `<svg` element). */
function imageContent(bytes, mime, maxBytes) {
    if (bytes.length > maxBytes)
        return { kind: 'omitted', reason: `image too large to preview (over ${(0,units/* formatSize */.Xq)(maxBytes)})` };
    const starts = (...sig) => sig.every((b, i) => bytes[i] === b);
    const ok = mime === 'image/png'
        ? starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)
        : mime === 'image/jpeg'
            ? starts(0xff, 0xd8, 0xff)
            : /<svg[\s>]/i.test(Buffer.from(bytes.subarray(0, 4096)).toString('utf8'));
    if (!ok)
        return { kind: 'omitted', reason: `not a valid ${mime.slice(6).replace('+xml', '').toUpperCase()} file` };
    return { kind: 'image', mime, base64: Buffer.from(bytes).toString('base64') };
}
/** UTF-8 text without NUL bytes, cut at a character boundary at `maxBytes`; anything else is binary. */
function decode(bytes, maxBytes) {
    let end = Math.min(bytes.length, maxBytes);
    // Step back over continuation bytes (10xxxxxx) so that the cut does not split a character.
    if (end < bytes.length)
        while (end > 0 && (bytes[end] & 0xc0) === 0x80)
            end--;
    const head = bytes.subarray(0, end);
    if (head.includes(0))
        return { kind: 'omitted', reason: 'binary file' };
    try {
        return { kind: 'text', text: utf8.decode(head), truncated: end < bytes.length };
    }
    catch {
        return { kind: 'omitted', reason: 'binary file (not UTF-8 text)' };
    }
}

;// CONCATENATED MODULE: ./shared/report/metrics-summary.ts
// The publish-metrics report as Markdown, for the job summary (1 MiB limit, in bytes) and the PR comment (65,536
// characters). Each experiment is a section: its headline (best run, candidate against baseline), a runs table with the
// ranking metric first and nested runs under their parents, a Mermaid chart of the ranking metric and, collapsed, the
// other charts and metrics.
//
// The budget is filled greedily by priority, so a long report keeps what matters most and says what it left out:
//   1. every experiment's headline and its best 10 runs,   2. each ranking-metric chart (the finer drawing if it fits),
//   3. the best 25, then 100 runs,   4. the other charts, one metric at a time,   5. every run,
//   6. the other metrics' table and the list of problems.
// Runs are always kept best first by the ranking order (run-ranking.ts), shown grouped under their parents (the
// parents of kept runs come along to group them), and every cut is stated where it happened.








/** The step summary budget (text/markdown.ts), under this name for the report's callers. */
const summaryLimitBytes = markdown/* stepSummaryLimitBytes */.jq;
/** GitHub rejects a comment body over 65,536 characters. */
const commentLimitChars = 65_536;
const statusText = {
    FINISHED: '✅ finished',
    FAILED: '❌ failed',
    KILLED: '⛔ killed',
    RUNNING: '⏳ running',
    SCHEDULED: '🕒 scheduled',
};
const metrics_summary_plural = (n, word) => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
function renderMetricsSummary(reports, options) {
    const measure = options.unit === 'bytes' ? (text) => Buffer.byteLength(text) : (text) => text.length;
    const sections = reports.map((report) => section(report, options));
    const problems = options.problems ?? [];
    const problemsHead = `${metrics_summary_plural(problems.length, 'problem')} reading the store`;
    const problemsShort = problems.length > 0 ? `_${problemsHead}; see the annotations._\n\n` : '';
    const problemsLong = problems.length > 0 ? problemList(problems, problemsHead) : '';
    // Fixed costs: the preamble, the footer, the note (sized for its longest form), each section's closing lines.
    const worstNote = shortenedNote(options, { rows: reports.length, charts: 999_999, coarser: true, details: true, experiments: reports.length });
    let used = measure(options.preamble ?? '') + measure(options.footer ?? '') + measure(worstNote) + measure(problemsShort) + 16;
    if (reports.length === 0)
        used += measure(noExperiments);
    used += measure(moreExperiments(reports.length, options));
    const fits = (text) => used + measure(text) <= options.limit;
    const take = (text) => {
        used += measure(text);
    };
    // 1. Headlines and the best 10 runs, experiment by experiment (a section that does not fit ends the list).
    for (const s of sections) {
        // The line saying how many runs are shown, at its longest, with room for the counts' digits.
        const total = s.rankOrder.length;
        const fixed = s.head + s.tableHead + moreRunsLine(s, Math.max(0, total - 1), total, options) + chartsLeftOutLine(s, options);
        if (used + measure(fixed) + 32 > options.limit)
            break;
        take(fixed);
        used += 32;
        s.included = true;
    }
    const included = sections.filter((s) => s.included);
    const keepRuns = (s, upTo) => {
        while (s.keptRanks < Math.min(upTo, s.rankOrder.length)) {
            const chain = [];
            for (let id = s.rankOrder[s.keptRanks].runId; id !== undefined && !s.kept.has(id) && !chain.includes(id); id = s.parentOf.get(id)) {
                chain.push(id);
            }
            const text = chain.map((id) => s.rowText.get(id)).join('');
            if (!fits(text))
                return;
            take(text);
            chain.forEach((id) => s.kept.add(id));
            s.keptRanks++;
        }
    };
    const chooseChart = (s, i) => {
        const drawings = s.charts[i];
        if (!drawings || s.chartChoice[i] !== undefined)
            return;
        // The collapsed section around the other charts is paid for with the first of them.
        const wrapper = i > 0 && !s.chartChoice.slice(1).some((c) => c !== undefined) ? measure((0,markdown/* details */.zH)('Charts of 99 more metrics', '')) : 0;
        const at = drawings.findIndex((d) => used + wrapper + measure(d) <= options.limit);
        if (at < 0)
            return;
        take(drawings[at]);
        used += wrapper;
        s.chartChoice[i] = at;
    };
    for (const s of included)
        keepRuns(s, 10);
    // 2. The ranking metric's chart.
    for (const s of included)
        chooseChart(s, 0);
    // 3. More of the best runs.
    for (const upTo of [25, 100])
        for (const s of included)
            keepRuns(s, upTo);
    // 4. The other charts, one metric at a time across experiments.
    const mostCharts = Math.max(0, ...included.map((s) => s.charts.length));
    for (let i = 1; i < mostCharts; i++)
        for (const s of included)
            chooseChart(s, i);
    // 5. Every run. 6. The other metrics and the problems.
    for (const s of included)
        keepRuns(s, Infinity);
    for (const s of included) {
        if (s.otherMetrics && fits(s.otherMetrics)) {
            take(s.otherMetrics);
            s.withOtherMetrics = true;
        }
    }
    const listProblems = problemsLong !== '' && fits(problemsLong);
    // What was left out, for the note at the top.
    const left = { rows: 0, charts: 0, coarser: false, details: false, experiments: sections.length - included.length };
    for (const s of included) {
        if (s.keptRanks < s.rankOrder.length)
            left.rows++;
        s.chartChoice.forEach((c) => {
            if (c === undefined)
                left.charts++;
            else if (c > 0)
                left.coarser = true;
        });
        if (s.otherMetrics && !s.withOtherMetrics)
            left.details = true;
    }
    if (problemsLong && !listProblems)
        left.details = true;
    const shortened = left.rows > 0 || left.charts > 0 || left.coarser || left.details || left.experiments > 0;
    const out = [options.preamble ?? ''];
    if (shortened)
        out.push(shortenedNote(options, left));
    if (reports.length === 0)
        out.push(noExperiments);
    for (const s of included)
        out.push(renderSection(s, options));
    if (left.experiments > 0)
        out.push(moreExperiments(left.experiments, options));
    if (problems.length > 0)
        out.push(listProblems ? problemsLong : problemsShort);
    out.push(options.footer ?? '');
    return { markdown: out.join(''), shortened };
}
const noExperiments = '_No experiment with runs to report._\n\n';
function moreExperiments(n, options) {
    return `_…and ${metrics_summary_plural(n, 'more experiment')}${options.elsewhere ? ` (in ${options.elsewhere})` : ''}._\n\n`;
}
function shortenedNote(options, left) {
    const parts = [];
    if (left.experiments > 0)
        parts.push(`${metrics_summary_plural(left.experiments, 'experiment')} at the end left out`);
    if (left.rows > 0)
        parts.push(`${left.rows === 1 ? 'one experiment shows' : `${left.rows.toLocaleString('en-US')} experiments show`} only its best runs by the ranking metric (each says how many)`);
    if (left.charts > 0)
        parts.push(`${metrics_summary_plural(left.charts, 'chart')} left out`);
    if (left.coarser)
        parts.push('some charts drawn with fewer points');
    if (left.details)
        parts.push('collapsed tables left out');
    const where = options.elsewhere ? ` The full report is in ${options.elsewhere}.` : '';
    return `> [!NOTE]\n> Shortened to fit ${options.limitName}: ${parts.join('; ')}.${where}\n\n`;
}
function problemList(problems, head) {
    const shown = problems.slice(0, 50).map((d) => `- ${(0,markdown/* cell */.Hn)((0,shared_diagnostics/* formatDiagnostic */.x)(d))}`);
    if (problems.length > shown.length)
        shown.push(`- …and ${problems.length - shown.length} more`);
    return (0,markdown/* details */.zH)(head, shown.join('\n'));
}
function section(report, options) {
    const { experiment } = report;
    const statuses = new Map();
    for (const run of report.runs)
        statuses.set(run.status, (statuses.get(run.status) ?? 0) + 1);
    const counts = [...statuses].map(([s, n]) => `${n} ${statusText[s].split(' ')[1]}`).join(', ');
    const heading = `## 📈 ${(0,markdown/* cell */.Hn)(experiment.name)}\n\n<sub>experiment ${(0,markdown/* code */.aY)(experiment.experimentId)} · ${metrics_summary_plural(report.runs.length, 'run')}` +
        `${counts ? `: ${counts}` : ''}${experiment.lifecycleStage === 'deleted' ? ' · deleted experiment' : ''}</sub>\n\n`;
    const showEnv = report.environments.size > 0;
    const metricKey = report.metric?.key;
    const others = report.metricColumns.filter((m) => m !== metricKey);
    const header = ['Run'];
    if (metricKey)
        header.push(`${(0,markdown/* cell */.Hn)(metricKey)} ${report.metric.direction.direction === 'min' ? '↓' : '↑'}${report.baseline?.run ? ' (Δ vs 📌)' : ''}`);
    header.push(...report.params.map(markdown/* cell */.Hn), ...others.map(markdown/* cell */.Hn), 'Status', 'Duration');
    if (showEnv)
        header.push('Environment');
    const line = (cells) => `| ${cells.join(' | ')} |\n`;
    const tableHead = line(header) + line(header.map(() => '---'));
    const rowText = new Map();
    const depthOf = new Map(report.rows.map((r) => [r.run.runId, r.depth]));
    for (const run of report.runs)
        rowText.set(run.runId, line(runRow(report, run, depthOf.get(run.runId) ?? 0, options, showEnv, others)));
    // A run's parent for grouping: the run above it at a lower depth in the table.
    const parentOf = new Map();
    const stack = [];
    for (const row of report.rows) {
        stack.length = row.depth;
        if (row.depth > 0 && stack[row.depth - 1])
            parentOf.set(row.run.runId, stack[row.depth - 1].runId);
        stack[row.depth] = row.run;
    }
    const charts = report.charts.map((chart, i) => chart.drawings.map((d) => (i === 0 ? `**${(0,markdown/* cell */.Hn)(chart.metric)}** over steps, best runs first\n\n${fence(d.mermaid)}${d.legend}\n\n` : `**${(0,markdown/* cell */.Hn)(chart.metric)}**\n\n${fence(d.mermaid)}${d.legend}\n\n`)));
    return {
        report,
        head: heading + headline(report, options),
        tableHead,
        rowText,
        rankOrder: report.order,
        parentOf,
        charts,
        otherMetrics: report.otherMetrics.length > 0 ? (0,markdown/* details */.zH)(`${metrics_summary_plural(report.otherMetrics.length, 'more metric')}`, otherMetricsTable(report)) : '',
        included: false,
        kept: new Set(),
        keptRanks: 0,
        chartChoice: charts.map(() => undefined),
        withOtherMetrics: false,
    };
}
function renderSection(s, options) {
    const { report } = s;
    const out = [s.head, s.tableHead];
    for (const row of report.rows)
        if (s.kept.has(row.run.runId))
            out.push(s.rowText.get(row.run.runId));
    out.push('\n');
    out.push(moreRunsLine(s, s.keptRanks, s.kept.size - s.keptRanks, options));
    const drawing = (i) => s.charts[i][s.chartChoice[i]];
    if (s.chartChoice[0] !== undefined)
        out.push(drawing(0));
    const more = s.chartChoice.map((c, i) => (i > 0 && c !== undefined ? drawing(i) : '')).filter(Boolean);
    if (more.length > 0)
        out.push((0,markdown/* details */.zH)(`Charts of ${metrics_summary_plural(more.length, 'more metric')}`, more.join('')));
    out.push(chartsLeftOutLine(s, options));
    if (s.withOtherMetrics)
        out.push(s.otherMetrics);
    return out.join('');
}
/** What the table left out, truthfully: the best `ranks` runs by the ranking order are shown (and `parents` more). */
function moreRunsLine(s, ranks, parents, options) {
    const total = s.rankOrder.length;
    if (ranks >= total)
        return '';
    const { report } = s;
    const metric = report.metric?.key;
    const ranked = report.ranked.length;
    const which = !metric
        ? `the first ${metrics_summary_plural(ranks, 'run')}`
        : ranks <= ranked
            ? `the best ${metrics_summary_plural(ranks, 'run')} by ${(0,markdown/* code */.aY)(metric)}`
            : `the ${metrics_summary_plural(ranked, 'ranked run')} and ${ranks - ranked} more`;
    const grouped = parents > 0 ? `, with ${metrics_summary_plural(parents, 'parent run')} to group them` : '';
    return `_Showing ${which} of ${total.toLocaleString('en-US')}${grouped}; the other ${(total - ranks).toLocaleString('en-US')} are in ${options.elsewhere ?? 'the full report'}._\n\n`;
}
function chartsLeftOutLine(s, options) {
    const n = s.report.chartsLeftOut;
    return n > 0 ? `_${metrics_summary_plural(n, 'more metric')} with histories not charted here${options.elsewhere ? ` (see ${options.elsewhere})` : ''}._\n\n` : '';
}
function fence(mermaid) {
    return '```mermaid\n' + mermaid + '\n```\n\n';
}
function runName(run, options) {
    const link = options.runLink?.(run);
    const name = run.runName || 'run';
    return `${link ? (0,markdown/* link */.nf)(name, link) : (0,markdown/* cell */.Hn)(name)} ${(0,markdown/* code */.aY)(run.runId.slice(0, 8))}`;
}
function headline(report, options) {
    const { metric } = report;
    if (!metric)
        return '_No run logged a metric to rank by._\n\n';
    const d = metric.direction;
    const better = d.direction === 'min' ? 'lower is better' : 'higher is better';
    const why = d.source === 'input' ? '' : d.source === 'name' ? ' (guessed from the name; set `direction` to change)' : ' (assumed; set `direction` to change)';
    const chosen = metric.source === 'auto' ? ` — chosen from what the runs logged (${metricChoiceRule}); set \`metric\` to change` : '';
    const lines = [`Ranked by ${(0,markdown/* code */.aY)(metric.key)}, ${better}${why}${chosen}. <sub>Ties: ${tieBreakRule}.</sub>`, ''];
    const value = (run) => {
        const v = run.latestMetrics.get(metric.key)?.value;
        return v === undefined ? 'not logged' : formatMetric(v);
    };
    if (report.best) {
        lines.push(`- 🏆 Best: **${runName(report.best, options)}** ${value(report.best)}`);
        const plots = plotsLine(report.best, options);
        if (plots)
            lines.push(plots);
    }
    else {
        lines.push(`- No finished run has a value of ${(0,markdown/* code */.aY)(metric.key)} to rank by.`);
    }
    const unranked = report.runs.filter((r) => !rankable(r) && r.latestMetrics.has(metric.key)).length;
    if (unranked > 0)
        lines.push(`- ${metrics_summary_plural(unranked, 'failed or killed run')} with ${(0,markdown/* code */.aY)(metric.key)} ${unranked === 1 ? 'is' : 'are'} listed but not ranked.`);
    const { baseline, candidate } = report;
    if (baseline?.run && candidate) {
        const c = metricValue(candidate.run, metric.key);
        const b = metricValue(baseline.run, metric.key);
        let verdict = '';
        if (c !== undefined && b !== undefined) {
            verdict = c === b ? ': the same' : `: ${formatChange(c, b)}, ${isBetter(c, b, d.direction) ? 'better ✅' : 'worse ⚠️'}`;
        }
        lines.push(`- ⚖️ Candidate **${runName(candidate.run, options)}** (${candidate.reason}) ${value(candidate.run)} vs ` +
            `baseline **${runName(baseline.run, options)}** (${(0,markdown/* cell */.Hn)(baseline.label)}) ${value(baseline.run)}${verdict}`);
    }
    else if (baseline) {
        // The note says why; name the other ways.
        lines.push(`- ⚖️ No baseline (${(0,markdown/* cell */.Hn)(baseline.label)}): ${(0,markdown/* cell */.Hn)(baseline.note ?? 'not found')}. Or set ${options.baselineSetting ?? 'the `baseline` input'} to ${baselineForms}.`);
    }
    else {
        lines.push(`- ⚖️ No baseline to compare with. ${baselineHint(report, options)}`);
    }
    if (baseline?.run && baseline.note)
        lines.push(`- ℹ️ ${(0,markdown/* cell */.Hn)(baseline.note)}`);
    return lines.join('\n') + '\n\n';
}
/** The best run's images (plots it logged), linked to the tracking server's artifact view when there is one. */
function plotsLine(run, options) {
    const images = run.artifacts.filter((a) => !a.isDir && imageTypes[/\.([^./]+)$/.exec(a.path)?.[1]?.toLowerCase() ?? ''] !== undefined);
    if (images.length === 0)
        return undefined;
    const link = options.runLink?.(run);
    const shown = images.slice(0, 6).map((a) => (link ? `[${(0,markdown/* code */.aY)(a.path)}](${link}/artifacts/${a.path.split('/').map(encodeURIComponent).join('/')})` : (0,markdown/* code */.aY)(a.path)));
    const more = images.length > shown.length ? ` and ${images.length - shown.length} more` : '';
    return `- 🖼️ Its plots: ${shown.join(', ')}${more} — previewed on its page in the dashboard${options.elsewhere ? ` (${options.elsewhere})` : ''}, under Artifacts.`;
}
const baselineForms = `a run id, ${(0,markdown/* code */.aY)('tag:KEY=VALUE')}, ${(0,markdown/* code */.aY)('branch:NAME')} or ${(0,markdown/* code */.aY)('base')}`;
/** How to get a baseline, said where there is none. */
function baselineHint(report, options) {
    const setting = options.baselineSetting ?? 'the `baseline` input';
    const tagged = report.runs.some((r) => r.tags.has(commitTag));
    const commit = tagged
        ? 'compare with the base branch'
        : `log runs with the ${(0,markdown/* code */.aY)(commitTag)} tag (MLflow sets it when the training script runs inside a git checkout), so that a pull request compares with the base branch's runs`;
    return `To get one, ${commit}, or set ${setting} to ${baselineForms}.`;
}
function runRow(report, run, depth, options, showEnv, others) {
    const marks = [
        run === report.best ? '🏆' : '',
        run === report.candidate?.run && run !== report.best ? '🎯' : '',
        run === report.baseline?.run ? '📌' : '',
    ].join('');
    const indent = depth > 0 ? `${'&nbsp;&nbsp;'.repeat(depth - 1)}↳ ` : '';
    const name = `${indent}${marks ? `${marks} ` : ''}${runName(run, options)}`;
    const duration = run.startTime !== null && run.endTime !== null && run.endTime >= run.startTime ? (0,units/* formatDuration */.a3)(run.endTime - run.startTime) : '';
    const params = report.params.map((p) => {
        const v = run.params.get(p);
        return v === undefined ? '' : (0,markdown/* cell */.Hn)(shorten(v, 30));
    });
    const baseline = report.baseline?.run;
    const metricCell = (key) => {
        const v = run.latestMetrics.get(key)?.value;
        if (v === undefined)
            return '';
        let text = formatMetric(v);
        if (key === report.metric?.key && run === report.best)
            text = `**${text}**`;
        const b = baseline && baseline !== run ? metricValue(baseline, key) : undefined;
        const change = b !== undefined ? formatChange(v, b) : '';
        return change ? `${text} (${change})` : text;
    };
    const row = [name];
    if (report.metric)
        row.push(metricCell(report.metric.key));
    row.push(...params, ...others.map(metricCell), statusText[run.status], duration);
    if (showEnv)
        row.push(environmentCell(report.environments.get(run.runId), baseline ? report.environments.get(baseline.runId) : undefined, run === baseline));
    return row;
}
function environmentCell(env, baseline, isBaseline) {
    if (!env)
        return '';
    const parts = [];
    if (env.commit)
        parts.push((0,markdown/* code */.aY)(env.commit.slice(0, 7)));
    if (env.envHash) {
        const differs = !isBaseline && baseline?.envHash !== undefined && baseline.envHash !== env.envHash;
        parts.push(`env ${(0,markdown/* code */.aY)(env.envHash.slice(0, 8))}${differs ? ' ≠ baseline' : ''}`);
    }
    if (env.requirements)
        parts.push((0,markdown/* code */.aY)(env.requirements));
    return parts.join(' · ');
}
function otherMetricsTable(report) {
    const keys = report.otherMetrics.slice(0, 12);
    const line = (cells) => `| ${cells.join(' | ')} |`;
    const out = [line(['Run', ...keys.map((k) => (0,markdown/* cell */.Hn)(k))]), line(['---', ...keys.map(() => '---')])];
    for (const row of report.rows) {
        const values = keys.map((k) => {
            const v = row.run.latestMetrics.get(k)?.value;
            return v === undefined ? '' : formatMetric(v);
        });
        if (values.some((v) => v !== ''))
            out.push(line([`${(0,markdown/* cell */.Hn)(row.run.runName || 'run')} ${(0,markdown/* code */.aY)(row.run.runId.slice(0, 8))}`, ...values]));
    }
    const left = report.otherMetrics.length - keys.length;
    return out.join('\n') + (left > 0 ? `\n\n_…and ${metrics_summary_plural(left, 'more metric')}._` : '');
}
function shorten(text, max) {
    const chars = [...text];
    return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : text;
}

;// CONCATENATED MODULE: ./shared/report/regression-gate.ts
// `fail-on-regression`: rules like `val/rmse:+2%` (fail when the candidate's val/rmse is more than 2% above the
// baseline's) or `accuracy:-0.01` (fail when accuracy fell by more than 0.01), comma- or line-separated.
// The sign says which change is worse: `+` a rise, `-` a fall. Without a sign the metric's direction decides (the
// `direction` input for the ranking metric, else a guess from the name: a rise is worse for a loss). A percentage is
// relative to the baseline's value; a plain number is absolute.



/** A rule that cannot be read: the message quotes it and says what a rule looks like. */
class RegressionRuleError extends Error {
}
const shape = 'expected <metric>:<tolerance> such as val/rmse:+2% or accuracy:-0.01';
/**
 * Parses the input. `directionOf` settles unsigned rules: for the ranking metric the caller passes the `direction`
 * input; other metrics fall back to their name.
 */
function parseRegressionRules(text, directionOf = guessDirection) {
    const rules = [];
    for (const raw of text.split(/[\n,]/)) {
        const item = raw.trim();
        if (!item || item.startsWith('#'))
            continue;
        // The last colon separates: metric keys may hold colons themselves.
        const colon = item.lastIndexOf(':');
        if (colon <= 0)
            throw new RegressionRuleError(`fail-on-regression "${item}": ${shape}`);
        const metric = item.slice(0, colon).trim();
        const limit = item.slice(colon + 1).trim();
        const m = /^([+-])?\s*(\d+(?:\.\d+)?|\.\d+)(?:e([+-]?\d+))?\s*(%)?$/i.exec(limit);
        if (!metric || !m)
            throw new RegressionRuleError(`fail-on-regression "${item}": "${limit}" is not a tolerance; ${shape}`);
        const tolerance = Number(`${m[2]}${m[3] !== undefined ? `e${m[3]}` : ''}`);
        if (!Number.isFinite(tolerance))
            throw new RegressionRuleError(`fail-on-regression "${item}": "${limit}" is too large a tolerance; ${shape}`);
        let worse;
        if (m[1]) {
            worse = m[1] === '+' ? 'rise' : 'fall';
        }
        else {
            const direction = directionOf(metric);
            if (!direction) {
                throw new RegressionRuleError(`fail-on-regression "${item}": cannot tell whether a rise or a fall of ${metric} is worse; write ${metric}:+${limit} (a rise is worse) or ${metric}:-${limit} (a fall is worse)`);
            }
            worse = direction === 'min' ? 'rise' : 'fall';
        }
        rules.push({ text: item, metric, worse, tolerance, relative: m[4] === '%' });
    }
    return rules;
}
/** Unsigned rules on the ranking metric follow the `direction` input; every other metric its name. */
function directionsFor(rankingMetric, direction) {
    return (metric) => (metric === rankingMetric && direction ? chooseDirection(metric, direction).direction : guessDirection(metric));
}
const who = (run) => `${run.runName || 'run'} (${run.runId})`;
function checkRegressions(rules, candidate, baseline) {
    return rules.map((rule) => {
        const c = candidate.latestMetrics.get(rule.metric)?.value;
        const b = baseline.latestMetrics.get(rule.metric)?.value;
        const result = (outcome, message) => ({
            rule,
            candidate,
            baseline,
            candidateValue: c,
            baselineValue: b,
            outcome,
            message,
        });
        const pair = `candidate ${who(candidate)} = ${c === undefined ? 'not logged' : formatMetric(c)}, baseline ${who(baseline)} = ${b === undefined ? 'not logged' : formatMetric(b)}`;
        if (c === undefined || b === undefined || !Number.isFinite(b)) {
            return result('skipped', `${rule.metric}: not compared (${pair})`);
        }
        // A candidate that ended in NaN or an infinity diverged: that is worse than any finite baseline.
        if (!Number.isFinite(c))
            return result('regressed', `${rule.metric} regressed to ${formatMetric(c)} (limit ${rule.text}): ${pair}`);
        const change = c - b;
        const worseBy = rule.worse === 'rise' ? change : -change;
        const allowed = rule.relative ? (Math.abs(b) * rule.tolerance) / 100 : rule.tolerance;
        const amount = rule.relative
            ? b === 0
                ? `${formatMetric(Math.abs(change))} from 0`
                : `${((Math.abs(change) / Math.abs(b)) * 100).toFixed(2)}%`
            : formatMetric(Math.abs(change));
        const verb = change > 0 ? 'rose' : 'fell';
        if (worseBy > allowed)
            return result('regressed', `${rule.metric} regressed: it ${verb} by ${amount}, more than ${rule.text.slice(rule.text.lastIndexOf(':') + 1).trim()} allows: ${pair}`);
        return result('ok', change === 0 ? `${rule.metric} unchanged: ${pair}` : `${rule.metric} ${verb} by ${amount}, within the limit: ${pair}`);
    });
}
/**
 * What keeps the store's content from deciding the gate, or undefined: errors while reading it (the candidate or the
 * baseline may be among the runs that could not be read) or no run at all in the reported experiments. The gate then
 * fails closed: missing data never passes it.
 */
function gateBlocker(runCount, diagnostics) {
    const errors = diagnostics.filter((d) => d.severity === 'error');
    if (errors.length > 0) {
        const more = errors.length > 1 ? ` (and ${errors.length - 1} more errors)` : '';
        return `fail-on-regression could not be evaluated: the store was not read completely: ${(0,shared_diagnostics/* formatDiagnostic */.x)(errors[0])}${more}`;
    }
    if (runCount === 0)
        return 'fail-on-regression could not be evaluated: no run was read from the store in the reported experiments';
    return undefined;
}
/**
 * The `regressed` output: `true` when a rule failed; `false` with no rules, or when every rule was compared in every
 * reported experiment and none failed; `unknown` when the gate could not decide (a blocker, an experiment without a
 * baseline or candidate, a metric one of the two runs did not log).
 */
function regressedOutput(rules, results, decided) {
    if (rules.length === 0)
        return 'false';
    if (results.some((r) => r.outcome === 'regressed'))
        return 'true';
    return decided && results.length > 0 && results.every((r) => r.outcome === 'ok') ? 'false' : 'unknown';
}

// EXTERNAL MODULE: ./shared/contained-path.ts
var contained_path = __webpack_require__(8315);
// EXTERNAL MODULE: ./shared/mlflow/artifacts.ts
var artifacts = __webpack_require__(5449);
;// CONCATENATED MODULE: ./shared/report/report-artifacts.ts
// The report as files (summary.md, runs.json, the dashboard) and, when asked, the runs' own artifacts, written into one
// folder (actions/publish-metrics uploads it; the CLI leaves it). Run artifacts are read through the store (which refuses `..` and
// symlinks leaving it), bounded per file and in total, and kept to names GitHub's artifact service accepts.





/** Characters the artifact service refuses in a file path (NTFS's), per @actions/artifact. */
const refusedInPath = /[":<>|*?\r\n]/;
/**
 * Writes `files` (relative `/`-separated path → content) under `dir`; a path leaving `dir`, by name or through a
 * symlink, is refused, and so is a file there that is a symlink.
 */
function writeFiles(dir, files) {
    const root = (0,external_node_path_.resolve)(dir);
    for (const [path, content] of files) {
        const target = (0,external_node_path_.resolve)(root, ...path.split('/'));
        if (!(0,contained_path/* isInside */.FK)(root, target) || target === root)
            throw new Error(`refusing to write ${JSON.stringify(path)} outside ${root}`);
        (0,contained_path/* writeFileInside */.gE)(root, target, content);
    }
}
/** Copies the matching artifacts of `runs` into `dir/<run id>/<artifact path>`. */
async function copyRunArtifacts(store, runs, dir, options) {
    const root = (0,external_node_path_.resolve)(dir);
    const matchers = options.patterns.map((p) => globToRegExp(p, { slashes: true }));
    const result = { files: 0, bytes: 0, skipped: [] };
    for (const run of runs) {
        for (const entry of run.artifacts) {
            if (entry.isDir || !matchers.some((m) => m.test(entry.path)))
                continue;
            const skip = (reason) => result.skipped.push({ runId: run.runId, path: entry.path, reason });
            if (refusedInPath.test(entry.path)) {
                skip('its name has a character GitHub artifacts refuse (" : < > | * ?)');
                continue;
            }
            if (entry.fileSize !== null && entry.fileSize > options.maxFileSize) {
                skip(`${entry.fileSize} bytes, over the ${options.maxFileSize}-byte limit per file`);
                continue;
            }
            if (entry.fileSize !== null && result.bytes + entry.fileSize > options.maxTotalSize) {
                skip(`the ${options.maxTotalSize}-byte limit for all run artifacts was reached`);
                continue;
            }
            let segments;
            let data;
            try {
                segments = (0,artifacts/* artifactPathSegments */.KV)(entry.path, run.runId);
                data = await store.readArtifact(run.runId, entry.path);
            }
            catch (error) {
                skip(error.message);
                continue;
            }
            // The listing's size may be stale or missing (REST); hold the limits to the bytes actually read.
            if (data.length > options.maxFileSize) {
                skip(`${data.length} bytes, over the ${options.maxFileSize}-byte limit per file`);
                continue;
            }
            if (result.bytes + data.length > options.maxTotalSize) {
                skip(`the ${options.maxTotalSize}-byte limit for all run artifacts was reached`);
                continue;
            }
            const target = (0,external_node_path_.resolve)(root, run.runId, ...segments);
            try {
                if (!(0,contained_path/* isInside */.FK)(root, target))
                    throw new Error('its path leaves the report folder');
                (0,contained_path/* writeFileInside */.gE)(root, target, data);
            }
            catch (error) {
                skip(error.message);
                continue;
            }
            result.files++;
            result.bytes += data.length;
        }
    }
    return result;
}
/** Every file under `dir`, absolute. */
function filesUnder(dir) {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => join(e.parentPath, e.name));
}
/** Validates an artifact name as the artifact service would, with the reason in words. */
function artifactNameProblem(name) {
    if (!name.trim())
        return 'it is empty';
    const bad = /[":<>|*?\r\n\\/]/.exec(name);
    return bad ? `it contains ${JSON.stringify(bad[0])}, which GitHub artifact names may not` : undefined;
}

;// CONCATENATED MODULE: ./shared/report/dashboard/client-script.ts
// The dashboard's browser script: assets/dashboard/ (browser TypeScript with its own tsconfig) bundled into one file by
// scripts/build-dashboard-client.mjs, which scripts/build.mjs runs before ncc and Jest runs before the tests. ncc
// copies the file beside each bundle that renders the page.

let cached;
/** The script for the page's one inline `<script>` block. */
function clientScript() {
    // ncc finds the file only while it can parse this module: plain syntax here (no `??=` and the like); the browser
    // test renders the page from an ncc bundle.
    if (cached === undefined)
        cached = (0,external_node_fs_.readFileSync)(__webpack_require__.ab + "dashboard-client.js", 'utf8');
    return cached;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./shared/report/dashboard/page-html.ts
// The dashboard's one HTML file: styles, the data as inert JSON, and the client script. A Content-Security-Policy
// allows exactly these inline blocks (by hash) and nothing from anywhere else, so the page makes no network request
// and, should escaping ever fail, injected markup could not run a script.

/** Text for HTML element content and attribute values. */
function escapeHtml(text) {
    return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
/**
 * JSON that can sit inside `<script type="application/json">`: `<` never appears raw, so neither `</script>` nor
 * `<!--` can end or change the block; JSON.parse reads `\u003c` back as `<`.
 */
function scriptSafeJson(json) {
    return json.replace(/</g, '\\u003c');
}
const sha256 = (text) => `'sha256-${(0,external_node_crypto_.createHash)('sha256').update(text, 'utf8').digest('base64')}'`;
function pageHtml(parts) {
    const { head, tail } = pageHtmlAround(parts);
    return `${head}${scriptSafeJson(parts.dataJson)}${tail}`;
}
/** The page before and after its data block's JSON (already script-safe), for writing a large page piece by piece. */
function pageHtmlAround(parts) {
    const policy = [
        "default-src 'none'",
        `script-src ${sha256(parts.script)}`,
        `style-src ${sha256(parts.css)}`,
        'img-src data:',
        "base-uri 'none'",
        "form-action 'none'",
    ].join('; ');
    const head = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="ml-hub publish-metrics">
<title>${escapeHtml(parts.title)}</title>
<style>${parts.css}</style>
</head>
<body>
<noscript><p class="noscript">This dashboard is drawn by JavaScript; enable it to see the runs.</p></noscript>
<div id="app"></div>
<script type="application/json" id="dashboard-data">`;
    const tail = `</script>
<script>${parts.script}</script>
</body>
</html>
`;
    return { head, tail };
}

;// CONCATENATED MODULE: ./shared/report/dashboard/downsample.ts
// Metric histories for the dashboard's charts: finite points in step order, cut to a point budget. A 1,000-run store
// can hold ten million points; the page stays loadable by keeping each series whole up to a shared cap and thinning
// longer ones with M4 (shared/report/downsample.ts), which keeps each bucket's first, last, lowest and highest point:
// the curve's shape, its spikes and its best value.

/** SQLite keeps ±Infinity as ±DBL_MAX and reads it back so; a chart treats it as the infinity it was. */
const DBL_MAX = 1.7976931348623157e308;
/** Finite points of a history, sorted by step (stable, so equal steps keep their logged order), and what was left out. */
function finitePoints(history) {
    const { values, steps, timestamps } = history;
    const n = values.length;
    let nan = 0;
    let posInf = 0;
    let negInf = 0;
    let sorted = true;
    for (let i = 0; i < n; i++) {
        const v = values[i];
        if (v !== v)
            nan++;
        else if (v >= DBL_MAX)
            posInf++;
        else if (v <= -DBL_MAX)
            negInf++;
        if (i > 0 && steps[i] < steps[i - 1])
            sorted = false;
    }
    // The usual history: all finite, in step order; its own columns serve.
    if (sorted && nan + posInf + negInf === 0)
        return { steps, values, timestamps, nan, posInf, negInf };
    const keep = [];
    for (let i = 0; i < n; i++) {
        const v = values[i];
        if (v === v && v < DBL_MAX && v > -DBL_MAX)
            keep.push(i);
    }
    if (!sorted)
        keep.sort((a, b) => steps[a] - steps[b] || a - b);
    return {
        steps: Float64Array.from(keep, (i) => steps[i]),
        values: Float64Array.from(keep, (i) => values[i]),
        timestamps: Float64Array.from(keep, (i) => timestamps[i]),
        nan,
        posInf,
        negInf,
    };
}
/** The chart series of a history: whole when it has at most `cap` finite points, thinned to `cap` otherwise. */
function chartSeries(history, cap) {
    const { steps, values, timestamps, nan, posInf, negInf } = finitePoints(history);
    if (steps.length <= cap)
        return { steps, values, timestamps, sampled: false, nan, posInf, negInf };
    const keep = m4Indices(steps, values, cap);
    return {
        steps: Float64Array.from(keep, (i) => steps[i]),
        values: Float64Array.from(keep, (i) => values[i]),
        timestamps: Float64Array.from(keep, (i) => timestamps[i]),
        sampled: true,
        nan,
        posInf,
        negInf,
    };
}
/**
 * The per-series cap: the largest c in [floor, max] with Σ min(length, c) ≤ budget, so short series stay whole and
 * long ones share what is left. When even `floor` overshoots, `floor` (a chart needs some points to show a shape).
 */
function pointsPerSeries(lengths, budget, max, floor) {
    const fits = (c) => {
        let sum = 0;
        for (const n of lengths)
            sum += n < c ? n : c;
        return sum <= budget;
    };
    if (fits(max))
        return max;
    let lo = Math.min(floor, max);
    let hi = max;
    while (lo < hi) {
        const mid = Math.floor((lo + hi + 1) / 2);
        if (fits(mid))
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo;
}

;// CONCATENATED MODULE: ./shared/report/dashboard/series-encoding.ts
// Chart series travel in the page as base64 of little-endian binary columns, not as JSON number lists: writing a
// double as decimal text is the slowest part of rendering a large store and takes about 20 characters a point, while
// base64 costs nearly nothing to write or parse and takes 5.3 characters for a 4-byte value. Values go as Float32
// (7 significant digits, more than a chart can show) unless one would not survive that; steps as Int32 unless one is
// not a 32-bit integer (MLflow allows 64-bit steps).
const FLT_MIN = 1.1754943508222875e-38;
function encode(count, size, write) {
    const bytes = Buffer.allocUnsafe(count * size);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    for (let i = 0; i < count; i++)
        write(view, i);
    return bytes.toString('base64');
}
function encodeSteps(steps) {
    let int32 = true;
    for (let i = 0; i < steps.length && int32; i++)
        int32 = (steps[i] | 0) === steps[i];
    return int32
        ? { type: 'i32', data: encode(steps.length, 4, (view, i) => view.setInt32(i * 4, steps[i], true)) }
        : { type: 'f64', data: encode(steps.length, 8, (view, i) => view.setFloat64(i * 8, steps[i], true)) };
}
/** Float32 when every value keeps its magnitude there (no overflow, no underflow into subnormals or zero). */
function encodeValues(values) {
    let float32 = true;
    for (let i = 0; i < values.length && float32; i++) {
        const v = values[i];
        const f = Math.abs(Math.fround(v));
        float32 = v === 0 || (f >= FLT_MIN && f !== Infinity);
    }
    return float32
        ? { type: 'f32', data: encode(values.length, 4, (view, i) => view.setFloat32(i * 4, values[i], true)) }
        : { type: 'f64', data: encode(values.length, 8, (view, i) => view.setFloat64(i * 8, values[i], true)) };
}

;// CONCATENATED MODULE: ./shared/report/dashboard/payload.ts
// The Runs model reduced to the dashboard's JSON payload (payload-types.ts): maps become pairs, non-finite latest
// values become MLflow's strings, histories are cut to the point budget, and text artifacts are attached to the entries
// of the runs they belong to.





const DEFAULT_MAX_POINTS_PER_SERIES = 1000;
const DEFAULT_MAX_TOTAL_POINTS = 500_000;
/** Enough that a thinned curve shows no stair-steps. */
const DEFAULT_MIN_POINTS_PER_SERIES = 500;
const pairs = (map) => [...map];
function buildPayload(model, options = {}) {
    const { data, runs } = payloadParts(model, options);
    data.runs = [...runs];
    return data;
}
/**
 * The payload with `runs` empty, and its runs one at a time: a large store's series, encoded, are most of the page, so
 * the page can be written run by run (dashboardHtml) without them all in memory. `data.sampling.sampledSeries` is
 * complete once the runs have been iterated.
 */
function payloadParts(model, options = {}) {
    const maxPerSeries = options.maxPointsPerSeries ?? DEFAULT_MAX_POINTS_PER_SERIES;
    const maxTotal = options.maxTotalPoints ?? DEFAULT_MAX_TOTAL_POINTS;
    const lengths = [];
    for (const run of model.runs)
        for (const h of run.metricHistories.values())
            lengths.push(h.values.length);
    const cap = pointsPerSeries(lengths, maxTotal, maxPerSeries, options.minPointsPerSeries ?? DEFAULT_MIN_POINTS_PER_SERIES);
    const sampling = { maxPointsPerSeries: maxPerSeries, maxTotalPoints: maxTotal, pointsPerSeries: cap, sampledSeries: 0 };
    const notes = [...(options.artifacts?.notes ?? [])];
    function* runs() {
        for (const run of model.runs) {
            const metrics = [];
            for (const [key, latest] of run.latestMetrics) {
                const history = run.metricHistories.get(key);
                const series = history
                    ? chartSeries(history, cap)
                    : { steps: [], values: [], timestamps: [], sampled: false, nan: 0, posInf: 0, negInf: 0 };
                const t0 = series.timestamps.length ? series.timestamps[0] : 0;
                if (series.sampled)
                    sampling.sampledSeries++;
                metrics.push({
                    key,
                    value: (0,mlflow_model/* truthFloat */.IV)(latest.value),
                    step: latest.step,
                    timestamp: latest.timestamp,
                    count: history?.values.length ?? 0,
                    points: series.steps.length,
                    steps: encodeSteps(series.steps),
                    values: encodeValues(series.values),
                    times: encodeSteps(Array.from(series.timestamps, (t) => t - t0)),
                    t0,
                    sampled: series.sampled,
                    nan: series.nan,
                    posInf: series.posInf,
                    negInf: series.negInf,
                });
            }
            const contents = options.artifacts?.byRun.get(run.runId);
            const artifacts = run.artifacts.map((a) => {
                const entry = { path: a.path, dir: a.isDir, size: a.fileSize };
                const content = contents?.get(a.path);
                if (content?.kind === 'text') {
                    entry.text = content.text;
                    if (content.truncated)
                        entry.truncated = true;
                }
                else if (content?.kind === 'image') {
                    entry.image = { mime: content.mime, base64: content.base64 };
                }
                else if (content?.kind === 'omitted') {
                    entry.omitted = content.reason;
                }
                return entry;
            });
            yield {
                id: run.runId,
                experimentId: run.experimentId,
                name: run.runName,
                user: run.userId,
                status: run.status,
                start: run.startTime,
                end: run.endTime,
                deleted: run.lifecycleStage === 'deleted',
                parentId: run.parentRunId,
                params: pairs(run.params),
                tags: pairs(run.tags),
                metrics,
                datasets: run.datasetInputs.map((d) => ({ ...d.dataset, tags: pairs(d.tags) })),
                modelInputs: [...run.modelInputs],
                modelOutputs: run.modelOutputs.map((o) => ({ modelId: o.modelId, step: o.step })),
                artifacts,
            };
        }
    }
    const data = {
        title: options.title ?? 'MLflow runs',
        generatedAt: options.generatedAt ?? null,
        store: { kind: model.store.kind, name: lastSegment(model.store.location) },
        metricDirections: [...new Set(model.runs.flatMap((r) => [...r.latestMetrics.keys()]))].map((key) => [
            key,
            [...(options.rankings?.values() ?? [])].find((r) => r.key === key)?.direction ?? chooseDirection(key, undefined).direction,
        ]),
        sampling,
        experiments: model.experiments.map((e) => {
            // The job summary's choice when given, else made the same way; ranked in the same order (run-ranking.ts).
            const active = model.runs.filter((r) => r.experimentId === e.experimentId && r.lifecycleStage === 'active');
            const auto = chooseMetric(active);
            const ranking = options.rankings?.get(e.experimentId) ?? (auto === undefined ? undefined : { key: auto, direction: chooseDirection(auto, undefined).direction, chosen: 'auto' });
            const value = (run) => (ranking && rankable(run) ? metricValue(run, ranking.key) : undefined);
            const order = ranking ? active.filter((r) => value(r) !== undefined).sort(compareRuns(value, ranking.direction)) : [];
            return {
                id: e.experimentId,
                name: e.name,
                deleted: e.lifecycleStage === 'deleted',
                created: e.creationTime,
                updated: e.lastUpdateTime,
                tags: pairs(e.tags),
                ranking: ranking ? { ...ranking, order: order.map((r) => r.runId) } : null,
            };
        }),
        runs: [],
        models: model.loggedModels.map((m) => ({
            id: m.modelId,
            name: m.name,
            experimentId: m.experimentId,
            status: m.status,
            type: m.modelType,
            sourceRunId: m.sourceRunId,
            created: m.creationTimestamp,
            params: pairs(m.params),
            tags: pairs(m.tags),
            metrics: m.metrics.map((p) => ({
                key: p.key,
                value: (0,mlflow_model/* truthFloat */.IV)(p.value),
                step: p.step,
                dataset: p.dataset ? `${p.dataset.name} (${p.dataset.digest})` : null,
            })),
        })),
        notes,
    };
    return { data, runs: runs() };
}
/** `mlruns` of `/home/sarah/wine/mlruns`, `mlflow.db` of a database path, the host of a server URL. */
function lastSegment(location) {
    if (/^https?:\/\//i.test(location)) {
        try {
            return new URL(location).host;
        }
        catch {
            return location;
        }
    }
    const parts = location.split(/[\\/]+/).filter((p) => p !== '');
    return parts.at(-1) ?? location;
}

;// CONCATENATED MODULE: ./shared/report/dashboard/styles.ts
// The dashboard's stylesheet: GitHub's look (Primer colours and system fonts), light and dark by the reader's setting.
// Plain CSS in a string: the page inlines it, and the Content-Security-Policy admits it by hash.
const DASHBOARD_CSS = `
:root {
  --fg: #1f2328; --muted: #59636e; --border: #d1d9e0; --border-soft: #e6eaef; --bg: #ffffff; --canvas: #f6f8fa;
  --accent: #0969da; --accent-soft: #ddf4ff; --ok: #1a7f37; --ok-soft: #dafbe1; --bad: #d1242f; --bad-soft: #ffebe9;
  --warn: #9a6700; --warn-soft: #fff8c5; --run: #0969da; --sched: #8250df; --sched-soft: #fbefff; --killed: #6e7781;
  --diff: #fff8c5; --grid: #eaeef2; --shadow: 0 1px 0 rgba(31,35,40,0.04);
  --mono: ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace;
}
@media (prefers-color-scheme: dark) {
  :root {
    --fg: #e6edf3; --muted: #9198a1; --border: #3d444d; --border-soft: #2a3038; --bg: #0d1117; --canvas: #151b23;
    --accent: #4493f8; --accent-soft: #15294a; --ok: #3fb950; --ok-soft: #12301d; --bad: #f85149; --bad-soft: #3b1618;
    --warn: #d29922; --warn-soft: #332a12; --run: #4493f8; --sched: #ab7df8; --sched-soft: #2b1f45; --killed: #9198a1;
    --diff: #3a3212; --grid: #262c36; --shadow: none;
  }
}
* { box-sizing: border-box; }
html { color-scheme: light dark; }
body { margin: 0; font: 14px/1.5 -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif, "Apple Color Emoji", "Segoe UI Emoji"; color: var(--fg); background: var(--canvas); }
a { color: var(--accent); text-decoration: none; }
a:hover { text-decoration: underline; }
h1 { font-size: 24px; font-weight: 600; margin: 0 0 4px; display: flex; align-items: center; gap: 10px; flex-wrap: wrap; overflow-wrap: anywhere; }
h2 { font-size: 16px; font-weight: 600; margin: 0 0 12px; }
.mono, code, pre { font-family: var(--mono); font-size: 12px; }
.muted { color: var(--muted); }
.small { font-size: 12px; }
.warn { color: var(--bad); }
.nowrap { white-space: nowrap; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
.noscript { padding: 24px; }
[hidden] { display: none !important; }

.topbar { display: flex; align-items: center; gap: 16px; padding: 12px 24px; background: #1f2328; color: #f0f6fc; position: sticky; top: 0; z-index: 5; }
.topbar a { color: #f0f6fc; }
.brand { font-weight: 600; font-size: 16px; white-space: nowrap; }
.crumbs { display: flex; gap: 8px; align-items: center; min-width: 0; flex-wrap: wrap; color: #9198a1; }
.crumbs a { color: #d1d9e0; }
.crumbs [aria-current] { color: #f0f6fc; font-weight: 600; overflow-wrap: anywhere; }
.crumbs .sep { color: #59636e; }
main { max-width: 1360px; margin: 0 auto; padding: 24px; }
.footer { max-width: 1360px; margin: 0 auto; padding: 8px 24px 32px; font-size: 12px; }
.page-head { margin-bottom: 16px; }
.page-head .sub { color: var(--muted); font-size: 13px; }

.card { background: var(--bg); border: 1px solid var(--border); border-radius: 6px; padding: 16px; margin-bottom: 16px; box-shadow: var(--shadow); min-width: 0; }
.card-title { font-size: 15px; }
.two-col { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 16px; }
.two-col > .card { margin-bottom: 0; }
.two-col { margin-bottom: 16px; }
@media (max-width: 900px) { .two-col { grid-template-columns: 1fr; } }
.empty { color: var(--muted); margin: 8px 0; }
.notice { background: var(--warn-soft); border: 1px solid var(--border); border-radius: 6px; padding: 8px 12px; margin: 0 0 12px; }
.note { white-space: pre-wrap; overflow-wrap: anywhere; background: var(--bg); border-left: 3px solid var(--border); padding: 4px 12px; margin-bottom: 16px; color: var(--fg); }
.card .note { margin-bottom: 0; }

.badge { display: inline-block; font-size: 12px; font-weight: 500; line-height: 18px; padding: 0 8px; border-radius: 2em; border: 1px solid transparent; white-space: nowrap; vertical-align: middle; }
.status-finished { color: var(--ok); background: var(--ok-soft); border-color: color-mix(in srgb, var(--ok) 30%, transparent); }
.status-failed { color: var(--bad); background: var(--bad-soft); border-color: color-mix(in srgb, var(--bad) 30%, transparent); }
.status-running { color: var(--run); background: var(--accent-soft); border-color: color-mix(in srgb, var(--run) 30%, transparent); }
.status-scheduled { color: var(--sched); background: var(--sched-soft); border-color: color-mix(in srgb, var(--sched) 30%, transparent); }
.status-killed { color: var(--killed); background: var(--canvas); border-color: var(--border); }
.badge.deleted { color: var(--muted); background: var(--canvas); border-color: var(--border); text-decoration: line-through; }
.badge.context { color: var(--accent); background: var(--accent-soft); margin-left: 8px; }
h1 .badge { font-size: 12px; }

.stats { display: flex; gap: 12px; flex-wrap: wrap; margin: 12px 0 16px; }
.stat { background: var(--bg); border: 1px solid var(--border); border-radius: 6px; padding: 10px 16px; min-width: 140px; }
.stat-value { font-size: 20px; font-weight: 600; font-variant-numeric: tabular-nums; overflow-wrap: anywhere; }
.stat-label { color: var(--muted); font-size: 12px; }

.toolbar { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; margin: 0 0 12px; }
.toolbar .spacer { flex: 1; }
.toolbar .hint { font-size: 12px; }
input[type=search], select { font: inherit; color: var(--fg); background: var(--bg); border: 1px solid var(--border); border-radius: 6px; padding: 5px 10px; }
input[type=search] { min-width: 280px; }
.filter { margin-bottom: 8px; }
.toolbar .filter { margin-bottom: 0; }
input[type=search]:focus, select:focus, button:focus-visible, a:focus-visible, summary:focus-visible { outline: 2px solid var(--accent); outline-offset: -1px; }
.button, button.button { display: inline-flex; align-items: center; gap: 6px; font: inherit; font-size: 13px; font-weight: 500; color: var(--fg); background: var(--canvas); border: 1px solid var(--border); border-radius: 6px; padding: 4px 12px; cursor: pointer; white-space: nowrap; user-select: none; }
.button:hover { background: var(--border-soft); text-decoration: none; }
.button.primary { color: #fff; background: #1f883d; border-color: rgba(31,35,40,0.15); }
.button.primary:hover { background: #1c8139; }
.button.disabled, button:disabled { opacity: 0.55; cursor: default; pointer-events: none; }
.link-button { font: inherit; font-size: 12px; color: var(--accent); background: none; border: 0; padding: 0; cursor: pointer; }
label.check { display: inline-flex; align-items: center; gap: 4px; white-space: nowrap; cursor: pointer; }
.column-chooser { position: relative; }
.column-chooser > summary { list-style: none; }
.column-chooser > summary::-webkit-details-marker { display: none; }
.column-chooser .menu { position: absolute; z-index: 4; top: 34px; left: 0; background: var(--bg); border: 1px solid var(--border); border-radius: 6px; padding: 8px 12px; box-shadow: 0 8px 24px rgba(66,74,83,0.2); max-height: 360px; overflow: auto; min-width: 260px; }
.column-chooser fieldset { border: 0; margin: 0 0 8px; padding: 0; display: flex; flex-direction: column; }
.column-chooser legend { font-weight: 600; padding: 0; margin-bottom: 4px; }
.column-chooser .menu > label.check { display: flex; }

.exp-grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(300px, 1fr)); gap: 16px; margin-bottom: 24px; }
.exp-card { background: var(--bg); border: 1px solid var(--border); border-radius: 6px; padding: 16px; display: flex; flex-direction: column; gap: 6px; box-shadow: var(--shadow); }
.exp-card:hover { border-color: var(--accent); }
.exp-card.is-deleted { opacity: 0.75; border-style: dashed; }
.exp-card-head { display: flex; align-items: center; gap: 8px; }
.exp-name { font-size: 16px; font-weight: 600; overflow-wrap: anywhere; }
.exp-id { color: var(--muted); font-size: 11px; }
.exp-note { margin: 0; color: var(--muted); font-size: 13px; white-space: pre-wrap; overflow-wrap: anywhere; }
.exp-facts { margin: 4px 0; display: grid; gap: 2px; }
.exp-facts > div { display: grid; grid-template-columns: 76px 1fr; gap: 8px; }
.exp-facts dt { color: var(--muted); }
.exp-facts dd { margin: 0; min-width: 0; overflow-wrap: anywhere; }
.best strong { font-variant-numeric: tabular-nums; }
.outcome-bar { display: flex; height: 6px; border-radius: 3px; overflow: hidden; background: var(--border-soft); margin-top: auto; gap: 1px; }
.outcome-bar .seg { display: block; flex-basis: 0; }
.seg.status-finished { background: var(--ok); }
.seg.status-failed { background: var(--bad); }
.seg.status-running { background: var(--run); }
.seg.status-scheduled { background: var(--sched); }
.seg.status-killed { background: var(--killed); }

table.data, table.pairs { border-collapse: separate; border-spacing: 0; width: 100%; font-size: 13px; }
table.data th, table.data td, table.pairs th, table.pairs td { padding: 6px 10px; border-bottom: 1px solid var(--border-soft); text-align: left; vertical-align: top; }
table.data thead th, table.pairs thead th { background: var(--canvas); color: var(--muted); font-weight: 600; font-size: 12px; border-bottom: 1px solid var(--border); position: sticky; top: 0; }
table.data td.num, table.data th.num { text-align: right; }
table.data tbody tr:hover td { background: color-mix(in srgb, var(--accent-soft) 45%, transparent); }
table.pairs th.key, table.data th.key { font-family: var(--mono); font-size: 12px; font-weight: 500; color: var(--fg); white-space: nowrap; width: 1%; max-width: 320px; overflow: hidden; text-overflow: ellipsis; }
table.pairs td { overflow-wrap: anywhere; }
.value { white-space: pre-wrap; overflow-wrap: anywhere; font-family: var(--mono); font-size: 12px; }
.long-value { display: flex; flex-direction: column; align-items: flex-start; gap: 2px; }
.table-scroll { overflow: auto; max-width: 100%; border: 1px solid var(--border); border-radius: 6px; background: var(--bg); }
.table-scroll table.data tbody tr:last-child td { border-bottom: 0; }
.table-host { margin-bottom: 16px; }
.count-line { font-size: 12px; margin: -4px 0 8px; }
.runs-table { min-width: 100%; width: max-content; }
.runs-table .group-row th { background: var(--bg); border-bottom: 0; text-transform: uppercase; font-size: 11px; letter-spacing: .04em; padding-bottom: 0; }
.runs-table .group-row th.group-metric { color: var(--accent); border-top: 2px solid var(--accent); }
.runs-table .group-row th.group-param { color: var(--sched); border-top: 2px solid var(--sched); }
.runs-table thead tr:last-child th { top: 0; }
.runs-table th.sortable { padding: 0; }
.sort-button { font: inherit; color: inherit; background: none; border: 0; padding: 6px 10px; width: 100%; text-align: inherit; cursor: pointer; display: flex; gap: 4px; align-items: center; white-space: nowrap; }
th.num .sort-button { justify-content: flex-end; }
th[aria-sort=ascending], th[aria-sort=descending] { color: var(--fg) !important; }
.sort-mark { font-size: 10px; color: var(--accent); }
.select-col { width: 32px; padding-right: 0 !important; }
.name-cell { white-space: nowrap; }
.tree-toggle { font: inherit; width: 20px; background: none; border: 0; color: var(--muted); cursor: pointer; padding: 0; }
.tree-spacer { display: inline-block; width: 20px; }
.child-count { display: inline-block; margin-left: 6px; font-size: 11px; color: var(--muted); background: var(--canvas); border: 1px solid var(--border); border-radius: 2em; padding: 0 6px; }
tr.child .name-cell { border-left: 0; }
tr.context td { opacity: 0.55; }
.run-link { font-weight: 500; overflow-wrap: anywhere; }
.show-more { margin-top: 8px; }
.top-chart .chart { border: 0; padding: 0; margin: 0; }
.tags-details { margin-bottom: 16px; }
.tags-details > summary, .system-tags > summary { cursor: pointer; color: var(--muted); margin-bottom: 8px; }

.tabs { display: flex; gap: 4px; border-bottom: 1px solid var(--border); margin-bottom: 16px; }
.tab { padding: 8px 14px; color: var(--fg); border-bottom: 2px solid transparent; margin-bottom: -1px; display: inline-flex; gap: 6px; align-items: center; }
.tab:hover { text-decoration: none; border-bottom-color: var(--border); }
.tab.active { font-weight: 600; border-bottom-color: #fd8c73; }
.tab .count { font-size: 12px; background: var(--border-soft); border-radius: 2em; padding: 0 7px; color: var(--fg); }
dl.facts { margin: 0; display: grid; gap: 0; }
dl.facts > div { display: grid; grid-template-columns: 120px minmax(0, 1fr); gap: 12px; padding: 5px 0; border-bottom: 1px solid var(--border-soft); }
dl.facts > div:last-child { border-bottom: 0; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; overflow-wrap: anywhere; }
dl.facts.compact > div { padding: 2px 0; border: 0; grid-template-columns: 100px minmax(0, 1fr); }
.child-links { display: flex; flex-wrap: wrap; gap: 4px 12px; }
.dataset { border: 1px solid var(--border-soft); border-radius: 6px; padding: 10px 12px; margin-bottom: 8px; }
.dataset-head { margin-bottom: 4px; }
.dataset details summary { cursor: pointer; color: var(--accent); font-size: 13px; }
pre.code.small { max-height: 240px; overflow: auto; background: var(--canvas); padding: 8px; border-radius: 6px; margin: 4px 0; }

.chart-grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(440px, 1fr)); gap: 16px; }
.chart { margin: 0; background: var(--bg); border: 1px solid var(--border); border-radius: 6px; padding: 10px 12px 8px; min-width: 0; }
.card .chart { border-color: var(--border-soft); }
.chart-head { display: flex; align-items: center; justify-content: space-between; gap: 8px; margin-bottom: 4px; }
.chart-title { font-family: var(--mono); font-size: 12px; font-weight: 600; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.chart-tools { display: flex; gap: 4px; }
.chart-tools button, .chart-tools select { font: inherit; font-size: 11px; color: var(--muted); background: var(--canvas); border: 1px solid var(--border); border-radius: 4px; padding: 1px 8px; cursor: pointer; }
.chart-tools button[aria-pressed=true] { color: var(--accent); border-color: var(--accent); background: var(--accent-soft); }
.chart-body { position: relative; }
.chart-svg, .pc-svg { display: block; width: 100%; height: auto; user-select: none; }
.chart-svg .grid { stroke: var(--grid); stroke-width: 1; }
.chart-svg .frame { fill: none; stroke: var(--border); }
.chart-svg .tick, .pc-svg .tick { fill: var(--muted); font-size: 10.5px; font-family: var(--mono); }
.chart-svg .empty-plot { fill: var(--muted); font-size: 13px; }
.chart-svg .axis-label { fill: var(--muted); font-size: 10.5px; }
.chart-svg .series { fill: none; stroke-width: 1.6; stroke-linejoin: round; stroke-linecap: round; }
.chart-svg .series.raw { stroke-width: 1; opacity: 0.25; }
.chart-svg .crosshair { stroke: var(--muted); stroke-dasharray: 3 3; }
.chart-svg .chart-brush { fill: color-mix(in srgb, var(--accent) 14%, transparent); stroke: var(--accent); stroke-width: 1; }
.chart-svg .chart-overlay { fill: transparent; cursor: crosshair; }
.chart-notes { min-height: 4px; }
.chart-note { font-size: 12px; color: var(--muted); }
.chart-hint { position: absolute; left: 50%; top: 40%; transform: translateX(-50%); background: rgba(31,35,40,0.85); color: #fff; font-size: 12px; padding: 4px 10px; border-radius: 6px; pointer-events: none; }
.chart-tooltip { position: absolute; z-index: 3; pointer-events: none; background: var(--bg); border: 1px solid var(--border); border-radius: 6px; box-shadow: 0 8px 24px rgba(66,74,83,0.2); padding: 6px 8px; font-size: 12px; min-width: 140px; max-width: 320px; }
.tooltip-head { font-weight: 600; margin-bottom: 2px; }
.tooltip-row { display: flex; align-items: center; gap: 6px; }
.tooltip-label { flex: 1; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.tooltip-value { font-family: var(--mono); font-variant-numeric: tabular-nums; }
.swatch { display: inline-block; width: 10px; height: 10px; border-radius: 2px; flex: none; margin-right: 4px; vertical-align: baseline; }
.chart-legend { display: flex; flex-wrap: wrap; gap: 2px 10px; margin-top: 4px; }
.legend-item { font: inherit; font-size: 12px; color: var(--fg); background: none; border: 0; padding: 0; cursor: pointer; display: inline-flex; align-items: center; }
.legend-item.off { color: var(--muted); text-decoration: line-through; }
.legend-item.off .swatch { opacity: 0.3; }

.pc { position: relative; }
.pc-scroll { overflow-x: auto; }
.pc-svg { width: auto; max-width: none; }
.pc-line { fill: none; stroke-width: 2; stroke-opacity: 0.85; cursor: pointer; }
.pc-lines.hovering .pc-line { stroke-opacity: 0.25; }
.pc-lines .pc-line.hover { stroke-opacity: 1; stroke-width: 3.5; }
.pc-line.filtered-out { stroke: var(--border) !important; stroke-opacity: 0.35; }
.pc-axis-line { stroke: var(--fg); stroke-width: 1.2; }
.pc-tick { stroke: var(--fg); }
.pc-axis-title { fill: var(--fg); font-size: 12px; font-weight: 600; font-family: var(--mono); }
.pc-axis-kind { fill: var(--muted); font-size: 10px; }
.pc-band { fill: transparent; cursor: ns-resize; }
.pc-brush { fill: color-mix(in srgb, var(--accent) 25%, transparent); stroke: var(--accent); }
.pc-colorbar { stroke: var(--border); }
tr.differs th, tr.differs td { background: var(--diff); }
.diff-table td { min-width: 140px; }
td.best { font-weight: 700; color: var(--ok); }

.artifacts { display: grid; grid-template-columns: minmax(240px, 320px) minmax(0, 1fr); gap: 16px; align-items: start; }
@media (max-width: 900px) { .artifacts { grid-template-columns: 1fr; } }
.artifacts .card { margin-bottom: 0; }
.tree-head { font-size: 12px; margin-bottom: 8px; }
ul.tree, ul.tree ul { list-style: none; margin: 0; padding: 0; }
ul.tree ul { padding-left: 16px; }
ul.tree li { margin: 0; }
.tree-file, .tree-dir summary { display: flex; gap: 8px; align-items: baseline; padding: 2px 6px; border-radius: 4px; }
.tree-file a { flex: 1; min-width: 0; overflow-wrap: anywhere; color: var(--fg); }
.tree-file[data-kind=text] a { color: var(--accent); }
.tree-file.selected { background: var(--accent-soft); }
.tree-dir summary { cursor: pointer; list-style: none; }
.tree-dir summary::-webkit-details-marker { display: none; }
.tree-dir .tree-name { flex: 1; font-weight: 500; }
.tree-icon { color: var(--muted); font-size: 10px; display: inline-block; transition: transform .1s; }
.tree-dir > details[open] > summary .tree-icon { transform: rotate(90deg); }
.size { color: var(--muted); font-size: 12px; white-space: nowrap; font-variant-numeric: tabular-nums; }
.viewer-head { display: flex; gap: 12px; align-items: baseline; flex-wrap: wrap; padding-bottom: 8px; border-bottom: 1px solid var(--border-soft); margin-bottom: 8px; }
.viewer-path { font-weight: 600; overflow-wrap: anywhere; }
.viewer-head label.check { margin-left: auto; font-size: 12px; }
.image-view { background: var(--canvas); border-radius: 6px; padding: 8px; text-align: center; overflow: auto; max-height: 80vh; }
.image-view img { max-width: 100%; height: auto; background: #fff; }
.code-view { display: flex; max-height: 70vh; overflow: auto; background: var(--canvas); border-radius: 6px; font-size: 12px; }
.code-view pre { margin: 0; padding: 8px 10px; line-height: 1.5; }
.code-view .gutter { color: var(--muted); text-align: right; user-select: none; border-right: 1px solid var(--border); flex: none; }
.code-view .code { flex: 1; white-space: pre; }
.code-view.wrapped .gutter { display: none; }
.code-view.wrapped .code { white-space: pre-wrap; overflow-wrap: anywhere; }
`;

;// CONCATENATED MODULE: ./shared/report/dashboard/index.ts
// The static dashboard: the Runs model as a self-contained site (one index.html: data, script and styles inline, no
// request to anywhere) that works from file:// and from any GitHub Pages path. Text artifacts are read beforehand with
// `collectArtifactTexts` (reading is async, rendering is not).
//
// Metric histories are cut to keep a large store loadable: a series with up to `maxPointsPerSeries` (1,000) finite
// points is kept whole; when all series together would pass `maxTotalPoints` (500,000), the per-series cap drops to
// the largest value that fits (never under 500, so that no curve shows stair-steps) and longer series are thinned with
// M4 (../downsample.ts), which keeps each bucket's first, last, lowest and highest point. Points travel as base64
// Float32/Int32 columns (series-encoding.ts): 1,000 runs × 10 metrics × 1,000 steps become 500 points a series.





/** The site's files by relative path: just `index.html`. */
function renderDashboard(model, options = {}) {
    return new Map([['index.html', [...dashboardHtml(model, options)].join('')]]);
}
/**
 * index.html in pieces, a run's data at a time, so that a large store's page can be written without being held
 * whole (its encoded series are most of it). Joined, the pieces are the page renderDashboard returns.
 */
function* dashboardHtml(model, options = {}) {
    const { data, runs } = payloadParts(model, {
        title: options.title,
        generatedAt: options.generatedAt,
        rankings: options.rankings,
        artifacts: options.artifacts,
        maxPointsPerSeries: options.maxPointsPerSeries,
        maxTotalPoints: options.maxTotalPoints,
    });
    const { head, tail } = pageHtmlAround({ title: data.title, css: DASHBOARD_CSS, script: clientScript() });
    yield head;
    // JSON of `data` with its runs spliced in; `sampling` last, once the runs have counted their sampled series.
    const { runs: _none, sampling, ...rest } = data;
    yield `${scriptSafeJson(JSON.stringify(rest).slice(0, -1))},"runs":[`;
    let first = true;
    for (const run of runs) {
        yield `${first ? '' : ','}${scriptSafeJson(JSON.stringify(run))}`;
        first = false;
    }
    yield `],"sampling":${JSON.stringify(sampling)}}`;
    yield tail;
}

;// CONCATENATED MODULE: ./shared/report/report-files.ts
// The report's files, the same for the action's artifact and `ml-hub report --out`: summary.md (what the job summary
// shows), runs.json (the verdicts per experiment and the runs in the truth.json shape, without full metric histories,
// which the dashboard carries) and dashboard/ (the static site).



/** The model cut down to the experiments reported (the dashboard and runs.json show what the summary shows). */
function reportedModel(model, reports) {
    const ids = new Set(reports.map((r) => r.experiment.experimentId));
    return {
        store: model.store,
        experiments: model.experiments.filter((e) => ids.has(e.experimentId)),
        runs: model.runs.filter((r) => ids.has(r.experimentId)),
        loggedModels: model.loggedModels.filter((m) => ids.has(m.experimentId)),
    };
}
const runRef = (run) => (run ? { run_id: run.runId, run_name: run.runName } : null);
function reportJson(model, reports, regressions = []) {
    // Without histories: a point object per logged value is what made runs.json cost most of a large report's memory.
    const truth = (0,mlflow_model/* toTruthJson */.Jn)(reportedModel(model, reports), { histories: false });
    return {
        store: model.store,
        experiments: reports.map((r) => {
            const metric = r.metric?.key;
            const valued = (run) => run ? { ...runRef(run), value: metric ? (0,mlflow_model/* truthFloat */.IV)(run.latestMetrics.get(metric)?.value ?? NaN) : null } : null;
            return {
                experiment_id: r.experiment.experimentId,
                name: r.experiment.name,
                metric: metric ?? null,
                direction: r.metric?.direction.direction ?? null,
                direction_source: r.metric?.direction.source ?? null,
                runs: r.runs.length,
                best: valued(r.best),
                candidate: r.candidate ? { ...valued(r.candidate.run), reason: r.candidate.reason } : null,
                baseline: r.baseline ? { ...(valued(r.baseline.run) ?? {}), label: r.baseline.label, note: r.baseline.note ?? null } : null,
                ranked: r.ranked.map((run) => ({ ...runRef(run), value: metric ? metricValue(run, metric) : null })),
            };
        }),
        regressions: regressions.map((g) => ({
            rule: g.rule.text,
            metric: g.rule.metric,
            outcome: g.outcome,
            candidate: { ...runRef(g.candidate), value: g.candidateValue === undefined ? null : (0,mlflow_model/* truthFloat */.IV)(g.candidateValue) },
            baseline: { ...runRef(g.baseline), value: g.baselineValue === undefined ? null : (0,mlflow_model/* truthFloat */.IV)(g.baselineValue) },
            message: g.message,
        })),
        runs: truth.runs,
        logged_models: truth.logged_models,
    };
}
/** The dashboard's files, under `dashboard/`, with the text artifacts of the runs read through the store. */
async function dashboardFiles(input) {
    const pieces = await dashboardFilePieces(input);
    return new Map([...pieces].map(([path, content]) => [path, typeof content === 'string' || Buffer.isBuffer(content) ? content : [...content].join('')]));
}
/**
 * The same files, index.html as pieces made while it is written (dashboardHtml): a large store's page is never held
 * whole. Iterate each content once.
 */
async function dashboardFilePieces(input) {
    const artifacts = await collectArtifactTexts(input.model, input.store);
    const rankings = new Map((input.reports ?? []).flatMap((r) => r.metric ? [[r.experiment.experimentId, { key: r.metric.key, direction: r.metric.direction.direction, chosen: r.metric.source }]] : []));
    return new Map([['dashboard/index.html', dashboardHtml(input.model, { title: input.title, artifacts, rankings })]]);
}
/** summary.md and runs.json, plus the dashboard's files when given. */
function reportFiles(summary, json, dashboard) {
    const files = new Map([
        ['summary.md', summary],
        ['runs.json', `${JSON.stringify(json, null, 2)}\n`],
    ]);
    for (const [path, content] of dashboard ?? [])
        files.set(path, content);
    return files;
}

;// CONCATENATED MODULE: ./shared/report/publish-metrics.ts
// The publish-metrics pipeline: a store read → a report per experiment → the regression gate on each → the summary
// and the report folder (summary.md, runs.json, the dashboard, chosen run artifacts). The action and `ml-hub report`
// both call it; they differ in how they name their settings, where the folder goes, and how they show the result. What
// only a runner can do (the pull request comment) comes in as a port. Problems reading the store are diagnostics; the
// other runs are still reported.











/** Run artifacts copied into the report, in all. */
const maxRunArtifactsTotal = 500 * 1024 * 1024;
/** The best run overall: across experiments when the user named the metric (one scale), else the first one's. */
function overallBest(reports, metricGiven) {
    const bests = reports.flatMap((r) => (r.best && r.metric ? [{ run: r.best, value: metricValue(r.best, r.metric.key), direction: r.metric.direction.direction }] : []));
    if (!metricGiven || bests.length <= 1)
        return bests[0];
    // One scale: the same order as within an experiment, ties included.
    const valueOf = new Map(bests.map((b) => [b.run, b.value]));
    const run = bests.map((b) => b.run).sort(compareRuns((r) => valueOf.get(r), bests[0].direction))[0];
    return { run, value: valueOf.get(run) };
}
/** The gate, per experiment: the candidate against the baseline. */
function runGate(reports, rules, baselineSetting) {
    const results = [];
    const experimentOf = new Map();
    const warnings = [];
    if (rules.length === 0)
        return { results, experimentOf, warnings };
    for (const report of reports) {
        const name = report.experiment.name;
        if (!report.baseline?.run || !report.candidate) {
            const why = !report.baseline ? `no baseline was named (${baselineSetting})` : (report.baseline.note ?? 'no candidate run has the metric');
            warnings.push(`${name}: fail-on-regression not checked: ${why}`);
            continue;
        }
        for (const result of checkRegressions(rules, report.candidate.run, report.baseline.run)) {
            results.push(result);
            experimentOf.set(result, name);
            if (result.outcome === 'skipped')
                warnings.push(`${name}: ${result.message}`);
        }
    }
    return { results, experimentOf, warnings };
}
function storeLine(model, reports, root) {
    const kind = { file: 'file store', sqlite: 'SQLite store', rest: 'tracking server' }[model.store.kind];
    const location = model.store.kind === 'rest' ? model.store.location : external_node_path_default().relative(root, model.store.location) || '.';
    const runs = reports.reduce((n, r) => n + r.runs.length, 0);
    return `<sub>${runs} run${runs === 1 ? '' : 's'} in ${reports.length} experiment${reports.length === 1 ? '' : 's'} from the ${kind} ${(0,markdown/* code */.aY)(location)}</sub>\n\n`;
}
function gateLines(results, experimentOf, blocker) {
    if (results.length === 0 && !blocker)
        return '';
    const lines = results.map((r) => {
        const icon = r.outcome === 'regressed' ? '❌' : r.outcome === 'ok' ? '✅' : '➖';
        return `- ${icon} ${(0,markdown/* cell */.Hn)(experimentOf.get(r) ?? '')}: ${(0,markdown/* cell */.Hn)(r.message)}`;
    });
    if (blocker)
        lines.unshift(`- ⛔ ${(0,markdown/* cell */.Hn)(blocker)}`);
    return `**Regression gate**\n\n${lines.join('\n')}\n\n`;
}
/** A rendering failure, told apart from a failure to write (a refused path), which is not the dashboard's. */
class DashboardError extends Error {
}
function* rendering(pieces) {
    try {
        yield* pieces;
    }
    catch (error) {
        throw new DashboardError(error.message);
    }
}
/** Writes dashboard/ into `dir`; a dashboard that cannot be drawn is a message, and leaves no half-written page. */
async function writeDashboard(dir, input) {
    const page = external_node_path_default().join(dir, 'dashboard', 'index.html');
    try {
        let files;
        try {
            files = await dashboardFilePieces(input);
        }
        catch (error) {
            throw new DashboardError(error.message);
        }
        writeFiles(dir, new Map([...files].map(([name, content]) => [name, typeof content === 'string' || Buffer.isBuffer(content) ? content : rendering(content)])));
        return undefined;
    }
    catch (error) {
        if (!(error instanceof DashboardError))
            throw error;
        (0,external_node_fs_.rmSync)(page, { force: true });
        const folder = external_node_path_default().dirname(page);
        try {
            if ((0,external_node_fs_.readdirSync)(folder).length === 0)
                (0,external_node_fs_.rmdirSync)(folder);
        }
        catch {
            // Never created.
        }
        return error.message;
    }
}
/** The runs whose artifacts a report carries: the charted, the top ranked, each candidate and baseline. */
function reportedRuns(reports, top) {
    const runs = new Set();
    for (const r of reports) {
        for (const chart of r.charts)
            chart.runs.forEach((run) => runs.add(run));
        r.ranked.slice(0, top).forEach((run) => runs.add(run));
        if (r.candidate)
            runs.add(r.candidate.run);
        if (r.baseline?.run)
            runs.add(r.baseline.run);
    }
    return [...runs];
}
async function publishMetrics(store, options) {
    const { rules, settings, pullRequest, outDir, prepareOutDir, displayRoot, elsewhere, dashboard, runArtifacts, comment, ...reportOptions } = options;
    const read = await store.read();
    const { model, diagnostics } = read;
    const unreadable = (0,mlflow_store/* storeReadFailure */.W)(read);
    // Nothing was read: no report, no comment over the last good one, and a gate that fails closed.
    if (unreadable)
        return { unreadable, diagnostics: diagnostics.filter((d) => d !== unreadable) };
    // On a pull request, compare with the base branch by default, when runs say which commit they ran at.
    if (!reportOptions.baseline && pullRequest && model.runs.some((r) => r.tags.has(commitTag)))
        reportOptions.baseline = { kind: 'base' };
    const { experiments: reports, unmatched } = await buildReports(model, reportOptions);
    const gate = runGate(reports, rules, settings.baseline);
    const runCount = reports.reduce((n, r) => n + r.runs.length, 0);
    const blocker = rules.length > 0 ? gateBlocker(runCount, diagnostics) : undefined;
    const warnings = [];
    for (const pattern of unmatched) {
        warnings.push({ level: 'warning', title: 'ml-hub: experiments', message: `${settings.experiments}: "${pattern}" matches no experiment in the store` });
    }
    for (const message of gate.warnings)
        warnings.push({ level: 'warning', title: 'ml-hub: regression gate', message });
    if (runCount === 0 && !blocker) {
        const where = model.runs.length > 0 ? `in the experiments named by ${settings.experiments}` : 'in the store';
        warnings.push({ level: 'warning', title: 'ml-hub: no runs', message: `No run to report ${where}.` });
    }
    (prepareOutDir ?? ((dir) => (0,external_node_fs_.mkdirSync)(dir, { recursive: true })))(outDir);
    const runLink = model.store.kind === 'rest' ? (run) => `${model.store.location}/#/experiments/${run.experimentId}/runs/${run.runId}` : undefined;
    // The comment first: when it cannot be written the summary says so.
    let commentUrl = '';
    let note = '';
    if (comment) {
        const posted = await comment(reports, { elsewhere, runLink });
        commentUrl = posted.url;
        warnings.push(...posted.warnings);
        if (posted.failed !== undefined)
            note = `> [!NOTE]\n> The pull request comment could not be written: ${(0,markdown/* cell */.Hn)(posted.failed)} The report is here instead.\n\n`;
    }
    const summary = renderMetricsSummary(reports, {
        limit: summaryLimitBytes,
        unit: 'bytes',
        limitName: "GitHub's 1 MiB job summary limit",
        preamble: `# 📈 MLflow runs\n\n${storeLine(model, reports, displayRoot)}${note}${gateLines(gate.results, gate.experimentOf, blocker)}`,
        elsewhere,
        runLink,
        problems: diagnostics,
        baselineSetting: settings.baselineMarkdown,
    });
    writeFiles(outDir, reportFiles(summary.markdown, reportJson(model, reports, gate.results)));
    let dashboardPath;
    if (dashboard) {
        // The summary, comment and gate stand on their own; a dashboard that cannot be drawn should not take them down.
        const failed = await writeDashboard(outDir, { model: reportedModel(model, reports), store, reports });
        if (failed === undefined)
            dashboardPath = external_node_path_default().join(outDir, 'dashboard', 'index.html');
        else
            warnings.push({ level: 'warning', title: 'ml-hub: dashboard', message: `The dashboard could not be rendered: ${failed}` });
    }
    let copied;
    if (runArtifacts && runArtifacts.patterns.length > 0) {
        copied = await copyRunArtifacts(store, reportedRuns(reports, options.top ?? 5), external_node_path_default().join(outDir, 'run-artifacts'), {
            patterns: runArtifacts.patterns,
            maxFileSize: runArtifacts.maxFileSize,
            maxTotalSize: maxRunArtifactsTotal,
        });
        if (copied.skipped.length > 0) {
            const message = `${copied.skipped.length} run artifact files were left out of the report (size limits or names); the log lists them.`;
            warnings.push({ level: 'notice', title: 'ml-hub: run artifacts', message });
        }
    }
    return {
        model,
        diagnostics,
        reports,
        results: gate.results,
        experimentOf: gate.experimentOf,
        regressions: gate.results.filter((r) => r.outcome === 'regressed'),
        runCount,
        blocker,
        decided: !blocker && reports.every((r) => r.baseline?.run && r.candidate),
        best: overallBest(reports, options.metric !== undefined),
        warnings,
        summary: summary.markdown,
        dashboardPath,
        commentUrl,
        copied,
    };
}

// EXTERNAL MODULE: ./cli/cli-support.ts
var cli_support = __webpack_require__(3735);
// EXTERNAL MODULE: ./cli/open-store.ts + 11 modules
var open_store = __webpack_require__(7573);
;// CONCATENATED MODULE: ./cli/report-command.ts
// ml-hub report [STORE] --out DIR [--experiment X]… [--metric M] [--direction min|max] [--params P]… [--top N]
//   [--baseline SPEC] [--fail-on-regression RULES] [--no-dashboard] [--max-runs N]
// The publish-metrics report, locally: DIR/summary.md (the job summary's Markdown), DIR/runs.json and
// DIR/dashboard/index.html. Exit 1 when a --fail-on-regression rule fails; exit 2 when the store cannot be read, or when
// the rules cannot be evaluated on what was read (errors reading it, no runs): the gate fails closed. A rule that
// cannot be checked (no baseline, a metric a run lacks) is a warning, as in the action.










async function reportCommand(args) {
    (0,heap_tuning/* storeReadingHeap */.M)();
    const { values, positionals } = (0,cli_support/* parseCommandArgs */.Qx)(args, {
        out: { type: 'string' },
        experiment: { type: 'string', multiple: true },
        metric: { type: 'string' },
        direction: { type: 'string' },
        params: { type: 'string', multiple: true },
        top: { type: 'string' },
        baseline: { type: 'string' },
        'fail-on-regression': { type: 'string' },
        'no-dashboard': { type: 'boolean' },
        'max-runs': { type: 'string' },
    }, 'report');
    if (!values.out)
        throw new cli_support/* UsageError */.eb('report: where to? usage: ml-hub report [STORE] --out DIR');
    const direction = values.direction;
    if (direction !== undefined && direction !== 'min' && direction !== 'max')
        throw new cli_support/* UsageError */.eb('report: --direction must be min or max');
    const top = values.top === undefined ? 5 : Number(values.top);
    if (!Number.isInteger(top) || top < 1)
        throw new cli_support/* UsageError */.eb('report: --top must be a whole number of runs, 1 or more');
    let baseline;
    let rules;
    try {
        baseline = parseBaselineSpec(values.baseline ?? '');
        rules = parseRegressionRules(values['fail-on-regression'] ?? '', directionsFor(values.metric, direction));
    }
    catch (error) {
        if (error instanceof BaselineSpecError || error instanceof RegressionRuleError)
            throw new cli_support/* UsageError */.eb(`report: --${error.message}`);
        throw error;
    }
    const out = external_node_path_default().resolve(values.out);
    const dashboard = !values['no-dashboard'];
    const store = (0,open_store/* openCommandStore */.$O)('report', positionals[0], (0,open_store/* maxRunsOption */.uF)('report', values['max-runs']));
    const published = await publishMetrics(store, {
        experiments: values.experiment,
        metric: values.metric,
        direction,
        params: values.params,
        top,
        baseline,
        baselineContext: { repoDir: process.cwd() },
        rules,
        settings: { baseline: '--baseline', baselineMarkdown: '`--baseline`', experiments: '--experiment' },
        outDir: out,
        displayRoot: process.cwd(),
        elsewhere: 'runs.json and the dashboard',
        dashboard,
    });
    if (published.unreadable)
        throw (0,open_store/* unreadableStoreError */.rE)('report', published.unreadable);
    const { reports, regressions, blocker, diagnostics, warnings, dashboardPath } = published;
    for (const d of diagnostics)
        console.error((0,shared_diagnostics/* formatDiagnostic */.x)(d));
    for (const w of warnings)
        console.error(`${w.level}: ${w.message}`);
    for (const r of reports) {
        const best = r.best && r.metric ? `best ${r.best.runName} (${r.best.runId}) ${r.metric.key} = ${formatMetric(metricValue(r.best, r.metric.key))}` : 'no run to rank';
        console.log(`${r.experiment.name}: ${r.runs.length} runs; ${best}`);
    }
    console.log(`Wrote ${external_node_path_default().join(out, 'summary.md')}, ${external_node_path_default().join(out, 'runs.json')}${dashboardPath ? ` and ${dashboardPath}` : ''}`);
    for (const r of regressions)
        console.error(`regression: ${r.message}`);
    if (blocker) {
        console.error(`ml-hub report: ${blocker}`);
        return cli_support/* exitCodes */.hS.usage;
    }
    return regressions.length > 0 ? cli_support/* exitCodes */.hS.findings : cli_support/* exitCodes */.hS.ok;
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

/***/ 1043:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hn: () => (/* binding */ cell),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   jq: () => (/* binding */ stepSummaryLimitBytes),
/* harmony export */   nd: () => (/* binding */ MarkdownBudget),
/* harmony export */   nf: () => (/* binding */ link),
/* harmony export */   zH: () => (/* binding */ details)
/* harmony export */ });
// Markdown building blocks for job summaries and PR comments, with a byte budget: GitHub rejects a step summary over
// 1 MiB and a comment over 65,536 characters, so every table knows how to stop early and say how much it left out.
const zeroWidthJoiner = '\u200d';
/**
 * Untrusted text (run, experiment, param, tag, metric, file and package names, and messages quoting them) as one line
 * of inline Markdown that shows the text and does nothing else, in a table cell or anywhere in a line. The one escape
 * for such text in job summaries, comments and pull request bodies:
 * - no HTML: `&`, `<` and `>` become entities;
 * - no Markdown: backslashes before what starts emphasis, code, links and images, tables, math, (at the start)
 *   headings, lists and rules, and (at the end) what a heading would drop;
 * - no mentions or references: a zero-width joiner after `@` keeps `@user` and `@org/team` from notifying anyone, and
 *   after `#` before a digit keeps `#123` from linking an issue; one after `scheme:` and in `www.` keeps bare URLs
 *   from becoming links;
 * - one line: line breaks become `<br>`.
 */
/**
 * GitHub rejects a step summary over 1 MiB. Every pipeline writes under this budget, which keeps room for what the
 * step's other writers append.
 */
const stepSummaryLimitBytes = 1024 * 1024 - 16 * 1024;
function cell(text) {
    return text
        .replace(/[\\`*~[\]|$]/g, '\\$&')
        // Inside a word (`max_depth`) an underscore never emphasises: left as it is, the text stays as people search for it.
        .replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '\\_')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        // What would start a heading, a list item or a rule at the start of a line (as inside a list item).
        .replace(/^(\s*)(#{1,6}(?=\s|$)|[-+](?=\s|$)|-(?=[-\s]*$)|\d{1,9}(?=[.)](?:\s|$)))/, (_, space, lead) => /\d/.test(lead) ? `${space}${lead}\\` : `${space}\\${lead}`)
        // A heading drops a closing run of `#` after white space.
        .replace(/(\s)(#+\s*)$/, '$1\\$2')
        .replace(/@/g, `@${zeroWidthJoiner}`)
        .replace(/#(?=\d)/g, `#${zeroWidthJoiner}`)
        .replace(/:(?=\/\/)/g, `:${zeroWidthJoiner}`)
        .replace(/(www)\./gi, `$1${zeroWidthJoiner}.`)
        // Leading white space would indent the text into a code block (in a list item).
        .replace(/^[ \t]+/, (space) => space.replace(/ /g, '&#32;').replace(/\t/g, '&#9;'))
        .replace(/\r\n|\r|\n/g, '<br>');
}
/** A link whose text is untrusted: the text escaped as `cell` does, the target percent-encoded where Markdown would end it. */
function link(text, url) {
    const target = url.replace(/[\s()<>[\]\\"'`|]/g, (c) => encodeURIComponent(c).replace(/[()'!*]/g, (x) => `%${x.charCodeAt(0).toString(16).toUpperCase()}`));
    return `[${cell(text)}](${target})`;
}
/** An inline code span that survives backticks in the text. */
function code(text) {
    const clean = text.replace(/\r\n|\r|\n/g, ' ');
    const longest = Math.max(0, ...[...clean.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = '`'.repeat(longest + 1);
    // CommonMark strips one space from each end of a span that has one at both (and is not all spaces): pad to keep them.
    const pad = clean.startsWith('`') || clean.endsWith('`') || (clean.startsWith(' ') && clean.endsWith(' ') && /[^ ]/.test(clean)) ? ' ' : '';
    return `${fence}${pad}${clean.replace(/\|/g, '\\|')}${pad}${fence}`;
}
class MarkdownBudget {
    limit;
    parts = [];
    used = 0;
    truncated = false;
    constructor(limit) {
        this.limit = limit;
    }
    get remaining() {
        return this.limit - this.used;
    }
    /** Adds text if it fits; returns false (and adds nothing) otherwise. */
    add(text) {
        const size = Buffer.byteLength(text);
        if (size > this.remaining) {
            this.truncated = true;
            return false;
        }
        this.parts.push(text);
        this.used += size;
        return true;
    }
    /**
     * A table that keeps as many rows as fit while leaving `reserve` bytes for what follows, then a line saying
     * how many rows were left out and where to find them.
     */
    table(header, rows, options = {}) {
        const line = (cells) => `| ${cells.join(' | ')} |\n`;
        const head = line(header) + line(header.map(() => '---'));
        const reserve = (options.reserve ?? 0) + 200;
        if (!this.add(head))
            return;
        let shown = 0;
        for (const row of rows) {
            const text = line(row);
            if (Buffer.byteLength(text) > this.remaining - reserve)
                break;
            this.add(text);
            shown++;
        }
        if (shown < rows.length) {
            this.truncated = true;
            this.add(`\n_…and ${rows.length - shown} more rows${options.more ? ` (${options.more})` : ''}._\n`);
        }
        this.add('\n');
    }
    toString() {
        return this.parts.join('');
    }
}
/**
 * A collapsed section: `<details>` with a blank line so GitHub renders the Markdown inside. The summary is HTML, where
 * Markdown is not read: untrusted text in it goes through `cell` (safe there too), never `code`.
 */
function details(summary, body) {
    return `<details><summary>${summary}</summary>\n\n${body}\n</details>\n\n`;
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
