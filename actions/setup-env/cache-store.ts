// Which cache setup-env keeps environments in.
//
// - ML_HUB_TEST_CACHE_DIR set: a local folder (FolderCache), with GitHub's matching rules. Only ml-hub's tests set it,
//   to see a miss and then a hit without GitHub's service; it is not an input and not documented for workflows.
// - Otherwise GitHub's cache service through @actions/cache, when isFeatureAvailable() says the runner gave this job
//   one (ACTIONS_CACHE_URL, or ACTIONS_RESULTS_URL for the v2 service). Asking first matters: outside a runner,
//   restoreCache() retries for about 20 s before giving up.
// - Neither: no cache, and the reason, for the log.

import * as cache from '@actions/cache';
import { FolderCache, type EnvCache } from '../../shared/setup-env/env-cache.js';

export const testCacheVariable = 'ML_HUB_TEST_CACHE_DIR';

export const cacheUnavailable =
  'Caching is unavailable: the GitHub Actions cache service is not configured for this job (@actions/cache isFeatureAvailable() is false: ' +
  'neither ACTIONS_CACHE_URL nor ACTIONS_RESULTS_URL is set, as outside a GitHub Actions runner). Building without a cache.';

class ActionsCache implements EnvCache {
  readonly description = "GitHub's Actions cache service";

  restore(paths: string[], key: string, restoreKeys: string[]): Promise<string | undefined> {
    // Failures other than bad keys are warned about by @actions/cache and come back as a miss.
    return cache.restoreCache(paths, key, restoreKeys);
  }

  async save(paths: string[], key: string): Promise<boolean> {
    // -1: not saved (the entry exists, another job is saving it, or the token may not write); @actions/cache says why.
    return (await cache.saveCache(paths, key)) !== -1;
  }
}

export function chooseCache(env: Record<string, string | undefined>): { cache: EnvCache } | { unavailable: string } {
  const folder = env[testCacheVariable];
  if (folder) return { cache: new FolderCache(folder) };
  if (cache.isFeatureAvailable()) return { cache: new ActionsCache() };
  return { unavailable: cacheUnavailable };
}
