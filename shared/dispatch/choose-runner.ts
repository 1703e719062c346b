// Which runner a training run goes to: the one the caller names, else the cheapest runner of the catalog that meets the
// requirements record (the smallest when no prices are given), else the workflow's own default when there is no
// catalog. Every choice comes with the sentence that explains it; a refusal lists why each runner falls short.

import type { MachineRequirements } from '../config/config.js';
import { nominalGb } from '../machine/units.js';
import { describeRunsOn, type RunnerCatalog, type RunnerSpec, type RunsOn } from './runner-catalog.js';

export interface RunnerChoice {
  /** What the dispatched workflow's `runs-on` gets; undefined leaves the workflow's default. */
  runsOn?: RunsOn;
  /** The catalog name, or the label given explicitly. */
  name?: string;
  how: 'explicit' | 'cheapest' | 'smallest' | 'workflow-default';
  /** One or two sentences for the job summary and the terminal. */
  explanation: string;
  /** Said as warnings too: an explicit runner that does not fit. */
  warnings: string[];
}

/** No runner of the catalog meets the requirements; the message lists each one's shortfalls. */
export class NoRunnerFitsError extends Error {
  override name = 'NoRunnerFitsError';
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The requirements as a phrase: `8 cores, 32 GB memory, 1 GPU`; empty when nothing is required. */
export function describeNeeds(r: MachineRequirements): string {
  const parts: string[] = [];
  if (r.cpus) parts.push(plural(r.cpus, 'core'));
  if (r.memory) parts.push(`${nominalGb(r.memory)} GB memory`);
  if (r.gpu) parts.push(plural(r.gpu, 'GPU'));
  if (r.disk) parts.push(`${nominalGb(r.disk)} GB disk`);
  return parts.join(', ');
}

/** Why a runner does not meet the requirements, one phrase per resource; empty when it does. Unlisted specs do not fit. */
export function runnerShortfalls(runner: RunnerSpec, r: MachineRequirements): string[] {
  const out: string[] = [];
  if (r.cpus) {
    if (runner.cpus === undefined) out.push(`cores not listed (needs ${r.cpus})`);
    else if (runner.cpus < r.cpus) out.push(`${plural(runner.cpus, 'core')} (needs ${r.cpus})`);
  }
  // Sizes compare as the tiers people mean: `16GB` and `16 GiB` are the same machine.
  for (const [key, what] of [['memory', 'memory'], ['disk', 'disk']] as const) {
    const need = r[key];
    if (!need) continue;
    const has = runner[key];
    if (has === undefined) out.push(`${what} not listed (needs ${nominalGb(need)} GB)`);
    else if (nominalGb(has) < nominalGb(need)) out.push(`${nominalGb(has)} GB ${what} (needs ${nominalGb(need)} GB)`);
  }
  if (r.gpu) {
    const gpus = runner.gpu ?? 0;
    if (gpus < r.gpu) out.push(`${gpus === 0 ? 'no GPU' : plural(gpus, 'GPU')}${runner.gpu === undefined ? ' listed' : ''} (needs ${r.gpu})`);
  }
  return out;
}

/** GPUs first, then cores, memory and disk: a GPU is what costs most. */
function sizeKey(runner: RunnerSpec): number[] {
  return [runner.gpu ?? 0, runner.cpus ?? 0, nominalGb(runner.memory ?? 0), nominalGb(runner.disk ?? 0)];
}

function compareSize(a: RunnerSpec, b: RunnerSpec): number {
  const [x, y] = [sizeKey(a), sizeKey(b)];
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return 0;
}

const price = (p: number) => `${Number(p.toFixed(4))}/min`;

function describeRunner(runner: RunnerSpec): string {
  const where = { 'self-hosted': 'self-hosted', 'scale-set': 'scale set', 'larger-runner': 'larger runner' }[runner.kind];
  return `\`${runner.name}\` (${where} ${describeRunsOn(runner.runsOn)})`;
}

/** A `runner` input that is not a catalog name: JSON (`["self-hosted","gpu"]`), comma-separated labels, or one label. */
export function parseRunsOn(text: string): RunsOn {
  const value = text.trim();
  if (/^[[{"]/.test(value)) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(value);
    } catch {
      throw new Error(`runner: ${value} is not valid JSON; give a label, labels separated by commas, or JSON such as ["self-hosted","gpu"]`);
    }
    const labels = (v: unknown): v is string[] => Array.isArray(v) && v.length > 0 && v.every((l) => typeof l === 'string' && l.trim() !== '');
    if (typeof parsed === 'string' && parsed.trim() !== '') return parsed;
    if (labels(parsed)) return parsed;
    const group = parsed as { group?: unknown; labels?: unknown };
    if (group && typeof group === 'object' && typeof group.group === 'string' && group.group.trim() !== '' && Object.keys(group).every((k) => k === 'group' || k === 'labels')) {
      if (group.labels === undefined) return { group: group.group };
      if (typeof group.labels === 'string' && group.labels.trim() !== '') return { group: group.group, labels: [group.labels] };
      if (labels(group.labels)) return { group: group.group, labels: group.labels };
    }
    throw new Error(`runner: ${value} is not a runs-on value: expected a label, a list of labels or {"group": …, "labels": […]}`);
  }
  const labels = value.split(',').map((l) => l.trim()).filter(Boolean);
  if (labels.length === 0) throw new Error('runner: empty');
  return labels.length === 1 ? labels[0]! : labels;
}

export function chooseRunner(catalog: RunnerCatalog, requirements: MachineRequirements = {}, explicit?: string): RunnerChoice {
  const needs = describeNeeds(requirements);
  const file = catalog.source ?? '.github/ml-hub.yml';

  if (explicit?.trim()) {
    const named = catalog.runners.find((r) => r.name === explicit.trim());
    if (named) {
      const short = runnerShortfalls(named, requirements);
      const warnings = short.length ? [`The runner ${named.name} was named explicitly but does not meet the requirements (${needs}): ${short.join('; ')}.`] : [];
      const fit = short.length ? ` It does not meet the requirements: ${short.join('; ')}.` : needs ? ` It meets the requirements (${needs}).` : '';
      return { runsOn: named.runsOn, name: named.name, how: 'explicit', explanation: `Runner ${describeRunner(named)}, named explicitly.${fit}`, warnings };
    }
    const runsOn = parseRunsOn(explicit);
    const label = typeof runsOn === 'string' ? runsOn : describeRunsOn(runsOn);
    const unchecked = needs ? ` It is not in the runner catalog, so it was not checked against the requirements (${needs}); setup-env checks the machine when the job starts.` : '';
    return { runsOn, name: label, how: 'explicit', explanation: `Runner \`${label}\`, named explicitly.${unchecked}`, warnings: [] };
  }

  if (catalog.runners.length === 0) {
    const unmatched = needs ? ` The requirements (${needs}) are checked by setup-env on whatever machine the workflow gets.` : '';
    return {
      how: 'workflow-default',
      explanation: `No runner catalog (\`runners:\` in ${file}): the workflow's own \`runs-on\` default is used.${unmatched}`,
      warnings: [],
    };
  }

  const verdicts = catalog.runners.map((runner) => ({ runner, short: runnerShortfalls(runner, requirements) }));
  const fitting = verdicts.filter((v) => v.short.length === 0).map((v) => v.runner);
  if (fitting.length === 0) {
    const lines = verdicts.map((v) => `  - ${v.runner.name}: ${v.short.join('; ')}`);
    throw new NoRunnerFitsError(
      [
        `No runner in ${file} meets the requirements (${needs}):`,
        ...lines,
        `Add a runner that does to \`runners:\` in ${file}, lower the requirements, or name a runner explicitly.`,
      ].join('\n'),
    );
  }

  // Known prices first, cheapest first; runners without a price after them; size breaks ties; then catalog order.
  const ranked = [...fitting].sort(
    (a, b) => (a.pricePerMinute ?? Infinity) - (b.pricePerMinute ?? Infinity) || compareSize(a, b) || catalog.runners.indexOf(a) - catalog.runners.indexOf(b),
  );
  const chosen = ranked[0]!;
  const required = needs ? `the requirements (${needs})` : 'the requirements (none are recorded)';
  const of = fitting.length === 1 ? `the only runner in ${file} that meets ${required}` : `the ${fitting.length} runners in ${file} that meet ${required}`;
  const unfit = verdicts.filter((v) => v.short.length > 0).map((v) => `${v.runner.name} (${v.short.join('; ')})`);
  const notFitting = unfit.length ? ` Falling short: ${unfit.join(', ')}.` : '';
  if (chosen.pricePerMinute !== undefined) {
    const next = ranked[1];
    const nextText = next ? `; next, ${next.name} at ${next.pricePerMinute === undefined ? 'no listed price' : price(next.pricePerMinute)}` : '';
    const unpriced = fitting.filter((r) => r.pricePerMinute === undefined).map((r) => r.name);
    const unpricedText = unpriced.length ? ` Runners without a price-per-minute (${unpriced.join(', ')}) rank after priced ones.` : '';
    const body = fitting.length === 1 ? `${of}, at ${price(chosen.pricePerMinute)}` : `the cheapest of ${of}, at ${price(chosen.pricePerMinute)}${nextText}`;
    return { runsOn: chosen.runsOn, name: chosen.name, how: 'cheapest', explanation: `Runner ${describeRunner(chosen)}: ${body}.${unpricedText}${notFitting}`, warnings: [] };
  }
  const body = fitting.length === 1 ? of : `the smallest of ${of} (no prices are listed, so size decides)`;
  return { runsOn: chosen.runsOn, name: chosen.name, how: 'smallest', explanation: `Runner ${describeRunner(chosen)}: ${body}.${notFitting}`, warnings: [] };
}
