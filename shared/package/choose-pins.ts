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
}

/** `package-env:` in the ml-hub settings (kept as parsed in config.extra), checked. */
export function readPackageEnvSettings(raw: unknown, source: string | undefined): { settings: PackageEnvSettings; diagnostics: Diagnostic[] } {
  const settings: PackageEnvSettings = {};
  const diagnostics: Diagnostic[] = [];
  if (raw === undefined || raw === null) return { settings, diagnostics };
  const problem = (message: string) =>
    diagnostics.push({ severity: 'error', code: 'config/invalid', message: `package-env: ${message}`, file: source ?? 'settings' });
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    problem('expected a mapping with `pin` and/or `targets`');
    return { settings, diagnostics };
  }
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    if (key === 'pin') {
      if (typeof value === 'string' && (pinStyles as string[]).includes(value)) settings.pin = value as PinStyle;
      else problem(`pin must be one of ${pinStyles.join(', ')}, got ${JSON.stringify(value)}`);
    } else if (key === 'targets') {
      if (Array.isArray(value) && value.every((v) => typeof v === 'string')) settings.targets = value as string[];
      else problem('targets must be a list of file paths');
    } else {
      problem(`unknown key ${key}`);
    }
  }
  return { settings, diagnostics };
}
