// Which undeclared imports package-env may write into a packaging file, and why the others are only listed. A name is
// added only when it is certain: imported unconditionally by shipped code (the package, a top-level script), mapped to
// its distribution by the interpreter, the bundled table or an override (never a name-equals-name guess), not left
// commented out by the maintainer, and not a second member of a family that conflicts with one already declared.

import { fileRole } from '../drift/file-role.js';
import type { DriftReport, FileRole, Location, UndeclaredImport } from '../drift/model.js';
import { pypiNameOf } from '../env/conda-names.js';
import type { PackagingFile } from '../env/model.js';
import { normalizeName } from '../env/pep508.js';
import { readdirSync, type Dirent } from 'node:fs';
import path from 'node:path';

/** Why an import was not added; `fits` names the optional group it belongs in when groups are turned on. */
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

const shipped = new Set<FileRole>(['package', 'script']);

/** The role detect-env gives a location; by its path alone when a report has none (a top-level file: a script). */
export const roleOf = (location: Location): FileRole => location.role ?? fileRole(location.file, (dir) => dir !== '');

const roleWords: Record<FileRole, string> = {
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
const frameworks: readonly string[][] = [conflictingFamilies[2]!, tensorflowFamily, ['jax', 'jaxlib', 'flax'], ['mxnet', 'mxnet-cu112'], ['paddlepaddle', 'paddlepaddle-gpu']];

/** A declared package this one must not be added beside, with why; undefined when none. */
export function conflictingDeclaration(pypi: string, declared: ReadonlyMap<string, Location>): string | undefined {
  const family = conflictingFamilies.find((f) => f.includes(pypi));
  for (const other of family ?? []) {
    const at = declared.get(other);
    if (other !== pypi && at) return `${other} is declared at ${at.file}:${at.line}; ${pypi} would install a second, conflicting build of it`;
  }
  // A second deep-learning framework beside the one the project is built on is an optional backend, not a need.
  const framework = frameworks.find((f) => f.includes(pypi));
  if (framework) {
    const other = frameworks.filter((f) => f !== framework).flat().find((name) => declared.has(name));
    if (other) {
      const at = declared.get(other)!;
      return `the project is built on ${other} (declared at ${at.file}:${at.line}); ${pypi}, a second framework, is an optional backend`;
    }
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

const optionalWords: Record<NonNullable<UndeclaredImport['guard']>, string> = {
  'try-except': 'imported inside try/except ImportError, the code runs without it',
  'availability-check': 'imported behind an availability check, the code runs without it',
  'type-checking': 'imported only for type checkers (if TYPE_CHECKING)',
  'version-check': 'imported only on some Python versions, platforms or accelerators (a version, platform or device check)',
  'installed-on-demand': 'the code installs it itself before importing it',
};

const where = (l: Location) => `${l.file}:${l.line}`;
const places = (ls: readonly Location[]) => ls.slice(0, 3).map(where).join(', ') + (ls.length > 3 ? ` and ${ls.length - 3} more` : '');

export interface CertaintyContext {
  files: readonly PackagingFile[];
  read: (path: string) => string | undefined;
  /** Folders below the root that hold packaging files of their own: the code below them is their environment's. */
  subprojects?: readonly string[];
  /** Notebooks are the project's code (settings `package-env: { notebooks: true }`). */
  notebooksShip?: boolean;
}

/** Folders whose names say they hold environments, tools or vendored code, never a sub-project of the package. */
const notProjects = new Set(['node_modules', '__pycache__', 'site-packages', 'requirements']);

/** Folders below `root` holding packaging files (a sub-project's setup.py, `examples/x/requirements.txt`). */
export function subprojectFolders(root: string, isPackagingFile: (name: string) => boolean, maxDepth = 6): string[] {
  const found: string[] = [];
  const walk = (rel: string, depth: number) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(path.join(root, rel), { withFileTypes: true });
    } catch {
      return;
    }
    if (rel && entries.some((e) => e.isFile() && isPackagingFile(e.name))) found.push(rel);
    if (depth >= maxDepth) return;
    for (const e of entries) {
      if (!e.isDirectory() || e.name.startsWith('.') || notProjects.has(e.name) || /^(venv|env|build|dist)$/.test(e.name)) continue;
      walk(rel ? `${rel}/${e.name}` : e.name, depth + 1);
    }
  };
  walk('', 0);
  return found.sort();
}

/**
 * Whether the import at a location runs when its module is loaded: written at the start of a line (notebook cells
 * count as module level). An indented import sits inside a function, a class, an `if` or a `try`: lazy or
 * conditional, as optional backends are, so not certain whatever the report says. Unknown text counts as indented.
 */
export function importAtModuleLevel(location: Location, read: (path: string) => string | undefined): boolean {
  const text = read(location.file);
  if (text === undefined) return false;
  const line = text.split(/\r?\n/, location.line)[location.line - 1];
  if (line === undefined) return false;
  if (location.file.endsWith('.ipynb')) {
    const m = /^\s*"((?:\\t|\s)*)/.exec(line);
    return m !== null && m[1] === '';
  }
  return /^(import|from)\s/.test(line);
}

/** The report's undeclared and optional imports, split into the additions that are certain and the rest, with why. */
export function sortAdditions(report: DriftReport, context: CertaintyContext): { certain: CertainAddition[]; notAdded: NotAdded[] } {
  const commented = commentedOutRequirements(context.files, context.read);
  const declared = new Map<string, Location>();
  for (const f of context.files) for (const d of f.dependencies) if (!declared.has(pypiNameOf(d))) declared.set(pypiNameOf(d), { file: d.file, line: d.line });
  // A demo inside the package (`gradio_demo.py`) shows the package; what only it imports is the demo's need.
  const demo = (l: Location) => /(^|[_-])demos?([_-]|\.py$)/i.test(l.file.split('/').pop()!);
  const ships = (l: Location) => (shipped.has(roleOf(l)) && !demo(l)) || (context.notebooksShip === true && roleOf(l) === 'notebook');

  const certain: CertainAddition[] = [];
  const notAdded: NotAdded[] = [];
  for (const u of report.undeclared) {
    const distribution = u.distributions[0] ?? u.module;
    const pypi = normalizeName(distribution);
    const skip = (reason: string, fits?: NotAdded['fits']) => notAdded.push({ module: u.module, distribution, locations: u.locations, reason, ...(fits ? { fits } : {}) });
    const inSubproject = (l: Location) => context.subprojects?.find((d) => l.file.startsWith(`${d}/`));
    const shippedHere = u.locations.filter((l) => ships(l) && !inSubproject(l));
    const needed = shippedHere.filter((l) => importAtModuleLevel(l, context.read));
    const lazy = shippedHere.length > 0 && needed.length === 0;
    const sub = u.locations.map(inSubproject).find((d) => d !== undefined);
    if (lazy) {
      skip('imported only inside functions or conditional blocks, as optional backends are: check whether the project needs it to run', 'extra');
      continue;
    }
    if (needed.length === 0 && sub && u.locations.some(ships)) {
      skip(`imported in ${sub}/, which has packaging files of its own: declare it there`);
      continue;
    }
    if (needed.length === 0) {
      const roles = [...new Set(u.locations.map((l) => (demo(l) ? 'example' : roleOf(l))))];
      if (roles.length === 1 && roles[0] === 'build') continue; // setup.py imports it to build, not to run
      const fits = roles.every((r) => r === 'test') ? 'test' : roles.every((r) => r === 'docs') ? 'docs' : undefined;
      skip(`imported only in ${roles.filter((r) => r !== 'build').map((r) => roleWords[r]).join(' and ')}, not by the code the project ships`, fits);
      continue;
    }
    const mapped = unmappedReason(u);
    const outOfScope = u.declaredOutOfScope?.length ? u.declaredOutOfScope : undefined;
    if (mapped) skip(mapped);
    else if (outOfScope) skip(`declared at ${places(outOfScope)}, which does not cover the code importing it: declare it where that code is packaged`);
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
  for (const u of report.optional) {
    const distribution = u.distributions[0] ?? u.module;
    const why = optionalWords[u.guard ?? 'try-except'];
    const guessed = u.source === 'guess' ? '; its distribution name is a guess' : '';
    const roles = new Set(u.locations.map(roleOf));
    const fits = guessed || u.guard === 'type-checking' || u.guard === 'installed-on-demand' ? undefined : [...roles].every((r) => r === 'test') ? 'test' : 'extra';
    notAdded.push({ module: u.module, distribution, locations: u.locations, reason: `optional: ${why}${guessed}`, ...(fits ? { fits } : {}) });
  }
  return { certain, notAdded };
}

function unmappedReason(u: UndeclaredImport): string | undefined {
  if (u.source !== 'guess') return undefined;
  return `the distribution name is only guessed from the import name; check which PyPI project provides \`import ${u.module}\` before declaring it`;
}
