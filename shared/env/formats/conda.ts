// conda environment files: environment.yml, MLflow's conda.yaml, and the variants projects keep beside them.

import { parseCondaEnvironment } from '../conda.js';
import type { PackagingFormat } from './format.js';

/** Installer tooling that conda files list and pip files never do: not a difference between them. */
export const condaInstallerTooling: ReadonlySet<string> = new Set(['pip', 'setuptools', 'wheel']);

export const condaFormat: PackagingFormat = {
  kind: 'conda',
  // In the order setup-env and package-env look for the project's conda file at the root.
  names: ['environment.yml', 'environment.yaml', 'conda.yaml', 'conda.yml'],
  // `environment-gpu.yml`, `conda-cpu.yaml`; conda-lock's `conda-lock.yml` is a lock in its own format.
  alsoNamed: (name) => /^(environment|conda)[-_.][\w.-]*\.ya?ml$/i.test(name) && !/^conda-lock\./i.test(name),
  depsKind: 'conda',
  parse: (file, text, reader, env) => parseCondaEnvironment(file, text, reader, { env }),
  readsIncludes: true,
  pythonPrecedence: 2,
  definesEnvironment: /^(environment|conda)\.ya?ml$/i,
  buildsPackage: false,
  packageEnv: { edits: 'conda', precedence: 5 },
};
