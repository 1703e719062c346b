// Types of the client factories' products, and the state and page shapes main.ts routes between.

import type { createIndex } from './data-index.js';
import type { createDom } from './dom.js';
import type { createFormat } from './format.js';
import type { createLineChart } from './line-chart.js';
import type { createParallelCoordinates } from './parallel-coordinates.js';
import type { createArtifactsView } from './artifacts-view.js';
import type { createWidgets } from './widgets.js';

export type Dom = ReturnType<typeof createDom>;
export type Format = ReturnType<typeof createFormat>;
export type Index = ReturnType<typeof createIndex>;
export type Charts = ReturnType<typeof createLineChart>;
export type ParallelCoordinates = ReturnType<typeof createParallelCoordinates>;
export type Widgets = ReturnType<typeof createWidgets>;
export type ArtifactsView = ReturnType<typeof createArtifactsView>;

/** What a page hands the shell: the document title, the breadcrumb trail and its content. */
export interface PageView {
  title: string;
  crumbs: { label: string; href?: string }[];
  content: HTMLElement;
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
