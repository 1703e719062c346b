// What the import scanner finds in one source file.

import type { Diagnostic } from '../diagnostics.js';

export interface ImportRecord {
  /** Top-level module (`sklearn` for `from sklearn.ensemble import X`); empty for a bare relative import (`from . import x`). */
  module: string;
  /** Full dotted module as written (`sklearn.ensemble`, `.utils`). */
  dotted: string;
  /** 0 for absolute imports; the number of leading dots for relative ones (always first-party). */
  level: number;
  /** 1-based line of the `import` / `from` keyword (in notebooks: the line within the .ipynb JSON file). */
  line: number;
  /** Notebooks only: 0-based cell index. */
  cell?: number;
  /** Set when the import only runs if something allows it to fail or skips it (see ImportGuard). */
  guard?: ImportGuard;
}

/** Why an import is optional: the code runs without it. */
export type ImportGuard =
  /** Inside `try:` (or its handler) with `except ImportError` / `ModuleNotFoundError` / `Exception` / bare `except:`, or `with suppress(ImportError)`. */
  | 'try-except'
  /** Behind an availability check: `if importlib.util.find_spec(...)`, `if is_x_available():`, `if HAS_X:`. */
  | 'availability-check'
  /** Under `if TYPE_CHECKING:`: read by type checkers only, never imported at run time. */
  | 'type-checking';

/** `!pip install x` / `%pip install x` in a notebook: evidence that the author needed a package. */
export interface PipInstallEvidence {
  packages: string[];
  line: number;
  cell: number;
}

export interface ScannedFile {
  /** Relative path from the scanned root, `/` separators. */
  path: string;
  imports: ImportRecord[];
  pipInstalls: PipInstallEvidence[];
  /** Set when the file could not be fully read (syntax error, binary, too large); imports then hold what was found. */
  problem?: Diagnostic;
}
