// Whether a Python version meets what a packaging file says about Python. A bare version (`3.11` in .python-version,
// runtime.txt or conda's `python=3.11`) names that release series, as pyenv and conda read it: 3.11.9 meets it, 3.12.0
// does not. Anything else is a PEP 440 specifier (`>=3.9,<3.13` from requires-python).

import type { PythonRequirement } from '../env/model.js';
import { satisfies } from '../env/pep440.js';

/** undefined when the requirement is not one ml-hub can evaluate. */
export function pythonMeets(version: string, requirement: Pick<PythonRequirement, 'specifier'>): boolean | undefined {
  const spec = requirement.specifier.replace(/\s+/g, '').replace(/^python-?/i, '');
  const series = /^=?(\d+(?:\.\d+)*)(?:\.\*)?$/.exec(spec);
  if (series) return satisfies(version, `==${series[1]}.*`);
  // conda writes `3.11.*` after an operator too, and single `=` for a series.
  return satisfies(version, spec.replace(/^=(?!=)/, '=='));
}

/** `3.11 (.python-version:1)`, for messages. */
export function describePythonRequirement(requirement: PythonRequirement): string {
  return `${requirement.specifier} (${requirement.file}:${requirement.line})`;
}

/** The `X.Y` series a set of Python requirements names (`3.10` from `python=3.10`, `==3.10.*`, `>=3.10,<3.11`). */
export function pythonSeries(specifiers: string[]): string[] {
  const series = new Set<string>();
  for (const spec of specifiers) for (const m of spec.matchAll(/(?<![\d.])(3\.\d{1,2})(?:\.[\d*]+)?/g)) series.add(m[1]!);
  return [...series];
}
