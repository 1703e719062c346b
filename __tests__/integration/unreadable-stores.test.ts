// Stores that cannot be read fail closed: publish-metrics (the committed bundle, as the runner runs it) fails the step
// with an error naming the file and sets `regressed` to `unknown`; `ml-hub report` and `ml-hub runs` exit 2 with one
// line saying why. The stores are MLflow's own fixture database, damaged the way disks and concurrent writers damage
// databases, a file that is not SQLite under MLflow's file name, and an mlruns/ folder that holds no runs.

import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, openSync, closeSync, writeSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { runAction, repoRoot, type ActionRun } from '../harness/run-action.js';

const fixtures = path.join(repoRoot, '__tests__', 'fixtures', 'mlflow');
const cli = path.join(repoRoot, 'dist', 'cli', 'index.js');
const gate = 'val/rmse:+2%';

/** A workspace holding a copy of the SQLite fixture (mlflow.db beside its artifacts). */
function sqliteWorkspace(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'unreadable-store-'));
  cpSync(path.join(fixtures, 'sqlite', 'mlflow.db'), path.join(dir, 'mlflow.db'));
  cpSync(path.join(fixtures, 'sqlite', 'mlruns'), path.join(dir, 'mlruns'), { recursive: true });
  return dir;
}

/** Overwrites `bytes` at `offset` of the file, as a failing disk or a torn write leaves it. */
function damage(file: string, offset: number, bytes: Buffer): void {
  const fd = openSync(file, 'r+');
  try {
    writeSync(fd, bytes, 0, bytes.length, offset);
  } finally {
    closeSync(fd);
  }
}

/** The page that holds the root of `table`'s b-tree. */
function rootPage(db: string, table: string): { offset: number; size: number } {
  const conn = new DatabaseSync(db, { readOnly: true });
  try {
    const { rootpage } = conn.prepare("SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = ?").get(table) as { rootpage: number };
    const { page_size: size } = conn.prepare('PRAGMA page_size').get() as { page_size: number };
    return { offset: (rootpage - 1) * size, size };
  } finally {
    conn.close();
  }
}

/** python3's sqlite3 holding an exclusive lock on the database until `release()`, as a writer mid-transaction does. */
async function holdExclusiveLock(db: string): Promise<{ release: () => Promise<void> }> {
  const script = 'import sqlite3, sys\nc = sqlite3.connect(sys.argv[1], isolation_level=None)\nc.execute("BEGIN EXCLUSIVE")\nprint("locked", flush=True)\nsys.stdin.read()\nc.rollback()\n';
  const child: ChildProcessWithoutNullStreams = spawn('python3', ['-c', script, db]);
  await new Promise<void>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('locked')) resolve();
    });
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`python3 exited (${code}) before taking the lock`)));
  });
  return {
    release: () =>
      new Promise<void>((resolve) => {
        child.removeAllListeners('exit');
        child.on('exit', () => resolve());
        child.stdin.end();
      }),
  };
}

function mlHub(cwd: string, ...args: string[]) {
  const env = { ...process.env };
  delete env.MLFLOW_TRACKING_URI;
  const result = spawnSync(process.execPath, [cli, ...args], { cwd, env, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function publish(dir: string, inputs: Record<string, string> = {}): Promise<ActionRun> {
  return runAction('publish-metrics', { workspace: dir, inputs: { 'upload-artifacts': 'false', dashboard: 'false', comment: 'false', ...inputs } });
}

/** The step failed closed: one error naming the store file, `regressed` not `false`, no stack trace. */
function expectFailedClosed(run: ActionRun, file: string, reason: RegExp): void {
  expect(run.exitCode).toBe(1);
  expect(run.stdout + run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  const errors = run.commands.filter((c) => c.command === 'error');
  expect(errors.map((e) => e.message)).toContainEqual(expect.stringMatching(new RegExp(`^The MLflow store ${file} could not be read: ${reason.source}`)));
  expect(run.outputs.regressed).toBe('unknown');
  expect(run.outputs.runs).toBe('[]');
  expect(run.summary).toContain('could not be read');
  expect(run.summary).toContain('the regression gate was not evaluated');
}

describe('a damaged or foreign mlflow.db fails closed', () => {
  const cases: { name: string; make: () => string; reason: RegExp }[] = [
    {
      name: 'a database whose runs table page was overwritten',
      make: () => {
        const dir = sqliteWorkspace();
        const db = path.join(dir, 'mlflow.db');
        const page = rootPage(db, 'runs');
        damage(db, page.offset, Buffer.alloc(page.size, 0x5a));
        return dir;
      },
      reason: /cannot read table runs: database disk image is malformed/,
    },
    {
      name: 'a database whose header was overwritten',
      make: () => {
        const dir = sqliteWorkspace();
        damage(path.join(dir, 'mlflow.db'), 0, Buffer.from('this is not the SQLite header!!!'));
        return dir;
      },
      reason: /cannot read the database: file is not a database/,
    },
    {
      name: 'a text file named mlflow.db',
      make: () => {
        const dir = mkdtempSync(path.join(tmpdir(), 'unreadable-store-'));
        writeFileSync(path.join(dir, 'mlflow.db'), 'experiment_id,run_id,val/rmse\n1,abc,0.5\n'.repeat(200));
        return dir;
      },
      reason: /cannot read the database: file is not a database/,
    },
    {
      name: 'an empty file named mlflow.db',
      make: () => {
        const dir = mkdtempSync(path.join(tmpdir(), 'unreadable-store-'));
        writeFileSync(path.join(dir, 'mlflow.db'), '');
        return dir;
      },
      reason: /the database has no experiments table; is it an MLflow database\?/,
    },
  ];

  test.each(cases)('publish-metrics: $name', async ({ make, reason }) => {
    const dir = make();
    // With a gate and without one: an unreadable store is never an empty report.
    for (const inputs of [{ 'fail-on-regression': gate }, {}] as Record<string, string>[]) {
      const run = await publish(dir, inputs);
      expectFailedClosed(run, 'mlflow.db', reason);
    }
  });

  test.each(cases)('ml-hub report and ml-hub runs: $name', ({ make, reason }) => {
    const dir = make();
    const out = path.join(dir, 'report-out');
    for (const args of [['report', '--out', out, '--fail-on-regression', gate], ['report', '--out', out], ['runs'], ['runs', '--json']]) {
      const result = mlHub(dir, ...args);
      expect(result.code).toBe(2);
      expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(new RegExp(`^ml-hub: ${args[0]}: the MLflow store mlflow.db could not be read: ${reason.source}`))]);
      expect(result.stdout).toBe('');
    }
    expect(existsSync(out)).toBe(false);
  });
});

describe('a database locked by a writer fails closed', () => {
  test('publish-metrics and ml-hub report, while python3 holds BEGIN EXCLUSIVE', async () => {
    const dir = sqliteWorkspace();
    const lock = await holdExclusiveLock(path.join(dir, 'mlflow.db'));
    try {
      const run = await publish(dir, { 'fail-on-regression': gate });
      expectFailedClosed(run, 'mlflow.db', /cannot read the database: database is locked/);
      const result = mlHub(dir, 'report', '--out', path.join(dir, 'out'), '--fail-on-regression', gate);
      expect(result.code).toBe(2);
      expect(result.stderr.trim()).toBe('ml-hub: report: the MLflow store mlflow.db could not be read: cannot read the database: database is locked');
    } finally {
      await lock.release();
    }
    // Released, the same store reads and the gate decides.
    const after = await publish(dir, { 'fail-on-regression': gate, experiments: 'wine-quality-rf', baseline: 'tag:mlflow.runName=baseline-linear' });
    expect(after.outputs.regressed).not.toBe('unknown');
  });
});

describe('no runs where a store was expected', () => {
  function emptyMlruns(): string {
    const dir = mkdtempSync(path.join(tmpdir(), 'empty-store-'));
    mkdirSync(path.join(dir, 'mlruns', '.trash'), { recursive: true });
    return dir;
  }

  test('publish-metrics: an empty mlruns/ does not pass a gate; without one it is a warning', async () => {
    const dir = emptyMlruns();
    const gated = await publish(dir, { store: 'mlruns', 'fail-on-regression': gate });
    expect(gated.exitCode).toBe(1);
    expect(gated.commands.filter((c) => c.command === 'error').map((c) => c.message)).toEqual([
      'fail-on-regression could not be evaluated: no run was read from the store in the reported experiments',
    ]);
    expect(gated.outputs.regressed).toBe('unknown');
    expect(gated.summary).toContain('⛔ fail-on-regression could not be evaluated');

    const plain = await publish(dir, { store: 'mlruns' });
    expect(plain.exitCode).toBe(0);
    expect(plain.annotations).toContainEqual(expect.objectContaining({ command: 'warning', message: 'No run to report in the store.' }));
    expect(plain.outputs.regressed).toBe('false');
  });

  test('publish-metrics: experiments that match no run do not pass a gate', async () => {
    const dir = sqliteWorkspace();
    const run = await publish(dir, { experiments: 'no-such-experiment', 'fail-on-regression': gate });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.regressed).toBe('unknown');
  });

  test('ml-hub report: an empty mlruns/ with a gate exits 2 with one line', () => {
    const dir = emptyMlruns();
    const result = mlHub(dir, 'report', 'mlruns', '--out', path.join(dir, 'out'), '--fail-on-regression', gate);
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe('ml-hub report: fail-on-regression could not be evaluated: no run was read from the store in the reported experiments');
    expect(mlHub(dir, 'report', 'mlruns', '--out', path.join(dir, 'out')).code).toBe(0);
  });
});

describe('runs that could not be read keep the gate from passing', () => {
  test('a run whose meta.yaml is damaged: the report goes on, the gate fails closed', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'partial-store-'));
    cpSync(path.join(fixtures, 'file-store', 'mlruns'), path.join(dir, 'mlruns'), { recursive: true });
    // The candidate's own run is the one that cannot be read: passing the gate on the others would be failing open.
    const meta = path.join(dir, 'mlruns', '229190340414769838', 'bba66f802be94b59a0e185234f820f3f', 'meta.yaml');
    writeFileSync(meta, 'artifact_uri: [unclosed\nrun_id: bba66f802be94b59a0e185234f820f3f\n');
    // A tolerance that every run which was read meets.
    const run = await publish(dir, { experiments: 'wine-quality-rf', 'fail-on-regression': 'val/rmse:+50%', baseline: 'tag:mlflow.runName=baseline-linear' });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.regressed).toBe('unknown');
    const error = run.commands.find((c) => c.command === 'error' && c.message.startsWith('fail-on-regression could not be evaluated'));
    expect(error?.message).toMatch(/the store was not read completely: mlruns\/229190340414769838\/bba66f802be94b59a0e185234f820f3f\/meta\.yaml:\d+(:\d+)?: error: invalid YAML/);
    expect(run.summary).toContain('## 📈 wine-quality-rf');
  });
});

// The CLI on a Node.js without node:sqlite (the machine's Node 20; npm's engines allow >=20.9): every other store reads,
// and an SQLite store is refused with one line naming the runtime it needs, not a stack trace at start-up.
const oldNode = ['/usr/bin/node', '/usr/local/bin/node']
  .map((bin) => ({ bin, version: spawnSync(bin, ['--version'], { encoding: 'utf8' }).stdout?.trim() ?? '' }))
  .find(({ version }) => /^v(1\d|20|21|22\.[0-4])\./.test(version));
(oldNode ? describe : describe.skip)(`on ${oldNode?.version ?? 'a Node.js without node:sqlite (none installed)'}`, () => {
  test('ml-hub report reads a file store and refuses mlflow.db with the Node.js it needs', () => {
    const env = { ...process.env };
    delete env.MLFLOW_TRACKING_URI;
    const fileStore = spawnSync(oldNode!.bin, [cli, 'runs', path.join(fixtures, 'file-store', 'mlruns')], { env, encoding: 'utf8' });
    expect(fileStore.stderr).toBe('');
    expect(fileStore.status).toBe(0);
    const db = spawnSync(oldNode!.bin, [cli, 'runs'], { cwd: sqliteWorkspace(), env, encoding: 'utf8' });
    expect(db.status).toBe(2);
    expect(db.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^ml-hub: runs: the MLflow store mlflow\.db could not be read: reading an SQLite store needs Node\.js 22\.5 or newer \(node:sqlite\); this is Node\.js \d+\./),
    ]);
  });
});
