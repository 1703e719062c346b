// What to run on the runner: an entry point of the project's MLproject (its parameters checked here, before a runner is
// paid for), a .py/.sh file MLflow runs as an entry point, or else a command line.

import { LocatedError } from '../diagnostics.js';
import type { FileReader } from '../env/model.js';
import { readMlprojectEntryPoints } from '../env/mlproject.js';
import type { Parameters } from './parameters.js';
import type { TrainingRequest } from './pack-inputs.js';

export interface ResolvedEntryPoint {
  kind: TrainingRequest['kind'];
  /** Lines worth showing: parameters MLflow will pass through, defaults that apply. */
  notes: string[];
}

/** The entry point cannot run as given; the message says what to change. */
export class EntryPointError extends Error {
  override name = 'EntryPointError';
}

export function resolveEntryPoint(reader: FileReader, entryPoint: string, parameters: Parameters): ResolvedEntryPoint {
  const name = entryPoint.trim();
  if (name === '') throw new EntryPointError('the entry point is empty: name an MLproject entry point or give a command');
  const text = reader.read('MLproject');
  if (text === undefined) {
    // A bare word with no MLproject is almost always a forgotten MLproject, not a program called `main`.
    if (name === 'main') throw new EntryPointError('there is no MLproject, so there is no entry point "main": give a command instead, such as `python train.py`');
    return { kind: 'command', notes: [] };
  }
  let entryPoints;
  try {
    entryPoints = readMlprojectEntryPoints(text);
  } catch (error) {
    if (error instanceof LocatedError) throw new EntryPointError(`${error.file}:${error.line ?? 1}: ${error.message}`);
    throw error;
  }
  const declared = entryPoints.find((e) => e.name === name);
  if (!declared) {
    // MLflow runs any .py or .sh file of the project as an entry point of its own.
    if (/^[^\s]+\.(py|sh)$/.test(name)) return { kind: 'mlproject', notes: [] };
    if (!/\s/.test(name)) {
      const known = entryPoints.map((e) => e.name).join(', ') || 'none';
      throw new EntryPointError(`MLproject has no entry point "${name}" (it has: ${known}); for a command, give the whole command line`);
    }
    return { kind: 'command', notes: [] };
  }
  const missing = declared.parameters.filter((p) => p.default === undefined && !(p.name in parameters)).map((p) => p.name);
  if (missing.length) {
    throw new EntryPointError(`MLproject entry point ${name} needs ${missing.map((m) => `"${m}"`).join(', ')}, which ${missing.length === 1 ? 'has' : 'have'} no default: pass ${missing.length === 1 ? 'it' : 'them'} as parameters`);
  }
  const names = new Set(declared.parameters.map((p) => p.name));
  const extra = Object.keys(parameters).filter((p) => !names.has(p));
  const notes = extra.length ? [`MLproject entry point ${name} does not declare ${extra.join(', ')}; MLflow appends undeclared parameters to its command as --name value.`] : [];
  return { kind: 'mlproject', notes };
}
