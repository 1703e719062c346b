// MLflow's file store (`mlruns/`), read the way mlflow/store/tracking/file_store.py reads it:
//   <exp>/meta.yaml, <exp>/tags/<key>, <exp>/<run>/{meta.yaml, params/, tags/, metrics/, inputs/, outputs/, artifacts/},
//   <exp>/datasets/<id>/meta.yaml, <exp>/models/<model>/…, and deleted experiments under .trash/<exp>/.
// Keys containing `/` are nested folders. A missing folder is empty (git keeps no empty folders). Every problem is a
// Diagnostic on the file (and line) at fault; the rest of the store is still read.

import { closeSync, fstatSync, openSync, readdirSync, readFileSync, readSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { LocatedError, type Diagnostic, type Severity } from '../diagnostics.js';
import {
  displayPath,
  listArtifacts,
  localPathSegments,
  mapRecordedLocation,
  readArtifactFile,
  realPathInside,
} from './artifacts.js';
import { ColumnArena } from './column-arena.js';
import { lineOfKey, parseMetaYaml } from './meta-yaml.js';
import { parseMetricFile, parseMetricLine } from './metric-file.js';
import {
  compareCodePoints,
  historyPoint,
  sortModel,
  type DatasetInput,
  type Experiment,
  type LifecycleStage,
  type LoggedModel,
  type LoggedModelMetric,
  type LoggedModelStatus,
  type MetricHistory,
  type MetricPoint,
  type ModelOutput,
  type Run,
  type RunStatus,
  type RunsModel,
} from './model.js';
import { parsePyInt } from './py-numbers.js';
import type { MlflowStore, ReadOptions, ReadResult, RunStream } from './store.js';

export interface FileStoreOptions {
  /** Diagnostics name files relative to this folder. Default: the folder holding the store (so paths read `mlruns/…`). */
  displayRoot?: string;
}

const TRASH = '.trash';
/** Room after file data in the read buffer (see parseMetricFile). */
const SPARE = 8;
/** Folders inside an experiment that are not runs (file_store.py's RESERVED_EXPERIMENT_FOLDERS). */
const RESERVED_IN_EXPERIMENT = new Set(['tags', 'datasets', 'traces', 'models']);
/** Root folders that are not experiments: the model registry keeps registered models in `models/`. */
const RESERVED_AT_ROOT = new Set(['models']);

const RUN_STATUS: Record<number, RunStatus> = { 1: 'RUNNING', 2: 'SCHEDULED', 3: 'FINISHED', 4: 'FAILED', 5: 'KILLED' };
const MODEL_STATUS: Record<number, LoggedModelStatus> = { 0: 'UNSPECIFIED', 1: 'PENDING', 2: 'READY', 3: 'FAILED' };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function openFileStore(root: string, options: FileStoreOptions = {}): MlflowStore {
  const absolute = resolve(root);
  return {
    kind: 'file',
    location: absolute,
    read: async (readOptions?: ReadOptions) => readFileStore(absolute, { ...options, ...readOptions }),
    stream: async (readOptions?: ReadOptions) => new FileStoreReader(absolute, options).stream(readOptions?.artifacts ?? true),
    readArtifact: async (runId: string, path: string) => new FileStoreReader(absolute, options).readArtifact(runId, path),
  };
}

/** Reads a whole file store. Synchronous file access: thousands of small files read fastest that way. */
export function readFileStore(root: string, options: FileStoreOptions & ReadOptions = {}): ReadResult {
  return new FileStoreReader(resolve(root), options).read(options.artifacts ?? true);
}

interface ExperimentDir {
  id: string;
  dir: string;
  deletedByTrash: boolean;
}

class FileStoreReader {
  private readonly diagnostics: Diagnostic[] = [];
  private readonly displayRoot: string;
  private realRoot = '';
  private buffer = Buffer.allocUnsafe(1 << 16);
  private readonly arena = new ColumnArena();

  constructor(
    private readonly root: string,
    options: FileStoreOptions,
  ) {
    this.displayRoot = resolve(options.displayRoot ?? dirname(root));
  }

  read(withArtifacts: boolean): ReadResult {
    const model: RunsModel = { store: { kind: 'file', location: this.root }, experiments: [], runs: [], loggedModels: [] };
    const result = { model, diagnostics: this.diagnostics };
    if (!this.openRoot()) return result;
    for (const exp of this.experimentDirs()) {
      const experiment = this.readExperiment(exp);
      if (!experiment) continue;
      model.experiments.push(experiment);
      const datasets = new Map<string, DatasetInput['dataset'] | null>();
      for (const entry of this.list(exp.dir)) {
        if (!entry.isDirectory() || entry.name.startsWith('.') || RESERVED_IN_EXPERIMENT.has(entry.name)) continue;
        const run = this.readRun(exp, experiment, join(exp.dir, entry.name), datasets, withArtifacts);
        if (run) model.runs.push(run);
      }
      for (const entry of this.list(join(exp.dir, 'models'))) {
        if (!entry.isDirectory()) continue;
        const loggedModel = this.readLoggedModel(exp, join(exp.dir, 'models', entry.name));
        if (loggedModel) model.loggedModels.push(loggedModel);
      }
    }
    sortModel(model);
    return result;
  }

  /**
   * Experiments and the runs' order first (from each run's meta.yaml start_time), then each run read whole as the
   * iteration reaches it: memory stays that of one run, however many the store holds.
   */
  stream(withArtifacts: boolean): RunStream {
    const experiments: { exp: ExperimentDir; experiment: Experiment }[] = [];
    const order: { exp: ExperimentDir; experiment: Experiment; runDir: string; id: string; start: number }[] = [];
    if (this.openRoot()) {
      for (const exp of this.experimentDirs()) {
        const experiment = this.readExperiment(exp);
        if (!experiment) continue;
        experiments.push({ exp, experiment });
        for (const entry of this.list(exp.dir)) {
          if (!entry.isDirectory() || entry.name.startsWith('.') || RESERVED_IN_EXPERIMENT.has(entry.name)) continue;
          const runDir = join(exp.dir, entry.name);
          order.push({ exp, experiment, runDir, id: entry.name, start: this.peekStartTime(runDir) });
        }
      }
    }
    experiments.sort((a, b) => compareCodePoints(a.experiment.experimentId, b.experiment.experimentId));
    order.sort((a, b) => (a.start !== b.start ? a.start - b.start : compareCodePoints(a.id, b.id)));
    return {
      experiments: experiments.map((e) => e.experiment),
      runCount: order.length,
      diagnostics: this.diagnostics,
      runs: () => this.runsInOrder(order, withArtifacts),
      loggedModels: async () => {
        const models: LoggedModel[] = [];
        for (const { exp } of experiments) {
          for (const entry of this.list(join(exp.dir, 'models'))) {
            if (!entry.isDirectory()) continue;
            const loggedModel = this.readLoggedModel(exp, join(exp.dir, 'models', entry.name));
            if (loggedModel) models.push(loggedModel);
          }
        }
        return sortModel({ store: { kind: 'file', location: this.root }, experiments: [], runs: [], loggedModels: models }).loggedModels;
      },
    };
  }

  private async *runsInOrder(
    order: { exp: ExperimentDir; experiment: Experiment; runDir: string }[],
    withArtifacts: boolean,
  ): AsyncGenerator<Run> {
    const datasets = new Map<string, Map<string, DatasetInput['dataset'] | null>>();
    for (const { exp, experiment, runDir } of order) {
      if (!datasets.has(exp.id)) datasets.set(exp.id, new Map());
      const run = this.readRun(exp, experiment, runDir, datasets.get(exp.id)!, withArtifacts);
      if (run) yield run;
    }
  }

  /** A run's start time for ordering, read quietly (readRun reports what is wrong with the file); Infinity if none. */
  private peekStartTime(runDir: string): number {
    try {
      const value = parseMetaYaml(readFileSync(join(runDir, 'meta.yaml'), 'utf8'), '').start_time;
      const time = typeof value === 'number' ? value : typeof value === 'string' ? parsePyInt(value) : undefined;
      return time !== undefined && Number.isFinite(time) ? time : Infinity;
    } catch {
      return Infinity;
    }
  }

  readArtifact(runId: string, path: string): Buffer {
    const file = `${displayPath(this.displayRoot, this.root)}:${runId}/${path}`;
    if (!this.openRoot()) throw new LocatedError('mlflow/store-missing', 'the store folder cannot be read', file);
    if (!/^[A-Za-z0-9_-]+$/.test(runId)) throw new LocatedError('mlflow/run-missing', `no run ${runId}`, file);
    for (const exp of this.experimentDirs()) {
      const runDir = join(exp.dir, runId);
      const metaPath = join(runDir, 'meta.yaml');
      const text = this.readText(metaPath, 'quiet');
      if (text === undefined) continue;
      const expText = this.readText(join(exp.dir, 'meta.yaml'), 'quiet');
      const meta = parseMetaYaml(text, this.display(metaPath));
      const expMeta = expText === undefined ? {} : parseMetaYaml(expText, this.display(join(exp.dir, 'meta.yaml')));
      const dir = this.artifactDir(exp, runDir, runId, str(meta.artifact_uri) ?? '', str(expMeta.artifact_location));
      if (dir === undefined) {
        throw new LocatedError('mlflow/artifact-remote', `artifacts of run ${runId} are not stored in this folder`, file);
      }
      return readArtifactFile(dir, path, this.realRoot, file);
    }
    throw new LocatedError('mlflow/run-missing', `no run ${runId} in the store`, file);
  }

  // ---- experiments ----

  private openRoot(): boolean {
    try {
      this.realRoot = realpathSync(this.root);
      if (statSync(this.realRoot).isDirectory()) return true;
      this.report('error', 'mlflow/store-missing', this.root, 'the store is not a folder');
    } catch (error) {
      this.report('error', 'mlflow/store-missing', this.root, `cannot open the store: ${(error as Error).message}`);
    }
    return false;
  }

  private experimentDirs(): ExperimentDir[] {
    const out: ExperimentDir[] = [];
    for (const entry of this.list(this.realRoot)) {
      if (!entry.isDirectory() || entry.name.startsWith('.') || RESERVED_AT_ROOT.has(entry.name)) continue;
      out.push({ id: entry.name, dir: join(this.realRoot, entry.name), deletedByTrash: false });
    }
    for (const entry of this.list(join(this.realRoot, TRASH))) {
      if (!entry.isDirectory()) continue;
      out.push({ id: entry.name, dir: join(this.realRoot, TRASH, entry.name), deletedByTrash: true });
    }
    return out;
  }

  private readExperiment(exp: ExperimentDir): Experiment | undefined {
    const metaPath = join(exp.dir, 'meta.yaml');
    const meta = this.readMeta(metaPath, 'experiment');
    if (!meta) return undefined;
    const { values, text } = meta;
    const file = this.display(metaPath);
    const recordedId = idString(values.experiment_id);
    if (recordedId !== exp.id) {
      // MLflow ignores such an experiment ("Experiment ID mismatch"); so do we, loudly.
      this.report('error', 'mlflow/id-mismatch', metaPath,
        `experiment_id ${JSON.stringify(values.experiment_id)} does not match its folder ${exp.id}; experiment skipped`,
        lineOfKey(text, 'experiment_id'));
      return undefined;
    }
    const name = str(values.name);
    if (name === undefined) {
      this.report('error', 'mlflow/meta-field', metaPath, 'experiment has no name; skipped', lineOfKey(text, 'name'));
      return undefined;
    }
    return {
      experimentId: exp.id,
      name,
      artifactLocation: str(values.artifact_location) ?? '',
      lifecycleStage: this.lifecycle(values.lifecycle_stage, text, file, exp.deletedByTrash ? 'deleted' : 'active'),
      creationTime: this.time(values.creation_time, 'creation_time', text, metaPath),
      lastUpdateTime: this.time(values.last_update_time, 'last_update_time', text, metaPath),
      tags: this.readKeyValues(join(exp.dir, 'tags')),
    };
  }

  // ---- runs ----

  private readRun(
    exp: ExperimentDir,
    experiment: Experiment,
    runDir: string,
    datasets: Map<string, DatasetInput['dataset'] | null>,
    withArtifacts: boolean,
  ): Run | undefined {
    const metaPath = join(runDir, 'meta.yaml');
    const meta = this.readMeta(metaPath, 'run');
    if (!meta) return undefined;
    const { values, text } = meta;
    const dirName = basename(runDir);
    const runId = str(values.run_id) ?? str(values.run_uuid);
    if (runId !== dirName) {
      this.report('error', 'mlflow/id-mismatch', metaPath,
        `run_id ${JSON.stringify(runId ?? null)} does not match its folder ${dirName}; run skipped`,
        lineOfKey(text, 'run_id'));
      return undefined;
    }
    const recordedExperiment = idString(values.experiment_id);
    if (recordedExperiment !== exp.id) {
      this.report('warning', 'mlflow/id-mismatch', metaPath,
        `experiment_id ${JSON.stringify(values.experiment_id)} differs from the experiment folder ${exp.id}; using the folder`,
        lineOfKey(text, 'experiment_id'));
    }
    const status = this.status(values.status, text, metaPath);
    if (!status) return undefined;

    // Which folders the run has: most runs lack some (inputs/, outputs/), and a failed readdir costs an exception.
    const present = new Set(this.list(runDir).flatMap((e) => (e.isDirectory() ? [e.name] : [])));
    const tags = present.has('tags') ? this.readKeyValues(join(runDir, 'tags')) : new Map<string, string>();
    const { latestMetrics, metricHistories } = present.has('metrics')
      ? this.readMetrics(join(runDir, 'metrics'))
      : { latestMetrics: new Map<string, MetricPoint>(), metricHistories: new Map<string, MetricHistory>() };
    const artifactUri = str(values.artifact_uri) ?? '';
    const run: Run = {
      runId,
      experimentId: exp.id,
      runName: str(values.run_name) || tags.get('mlflow.runName') || '',
      userId: str(values.user_id) ?? '',
      status,
      startTime: this.time(values.start_time, 'start_time', text, metaPath),
      endTime: this.time(values.end_time, 'end_time', text, metaPath),
      lifecycleStage: this.lifecycle(values.lifecycle_stage, text, this.display(metaPath), 'active'),
      artifactUri,
      parentRunId: tags.get('mlflow.parentRunId') ?? null,
      params: present.has('params') ? this.readKeyValues(join(runDir, 'params')) : new Map<string, string>(),
      tags,
      latestMetrics,
      metricHistories,
      datasetInputs: [],
      modelInputs: [],
      modelOutputs: [],
      artifacts: [],
    };
    if (present.has('inputs')) this.readInputs(exp, runDir, run, datasets);
    if (present.has('outputs')) run.modelOutputs = this.readOutputs(runDir);
    if (withArtifacts) {
      const dir = this.artifactDir(exp, runDir, runId, artifactUri, experiment.artifactLocation);
      const inRunDir = dir === join(runDir, 'artifacts');
      if (dir === undefined) {
        this.report('notice', 'mlflow/artifacts-remote', metaPath,
          `artifacts are stored at ${artifactUri}, outside this folder; not listed`, lineOfKey(text, 'artifact_uri'));
      } else if (!inRunDir || present.has('artifacts')) {
        run.artifacts = listArtifacts(dir, this.realRoot, (p) =>
          this.report('warning', 'mlflow/artifact-unreadable', join(dir, p.path), p.message), inRunDir);
      }
    }
    return run;
  }

  private readMetrics(dir: string): Pick<Run, 'latestMetrics' | 'metricHistories'> {
    const latestMetrics = new Map<string, MetricPoint>();
    const metricHistories = new Map<string, MetricHistory>();
    for (const { key, path } of this.walkFiles(dir)) {
      const length = this.readBytes(path);
      if (length < 0) continue;
      const parsed = parseMetricFile(this.buffer, length, key, this.arena);
      if (parsed.problemCount > 0) {
        for (const problem of parsed.problems) {
          this.report('warning', 'mlflow/metric-line', path, `${problem.message}; line skipped`, problem.line);
        }
        if (parsed.problemCount > parsed.problems.length) {
          this.report('warning', 'mlflow/metric-line', path,
            `${parsed.problemCount - parsed.problems.length} more invalid lines skipped`);
        }
      }
      if (parsed.latest < 0) {
        if (parsed.problemCount === 0) this.report('warning', 'mlflow/metric-empty', path, 'metric file has no values');
        continue;
      }
      metricHistories.set(key, parsed.history);
      latestMetrics.set(key, historyPoint(parsed.history, parsed.latest));
    }
    return { latestMetrics, metricHistories };
  }

  /** `inputs/<id>/meta.yaml`: datasets (source_type DATASET, resolved in the experiment) and logged models (MODEL). */
  private readInputs(
    exp: ExperimentDir,
    runDir: string,
    run: Run,
    datasets: Map<string, DatasetInput['dataset'] | null>,
  ): void {
    const inputsDir = join(runDir, 'inputs');
    for (const entry of this.sortedDirs(inputsDir)) {
      const metaPath = join(inputsDir, entry, 'meta.yaml');
      const meta = this.readMeta(metaPath, 'input');
      if (!meta) continue;
      const sourceType = str(meta.values.source_type);
      const sourceId = str(meta.values.source_id);
      if (sourceId === undefined) {
        this.report('warning', 'mlflow/meta-field', metaPath, 'input has no source_id; skipped',
          lineOfKey(meta.text, 'source_id'));
        continue;
      }
      if (sourceType === 'MODEL') {
        run.modelInputs.push(sourceId);
      } else if (sourceType === 'DATASET') {
        if (!datasets.has(sourceId)) datasets.set(sourceId, this.readDataset(exp, sourceId));
        const dataset = datasets.get(sourceId);
        if (dataset) run.datasetInputs.push({ dataset, tags: stringMap(meta.values.tags) });
        else this.report('warning', 'mlflow/dataset-missing', metaPath, `dataset ${sourceId} not found in the experiment`);
      } else {
        this.report('notice', 'mlflow/input-type', metaPath, `unknown input source_type ${JSON.stringify(sourceType)}`,
          lineOfKey(meta.text, 'source_type'));
      }
    }
  }

  private readDataset(exp: ExperimentDir, id: string): DatasetInput['dataset'] | null {
    const metaPath = join(exp.dir, 'datasets', id, 'meta.yaml');
    const meta = this.readMeta(metaPath, 'dataset');
    if (!meta) return null;
    const v = meta.values;
    const name = str(v.name);
    const digest = str(v.digest);
    if (name === undefined || digest === undefined) {
      this.report('warning', 'mlflow/meta-field', metaPath, 'dataset has no name or digest');
      return null;
    }
    return {
      name,
      digest,
      sourceType: str(v.source_type) ?? '',
      source: str(v.source) ?? '',
      schema: str(v.schema) ?? null,
      profile: str(v.profile) ?? null,
    };
  }

  private readOutputs(runDir: string): ModelOutput[] {
    const out: ModelOutput[] = [];
    const outputsDir = join(runDir, 'outputs');
    for (const entry of this.sortedDirs(outputsDir)) {
      const metaPath = join(outputsDir, entry, 'meta.yaml');
      const meta = this.readMeta(metaPath, 'output');
      if (!meta) continue;
      const modelId = str(meta.values.destination_id);
      const step = meta.values.step ?? 0;
      if (modelId === undefined || typeof step !== 'number') {
        this.report('warning', 'mlflow/meta-field', metaPath, 'output needs a destination_id and an integer step');
        continue;
      }
      out.push({ modelId, step });
    }
    return out;
  }

  /**
   * Where the run's artifacts are in this folder. The default layout (`…/<exp>/<run>/artifacts`) is the run folder's
   * `artifacts/` wherever the run now sits (`.trash/` included); another local location is looked up by its tail.
   * Undefined for remote locations (s3:, gs:, mlflow-artifacts: …).
   */
  private artifactDir(
    exp: ExperimentDir,
    runDir: string,
    runId: string,
    artifactUri: string,
    experimentLocation: string | undefined,
  ): string | undefined {
    const segments = artifactUri === '' ? [exp.id, runId, 'artifacts'] : localPathSegments(artifactUri);
    if (segments === undefined) return undefined;
    const n = segments.length;
    if (segments[n - 1] === 'artifacts' && segments[n - 2] === runId && segments[n - 3] === exp.id) {
      return join(runDir, 'artifacts');
    }
    const expSegments = experimentLocation === undefined ? undefined : localPathSegments(experimentLocation);
    const originalRoot = expSegments?.[expSegments.length - 1] === exp.id ? expSegments.slice(0, -1) : undefined;
    if (originalRoot && originalRoot.every((s, i) => segments[i] === s)) {
      return join(this.realRoot, ...segments.slice(originalRoot.length));
    }
    return mapRecordedLocation(segments, [this.realRoot], this.realRoot, 2) ?? join(runDir, 'artifacts');
  }

  // ---- logged models ----

  private readLoggedModel(exp: ExperimentDir, modelDir: string): LoggedModel | undefined {
    const metaPath = join(modelDir, 'meta.yaml');
    const meta = this.readMeta(metaPath, 'logged model');
    if (!meta) return undefined;
    const v = meta.values;
    const modelId = str(v.model_id);
    if (modelId === undefined || modelId !== basename(modelDir)) {
      this.report('error', 'mlflow/id-mismatch', metaPath,
        `model_id ${JSON.stringify(v.model_id ?? null)} does not match its folder; logged model skipped`,
        lineOfKey(meta.text, 'model_id'));
      return undefined;
    }
    const status = typeof v.status === 'number' ? MODEL_STATUS[v.status] : undefined;
    if (!status) {
      this.report('warning', 'mlflow/meta-field', metaPath, `unknown logged model status ${JSON.stringify(v.status)}`,
        lineOfKey(meta.text, 'status'));
    }
    return {
      modelId,
      name: str(v.name) ?? '',
      experimentId: exp.id,
      status: status ?? 'UNSPECIFIED',
      modelType: str(v.model_type) ?? null,
      sourceRunId: str(v.source_run_id) ?? null,
      artifactLocation: str(v.artifact_location) ?? '',
      creationTimestamp: this.time(v.creation_timestamp, 'creation_timestamp', meta.text, metaPath),
      lastUpdatedTimestamp: this.time(v.last_updated_timestamp, 'last_updated_timestamp', meta.text, metaPath),
      params: this.readKeyValues(join(modelDir, 'params')),
      tags: this.readKeyValues(join(modelDir, 'tags')),
      metrics: this.readModelMetrics(join(modelDir, 'metrics'), modelId),
    };
  }

  /** Logged-model metric lines: `<timestamp> <value> <step> <run_id>` plus `<dataset_name> <dataset_digest>`. */
  private readModelMetrics(dir: string, modelId: string): LoggedModelMetric[] {
    const out: LoggedModelMetric[] = [];
    for (const { key, path } of this.walkFiles(dir)) {
      const text = this.readText(path);
      if (text === undefined) continue;
      const lines = text.split('\n');
      if (lines[lines.length - 1] === '') lines.pop();
      lines.forEach((line, i) => {
        const fields = line.trim().split(' ');
        if (fields.length !== 4 && fields.length !== 6) {
          this.report('warning', 'mlflow/metric-line', path,
            `expected "<timestamp> <value> <step> <run_id> [<dataset_name> <dataset_digest>]", found ${fields.length} fields; line skipped`,
            i + 1);
          return;
        }
        const parsed = parseMetricLine(fields.slice(0, 3).join(' '));
        if (typeof parsed === 'string') {
          this.report('warning', 'mlflow/metric-line', path, `${parsed}; line skipped`, i + 1);
          return;
        }
        const metric: LoggedModelMetric = {
          key,
          value: parsed.value,
          timestamp: parsed.timestamp,
          step: parsed.step,
          modelId,
          runId: fields[3]!,
        };
        if (fields.length === 6) metric.dataset = { name: fields[4]!, digest: fields[5]! };
        out.push(metric);
      });
    }
    return out;
  }

  // ---- files ----

  private display(path: string): string {
    return displayPath(this.displayRoot, path);
  }

  private report(severity: Severity, code: string, path: string, message: string, line?: number, column?: number): void {
    const d: Diagnostic = { severity, code, message, file: this.display(path) };
    if (line !== undefined) d.line = line;
    if (column !== undefined) d.column = column;
    this.diagnostics.push(d);
  }

  private list(dir: string): Dirent[] {
    try {
      return readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') {
        this.report('warning', 'mlflow/unreadable', dir, `cannot list folder: ${(error as Error).message}`);
      }
      return [];
    }
  }

  private sortedDirs(dir: string): string[] {
    return this.list(dir)
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
  }

  /**
   * Files under `dir`, keyed by their `/`-joined relative path (how MLflow maps `a/b` keys onto folders). Like os.walk,
   * symlinked folders are not entered; symlinked files are read only when they stay inside the store.
   */
  private walkFiles(dir: string): { key: string; path: string }[] {
    const out: { key: string; path: string }[] = [];
    const walk = (current: string, prefix: string): void => {
      for (const entry of this.list(current)) {
        const path = join(current, entry.name);
        const key = prefix ? `${prefix}/${entry.name}` : entry.name;
        if (entry.isDirectory()) walk(path, key);
        else if (entry.isFile()) out.push({ key, path });
        else if (entry.isSymbolicLink()) {
          const real = realPathInside(this.realRoot, path);
          if (real === undefined) {
            this.report('warning', 'mlflow/symlink-outside', path, 'symlink leads outside the store (or nowhere); skipped');
          } else if (statSync(real).isFile()) out.push({ key, path: real });
        }
      }
    };
    walk(dir, '');
    return out;
  }

  /**
   * Reads a file into the shared buffer; returns its length, -1 (reported) when it cannot be read, or -2 when it does
   * not exist and `missing` is 'quiet'.
   */
  private readBytes(path: string, missing: 'report' | 'quiet' = 'report'): number {
    let fd = -1;
    try {
      fd = openSync(path, 'r');
      const size = fstatSync(fd).size;
      // Spare bytes: the metric parser puts a sentinel after the data and reads words across it.
      if (size + SPARE > this.buffer.length) this.buffer = Buffer.allocUnsafe(Math.max(size + SPARE, this.buffer.length * 2));
      let length = 0;
      for (;;) {
        if (length === this.buffer.length - SPARE) {
          const bigger = Buffer.allocUnsafe(this.buffer.length * 2);
          this.buffer.copy(bigger, 0, 0, length);
          this.buffer = bigger;
        }
        const n = readSync(fd, this.buffer, length, this.buffer.length - SPARE - length, null);
        if (n === 0) break;
        length += n;
      }
      return length;
    } catch (error) {
      if (missing === 'quiet' && (error as NodeJS.ErrnoException).code === 'ENOENT') return -2;
      this.report('warning', 'mlflow/unreadable', path, `cannot read: ${(error as Error).message}`);
      return -1;
    } finally {
      if (fd >= 0) closeSync(fd);
    }
  }

  /** A whole file as UTF-8 text (Python's open(encoding="utf-8"): a BOM is kept); undefined (reported) if unreadable. */
  private readText(path: string, missing: 'report' | 'quiet' = 'report'): string | undefined {
    const length = this.readBytes(path, missing);
    return length < 0 ? undefined : this.decode(path, length);
  }

  private decode(path: string, length: number): string | undefined {
    try {
      return utf8.decode(this.buffer.subarray(0, length));
    } catch {
      this.report('warning', 'mlflow/encoding', path, 'not valid UTF-8; skipped');
      return undefined;
    }
  }

  private readMeta(path: string, what: string): { values: Record<string, unknown>; text: string } | undefined {
    const length = this.readBytes(path, 'quiet');
    if (length === -2) this.report('warning', 'mlflow/meta-missing', path, `${what} folder has no meta.yaml; skipped`);
    const text = length < 0 ? undefined : this.decode(path, length);
    if (text === undefined) return undefined;
    try {
      return { values: parseMetaYaml(text, this.display(path)), text };
    } catch (error) {
      if (!(error instanceof LocatedError)) throw error;
      this.diagnostics.push({ ...error.toDiagnostic(), message: `${error.message}; ${what} skipped` });
      return undefined;
    }
  }

  /** params/, tags/: one file per key, the value is the file's whole text. */
  private readKeyValues(dir: string): Map<string, string> {
    const out = new Map<string, string>();
    for (const { key, path } of this.walkFiles(dir)) {
      const value = this.readText(path);
      if (value !== undefined) out.set(key, value);
    }
    return out;
  }

  // ---- fields ----

  private status(value: unknown, text: string, metaPath: string): RunStatus | undefined {
    if (value === undefined || value === null) return 'RUNNING'; // MLflow's default for a missing status
    const status = typeof value === 'number' ? RUN_STATUS[value] : undefined;
    if (!status) {
      this.report('error', 'mlflow/meta-field', metaPath,
        `status ${JSON.stringify(value)} is not one of 1 (RUNNING) … 5 (KILLED); run skipped`, lineOfKey(text, 'status'));
    }
    return status;
  }

  private lifecycle(value: unknown, text: string, file: string, fallback: LifecycleStage): LifecycleStage {
    if (value === 'active' || value === 'deleted') return value;
    if (value !== undefined && value !== null) {
      this.diagnostics.push({
        severity: 'warning',
        code: 'mlflow/meta-field',
        message: `lifecycle_stage ${JSON.stringify(value)} is neither active nor deleted; using ${fallback}`,
        file,
        line: lineOfKey(text, 'lifecycle_stage'),
      });
    }
    return fallback;
  }

  private time(value: unknown, key: string, text: string, metaPath: string): number | null {
    if (value === undefined || value === null) return null;
    if (typeof value === 'number' && Number.isFinite(value)) return value;
    const parsed = typeof value === 'string' ? parsePyInt(value) : undefined;
    if (parsed !== undefined) return parsed;
    this.report('warning', 'mlflow/meta-field', metaPath, `${key} ${JSON.stringify(value)} is not a time in milliseconds`,
      lineOfKey(text, key));
    return null;
  }
}

function str(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

/** Ids are strings, but old MLflow versions wrote experiment ids as YAML ints. */
function idString(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
  return undefined;
}

function stringMap(value: unknown): Map<string, string> {
  const out = new Map<string, string>();
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) {
      const s = str(v);
      if (s !== undefined) out.set(k, s);
    }
  }
  return out;
}
