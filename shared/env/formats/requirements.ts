// pip requirements files: requirements.txt and the names pip-tools, uv and others write.

import { parseRequirementsText } from '../requirements.js';
import type { PackagingFormat } from './format.js';

/** `constraints.txt`, `constraints-py310.txt`: versions to hold, not packages to install. */
export function isConstraintsFile(relativePath: string): boolean {
  return /^constraints.*\.txt$/i.test(relativePath.slice(relativePath.lastIndexOf('/') + 1));
}

export const requirementsFormat: PackagingFormat = {
  kind: 'requirements',
  names: ['requirements.txt', 'requirements.in'],
  // `requirements*.txt|in|lock`, `constraints*.txt|in`, and anything `.txt`/`.in` in a `requirements/` folder.
  alsoNamed: (name, folders) =>
    /^(requirements|constraints).*\.(txt|in)$/i.test(name) || /^requirements.*\.lock$/i.test(name) || (folders.some((p) => /^requirements$/i.test(p)) && /\.(txt|in)$/i.test(name)),
  depsKind: 'requirements',
  parse: (file, text, reader, env) => parseRequirementsText(text, file, reader, { env }),
  readsIncludes: true,
  pythonPrecedence: 9,
  definesEnvironment: /^requirements\.(txt|in)$/i,
  buildsPackage: false,
  venv: { precedence: 0, paths: ['requirements.txt', 'requirements.in'], install: 'as-is' },
  packageEnv: { edits: 'requirements', precedence: 4 },
};
