// The zip reader against archives made by Info-ZIP's `zip` (deflated, as GitHub's artifacts are) and the double's
// stored-entry writer, and against damage.

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readZipFile, zipEntries, ZipError } from '../../../shared/dispatch/read-zip.js';
import { zipFiles } from '../../harness/github-double/zip.js';

const summary = `# 📈 MLflow runs\n\n| run | rmse |\n| --- | --- |\n${'| rf-depth8 | 0.41 |\n'.repeat(2000)}`;

function infoZip(files: Record<string, string>): Buffer {
  const dir = mkdtempSync(path.join(tmpdir(), 'zip-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, 'in', name)), { recursive: true });
    writeFileSync(path.join(dir, 'in', name), text);
  }
  execFileSync('zip', ['-q', '-r', '-9', path.join(dir, 'out.zip'), '.'], { cwd: path.join(dir, 'in') });
  return readFileSync(path.join(dir, 'out.zip'));
}

test('reads a deflated entry written by zip, and lists the others', () => {
  const zip = infoZip({ 'summary.md': summary, 'runs.json': '{"runs": []}\n', 'dashboard/index.html': '<html></html>\n' });
  const entries = zipEntries(zip);
  expect(entries.map((e) => e.name).sort()).toEqual(['dashboard/', 'dashboard/index.html', 'runs.json', 'summary.md']);
  const entry = entries.find((e) => e.name === 'summary.md')!;
  expect(entry.method).toBe(8);
  expect(entry.compressedSize).toBeLessThan(entry.size);
  expect(readZipFile(zip, 'summary.md', 1 << 20)!.toString('utf8')).toBe(summary);
  expect(readZipFile(zip, 'dashboard/index.html', 1 << 20)!.toString('utf8')).toBe('<html></html>\n');
  expect(readZipFile(zip, 'missing.md', 1 << 20)).toBeUndefined();
});

test('reads stored entries with UTF-8 names', () => {
  const zip = zipFiles({ 'résumé/ñ.md': 'héllo 🚀\n', 'summary.md': 'plain\n' });
  expect(readZipFile(zip, 'résumé/ñ.md', 100)!.toString('utf8')).toBe('héllo 🚀\n');
  expect(readZipFile(zip, 'summary.md', 100)!.toString('utf8')).toBe('plain\n');
});

test('refuses entries over the limit, damage, and what is not a zip', () => {
  const zip = infoZip({ 'summary.md': summary });
  expect(() => readZipFile(zip, 'summary.md', 1000)).toThrow(`summary.md is ${Buffer.byteLength(summary)} bytes, over the 1000-byte limit`);

  const stored = zipFiles({ 'summary.md': 'the real text\n' });
  const flipped = Buffer.from(stored);
  const at = 30 + 'summary.md'.length; // first byte of the data
  flipped[at] = flipped[at]! ^ 0xff;
  expect(() => readZipFile(flipped, 'summary.md', 100)).toThrow(new ZipError('summary.md is damaged (size or CRC does not match)'));

  expect(() => zipEntries(Buffer.from('PK but not really a zip archive at all'))).toThrow('not a zip archive (no end of central directory)');
  const truncated = stored.subarray(0, stored.length - 10);
  expect(() => zipEntries(truncated)).toThrow(ZipError);
});
