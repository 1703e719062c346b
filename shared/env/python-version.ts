// Python versions, the one home for what ml-hub makes of them. Two kinds of text name a Python, and a bare version
// means something different in each:
//
// - A packaging file's Python line (PythonRequirement.specifier): requires-python, python_requires and Pipfile's
//   python_version are PEP 440 and mean what they say; a bare version is what pyenv, runtime.txt and conda mean by it,
//   one release series: `3.11` (.python-version, conda `python=3.11`, stored as `3.11`) is any 3.11.x, `3.11.4` that
//   release. `declaredPythonSpecifier` turns the line into PEP 440; detect-env's conflicts, setup-env's choice of
//   interpreter and the standard library to assume all read it through here.
// - The `requirements:` record's `python` (ml-hub's own settings): the machine the project needs, so `3.11` is 3.11 or
//   newer (`requiredPythonSpecifier`), what the generated setup.py's python_requires and machine check say. That
//   check evaluates a release-number subset of PEP 440 (`pythonSatisfies`) with the standard library only;
//   assets/bootstrap_setup.py mirrors `requiredPythonSpecifier` and `pythonSatisfies` line for line (the setup-py tests
//   compare both sides).

import type { PythonRequirement } from './model.js';
import { satisfies } from './pep440.js';

/** A bare release (`3.11`, `3.13.0rc1`), a series (`3.11.*`) or conda's fuzzy `=3.11`. */
const seriesOrRelease = /^(=?)(\d+(?:\.\d+)*)((?:a|b|rc)\d+)?(\.\*)?$/;

/**
 * One clause of a Python line as PEP 440: `3.11`, `3.11.*`, `=3.11` → `==3.11.*`, `=3.11.4` → `==3.11.4.*` (conda's `=`);
 * `3.11.4` and `3.13.0rc1` → `==3.11.4` (one release); undefined for anything else (an operator clause).
 */
export function pythonSeriesClause(clause: string): string | undefined {
  const m = seriesOrRelease.exec(clause);
  if (!m) return undefined;
  const [, fuzzy, release, pre, star] = m as unknown as [string, string, string, string | undefined, string | undefined];
  if (pre) return star ? undefined : `==${release}${pre}`;
  return fuzzy || star || release.split('.').length < 3 ? `==${release}.*` : `==${release}`;
}

/** A packaging file's Python line as a PEP 440 specifier set: `3.11` → `==3.11.*`, `python-3.11.4` → `==3.11.4`,
 * `>=3.9, <3.13` → `>=3.9,<3.13`. Clauses that are not a bare version stay as written (spaces removed). */
export function declaredPythonSpecifier(specifier: string): string {
  const spec = specifier.replace(/\s+/g, '').replace(/^(?:python-?)+/i, '');
  return spec
    .split(',')
    .map((clause) => pythonSeriesClause(clause) ?? clause)
    .join(',');
}

/** Whether a Python version meets a packaging file's Python line; undefined when ml-hub cannot evaluate it. */
export function pythonMeets(version: string, requirement: Pick<PythonRequirement, 'specifier'>): boolean | undefined {
  return satisfies(version, declaredPythonSpecifier(requirement.specifier));
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

// ---------------------------------------------------------------------------------------------------------------
// The requirements record, and the subset of PEP 440 the generated setup.py evaluates the same way.

const clause = /^(~=|===|==|!=|<=|>=|<|>)(\d+(?:\.\d+)*)(\.\*)?$/;

/** The record's `python`: `3.11` → `>=3.11`; `3.11.*` → `>=3.11`; a specifier stays as written, spaces removed. */
export function requiredPythonSpecifier(python: string): string {
  const s = python.replace(/\s+/g, '');
  return /^\d+(\.\d+)*(\.\*)?$/.test(s) ? `>=${s.replace(/\.\*$/, '')}` : s;
}

function release(version: string): number[] | undefined {
  const m = /^v?(\d+(?:\.\d+)*)/.exec(version.trim());
  return m ? m[1]!.split('.').map(Number) : undefined;
}

function compare(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return 0;
}

const startsWith = (v: number[], prefix: number[]) => prefix.every((p, i) => (v[i] ?? 0) === p);

/** Whether `version` (`3.11.4`, `3.13.0rc1`) meets `specifier`; undefined when either is outside the subset. */
export function pythonSatisfies(version: string, specifier: string): boolean | undefined {
  const v = release(version);
  if (!v) return undefined;
  let ok = true;
  for (const part of specifier.split(',').map((p) => p.trim()).filter(Boolean)) {
    const m = clause.exec(part);
    if (!m) return undefined;
    const [, op, text, star] = m as unknown as [string, string, string, string | undefined];
    const target = text.split('.').map(Number);
    if (star && op !== '==' && op !== '!=') return undefined;
    let pass: boolean;
    switch (op) {
      case '==':
        pass = star ? startsWith(v, target) : compare(v, target) === 0;
        break;
      case '!=':
        pass = star ? !startsWith(v, target) : compare(v, target) !== 0;
        break;
      case '===':
        pass = version.trim() === text;
        break;
      case '~=':
        if (target.length < 2) return undefined;
        pass = compare(v, target) >= 0 && startsWith(v, target.slice(0, -1));
        break;
      case '>=':
        pass = compare(v, target) >= 0;
        break;
      case '<=':
        pass = compare(v, target) <= 0;
        break;
      case '>':
        pass = compare(v, target) > 0;
        break;
      default:
        pass = compare(v, target) < 0;
    }
    ok &&= pass;
  }
  return ok;
}
