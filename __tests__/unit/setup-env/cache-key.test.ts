import { cacheKeys, matchCacheEntry } from '../../../shared/setup-env/cache-key.js';

const hash = 'a'.repeat(64);

describe('cacheKeys', () => {
  test('a pip venv: ml-hub-env-<os>-<arch>-py<version>-<envhash>, restored partially from the same prefix without the hash', () => {
    expect(cacheKeys({ os: 'linux', arch: 'x64', manager: 'venv', python: '3.11.9', envHash: hash })).toEqual({
      key: `ml-hub-env-linux-x64-py3.11.9-${hash}`,
      restoreKeys: ['ml-hub-env-linux-x64-py3.11.9-'],
    });
  });

  test('uv and conda environments name their manager, so none restores into another', () => {
    expect(cacheKeys({ os: 'macos', arch: 'arm64', manager: 'uv', python: '3.12.4', envHash: hash }).key).toBe(`ml-hub-env-macos-arm64-uv-py3.12.4-${hash}`);
    const conda = cacheKeys({ os: 'windows', arch: 'x64', manager: 'conda', python: '3.11', envHash: hash });
    // No restore key: conda cannot be relied on to remove what another record's environment holds.
    expect(conda).toEqual({ key: `ml-hub-env-windows-x64-conda-py3.11-${hash}`, restoreKeys: [] });
    // The venv restore key cannot match the conda key, nor a uv key.
    const venv = cacheKeys({ os: 'windows', arch: 'x64', manager: 'venv', python: '3.11', envHash: hash });
    expect(conda.key.startsWith(venv.restoreKeys[0]!)).toBe(false);
  });

  test('versions with characters GitHub refuses in keys (commas) are made safe; no version reads `any`', () => {
    const { key } = cacheKeys({ os: 'linux', arch: 'x64', manager: 'conda', python: '>=3.10, <3.13', envHash: hash });
    expect(key).toBe(`ml-hub-env-linux-x64-conda-py_3.10_3.13-${hash}`);
    expect(key).not.toMatch(/[, <>=]/);
    expect(cacheKeys({ os: 'linux', arch: 'x64', manager: 'conda', python: '', envHash: hash }).key).toBe(`ml-hub-env-linux-x64-conda-pyany-${hash}`);
  });
});

describe('matchCacheEntry, the way GitHub picks an entry', () => {
  const entries = [
    { key: 'ml-hub-env-linux-x64-py3.11.9-old', created: 1 },
    { key: 'ml-hub-env-linux-x64-py3.11.9-newer', created: 3 },
    { key: 'ml-hub-env-linux-x64-py3.11.9-exact', created: 2 },
    { key: 'ml-hub-env-linux-x64-py3.12.1-other', created: 9 },
  ];

  test('the exact key wins over newer entries that share its prefix', () => {
    expect(matchCacheEntry(entries, 'ml-hub-env-linux-x64-py3.11.9-exact', ['ml-hub-env-linux-x64-py3.11.9-'])?.key).toBe('ml-hub-env-linux-x64-py3.11.9-exact');
  });

  test('without it, the newest entry starting with a restore key: a partial hit', () => {
    expect(matchCacheEntry(entries, 'ml-hub-env-linux-x64-py3.11.9-missing', ['ml-hub-env-linux-x64-py3.11.9-'])?.key).toBe('ml-hub-env-linux-x64-py3.11.9-newer');
  });

  test('restore keys are tried in order, and nothing matching is a miss', () => {
    expect(matchCacheEntry(entries, 'nope', ['ml-hub-env-linux-x64-py3.12', 'ml-hub-env-linux-x64-py3.11'])?.key).toBe('ml-hub-env-linux-x64-py3.12.1-other');
    expect(matchCacheEntry(entries, 'ml-hub-env-linux-x64-py3.13.0-x', ['ml-hub-env-linux-x64-py3.13.0-'])).toBeUndefined();
  });

  test('the primary key also matches as a prefix before the restore keys', () => {
    expect(matchCacheEntry(entries, 'ml-hub-env-linux-x64-py3.11.9-', ['ml-hub-env-linux-x64-py3.12'])?.key).toBe('ml-hub-env-linux-x64-py3.11.9-newer');
  });
});
