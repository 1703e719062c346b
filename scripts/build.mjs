// Bundles every action (actions/<name>/main.ts) and the CLI (cli/main.ts) into dist/<name>/ with ncc.
// Two at a time: ncc is CPU-bound and CI machines have two cores. First the programs ncc copies beside the bundles:
// the dashboard's browser script (scripts/build-dashboard-client.mjs) and the scan worker (scripts/build-scan-worker.mjs).
import { execFile } from 'node:child_process';
import { readdirSync, rmSync, existsSync } from 'node:fs';
import { promisify } from 'node:util';
import { buildDashboardClient } from './build-dashboard-client.mjs';
import { buildScanWorker } from './build-scan-worker.mjs';

const run = promisify(execFile);
const only = process.argv.slice(2);
const targets = readdirSync('actions')
  .filter((name) => existsSync(`actions/${name}/main.ts`))
  .map((name) => ({ name, entry: `actions/${name}/main.ts` }));
targets.push({ name: 'cli', entry: 'cli/main.ts' });

await Promise.all([buildDashboardClient(), buildScanWorker()]);
const chosen = targets.filter((t) => only.length === 0 || only.includes(t.name));
const queue = [...chosen];
async function worker() {
  for (let t = queue.shift(); t; t = queue.shift()) {
    rmSync(`dist/${t.name}`, { recursive: true, force: true });
    await run(process.execPath, ['node_modules/@vercel/ncc/dist/ncc/cli.js', 'build', t.entry, '-o', `dist/${t.name}`, '--license', 'licenses.txt', '--transpile-only', '--quiet'], { maxBuffer: 64 << 20 });
    console.log(`built dist/${t.name}`);
  }
}
await Promise.all([worker(), worker()]);
