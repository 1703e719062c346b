import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { findBaseInterpreter, versionedCandidates } from '../../../shared/setup-env/base-interpreter.js';

/** A stand-in interpreter that answers the version question the way the real one does. */
function fakePython(file: string, version: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `#!/bin/sh\necho ${file}\necho ${version}\n`);
  chmodSync(file, 0o755);
}

test('the runner tool cache is searched, newest patch first, for the series the record names', () => {
  const cache = mkdtempSync(path.join(tmpdir(), 'toolcache-'));
  fakePython(path.join(cache, 'Python', '3.10.9', 'x64', 'bin', 'python3'), '3.10.9');
  fakePython(path.join(cache, 'Python', '3.10.14', 'x64', 'bin', 'python3'), '3.10.14');
  fakePython(path.join(cache, 'Python', '3.12.1', 'x64', 'bin', 'python3'), '3.12.1');
  expect(versionedCandidates(['3.10'], 'linux', cache, 'x64')).toEqual([
    'python3.10',
    path.join(cache, 'Python', '3.10.14', 'x64', 'bin', 'python3'),
    path.join(cache, 'Python', '3.10.9', 'x64', 'bin', 'python3'),
  ]);
});

test('when python3 on PATH does not meet the record, a matching interpreter from the tool cache is used', async () => {
  const cache = mkdtempSync(path.join(tmpdir(), 'toolcache-'));
  const wanted = path.join(cache, 'Python', '3.8.18', 'x64', 'bin', 'python3');
  fakePython(wanted, '3.8.18');
  const base = await findBaseInterpreter(undefined, 'linux', { accepts: (v) => v.startsWith('3.8.'), series: ['3.8'], toolCache: cache });
  expect(base).toEqual({ executable: wanted, version: '3.8.18' });
});

test('when nothing meets the record, the default interpreter comes back for the caller to report', async () => {
  const base = await findBaseInterpreter(undefined, 'linux', { accepts: () => false, series: ['3.99'], toolCache: undefined });
  expect(base.version).toMatch(/^3\./);
});
