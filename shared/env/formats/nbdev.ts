// nbdev's settings.ini (env/nbdev-settings.ts): the packaging of an nbdev project, which its setup.py reads.

import { parseNbdevSettings } from '../nbdev-settings.js';
import type { PackagingFormat } from './format.js';

export const nbdevFormat: PackagingFormat = {
  kind: 'nbdev',
  names: ['settings.ini'],
  depsKind: 'nbdev',
  parse: parseNbdevSettings,
  readsIncludes: false,
  pythonPrecedence: 11,
  definesEnvironment: 'always',
  buildsPackage: true,
  packageEnv: { edits: 'manifest', precedence: 6 },
};
