// .devcontainer/devcontainer.json, so that the Codespaces link the generated setup.py prints opens on a machine that
// fits and recreates the environment. A new file gets an image with the declared Python and a postCreateCommand; an
// existing one is the user's: only the hostRequirements keys the record sets are edited, in place, comments kept.

import { existsSync } from 'node:fs';
import path from 'node:path';
import { applyEdits, modify, parse, printParseErrorCode, type FormattingOptions, type ParseError } from 'jsonc-parser';
import type { MachineRequirements } from '../config/config.js';
import { requiredPythonSpecifier } from '../env/python-version.js';
import { nominalGb } from '../machine/units.js';
import type { FileEdit, LeftAlone } from './model.js';

export const devcontainerPath = '.devcontainer/devcontainer.json';

export interface DevcontainerOptions {
  /** The project can use a GPU without needing one: `gpu: "optional"` when the record asks for none. */
  gpu?: 'optional';
}

/** hostRequirements for the record: sizes as whole GB (`16gb`), which is how Codespaces matches machine types. */
export function hostRequirementsFor(requirements: MachineRequirements, options: DevcontainerOptions = {}): Record<string, number | string | boolean> {
  const host: Record<string, number | string | boolean> = {};
  if (requirements.cpus) host.cpus = requirements.cpus;
  if (requirements.memory) host.memory = `${nominalGb(requirements.memory)}gb`;
  if (requirements.disk) host.storage = `${nominalGb(requirements.disk)}gb`;
  if (requirements.gpu) host.gpu = true;
  else if (options.gpu === 'optional') host.gpu = 'optional';
  return host;
}

/** `mcr.microsoft.com/devcontainers/python:3.11` for `3.11`, `>=3.11` or `~=3.11.4`; the current Python 3 otherwise. */
export function pythonImage(python: string | undefined): string {
  const version = python ? /(\d+)\.(\d+)/.exec(requiredPythonSpecifier(python)) : null;
  return `mcr.microsoft.com/devcontainers/python:${version ? `${version[1]}.${version[2]}` : '3'}`;
}

function newDevcontainer(root: string, requirements: MachineRequirements, options: DevcontainerOptions): string {
  const environmentFile = ['environment.yml', 'environment.yaml'].find((f) => existsSync(path.join(root, f)));
  const config: Record<string, unknown> = { name: path.basename(path.resolve(root)), image: pythonImage(requirements.python) };
  const host = hostRequirementsFor(requirements, options);
  if (Object.keys(host).length) config.hostRequirements = host;
  // Array commands run without a shell.
  if (environmentFile) {
    config.features = { 'ghcr.io/devcontainers/features/conda:1': {} };
    config.postCreateCommand = ['conda', 'env', 'create', '-f', environmentFile];
  } else if (existsSync(path.join(root, 'requirements.txt'))) {
    config.postCreateCommand = ['python', '-m', 'pip', 'install', '-r', 'requirements.txt'];
  }
  return `// Written by ml-hub package-env. Edit freely: ml-hub only keeps hostRequirements in step with the requirements record.\n${JSON.stringify(config, null, 2)}\n`;
}

/** Indentation and line endings of the user's file, so that inserted keys look like theirs. */
function formattingOf(text: string): FormattingOptions {
  const indents = [...text.matchAll(/^([ \t]+)\S/gm)].map((m) => m[1]!);
  const tabs = indents.length > 0 && indents[0]!.startsWith('\t');
  const spaces = indents.filter((i) => !i.includes('\t')).map((i) => i.length);
  return { insertSpaces: !tabs, tabSize: tabs ? 1 : spaces.length ? Math.min(...spaces) : 2, eol: text.includes('\r\n') ? '\r\n' : '\n' };
}

const same = (a: unknown, b: unknown) =>
  typeof a === 'string' && typeof b === 'string' ? a.replace(/\s+/g, '').toLowerCase() === b.toLowerCase() : a === b;

/**
 * The devcontainer.json edit for the record; undefined when nothing changes (or the record asks for nothing and the
 * file exists). `existingText` is the current `.devcontainer/devcontainer.json`, if any.
 */
export function planDevcontainer(
  root: string,
  requirements: MachineRequirements,
  existingText: string | undefined,
  options: DevcontainerOptions = {},
): FileEdit | LeftAlone | undefined {
  if (existingText === undefined) {
    const host = hostRequirementsFor(requirements, options);
    const reasons = ['generated .devcontainer/devcontainer.json so that Codespaces recreates the environment'];
    if (Object.keys(host).length) reasons.push(`hostRequirements ${JSON.stringify(host)} from the requirements record`);
    return { path: devcontainerPath, after: newDevcontainer(root, requirements, options), reasons };
  }
  const errors: ParseError[] = [];
  const config: unknown = parse(existingText, errors, { allowTrailingComma: true });
  if (errors.length) {
    const e = errors[0]!;
    const line = existingText.slice(0, e.offset).split('\n').length;
    return { path: devcontainerPath, reason: `devcontainer.json cannot be read (${printParseErrorCode(e.error)} on line ${line}), so package-env leaves it as it is` };
  }
  if (typeof config !== 'object' || config === null || Array.isArray(config)) {
    return { path: devcontainerPath, reason: 'devcontainer.json is not a JSON object, so package-env leaves it as it is' };
  }
  const current = (config as { hostRequirements?: unknown }).hostRequirements;
  const existing = typeof current === 'object' && current !== null && !Array.isArray(current) ? (current as Record<string, unknown>) : undefined;
  const formattingOptions = formattingOf(existingText);
  let text = existingText;
  const reasons: string[] = [];
  for (const [key, value] of Object.entries(hostRequirementsFor(requirements, options))) {
    if (same(existing?.[key], value)) continue;
    // Separate modify() results must not be merged: apply each before computing the next.
    const target = existing ? ['hostRequirements', key] : ['hostRequirements'];
    const newValue = existing ? value : hostRequirementsFor(requirements, options);
    text = applyEdits(text, modify(text, target, newValue, { formattingOptions }));
    if (!existing) {
      reasons.push(`added hostRequirements ${JSON.stringify(newValue)} from the requirements record`);
      break;
    }
    reasons.push(`hostRequirements.${key}: ${existing[key] === undefined ? 'unset' : JSON.stringify(existing[key])} → ${JSON.stringify(value)}`);
  }
  return text === existingText ? undefined : { path: devcontainerPath, before: existingText, after: text, reasons };
}
