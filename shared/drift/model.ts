// What detect-env finds: one DriftReport, rendered as annotations, a job summary, JSON outputs and CLI text.

import type { Diagnostic } from '../diagnostics.js';
import type { Ecosystem, PackagingKind } from '../env/model.js';
import type { FailOn } from '../config/config.js';

export interface Location {
  file: string;
  line: number;
}

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
  unused: UnusedDependency[];
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
