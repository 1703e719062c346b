import * as fs from 'node:fs/promises';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { applyEdits, ApplyEditsError, type FileSystem } from '../../../shared/package/atomic-write.js';
import type { FileEdit } from '../../../shared/package/model.js';

let root: string;
beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'ml-hub-atomic-'));
  writeFileSync(path.join(root, 'requirements.txt'), 'numpy\n');
  writeFileSync(path.join(root, 'environment.yml'), 'dependencies:\n  - numpy\n');
  mkdirSync(path.join(root, 'sub'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** Every file under the root with its text (folders marked), to compare before and after. */
function snapshot(dir = root): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    const key = path.relative(root, full);
    if (entry.isDirectory()) Object.assign(out, { [`${key}/`]: '' }, snapshot(full));
    else if (entry.isSymbolicLink()) out[key] = `-> ${readlinkSync(full)}`;
    else out[key] = readFileSync(full, 'utf8');
  }
  return out;
}

const edits = (): FileEdit[] => [
  { path: 'requirements.txt', before: 'numpy\n', after: 'numpy\nseaborn\n', reasons: ['added seaborn'] },
  { path: 'environment.yml', before: 'dependencies:\n  - numpy\n', after: 'dependencies:\n  - numpy\n  - seaborn\n', reasons: ['added seaborn'] },
  { path: '.devcontainer/devcontainer.json', after: '{}\n', reasons: ['created'] },
];

test('writes every edit, creating folders, and leaves no temporary or backup files', async () => {
  await applyEdits(root, edits());
  expect(snapshot()).toEqual({
    'requirements.txt': 'numpy\nseaborn\n',
    'environment.yml': 'dependencies:\n  - numpy\n  - seaborn\n',
    '.devcontainer/': '',
    '.devcontainer/devcontainer.json': '{}\n',
    'sub/': '',
  });
});

test('keeps a replaced file’s permissions', async () => {
  await fs.chmod(path.join(root, 'requirements.txt'), 0o640);
  await applyEdits(root, edits().slice(0, 1));
  expect(statSync(path.join(root, 'requirements.txt')).mode & 0o777).toBe(0o640);
});

test('a failure mid-way (a path that is a folder, after two files were replaced) leaves every file as it was', async () => {
  const before = snapshot();
  const failing = [...edits(), { path: 'sub', before: 'x\n', after: 'y\n', reasons: [] }];
  await expect(applyEdits(root, failing)).rejects.toThrow(/cannot replace sub: .*EISDIR.*; no file was changed/);
  expect(snapshot()).toEqual(before);
});

test('a rename that fails on the last file puts back the files already renamed', async () => {
  const before = snapshot();
  let renames = 0;
  // The third rename into place fails, as a full disk or a lost mount would make it.
  const flaky: FileSystem = {
    ...fs,
    rename: async (from, to) => {
      if (String(from).endsWith('.tmp') && ++renames === 3) throw Object.assign(new Error('EIO: i/o error, rename'), { code: 'EIO' });
      return fs.rename(from, to);
    },
  };
  await expect(applyEdits(root, edits(), flaky)).rejects.toThrow(/EIO.*no file was changed/);
  expect(renames).toBe(3);
  expect(snapshot()).toEqual(before);
});

test('a file that changed since the plan was made is not overwritten', async () => {
  writeFileSync(path.join(root, 'environment.yml'), 'dependencies:\n  - scipy\n');
  const before = snapshot();
  await expect(applyEdits(root, edits())).rejects.toThrow('environment.yml is not what the plan was made from (it changed); plan again; no file was changed');
  expect(snapshot()).toEqual(before);
});

describe('paths it refuses', () => {
  test('outside the root by name', async () => {
    for (const p of ['../escape.txt', '/etc/passwd', 'sub/../../escape.txt', 'a\\b.txt', '']) {
      await expect(applyEdits(root, [{ path: p, after: 'x', reasons: [] }])).rejects.toBeInstanceOf(ApplyEditsError);
    }
  });

  test('through a symlinked folder or file leading outside, with nothing written', async () => {
    const outside = mkdtempSync(path.join(os.tmpdir(), 'ml-hub-outside-'));
    try {
      writeFileSync(path.join(outside, 'requirements.txt'), 'secret\n');
      symlinkSync(outside, path.join(root, 'linked'));
      symlinkSync(path.join(outside, 'requirements.txt'), path.join(root, 'requirements-dev.txt'));
      const before = snapshot();
      await expect(applyEdits(root, [edits()[0]!, { path: 'linked/requirements.txt', before: 'secret\n', after: 'x', reasons: [] }])).rejects.toThrow(
        'refusing to write linked/requirements.txt: linked is a symlink leading outside the project',
      );
      await expect(applyEdits(root, [{ path: 'requirements-dev.txt', before: 'secret\n', after: 'x', reasons: [] }])).rejects.toThrow(/symlink leading outside/);
      expect(snapshot()).toEqual(before);
      expect(readFileSync(path.join(outside, 'requirements.txt'), 'utf8')).toBe('secret\n');
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  test('a symlink inside the root is written through, and stays a link', async () => {
    symlinkSync('requirements.txt', path.join(root, 'requirements-link.txt'));
    await applyEdits(root, [{ path: 'requirements-link.txt', before: 'numpy\n', after: 'numpy\nscipy\n', reasons: [] }]);
    expect(lstatSync(path.join(root, 'requirements-link.txt')).isSymbolicLink()).toBe(true);
    expect(readFileSync(path.join(root, 'requirements.txt'), 'utf8')).toBe('numpy\nscipy\n');
  });

  test('two edits of one file', async () => {
    await expect(applyEdits(root, [edits()[0]!, edits()[0]!])).rejects.toThrow('two edits write requirements.txt');
    expect(existsSync(path.join(root, 'requirements.txt'))).toBe(true);
  });
});
