// MLflow's SQLite store (SqlAlchemyStore over `mlflow.db`), opened read-only with node:sqlite. Tables as of alembic
// revision bf29a5ff90ea (MLflow 3.6); tables that older databases lack (inputs, datasets, logged_models) read as empty.
// Storage quirks kept as MLflow reads them back: NaN is `value 0, is_nan 1`; ±Infinity is stored and returned as
// ±1.7976931348623157e308; -0.0 comes back as 0.0. Histories are ordered by (timestamp, step, value) as MLflow's
// get_metric_history orders them. Artifacts live beside the database (`./mlruns/<exp>/<run>/artifacts` by default)
// and are found there whatever absolute path the database recorded.

import type { DatabaseSync, SQLInputValue, SQLOutputValue } from 'node:sqlite';
import { dirname, join, resolve } from 'node:path';
import { realpathSync } from 'node:fs';
import { LocatedError, type Diagnostic, type Severity } from '../diagnostics.js';
import {
  displayPath,
  listArtifacts,
  localPathSegments,
  KnownFolders,
  mapRecordedLocation,
  readArtifactFile,
} from './artifacts.js';
import {
  sortModel,
  type Dataset,
  type DatasetInput,
  type Experiment,
  type LifecycleStage,
  type LoggedModel,
  type LoggedModelStatus,
  type Run,
  type RunStatus,
  type RunsModel,
  type StepColumn,
} from './model.js';
import { compactSteps } from './column-arena.js';
import { scanMetricPages, type MetricColumns, type MetricRows } from './sqlite-pages.js';
import type { MlflowStore, ReadOptions, ReadResult, RunStream } from './store.js';

export interface SqliteStoreOptions {
  /** Diagnostics name files relative to this folder. Default: the folder holding the database. */
  displayRoot?: string;
}

const RUN_STATUSES = new Set<string>(['RUNNING', 'SCHEDULED', 'FINISHED', 'FAILED', 'KILLED']);
const MODEL_STATUS: Record<number, LoggedModelStatus> = { 0: 'UNSPECIFIED', 1: 'PENDING', 2: 'READY', 3: 'FAILED' };

type Row = Record<string, SQLOutputValue>;

export function openSqliteStore(dbPath: string, options: SqliteStoreOptions = {}): MlflowStore {
  const absolute = resolve(dbPath);
  return {
    kind: 'sqlite',
    location: absolute,
    read: async (readOptions?: ReadOptions) => readSqliteStore(absolute, { ...options, ...readOptions }),
    stream: async (readOptions?: ReadOptions) => new SqliteReader(absolute, options).stream(readOptions?.artifacts ?? true),
    readArtifact: async (runId: string, path: string) => readSqliteArtifact(absolute, runId, path, options),
  };
}

export function readSqliteStore(dbPath: string, options: SqliteStoreOptions & ReadOptions = {}): ReadResult {
  const reader = new SqliteReader(resolve(dbPath), options);
  try {
    return reader.read(options.artifacts ?? true);
  } finally {
    reader.close();
  }
}

function readSqliteArtifact(dbPath: string, runId: string, path: string, options: SqliteStoreOptions): Buffer {
  const reader = new SqliteReader(dbPath, options);
  try {
    return reader.readArtifact(runId, path);
  } finally {
    reader.close();
  }
}

/** node:sqlite, loaded when a database is opened: a static import would stop the whole CLI on Node 20, which lacks it. */
function loadNodeSqlite(): typeof import('node:sqlite') | undefined {
  try {
    return process.getBuiltinModule?.('node:sqlite') as typeof import('node:sqlite') | undefined;
  } catch {
    return undefined;
  }
}

class SqliteReader {
  private readonly diagnostics: Diagnostic[] = [];
  private readonly displayRoot: string;
  private readonly file: string;
  private db: DatabaseSync | undefined;
  private tables = new Set<string>();
  private storeRoot = '';
  private readonly reportedValues = new Set<string>();
  private readonly folders = new KnownFolders();
  private readonly roots = new Map<string, string | undefined>();

  constructor(
    private readonly dbPath: string,
    options: SqliteStoreOptions,
  ) {
    this.displayRoot = resolve(options.displayRoot ?? dirname(dbPath));
    this.file = displayPath(this.displayRoot, dbPath);
  }

  close(): void {
    try {
      this.db?.close();
    } catch {
      // already closed, or never opened
    }
  }

  read(withArtifacts: boolean): ReadResult {
    const { model, runs, experiments } = this.readAllButHistories();
    this.readHistories(runs);
    if (withArtifacts) this.listRunArtifacts(model.runs, experiments);
    return { model, diagnostics: this.diagnostics };
  }

  /** Everything but histories and artifact listings up front (small), then each run's histories as it is reached. */
  stream(withArtifacts: boolean): RunStream {
    const { model, experiments } = this.readAllButHistories();
    return {
      experiments: model.experiments,
      runCount: model.runs.length,
      diagnostics: this.diagnostics,
      runs: () => this.runsOneByOne(model.runs, experiments, withArtifacts),
      loggedModels: async () => model.loggedModels,
    };
  }

  private async *runsOneByOne(runs: Run[], experiments: Map<string, Experiment>, withArtifacts: boolean): AsyncGenerator<Run> {
    try {
      for (const listed of runs) {
        // A copy, so that the list keeps no history or artifact listing once the caller is done with the run.
        const run: Run = { ...listed, metricHistories: new Map() };
        this.readRunHistories(run);
        if (withArtifacts) this.listRunArtifacts([run], experiments);
        yield run;
      }
    } finally {
      this.close();
    }
  }

  private readAllButHistories(): { model: RunsModel; runs: Map<string, Run>; experiments: Map<string, Experiment> } {
    const model: RunsModel = { store: { kind: 'sqlite', location: this.dbPath }, experiments: [], runs: [], loggedModels: [] };
    const runs = new Map<string, Run>();
    const experiments = new Map<string, Experiment>();
    if (!this.open()) return { model, runs, experiments };

    for (const row of this.rows('experiments', `SELECT CAST(experiment_id AS TEXT) AS id, name, artifact_location,
        lifecycle_stage, CAST(creation_time AS REAL) AS creation_time, CAST(last_update_time AS REAL) AS last_update_time
        FROM experiments`)) {
      const id = text(row.id);
      if (id === undefined) continue;
      const experiment: Experiment = {
        experimentId: id,
        name: text(row.name) ?? '',
        artifactLocation: text(row.artifact_location) ?? '',
        lifecycleStage: this.lifecycle(row.lifecycle_stage, `experiment ${id}`),
        creationTime: num(row.creation_time),
        lastUpdateTime: num(row.last_update_time),
        tags: new Map(),
      };
      experiments.set(id, experiment);
      model.experiments.push(experiment);
    }
    for (const row of this.rows('experiment_tags', `SELECT key, value, CAST(experiment_id AS TEXT) AS id FROM experiment_tags`)) {
      experiments.get(text(row.id) ?? '')?.tags.set(text(row.key) ?? '', text(row.value) ?? '');
    }

    for (const row of this.rows('runs', `SELECT run_uuid, name, status, CAST(start_time AS REAL) AS start_time,
        CAST(end_time AS REAL) AS end_time, lifecycle_stage, artifact_uri, CAST(experiment_id AS TEXT) AS experiment_id,
        user_id FROM runs`)) {
      const runId = text(row.run_uuid);
      if (runId === undefined) continue;
      const status = text(row.status);
      if (status === undefined || !RUN_STATUSES.has(status)) {
        this.report('error', 'mlflow/db-field', `run ${runId}: status ${JSON.stringify(row.status)} is not a run status; run skipped`);
        continue;
      }
      const run: Run = {
        runId,
        experimentId: text(row.experiment_id) ?? '',
        runName: text(row.name) ?? '',
        userId: text(row.user_id) ?? '',
        status: status as RunStatus,
        startTime: num(row.start_time),
        endTime: num(row.end_time),
        lifecycleStage: this.lifecycle(row.lifecycle_stage, `run ${runId}`),
        artifactUri: text(row.artifact_uri) ?? '',
        parentRunId: null,
        params: new Map(),
        tags: new Map(),
        latestMetrics: new Map(),
        metricHistories: new Map(),
        datasetInputs: [],
        modelInputs: [],
        modelOutputs: [],
        artifacts: [],
      };
      runs.set(runId, run);
      model.runs.push(run);
    }
    for (const row of this.rows('params', 'SELECT key, value, run_uuid FROM params')) {
      runs.get(text(row.run_uuid) ?? '')?.params.set(text(row.key) ?? '', text(row.value) ?? '');
    }
    for (const row of this.rows('tags', 'SELECT key, value, run_uuid FROM tags')) {
      runs.get(text(row.run_uuid) ?? '')?.tags.set(text(row.key) ?? '', text(row.value) ?? '');
    }
    for (const run of runs.values()) {
      run.parentRunId = run.tags.get('mlflow.parentRunId') ?? null;
      if (!run.runName) run.runName = run.tags.get('mlflow.runName') ?? '';
    }
    this.readLatestMetrics(runs);
    this.readInputs(runs);
    model.loggedModels = this.readLoggedModels();
    sortModel(model);
    return { model, runs, experiments };
  }

  readArtifact(runId: string, path: string): Buffer {
    const file = `${this.file}:${runId}/${path}`;
    if (!this.open()) {
      throw new LocatedError('mlflow/db-unreadable', this.diagnostics[0]?.message ?? 'cannot open the database', file);
    }
    const row = this.rows('runs', `SELECT artifact_uri, CAST(experiment_id AS TEXT) AS experiment_id FROM runs
        WHERE run_uuid = ?`, runId)[0];
    if (!row) throw new LocatedError('mlflow/run-missing', `no run ${runId} in the database`, file);
    const dir = this.artifactDir(runId, text(row.experiment_id) ?? '', text(row.artifact_uri) ?? '');
    if (dir === undefined) throw new LocatedError('mlflow/artifact-missing', `no artifacts of run ${runId} beside the database`, file);
    return readArtifactFile(dir, path, this.storeRoot, file);
  }

  // ---- database access ----

  private open(): boolean {
    if (this.db) return true;
    try {
      this.storeRoot = realpathSync(dirname(this.dbPath));
      const sqlite = loadNodeSqlite();
      if (!sqlite) {
        this.report('error', 'mlflow/db-unreadable', `reading an SQLite store needs Node.js 22.5 or newer (node:sqlite); this is Node.js ${process.versions.node}. Run ml-hub on Node.js 24, the runtime of GitHub's runners`);
        return false;
      }
      this.db = new sqlite.DatabaseSync(this.dbPath, { readOnly: true });
      const names = this.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all();
      this.tables = new Set(names.map((r) => String(r.name)));
      for (const table of ['experiments', 'runs']) {
        if (!this.tables.has(table)) {
          this.report('error', 'mlflow/db-schema', `the database has no ${table} table; is it an MLflow database?`);
          return false;
        }
      }
      return true;
    } catch (error) {
      this.report('error', 'mlflow/db-unreadable', `cannot read the database: ${(error as Error).message}`);
      this.close();
      this.db = undefined;
      return false;
    }
  }

  /** All rows of a query on `table`; empty when the table is absent (older MLflow) or unreadable (reported). */
  private rows(table: string, sql: string, ...params: SQLInputValue[]): Row[] {
    if (!this.db || !this.tables.has(table)) return [];
    try {
      return this.db.prepare(sql).all(...params);
    } catch (error) {
      this.report('error', 'mlflow/db-unreadable', `cannot read table ${table}: ${(error as Error).message}`);
      return [];
    }
  }

  private report(severity: Severity, code: string, message: string): void {
    this.diagnostics.push({ severity, code, message, file: this.file });
  }

  // ---- metrics ----

  private readLatestMetrics(runs: Map<string, Run>): void {
    for (const row of this.rows('latest_metrics', `SELECT key, CAST(value AS REAL) AS value, typeof(value) AS type,
        CAST(timestamp AS REAL) AS timestamp, CAST(step AS REAL) AS step, is_nan, run_uuid FROM latest_metrics`)) {
      const run = runs.get(text(row.run_uuid) ?? '');
      const key = text(row.key);
      if (!run || key === undefined) continue;
      run.latestMetrics.set(key, {
        key,
        value: this.checkedValue(row, `run ${run.runId}, latest value of ${key}`),
        timestamp: num(row.timestamp) ?? 0,
        step: num(row.step) ?? 0,
      });
    }
  }

  /** Every run's full histories: the table's pages decoded directly where they can be, else one ordered SQL scan. */
  private readHistories(runs: Map<string, Run>): void {
    if (this.readHistoryPages(runs)) return;
    this.scanHistories(`SELECT run_uuid, key, value, CAST(timestamp AS REAL), CAST(step AS REAL), is_nan
        FROM metrics ORDER BY run_uuid, key, timestamp, step, value`, [], runs);
  }

  /**
   * The histories from the metrics table's b-tree pages (sqlite-pages.ts), inside a read transaction so that no writer
   * commits meanwhile; false, with no run touched, when the database is not the plain case the page reader takes.
   */
  private readHistoryPages(runs: Map<string, Run>): boolean {
    const db = this.db;
    if (!db || !this.tables.has('metrics')) return false;
    let transaction = false;
    try {
      const table = db.prepare("SELECT rootpage, sql FROM sqlite_master WHERE type = 'table' AND name = 'metrics'").get();
      if (typeof table?.rootpage !== 'number' || /without\s+rowid/i.test(String(table.sql))) return false;
      const names = ['key', 'value', 'timestamp', 'run_uuid', 'step', 'is_nan'];
      const info = db.prepare('PRAGMA table_xinfo(metrics)').all();
      const at = (name: string) => info.findIndex((c) => c.name === name && c.hidden === 0);
      if (info.some((c) => c.hidden !== 0) || names.some((name) => at(name) < 0)) return false;
      const columns: MetricColumns = {
        key: at('key'), value: at('value'), timestamp: at('timestamp'), runUuid: at('run_uuid'), step: at('step'),
        isNan: at('is_nan'), count: info.length,
      };
      db.exec('BEGIN');
      transaction = true;
      db.prepare('SELECT 1 FROM metrics LIMIT 1').get(); // takes the SHARED lock, held until COMMIT
      const collector = new SeriesCollector(runs);
      if (!scanMetricPages(this.dbPath, table.rootpage, columns, collector.add) || collector.unusual) return false;
      collector.finish();
      return true;
    } catch {
      return false; // the SQL read that follows reports whatever is wrong
    } finally {
      if (transaction) {
        try {
          db.exec('COMMIT');
        } catch {
          // nothing was written
        }
      }
    }
  }

  /** One run's histories (the stream's way: the run_uuid index, one run at a time). */
  private readRunHistories(run: Run): void {
    this.scanHistories(`SELECT run_uuid, key, value, CAST(timestamp AS REAL), CAST(step AS REAL), is_nan
        FROM metrics WHERE run_uuid = ? ORDER BY key, timestamp, step, value`, [run.runId], new Map([[run.runId, run]]));
  }

  /**
   * Rows (run_uuid, key, value, timestamp, step, is_nan) ordered by run and key, as MLflow's get_metric_history orders
   * each series (timestamp, step, value), into exact-size columns. Rows come as arrays, not objects, and a series
   * gathers in reused scratch columns: a large store has millions of rows, and per-row work is most of the read.
   */
  private scanHistories(sql: string, params: SQLInputValue[], runs: Map<string, Run>): void {
    if (!this.db || !this.tables.has('metrics')) return;
    let values = new Float64Array(1024);
    let steps = new Float64Array(1024);
    let timestamps = new Float64Array(1024);
    let n = 0;
    let run: Run | undefined;
    let key = '';
    const finish = (): void => {
      if (run && n > 0) {
        run.metricHistories.set(key, {
          key,
          values: values.slice(0, n),
          steps: compactSteps(steps.slice(0, n)),
          timestamps: timestamps.slice(0, n),
          datasets: null,
        });
      }
      n = 0;
    };
    try {
      const scan = this.db.prepare(sql);
      scan.setReturnArrays(true);
      let runId: SQLOutputValue | undefined;
      for (const row of scan.iterate(...params) as unknown as SQLOutputValue[][]) {
        if (row[0] !== runId || row[1] !== key) {
          finish();
          runId = row[0];
          key = String(row[1]);
          run = runs.get(String(runId));
        }
        if (!run) continue;
        if (n === values.length) {
          const grow = (column: Float64Array) => {
            const bigger = new Float64Array(column.length * 2);
            bigger.set(column);
            return bigger;
          };
          values = grow(values);
          steps = grow(steps);
          timestamps = grow(timestamps);
        }
        const value = row[2];
        values[n] = row[5] === 1 || row[5] === 1n ? NaN : typeof value === 'number' ? value : this.notANumber(value, run.runId, key);
        timestamps[n] = num(row[3]) ?? 0;
        steps[n] = num(row[4]) ?? 0;
        n++;
      }
      finish();
    } catch (error) {
      this.report('error', 'mlflow/db-unreadable', `cannot read table metrics: ${(error as Error).message}`);
    }
  }

  /** Text or blob where a metric value belongs: reported once per series, read as NaN. */
  private notANumber(value: SQLOutputValue | undefined, runId: string, key: string): number {
    if (typeof value === 'bigint') return Number(value);
    const what = `run ${runId}, metric ${key}`;
    if (!this.reportedValues.has(what)) {
      this.reportedValues.add(what);
      const type = value === null ? 'null' : value instanceof Uint8Array ? 'blob' : 'text';
      this.report('warning', 'mlflow/db-field', `${what}: a ${type} value where a number belongs; read as NaN`);
    }
    return NaN;
  }

  // ---- inputs, outputs, logged models ----

  private readInputs(runs: Map<string, Run>): void {
    const tagsByInput = new Map<string, Map<string, string>>();
    for (const row of this.rows('input_tags', 'SELECT input_uuid, name, value FROM input_tags')) {
      const id = text(row.input_uuid) ?? '';
      if (!tagsByInput.has(id)) tagsByInput.set(id, new Map());
      tagsByInput.get(id)!.set(text(row.name) ?? '', text(row.value) ?? '');
    }
    if (this.tables.has('datasets')) {
      for (const row of this.rows('inputs', `SELECT i.input_uuid, i.destination_id AS run_uuid, d.name, d.digest,
          d.dataset_source_type, d.dataset_source, d.dataset_schema, d.dataset_profile
          FROM inputs i JOIN datasets d ON d.dataset_uuid = i.source_id
          WHERE i.source_type = 'DATASET' AND i.destination_type = 'RUN' ORDER BY d.name, d.digest`)) {
        const run = runs.get(text(row.run_uuid) ?? '');
        if (!run) continue;
        const dataset: Dataset = {
          name: text(row.name) ?? '',
          digest: text(row.digest) ?? '',
          sourceType: text(row.dataset_source_type) ?? '',
          source: text(row.dataset_source) ?? '',
          schema: text(row.dataset_schema) ?? null,
          profile: text(row.dataset_profile) ?? null,
        };
        const input: DatasetInput = { dataset, tags: tagsByInput.get(text(row.input_uuid) ?? '') ?? new Map() };
        run.datasetInputs.push(input);
      }
    }
    for (const row of this.rows('inputs', `SELECT source_type, source_id, destination_id, CAST(step AS REAL) AS step
        FROM inputs WHERE (source_type = 'RUN_INPUT' AND destination_type = 'MODEL_INPUT')
        OR (source_type = 'RUN_OUTPUT' AND destination_type = 'MODEL_OUTPUT') ORDER BY destination_id`)) {
      const run = runs.get(text(row.source_id) ?? '');
      const modelId = text(row.destination_id);
      if (!run || modelId === undefined) continue;
      if (row.source_type === 'RUN_INPUT') run.modelInputs.push(modelId);
      else run.modelOutputs.push({ modelId, step: num(row.step) ?? 0 });
    }
  }

  private readLoggedModels(): LoggedModel[] {
    const models = new Map<string, LoggedModel>();
    for (const row of this.rows('logged_models', `SELECT model_id, CAST(experiment_id AS TEXT) AS experiment_id, name,
        artifact_location, CAST(creation_timestamp_ms AS REAL) AS created,
        CAST(last_updated_timestamp_ms AS REAL) AS updated, status, model_type, source_run_id FROM logged_models`)) {
      const modelId = text(row.model_id);
      if (modelId === undefined) continue;
      const status = typeof row.status === 'number' ? MODEL_STATUS[row.status] : undefined;
      if (!status) this.report('warning', 'mlflow/db-field', `logged model ${modelId}: unknown status ${JSON.stringify(row.status)}`);
      models.set(modelId, {
        modelId,
        name: text(row.name) ?? '',
        experimentId: text(row.experiment_id) ?? '',
        status: status ?? 'UNSPECIFIED',
        modelType: text(row.model_type) ?? null,
        sourceRunId: text(row.source_run_id) ?? null,
        artifactLocation: text(row.artifact_location) ?? '',
        creationTimestamp: num(row.created),
        lastUpdatedTimestamp: num(row.updated),
        params: new Map(),
        tags: new Map(),
        metrics: [],
      });
    }
    for (const row of this.rows('logged_model_params', 'SELECT model_id, param_key, param_value FROM logged_model_params')) {
      models.get(text(row.model_id) ?? '')?.params.set(text(row.param_key) ?? '', text(row.param_value) ?? '');
    }
    for (const row of this.rows('logged_model_tags', 'SELECT model_id, tag_key, tag_value FROM logged_model_tags')) {
      models.get(text(row.model_id) ?? '')?.tags.set(text(row.tag_key) ?? '', text(row.tag_value) ?? '');
    }
    for (const row of this.rows('logged_model_metrics', `SELECT model_id, metric_name,
        CAST(metric_timestamp_ms AS REAL) AS timestamp, CAST(metric_step AS REAL) AS step,
        CAST(metric_value AS REAL) AS value, run_id, dataset_name, dataset_digest FROM logged_model_metrics
        ORDER BY model_id, metric_name, metric_timestamp_ms, metric_step`)) {
      const model = models.get(text(row.model_id) ?? '');
      if (!model) continue;
      const name = text(row.dataset_name);
      const digest = text(row.dataset_digest);
      model.metrics.push({
        key: text(row.metric_name) ?? '',
        value: num(row.value) ?? NaN,
        timestamp: num(row.timestamp) ?? 0,
        step: num(row.step) ?? 0,
        modelId: model.modelId,
        runId: text(row.run_id) ?? null,
        ...(name !== undefined && digest !== undefined ? { dataset: { name, digest } } : {}),
      });
    }
    return [...models.values()];
  }

  // ---- artifacts ----

  private listRunArtifacts(runs: Run[], experiments: Map<string, Experiment>): void {
    const missingRoots = new Set<string>();
    for (const run of runs) {
      const dir = this.artifactDir(run.runId, run.experimentId, run.artifactUri);
      if (dir === undefined) {
        const root = experiments.get(run.experimentId)?.artifactLocation ?? run.artifactUri;
        if (!missingRoots.has(root)) {
          missingRoots.add(root);
          this.report('notice', 'mlflow/artifacts-elsewhere',
            `artifacts recorded under ${root} are not beside the database; their runs list no artifacts`);
        }
        continue;
      }
      run.artifacts = listArtifacts(dir, this.storeRoot, (p) =>
        this.report('warning', 'mlflow/artifact-unreadable', `run ${run.runId}, artifact ${p.path}: ${p.message}`));
    }
  }

  /**
   * The run's artifact folder beside the database: the recorded location's longest tail that exists under the
   * database's folder (`mlruns/1/<run>/artifacts`), or under `mlartifacts/` for `mlflow-artifacts:` URIs (what
   * `mlflow server` records when it serves artifacts). When the run has no artifact folder but its artifact root
   * exists, the run simply has no artifacts: the expected path is returned and lists as empty. Undefined when the
   * artifacts are stored elsewhere (another machine's path with no counterpart here, s3:, gs: …).
   */
  private artifactDir(runId: string, experimentId: string, artifactUri: string): string | undefined {
    let segments: string[] | undefined;
    let bases = [this.storeRoot];
    const proxied = /^mlflow-artifacts:/i.exec(artifactUri);
    if (proxied) {
      segments = artifactUri.replace(/^mlflow-artifacts:(\/\/[^/]*)?/i, '').split('/').filter((s) => s !== '');
      bases = [join(this.storeRoot, 'mlartifacts')];
    } else {
      segments = localPathSegments(artifactUri);
    }
    if (segments === undefined || segments.length === 0) return undefined;
    const found = mapRecordedLocation(segments, bases, this.storeRoot, 2, this.folders);
    if (found !== undefined) return found;
    // No folder for this run: fine if its artifact root is here (the run logged no artifacts).
    const n = segments.length;
    if (segments[n - 1] === 'artifacts' && segments[n - 2] === runId && segments[n - 3] === experimentId && n > 3) {
      const rootSegments = segments.slice(0, n - 3);
      const recorded = `${bases[0]}\0${rootSegments.join('/')}`;
      // Runs share their experiment's root: mapped once.
      if (!this.roots.has(recorded)) this.roots.set(recorded, mapRecordedLocation(rootSegments, bases, this.storeRoot, 1, this.folders));
      const root = this.roots.get(recorded);
      if (root !== undefined) return join(root, experimentId, runId, 'artifacts');
    }
    return undefined;
  }

  /** A metric value as MLflow stores it; text or blob where a number belongs is reported (once per series) as NaN. */
  private checkedValue(row: Row, what: string): number {
    if (row.type === 'real' || row.type === 'integer') return metricValue(row.value, row.is_nan);
    if (!this.reportedValues.has(what)) {
      this.reportedValues.add(what);
      this.report('warning', 'mlflow/db-field', `${what}: a ${String(row.type)} value where a number belongs; read as NaN`);
    }
    return NaN;
  }

  private lifecycle(value: SQLOutputValue | undefined, what: string): LifecycleStage {
    if (value === 'active' || value === 'deleted') return value;
    if (value !== null && value !== undefined) {
      this.report('warning', 'mlflow/db-field', `${what}: lifecycle_stage ${JSON.stringify(value)} is neither active nor deleted; using active`);
    }
    return 'active';
  }
}

/** A growing series of metric rows, in the table's (rowid) order. */
interface SeriesBuilder {
  key: string;
  n: number;
  values: Float64Array;
  /** Int32 until a step does not fit: half the memory of the common case, and no compacting copy at the end. */
  steps: StepColumn;
  timestamps: Float64Array;
}

/**
 * Metric rows, arriving in rowid order, gathered per run and key into the histories the ordered SQL scan gives:
 * each series sorted by (timestamp, step, stored value), each run's series in key order (SQLite compares UTF-8 bytes).
 */
class SeriesCollector {
  /** A NaN row storing something other than MLflow's 0: SQL orders it by that value, which is not kept here. */
  unusual = false;
  private readonly byRun = new Map<string, Map<string, SeriesBuilder>>();
  private runId = '';
  private key = '';
  private current: SeriesBuilder | undefined;
  private series: Map<string, SeriesBuilder> | undefined;

  constructor(private readonly runs: Map<string, Run>) {}

  readonly add = (rows: MetricRows): void => {
    const { runIds, keys, values, isNan, timestamps, steps } = rows;
    for (let i = 0; i < rows.count; i++) {
      if (runIds[i] !== this.runId || keys[i] !== this.key) this.switchTo(runIds[i]!, keys[i]!);
      const s = this.current;
      if (!s) continue; // a run the runs table does not list
      if (s.n === s.values.length) grow(s);
      const nan = isNan[i] === 1;
      if (nan && values[i] !== 0) this.unusual = true;
      s.values[s.n] = nan ? NaN : values[i]!;
      s.timestamps[s.n] = timestamps[i]!;
      const step = steps[i]!;
      if ((step | 0) !== step && s.steps instanceof Int32Array) s.steps = Float64Array.from(s.steps);
      s.steps[s.n] = step;
      s.n++;
    }
  };

  private switchTo(runId: string, key: string): void {
    if (runId !== this.runId) {
      this.runId = runId;
      if (!this.runs.has(runId)) this.series = undefined;
      else if (!(this.series = this.byRun.get(runId))) this.byRun.set(runId, (this.series = new Map()));
    }
    this.key = key;
    const series = this.series;
    if (!series) {
      this.current = undefined;
      return;
    }
    let s = series.get(key);
    if (!s) {
      const size = 256;
      s = { key, n: 0, values: new Float64Array(size), steps: new Int32Array(size), timestamps: new Float64Array(size) };
      series.set(key, s);
    }
    this.current = s;
  }

  finish(): void {
    for (const [runId, series] of this.byRun) {
      const run = this.runs.get(runId)!;
      const keys = [...series.keys()].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
      for (const key of keys) {
        const s = series.get(key)!;
        sortSeries(s);
        // A column at least three quarters full is kept as a view: copying every history would double the peak.
        const fit = <T extends StepColumn>(column: T): T => (s.n * 4 >= column.length * 3 ? column.subarray(0, s.n) : column.slice(0, s.n)) as T;
        run.metricHistories.set(key, { key, values: fit(s.values), steps: fit(s.steps), timestamps: fit(s.timestamps), datasets: null });
      }
      this.byRun.delete(runId);
    }
  }
}

function grow(s: SeriesBuilder): void {
  const more = <T extends StepColumn>(column: T): T => {
    const bigger = new (column.constructor as new (n: number) => T)(column.length * 2);
    bigger.set(column);
    return bigger;
  };
  s.values = more(s.values);
  s.steps = more(s.steps);
  s.timestamps = more(s.timestamps);
}

/** Orders a series as ORDER BY timestamp, step, value does (NaN stored as 0); most series already are. */
function sortSeries(s: SeriesBuilder): void {
  const { values, steps, timestamps, n } = s;
  const stored = (i: number) => (Number.isNaN(values[i]!) ? 0 : values[i]!);
  const compare = (i: number, j: number) => timestamps[i]! - timestamps[j]! || steps[i]! - steps[j]! || stored(i) - stored(j);
  let sorted = true;
  for (let i = 1; i < n && sorted; i++) if (compare(i - 1, i) > 0) sorted = false;
  if (sorted) return;
  const order = Array.from({ length: n }, (_, i) => i).sort(compare);
  const v = order.map((i) => values[i]!);
  const st = order.map((i) => steps[i]!);
  const ts = order.map((i) => timestamps[i]!);
  values.set(v);
  steps.set(st);
  timestamps.set(ts);
}

function text(value: SQLOutputValue | undefined): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  return undefined;
}

function num(value: SQLOutputValue | undefined): number | null {
  return typeof value === 'number' ? value : typeof value === 'bigint' ? Number(value) : null;
}

/** SqlAlchemyStore keeps NaN as 0 with is_nan set. */
function metricValue(value: SQLOutputValue | undefined, isNan: SQLOutputValue | undefined): number {
  if (isNan === 1 || isNan === 1n) return NaN;
  return typeof value === 'number' ? value : NaN;
}
