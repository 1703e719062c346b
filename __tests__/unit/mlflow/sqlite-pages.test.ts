// The metrics table decoded from the database's pages (sqlite-pages.ts, what a whole read uses) gives exactly what
// MLflow's ordered SQL gives (what a run-by-run stream still reads): interleaved runs and keys, rows out of
// (timestamp, step, value) order, ties, NaN, MLflow's ±Infinity, integers of every stored width, non-ASCII keys and
// enough rows for interior pages. A WAL database, whose newest rows may live in the -wal file, is left to SQL.

import { DatabaseSync } from 'node:sqlite';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toTruthJson, type RunsModel } from '../../../shared/mlflow/model.js';
import { openSqliteStore } from '../../../shared/mlflow/sqlite-store.js';
import { scanMetricPages } from '../../../shared/mlflow/sqlite-pages.js';
import { FIXTURES } from '../../differential/mlflow-rest-server.js';

function makeDb(dir: string, journal: 'DELETE' | 'WAL'): string {
  const path = join(dir, `mlflow-${journal}.db`);
  const db = new DatabaseSync(path);
  db.exec(`PRAGMA journal_mode = ${journal}`);
  db.exec(readFileSync(join(FIXTURES, 'sqlite', 'schema.sql'), 'utf8'));
  db.exec("INSERT INTO experiments VALUES (1, 'e', '/nowhere/1', 'active', 1, 1)");
  const run = db.prepare(`INSERT INTO runs (run_uuid, name, source_type, source_name, entry_point_name, user_id, status,
      start_time, end_time, source_version, lifecycle_stage, artifact_uri, experiment_id) VALUES
      (?, ?, 'UNKNOWN', '', '', 'u', 'FINISHED', ?, ?, '', 'active', ?, 1)`);
  const runs = ['r0', 'r1', 'r2', 'rün3'].map((r) => r.padEnd(8, 'x'));
  runs.forEach((id, i) => run.run(id, `run-${i}`, i, i + 1, `/nowhere/1/${id}/artifacts`));
  const metric = db.prepare('INSERT INTO metrics (key, value, timestamp, run_uuid, step, is_nan) VALUES (?, ?, ?, ?, ?, ?)');
  const keys = ['loss', 'acc', 'ünï/cödé', '\u{1F600}', 'zeta'];
  const special = [0, -0, 1.7976931348623157e308, -1.7976931348623157e308, 0.1, 2 ** 40, -3, 127, 40000, 2 ** 31];
  let x = 7;
  db.exec('BEGIN');
  for (let i = 0; i < 6000; i++) {
    x = (x * 48271) % 2147483647;
    const id = runs[x % runs.length]!;
    const key = keys[(x >> 3) % keys.length]!;
    const nan = x % 17 === 0 ? 1 : 0;
    const value = nan ? 0 : x % 5 === 0 ? special[x % special.length]! : (x % 1000) / 7;
    // Timestamps and steps of every integer width, some out of order, some tied.
    const timestamp = [x % 3, 1795718000000 + (x % 500), 2 ** 53 + 2 * (x % 4), 2 ** 60 + 8 * (x % 3)][x % 4]!;
    const step = [x % 10, -(x % 3), 70000 + (x % 9), 2 ** 33][(x >> 5) % 4]!;
    try {
      metric.run(key, value, BigInt(timestamp), id, BigInt(step), nan);
    } catch {
      // the same primary key drawn twice
    }
  }
  db.exec('COMMIT');
  db.close();
  return path;
}

async function viaStream(path: string): Promise<RunsModel> {
  const stream = await openSqliteStore(path).stream({ artifacts: false });
  const runs = [];
  for await (const run of stream.runs()) runs.push(run);
  return { store: { kind: 'sqlite', location: path }, experiments: stream.experiments, runs, loggedModels: await stream.loggedModels() };
}

describe('SQLite metrics read from the pages', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sqlite-pages-'));

  it.each(['DELETE', 'WAL'] as const)('agrees with the ordered SQL read (journal %s)', async (journal) => {
    const path = makeDb(dir, journal);
    const whole = (await openSqliteStore(path).read({ artifacts: false })).model;
    expect(whole.runs.flatMap((r) => [...r.metricHistories.values()]).reduce((n, h) => n + h.values.length, 0)).toBeGreaterThan(3000);
    expect(JSON.stringify(toTruthJson(whole))).toBe(JSON.stringify(toTruthJson(await viaStream(path))));
  });

  it('decodes a rollback-journal database and leaves a WAL one to SQL', () => {
    const columns = { key: 0, value: 1, timestamp: 2, runUuid: 3, step: 4, isNan: 5, count: 6 };
    const root = (path: string) => {
      const db = new DatabaseSync(path, { readOnly: true });
      const page = db.prepare("SELECT rootpage FROM sqlite_master WHERE name = 'metrics'").get()!.rootpage as number;
      db.close();
      return page;
    };
    let rows = 0;
    const plain = join(dir, 'mlflow-DELETE.db');
    expect(scanMetricPages(plain, root(plain), columns, (batch) => (rows += batch.count))).toBe(true);
    expect(rows).toBeGreaterThan(3000);
    const wal = join(dir, 'mlflow-WAL.db');
    expect(scanMetricPages(wal, root(wal), columns, (batch) => (rows += batch.count))).toBe(false);
    const fixture = join(dir, 'fixture.db');
    copyFileSync(join(FIXTURES, 'sqlite', 'mlflow.db'), fixture);
    expect(scanMetricPages(fixture, root(fixture), columns, () => undefined)).toBe(true);
  });
});
