// Containment on real paths, with real symbolic links in a temporary folder.

import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { containedPath, isInside, OutsideError, realPathOf, writeFileInside } from '../../shared/contained-path.js';

const folder = () => mkdtempSync(path.join(tmpdir(), 'contained-'));

test('isInside compares whole segments: a sibling that shares a prefix, or a name starting with "..", is judged right', () => {
  expect(isInside('/ws', '/ws')).toBe(true);
  expect(isInside('/ws', '/ws/a/b')).toBe(true);
  expect(isInside('/ws', '/ws/..hidden')).toBe(true);
  expect(isInside('/ws', '/ws-other/a')).toBe(false);
  expect(isInside('/ws', '/')).toBe(false);
});

test('realPathOf follows symlinks on the existing part of a path and keeps the missing rest as written', () => {
  const root = folder();
  const outside = folder();
  symlinkSync(outside, path.join(root, 'link'));
  expect(realPathOf(path.join(root, 'link', 'not', 'yet.txt'))).toBe(path.join(outside, 'not', 'yet.txt'));
  expect(realPathOf(path.join(root, 'plain', 'file'))).toBe(path.join(root, 'plain', 'file'));
  // A dangling link would be created on write: it cannot be resolved, so it is refused.
  symlinkSync(path.join(outside, 'nothing'), path.join(root, 'dangling'));
  expect(() => realPathOf(path.join(root, 'dangling', 'x'))).toThrow(OutsideError);
  expect(() => containedPath(root, path.join(root, 'dangling'))).toThrow(/symbolic link to nothing/);
});

test('containedPath accepts links that stay inside and refuses those that leave', () => {
  const root = folder();
  mkdirSync(path.join(root, 'real'));
  symlinkSync(path.join(root, 'real'), path.join(root, 'alias'));
  expect(containedPath(root, path.join(root, 'alias', 'f'))).toBe(path.join(root, 'real', 'f'));
  const outside = folder();
  symlinkSync(outside, path.join(root, 'out'));
  expect(() => containedPath(root, path.join(root, 'out', 'f'))).toThrow(`${path.join(root, 'out', 'f')} is outside ${root} (through a symbolic link, it is ${path.join(outside, 'f')})`);
  expect(() => containedPath(root, path.join(root, '..', 'f'))).toThrow(OutsideError);
});

test('writeFileInside writes new and existing files, and never through a symlinked file', () => {
  const root = folder();
  writeFileInside(root, path.join(root, 'a', 'b.txt'), 'one');
  writeFileInside(root, path.join(root, 'a', 'b.txt'), Buffer.from('two'));
  expect(readFileSync(path.join(root, 'a', 'b.txt'), 'utf8')).toBe('two');
  const outside = folder();
  writeFileSync(path.join(outside, 'target'), 'keep');
  symlinkSync(path.join(outside, 'target'), path.join(root, 'a', 'link.txt'));
  expect(() => writeFileInside(root, path.join(root, 'a', 'link.txt'), 'x')).toThrow(/it is a symbolic link/);
  expect(readFileSync(path.join(outside, 'target'), 'utf8')).toBe('keep');
});
