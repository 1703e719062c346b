// The registry of packaging formats. Adding one: a module beside these (see format.ts), its kind in PackagingKind
// (env/model.ts), and a line here; discovery, loading, detect-env, package-env and setup-env read it from here.

import type { PackagingFile, PackagingKind } from '../model.js';
import { condaFormat } from './conda.js';
import type { PackagingFormat } from './format.js';
import { mlprojectFormat } from './mlproject.js';
import { nbdevFormat } from './nbdev.js';
import { pipfileLockFormat } from './pipfile-lock.js';
import { pipfileFormat } from './pipfile.js';
import { pyprojectFormat } from './pyproject.js';
import { pythonEnvFormat } from './python-env.js';
import { pythonVersionFormat } from './python-version.js';
import { requirementsFormat } from './requirements.js';
import { runtimeTxtFormat } from './runtime-txt.js';
import { scriptFormat } from './script.js';
import { setupCfgFormat } from './setup-cfg.js';
import { setupPyFormat } from './setup-py.js';

export type { PackagingFormat } from './format.js';

/** Every format by its kind: the type makes the list complete. The order is the one `ml-hub deps --kind` shows. */
const byKind = {
  requirements: requirementsFormat,
  conda: condaFormat,
  pyproject: pyprojectFormat,
  'setup.py': setupPyFormat,
  'setup.cfg': setupCfgFormat,
  nbdev: nbdevFormat,
  pipfile: pipfileFormat,
  'pipfile.lock': pipfileLockFormat,
  mlproject: mlprojectFormat,
  'python-env': pythonEnvFormat,
  'runtime.txt': runtimeTxtFormat,
  'python-version': pythonVersionFormat,
  script: scriptFormat,
} satisfies Record<PackagingKind, PackagingFormat>;

export const packagingFormats: readonly PackagingFormat[] = Object.values(byKind);

export function formatOf(kind: PackagingKind): PackagingFormat {
  return byKind[kind];
}

/** Whether a file declares the whole runtime environment on its own (see PackagingFormat.definesEnvironment). */
export function definesEnvironment(file: PackagingFile): boolean {
  if (file.generated) return false;
  const rule = byKind[file.kind].definesEnvironment;
  return rule === 'always' || (rule instanceof RegExp && rule.test(file.path.slice(file.path.lastIndexOf('/') + 1)));
}

/** Kinds whose files build a package (setup.py, setup.cfg, pyproject.toml). */
export function buildsPackage(kind: PackagingKind): boolean {
  return byKind[kind].buildsPackage;
}

/** setup-env's virtual-environment sources, most preferred first: each a format and the path it is taken from, if one. */
export const venvSources: readonly { format: PackagingFormat; path?: string }[] = packagingFormats
  .filter((f) => f.venv)
  .sort((a, b) => a.venv!.precedence - b.venv!.precedence)
  .flatMap((format) => (format.venv!.paths ? format.venv!.paths.map((path) => ({ format, path })) : [{ format }]));

/** PEP 751 lock files (`pylock.toml`, `pylock.dev.toml`): recognised, not read yet. */
export function isPep751Lock(relativePath: string): boolean {
  return /^pylock(\.[^./]+)?\.toml$/.test(relativePath.slice(relativePath.lastIndexOf('/') + 1));
}
