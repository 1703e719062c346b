"use strict";
(() => {

;// CONCATENATED MODULE: ./assets/dashboard/artifacts-view.ts
// A run's artifacts: the tree with sizes, and a viewer for the text files the report carries (logs, summaries,
// configs), shown as text nodes, so markup in a log stays text. Each file has its own route, so a link to a log can
// be shared.
function createArtifactsView(dom, fmt, ui) {
    const { h } = dom;
    /** Trees with more entries than this start with only the top level open. */
    const openAllUpTo = 60;
    function buildTree(entries) {
        const root = { name: '', entry: null, children: [] };
        const dirs = new Map([['', root]]);
        for (const entry of entries) {
            const cut = entry.path.lastIndexOf('/');
            const parentPath = cut < 0 ? '' : entry.path.slice(0, cut);
            let parent = dirs.get(parentPath);
            if (!parent) {
                // A listing always names a directory before its contents; a reader that did not still gets a tree.
                parent = { name: parentPath, entry: { path: parentPath, dir: true, size: null }, children: [] };
                dirs.set(parentPath, parent);
                root.children.push(parent);
            }
            const node = { name: entry.path.slice(cut + 1), entry, children: [] };
            parent.children.push(node);
            if (entry.dir)
                dirs.set(entry.path, node);
        }
        return root;
    }
    function dirSize(node) {
        return node.children.reduce((sum, c) => sum + (c.entry?.dir ? dirSize(c) : (c.entry?.size ?? 0)), 0);
    }
    function render(run, selected) {
        if (run.artifacts.length === 0)
            return ui.card(null, ui.empty('This run has no artifacts.'));
        const openAll = run.artifacts.length <= openAllUpTo;
        const drawNode = (node, depth) => {
            const entry = node.entry;
            if (entry.dir) {
                const open = openAll || depth === 0 || (selected !== null && selected.startsWith(`${entry.path}/`));
                return h('li', { class: 'tree-dir' }, h('details', { open }, h('summary', null, h('span', { class: 'tree-icon' }, '▸'), h('span', { class: 'tree-name' }, node.name), h('span', { class: 'size' }, fmt.bytes(dirSize(node)))), h('ul', null, node.children.map((c) => drawNode(c, depth + 1)))));
            }
            const kind = entry.text !== undefined ? 'text' : entry.image ? 'image' : 'other';
            return h('li', { class: `tree-file${entry.path === selected ? ' selected' : ''}`, 'data-kind': kind }, h('a', { href: dom.routeHref('run', run.id, 'artifacts', ...entry.path.split('/')), title: entry.path }, h('span', { class: 'tree-name' }, node.name)), h('span', { class: 'size' }, fmt.bytes(entry.size)));
        };
        const tree = buildTree(run.artifacts);
        const entry = selected === null ? undefined : run.artifacts.find((a) => a.path === selected && !a.dir);
        const total = run.artifacts.reduce((sum, a) => sum + (a.size ?? 0), 0);
        return h('div', { class: 'artifacts' }, h('div', { class: 'artifact-tree card' }, h('div', { class: 'tree-head muted' }, `${fmt.count(run.artifacts.filter((a) => !a.dir).length)} files · ${fmt.bytes(total)}`), h('ul', { class: 'tree' }, tree.children.map((c) => drawNode(c, 0)))), h('div', { class: 'artifact-viewer card' }, viewer(entry, selected)));
    }
    function viewer(entry, selected) {
        if (selected === null)
            return ui.empty('Select a file to see it here. Text files (logs, summaries, configs) are shown in full up to the report’s size limit.');
        if (!entry)
            return ui.empty(`No file ${selected} among this run's artifacts.`);
        const head = h('div', { class: 'viewer-head' }, h('span', { class: 'viewer-path mono' }, entry.path), h('span', { class: 'size' }, fmt.bytes(entry.size)));
        if (entry.image) {
            // A data: URI in an <img>: an SVG's scripts never run there, and the page's CSP allows img-src data: only.
            const img = h('img', { class: 'artifact-image', alt: entry.path, src: `data:${entry.image.mime};base64,${entry.image.base64}` });
            return [head, h('div', { class: 'image-view' }, img)];
        }
        if (entry.text === undefined) {
            return [head, ui.empty(entry.omitted ? `Not included in this report: ${entry.omitted}.` : 'Not included in this report.')];
        }
        if (entry.text === '')
            return [head, ui.empty('(empty file)')];
        const lines = entry.text.split('\n');
        if (lines[lines.length - 1] === '')
            lines.pop();
        const gutter = h('pre', { class: 'gutter', 'aria-hidden': 'true' }, lines.map((_, i) => String(i + 1)).join('\n'));
        const code = h('pre', { class: 'code' }, entry.text);
        const body = h('div', { class: 'code-view' }, gutter, code);
        const wrap = h('input', { type: 'checkbox', class: 'wrap-toggle' });
        wrap.addEventListener('change', () => body.classList.toggle('wrapped', wrap.checked));
        head.append(h('span', { class: 'muted' }, `${fmt.count(lines.length)} lines`), h('label', { class: 'check' }, wrap, ' Wrap lines'));
        return [
            head,
            entry.truncated ? h('p', { class: 'notice' }, `Cut for this report: the first ${fmt.count(lines.length)} lines of a ${fmt.bytes(entry.size)} file.`) : null,
            body,
        ].filter((x) => x !== null);
    }
    return { render };
}

;// CONCATENATED MODULE: ./assets/dashboard/compare-page.ts
// Selected runs side by side, as MLflow's compare page lays them out: the runs, one chart per metric with a series per
// run, the latest values (best of each row marked), params and tags with differing rows highlighted, and a
// parallel-coordinates plot of chosen params against a chosen metric.
function createComparePage(dom, fmt, index, ui, charts, pc) {
    const { h, link } = dom;
    /** Default parallel-coordinates axes: the params that differ, at most this many. */
    const defaultAxes = 8;
    function swatch(color) {
        const el = h('span', { class: 'swatch' });
        el.style.setProperty('background', color);
        return el;
    }
    const label = (run) => run.name || run.id.slice(0, 8);
    /** A key × run table; rows whose values are not all equal are marked (and can be shown alone). */
    function diffTable(runs, colors, pick, what) {
        const keys = [...new Set(runs.flatMap((r) => pick(r).map(([k]) => k)))].sort(index.byCodePoint);
        if (keys.length === 0)
            return ui.empty(`No ${what} logged by these runs.`);
        const valueOf = (run, key) => pick(run).find(([k]) => k === key)?.[1];
        const differs = (key) => new Set(runs.map((r) => valueOf(r, key) ?? '\u0000missing')).size > 1;
        const differing = keys.filter(differs).length;
        const onlyDiff = h('input', { type: 'checkbox', class: 'only-diff' });
        const body = h('tbody');
        const draw = () => {
            const shown = onlyDiff.checked ? keys.filter(differs) : keys;
            dom.clear(body, shown.map((key) => {
                const diff = differs(key);
                return h('tr', { class: diff ? 'differs' : null, 'data-key': key }, h('th', { scope: 'row', class: 'key' }, key), runs.map((r) => {
                    const v = valueOf(r, key);
                    return h('td', null, v === undefined ? h('span', { class: 'muted' }, '—') : ui.longValue(v));
                }));
            }));
        };
        onlyDiff.addEventListener('change', draw);
        draw();
        return h('div', null, h('div', { class: 'toolbar' }, h('label', { class: 'check' }, onlyDiff, ` Show only differences`), h('span', { class: 'muted' }, `${differing} of ${keys.length} differ`)), h('div', { class: 'table-scroll' }, h('table', { class: `data diff-table ${what}-diff` }, h('thead', null, h('tr', null, h('th', null, what === 'params' ? 'Parameter' : 'Tag'), runs.map((r, i) => h('th', null, swatch(colors[i]), label(r))))), body)));
    }
    function latestTable(runs, colors, keys) {
        return h('div', { class: 'table-scroll' }, h('table', { class: 'data latest-table' }, h('thead', null, h('tr', null, h('th', null, 'Metric'), runs.map((r, i) => h('th', { class: 'num' }, swatch(colors[i]), label(r))))), h('tbody', null, keys.map((key) => {
            const dir = index.directionOf(key);
            const values = runs.map((r) => {
                const m = index.metricOf(r, key);
                return m ? fmt.num(m.value) : null;
            });
            const finite = values.filter((v) => v !== null && Number.isFinite(v));
            const best = finite.length > 1 ? (dir === 'min' ? Math.min(...finite) : Math.max(...finite)) : null;
            return h('tr', null, h('th', { scope: 'row', class: 'key', title: `${dir === 'min' ? 'Lower' : 'Higher'} is better` }, key), values.map((v) => h('td', { class: `num${v !== null && v === best ? ' best' : ''}`, title: v === null ? null : String(v) }, v === null ? '—' : fmt.metric(v))));
        }))));
    }
    function parallel(runs, metricKeys) {
        const paramKeys = index.paramKeys(runs);
        if (paramKeys.length === 0 || metricKeys.length === 0)
            return ui.empty('Parallel coordinates need runs with params and metrics.');
        const differs = (key) => new Set(runs.map((r) => r.params.find(([k]) => k === key)?.[1] ?? '\u0000')).size > 1;
        const present = (key) => runs.filter((r) => r.params.some(([k]) => k === key)).length;
        const chosen = new Set(paramKeys.filter(differs).sort((a, b) => present(b) - present(a)).slice(0, defaultAxes));
        if (chosen.size === 0)
            chosen.add(paramKeys[0]);
        const firstRuns = runs[0];
        const ranking = index.rankingMetric(firstRuns.experimentId);
        let metricKey = ranking && metricKeys.includes(ranking.key) ? ranking.key : metricKeys[0];
        let direction = index.directionOf(metricKey);
        if (ranking && ranking.key === metricKey)
            direction = ranking.direction;
        const host = h('div', { class: 'pc-host' });
        const select = h('select', { class: 'pc-metric', 'aria-label': 'Metric axis' }, metricKeys.map((k) => h('option', { value: k }, k)));
        select.value = metricKey;
        const dirSelect = h('select', { class: 'pc-direction', 'aria-label': 'Better values are' }, h('option', { value: 'min' }, 'lower is better'), h('option', { value: 'max' }, 'higher is better'));
        dirSelect.value = direction;
        const draw = () => {
            const pcRuns = runs.map((r) => {
                const m = index.metricOf(r, metricKey);
                return { id: r.id, label: label(r), values: new Map(r.params), metric: m ? fmt.num(m.value) : null };
            });
            dom.clear(host, pc.plot({ axes: paramKeys.filter((k) => chosen.has(k)), metricKey, direction, runs: pcRuns, onOpen: (id) => { dom.win.location.hash = dom.routeHref('run', id); } }));
        };
        select.addEventListener('change', () => {
            metricKey = select.value;
            direction = ranking && ranking.key === metricKey ? ranking.direction : index.directionOf(metricKey);
            dirSelect.value = direction;
            draw();
        });
        dirSelect.addEventListener('change', () => {
            direction = dirSelect.value === 'max' ? 'max' : 'min';
            draw();
        });
        const axisChooser = h('details', { class: 'column-chooser' }, h('summary', { class: 'button' }, 'Params'), h('div', { class: 'menu' }, paramKeys.map((k) => {
            const box = h('input', { type: 'checkbox', checked: chosen.has(k) });
            box.addEventListener('change', () => {
                if (box.checked)
                    chosen.add(k);
                else
                    chosen.delete(k);
                if (chosen.size === 0) {
                    chosen.add(k);
                    box.checked = true;
                }
                draw();
            });
            return h('label', { class: 'check' }, box, ` ${k}${differs(k) ? '' : ' (same for all)'}`);
        })));
        draw();
        return h('div', null, h('div', { class: 'toolbar' }, h('label', null, 'Metric ', select), dirSelect, axisChooser, h('span', { class: 'muted hint' }, 'Drag along an axis to filter; click it to clear. Click a line to open the run.')), host);
    }
    function render(ids) {
        const runs = ids.map((id) => index.runs.get(id)).filter((r) => r !== undefined);
        const missing = ids.filter((id) => !index.runs.has(id));
        const colors = runs.map((_, i) => charts.colorAt(i));
        const metricKeys = index.metricKeys(runs);
        const without = (id) => dom.routeHref('compare', ids.filter((x) => x !== id).join(','));
        const runsTable = h('table', { class: 'data compare-runs' }, h('thead', null, h('tr', null, ['', 'Run', 'Experiment', 'Status', 'Started', 'Duration', ''].map((c) => h('th', null, c)))), h('tbody', null, runs.map((run, i) => {
            const exp = index.experiments.get(run.experimentId);
            return h('tr', { 'data-run': run.id }, h('td', null, swatch(colors[i])), h('td', null, ui.runLink(run), h('div', { class: 'mono muted small' }, run.id)), h('td', null, exp ? link(['experiment', exp.id], null, exp.name) : run.experimentId), h('td', null, ui.statusBadge(run.status)), h('td', { class: 'nowrap' }, fmt.date(run.start)), h('td', { class: 'nowrap num' }, fmt.duration(run.start, run.end)), h('td', null, runs.length > 2 ? h('a', { href: without(run.id), class: 'remove', title: 'Remove from the comparison' }, 'Remove') : null));
        })));
        const chartGrid = h('div', { class: 'chart-grid' }, 
        // Metrics that no run logged more than once are in the latest values table, not drawn as dots.
        metricKeys.filter((key) => runs.some((run) => (index.metricOf(run, key)?.count ?? 0) > 1)).map((key) => charts.lineChart({
            title: key,
            legend: true,
            series: runs.flatMap((run, i) => {
                const m = index.metricOf(run, key);
                return m ? [{ label: label(run), color: colors[i], ...index.seriesOf(m), start: run.start }] : [];
            }),
        })));
        const content = h('div', { class: 'page compare-page' }, h('div', { class: 'page-head' }, h('h1', null, `Comparing ${runs.length} runs`)), missing.length ? h('p', { class: 'notice' }, `Not in this report: ${missing.join(', ')}`) : null, runs.length < 2 ? h('p', { class: 'notice' }, 'Pick at least two runs in an experiment’s runs table to compare them.') : null, ui.card('Runs', h('div', { class: 'table-scroll' }, runsTable)), metricKeys.length ? ui.card('Metrics', chartGrid) : null, metricKeys.length ? ui.card('Latest values', latestTable(runs, colors, metricKeys)) : null, ui.card('Parameters', diffTable(runs, colors, (r) => r.params, 'params')), ui.card('Parallel coordinates', parallel(runs, metricKeys)), ui.card('Tags', diffTable(runs, colors, (r) => r.tags.filter(([k]) => k !== 'mlflow.runName'), 'tags')));
        const exps = [...new Set(runs.map((r) => r.experimentId))];
        const crumbs = [{ label: 'Experiments', href: '#/' }];
        const exp = exps.length === 1 ? index.experiments.get(exps[0]) : undefined;
        if (exp)
            crumbs.push({ label: exp.name, href: dom.routeHref('experiment', exp.id) });
        return { title: `Compare ${runs.length} runs`, crumbs: [...crumbs, { label: 'Compare' }], content };
    }
    return { render };
}

;// CONCATENATED MODULE: ./assets/dashboard/data-index.ts
// Look-ups over the payload that every page needs: runs by id, children by parent, the keys an experiment's runs use,
// the metric that ranks an experiment's runs and which way each metric is better.
function createIndex(data) {
    const runs = new Map(data.runs.map((r) => [r.id, r]));
    const experiments = new Map(data.experiments.map((e) => [e.id, e]));
    const models = new Map(data.models.map((m) => [m.id, m]));
    const children = new Map();
    const runsOf = new Map();
    for (const run of data.runs) {
        if (run.parentId !== null && runs.has(run.parentId)) {
            const list = children.get(run.parentId) ?? [];
            list.push(run);
            children.set(run.parentId, list);
        }
        const list = runsOf.get(run.experimentId) ?? [];
        list.push(run);
        runsOf.set(run.experimentId, list);
    }
    const byCodePoint = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
    // Each ranked run's place in its experiment's ranking, as the job summary ranks (ties included).
    const rank = new Map();
    for (const exp of data.experiments)
        exp.ranking?.order.forEach((id, i) => rank.set(id, i));
    /** The run's place in its experiment's ranking (0 = best), Infinity when it is not ranked. */
    const rankOf = (run) => rank.get(run.id) ?? Infinity;
    function metricOf(run, key) {
        return run.metrics.find((m) => m.key === key);
    }
    /** A base64 little-endian column (series-encoding.ts) as a typed array. */
    function decode(column) {
        const text = atob(column.data);
        const bytes = new Uint8Array(text.length);
        for (let i = 0; i < text.length; i++)
            bytes[i] = text.charCodeAt(i);
        const view = new DataView(bytes.buffer);
        if (column.type === 'f64')
            return Float64Array.from({ length: bytes.length / 8 }, (_, i) => view.getFloat64(i * 8, true));
        if (column.type === 'f32')
            return Float32Array.from({ length: bytes.length / 4 }, (_, i) => view.getFloat32(i * 4, true));
        return Int32Array.from({ length: bytes.length / 4 }, (_, i) => view.getInt32(i * 4, true));
    }
    const decoded = new Map();
    /** A metric's chart series, decoded when first drawn: most of a large report's histories are never looked at. */
    function seriesOf(metric) {
        let columns = decoded.get(metric);
        if (!columns) {
            const offsets = decode(metric.times);
            const times = Float64Array.from(offsets, (t) => metric.t0 + t);
            columns = { steps: decode(metric.steps), values: decode(metric.values), times };
            decoded.set(metric, columns);
        }
        const { count, nan, posInf, negInf, sampled } = metric;
        return { ...columns, count, nan, posInf, negInf, sampled };
    }
    function tagOf(run, key) {
        return run.tags.find(([k]) => k === key)?.[1];
    }
    /** Keys used by any of `list`, sorted. */
    function keysOf(list, pick) {
        const keys = new Set();
        for (const run of list)
            for (const key of pick(run))
                keys.add(key);
        return [...keys].sort(byCodePoint);
    }
    const metricKeys = (list) => keysOf(list, (r) => r.metrics.map((m) => m.key));
    const paramKeys = (list) => keysOf(list, (r) => r.params.map(([k]) => k));
    const directions = new Map(data.metricDirections);
    /** Whether lower or higher values of `key` are better (decided when the report was made; lower when unknown). */
    function directionOf(key) {
        return directions.get(key) ?? 'min';
    }
    /** The experiment's ranking metric, chosen as the job summary chooses it. */
    function rankingMetric(experimentId) {
        const ranking = experiments.get(experimentId)?.ranking;
        return ranking ? { key: ranking.key, direction: ranking.direction, guessed: ranking.chosen === 'auto' } : null;
    }
    /**
     * The run with the best finite latest value of `metric` among the runs of `list` that may rank (finished or still
     * running, as in the job summary), with that value.
     */
    function bestRun(list, metric) {
        let best = null;
        for (const run of list) {
            if (run.status !== 'FINISHED' && run.status !== 'RUNNING')
                continue;
            const m = metricOf(run, metric.key);
            if (!m)
                continue;
            const value = typeof m.value === 'number' ? m.value : Number(m.value);
            if (!Number.isFinite(value) || Math.abs(value) >= 1.7976931348623157e308)
                continue;
            const better = !best || (metric.direction === 'min' ? value < best.value : value > best.value);
            // Equal values: the report's tie-break, carried by the ranking order.
            if (better || (value === best.value && rankOf(run) < rankOf(best.run)))
                best = { run, value };
        }
        return best;
    }
    return {
        data,
        runs,
        experiments,
        models,
        children,
        runsOf: (experimentId) => runsOf.get(experimentId) ?? [],
        childrenOf: (runId) => children.get(runId) ?? [],
        metricOf,
        seriesOf,
        tagOf,
        metricKeys,
        paramKeys,
        directionOf,
        rankingMetric,
        bestRun,
        rankOf,
        byCodePoint,
    };
}

;// CONCATENATED MODULE: ./assets/dashboard/dom.ts
// Element builders for the client. Every piece of user data reaches the page as a text node or an attribute value set
// through the DOM, never as markup, so a run name like `<script>` is shown, not run.
function createDom(win) {
    const doc = win.document;
    const svgNs = 'http://www.w3.org/2000/svg';
    function appendAll(el, children) {
        for (const child of children) {
            if (child === null || child === undefined || child === false)
                continue;
            if (Array.isArray(child))
                appendAll(el, child);
            else if (typeof child === 'string' || typeof child === 'number')
                el.append(String(child));
            else
                el.append(child);
        }
    }
    function apply(el, props) {
        if (!props)
            return;
        for (const [name, value] of Object.entries(props)) {
            if (value === null || value === undefined || value === false)
                continue;
            if (typeof value === 'function') {
                el.addEventListener(name.slice(2).toLowerCase(), value);
            }
            else if (name === 'class') {
                el.setAttribute('class', String(value));
            }
            else if (name === 'value' || name === 'checked' || name === 'disabled' || name === 'open') {
                el[name] = value;
            }
            else {
                el.setAttribute(name, value === true ? '' : String(value));
            }
        }
    }
    /** An HTML element; props named `onX` become listeners for event `x`. */
    function h(tag, props, ...children) {
        const el = doc.createElement(tag);
        apply(el, props ?? undefined);
        appendAll(el, children);
        return el;
    }
    /** An SVG element. */
    function s(tag, props, ...children) {
        const el = doc.createElementNS(svgNs, tag);
        apply(el, props ?? undefined);
        appendAll(el, children);
        return el;
    }
    /** A link to a route of this page (`#/run/<id>`); parts are URI-encoded. */
    function routeHref(...parts) {
        return `#/${parts.map((p) => encodeURIComponent(p)).join('/')}`;
    }
    function link(parts, props, ...children) {
        return h('a', { ...props, href: routeHref(...parts) }, ...children);
    }
    function clear(el, ...children) {
        el.replaceChildren();
        appendAll(el, children);
        return el;
    }
    /** Runs `fn` after `ms` without further calls (typing in a filter box). */
    function debounce(fn, ms) {
        let timer = 0;
        return () => {
            win.clearTimeout(timer);
            timer = win.setTimeout(fn, ms);
        };
    }
    return { doc, win, h, s, link, routeHref, clear, debounce };
}

;// CONCATENATED MODULE: ./assets/dashboard/experiment-page.ts
// One experiment: its note and tags, the best runs' curves of its ranking metric, and the runs table. The table sorts
// by any column, filters (see parseFilter: words in the name or id, exact `key=value` on params and tags, comparisons
// such as `metrics.val/rmse < 0.6` or `params.lr >= 0.01`; all terms must match) and status,
// nests child runs under their parent (collapsible; a filter opens the parents of what it finds), lets the reader pick
// columns, and collects runs to compare. Its settings are kept per experiment while the page is open.
function createExperimentPage(dom, fmt, index, ui, charts, state) {
    const { h } = dom;
    const defaultVisible = 6;
    const pageSize = 200;
    const statusOptions = ['', 'FINISHED', 'RUNNING', 'SCHEDULED', 'FAILED', 'KILLED'];
    function settingsFor(experimentId, rankingKey) {
        let settings = state.tables.get(experimentId);
        if (!settings) {
            settings = {
                sort: rankingKey ? { column: `m:${rankingKey}`, descending: false } : { column: 'start', descending: true },
                filter: '',
                status: '',
                showDeleted: false,
                expanded: new Set(),
                collapsed: new Set(),
                columns: null,
                limit: pageSize,
            };
            state.tables.set(experimentId, settings);
        }
        return settings;
    }
    /** A param's value as a number when it reads as one, so that `10` sorts after `9`. */
    function sortable(value) {
        if (value === undefined)
            return undefined;
        const n = Number(value);
        return value.trim() !== '' && Number.isFinite(n) ? n : value;
    }
    function compareValues(a, b) {
        if (a === undefined || b === undefined)
            return a === b ? 0 : a === undefined ? 1 : -1;
        const na = typeof a === 'number' && !Number.isNaN(a);
        const nb = typeof b === 'number' && !Number.isNaN(b);
        if (na && nb)
            return a - b;
        if (na !== nb)
            return na ? -1 : 1; // numbers before text and NaN
        return String(a).localeCompare(String(b), undefined, { numeric: true });
    }
    function columnsFor(runs, metricDirections, rankingKey) {
        const cols = [
            { id: 'name', label: 'Run', group: 'run', value: (r) => r.name, cell: (r) => r.name },
            { id: 'status', label: 'Status', group: 'run', value: (r) => r.status, cell: (r) => ui.statusBadge(r.status) },
            { id: 'start', label: 'Started', group: 'run', value: (r) => r.start ?? undefined, cell: (r) => fmt.date(r.start), numeric: true },
            {
                id: 'duration',
                label: 'Duration',
                group: 'run',
                value: (r) => (r.start !== null && r.end !== null ? r.end - r.start : undefined),
                cell: (r) => fmt.duration(r.start, r.end),
                numeric: true,
            },
            { id: 'user', label: 'User', group: 'run', value: (r) => r.user || undefined, cell: (r) => r.user },
        ];
        // The key column first: the ranking metric right after the run's name.
        const keys = index.metricKeys(runs);
        const metricKeys = rankingKey && keys.includes(rankingKey) ? [rankingKey, ...keys.filter((k) => k !== rankingKey)] : keys;
        for (const key of metricKeys) {
            const at = key === rankingKey ? 1 : cols.length;
            cols.splice(at, 0, {
                id: `m:${key}`,
                label: key,
                group: 'metric',
                numeric: true,
                direction: metricDirections.get(key) ?? index.directionOf(key),
                value: (r) => {
                    const m = index.metricOf(r, key);
                    return m ? fmt.num(m.value) : undefined;
                },
                cell: (r) => {
                    const m = index.metricOf(r, key);
                    if (!m)
                        return '';
                    const v = fmt.num(m.value);
                    return h('span', { title: `${String(v)} (step ${m.step})` }, fmt.metric(v));
                },
            });
        }
        for (const key of index.paramKeys(runs)) {
            const valueOf = (r) => r.params.find(([k]) => k === key)?.[1];
            cols.push({
                id: `p:${key}`,
                label: key,
                group: 'param',
                value: (r) => sortable(valueOf(r)),
                cell: (r) => {
                    const v = valueOf(r);
                    return v === undefined ? '' : h('span', { title: v }, fmt.clip(v.replace(/\s+/g, ' '), 40));
                },
            });
        }
        const tagKeys = [...new Set(runs.flatMap((r) => r.tags.map(([k]) => k)))].filter((k) => k !== 'mlflow.runName' && k !== 'mlflow.parentRunId').sort(index.byCodePoint);
        for (const key of tagKeys) {
            cols.push({
                id: `t:${key}`,
                label: key,
                group: 'tag',
                value: (r) => index.tagOf(r, key),
                cell: (r) => {
                    const v = index.tagOf(r, key);
                    return v === undefined ? '' : h('span', { title: v }, fmt.clip(v.replace(/\s+/g, ' '), 40));
                },
            });
        }
        return cols;
    }
    const scopes = { metric: 'metric', metrics: 'metric', param: 'param', params: 'param', tag: 'tag', tags: 'tag' };
    const unquote = (text) => (/^(["'`]).*\1$/s.test(text) ? text.slice(1, -1) : text);
    /**
     * The filter box: conditions `[metrics.|params.|tags.]key OP value` (OP one of = == != < <= > >=; quote a key or value
     * holding spaces or operators with "…", '…' or `…`) and plain words, which must appear in the run's name or id.
     * `=` is exact (`max_depth=1` does not match 16; numbers compare as numbers, so `lr=0.010` matches 0.01); `<`, `>`
     * and the like compare numbers and match no run whose value is not one.
     */
    function parseFilter(text) {
        const conditions = [];
        const word = '"[^"]*"|\'[^\']*\'|`[^`]*`|[^\\s<>=!"\'`]+';
        const pattern = new RegExp(`(?:\\b(metrics?|params?|tags?)\\.)?(${word})\\s*(==|!=|<=|>=|=|<|>)\\s*(${word})`, 'g');
        const rest = text.replace(pattern, (all, scope, key, op, value) => {
            conditions.push({ text: all, scope: scope ? scopes[scope] : 'any', key: unquote(key), op: (op === '==' ? '=' : op), value: unquote(value) });
            return ' ';
        });
        return { conditions, words: rest.toLowerCase().split(/\s+/).filter((w) => w !== '') };
    }
    const asNumber = (text) => (text.trim() !== '' && Number.isFinite(Number(text)) ? Number(text) : undefined);
    function holds(run, c) {
        const metric = c.scope === 'metric' || c.scope === 'any' ? index.metricOf(run, c.key) : undefined;
        const param = c.scope === 'param' || c.scope === 'any' ? run.params.find(([k]) => k === c.key)?.[1] : undefined;
        const tag = c.scope === 'tag' || c.scope === 'any' ? index.tagOf(run, c.key) : undefined;
        const actual = metric ? String(fmt.num(metric.value)) : (param ?? tag);
        if (actual === undefined)
            return false;
        const a = asNumber(actual);
        const b = asNumber(c.value);
        if (c.op === '=' || c.op === '!=') {
            const equal = a !== undefined && b !== undefined ? a === b : actual === c.value;
            return c.op === '=' ? equal : !equal;
        }
        if (a === undefined || b === undefined)
            return false;
        return c.op === '<' ? a < b : c.op === '<=' ? a <= b : c.op === '>' ? a > b : a >= b;
    }
    function matchesFilter(run, filter) {
        if (!filter.conditions.every((c) => holds(run, c)))
            return false;
        if (filter.words.length === 0)
            return true;
        const hay = `${run.name}\n${run.id}`.toLowerCase();
        return filter.words.every((w) => hay.includes(w));
    }
    function render(experimentId) {
        const exp = index.experiments.get(experimentId);
        if (!exp)
            throw new Error(`No experiment ${experimentId} in this report`);
        const runs = index.runsOf(exp.id);
        const metric = index.rankingMetric(exp.id);
        const settings = settingsFor(exp.id, metric?.key);
        const directions = new Map(metric ? [[metric.key, metric.direction]] : []);
        const columns = columnsFor(runs, directions, metric?.key);
        const byId = new Map(runs.map((r) => [r.id, r]));
        const note = index.tagOf(exp, 'mlflow.note.content');
        const userTags = exp.tags.filter(([k]) => k !== 'mlflow.note.content');
        if (settings.columns === null) {
            const metricCols = columns.filter((c) => c.group === 'metric').map((c) => c.id);
            const rankFirst = metric ? [`m:${metric.key}`, ...metricCols.filter((id) => id !== `m:${metric.key}`)] : metricCols;
            settings.columns = new Set([
                'name', 'status', 'start', 'duration',
                ...rankFirst.slice(0, defaultVisible),
                ...columns.filter((c) => c.group === 'param').slice(0, defaultVisible).map((c) => c.id),
                // The user's own tags (not MLflow's mlflow.* ones), a few of them.
                ...columns.filter((c) => c.group === 'tag' && !c.label.startsWith('mlflow.')).slice(0, 3).map((c) => c.id),
            ]);
        }
        const tableHost = h('div', { class: 'table-host' });
        const countLine = h('div', { class: 'count-line muted' });
        const compareButton = h('a', { class: 'button primary compare-button', role: 'button' });
        const clearButton = h('button', { type: 'button', class: 'button' }, 'Clear selection');
        const filterInput = h('input', { type: 'search', class: 'filter runs-filter', value: settings.filter, placeholder: 'Filter: name, max_depth=8, metrics.val/rmse < 0.6, params.lr >= 0.01', title: 'Words match the run name or id; key=value is exact on params and tags; metrics.KEY, params.KEY, tags.KEY compare with = != < <= > >=', 'aria-label': 'Filter runs' });
        const statusSelect = h('select', { class: 'status-filter', 'aria-label': 'Status' }, statusOptions.map((s) => h('option', { value: s }, s === '' ? 'All statuses' : s.charAt(0) + s.slice(1).toLowerCase())));
        statusSelect.value = settings.status;
        const deletedToggle = h('input', { type: 'checkbox', checked: settings.showDeleted, class: 'show-deleted-runs' });
        const deletedCount = runs.filter((r) => r.deleted).length;
        function updateCompare() {
            const ids = [...state.selected];
            compareButton.textContent = ids.length >= 2 ? `Compare ${ids.length} runs` : ids.length === 1 ? 'Select one more run to compare' : 'Select runs to compare';
            if (ids.length >= 2) {
                compareButton.setAttribute('href', `#/compare/${ids.map(encodeURIComponent).join(',')}`);
                compareButton.classList.remove('disabled');
                compareButton.removeAttribute('aria-disabled');
            }
            else {
                compareButton.removeAttribute('href');
                compareButton.classList.add('disabled');
                compareButton.setAttribute('aria-disabled', 'true');
            }
            clearButton.disabled = ids.length === 0;
        }
        function drawTable() {
            const filter = parseFilter(settings.filter);
            const matches = (r) => (settings.showDeleted || !r.deleted) && (settings.status === '' || r.status === settings.status) && matchesFilter(r, filter);
            const filtering = filter.words.length > 0 || filter.conditions.length > 0 || settings.status !== '';
            const kids = (r) => index.childrenOf(r.id).filter((c) => byId.has(c.id));
            // A run is listed when it matches or one of its descendants does.
            const listed = new Map();
            const isListed = (r, seen = new Set()) => {
                const known = listed.get(r.id);
                if (known !== undefined)
                    return known;
                if (seen.has(r.id))
                    return false; // a parent cycle in corrupt data
                seen.add(r.id);
                const result = matches(r) || kids(r).some((c) => isListed(c, seen));
                listed.set(r.id, result);
                return result;
            };
            const column = columns.find((c) => c.id === settings.sort.column) ?? columns.find((c) => c.id === 'start');
            const order = (list) => [...list].sort((a, b) => {
                const va = column.value(a);
                const vb = column.value(b);
                if (va === undefined || vb === undefined)
                    return compareValues(va, vb);
                const c = compareValues(va, vb);
                if (c !== 0)
                    return settings.sort.descending ? -c : c;
                // Equal values: the report's ranking order (its tie-break), then the page's order.
                const ra = index.rankOf(a);
                const rb = index.rankOf(b);
                return ra === rb ? 0 : ra < rb ? -1 : 1;
            });
            const visibleCols = columns.filter((c) => settings.columns.has(c.id));
            const roots = order(runs.filter((r) => (r.parentId === null || !byId.has(r.parentId)) && isListed(r)));
            const rows = [];
            let total = 0;
            const matchedIds = [];
            const addRow = (run, depth) => {
                total++;
                const own = matches(run);
                if (own)
                    matchedIds.push(run.id);
                const children = order(kids(run).filter((c) => isListed(c)));
                // While filtering, parents open by themselves to show what matched, unless the reader closed them.
                const open = children.length > 0 && (settings.expanded.has(run.id) || (filtering && !settings.collapsed.has(run.id)));
                if (rows.length < settings.limit)
                    rows.push(runRow(run, depth, children.length, open, own, visibleCols));
                if (open)
                    for (const child of children)
                        addRow(child, depth + 1);
            };
            for (const root of roots)
                addRow(root, 0);
            const allSelected = matchedIds.length > 0 && matchedIds.every((id) => state.selected.has(id));
            const selectAll = h('input', { type: 'checkbox', 'aria-label': 'Select all listed runs', checked: allSelected });
            selectAll.indeterminate = !allSelected && matchedIds.some((id) => state.selected.has(id));
            selectAll.addEventListener('change', () => {
                for (const id of matchedIds) {
                    if (selectAll.checked)
                        state.selected.add(id);
                    else
                        state.selected.delete(id);
                }
                drawTable();
            });
            const groups = [];
            for (const c of visibleCols) {
                const last = groups[groups.length - 1];
                if (last && last[0] === c.group)
                    last[1]++;
                else
                    groups.push([c.group, 1]);
            }
            const groupLabel = { run: '', metric: 'Metrics', param: 'Parameters', tag: 'Tags' };
            const head = h('thead', null, h('tr', { class: 'group-row' }, h('th', { class: 'select-col' }), groups.map(([g, n]) => h('th', { colspan: n, class: `group group-${g}` }, groupLabel[g]))), h('tr', null, h('th', { class: 'select-col' }, selectAll), visibleCols.map((c) => {
                const active = settings.sort.column === c.id;
                const th = h('th', { class: `sortable col-${c.group}${c.numeric ? ' num' : ''}`, 'data-column': c.id, 'aria-sort': active ? (settings.sort.descending ? 'descending' : 'ascending') : 'none', title: c.direction ? `${c.label} (${c.direction === 'min' ? 'lower' : 'higher'} is better)` : c.label }, h('button', { type: 'button', class: 'sort-button' }, h('span', { class: 'col-label' }, fmt.clip(c.label, 28)), h('span', { class: 'sort-mark' }, active ? (settings.sort.descending ? '▼' : '▲') : '')));
                th.addEventListener('click', () => {
                    settings.sort = active ? { column: c.id, descending: !settings.sort.descending } : { column: c.id, descending: false };
                    drawTable();
                });
                return th;
            })));
            const table = h('table', { class: 'data runs-table' }, head, h('tbody', null, rows));
            const more = total > rows.length
                ? h('button', { type: 'button', class: 'button show-more', onClick: () => { settings.limit += pageSize * 5; drawTable(); } }, `Show more (${fmt.count(total - rows.length)} hidden)`)
                : null;
            dom.clear(tableHost, rows.length ? h('div', { class: 'table-scroll' }, table) : ui.empty('No run matches the filter.'), more);
            const shownRuns = runs.filter((r) => settings.showDeleted || !r.deleted).length;
            const matching = runs.filter(matches).length;
            countLine.textContent = filtering ? `${fmt.count(matching)} of ${fmt.count(shownRuns)} runs match the filter` : `${fmt.count(shownRuns)} runs`;
            updateCompare();
        }
        function runRow(run, depth, childCount, open, own, cols) {
            const check = h('input', { type: 'checkbox', 'aria-label': `Select ${run.name || run.id}`, checked: state.selected.has(run.id) });
            check.addEventListener('change', () => {
                if (check.checked)
                    state.selected.add(run.id);
                else
                    state.selected.delete(run.id);
                drawTable();
            });
            const cells = cols.map((c) => {
                if (c.id !== 'name')
                    return h('td', { class: c.numeric ? 'num nowrap' : 'nowrap' }, c.cell(run));
                const toggle = childCount > 0
                    ? h('button', { type: 'button', class: 'tree-toggle', 'aria-expanded': String(open), title: open ? 'Hide child runs' : 'Show child runs' }, open ? '▾' : '▸')
                    : h('span', { class: 'tree-spacer' });
                toggle.addEventListener('click', () => {
                    if (open) {
                        settings.expanded.delete(run.id);
                        settings.collapsed.add(run.id);
                    }
                    else {
                        settings.expanded.add(run.id);
                        settings.collapsed.delete(run.id);
                    }
                    drawTable();
                });
                const name = h('td', { class: 'name-cell' }, toggle, ui.runLink(run), childCount > 0 ? h('span', { class: 'child-count', title: 'Child runs' }, String(childCount)) : null, run.deleted ? ui.deletedBadge() : null);
                name.style.setProperty('padding-left', `${8 + depth * 20}px`);
                return name;
            });
            return h('tr', { class: `${own ? '' : 'context'}${depth > 0 ? ' child' : ''}`, 'data-run': run.id, 'data-depth': depth }, h('td', { class: 'select-col' }, check), cells);
        }
        function columnChooser() {
            const section = (group, title) => {
                const cols = columns.filter((c) => c.group === group);
                if (cols.length === 0)
                    return null;
                return h('fieldset', null, h('legend', null, title), cols.map((c) => {
                    const box = h('input', { type: 'checkbox', checked: settings.columns.has(c.id) });
                    box.addEventListener('change', () => {
                        if (box.checked)
                            settings.columns.add(c.id);
                        else
                            settings.columns.delete(c.id);
                        drawTable();
                    });
                    return h('label', { class: 'check' }, box, ` ${c.label}`);
                }));
            };
            return h('details', { class: 'column-chooser' }, h('summary', { class: 'button' }, 'Columns'), h('div', { class: 'menu' }, section('metric', 'Metrics'), section('param', 'Parameters'), section('tag', 'Tags')));
        }
        filterInput.addEventListener('input', dom.debounce(() => {
            settings.filter = filterInput.value;
            settings.limit = pageSize;
            drawTable();
        }, 150));
        statusSelect.addEventListener('change', () => {
            settings.status = statusSelect.value;
            drawTable();
        });
        deletedToggle.addEventListener('change', () => {
            settings.showDeleted = deletedToggle.checked;
            drawTable();
        });
        clearButton.addEventListener('click', () => {
            state.selected.clear();
            drawTable();
        });
        const expandAll = h('button', { type: 'button', class: 'button' }, 'Expand all');
        expandAll.addEventListener('click', () => {
            for (const r of runs)
                if (index.childrenOf(r.id).length)
                    settings.expanded.add(r.id);
            settings.collapsed.clear();
            drawTable();
        });
        const collapseAll = h('button', { type: 'button', class: 'button' }, 'Collapse all');
        collapseAll.addEventListener('click', () => {
            settings.expanded.clear();
            for (const r of runs)
                if (index.childrenOf(r.id).length)
                    settings.collapsed.add(r.id);
            drawTable();
        });
        const hasNesting = runs.some((r) => r.parentId !== null && byId.has(r.parentId));
        drawTable();
        const content = h('div', { class: 'page experiment-page' }, h('div', { class: 'page-head' }, h('h1', null, exp.name, exp.deleted ? ui.deletedBadge() : null), h('div', { class: 'sub mono' }, `Experiment ID ${exp.id}`)), note ? h('div', { class: 'note' }, note) : null, userTags.length ? h('details', { class: 'tags-details' }, h('summary', null, `Experiment tags (${userTags.length})`), ui.pairsTable(userTags, { emptyText: 'No tags', keyLabel: 'Tag' })) : null, topRunsChart(runs, metric), h('div', { class: 'toolbar' }, filterInput, statusSelect, deletedCount ? h('label', { class: 'check' }, deletedToggle, ` Show deleted runs (${deletedCount})`) : null, hasNesting ? [expandAll, collapseAll] : null, columnChooser(), h('span', { class: 'spacer' }), clearButton, compareButton), countLine, tableHost);
        return { title: exp.name, crumbs: [{ label: 'Experiments', href: '#/' }, { label: exp.name }], content };
    }
    /** The ranking metric's curves for the (up to) five best runs: the experiment at a glance. */
    function topRunsChart(runs, metric) {
        if (!metric)
            return null;
        const ranked = runs
            .filter((r) => !r.deleted)
            .map((r) => ({ r, m: index.metricOf(r, metric.key) }))
            .filter((x) => x.m && x.m.points > 1)
            .sort((a, b) => (metric.direction === 'min' ? 1 : -1) * (fmt.num(a.m.value) - fmt.num(b.m.value)) || index.rankOf(a.r) - index.rankOf(b.r))
            .slice(0, 5);
        if (ranked.length === 0)
            return null;
        const chart = charts.lineChart({
            title: metric.key,
            legend: true,
            series: ranked.map(({ r, m }, i) => ({ label: r.name || r.id.slice(0, 8), color: charts.colorAt(i), ...index.seriesOf(m), start: r.start })),
        });
        return ui.card(`Best runs by ${metric.key} (${metric.direction === 'min' ? 'lower' : 'higher'} is better${metric.guessed ? ', chosen from what the runs logged' : ''})`, h('div', { class: 'top-chart' }, chart));
    }
    return { render };
}

;// CONCATENATED MODULE: ./assets/dashboard/format.ts
// Number, time and size formatting for the client. Times are shown in the reader's time zone, in one fixed layout
// (not the locale's) so that tables line up and screenshots compare.
function createFormat() {
    const pad = (n, width = 2) => String(n).padStart(width, '0');
    /** A payload float back to a number (`"NaN"`, `"Infinity"`, `"-Infinity"` are MLflow's spellings). */
    function num(value) {
        return typeof value === 'number' ? value : Number(value);
    }
    /** A metric value in at most 6 significant digits; the exact value goes in a tooltip. */
    function metric(value) {
        if (Number.isNaN(value))
            return 'NaN';
        if (value === Infinity)
            return '∞';
        if (value === -Infinity)
            return '−∞';
        if (value === 0)
            return '0';
        const abs = Math.abs(value);
        if (abs >= 1e6 || abs < 1e-4)
            return trimExponent(value.toExponential(4));
        return String(Number(value.toPrecision(6)));
    }
    function trimExponent(text) {
        return text.replace(/\.?0+e/, 'e');
    }
    /** Tick labels: as many decimals as the tick spacing needs. */
    function tick(value, spacing) {
        const abs = Math.abs(value);
        if (value !== 0 && (abs >= 1e6 || abs < 1e-4))
            return trimExponent(value.toExponential(2));
        const decimals = Math.max(0, Math.min(8, -Math.floor(Math.log10(spacing) + 1e-9)));
        return value.toFixed(decimals);
    }
    function count(n) {
        return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    }
    function date(ms) {
        if (ms === null)
            return '—';
        const d = new Date(ms);
        if (Number.isNaN(d.getTime()))
            return '—';
        return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
    }
    function duration(start, end) {
        if (start === null || end === null || end < start)
            return '—';
        const ms = end - start;
        if (ms < 1000)
            return `${ms} ms`;
        const sec = ms / 1000;
        if (sec < 60)
            return `${sec.toFixed(1)} s`;
        const min = Math.floor(sec / 60);
        if (min < 60)
            return `${min} min ${Math.round(sec % 60)} s`;
        const hours = Math.floor(min / 60);
        if (hours < 48)
            return `${hours} h ${min % 60} min`;
        return `${Math.floor(hours / 24)} d ${hours % 24} h`;
    }
    function bytes(n) {
        if (n === null)
            return '';
        if (n < 1024)
            return `${n} B`;
        const units = ['KiB', 'MiB', 'GiB', 'TiB'];
        let v = n / 1024;
        let i = 0;
        while (v >= 1024 && i < units.length - 1) {
            v /= 1024;
            i++;
        }
        return `${v < 10 ? v.toFixed(1) : Math.round(v)} ${units[i]}`;
    }
    /** A long value's first `max` UTF-16 units with an ellipsis, never splitting a surrogate pair (an emoji). */
    function clip(text, max) {
        if (text.length <= max)
            return text;
        let end = max - 1;
        const last = text.charCodeAt(end - 1);
        if (last >= 0xd800 && last <= 0xdbff)
            end--;
        return `${text.slice(0, end)}…`;
    }
    return { num, metric, tick, count, date, duration, bytes, clip };
}

;// CONCATENATED MODULE: ./assets/dashboard/grid-page.ts
// The front page: the store at a glance (counts, report notes), one card per experiment (runs, last run, best value
// of its ranking metric, a bar of run outcomes) and the most recent runs. Deleted experiments are behind a toggle.
function createGridPage(dom, fmt, index, ui, state) {
    const { h, link } = dom;
    const statuses = ['FINISHED', 'RUNNING', 'SCHEDULED', 'FAILED', 'KILLED'];
    function lastStart(runs) {
        let last = null;
        for (const run of runs)
            if (run.start !== null && (last === null || run.start > last))
                last = run.start;
        return last;
    }
    /** One bar segment per status, as wide as its share of the runs. */
    function outcomeBar(runs) {
        const bar = h('div', { class: 'outcome-bar', role: 'img' });
        const parts = [];
        for (const status of statuses) {
            const n = runs.filter((r) => r.status === status).length;
            if (n === 0)
                continue;
            const seg = h('span', { class: `seg status-${status.toLowerCase()}` });
            seg.style.setProperty('flex-grow', String(n));
            bar.append(seg);
            parts.push(`${n} ${status.toLowerCase()}`);
        }
        bar.setAttribute('aria-label', parts.join(', ') || 'no runs');
        bar.setAttribute('title', parts.join(', ') || 'no runs');
        return bar;
    }
    function experimentCard(exp) {
        const all = index.runsOf(exp.id);
        const runs = all.filter((r) => !r.deleted);
        const note = index.tagOf(exp, 'mlflow.note.content');
        const metric = index.rankingMetric(exp.id);
        const best = metric ? index.bestRun(runs, metric) : null;
        const failed = runs.filter((r) => r.status === 'FAILED' || r.status === 'KILLED').length;
        const last = lastStart(runs);
        return h('article', { class: `exp-card${exp.deleted ? ' is-deleted' : ''}`, 'data-experiment': exp.id }, h('header', { class: 'exp-card-head' }, link(['experiment', exp.id], { class: 'exp-name' }, exp.name), exp.deleted ? ui.deletedBadge() : null), h('div', { class: 'exp-id mono' }, `ID ${exp.id}`), note ? h('p', { class: 'exp-note' }, fmt.clip(note, 160)) : null, h('dl', { class: 'exp-facts' }, h('div', null, h('dt', null, 'Runs'), h('dd', { class: 'run-count' }, fmt.count(runs.length), all.length > runs.length ? h('span', { class: 'muted' }, ` + ${all.length - runs.length} deleted`) : null, failed ? h('span', { class: 'warn' }, ` · ${failed} failed or killed`) : null)), h('div', null, h('dt', null, 'Last run'), h('dd', null, last === null ? '—' : fmt.date(last))), h('div', null, h('dt', null, 'Best'), h('dd', { class: 'best' }, best && metric
            ? [h('span', { class: 'mono' }, metric.key), ` ${metric.direction === 'min' ? '↓' : '↑'} `, h('strong', { title: String(best.value) }, fmt.metric(best.value)), ' · ', ui.runLink(best.run)]
            : h('span', { class: 'muted' }, 'no metrics')))), outcomeBar(runs));
    }
    function render() {
        const data = index.data;
        const deleted = data.experiments.filter((e) => e.deleted);
        const activeRuns = data.runs.filter((r) => !r.deleted);
        const order = [...data.experiments].sort((a, b) => (lastStart(index.runsOf(b.id)) ?? -1) - (lastStart(index.runsOf(a.id)) ?? -1) || index.byCodePoint(a.name, b.name));
        const grid = h('div', { class: 'exp-grid' });
        const filter = h('input', { type: 'search', class: 'filter', placeholder: 'Filter experiments', 'aria-label': 'Filter experiments by name' });
        const toggle = h('input', { type: 'checkbox', id: 'show-deleted-experiments', checked: state.showDeletedExperiments });
        const draw = () => {
            const needle = filter.value.trim().toLowerCase();
            const shown = order.filter((e) => (state.showDeletedExperiments || !e.deleted) && (needle === '' || e.name.toLowerCase().includes(needle) || e.id.includes(needle)));
            dom.clear(grid, shown.length ? shown.map(experimentCard) : ui.empty('No experiment matches.'));
        };
        filter.addEventListener('input', dom.debounce(draw, 100));
        toggle.addEventListener('change', () => {
            state.showDeletedExperiments = toggle.checked;
            draw();
        });
        draw();
        const points = data.runs.reduce((a, r) => a + r.metrics.reduce((b, m) => b + m.count, 0), 0);
        const recent = [...activeRuns].sort((a, b) => (b.start ?? -1) - (a.start ?? -1)).slice(0, 10);
        const content = h('div', { class: 'page grid-page' }, h('h1', null, 'Experiments'), h('div', { class: 'stats' }, ui.stat('Experiments', fmt.count(data.experiments.length - deleted.length)), ui.stat('Runs', fmt.count(activeRuns.length)), ui.stat('Failed or killed', fmt.count(activeRuns.filter((r) => r.status === 'FAILED' || r.status === 'KILLED').length)), ui.stat('Metric points', fmt.count(points)), ui.stat('Store', `${data.store.kind} · ${data.store.name}`)), data.notes.map((note) => h('p', { class: 'notice' }, note)), h('div', { class: 'toolbar' }, filter, deleted.length ? h('label', { class: 'check' }, toggle, ` Show deleted experiments (${deleted.length})`) : null), grid, recent.length
            ? ui.card('Recent runs', h('table', { class: 'data recent-runs' }, h('thead', null, h('tr', null, ['Run', 'Experiment', 'Status', 'Started', 'Duration'].map((c) => h('th', null, c)))), h('tbody', null, recent.map((run) => {
                const exp = index.experiments.get(run.experimentId);
                return h('tr', null, h('td', null, ui.runLink(run)), h('td', null, exp ? link(['experiment', exp.id], null, exp.name) : run.experimentId), h('td', null, ui.statusBadge(run.status)), h('td', { class: 'nowrap' }, fmt.date(run.start)), h('td', { class: 'nowrap num' }, fmt.duration(run.start, run.end)));
            }))))
            : null);
        return { title: 'Experiments', crumbs: [{ label: 'Experiments' }], content };
    }
    return { render };
}

;// CONCATENATED MODULE: ./assets/dashboard/line-chart.ts
// Line charts of metric histories in SVG: value against step, relative time (since the run started) or wall time, one
// or more series, each drawn to its own last point, with a hover read-out, drag to zoom (a box, or the x range alone
// for a flat drag), Ctrl/Alt + wheel to zoom around the pointer, double-click or Reset to undo, a log-scale toggle and
// optional smoothing (an exponential moving average, debiased as TensorBoard does, over the raw line drawn faintly).
// Series arrive finite and in step order (the payload drops NaN/±∞ and counts them); the notes under a chart say what
// is not drawn.
function createLineChart(dom, fmt) {
    const { h, s } = dom;
    const height = 250;
    const margin = { left: 58, right: 14, top: 12, bottom: 30 };
    const plotH = height - margin.top - margin.bottom;
    let chartCount = 0;
    const palette = ['#4269d0', '#efb118', '#ff725c', '#6cc5b0', '#3ca951', '#ff8ab7', '#a463f2', '#97bbf5', '#9c6b4e', '#9498a0'];
    const colorAt = (i) => palette[i % palette.length];
    /** About `count` round ticks (1, 2 or 5 × 10^k apart) covering [lo, hi]. */
    function niceTicks(lo, hi, count) {
        const span = hi - lo;
        if (!(span > 0) || !Number.isFinite(span))
            return { ticks: [lo], spacing: 1 };
        const raw = span / count;
        const power = 10 ** Math.floor(Math.log10(raw));
        const spacing = [1, 2, 5, 10].map((m) => m * power).find((v) => v >= raw) ?? 10 * power;
        const ticks = [];
        for (let v = Math.ceil(lo / spacing) * spacing; v <= hi + spacing * 1e-9; v += spacing) {
            ticks.push(Math.abs(v) < spacing * 1e-9 ? 0 : v);
        }
        return { ticks, spacing };
    }
    /**
     * Value ticks of a log axis spanning [lo, hi] in log10 units: powers of ten (thinned to about eight), then 1-2-5 steps
     * when fewer than three powers fit, then round linear values when the axis spans less than that.
     */
    function logTicks(lo, hi) {
        const inside = (v) => Math.log10(v) >= lo - 1e-9 && Math.log10(v) <= hi + 1e-9;
        const powers = [];
        for (let e = Math.ceil(lo - 1e-9); e <= hi + 1e-9; e++)
            powers.push(10 ** e);
        if (powers.length >= 3)
            return powers.filter((_, i) => i % Math.ceil(powers.length / 8) === 0);
        const dense = [];
        for (let e = Math.floor(lo); e <= Math.ceil(hi); e++)
            for (const m of [1, 2, 5])
                if (inside(m * 10 ** e))
                    dense.push(m * 10 ** e);
        if (dense.length >= 3)
            return dense;
        return niceTicks(10 ** lo, 10 ** hi, 4).ticks.filter((v) => v > 0 && inside(v));
    }
    /** First index with steps[i] >= x. */
    function lowerBound(steps, x) {
        let lo = 0;
        let hi = steps.length;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (steps[mid] < x)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    }
    /** First index with steps[i] > x. */
    function upperBound(steps, x) {
        let lo = 0;
        let hi = steps.length;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (steps[mid] <= x)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    }
    function lineChart(options) {
        const id = `chart-${++chartCount}`;
        const series = options.series;
        const hidden = new Set();
        let log = options.log ?? false;
        const hasTimes = series.length > 0 && series.every((t) => t.times !== undefined && t.times.length === t.steps.length);
        let xMode = 'step';
        let smoothing = 0;
        // What is drawn: each series on the chosen x axis (in x order) and, when smoothing, its smoothed values; `raw` keeps
        // the unsmoothed values on the same x.
        let shown = series;
        let raw = series;
        let fullX0 = 0;
        let fullX1 = 1;
        function derive() {
            raw = series.map((t) => {
                if (xMode === 'step' || !hasTimes)
                    return t;
                const times = t.times;
                const base = xMode === 'wall' ? 0 : (t.start ?? (times.length ? times[0] : 0));
                const order = Array.from({ length: times.length }, (_, i) => i).sort((a, b) => times[a] - times[b] || a - b);
                return { ...t, steps: Float64Array.from(order, (i) => times[i] - base), values: Float64Array.from(order, (i) => t.values[i]) };
            });
            shown = smoothing > 0 ? raw.map((t) => ({ ...t, values: smooth(t.values, smoothing) })) : raw;
            const drawable = shown.filter((t) => t.steps.length > 0);
            fullX0 = drawable.length ? Math.min(...drawable.map((t) => t.steps[0])) : 0;
            fullX1 = drawable.length ? Math.max(...drawable.map((t) => t.steps[t.steps.length - 1])) : 1;
        }
        derive();
        // Drawn at the width it is shown at (followed with a ResizeObserver), so text keeps its size on any screen.
        let width = 560;
        let plotW = width - margin.left - margin.right;
        let view = null;
        const svg = s('svg', {
            class: 'chart-svg',
            viewBox: `0 0 ${width} ${height}`,
            role: 'img',
            'aria-label': `${options.title}: line chart`,
        });
        const tooltip = h('div', { class: 'chart-tooltip', hidden: true });
        const hint = h('div', { class: 'chart-hint', hidden: true }, 'Hold Ctrl or Alt and scroll to zoom');
        const body = h('div', { class: 'chart-body' }, svg, tooltip, hint);
        const notes = h('div', { class: 'chart-notes' });
        const resetButton = h('button', { type: 'button', class: 'chart-reset', hidden: true, title: 'Show all steps' }, 'Reset zoom');
        const logButton = h('button', { type: 'button', class: 'chart-log', 'aria-pressed': String(log), title: 'Logarithmic value axis' }, 'Log');
        const xSelect = h('select', { class: 'chart-x', 'aria-label': 'x axis', title: 'What the x axis shows' }, h('option', { value: 'step' }, 'Step'), hasTimes ? h('option', { value: 'relative' }, 'Relative time') : null, hasTimes ? h('option', { value: 'wall' }, 'Wall time') : null);
        const smoothSelect = h('select', { class: 'chart-smooth', 'aria-label': 'Smoothing', title: 'Exponential moving average; the raw line stays, faint' }, [0, 0.6, 0.8, 0.9, 0.95, 0.99].map((w) => h('option', { value: String(w) }, w === 0 ? 'No smoothing' : `Smooth ${w}`)));
        const legend = options.legend ? h('div', { class: 'chart-legend' }) : null;
        const card = h('figure', { class: 'chart', 'data-metric': options.title }, h('figcaption', { class: 'chart-head' }, h('span', { class: 'chart-title', title: options.title }, options.title), h('span', { class: 'chart-tools' }, resetButton, xSelect, smoothSelect, logButton)), body, notes, legend);
        const tx = (v) => (log ? Math.log10(v) : v);
        const visible = () => shown.map((t, i) => ({ t, i })).filter(({ i }) => !hidden.has(i));
        function domain() {
            const x0 = view ? view.x0 : fullX0;
            const x1 = view ? view.x1 : fullX1;
            let y0 = view?.y0 ?? null;
            let y1 = view?.y1 ?? null;
            if (y0 === null || y1 === null) {
                let lo = Infinity;
                let hi = -Infinity;
                for (const { t } of visible()) {
                    const from = lowerBound(t.steps, x0);
                    for (let i = from; i < t.steps.length && t.steps[i] <= x1; i++) {
                        const v = t.values[i];
                        if (log && !(v > 0))
                            continue;
                        const y = tx(v);
                        if (y < lo)
                            lo = y;
                        if (y > hi)
                            hi = y;
                    }
                }
                if (lo === Infinity) {
                    lo = 0;
                    hi = 1;
                }
                else if (lo === hi) {
                    const pad = lo === 0 ? 1 : Math.abs(lo) * 0.1;
                    lo -= pad;
                    hi += pad;
                }
                else {
                    const pad = (hi - lo) * 0.05;
                    lo -= pad;
                    hi += pad;
                }
                y0 = lo;
                y1 = hi;
            }
            return x0 === x1 ? { x0: x0 - 1, x1: x1 + 1, y0, y1 } : { x0, x1, y0, y1 };
        }
        let current = domain();
        const sx = (x) => margin.left + ((x - current.x0) / (current.x1 - current.x0)) * plotW;
        const sy = (y) => margin.top + plotH - ((y - current.y0) / (current.y1 - current.y0)) * plotH;
        const invX = (px) => current.x0 + ((px - margin.left) / plotW) * (current.x1 - current.x0);
        const invY = (py) => current.y0 + ((margin.top + plotH - py) / plotH) * (current.y1 - current.y0);
        function render() {
            current = domain();
            const parts = [];
            parts.push(s('defs', null, s('clipPath', { id: `${id}-clip` }, s('rect', { x: margin.left, y: margin.top, width: plotW, height: plotH }))));
            // Grid and value axis.
            const yTicks = log
                ? logTicks(current.y0, current.y1).map((v) => ({ at: Math.log10(v), label: fmt.metric(v) }))
                : (() => {
                    const { ticks, spacing } = niceTicks(current.y0, current.y1, 5);
                    return ticks.map((v) => ({ at: v, label: fmt.tick(v, spacing) }));
                })();
            for (const t of yTicks) {
                const y = sy(t.at);
                if (y < margin.top - 0.5 || y > margin.top + plotH + 0.5)
                    continue;
                parts.push(s('line', { class: 'grid', x1: margin.left, x2: margin.left + plotW, y1: y, y2: y }));
                parts.push(s('text', { class: 'tick', x: margin.left - 6, y: y + 4, 'text-anchor': 'end' }, t.label));
            }
            for (const { at, label } of stepTicks()) {
                const x = sx(at);
                parts.push(s('line', { class: 'grid', x1: x, x2: x, y1: margin.top, y2: margin.top + plotH }));
                // A long label at either end is kept inside the chart rather than centred under its tick.
                const half = (label.length * 6.5) / 2;
                const anchor = x + half > width ? 'end' : x - half < 0 ? 'start' : 'middle';
                const tx = anchor === 'end' ? width - 1 : anchor === 'start' ? 1 : x;
                parts.push(s('text', { class: 'tick', x: tx, y: margin.top + plotH + 16, 'text-anchor': anchor }, label));
            }
            parts.push(s('rect', { class: 'frame', x: margin.left, y: margin.top, width: plotW, height: plotH }));
            const axisName = xMode === 'step' ? 'step' : xMode === 'relative' ? 'time since the run started' : 'wall time';
            parts.push(s('text', { class: 'axis-label', x: margin.left + plotW, y: height - 2, 'text-anchor': 'end' }, axisName));
            // Series: the points in view plus one beyond each edge, so lines run to the frame; gaps where log hides a value.
            const lines = s('g', { 'clip-path': `url(#${id}-clip)` });
            const path = (t) => {
                const from = Math.max(0, lowerBound(t.steps, current.x0) - 1);
                const to = Math.min(t.steps.length, upperBound(t.steps, current.x1) + 1);
                let d = '';
                let pen = 'M';
                for (let k = from; k < to; k++) {
                    const v = t.values[k];
                    if (log && !(v > 0)) {
                        pen = 'M';
                        continue;
                    }
                    d += `${pen}${sx(t.steps[k]).toFixed(1)} ${sy(tx(v)).toFixed(1)}`;
                    pen = 'L';
                }
                return d;
            };
            // Smoothing draws the raw line faintly under the smoothed one.
            if (smoothing > 0)
                for (const { i } of visible())
                    if (raw[i].steps.length > 1)
                        lines.append(s('path', { class: 'series raw', d: path(raw[i]), stroke: raw[i].color, 'data-series': i }));
            for (const { t, i } of visible()) {
                const from = Math.max(0, lowerBound(t.steps, current.x0) - 1);
                const to = Math.min(t.steps.length, upperBound(t.steps, current.x1) + 1);
                let d = '';
                let pen = 'M';
                let drawn = 0;
                let lastX = 0;
                let lastY = 0;
                for (let k = from; k < to; k++) {
                    const v = t.values[k];
                    if (log && !(v > 0)) {
                        pen = 'M';
                        continue;
                    }
                    lastX = sx(t.steps[k]);
                    lastY = sy(tx(v));
                    d += `${pen}${lastX.toFixed(1)} ${lastY.toFixed(1)}`;
                    pen = 'L';
                    drawn++;
                }
                if (drawn > 1)
                    lines.append(s('path', { class: 'series', d, stroke: t.color, 'data-series': i }));
                else if (drawn === 1)
                    lines.append(s('circle', { class: 'series-dot', cx: lastX, cy: lastY, r: 3.5, fill: t.color, 'data-series': i }));
            }
            parts.push(lines);
            if (visible().every(({ t }) => t.steps.length === 0)) {
                parts.push(s('text', { class: 'empty-plot', x: margin.left + plotW / 2, y: margin.top + plotH / 2, 'text-anchor': 'middle' }, 'No finite values to draw'));
            }
            parts.push(s('line', { class: 'crosshair', x1: 0, x2: 0, y1: margin.top, y2: margin.top + plotH, visibility: 'hidden' }));
            parts.push(s('rect', { class: 'chart-brush', x: 0, y: 0, width: 0, height: 0, visibility: 'hidden' }));
            parts.push(s('rect', { class: 'chart-overlay', x: margin.left, y: margin.top, width: plotW, height: plotH }));
            dom.clear(svg, parts);
            svg.setAttribute('data-x-domain', `${current.x0},${current.x1}`);
            resetButton.hidden = view === null;
            logButton.setAttribute('aria-pressed', String(log));
            renderNotes();
        }
        /** Ticks at round times: seconds, minutes, hours or days apart (in the reader's time zone for wall time). */
        function timeTicks() {
            const units = [1e3, 2e3, 5e3, 1e4, 15e3, 3e4, 6e4, 12e4, 3e5, 6e5, 9e5, 18e5, 36e5, 72e5, 108e5, 216e5, 432e5, 864e5, 1728e5, 6048e5];
            const span = current.x1 - current.x0;
            const fit = Math.max(2, Math.floor(plotW / 90));
            const spacing = units.find((u) => span / u <= fit) ?? Math.ceil(span / fit / 864e5) * 864e5;
            const zone = xMode === 'wall' ? new Date(current.x0).getTimezoneOffset() * 6e4 : 0;
            const out = [];
            for (let v = Math.ceil((current.x0 - zone) / spacing) * spacing + zone; v <= current.x1 && out.length < 50; v += spacing) {
                out.push({ at: v, label: xMode === 'wall' ? wallLabel(v, spacing) : durationLabel(v) });
            }
            return out;
        }
        function durationLabel(ms) {
            const sign = ms < 0 ? '−' : '';
            let rest = Math.round(Math.abs(ms) / 1000);
            const d = Math.floor(rest / 86400);
            rest -= d * 86400;
            const hh = Math.floor(rest / 3600);
            rest -= hh * 3600;
            const mm = Math.floor(rest / 60);
            const ss = rest - mm * 60;
            const parts = d ? [`${d}d`, hh ? `${hh}h` : ''] : hh ? [`${hh}h`, mm ? `${mm}m` : ''] : mm ? [`${mm}m`, ss ? `${ss}s` : ''] : [`${ss}s`];
            return sign + parts.filter(Boolean).join(' ');
        }
        function wallLabel(ms, spacing) {
            const full = fmt.date(ms); // YYYY-MM-DD HH:MM:SS
            if (spacing >= 864e5)
                return full.slice(5, 10);
            return spacing < 6e4 ? full.slice(11) : full.slice(11, 16);
        }
        function xLabel(x) {
            return xMode === 'step' ? `step ${fmt.count(x)}` : xMode === 'relative' ? `+${durationLabel(x)}` : fmt.date(x);
        }
        /** Integer step ticks, as many as fit side by side (steps can be 13 digits long). */
        function stepTicks() {
            if (xMode !== 'step')
                return timeTicks();
            const label = (v) => (Math.abs(v) < 1e15 ? fmt.count(v) : fmt.tick(v, 1));
            let count = 6;
            for (;;) {
                const { ticks, spacing } = niceTicks(current.x0, current.x1, count);
                const kept = ticks.filter((v) => spacing >= 1 || Number.isInteger(v)).map((v) => ({ at: v, label: label(v) }));
                const widest = Math.max(1, ...kept.map((k) => k.label.length));
                const fit = Math.max(2, Math.floor(plotW / (widest * 6.5 + 16)));
                if (kept.length <= fit || count <= 2)
                    return kept;
                count = Math.max(2, Math.min(count - 1, fit - 1));
            }
        }
        function renderNotes() {
            const shown = visible().map(({ t }) => t);
            const sum = (f) => shown.reduce((a, t) => a + f(t), 0);
            const lines = [];
            const skipped = [
                [sum((t) => t.nan), 'NaN'],
                [sum((t) => t.posInf), '+∞'],
                [sum((t) => t.negInf), '−∞'],
            ].filter(([n]) => n > 0);
            if (skipped.length)
                lines.push(`Not plotted: ${skipped.map(([n, what]) => `${fmt.count(n)} ${what}`).join(', ')}`);
            if (log) {
                const nonPositive = sum((t) => {
                    let n = 0;
                    for (let i = 0; i < t.values.length; i++)
                        if (!(t.values[i] > 0))
                            n++;
                    return n;
                });
                if (nonPositive > 0)
                    lines.push(`${fmt.count(nonPositive)} value(s) ≤ 0 hidden on the log scale`);
            }
            const sampled = shown.filter((t) => t.sampled);
            if (sampled.length) {
                const keptPts = sampled.reduce((a, t) => a + t.steps.length, 0);
                const totalPts = sampled.reduce((a, t) => a + t.count - t.nan - t.posInf - t.negInf, 0);
                lines.push(`Downsampled for this report: ${fmt.count(keptPts)} of ${fmt.count(totalPts)} points drawn`);
            }
            dom.clear(notes, lines.map((text) => h('div', { class: 'chart-note' }, text)));
        }
        function renderLegend() {
            if (!legend)
                return;
            dom.clear(legend, series.map((t, i) => h('button', {
                type: 'button',
                class: `legend-item${hidden.has(i) ? ' off' : ''}`,
                'aria-pressed': String(!hidden.has(i)),
                title: hidden.has(i) ? 'Show this run' : 'Hide this run',
                onClick: () => {
                    if (hidden.has(i))
                        hidden.delete(i);
                    else
                        hidden.add(i);
                    renderLegend();
                    render();
                },
            }, swatch(t.color), t.label)));
        }
        function swatch(color) {
            const el = h('span', { class: 'swatch' });
            el.style.setProperty('background', color);
            return el;
        }
        // ---- interaction ----
        const toSvg = (event) => {
            const rect = svg.getBoundingClientRect();
            return { x: ((event.clientX - rect.left) * width) / rect.width, y: ((event.clientY - rect.top) * height) / rect.height };
        };
        const inPlot = (p) => p.x >= margin.left && p.x <= margin.left + plotW && p.y >= margin.top && p.y <= margin.top + plotH;
        const clampX = (x) => Math.max(margin.left, Math.min(margin.left + plotW, x));
        const clampY = (y) => Math.max(margin.top, Math.min(margin.top + plotH, y));
        let drag = null;
        function brushBox(p) {
            if (!drag)
                return null;
            const x = clampX(p.x);
            const y = clampY(p.y);
            const flat = Math.abs(y - drag.y) < 12; // a flat drag zooms steps only
            return {
                flat,
                x: Math.min(drag.x, x),
                w: Math.abs(x - drag.x),
                y: flat ? margin.top : Math.min(drag.y, y),
                h: flat ? plotH : Math.abs(y - drag.y),
            };
        }
        // While dragging, the document follows the pointer, so a release outside the chart still ends the drag.
        const onDragMove = (event) => {
            const box = brushBox(toSvg(event));
            const brush = svg.querySelector('.chart-brush');
            if (!box || !brush)
                return;
            brush.setAttribute('x', String(box.x));
            brush.setAttribute('y', String(box.y));
            brush.setAttribute('width', String(box.w));
            brush.setAttribute('height', String(box.h));
            brush.setAttribute('visibility', 'visible');
        };
        const onDragEnd = (event) => {
            dom.doc.removeEventListener('mousemove', onDragMove);
            dom.doc.removeEventListener('mouseup', onDragEnd);
            const box = brushBox(toSvg(event));
            drag = null;
            svg.querySelector('.chart-brush')?.setAttribute('visibility', 'hidden');
            if (!box || box.w < 5)
                return;
            const x0 = invX(box.x);
            const x1 = invX(box.x + box.w);
            view = box.flat ? { x0, x1, y0: null, y1: null } : { x0, x1, y0: invY(box.y + box.h), y1: invY(box.y) };
            render();
        };
        svg.addEventListener('mousedown', (event) => {
            const p = toSvg(event);
            if (event.button !== 0 || !inPlot(p))
                return;
            event.preventDefault();
            drag = p;
            hideTooltip();
            dom.doc.addEventListener('mousemove', onDragMove);
            dom.doc.addEventListener('mouseup', onDragEnd);
        });
        svg.addEventListener('mousemove', (event) => {
            const p = toSvg(event);
            if (drag || !inPlot(p))
                return hideTooltip();
            showTooltip(p);
        });
        svg.addEventListener('mouseleave', () => hideTooltip());
        svg.addEventListener('dblclick', () => resetZoom());
        svg.addEventListener('wheel', (event) => {
            const p = toSvg(event);
            if (!inPlot(p))
                return;
            if (!(event.ctrlKey || event.altKey || event.metaKey)) {
                flashHint();
                return;
            }
            event.preventDefault();
            const factor = event.deltaY > 0 ? 1.25 : 0.8;
            const c = invX(p.x);
            let x0 = c - (c - current.x0) * factor;
            let x1 = c + (current.x1 - c) * factor;
            if (x0 <= fullX0 && x1 >= fullX1)
                return resetZoom();
            x0 = Math.max(x0, Math.min(fullX0, current.x0));
            x1 = Math.min(x1, Math.max(fullX1, current.x1));
            view = { x0, x1, y0: null, y1: null };
            render();
        }, { passive: false });
        resetButton.addEventListener('click', () => resetZoom());
        xSelect.addEventListener('change', () => {
            xMode = xSelect.value;
            view = null;
            derive();
            render();
        });
        smoothSelect.addEventListener('change', () => {
            smoothing = Number(smoothSelect.value);
            derive();
            render();
        });
        logButton.addEventListener('click', () => {
            log = !log;
            if (view)
                view = { ...view, y0: null, y1: null };
            render();
        });
        function resetZoom() {
            if (view === null)
                return;
            view = null;
            render();
        }
        let hintTimer = 0;
        function flashHint() {
            hint.hidden = false;
            dom.win.clearTimeout(hintTimer);
            hintTimer = dom.win.setTimeout(() => {
                hint.hidden = true;
            }, 1200);
        }
        function hideTooltip() {
            tooltip.hidden = true;
            svg.querySelector('.crosshair')?.setAttribute('visibility', 'hidden');
        }
        function showTooltip(p) {
            const x = invX(p.x);
            const rows = [];
            let nearest = null;
            for (const { t } of visible()) {
                if (t.steps.length === 0)
                    continue;
                const i = lowerBound(t.steps, x);
                const k = i === 0 ? 0 : i >= t.steps.length ? t.steps.length - 1 : x - t.steps[i - 1] <= t.steps[i] - x ? i - 1 : i;
                const step = t.steps[k];
                if (step < current.x0 || step > current.x1)
                    continue;
                rows.push({ label: t.label, color: t.color, step, value: t.values[k] });
                if (nearest === null || Math.abs(step - x) < Math.abs(nearest - x))
                    nearest = step;
            }
            if (nearest === null)
                return hideTooltip();
            const cross = svg.querySelector('.crosshair');
            cross?.setAttribute('x1', String(sx(nearest)));
            cross?.setAttribute('x2', String(sx(nearest)));
            cross?.setAttribute('visibility', 'visible');
            const shown = rows.slice(0, 12);
            dom.clear(tooltip, h('div', { class: 'tooltip-head' }, xLabel(nearest)), shown.map((r) => h('div', { class: 'tooltip-row' }, swatch(r.color), h('span', { class: 'tooltip-label' }, r.label), h('span', { class: 'tooltip-value' }, r.step === nearest ? fmt.metric(r.value) : `${fmt.metric(r.value)} @${xMode === 'step' ? r.step : xLabel(r.step)}`))), rows.length > shown.length ? h('div', { class: 'tooltip-more' }, `+${rows.length - shown.length} more`) : null);
            tooltip.hidden = false;
            const rect = svg.getBoundingClientRect();
            const px = (p.x / width) * rect.width;
            const left = px > rect.width * 0.6 ? px - tooltip.getBoundingClientRect().width - 12 : px + 12;
            tooltip.style.setProperty('left', `${Math.max(0, left)}px`);
            tooltip.style.setProperty('top', `${(margin.top / height) * rect.height + 4}px`);
        }
        const resize = new ResizeObserver((entries) => {
            const w = Math.round(entries[0]?.contentRect.width ?? 0);
            if (w < 200 || w === width)
                return;
            width = w;
            plotW = width - margin.left - margin.right;
            svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
            render();
        });
        resize.observe(body);
        renderLegend();
        render();
        return card;
    }
    /** Exponential moving average with weight `w` on the past, debiased at the start (as TensorBoard smooths). */
    function smooth(values, w) {
        const out = new Float64Array(values.length);
        let last = 0;
        for (let i = 0; i < values.length; i++) {
            last = last * w + (1 - w) * values[i];
            out[i] = last / (1 - w ** (i + 1));
        }
        return out;
    }
    return { lineChart, colorAt, palette, niceTicks };
}

;// CONCATENATED MODULE: ./assets/dashboard/parallel-coordinates.ts
// A parallel-coordinates plot in SVG, as MLflow's compare page draws one: an axis per chosen param (numeric when every
// value reads as a number, categorical otherwise; runs without the param on an "n/a" mark) and the chosen metric as the
// last axis; one line per run, coloured from best to worst value of the metric. Drag along an axis to keep only the
// runs inside that range (click the axis to clear it); hover a line for the run, click it to open the run.
function createParallelCoordinates(dom, fmt, charts) {
    const { h, s } = dom;
    const height = 380;
    const top = 46;
    const bottom = 28;
    const plotH = height - top - bottom;
    let plotCount = 0;
    const asNumber = (v) => (v.trim() !== '' && Number.isFinite(Number(v)) ? Number(v) : null);
    /** Best runs blue, worst orange-red, through violet: no pale yellows to lose on a white page. */
    function colorFor(t) {
        const hue = (220 + 170 * t) % 360;
        return `hsl(${hue.toFixed(0)} 70% 48%)`;
    }
    /**
     * An axis over the runs' values of `key` (or their metric). A run without a value sits on an "n/a" mark at the
     * bottom, below the values' range, so that a param logged by only some runs does not hide the others.
     */
    function makeAxis(key, runs, metric) {
        const raw = runs.map((r) => (metric ? r.metric : r.values.get(key)));
        const missing = raw.some((v) => v === undefined || v === null);
        const base = missing ? 0.12 : 0;
        const within = (t) => base + (1 - base) * t;
        const naTick = missing ? [{ t: 0, label: 'n/a', full: 'not logged by this run' }] : [];
        const present = raw.filter((v) => v !== undefined && v !== null);
        const numbers = present.map((v) => (typeof v === 'number' ? v : asNumber(v)));
        if (numbers.every((n) => n !== null)) {
            const ns = numbers;
            let lo = ns.length ? Math.min(...ns) : 0;
            let hi = ns.length ? Math.max(...ns) : 1;
            if (lo === hi) {
                lo -= lo === 0 ? 1 : Math.abs(lo) * 0.5;
                hi += hi === 0 ? 1 : Math.abs(hi) * 0.5;
            }
            const { ticks, spacing } = charts.niceTicks(lo, hi, 5);
            const at = (run) => {
                const v = metric ? run.metric : run.values.has(key) ? asNumber(run.values.get(key)) : null;
                return v === null ? 0 : within((v - lo) / (hi - lo));
            };
            const labels = ticks.map((v) => ({ t: within((v - lo) / (hi - lo)), label: fmt.tick(v, spacing), full: String(v) }));
            return { key, label: key, kind: 'numeric', at, ticks: [...naTick, ...labels] };
        }
        const categories = [...new Set(present.map(String))].sort((a, b) => a.localeCompare(b, undefined, { numeric: true }));
        const position = new Map(categories.map((c, i) => [c, within(categories.length === 1 ? 0.5 : i / (categories.length - 1))]));
        const every = Math.max(1, Math.ceil(categories.length / 12)); // label at most ~12 categories
        const labels = categories.filter((_, i) => i % every === 0).map((c) => ({ t: position.get(c), label: fmt.clip(c.replace(/\s+/g, ' '), 16), full: c }));
        const at = (run) => (run.values.has(key) ? (position.get(run.values.get(key)) ?? 0) : 0);
        return { key, label: key, kind: 'categorical', at, ticks: [...naTick, ...labels] };
    }
    function plot(options) {
        const id = `pc-${++plotCount}`;
        // The metric gives a line its colour, so a run needs a finite value of it.
        const drawn = options.runs.filter((r) => r.metric !== null && Number.isFinite(r.metric));
        const left = drawn.length === options.runs.length ? null : options.runs.length - drawn.length;
        const wrap = h('div', { class: 'pc' });
        if (drawn.length === 0) {
            wrap.append(h('p', { class: 'empty' }, `No run has a finite ${options.metricKey}.`));
            return wrap;
        }
        const axes = options.axes.map((k) => makeAxis(k, drawn, false));
        axes.push(makeAxis(options.metricKey, drawn, true));
        const metricAxis = axes[axes.length - 1];
        const badness = (r) => {
            const t = metricAxis.at(r);
            return options.direction === 'min' ? t : 1 - t;
        };
        const yOf = (t) => top + plotH - t * plotH;
        const brushes = new Map(); // axis index → [lo, hi] in 0..1, kept across re-layouts
        // Each axis takes the room its labels need: tick labels on one side (numbers left, categories right) and a
        // centred title, so that no two axes' texts overlap; the plot scrolls sideways when they need more than the page.
        const textWidth = (text) => text.length * 6.6;
        const leftOf = axes.map((a) => (a.kind === 'numeric' ? Math.max(0, ...a.ticks.map((t) => textWidth(t.label))) + 9 : 6));
        const rightOf = axes.map((a, i) => (a.kind === 'categorical' ? Math.max(0, ...a.ticks.map((t) => textWidth(t.label))) + 9 : i === axes.length - 1 ? 24 : 6));
        const kindOf = (i) => (i === axes.length - 1 ? (options.direction === 'min' ? 'metric, lower is better' : 'metric, higher is better') : axes[i].kind);
        const titleOf = axes.map((a, i) => Math.max(textWidth(fmt.clip(a.label, 22)), textWidth(kindOf(i)) * 0.85) / 2 + 6);
        const needs = axes.slice(1).map((_, i) => Math.max(rightOf[i] + leftOf[i + 1] + 10, titleOf[i] + titleOf[i + 1], 90));
        const firstX = Math.max(leftOf[0] + 8, titleOf[0], 40);
        const lastPad = Math.max(rightOf[axes.length - 1] + 8, titleOf[axes.length - 1], 40);
        const minWidth = Math.ceil(firstX + needs.reduce((a, b) => a + b, 0) + lastPad);
        let width = Math.max(640, minWidth);
        const svg = s('svg', { class: 'pc-svg', role: 'img', 'aria-label': `Parallel coordinates of ${options.axes.join(', ')} against ${options.metricKey}` });
        const tooltip = h('div', { class: 'chart-tooltip', hidden: true });
        const status = h('div', { class: 'chart-note pc-status' });
        let paths = [];
        const brushRects = new Map();
        function applyBrushes() {
            let kept = 0;
            for (const { run, path } of paths) {
                const inside = [...brushes].every(([i, [lo, hi]]) => {
                    const t = axes[i].at(run);
                    return t >= lo - 1e-9 && t <= hi + 1e-9;
                });
                path.classList.toggle('filtered-out', !inside);
                if (inside)
                    kept++;
            }
            status.textContent = brushes.size ? `${kept} of ${drawn.length} runs inside the selected ranges` : '';
            for (const [i, el] of brushRects) {
                const b = brushes.get(i);
                el.setAttribute('visibility', b ? 'visible' : 'hidden');
                if (b) {
                    el.setAttribute('y', String(yOf(b[1])));
                    el.setAttribute('height', String(Math.max(1, yOf(b[0]) - yOf(b[1]))));
                }
            }
        }
        function tAt(event) {
            const rect = svg.getBoundingClientRect();
            const y = ((event.clientY - rect.top) * height) / rect.height;
            return Math.max(0, Math.min(1, (top + plotH - y) / plotH));
        }
        function startBrush(event, i) {
            event.preventDefault();
            const from = tAt(event);
            let moved = false;
            const move = (e) => {
                const to = tAt(e);
                if (Math.abs(to - from) * plotH < 3)
                    return;
                moved = true;
                brushes.set(i, [Math.min(from, to), Math.max(from, to)]);
                applyBrushes();
            };
            const end = () => {
                dom.doc.removeEventListener('mousemove', move);
                dom.doc.removeEventListener('mouseup', end);
                if (!moved)
                    brushes.delete(i); // a click clears the axis
                applyBrushes();
            };
            dom.doc.addEventListener('mousemove', move);
            dom.doc.addEventListener('mouseup', end);
        }
        function lineFor(run, xOf) {
            const d = axes.map((a, i) => `${i === 0 ? 'M' : 'L'}${xOf(i).toFixed(1)} ${yOf(a.at(run)).toFixed(1)}`).join('');
            const path = s('path', { class: 'pc-line', d, stroke: colorFor(badness(run)), 'data-run': run.id });
            path.addEventListener('mousemove', (event) => {
                const rect = wrap.getBoundingClientRect();
                dom.clear(tooltip, h('div', { class: 'tooltip-head' }, run.label), axes.map((a, i) => h('div', { class: 'tooltip-row' }, h('span', { class: 'tooltip-label' }, a.label), h('span', { class: 'tooltip-value' }, i === axes.length - 1 ? fmt.metric(run.metric) : fmt.clip(run.values.get(a.key) ?? '', 30)))));
                tooltip.hidden = false;
                tooltip.style.setProperty('left', `${Math.max(0, Math.min(event.clientX - rect.left + 14, rect.width - 240))}px`);
                tooltip.style.setProperty('top', `${event.clientY - rect.top + 10}px`);
                lines.classList.add('hovering');
                path.classList.add('hover');
            });
            path.addEventListener('mouseleave', () => {
                tooltip.hidden = true;
                lines.classList.remove('hovering');
                path.classList.remove('hover');
            });
            if (options.onOpen)
                path.addEventListener('click', () => options.onOpen(run.id));
            return path;
        }
        function axisGroup(axis, i, x) {
            const g = s('g', { class: `pc-axis${i === axes.length - 1 ? ' metric-axis' : ''}`, 'data-axis': axis.key });
            g.append(s('line', { class: 'pc-axis-line', x1: x, x2: x, y1: top, y2: top + plotH }));
            const title = s('text', { class: 'pc-axis-title', x, y: top - 26, 'text-anchor': 'middle' }, fmt.clip(axis.label, 22));
            title.append(s('title', null, axis.label));
            g.append(title);
            const kind = kindOf(i);
            g.append(s('text', { class: 'pc-axis-kind', x, y: top - 12, 'text-anchor': 'middle' }, kind));
            const right = axis.kind === 'categorical';
            // Labels closer than a line's height to one already placed are left out (the tick mark stays).
            const placed = [];
            for (const tick of axis.ticks) {
                const y = yOf(tick.t);
                if (placed.some((p) => Math.abs(p - y) < 13)) {
                    g.append(s('line', { class: 'pc-tick', x1: right ? x : x - 4, x2: right ? x + 4 : x, y1: y, y2: y }));
                    continue;
                }
                placed.push(y);
                g.append(s('line', { class: 'pc-tick', x1: right ? x : x - 4, x2: right ? x + 4 : x, y1: y, y2: y }));
                const label = s('text', { class: 'tick', x: right ? x + 7 : x - 7, y: y + 4, 'text-anchor': right ? 'start' : 'end' }, tick.label);
                label.append(s('title', null, tick.full));
                g.append(label);
            }
            const brush = s('rect', { class: 'pc-brush', x: x - 7, width: 14, y: top, height: 0, visibility: 'hidden' });
            brushRects.set(i, brush);
            g.append(brush);
            // A wide invisible band takes the drags.
            const band = s('rect', { class: 'pc-band', x: x - 12, width: 24, y: top - 4, height: plotH + 8 });
            band.addEventListener('mousedown', (event) => startBrush(event, i));
            g.append(band);
            return g;
        }
        const lines = s('g', { class: 'pc-lines' });
        /** Lays the plot out at the width it is shown at, so that text keeps its size. */
        function layout() {
            // Spare width is shared out evenly between the gaps.
            const extra = axes.length > 1 ? (width - minWidth) / (axes.length - 1) : 0;
            const xs = [firstX];
            for (const need of needs)
                xs.push(xs[xs.length - 1] + need + extra);
            const xOf = (i) => (axes.length > 1 ? xs[i] : width / 2);
            paths = drawn.map((run) => ({ run, path: lineFor(run, xOf) }));
            dom.clear(lines, paths.map((p) => p.path));
            brushRects.clear();
            // A colour bar beside the metric axis: the line colours from best to worst.
            const gradient = s('linearGradient', { id: `${id}-grad`, x1: 0, x2: 0, y1: 1, y2: 0 });
            for (let k = 0; k <= 10; k++) {
                const t = k / 10; // bottom → top of the axis
                gradient.append(s('stop', { offset: `${k * 10}%`, 'stop-color': colorFor(options.direction === 'min' ? t : 1 - t) }));
            }
            const xm = xOf(axes.length - 1);
            svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
            svg.setAttribute('width', String(width));
            svg.setAttribute('height', String(height));
            dom.clear(svg, s('defs', null, gradient), lines, axes.map((a, i) => axisGroup(a, i, xOf(i))), s('rect', { class: 'pc-colorbar', x: xm + 14, y: top, width: 6, height: plotH, fill: `url(#${id}-grad)` }));
            applyBrushes();
        }
        const scroller = h('div', { class: 'pc-scroll' }, svg);
        new ResizeObserver((entries) => {
            const w = Math.max(minWidth, Math.round(entries[0]?.contentRect.width ?? 0));
            if (w === width)
                return;
            width = w;
            layout();
        }).observe(scroller);
        layout();
        wrap.append(scroller, tooltip, status);
        if (left)
            wrap.append(h('div', { class: 'chart-note' }, `${left} run(s) without a finite ${options.metricKey} are not drawn.`));
        return wrap;
    }
    return { plot };
}

;// CONCATENATED MODULE: ./assets/dashboard/run-page.ts
// One run, in three tabs with their own routes: Overview (status, times, lineage, note, latest metrics, params, tags,
// dataset inputs, logged models), Metrics (a chart of every history) and Artifacts (tree and viewer).
function createRunPage(dom, fmt, index, ui, charts, artifacts) {
    const { h, link } = dom;
    function facts(run) {
        const exp = index.experiments.get(run.experimentId);
        const parent = run.parentId === null ? undefined : index.runs.get(run.parentId);
        const kids = index.childrenOf(run.id);
        const tag = (key) => index.tagOf(run, key);
        const commit = tag('mlflow.source.git.commit');
        const rows = [
            ['Status', h('span', null, ui.statusBadge(run.status), run.deleted ? ui.deletedBadge() : null)],
            ['Run ID', h('span', { class: 'mono' }, run.id)],
            ['Experiment', exp ? link(['experiment', exp.id], null, exp.name) : run.experimentId],
            ['Started', fmt.date(run.start)],
            ['Ended', run.end === null ? (run.status === 'RUNNING' ? 'still running' : '—') : fmt.date(run.end)],
            ['Duration', fmt.duration(run.start, run.end)],
            ['User', run.user || '—'],
        ];
        const source = tag('mlflow.source.name');
        if (source)
            rows.push(['Source', `${source}${tag('mlflow.source.type') ? ` (${tag('mlflow.source.type')})` : ''}`]);
        if (commit)
            rows.push(['Git commit', h('span', { class: 'mono', title: commit }, `${commit.slice(0, 12)}${tag('mlflow.source.git.branch') ? ` on ${tag('mlflow.source.git.branch')}` : ''}`)]);
        if (run.parentId !== null)
            rows.push(['Parent run', parent ? ui.runLink(parent) : h('span', { class: 'mono' }, run.parentId)]);
        if (kids.length)
            rows.push(['Child runs', h('span', { class: 'child-links' }, kids.map((k) => ui.runLink(k)))]);
        return h('dl', { class: 'facts' }, rows.map(([k, v]) => h('div', null, h('dt', null, k), h('dd', null, v))));
    }
    function metricsTable(run) {
        if (run.metrics.length === 0)
            return ui.empty('No metrics logged.');
        const sorted = [...run.metrics].sort((a, b) => index.byCodePoint(a.key, b.key));
        return h('table', { class: 'data metrics-table' }, h('thead', null, h('tr', null, h('th', null, 'Metric'), h('th', { class: 'num' }, 'Latest'), h('th', { class: 'num' }, 'Step'), h('th', { class: 'num' }, 'Points'), h('th', null, ''))), h('tbody', null, sorted.map((m) => {
            const v = fmt.num(m.value);
            const odd = [m.nan ? `${m.nan} NaN` : '', m.posInf ? `${m.posInf} +∞` : '', m.negInf ? `${m.negInf} −∞` : ''].filter(Boolean).join(', ');
            return h('tr', null, h('th', { scope: 'row', class: 'key' }, link(['run', run.id, 'metrics'], null, m.key)), h('td', { class: 'num', title: String(v) }, fmt.metric(v)), h('td', { class: 'num' }, fmt.count(m.step)), h('td', { class: 'num' }, fmt.count(m.count)), h('td', { class: 'muted' }, odd ? `${odd} not plotted` : ''));
        })));
    }
    function datasets(run) {
        if (run.datasets.length === 0)
            return ui.empty('No dataset inputs.');
        return h('div', { class: 'datasets' }, run.datasets.map((d) => {
            const context = d.tags.find(([k]) => k === 'mlflow.data.context')?.[1];
            const other = d.tags.filter(([k]) => k !== 'mlflow.data.context');
            return h('div', { class: 'dataset' }, h('div', { class: 'dataset-head' }, h('strong', null, d.name), h('span', { class: 'mono muted' }, ` digest ${d.digest}`), context ? h('span', { class: 'badge context' }, context) : null), h('dl', { class: 'facts compact' }, h('div', null, h('dt', null, 'Source type'), h('dd', null, d.sourceType)), h('div', null, h('dt', null, 'Source'), h('dd', null, ui.longValue(d.source))), other.length ? h('div', null, h('dt', null, 'Tags'), h('dd', null, other.map(([k, v]) => `${k}=${v}`).join(', '))) : null), d.schema ? h('details', null, h('summary', null, 'Schema'), h('pre', { class: 'code small' }, pretty(d.schema))) : null, d.profile ? h('details', null, h('summary', null, 'Profile'), h('pre', { class: 'code small' }, pretty(d.profile))) : null);
        }));
    }
    /** JSON shown indented when it parses; as written otherwise. */
    function pretty(text) {
        try {
            return JSON.stringify(JSON.parse(text), null, 2);
        }
        catch {
            return text;
        }
    }
    function models(run) {
        const outputs = run.modelOutputs.map((o) => ({ id: o.modelId, role: `output at step ${o.step}` }));
        const inputs = run.modelInputs.map((id) => ({ id, role: 'input' }));
        const all = [...outputs, ...inputs];
        if (all.length === 0)
            return null;
        return ui.card('Logged models', h('table', { class: 'data models-table' }, h('thead', null, h('tr', null, ['Model', 'Role', 'Status', 'Type', 'Metrics', 'Params'].map((c) => h('th', null, c)))), h('tbody', null, all.map(({ id, role }) => {
            const m = index.models.get(id);
            return h('tr', null, h('td', null, m ? h('strong', null, m.name) : null, h('div', { class: 'mono muted small' }, id)), h('td', null, role), h('td', null, m ? m.status : '—'), h('td', null, m?.type ?? '—'), h('td', null, m ? m.metrics.map((x) => h('div', null, `${x.key} = ${fmt.metric(fmt.num(x.value))}`, x.dataset ? h('span', { class: 'muted' }, ` on ${x.dataset}`) : null)) : null), h('td', null, m ? m.params.map(([k, v]) => h('div', null, `${k} = ${fmt.clip(v, 60)}`)) : null));
        }))));
    }
    function overview(run) {
        const note = index.tagOf(run, 'mlflow.note.content');
        const userTags = run.tags.filter(([k]) => !k.startsWith('mlflow.'));
        const systemTags = run.tags.filter(([k]) => k.startsWith('mlflow.'));
        return h('div', { class: 'overview' }, h('div', { class: 'two-col' }, ui.card('About this run', facts(run)), ui.card('Metrics', metricsTable(run))), note ? ui.card('Description', h('div', { class: 'note' }, note)) : null, h('div', { class: 'two-col' }, ui.card(`Parameters (${run.params.length})`, ui.pairsTable(run.params, { emptyText: 'No parameters logged.', filter: true, keyLabel: 'Parameter' })), ui.card(`Tags (${userTags.length})`, ui.pairsTable(userTags, { emptyText: 'No tags besides MLflow’s own.', filter: true, keyLabel: 'Tag' }), systemTags.length ? h('details', { class: 'system-tags' }, h('summary', null, `MLflow system tags (${systemTags.length})`), ui.pairsTable(systemTags, { emptyText: '', keyLabel: 'Tag' })) : null)), ui.card('Dataset inputs', datasets(run)), models(run));
    }
    function metricCharts(run) {
        if (run.metrics.length === 0)
            return ui.card(null, ui.empty('No metrics logged.'));
        // A metric logged once is a number, not a curve: listed with its step rather than drawn as one dot.
        const once = run.metrics.filter((m) => m.count <= 1).sort((a, b) => index.byCodePoint(a.key, b.key));
        const sorted = run.metrics.filter((m) => m.count > 1).sort((a, b) => index.byCodePoint(a.key, b.key));
        const onceTable = once.length
            ? ui.card(`Logged once (${once.length})`, h('table', { class: 'data single-values' }, h('thead', null, h('tr', null, h('th', null, 'Metric'), h('th', { class: 'num' }, 'Value'), h('th', { class: 'num' }, 'Step'))), h('tbody', null, once.map((m) => h('tr', { 'data-metric': m.key }, h('td', { class: 'mono' }, m.key), h('td', { class: 'num', title: String(fmt.num(m.value)) }, fmt.metric(fmt.num(m.value))), h('td', { class: 'num' }, fmt.count(m.step)))))))
            : null;
        const grid = h('div', { class: 'chart-grid' });
        const filter = h('input', { type: 'search', class: 'filter', placeholder: 'Filter metrics', 'aria-label': 'Filter metrics' });
        const built = new Map();
        const draw = () => {
            const needle = filter.value.trim().toLowerCase();
            dom.clear(grid, sorted
                .filter((m) => needle === '' || m.key.toLowerCase().includes(needle))
                .map((m) => {
                let chart = built.get(m.key);
                if (!chart) {
                    chart = charts.lineChart({ title: m.key, series: [{ label: run.name || run.id.slice(0, 8), color: charts.colorAt(0), ...index.seriesOf(m), start: run.start }] });
                    built.set(m.key, chart);
                }
                return chart;
            }));
        };
        filter.addEventListener('input', dom.debounce(draw, 120));
        draw();
        return h('div', null, onceTable, sorted.length ? h('div', { class: 'toolbar' }, filter, h('span', { class: 'muted hint' }, 'Drag across a chart to zoom (a flat drag zooms steps only), Ctrl/Alt + scroll to zoom, double-click to reset.')) : null, sorted.length ? grid : null);
    }
    function render(runId, tab, artifactPath) {
        const run = index.runs.get(runId);
        if (!run)
            throw new Error(`No run ${runId} in this report`);
        const exp = index.experiments.get(run.experimentId);
        const tabIndex = tab === 'metrics' ? 1 : tab === 'artifacts' ? 2 : 0;
        const body = tabIndex === 1 ? metricCharts(run) : tabIndex === 2 ? artifacts.render(run, artifactPath) : overview(run);
        const parent = run.parentId === null ? undefined : index.runs.get(run.parentId);
        const content = h('div', { class: 'page run-page', 'data-run': run.id }, h('div', { class: 'page-head' }, h('h1', null, run.name || run.id, ui.statusBadge(run.status), run.deleted ? ui.deletedBadge() : null), h('div', { class: 'sub' }, h('span', { class: 'mono' }, run.id), parent ? [' · child of ', ui.runLink(parent)] : null)), ui.tabs([
            { label: 'Overview', href: dom.routeHref('run', run.id) },
            { label: 'Metrics', href: dom.routeHref('run', run.id, 'metrics'), count: run.metrics.length },
            { label: 'Artifacts', href: dom.routeHref('run', run.id, 'artifacts'), count: run.artifacts.filter((a) => !a.dir).length },
        ], tabIndex), body);
        const crumbs = [{ label: 'Experiments', href: '#/' }];
        if (exp)
            crumbs.push({ label: exp.name, href: dom.routeHref('experiment', exp.id) });
        if (parent)
            crumbs.push({ label: parent.name || parent.id.slice(0, 8), href: dom.routeHref('run', parent.id) });
        return { title: run.name || run.id, crumbs: [...crumbs, { label: run.name || run.id.slice(0, 8) }], content };
    }
    return { render };
}

;// CONCATENATED MODULE: ./assets/dashboard/widgets.ts
// Small pieces the pages share: status badges, cards, key/value tables that cope with long and multi-line values,
// tab bars and empty states.
function createWidgets(dom, fmt, index) {
    const { h, link } = dom;
    /** Values longer than this (or with more lines) start folded. */
    const foldChars = 240;
    const foldLines = 4;
    function statusBadge(status) {
        return h('span', { class: `badge status-${status.toLowerCase()}`, title: `Status: ${status}` }, status.charAt(0) + status.slice(1).toLowerCase());
    }
    function deletedBadge() {
        return h('span', { class: 'badge deleted', title: 'Lifecycle stage: deleted' }, 'Deleted');
    }
    function card(title, ...children) {
        return h('section', { class: 'card' }, title === null ? null : h('h2', { class: 'card-title' }, title), ...children);
    }
    function empty(text) {
        return h('p', { class: 'empty' }, text);
    }
    /** A value shown whole when short; folded to its first lines with a toggle when long; line breaks kept. */
    function longValue(value) {
        if (value === '')
            return h('span', { class: 'muted' }, '(empty)');
        const lines = value.split('\n');
        if (value.length <= foldChars && lines.length <= foldLines)
            return h('span', { class: 'value' }, value);
        const head = lines.slice(0, foldLines).join('\n');
        const short = head.length > foldChars ? `${head.slice(0, foldChars)}…` : `${head}\n…`;
        const text = h('span', { class: 'value' }, short);
        let open = false;
        const toggle = h('button', { type: 'button', class: 'link-button fold-toggle' }, `Show all (${fmt.count(value.length)} characters)`);
        toggle.addEventListener('click', () => {
            open = !open;
            text.textContent = open ? value : short;
            toggle.textContent = open ? 'Show less' : `Show all (${fmt.count(value.length)} characters)`;
        });
        return h('span', { class: 'long-value' }, text, toggle);
    }
    /** A two-column table of pairs with an optional filter box (for params and tags). */
    function pairsTable(pairs, options) {
        if (pairs.length === 0)
            return empty(options.emptyText);
        const sorted = [...pairs].sort((a, b) => index.byCodePoint(a[0], b[0]));
        const body = h('tbody');
        const draw = (needle) => {
            const rows = sorted.filter(([k, v]) => needle === '' || k.toLowerCase().includes(needle) || v.toLowerCase().includes(needle));
            dom.clear(body, rows.length === 0
                ? h('tr', null, h('td', { colspan: 2, class: 'muted' }, 'Nothing matches the filter'))
                : rows.map(([k, v]) => h('tr', null, h('th', { scope: 'row', class: 'key' }, k), h('td', null, longValue(v)))));
        };
        draw('');
        const table = h('table', { class: 'pairs' }, h('thead', null, h('tr', null, h('th', null, options.keyLabel ?? 'Name'), h('th', null, 'Value'))), body);
        if (!options.filter || pairs.length < 8)
            return table;
        const input = h('input', { type: 'search', class: 'filter', placeholder: 'Filter', 'aria-label': 'Filter by name or value' });
        input.addEventListener('input', dom.debounce(() => draw(input.value.trim().toLowerCase()), 120));
        return h('div', null, input, table);
    }
    /** A tab bar of route links; `active` is the index of the current tab. */
    function tabs(items, active) {
        return h('nav', { class: 'tabs', 'aria-label': 'Sections' }, items.map((item, i) => h('a', { href: item.href, class: i === active ? 'tab active' : 'tab', 'aria-current': i === active ? 'page' : null }, item.label, item.count === undefined ? null : h('span', { class: 'count' }, fmt.count(item.count)))));
    }
    /** A run's name as a link to its page, with a hint of its id. */
    function runLink(run) {
        return link(['run', run.id], { class: 'run-link', title: `Run ${run.id}` }, run.name || run.id.slice(0, 8));
    }
    function stat(label, value, hint) {
        return h('div', { class: 'stat', title: hint ?? null }, h('div', { class: 'stat-value' }, value), h('div', { class: 'stat-label' }, label));
    }
    return { statusBadge, deletedBadge, card, empty, longValue, pairsTable, tabs, runLink, stat };
}

;// CONCATENATED MODULE: ./assets/dashboard/main.ts
// The page's script: reads the page's JSON, wires the modules together and routes by the URL hash, so every view
// has a link that can be shared and works from file:// and any GitHub Pages path:
//   #/                                  experiments grid
//   #/experiment/<id>                   runs table
//   #/run/<id>[/metrics|/artifacts[/<path>]]
//   #/compare/<id>,<id>,…











function clientMain(win) {
    const dom = createDom(win);
    const { h } = dom;
    const fmt = createFormat();
    const source = win.document.getElementById('dashboard-data');
    const data = JSON.parse(source?.textContent ?? 'null');
    const index = createIndex(data);
    const ui = createWidgets(dom, fmt, index);
    const charts = createLineChart(dom, fmt);
    const pc = createParallelCoordinates(dom, fmt, charts);
    const state = { selected: new Set(), showDeletedExperiments: false, tables: new Map() };
    const pages = {
        grid: createGridPage(dom, fmt, index, ui, state),
        experiment: createExperimentPage(dom, fmt, index, ui, charts, state),
        run: createRunPage(dom, fmt, index, ui, charts, createArtifactsView(dom, fmt, ui)),
        compare: createComparePage(dom, fmt, index, ui, charts, pc),
    };
    const crumbs = h('nav', { class: 'crumbs', 'aria-label': 'Breadcrumb' });
    const main = h('main', { id: 'main' });
    const generated = data.generatedAt ? new Date(data.generatedAt) : null;
    win.document.getElementById('app')?.replaceChildren(h('header', { class: 'topbar' }, h('a', { href: '#/', class: 'brand' }, data.title), crumbs), main, h('footer', { class: 'footer muted' }, `${data.store.kind === 'file' ? 'MLflow file store' : data.store.kind === 'sqlite' ? 'MLflow SQLite store' : 'MLflow tracking server'} ${data.store.name}`, generated && !Number.isNaN(generated.getTime()) ? ` · generated ${fmt.date(generated.getTime())}` : '', data.sampling.sampledSeries ? ` · ${fmt.count(data.sampling.sampledSeries)} long metric histories downsampled to ${fmt.count(data.sampling.pointsPerSeries)} points` : '', ' · made by ml-hub'));
    /** Path segments of the hash, decoded; a malformed escape leaves its segment as written. */
    function segments(hash) {
        return hash
            .replace(/^#\/?/, '')
            .split('/')
            .filter((p) => p !== '')
            .map((p) => {
            try {
                return decodeURIComponent(p);
            }
            catch {
                return p;
            }
        });
    }
    function view(parts) {
        const [kind, id] = parts;
        if (kind === undefined)
            return pages.grid.render();
        if (kind === 'experiment' && id !== undefined)
            return pages.experiment.render(id);
        if (kind === 'run' && id !== undefined) {
            const tab = parts[2] ?? 'overview';
            return pages.run.render(id, tab, tab === 'artifacts' && parts.length > 3 ? parts.slice(3).join('/') : null);
        }
        if (kind === 'compare' && id !== undefined)
            return pages.compare.render(id.split(',').filter((x) => x !== ''));
        throw new Error(`Nothing at #${win.location.hash.replace(/^#/, '')}`);
    }
    let lastPage = '';
    function route() {
        const parts = segments(win.location.hash);
        let page;
        try {
            page = view(parts);
        }
        catch (error) {
            page = {
                title: 'Not found',
                crumbs: [{ label: 'Experiments', href: '#/' }, { label: 'Not found' }],
                content: h('div', { class: 'page' }, h('h1', null, 'Not found'), ui.empty(error.message), h('p', null, h('a', { href: '#/' }, 'Back to the experiments'))),
            };
        }
        dom.clear(crumbs, page.crumbs.map((c, i) => [i > 0 ? h('span', { class: 'sep', 'aria-hidden': 'true' }, '/') : null, c.href ? h('a', { href: c.href }, c.label) : h('span', { 'aria-current': 'page' }, c.label)]));
        dom.clear(main, page.content);
        main.setAttribute('data-route', win.location.hash); // lets tests and scripts see which route is drawn
        win.document.title = `${page.title} · ${data.title}`;
        // A new page starts at the top; switching tabs or files within a run keeps the place.
        const pageKey = parts.slice(0, 2).join('/');
        if (pageKey !== lastPage)
            win.scrollTo(0, 0);
        lastPage = pageKey;
    }
    win.addEventListener('hashchange', route);
    route();
}
clientMain(window);
})();
