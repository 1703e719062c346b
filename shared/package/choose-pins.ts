// How a package that package-env adds is pinned. The interpreter the project runs in knows the version that works;
// without one, a constraint another packaging file already declares keeps the files agreeing; else no pin at all
// (a guessed pin is worse than none).

import type { Diagnostic } from '../diagnostics.js';
import type { Dependency } from '../env/model.js';
import { satisfies } from '../env/pep440.js';
import type { PinStyle } from './model.js';
import { condaToPep440 } from './translate-specifier.js';

export const pinStyles: readonly PinStyle[] = ['exact', 'compatible', 'lower-bound', 'none'];

export interface Pin {
  /** PEP 440, `''` for unpinned. */
  specifier: string;
  /** Where the pin came from, for the reasons a PR body shows. */
  source: 'interpreter' | 'declared' | 'none';
  /** The declaration it was copied from, when source is `declared`. */
  declaredAt?: { file: string; line: number };
}

export interface PinContext {
  style: PinStyle;
  /** PEP 503 name → installed version, from the interpreter; undefined without one. */
  installed?: ReadonlyMap<string, string>;
  /** Every dependency of the project (generated files too: a lock file knows a version), with its PyPI name. */
  declared: readonly { pypi: string; dependency: Dependency }[];
}

/** The specifier PinStyle gives for an installed version; '' for `none`. */
export function pinFromVersion(version: string, style: PinStyle): string {
  const release = version.replace(/\+.*$/, '');
  switch (style) {
    case 'exact':
      return `==${version}`;
    case 'lower-bound':
      return `>=${release}`;
    case 'compatible':
      // `~=` needs two release numbers (`~=2` is invalid); a one-number version gets a lower bound instead.
      return /^(?:\d+!)?\d+\.\d+/.test(release) ? `~=${release}` : `>=${release}`;
    case 'none':
      return '';
  }
}

/** The first constraint another file declares for the package, in PEP 440. */
function declaredConstraint(pypi: string, context: PinContext): Pin | undefined {
  for (const { pypi: name, dependency: d } of context.declared) {
    if (name !== pypi || d.specifier === '' || d.constraintOnly) continue;
    const specifier = d.ecosystem === 'conda' ? condaToPep440(d.specifier) : d.specifier;
    if (specifier) return { specifier, source: 'declared', declaredAt: { file: d.file, line: d.line } };
  }
  return undefined;
}

/**
 * The pin for an added package. With an interpreter (and a style other than `none`), its installed version; but
 * when another file already declares a constraint that version breaks, that constraint, so that the files agree.
 */
export function choosePin(pypi: string, context: PinContext): Pin {
  const declared = declaredConstraint(pypi, context);
  const version = context.installed?.get(pypi);
  if (version !== undefined && context.style !== 'none') {
    const fits = declared ? satisfies(version, declared.specifier) !== false : true;
    if (fits) return { specifier: pinFromVersion(version, context.style), source: 'interpreter' };
  }
  return declared ?? { specifier: '', source: 'none' };
}

export interface PackageEnvSettings {
  pin?: PinStyle;
  /** Root-relative paths package-env may write; absent means its defaults. */
  targets?: string[];
  /** Test-only, docs-only and optional imports go into optional groups of pyproject.toml / Pipfile. */
  optionalGroups?: boolean;
  /** Notebooks are the project's code: their unconditional imports are added like the package's. */
  notebooks?: boolean;
}

/** `package-env:` in the ml-hub settings (kept as parsed in config.extra), checked. */
export function readPackageEnvSettings(raw: unknown, source: string | undefined): { settings: PackageEnvSettings; diagnostics: Diagnostic[] } {
  const settings: PackageEnvSettings = {};
  const diagnostics: Diagnostic[] = [];
  if (raw === undefined || raw === null) return { settings, diagnostics };
  const problem = (message: string) =>
    diagnostics.push({ severity: 'error', code: 'config/invalid', message: `package-env: ${message}`, file: source ?? 'settings' });
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    problem('expected a mapping with `pin`, `targets`, `optional-groups` and/or `notebooks`');
    return { settings, diagnostics };
  }
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    if (key === 'pin') {
      if (typeof value === 'string' && (pinStyles as string[]).includes(value)) settings.pin = value as PinStyle;
      else problem(`pin must be one of ${pinStyles.join(', ')}, got ${JSON.stringify(value)}`);
    } else if (key === 'targets') {
      if (Array.isArray(value) && value.every((v) => typeof v === 'string')) settings.targets = value as string[];
      else problem('targets must be a list of file paths');
    } else if (key === 'optional-groups' || key === 'notebooks') {
      if (typeof value === 'boolean') settings[key === 'notebooks' ? 'notebooks' : 'optionalGroups'] = value;
      else problem(`${key} must be true or false, got ${JSON.stringify(value)}`);
    } else {
      problem(`unknown key ${key}`);
    }
  }
  return { settings, diagnostics };
}

/** `major.minor` of a version, as numbers. */
function minorOf(version: string): [number, number] | undefined {
  const m = /^(\d+)\.(\d+)/.exec(version.trim());
  return m ? [Number(m[1]), Number(m[2])] : undefined;
}

/** The lowest `major.minor` a Python specifier allows, from its lower bounds; undefined when it has none. */
function lowestMinor(specifier: string): [number, number] | undefined {
  let lowest: [number, number] | undefined;
  for (const clause of specifier.split(',').map((c) => c.trim())) {
    const m = /^(>=|>|~=|==|===)\s*(\d+\.\d+)/.exec(clause);
    if (!m) continue;
    const v = minorOf(m[2]!)!;
    if (!lowest || v[0] > lowest[0] || (v[0] === lowest[0] && v[1] > lowest[1])) lowest = v;
  }
  return lowest;
}

/**
 * Whether versions installed in an interpreter of `pythonVersion` may pin what the project declares: only when every
 * declared Python (requires-python, conda `python=`, python_env.yaml, runtime.txt, .python-version) allows that
 * interpreter and none allows an older minor version, which a newer package release may already have dropped. The
 * reason says why not.
 */
export function interpreterMayPin(pythonVersion: string, declared: readonly { specifier: string; file: string; line: number }[]): { ok: boolean; reason?: string } {
  const here = minorOf(pythonVersion);
  if (!here) return { ok: false, reason: `the interpreter's version ${pythonVersion} is not one to compare` };
  for (const d of declared) {
    const spec = d.specifier.replace(/\s+/g, '');
    // A bare version (conda `python=3.8.5`, runtime.txt) means that release line.
    const bare = /^\d+(\.\d+)*$/.test(spec) ? minorOf(spec.includes('.') ? spec : `${spec}.0`) : undefined;
    const fits = bare ? bare[0] === here[0] && bare[1] === here[1] : satisfies(pythonVersion, spec);
    const at = `${d.file}:${d.line}`;
    if (fits === false) return { ok: false, reason: `the interpreter is Python ${pythonVersion}, but ${at} declares Python ${d.specifier}` };
    if (bare) continue;
    const lowest = lowestMinor(spec);
    if (!lowest || lowest[0] !== here[0] || lowest[1] < here[1]) {
      return { ok: false, reason: `the interpreter is Python ${pythonVersion}, but ${at} also allows older Pythons (${d.specifier}) that its versions may not support` };
    }
  }
  return { ok: true };
}
