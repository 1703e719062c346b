// pyproject.toml: PEP 621 `[project]`, PEP 735 dependency groups, Poetry.

import { parsePyproject } from '../pyproject.js';
import type { PackagingFormat } from './format.js';

export const pyprojectFormat: PackagingFormat = {
  kind: 'pyproject',
  names: ['pyproject.toml'],
  depsKind: 'pyproject',
  parse: parsePyproject,
  readsIncludes: false,
  pythonPrecedence: 4,
  definesEnvironment: 'always',
  buildsPackage: true,
  venv: { precedence: 3, paths: ['pyproject.toml'], install: 'requirement-lines' },
  packageEnv: { edits: 'manifest', precedence: 0 },
};
