import { existsSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FolderCache } from '../../../shared/setup-env/env-cache.js';

function environment(dir: string, marker: string): void {
  mkdirSync(path.join(dir, 'bin'), { recursive: true });
  writeFileSync(path.join(dir, 'marker'), marker);
  symlinkSync('/usr/bin/python3', path.join(dir, 'bin', 'python'));
}

describe('FolderCache, the local double of GitHub\'s cache', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'folder-cache-'));
  const cache = new FolderCache(path.join(root, 'cache'));
  const prefix = path.join(root, 'env');

  test('a miss, a save, then a hit that restores the folder with its links unchanged', async () => {
    expect(await cache.restore([prefix], 'k-1', ['k-'])).toBeUndefined();
    environment(prefix, 'one');
    expect(await cache.save([prefix], 'k-1')).toBe(true);
    rmSync(prefix, { recursive: true });
    expect(await cache.restore([prefix], 'k-1', ['k-'])).toBe('k-1');
    expect(readFileSync(path.join(prefix, 'marker'), 'utf8')).toBe('one');
    expect(readlinkSync(path.join(prefix, 'bin', 'python'))).toBe('/usr/bin/python3');
  });

  test('entries are immutable: saving an existing key changes nothing', async () => {
    writeFileSync(path.join(prefix, 'marker'), 'changed');
    expect(await cache.save([prefix], 'k-1')).toBe(false);
    rmSync(prefix, { recursive: true });
    await cache.restore([prefix], 'k-1', []);
    expect(readFileSync(path.join(prefix, 'marker'), 'utf8')).toBe('one');
  });

  test('a partial hit restores the newest entry under the restore key, replacing what was there', async () => {
    writeFileSync(path.join(prefix, 'marker'), 'two');
    expect(await cache.save([prefix], 'k-2')).toBe(true);
    writeFileSync(path.join(prefix, 'stray'), 'x');
    expect(await cache.restore([prefix], 'k-3', ['k-'])).toBe('k-2');
    expect(readFileSync(path.join(prefix, 'marker'), 'utf8')).toBe('two');
    expect(existsSync(path.join(prefix, 'stray'))).toBe(false);
  });

  test('entries are scoped to the cached paths, as the service scopes them by version', async () => {
    expect(await cache.restore([path.join(root, 'elsewhere')], 'k-1', ['k-'])).toBeUndefined();
  });
});
