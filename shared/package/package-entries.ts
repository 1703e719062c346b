// A package package-env means to declare, and how it is written on each side: a pip requirement line, or a conda
// entry under its conda name. Conda gets the package only when conda-forge has it under a name the bundled table
// knows and the constraint translates exactly; otherwise it goes to the environment's `pip:` section.

import { MatchSpecError, parseMatchSpec } from '../env/conda-matchspec.js';
import { condaToPypi, knownCondaNames, pypiToConda } from '../env/conda-names.js';
import type { Dependency } from '../env/model.js';
import { normalizeName } from '../env/pep508.js';
import { condaToPep440, pep440ToCondaEntry } from './translate-specifier.js';

export interface WantedPackage {
  /** PEP 503 name. */
  pypi: string;
  /** The distribution name to write on the pip side, as its source spells it. */
  name: string;
  extras: string[];
  /** PEP 440; '' for unpinned. */
  specifier: string;
  marker?: string;
  url?: string;
  /** The conda entry's name and version spec when the package was copied from a conda file. */
  conda?: { name: string; version: string; channel?: string };
  /** Why it is added: `imported at train.py:10`, `declared at environment.yml:7`. */
  because: string;
}

export interface Written {
  text: string;
  name: string;
  specifier: string;
  ecosystem: 'pypi' | 'conda';
}

const condaNamesKnown = new Set(knownCondaNames());

/** setup.py runs when the project is built, not when it runs: what only it imports (setuptools) is no runtime need. */
export function onlyBuildScriptImports(locations: readonly { file: string }[]): boolean {
  return locations.length > 0 && locations.every((l) => l.file === 'setup.py');
}

/** The package as a dependency of another file declares it. */
export function wantedFromDependency(d: Dependency, because: string): WantedPackage {
  if (d.ecosystem === 'pypi') {
    return { pypi: d.normalized, name: d.name, extras: d.extras, specifier: d.specifier, marker: d.marker, url: d.url, because };
  }
  const pypi = normalizeName(condaToPypi(d.normalized) ?? d.normalized);
  return {
    pypi,
    name: pypi,
    extras: [],
    specifier: condaToPep440(d.specifier) ?? '',
    conda: { name: d.name, version: d.specifier, ...(d.channel ? { channel: d.channel } : {}) },
    because,
  };
}

/** `name[extras]>=1; marker`, or `name @ url ; marker`. */
export function requirementLine(w: WantedPackage): Written {
  const extras = w.extras.length ? `[${w.extras.join(',')}]` : '';
  const version = w.url ? ` @ ${w.url}` : w.specifier;
  const marker = w.marker ? `${w.url ? ' ' : ''}; ${w.marker}` : '';
  return { text: `${w.name}${extras}${version}${marker}`, name: w.name, specifier: w.url ? `@ ${w.url}` : w.specifier, ecosystem: 'pypi' };
}

/** A conda MatchSpec for a conda name and a conda version spec, in the spelling people write. */
function condaSpelling(name: string, version: string): string {
  if (version === '') return name;
  if (/^[<>=!~]/.test(version)) return name + version;
  const line = /^([^,|*]+)\.\*$/.exec(version);
  return line ? `${name}=${line[1]}` : `${name} ${version}`;
}

/** The conda entry for the package; undefined when it belongs in the `pip:` section. */
export function condaEntry(w: WantedPackage): Written | undefined {
  if (w.conda) {
    const text = (w.conda.channel ? `${w.conda.channel}::` : '') + condaSpelling(w.conda.name, w.conda.version);
    try {
      const spec = parseMatchSpec(text);
      if (spec.name === w.conda.name && spec.version === w.conda.version) return { text, name: w.conda.name, specifier: w.conda.version, ecosystem: 'conda' };
    } catch (e) {
      if (!(e instanceof MatchSpecError)) throw e;
    }
  }
  if (w.extras.length || w.marker || w.url) return undefined;
  const name = pypiToConda(w.pypi);
  if (name === undefined || !condaNamesKnown.has(name)) return undefined;
  const text = pep440ToCondaEntry(name, w.specifier);
  return text === undefined ? undefined : { text, name, specifier: parseMatchSpec(text).version, ecosystem: 'conda' };
}
