// MLflow readers never throw on what a store may hold: a damaged meta.yaml, a bad metric line, a corrupt database,
// a flaky or broken server each become a Diagnostic naming the run or file (and line), and everything else is still
// read exactly as MLflow would. Also: the byte-level metric parser agrees with Python's float()/int() semantics.

import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { readFileStore } from '../../shared/mlflow/file-store.js';
import { parseMetricFile, parseMetricLine } from '../../shared/mlflow/metric-file.js';
import { toTruthJson } from '../../shared/mlflow/model.js';
import { pyFloatRepr } from '../../shared/mlflow/py-numbers.js';
import { MlflowRestClient, readRestStore } from '../../shared/mlflow/rest-store.js';
import { readSqliteStore } from '../../shared/mlflow/sqlite-store.js';
import { FIXTURES, startServer, truthHandler, type Handler, type LoggedRequest } from '../differential/mlflow-rest-server.js';

type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * expect(actual).toEqual(expected), with node's strict deep equality first: it implies toEqual's and is many times
 * faster, which matters where every property run compares every untouched run; toEqual still reports any difference.
 */
function expectEqual(actual: unknown, expected: unknown): void {
  if (!isDeepStrictEqual(actual, expected)) expect(actual).toEqual(expected);
}

const truthOf = (dir: string): Obj => JSON.parse(readFileSync(join(FIXTURES, dir, 'truth.json'), 'utf8')) as Obj;

// ---- metric lines ----

const timestamp = fc.integer({ min: -1e12, max: 4e12 });
const step = fc.oneof(fc.integer({ min: -1000, max: 100_000 }), fc.integer({ min: -(2 ** 53) + 1, max: 2 ** 53 - 1 }));
const canonicalLine = fc
  .tuple(timestamp, fc.double(), step, fc.option(fc.tuple(fc.stringMatching(/^[\w.-]{1,12}$/), fc.stringMatching(/^[0-9a-f]{8}$/))))
  .map(([t, v, s, d]) => `${t} ${pyFloatRepr(v)} ${s}${d ? ` ${d[0]} ${d[1]}` : ''}`);
/** Text a hand edit, a bad merge or a truncated write could leave: digits, signs, points, words, wrong spacing. */
const garbledLine = fc.string({
  unit: fc.constantFrom(...'0123456789 .-+eEnaifINFx_\t'.split(''), ' 1', '.5', 'nan', 'inf', '17', '9007199254740993'),
  maxLength: 24,
});
const metricLine = fc.oneof(canonicalLine, garbledLine);

test('a whole metric file parses as Python reads it line by line (fast path ≡ text path)', () => {
  fc.assert(
    fc.property(fc.array(metricLine, { maxLength: 30 }), fc.boolean(), fc.boolean(), (lines, crlf, finalNewline) => {
      const text = lines.join(crlf ? '\r\n' : '\n') + (finalNewline && lines.length ? '\n' : '');
      const bytes = Buffer.from(text);
      const parsed = parseMetricFile(bytes, bytes.length, 'k');
      // Lines as Python's readlines() sees them: a final newline ends the last line, "\r\n" is one break.
      const physical = text.split('\n');
      if (physical[physical.length - 1] === '') physical.pop();
      const expected = physical.map((l, i) => ({ line: i + 1, r: parseMetricLine(l.replace(/\r$/, '')) }));
      const valid = expected.flatMap(({ r }) => (typeof r === 'string' ? [] : [r]));
      const invalid = expected.filter(({ r }) => typeof r === 'string');
      expect([...parsed.history.values]).toEqual(valid.map((v) => v.value));
      expect([...parsed.history.steps]).toEqual(valid.map((v) => v.step));
      expect([...parsed.history.timestamps]).toEqual(valid.map((v) => v.timestamp));
      expect(parsed.problemCount).toBe(invalid.length);
      expect(parsed.problems.map((p) => p.line)).toEqual(invalid.slice(0, 10).map((p) => p.line));
      // MLflow's latest: Python's max over (step, timestamp, value), first maximum wins, NaN never compares greater.
      let latest = -1;
      valid.forEach((v, i) => {
        const best = valid[latest];
        if (!best || (v.step !== best.step ? v.step > best.step : v.timestamp !== best.timestamp ? v.timestamp > best.timestamp : v.value > best.value)) latest = i;
      });
      expect(parsed.latest).toBe(latest);
    }),
    { numRuns: 2000 },
  );
});

test('every double survives Python repr → metric line → parse, bit for bit', () => {
  fc.assert(
    fc.property(fc.array(fc.double(), { minLength: 1, maxLength: 50 }), (values) => {
      const bytes = Buffer.from(values.map((v, i) => `1700000000000 ${pyFloatRepr(v)} ${i}\n`).join(''));
      const parsed = parseMetricFile(bytes, bytes.length, 'k');
      expect(parsed.problemCount).toBe(0);
      values.forEach((v, i) => expect(Object.is(parsed.history.values[i], v)).toBe(true));
    }),
    { numRuns: 3000 },
  );
});

test('decimal strings of up to 19 significant digits round exactly as Number() does', () => {
  const decimal = fc
    .tuple(fc.stringMatching(/^[0-9]{1,22}$/), fc.nat({ max: 22 }), fc.integer({ min: -40, max: 40 }), fc.boolean())
    .map(([digits, point, exp, withExp]) => {
      const p = Math.min(point, digits.length);
      return `${digits.slice(0, p) || '0'}.${digits.slice(p)}${withExp ? `e${exp}` : ''}`;
    });
  fc.assert(
    fc.property(decimal, (text) => {
      const bytes = Buffer.from(`1 ${text} 2\n`);
      expect(Object.is(parseMetricFile(bytes, bytes.length, 'k').history.values[0], Number(text))).toBe(true);
    }),
    { numRuns: 20000 },
  );
});

// ---- file store ----

describe('file store with damaged files', () => {
  const truth = truthOf('file-store');
  const truthRuns = new Map<string, Obj>(truth.runs.map((r: Obj) => [r.run_id, r]));
  let dir: string;
  const runDirs = new Map<string, string>();
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'mlflow-fuzz-fs-'));
    cpSync(join(FIXTURES, 'file-store'), dir, { recursive: true });
    for (const r of truth.runs as Obj[]) {
      const deletedExperiment = truth.experiments.find((e: Obj) => e.experiment_id === r.experiment_id).lifecycle_stage === 'deleted';
      runDirs.set(r.run_id, join('mlruns', ...(deletedExperiment ? ['.trash'] : []), r.experiment_id, r.run_id));
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** Applies `damage` to one file of the copy, reads the store, and restores the file. */
  function readDamaged(relative: string, damage: (original: Buffer) => Buffer) {
    const path = join(dir, relative);
    const original = readFileSync(path);
    writeFileSync(path, damage(original));
    try {
      return readFileStore(join(dir, 'mlruns'), { displayRoot: dir });
    } finally {
      writeFileSync(path, original);
    }
  }

  const runIds = [...new Set((truthOf('file-store').runs as Obj[]).map((r) => r.run_id as string))];
  /** Damage as data (readable counterexamples): a truncation, bytes overwritten, or text inserted. */
  type Damage = { cut: number } | { at: number; bytes: Uint8Array } | { at: number; text: string };
  const damage: fc.Arbitrary<Damage> = fc.oneof(
    fc.record({ cut: fc.nat() }),
    fc.record({ at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 12 }) }),
    fc.record({ at: fc.nat(), text: fc.string({ maxLength: 30 }) }),
  );
  const hurt =
    (d: Damage) =>
    (b: Buffer): Buffer => {
      if ('cut' in d) return b.subarray(0, d.cut % (b.length + 1));
      const at = d.at % (b.length + 1);
      if ('bytes' in d) {
        const out = Buffer.from(b);
        out.set(d.bytes.subarray(0, out.length - at), at);
        return out;
      }
      const s = b.toString();
      const i = d.at % (s.length + 1);
      return Buffer.from(s.slice(0, i) + d.text + s.slice(i));
    };

  test('a damaged run meta.yaml: that run is read or named in a diagnostic; every other run is exactly as MLflow reads it', () => {
    fc.assert(
      fc.property(fc.constantFrom(...runIds), damage, (runId, d) => {
        const metaYaml = join(runDirs.get(runId)!, 'meta.yaml');
        const { model, diagnostics } = readDamaged(metaYaml, hurt(d));
        const runs = toTruthJson(model).runs as Obj[];
        const reported = runs.some((r) => r.run_id === runId);
        expect(reported || diagnostics.some((d) => d.file === metaYaml)).toBe(true);
        for (const r of runs) if (r.run_id !== runId) expectEqual(r, truthRuns.get(r.run_id));
        expect(runs.length).toBeGreaterThanOrEqual(truthRuns.size - 1);
        for (const d of diagnostics) expect(d.file).toBe(metaYaml);
      }),
      { numRuns: 300 },
    );
  }, 240_000);

  const metricFiles = (truthOf('file-store').runs as Obj[]).flatMap((r) =>
    Object.keys(r.metric_history).map((key) => ({ runId: r.run_id as string, key })),
  );

  test('a metric file with a line inserted: a bad line is a diagnostic at its line, a good one a point; nothing else moves', () => {
    fc.assert(
      fc.property(fc.constantFrom(...metricFiles), fc.nat(), metricLine, ({ runId, key }, at, line) => {
        const file = join(runDirs.get(runId)!, 'metrics', ...key.split('/'));
        let index = 0;
        const { model, diagnostics } = readDamaged(file, (b) => {
          const lines = b.toString().split('\n');
          if (lines[lines.length - 1] === '') lines.pop();
          index = at % (lines.length + 1);
          lines.splice(index, 0, line);
          return Buffer.from(`${lines.join('\n')}\n`);
        });
        const runs = toTruthJson(model).runs as Obj[];
        for (const r of runs) if (r.run_id !== runId) expectEqual(r, truthRuns.get(r.run_id));
        const run = runs.find((r) => r.run_id === runId)!;
        const expected = truthRuns.get(runId)!;
        for (const k of Object.keys(expected.metric_history)) if (k !== key) expectEqual(run.metric_history[k], expected.metric_history[k]);
        const parsed = parseMetricLine(line);
        const history = run.metric_history[key] as Obj[];
        if (typeof parsed === 'string') {
          expect(diagnostics).toEqual([expect.objectContaining({ file, line: index + 1, code: 'mlflow/metric-line' })]);
          expectEqual(history, expected.metric_history[key]);
        } else {
          expect(diagnostics).toEqual([]);
          expect(history).toHaveLength(expected.metric_history[key].length + 1);
          expectEqual(history.slice(0, index), expected.metric_history[key].slice(0, index));
          expectEqual(history.slice(index + 1), expected.metric_history[key].slice(index));
        }
      }),
      { numRuns: 300 },
    );
  }, 240_000);

  test('a damaged experiment meta.yaml loses at most that experiment, and says so', () => {
    const experiments = (truth.experiments as Obj[]).map((e) =>
      join('mlruns', ...(e.lifecycle_stage === 'deleted' ? ['.trash'] : []), e.experiment_id, 'meta.yaml'),
    );
    fc.assert(
      fc.property(fc.constantFrom(...experiments), damage, (metaYaml, d) => {
        const { model, diagnostics } = readDamaged(metaYaml, hurt(d));
        const experimentId = metaYaml.split('/').at(-2)!;
        const reported = model.experiments.some((e) => e.experimentId === experimentId);
        expect(reported || diagnostics.some((d) => d.file === metaYaml)).toBe(true);
        for (const r of toTruthJson(model).runs as Obj[]) {
          if (r.experiment_id !== experimentId) expectEqual(r, truthRuns.get(r.run_id));
        }
      }),
      { numRuns: 150 },
    );
  }, 240_000);
});

// ---- SQLite ----

describe('SQLite store with a damaged database', () => {
  const truth = truthOf('sqlite');
  const original = readFileSync(join(FIXTURES, 'sqlite', 'mlflow.db'));
  let dir: string;
  beforeAll(() => {
    // The fixture's folder, artifacts included, so that runs read beside the copy are complete.
    dir = mkdtempSync(join(tmpdir(), 'mlflow-fuzz-db-'));
    cpSync(join(FIXTURES, 'sqlite'), dir, { recursive: true });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('corrupt or truncated bytes: never a throw, every diagnostic names the database', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: original.length }),
        fc.array(fc.tuple(fc.nat({ max: original.length - 1 }), fc.uint8Array({ minLength: 1, maxLength: 64 })), { maxLength: 6 }),
        (cut, patches) => {
          const db = join(dir, 'mlflow.db');
          const bytes = Buffer.from(original.subarray(0, Math.max(cut, patches.length ? original.length : cut)));
          for (const [at, junk] of patches) bytes.set(junk.subarray(0, Math.max(0, bytes.length - at)), Math.min(at, bytes.length));
          writeFileSync(db, bytes);
          const { model, diagnostics } = readSqliteStore(db, { displayRoot: dir });
          for (const d of diagnostics) expect(d.file).toBe('mlflow.db');
          expect(Array.isArray(model.runs)).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });

  const runIds = (truth.runs as Obj[]).map((r) => r.run_id as string);
  const rowDamage = fc.constantFrom(
    { sql: `UPDATE runs SET status = 'EXPLODED' WHERE run_uuid = ?`, lost: true },
    { sql: `UPDATE runs SET lifecycle_stage = 'archived' WHERE run_uuid = ?`, lost: false },
    { sql: `UPDATE metrics SET value = 'not a number ' || rowid WHERE run_uuid = ?`, lost: false },
    { sql: `UPDATE latest_metrics SET value = x'00ff' WHERE run_uuid = ?`, lost: false },
  );

  test('bad rows: the run is named in a diagnostic (or read), every other run is exactly as MLflow reads it', () => {
    const truthRuns = new Map<string, Obj>(truth.runs.map((r: Obj) => [r.run_id, r]));
    fc.assert(
      fc.property(fc.constantFrom(...runIds), rowDamage, (runId, { sql, lost }) => {
        const db = join(dir, 'rows.db');
        writeFileSync(db, original);
        const writable = new DatabaseSync(db);
        writable.exec('PRAGMA ignore_check_constraints = ON');
        const changed = writable.prepare(sql).run(runId).changes;
        writable.close();
        const { model, diagnostics } = readSqliteStore(db, { displayRoot: dir });
        const runs = toTruthJson(model).runs as Obj[];
        for (const r of runs) {
          // model_inputs: see the differential test — truth.json leaves SQLite's out.
          if (r.run_id !== runId) expectEqual({ ...r, model_inputs: [] }, truthRuns.get(r.run_id));
        }
        expect(runs.some((r) => r.run_id === runId)).toBe(!(lost && changed > 0));
        if (changed > 0) expect(diagnostics.some((d) => d.file === 'rows.db' && d.message.includes(runId))).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});

// ---- REST ----

describe('REST reader against a failing server', () => {
  const truth = truthOf('sqlite');
  const SQLITE = join(FIXTURES, 'sqlite');
  const base = truthHandler(truth, SQLITE, '/home/sarah/projects/wine-quality-db/');
  const runs = truth.runs as Obj[];
  const histories = runs.flatMap((r) => Object.keys(r.metric_history).map((key) => ({ runId: r.run_id as string, key })));

  type Target =
    | { kind: 'history'; runId: string; key: string }
    | { kind: 'runs'; experimentId: string }
    | { kind: 'artifacts'; runId: string }
    | { kind: 'models' };
  const target: fc.Arbitrary<Target> = fc.oneof(
    fc.constantFrom(...histories).map((h) => ({ kind: 'history' as const, ...h })),
    fc.constantFrom(...(truth.experiments as Obj[])).map((e) => ({ kind: 'runs' as const, experimentId: e.experiment_id as string })),
    fc.constantFrom(...runs.filter((r) => r.artifacts.length)).map((r) => ({ kind: 'artifacts' as const, runId: r.run_id as string })),
    fc.constant({ kind: 'models' as const }),
  );
  const fault = fc.constantFrom('500', '503 once', 'hang', 'garbage', 'truncated json', 'json array', '400');

  function hits(t: Target, req: LoggedRequest): boolean {
    const body = (req.body ?? {}) as Obj;
    switch (t.kind) {
      case 'history':
        // Per run, or in the bulk call that carries the run.
        return (
          req.query.metric_key === t.key &&
          ((req.path.endsWith('/metrics/get-history') && req.query.run_id === t.runId) ||
            (req.path.endsWith('/metrics/get-history-bulk-interval') && (req.queryLists.run_ids ?? []).includes(t.runId)))
        );
      case 'runs':
        return req.path.endsWith('/runs/search') && (body.experiment_ids as string[]).includes(t.experimentId);
      case 'artifacts':
        return req.path.endsWith('/artifacts/list') && req.query.run_id === t.runId;
      case 'models':
        return req.path.endsWith('/logged-models/search');
    }
  }

  /** truth.json as it reads when the targeted part could not be fetched. */
  function without(t: Target): Obj {
    const copy = structuredClone({ experiments: truth.experiments, runs: truth.runs, logged_models: truth.logged_models }) as Obj;
    if (t.kind === 'history') delete copy.runs.find((r: Obj) => r.run_id === t.runId).metric_history[t.key];
    if (t.kind === 'runs') copy.runs = copy.runs.filter((r: Obj) => r.experiment_id !== t.experimentId);
    if (t.kind === 'artifacts') copy.runs.find((r: Obj) => r.run_id === t.runId).artifacts = [];
    if (t.kind === 'models') copy.logged_models = [];
    return copy;
  }

  test('each fault costs only what it hit, named in a diagnostic; a passing fault costs nothing', async () => {
    await fc.assert(
      fc.asyncProperty(target, fault, async (t, f) => {
        let failedOnce = false;
        const handler: Handler = (req) => {
          if (!hits(t, req)) return base(req);
          if (f === '503 once') {
            if (failedOnce) return base(req);
            failedOnce = true;
            return { status: 503, body: { error_code: 'TEMPORARILY_UNAVAILABLE', message: 'busy' } };
          }
          if (f === 'hang') return 'hang';
          if (f === '500') return { status: 500, contentType: 'text/html', body: '<h1>Internal Server Error</h1>' };
          if (f === '400') return { status: 400, body: { error_code: 'INVALID_PARAMETER_VALUE', message: 'no' } };
          if (f === 'garbage') return { status: 200, contentType: 'text/html', body: '<html>proxy login</html>' };
          if (f === 'truncated json') return { status: 200, body: '{"metrics": [{"key": "a", "val' };
          return { status: 200, body: '[1, 2, 3]' };
        };
        const server = await startServer(handler);
        try {
          // Short only where the fault is a hang: on a loaded machine a healthy answer can take longer than 150 ms.
          const client = new MlflowRestClient(server.url, { timeoutMs: f === 'hang' ? 150 : 5000, retries: 1, retryDelayMs: 5 });
          const { model, diagnostics } = await readRestStore(client, { concurrency: 4 });
          if (f === '503 once') {
            expect(diagnostics).toEqual([]);
            expectEqual(toTruthJson(model), { experiments: truth.experiments, runs: truth.runs, logged_models: truth.logged_models });
            return;
          }
          const id = t.kind === 'history' ? t.runId : t.kind === 'runs' ? t.experimentId : t.kind === 'artifacts' ? t.runId : 'logged models';
          expect(diagnostics).toHaveLength(1);
          expect(diagnostics[0]!.message).toContain(id);
          if (t.kind === 'history') expect(diagnostics[0]!.message).toContain(t.key);
          expect(diagnostics[0]!.file.startsWith(server.url)).toBe(true);
          expectEqual(toTruthJson(model), without(t));
        } finally {
          await server.close();
        }
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});
