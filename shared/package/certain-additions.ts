// Which undeclared imports package-env may write into a packaging file, and why the others are only listed. A name is
// added only when it is certain: imported unconditionally by shipped code (the package, a top-level script), mapped to
// its distribution by the interpreter, the bundled table or an override (never a name-equals-name guess), not left
// commented out by the maintainer, and not a second member of a family that conflicts with one already declared.

import type { DriftReport, Location, UndeclaredImport } from '../drift/model.js';
import { pypiNameOf } from '../drift/detect-drift.js';
import type { PackagingFile } from '../env/model.js';
import { normalizeName } from '../env/pep508.js';

/** Where an importing file sits (detect-env's `Location.role`; the path decides when the report has none). */
export type ImportRole = 'package' | 'script' | 'test' | 'example' | 'docs' | 'notebook' | 'build';

/** Why an import was not added; `group` names the optional group it fits when groups are turned on. */
export interface NotAdded {
  module: string;
  distribution: string;
  locations: Location[];
  reason: string;
  /** The kind of optional group it belongs in: `test`/`docs` dependency groups, or an extra for an optional import. */
  fits?: 'test' | 'docs' | 'extra';
}

export interface CertainAddition {
  module: string;
  /** The distribution to declare, as its source spells it. */
  distribution: string;
  pypi: string;
  /** The shipped imports that need it. */
  locations: Location[];
}

const shipped = new Set<ImportRole>(['package', 'script']);

/** The role of a location: detect-env's when it gives one, else what the path says. */
export function roleOf(location: Location & { role?: ImportRole }): ImportRole {
  if (location.role) return location.role;
  const file = location.file;
  const parts = file.split('/');
  const base = parts[parts.length - 1]!;
  const dirs = parts.slice(0, -1).map((d) => d.toLowerCase());
  if (base.endsWith('.ipynb')) return 'notebook';
  if (base === 'setup.py' && parts.length === 1) return 'build';
  if (base === 'conftest.py' || /^test_.*\.py$|_test\.py$/.test(base) || dirs.some((d) => ['test', 'tests', 'testing'].includes(d))) return 'test';
  if (dirs.some((d) => ['docs', 'doc'].includes(d))) return 'docs';
  if (dirs.some((d) => ['examples', 'example', 'samples', 'demos', 'demo', 'tutorials', 'notebooks'].includes(d))) return 'example';
  return parts.length === 1 ? 'script' : 'package';
}

const roleWords: Record<ImportRole, string> = {
  package: 'the package',
  script: 'a script',
  test: 'tests',
  example: 'examples',
  docs: 'the documentation',
  notebook: 'notebooks',
  build: 'the build script',
};

/**
 * Packages that must not be installed side by side: declaring a second one breaks the first (two copies of cv2, two
 * TensorFlow builds). Conda's `pytorch` is PyPI's `torch` under another name (the name tables pair them).
 */
const conflictingFamilies: readonly string[][] = [
  ['opencv-python', 'opencv-python-headless', 'opencv-contrib-python', 'opencv-contrib-python-headless'],
  ['tensorflow', 'tensorflow-cpu', 'tensorflow-gpu', 'tensorflow-macos', 'tensorflow-intel', 'tf-nightly', 'intel-tensorflow'],
  ['torch', 'pytorch-cpu', 'pytorch-gpu'],
];
const tensorflowFamily = conflictingFamilies[1]!;

/** A declared package this one must not be added beside, with why; undefined when none. */
export function conflictingDeclaration(pypi: string, declared: ReadonlyMap<string, Location>): string | undefined {
  const family = conflictingFamilies.find((f) => f.includes(pypi));
  for (const other of family ?? []) {
    const at = declared.get(other);
    if (other !== pypi && at) return `${other} is declared at ${at.file}:${at.line}; ${pypi} would install a second, conflicting build of it`;
  }
  if (pypi === 'keras') {
    const tf = tensorflowFamily.find((t) => declared.has(t));
    if (tf) {
      const at = declared.get(tf)!;
      return `${tf} is declared at ${at.file}:${at.line} and ships its own Keras (tf.keras); keras 3 needs TensorFlow 2.16 or newer`;
    }
  }
  return undefined;
}

/** A comment line that reads as a requirement (`# torch==2.1`, `#  - pytorch=1.8`, `# "numpy>=1",`, `# numpy = "^1"`). */
const commentedRequirement =
  /^\s*#+\s*(?:-\s+)?["']?([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)(?:\[[^\]]*\])?\s*(?:(?:===|==|~=|!=|<=|>=|<|>|=)\s*[\w.*+!-]+(?:\s*,\s*(?:===|==|~=|!=|<=|>=|<|>)\s*[\w.*+!-]+)*)?\s*(?:=\s*["'{].*)?\s*(?:;[^#]*)?["']?,?\s*(?:#.*)?$/;

/** The requirement a comment line holds (`# torch==2.1` → `torch`), if it reads as one. */
export function commentedOutName(line: string): string | undefined {
  const m = commentedRequirement.exec(line);
  return m ? normalizeName(m[1]!) : undefined;
}

/** PEP 503 names of requirements the maintainer left commented out in a packaging file, with where. */
export function commentedOutRequirements(files: readonly PackagingFile[], read: (path: string) => string | undefined): Map<string, Location> {
  const found = new Map<string, Location>();
  for (const f of files) {
    if (f.generated || f.kind === 'pipfile.lock') continue;
    const text = read(f.path);
    if (text === undefined) continue;
    text.split(/\r?\n/).forEach((line, i) => {
      const name = commentedOutName(line);
      if (name && !found.has(name)) found.set(name, { file: f.path, line: i + 1 });
    });
  }
  return found;
}

const where = (l: Location) => `${l.file}:${l.line}`;
const places = (ls: readonly Location[]) => ls.slice(0, 3).map(where).join(', ') + (ls.length > 3 ? ` and ${ls.length - 3} more` : '');

export interface CertaintyContext {
  files: readonly PackagingFile[];
  read: (path: string) => string | undefined;
  /** Notebooks are the project's code (settings `package-env: { notebooks: true }`). */
  notebooksShip?: boolean;
}

/** The report's undeclared and optional imports, split into the additions that are certain and the rest, with why. */
export function sortAdditions(report: DriftReport, context: CertaintyContext): { certain: CertainAddition[]; notAdded: NotAdded[] } {
  const commented = commentedOutRequirements(context.files, context.read);
  const declared = new Map<string, Location>();
  for (const f of context.files) for (const d of f.dependencies) if (!declared.has(pypiNameOf(d))) declared.set(pypiNameOf(d), { file: d.file, line: d.line });
  const ships = (l: Location) => shipped.has(roleOf(l)) || (context.notebooksShip === true && roleOf(l) === 'notebook');

  const certain: CertainAddition[] = [];
  const notAdded: NotAdded[] = [];
  for (const u of report.undeclared) {
    const distribution = u.distributions[0] ?? u.module;
    const pypi = normalizeName(distribution);
    const skip = (reason: string, fits?: NotAdded['fits']) => notAdded.push({ module: u.module, distribution, locations: u.locations, reason, ...(fits ? { fits } : {}) });
    const needed = u.locations.filter(ships);
    if (needed.length === 0) {
      const roles = [...new Set(u.locations.map(roleOf))];
      if (roles.length === 1 && roles[0] === 'build') continue; // setup.py imports it to build, not to run
      const fits = roles.every((r) => r === 'test') ? 'test' : roles.every((r) => r === 'docs') ? 'docs' : undefined;
      skip(`imported only in ${roles.filter((r) => r !== 'build').map((r) => roleWords[r]).join(' and ')} (${places(u.locations)}), not by the code the project ships`, fits);
      continue;
    }
    const mapped = unmappedReason(u);
    if (mapped) skip(mapped);
    else if (commented.has(pypi)) skip(`left commented out at ${where(commented.get(pypi)!)}: kept as the maintainer chose`);
    else {
      const conflict = conflictingDeclaration(pypi, declared);
      if (conflict) skip(conflict);
      else {
        certain.push({ module: u.module, distribution, pypi, locations: needed });
        declared.set(pypi, needed[0]!);
      }
    }
  }
  const optional = (report as DriftReport & { optional?: UndeclaredImport[] }).optional ?? [];
  for (const u of optional) {
    const distribution = u.distributions[0] ?? u.module;
    const guessed = u.source === 'guess' ? '; its distribution name is a guess' : '';
    notAdded.push({ module: u.module, distribution, locations: u.locations, reason: `optional: the code runs without it (${places(u.locations)})${guessed}`, ...(guessed ? {} : { fits: 'extra' as const }) });
  }
  return { certain, notAdded };
}

function unmappedReason(u: UndeclaredImport): string | undefined {
  if (u.source !== 'guess') return undefined;
  return `the distribution name is only guessed from the import name; check which PyPI project provides \`import ${u.module}\` before declaring it`;
}
