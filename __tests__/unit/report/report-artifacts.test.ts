import { cpSync, existsSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openStore } from '../../../shared/mlflow/detect-store.js';
import { artifactNameProblem, copyRunArtifacts, filesUnder, writeFiles } from '../../../shared/report/report-artifacts.js';
import { uploadFolder } from '../../../actions/publish-metrics/upload-artifact.js';

const fixture = path.resolve('__tests__/fixtures/mlflow/file-store/mlruns');
const unicodeRun = 'bd4675e48fac4a6ab885076bacd8e986';
const unicodeRunDir = path.join('175452247855157805', unicodeRun, 'artifacts');

function tempStore(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'report-artifacts-'));
  cpSync(fixture, path.join(dir, 'mlruns'), { recursive: true });
  return dir;
}

test('report files are written under the folder, and nothing outside it', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'report-'));
  writeFiles(dir, new Map<string, string | Buffer>([['summary.md', '# x'], ['dashboard/index.html', '<html>']]));
  expect(readFileSync(path.join(dir, 'dashboard', 'index.html'), 'utf8')).toBe('<html>');
  expect(() => writeFiles(dir, new Map([['../escape.txt', 'x']]))).toThrow(/refusing to write "..\/escape.txt"/);
  expect(existsSync(path.join(dir, '..', 'escape.txt'))).toBe(false);
  expect(filesUnder(dir).map((f) => path.relative(dir, f)).sort()).toEqual(['dashboard/index.html', 'summary.md']);
});

test('run artifacts: matched by glob, read through the store, bounded per file and in all, symlinks out refused', async () => {
  const root = tempStore();
  const artifacts = path.join(root, 'mlruns', unicodeRunDir);
  const secret = path.join(root, 'secret.txt');
  writeFileSync(secret, 'do not publish');
  symlinkSync(secret, path.join(artifacts, 'leak.txt'));
  writeFileSync(path.join(artifacts, 'big.txt'), 'x'.repeat(5000));
  const store = openStore(path.join(root, 'mlruns'));
  const { model } = await store.read();
  const run = model.runs.find((r) => r.runId === unicodeRun)!;
  // The listing already leaves the escaping symlink out; a listing that still named it is refused by the store.
  expect(run.artifacts.map((a) => a.path)).not.toContain('leak.txt');
  run.artifacts.push({ path: 'leak.txt', isDir: false, fileSize: 14 }, { path: '../../../secret.txt', isDir: false, fileSize: 14 });

  const out = path.join(root, 'out');
  const copied = await copyRunArtifacts(store, [run], out, { patterns: ['**'], maxFileSize: 1000, maxTotalSize: 1_000_000 });
  const written = filesUnder(out).map((f) => path.relative(path.join(out, unicodeRun), f).split(path.sep).join('/')).sort();
  expect(written).toEqual(expect.arrayContaining(['config.yaml', 'dir with space/file name.txt', 'texts/ユニコード.txt', 'tree/deeper/leaf.txt', 'tree/empty.bin']));
  expect(written).not.toContain('big.txt');
  expect(written).not.toContain('leak.txt');
  expect(filesUnder(root).some((f) => f.endsWith('secret.txt') && f !== secret)).toBe(false);
  expect(copied.skipped).toEqual(
    expect.arrayContaining([
      { runId: unicodeRun, path: 'big.txt', reason: '5000 bytes, over the 1000-byte limit per file' },
      expect.objectContaining({ path: 'leak.txt' }),
      expect.objectContaining({ path: '../../../secret.txt', reason: expect.stringMatching(/refusing artifact path/) }),
    ]),
  );
  expect(readFileSync(path.join(out, unicodeRun, 'config.yaml'))).toEqual(readFileSync(path.join(fixture, unicodeRunDir, 'config.yaml')));

  const only = await copyRunArtifacts(store, [run], path.join(root, 'only'), { patterns: ['*.yaml'], maxFileSize: 1000, maxTotalSize: 1_000_000 });
  expect(only.files).toBe(1);
  const capped = await copyRunArtifacts(store, [run], path.join(root, 'capped'), { patterns: ['**'], maxFileSize: 10_000, maxTotalSize: 100 });
  expect(capped.bytes).toBeLessThanOrEqual(100);
  expect(capped.skipped.some((s) => s.reason.includes('the 100-byte limit for all run artifacts was reached'))).toBe(true);
});

test('outside a runner nothing is uploaded and the message says where the files are', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'report-'));
  writeFiles(dir, new Map([['summary.md', '# x']]));
  const result = await uploadFolder('publish-metrics', dir, {});
  expect(result.uploaded).toBe(false);
  expect(result.message).toMatch(/^Not on a GitHub Actions runner with artifact access \(no ACTIONS_RUNTIME_TOKEN\): the report was written to the folder .+ instead of being uploaded\.$/);
  expect(result.message).toContain(path.basename(dir));
});

test('artifact names GitHub would refuse', () => {
  expect(artifactNameProblem('publish-metrics')).toBeUndefined();
  expect(artifactNameProblem('a/b')).toBe('it contains "/", which GitHub artifact names may not');
  expect(artifactNameProblem(' ')).toBe('it is empty');
});
