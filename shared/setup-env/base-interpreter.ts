// The interpreter a venv is built from: the one asked for, else python3 (python on Windows) on PATH. Its full
// version goes into the cache key and is checked against what the record says about Python.

import { execFile } from 'node:child_process';

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

export async function findBaseInterpreter(requested: string | undefined, platform: NodeJS.Platform = process.platform): Promise<BaseInterpreter> {
  const candidates = requested ? [requested] : platform === 'win32' ? ['python'] : ['python3', 'python'];
  const problems: string[] = [];
  for (const command of candidates) {
    const answer = await ask(command);
    if ('executable' in answer) return answer;
    problems.push(answer.problem);
  }
  const advice = requested ? '' : '; set up Python before this step (actions/setup-python) or pass the `python` input';
  throw new Error(`no Python interpreter to build the environment from: ${problems.join('; ')}${advice}`);
}
