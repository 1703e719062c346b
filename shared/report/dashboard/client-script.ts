// The dashboard's browser script, made from the client modules' own source text. Each client module exports one
// factory that uses only its parameters and browser globals; here each is turned back into source with
// Function.prototype.toString and handed to `clientMain` as a value. That survives any bundler (ncc renames imported
// bindings, which is why the factories never reach each other through imports) and Jest's transpiler alike, since
// what is inlined is whatever JavaScript the factory was compiled to.

import { createArtifactsView } from './client/artifacts-view.js';
import { createComparePage } from './client/compare-page.js';
import { createIndex } from './client/data-index.js';
import { createDom } from './client/dom.js';
import { createExperimentPage } from './client/experiment-page.js';
import { createFormat } from './client/format.js';
import { createGridPage } from './client/grid-page.js';
import type { ClientModules } from './client/kit.js';
import { createLineChart } from './client/line-chart.js';
import { clientMain } from './client/main.js';
import { createParallelCoordinates } from './client/parallel-coordinates.js';
import { createRunPage } from './client/run-page.js';
import { createWidgets } from './client/widgets.js';

const modules: ClientModules = {
  createDom,
  createFormat,
  createIndex,
  createLineChart,
  createParallelCoordinates,
  createWidgets,
  createArtifactsView,
  createGridPage,
  createExperimentPage,
  createRunPage,
  createComparePage,
};

let cached: string | undefined;

/** The script for the page's one inline `<script>` block. */
export function clientScript(): string {
  if (cached !== undefined) return cached;
  const entries = Object.entries(modules).map(([name, factory]) => `  ${name}: (${(factory as () => unknown).toString()}),`);
  const script = `"use strict";\n(${clientMain.toString()})(window, {\n${entries.join('\n')}\n});\n`;
  // Inline script text must not hold what would end the <script> element early.
  if (/<\/script|<!--/i.test(script)) throw new Error('dashboard client source contains "</script" or "<!--"');
  cached = script;
  return script;
}
