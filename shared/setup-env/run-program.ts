// Starts one program with an argument array (never a shell), streams its output to the caller as it comes, and keeps
// the last lines for the error message when it fails.

import { spawn } from 'node:child_process';

export interface ProgramCall {
  program: string;
  args: string[];
  cwd: string;
}

export interface RunOptions {
  env?: Record<string, string | undefined>;
  /** Receives stdout and stderr as they arrive. */
  write?: (chunk: string) => void;
}

export class ProgramError extends Error {}

const tailLines = 20;

/** How a call reads in a log: arguments with spaces or quotes are JSON-quoted, so nothing is ambiguous. */
export function showCall(call: Pick<ProgramCall, 'program' | 'args'>): string {
  return [call.program, ...call.args].map((a) => (/^[\w@%+=:,./\\-]+$/.test(a) ? a : JSON.stringify(a))).join(' ');
}

export function runProgram(call: ProgramCall, options: RunOptions = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(call.program, call.args, { cwd: call.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true });
    let tail = '';
    const take = (chunk: string) => {
      options.write?.(chunk);
      tail = (tail + chunk).split('\n').slice(-tailLines - 1).join('\n');
    };
    child.stdout.setEncoding('utf8').on('data', take);
    child.stderr.setEncoding('utf8').on('data', take);
    child.on('error', (error: NodeJS.ErrnoException) => {
      reject(new ProgramError(error.code === 'ENOENT' ? `${call.program} was not found` : `${showCall(call)} could not start: ${error.message}`));
    });
    child.on('close', (code, signal) => {
      if (code === 0) return resolve();
      const how = signal ? `was stopped by ${signal}` : `failed with exit code ${code}`;
      const last = tail.trim();
      reject(new ProgramError(`${showCall(call)} ${how}${last ? `:\n${last}` : ''}`));
    });
  });
}
