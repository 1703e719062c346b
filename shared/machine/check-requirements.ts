// Compares a machine with the requirements record and says, one line per resource, what is missing. The generated
// setup.py prints the same lines (assets/bootstrap_setup.py mirrors this function; the integration test compares them).

import type { MachineRequirements } from '../config/config.js';
import type { MachineFacts } from './model.js';
import { pythonSatisfies, requiredPythonSpecifier } from '../env/python-version.js';
import { formatGb, MEMORY_TOLERANCE } from './units.js';

export interface RequirementsCheck {
  ok: boolean;
  /** `Insufficient CPU: needs 8 cores, found 2`, in the order CPU, memory, disk, GPU, Python. */
  shortfalls: string[];
}

const plural = (n: number, word: string) => (n === 1 ? word : `${word}s`);

export function checkRequirements(facts: MachineFacts, requirements: MachineRequirements): RequirementsCheck {
  const shortfalls: string[] = [];
  const { cpus, memory, disk, gpu, python } = requirements;
  if (cpus && facts.cpus < cpus) shortfalls.push(`Insufficient CPU: needs ${cpus} ${plural(cpus, 'core')}, found ${facts.cpus}`);
  if (memory && facts.memory < memory * (1 - MEMORY_TOLERANCE)) {
    shortfalls.push(`Insufficient memory: needs ${formatGb(memory, 'up')} GB, found ${formatGb(facts.memory, 'down')} GB`);
  }
  if (disk && facts.disk && facts.disk.free < disk) {
    shortfalls.push(`Insufficient disk space: needs ${formatGb(disk, 'up')} GB free, found ${formatGb(facts.disk.free, 'down')} GB free`);
  }
  if (gpu && facts.gpus.length < gpu) {
    const found = facts.gpus.length === 0 ? 'none' : String(facts.gpus.length);
    shortfalls.push(`Insufficient GPU: needs ${gpu} NVIDIA ${plural(gpu, 'GPU')}, found ${found}`);
  }
  if (python && facts.python) {
    const specifier = requiredPythonSpecifier(python);
    if (pythonSatisfies(facts.python, specifier) === false) shortfalls.push(`Unsupported Python: needs ${specifier}, found ${facts.python}`);
  }
  return { ok: shortfalls.length === 0, shortfalls };
}
