// Local stand-ins for an MLflow tracking server, on 127.0.0.1, for the REST reader's tests:
// - replay: answers exactly the requests recorded from `mlflow server` in fixtures/mlflow/rest-samples/;
// - truth: answers the REST API from the SQLite fixture's truth.json, in the shapes those recordings show (its
//   fidelity is itself tested against every recording it can answer), so that a whole store can be read over HTTP.
// Every request is logged, so tests can check what the reader sent (e.g. that paged calls carry max_results).

import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'mlflow');

export interface LoggedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  /** Every value of each query parameter (`run_ids` repeats). */
  queryLists: Record<string, string[]>;
  body: unknown;
  authorization?: string;
}

export interface Reply {
  status: number;
  contentType?: string;
  /** An object is sent as JSON, a string or Buffer as is. */
  body: unknown;
}

/** A reply, or 'hang' to never answer (a server that times out). */
export type Handler = (request: LoggedRequest) => Reply | 'hang' | Promise<Reply | 'hang'>;

export interface TestServer {
  url: string;
  requests: LoggedRequest[];
  close(): Promise<void>;
}

export async function startServer(handler: Handler): Promise<TestServer> {
  const requests: LoggedRequest[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const text = Buffer.concat(chunks).toString('utf8');
      let body: unknown = undefined;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        body = text;
      }
      const logged: LoggedRequest = {
        method: req.method ?? 'GET',
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        queryLists: Object.fromEntries([...new Set(url.searchParams.keys())].map((k) => [k, url.searchParams.getAll(k)])),
        body,
        authorization: req.headers.authorization,
      };
      requests.push(logged);
      void Promise.resolve(handler(logged)).then((reply) => {
        if (reply === 'hang') return;
        const payload =
          typeof reply.body === 'string' || Buffer.isBuffer(reply.body) ? reply.body : JSON.stringify(reply.body);
        res.writeHead(reply.status, { 'content-type': reply.contentType ?? 'application/json' });
        res.end(payload);
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

// ---- replay of recorded samples ----

export interface Sample {
  name: string;
  request: { method: string; path: string; query?: Record<string, unknown> | null; json_body?: unknown };
  response: { status: number; content_type: string; body: unknown };
}

export function loadSamples(): Sample[] {
  const dir = join(FIXTURES, 'rest-samples');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ name: f.replace(/\.json$/, ''), ...JSON.parse(readFileSync(join(dir, f), 'utf8')) }) as Sample);
}

const stringValues = (q: Record<string, unknown> | null | undefined): Record<string, string> =>
  Object.fromEntries(Object.entries(q ?? {}).map(([k, v]) => [k, String(v)]));

/** Items in a recorded response, for the rule below. */
function itemCount(body: unknown): number {
  if (!body || typeof body !== 'object') return 0;
  return Object.values(body).reduce<number>((n, v) => n + (Array.isArray(v) ? v.length : 0), 0);
}

/**
 * Whether `request` asks what `sample` recorded: same method, path and query (GET) or JSON body (POST). One
 * equivalence: a recording made without max_results whose answer was complete (no next_page_token) also answers
 * the same request with any max_results at least its item count — a page that large holds the same items.
 */
export function matches(sample: Sample, request: LoggedRequest): boolean {
  const recorded = sample.request;
  if (recorded.method !== request.method || recorded.path !== request.path) return false;
  const got: Record<string, unknown> =
    request.method === 'GET' ? request.query : ((request.body as Record<string, unknown> | undefined) ?? {});
  const want: Record<string, unknown> =
    recorded.method === 'GET' ? stringValues(recorded.query) : ((recorded.json_body as Record<string, unknown>) ?? {});
  if (isDeepStrictEqual(got, want)) return true;
  const complete = !(sample.response.body as { next_page_token?: string } | null)?.next_page_token;
  if (!('max_results' in want) && 'max_results' in got && complete) {
    const { max_results: size, ...rest } = got;
    return isDeepStrictEqual(rest, want) && Number(size) >= itemCount(sample.response.body);
  }
  return false;
}

export function replayHandler(samples: Sample[]): Handler {
  return (request) => {
    const sample = samples.find((s) => matches(s, request));
    if (!sample) return { status: 404, contentType: 'text/plain', body: 'not recorded' };
    const { status, content_type: contentType, body } = sample.response;
    return { status, contentType, body: typeof body === 'string' ? body : JSON.stringify(body) };
  };
}

// ---- a server answering from truth.json ----

type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const pairs = (m: Obj): Obj[] => Object.entries(m).map(([key, value]) => ({ key, value }));
const token = (offset: number): string => Buffer.from(JSON.stringify({ offset }).replace(':', ': ')).toString('base64');
const offsetOf = (t: unknown): number =>
  typeof t === 'string' && t ? (JSON.parse(Buffer.from(t, 'base64').toString()) as { offset: number }).offset : 0;

function paged<T>(items: T[], maxResults: number, pageToken: unknown): { items: T[]; next?: string } {
  const start = offsetOf(pageToken);
  const page = items.slice(start, start + maxResults);
  return start + maxResults < items.length ? { items: page, next: token(start + maxResults) } : { items: page };
}

const stages = (viewType: unknown): string[] =>
  viewType === 'ALL' ? ['active', 'deleted'] : viewType === 'DELETED_ONLY' ? ['deleted'] : ['active'];

function experimentJson(e: Obj): Obj {
  const tags = pairs(e.tags);
  return {
    experiment_id: e.experiment_id,
    name: e.name,
    artifact_location: e.artifact_location,
    lifecycle_stage: e.lifecycle_stage,
    last_update_time: e.last_update_time,
    creation_time: e.creation_time,
    ...(tags.length ? { tags } : {}),
  };
}

function runJson(r: Obj): Obj {
  const metrics = Object.values(r.latest_metrics as Obj).map((m: Obj) => ({
    key: m.key,
    value: m.value,
    timestamp: m.timestamp,
    step: m.step,
  }));
  const params = pairs(r.params);
  const tags = pairs(r.tags);
  const datasetInputs = (r.dataset_inputs as Obj[]).map((d) => {
    const inputTags = pairs(d.tags);
    return { ...(inputTags.length ? { tags: inputTags } : {}), dataset: d.dataset };
  });
  return {
    info: {
      run_uuid: r.run_id,
      experiment_id: r.experiment_id,
      run_name: r.run_name,
      user_id: r.user_id,
      status: r.status,
      start_time: r.start_time,
      ...(r.end_time === null ? {} : { end_time: r.end_time }),
      artifact_uri: r.artifact_uri,
      lifecycle_stage: r.lifecycle_stage,
      run_id: r.run_id,
    },
    data: {
      ...(metrics.length ? { metrics } : {}),
      ...(params.length ? { params } : {}),
      ...(tags.length ? { tags } : {}),
    },
    inputs: datasetInputs.length ? { dataset_inputs: datasetInputs } : {},
    outputs: r.model_outputs.length ? { model_outputs: r.model_outputs } : {},
  };
}

function loggedModelJson(m: Obj): Obj {
  return {
    info: {
      model_id: m.model_id,
      experiment_id: m.experiment_id,
      name: m.name,
      creation_timestamp_ms: m.creation_timestamp,
      last_updated_timestamp_ms: m.last_updated_timestamp,
      artifact_uri: m.artifact_location,
      status: `LOGGED_MODEL_${m.status}`,
      model_type: m.model_type,
      source_run_id: m.source_run_id,
      tags: pairs(m.tags),
    },
    data: {
      params: pairs(m.params),
      metrics: (m.metrics as Obj[]).map((x) => ({ ...x, run_id: m.source_run_id })),
    },
  };
}

const invalid = (message: string): Reply => ({ status: 400, body: { error_code: 'INVALID_PARAMETER_VALUE', message } });

/**
 * get_metric_history_bulk_interval_handler of MLflow 3.6 (mlflow/server/handlers.py) over the SQL store: up to 100
 * runs, max_results 1–2500 distinct steps (sampled evenly when the runs have more, their first and last steps always
 * kept), start_step and end_step both or neither (start 0 by default), each run's points at those steps ordered by
 * (step, timestamp), at most 25,000 a run.
 */
function bulkInterval(req: LoggedRequest, runById: Map<string, Obj>): Reply {
  const runIds = req.queryLists.run_ids ?? [];
  const key = req.query.metric_key;
  if (runIds.length === 0 || key === undefined) return invalid("Missing value for required parameter 'run_ids'.");
  if (runIds.length > 100) return invalid(`GetMetricHistoryBulkInterval request must specify at most 100 run_ids. Received ${runIds.length} run_ids.`);
  const maxResults = Number(req.query.max_results ?? 2500);
  if (!Number.isInteger(maxResults) || maxResults < 1 || maxResults > 2500) return invalid('max_results must be between 1 and 2500.');
  const given = [req.query.start_step, req.query.end_step].filter((v) => v !== undefined).length;
  if (given === 1) return invalid('If either start step or end step are specified, both must be specified.');
  const histories = runIds.map((id) => ((runById.get(id)?.metric_history?.[key] ?? []) as Obj[]));
  const allSteps = [...new Set(histories.flatMap((h) => h.map((m) => m.step as number)))].sort((a, b) => a - b);
  const start = given ? Number(req.query.start_step) : 0;
  const end = given ? Number(req.query.end_step) : (allSteps.at(-1) ?? 0);
  if (start > end) return invalid(`end_step must be greater than start_step. Found start_step=${start} and end_step=${end}.`);
  const minMax = new Set(histories.flatMap((h) => (h.length ? [Math.min(...h.map((m) => m.step)), Math.max(...h.map((m) => m.step))] : [])));
  const inRange = allSteps.filter((s) => s >= start && s <= end);
  let sampled: number[];
  if (inRange.length <= maxResults) sampled = inRange;
  else {
    const interval = inRange.length / maxResults;
    sampled = Array.from({ length: maxResults }, (_, i) => inRange[Math.floor(i * interval)]!);
    sampled.push(inRange.at(-1)!);
  }
  const steps = new Set([...sampled, ...[...minMax].filter((s) => s >= start && s <= end)]);
  const metrics = runIds.flatMap((runId, i) =>
    histories[i]!
      .filter((m) => steps.has(m.step))
      .sort((a, b) => a.step - b.step || a.timestamp - b.timestamp)
      .slice(0, 25000)
      .map((m) => ({ key: m.key, value: m.value, timestamp: m.timestamp, step: m.step, run_id: runId })),
  );
  return { status: 200, body: metrics.length ? { metrics } : {} };
}

const notFound: Reply = { status: 404, contentType: 'text/html; charset=utf-8', body: '<h1>Not Found</h1>' };

/** MLflow's REST API over a truth.json (the SQLite fixture's, whose artifacts sit in `artifactsDir`). */
export function truthHandler(truth: Obj, artifactsDir: string, recordedRoot: string): Handler {
  const runs = truth.runs as Obj[];
  const runById = new Map(runs.map((r) => [r.run_id as string, r]));
  return (req) => {
    const body = (req.body ?? {}) as Obj;
    const args: Obj = req.method === 'GET' ? req.query : body;
    switch (`${req.method} ${req.path}`) {
      case 'GET /api/2.0/mlflow/experiments/search':
      case 'POST /api/2.0/mlflow/experiments/search': {
        const all = (truth.experiments as Obj[])
          .filter((e) => stages(args.view_type).includes(e.lifecycle_stage))
          .sort((a, b) => b.creation_time - a.creation_time)
          .map(experimentJson);
        const page = paged(all, Number(args.max_results ?? 1000), args.page_token);
        return { status: 200, body: { experiments: page.items, ...(page.next ? { next_page_token: page.next } : {}) } };
      }
      case 'GET /api/2.0/mlflow/experiments/get':
      case 'GET /api/2.0/mlflow/experiments/get-by-name': {
        const experiment = (truth.experiments as Obj[]).find(
          (e) => e.experiment_id === req.query.experiment_id || e.name === req.query.experiment_name,
        );
        if (!experiment) return { status: 404, body: { error_code: 'RESOURCE_DOES_NOT_EXIST', message: 'no experiment' } };
        return { status: 200, body: { experiment: experimentJson(experiment) } };
      }
      case 'POST /api/2.0/mlflow/runs/search': {
        const ids = new Set((body.experiment_ids as string[]) ?? []);
        const ascending = ((body.order_by as string[]) ?? []).includes('attributes.start_time ASC');
        const all = runs
          .filter((r) => ids.has(r.experiment_id) && stages(body.run_view_type).includes(r.lifecycle_stage))
          .sort((a, b) => (ascending ? a.start_time - b.start_time : b.start_time - a.start_time))
          .map(runJson);
        // MLflow's SQL store hands out a token whenever a page is full.
        const start = offsetOf(body.page_token);
        const size = Number(body.max_results ?? 1000);
        const items = all.slice(start, start + size);
        return {
          status: 200,
          body: { ...(items.length ? { runs: items } : {}), ...(items.length === size ? { next_page_token: token(start + size) } : {}) },
        };
      }
      case 'GET /api/2.0/mlflow/runs/get': {
        const run = runById.get(req.query.run_id ?? '');
        if (!run) {
          return {
            status: 404,
            body: { error_code: 'RESOURCE_DOES_NOT_EXIST', message: `Run with id=${req.query.run_id} not found` },
          };
        }
        return { status: 200, body: { run: runJson(run) } };
      }
      case 'GET /api/2.0/mlflow/metrics/get-history': {
        const history = (runById.get(req.query.run_id ?? '')?.metric_history?.[req.query.metric_key ?? ''] ?? []) as Obj[];
        // The recorded quirk: without max_results the handler asks for 0 metrics and returns only a token.
        if (req.query.max_results === undefined) return { status: 200, body: { next_page_token: token(0) } };
        const page = paged(history, Number(req.query.max_results), req.query.page_token);
        return { status: 200, body: { metrics: page.items, ...(page.next ? { next_page_token: page.next } : {}) } };
      }
      case 'GET /ajax-api/2.0/mlflow/metrics/get-history-bulk-interval':
        return bulkInterval(req, runById);
      case 'GET /api/2.0/mlflow/artifacts/list': {
        const run = runById.get(req.query.run_id ?? '');
        if (!run) return { status: 404, body: { error_code: 'RESOURCE_DOES_NOT_EXIST', message: 'no run' } };
        const parent = req.query.path ?? '';
        const files = (run.artifacts as Obj[])
          .filter((a) => (a.path.includes('/') ? a.path.slice(0, a.path.lastIndexOf('/')) : '') === parent)
          // protobuf JSON leaves out fields at their default: no file_size for an empty file.
          .map((a) => (a.is_dir || a.file_size === 0 ? { path: a.path, is_dir: a.is_dir } : { path: a.path, is_dir: false, file_size: a.file_size }));
        return { status: 200, body: { root_uri: run.artifact_uri, ...(files.length ? { files } : {}) } };
      }
      case 'POST /api/2.0/mlflow/logged-models/search': {
        const ids = new Set((body.experiment_ids as string[]) ?? []);
        const all = (truth.logged_models as Obj[]).filter((m) => ids.has(m.experiment_id)).map(loggedModelJson);
        const page = paged(all, Number(body.max_results ?? 100), body.page_token);
        return { status: 200, body: { models: page.items, ...(page.next ? { next_page_token: page.next } : {}) } };
      }
      case 'GET /get-artifact': {
        const run = runById.get(req.query.run_uuid ?? '');
        const path = req.query.path ?? '';
        if (!run || path.split('/').includes('..')) return notFound;
        const local = join(artifactsDir, (run.artifact_uri as string).slice(recordedRoot.length), path);
        try {
          return { status: 200, contentType: 'text/plain', body: readFileSync(local) };
        } catch {
          return notFound;
        }
      }
      default:
        return notFound;
    }
  };
}
