// .python-version (pyenv, uv): the interpreter version only, the most specific statement of it.

import { parsePythonVersionFile } from '../python-version-files.js';
import type { PackagingFormat } from './format.js';

export const pythonVersionFormat: PackagingFormat = {
  kind: 'python-version',
  names: ['.python-version'],
  parse: parsePythonVersionFile,
  readsIncludes: false,
  pythonPrecedence: 0,
  definesEnvironment: 'never',
  buildsPackage: false,
};
