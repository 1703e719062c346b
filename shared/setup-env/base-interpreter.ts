// The interpreter a venv is built from: the one asked for; else the first of python3/python on PATH, `python3.X` on
// PATH and the runner's tool cache (GitHub's images keep several Pythons there) that meets the recorded Python. Its
// full version goes into the cache key and is checked against what the record says about Python.

import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

export interface BaseInterpreter {
  /** Absolute path (`sys.executable`): what the venv links to. */
  executable: string;
  /** `3.11.9`. */
  version: string;
}

const SNIPPET = 'import platform, sys; print(sys.executable); print(platform.python_version())';

function ask(command: string): Promise<BaseInterpreter | { problem: string }> {
  return new Promise((resolve) => {
    execFile(command, ['-c', SNIPPET], { encoding: 'utf8', timeout: 60_000, windowsHide: true }, (error, stdout, stderr) => {
      if (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'ENOENT') return resolve({ problem: `${command} was not found` });
        return resolve({ problem: `${command} failed: ${stderr.trim().split('\n').pop() || error.message}` });
      }
      const [executable, version] = stdout.trim().split(/\r?\n/).map((l) => l.trim());
      if (!executable || !version) return resolve({ problem: `${command} did not report its path and version` });
      resolve({ executable, version });
    });
  });
}

/** `python3.X` names and tool-cache interpreters whose folder version starts with one of `series` (`3.10`). */
export function versionedCandidates(series: string[], platform: NodeJS.Platform, toolCache: string | undefined, arch = process.arch): string[] {
  const names = platform === 'win32' ? [] : series.map((s) => `python${s}`);
  const cached: string[] = [];
  const root = toolCache && path.join(toolCache, 'Python');
  if (root && existsSync(root)) {
    const versions = readdirSync(root).filter((v) => series.some((s) => v === s || v.startsWith(`${s}.`)));
    // Newest patch release first: `3.10.14` before `3.10.9`.
    versions.sort((a, b) => b.localeCompare(a, undefined, { numeric: true }));
    const archDir = arch === 'arm64' ? 'arm64' : arch === 'ia32' ? 'x86' : 'x64';
    for (const v of versions) cached.push(platform === 'win32' ? path.join(root, v, archDir, 'python.exe') : path.join(root, v, archDir, 'bin', 'python3'));
  }
  return [...names, ...cached.filter((c) => existsSync(c))];
}

/**
 * `accepts` tells whether a version meets the record; `series` lists the `X.Y` versions worth looking for when the
 * default interpreter does not.
 */
export async function findBaseInterpreter(
  requested: string | undefined,
  platform: NodeJS.Platform = process.platform,
  wanted: { accepts: (version: string) => boolean; series: string[]; toolCache?: string } = { accepts: () => true, series: [] },
): Promise<BaseInterpreter> {
  const defaults = platform === 'win32' ? ['python'] : ['python3', 'python'];
  const candidates = requested ? [requested] : [...defaults, ...versionedCandidates(wanted.series, platform, wanted.toolCache)];
  const problems: string[] = [];
  let first: BaseInterpreter | undefined;
  for (const command of candidates) {
    const answer = await ask(command);
    if ('executable' in answer) {
      if (requested || wanted.accepts(answer.version)) return answer;
      first ??= answer;
    } else problems.push(answer.problem);
  }
  // None meets the record: the caller reports the default one's version against it.
  if (first) return first;
  const advice = requested ? '' : '; set up Python before this step (actions/setup-python) or pass the `python` input';
  throw new Error(`no Python interpreter to build the environment from: ${problems.join('; ')}${advice}`);
}
