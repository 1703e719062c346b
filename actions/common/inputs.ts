// Reading action inputs the same way in every action.

import * as core from '@actions/core';
import path from 'node:path';
import { isInside, OutsideError, realPathOf } from '../../shared/contained-path.js';

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

/**
 * A folder input resolved inside the workspace; the action refuses to read or write outside it, by name or through a
 * symlink in the repository (`path: project` where `project -> /home/runner`).
 */
export function workspacePathInput(name: string): string {
  const value = core.getInput(name) || '.';
  return workspacePath(name, value);
}

/** `value` resolved against the workspace, refused unless its real path stays inside the workspace's. */
export function workspacePath(name: string, value: string): string {
  const ws = workspace();
  const resolved = path.resolve(ws, value);
  try {
    const real = realPathOf(resolved);
    if (!isInside(realPathOf(ws), real)) {
      throw new InputError(`input ${name}: ${value} is outside the workspace ${ws}${isInside(ws, resolved) ? ` (through a symbolic link, it is ${real})` : ''}`);
    }
  } catch (error) {
    if (error instanceof OutsideError) throw new InputError(`input ${name}: ${error.message}`);
    throw error;
  }
  return resolved;
}

/** A mistake in the workflow file: shown as one clear line, not a stack trace. */
export class InputError extends Error {}
