// The one way the actions print plain text to the job log. core.info writes its message raw, and the runner runs any
// line of it that looks like a workflow command; the messages quote run names, params, package, module and file
// names, so each goes through logText first (shared/log-text.ts). Annotations, groups, debug lines and masks are
// workflow commands issued by @actions/core, which escapes their data (`%`, CR, LF) so that it cannot end the command.

import * as core from '@actions/core';
import { randomBytes } from 'node:crypto';
import { logText } from '../../shared/log-text.js';

/** One or more lines of plain text; none of them can be a workflow command. */
export function info(message: string): void {
  core.info(logText(message));
}

/** For shared code that logs (the GitHub client, pull requests, setup-env): plain lines neutralised, the rest escaped by core. */
export const actionLog = {
  info,
  warning: (message: string) => core.warning(message),
  debug: (message: string) => core.debug(message),
};

/**
 * A program's output relayed as it comes, between stop-commands markers: the runner obeys no command inside, and the
 * random token cannot be guessed by what the program prints.
 */
export async function relayProgramOutput(run: (write: (chunk: string) => void) => Promise<void>): Promise<void> {
  const token = randomBytes(16).toString('hex');
  process.stdout.write(`::stop-commands::${token}\n`);
  let endsLine = true;
  try {
    await run((chunk) => {
      process.stdout.write(chunk);
      endsLine = /[\r\n]$/.test(chunk) || (chunk === '' && endsLine);
    });
  } finally {
    // The resume marker must start a line of its own to be read as one.
    process.stdout.write(`${endsLine ? '' : '\n'}::${token}::\n`);
  }
}
