// Our readers against what MLflow 3.6 itself returns (truth.json, exported with MlflowClient from the same stores):
// experiments, runs, params, tags, latest metrics, full histories in MLflow's order, dataset inputs, model
// inputs/outputs, artifact listings and logged models must come out identical, NaN/±Infinity/-0.0 included.
// The REST reader is checked against recordings of `mlflow server`, and reads a whole store over HTTP from a local
// server that answers from the SQLite truth (that server is itself checked against every recording it can answer).

import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocatedError } from '../../shared/diagnostics.js';
import { openStore } from '../../shared/mlflow/detect-store.js';
import { readFileStore } from '../../shared/mlflow/file-store.js';
import { sortModel, toTruthJson, type RunsModel } from '../../shared/mlflow/model.js';
import { parseExperiment, parseHistory, parseLoggedModel, parseRun } from '../../shared/mlflow/rest-json.js';
import { MlflowRestClient, readRestStore, RestError } from '../../shared/mlflow/rest-store.js';
import { readSqliteStore } from '../../shared/mlflow/sqlite-store.js';
import {
  FIXTURES,
  loadSamples,
  replayHandler,
  startServer,
  truthHandler,
  type LoggedRequest,
  type TestServer,
} from './mlflow-rest-server.js';

type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const FILE_STORE = join(FIXTURES, 'file-store');
const SQLITE = join(FIXTURES, 'sqlite');
const SQLITE_RECORDED_ROOT = '/home/sarah/projects/wine-quality-db/';

function truth(dir: string): Obj {
  return JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8')) as Obj;
}

/** truth.json without its export metadata (mlflow_version, tracking_uri, float_encoding): the model's shape. */
function truthModel(t: Obj): Obj {
  return { experiments: t.experiments, runs: t.runs, logged_models: t.logged_models };
}

function modelOf(runs: Obj[], experiments: Obj[] = [], loggedModels: Obj[] = []): RunsModel {
  return sortModel({ store: { kind: 'rest', location: '' }, experiments, runs, loggedModels } as unknown as RunsModel);
}

describe('file store (mlruns/) against MLflow', () => {
  const expected = truth(FILE_STORE);
  const { model, diagnostics } = readFileStore(join(FILE_STORE, 'mlruns'));

  test('reads the fixture without a single diagnostic', () => {
    expect(diagnostics).toEqual([]);
  });

  test('experiments, runs, histories, inputs, outputs, artifacts and logged models equal truth.json', () => {
    expect(toTruthJson(model)).toEqual(truthModel(expected));
  });

  test('keeps what JSON cannot: NaN, ±Infinity and -0.0 in histories', () => {
    const run = model.runs.find((r) => r.runName === 'nan-inf-metrics')!;
    const weird = run.metricHistories.get('weird')!;
    expect([...weird.values]).toEqual([NaN, Infinity, -Infinity, 1e-300, -0, 1.5, 123456789.125, -25000000000]);
    expect(Object.is(weird.values[4], -0)).toBe(true);
    expect(run.metricHistories.get('big_step')!.steps[0]).toBe(2 ** 40);
    expect(run.metricHistories.get('big_step')!.steps).toBeInstanceOf(Float64Array);
    expect(run.metricHistories.get('weird')!.steps).toBeInstanceOf(Int32Array);
  });

  test('5-field lines keep their dataset and report step 0, as MLflow 3.6 does', () => {
    const run = model.runs.find((r) => r.runName === 'rf-depth4-leaf1')!;
    const history = run.metricHistories.get('val/rmse_on_dataset')!;
    expect(history.steps[0]).toBe(0);
    expect(history.datasets).toEqual([{ name: 'wine-quality-synthetic-42', digest: '89b867c4' }]);
  });

  test('artifacts are read relative to the store, not through the absolute paths in meta.yaml', async () => {
    const store = openStore(FILE_STORE);
    const run = model.runs.find((r) => r.runName === 'rf-depth4-leaf1')!;
    expect(run.artifactUri.startsWith('file:///home/sarah/')).toBe(true);
    const bytes = await store.readArtifact(run.runId, 'summary/model_summary.txt');
    expect(bytes).toEqual(
      readFileSync(join(FILE_STORE, 'mlruns', run.experimentId, run.runId, 'artifacts', 'summary', 'model_summary.txt')),
    );
    // A deleted experiment's runs sit in .trash/ while their URIs still name the old folder.
    const deleted = model.runs.find((r) => r.runName === 'deleted-run')!;
    expect((await store.readArtifact(deleted.runId, 'gone.txt')).toString()).toBe(
      readFileSync(join(FILE_STORE, 'mlruns', deleted.experimentId, deleted.runId, 'artifacts', 'gone.txt'), 'utf8'),
    );
  });
});

describe('SQLite store (mlflow.db) against MLflow', () => {
  const expected = truth(SQLITE);
  const { model, diagnostics } = readSqliteStore(join(SQLITE, 'mlflow.db'));

  test('reads the fixture without a single diagnostic', () => {
    expect(diagnostics).toEqual([]);
  });

  test('experiments, runs, histories, inputs, outputs, artifacts and logged models equal truth.json', () => {
    const ours = toTruthJson(model) as Obj;
    // The one field excluded: model_inputs of baseline-linear. The database links the run to its logged model
    // (inputs: RUN_INPUT → MODEL_INPUT, as `log_input(model=…)` writes it) and MLflow's get_run returns that link,
    // but the truth was exported through search_runs, which in SqlAlchemyStore loads dataset inputs only. We report
    // the link, as the file store does; checked on its own right below.
    const baseline = ours.runs.find((r: Obj) => r.run_name === 'baseline-linear');
    expect(baseline.model_inputs).toEqual(['m-097c3bea7cdc4d81a8a3afc3516dc8be']);
    baseline.model_inputs = [];
    expect(ours).toEqual(truthModel(expected));
  });

  test('SQLite storage quirks come back as MLflow reads them: NaN from is_nan, ±Infinity as ±max double', () => {
    const run = model.runs.find((r) => r.runName === 'nan-inf-metrics')!;
    expect([...run.metricHistories.get('weird')!.values.slice(0, 3)]).toEqual([NaN, 1.7976931348623157e308, -1.7976931348623157e308]);
    expect(Object.is(run.metricHistories.get('weird')!.values[4], 0)).toBe(true);
  });

  test('artifacts are found beside the database, whatever absolute path it recorded', async () => {
    const store = openStore(SQLITE);
    expect(store.kind).toBe('sqlite');
    const run = model.runs.find((r) => r.runName === 'ユニコード-run-🚀')!;
    expect(run.artifactUri.startsWith(SQLITE_RECORDED_ROOT)).toBe(true);
    const bytes = await store.readArtifact(run.runId, 'texts/ユニコード.txt');
    expect(bytes).toEqual(readFileSync(join(SQLITE, 'mlruns', run.experimentId, run.runId, 'artifacts', 'texts', 'ユニコード.txt')));
  });
});

describe('artifact reads stay inside the store', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'mlflow-artifacts-'));
    cpSync(FILE_STORE, dir, { recursive: true });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const runId = 'e63789d5e90c4a93b2fefb8b371af9fd';
  const runDir = (): string => join(dir, 'mlruns', '229190340414769838', runId);

  test('`..` in an artifact path is refused', async () => {
    const store = openStore(join(dir, 'mlruns'));
    await expect(store.readArtifact(runId, '../meta.yaml')).rejects.toThrow(LocatedError);
    await expect(store.readArtifact(runId, 'summary/../../meta.yaml')).rejects.toThrow(/refusing artifact path/);
    await expect(store.readArtifact(runId, '/etc/passwd')).rejects.toThrow(LocatedError);
  });

  test('a symlink leaving the store is neither listed nor read; one staying inside is', async () => {
    symlinkSync('/etc/passwd', join(runDir(), 'artifacts', 'leak.txt'));
    symlinkSync(join(runDir(), 'artifacts', 'feature_importances.json'), join(runDir(), 'artifacts', 'alias.json'));
    const store = openStore(join(dir, 'mlruns'));
    await expect(store.readArtifact(runId, 'leak.txt')).rejects.toThrow(/no artifact/);
    expect((await store.readArtifact(runId, 'alias.json')).length).toBeGreaterThan(0);
    const { model, diagnostics } = await store.read();
    const paths = model.runs.find((r) => r.runId === runId)!.artifacts.map((a) => a.path);
    expect(paths).toContain('alias.json');
    expect(paths).not.toContain('leak.txt');
    expect(diagnostics).toEqual([
      expect.objectContaining({ code: 'mlflow/artifact-unreadable', file: expect.stringContaining('leak.txt') }),
    ]);
  });
});

describe('REST reader against recordings of mlflow server', () => {
  const samples = loadSamples();
  const sqliteTruth = truth(SQLITE);
  let server: TestServer;
  let client: MlflowRestClient;
  beforeAll(async () => {
    server = await startServer(replayHandler(samples));
    client = new MlflowRestClient(server.url, { retries: 0 });
  });
  afterAll(() => server.close());

  const truthRun = (name: string): Obj => sqliteTruth.runs.find((r: Obj) => r.run_name === name);
  /** Compares what runs/search and runs/get carry (no histories, artifacts or model inputs there). */
  const searchView = (r: Obj): Obj => ({ ...r, metric_history: {}, artifacts: [], model_inputs: [] });

  test('experiments/search', async () => {
    const page = await client.searchExperiments(100);
    const experiments = page.items.map(parseExperiment);
    expect(toTruthJson(modelOf([], experiments as Obj[])).experiments).toEqual(sqliteTruth.experiments);
  });

  test('runs/search, first page, with its next_page_token', async () => {
    const page = await client.searchRuns(['2'], 3);
    expect(page.nextPageToken).toBe('eyJvZmZzZXQiOiAzfQ==');
    const runs = page.items.map(parseRun) as Obj[];
    const expected = sqliteTruth.runs.filter((r: Obj) => r.experiment_id === '2').slice(0, 3).map(searchView);
    expect(toTruthJson(modelOf(runs)).runs).toEqual(expected);
  });

  test.each(['nan-inf-metrics', 'ユニコード-run-🚀'])('runs/get of %s, NaN and max-double values included', async (name) => {
    const run = parseRun(await client.getRun(truthRun(name).run_id)) as Obj;
    expect(toTruthJson(modelOf([run])).runs).toEqual([searchView(truthRun(name))]);
  });

  test('runs/get of a missing run is a 404 with MLflow’s message', async () => {
    const failure = client.getRun('00000000000000000000000000000000');
    await expect(failure).rejects.toThrow(RestError);
    await expect(failure).rejects.toMatchObject({ status: 404, message: expect.stringContaining('not found') });
  });

  test('metrics/get-history, a page of 5', async () => {
    const expected = truthRun('rf-depth4-leaf1');
    const page = await client.getMetricHistory(expected.run_id, 'val/loss', 5);
    expect(page.nextPageToken).toBe('eyJvZmZzZXQiOiA1fQ==');
    const history = parseHistory('val/loss', page.items);
    const run = parseRun({ info: { run_id: 'r', status: 'FINISHED' } }) as Obj;
    const model = modelOf([{ ...run, metricHistories: new Map([['val/loss', history]]) }]);
    expect((toTruthJson(model).runs[0] as Obj).metric_history['val/loss']).toEqual(expected.metric_history['val/loss'].slice(0, 5));
  });

  test('artifacts/list, root and a subfolder', async () => {
    const run = truthRun('ユニコード-run-🚀');
    const root = await client.listArtifacts(run.run_id);
    const tree = await client.listArtifacts(run.run_id, 'tree');
    const expected = (parent: string): Obj[] =>
      run.artifacts
        .filter((a: Obj) => (a.path.includes('/') ? a.path.slice(0, a.path.lastIndexOf('/')) : '') === parent)
        .map((a: Obj) =>
          a.is_dir || a.file_size === 0 ? { path: a.path, is_dir: a.is_dir } : { path: a.path, is_dir: false, file_size: a.file_size },
        );
    expect(root.items).toEqual(expected(''));
    expect(tree.items).toEqual(expected('tree'));
  });

  test('get-artifact returns the file’s bytes', async () => {
    const run = truthRun('rf-depth4-leaf1');
    const bytes = await client.getArtifact(run.run_id, 'feature_importances.json');
    const local = readFileSync(join(SQLITE, run.artifact_uri.slice(SQLITE_RECORDED_ROOT.length), 'feature_importances.json'));
    expect(JSON.parse(bytes.toString())).toEqual(JSON.parse(local.toString()));
  });

  test('logged-models/search', async () => {
    const page = await client.searchLoggedModels(['1'], 100);
    const models = page.items.map(parseLoggedModel) as Obj[];
    expect(toTruthJson(modelOf([], [], models)).logged_models).toEqual(sqliteTruth.logged_models);
  });

  test('every paged request sent max_results (get-history without it answers nothing but a token)', () => {
    const paged = server.requests.filter((r) => /\/(search|get-history)$/.test(r.path));
    expect(paged.length).toBeGreaterThanOrEqual(4);
    for (const r of paged) expect(r.method === 'GET' ? r.query : (r.body as Obj)).toHaveProperty('max_results');
    const quirk = samples.find((s) => s.name === 'metrics-get-history-nan')!;
    expect(quirk.request.query).not.toHaveProperty('max_results');
    expect(quirk.response.body).toEqual({ next_page_token: expect.any(String) });
  });
});

describe('REST reader reading a whole store over HTTP', () => {
  const samples = loadSamples();
  const sqliteTruth = truth(SQLITE);
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer(truthHandler(sqliteTruth, SQLITE, SQLITE_RECORDED_ROOT));
  });
  afterAll(() => server.close());

  /** Arrays of {key, …} (tags, params, metrics) and of experiments come in database order; compare them sorted. */
  function normalized(value: unknown): unknown {
    if (Array.isArray(value)) {
      const items = value.map(normalized) as Obj[];
      const by = items.every((i) => i && typeof i === 'object' && typeof i.key === 'string')
        ? 'key'
        : items.every((i) => i && typeof i === 'object' && typeof i.experiment_id === 'string' && !i.info)
          ? 'experiment_id'
          : undefined;
      return by ? [...items].sort((a, b) => (a[by] < b[by] ? -1 : a[by] > b[by] ? 1 : 0)) : items;
    }
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalized(v)]));
    }
    return value;
  }

  // Recordings this stand-in does not answer: server metadata, a filtered search.
  const answered = samples.filter(
    (s) => !['health', 'version', 'server-info', 'runs-search-filter'].includes(s.name),
  );

  test.each(answered.map((s) => [s.name, s] as const))('the stand-in answers %s as mlflow server did', async (_, sample) => {
    const { method, path, query, json_body: jsonBody } = sample.request;
    const search = new URLSearchParams(Object.entries(query ?? {}).map(([k, v]): [string, string] => [k, String(v)]));
    const url = `${server.url}${path}${query ? `?${search.toString()}` : ''}`;
    const response = await fetch(url, {
      method,
      headers: jsonBody ? { 'content-type': 'application/json' } : {},
      body: jsonBody ? JSON.stringify(jsonBody) : undefined,
    });
    expect(response.status).toBe(sample.response.status);
    const text = await response.text();
    expect(normalized(JSON.parse(text))).toEqual(normalized(sample.response.body));
  });

  test('the whole SQLite store, read over REST, equals truth.json', async () => {
    server.requests.length = 0;
    const store = openStore(server.url, { env: { MLFLOW_TRACKING_TOKEN: 'secret-token' } });
    expect(store.kind).toBe('rest');
    // Small pages, so that paging is exercised on every endpoint.
    const { model, diagnostics } = await readRestStore(new MlflowRestClient(server.url), {
      pageSize: { experiments: 2, runs: 3, history: 7, loggedModels: 1 },
    });
    expect(diagnostics).toEqual([]);
    expect(toTruthJson(model)).toEqual(truthModel(sqliteTruth));
    const paged = server.requests.filter((r: LoggedRequest) => /\/(search|get-history)$/.test(r.path));
    expect(paged.some((r) => (r.method === 'GET' ? r.query.page_token : (r.body as Obj).page_token))).toBe(true);
    for (const r of paged) expect(r.method === 'GET' ? r.query : (r.body as Obj)).toHaveProperty('max_results');
  });

  test('credentials travel in the Authorization header: a bearer token, else basic auth', async () => {
    const read = async (url: string, env: Record<string, string>): Promise<string | undefined> => {
      server.requests.length = 0;
      await openStore(url, { env }).read({ artifacts: false });
      return server.requests[0]?.authorization;
    };
    expect(await read(server.url, { MLFLOW_TRACKING_TOKEN: 't0k3n', MLFLOW_TRACKING_USERNAME: 'u' })).toBe('Bearer t0k3n');
    const basic = `Basic ${Buffer.from('ann:s3cr3t').toString('base64')}`;
    expect(await read(server.url, { MLFLOW_TRACKING_USERNAME: 'ann', MLFLOW_TRACKING_PASSWORD: 's3cr3t' })).toBe(basic);
    // Credentials in the URL are moved to the header too (fetch refuses them in URLs) and never shown.
    const withUser = server.url.replace('http://', 'http://ann:s3cr3t@');
    expect(await read(withUser, {})).toBe(basic);
    expect(openStore(withUser).location).toBe(server.url);
  });
});
