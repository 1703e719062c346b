// The report folder, in the runner's temporary folder, and its upload with @actions/artifact: runner-only, so it lives
// beside the action and stays out of the CLI bundle. Outside a runner there is no ACTIONS_RUNTIME_TOKEN to upload
// with: the folder is the result, and the message says where it is.

import { DefaultArtifactClient } from '@actions/artifact';
import { mkdirSync, rmSync } from 'node:fs';
import path, { relative, sep } from 'node:path';
import { containedPath } from '../../shared/contained-path.js';
import type { Annotation } from '../../shared/drift/annotations.js';
import { cell, code } from '../../shared/report/markdown.js';
import { filesUnder } from '../../shared/report/report-artifacts.js';
import { info } from '../common/log.js';

/** Where this step's report goes, and how it is emptied before it is written. */
export function reportFolder(ws: string, artifactName: string): { dir: string; prepare: (dir: string) => void } {
  const root = process.env.RUNNER_TEMP || ws;
  const dir = path.join(process.env.RUNNER_TEMP || path.join(ws, '.ml-hub'), 'ml-hub', 'publish-metrics', artifactName);
  const prepare = (folder: string) => {
    // Emptied and written only when it really lies in the runner's temporary folder or the workspace: a committed
    // `.ml-hub -> /home/runner` symlink must not turn this into a removal outside.
    containedPath(root, folder);
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder, { recursive: true });
  };
  return { dir, prepare };
}

/** Uploads the folder when asked; says for the summary where the report is, and why it was not uploaded. */
export async function publishFolder(upload: boolean, name: string, dir: string, ws: string): Promise<{ where: string; notice?: Annotation }> {
  if (!upload) return { where: `The report is in ${code(path.relative(ws, dir).startsWith('..') ? dir : path.relative(ws, dir))}.` };
  const result = await uploadFolder(name, dir, process.env);
  info(`ml-hub publish-metrics: ${result.message}`);
  if (result.uploaded) return { where: `The full report, with the dashboard, is the ${code(name)} artifact of this run.` };
  return { where: cell(result.message), notice: { level: 'notice', title: 'ml-hub: artifact', message: result.message } };
}

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
