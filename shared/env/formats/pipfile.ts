// Pipenv's Pipfile.

import { parsePipfile } from '../pipfile.js';
import type { PackagingFormat } from './format.js';

export const pipfileFormat: PackagingFormat = {
  kind: 'pipfile',
  names: ['Pipfile'],
  depsKind: 'pipfile',
  parse: parsePipfile,
  readsIncludes: false,
  pythonPrecedence: 7,
  definesEnvironment: 'always',
  buildsPackage: false,
  venv: { precedence: 2, paths: ['Pipfile'], install: 'requirement-lines' },
  packageEnv: { edits: 'manifest', precedence: 3 },
};
