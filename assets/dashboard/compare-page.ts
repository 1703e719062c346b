// Selected runs side by side, as MLflow's compare page lays them out: the runs, one chart per metric with a series per
// run, the latest values (best of each row marked), params and tags with differing rows highlighted, and a
// parallel-coordinates plot of chosen params against a chosen metric.

import type { MetricDirection, RunData } from '../../shared/report/dashboard/payload-types.js';
import type { Charts, Dom, Format, Index, PageView, ParallelCoordinates, Widgets } from './kit.js';

export function createComparePage(dom: Dom, fmt: Format, index: Index, ui: Widgets, charts: Charts, pc: ParallelCoordinates) {
  const { h, link } = dom;
  /** Default parallel-coordinates axes: the params that differ, at most this many. */
  const defaultAxes = 8;

  function swatch(color: string): HTMLElement {
    const el = h('span', { class: 'swatch' });
    el.style.setProperty('background', color);
    return el;
  }

  const label = (run: RunData) => run.name || run.id.slice(0, 8);

  /** A key × run table; rows whose values are not all equal are marked (and can be shown alone). */
  function diffTable(runs: RunData[], colors: string[], pick: (run: RunData) => [string, string][], what: string): HTMLElement {
    const keys = [...new Set(runs.flatMap((r) => pick(r).map(([k]) => k)))].sort(index.byCodePoint);
    if (keys.length === 0) return ui.empty(`No ${what} logged by these runs.`);
    const valueOf = (run: RunData, key: string) => pick(run).find(([k]) => k === key)?.[1];
    const differs = (key: string) => new Set(runs.map((r) => valueOf(r, key) ?? '\u0000missing')).size > 1;
    const differing = keys.filter(differs).length;
    const onlyDiff = h('input', { type: 'checkbox', class: 'only-diff' });
    const body = h('tbody');
    const draw = () => {
      const shown = onlyDiff.checked ? keys.filter(differs) : keys;
      dom.clear(
        body,
        shown.map((key) => {
          const diff = differs(key);
          return h(
            'tr',
            { class: diff ? 'differs' : null, 'data-key': key },
            h('th', { scope: 'row', class: 'key' }, key),
            runs.map((r) => {
              const v = valueOf(r, key);
              return h('td', null, v === undefined ? h('span', { class: 'muted' }, '—') : ui.longValue(v));
            }),
          );
        }),
      );
    };
    onlyDiff.addEventListener('change', draw);
    draw();
    return h(
      'div',
      null,
      h('div', { class: 'toolbar' }, h('label', { class: 'check' }, onlyDiff, ` Show only differences`), h('span', { class: 'muted' }, `${differing} of ${keys.length} differ`)),
      h('div', { class: 'table-scroll' }, h('table', { class: `data diff-table ${what}-diff` }, h('thead', null, h('tr', null, h('th', null, what === 'params' ? 'Parameter' : 'Tag'), runs.map((r, i) => h('th', null, swatch(colors[i]!), label(r))))), body)),
    );
  }

  function latestTable(runs: RunData[], colors: string[], keys: string[]): HTMLElement {
    return h(
      'div',
      { class: 'table-scroll' },
      h(
        'table',
        { class: 'data latest-table' },
        h('thead', null, h('tr', null, h('th', null, 'Metric'), runs.map((r, i) => h('th', { class: 'num' }, swatch(colors[i]!), label(r))))),
        h(
          'tbody',
          null,
          keys.map((key) => {
            const dir = index.directionOf(key);
            const values = runs.map((r) => {
              const m = index.metricOf(r, key);
              return m ? fmt.num(m.value) : null;
            });
            const finite = values.filter((v): v is number => v !== null && Number.isFinite(v));
            const best = finite.length > 1 ? (dir === 'min' ? Math.min(...finite) : Math.max(...finite)) : null;
            return h(
              'tr',
              null,
              h('th', { scope: 'row', class: 'key', title: `${dir === 'min' ? 'Lower' : 'Higher'} is better` }, key),
              values.map((v) => h('td', { class: `num${v !== null && v === best ? ' best' : ''}`, title: v === null ? null : String(v) }, v === null ? '—' : fmt.metric(v))),
            );
          }),
        ),
      ),
    );
  }

  function parallel(runs: RunData[], metricKeys: string[]): HTMLElement {
    const paramKeys = index.paramKeys(runs);
    if (paramKeys.length === 0 || metricKeys.length === 0) return ui.empty('Parallel coordinates need runs with params and metrics.');
    const differs = (key: string) => new Set(runs.map((r) => r.params.find(([k]) => k === key)?.[1] ?? '\u0000')).size > 1;
    const present = (key: string) => runs.filter((r) => r.params.some(([k]) => k === key)).length;
    const chosen = new Set(paramKeys.filter(differs).sort((a, b) => present(b) - present(a)).slice(0, defaultAxes));
    if (chosen.size === 0) chosen.add(paramKeys[0]!);
    const firstRuns = runs[0]!;
    const ranking = index.rankingMetric(firstRuns.experimentId);
    let metricKey = ranking && metricKeys.includes(ranking.key) ? ranking.key : metricKeys[0]!;
    let direction: MetricDirection = index.directionOf(metricKey);
    if (ranking && ranking.key === metricKey) direction = ranking.direction;

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
    const axisChooser = h(
      'details',
      { class: 'column-chooser' },
      h('summary', { class: 'button' }, 'Params'),
      h(
        'div',
        { class: 'menu' },
        paramKeys.map((k) => {
          const box = h('input', { type: 'checkbox', checked: chosen.has(k) });
          box.addEventListener('change', () => {
            if (box.checked) chosen.add(k);
            else chosen.delete(k);
            if (chosen.size === 0) {
              chosen.add(k);
              box.checked = true;
            }
            draw();
          });
          return h('label', { class: 'check' }, box, ` ${k}${differs(k) ? '' : ' (same for all)'}`);
        }),
      ),
    );
    draw();
    return h(
      'div',
      null,
      h('div', { class: 'toolbar' }, h('label', null, 'Metric ', select), dirSelect, axisChooser, h('span', { class: 'muted hint' }, 'Drag along an axis to filter; click it to clear. Click a line to open the run.')),
      host,
    );
  }

  function render(ids: string[]): PageView {
    const runs = ids.map((id) => index.runs.get(id)).filter((r): r is RunData => r !== undefined);
    const missing = ids.filter((id) => !index.runs.has(id));
    const colors = runs.map((_, i) => charts.colorAt(i));
    const metricKeys = index.metricKeys(runs);
    const without = (id: string) => dom.routeHref('compare', ids.filter((x) => x !== id).join(','));

    const runsTable = h(
      'table',
      { class: 'data compare-runs' },
      h('thead', null, h('tr', null, ['', 'Run', 'Experiment', 'Status', 'Started', 'Duration', ''].map((c) => h('th', null, c)))),
      h(
        'tbody',
        null,
        runs.map((run, i) => {
          const exp = index.experiments.get(run.experimentId);
          return h(
            'tr',
            { 'data-run': run.id },
            h('td', null, swatch(colors[i]!)),
            h('td', null, ui.runLink(run), h('div', { class: 'mono muted small' }, run.id)),
            h('td', null, exp ? link(['experiment', exp.id], null, exp.name) : run.experimentId),
            h('td', null, ui.statusBadge(run.status)),
            h('td', { class: 'nowrap' }, fmt.date(run.start)),
            h('td', { class: 'nowrap num' }, fmt.duration(run.start, run.end)),
            h('td', null, runs.length > 2 ? h('a', { href: without(run.id), class: 'remove', title: 'Remove from the comparison' }, 'Remove') : null),
          );
        }),
      ),
    );

    const chartGrid = h(
      'div',
      { class: 'chart-grid' },
      // Metrics that no run logged more than once are in the latest values table, not drawn as dots.
      metricKeys.filter((key) => runs.some((run) => (index.metricOf(run, key)?.count ?? 0) > 1)).map((key) =>
        charts.lineChart({
          title: key,
          legend: true,
          series: runs.flatMap((run, i) => {
            const m = index.metricOf(run, key);
            return m ? [{ label: label(run), color: colors[i]!, ...index.seriesOf(m), start: run.start }] : [];
          }),
        }),
      ),
    );

    const content = h(
      'div',
      { class: 'page compare-page' },
      h('div', { class: 'page-head' }, h('h1', null, `Comparing ${runs.length} runs`)),
      missing.length ? h('p', { class: 'notice' }, `Not in this report: ${missing.join(', ')}`) : null,
      runs.length < 2 ? h('p', { class: 'notice' }, 'Pick at least two runs in an experiment’s runs table to compare them.') : null,
      ui.card('Runs', h('div', { class: 'table-scroll' }, runsTable)),
      metricKeys.length ? ui.card('Metrics', chartGrid) : null,
      metricKeys.length ? ui.card('Latest values', latestTable(runs, colors, metricKeys)) : null,
      ui.card('Parameters', diffTable(runs, colors, (r) => r.params, 'params')),
      ui.card('Parallel coordinates', parallel(runs, metricKeys)),
      ui.card('Tags', diffTable(runs, colors, (r) => r.tags.filter(([k]) => k !== 'mlflow.runName'), 'tags')),
    );
    const exps = [...new Set(runs.map((r) => r.experimentId))];
    const crumbs = [{ label: 'Experiments', href: '#/' }];
    const exp = exps.length === 1 ? index.experiments.get(exps[0]!) : undefined;
    if (exp) crumbs.push({ label: exp.name, href: dom.routeHref('experiment', exp.id) });
    return { title: `Compare ${runs.length} runs`, crumbs: [...crumbs, { label: 'Compare' }], content };
  }

  return { render };
}
