// PEP 723 inline script metadata (`# /// script` … `# ///`): one script's own requirements, as `uv run` reads them.
// Found by the scanner in any .py file, not by name; it declares for that file only, so it defines no environment,
// and package-env and setup-env leave it to the tools that run the script.

import { parseScriptMetadata } from '../script-metadata.js';
import type { PackagingFormat } from './format.js';

export const scriptFormat: PackagingFormat = {
  kind: 'script',
  names: [],
  inSource: true,
  parse: parseScriptMetadata,
  readsIncludes: false,
  // Its requires-python is the script's, never the project's.
  pythonPrecedence: 99,
  definesEnvironment: 'never',
  buildsPackage: false,
};
