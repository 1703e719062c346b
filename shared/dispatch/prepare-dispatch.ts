// Everything decided before anything is sent: the settings and their runner catalog, the runner, the entry point and
// the packed inputs. The action and `ml-hub train` both start here, so they choose and pack alike.

import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { loadConfig, type MachineRequirements } from '../config/config.js';
import type { Diagnostic } from '../diagnostics.js';
import { rootListing } from '../env/discover-packaging.js';
import { environmentHash } from '../env/env-hash.js';
import { workingTreeReader } from '../env/file-readers.js';
import { loadEnvironment } from '../env/load-environment.js';
import { chooseRunner, type RunnerChoice } from './choose-runner.js';
import { resolveEntryPoint } from './entry-point.js';
import { packInputs, type PackedInputs, type TrainingRequest } from './pack-inputs.js';
import type { Parameters } from './parameters.js';
import { loadRunnerCatalog } from './runner-catalog.js';

export interface PrepareOptions {
  /** The project folder (where MLproject and the packaging files are). */
  root: string;
  /** Settings file relative to root; default `.github/ml-hub.yml`, then pyproject.toml. */
  configPath?: string;
  entryPoint: string;
  parameters: Parameters;
  /** detect-env's env-hash; computed from the packaging files when absent. */
  envHash?: string;
  /** A runner catalog name or runs-on labels, over the catalog's choice. */
  runner?: string;
  /** Over the settings' `requirements:`. */
  requirements?: MachineRequirements;
  correlationId?: string;
  /** For `${VAR}` in requirements files, as detect-env reads them (so the hash matches its env-hash). */
  env?: Record<string, string | undefined>;
}

export interface PreparedDispatch {
  request: TrainingRequest;
  requirements: MachineRequirements;
  choice: RunnerChoice;
  packed: PackedInputs;
  correlationId: string;
  /** Settings problems that did not stop anything (warnings). */
  diagnostics: Diagnostic[];
  notes: string[];
}

/** The settings have errors that would make the runner choice a guess; the diagnostics say where. */
export class SettingsError extends Error {
  override name = 'SettingsError';
  constructor(readonly diagnostics: Diagnostic[]) {
    super(`the settings have ${diagnostics.length === 1 ? 'an error' : `${diagnostics.length} errors`}: ${diagnostics.map((d) => `${d.file}${d.line ? `:${d.line}` : ''}: ${d.message}`).join('; ')}`);
  }
}

/** An id no other run has, for `run-name:` on servers that cannot return the run. */
export function newCorrelationId(): string {
  return `ml-hub-${randomUUID()}`;
}

export function prepareDispatch(options: PrepareOptions): PreparedDispatch {
  const root = path.resolve(options.root);
  const reader = workingTreeReader(root);
  const { config, diagnostics } = loadConfig(reader, options.configPath);
  const catalog = loadRunnerCatalog(config, reader);
  const all = [...diagnostics, ...catalog.diagnostics];
  const errors = all.filter((d) => d.severity === 'error');
  if (errors.length) throw new SettingsError(errors);

  const requirements = options.requirements ?? config.requirements ?? {};
  const choice = chooseRunner(catalog.catalog, requirements, options.runner);
  const entry = resolveEntryPoint(reader, options.entryPoint, options.parameters);
  const envHash = options.envHash || environmentHash(loadEnvironment(rootListing(root), reader, { env: options.env ?? {} }).files);
  const request: TrainingRequest = { entryPoint: options.entryPoint.trim(), kind: entry.kind, parameters: options.parameters, envHash };
  const correlationId = options.correlationId ?? newCorrelationId();
  const packed = packInputs(request, { correlationId, runsOn: choice.runsOn });
  return { request, requirements, choice, packed, correlationId, diagnostics: all, notes: entry.notes };
}
