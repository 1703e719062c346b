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
  /** Inside a function body: it runs when the function is called, not when the module loads. */
  inFunction?: boolean;
  /**
   * At module level in a `try:` whose handler raises again with an install hint (`raise ImportError("pip install x")`):
   * the module cannot load without it, which makes it optional only where nothing in the project loads the module.
   */
  installHint?: boolean;
  /**
   * Under `if sys.version_info < (3, 8):` (or the `else:` of `>= (3, 8)`): the Pythons the import runs on, as a PEP 440
   * specifier (`<3.8`). One that no Python the project allows meets is dead code, neither a need nor a use.
   */
  python?: string;
  /** Packages an install call just above installs (`check_requirements("tritonclient[all]")`), lowercase, as written. */
  installedBefore?: string[];
}

/** Why an import is optional: the code runs without it. */
export type ImportGuard =
  /** Inside `try:` (or its `else:`, or a fallback in the handler) with `except ImportError` / `ModuleNotFoundError` / `Exception` / bare `except:`, or `with suppress(ImportError)`. */
  | 'try-except'
  /**
   * Behind an availability check: `if importlib.util.find_spec(...)`, `if is_x_available():`, `if HAS_X:`, after
   * `if not _X_AVAILABLE: raise …`, in a test decorated `@require_x` / `skipif`, or in a function of a file that
   * checks x's availability.
   */
  | 'availability-check'
  /** Under `if TYPE_CHECKING:`: read by type checkers only, never imported at run time. */
  | 'type-checking'
  /** Under `if sys.version_info …` / `sys.platform` / `platform.system()` / `device.type == "hpu"`: needed on some Pythons, systems or accelerators only. */
  | 'version-check'
  /** Installed by the code itself first: `check_requirements("x")` just before, or a notebook's `!pip install x`. */
  | 'installed-on-demand';

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
  /**
   * The programs it runs, for "declared but unused": a notebook's `!cmd` lines (`!pytest`, `!python -m black`), a
   * Python file's literal subprocess and os.system commands (`subprocess.run(["aws", "s3", …])`).
   */
  programs?: string[];
  /** Holds a PEP 723 `# /// script` block: the script declares its own requirements (env/script-metadata.ts). */
  scriptMetadata?: boolean;
  /** Notebooks only: files its cells write (`%%writefile helpers.py`) or compile (`!protoc person.proto …`). */
  writes?: string[];
  /**
   * It extends `sys.path` itself (`sys.path.append(str(Path(__file__).parent.parent / "scripts"))`): a module the
   * project holds anywhere may then be imported by its bare name.
   */
  extendsPath?: true;
  /** Environment variables it sets (`os.environ["HF_HUB_ENABLE_HF_TRANSFER"] = "1"`): some switch a library's companion on. */
  variables?: string[];
  /** Trackers it names for a library to load (`report_to="wandb"`: scan/named-trackers.ts), as modules. */
  trackers?: string[];
  /**
   * What it probes by name (scan/python-imports.ts `probesIn`): `find_spec("x")`, `module_available("x")`,
   * `importorskip("x")` give modules; `RequirementCache("litlogger>=0.1.7")`, `package_available("x")` give
   * distributions, normalised. A declared package the code checks for is one it uses, maybe only through a library
   * that loads it (litgpt's `LitLogger` from lightning), never a need.
   */
  probes?: { modules: string[]; distributions: string[] };
  /** Modules this file defines an availability function for (`def is_megatron_lm_available()` → `megatron_lm`). */
  availabilityChecks?: string[];
  /** Set when the file could not be fully read (syntax error, binary, too large); imports then hold what was found. */
  problem?: Diagnostic;
  /** Not scanned (binary, too large): not a source file at all, whatever its name; `problem` says why. */
  skipped?: true;
}
