// Workflow files as GitHub reads them from the repository: which events trigger them, the workflow_dispatch inputs, and
// the jobs and steps a run of them shows.

import YAML from 'yaml';
import type { JobPlan } from './runs.js';

export interface DispatchInput {
  required?: boolean;
  default?: unknown;
  type?: string;
  options?: string[];
}

export interface WorkflowFile {
  path: string;
  name: string;
  runName?: string;
  events: string[];
  dispatchInputs?: Record<string, DispatchInput>;
  jobs: JobPlan[];
}

interface RawStep {
  name?: string;
  uses?: string;
  run?: string;
}

export function parseWorkflow(file: string, text: string): WorkflowFile {
  const doc = (YAML.parse(text) ?? {}) as Record<string, unknown>;
  const on = doc.on;
  const events = typeof on === 'string' ? [on] : Array.isArray(on) ? on.map(String) : Object.keys((on as object | null) ?? {});
  const dispatch = !Array.isArray(on) && typeof on === 'object' && on ? (on as Record<string, unknown>).workflow_dispatch : undefined;
  const jobs = Object.entries((doc.jobs as Record<string, { name?: string; steps?: RawStep[] }> | undefined) ?? {}).map(([key, job]) => ({
    name: job.name ?? key,
    steps: (job.steps ?? []).map(stepName),
  }));
  return {
    path: file,
    name: typeof doc.name === 'string' ? doc.name : file,
    runName: typeof doc['run-name'] === 'string' ? doc['run-name'] : undefined,
    events,
    dispatchInputs: events.includes('workflow_dispatch')
      ? (((dispatch as { inputs?: Record<string, DispatchInput> } | null | undefined)?.inputs ?? {}) as Record<string, DispatchInput>)
      : undefined,
    jobs,
  };
}

/** The step names GitHub shows: the step's name, else "Run <action>" or "Run <first line of the script>". */
function stepName(step: RawStep): string {
  if (step.name) return step.name;
  if (step.uses) return `Run ${step.uses}`;
  return `Run ${(step.run ?? '').trim().split('\n')[0]}`;
}

/** GitHub's answers to a dispatch whose inputs do not fit the workflow, or undefined when they do. */
export function checkDispatchInputs(workflow: WorkflowFile, inputs: Record<string, unknown>): string | undefined {
  const declared = workflow.dispatchInputs ?? {};
  const unexpected = Object.keys(inputs).filter((name) => !(name in declared));
  if (unexpected.length > 0) return `Unexpected inputs provided: ${JSON.stringify(unexpected)}`;
  for (const [name, input] of Object.entries(declared)) {
    if (input.required && input.default === undefined && inputs[name] === undefined) return `Required input '${name}' not provided`;
    const value = inputs[name];
    if (value !== undefined && input.type === 'choice' && input.options && !input.options.includes(String(value))) {
      return `Provided value '${String(value)}' for input '${name}' not in the list of allowed values`;
    }
  }
  return undefined;
}

/**
 * The run name GitHub shows for `run-name:`. Expressions made of `inputs.x` (or `github.event.inputs.x`),
 * `github.ref_name` and '...' literals joined by `||` are evaluated (an input is its dispatched value, else its
 * default); any other expression is left as written.
 */
export function evaluateRunName(workflow: WorkflowFile, inputs: Record<string, unknown> = {}, refName = ''): string {
  if (workflow.runName === undefined) return workflow.name;
  const operand = (text: string): string | undefined => {
    const input = /^(?:github\.event\.)?inputs\.([\w-]+)$/.exec(text);
    if (input) {
      const value = inputs[input[1]!] ?? workflow.dispatchInputs?.[input[1]!]?.default;
      return value === undefined || value === null ? '' : String(value);
    }
    if (text === 'github.ref_name') return refName;
    const literal = /^'((?:[^']|'')*)'$/.exec(text);
    return literal ? literal[1]!.replace(/''/g, "'") : undefined;
  };
  return workflow.runName.replace(/\$\{\{\s*(.*?)\s*\}\}/g, (whole, expression: string) => {
    const values = expression.split('||').map((part) => operand(part.trim()));
    if (values.some((v) => v === undefined)) return whole;
    return values.find((v) => v !== '') ?? '';
  });
}
