// setup.py, read and never run.

import { parseSetupPy } from '../setup-py.js';
import type { PackagingFormat } from './format.js';

export const setupPyFormat: PackagingFormat = {
  kind: 'setup.py',
  names: ['setup.py'],
  depsKind: 'setup-py',
  parse: parseSetupPy,
  readsIncludes: false,
  pythonPrecedence: 5,
  definesEnvironment: 'always',
  buildsPackage: true,
  venv: { precedence: 5, paths: ['setup.py'], install: 'requirement-lines' },
  packageEnv: { edits: 'manifest', precedence: 2 },
};
