// setup.cfg: setuptools' declarative `[options]`.

import { parseSetupCfg } from '../setup-cfg.js';
import type { PackagingFormat } from './format.js';

export const setupCfgFormat: PackagingFormat = {
  kind: 'setup.cfg',
  names: ['setup.cfg'],
  depsKind: 'setup-cfg',
  parse: parseSetupCfg,
  readsIncludes: false,
  pythonPrecedence: 6,
  definesEnvironment: 'always',
  buildsPackage: true,
  venv: { precedence: 4, paths: ['setup.cfg'], install: 'requirement-lines' },
  packageEnv: { edits: 'manifest', precedence: 1 },
};
