// The detect-env pipeline's first steps, in process, for the drift rules' unit tests: a project folder as written on
// disk → packaging files parsed by the real parsers, sources scanned by the real scanner, and the Analysis the rules
// take (buildAnalysis, as detectDrift builds it), with no bundle and no child process.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { defaultConfig, type MlHubConfig } from '../../shared/config/config.js';
import { packagingKindOf } from '../../shared/env/discover-packaging.js';
import { workingTreeReader } from '../../shared/env/file-readers.js';
import { loadEnvironment } from '../../shared/env/load-environment.js';
import { scanNotebook } from '../../shared/scan/notebook.js';
import { scanPythonSource } from '../../shared/scan/python-imports.js';
import { buildAnalysis, type Analysis } from '../../shared/drift/detect-drift.js';
import { declarationScopes } from '../../shared/drift/declaration-scope.js';
import { FirstPartyModules } from '../../shared/drift/first-party.js';

function listFiles(root: string, dir = ''): string[] {
  return readdirSync(path.join(root, dir)).flatMap((name) => {
    if (name === '.git') return [];
    const rel = dir ? `${dir}/${name}` : name;
    return statSync(path.join(root, rel)).isDirectory() ? listFiles(root, rel) : [rel];
  });
}

/** The Analysis of the project at `root`; `config` adds settings (mapping, ignore lists) as `.ml-hub.yml` would. */
export function analyseProject(root: string, config: Partial<MlHubConfig> = {}, pythonVersion = '3.12'): Analysis {
  const files = listFiles(root).sort();
  const environment = loadEnvironment(files.filter((f) => packagingKindOf(f)), workingTreeReader(root), { env: {} });
  const scanned = files
    .filter((f) => /\.(py|ipynb)$/.test(f))
    .map((f) => (f.endsWith('.ipynb') ? scanNotebook(readFileSync(path.join(root, f), 'utf8'), f) : scanPythonSource(readFileSync(path.join(root, f)), f)));
  const code = scanned.filter((f) => !/(^|\/)setup\.py$/.test(f.path));
  const firstParty = new FirstPartyModules(scanned.map((f) => f.path));
  return buildAnalysis({ ...defaultConfig(), ...config }, environment.files, code, pythonVersion, undefined, firstParty, declarationScopes(environment.files));
}
