// The import scanner against Python's own `ast`, on every .py file of the machine's Python library folder
// (site-packages included): both find the same imports, and the scanner is much faster. The reference is
// __tests__/differential/imports_ast.py run with one process per CPU (what CI can afford); its summed per-file CPU
// time is also reported, the cost of the ast walk on one core. Our scan runs three times (the first starts cold),
// on worker threads as the action's bundle does. Targets: >= 40x the ast walk, < 3 s, < 512 MB peak RSS.

import { execFileSync, spawn } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { discoverFiles } from '../shared/scan/discover-files.js';
import type { ScannedFile } from '../shared/scan/model.js';
import { scanFilesReport } from '../shared/scan/scan-files.js';

const MB = 1024 * 1024;

interface AstFile {
  path?: string;
  ok?: boolean;
  imports?: [string, number, number][];
  summary?: { cpu_s: number; wall_s: number; jobs: number };
}

/** Peak resident memory of this process so far (all its threads), from the kernel. */
function peakRss(): number {
  const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
  return m ? Number(m[1]) * 1024 : process.memoryUsage().rss;
}

async function timedScan(root: string, files: string[]) {
  let sampled = process.memoryUsage().rss;
  const sampler = setInterval(() => (sampled = Math.max(sampled, process.memoryUsage().rss)), 2);
  const cpu = process.cpuUsage();
  const started = performance.now();
  const report = await scanFilesReport(root, files);
  const ms = performance.now() - started;
  const { user, system } = process.cpuUsage(cpu); // every thread of the process, workers included
  clearInterval(sampler);
  return { report, ms, cpuMs: (user + system) / 1000, sampledPeak: Math.max(sampled, process.memoryUsage().rss) };
}

function astWalk(root: string, files: string[], jobs: number): Promise<{ results: Map<string, AstFile>; wallMs: number; cpuS: number }> {
  const script = join(process.cwd(), '__tests__/differential/imports_ast.py');
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn('python3', [script, root, '--jobs', String(jobs)], { stdio: ['pipe', 'pipe', 'inherit'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = performance.now() - started;
      if (code !== 0) return reject(new Error(`imports_ast.py exited with ${code}`));
      const results = new Map<string, AstFile>();
      let cpuS = 0;
      for (const line of Buffer.concat(chunks).toString('utf8').split('\n')) {
        if (!line) continue;
        const r = JSON.parse(line) as AstFile;
        if (r.summary) cpuS = r.summary.cpu_s;
        else results.set(r.path!, r);
      }
      resolve({ results, wallMs, cpuS });
    });
    child.stdin.end(files.join('\0'));
  });
}

/** Files ast parses where the top-level or relative import sets differ. */
function mismatches(ast: Map<string, AstFile>, scanned: ScannedFile[]): { compared: number; rejected: number; differing: string[] } {
  let compared = 0;
  let rejected = 0;
  const differing: string[] = [];
  for (const file of scanned) {
    const r = ast.get(file.path);
    if (!r?.ok) {
      rejected++;
      continue;
    }
    compared++;
    const want = new Set(r.imports!.map(([m, level]) => (level ? '.'.repeat(level) + m : m.split('.')[0]!)));
    const got = new Set(file.imports.map((i) => (i.level ? i.dotted : i.module)));
    if (want.size !== got.size || [...want].some((m) => !got.has(m))) differing.push(file.path);
  }
  return { compared, rejected, differing };
}

async function main(): Promise<void> {
  const root = execFileSync('python3', ['-c', "import sysconfig; print(sysconfig.get_paths()['stdlib'])"]).toString().trim();
  const cores = availableParallelism();
  let started = performance.now();
  const { files: all } = await discoverFiles(root, { defaultExcludes: false, gitignore: false });
  const discoverMs = performance.now() - started;
  const files = all.filter((f) => f.endsWith('.py'));
  const bytes = files.reduce((n, f) => n + statSync(join(root, f)).size, 0);
  console.log(`${root}: ${files.length} .py files, ${(bytes / MB).toFixed(1)} MiB, ${cores} CPUs (discovery: ${discoverMs.toFixed(0)} ms)`);

  const runs = [];
  for (let k = 0; k < 3; k++) {
    const run = await timedScan(root, files);
    runs.push(run);
    const speed = bytes / MB / (run.ms / 1000);
    console.log(
      `scanner run ${k + 1}: ${run.ms.toFixed(0)} ms wall (${speed.toFixed(0)} MiB/s), ${run.cpuMs.toFixed(0)} ms CPU, ` +
        `files per thread ${run.report.filesPerThread.join('/')}, ` +
        `sampled peak RSS ${(run.sampledPeak / MB).toFixed(0)} MiB`,
    );
  }
  const peak = peakRss();
  const best = Math.min(...runs.map((r) => r.ms));
  const bestCpu = Math.min(...runs.map((r) => r.cpuMs));

  started = performance.now();
  const ast = await astWalk(root, files, cores);
  console.log(`ast walk (python3, ${cores} processes): ${(ast.wallMs / 1000).toFixed(1)} s wall, ${ast.cpuS.toFixed(1)} s CPU in the workers`);

  const check = mismatches(ast.results, runs[0]!.report.scanned);
  console.log(`compared ${check.compared} files (ast rejected ${check.rejected}): ${check.differing.length} with different imports`);
  for (const path of check.differing.slice(0, 20)) console.log(`  differs: ${path}`);

  const ratioWall = ast.wallMs / best;
  const ratioCpu = (ast.cpuS * 1000) / best;
  // CPU against CPU holds up when other work shares the machine; wall-clock ratios do not.
  console.log(
    `speed: ${ratioWall.toFixed(0)}x the ast walk on the same ${cores} CPUs (wall clock), ` +
      `${ratioCpu.toFixed(0)}x its single-core time, ${((ast.cpuS * 1000) / bestCpu).toFixed(0)}x in CPU time (target >= 40x)`,
  );
  console.log(
    `best scan ${(best / 1000).toFixed(2)} s (target < 3 s), ` +
      `peak RSS ${(peak / MB).toFixed(0)} MiB for the whole process (target < 512 MiB)`,
  );
  if (check.differing.length > 0) process.exitCode = 1;
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
