// The one environment model: every packaging format parses into PackagingFile, every dependency keeps its file and line.

import type { Diagnostic } from '../diagnostics.js';

/** Conda and PyPI names are different namespaces; a dependency says which one its name lives in. */
export type Ecosystem = 'pypi' | 'conda';

export type PackagingKind =
  | 'requirements'
  | 'conda'
  | 'setup.py'
  | 'setup.cfg'
  /** nbdev's settings.ini, which the project's setup.py reads (env/nbdev-settings.ts). */
  | 'nbdev'
  | 'pyproject'
  | 'pipfile'
  | 'pipfile.lock'
  | 'mlproject'
  | 'python-env'
  | 'runtime.txt'
  | 'python-version'
  /** PEP 723 inline metadata of one script: declares for that file only (env/script-metadata.ts). */
  | 'script';

export interface Dependency {
  /** The name as written in the file. */
  name: string;
  /** PEP 503 normalised for PyPI (`scikit_learn` → `scikit-learn`); lower-cased for conda. */
  normalized: string;
  ecosystem: Ecosystem;
  /**
   * Version constraint in the ecosystem's own syntax, whitespace removed, comma-joined:
   * PEP 440 (`>=1.2,<2`) for PyPI, conda MatchSpec version (`1.9.*`, `>=1.2,<2|3.*`) for conda. Empty = any version.
   */
  specifier: string;
  extras: string[];
  /** PEP 508 environment marker, as written after `;`. */
  marker?: string;
  /** Direct reference: `name @ url`, a VCS/archive URL, or a local path for editable installs. */
  url?: string;
  editable: boolean;
  /** Relative path (from the analysed root, `/` separators) of the file that declares it, and its 1-based line. */
  file: string;
  line: number;
  /**
   * Which part of the file: `main` for runtime dependencies; an extra, dependency group or Poetry group name otherwise
   * (e.g. `dev`, `test`); `build` for build-system requirements.
   */
  group: string;
  /** Conda only: `channel::name` prefix and build string. */
  channel?: string;
  build?: string;
  /** Requirements only: `--hash` values (`sha256:…`). */
  hashes?: string[];
  /** Declared in a constraints file (`-c`): limits versions, does not request installation. */
  constraintOnly?: boolean;
}

export interface PythonRequirement {
  /** PEP 440 specifier (`>=3.9`) or an exact version (`3.11`, from runtime.txt/.python-version/conda `python=3.11`). */
  specifier: string;
  file: string;
  line: number;
}

export interface IndexOptions {
  indexUrl?: string;
  extraIndexUrls: string[];
  findLinks: string[];
  noIndex: boolean;
  trustedHosts: string[];
}

export interface PackagingFile {
  /** Relative path from the analysed root, `/` separators. */
  path: string;
  kind: PackagingKind;
  dependencies: Dependency[];
  python?: PythonRequirement;
  /** Files this one pulls in (`-r`, `-c`, conda `pip: -r`, setup.py reading requirements.txt), relative to the root. */
  includes: string[];
  /** The 1-based line that names each include, where the parser knows it (for "refers to a missing file" reports). */
  includeLines?: Record<string, number>;
  /** The extra an include stands for, where it is not the runtime group (setup.py `extras_require={"dev": read(...)}`). */
  includeGroups?: Record<string, string>;
  /** Conda channels, in order. */
  channels: string[];
  /** pip index options (requirements files, conda `pip:` sections, Pipfile sources). */
  index?: IndexOptions;
  /** Conda env name, MLproject name, etc. */
  name?: string;
  /** Tool-generated file that must not be edited by hand (pip-compile header, hash-pinned, Pipfile.lock, conda export). */
  generated?: string;
  diagnostics: Diagnostic[];
}

/** How parsers reach the file system: injectable for tests and fuzzing. Paths are relative to the analysed root. */
export interface FileReader {
  /** The file's text, or undefined when it does not exist (or is skipped: see `problem`). */
  read(path: string): string | undefined;
  /**
   * Why a file that exists cannot be read as it is: skipped (too large: `read` gives undefined), or not UTF-8 (`read`
   * gives its text with U+FFFD for the bad bytes, good enough to analyse, never to edit). Undefined when it reads fine.
   */
  problem?(path: string): FileProblem | undefined;
}

export interface FileProblem {
  kind: 'too-large' | 'not-utf8';
  /** A sentence naming the file and what is wrong (`requirements.txt:3 is not valid UTF-8 …`). */
  message: string;
  /** 1-based: the line of the first invalid byte. */
  line?: number;
}
