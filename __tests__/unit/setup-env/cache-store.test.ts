import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cacheUnavailable, chooseCache, testCacheVariable } from '../../../actions/setup-env/cache-store.js';
import { FolderCache } from '../../../shared/setup-env/env-cache.js';

describe('chooseCache', () => {
  const saved = { ...process.env };
  afterEach(() => {
    for (const k of ['ACTIONS_CACHE_URL', 'ACTIONS_RESULTS_URL', 'ACTIONS_CACHE_SERVICE_V2']) {
      if (saved[k] === undefined) delete process.env[k];
      else process.env[k] = saved[k];
    }
  });

  test('outside a runner, @actions/cache says the service is unavailable, and the reason is given', () => {
    delete process.env.ACTIONS_CACHE_URL;
    delete process.env.ACTIONS_RESULTS_URL;
    expect(chooseCache({})).toEqual({ unavailable: cacheUnavailable });
    expect(cacheUnavailable).toContain('isFeatureAvailable() is false');
  });

  test("a runner's cache service URL selects GitHub's cache (v1: ACTIONS_CACHE_URL; v2: ACTIONS_RESULTS_URL)", () => {
    process.env.ACTIONS_CACHE_URL = 'https://artifactcache.actions.githubusercontent.com/x/';
    expect(chooseCache({})).toMatchObject({ cache: { description: "GitHub's Actions cache service" } });
    delete process.env.ACTIONS_CACHE_URL;
    process.env.ACTIONS_CACHE_SERVICE_V2 = 'true';
    process.env.ACTIONS_RESULTS_URL = 'https://results-receiver.actions.githubusercontent.com/';
    expect(chooseCache({})).toMatchObject({ cache: { description: "GitHub's Actions cache service" } });
  });

  test(`${testCacheVariable} selects the local folder double, before anything else`, () => {
    process.env.ACTIONS_CACHE_URL = 'https://artifactcache.actions.githubusercontent.com/x/';
    const dir = mkdtempSync(path.join(os.tmpdir(), 'cache-'));
    const chosen = chooseCache({ [testCacheVariable]: dir });
    expect('cache' in chosen && chosen.cache).toBeInstanceOf(FolderCache);
    expect('cache' in chosen && chosen.cache.description).toBe(`the local cache folder ${dir}`);
  });
});
