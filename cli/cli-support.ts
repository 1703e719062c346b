// What every CLI command shares: argument parsing that reports mistakes plainly, and the exit codes.

import { once } from 'node:events';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** The ml-hub checkout this CLI runs from: the sources sit in its cli/, the bundle in its dist/cli/. */
export function mlHubHome(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  return path.basename(path.dirname(here)) === 'dist' ? path.resolve(here, '..', '..') : path.resolve(here, '..');
}

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
 * Standard output in pieces of about 64 KiB, each written once the pipe has taken the one before: a pipe's reader may
 * be slower than the writer, and every piece written before it drains waits in memory (11 MB of JSON: 60 MB).
 */
export class StdoutWriter {
  private pending = '';

  async write(text: string): Promise<void> {
    this.pending += text;
    if (this.pending.length >= 1 << 16) await this.flush();
  }

  async flush(): Promise<void> {
    const text = this.pending;
    this.pending = '';
    if (text && !process.stdout.write(text)) await once(process.stdout, 'drain');
  }
}

/**
 * Prints `JSON.stringify(items, null, 2)` and a newline, the same bytes, an element at a time: one string for the
 * whole of a large report (13,000 files: 11 MB, and as much again while it is built) would be held at once.
 */
export async function printJsonArray<T>(items: Iterable<T> | AsyncIterable<T>, toJson: (item: T) => unknown): Promise<void> {
  const out = new StdoutWriter();
  let first = true;
  for await (const item of items) {
    // At depth one every line of the element moves in by two spaces; JSON strings hold no raw newline.
    await out.write(`${first ? '[' : ','}\n  ${JSON.stringify(toJson(item), null, 2).replaceAll('\n', '\n  ')}`);
    first = false;
  }
  await out.write(first ? '[]\n' : '\n]\n');
  await out.flush();
}
