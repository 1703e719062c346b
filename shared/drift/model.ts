// What detect-env finds: one DriftReport, rendered as annotations, a job summary, JSON outputs and CLI text.

import type { Diagnostic } from '../diagnostics.js';
import type { Ecosystem, PackagingKind } from '../env/model.js';
import type { FailOn } from '../config/config.js';
import type { ImportGuard } from '../scan/model.js';

export interface Location {
  file: string;
  line: number;
  /** Where the importing file sits (set on the locations of undeclared and optional imports); see `fileRole`. */
  role?: FileRole;
}

/**
 * package = inside a first-party package the project ships; script = a top-level or CLI script the project runs;
 * test, example, docs, notebook: as named; build = build-time code (noxfile, setup helpers).
 */
export type FileRole = 'package' | 'script' | 'test' | 'example' | 'docs' | 'notebook' | 'build';

/** Why an import is optional: the code runs without it. */
export type OptionalGuard = ImportGuard;

export type MappingSource = 'override' | 'interpreter' | 'table' | 'guess';

export interface UndeclaredImport {
  /** Top-level import name. */
  module: string;
  /** Distributions that would provide it; the first is the one to declare. */
  distributions: string[];
  /** How the distribution was found; `guess` means name-equals-name. */
  source: MappingSource;
  locations: Location[];
  /** Notebook `!pip install` lines that installed it by hand. */
  pipInstalls: Location[];
  /** True when the import is new since the base commit. */
  introduced?: boolean;
  /** Said with the finding, e.g. `tomllib` is standard library from Python 3.11 (the project declares 3.10). */
  note?: string;
  /** `optional` entries only: why the import is optional (the guard of its first location). */
  guard?: OptionalGuard;
  /**
   * Packaging files that do declare a distribution for it but whose folder does not hold the importing files (a
   * sub-project's `projects/foo/requirements.txt` for an import under `scripts/`).
   */
  declaredOutOfScope?: Location[];
  /** Declared only as a build requirement (`[build-system] requires`, `setup_requires`): the build has it, the code not. */
  declaredForBuild?: Location[];
}

export interface UnusedDependency {
  name: string;
  normalized: string;
  ecosystem: Ecosystem;
  declarations: Location[];
  /** The import names that were looked for. */
  importNames: string[];
}

export interface ConflictingDeclaration extends Location {
  name: string;
  ecosystem: Ecosystem;
  specifier: string;
}

export interface Conflict {
  /** Canonical (PyPI) name, or `python` for interpreter versions. */
  name: string;
  declarations: ConflictingDeclaration[];
  message: string;
}

export interface OutOfSync {
  name: string;
  presentIn: Location[];
  missingFrom: string[];
  /** Which groups were compared: `runtime`, or `extra:<name>` / `group:<name>` for an extra or dependency group. */
  groups?: string;
}

/** A declaration whose environment marker can never apply under the Python the project declares. */
export interface DeadDeclaration {
  name: string;
  file: string;
  line: number;
  /** The marker as written. */
  marker: string;
  /** The declared Python it was judged against, e.g. `>=3.8` (pyproject.toml:12). */
  python: string;
}

export interface DependencyChange {
  name: string;
  file: string;
  line?: number;
  before?: string;
  after?: string;
}

export interface BaseChanges {
  base: string;
  added: DependencyChange[];
  removed: DependencyChange[];
  changed: DependencyChange[];
  /** Undeclared imports that the base commit did not have. */
  newUndeclared: string[];
  /** Undeclared at the base, declared or gone now. */
  fixedUndeclared: string[];
  envHashBefore: string;
}

export interface PackagingSummary {
  path: string;
  kind: PackagingKind;
  dependencies: number;
  generated?: string;
}

export interface DriftReport {
  /** The Python version whose standard library was assumed, and why. */
  python: { version: string; reason: string };
  packagingFiles: PackagingSummary[];
  scannedFiles: number;
  importCount: number;
  undeclared: UndeclaredImport[];
  /**
   * Imports that are real but optional (try/except ImportError, availability checks, TYPE_CHECKING, installed on
   * demand). Never fail `fail-on: undeclared`. A module is in `undeclared` or here, never both: one unconditional
   * import anywhere makes it undeclared.
   */
  optional: UndeclaredImport[];
  unused: UnusedDependency[];
  /** Declarations whose marker can never apply under the declared Python (a `python_version < "3.7"` backport). */
  deadDeclarations: DeadDeclaration[];
  conflicts: Conflict[];
  outOfSync: OutOfSync[];
  changes?: BaseChanges;
  envHash: string;
  /** Unreadable files, parse errors, skipped files, settings problems. */
  diagnostics: Diagnostic[];
  /** Any undeclared, unused, conflicting or out-of-sync finding. */
  drift: boolean;
  /** `fail-on` from the settings file, when it sets one. */
  failOn?: FailOn;
}
