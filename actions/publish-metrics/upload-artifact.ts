// Uploads the report folder with @actions/artifact: runner-only, so it lives beside the action and stays out of the
// CLI bundle. Outside a runner there is no ACTIONS_RUNTIME_TOKEN to upload with: the folder is the result, and the
// message says where it is.

import { DefaultArtifactClient } from '@actions/artifact';
import { relative, sep } from 'node:path';
import { filesUnder } from '../../shared/report/report-artifacts.js';

export interface UploadResult {
  uploaded: boolean;
  id?: number;
  size?: number;
  /** One line for the log: what was uploaded, or why not and where the files are. */
  message: string;
}

/** Uploads everything under `dir` as artifact `name`; without a runtime token, leaves it there and says so. */
export async function uploadFolder(name: string, dir: string, env: Record<string, string | undefined>, retentionDays?: number): Promise<UploadResult> {
  const files = filesUnder(dir);
  const where = relative(process.cwd(), dir).startsWith('..') ? dir : relative(process.cwd(), dir) || '.';
  if (!env.ACTIONS_RUNTIME_TOKEN) {
    return {
      uploaded: false,
      message: `Not on a GitHub Actions runner with artifact access (no ACTIONS_RUNTIME_TOKEN): the report was written to the folder ${where.split(sep).join('/')} instead of being uploaded.`,
    };
  }
  if (files.length === 0) return { uploaded: false, message: `Nothing to upload in ${where}.` };
  try {
    const response = await new DefaultArtifactClient().uploadArtifact(name, files, dir, retentionDays ? { retentionDays } : {});
    return { uploaded: true, id: response.id, size: response.size, message: `Uploaded artifact ${name} (${files.length} files, ${response.size ?? '?'} bytes).` };
  } catch (error) {
    return { uploaded: false, message: `Could not upload artifact ${name}: ${(error as Error).message}. The files are in ${where}.` };
  }
}
