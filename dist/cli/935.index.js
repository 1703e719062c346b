export const id = 935;
export const ids = [935];
export const modules = {

/***/ 9935:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  trainCommand: () => (/* binding */ trainCommand)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./shared/diagnostics.ts
var diagnostics = __webpack_require__(9530);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./shared/config/config.ts
var config_config = __webpack_require__(779);
// EXTERNAL MODULE: ./shared/machine/units.ts
var units = __webpack_require__(275);
// EXTERNAL MODULE: ./shared/env/yaml-document.ts
var yaml_document = __webpack_require__(2729);
// EXTERNAL MODULE: ./shared/text/units.ts
var text_units = __webpack_require__(8779);
;// CONCATENATED MODULE: ./shared/dispatch/runner-catalog.ts
// The runners a repository may train on, from `runners:` in its settings (`.github/ml-hub.yml` or `[tool.ml-hub]` in
// pyproject.toml): self-hosted label sets, actions-runner-controller scale sets and GitHub-hosted larger runners, each
// with what it offers (cores, memory, GPUs, disk) and, optionally, its price per minute. Mistakes are diagnostics on
// the settings file's line; a runner with a mistake is left out rather than guessed at.
//
//   runners:
//     gpu-box:            { labels: [self-hosted, linux, gpu], cpus: 16, memory: 64GB, gpu: 1, disk: 1TB }
//     arc-a100:           { scale-set: arc-a100, cpus: 32, memory: 256GB, gpu: 4, price-per-minute: 0.5 }
//     linux-16core:       { larger-runner: ubuntu-24.04-16core, cpus: 16, memory: 64GB, disk: 600GB, price-per-minute: 0.064 }




/** Whether a value is a `runs-on` GitHub accepts: a label, a non-empty list of labels, or `{group, labels?}`. */
function runner_catalog_isRunsOn(value) {
    const label = (l) => typeof l === 'string' && l.trim() !== '';
    const labels = (v) => Array.isArray(v) && v.length > 0 && v.every(label);
    if (typeof value === 'string')
        return label(value);
    if (Array.isArray(value))
        return labels(value);
    if (value === null || typeof value !== 'object')
        return false;
    const o = value;
    return label(o.group) && Object.keys(o).every((k) => k === 'group' || k === 'labels') && (o.labels === undefined || labels(o.labels));
}
const placeKeys = ['labels', 'scale-set', 'larger-runner'];
const knownKeys = new Set([...placeKeys, 'group', 'cpus', 'memory', 'gpu', 'disk', 'price-per-minute']);
/** Reads the catalog from the settings `loadConfig` found, locating problems in the same file. */
function loadRunnerCatalog(config, reader) {
    const value = config.extra.runners;
    if (value === undefined || !config.source)
        return { catalog: { source: config.source, runners: [] }, diagnostics: [] };
    const text = reader.read(config.source) ?? '';
    return parseRunnerCatalog(value, config.source, settingsLocator(config.source, text));
}
function parseRunnerCatalog(value, file, locate = () => undefined) {
    const diagnostics = [];
    const runners = [];
    const report = (path, message, severity = 'error') => diagnostics.push({ severity, code: 'config/runners', message: `${path.join('.')}: ${message}`, file, line: locate(path) ?? locate(path.slice(0, 2)) ?? locate(['runners']) });
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        report(['runners'], 'expected a mapping of runner names to what each offers (labels, scale-set or larger-runner; cpus, memory, gpu, disk)');
        return { catalog: { source: file, runners }, diagnostics };
    }
    for (const [name, raw] of Object.entries(value)) {
        const at = (key) => (key ? ['runners', name, key] : ['runners', name]);
        if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
            report(at(), 'expected a mapping such as {labels: [self-hosted, gpu], gpu: 1}');
            continue;
        }
        const spec = raw;
        const before = diagnostics.filter((d) => d.severity === 'error').length;
        for (const key of Object.keys(spec)) {
            if (!knownKeys.has(key))
                report(at(key), `unknown key; expected ${[...knownKeys].join(', ')}`, 'warning');
        }
        const places = placeKeys.filter((k) => spec[k] !== undefined);
        const group = spec.group;
        if (group !== undefined && (typeof group !== 'string' || group.trim() === ''))
            report(at('group'), 'expected the name of a runner group');
        if (spec['scale-set'] !== undefined && group !== undefined)
            report(at('group'), 'a scale set is targeted by its name alone; leave group out');
        if (places.length > 1)
            report(at(places[1]), `say where the runner is with one of labels, scale-set or larger-runner, not ${places.join(' and ')}`);
        if (places.length === 0 && typeof group !== 'string')
            report(at(), 'say where the runner is: labels (self-hosted), scale-set (actions-runner-controller) or larger-runner (its label)');
        let kind = 'larger-runner';
        let runsOn;
        // A group takes its labels along; a larger runner alone is its one label; a self-hosted set stays a list.
        const withGroup = (labels) => (typeof group === 'string' ? { group, ...(labels.length ? { labels } : {}) } : labels.length === 1 && kind !== 'self-hosted' ? labels[0] : labels);
        if (places[0] === 'labels') {
            kind = 'self-hosted';
            const labels = typeof spec.labels === 'string' ? [spec.labels] : spec.labels;
            if (!Array.isArray(labels) || labels.length === 0 || !labels.every((l) => typeof l === 'string' && l.trim() !== '')) {
                report(at('labels'), 'expected a list of runner labels, e.g. [self-hosted, linux, gpu]');
            }
            else
                runsOn = withGroup(labels);
        }
        else if (places[0] === 'scale-set') {
            kind = 'scale-set';
            if (typeof spec['scale-set'] !== 'string' || spec['scale-set'].trim() === '')
                report(at('scale-set'), 'expected the name of the runner scale set (its Helm installation name)');
            else
                runsOn = spec['scale-set'];
        }
        else {
            const label = spec['larger-runner'];
            if (label !== undefined && (typeof label !== 'string' || label.trim() === ''))
                report(at('larger-runner'), "expected the larger runner's label, e.g. ubuntu-24.04-16core");
            else if (typeof group === 'string' || typeof label === 'string')
                runsOn = withGroup(typeof label === 'string' ? [label] : []);
        }
        const runner = { name, kind, runsOn };
        for (const key of ['cpus', 'gpu']) {
            const v = spec[key];
            if (v === undefined)
                continue;
            if (typeof v === 'number' && Number.isInteger(v) && v >= 0)
                runner[key] = v;
            else
                report(at(key), `expected a whole number, got ${(0,config_config/* quoteValue */.cl)(v)}`);
        }
        for (const key of ['memory', 'disk']) {
            const v = spec[key];
            if (v === undefined)
                continue;
            const size = (0,text_units/* parseSize */.DB)(v, 'GiB');
            if (size === undefined)
                report(at(key), `expected a size such as "64GB", got ${(0,config_config/* quoteValue */.cl)(v)}`);
            else
                runner[key] = size;
        }
        const price = spec['price-per-minute'];
        if (price !== undefined) {
            if (typeof price === 'number' && Number.isFinite(price) && price >= 0)
                runner.pricePerMinute = price;
            else
                report(at('price-per-minute'), `expected a number such as 0.064, got ${(0,config_config/* quoteValue */.cl)(price)}`);
        }
        if (diagnostics.filter((d) => d.severity === 'error').length === before && runsOn !== undefined)
            runners.push(runner);
    }
    return { catalog: { source: file, runners }, diagnostics };
}
/** `runs-on` as a person reads it: `gpu` or `[self-hosted, gpu]` or `group ml (labels: x)`. */
function describeRunsOn(runsOn) {
    if (typeof runsOn === 'string')
        return runsOn;
    if (Array.isArray(runsOn))
        return `[${runsOn.join(', ')}]`;
    return `group ${runsOn.group}${runsOn.labels?.length ? ` (labels: ${runsOn.labels.join(', ')})` : ''}`;
}
/** Where a path of the settings lies in the file: YAML through its node ranges, pyproject.toml by its table headers. */
function settingsLocator(file, text) {
    if (file.endsWith('.toml'))
        return tomlLocator(text);
    const counter = new dist/* LineCounter */.HN();
    const doc = (0,yaml_document/* parseYamlDocument */.Iu)(text, { lineCounter: counter });
    return (path) => {
        const node = doc.getIn(path, true);
        return (0,dist/* isNode */.Ll)(node) && node.range ? counter.linePos(node.range[0]).line : undefined;
    };
}
const runner_catalog_escape = (s) => s.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
const key = (s) => `["']?${runner_catalog_escape(s)}["']?`;
function tomlLocator(text) {
    const lines = text.split('\n');
    const header = /^\s*\[/;
    /** The line of `name = …` in the table whose header matches, or the header's line. */
    const inTable = (table, name) => {
        const start = lines.findIndex((l) => table.test(l));
        if (start < 0)
            return undefined;
        if (name === undefined)
            return start + 1;
        const assignment = new RegExp(`^\\s*${key(name)}\\s*=`);
        for (let i = start + 1; i < lines.length && !header.test(lines[i]); i++)
            if (assignment.test(lines[i]))
                return i + 1;
        return start + 1;
    };
    const tool = `\\[\\s*tool\\s*\\.\\s*${key('ml-hub')}`;
    return (path) => {
        const [, runner, field] = path;
        if (runner !== undefined) {
            const found = inTable(new RegExp(`^\\s*${tool}\\s*\\.\\s*runners\\s*\\.\\s*${key(runner)}\\s*\\]`), field);
            if (found)
                return found;
        }
        return inTable(new RegExp(`^\\s*${tool}\\s*\\.\\s*runners\\s*\\]`)) ?? inTable(new RegExp(`^\\s*${tool}\\s*\\]`), 'runners');
    };
}

;// CONCATENATED MODULE: ./shared/dispatch/choose-runner.ts
// Which runner a training run goes to: the one the caller names, else the cheapest runner of the catalog that meets the
// requirements record (the smallest when no prices are given), else the workflow's own default when there is no
// catalog. Every choice comes with the sentence that explains it; a refusal lists why each runner falls short.


/** No runner of the catalog meets the requirements; the message lists each one's shortfalls. */
class NoRunnerFitsError extends Error {
    name = 'NoRunnerFitsError';
}
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
/** The requirements as a phrase: `8 cores, 32 GB memory, 1 GPU`; empty when nothing is required. */
function describeNeeds(r) {
    const parts = [];
    if (r.cpus)
        parts.push(plural(r.cpus, 'core'));
    if (r.memory)
        parts.push(`${(0,units/* nominalGb */._h)(r.memory)} GB memory`);
    if (r.gpu)
        parts.push(plural(r.gpu, 'GPU'));
    if (r.disk)
        parts.push(`${(0,units/* nominalGb */._h)(r.disk)} GB disk`);
    return parts.join(', ');
}
/** Why a runner does not meet the requirements, one phrase per resource; empty when it does. Unlisted specs do not fit. */
function runnerShortfalls(runner, r) {
    const out = [];
    if (r.cpus) {
        if (runner.cpus === undefined)
            out.push(`cores not listed (needs ${r.cpus})`);
        else if (runner.cpus < r.cpus)
            out.push(`${plural(runner.cpus, 'core')} (needs ${r.cpus})`);
    }
    // Sizes compare as the tiers people mean: `16GB` and `16 GiB` are the same machine.
    for (const [key, what] of [['memory', 'memory'], ['disk', 'disk']]) {
        const need = r[key];
        if (!need)
            continue;
        const has = runner[key];
        if (has === undefined)
            out.push(`${what} not listed (needs ${(0,units/* nominalGb */._h)(need)} GB)`);
        else if ((0,units/* nominalGb */._h)(has) < (0,units/* nominalGb */._h)(need))
            out.push(`${(0,units/* nominalGb */._h)(has)} GB ${what} (needs ${(0,units/* nominalGb */._h)(need)} GB)`);
    }
    if (r.gpu) {
        const gpus = runner.gpu ?? 0;
        if (gpus < r.gpu)
            out.push(`${gpus === 0 ? 'no GPU' : plural(gpus, 'GPU')}${runner.gpu === undefined ? ' listed' : ''} (needs ${r.gpu})`);
    }
    return out;
}
/** GPUs first, then cores, memory and disk: a GPU is what costs most. */
function sizeKey(runner) {
    return [runner.gpu ?? 0, runner.cpus ?? 0, (0,units/* nominalGb */._h)(runner.memory ?? 0), (0,units/* nominalGb */._h)(runner.disk ?? 0)];
}
function compareSize(a, b) {
    const [x, y] = [sizeKey(a), sizeKey(b)];
    for (let i = 0; i < x.length; i++)
        if (x[i] !== y[i])
            return x[i] - y[i];
    return 0;
}
const price = (p) => `${Number(p.toFixed(4))}/min`;
function describeRunner(runner) {
    const where = { 'self-hosted': 'self-hosted', 'scale-set': 'scale set', 'larger-runner': 'larger runner' }[runner.kind];
    return `\`${runner.name}\` (${where} ${describeRunsOn(runner.runsOn)})`;
}
/** A `runner` input that is not a catalog name: JSON (`["self-hosted","gpu"]`), comma-separated labels, or one label. */
function parseRunsOn(text) {
    const value = text.trim();
    if (/^[[{"]/.test(value)) {
        let parsed;
        try {
            parsed = JSON.parse(value);
        }
        catch {
            throw new Error(`runner: ${value} is not valid JSON; give a label, labels separated by commas, or JSON such as ["self-hosted","gpu"]`);
        }
        const labels = (v) => Array.isArray(v) && v.length > 0 && v.every((l) => typeof l === 'string' && l.trim() !== '');
        if (typeof parsed === 'string' && parsed.trim() !== '')
            return parsed;
        if (labels(parsed))
            return parsed;
        const group = parsed;
        if (group && typeof group === 'object' && typeof group.group === 'string' && group.group.trim() !== '' && Object.keys(group).every((k) => k === 'group' || k === 'labels')) {
            if (group.labels === undefined)
                return { group: group.group };
            if (typeof group.labels === 'string' && group.labels.trim() !== '')
                return { group: group.group, labels: [group.labels] };
            if (labels(group.labels))
                return { group: group.group, labels: group.labels };
        }
        throw new Error(`runner: ${value} is not a runs-on value: expected a label, a list of labels or {"group": …, "labels": […]}`);
    }
    const labels = value.split(',').map((l) => l.trim()).filter(Boolean);
    if (labels.length === 0)
        throw new Error('runner: empty');
    return labels.length === 1 ? labels[0] : labels;
}
function chooseRunner(catalog, requirements = {}, explicit) {
    const needs = describeNeeds(requirements);
    const file = catalog.source ?? '.github/ml-hub.yml';
    if (explicit?.trim()) {
        const named = catalog.runners.find((r) => r.name === explicit.trim());
        if (named) {
            const short = runnerShortfalls(named, requirements);
            const warnings = short.length ? [`The runner ${named.name} was named explicitly but does not meet the requirements (${needs}): ${short.join('; ')}.`] : [];
            const fit = short.length ? ` It does not meet the requirements: ${short.join('; ')}.` : needs ? ` It meets the requirements (${needs}).` : '';
            return { runsOn: named.runsOn, name: named.name, how: 'explicit', explanation: `Runner ${describeRunner(named)}, named explicitly.${fit}`, warnings };
        }
        const runsOn = parseRunsOn(explicit);
        const label = typeof runsOn === 'string' ? runsOn : describeRunsOn(runsOn);
        const unchecked = needs ? ` It is not in the runner catalog, so it was not checked against the requirements (${needs}); setup-env checks the machine when the job starts.` : '';
        return { runsOn, name: label, how: 'explicit', explanation: `Runner \`${label}\`, named explicitly.${unchecked}`, warnings: [] };
    }
    if (catalog.runners.length === 0) {
        const unmatched = needs ? ` The requirements (${needs}) are checked by setup-env on whatever machine the workflow gets.` : '';
        return {
            how: 'workflow-default',
            explanation: `No runner catalog (\`runners:\` in ${file}): the workflow's own \`runs-on\` default is used.${unmatched}`,
            warnings: [],
        };
    }
    const verdicts = catalog.runners.map((runner) => ({ runner, short: runnerShortfalls(runner, requirements) }));
    const fitting = verdicts.filter((v) => v.short.length === 0).map((v) => v.runner);
    if (fitting.length === 0) {
        const lines = verdicts.map((v) => `  - ${v.runner.name}: ${v.short.join('; ')}`);
        throw new NoRunnerFitsError([
            `No runner in ${file} meets the requirements (${needs}):`,
            ...lines,
            `Add a runner that does to \`runners:\` in ${file}, lower the requirements, or name a runner explicitly.`,
        ].join('\n'));
    }
    // Known prices first, cheapest first; runners without a price after them; size breaks ties; then catalog order.
    const ranked = [...fitting].sort((a, b) => (a.pricePerMinute ?? Infinity) - (b.pricePerMinute ?? Infinity) || compareSize(a, b) || catalog.runners.indexOf(a) - catalog.runners.indexOf(b));
    const chosen = ranked[0];
    const required = needs ? `the requirements (${needs})` : 'the requirements (none are recorded)';
    const of = fitting.length === 1 ? `the only runner in ${file} that meets ${required}` : `the ${fitting.length} runners in ${file} that meet ${required}`;
    const unfit = verdicts.filter((v) => v.short.length > 0).map((v) => `${v.runner.name} (${v.short.join('; ')})`);
    const notFitting = unfit.length ? ` Falling short: ${unfit.join(', ')}.` : '';
    if (chosen.pricePerMinute !== undefined) {
        const next = ranked[1];
        const nextText = next ? `; next, ${next.name} at ${next.pricePerMinute === undefined ? 'no listed price' : price(next.pricePerMinute)}` : '';
        const unpriced = fitting.filter((r) => r.pricePerMinute === undefined).map((r) => r.name);
        const unpricedText = unpriced.length ? ` Runners without a price-per-minute (${unpriced.join(', ')}) rank after priced ones.` : '';
        const body = fitting.length === 1 ? `${of}, at ${price(chosen.pricePerMinute)}` : `the cheapest of ${of}, at ${price(chosen.pricePerMinute)}${nextText}`;
        return { runsOn: chosen.runsOn, name: chosen.name, how: 'cheapest', explanation: `Runner ${describeRunner(chosen)}: ${body}.${unpricedText}${notFitting}`, warnings: [] };
    }
    const body = fitting.length === 1 ? of : `the smallest of ${of} (no prices are listed, so size decides)`;
    return { runsOn: chosen.runsOn, name: chosen.name, how: 'smallest', explanation: `Runner ${describeRunner(chosen)}: ${body}.${notFitting}`, warnings: [] };
}

// EXTERNAL MODULE: ./shared/github/errors.ts
var errors = __webpack_require__(5585);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./shared/dispatch/parameters.ts
// Training parameters as the caller writes them: a YAML or JSON mapping (the action's `parameters` input) or `-P k=v`
// arguments (the CLI). Values are kept as the text written, since MLflow passes every parameter as a string; a
// number is not re-printed (`1.0` stays `1.0`).


/** Names the receiving side passes on as `-P name=value`: an `=` or a control character would change what it means. */
function parameters_parameterNameProblem(name) {
    if (name.trim() === '')
        return 'a parameter name is empty';
    if (name.includes('='))
        return `parameter name ${JSON.stringify(name)} contains "="`;
    if (/[\u0000-\u001f\u007f]/.test(name))
        return `parameter name ${JSON.stringify(name)} contains a control character`;
    return undefined;
}
/** A YAML or JSON mapping of names to scalars. Throws Error with the line for anything else. */
function parseParameterMapping(text, what = 'parameters') {
    if (text.trim() === '')
        return {};
    let doc;
    try {
        doc = YamlDocument.parse(what, text, 'parameters');
    }
    catch (error) {
        if (error instanceof LocatedError)
            throw new Error(`${what}: line ${error.line}: ${error.message}`);
        throw error;
    }
    if (!isMap(doc.root))
        throw new Error(`${what}: expected a mapping such as {alpha: 0.5, l1_ratio: 0.1}`);
    // No prototype: a parameter named __proto__ is a key like any other, not a setter that drops it.
    const out = Object.create(null);
    const entries = mapEntries(doc.root);
    if (entries.size !== doc.root.items.length)
        throw new Error(`${what}: every parameter name must be a plain string`);
    for (const [name, pair] of entries) {
        const problem = parameters_parameterNameProblem(name);
        if (problem)
            throw new Error(`${what}: line ${doc.line(pair)}: ${problem}`);
        const value = scalarText(pair.value);
        if (value === undefined) {
            const why = isScalar(pair.value) || pair.value === null ? 'has no value' : 'must be a single value, not a list or mapping';
            throw new Error(`${what}: line ${doc.line(pair)}: ${name} ${why}`);
        }
        out[name] = value;
    }
    return out;
}
/** `-P alpha=0.5` arguments; the first `=` separates, so values may contain more. */
function parseParameterArgs(args) {
    const out = Object.create(null);
    for (const arg of args) {
        const eq = arg.indexOf('=');
        if (eq < 0)
            throw new Error(`-P ${arg}: expected NAME=VALUE`);
        const name = arg.slice(0, eq);
        const problem = parameters_parameterNameProblem(name);
        if (problem)
            throw new Error(`-P ${arg}: ${problem}`);
        out[name] = arg.slice(eq + 1);
    }
    return out;
}

;// CONCATENATED MODULE: ./shared/dispatch/pack-inputs.ts
// What a training run needs (entry point, parameters, environment hash, runner), packed into workflow_dispatch inputs
// and unpacked on the other side. GitHub takes at most 25 inputs and 65,535 characters of them in all, and every value
// is a string: so the request travels as one JSON input, `ml-hub-params`, gzip-compressed and base64-encoded only when
// plain JSON would not fit. The runner (`runs-on` needs it unpacked, `fromJSON(inputs.ml-hub-runs-on)`) and the
// correlation id (for `run-name:`) travel as inputs of their own. Values are data end to end: nothing here is parsed
// by a shell, and the receiving side passes them to processes as argument arrays.



const inputNames = {
    params: 'ml-hub-params',
    correlationId: 'ml-hub-correlation-id',
    runsOn: 'ml-hub-runs-on',
};
/** GitHub's limit on a workflow_dispatch's inputs: characters of all of them as JSON. (Three inputs stay far below 25.) */
const dispatchLimits = { payloadChars: 65_535 };
const gzipPrefix = 'gzip:';
/** Unpacking never inflates more than this: a packed request fits in 64 KiB of base64, and real ones are far smaller. */
const maxUnpackedBytes = (/* unused pure expression or super */ null && (16 * 1024 * 1024));
/** The request cannot be packed, or what arrived is not a packed request. */
class PackError extends Error {
    name = 'PackError';
}
const envHashPattern = /^[0-9a-f]{64}$/;
const payloadSize = (inputs) => JSON.stringify(inputs).length;
function packInputs(request, extra) {
    if (request.entryPoint.trim() === '')
        throw new PackError('the entry point is empty');
    for (const name of Object.keys(request.parameters)) {
        const problem = parameters_parameterNameProblem(name);
        if (problem)
            throw new PackError(problem);
    }
    if (request.envHash !== undefined && !envHashPattern.test(request.envHash))
        throw new PackError(`env-hash ${JSON.stringify(request.envHash)} is not a SHA-256 in hex`);
    const body = JSON.stringify({
        v: 1,
        'entry-point': request.entryPoint,
        kind: request.kind,
        parameters: request.parameters,
        ...(request.envHash ? { 'env-hash': request.envHash } : {}),
    });
    const others = { [inputNames.correlationId]: extra.correlationId };
    if (extra.runsOn !== undefined)
        others[inputNames.runsOn] = JSON.stringify(extra.runsOn);
    const plain = { [inputNames.params]: body, ...others };
    if (payloadSize(plain) <= dispatchLimits.payloadChars)
        return { inputs: plain, encoding: 'json', size: payloadSize(plain) };
    const packed = { [inputNames.params]: gzipPrefix + (0,external_node_zlib_.gzipSync)(Buffer.from(body, 'utf8'), { level: 9 }).toString('base64'), ...others };
    const size = payloadSize(packed);
    if (size <= dispatchLimits.payloadChars)
        return { inputs: packed, encoding: 'gzip', size };
    const biggest = Object.entries(request.parameters).sort((a, b) => b[1].length - a[1].length)[0];
    const hint = biggest ? ` The largest parameter is ${biggest[0]} (${biggest[1].length} characters); pass large values as a file in the repository or an artifact instead.` : '';
    throw new PackError(`the training request does not fit in a workflow dispatch: ${body.length} characters as JSON, ${size} even compressed, and GitHub takes at most ${dispatchLimits.payloadChars} characters of inputs.${hint}`);
}
/** The receiving side: the dispatched inputs (`github.event.inputs`, or the named inputs alone) back to the request. */
function unpackInputs(inputs) {
    const raw = inputs[inputNames.params];
    if (typeof raw !== 'string' || raw === '')
        throw new PackError(`input ${inputNames.params} is missing: was the workflow dispatched by ml-hub?`);
    let text = raw;
    if (raw.startsWith(gzipPrefix)) {
        const data = raw.slice(gzipPrefix.length);
        if (!/^[A-Za-z0-9+/]*={0,2}$/.test(data))
            throw new PackError(`input ${inputNames.params}: not valid base64 after "${gzipPrefix}"`);
        try {
            text = gunzipSync(Buffer.from(data, 'base64'), { maxOutputLength: maxUnpackedBytes }).toString('utf8');
        }
        catch (error) {
            throw new PackError(`input ${inputNames.params}: cannot decompress it: ${error.message}`);
        }
    }
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch {
        throw new PackError(`input ${inputNames.params}: not valid JSON`);
    }
    const request = readRequest(parsed);
    const out = { request };
    const correlationId = inputs[inputNames.correlationId];
    if (typeof correlationId === 'string' && correlationId !== '')
        out.correlationId = correlationId;
    const runsOn = inputs[inputNames.runsOn];
    if (typeof runsOn === 'string' && runsOn !== '') {
        let parsed;
        try {
            parsed = JSON.parse(runsOn);
        }
        catch {
            throw new PackError(`input ${inputNames.runsOn}: not valid JSON`);
        }
        if (!isRunsOn(parsed))
            throw new PackError(`input ${inputNames.runsOn}: expected a label, a list of labels or {"group": …, "labels": […]}`);
        out.runsOn = parsed;
    }
    return out;
}
function readRequest(value) {
    const fail = (why) => {
        throw new PackError(`input ${inputNames.params}: ${why}`);
    };
    if (value === null || typeof value !== 'object' || Array.isArray(value))
        return fail('expected a JSON object');
    const o = value;
    if (o.v !== 1)
        fail(`unknown format version ${JSON.stringify(o.v)}; this ml-hub reads version 1`);
    const entryPoint = o['entry-point'];
    if (typeof entryPoint !== 'string' || entryPoint.trim() === '')
        fail('entry-point must be a non-empty string');
    if (o.kind !== 'mlproject' && o.kind !== 'command')
        fail('kind must be "mlproject" or "command"');
    const parameters = o.parameters;
    if (parameters === null || typeof parameters !== 'object' || Array.isArray(parameters))
        return fail('parameters must be an object');
    for (const [name, v] of Object.entries(parameters)) {
        const problem = parameterNameProblem(name);
        if (problem)
            fail(problem);
        if (typeof v !== 'string')
            fail(`parameter ${name} must be a string`);
    }
    const envHash = o['env-hash'];
    if (envHash !== undefined && (typeof envHash !== 'string' || !envHashPattern.test(envHash)))
        fail('env-hash must be a SHA-256 in hex');
    return {
        entryPoint: entryPoint,
        kind: o.kind,
        // A fresh object: a parameter named __proto__ stays a plain key.
        parameters: Object.assign(Object.create(null), parameters),
        ...(envHash ? { envHash: envHash } : {}),
    };
}

;// CONCATENATED MODULE: ./shared/dispatch/dispatch-run.ts
// Starts the training workflow and says which run it started. GitHub answers a dispatch with the run when asked
// (`return_run_details`); an older GitHub Enterprise Server rejects that key with a 422, so the dispatch is sent again
// without it, and the run is found among the workflow's dispatched runs since just before by the correlation id the
// workflow puts in its `run-name:`. Retries of failed requests and rate limits are the client's plugins' business.


const realSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** A server clock may be a little behind this machine's: runs created "before" we asked must still count. */
const clockSkewMs = 60_000;
/** The branch to filter the run list by: none for tags and commit SHAs, whose runs carry no branch to match. */
function branchOf(ref) {
    if (ref.startsWith('refs/tags/') || /^[0-9a-f]{40}$/.test(ref))
        return undefined;
    return ref.replace(/^refs\/heads\//, '');
}
const isoSeconds = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
async function dispatchRun(options) {
    const { client, owner, repo, workflow, ref, inputs } = options;
    const clock = options.clock ?? Date.now;
    const log = options.log ?? (() => { });
    const since = clock() - clockSkewMs;
    const base = { owner, repo, workflow_id: workflow, ref, inputs };
    let answered;
    try {
        answered = await client.rest.actions.createWorkflowDispatch({ ...base, return_run_details: true });
    }
    catch (error) {
        if (!rejectsRunDetails(error))
            throw new Error(explainDispatchError(error, workflow, ref));
        log('This GitHub does not return the dispatched run (return_run_details); dispatching without it and finding the run by its name.');
        try {
            answered = await client.rest.actions.createWorkflowDispatch(base);
        }
        catch (retryError) {
            throw new Error(explainDispatchError(retryError, workflow, ref));
        }
    }
    if (answered.status === 200) {
        const details = answered.data;
        return { id: details.workflow_run_id, htmlUrl: details.html_url, via: 'run-details' };
    }
    return findRun({ ...options, clock, log, since });
}
/** A 422 that names return_run_details: the server predates it, and nothing was dispatched. */
function rejectsRunDetails(error) {
    const e = error;
    return e.status === 422 && /return_run_details/.test(`${e.message ?? ''} ${e.response?.data?.message ?? ''}`);
}
/** GitHub's reason, with what the workflow must declare when it refused the inputs. */
function explainDispatchError(error, workflow, ref) {
    const message = (0,errors/* explainGitHubError */.P)(error, `dispatch ${workflow} on ${ref}`);
    const body = error.response?.data?.message ?? '';
    if (/Unexpected inputs provided|Required input/.test(body)) {
        return `${message} ${workflow} must declare the workflow_dispatch inputs ${Object.values(inputNames).join(', ')} (and require no others), as ml-hub's train.yml example does.`;
    }
    if (/does not have 'workflow_dispatch' trigger/.test(body))
        return `${message} Add \`on: workflow_dispatch\` to ${workflow} on ${ref}.`;
    return message;
}
async function findRun(options) {
    const { client, owner, repo, workflow, ref, correlationId, clock, since } = options;
    const sleep = options.sleep ?? realSleep;
    const scale = options.pollScale ?? 1;
    const deadline = clock() + (options.findTimeoutMs ?? 180_000);
    const branch = branchOf(ref);
    let wait = 2000;
    for (let look = 1;; look++) {
        const pages = client.paginate.iterator(client.rest.actions.listWorkflowRuns, {
            owner,
            repo,
            workflow_id: workflow,
            event: 'workflow_dispatch',
            ...(branch ? { branch } : {}),
            created: `>=${isoSeconds(since)}`,
            per_page: 100,
        });
        for await (const page of pages) {
            const run = page.data.find((r) => (r.display_title ?? '').includes(correlationId) || (r.name ?? '').includes(correlationId));
            if (run)
                return { id: run.id, htmlUrl: run.html_url, via: 'correlation' };
        }
        const left = deadline - clock();
        if (left <= 0) {
            throw new Error(`Dispatched ${workflow} on ${ref}, but no run named with ${correlationId} appeared within ${Math.round((options.findTimeoutMs ?? 180_000) / 1000)} s (${look} looks). ` +
                `This GitHub cannot return the run it starts, so ml-hub finds it by name: ${workflow} must carry the input in its run name, e.g. ` +
                `\`run-name: "Train \${{ inputs.${inputNames.correlationId} }}"\`.`);
        }
        // GitHub lists a dispatched run after a few seconds; look again a little later each time.
        await sleep(Math.min(wait, left) * scale);
        wait = Math.min(wait * 1.5, 15_000);
    }
}

// EXTERNAL MODULE: ./shared/env/mlproject.ts
var mlproject = __webpack_require__(4576);
;// CONCATENATED MODULE: ./shared/dispatch/entry-point.ts
// What to run on the runner: an entry point of the project's MLproject (its parameters checked here, before a runner is
// paid for), a .py/.sh file MLflow runs as an entry point, or else a command line.


/** The entry point cannot run as given; the message says what to change. */
class EntryPointError extends Error {
    name = 'EntryPointError';
}
function resolveEntryPoint(reader, entryPoint, parameters) {
    const name = entryPoint.trim();
    if (name === '')
        throw new EntryPointError('the entry point is empty: name an MLproject entry point or give a command');
    const text = reader.read('MLproject');
    if (text === undefined) {
        // A bare word with no MLproject is almost always a forgotten MLproject, not a program called `main`.
        if (name === 'main')
            throw new EntryPointError('there is no MLproject, so there is no entry point "main": give a command instead, such as `python train.py`');
        return { kind: 'command', notes: [] };
    }
    let entryPoints;
    try {
        entryPoints = (0,mlproject/* readMlprojectEntryPoints */.YZ)(text);
    }
    catch (error) {
        if (error instanceof diagnostics/* LocatedError */.B)
            throw new EntryPointError(`${error.file}:${error.line ?? 1}: ${error.message}`);
        throw error;
    }
    const declared = entryPoints.find((e) => e.name === name);
    if (!declared) {
        // MLflow runs any .py or .sh file of the project as an entry point of its own.
        if (/^[^\s]+\.(py|sh)$/.test(name))
            return { kind: 'mlproject', notes: [] };
        if (!/\s/.test(name)) {
            const known = entryPoints.map((e) => e.name).join(', ') || 'none';
            throw new EntryPointError(`MLproject has no entry point "${name}" (it has: ${known}); for a command, give the whole command line`);
        }
        return { kind: 'command', notes: [] };
    }
    const missing = declared.parameters.filter((p) => p.default === undefined && !(p.name in parameters)).map((p) => p.name);
    if (missing.length) {
        throw new EntryPointError(`MLproject entry point ${name} needs ${missing.map((m) => `"${m}"`).join(', ')}, which ${missing.length === 1 ? 'has' : 'have'} no default: pass ${missing.length === 1 ? 'it' : 'them'} as parameters`);
    }
    const names = new Set(declared.parameters.map((p) => p.name));
    const extra = Object.keys(parameters).filter((p) => !names.has(p));
    const notes = extra.length ? [`MLproject entry point ${name} does not declare ${extra.join(', ')}; MLflow appends undeclared parameters to its command as --name value.`] : [];
    return { kind: 'mlproject', notes };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./shared/env/discover-packaging.ts
var discover_packaging = __webpack_require__(7561);
// EXTERNAL MODULE: ./shared/env/env-hash.ts
var env_hash = __webpack_require__(858);
// EXTERNAL MODULE: ./shared/env/file-readers.ts
var file_readers = __webpack_require__(6483);
// EXTERNAL MODULE: ./shared/env/load-environment.ts
var load_environment = __webpack_require__(604);
;// CONCATENATED MODULE: ./shared/dispatch/prepare-dispatch.ts
// Everything decided before anything is sent: the settings and their runner catalog, the runner, the entry point and
// the packed inputs. The action and `ml-hub train` both start here, so they choose and pack alike.











/** The settings have errors that would make the runner choice a guess; the diagnostics say where. */
class SettingsError extends Error {
    diagnostics;
    name = 'SettingsError';
    constructor(diagnostics) {
        super(`the settings have ${diagnostics.length === 1 ? 'an error' : `${diagnostics.length} errors`}: ${diagnostics.map((d) => `${d.file}${d.line ? `:${d.line}` : ''}: ${d.message}`).join('; ')}`);
        this.diagnostics = diagnostics;
    }
}
/** An id no other run has, for `run-name:` on servers that cannot return the run. */
function newCorrelationId() {
    return `ml-hub-${(0,external_node_crypto_.randomUUID)()}`;
}
function prepareDispatch(options) {
    const root = external_node_path_default().resolve(options.root);
    const reader = (0,file_readers/* workingTreeReader */.LE)(root);
    const { config, diagnostics } = (0,config_config/* loadConfig */.Z9)(reader, options.configPath);
    const catalog = loadRunnerCatalog(config, reader);
    const all = [...diagnostics, ...catalog.diagnostics];
    const errors = all.filter((d) => d.severity === 'error');
    if (errors.length)
        throw new SettingsError(errors);
    const requirements = options.requirements ?? config.requirements ?? {};
    const choice = chooseRunner(catalog.catalog, requirements, options.runner);
    const entry = resolveEntryPoint(reader, options.entryPoint, options.parameters);
    const envHash = options.envHash || (0,env_hash/* environmentHash */.S)((0,load_environment/* loadEnvironment */.Y)((0,discover_packaging/* rootListing */.JN)(root), reader, { env: options.env ?? {} }).files);
    const request = { entryPoint: options.entryPoint.trim(), kind: entry.kind, parameters: options.parameters, envHash };
    const correlationId = options.correlationId ?? newCorrelationId();
    const packed = packInputs(request, { correlationId, runsOn: choice.runsOn });
    return { request, requirements, choice, packed, correlationId, diagnostics: all, notes: entry.notes };
}

;// CONCATENATED MODULE: ./shared/dispatch/read-zip.ts
// Reads one file out of a zip archive in memory (GitHub serves artifacts as zips), with node:zlib: the central
// directory says where each entry is and how big; stored and deflated entries are read, the CRC is checked, and
// nothing inflates past the caller's limit. ZIP64 archives (over 4 GiB or 65,535 entries) are refused.

class ZipError extends Error {
    name = 'ZipError';
}
const eocdSignature = 0x06054b50;
const centralSignature = 0x02014b50;
const localSignature = 0x04034b50;
/** The entries the central directory lists. */
function zipEntries(zip) {
    // The end record is the last 22 bytes plus a comment of at most 65,535.
    let eocd = -1;
    for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
        if (zip.readUInt32LE(i) === eocdSignature) {
            eocd = i;
            break;
        }
    }
    if (eocd < 0)
        throw new ZipError('not a zip archive (no end of central directory)');
    const count = zip.readUInt16LE(eocd + 10);
    const offset = zip.readUInt32LE(eocd + 16);
    if (count === 0xffff || offset === 0xffffffff)
        throw new ZipError('ZIP64 archives are not supported');
    const entries = [];
    let at = offset;
    for (let i = 0; i < count; i++) {
        if (at + 46 > zip.length || zip.readUInt32LE(at) !== centralSignature)
            throw new ZipError(`central directory entry ${i + 1} is damaged`);
        const flags = zip.readUInt16LE(at + 8);
        const nameLength = zip.readUInt16LE(at + 28);
        const skip = nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
        const entry = {
            name: zip.toString(flags & 0x800 ? 'utf8' : 'latin1', at + 46, at + 46 + nameLength),
            method: zip.readUInt16LE(at + 10),
            crc: zip.readUInt32LE(at + 16),
            compressedSize: zip.readUInt32LE(at + 20),
            size: zip.readUInt32LE(at + 24),
            localOffset: zip.readUInt32LE(at + 42),
        };
        if (entry.compressedSize === 0xffffffff || entry.size === 0xffffffff || entry.localOffset === 0xffffffff)
            throw new ZipError('ZIP64 archives are not supported');
        entries.push(entry);
        at += 46 + skip;
    }
    return entries;
}
/** The bytes of `name`, or undefined when the archive has no such file. Throws ZipError past `maxBytes` or on damage. */
function readZipFile(zip, name, maxBytes) {
    const entry = zipEntries(zip).find((e) => e.name === name);
    if (!entry)
        return undefined;
    if (entry.size > maxBytes)
        throw new ZipError(`${name} is ${entry.size} bytes, over the ${maxBytes}-byte limit`);
    const local = entry.localOffset;
    if (local + 30 > zip.length || zip.readUInt32LE(local) !== localSignature)
        throw new ZipError(`the local header of ${name} is damaged`);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const raw = zip.subarray(start, start + entry.compressedSize);
    if (raw.length !== entry.compressedSize)
        throw new ZipError(`${name} is cut short`);
    let data;
    if (entry.method === 0)
        data = Buffer.from(raw);
    else if (entry.method === 8) {
        try {
            data = (0,external_node_zlib_.inflateRawSync)(raw, { maxOutputLength: maxBytes });
        }
        catch (error) {
            throw new ZipError(`${name} cannot be inflated: ${error.message}`);
        }
    }
    else
        throw new ZipError(`${name} uses compression method ${entry.method}; only stored and deflated entries are read`);
    if (data.length !== entry.size || (0,external_node_zlib_.crc32)(data) !== entry.crc)
        throw new ZipError(`${name} is damaged (size or CRC does not match)`);
    return data;
}

;// CONCATENATED MODULE: ./shared/dispatch/relay-results.ts
// Brings a dispatched run's results back: the publish-metrics report artifact it uploaded is downloaded through the
// API (as a zip, through the same client and its retries) and its summary.md is read out, for the calling job's summary.
// @actions/artifact could download another run's artifact too, but it extracts the whole artifact (dashboard and run
// artifacts) to disk with retries of its own; only one small file is wanted here.



/** The step summary budget (text/markdown.ts): the relayed summary is written under it. */
const summaryLimitBytes = (/* unused pure expression or super */ null && (stepSummaryLimitBytes));
/** GitHub's job summary limit is 1 MiB: summary.md is never bigger, and no bigger one is read. */
const summaryFileLimitBytes = 1024 * 1024;
async function fetchReportSummary(options) {
    const { client, owner, repo, runId } = options;
    const name = options.artifactName ?? 'publish-metrics';
    const maxBytes = options.maxArtifactBytes ?? 256 * 1024 * 1024;
    try {
        const artifacts = await client.paginate(client.rest.actions.listWorkflowRunArtifacts, { owner, repo, run_id: runId, name, per_page: 100 });
        // A re-run attempt may upload again: the newest one is the run's last word.
        const artifact = artifacts.filter((a) => a.name === name).sort((a, b) => Date.parse(b.created_at ?? '') - Date.parse(a.created_at ?? '') || b.id - a.id)[0];
        if (!artifact)
            return { found: false, reason: `workflow run ${runId} uploaded no artifact named ${name} (does it end with publish-metrics?)` };
        const url = `${options.runUrl}/artifacts/${artifact.id}`;
        if (artifact.expired)
            return { found: false, reason: `the ${name} artifact of workflow run ${runId} has expired` };
        if (artifact.size_in_bytes > maxBytes) {
            return { found: false, reason: `the ${name} artifact is ${artifact.size_in_bytes} bytes, more than the ${maxBytes} downloaded to read its summary; it is at ${url}` };
        }
        const { data } = await client.rest.actions.downloadArtifact({ owner, repo, artifact_id: artifact.id, archive_format: 'zip' });
        const summary = readZipFile(Buffer.from(data), 'summary.md', summaryFileLimitBytes);
        if (!summary)
            return { found: false, reason: `the ${name} artifact of workflow run ${runId} has no summary.md (is it publish-metrics' report?)` };
        return { found: true, summary: summary.toString('utf8'), artifact: { id: artifact.id, name, url } };
    }
    catch (error) {
        if (error instanceof ZipError)
            return { found: false, reason: `the ${name} artifact of workflow run ${runId} could not be read: ${error.message}` };
        return { found: false, reason: (0,errors/* explainGitHubError */.P)(error, `download the ${name} artifact of workflow run ${runId}`) };
    }
}
/**
 * The summary as the calling job shows it: a line naming the run it came from, then the run's own summary, cut at a
 * line to stay within `limitBytes` with a pointer to the artifact when it would not.
 */
function relayedSummary(summary, from, limitBytes = summaryLimitBytes) {
    const head = `> Results of [workflow run ${from.runId}](${from.runUrl}), from its [\`${from.artifactName}\` artifact](${from.artifactUrl}).\n\n`;
    const whole = `${head}${summary.trimEnd()}\n`;
    if (Buffer.byteLength(whole) <= limitBytes)
        return whole;
    const tail = `\n\n_The summary was cut to fit this job's summary; the whole report is in the [\`${from.artifactName}\` artifact](${from.artifactUrl})._\n`;
    const room = limitBytes - Buffer.byteLength(head) - Buffer.byteLength(tail);
    const body = Buffer.from(summary, 'utf8').subarray(0, Math.max(0, room)).toString('utf8');
    // Cut at a line end, and never inside a character the byte cut split (the decoder marks it with U+FFFD).
    const cut = body.lastIndexOf('\n') > 0 ? body.slice(0, body.lastIndexOf('\n')) : body.replace(/\uFFFD$/, '');
    return `${head}${cut}${tail}`;
}

;// CONCATENATED MODULE: ./shared/dispatch/wait-for-run.ts
// Follows a dispatched run until it completes or the timeout passes, printing its jobs' progress whenever it changes.
// The wait between looks grows while nothing changes and starts over when something does. Failed requests and rate
// limits are retried by the client's plugins; the clock and sleep are the caller's, so tests need not wait.



/** The run did not complete in time. It goes on running on GitHub. */
class RunTimeoutError extends Error {
    runId;
    htmlUrl;
    name = 'RunTimeoutError';
    constructor(message, runId, htmlUrl) {
        super(message);
        this.runId = runId;
        this.htmlUrl = htmlUrl;
    }
}
function progressOf(job) {
    const steps = job.steps ?? [];
    const running = steps.find((s) => s.status === 'in_progress');
    const failed = steps.find((s) => s.conclusion === 'failure');
    const step = running ?? failed;
    return {
        name: job.name,
        status: job.status,
        conclusion: job.conclusion,
        ...(step ? { step: `${step.name} (step ${step.number} of ${steps.length})` } : {}),
        ...(job.html_url ? { url: job.html_url } : {}),
    };
}
function describeJob(job) {
    const state = job.status === 'completed' ? (job.conclusion ?? 'completed') : job.status.replace('_', ' ');
    return `${job.name}: ${state}${job.step ? `, ${job.status === 'completed' ? 'failed at' : 'at'} ${job.step}` : ''}`;
}
async function waitForRun(options) {
    const { client, owner, repo, runId } = options;
    const clock = options.clock ?? Date.now;
    const sleep = options.sleep ?? realSleep;
    const log = options.log ?? (() => { });
    const { initial, max } = options.pollMs ?? { initial: 5000, max: 60_000 };
    const scale = options.pollScale ?? 1;
    const started = clock();
    const deadline = started + options.timeoutMs;
    const said = new Map();
    let runState = '';
    let wait = initial;
    const look = async () => {
        try {
            const { data: run } = await client.rest.actions.getWorkflowRun({ owner, repo, run_id: runId });
            const jobs = run.status === 'queued' ? [] : await client.paginate(client.rest.actions.listJobsForWorkflowRun, { owner, repo, run_id: runId, per_page: 100 });
            return { run, jobs: jobs.map(progressOf) };
        }
        catch (error) {
            throw new Error((0,errors/* explainGitHubError */.P)(error, `follow workflow run ${runId}`));
        }
    };
    for (;;) {
        const { run, jobs } = await look();
        let changed = false;
        const state = `${run.status ?? 'queued'}${run.conclusion ? ` (${run.conclusion})` : ''}`;
        if (state !== runState) {
            log(`Run ${run.id} #${run.run_number}: ${state} — ${run.html_url}`);
            runState = state;
            changed = true;
        }
        for (const job of jobs) {
            const line = describeJob(job);
            if (said.get(job.name) !== line) {
                log(`  ${line}`);
                said.set(job.name, line);
                changed = true;
            }
        }
        if (run.status === 'completed')
            return { id: run.id, htmlUrl: run.html_url, conclusion: run.conclusion ?? 'completed', jobs };
        const left = deadline - clock();
        if (left <= 0) {
            const where = jobs.filter((j) => j.status !== 'completed').map(describeJob);
            throw new RunTimeoutError(`Workflow run ${run.id} (${run.html_url}) did not finish within ${(0,text_units/* formatDuration */.a3)(options.timeoutMs)}: it is still ${(run.status ?? 'queued').replace('_', ' ')}` +
                `${where.length ? ` (${where.join('; ')})` : ''}. It goes on running on GitHub: follow it there, or cancel it if it should not.`, run.id, run.html_url);
        }
        wait = changed ? initial : Math.min(wait * 1.5, max);
        await sleep(Math.min(wait, left) * scale);
    }
}

;// CONCATENATED MODULE: ./shared/dispatch/dispatch-training.ts
// The dispatch-training pipeline, shared by the action and `ml-hub train`: choose the runner and pack the inputs,
// dispatch the training workflow, optionally follow it to the end and fetch the summary its publish-metrics step
// uploaded. The shells say where to dispatch (token, repository, ref) and show what comes back.









/** The user's mistake (settings, requirements, entry point, parameters): shown as one line, never a stack trace. */
class TrainingSetupError extends Error {
    diagnostics;
    name = 'TrainingSetupError';
    /** Settings errors, located, for annotations. */
    constructor(message, diagnostics = []) {
        super(message);
        this.diagnostics = diagnostics;
    }
}
/** `requirements` given as text: the same reading as the settings' `requirements:` mapping. */
function parseRequirementsText(text, label) {
    if (!text?.trim())
        return undefined;
    const doc = (0,dist/* parseDocument */.Tp)(text);
    const problems = doc.errors.map((e) => e.message.split('\n')[0]);
    const requirements = problems.length ? undefined : (0,config_config/* readRequirements */.F2)(doc.toJS({ maxAliasCount: 10 }), (m) => problems.push(m));
    if (problems.length || !requirements)
        throw new TrainingSetupError(`${label}: ${problems.join('; ')}`);
    return requirements;
}
/** Everything decided before anything is sent, with the user's mistakes as TrainingSetupError. */
function prepareTraining(options) {
    const requirements = parseRequirementsText(options.requirementsText, options.requirementsLabel);
    try {
        return prepareDispatch({ ...options, requirements });
    }
    catch (error) {
        if (error instanceof SettingsError)
            throw new TrainingSetupError(error.message, error.diagnostics);
        if (error instanceof NoRunnerFitsError || error instanceof EntryPointError || error instanceof PackError)
            throw new TrainingSetupError(error.message);
        throw error;
    }
}
async function dispatchTraining(options, prepared = prepareTraining(options)) {
    const { workflow, log, pollScale } = options;
    const target = await options.connect(prepared);
    const { client, owner, repo, ref } = target;
    const run = await dispatchRun({ client, owner, repo, workflow, ref, inputs: prepared.packed.inputs, correlationId: prepared.correlationId, pollScale, log });
    options.onDispatched?.(run, target);
    if (!options.wait)
        return { prepared, target, run };
    const started = Date.now();
    let finished;
    try {
        finished = await waitForRun({ client, owner, repo, runId: run.id, timeoutMs: options.timeoutMs, pollScale, log });
    }
    catch (error) {
        if (error instanceof RunTimeoutError)
            return { prepared, target, run, timedOut: error };
        throw error;
    }
    const result = { prepared, target, run, finished: { ...finished, elapsedMs: Date.now() - started } };
    if (options.resultsArtifact) {
        result.results = await fetchReportSummary({ client, owner, repo, runId: finished.id, runUrl: finished.htmlUrl, artifactName: options.resultsArtifact });
    }
    return result;
}
/** neutral is how a run says "nothing wrong" without success; anything else means the training did not happen or failed. */
function trainingSucceeded(conclusion) {
    return conclusion === 'success' || conclusion === 'neutral';
}

;// CONCATENATED MODULE: ./shared/dispatch/github-remote.ts
// Which GitHub repository a clone's remote points at, and that server's API: github.com or an Enterprise Server.
/** `https://github.com/o/r.git`, `git@github.com:o/r.git`, `ssh://git@host/o/r`; undefined for anything else. */
function parseGitHubRemote(url) {
    const trimmed = url.trim();
    let host;
    let pathPart;
    const scp = /^[\w.-]+@([\w.-]+):(?!\/)(.+)$/.exec(trimmed);
    if (scp)
        [, host, pathPart] = scp;
    else {
        let parsed;
        try {
            parsed = new URL(trimmed);
        }
        catch {
            return undefined;
        }
        if (!['https:', 'http:', 'ssh:', 'git:'].includes(parsed.protocol))
            return undefined;
        host = parsed.hostname;
        try {
            pathPart = decodeURIComponent(parsed.pathname);
        }
        catch {
            return undefined; // `%` not followed by an escape of UTF-8
        }
    }
    const parts = pathPart.replace(/^\/+/, '').replace(/\/+$/, '').replace(/\.git$/, '').split('/');
    // Owner and repository names are letters, digits, `-`, `_` and `.`; `..` would walk out of the API's /repos/ path.
    if (parts.length !== 2 || !parts.every((p) => /^[\w.-]+$/.test(p) && p !== '.' && p !== '..'))
        return undefined;
    const [owner, repo] = parts;
    const apiUrl = host === 'github.com' ? 'https://api.github.com' : `https://${host}/api/v3`;
    return { host, owner, repo, apiUrl };
}

// EXTERNAL MODULE: ./shared/git/git.ts
var git = __webpack_require__(7361);
// EXTERNAL MODULE: ./shared/github/client.ts
var github_client = __webpack_require__(6317);
// EXTERNAL MODULE: ./cli/cli-support.ts
var cli_support = __webpack_require__(3735);
;// CONCATENATED MODULE: ./cli/train-command.ts
// ml-hub train [PATH] [--workflow W] [--ref R] [--entry-point E] [-P k=v]… [--runner L] [--wait] [--timeout 2h]
// The dispatch-training action from a terminal: the repository is the clone's `origin`, the token comes from
// GITHUB_TOKEN, GH_TOKEN or the GitHub CLI, and `--wait` follows the run here and prints its results.












const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
async function repository(root, given) {
    if (given) {
        const [owner, repo, extra] = given.split('/');
        if (!owner || !repo || extra !== undefined)
            throw new cli_support/* UsageError */.eb(`train: --repo must be OWNER/NAME, got ${given}`);
        return { host: 'github.com', owner, repo, apiUrl: 'https://api.github.com' };
    }
    const origin = (await (0,git/* tryGit */.Ii)(root, ['remote', 'get-url', 'origin']))?.trim();
    if (!origin)
        throw new cli_support/* UsageError */.eb('train: this clone has no `origin` remote; pass --repo OWNER/NAME');
    const remote = parseGitHubRemote(origin);
    if (!remote)
        throw new cli_support/* UsageError */.eb(`train: origin (${origin}) is not a GitHub repository address; pass --repo OWNER/NAME`);
    return remote;
}
/** GITHUB_TOKEN, GH_TOKEN, else what `gh auth login` stored for the host. */
async function token(host) {
    const fromEnv = process.env.GITHUB_TOKEN || process.env.GH_TOKEN;
    if (fromEnv)
        return fromEnv;
    try {
        const { stdout } = await run('gh', ['auth', 'token', '--hostname', host], { encoding: 'utf8' });
        if (stdout.trim())
            return stdout.trim();
    }
    catch {
        // Not installed or not logged in: said below.
    }
    throw new cli_support/* UsageError */.eb(`train: no token: set GITHUB_TOKEN or GH_TOKEN, or run \`gh auth login --hostname ${host}\` (the token needs the repo and workflow scopes, or actions: write)`);
}
/** The checked-out branch; GitHub runs what it has, so commits not pushed yet are pointed out. */
async function currentBranch(root) {
    const branch = (await (0,git/* tryGit */.Ii)(root, ['rev-parse', '--abbrev-ref', 'HEAD']))?.trim();
    if (!branch || branch === 'HEAD')
        throw new cli_support/* UsageError */.eb('train: HEAD is detached; pass --ref BRANCH');
    const ahead = (await (0,git/* tryGit */.Ii)(root, ['rev-list', '--count', '@{upstream}..HEAD']))?.trim();
    if (ahead && ahead !== '0')
        console.error(`warning: ${ahead} commit(s) on ${branch} are not pushed; the run uses the branch as GitHub has it.`);
    return branch;
}
async function trainCommand(args) {
    const { values, positionals } = (0,cli_support/* parseCommandArgs */.Qx)(args, {
        workflow: { type: 'string' },
        ref: { type: 'string' },
        'entry-point': { type: 'string', short: 'e' },
        param: { type: 'string', short: 'P', multiple: true },
        runner: { type: 'string' },
        requirements: { type: 'string' },
        'env-hash': { type: 'string' },
        config: { type: 'string' },
        repo: { type: 'string' },
        wait: { type: 'boolean' },
        timeout: { type: 'string' },
        'results-artifact': { type: 'string' },
    }, 'train');
    if (positionals.length > 1)
        throw new cli_support/* UsageError */.eb('train: expected at most one PATH');
    const root = positionals[0] ?? '.';
    if (!(0,external_node_fs_.existsSync)(root))
        throw new cli_support/* UsageError */.eb(`train: ${root} does not exist`);
    let options;
    try {
        options = {
            root,
            workflow: values.workflow ?? 'train.yml',
            configPath: values.config,
            entryPoint: values['entry-point'] ?? 'main',
            parameters: parseParameterArgs(values.param ?? []),
            envHash: values['env-hash'],
            runner: values.runner,
            requirementsText: values.requirements,
            requirementsLabel: '--requirements',
            env: process.env,
            wait: values.wait ?? false,
            timeoutMs: (0,text_units/* parseDuration */.E9)(values.timeout ?? '6h'),
            resultsArtifact: values['results-artifact'] ?? 'publish-metrics',
            pollScale: Number(process.env.ML_HUB_GITHUB_WAIT_SCALE) || 1,
            log: (line) => console.error(line),
            connect: async () => {
                const remote = await repository(root, values.repo);
                const client = (0,github_client/* createGitHubClient */.L)(await token(remote.host), {
                    baseUrl: process.env.GITHUB_API_URL || remote.apiUrl,
                    log: { info: () => { }, warning: (m) => console.error(`warning: ${m}`) },
                });
                return { client, owner: remote.owner, repo: remote.repo, ref: values.ref ?? (await currentBranch(root)) };
            },
            onDispatched: (run, { owner, repo, ref }) => console.log(`Started ${options.workflow} on ${ref} in ${owner}/${repo}: ${run.htmlUrl}`),
        };
    }
    catch (error) {
        throw new cli_support/* UsageError */.eb(`train: ${error.message}`);
    }
    let prepared;
    try {
        prepared = prepareTraining(options);
    }
    catch (error) {
        if (!(error instanceof TrainingSetupError))
            throw error;
        if (!error.diagnostics.length)
            throw new cli_support/* UsageError */.eb(`train: ${error.message}`);
        for (const d of error.diagnostics)
            console.error((0,diagnostics/* formatDiagnostic */.x)(d));
        throw new cli_support/* UsageError */.eb('train: fix the settings before a runner can be chosen');
    }
    for (const d of prepared.diagnostics)
        console.error((0,diagnostics/* formatDiagnostic */.x)(d));
    for (const w of prepared.choice.warnings)
        console.error(`warning: ${w}`);
    for (const n of prepared.notes)
        console.error(`note: ${n}`);
    console.log(prepared.choice.explanation.replace(/`/g, ''));
    const { finished, timedOut, results } = await dispatchTraining(options, prepared);
    if (timedOut) {
        console.error(timedOut.message);
        return cli_support/* exitCodes */.hS.findings;
    }
    if (!finished)
        return cli_support/* exitCodes */.hS.ok;
    console.log(`Run ${finished.id} finished: ${finished.conclusion} after ${(0,text_units/* formatDuration */.a3)(finished.elapsedMs)} — ${finished.htmlUrl}`);
    for (const job of finished.jobs.filter((j) => j.conclusion && j.conclusion !== 'success' && j.conclusion !== 'skipped'))
        console.log(`  ${describeJob(job)}`);
    if (results?.found)
        console.log(`\n${results.summary.trimEnd()}\n\n(from ${results.artifact.url})`);
    else if (results)
        console.error(`note: results not shown: ${results.reason}`);
    return trainingSucceeded(finished.conclusion) ? cli_support/* exitCodes */.hS.ok : cli_support/* exitCodes */.hS.findings;
}


/***/ }),

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

/***/ 6317:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ createGitHubClient)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2270);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6856);
/* harmony import */ var bottleneck_light_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3251);
/* harmony import */ var bottleneck_light_js__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(bottleneck_light_js__WEBPACK_IMPORTED_MODULE_1__);
// The GitHub client every action uses: @actions/github's octokit with retries for 5xx answers and dropped connections
// (@octokit/plugin-retry) and waiting out primary and secondary rate limits (@octokit/plugin-throttling), each retry
// reported through the caller's logger.




/**
 * Every 4xx but 408 (Request Timeout): retrying fixes server errors, not requests GitHub refused. 403 and 429 are the
 * throttling plugin's to judge, since they may be rate limits.
 */
const doNotRetry = Array.from({ length: 100 }, (_, i) => 400 + i).filter((status) => status !== 408);
const silent = { info: () => { }, warning: () => { } };
function createGitHubClient(token, options = {}) {
    const log = options.log ?? silent;
    const retries = options.retries ?? 3;
    const maxWait = options.maxRateLimitWait ?? 900;
    const scale = options.waitScale ?? (Number(process.env.ML_HUB_GITHUB_WAIT_SCALE) || 1);
    const onLimit = (kind) => (retryAfter, request, _octokit, retryCount) => {
        const what = `${request.method} ${request.url}`;
        if (retryCount >= retries || retryAfter > maxWait) {
            log.warning(`${what}: GitHub ${kind} rate limit; not waiting ${retryAfter}s for another try (${retryCount} retries so far).`);
            return false;
        }
        log.warning(`${what}: GitHub ${kind} rate limit; retrying in ${retryAfter}s (retry ${retryCount + 1} of ${retries}).`);
        return true;
    };
    return (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(token, {
        baseUrl: options.baseUrl ?? (process.env.GITHUB_API_URL || 'https://api.github.com'),
        userAgent: options.userAgent ?? 'ml-hub',
        log: {
            debug: (m) => log.debug?.(m),
            info: (m) => log.debug?.(m),
            warn: (m) => log.warning(m),
            error: (m) => log.warning(m),
        },
        retry: { retries, doNotRetry, retryAfterBaseValue: 1000 * scale },
        throttle: {
            retryAfterBaseValue: 1000 * scale,
            onRateLimit: onLimit('primary'),
            onSecondaryRateLimit: onLimit('secondary'),
            ...pacing(scale),
        },
    }, reportRetries(log), _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_3__/* .throttling */ .A);
}
const pacingGroups = new Map();
/**
 * GitHub asks clients to space out content-creating requests; the throttling plugin does (1 s between writes, 3 s
 * between notification-triggering ones, 2 s between searches). Same groups as its defaults, with the scale applied,
 * shared by every client in the process as the plugin's own are.
 */
function pacing(scale) {
    let groups = pacingGroups.get(scale);
    if (!groups) {
        const group = (id, minTime) => new (bottleneck_light_js__WEBPACK_IMPORTED_MODULE_1___default().Group)({ id, maxConcurrent: 1, minTime: minTime * scale, timeout: 120_000 });
        groups = { write: group('ml-hub-write', 1000), notifications: group('ml-hub-notifications', 3000), search: group('ml-hub-search', 2000) };
        pacingGroups.set(scale, groups);
    }
    return groups;
}
/**
 * Logs every retry, whichever plugin makes it. Registered before them, so its hook runs inside theirs and sees each
 * attempt of a request (they retry with the same options object).
 */
function reportRetries(log) {
    return (octokit) => {
        const failures = new WeakMap();
        octokit.hook.wrap('request', async (request, options) => {
            const previous = failures.get(options);
            if (previous)
                log.info(`${options.method} ${options.url}: attempt ${previous.attempts + 1} after ${previous.last}.`);
            try {
                return await request(options);
            }
            catch (error) {
                // A request that got no answer at all reaches us as a status-500 RequestError without a response.
                const e = error;
                const last = e.response === undefined ? `no answer (${e.message})` : `status ${e.status}`;
                failures.set(options, { attempts: (previous?.attempts ?? 0) + 1, last });
                throw error;
            }
        });
    };
}


/***/ }),

/***/ 5585:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ explainGitHubError)
/* harmony export */ });
// Turns a failed GitHub call into one line that says what went wrong and what to change, for the action's error
// annotation. GitHub's own messages are terse ("Resource not accessible by integration") and often misleading (404 for
// a private repository the token cannot see).
function isRequestError(error) {
    return typeof error === 'object' && error !== null && typeof error.status === 'number';
}
/** The `permissions:` entry a GITHUB_TOKEN needs to write to this endpoint. */
function permissionFor(path) {
    if (/\/pulls(\/|$)/.test(path))
        return '`permissions: pull-requests: write`';
    if (/\/issues(\/|$)/.test(path))
        return '`permissions: issues: write` (`pull-requests: write` for comments on pull requests)';
    if (/\/actions(\/|$)/.test(path))
        return '`permissions: actions: write`';
    if (/\/(statuses|check-runs|check-suites)(\/|$)/.test(path))
        return '`permissions: checks: write`';
    return '`permissions: contents: write`';
}
function oneLine(text) {
    return text.replace(/\s*\n+\s*/g, ' ').trim();
}
function bodyOf(error) {
    const data = error.response?.data;
    return typeof data === 'object' && data !== null ? data : {};
}
function describeFieldError(e) {
    if (typeof e === 'string')
        return e;
    if (e.message)
        return e.message;
    const field = e.field ? `\`${e.field}\`` : 'a field';
    const of = e.resource ? ` of ${e.resource}` : '';
    switch (e.code) {
        case 'missing_field':
            return `${field}${of} is required`;
        case 'invalid':
            return `${field}${of} is invalid (e.g. a branch that does not exist)`;
        case 'already_exists':
            return `a ${e.resource ?? 'resource'} with this ${field} already exists`;
        case 'missing':
            return `${e.resource ?? 'the resource'} does not exist`;
        default:
            return `${field}${of}: ${e.code ?? 'invalid'}`;
    }
}
function explainGitHubError(error, action, context = {}) {
    const fail = (why) => oneLine(`Could not ${action}: ${why}`);
    const raw = error instanceof Error ? error.message : String(error);
    const workflowFile = /refusing to allow .* to create or update workflow `([^`]+)` without `workflows?` permission/i.exec(raw);
    if (workflowFile) {
        return fail(`the change touches ${workflowFile[1]}, and GITHUB_TOKEN may never change workflow files; use a personal access token with the \`workflow\` scope or a GitHub App token with \`workflows: write\`, or leave .github/workflows out of the change.`);
    }
    if (!isRequestError(error))
        return fail(raw);
    const { status } = error;
    const body = bodyOf(error);
    const message = body.message ?? raw.replace(/ - https:\/\/docs\.github\.com\S*$/, '');
    const method = (error.request?.method ?? 'GET').toUpperCase();
    const path = error.request?.url ? new URL(error.request.url, 'https://api.github.com').pathname : '';
    const headers = error.response?.headers ?? {};
    const repo = /^\/repos\/([^/]+\/[^/]+)/.exec(path)?.[1];
    if (/not permitted to create or approve pull requests/i.test(message)) {
        return fail('GitHub Actions is not allowed to create pull requests: enable Settings → Actions → General → Allow GitHub Actions to create and approve pull requests (for an organization, in its settings too), or pass a token with `pull-requests: write`.');
    }
    if ((status === 403 || status === 429) && headers['x-ratelimit-remaining'] === '0') {
        const reset = Number(headers['x-ratelimit-reset']);
        const when = Number.isFinite(reset) && reset > 0 ? ` until ${new Date(reset * 1000).toISOString()}` : '';
        return fail(`the GitHub API rate limit is used up (${headers['x-ratelimit-used'] ?? '?'} of ${headers['x-ratelimit-limit'] ?? '?'} requests this hour)${when}; run less often, or use a token with its own budget (a GitHub App token gets more than GITHUB_TOKEN).`);
    }
    if ((status === 403 || status === 429) && /secondary rate limit/i.test(message)) {
        return fail('GitHub\'s secondary rate limit stopped the request even after waiting and retrying; too many requests or too much content was created at once (e.g. parallel jobs); spread the workflows out or reduce their concurrency, then re-run.');
    }
    if (status === 403 && /resource not accessible by integration/i.test(message)) {
        if (method === 'POST' && /^\/repos\/[^/]+\/[^/]+\/pulls$/.test(path)) {
            return fail('GitHub Actions is not allowed to create pull requests: enable Settings → Actions → General → Allow GitHub Actions to create and approve pull requests, or pass a token with `pull-requests: write`.');
        }
        if (context.fromFork) {
            return fail('this run is for a pull request from a fork, where GITHUB_TOKEN is read-only whatever the workflow asks for; run the step on `pull_request_target` or `workflow_run` instead (without checking out untrusted code with the token), or skip it for forks.');
        }
        return fail(`the token may not do this: give the job ${permissionFor(path)}; on pull requests from forks GITHUB_TOKEN is read-only regardless.`);
    }
    if (status === 401)
        return fail('GitHub rejected the token (401 Bad credentials): it is missing, expired or revoked.');
    if (status === 404) {
        const target = repo ? `${repo} (or what ${path.slice(`/repos/${repo}`.length) || 'it'} names in it)` : path || 'the resource';
        return fail(`GitHub answered 404 for ${method} ${path}: ${target} does not exist, or the repository is private and the token cannot see it (GitHub answers 404, not 403, then); GITHUB_TOKEN only reaches the workflow's own repository, so pass a token with access to ${repo ?? 'it'}.`);
    }
    if (status === 422) {
        // "Validation Failed" and "Invalid request." only announce the details that follow them.
        const details = (body.errors ?? []).map(describeFieldError);
        const reasons = details.length > 0 ? details.join('; ') : message.replace(/^Invalid request\.?\s*/i, '') || message;
        return fail(`GitHub rejected the request (422): ${reasons.replace(/\.$/, '')}.`);
    }
    if (status >= 500) {
        const cause = 'response' in error && error.response ? `answered ${status}` : `could not be reached (${raw})`;
        return fail(`GitHub ${cause}, and retrying did not help; it is probably having an outage (see https://www.githubstatus.com), try again later.`);
    }
    return fail(`GitHub answered ${status}: ${message}`);
}


/***/ }),

/***/ 275:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _h: () => (/* binding */ nominalGb),
/* harmony export */   fq: () => (/* binding */ formatGb)
/* harmony export */ });
/* unused harmony exports GB, GIB, MEMORY_TOLERANCE */
// How machine sizes are compared and shown. The generated setup.py repeats these rules in Python
// (assets/bootstrap_setup.py); the differential tests run both on the same inputs, so change them together.
/** Decimal gigabyte: what messages show ("needs 16 GB"). */
const GB = 1e9;
const GIB = 2 ** 30;
/**
 * Memory may fall this far under the requirement and still pass: firmware and the kernel keep part of the RAM, so a
 * machine sold as 16 GB reports about 15.5 GiB.
 */
const MEMORY_TOLERANCE = 0.05;
/**
 * Bytes as GB with one decimal and no trailing `.0`. Needs round up and findings round down, so a shortfall never
 * reads "needs 16 GB, found 16 GB". The epsilon keeps float noise (1.3e9 / 1e8 = 13.000000000000002) from tipping it.
 */
function formatGb(bytes, round) {
    const tenths = round === 'up' ? Math.ceil(bytes / 1e8 - 1e-6) : Math.floor(bytes / 1e8 + 1e-6);
    return tenths % 10 === 0 ? String(tenths / 10) : `${Math.floor(tenths / 10)}.${tenths % 10}`;
}
/**
 * The whole number of GB a person means by a machine size: `16GB` and `16 GiB` both mean the 16 GB tier that GitHub
 * lists and devcontainer.json writes as `16gb` (1024-based). Anything else rounds up to the next decimal GB.
 */
function nominalGb(bytes) {
    if (bytes <= 0)
        return 0;
    return bytes % GIB === 0 ? bytes / GIB : Math.ceil(bytes / GB - 1e-9);
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
