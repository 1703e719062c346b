// MLflow's python_env.yaml: an interpreter version and pip requirements.

import { parsePythonEnv } from '../mlproject.js';
import type { PackagingFormat } from './format.js';

export const pythonEnvFormat: PackagingFormat = {
  kind: 'python-env',
  names: ['python_env.yaml', 'python_env.yml'],
  depsKind: 'python-env',
  parse: parsePythonEnv,
  readsIncludes: false,
  pythonPrecedence: 3,
  definesEnvironment: 'always',
  buildsPackage: false,
  // Wherever it is: an MLproject may name one in a subfolder.
  venv: { precedence: 6, install: 'requirement-lines' },
};
