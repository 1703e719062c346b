// The front page: the store at a glance (counts, report notes), one card per experiment (runs, last run, best value
// of its ranking metric, a bar of run outcomes) and the most recent runs. Deleted experiments are behind a toggle.

import type { ExperimentData, RunData } from '../../shared/report/dashboard/payload-types.js';
import type { ClientState, Dom, Format, Index, PageView, Widgets } from './kit.js';

export function createGridPage(dom: Dom, fmt: Format, index: Index, ui: Widgets, state: ClientState) {
  const { h, link } = dom;
  const statuses = ['FINISHED', 'RUNNING', 'SCHEDULED', 'FAILED', 'KILLED'];

  function lastStart(runs: RunData[]): number | null {
    let last: number | null = null;
    for (const run of runs) if (run.start !== null && (last === null || run.start > last)) last = run.start;
    return last;
  }

  /** One bar segment per status, as wide as its share of the runs. */
  function outcomeBar(runs: RunData[]): HTMLElement {
    const bar = h('div', { class: 'outcome-bar', role: 'img' });
    const parts: string[] = [];
    for (const status of statuses) {
      const n = runs.filter((r) => r.status === status).length;
      if (n === 0) continue;
      const seg = h('span', { class: `seg status-${status.toLowerCase()}` });
      seg.style.setProperty('flex-grow', String(n));
      bar.append(seg);
      parts.push(`${n} ${status.toLowerCase()}`);
    }
    bar.setAttribute('aria-label', parts.join(', ') || 'no runs');
    bar.setAttribute('title', parts.join(', ') || 'no runs');
    return bar;
  }

  function experimentCard(exp: ExperimentData): HTMLElement {
    const all = index.runsOf(exp.id);
    const runs = all.filter((r) => !r.deleted);
    const note = index.tagOf(exp, 'mlflow.note.content');
    const metric = index.rankingMetric(exp.id);
    const best = metric ? index.bestRun(runs, metric) : null;
    const failed = runs.filter((r) => r.status === 'FAILED' || r.status === 'KILLED').length;
    const last = lastStart(runs);
    return h(
      'article',
      { class: `exp-card${exp.deleted ? ' is-deleted' : ''}`, 'data-experiment': exp.id },
      h('header', { class: 'exp-card-head' }, link(['experiment', exp.id], { class: 'exp-name' }, exp.name), exp.deleted ? ui.deletedBadge() : null),
      h('div', { class: 'exp-id mono' }, `ID ${exp.id}`),
      note ? h('p', { class: 'exp-note' }, fmt.clip(note, 160)) : null,
      h(
        'dl',
        { class: 'exp-facts' },
        h('div', null, h('dt', null, 'Runs'), h('dd', { class: 'run-count' }, fmt.count(runs.length), all.length > runs.length ? h('span', { class: 'muted' }, ` + ${all.length - runs.length} deleted`) : null, failed ? h('span', { class: 'warn' }, ` · ${failed} failed or killed`) : null)),
        h('div', null, h('dt', null, 'Last run'), h('dd', null, last === null ? '—' : fmt.date(last))),
        h(
          'div',
          null,
          h('dt', null, 'Best'),
          h(
            'dd',
            { class: 'best' },
            best && metric
              ? [h('span', { class: 'mono' }, metric.key), ` ${metric.direction === 'min' ? '↓' : '↑'} `, h('strong', { title: String(best.value) }, fmt.metric(best.value)), ' · ', ui.runLink(best.run)]
              : h('span', { class: 'muted' }, 'no metrics'),
          ),
        ),
      ),
      outcomeBar(runs),
    );
  }

  function render(): PageView {
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
    const content = h(
      'div',
      { class: 'page grid-page' },
      h('h1', null, 'Experiments'),
      h(
        'div',
        { class: 'stats' },
        ui.stat('Experiments', fmt.count(data.experiments.length - deleted.length)),
        ui.stat('Runs', fmt.count(activeRuns.length)),
        ui.stat('Failed or killed', fmt.count(activeRuns.filter((r) => r.status === 'FAILED' || r.status === 'KILLED').length)),
        ui.stat('Metric points', fmt.count(points)),
        ui.stat('Store', `${data.store.kind} · ${data.store.name}`),
      ),
      data.notes.map((note) => h('p', { class: 'notice' }, note)),
      h(
        'div',
        { class: 'toolbar' },
        filter,
        deleted.length ? h('label', { class: 'check' }, toggle, ` Show deleted experiments (${deleted.length})`) : null,
      ),
      grid,
      recent.length
        ? ui.card(
            'Recent runs',
            h(
              'table',
              { class: 'data recent-runs' },
              h('thead', null, h('tr', null, ['Run', 'Experiment', 'Status', 'Started', 'Duration'].map((c) => h('th', null, c)))),
              h(
                'tbody',
                null,
                recent.map((run) => {
                  const exp = index.experiments.get(run.experimentId);
                  return h(
                    'tr',
                    null,
                    h('td', null, ui.runLink(run)),
                    h('td', null, exp ? link(['experiment', exp.id], null, exp.name) : run.experimentId),
                    h('td', null, ui.statusBadge(run.status)),
                    h('td', { class: 'nowrap' }, fmt.date(run.start)),
                    h('td', { class: 'nowrap num' }, fmt.duration(run.start, run.end)),
                  );
                }),
              ),
            ),
          )
        : null,
    );
    return { title: 'Experiments', crumbs: [{ label: 'Experiments' }], content };
  }

  return { render };
}
