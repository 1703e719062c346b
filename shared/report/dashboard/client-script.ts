// The dashboard's browser script: assets/dashboard/ (browser TypeScript with its own tsconfig) bundled into one file by
// scripts/build-dashboard-client.mjs, which scripts/build.mjs runs before ncc and Jest runs before the tests. ncc
// copies the file beside each bundle that renders the page.

import { readFileSync } from 'node:fs';

let cached: string | undefined;

/** The script for the page's one inline `<script>` block. */
export function clientScript(): string {
  // ncc finds the file only while it can parse this module: plain syntax here (no `??=` and the like); the browser
  // test renders the page from an ncc bundle.
  if (cached === undefined) cached = readFileSync(new URL('../../../build/dashboard-client.js', import.meta.url), 'utf8');
  return cached;
}
