// An MLflow tracking server over its REST API (`mlflow server`, or any host serving /api/2.0/mlflow). Every paged call
// sends max_results: the server's get-history handler treats a missing max_results as 0 and returns no metrics, only a
// page token. Each request has a timeout; 5xx, 429, timeouts and network errors are retried a bounded number of times.
// A failed call becomes a Diagnostic naming the run (and metric) it was for; everything else is still read.

import { LocatedError, type Diagnostic, type Severity } from '../diagnostics.js';
import { artifactPathSegments } from './artifacts.js';
import { compareCodePoints, sortModel, type ArtifactEntry, type RunsModel } from './model.js';
import {
  array,
  int,
  object,
  parseExperiment,
  parseHistory,
  parseLoggedModel,
  parseRun,
  str,
  type Json,
} from './rest-json.js';
import type { MlflowStore, ReadOptions, ReadResult } from './store.js';

export interface RestStoreOptions {
  /** Where MLFLOW_TRACKING_TOKEN, or MLFLOW_TRACKING_USERNAME and MLFLOW_TRACKING_PASSWORD, are read. */
  env?: Record<string, string | undefined>;
  /** Per request, including reading the body. Default 30 s. */
  timeoutMs?: number;
  /** Extra attempts after a 5xx, 429, timeout or network error. Default 3. */
  retries?: number;
  /** First backoff; doubled on each retry. Default 500 ms. */
  retryDelayMs?: number;
  /** Requests in flight at once. Default 8. */
  concurrency?: number;
  /** max_results per page; defaults are the server maxima or below (history: 25000). */
  pageSize?: Partial<Record<'experiments' | 'runs' | 'history' | 'loggedModels', number>>;
}

const DEFAULT_PAGE = { experiments: 1000, runs: 1000, history: 25000, loggedModels: 100 };

/** A request that failed for good (after retries). */
export class RestError extends Error {
  constructor(
    readonly endpoint: string,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'RestError';
  }
}

export interface Page<T> {
  items: T[];
  nextPageToken?: string;
}

/** The server's calls this reader uses, one page at a time. */
export class MlflowRestClient {
  readonly base: string;
  /** The server URL without credentials, for messages. */
  readonly location: string;
  private readonly headers: Record<string, string> = {};
  private readonly timeoutMs: number;
  private readonly retries: number;
  private readonly retryDelayMs: number;

  constructor(url: string, options: RestStoreOptions = {}) {
    const parsed = new URL(url);
    const env = options.env ?? {};
    const token = env.MLFLOW_TRACKING_TOKEN;
    const user = env.MLFLOW_TRACKING_USERNAME ?? decodeURIComponent(parsed.username);
    const password = env.MLFLOW_TRACKING_PASSWORD ?? decodeURIComponent(parsed.password);
    if (token) this.headers.authorization = `Bearer ${token}`;
    else if (user) this.headers.authorization = `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
    // fetch refuses URLs with credentials; they travel in the header instead.
    parsed.username = '';
    parsed.password = '';
    parsed.search = '';
    parsed.hash = '';
    this.base = parsed.toString().replace(/\/+$/, '');
    this.location = this.base;
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.retries = options.retries ?? 3;
    this.retryDelayMs = options.retryDelayMs ?? 500;
  }

  async searchExperiments(maxResults: number, pageToken?: string): Promise<Page<Json>> {
    const body = await this.post('/api/2.0/mlflow/experiments/search', {
      max_results: maxResults,
      view_type: 'ALL',
      ...(pageToken ? { page_token: pageToken } : {}),
    });
    return page(body, 'experiments');
  }

  async searchRuns(experimentIds: string[], maxResults: number, pageToken?: string): Promise<Page<Json>> {
    const body = await this.post('/api/2.0/mlflow/runs/search', {
      experiment_ids: experimentIds,
      run_view_type: 'ALL',
      max_results: maxResults,
      order_by: ['attributes.start_time ASC'],
      ...(pageToken ? { page_token: pageToken } : {}),
    });
    return page(body, 'runs');
  }

  async getRun(runId: string): Promise<Json> {
    const body = await this.get('/api/2.0/mlflow/runs/get', { run_id: runId });
    return object(body.run) ?? {};
  }

  async getMetricHistory(runId: string, key: string, maxResults: number, pageToken?: string): Promise<Page<Json>> {
    const query: Record<string, string> = { run_id: runId, metric_key: key, max_results: String(maxResults) };
    if (pageToken) query.page_token = pageToken;
    return page(await this.get('/api/2.0/mlflow/metrics/get-history', query), 'metrics');
  }

  /** One folder of a run's artifacts (not recursive). */
  async listArtifacts(runId: string, path?: string, pageToken?: string): Promise<Page<Json>> {
    const query: Record<string, string> = { run_id: runId };
    if (path) query.path = path;
    if (pageToken) query.page_token = pageToken;
    return page(await this.get('/api/2.0/mlflow/artifacts/list', query), 'files');
  }

  async searchLoggedModels(experimentIds: string[], maxResults: number, pageToken?: string): Promise<Page<Json>> {
    const body = await this.post('/api/2.0/mlflow/logged-models/search', {
      experiment_ids: experimentIds,
      max_results: maxResults,
      ...(pageToken ? { page_token: pageToken } : {}),
    });
    return page(body, 'models');
  }

  /** The bytes of one artifact, through the server's artifact download route. */
  async getArtifact(runId: string, path: string): Promise<Buffer> {
    const response = await this.request('GET', '/get-artifact', { run_uuid: runId, path });
    return Buffer.from(await response.arrayBuffer());
  }

  private async get(path: string, query: Record<string, string>): Promise<Json> {
    return this.json(path, await this.request('GET', path, query));
  }

  private async post(path: string, body: Json): Promise<Json> {
    return this.json(path, await this.request('POST', path, undefined, body));
  }

  private async json(path: string, response: Response): Promise<Json> {
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      throw new RestError(path, `reading the response failed: ${describe(error)}`, response.status);
    }
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      throw new RestError(path, `the server answered with invalid JSON: ${JSON.stringify(text.slice(0, 80))}`, response.status);
    }
    const result = object(body);
    if (!result) throw new RestError(path, 'the server answered with JSON that is not an object', response.status);
    return result;
  }

  /** One call with timeout and bounded retries; resolves only on a 2xx response. */
  private async request(method: string, path: string, query?: Record<string, string>, body?: Json): Promise<Response> {
    const url = `${this.base}${path}${query ? `?${new URLSearchParams(query).toString()}` : ''}`;
    const headers: Record<string, string> = { ...this.headers, accept: 'application/json' };
    if (body) headers['content-type'] = 'application/json';
    let lastError = '';
    for (let attempt = 0; attempt <= this.retries; attempt++) {
      if (attempt > 0) await sleep(this.retryDelayMs * 2 ** (attempt - 1));
      let response: Response;
      try {
        response = await fetch(url, {
          method,
          headers,
          body: body ? JSON.stringify(body) : undefined,
          signal: AbortSignal.timeout(this.timeoutMs),
        });
      } catch (error) {
        lastError = (error as Error).name === 'TimeoutError' ? `no answer within ${this.timeoutMs} ms` : describe(error);
        continue;
      }
      if (response.ok) return response;
      const detail = await errorMessage(response);
      if (response.status >= 500 || response.status === 429) {
        lastError = `HTTP ${response.status}${detail}`;
        continue;
      }
      throw new RestError(path, `HTTP ${response.status}${detail}`, response.status);
    }
    throw new RestError(path, `${lastError} (after ${this.retries + 1} attempts)`);
  }
}

export function openRestStore(url: string, options: RestStoreOptions = {}): MlflowStore {
  const client = new MlflowRestClient(url, options);
  return {
    kind: 'rest',
    location: client.location,
    read: (readOptions?: ReadOptions) => readRestStore(client, { ...options, ...readOptions }),
    stream: async (readOptions?: ReadOptions) => {
      const { model, diagnostics } = await readRestStore(client, { ...options, ...readOptions });
      return {
        experiments: model.experiments,
        runCount: model.runs.length,
        diagnostics,
        runs: async function* () {
          yield* model.runs;
        },
        loggedModels: async () => model.loggedModels,
      };
    },
    readArtifact: async (runId: string, path: string) => {
      const file = `${client.location}/get-artifact`;
      artifactPathSegments(path, file);
      try {
        return await client.getArtifact(runId, path);
      } catch (error) {
        if (error instanceof RestError) {
          throw new LocatedError('mlflow/artifact-missing', `artifact ${path} of run ${runId}: ${error.message}`, file);
        }
        throw error;
      }
    },
  };
}

/** Reads experiments, runs (with histories and, unless disabled, artifact listings) and logged models. */
export async function readRestStore(client: MlflowRestClient, options: RestStoreOptions & ReadOptions = {}): Promise<ReadResult> {
  const pageSize = { ...DEFAULT_PAGE, ...options.pageSize };
  const limit = Math.max(1, options.concurrency ?? 8);
  const diagnostics: Diagnostic[] = [];
  const model: RunsModel = { store: { kind: 'rest', location: client.location }, experiments: [], runs: [], loggedModels: [] };
  const report = (severity: Severity, code: string, endpoint: string, message: string): void => {
    diagnostics.push({ severity, code, message, file: `${client.location}${endpoint}` });
  };
  const failed = (error: unknown, what: string, code = 'mlflow/server-error'): void => {
    if (!(error instanceof RestError)) throw error;
    report('error', code, error.endpoint, `${what}: ${error.message}`);
  };

  try {
    for await (const item of pages('/api/2.0/mlflow/experiments/search', (token) => client.searchExperiments(pageSize.experiments, token))) {
      const experiment = parseExperiment(item);
      if (typeof experiment === 'string') report('warning', 'mlflow/server-data', '/api/2.0/mlflow/experiments/search', experiment);
      else model.experiments.push(experiment);
    }
  } catch (error) {
    failed(error, 'listing experiments');
    return { model, diagnostics };
  }

  await mapLimit(model.experiments, limit, async (experiment) => {
    try {
      for await (const item of pages('/api/2.0/mlflow/runs/search', (token) => client.searchRuns([experiment.experimentId], pageSize.runs, token))) {
        const run = parseRun(item);
        if (typeof run === 'string') {
          report('warning', 'mlflow/server-data', '/api/2.0/mlflow/runs/search', `experiment ${experiment.experimentId}: ${run}`);
        } else model.runs.push(run);
      }
    } catch (error) {
      failed(error, `listing runs of experiment ${experiment.experimentId}`);
    }
  });

  const histories = model.runs.flatMap((run) => [...run.latestMetrics.keys()].map((key) => ({ run, key })));
  await mapLimit(histories, limit, async ({ run, key }) => {
    try {
      const points: Json[] = [];
      for await (const item of pages('/api/2.0/mlflow/metrics/get-history', (token) => client.getMetricHistory(run.runId, key, pageSize.history, token))) {
        points.push(item);
      }
      const history = parseHistory(key, points);
      if (typeof history === 'string') report('warning', 'mlflow/server-data', '/api/2.0/mlflow/metrics/get-history', `run ${run.runId}, metric ${key}: ${history}`);
      else run.metricHistories.set(key, history);
    } catch (error) {
      failed(error, `history of metric ${key} of run ${run.runId}`);
    }
  });
  // Histories arrive in any order; keep the latest-metrics key order.
  for (const run of model.runs) {
    run.metricHistories = new Map([...run.latestMetrics.keys()].flatMap((k) => {
      const h = run.metricHistories.get(k);
      return h ? [[k, h] as const] : [];
    }));
  }

  if (options.artifacts ?? true) {
    await mapLimit(model.runs, limit, async (run) => {
      try {
        run.artifacts = await listRecursively(client, run.runId);
      } catch (error) {
        failed(error, `listing artifacts of run ${run.runId}`);
      }
    });
  }

  const ids = model.experiments.map((e) => e.experimentId);
  for (let i = 0; i < ids.length; i += 100) {
    const batch = ids.slice(i, i + 100);
    try {
      for await (const item of pages('/api/2.0/mlflow/logged-models/search', (token) => client.searchLoggedModels(batch, pageSize.loggedModels, token))) {
        const loggedModel = parseLoggedModel(item);
        if (typeof loggedModel === 'string') report('warning', 'mlflow/server-data', '/api/2.0/mlflow/logged-models/search', loggedModel);
        else model.loggedModels.push(loggedModel);
      }
    } catch (error) {
      if (error instanceof RestError && error.status === 404) {
        report('notice', 'mlflow/server-version', error.endpoint, 'the server has no logged-models API (MLflow < 3); no logged models read');
        break;
      }
      failed(error, 'listing logged models');
    }
  }

  sortModel(model);
  return { model, diagnostics };
}

async function listRecursively(client: MlflowRestClient, runId: string): Promise<ArtifactEntry[]> {
  const out: ArtifactEntry[] = [];
  const walk = async (path: string | undefined): Promise<void> => {
    const files: Json[] = [];
    for await (const item of pages('/api/2.0/mlflow/artifacts/list', (token) => client.listArtifacts(runId, path, token))) files.push(item);
    const entries = files
      .map((f) => ({ path: typeof f.path === 'string' ? f.path : '', isDir: f.is_dir === true, size: int(f.file_size) }))
      .filter((f) => f.path !== '')
      .sort((a, b) => compareCodePoints(a.path, b.path));
    for (const entry of entries) {
      // protobuf JSON leaves out a zero file_size: an empty file.
      out.push({ path: entry.path, isDir: entry.isDir, fileSize: entry.isDir ? null : (entry.size ?? 0) });
      if (entry.isDir) await walk(entry.path);
    }
  };
  await walk(undefined);
  return out;
}

function page(body: Json, field: string): Page<Json> {
  const items = array(body[field]).flatMap((item): Json[] => {
    const o = object(item);
    return o ? [o] : [];
  });
  const token = str(body.next_page_token);
  return token ? { items, nextPageToken: token } : { items };
}

/**
 * Items of every page, following next_page_token. A page that brings nothing new but another token (a repeated token,
 * or an empty page — what get-history answers when max_results is missing) would loop forever, so it is an error.
 */
async function* pages(endpoint: string, fetchPage: (token?: string) => Promise<Page<Json>>): AsyncGenerator<Json> {
  const seen = new Set<string>();
  let token: string | undefined;
  do {
    const current = await fetchPage(token);
    yield* current.items;
    token = current.nextPageToken;
    if (token === undefined) break;
    if (seen.has(token) || current.items.length === 0) {
      throw new RestError(endpoint, 'the server keeps returning page tokens without results');
    }
    seen.add(token);
  } while (token !== undefined);
}

async function mapLimit<T>(items: T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) await fn(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

async function errorMessage(response: Response): Promise<string> {
  try {
    const text = await response.text();
    const body = object(JSON.parse(text));
    const message = str(body?.message);
    return message ? `: ${message}` : '';
  } catch {
    return '';
  }
}

function describe(error: unknown): string {
  const e = error as Error & { cause?: unknown };
  const cause = e.cause instanceof Error ? ` (${e.cause.message})` : '';
  return `${e.message}${cause}`;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
