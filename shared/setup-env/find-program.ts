// Finds a program on PATH the way a shell would, without starting one. On Windows only `.exe` and `.com` count:
// `.bat`/`.cmd` files (conda's condabin\conda.bat) can be started only through cmd.exe, and ml-hub never starts a
// shell; conda installs a conda.exe in Scripts\ beside it.

import { accessSync, constants, statSync } from 'node:fs';
import path from 'node:path';

/** `platform` decides PATH's separator and which names count; files are looked up on this machine's file system. */
export function findProgram(name: string, env: Record<string, string | undefined> = process.env, platform: NodeJS.Platform = process.platform): string | undefined {
  const windows = platform === 'win32';
  const pathValue = env.PATH ?? env.Path ?? '';
  const names = windows ? ['.exe', '.com'].map((ext) => (name.toLowerCase().endsWith(ext) ? name : name + ext)) : [name];
  for (const dir of pathValue.split(windows ? ';' : ':')) {
    if (!dir) continue;
    for (const candidate of names) {
      const full = path.join(dir, candidate);
      if (isExecutable(full, windows)) return full;
    }
  }
  return undefined;
}

function isExecutable(file: string, windows: boolean): boolean {
  try {
    if (!statSync(file).isFile()) return false;
    if (!windows) accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
