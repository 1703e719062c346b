// Types of the client factories' products and of the bag of factories the page script hands to `clientMain`.
// Types only: factories reach each other as values passed in at run time, never through imports (see dom.ts).

import type { createComparePage } from './compare-page.js';
import type { createIndex } from './data-index.js';
import type { createDom } from './dom.js';
import type { createExperimentPage } from './experiment-page.js';
import type { createFormat } from './format.js';
import type { createGridPage } from './grid-page.js';
import type { createLineChart } from './line-chart.js';
import type { createParallelCoordinates } from './parallel-coordinates.js';
import type { createRunPage } from './run-page.js';
import type { createArtifactsView } from './artifacts-view.js';
import type { createWidgets } from './widgets.js';
import type { DomElement } from './dom-types.js';

export type Dom = ReturnType<typeof createDom>;
export type Format = ReturnType<typeof createFormat>;
export type Index = ReturnType<typeof createIndex>;
export type Charts = ReturnType<typeof createLineChart>;
export type ParallelCoordinates = ReturnType<typeof createParallelCoordinates>;
export type Widgets = ReturnType<typeof createWidgets>;
export type ArtifactsView = ReturnType<typeof createArtifactsView>;

export interface ClientModules {
  createDom: typeof createDom;
  createFormat: typeof createFormat;
  createIndex: typeof createIndex;
  createLineChart: typeof createLineChart;
  createParallelCoordinates: typeof createParallelCoordinates;
  createWidgets: typeof createWidgets;
  createArtifactsView: typeof createArtifactsView;
  createGridPage: typeof createGridPage;
  createExperimentPage: typeof createExperimentPage;
  createRunPage: typeof createRunPage;
  createComparePage: typeof createComparePage;
}

/** What a page hands the shell: the document title, the breadcrumb trail and its content. */
export interface PageView {
  title: string;
  crumbs: { label: string; href?: string }[];
  content: DomElement;
}

/** State that outlives a page: the runs picked for comparison and each experiment table's settings. */
export interface ClientState {
  selected: Set<string>;
  showDeletedExperiments: boolean;
  tables: Map<string, TableSettings>;
}

export interface TableSettings {
  sort: { column: string; descending: boolean };
  filter: string;
  status: string;
  showDeleted: boolean;
  /** Parents opened by the reader, and those closed while a filter would open them. */
  expanded: Set<string>;
  collapsed: Set<string>;
  columns: Set<string> | null;
  limit: number;
}
