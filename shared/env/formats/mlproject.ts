// MLflow's MLproject: names the project's environment (python_env, conda_env, docker_env), declares no packages itself.

import { parseMlproject } from '../mlproject.js';
import type { PackagingFormat } from './format.js';

export const mlprojectFormat: PackagingFormat = {
  kind: 'mlproject',
  names: ['MLproject'],
  depsKind: 'mlproject',
  parse: parseMlproject,
  readsIncludes: false,
  // Its Python is its python_env.yaml's, a file of that format.
  pythonPrecedence: 10,
  definesEnvironment: 'never',
  buildsPackage: false,
};
