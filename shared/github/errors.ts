// Turns a failed GitHub call into one line that says what went wrong and what to change, for the action's error
// annotation. GitHub's own messages are terse ("Resource not accessible by integration") and often misleading (404 for
// a private repository the token cannot see).

export interface GitHubErrorContext {
  /** The workflow runs for a pull request from a fork, where GITHUB_TOKEN is read-only. */
  fromFork?: boolean;
}

interface RequestErrorLike {
  status: number;
  message: string;
  request?: { method?: string; url?: string };
  response?: { headers?: Record<string, string | undefined>; data?: unknown };
}

interface FieldError {
  resource?: string;
  field?: string;
  code?: string;
  message?: string;
}

function isRequestError(error: unknown): error is RequestErrorLike {
  return typeof error === 'object' && error !== null && typeof (error as { status?: unknown }).status === 'number';
}

/** The `permissions:` entry a GITHUB_TOKEN needs to write to this endpoint. */
function permissionFor(path: string): string {
  if (/\/pulls(\/|$)/.test(path)) return '`permissions: pull-requests: write`';
  if (/\/issues(\/|$)/.test(path)) return '`permissions: issues: write` (`pull-requests: write` for comments on pull requests)';
  if (/\/actions(\/|$)/.test(path)) return '`permissions: actions: write`';
  if (/\/(statuses|check-runs|check-suites)(\/|$)/.test(path)) return '`permissions: checks: write`';
  return '`permissions: contents: write`';
}

function oneLine(text: string): string {
  return text.replace(/\s*\n+\s*/g, ' ').trim();
}

function bodyOf(error: RequestErrorLike): { message?: string; errors?: (FieldError | string)[] } {
  const data = error.response?.data;
  return typeof data === 'object' && data !== null ? (data as { message?: string; errors?: (FieldError | string)[] }) : {};
}

function describeFieldError(e: FieldError | string): string {
  if (typeof e === 'string') return e;
  if (e.message) return e.message;
  const field = e.field ? `\`${e.field}\`` : 'a field';
  const of = e.resource ? ` of ${e.resource}` : '';
  switch (e.code) {
    case 'missing_field':
      return `${field}${of} is required`;
    case 'invalid':
      return `${field}${of} is invalid (e.g. a branch that does not exist)`;
    case 'already_exists':
      return `a ${e.resource ?? 'resource'} with this ${field} already exists`;
    case 'missing':
      return `${e.resource ?? 'the resource'} does not exist`;
    default:
      return `${field}${of}: ${e.code ?? 'invalid'}`;
  }
}

export function explainGitHubError(error: unknown, action: string, context: GitHubErrorContext = {}): string {
  const fail = (why: string) => oneLine(`Could not ${action}: ${why}`);
  const raw = error instanceof Error ? error.message : String(error);

  const workflowFile = /refusing to allow .* to create or update workflow `([^`]+)` without `workflows?` permission/i.exec(raw);
  if (workflowFile) {
    return fail(
      `the change touches ${workflowFile[1]}, and GITHUB_TOKEN may never change workflow files; use a personal access token with the \`workflow\` scope or a GitHub App token with \`workflows: write\`, or leave .github/workflows out of the change.`,
    );
  }
  if (!isRequestError(error)) return fail(raw);

  const { status } = error;
  const body = bodyOf(error);
  const message = body.message ?? raw.replace(/ - https:\/\/docs\.github\.com\S*$/, '');
  const method = (error.request?.method ?? 'GET').toUpperCase();
  const path = error.request?.url ? new URL(error.request.url, 'https://api.github.com').pathname : '';
  const headers = error.response?.headers ?? {};
  const repo = /^\/repos\/([^/]+\/[^/]+)/.exec(path)?.[1];

  if (/not permitted to create or approve pull requests/i.test(message)) {
    return fail(
      'GitHub Actions is not allowed to create pull requests: enable Settings → Actions → General → Allow GitHub Actions to create and approve pull requests (for an organization, in its settings too), or pass a token with `pull-requests: write`.',
    );
  }
  if ((status === 403 || status === 429) && headers['x-ratelimit-remaining'] === '0') {
    const reset = Number(headers['x-ratelimit-reset']);
    const when = Number.isFinite(reset) && reset > 0 ? ` until ${new Date(reset * 1000).toISOString()}` : '';
    return fail(
      `the GitHub API rate limit is used up (${headers['x-ratelimit-used'] ?? '?'} of ${headers['x-ratelimit-limit'] ?? '?'} requests this hour)${when}; run less often, or use a token with its own budget (a GitHub App token gets more than GITHUB_TOKEN).`,
    );
  }
  if ((status === 403 || status === 429) && /secondary rate limit/i.test(message)) {
    return fail(
      'GitHub\'s secondary rate limit stopped the request even after waiting and retrying; too many requests or too much content was created at once (e.g. parallel jobs); spread the workflows out or reduce their concurrency, then re-run.',
    );
  }
  if (status === 403 && /resource not accessible by integration/i.test(message)) {
    if (method === 'POST' && /^\/repos\/[^/]+\/[^/]+\/pulls$/.test(path)) {
      return fail(
        'GitHub Actions is not allowed to create pull requests: enable Settings → Actions → General → Allow GitHub Actions to create and approve pull requests, or pass a token with `pull-requests: write`.',
      );
    }
    if (context.fromFork) {
      return fail(
        'this run is for a pull request from a fork, where GITHUB_TOKEN is read-only whatever the workflow asks for; run the step on `pull_request_target` or `workflow_run` instead (without checking out untrusted code with the token), or skip it for forks.',
      );
    }
    return fail(
      `the token may not do this: give the job ${permissionFor(path)}; on pull requests from forks GITHUB_TOKEN is read-only regardless.`,
    );
  }
  if (status === 401) return fail('GitHub rejected the token (401 Bad credentials): it is missing, expired or revoked.');
  if (status === 404) {
    const target = repo ? `${repo} (or what ${path.slice(`/repos/${repo}`.length) || 'it'} names in it)` : path || 'the resource';
    return fail(
      `GitHub answered 404 for ${method} ${path}: ${target} does not exist, or the repository is private and the token cannot see it (GitHub answers 404, not 403, then); GITHUB_TOKEN only reaches the workflow's own repository, so pass a token with access to ${repo ?? 'it'}.`,
    );
  }
  if (status === 422) {
    // "Validation Failed" and "Invalid request." only announce the details that follow them.
    const details = (body.errors ?? []).map(describeFieldError);
    const reasons = details.length > 0 ? details.join('; ') : message.replace(/^Invalid request\.?\s*/i, '') || message;
    return fail(`GitHub rejected the request (422): ${reasons.replace(/\.$/, '')}.`);
  }
  if (status >= 500) {
    const cause = 'response' in error && error.response ? `answered ${status}` : `could not be reached (${raw})`;
    return fail(`GitHub ${cause}, and retrying did not help; it is probably having an outage (see https://www.githubstatus.com), try again later.`);
  }
  return fail(`GitHub answered ${status}: ${message}`);
}
