// `npm run bench mlflow-scale`: the CLI at issue 12's scale, each figure a ratio against a reference measured in the
// same run. Stores are written in MLflow's exact formats (bench/mlflow-stores.ts); every measurement is its own child
// process, so peak RSS (VmHWM) is that command's alone.
//   - `ml-hub report` on 5,000 runs × 4 metrics × 250 steps, file store and SQLite, vs `cat` of every file of the store
//     (target ≤ 2.5×, ≤ 400 MB peak);
//   - `ml-hub runs --json` at 5,000 and 10,000 runs: peak RSS, which must not grow with the number of runs;
//   - the REST reader over loopback (the MLflow server double serving the recorded shapes) vs the same store read from
//     disk.

import { spawn, spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { reportCommand } from '../cli/report-command.js';
import { runsCommand } from '../cli/runs-command.js';
import { openStore } from '../shared/mlflow/detect-store.js';
import { readFileStore } from '../shared/mlflow/file-store.js';
import { toTruthJson } from '../shared/mlflow/model.js';
import { openRestStore } from '../shared/mlflow/rest-store.js';
import { startServer, truthHandler } from '../__tests__/differential/mlflow-rest-server.js';
import { fixtureSchema, writeFileStore, writeSqliteStore, type StoreShape } from './mlflow-stores.js';

const FIXTURES = resolve('__tests__/fixtures/mlflow');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const LATENCY_MS = 20;

function peakRssBytes(): number {
  const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
  return kb ? Number(kb[1]) * 1024 : process.memoryUsage().rss;
}

function allFiles(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) allFiles(path, out);
    else out.push(path);
  }
  return out;
}

interface Measured {
  ms: number;
  peak: number;
  summary: string;
}

/** One measurement, in this (child) process. */
async function child(mode: string, args: string[]): Promise<void> {
  const start = performance.now();
  let summary = '';
  if (mode === 'cat') {
    const files = allFiles(args[0]!);
    for (let i = 0; i < files.length; i += 1000) {
      const r = spawnSync('cat', files.slice(i, i + 1000), { stdio: ['ignore', 'ignore', 'inherit'] });
      if (r.status !== 0) throw new Error(`cat exited with ${r.status}`);
    }
    summary = `${files.length} files`;
  } else if (mode === 'report') {
    const code = await reportCommand([args[0]!, '--out', args[1]!]);
    summary = `exit ${code}`;
  } else if (mode === 'runs-json') {
    const code = await runsCommand([args[0]!, '--json']);
    summary = `exit ${code}`;
  } else if (mode === 'generate') {
    // For trying things by hand: `node bench-out/mlflow-scale/index.js child generate DIR RUNS`.
    const shape = { runs: Number(args[1] ?? 5000), metrics: 4, steps: 250 };
    writeFileStore(join(args[0]!, 'file', 'mlruns'), shape);
    mkdirSync(join(args[0]!, 'sqlite'), { recursive: true });
    writeSqliteStore(join(args[0]!, 'sqlite', 'mlflow.db'), fixtureSchema(FIXTURES), shape);
  } else if (mode === 'read' || mode === 'read-per-run') {
    const store = mode === 'read' ? openStore(args[0]!, { env: {}, cwd: process.cwd() }) : openRestStore(args[0]!, { bulkHistory: false });
    const { model } = await store.read();
    let points = 0;
    for (const run of model.runs) for (const h of run.metricHistories.values()) points += h.values.length;
    summary = `${model.runs.length} runs, ${points} points`;
  }
  const ms = performance.now() - start;
  if (process.send) process.send({ ms, peak: peakRssBytes(), summary });
  else console.error(JSON.stringify({ ms, peak: peakRssBytes(), summary }));
}

/** Runs `mode` in a child process; its stdout goes to `stdoutFile` (or nowhere). */
function runChild(mode: string, args: string[], stdoutFile?: string): Promise<Measured> {
  return new Promise((resolvePromise, reject) => {
    const out = stdoutFile ? openSync(stdoutFile, 'w') : 'ignore';
    const p = spawn(process.execPath, [process.argv[1]!, 'child', mode, ...args], { stdio: ['ignore', out, 'inherit', 'ipc'] });
    let result: Measured | undefined;
    p.on('message', (m: Measured) => (result = m));
    p.on('error', reject);
    p.on('close', (code) => {
      if (typeof out === 'number') closeSync(out);
      if (code === 0 && result) resolvePromise(result);
      else reject(new Error(`${mode} child exited ${code}`));
    });
  });
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(0)} MB`;

async function measure(mode: string, args: string[], rounds = ROUNDS, stdoutFile?: string): Promise<{ ms: number; peak: number; summary: string }> {
  const all: Measured[] = [];
  for (let i = 0; i < rounds; i++) all.push(await runChild(mode, args, stdoutFile));
  return { ms: median(all.map((m) => m.ms)), peak: Math.max(...all.map((m) => m.peak)), summary: all[0]!.summary };
}

async function reportVsCat(label: string, store: string, dataRoot: string, work: string): Promise<boolean> {
  await measure('cat', [dataRoot], 1); // warm the page cache
  const cat = await measure('cat', [dataRoot]);
  const report = await measure('report', [store, join(work, `report-${label}`)]);
  const ratio = report.ms / cat.ms;
  const ok = ratio <= 2.5 && report.peak <= 400e6;
  console.log(`report, ${label}: ${report.ms.toFixed(0)} ms vs cat ${cat.ms.toFixed(0)} ms = ${ratio.toFixed(2)}× (target ≤ 2.5×); ` +
    `peak ${mb(report.peak)} (target ≤ 400 MB; cat ${mb(cat.peak)}) ${ok ? 'ok' : 'MISSED'}`);
  return ok;
}

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'mlflow-scale-bench-'));
  const only = process.env.BENCH_ONLY?.split(',');
  const want = (name: string) => !only || only.includes(name);
  let ok = true;
  try {
    const shape: StoreShape = { runs: 5000, metrics: 4, steps: 250 };
    const points = shape.runs * shape.metrics * shape.steps;
    const fileRoot = join(work, 'file', 'mlruns');
    const t0 = performance.now();
    if (want('report') || want('runs-json')) writeFileStore(fileRoot, shape);
    const dbDir = join(work, 'sqlite');
    mkdirSync(dbDir, { recursive: true });
    if (want('report') && want('sqlite')) writeSqliteStore(join(dbDir, 'mlflow.db'), fixtureSchema(FIXTURES), shape);
    console.log(`stores: ${shape.runs} runs × ${shape.metrics} metrics × ${shape.steps} steps = ${points.toLocaleString('en')} points, ` +
      `file store and SQLite, written in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

    if (want('report')) ok = (await reportVsCat('file store', fileRoot, fileRoot, work)) && ok;
    if (want('report') && want('sqlite')) {
      ok = (await reportVsCat('SQLite', `sqlite:///${join(dbDir, 'mlflow.db')}`, dbDir, work)) && ok;
    }

    if (want('runs-json')) {
      const big = join(work, 'file10k', 'mlruns');
      writeFileStore(big, { ...shape, runs: 10_000 });
      const out5 = join(work, 'runs-5k.json');
      const out10 = join(work, 'runs-10k.json');
      const r5 = await measure('runs-json', [fileRoot], 1, out5);
      const r10 = await measure('runs-json', [big], 1, out10);
      const growth = r10.peak / r5.peak;
      // Over 512 MB: too long for one JS string, so only its frame is checked here (tests check the text itself).
      if (!readFileSync(out5).subarray(0, 17).toString().startsWith('{\n  "experiments"')) throw new Error('runs --json wrote no truth.json');
      console.log(`runs --json: 5,000 runs ${mb(r5.peak)} peak (${mb(statSync(out5).size)} written, ${r5.ms.toFixed(0)} ms); ` +
        `10,000 runs ${mb(r10.peak)} peak (${mb(statSync(out10).size)}, ${r10.ms.toFixed(0)} ms); ` +
        `peak ratio 10k/5k ${growth.toFixed(2)}× (target ≈ 1×, constant in the number of runs) ${growth < 1.3 ? 'ok' : 'MISSED'}`);
      ok = growth < 1.3 && ok;
      rmSync(big, { recursive: true, force: true });
    }

    if (want('rest')) {
      // The server double answers from the store's truth.json in mlflow server's shapes, bulk endpoint included.
      const restShape: StoreShape = { runs: 1000, metrics: 4, steps: 250 };
      const restRoot = join(work, 'rest', 'mlruns');
      writeFileStore(restRoot, restShape);
      // Each answer waits LATENCY_MS, as a real server's would (an HTTP round trip and its database query).
      const answer = truthHandler(toTruthJson(readFileStore(restRoot).model), work, '/nowhere/');
      const server = await startServer((req) => new Promise((done) => setTimeout(() => done(answer(req)), LATENCY_MS)));
      try {
        const disk = await measure('read', [restRoot]);
        const rest = await measure('read', [server.url]);
        const perRun = await measure('read-per-run', [server.url], 1);
        const same = rest.summary === disk.summary && perRun.summary === disk.summary;
        console.log(`REST read over loopback (${LATENCY_MS} ms a request), ${restShape.runs} runs × ${restShape.metrics} × ${restShape.steps}: ${rest.ms.toFixed(0)} ms ` +
          `vs the same store from disk ${disk.ms.toFixed(0)} ms = ${(rest.ms / disk.ms).toFixed(1)}×; one get-history per run and metric ` +
          `${perRun.ms.toFixed(0)} ms = ${(perRun.ms / disk.ms).toFixed(1)}× (bulk is ${(perRun.ms / rest.ms).toFixed(1)}× faster); ` +
          `peak ${mb(rest.peak)} (disk ${mb(disk.peak)}); ${same ? 'same runs and points' : `DIFFERENT: ${rest.summary} / ${perRun.summary} / ${disk.summary}`}`);
        ok = same && ok;
      } finally {
        await server.close();
      }
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  if (!ok) process.exitCode = 1;
}

if (process.argv[2] === 'child') {
  child(process.argv[3]!, process.argv.slice(4)).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
} else {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
