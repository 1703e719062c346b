// The heart of drift: imports that no packaging file declares, and declarations that no code imports.

import type { Dependency } from '../env/model.js';
import type { ThirdPartyImport, ClassifiedImports } from './classify-imports.js';
import type { UndeclaredImport, UnusedDependency, Location } from './model.js';
import { neverImported } from './never-imported.js';

export interface CompareContext {
  /** The PyPI name a dependency stands for (conda names mapped: pytorch → torch). */
  pypiName(dependency: Dependency): string;
  /** Import names a distribution provides (`scikit-learn` → `sklearn`). */
  importNamesOf(distribution: string): string[];
  /** Conda packages that are not Python libraries (cudatoolkit, r-base): never unused. */
  isNonPython(dependency: Dependency): boolean;
  ignoreUndeclared: readonly string[];
  ignoreUnused: readonly string[];
}

const byLocation = (a: Location, b: Location) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line);

/** Does `dotted` (e.g. `google.cloud.storage`) fall under an import name (`google.cloud`)? */
const under = (dotted: string, name: string) => dotted === name || dotted.startsWith(name + '.');

export interface MissingImports {
  /** Imported unconditionally somewhere, declared nowhere. */
  undeclared: UndeclaredImport[];
  /** Imported only where the code runs without it (see ImportGuard), declared nowhere. */
  optional: UndeclaredImport[];
}

export function findUndeclared(imports: ClassifiedImports, dependencies: readonly Dependency[], context: CompareContext): MissingImports {
  const declared = dependencies.filter((d) => !d.constraintOnly);
  const declaredNames = new Set(declared.map((d) => context.pypiName(d)));
  const declaredImportNames = [...new Set([...declaredNames].flatMap((n) => context.importNamesOf(n)))];

  const byModule = new Map<string, ThirdPartyImport[]>();
  for (const imp of imports.thirdParty) {
    if (context.ignoreUndeclared.includes(imp.module)) continue;
    if (imp.resolution.distributions.some((d) => declaredNames.has(d))) continue;
    if (declaredImportNames.some((name) => under(imp.dotted, name))) continue;
    byModule.set(imp.module, [...(byModule.get(imp.module) ?? []), imp]);
  }

  const missing: MissingImports = { undeclared: [], optional: [] };
  for (const [module, sites] of byModule) {
    // The most specific resolution wins (a namespace package's dotted prefix over the bare top-level name).
    const best = sites.find((s) => s.resolution.source !== 'guess') ?? sites[0]!;
    const pipInstalls = imports.pipInstalls
      .filter((p) => p.packages.some((pkg) => best.resolution.distributions.includes(pkg.toLowerCase().replace(/[-_.]+/g, '-'))))
      .map((p) => p.location);
    const found: UndeclaredImport = {
      module,
      distributions: best.resolution.distributions,
      source: best.resolution.source,
      locations: sites.map((s) => s.location).sort(byLocation),
      pipInstalls,
    };
    // One unconditional import anywhere makes the module a need.
    const guarded = sites.every((s) => s.guard);
    if (guarded) found.guard = [...sites].sort((a, b) => byLocation(a.location, b.location))[0]!.guard;
    (guarded ? missing.optional : missing.undeclared).push(found);
  }
  const order = (a: UndeclaredImport, b: UndeclaredImport) => b.locations.length - a.locations.length || (a.module < b.module ? -1 : 1);
  missing.undeclared.sort(order);
  missing.optional.sort(order);
  return missing;
}

export function findUnused(imports: ClassifiedImports, dependencies: readonly Dependency[], context: CompareContext): UnusedDependency[] {
  const importedDistributions = new Set(imports.thirdParty.flatMap((i) => i.resolution.distributions));
  const importedDotted = [...new Set(imports.thirdParty.map((i) => i.dotted))];

  const byName = new Map<string, { dependency: Dependency; declarations: Location[]; importNames: string[] }>();
  for (const d of dependencies) {
    if (d.constraintOnly || d.group === 'build' || d.editable || context.isNonPython(d)) continue;
    const name = context.pypiName(d);
    if (neverImported(name) || context.ignoreUnused.includes(name) || context.ignoreUnused.includes(d.normalized)) continue;
    const entry = byName.get(name);
    if (entry) {
      entry.declarations.push({ file: d.file, line: d.line });
      continue;
    }
    const importNames = context.importNamesOf(name);
    const used = importedDistributions.has(name) || importNames.some((n) => importedDotted.some((dotted) => under(dotted, n)));
    if (!used) byName.set(name, { dependency: d, declarations: [{ file: d.file, line: d.line }], importNames });
  }
  return [...byName.entries()]
    .map(([name, { dependency, declarations, importNames }]) => ({
      name: dependency.name,
      normalized: name,
      ecosystem: dependency.ecosystem,
      declarations: declarations.sort(byLocation),
      importNames,
    }))
    .sort((a, b) => (a.normalized < b.normalized ? -1 : 1));
}
