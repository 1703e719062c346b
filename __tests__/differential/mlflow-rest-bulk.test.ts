// The REST reader's bulk history path (get-history-bulk-interval, as `mlflow server` answers it: the stand-in follows
// MLflow 3.6's handler and is itself checked against the recorded answer in mlflow-truth.test.ts) reads exactly what
// one get-history call per run and metric reads; servers without it fall back; --max-runs keeps the newest runs.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toTruthJson } from '../../shared/mlflow/model.js';
import { MlflowRestClient, readRestStore, type RestStoreOptions } from '../../shared/mlflow/rest-store.js';
import { FIXTURES, startServer, truthHandler, type Handler, type TestServer } from './mlflow-rest-server.js';

type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const SQLITE = join(FIXTURES, 'sqlite');
const RECORDED_ROOT = '/home/sarah/projects/wine-quality-db/';
const truth: Obj = JSON.parse(readFileSync(join(SQLITE, 'truth.json'), 'utf8'));

/** The fixture plus a run logging 3,000 distinct steps: more than one bulk answer holds unsampled (2,500). */
function withLongRun(): Obj {
  const copy = structuredClone(truth);
  const base = copy.runs.find((r: Obj) => r.run_name === 'rf-depth4-leaf1');
  const history = Array.from({ length: 3000 }, (_, i) => ({ key: 'val/loss', value: 1 / (i + 1), timestamp: 1795718100000 + i, step: i }));
  copy.runs.push({
    ...base,
    run_id: 'a'.repeat(32),
    run_name: 'long-run',
    start_time: 1795718099000,
    metrics: { 'val/loss': history.at(-1)!.value },
    latest_metrics: { 'val/loss': history.at(-1) },
    metric_history: { 'val/loss': history },
    artifacts: [],
    dataset_inputs: [],
    model_outputs: [],
    model_inputs: [],
  });
  return copy;
}

async function read(server: TestServer, options: RestStoreOptions = {}) {
  server.requests.length = 0;
  return readRestStore(new MlflowRestClient(server.url), { artifacts: false, ...options });
}

const paths = (server: TestServer): string[] => server.requests.map((r) => r.path);

describe.each([
  ['the SQLite fixture', truth],
  ['the fixture with a 3,000-step run', withLongRun()],
])('%s over REST', (_name, data) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer(truthHandler(data, SQLITE, RECORDED_ROOT));
  });
  afterAll(() => server.close());

  test('the bulk reader reads exactly what one get-history call per run and metric reads', async () => {
    const perRun = await read(server, { bulkHistory: false });
    expect(paths(server)).not.toContain('/ajax-api/2.0/mlflow/metrics/get-history-bulk-interval');
    const bulk = await read(server);
    expect(bulk.diagnostics).toEqual(perRun.diagnostics);
    expect(toTruthJson(bulk.model)).toEqual(toTruthJson(perRun.model));
    expect(toTruthJson(bulk.model).runs).toEqual(
      structuredClone(data.runs).map((r: Obj) => ({ ...r, artifacts: [], model_inputs: [] })).sort((a: Obj, b: Obj) => a.start_time - b.start_time),
    );
    const bulkCalls = server.requests.filter((r) => r.path.endsWith('/get-history-bulk-interval'));
    const inInt32 = (r: Obj, key: string) => Math.abs(r.latest_metrics[key].step) <= 2 ** 31;
    const keys = new Set(data.runs.flatMap((r: Obj) => Object.keys(r.metric_history).filter((k) => inInt32(r, k))));
    // One bulk call per key (every run fits one call), plus the halves of a sampled answer.
    expect(bulkCalls.length).toBeGreaterThanOrEqual(keys.size);
    for (const call of bulkCalls) {
      expect(call.queryLists.run_ids!.length).toBeLessThanOrEqual(100);
      expect(call.query).toMatchObject({ max_results: '2500', start_step: '-2147483648', end_step: '2147483647' });
    }
    // Per run only what the bulk call cannot answer whole: the step beyond int32, the run with > 2,500 steps.
    const perRunCalls = server.requests.filter((r) => r.path.endsWith('/metrics/get-history'));
    const alone = data.runs.flatMap((r: Obj) =>
      Object.entries(r.metric_history as Obj)
        .filter(([key, h]) => Math.abs(r.latest_metrics[key].step) > 2 ** 31 || new Set((h as Obj[]).map((m) => m.step)).size >= 2500)
        .map(([key]) => `${r.run_id} ${key}`),
    );
    expect(new Set(perRunCalls.map((r) => `${r.query.run_id} ${r.query.metric_key}`))).toEqual(new Set(alone));
  });
});

describe('servers without the bulk endpoint, and --max-runs', () => {
  const base = truthHandler(truth, SQLITE, RECORDED_ROOT);

  test.each([404, 400])('a server answering %s to get-history-bulk-interval is read per run, with the same result', async (status) => {
    const handler: Handler = (req) =>
      req.path.endsWith('/get-history-bulk-interval') ? { status, body: { error_code: 'ENDPOINT_NOT_FOUND', message: 'no' } } : base(req);
    const server = await startServer(handler);
    const reference = await startServer(base);
    try {
      const fallback = await read(server);
      expect(fallback.diagnostics).toEqual([]);
      expect(toTruthJson(fallback.model)).toEqual(toTruthJson((await read(reference)).model));
      // Once refused, not asked again.
      expect(server.requests.filter((r) => r.path.endsWith('/get-history-bulk-interval')).length).toBeLessThanOrEqual(8);
    } finally {
      await server.close();
      await reference.close();
    }
  });

  test('--max-runs keeps the newest runs by start time and says that older ones were left out', async () => {
    const server = await startServer(base);
    try {
      const { model, diagnostics } = await read(server, { maxRuns: 3 });
      const newest = [...truth.runs].sort((a: Obj, b: Obj) => b.start_time - a.start_time).slice(0, 3).map((r: Obj) => r.run_id);
      expect(model.runs.map((r) => r.runId).sort()).toEqual(newest.sort());
      expect(diagnostics).toEqual([
        expect.objectContaining({ severity: 'warning', code: 'mlflow/max-runs', message: expect.stringContaining('only the newest 3 are read') }),
      ]);
      // Histories were read for the kept runs only.
      const asked = new Set(server.requests.flatMap((r) => r.queryLists.run_ids ?? (r.query.run_id ? [r.query.run_id] : [])));
      for (const id of asked) expect(newest).toContain(id);
      const all = await read(server, { maxRuns: truth.runs.length });
      expect(all.diagnostics).toEqual([]);
      expect(all.model.runs).toHaveLength(truth.runs.length);
    } finally {
      await server.close();
    }
  });

  test('a long read reports progress: counts, rate and time left', async () => {
    // 250 runs: three windows of 100 runs with one connection.
    const many = structuredClone(truth);
    const run = many.runs.find((r: Obj) => r.run_name === 'rf-depth4-leaf1');
    many.runs = Array.from({ length: 250 }, (_, i) => ({ ...run, run_id: i.toString(16).padStart(32, '0'), start_time: run.start_time + i }));
    const server = await startServer(truthHandler(many, SQLITE, RECORDED_ROOT));
    try {
      const lines: string[] = [];
      await read(server, { concurrency: 1, progress: (l) => lines.push(l), progressEveryMs: 0 });
      expect(lines[0]).toMatch(/^MLflow server: histories of 100 of 250 runs read \(\d+ runs\/s\), about \d+ s left$/);
      expect(lines.at(-1)).toMatch(/^MLflow server: histories of 250 of 250 runs read \(\d+ runs\/s\), done in \d+ s$/);
      expect(lines).toHaveLength(3);
    } finally {
      await server.close();
    }
  });
});
