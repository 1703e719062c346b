// Scripted failures, answered before the handler runs, in the shapes GitHub really sends them.

export interface FaultSpec {
  method?: string;
  /** A spec template (`/repos/{owner}/{repo}/pulls`), a concrete path, or a pattern tested against the path. */
  path?: string | RegExp;
  status?: 500 | 502 | 503 | 429 | 403 | 404 | 422 | 401;
  /** How many matching requests fail; then the fault is spent. Default 1. */
  times?: number;
  /** Seconds, sent as `retry-after` (and as the rate-limit reset for a primary rate limit). */
  retryAfter?: number;
  /** 403/429 with GitHub's secondary-rate-limit message. A bare 429 is a secondary rate limit too. */
  secondaryRateLimit?: true;
  /** 403/429 with `x-ratelimit-remaining: 0`: the hourly budget is spent until the reset `retryAfter` seconds away. */
  primaryRateLimit?: true;
  /** Destroy the socket without answering. */
  drop?: true;
  /** Replaces the message of the default body. */
  message?: string;
}

interface ActiveFault extends FaultSpec {
  remaining: number;
}

export interface FaultAnswer {
  drop?: true;
  status: number;
  headers: Record<string, string>;
  body: unknown;
  contentType: string;
}

const docs = 'https://docs.github.com/rest';
const secondaryMessage =
  'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID 0400:3A5F:1B2C3D:4E5F60:12345678.';

export class Faults {
  private readonly active: ActiveFault[] = [];

  add(fault: FaultSpec): void {
    if (!fault.drop && fault.status === undefined) throw new Error('a fault needs a status or drop: true');
    this.active.push({ ...fault, remaining: fault.times ?? 1 });
  }

  clear(): void {
    this.active.length = 0;
  }

  /** Faults that have not fired as often as they were told to. */
  get pending(): FaultSpec[] {
    return this.active.filter((f) => f.remaining > 0);
  }

  /** Takes the first live fault for this request, if any, and says how to answer. */
  take(method: string, path: string, template: string | undefined, nowSeconds: number): FaultAnswer | undefined {
    const fault = this.active.find(
      (f) =>
        f.remaining > 0 &&
        (!f.method || f.method.toUpperCase() === method) &&
        (f.path === undefined || (f.path instanceof RegExp ? f.path.test(path) : f.path === path || f.path === template)),
    );
    if (!fault) return undefined;
    fault.remaining--;
    return answer(fault, nowSeconds);
  }
}

function answer(fault: FaultSpec, nowSeconds: number): FaultAnswer {
  const headers: Record<string, string> = {};
  if (fault.drop) return { drop: true, status: 0, headers, body: undefined, contentType: '' };
  const status = fault.status!;
  const json = (message: string, documentation_url = docs) => ({ message, documentation_url, status: String(status) });
  if (fault.retryAfter !== undefined && !fault.primaryRateLimit) headers['retry-after'] = String(fault.retryAfter);
  if (fault.primaryRateLimit) {
    headers['x-ratelimit-remaining'] = '0';
    headers['x-ratelimit-reset'] = String(nowSeconds + (fault.retryAfter ?? 1));
    const body = json(fault.message ?? 'API rate limit exceeded for installation ID 4242.', `${docs}/overview/rate-limits-for-the-rest-api`);
    return { status, headers, body, contentType: 'application/json; charset=utf-8' };
  }
  if (fault.secondaryRateLimit || status === 429) {
    const body = json(fault.message ?? secondaryMessage, `${docs}/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits`);
    return { status, headers, body, contentType: 'application/json; charset=utf-8' };
  }
  if (status === 502 && fault.message === undefined) {
    // GitHub's front end answers a bad gateway with an HTML page, not JSON.
    return { status, headers, body: '<html><body><h1>502 Bad Gateway</h1></body></html>', contentType: 'text/html' };
  }
  const defaults: Record<number, string> = {
    500: 'Server Error',
    503: 'Service Unavailable',
    403: 'Resource not accessible by integration',
    404: 'Not Found',
    401: 'Bad credentials',
    422: 'Validation Failed',
  };
  return { status, headers, body: json(fault.message ?? defaults[status] ?? 'Error'), contentType: 'application/json; charset=utf-8' };
}
