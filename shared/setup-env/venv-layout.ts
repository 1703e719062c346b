// Where an environment keeps its interpreter and programs, per runner OS. Pure functions of the prefix: the path
// module is chosen by the OS asked about, not the one running, so every layout is testable on any machine.
//
//   venv (python -m venv, uv venv)   Linux/macOS: <prefix>/bin/python       Windows: <prefix>\Scripts\python.exe
//   conda (conda, mamba, micromamba) Linux/macOS: <prefix>/bin/python       Windows: <prefix>\python.exe
//
// A conda environment on Windows also needs <prefix>\Scripts (pip and entry points) and <prefix>\Library\bin (DLLs
// such as MKL's) on PATH; conda's own activation adds those three.

import path from 'node:path';

export type RunnerOs = 'linux' | 'macos' | 'windows';
export type EnvironmentKind = 'venv' | 'conda';

/** `process.platform` as GitHub names runner OSes (RUNNER_OS, lower-cased). */
export function runnerOs(platform: NodeJS.Platform): RunnerOs {
  if (platform === 'win32') return 'windows';
  if (platform === 'darwin') return 'macos';
  return 'linux';
}

const pathFor = (os: RunnerOs) => (os === 'windows' ? path.win32 : path.posix);

export interface EnvironmentLayout {
  prefix: string;
  /** The environment's interpreter. */
  python: string;
  /** Folders to put on PATH, first first. */
  binDirs: string[];
}

/** `prefix` is absolute (the caller resolves it on the machine it runs on). */
export function environmentLayout(prefix: string, os: RunnerOs, kind: EnvironmentKind): EnvironmentLayout {
  const p = pathFor(os);
  const normal = p.normalize(prefix);
  // A trailing separator would double up in the joins below, except on a bare root (`/`, `C:\`).
  const root = normal.length > 1 && /[\\/]$/.test(normal) && !/^[A-Za-z]:\\$/.test(normal) ? normal.slice(0, -1) : normal;
  if (os !== 'windows') return { prefix: root, python: p.join(root, 'bin', 'python'), binDirs: [p.join(root, 'bin')] };
  if (kind === 'venv') return { prefix: root, python: p.join(root, 'Scripts', 'python.exe'), binDirs: [p.join(root, 'Scripts')] };
  return { prefix: root, python: p.join(root, 'python.exe'), binDirs: [root, p.join(root, 'Scripts'), p.join(root, 'Library', 'bin')] };
}
