// runtime.txt (Heroku, Binder): the interpreter version only.

import { parseRuntimeTxt } from '../python-version-files.js';
import type { PackagingFormat } from './format.js';

export const runtimeTxtFormat: PackagingFormat = {
  kind: 'runtime.txt',
  names: ['runtime.txt'],
  parse: parseRuntimeTxt,
  readsIncludes: false,
  pythonPrecedence: 1,
  definesEnvironment: 'never',
  buildsPackage: false,
};
