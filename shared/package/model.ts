// What package-env decides to write: whole-file edits with their reasons, applied atomically by the shells.

import type { Location } from '../drift/model.js';
import type { Ecosystem } from '../env/model.js';

export interface FileEdit {
  /** Root-relative path, `/` separators. */
  path: string;
  /** The current text; undefined when the file is new. */
  before?: string;
  after: string;
  /** One line per change, for the PR body and the CLI (`added seaborn>=0.13 (imported by notebook.ipynb:3)`). */
  reasons: string[];
}

/** A file package-env will not edit, and why (hash-pinned, pip-compile output, a hand-written setup.py, …). */
export interface LeftAlone {
  path: string;
  reason: string;
}

export interface PackageChange {
  name: string;
  specifier: string;
  ecosystem: Ecosystem;
  file: string;
  /** Why: the import that needs it, or the file it was copied from to keep files in sync. */
  because: string;
}

/** An import package-env deliberately did not declare (or declared only in an optional group), and why. */
export interface NotDeclared {
  module: string;
  distribution: string;
  locations: Location[];
  reason: string;
  /** The optional group it went to (`pyproject.toml [dependency-groups] test`), when groups are turned on. */
  group?: string;
}

export interface PackagePlan {
  edits: FileEdit[];
  leftAlone: LeftAlone[];
  added: PackageChange[];
  /** Only with prune: true. */
  removed: PackageChange[];
  /** Unused declarations that were reported but kept (prune: false). */
  keptUnused: { name: string; file: string; line: number }[];
  /** Imports not added to the runtime dependencies: a checklist for the maintainer. */
  notDeclared: NotDeclared[];
  /** The file the project's runtime dependencies are declared in first, and the others kept in step with it. */
  sourceOfTruth?: string;
  inStep: string[];
  /** Why additions are not pinned from the interpreter, when one was given. */
  unpinned?: string;
}

/** How a package-env addition is pinned. With an interpreter, `exact` uses its installed version. */
export type PinStyle = 'exact' | 'compatible' | 'lower-bound' | 'none';
