// The GitHub client every action uses: @actions/github's octokit with retries for 5xx answers and dropped connections
// (@octokit/plugin-retry) and waiting out primary and secondary rate limits (@octokit/plugin-throttling), each retry
// reported through the caller's logger.

import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck/light.js';

/** The part of @actions/core the client logs through; the action shells pass `core` itself. */
export interface GitHubLog {
  info(message: string): void;
  warning(message: string): void;
  debug?(message: string): void;
}

export interface GitHubClientOptions {
  /** Default: GITHUB_API_URL, else https://api.github.com. */
  baseUrl?: string;
  userAgent?: string;
  log?: GitHubLog;
  /** Retries per request, for server errors and for rate limits alike. Default 3. */
  retries?: number;
  /** The longest rate-limit wait (seconds) worth sitting out; a later reset fails the request instead. Default 900. */
  maxRateLimitWait?: number;
  /**
   * Multiplies every wait: retry backoff, retry-after, rate-limit resets and the pacing of writes. Tests pass a small
   * value; the action bundles take it from ML_HUB_GITHUB_WAIT_SCALE so integration tests can shrink waits too.
   */
  waitScale?: number;
}

export type GitHubClient = ReturnType<typeof getOctokit>;

/**
 * Every 4xx but 408 (Request Timeout): retrying fixes server errors, not requests GitHub refused. 403 and 429 are the
 * throttling plugin's to judge, since they may be rate limits.
 */
const doNotRetry = Array.from({ length: 100 }, (_, i) => 400 + i).filter((status) => status !== 408);

const silent: GitHubLog = { info: () => {}, warning: () => {} };

export function createGitHubClient(token: string, options: GitHubClientOptions = {}): GitHubClient {
  const log = options.log ?? silent;
  const retries = options.retries ?? 3;
  const maxWait = options.maxRateLimitWait ?? 900;
  const scale = options.waitScale ?? (Number(process.env.ML_HUB_GITHUB_WAIT_SCALE) || 1);

  const onLimit = (kind: string) => (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
    const what = `${request.method} ${request.url}`;
    if (retryCount >= retries || retryAfter > maxWait) {
      log.warning(`${what}: GitHub ${kind} rate limit; not waiting ${retryAfter}s for another try (${retryCount} retries so far).`);
      return false;
    }
    log.warning(`${what}: GitHub ${kind} rate limit; retrying in ${retryAfter}s (retry ${retryCount + 1} of ${retries}).`);
    return true;
  };

  return getOctokit(
    token,
    {
      baseUrl: options.baseUrl ?? (process.env.GITHUB_API_URL || 'https://api.github.com'),
      userAgent: options.userAgent ?? 'ml-hub',
      log: {
        debug: (m: string) => log.debug?.(m),
        info: (m: string) => log.debug?.(m),
        warn: (m: string) => log.warning(m),
        error: (m: string) => log.warning(m),
      },
      retry: { retries, doNotRetry, retryAfterBaseValue: 1000 * scale },
      throttle: {
        retryAfterBaseValue: 1000 * scale,
        onRateLimit: onLimit('primary'),
        onSecondaryRateLimit: onLimit('secondary'),
        ...pacing(scale),
      },
    },
    reportRetries(log),
    retry,
    throttling,
  );
}

const pacingGroups = new Map<number, { write: Bottleneck.Group; notifications: Bottleneck.Group; search: Bottleneck.Group }>();

/**
 * GitHub asks clients to space out content-creating requests; the throttling plugin does (1 s between writes, 3 s
 * between notification-triggering ones, 2 s between searches). Same groups as its defaults, with the scale applied,
 * shared by every client in the process as the plugin's own are.
 */
function pacing(scale: number) {
  let groups = pacingGroups.get(scale);
  if (!groups) {
    const group = (id: string, minTime: number) => new Bottleneck.Group({ id, maxConcurrent: 1, minTime: minTime * scale, timeout: 120_000 });
    groups = { write: group('ml-hub-write', 1000), notifications: group('ml-hub-notifications', 3000), search: group('ml-hub-search', 2000) };
    pacingGroups.set(scale, groups);
  }
  return groups;
}

/**
 * Logs every retry, whichever plugin makes it. Registered before them, so its hook runs inside theirs and sees each
 * attempt of a request (they retry with the same options object).
 */
function reportRetries(log: GitHubLog) {
  return (octokit: Pick<GitHubClient, 'hook'>) => {
    const failures = new WeakMap<object, { attempts: number; last: string }>();
    octokit.hook.wrap('request', async (request, options) => {
      const previous = failures.get(options);
      if (previous) log.info(`${options.method} ${options.url}: attempt ${previous.attempts + 1} after ${previous.last}.`);
      try {
        return await request(options);
      } catch (error) {
        // A request that got no answer at all reaches us as a status-500 RequestError without a response.
        const e = error as { status?: number; message?: string; response?: unknown };
        const last = e.response === undefined ? `no answer (${e.message})` : `status ${e.status}`;
        failures.set(options, { attempts: (previous?.attempts ?? 0) + 1, last });
        throw error;
      }
    });
  };
}
