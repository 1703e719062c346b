// One experiment: its note and tags, the best runs' curves of its ranking metric, and the runs table. The table sorts
// by any column, filters (see parseFilter: words in the name or id, exact `key=value` on params and tags, comparisons
// such as `metrics.val/rmse < 0.6` or `params.lr >= 0.01`; all terms must match) and status,
// nests child runs under their parent (collapsible; a filter opens the parents of what it finds), lets the reader pick
// columns, and collects runs to compare. Its settings are kept per experiment while the page is open.

import type { MetricDirection, RunData } from '../../shared/report/dashboard/payload-types.js';
import type { Charts, ClientState, Dom, Format, Index, PageView, TableSettings, Widgets } from './kit.js';

interface Column {
  id: string;
  label: string;
  group: 'run' | 'metric' | 'param' | 'tag';
  /** Sort key: a number, a string, or undefined for a missing value (always last). */
  value: (run: RunData) => number | string | undefined;
  cell: (run: RunData) => HTMLElement | string;
  numeric?: boolean;
  direction?: MetricDirection;
}

export function createExperimentPage(dom: Dom, fmt: Format, index: Index, ui: Widgets, charts: Charts, state: ClientState) {
  const { h } = dom;
  const defaultVisible = 6;
  const pageSize = 200;
  const statusOptions = ['', 'FINISHED', 'RUNNING', 'SCHEDULED', 'FAILED', 'KILLED'];

  function settingsFor(experimentId: string, rankingKey: string | undefined): TableSettings {
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
  function sortable(value: string | undefined): number | string | undefined {
    if (value === undefined) return undefined;
    const n = Number(value);
    return value.trim() !== '' && Number.isFinite(n) ? n : value;
  }

  function compareValues(a: number | string | undefined, b: number | string | undefined): number {
    if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? 1 : -1;
    const na = typeof a === 'number' && !Number.isNaN(a);
    const nb = typeof b === 'number' && !Number.isNaN(b);
    if (na && nb) return (a as number) - (b as number);
    if (na !== nb) return na ? -1 : 1; // numbers before text and NaN
    return String(a).localeCompare(String(b), undefined, { numeric: true });
  }

  function columnsFor(runs: RunData[], metricDirections: Map<string, MetricDirection>, rankingKey: string | undefined): Column[] {
    const cols: Column[] = [
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
          if (!m) return '';
          const v = fmt.num(m.value);
          return h('span', { title: `${String(v)} (step ${m.step})` }, fmt.metric(v));
        },
      });
    }
    for (const key of index.paramKeys(runs)) {
      const valueOf = (r: RunData) => r.params.find(([k]) => k === key)?.[1];
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

  interface Condition {
    text: string;
    /** Where the key is looked up: a metric's latest value, a param, a tag; `any` tries each in that order. */
    scope: 'metric' | 'param' | 'tag' | 'any';
    key: string;
    op: '=' | '!=' | '<' | '<=' | '>' | '>=';
    value: string;
  }

  const scopes: Record<string, Condition['scope']> = { metric: 'metric', metrics: 'metric', param: 'param', params: 'param', tag: 'tag', tags: 'tag' };
  const unquote = (text: string) => (/^(["'`]).*\1$/s.test(text) ? text.slice(1, -1) : text);

  /**
   * The filter box: conditions `[metrics.|params.|tags.]key OP value` (OP one of = == != < <= > >=; quote a key or value
   * holding spaces or operators with "…", '…' or `…`) and plain words, which must appear in the run's name or id.
   * `=` is exact (`max_depth=1` does not match 16; numbers compare as numbers, so `lr=0.010` matches 0.01); `<`, `>`
   * and the like compare numbers and match no run whose value is not one.
   */
  function parseFilter(text: string): { conditions: Condition[]; words: string[] } {
    const conditions: Condition[] = [];
    const word = '"[^"]*"|\'[^\']*\'|`[^`]*`|[^\\s<>=!"\'`]+';
    const pattern = new RegExp(`(?:\\b(metrics?|params?|tags?)\\.)?(${word})\\s*(==|!=|<=|>=|=|<|>)\\s*(${word})`, 'g');
    const rest = text.replace(pattern, (all: string, scope: string | undefined, key: string, op: string, value: string) => {
      conditions.push({ text: all, scope: scope ? scopes[scope]! : 'any', key: unquote(key), op: (op === '==' ? '=' : op) as Condition['op'], value: unquote(value) });
      return ' ';
    });
    return { conditions, words: rest.toLowerCase().split(/\s+/).filter((w) => w !== '') };
  }

  const asNumber = (text: string) => (text.trim() !== '' && Number.isFinite(Number(text)) ? Number(text) : undefined);

  function holds(run: RunData, c: Condition): boolean {
    const metric = c.scope === 'metric' || c.scope === 'any' ? index.metricOf(run, c.key) : undefined;
    const param = c.scope === 'param' || c.scope === 'any' ? run.params.find(([k]) => k === c.key)?.[1] : undefined;
    const tag = c.scope === 'tag' || c.scope === 'any' ? index.tagOf(run, c.key) : undefined;
    const actual = metric ? String(fmt.num(metric.value)) : (param ?? tag);
    if (actual === undefined) return false;
    const a = asNumber(actual);
    const b = asNumber(c.value);
    if (c.op === '=' || c.op === '!=') {
      const equal = a !== undefined && b !== undefined ? a === b : actual === c.value;
      return c.op === '=' ? equal : !equal;
    }
    if (a === undefined || b === undefined) return false;
    return c.op === '<' ? a < b : c.op === '<=' ? a <= b : c.op === '>' ? a > b : a >= b;
  }

  function matchesFilter(run: RunData, filter: { conditions: Condition[]; words: string[] }): boolean {
    if (!filter.conditions.every((c) => holds(run, c))) return false;
    if (filter.words.length === 0) return true;
    const hay = `${run.name}\n${run.id}`.toLowerCase();
    return filter.words.every((w) => hay.includes(w));
  }

  function render(experimentId: string): PageView {
    const exp = index.experiments.get(experimentId);
    if (!exp) throw new Error(`No experiment ${experimentId} in this report`);
    const runs = index.runsOf(exp.id);
    const metric = index.rankingMetric(exp.id);
    const settings = settingsFor(exp.id, metric?.key);
    const directions = new Map<string, MetricDirection>(metric ? [[metric.key, metric.direction]] : []);
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

    function updateCompare(): void {
      const ids = [...state.selected];
      compareButton.textContent = ids.length >= 2 ? `Compare ${ids.length} runs` : ids.length === 1 ? 'Select one more run to compare' : 'Select runs to compare';
      if (ids.length >= 2) {
        compareButton.setAttribute('href', `#/compare/${ids.map(encodeURIComponent).join(',')}`);
        compareButton.classList.remove('disabled');
        compareButton.removeAttribute('aria-disabled');
      } else {
        compareButton.removeAttribute('href');
        compareButton.classList.add('disabled');
        compareButton.setAttribute('aria-disabled', 'true');
      }
      clearButton.disabled = ids.length === 0;
    }

    function drawTable(): void {
      const filter = parseFilter(settings.filter);
      const matches = (r: RunData) => (settings.showDeleted || !r.deleted) && (settings.status === '' || r.status === settings.status) && matchesFilter(r, filter);
      const filtering = filter.words.length > 0 || filter.conditions.length > 0 || settings.status !== '';
      const kids = (r: RunData) => index.childrenOf(r.id).filter((c) => byId.has(c.id));
      // A run is listed when it matches or one of its descendants does.
      const listed = new Map<string, boolean>();
      const isListed = (r: RunData, seen: Set<string> = new Set()): boolean => {
        const known = listed.get(r.id);
        if (known !== undefined) return known;
        if (seen.has(r.id)) return false; // a parent cycle in corrupt data
        seen.add(r.id);
        const result = matches(r) || kids(r).some((c) => isListed(c, seen));
        listed.set(r.id, result);
        return result;
      };
      const column = columns.find((c) => c.id === settings.sort.column) ?? columns.find((c) => c.id === 'start')!;
      const order = (list: RunData[]) =>
        [...list].sort((a, b) => {
          const va = column.value(a);
          const vb = column.value(b);
          if (va === undefined || vb === undefined) return compareValues(va, vb);
          const c = compareValues(va, vb);
          if (c !== 0) return settings.sort.descending ? -c : c;
          // Equal values: the report's ranking order (its tie-break), then the page's order.
          const ra = index.rankOf(a);
          const rb = index.rankOf(b);
          return ra === rb ? 0 : ra < rb ? -1 : 1;
        });
      const visibleCols = columns.filter((c) => settings.columns!.has(c.id));
      const roots = order(runs.filter((r) => (r.parentId === null || !byId.has(r.parentId)) && isListed(r)));

      const rows: HTMLElement[] = [];
      let total = 0;
      const matchedIds: string[] = [];
      const addRow = (run: RunData, depth: number) => {
        total++;
        const own = matches(run);
        if (own) matchedIds.push(run.id);
        const children = order(kids(run).filter((c) => isListed(c)));
        // While filtering, parents open by themselves to show what matched, unless the reader closed them.
        const open = children.length > 0 && (settings.expanded.has(run.id) || (filtering && !settings.collapsed.has(run.id)));
        if (rows.length < settings.limit) rows.push(runRow(run, depth, children.length, open, own, visibleCols));
        if (open) for (const child of children) addRow(child, depth + 1);
      };
      for (const root of roots) addRow(root, 0);

      const allSelected = matchedIds.length > 0 && matchedIds.every((id) => state.selected.has(id));
      const selectAll = h('input', { type: 'checkbox', 'aria-label': 'Select all listed runs', checked: allSelected });
      selectAll.indeterminate = !allSelected && matchedIds.some((id) => state.selected.has(id));
      selectAll.addEventListener('change', () => {
        for (const id of matchedIds) {
          if (selectAll.checked) state.selected.add(id);
          else state.selected.delete(id);
        }
        drawTable();
      });

      const groups: [string, number][] = [];
      for (const c of visibleCols) {
        const last = groups[groups.length - 1];
        if (last && last[0] === c.group) last[1]++;
        else groups.push([c.group, 1]);
      }
      const groupLabel: Record<string, string> = { run: '', metric: 'Metrics', param: 'Parameters', tag: 'Tags' };
      const head = h(
        'thead',
        null,
        h('tr', { class: 'group-row' }, h('th', { class: 'select-col' }), groups.map(([g, n]) => h('th', { colspan: n, class: `group group-${g}` }, groupLabel[g]))),
        h(
          'tr',
          null,
          h('th', { class: 'select-col' }, selectAll),
          visibleCols.map((c) => {
            const active = settings.sort.column === c.id;
            const th = h(
              'th',
              { class: `sortable col-${c.group}${c.numeric ? ' num' : ''}`, 'data-column': c.id, 'aria-sort': active ? (settings.sort.descending ? 'descending' : 'ascending') : 'none', title: c.direction ? `${c.label} (${c.direction === 'min' ? 'lower' : 'higher'} is better)` : c.label },
              h('button', { type: 'button', class: 'sort-button' }, h('span', { class: 'col-label' }, fmt.clip(c.label, 28)), h('span', { class: 'sort-mark' }, active ? (settings.sort.descending ? '▼' : '▲') : '')),
            );
            th.addEventListener('click', () => {
              settings.sort = active ? { column: c.id, descending: !settings.sort.descending } : { column: c.id, descending: false };
              drawTable();
            });
            return th;
          }),
        ),
      );
      const table = h('table', { class: 'data runs-table' }, head, h('tbody', null, rows));
      const more =
        total > rows.length
          ? h('button', { type: 'button', class: 'button show-more', onClick: () => { settings.limit += pageSize * 5; drawTable(); } }, `Show more (${fmt.count(total - rows.length)} hidden)`)
          : null;
      dom.clear(tableHost, rows.length ? h('div', { class: 'table-scroll' }, table) : ui.empty('No run matches the filter.'), more);
      const shownRuns = runs.filter((r) => settings.showDeleted || !r.deleted).length;
      const matching = runs.filter(matches).length;
      countLine.textContent = filtering ? `${fmt.count(matching)} of ${fmt.count(shownRuns)} runs match the filter` : `${fmt.count(shownRuns)} runs`;
      updateCompare();
    }

    function runRow(run: RunData, depth: number, childCount: number, open: boolean, own: boolean, cols: Column[]): HTMLElement {
      const check = h('input', { type: 'checkbox', 'aria-label': `Select ${run.name || run.id}`, checked: state.selected.has(run.id) });
      check.addEventListener('change', () => {
        if (check.checked) state.selected.add(run.id);
        else state.selected.delete(run.id);
        drawTable();
      });
      const cells = cols.map((c) => {
        if (c.id !== 'name') return h('td', { class: c.numeric ? 'num nowrap' : 'nowrap' }, c.cell(run));
        const toggle =
          childCount > 0
            ? h('button', { type: 'button', class: 'tree-toggle', 'aria-expanded': String(open), title: open ? 'Hide child runs' : 'Show child runs' }, open ? '▾' : '▸')
            : h('span', { class: 'tree-spacer' });
        toggle.addEventListener('click', () => {
          if (open) {
            settings.expanded.delete(run.id);
            settings.collapsed.add(run.id);
          } else {
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

    function columnChooser(): HTMLElement {
      const section = (group: 'metric' | 'param' | 'tag', title: string) => {
        const cols = columns.filter((c) => c.group === group);
        if (cols.length === 0) return null;
        return h(
          'fieldset',
          null,
          h('legend', null, title),
          cols.map((c) => {
            const box = h('input', { type: 'checkbox', checked: settings.columns!.has(c.id) });
            box.addEventListener('change', () => {
              if (box.checked) settings.columns!.add(c.id);
              else settings.columns!.delete(c.id);
              drawTable();
            });
            return h('label', { class: 'check' }, box, ` ${c.label}`);
          }),
        );
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
      for (const r of runs) if (index.childrenOf(r.id).length) settings.expanded.add(r.id);
      settings.collapsed.clear();
      drawTable();
    });
    const collapseAll = h('button', { type: 'button', class: 'button' }, 'Collapse all');
    collapseAll.addEventListener('click', () => {
      settings.expanded.clear();
      for (const r of runs) if (index.childrenOf(r.id).length) settings.collapsed.add(r.id);
      drawTable();
    });
    const hasNesting = runs.some((r) => r.parentId !== null && byId.has(r.parentId));

    drawTable();
    const content = h(
      'div',
      { class: 'page experiment-page' },
      h('div', { class: 'page-head' }, h('h1', null, exp.name, exp.deleted ? ui.deletedBadge() : null), h('div', { class: 'sub mono' }, `Experiment ID ${exp.id}`)),
      note ? h('div', { class: 'note' }, note) : null,
      userTags.length ? h('details', { class: 'tags-details' }, h('summary', null, `Experiment tags (${userTags.length})`), ui.pairsTable(userTags, { emptyText: 'No tags', keyLabel: 'Tag' })) : null,
      topRunsChart(runs, metric),
      h(
        'div',
        { class: 'toolbar' },
        filterInput,
        statusSelect,
        deletedCount ? h('label', { class: 'check' }, deletedToggle, ` Show deleted runs (${deletedCount})`) : null,
        hasNesting ? [expandAll, collapseAll] : null,
        columnChooser(),
        h('span', { class: 'spacer' }),
        clearButton,
        compareButton,
      ),
      countLine,
      tableHost,
    );
    return { title: exp.name, crumbs: [{ label: 'Experiments', href: '#/' }, { label: exp.name }], content };
  }

  /** The ranking metric's curves for the (up to) five best runs: the experiment at a glance. */
  function topRunsChart(runs: RunData[], metric: ReturnType<Index['rankingMetric']>): HTMLElement | null {
    if (!metric) return null;
    const ranked = runs
      .filter((r) => !r.deleted)
      .map((r) => ({ r, m: index.metricOf(r, metric.key) }))
      .filter((x) => x.m && x.m.points > 1)
      .sort((a, b) => (metric.direction === 'min' ? 1 : -1) * (fmt.num(a.m!.value) - fmt.num(b.m!.value)) || index.rankOf(a.r) - index.rankOf(b.r))
      .slice(0, 5);
    if (ranked.length === 0) return null;
    const chart = charts.lineChart({
      title: metric.key,
      legend: true,
      series: ranked.map(({ r, m }, i) => ({ label: r.name || r.id.slice(0, 8), color: charts.colorAt(i), ...index.seriesOf(m!), start: r.start })),
    });
    return ui.card(
      `Best runs by ${metric.key} (${metric.direction === 'min' ? 'lower' : 'higher'} is better${metric.guessed ? ', chosen from what the runs logged' : ''})`,
      h('div', { class: 'top-chart' }, chart),
    );
  }

  return { render };
}
