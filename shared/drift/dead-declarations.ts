// Declarations whose environment marker can never hold under the Python the project declares: a backport such as
// `dataclasses; python_version < "3.7"` in a project that requires `>=3.8`. They are listed as dead, not as unused:
// nothing should import them, and the line can go. An import under a Python version check that never holds
// (`if sys.version_info < (3, 8): import importlib_metadata`) is dead code the same way: neither a need nor a use.

import type { Dependency, PythonRequirement } from '../env/model.js';
import { satisfies } from '../env/pep440.js';
import { evaluateMarker } from '../setup-env/markers.js';
import type { DeadDeclaration } from './model.js';

/** The Python versions a declaration can meet: every minor release a project could name, at its first and a late patch. */
const CANDIDATES = ['2.7', ...Array.from({ length: 20 }, (_, k) => `3.${k}`)].flatMap((minor) => [`${minor}.0`, `${minor}.99`]);

function allowedVersions(python: PythonRequirement): string[] {
  const spec = python.specifier.trim();
  // runtime.txt / conda `python=3.8.5` / `.python-version`: an exact version, or a prefix of one.
  if (/^\d+(\.\d+)*$/.test(spec)) {
    const parts = spec.split('.');
    return parts.length >= 3 ? [spec] : CANDIDATES.filter((v) => v.startsWith(`${parts.slice(0, 2).join('.')}.`));
  }
  return CANDIDATES.filter((v) => satisfies(v, spec) === true);
}

/** Does no Python the project allows meet `specifier` (`<3.8` under `>=3.10`)? Unknown when the project names none. */
export function neverMet(specifier: string, python: PythonRequirement | undefined): boolean {
  const versions = python ? allowedVersions(python) : [];
  return versions.length > 0 && versions.every((v) => satisfies(v, specifier) === false);
}

export function findDeadDeclarations(dependencies: readonly Dependency[], python: PythonRequirement | undefined): DeadDeclaration[] {
  if (!python) return [];
  const versions = allowedVersions(python);
  if (versions.length === 0) return [];
  const dead: DeadDeclaration[] = [];
  for (const d of dependencies) {
    if (!d.marker || !/python_(full_)?version/.test(d.marker)) continue;
    const never = versions.every((v) => evaluateMarker(d.marker!, { python_version: v.split('.').slice(0, 2).join('.'), python_full_version: v }) === false);
    if (never) dead.push({ name: d.name, file: d.file, line: d.line, marker: d.marker, python: `${python.specifier} (${python.file}:${python.line})` });
  }
  return dead;
}
