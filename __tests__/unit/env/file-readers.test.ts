// The working-tree reader says why a file that exists is not read as it is: too large to be a packaging file, or
// not UTF-8 (read with replacement characters for analysis, flagged so that nothing edits it).

import fc from 'fast-check';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { firstInvalidUtf8Line, workingTreeReader } from '../../../shared/env/file-readers.js';

function tree(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'reader-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
  return dir;
}

test('a file over the size limit is skipped with a reason naming it and the limit; a missing one has no problem', () => {
  const reader = workingTreeReader(tree({ 'requirements.txt': Buffer.alloc(9 * 1024 * 1024, '#') }));
  expect(reader.read('requirements.txt')).toBeUndefined();
  expect(reader.problem!('requirements.txt')).toEqual({ kind: 'too-large', message: 'requirements.txt was skipped: it is 9.0 MiB, more than the 8.0 MiB a packaging file may have' });
  expect(reader.problem!('missing.txt')).toBeUndefined();
});

test('a latin-1 comment: the text is read for analysis, and the problem names the line of the first bad byte', () => {
  const reader = workingTreeReader(tree({ 'requirements.txt': Buffer.from('pandas==2.2.0\r\n# ok\r\n# Caf\xe9\nnumpy\n', 'latin1'), 'ok.txt': 'numpy # café\n' }));
  expect(reader.read('requirements.txt')).toBe('pandas==2.2.0\r\n# ok\r\n# Caf\uFFFD\nnumpy\n');
  expect(reader.problem!('requirements.txt')).toMatchObject({ kind: 'not-utf8', line: 3, message: expect.stringMatching(/^requirements\.txt:3 is not valid UTF-8/) });
  expect(reader.read('ok.txt')).toBe('numpy # café\n');
  expect(reader.problem!('ok.txt')).toBeUndefined();
});

test('firstInvalidUtf8Line: valid UTF-8 (U+FFFD written as such included) has none; a bad byte is found on its line', () => {
  const line = fc.string({ unit: 'grapheme', maxLength: 12 }).map((s) => s.replace(/[\r\n]/g, ''));
  fc.assert(
    fc.property(fc.array(line, { minLength: 1, maxLength: 8 }), fc.constantFrom('\n', '\r\n', '\r'), fc.nat(), fc.constantFrom(0x80, 0xe9, 0xff, 0xc3), (lines, eol, pick, bad) => {
      const valid = Buffer.from(lines.join(eol), 'utf8');
      expect(firstInvalidUtf8Line(valid)).toBeUndefined();
      const at = pick % lines.length;
      const broken = Buffer.concat(lines.map((l, i) => Buffer.concat([Buffer.from(l, 'utf8'), i === at ? Buffer.from([bad]) : Buffer.alloc(0), Buffer.from(i < lines.length - 1 ? eol : '', 'utf8')])));
      expect(firstInvalidUtf8Line(broken)).toBe(at + 1);
    }),
  );
});
