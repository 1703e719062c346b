// Which interpreter `ml-hub package-env` pins from, and the reason it prints.

import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { activePython } from '../../../cli/active-python.js';

/** A folder with an executable `bin/<name>`. */
function prefixWith(name: string): string {
  const prefix = mkdtempSync(path.join(tmpdir(), 'env-'));
  mkdirSync(path.join(prefix, 'bin'));
  writeFileSync(path.join(prefix, 'bin', name), '#!/bin/sh\n');
  chmodSync(path.join(prefix, 'bin', name), 0o755);
  return prefix;
}

const venv = prefixWith('python');
const conda = prefixWith('python');
const pathDir = path.join(prefixWith('python3'), 'bin');

test('--python wins over everything', () => {
  expect(activePython('/opt/py/bin/python3.11', { VIRTUAL_ENV: venv, PATH: pathDir })).toEqual({ python: '/opt/py/bin/python3.11', why: 'from --python' });
});

test('then the active virtualenv, then the conda environment', () => {
  expect(activePython(undefined, { VIRTUAL_ENV: venv, CONDA_PREFIX: conda, PATH: pathDir })).toEqual({
    python: path.join(venv, 'bin', 'python'),
    why: `the active virtualenv ($VIRTUAL_ENV=${venv})`,
  });
  expect(activePython(undefined, { CONDA_PREFIX: conda, PATH: pathDir })).toEqual({
    python: path.join(conda, 'bin', 'python'),
    why: `the active conda environment ($CONDA_PREFIX=${conda})`,
  });
});

test('a VIRTUAL_ENV without an interpreter in it falls through to python3 on the PATH', () => {
  const empty = mkdtempSync(path.join(tmpdir(), 'env-'));
  expect(activePython(undefined, { VIRTUAL_ENV: empty, PATH: `/nonexistent${path.delimiter}${pathDir}` })).toEqual({
    python: path.join(pathDir, 'python3'),
    why: 'python3 on the PATH (no virtualenv or conda environment is active)',
  });
});

test('no interpreter at all says so', () => {
  const found = activePython(undefined, { PATH: '/nonexistent' });
  expect(found.python).toBeUndefined();
  expect(found.why).toMatch(/^no Python found .*not pinned from installed versions$/);
});
