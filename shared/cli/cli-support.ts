// What every CLI command shares: argument parsing that reports mistakes plainly, and the exit codes.

import { parseArgs, type ParseArgsConfig } from 'node:util';

export const exitCodes = { ok: 0, findings: 1, usage: 2 } as const;

export class UsageError extends Error {}

export function parseCommandArgs<T extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: T, command: string) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError(`${command}: ${(e as Error).message}`);
  }
}
