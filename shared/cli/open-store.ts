// Opening the MLflow store a CLI command names (or MLFLOW_TRACKING_URI, or the current folder), with a store that is
// not there reported as a usage error.

import { LocatedError } from '../diagnostics.js';
import { openStore } from '../mlflow/detect-store.js';
import type { MlflowStore } from '../mlflow/store.js';
import { UsageError } from './cli-support.js';

export function openCommandStore(command: string, uriOrPath: string | undefined): MlflowStore {
  try {
    return openStore(uriOrPath, { env: process.env, cwd: process.cwd() });
  } catch (error) {
    if (error instanceof LocatedError) throw new UsageError(`${command}: ${error.file}: ${error.message}`);
    throw error;
  }
}
