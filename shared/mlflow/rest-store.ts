// An MLflow tracking server over its REST API (`mlflow server`, or any host serving /api/2.0/mlflow). Every paged call
// sends max_results: the server's get-history handler treats a missing max_results as 0 and returns no metrics, only a
// page token. Each request has a timeout; 5xx, 429, timeouts and network errors are retried a bounded number of times.
// A failed call becomes a Diagnostic naming the run (and metric) it was for; everything else is still read.

import { LocatedError, type Diagnostic, type Severity } from '../diagnostics.js';
import { artifactPathSegments } from './artifacts.js';
import { compareCodePoints, sortModel, type ArtifactEntry, type Experiment, type LoggedModel, type Run } from './model.js';
import {
  array,
  double,
  int,
  object,
  parseExperiment,
  parseHistory,
  parseLoggedModel,
  parseRun,
  str,
  type Json,
} from './rest-json.js';
import { collectStream, type MlflowStore, type ReadOptions, type ReadResult, type RunStream } from './store.js';

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
  /** Runs read at most, newest (by start time) first; older ones are left out, with a warning. Default 1000. */
  maxRuns?: number;
  /** Use the server's get-history-bulk-interval where it has one. Default true. */
  bulkHistory?: boolean;
  /** Where a long read reports progress (counts, rate, time left): at most one line every `progressEveryMs`. */
  progress?: (line: string) => void;
  /** Default 5000. */
  progressEveryMs?: number;
}

/** How many runs a tracking server read keeps by default: the newest thousand. */
export const DEFAULT_MAX_RUNS = 1000;

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

  async searchRuns(experimentIds: string[], maxResults: number, pageToken?: string, order: 'ASC' | 'DESC' = 'ASC'): Promise<Page<Json>> {
    const body = await this.post('/api/2.0/mlflow/runs/search', {
      experiment_ids: experimentIds,
      run_view_type: 'ALL',
      max_results: maxResults,
      order_by: [`attributes.start_time ${order}`],
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

  /**
   * Every point of `key` at the sampled steps of up to 100 runs in [startStep, endStep] (the MLflow UI's call; all
   * steps when the runs have fewer than `maxResults` distinct ones). Not paged: the answer is the whole list.
   */
  async getMetricHistoryBulkInterval(runIds: string[], key: string, maxResults: number, startStep: number, endStep: number): Promise<Json[]> {
    const query = new URLSearchParams(runIds.map((id): [string, string] => ['run_ids', id]));
    query.set('metric_key', key);
    query.set('max_results', String(maxResults));
    query.set('start_step', String(startStep));
    query.set('end_step', String(endStep));
    const body = await this.get('/ajax-api/2.0/mlflow/metrics/get-history-bulk-interval', query);
    return page(body, 'metrics').items;
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

  private async get(path: string, query: Record<string, string> | URLSearchParams): Promise<Json> {
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
  private async request(method: string, path: string, query?: Record<string, string> | URLSearchParams, body?: Json): Promise<Response> {
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
    stream: (readOptions?: ReadOptions) => streamRestStore(client, { ...options, ...readOptions }),
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

/** Reads experiments, the newest `maxRuns` runs (with histories and, unless disabled, artifact listings) and logged models. */
export async function readRestStore(client: MlflowRestClient, options: RestStoreOptions & ReadOptions = {}): Promise<ReadResult> {
  const result = await collectStream('rest', client.location, await streamRestStore(client, options));
  sortModel(result.model);
  return result;
}

/**
 * Experiments, runs (newest first, at most `maxRuns`), logged models up front; histories and artifact listings a window
 * of runs at a time as the iteration reaches them, so that memory holds one window, not the store.
 */
export async function streamRestStore(client: MlflowRestClient, options: RestStoreOptions & ReadOptions = {}): Promise<RunStream> {
  const pageSize = { ...DEFAULT_PAGE, ...options.pageSize };
  const limit = Math.max(1, options.concurrency ?? 8);
  const maxRuns = options.maxRuns ?? DEFAULT_MAX_RUNS;
  const diagnostics: Diagnostic[] = [];
  const experiments: Experiment[] = [];
  const report = (severity: Severity, code: string, endpoint: string, message: string): void => {
    diagnostics.push({ severity, code, message, file: `${client.location}${endpoint}` });
  };
  const failed = (error: unknown, what: string, code = 'mlflow/server-error'): void => {
    if (!(error instanceof RestError)) throw error;
    report('error', code, error.endpoint, `${what}: ${error.message}`);
  };
  const empty: RunStream = { experiments, runCount: 0, diagnostics, runs: async function* () {}, loggedModels: async () => [] };

  try {
    for await (const item of pages('/api/2.0/mlflow/experiments/search', (token) => client.searchExperiments(pageSize.experiments, token))) {
      const experiment = parseExperiment(item);
      if (typeof experiment === 'string') report('warning', 'mlflow/server-data', '/api/2.0/mlflow/experiments/search', experiment);
      else experiments.push(experiment);
    }
  } catch (error) {
    failed(error, 'listing experiments');
    return empty;
  }
  experiments.sort((x, y) => compareCodePoints(x.experimentId, y.experimentId));

  // Newest first in every experiment, each stopping at maxRuns; then the newest maxRuns of them all.
  let runs: Run[] = [];
  let leftOut = false;
  await mapLimit(experiments, limit, async (experiment) => {
    let count = 0;
    try {
      for await (const item of pages('/api/2.0/mlflow/runs/search', (token) =>
        client.searchRuns([experiment.experimentId], Math.min(pageSize.runs, maxRuns), token, 'DESC'))) {
        if (count === maxRuns) {
          leftOut = true;
          break;
        }
        const run = parseRun(item);
        if (typeof run === 'string') {
          report('warning', 'mlflow/server-data', '/api/2.0/mlflow/runs/search', `experiment ${experiment.experimentId}: ${run}`);
        } else {
          runs.push(run);
          count++;
        }
      }
    } catch (error) {
      failed(error, `listing runs of experiment ${experiment.experimentId}`);
    }
  });
  if (runs.length > maxRuns) {
    leftOut = true;
    runs.sort((x, y) => (y.startTime ?? -Infinity) - (x.startTime ?? -Infinity));
    runs = runs.slice(0, maxRuns);
  }
  if (leftOut) {
    report('warning', 'mlflow/max-runs', '/api/2.0/mlflow/runs/search',
      `the server holds more than ${maxRuns.toLocaleString('en')} runs; only the newest ${maxRuns.toLocaleString('en')} are read and older runs are left out (raise --max-runs or the max-runs input to read more)`);
  }
  runs = sortModel({ store: { kind: 'rest', location: client.location }, experiments: [], runs, loggedModels: [] }).runs;

  const loggedModels: LoggedModel[] = [];
  const ids = experiments.map((e) => e.experimentId);
  for (let i = 0; i < ids.length; i += 100) {
    const batch = ids.slice(i, i + 100);
    try {
      for await (const item of pages('/api/2.0/mlflow/logged-models/search', (token) => client.searchLoggedModels(batch, pageSize.loggedModels, token))) {
        const loggedModel = parseLoggedModel(item);
        if (typeof loggedModel === 'string') report('warning', 'mlflow/server-data', '/api/2.0/mlflow/logged-models/search', loggedModel);
        else loggedModels.push(loggedModel);
      }
    } catch (error) {
      if (error instanceof RestError && error.status === 404) {
        report('notice', 'mlflow/server-version', error.endpoint, 'the server has no logged-models API (MLflow < 3); no logged models read');
        break;
      }
      failed(error, 'listing logged models');
    }
  }

  const histories = new HistoryReader(client, { limit, pageSize: pageSize.history, report, failed, bulk: options.bulkHistory ?? true });
  const progress = new Progress(runs.length, options.progress, options.progressEveryMs);
  async function* runsInOrder(): AsyncGenerator<Run> {
    // A window keeps every connection busy with bulk calls of BULK_RUNS runs each.
    const window = BULK_RUNS * limit;
    for (let i = 0; i < runs.length; i += window) {
      const chunk = runs.slice(i, i + window);
      await histories.read(chunk);
      if (options.artifacts ?? true) {
        await mapLimit(chunk, limit, async (run) => {
          try {
            run.artifacts = await listRecursively(client, run.runId);
          } catch (error) {
            failed(error, `listing artifacts of run ${run.runId}`);
          }
        });
      }
      progress.done(chunk.length);
      for (let j = 0; j < chunk.length; j++) {
        yield chunk[j]!;
        // Once yielded, the list no longer holds the run's histories: the caller decides what to keep.
        runs[i + j] = { ...chunk[j]!, metricHistories: new Map(), artifacts: [] };
      }
    }
    progress.finish();
  }
  return {
    experiments,
    runCount: runs.length,
    diagnostics,
    runs: runsInOrder,
    loggedModels: async () => sortModel({ store: { kind: 'rest', location: client.location }, experiments: [], runs: [], loggedModels }).loggedModels,
  };
}

/** Runs per get-history-bulk-interval call: the server's limit (MAX_RUNS_GET_METRIC_HISTORY_BULK). */
const BULK_RUNS = 100;
/**
 * The call's max_results: distinct steps it returns in full (MAX_RESULTS_PER_RUN). With more distinct steps among its
 * runs it samples them, so an answer with this many steps may be sampled and is asked again in smaller parts.
 */
const BULK_STEPS = 2500;
/** Points per run the call returns at most (MAX_RESULTS_GET_METRIC_HISTORY); a run reaching it is read per run. */
const BULK_POINTS_PER_RUN = 25000;
const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;
const BULK_PATH = '/ajax-api/2.0/mlflow/metrics/get-history-bulk-interval';
const HISTORY_PATH = '/api/2.0/mlflow/metrics/get-history';

/**
 * Full metric histories of many runs: through the server's bulk endpoint (one call per metric key and 100 runs) where
 * it has one, else (404/400: an older or different server) one get-history call per run and key, as before.
 */
class HistoryReader {
  private bulk: boolean;

  constructor(
    private readonly client: MlflowRestClient,
    private readonly options: {
      limit: number;
      pageSize: number;
      bulk: boolean;
      report: (severity: Severity, code: string, endpoint: string, message: string) => void;
      failed: (error: unknown, what: string) => void;
    },
  ) {
    this.bulk = options.bulk;
  }

  async read(runs: Run[]): Promise<void> {
    const byKey = new Map<string, Run[]>();
    const single: { run: Run; key: string }[] = [];
    for (const run of runs) {
      for (const [key, latest] of run.latestMetrics) {
        // The bulk call is asked for steps in the int32 range; a run whose latest step lies outside is read alone.
        if (latest.step < INT32_MIN || latest.step > INT32_MAX) single.push({ run, key });
        else byKey.set(key, [...(byKey.get(key) ?? []), run]);
      }
    }
    const batches: { key: string; runs: Run[] }[] = [];
    for (const [key, keyRuns] of byKey) {
      for (let i = 0; i < keyRuns.length; i += BULK_RUNS) batches.push({ key, runs: keyRuns.slice(i, i + BULK_RUNS) });
    }
    await mapLimit(batches, this.options.limit, async ({ key, runs: batch }) => {
      if (this.bulk) single.push(...(await this.readBulk(key, batch)));
      else single.push(...batch.map((run) => ({ run, key })));
    });
    await mapLimit(single, this.options.limit, ({ run, key }) => this.readOne(run, key));
    // Histories arrive in any order; keep the latest-metrics key order.
    for (const run of runs) {
      run.metricHistories = new Map([...run.latestMetrics.keys()].flatMap((k) => {
        const h = run.metricHistories.get(k);
        return h ? [[k, h] as const] : [];
      }));
    }
  }

  /** One bulk call (split when its answer may be sampled); returns what has to be read per run. */
  private async readBulk(key: string, runs: Run[]): Promise<{ run: Run; key: string }[]> {
    if (!this.bulk) return runs.map((run) => ({ run, key }));
    let items: Json[];
    try {
      items = await this.client.getMetricHistoryBulkInterval(runs.map((r) => r.runId), key, BULK_STEPS, INT32_MIN, INT32_MAX);
    } catch (error) {
      if (!(error instanceof RestError)) throw error;
      // 404/400: a server without the endpoint (MLflow < 2.8, or another implementation): per run from now on. Any other
      // failure: these runs per run, so that a fault costs only the histories it really hits (each reported there).
      if (error.status === 404 || error.status === 400) this.bulk = false;
      return runs.map((run) => ({ run, key }));
    }
    const steps = new Set<unknown>();
    const byRun = new Map<string, Json[]>(runs.map((r) => [r.runId, []]));
    for (const item of items) {
      steps.add(item.step);
      byRun.get(str(item.run_id) ?? '')?.push(item);
    }
    if (steps.size >= BULK_STEPS) {
      // Possibly sampled: halve the batch until each part is answered in full (a single run: per-run get-history).
      if (runs.length === 1) return [{ run: runs[0]!, key }];
      const half = Math.ceil(runs.length / 2);
      return [...(await this.readBulk(key, runs.slice(0, half))), ...(await this.readBulk(key, runs.slice(half)))];
    }
    const rest: { run: Run; key: string }[] = [];
    for (const run of runs) {
      const points = byRun.get(run.runId)!;
      if (points.length >= BULK_POINTS_PER_RUN) {
        rest.push({ run, key });
        continue;
      }
      // get_metric_history's order: (timestamp, step, value); the bulk call answers by step.
      points.sort((x, y) => cmp(int(x.timestamp), int(y.timestamp)) || cmp(int(x.step), int(y.step)) || cmp(double(x.value), double(y.value)));
      const history = parseHistory(key, points);
      if (typeof history === 'string') this.options.report('warning', 'mlflow/server-data', BULK_PATH, `run ${run.runId}, metric ${key}: ${history}`);
      else run.metricHistories.set(key, history);
    }
    return rest;
  }

  private async readOne(run: Run, key: string): Promise<void> {
    try {
      const points: Json[] = [];
      for await (const item of pages(HISTORY_PATH, (token) => this.client.getMetricHistory(run.runId, key, this.options.pageSize, token))) {
        points.push(item);
      }
      const history = parseHistory(key, points);
      if (typeof history === 'string') this.options.report('warning', 'mlflow/server-data', HISTORY_PATH, `run ${run.runId}, metric ${key}: ${history}`);
      else run.metricHistories.set(key, history);
    } catch (error) {
      this.options.failed(error, `history of metric ${key} of run ${run.runId}`);
    }
  }
}

function cmp(x: number | undefined, y: number | undefined): number {
  const a = x ?? 0;
  const b = y ?? 0;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** At most one line every `everyMs` on a long read: counts, rate and time left. */
class Progress {
  private readonly started = performance.now();
  private last = this.started;
  private count = 0;
  private spoke = false;

  constructor(
    private readonly total: number,
    private readonly say: ((line: string) => void) | undefined,
    private readonly everyMs = 5000,
  ) {}

  done(n: number): void {
    this.count += n;
    const now = performance.now();
    if (!this.say || now - this.last < this.everyMs || this.count >= this.total) return;
    this.last = now;
    this.spoke = true;
    this.say(this.line(now));
  }

  /** The closing line, only when progress was shown at all. */
  finish(): void {
    if (this.say && this.spoke) this.say(this.line(performance.now()));
  }

  private line(now: number): string {
    const seconds = (now - this.started) / 1000;
    const rate = this.count / Math.max(seconds, 1e-3);
    const left = this.count >= this.total ? `done in ${seconds.toFixed(0)} s` : `about ${Math.ceil((this.total - this.count) / Math.max(rate, 1e-3))} s left`;
    return `MLflow server: histories of ${this.count.toLocaleString('en')} of ${this.total.toLocaleString('en')} runs read (${rate.toFixed(0)} runs/s), ${left}`;
  }
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
