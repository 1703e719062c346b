// The steps of a workflow file with the lines they are on, and which of them call one of ml-hub's own actions.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

export interface WorkflowFile {
  /** Relative to the repository root. */
  file: string;
  text: string;
  /** The parsed document as plain data. */
  data: Record<string, unknown>;
  steps: Step[];
}

export interface Step {
  job: string;
  id?: string;
  uses?: string;
  line: number;
  /** `with:` keys, with their values and lines. */
  with: Map<string, { value: unknown; line: number }>;
  run?: string;
}

/** The workflow files in these folders, relative to the root. */
export function workflowFiles(root: string, dirs: string[]): string[] {
  return dirs.flatMap((dir) =>
    readdirSync(path.join(root, dir))
      .filter((f) => /\.ya?ml$/.test(f))
      .sort()
      .map((f) => `${dir}/${f}`),
  );
}

export function readWorkflow(root: string, file: string): WorkflowFile {
  const text = readFileSync(path.join(root, file), 'utf8');
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  const lineOf = (node: Node | null | undefined) => (node?.range ? lineCounter.linePos(node.range[0]).line : 0);
  const steps: Step[] = [];
  const jobs = doc.get('jobs');
  for (const job of isMap(jobs) ? jobs.items : []) {
    const list = isMap(job.value) ? job.value.get('steps') : undefined;
    for (const step of isSeq(list) ? list.items : []) {
      if (!isMap(step)) continue;
      const withMap = step.get('with');
      const scalar = (key: string) => {
        const value = step.get(key);
        return typeof value === 'string' ? value : undefined;
      };
      steps.push({
        job: String(isScalar(job.key) ? job.key.value : job.key),
        id: scalar('id'),
        uses: scalar('uses'),
        run: scalar('run'),
        line: lineOf(step),
        with: new Map(
          isMap(withMap)
            ? withMap.items.map((p) => [String(isScalar(p.key) ? p.key.value : p.key), { value: isScalar(p.value) ? p.value.value : p.value, line: lineOf(p.key as Node) }])
            : [],
        ),
      });
    }
  }
  return { file, text, data: (doc.toJS() ?? {}) as Record<string, unknown>, steps };
}

/** `<owner>/ml-hub/<action>@<ref>` (any owner) or, inside this repository, `./<action>`: the action's folder name. */
export function mlHubAction(uses: string | undefined): string | undefined {
  return uses ? (/^[^/\s]+\/ml-hub\/([^/@\s]+)@\S+$/.exec(uses) ?? /^\.\/([^/@\s]+)\/?$/.exec(uses))?.[1] : undefined;
}
