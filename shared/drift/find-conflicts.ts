// Declarations of one package (or of Python) that no single version can satisfy, across files or within one:
// PEP 440 semantics for PyPI names, conda's MatchSpec semantics for conda names (`pytorch=2.0` means 2.0.*).

import type { Dependency, PackagingFile } from '../env/model.js';
import { declaredPythonSpecifier } from '../env/python-version.js';
import type { Conflict, ConflictingDeclaration } from './model.js';

export interface ConflictContext {
  pypiName(dependency: Dependency): string;
  /** Conda packages that are no Python distribution (conda's `tzdata` is the IANA database, not PyPI's tzdata). */
  isNonPython?(dependency: Dependency): boolean;
  /** PEP 440 alternatives a declaration admits (conda `|` gives several); `['']` for any version. */
  pep440Alternatives(specifier: string, ecosystem: Dependency['ecosystem']): string[];
  /** false when no version satisfies both; undefined when it cannot be told. */
  intersect(a: string, b: string): boolean | undefined;
}

interface Candidate {
  declaration: ConflictingDeclaration;
  alternatives: string[];
}

function compatible(a: Candidate, b: Candidate, context: ConflictContext): boolean {
  return a.alternatives.some((x) => b.alternatives.some((y) => context.intersect(x, y) !== false));
}

function conflictsAmong(name: string, candidates: Candidate[], context: ConflictContext, what: string): Conflict | undefined {
  const involved = new Set<Candidate>();
  const pairs: string[] = [];
  for (let i = 0; i < candidates.length; i++) {
    for (let j = i + 1; j < candidates.length; j++) {
      const [a, b] = [candidates[i]!, candidates[j]!];
      if (compatible(a, b, context)) continue;
      involved.add(a).add(b);
      if (pairs.length < 3) pairs.push(`${show(a.declaration)} and ${show(b.declaration)}`);
    }
  }
  if (!involved.size) return undefined;
  return {
    name,
    declarations: candidates.filter((c) => involved.has(c)).map((c) => c.declaration),
    message: `${what}${pairs.join('; ')} admit no common version`,
  };
}

const show = (d: ConflictingDeclaration) => `${d.name}${d.specifier.match(/^[\d]/) ? '=' : ''}${d.specifier} (${d.file}:${d.line})`;

export function findConflicts(files: readonly PackagingFile[], context: ConflictContext): Conflict[] {
  const byName = new Map<string, Candidate[]>();
  for (const file of files) {
    for (const d of file.dependencies) {
      // Markers and direct URLs can make two declarations apply to different machines or bypass versions.
      if (!d.specifier || d.marker || d.url || context.isNonPython?.(d)) continue;
      const name = context.pypiName(d);
      const candidate = {
        declaration: { file: d.file, line: d.line, name: d.name, ecosystem: d.ecosystem, specifier: d.specifier },
        alternatives: context.pep440Alternatives(d.specifier, d.ecosystem),
      };
      byName.set(name, [...(byName.get(name) ?? []), candidate]);
    }
  }
  const conflicts: Conflict[] = [];
  for (const [name, candidates] of byName) {
    if (candidates.length < 2) continue;
    const conflict = conflictsAmong(name, candidates, context, '');
    if (conflict) conflicts.push(conflict);
  }

  const pythons: Candidate[] = files
    .filter((f) => f.python)
    .map((f) => {
      const p = f.python!;
      const ecosystem: Dependency['ecosystem'] = f.kind === 'conda' ? 'conda' : 'pypi';
      return {
        declaration: { file: p.file, line: p.line, name: 'python', ecosystem, specifier: p.specifier },
        alternatives: ecosystem === 'conda' ? context.pep440Alternatives(p.specifier, 'conda') : [declaredPythonSpecifier(p.specifier)],
      };
    });
  const python = conflictsAmong('python', pythons, context, 'Python versions ');
  if (python) conflicts.push(python);
  return conflicts.sort((a, b) => (a.name < b.name ? -1 : 1));
}
