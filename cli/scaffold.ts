// What `ml-hub init` puts into a repository: the suite's workflows (from workflows-examples/), the settings file with
// a commented requirements block, and .gitignore entries for what Python and MLflow leave behind. Existing files are
// kept unless forced; .gitignore only ever gains the lines it lacks.

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { FileEdit } from '../shared/package/model.js';
import { applyEdits } from '../shared/package/atomic-write.js';
import { mlHubHome } from './cli-support.js';

export type ScaffoldStatus = 'created' | 'overwritten' | 'exists, kept' | 'up to date' | 'appended';

export interface ScaffoldResult {
  path: string;
  status: ScaffoldStatus;
  detail?: string;
}

/** The placeholder for the GitHub owner of ml-hub's actions in workflows-examples/. */
export const ownerPlaceholder = '<owner>';

/** workflows-examples/ of the ml-hub checkout this CLI runs from. */
function examplesDir(): string {
  return path.join(mlHubHome(), 'workflows-examples');
}

/** train.yml is the workflow dispatch-training starts by default; publish-metrics.yml publishes MLflow runs on push and PR. */
export const workflowFiles = ['detect-env.yml', 'package-env.yml', 'train.yml', 'publish-metrics.yml'];

export const settingsText = `# ml-hub settings, read by detect-env, package-env and the ml-hub CLI. Every key is optional.
#
# fail-on: undeclared            # never | undeclared | any
# exclude: ["notebooks/scratch/**"]
# mapping:                       # import name → distribution, when ml-hub cannot tell
#   cv2: opencv-python-headless
# ignore:
#   undeclared: [my_internal_tool]
#   unused: [gunicorn]
#
# What training needs, so workflows can pick a machine that fits:
# requirements:
#   cpus: 4
#   memory: 16GB
#   gpu: 1
#   disk: 50GB
#   python: "3.11"
`;

/** Lines .gitignore should hold: virtual environments, Python caches, notebook checkpoints, MLflow's artifact store. */
export const ignoredPatterns = ['.venv/', 'venv/', '__pycache__/', '*.py[cod]', '.ipynb_checkpoints/', '.pytest_cache/', 'mlartifacts/'];

/** `/.venv/`, `.venv` and `.venv/` ignore the same folder at the root; compare them as one. */
function normalizePattern(line: string): string {
  return line.trim().replace(/^\//, '').replace(/\/$/, '');
}

function read(file: string): string | undefined {
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

/** The owner an earlier `ml-hub init` filled in (`uses: acme/ml-hub/detect-env@v1`), so a rerun keeps it. */
export function ownerInWorkflows(dir: string): string | undefined {
  for (const name of workflowFiles) {
    const text = read(path.join(dir, '.github', 'workflows', name));
    const owner = text && /^\s*-?\s*uses:\s*([A-Za-z0-9][A-Za-z0-9-]*)\/ml-hub\/[a-z-]+@/m.exec(text)?.[1];
    if (owner) return owner;
  }
  return undefined;
}

export async function scaffoldRepository(dir: string, options: { force: boolean; actionsOwner?: string }): Promise<ScaffoldResult[]> {
  const results: ScaffoldResult[] = [];
  const edits: FileEdit[] = [];
  const wanted: [string, string][] = workflowFiles.map((name) => {
    const text = readFileSync(path.join(examplesDir(), name), 'utf8');
    return [`.github/workflows/${name}`, options.actionsOwner ? text.replaceAll(ownerPlaceholder, options.actionsOwner) : text];
  });
  wanted.push(['.github/ml-hub.yml', settingsText]);

  for (const [file, text] of wanted) {
    const before = read(path.join(dir, file));
    if (before === text) results.push({ path: file, status: 'up to date' });
    else if (before !== undefined && !options.force) results.push({ path: file, status: 'exists, kept', detail: '--force replaces it' });
    else {
      edits.push({ path: file, before, after: text, reasons: [before === undefined ? 'scaffolded by ml-hub init' : 'replaced by ml-hub init --force'] });
      results.push({ path: file, status: before === undefined ? 'created' : 'overwritten' });
    }
  }

  const gitignore = read(path.join(dir, '.gitignore'));
  const present = new Set((gitignore ?? '').split(/\r?\n/).filter((l) => l.trim() && !l.trim().startsWith('#')).map(normalizePattern));
  const missing = ignoredPatterns.filter((p) => !present.has(normalizePattern(p)));
  if (missing.length === 0) {
    results.push({ path: '.gitignore', status: 'up to date' });
  } else {
    const head = gitignore === undefined || gitignore === '' ? '' : gitignore.endsWith('\n') ? `${gitignore}\n` : `${gitignore}\n\n`;
    const after = `${head}# Python environments and caches, MLflow's artifact store (ml-hub init)\n${missing.join('\n')}\n`;
    edits.push({ path: '.gitignore', before: gitignore, after, reasons: [`added ${missing.join(', ')}`] });
    results.push({ path: '.gitignore', status: gitignore === undefined ? 'created' : 'appended', detail: missing.join(' ') });
  }

  await applyEdits(dir, edits);
  return results;
}
