// The project's record as setup-env reads it at the checked-out commit: the packaging files (parsed once, includes
// followed), the requirements record from ml-hub's settings, and the environment hash detect-env computes from the
// same files.

import { loadConfig, type MachineRequirements } from '../config/config.js';
import type { Diagnostic } from '../diagnostics.js';
import { rootListing } from '../env/discover-packaging.js';
import { environmentHash } from '../env/env-hash.js';
import { workingTreeReader } from '../env/file-readers.js';
import { loadEnvironment } from '../env/load-environment.js';
import type { PackagingFile } from '../env/model.js';

export interface ProjectRecord {
  files: PackagingFile[];
  diagnostics: Diagnostic[];
  requirements?: MachineRequirements;
  /** The settings file the requirements come from. */
  requirementsSource?: string;
  envHash: string;
}

export function readRecord(root: string, env: Record<string, string | undefined>): ProjectRecord {
  const reader = workingTreeReader(root);
  const { config, diagnostics: configProblems } = loadConfig(reader);
  const environment = loadEnvironment(rootListing(root), reader, { env });
  return {
    files: environment.files,
    diagnostics: [...configProblems, ...environment.diagnostics],
    ...(config.requirements && { requirements: config.requirements, requirementsSource: config.source }),
    envHash: environmentHash(environment.files),
  };
}
