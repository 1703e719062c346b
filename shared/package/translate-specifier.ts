// Version constraints cross between a pip file and a conda file when package-env copies a package from one to the
// other: conda's `numpy=1.24` is pip's `numpy==1.24.*`. A translation is used only when it reads back to the same
// constraint; otherwise the caller keeps the package on the pip side, where the PEP 440 text is exact.

import { condaSpecToPep440, MatchSpecError, parseMatchSpec } from '../env/conda-matchspec.js';
import { parseSpecifierSet } from '../env/pep440.js';

/**
 * The PEP 440 specifier a conda version spec stands for; undefined when PEP 440 cannot say it exactly (`|`
 * alternatives, globs, regexes), which leaves the package unpinned rather than pinned wrongly.
 */
export function condaToPep440(condaVersion: string): string | undefined {
  if (condaVersion === '') return '';
  try {
    const sets = condaSpecToPep440(condaVersion);
    if (sets.length !== 1) return undefined;
    // Clauses PEP 440 cannot express are dropped by condaSpecToPep440; count them to know the set is whole.
    const clauses = condaVersion.split(',').length;
    const set = sets[0]!;
    return set === '' || set.split(',').length !== clauses ? undefined : set;
  } catch (e) {
    if (e instanceof MatchSpecError) return undefined;
    throw e;
  }
}

/**
 * The conda entry (`numpy=1.24`, `pytorch>=2.1,<3`) for a package and a PEP 440 specifier; undefined when conda
 * would read the entry differently. Local versions (`+cu121`) are pip wheel tags with no conda meaning: dropped.
 */
export function pep440ToCondaEntry(condaName: string, specifier: string): string | undefined {
  const clauses = parseSpecifierSet(specifier);
  if (!clauses || clauses.some((c) => !c.pep440)) return undefined;
  const parts = clauses.map((c) => {
    const op = c.operator === '===' ? '==' : c.operator;
    const version = c.version.replace(/\+.*$/, '');
    return `${op}${version}`;
  });
  // conda's own spelling of a version line: `numpy=1.24` is any 1.24.x.
  const line = parts.length === 1 ? /^==(.+)\.\*$/.exec(parts[0]!) : null;
  const entry = line ? `${condaName}=${line[1]}` : `${condaName}${parts.join(',')}`;
  try {
    const parsed = parseMatchSpec(entry);
    if (parsed.name !== condaName) return undefined;
    const expected = parts.join(',');
    return condaToPep440(parsed.version) === expected ? entry : undefined;
  } catch (e) {
    if (e instanceof MatchSpecError) return undefined;
    throw e;
  }
}
