// The interpreter `ml-hub package-env` pins from on a laptop: the one asked for, else the active virtualenv's or conda
// environment's, else python3 on the PATH — with the reason, since pins from the wrong environment mislead.

import { accessSync, constants } from 'node:fs';
import path from 'node:path';

export interface ActivePython {
  python?: string;
  why: string;
}

function executable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** `<prefix>/bin/python`, or `<prefix>\Scripts\python.exe` (virtualenv) / `<prefix>\python.exe` (conda) on Windows. */
function inPrefix(prefix: string): string | undefined {
  const candidates =
    process.platform === 'win32'
      ? [path.join(prefix, 'Scripts', 'python.exe'), path.join(prefix, 'python.exe')]
      : [path.join(prefix, 'bin', 'python'), path.join(prefix, 'bin', 'python3')];
  return candidates.find(executable);
}

function onPath(name: string, env: NodeJS.ProcessEnv): string | undefined {
  const names = process.platform === 'win32' ? [`${name}.exe`, 'python.exe'] : [name];
  for (const dir of (env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    const found = names.map((n) => path.join(dir, n)).find(executable);
    if (found) return found;
  }
  return undefined;
}

export function activePython(explicit: string | undefined, env: NodeJS.ProcessEnv = process.env): ActivePython {
  if (explicit) return { python: explicit, why: 'from --python' };
  if (env.VIRTUAL_ENV) {
    const python = inPrefix(env.VIRTUAL_ENV);
    if (python) return { python, why: `the active virtualenv ($VIRTUAL_ENV=${env.VIRTUAL_ENV})` };
  }
  if (env.CONDA_PREFIX) {
    const python = inPrefix(env.CONDA_PREFIX);
    if (python) return { python, why: `the active conda environment ($CONDA_PREFIX=${env.CONDA_PREFIX})` };
  }
  const python = onPath('python3', env);
  if (python) return { python, why: 'python3 on the PATH (no virtualenv or conda environment is active)' };
  return { why: 'no Python found (no --python, no active environment, no python3 on the PATH): added packages are not pinned from installed versions' };
}
