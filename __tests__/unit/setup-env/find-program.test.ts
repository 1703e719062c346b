import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findProgram } from '../../../shared/setup-env/find-program.js';

describe('findProgram', () => {
  const a = mkdtempSync(path.join(os.tmpdir(), 'path-a-'));
  const b = mkdtempSync(path.join(os.tmpdir(), 'path-b-'));
  writeFileSync(path.join(a, 'uv'), 'not executable');
  writeFileSync(path.join(b, 'uv'), '#!/bin/sh\n');
  chmodSync(path.join(b, 'uv'), 0o755);

  test('the first executable file of that name on PATH; a file without the execute bit does not count', () => {
    expect(findProgram('uv', { PATH: [a, b].join(':') }, 'linux')).toBe(path.join(b, 'uv'));
    expect(findProgram('conda', { PATH: [a, b].join(':') }, 'linux')).toBeUndefined();
    expect(findProgram('uv', {}, 'linux')).toBeUndefined();
  });

  test('on Windows only .exe and .com count: a .bat needs cmd.exe, and ml-hub starts no shell', () => {
    const condabin = mkdtempSync(path.join(os.tmpdir(), 'condabin-'));
    const scripts = mkdtempSync(path.join(os.tmpdir(), 'scripts-'));
    writeFileSync(path.join(condabin, 'conda.bat'), '@echo off\n');
    writeFileSync(path.join(scripts, 'conda.exe'), 'MZ');
    // Windows separates PATH entries with `;` and may spell the variable `Path`.
    expect(findProgram('conda', { Path: `${condabin};${scripts}` }, 'win32')).toBe(path.join(scripts, 'conda.exe'));
    expect(findProgram('conda', { Path: condabin }, 'win32')).toBeUndefined();
  });
});
