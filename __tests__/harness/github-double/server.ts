// The double's HTTP front: every request is logged, routed by the spec's path templates, given any scripted fault,
// charged to the rate limit, checked against the operation's schemas, handled, and its answer checked too.

import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { checkRequest, checkResponse } from './contract.js';
import { Faults } from './faults.js';
import { ApiError, type ApiResponse, type DoubleContext } from './handlers/common.js';
import { handlers } from './handlers/index.js';
import { rateLimitNumbers } from './handlers/meta.js';
import { Render } from './resources.js';
import { matchRoute } from './spec.js';
import { DoubleState } from './state.js';

export interface GitHubDoubleOptions {
  /** Who the token belongs to. Default `github-actions[bot]`, i.e. GITHUB_TOKEN. */
  actor?: string;
  /** Where html_url links point. Default https://github.com. */
  webUrl?: string;
  /** Milliseconds since the epoch; tests that move workflow runs by time can pass their own. */
  clock?: () => number;
  /** False emulates an older GitHub Enterprise Server: `return_run_details` → 422, a dispatch answers 204. */
  dispatchRunDetails?: boolean;
  /** The hourly core budget. Default 5000. */
  rateLimit?: number;
}

export interface RecordedRequest {
  method: string;
  path: string;
  /** The spec template it matched, e.g. `/repos/{owner}/{repo}/pulls`. */
  template?: string;
  operationId?: string;
  query: Record<string, string>;
  body: unknown;
  /** The status answered; 0 for a dropped connection. */
  status: number;
  /** Answered by an injected fault rather than the handler. */
  fault: boolean;
  /** performance.now() when it arrived. */
  at: number;
}

export interface Violation {
  kind: 'unknown-route' | 'unimplemented' | 'request' | 'response' | 'misuse' | 'crash';
  method: string;
  path: string;
  operationId?: string;
  messages: string[];
}

export interface GitHubDouble {
  /** Base URL for GITHUB_API_URL / createGitHubClient's baseUrl. */
  url: string;
  state: DoubleState;
  faults: Faults;
  requests: RecordedRequest[];
  violations: Violation[];
  /** Requests to one operation: `requestsTo('POST', '/repos/{owner}/{repo}/pulls')`. */
  requestsTo(method: string, template: string): RecordedRequest[];
  /** Throws a readable list of every contract violation so far. */
  assertNoViolations(): void;
  close(): Promise<void>;
}

const json = 'application/json; charset=utf-8';

export async function startGitHubDouble(options: GitHubDoubleOptions = {}): Promise<GitHubDouble> {
  const baseDir = mkdtempSync(path.join(tmpdir(), 'github-double-'));
  const state = new DoubleState(path.join(baseDir, 'repos'), options.clock ?? Date.now, options.actor ?? 'github-actions[bot]', options.rateLimit);
  const faults = new Faults();
  const requests: RecordedRequest[] = [];
  const violations: Violation[] = [];

  const rateHeaders = (): Record<string, string> => {
    const n = rateLimitNumbers(state);
    return {
      'x-ratelimit-limit': String(n.limit),
      'x-ratelimit-remaining': String(n.remaining),
      'x-ratelimit-reset': String(n.reset),
      'x-ratelimit-used': String(n.used),
      'x-ratelimit-resource': 'core',
    };
  };

  const send = (res: ServerResponse, record: RecordedRequest, status: number, body: unknown, headers: Record<string, string> = {}, contentType = json) => {
    record.status = status;
    const payload = body === undefined ? undefined : Buffer.isBuffer(body) ? body : Buffer.from(typeof body === 'string' ? body : JSON.stringify(body));
    res.writeHead(status, {
      'x-github-media-type': 'github.v3; format=json',
      'x-github-request-id': `0400:${requests.length.toString(16).toUpperCase()}`,
      ...rateHeaders(),
      ...(payload ? { 'content-type': contentType, 'content-length': String(payload.length) } : {}),
      ...headers,
    });
    res.end(payload);
  };

  const violate = (v: Violation) => {
    violations.push(v);
    // Routes and handlers the double lacks are bugs to fix now, not assertions to wait for.
    if (v.kind === 'unknown-route' || v.kind === 'unimplemented' || v.kind === 'crash') {
      console.error(`github-double: ${v.kind} ${v.method} ${v.path}: ${v.messages.join('; ')}`);
    }
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const method = req.method ?? 'GET';
    const url = new URL(req.url ?? '/', 'http://double');
    const raw = await readBody(req);
    let body: unknown;
    let badJson = false;
    try {
      body = raw.length > 0 ? JSON.parse(raw.toString('utf8')) : undefined;
    } catch {
      badJson = true;
      body = raw.toString('utf8');
    }
    const record: RecordedRequest = { method, path: url.pathname, query: Object.fromEntries(url.searchParams), body, status: 0, fault: false, at: performance.now() };
    requests.push(record);

    const artifact = /^\/_double\/artifacts\/(\d+)\.zip$/.exec(url.pathname);
    if (artifact) {
      const found = [...state.repos.values()].flatMap((r) => r.runs.flatMap((run) => run.artifacts)).find((a) => a.id === Number(artifact[1]));
      return found ? send(res, record, 200, found.zip, {}, 'application/zip') : send(res, record, 404, { message: 'Not Found' });
    }

    const route = matchRoute(method, url.pathname);
    if ('error' in route) {
      const what = route.error === 'unknown-method' ? `${route.template} has no ${method}` : 'no such path';
      violate({ kind: 'unknown-route', method, path: url.pathname, messages: [what] });
      return send(res, record, 404, { message: `github-double: ${method} ${url.pathname} is not in api.github.com.json (${what})`, status: '404' });
    }
    const { operation } = route;
    record.template = route.template;
    record.operationId = operation.operationId;
    const docs = operation.externalDocs?.url ?? 'https://docs.github.com/rest';

    const nowSeconds = Math.floor(state.now() / 1000);
    if (nowSeconds >= state.rateLimit.reset) Object.assign(state.rateLimit, { used: 0, reset: nowSeconds + 3600 });
    const fault = faults.take(method, url.pathname, route.template, nowSeconds);
    if (fault) {
      record.fault = true;
      if (fault.drop) {
        req.socket.destroy();
        return;
      }
      return send(res, record, fault.status, fault.body, fault.headers, fault.contentType);
    }
    if (operation.operationId !== 'rate-limit/get') {
      if (state.rateLimit.used >= state.rateLimit.limit) {
        return send(res, record, 403, {
          message: 'API rate limit exceeded for installation ID 4242.',
          documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
          status: '403',
        });
      }
      state.rateLimit.used++;
    }
    if (badJson) return send(res, record, 400, { message: 'Problems parsing JSON', documentation_url: docs, status: '400' });

    const checked = checkRequest(operation, { pathParams: route.pathParams, query: record.query, body, hasBody: raw.length > 0 });
    if (checked.problems.length > 0) {
      violate({ kind: 'request', method, path: url.pathname, operationId: operation.operationId, messages: checked.problems });
      return send(res, record, 422, { message: `Invalid request.\n\n${checked.problems.join('\n')}`, documentation_url: docs, status: '422' });
    }
    if (checked.ignored.length > 0) violate({ kind: 'misuse', method, path: url.pathname, operationId: operation.operationId, messages: checked.ignored });
    const handler = handlers[operation.operationId];
    if (!handler) {
      violate({ kind: 'unimplemented', method, path: url.pathname, operationId: operation.operationId, messages: ['the double has no handler'] });
      return send(res, record, 404, { message: `github-double: ${operation.operationId} (${method} ${route.template}) is not implemented`, status: '404' });
    }

    const ctx: DoubleContext = {
      state,
      render,
      options: { dispatchRunDetails: options.dispatchRunDetails ?? true },
      docs,
      flag: (message) => violate({ kind: 'misuse', method, path: url.pathname, operationId: operation.operationId, messages: [message] }),
    };
    let response: ApiResponse;
    try {
      response = await handler(
        { method, path: url.pathname, template: route.template, operationId: operation.operationId, params: checked.path, query: checked.query, body, headers: req.headers },
        ctx,
      );
    } catch (error) {
      if (!(error instanceof ApiError)) {
        violate({ kind: 'crash', method, path: url.pathname, operationId: operation.operationId, messages: [String((error as Error).stack ?? error)] });
        return send(res, record, 500, { message: `github-double crashed: ${(error as Error).message}` });
      }
      response = { status: error.status, body: error.body };
    }
    const problems = checkResponse(operation, response.status, response.body);
    if (problems.length > 0) violate({ kind: 'response', method, path: url.pathname, operationId: operation.operationId, messages: problems });
    send(res, record, response.status, response.body, response.headers);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      violations.push({ kind: 'crash', method: req.method ?? '', path: req.url ?? '', messages: [String(error)] });
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // Handlers only run once the server listens, so they never see `render` before this.
  const render = new Render(url, options.webUrl ?? 'https://github.com');

  return {
    url,
    state,
    faults,
    requests,
    violations,
    requestsTo: (method, template) => requests.filter((r) => r.method === method.toUpperCase() && r.template === template),
    assertNoViolations() {
      if (violations.length === 0) return;
      const lines = violations.map((v) => `  ${v.kind}: ${v.method} ${v.path}${v.operationId ? ` (${v.operationId})` : ''}\n    ${v.messages.join('\n    ')}`);
      throw new Error(`the GitHub double saw ${violations.length} contract violation(s):\n${lines.join('\n')}`);
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(baseDir, { recursive: true, force: true });
    },
  };
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
