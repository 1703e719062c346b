// The one way an action's main function ends: its outputs written, or the step failed with one line that says why.
// The user's mistakes (InputError, and the classes an action names as such) fail with their message alone; anything
// else fails with its message too, its stack trace kept for the debug log. The user never sees a stack trace.

import * as core from '@actions/core';
import { LocatedError } from '../../shared/diagnostics.js';
import { onSecretExpanded } from '../../shared/secret-values.js';
import { InputError } from './inputs.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any error class, whatever its constructor takes
export type ErrorClass = abstract new (...args: any[]) => Error;

/** The line the step fails with, and whether the error is one the user made (no stack trace worth keeping). */
export function failureLine(error: unknown, userErrors: readonly ErrorClass[] = []): { line: string; userError: boolean } {
  if (error instanceof LocatedError) {
    // A parse failure that reached the shell: where it is, the way compilers say it.
    return { line: `${error.file}${error.line ? `:${error.line}` : ''}: ${error.message}`, userError: true };
  }
  const userError = error instanceof InputError || userErrors.some((type) => error instanceof type);
  if (!(error instanceof Error)) return { line: String(error), userError };
  return { line: error.message || error.name, userError };
}

/**
 * Runs an action's main function. `userErrors`: the pipeline's error classes that mean the user's files or settings
 * are wrong (passed in, so that each bundle carries only its own pipeline).
 */
export async function runAction(main: () => Promise<void>, userErrors: readonly ErrorClass[] = []): Promise<void> {
  // A value a parser read from the environment (`${VAR}` in requirements files) may be a token: the runner masks it.
  onSecretExpanded((value) => core.setSecret(value));
  try {
    await main();
  } catch (error) {
    const { line, userError } = failureLine(error, userErrors);
    if (!userError && error instanceof Error && error.stack) core.debug(error.stack);
    core.setFailed(line);
  }
}
