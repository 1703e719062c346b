// Reading action inputs the same way in every action.

import * as core from '@actions/core';
import path from 'node:path';

/** A list input: one item per line or comma-separated; blank items and `#` comments dropped. */
export function listInput(name: string): string[] {
  return core
    .getInput(name)
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter((s) => s && !s.startsWith('#'));
}

/**
 * `true` or `false` (any case, as YAML writes them). Empty — the input set to '' in the workflow; the runner fills in
 * action.yml's default when it is left out — means false.
 */
export function booleanInput(name: string): boolean {
  const value = core.getInput(name).trim().toLowerCase();
  if (value === 'true') return true;
  if (value === 'false' || value === '') return false;
  throw new InputError(`input ${name}: expected true or false, got "${core.getInput(name)}"`);
}

export function choiceInput<T extends string>(name: string, choices: readonly T[]): T | undefined {
  const value = core.getInput(name).trim();
  if (!value) return undefined;
  if (!(choices as readonly string[]).includes(value)) throw new InputError(`input ${name}: expected one of ${choices.join(', ')}, got "${value}"`);
  return value as T;
}

export function workspace(): string {
  return path.resolve(process.env.GITHUB_WORKSPACE ?? process.cwd());
}

/** A folder input resolved inside the workspace; the action refuses to read or write outside it. */
export function workspacePathInput(name: string): string {
  const ws = workspace();
  const value = core.getInput(name) || '.';
  const resolved = path.resolve(ws, value);
  if (resolved !== ws && !resolved.startsWith(ws + path.sep)) throw new InputError(`input ${name}: ${value} is outside the workspace ${ws}`);
  return resolved;
}

/** A mistake in the workflow file: shown as one clear line, not a stack trace. */
export class InputError extends Error {}
