// What the record accounts for in an installed environment: the distributions its files declare (main dependencies
// whose marker holds here), everything those require in turn (their Requires-Dist, markers evaluated, extras
// followed), and the installer the environment was made with. Anything else installed is extraneous: left by the
// other record a partial cache hit restored, or by whoever used a reused prefix before. pip never removes what a
// requirements file stopped listing, so setup-env removes the extraneous distributions itself.

import type { PackagingFile } from '../env/model.js';
import { normalizeName, parsePep508 } from '../env/pep508.js';
import type { InstalledDistribution, InterpreterMetadata } from '../scan/interpreter-metadata.js';
import { evaluateMarker, type MarkerEnvironment } from './markers.js';
import type { Manager } from './plan-environment.js';

export type RecordClosure =
  | { known: true; extraneous: InstalledDistribution[] }
  /** A declaration installs something ml-hub cannot name (`-e .`, a bare path or URL): nothing can be called extraneous. */
  | { known: false; reason: string };

/**
 * What a new environment of this manager holds before anything is installed, so never extraneous: `python -m venv`
 * seeds pip (and setuptools before Python 3.12); `uv venv` seeds nothing.
 */
export function installerDistributions(manager: Manager, pythonVersion: string): string[] {
  if (manager !== 'venv') return [];
  const [major, minor] = pythonVersion.split('.').map(Number);
  return major === 3 && minor! < 12 ? ['pip', 'setuptools'] : ['pip'];
}

/**
 * The first declaration that installs a distribution without naming it (`-e .`, `./libs/core`, a bare URL), as
 * `file:line (text)`. The model gives such a declaration the name it finds or guesses (a pyproject's name, the folder,
 * the archive's file name); only a name written in the declaration itself is certain enough to remove packages by.
 */
export function unnamedDeclaration(files: readonly PackagingFile[]): string | undefined {
  for (const file of files) {
    for (const d of file.dependencies) {
      if (d.group !== 'main' || d.ecosystem !== 'pypi' || d.constraintOnly) continue;
      if (!d.normalized || normalizeName(d.name) !== d.normalized) return `${d.file}:${d.line} (${d.url ?? d.name})`;
    }
  }
  return undefined;
}

export function recordClosure(files: readonly PackagingFile[], installed: InterpreterMetadata, markers: MarkerEnvironment, installer: readonly string[]): RecordClosure {
  const unnamed = unnamedDeclaration(files);
  if (unnamed) return { known: false, reason: `${unnamed} installs a package that has no name in the record` };

  const byName = new Map(installed.distributions.map((d) => [d.normalized, d]));
  const kept = new Set<string>();
  // Each distribution is followed once per extra asked of it ('' for its plain requirements).
  const followed = new Set<string>();
  const queue: { name: string; extras: string[] }[] = installer.map((name) => ({ name, extras: [] }));
  for (const file of files) {
    for (const d of file.dependencies) {
      if (d.group !== 'main' || d.ecosystem !== 'pypi' || d.constraintOnly || !d.normalized) continue;
      // A marker that cannot be read may hold: the declaration is kept rather than its packages removed.
      if (d.marker !== undefined && evaluateMarker(d.marker, markers) === false) continue;
      queue.push({ name: d.normalized, extras: d.extras });
    }
  }
  for (let item = queue.pop(); item; item = queue.pop()) {
    const dist = byName.get(normalizeName(item.name));
    if (!dist) continue;
    kept.add(dist.normalized);
    for (const extra of ['', ...item.extras.map(normalizeName)]) {
      const key = `${dist.normalized}[${extra}]`;
      if (followed.has(key)) continue;
      followed.add(key);
      for (const line of dist.requires ?? []) {
        const requirement = parseRequirement(line);
        // An unreadable Requires-Dist line cannot say what it keeps; its name, when it has one, is kept.
        if (!requirement) {
          const name = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(line)?.[1];
          if (name && extra === '') queue.push({ name, extras: [] });
          continue;
        }
        const applies = requirement.marker === undefined ? extra === '' : evaluateMarker(requirement.marker, markers, extra);
        // A requirement without `extra ==` in its marker holds for the plain install; looked at again per extra, it
        // would hold again, which changes nothing.
        if (applies === false) continue;
        queue.push({ name: requirement.normalized, extras: requirement.extras });
      }
    }
  }
  return { known: true, extraneous: installed.distributions.filter((d) => !kept.has(d.normalized)) };
}

function parseRequirement(line: string): { normalized: string; extras: string[]; marker?: string } | undefined {
  try {
    return parsePep508(line);
  } catch {
    return undefined;
  }
}
