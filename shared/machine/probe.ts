// What the machine ml-hub runs on offers: CPUs, memory, free disk, NVIDIA GPUs and the CUDA version, and optionally a
// Python's version. setup-env calls it on runners; the generated setup.py gathers the same facts in Python.

import { execFile } from 'node:child_process';
import { statfs } from 'node:fs/promises';
import os from 'node:os';
import type { MachineFacts } from './model.js';
import { gpuQueryArgs, parseCudaVersion, parseGpuQuery } from './nvidia-smi.js';

export { checkRequirements, type RequirementsCheck } from './check-requirements.js';
export type { GpuInfo, MachineFacts } from './model.js';

/** Runs a program with arguments; undefined when it does not exist. A failing program still gives its exit code. */
export type CommandRunner = (file: string, args: string[]) => Promise<{ code: number; stdout: string } | undefined>;

export const runCommand: CommandRunner = (file, args) =>
  new Promise((resolve) => {
    execFile(file, args, { encoding: 'utf8', timeout: 20_000, windowsHide: true, maxBuffer: 4 << 20 }, (error, stdout) => {
      if (!error) return resolve({ code: 0, stdout });
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'EACCES') return resolve(undefined);
      resolve({ code: typeof code === 'number' ? code : 1, stdout: stdout ?? '' });
    });
  });

export interface ProbeOptions {
  /** Folder whose filesystem's free space counts (default: the working directory). */
  diskPath?: string;
  /** A Python interpreter to ask for its version. */
  python?: string;
  run?: CommandRunner;
}

export async function probeMachine(options: ProbeOptions = {}): Promise<MachineFacts> {
  const run = options.run ?? runCommand;
  const diskPath = options.diskPath ?? process.cwd();
  const [query, banner, disk, python] = await Promise.all([
    run('nvidia-smi', gpuQueryArgs),
    run('nvidia-smi', []),
    statfs(diskPath).then(
      (s) => ({ path: diskPath, free: s.bavail * s.bsize }),
      () => undefined,
    ),
    options.python ? run(options.python, ['-c', 'import platform; print(platform.python_version())']) : undefined,
  ]);
  // A broken driver makes nvidia-smi print its complaint and exit non-zero: that is no GPU, not a GPU named "NVIDIA-SMI has failed".
  const gpus = query?.code === 0 ? parseGpuQuery(query.stdout) : [];
  return {
    os: process.platform,
    arch: process.arch,
    cpus: os.availableParallelism(),
    memory: os.totalmem(),
    disk,
    gpus,
    cuda: gpus.length && banner?.code === 0 ? parseCudaVersion(banner.stdout) : undefined,
    python: python?.code === 0 ? python.stdout.trim() || undefined : undefined,
  };
}
