// Bundles the dashboard's browser script (assets/dashboard/*.ts, entry main.ts) into build/dashboard-client.js, the
// one inline <script> of the page (shared/report/dashboard/client-script.ts reads it; ncc copies it beside the bundles).
// The bundler is ncc, the one the actions use: webpack concatenates the ES modules into one scope, and here that scope
// is wrapped in a function so the page gets no globals. scripts/build.mjs runs this first, and Jest runs it before the
// tests (jest.config.js globalSetup), so the sources and the page never part.
// Type errors are not its business: `npm run typecheck` checks assets/dashboard/tsconfig.json.
import { mkdirSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const source = path.join(root, 'assets', 'dashboard');
export const dashboardClientFile = path.join(root, 'build', 'dashboard-client.js');

export async function buildDashboardClient() {
  const ncc = createRequire(import.meta.url)('@vercel/ncc');
  const { code, assets } = await ncc(path.join(source, 'main.ts'), { transpileOnly: true, quiet: true, cache: false, sourceMap: false, minify: false });
  if (Object.keys(assets).some((name) => name !== 'package.json')) {
    throw new Error(`assets/dashboard: the bundle pulls in files (${Object.keys(assets).join(', ')}); the page's script can use only its own modules`);
  }
  // webpack declares the entry's exports object even when nothing reads it; without it, no bundler name is left.
  const script = `"use strict";\n(() => {\n${code.replace(/^var __webpack_exports__ = \{\};\n/, '').trimEnd()}\n})();\n`;
  if (/__webpack|__nccwpck|\brequire\(|\bimport\.meta\b|^\s*(?:import|export)\b/m.test(script)) {
    throw new Error('assets/dashboard: the bundle needs a module loader; the page\'s script can import only its own modules (./name.js)');
  }
  // Inline script text must not hold what would end the <script> element early.
  if (/<\/script|<!--/i.test(script)) throw new Error('assets/dashboard: the script contains "</script" or "<!--", which would end the page\'s <script> early');
  mkdirSync(path.dirname(dashboardClientFile), { recursive: true });
  const partial = `${dashboardClientFile}.${process.pid}.tmp`;
  writeFileSync(partial, script);
  renameSync(partial, dashboardClientFile); // a test run beside a build never reads half a file
  return dashboardClientFile;
}

/** Jest's globalSetup: rebuilt unless it is newer than every source (loading the bundler takes a few seconds). */
export default async function setup() {
  const built = (() => {
    try {
      return statSync(dashboardClientFile).mtimeMs;
    } catch {
      return -1;
    }
  })();
  const sources = [fileURLToPath(import.meta.url), path.join(source, 'tsconfig.json'), ...readdirSync(source).filter((f) => f.endsWith('.ts')).map((f) => path.join(source, f))];
  if (sources.some((f) => statSync(f).mtimeMs >= built)) await buildDashboardClient();
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(`built ${path.relative(root, await buildDashboardClient())}`);
}
