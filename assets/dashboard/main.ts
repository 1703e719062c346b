// The page's script: reads the page's JSON, wires the modules together and routes by the URL hash, so every view
// has a link that can be shared and works from file:// and any GitHub Pages path:
//   #/                                  experiments grid
//   #/experiment/<id>                   runs table
//   #/run/<id>[/metrics|/artifacts[/<path>]]
//   #/compare/<id>,<id>,…

import type { DashboardData } from '../../shared/report/dashboard/payload-types.js';
import { createArtifactsView } from './artifacts-view.js';
import { createComparePage } from './compare-page.js';
import { createIndex } from './data-index.js';
import { createDom } from './dom.js';
import { createExperimentPage } from './experiment-page.js';
import { createFormat } from './format.js';
import { createGridPage } from './grid-page.js';
import type { ClientState, PageView } from './kit.js';
import { createLineChart } from './line-chart.js';
import { createParallelCoordinates } from './parallel-coordinates.js';
import { createRunPage } from './run-page.js';
import { createWidgets } from './widgets.js';

function clientMain(win: Window): void {
  const dom = createDom(win);
  const { h } = dom;
  const fmt = createFormat();
  const source = win.document.getElementById('dashboard-data');
  const data = JSON.parse(source?.textContent ?? 'null') as DashboardData;
  const index = createIndex(data);
  const ui = createWidgets(dom, fmt, index);
  const charts = createLineChart(dom, fmt);
  const pc = createParallelCoordinates(dom, fmt, charts);
  const state: ClientState = { selected: new Set(), showDeletedExperiments: false, tables: new Map() };
  const pages = {
    grid: createGridPage(dom, fmt, index, ui, state),
    experiment: createExperimentPage(dom, fmt, index, ui, charts, state),
    run: createRunPage(dom, fmt, index, ui, charts, createArtifactsView(dom, fmt, ui)),
    compare: createComparePage(dom, fmt, index, ui, charts, pc),
  };

  const crumbs = h('nav', { class: 'crumbs', 'aria-label': 'Breadcrumb' });
  const main = h('main', { id: 'main' });
  const generated = data.generatedAt ? new Date(data.generatedAt) : null;
  win.document.getElementById('app')?.replaceChildren(
    h('header', { class: 'topbar' }, h('a', { href: '#/', class: 'brand' }, data.title), crumbs),
    main,
    h(
      'footer',
      { class: 'footer muted' },
      `${data.store.kind === 'file' ? 'MLflow file store' : data.store.kind === 'sqlite' ? 'MLflow SQLite store' : 'MLflow tracking server'} ${data.store.name}`,
      generated && !Number.isNaN(generated.getTime()) ? ` · generated ${fmt.date(generated.getTime())}` : '',
      data.sampling.sampledSeries ? ` · ${fmt.count(data.sampling.sampledSeries)} long metric histories downsampled to ${fmt.count(data.sampling.pointsPerSeries)} points` : '',
      ' · made by ml-hub',
    ),
  );

  /** Path segments of the hash, decoded; a malformed escape leaves its segment as written. */
  function segments(hash: string): string[] {
    return hash
      .replace(/^#\/?/, '')
      .split('/')
      .filter((p) => p !== '')
      .map((p) => {
        try {
          return decodeURIComponent(p);
        } catch {
          return p;
        }
      });
  }

  function view(parts: string[]): PageView {
    const [kind, id] = parts;
    if (kind === undefined) return pages.grid.render();
    if (kind === 'experiment' && id !== undefined) return pages.experiment.render(id);
    if (kind === 'run' && id !== undefined) {
      const tab = parts[2] ?? 'overview';
      return pages.run.render(id, tab, tab === 'artifacts' && parts.length > 3 ? parts.slice(3).join('/') : null);
    }
    if (kind === 'compare' && id !== undefined) return pages.compare.render(id.split(',').filter((x) => x !== ''));
    throw new Error(`Nothing at #${win.location.hash.replace(/^#/, '')}`);
  }

  let lastPage = '';
  function route(): void {
    const parts = segments(win.location.hash);
    let page: PageView;
    try {
      page = view(parts);
    } catch (error) {
      page = {
        title: 'Not found',
        crumbs: [{ label: 'Experiments', href: '#/' }, { label: 'Not found' }],
        content: h('div', { class: 'page' }, h('h1', null, 'Not found'), ui.empty((error as Error).message), h('p', null, h('a', { href: '#/' }, 'Back to the experiments'))),
      };
    }
    dom.clear(
      crumbs,
      page.crumbs.map((c, i) => [i > 0 ? h('span', { class: 'sep', 'aria-hidden': 'true' }, '/') : null, c.href ? h('a', { href: c.href }, c.label) : h('span', { 'aria-current': 'page' }, c.label)]),
    );
    dom.clear(main, page.content);
    main.setAttribute('data-route', win.location.hash); // lets tests and scripts see which route is drawn
    win.document.title = `${page.title} · ${data.title}`;
    // A new page starts at the top; switching tabs or files within a run keeps the place.
    const pageKey = parts.slice(0, 2).join('/');
    if (pageKey !== lastPage) win.scrollTo(0, 0);
    lastPage = pageKey;
  }

  win.addEventListener('hashchange', route);
  route();
}

clientMain(window);
