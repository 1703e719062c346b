// One run, in three tabs with their own routes: Overview (status, times, lineage, note, latest metrics, params, tags,
// dataset inputs, logged models), Metrics (a chart of every history) and Artifacts (tree and viewer).

import type { RunData } from '../../shared/report/dashboard/payload-types.js';
import type { ArtifactsView, Charts, Dom, Format, Index, PageView, Widgets } from './kit.js';

export function createRunPage(dom: Dom, fmt: Format, index: Index, ui: Widgets, charts: Charts, artifacts: ArtifactsView) {
  const { h, link } = dom;

  function facts(run: RunData): HTMLElement {
    const exp = index.experiments.get(run.experimentId);
    const parent = run.parentId === null ? undefined : index.runs.get(run.parentId);
    const kids = index.childrenOf(run.id);
    const tag = (key: string) => index.tagOf(run, key);
    const commit = tag('mlflow.source.git.commit');
    const rows: [string, HTMLElement | string][] = [
      ['Status', h('span', null, ui.statusBadge(run.status), run.deleted ? ui.deletedBadge() : null)],
      ['Run ID', h('span', { class: 'mono' }, run.id)],
      ['Experiment', exp ? link(['experiment', exp.id], null, exp.name) : run.experimentId],
      ['Started', fmt.date(run.start)],
      ['Ended', run.end === null ? (run.status === 'RUNNING' ? 'still running' : '—') : fmt.date(run.end)],
      ['Duration', fmt.duration(run.start, run.end)],
      ['User', run.user || '—'],
    ];
    const source = tag('mlflow.source.name');
    if (source) rows.push(['Source', `${source}${tag('mlflow.source.type') ? ` (${tag('mlflow.source.type')})` : ''}`]);
    if (commit) rows.push(['Git commit', h('span', { class: 'mono', title: commit }, `${commit.slice(0, 12)}${tag('mlflow.source.git.branch') ? ` on ${tag('mlflow.source.git.branch')}` : ''}`)]);
    if (run.parentId !== null) rows.push(['Parent run', parent ? ui.runLink(parent) : h('span', { class: 'mono' }, run.parentId)]);
    if (kids.length) rows.push(['Child runs', h('span', { class: 'child-links' }, kids.map((k) => ui.runLink(k)))]);
    return h('dl', { class: 'facts' }, rows.map(([k, v]) => h('div', null, h('dt', null, k), h('dd', null, v))));
  }

  function metricsTable(run: RunData): HTMLElement {
    if (run.metrics.length === 0) return ui.empty('No metrics logged.');
    const sorted = [...run.metrics].sort((a, b) => index.byCodePoint(a.key, b.key));
    return h(
      'table',
      { class: 'data metrics-table' },
      h('thead', null, h('tr', null, h('th', null, 'Metric'), h('th', { class: 'num' }, 'Latest'), h('th', { class: 'num' }, 'Step'), h('th', { class: 'num' }, 'Points'), h('th', null, ''))),
      h(
        'tbody',
        null,
        sorted.map((m) => {
          const v = fmt.num(m.value);
          const odd = [m.nan ? `${m.nan} NaN` : '', m.posInf ? `${m.posInf} +∞` : '', m.negInf ? `${m.negInf} −∞` : ''].filter(Boolean).join(', ');
          return h(
            'tr',
            null,
            h('th', { scope: 'row', class: 'key' }, link(['run', run.id, 'metrics'], null, m.key)),
            h('td', { class: 'num', title: String(v) }, fmt.metric(v)),
            h('td', { class: 'num' }, fmt.count(m.step)),
            h('td', { class: 'num' }, fmt.count(m.count)),
            h('td', { class: 'muted' }, odd ? `${odd} not plotted` : ''),
          );
        }),
      ),
    );
  }

  function datasets(run: RunData): HTMLElement {
    if (run.datasets.length === 0) return ui.empty('No dataset inputs.');
    return h(
      'div',
      { class: 'datasets' },
      run.datasets.map((d) => {
        const context = d.tags.find(([k]) => k === 'mlflow.data.context')?.[1];
        const other = d.tags.filter(([k]) => k !== 'mlflow.data.context');
        return h(
          'div',
          { class: 'dataset' },
          h('div', { class: 'dataset-head' }, h('strong', null, d.name), h('span', { class: 'mono muted' }, ` digest ${d.digest}`), context ? h('span', { class: 'badge context' }, context) : null),
          h('dl', { class: 'facts compact' },
            h('div', null, h('dt', null, 'Source type'), h('dd', null, d.sourceType)),
            h('div', null, h('dt', null, 'Source'), h('dd', null, ui.longValue(d.source))),
            other.length ? h('div', null, h('dt', null, 'Tags'), h('dd', null, other.map(([k, v]) => `${k}=${v}`).join(', '))) : null,
          ),
          d.schema ? h('details', null, h('summary', null, 'Schema'), h('pre', { class: 'code small' }, pretty(d.schema))) : null,
          d.profile ? h('details', null, h('summary', null, 'Profile'), h('pre', { class: 'code small' }, pretty(d.profile))) : null,
        );
      }),
    );
  }

  /** JSON shown indented when it parses; as written otherwise. */
  function pretty(text: string): string {
    try {
      return JSON.stringify(JSON.parse(text), null, 2);
    } catch {
      return text;
    }
  }

  function models(run: RunData): HTMLElement | null {
    const outputs = run.modelOutputs.map((o) => ({ id: o.modelId, role: `output at step ${o.step}` }));
    const inputs = run.modelInputs.map((id) => ({ id, role: 'input' }));
    const all = [...outputs, ...inputs];
    if (all.length === 0) return null;
    return ui.card(
      'Logged models',
      h(
        'table',
        { class: 'data models-table' },
        h('thead', null, h('tr', null, ['Model', 'Role', 'Status', 'Type', 'Metrics', 'Params'].map((c) => h('th', null, c)))),
        h(
          'tbody',
          null,
          all.map(({ id, role }) => {
            const m = index.models.get(id);
            return h(
              'tr',
              null,
              h('td', null, m ? h('strong', null, m.name) : null, h('div', { class: 'mono muted small' }, id)),
              h('td', null, role),
              h('td', null, m ? m.status : '—'),
              h('td', null, m?.type ?? '—'),
              h('td', null, m ? m.metrics.map((x) => h('div', null, `${x.key} = ${fmt.metric(fmt.num(x.value))}`, x.dataset ? h('span', { class: 'muted' }, ` on ${x.dataset}`) : null)) : null),
              h('td', null, m ? m.params.map(([k, v]) => h('div', null, `${k} = ${fmt.clip(v, 60)}`)) : null),
            );
          }),
        ),
      ),
    );
  }

  function overview(run: RunData): HTMLElement {
    const note = index.tagOf(run, 'mlflow.note.content');
    const userTags = run.tags.filter(([k]) => !k.startsWith('mlflow.'));
    const systemTags = run.tags.filter(([k]) => k.startsWith('mlflow.'));
    return h(
      'div',
      { class: 'overview' },
      h('div', { class: 'two-col' }, ui.card('About this run', facts(run)), ui.card('Metrics', metricsTable(run))),
      note ? ui.card('Description', h('div', { class: 'note' }, note)) : null,
      h(
        'div',
        { class: 'two-col' },
        ui.card(`Parameters (${run.params.length})`, ui.pairsTable(run.params, { emptyText: 'No parameters logged.', filter: true, keyLabel: 'Parameter' })),
        ui.card(
          `Tags (${userTags.length})`,
          ui.pairsTable(userTags, { emptyText: 'No tags besides MLflow’s own.', filter: true, keyLabel: 'Tag' }),
          systemTags.length ? h('details', { class: 'system-tags' }, h('summary', null, `MLflow system tags (${systemTags.length})`), ui.pairsTable(systemTags, { emptyText: '', keyLabel: 'Tag' })) : null,
        ),
      ),
      ui.card('Dataset inputs', datasets(run)),
      models(run),
    );
  }

  function metricCharts(run: RunData): HTMLElement {
    if (run.metrics.length === 0) return ui.card(null, ui.empty('No metrics logged.'));
    // A metric logged once is a number, not a curve: listed with its step rather than drawn as one dot.
    const once = run.metrics.filter((m) => m.count <= 1).sort((a, b) => index.byCodePoint(a.key, b.key));
    const sorted = run.metrics.filter((m) => m.count > 1).sort((a, b) => index.byCodePoint(a.key, b.key));
    const onceTable = once.length
      ? ui.card(
          `Logged once (${once.length})`,
          h(
            'table',
            { class: 'data single-values' },
            h('thead', null, h('tr', null, h('th', null, 'Metric'), h('th', { class: 'num' }, 'Value'), h('th', { class: 'num' }, 'Step'))),
            h('tbody', null, once.map((m) => h('tr', { 'data-metric': m.key }, h('td', { class: 'mono' }, m.key), h('td', { class: 'num', title: String(fmt.num(m.value)) }, fmt.metric(fmt.num(m.value))), h('td', { class: 'num' }, fmt.count(m.step))))),
          ),
        )
      : null;
    const grid = h('div', { class: 'chart-grid' });
    const filter = h('input', { type: 'search', class: 'filter', placeholder: 'Filter metrics', 'aria-label': 'Filter metrics' });
    const built = new Map<string, HTMLElement>();
    const draw = () => {
      const needle = filter.value.trim().toLowerCase();
      dom.clear(
        grid,
        sorted
          .filter((m) => needle === '' || m.key.toLowerCase().includes(needle))
          .map((m) => {
            let chart = built.get(m.key);
            if (!chart) {
              chart = charts.lineChart({ title: m.key, series: [{ label: run.name || run.id.slice(0, 8), color: charts.colorAt(0), ...index.seriesOf(m), start: run.start }] });
              built.set(m.key, chart);
            }
            return chart;
          }),
      );
    };
    filter.addEventListener('input', dom.debounce(draw, 120));
    draw();
    return h(
      'div',
      null,
      onceTable,
      sorted.length ? h('div', { class: 'toolbar' }, filter, h('span', { class: 'muted hint' }, 'Drag across a chart to zoom (a flat drag zooms steps only), Ctrl/Alt + scroll to zoom, double-click to reset.')) : null,
      sorted.length ? grid : null,
    );
  }

  function render(runId: string, tab: string, artifactPath: string | null): PageView {
    const run = index.runs.get(runId);
    if (!run) throw new Error(`No run ${runId} in this report`);
    const exp = index.experiments.get(run.experimentId);
    const tabIndex = tab === 'metrics' ? 1 : tab === 'artifacts' ? 2 : 0;
    const body = tabIndex === 1 ? metricCharts(run) : tabIndex === 2 ? artifacts.render(run, artifactPath) : overview(run);
    const parent = run.parentId === null ? undefined : index.runs.get(run.parentId);
    const content = h(
      'div',
      { class: 'page run-page', 'data-run': run.id },
      h(
        'div',
        { class: 'page-head' },
        h('h1', null, run.name || run.id, ui.statusBadge(run.status), run.deleted ? ui.deletedBadge() : null),
        h('div', { class: 'sub' }, h('span', { class: 'mono' }, run.id), parent ? [' · child of ', ui.runLink(parent)] : null),
      ),
      ui.tabs(
        [
          { label: 'Overview', href: dom.routeHref('run', run.id) },
          { label: 'Metrics', href: dom.routeHref('run', run.id, 'metrics'), count: run.metrics.length },
          { label: 'Artifacts', href: dom.routeHref('run', run.id, 'artifacts'), count: run.artifacts.filter((a) => !a.dir).length },
        ],
        tabIndex,
      ),
      body,
    );
    const crumbs = [{ label: 'Experiments', href: '#/' }];
    if (exp) crumbs.push({ label: exp.name, href: dom.routeHref('experiment', exp.id) });
    if (parent) crumbs.push({ label: parent.name || parent.id.slice(0, 8), href: dom.routeHref('run', parent.id) });
    return { title: run.name || run.id, crumbs: [...crumbs, { label: run.name || run.id.slice(0, 8) }], content };
  }

  return { render };
}
