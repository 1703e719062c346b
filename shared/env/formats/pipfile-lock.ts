// Pipenv's Pipfile.lock: pins everything installed, declares nothing of its own.

import { parsePipfileLock } from '../pipfile.js';
import type { PackagingFormat } from './format.js';

export const pipfileLockFormat: PackagingFormat = {
  kind: 'pipfile.lock',
  names: ['Pipfile.lock'],
  depsKind: 'pipfile-lock',
  parse: parsePipfileLock,
  readsIncludes: false,
  pythonPrecedence: 8,
  definesEnvironment: 'never',
  buildsPackage: false,
  // Before the Pipfile: the lock is what was tested.
  venv: { precedence: 1, paths: ['Pipfile.lock'], install: 'requirement-lines' },
};
