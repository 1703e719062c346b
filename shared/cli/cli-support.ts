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

/**
 * Prints `JSON.stringify(items, null, 2)` and a newline, the same bytes, an element at a time: one string for the
 * whole of a large report (13,000 files: 11 MB, and as much again while it is built) would be held at once.
 */
export function printJsonArray<T>(items: readonly T[], toJson: (item: T) => unknown): void {
  if (items.length === 0) {
    process.stdout.write('[]\n');
    return;
  }
  let chunk = '[';
  items.forEach((item, k) => {
    // At depth one every line of the element moves in by two spaces; JSON strings hold no raw newline.
    chunk += `${k ? ',' : ''}\n  ${JSON.stringify(toJson(item), null, 2).replaceAll('\n', '\n  ')}`;
    if (chunk.length >= 1 << 16) {
      process.stdout.write(chunk);
      chunk = '';
    }
  });
  process.stdout.write(`${chunk}\n]\n`);
}
