// What ml-hub knows about one packaging format, in one place: how its files are found, how they are parsed, and what
// each pipeline (detect-env, package-env, setup-env) makes of them. One module per format; formats/index.ts lists them.

import type { FileReader, PackagingFile, PackagingKind } from '../model.js';

export type Env = Record<string, string | undefined>;

export interface PackagingFormat {
  kind: PackagingKind;
  /** File names that are this format wherever they are (outside test data and vendored trees); the usual one first. */
  names: readonly string[];
  /**
   * Declared inside Python sources rather than in a file of its own (PEP 723 script blocks): no names; the scanner
   * marks the files that hold one, and detect-env reads them for that file's code only.
   */
  inSource?: boolean;
  /**
   * Other names tools write (`requirements-dev.in`, `environment-gpu.yml`), given the file name and the folders above
   * it. Asked only when no format claims the name outright: `requirements/runtime.txt` is a runtime.txt.
   */
  alsoNamed?(name: string, folders: readonly string[]): boolean;
  /** The `ml-hub deps --kind` value that reads a file of any name as this format; absent: not offered. */
  depsKind?: string;
  /** The parser: the file itself first, then any file it read as part of it (an MLproject's python_env.yaml). */
  parse(file: string, text: string, reader: FileReader, env: Env): PackagingFile[];
  /** The parser reads what the file includes (`-r`, `pip: -r`) itself; otherwise the loader reads what it names. */
  readsIncludes: boolean;
  /** Which declared Python wins when files disagree: lower is more specific (runtime.txt before requires-python). */
  pythonPrecedence: number;
  /**
   * Whether one file declares the project's whole runtime environment on its own, so that files of such formats in
   * one folder should list the same packages: always, never (locks, version pins), or only under a conventional name
   * (`requirements.txt`, not `requirements-dev.txt`). Generated files never do, whatever their format.
   */
  definesEnvironment: 'always' | 'never' | RegExp;
  /** setup.py, setup.cfg, pyproject.toml: a package `-e .` in its folder installs, with what the file declares. */
  buildsPackage: boolean;
  /**
   * setup-env without conda: a virtual environment is filled from the first recorded file, by `precedence`, that
   * declares anything: pip reads it `as-is`, or its main dependencies are written out as requirement lines.
   * `paths`: the root-relative paths taken, in order; absent: any file of the format.
   */
  venv?: { precedence: number; paths?: readonly string[]; install: 'as-is' | 'requirement-lines' };
  /**
   * package-env writes into files of this format: a requirements or conda file line by line, or a manifest's runtime
   * section. `precedence` picks the source of truth among the files it writes (lower first).
   */
  packageEnv?: { edits: 'requirements' | 'conda' | 'manifest'; precedence: number };
}
