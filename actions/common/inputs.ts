// Reading action inputs the same way in every action.

import * as core from '@actions/core';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { isInside, OutsideError, realPathOf } from '../../shared/contained-path.js';
import { parseDuration, parseSize } from '../../shared/text/units.js';

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

/** A size (`10MB`, `512 KiB`, `1048576`) in whole bytes; a bare number counts in `bare` units, as in shared/text/units.ts. */
export function sizeInput(name: string, fallback: string, bare: 'B' | 'GiB' = 'B'): number {
  const text = core.getInput(name).trim() || fallback;
  const size = parseSize(text, bare);
  if (size === undefined) throw new InputError(`input ${name}: expected a size such as 10MB, 512KiB or 1048576, got "${text}"`);
  return Math.floor(size);
}

/** A duration (`6h`, `1h30m`, `45m`, `90s`; a bare number is minutes) in milliseconds: the reading `ml-hub` options get too. */
export function durationInput(name: string, fallback: string): number {
  try {
    return parseDuration(core.getInput(name) || fallback);
  } catch (error) {
    throw new InputError(`input ${name}: ${(error as Error).message}`);
  }
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

/** The project folder (the `path` input), which must exist inside the workspace. */
export function projectPathInput(name: string): string {
  const root = workspacePathInput(name);
  if (!existsSync(root)) throw new InputError(`input ${name}: ${core.getInput(name)} does not exist in the workspace`);
  return root;
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

/** GITHUB_REPOSITORY, the repository the workflow runs in, as owner and name. */
export function workflowRepository(action: string): { owner: string; repo: string; repository: string } {
  const repository = process.env.GITHUB_REPOSITORY;
  if (!repository?.includes('/')) throw new InputError(`GITHUB_REPOSITORY is not set; ${action} runs in a GitHub Actions workflow`);
  const [owner, repo] = repository.split('/') as [string, string];
  return { owner, repo, repository };
}

/** The branch the workflow runs on (GITHUB_REF `refs/heads/…`); undefined for a tag, a pull request's merge ref, …. */
export function workflowBranch(): string | undefined {
  const ref = process.env.GITHUB_REF ?? '';
  return ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined;
}

/** What `read` throws is a mistake in an input: the step fails with its message, as an InputError. */
export function parsedInput<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    throw new InputError((error as Error).message);
  }
}

/** The token input, else GITHUB_TOKEN, masked in the log; `otherwise` says what else to pass when it is empty. */
export function tokenInput(name: string, otherwise: string): string {
  const token = core.getInput(name) || process.env.GITHUB_TOKEN || '';
  if (!token) throw new InputError(`input ${name}: empty; pass \`${name}: \${{ github.token }}\` ${otherwise}`);
  core.setSecret(token);
  return token;
}

/** A mistake in the workflow file: shown as one clear line, not a stack trace. */
export class InputError extends Error {}
