// The runners a repository may train on, from `runners:` in its settings (`.github/ml-hub.yml` or `[tool.ml-hub]` in
// pyproject.toml): self-hosted label sets, actions-runner-controller scale sets and GitHub-hosted larger runners, each
// with what it offers (cores, memory, GPUs, disk) and, optionally, its price per minute. Mistakes are diagnostics on
// the settings file's line; a runner with a mistake is left out rather than guessed at.
//
//   runners:
//     gpu-box:            { labels: [self-hosted, linux, gpu], cpus: 16, memory: 64GB, gpu: 1, disk: 1TB }
//     arc-a100:           { scale-set: arc-a100, cpus: 32, memory: 256GB, gpu: 4, price-per-minute: 0.5 }
//     linux-16core:       { larger-runner: ubuntu-24.04-16core, cpus: 16, memory: 64GB, disk: 600GB, price-per-minute: 0.064 }

import { isNode, LineCounter } from 'yaml';
import { parseYamlDocument } from '../env/yaml-document.js';
import { quoteValue, type MlHubConfig } from '../config/config.js';
import { parseSize } from '../text/units.js';
import type { Diagnostic } from '../diagnostics.js';
import type { FileReader } from '../env/model.js';

/** What a job's `runs-on:` takes: one label, a label set, or a runner group with labels. */
export type RunsOn = string | string[] | { group: string; labels?: string[] };

/** Whether a value is a `runs-on` GitHub accepts: a label, a non-empty list of labels, or `{group, labels?}`. */
export function isRunsOn(value: unknown): value is RunsOn {
  const label = (l: unknown) => typeof l === 'string' && l.trim() !== '';
  const labels = (v: unknown) => Array.isArray(v) && v.length > 0 && v.every(label);
  if (typeof value === 'string') return label(value);
  if (Array.isArray(value)) return labels(value);
  if (value === null || typeof value !== 'object') return false;
  const o = value as { group?: unknown; labels?: unknown };
  return label(o.group) && Object.keys(o).every((k) => k === 'group' || k === 'labels') && (o.labels === undefined || labels(o.labels));
}

export type RunnerKind = 'self-hosted' | 'scale-set' | 'larger-runner';

export interface RunnerSpec {
  /** The key under `runners:`; the `runner` input may name it. */
  name: string;
  kind: RunnerKind;
  runsOn: RunsOn;
  cpus?: number;
  /** Bytes. */
  memory?: number;
  gpu?: number;
  /** Bytes. */
  disk?: number;
  pricePerMinute?: number;
}

export interface RunnerCatalog {
  /** The settings file it came from; undefined when there is none. */
  source?: string;
  /** In the order the file lists them: ties go to the first. */
  runners: RunnerSpec[];
}

export interface LoadedCatalog {
  catalog: RunnerCatalog;
  diagnostics: Diagnostic[];
}

/** The line of a value in the settings file, by its path under the settings root (`['runners', 'gpu-box', 'cpus']`). */
export type Locate = (path: string[]) => number | undefined;

const placeKeys = ['labels', 'scale-set', 'larger-runner'] as const;
const knownKeys = new Set<string>([...placeKeys, 'group', 'cpus', 'memory', 'gpu', 'disk', 'price-per-minute']);

/** Reads the catalog from the settings `loadConfig` found, locating problems in the same file. */
export function loadRunnerCatalog(config: MlHubConfig, reader: FileReader): LoadedCatalog {
  const value = config.extra.runners;
  if (value === undefined || !config.source) return { catalog: { source: config.source, runners: [] }, diagnostics: [] };
  const text = reader.read(config.source) ?? '';
  return parseRunnerCatalog(value, config.source, settingsLocator(config.source, text));
}

export function parseRunnerCatalog(value: unknown, file: string, locate: Locate = () => undefined): LoadedCatalog {
  const diagnostics: Diagnostic[] = [];
  const runners: RunnerSpec[] = [];
  const report = (path: string[], message: string, severity: Diagnostic['severity'] = 'error') =>
    diagnostics.push({ severity, code: 'config/runners', message: `${path.join('.')}: ${message}`, file, line: locate(path) ?? locate(path.slice(0, 2)) ?? locate(['runners']) });

  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    report(['runners'], 'expected a mapping of runner names to what each offers (labels, scale-set or larger-runner; cpus, memory, gpu, disk)');
    return { catalog: { source: file, runners }, diagnostics };
  }
  for (const [name, raw] of Object.entries(value as Record<string, unknown>)) {
    const at = (key?: string) => (key ? ['runners', name, key] : ['runners', name]);
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
      report(at(), 'expected a mapping such as {labels: [self-hosted, gpu], gpu: 1}');
      continue;
    }
    const spec = raw as Record<string, unknown>;
    const before = diagnostics.filter((d) => d.severity === 'error').length;
    for (const key of Object.keys(spec)) {
      if (!knownKeys.has(key)) report(at(key), `unknown key; expected ${[...knownKeys].join(', ')}`, 'warning');
    }

    const places = placeKeys.filter((k) => spec[k] !== undefined);
    const group = spec.group;
    if (group !== undefined && (typeof group !== 'string' || group.trim() === '')) report(at('group'), 'expected the name of a runner group');
    if (spec['scale-set'] !== undefined && group !== undefined) report(at('group'), 'a scale set is targeted by its name alone; leave group out');
    if (places.length > 1) report(at(places[1]), `say where the runner is with one of labels, scale-set or larger-runner, not ${places.join(' and ')}`);
    if (places.length === 0 && typeof group !== 'string') report(at(), 'say where the runner is: labels (self-hosted), scale-set (actions-runner-controller) or larger-runner (its label)');

    let kind: RunnerKind = 'larger-runner';
    let runsOn: RunsOn | undefined;
    // A group takes its labels along; a larger runner alone is its one label; a self-hosted set stays a list.
    const withGroup = (labels: string[]): RunsOn => (typeof group === 'string' ? { group, ...(labels.length ? { labels } : {}) } : labels.length === 1 && kind !== 'self-hosted' ? labels[0]! : labels);
    if (places[0] === 'labels') {
      kind = 'self-hosted';
      const labels = typeof spec.labels === 'string' ? [spec.labels] : spec.labels;
      if (!Array.isArray(labels) || labels.length === 0 || !labels.every((l) => typeof l === 'string' && l.trim() !== '')) {
        report(at('labels'), 'expected a list of runner labels, e.g. [self-hosted, linux, gpu]');
      } else runsOn = withGroup(labels as string[]);
    } else if (places[0] === 'scale-set') {
      kind = 'scale-set';
      if (typeof spec['scale-set'] !== 'string' || spec['scale-set'].trim() === '') report(at('scale-set'), 'expected the name of the runner scale set (its Helm installation name)');
      else runsOn = spec['scale-set'];
    } else {
      const label = spec['larger-runner'];
      if (label !== undefined && (typeof label !== 'string' || label.trim() === '')) report(at('larger-runner'), "expected the larger runner's label, e.g. ubuntu-24.04-16core");
      else if (typeof group === 'string' || typeof label === 'string') runsOn = withGroup(typeof label === 'string' ? [label] : []);
    }

    const runner: Partial<RunnerSpec> = { name, kind, runsOn };
    for (const key of ['cpus', 'gpu'] as const) {
      const v = spec[key];
      if (v === undefined) continue;
      if (typeof v === 'number' && Number.isInteger(v) && v >= 0) runner[key] = v;
      else report(at(key), `expected a whole number, got ${quoteValue(v)}`);
    }
    for (const key of ['memory', 'disk'] as const) {
      const v = spec[key];
      if (v === undefined) continue;
      const size = parseSize(v, 'GiB');
      if (size === undefined) report(at(key), `expected a size such as "64GB", got ${quoteValue(v)}`);
      else runner[key] = size;
    }
    const price = spec['price-per-minute'];
    if (price !== undefined) {
      if (typeof price === 'number' && Number.isFinite(price) && price >= 0) runner.pricePerMinute = price;
      else report(at('price-per-minute'), `expected a number such as 0.064, got ${quoteValue(price)}`);
    }
    if (diagnostics.filter((d) => d.severity === 'error').length === before && runsOn !== undefined) runners.push(runner as RunnerSpec);
  }
  return { catalog: { source: file, runners }, diagnostics };
}

/** `runs-on` as a person reads it: `gpu` or `[self-hosted, gpu]` or `group ml (labels: x)`. */
export function describeRunsOn(runsOn: RunsOn): string {
  if (typeof runsOn === 'string') return runsOn;
  if (Array.isArray(runsOn)) return `[${runsOn.join(', ')}]`;
  return `group ${runsOn.group}${runsOn.labels?.length ? ` (labels: ${runsOn.labels.join(', ')})` : ''}`;
}

/** Where a path of the settings lies in the file: YAML through its node ranges, pyproject.toml by its table headers. */
export function settingsLocator(file: string, text: string): Locate {
  if (file.endsWith('.toml')) return tomlLocator(text);
  const counter = new LineCounter();
  const doc = parseYamlDocument(text, { lineCounter: counter });
  return (path) => {
    const node = doc.getIn(path, true);
    return isNode(node) && node.range ? counter.linePos(node.range[0]).line : undefined;
  };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
const key = (s: string) => `["']?${escape(s)}["']?`;

function tomlLocator(text: string): Locate {
  const lines = text.split('\n');
  const header = /^\s*\[/;
  /** The line of `name = …` in the table whose header matches, or the header's line. */
  const inTable = (table: RegExp, name?: string): number | undefined => {
    const start = lines.findIndex((l) => table.test(l));
    if (start < 0) return undefined;
    if (name === undefined) return start + 1;
    const assignment = new RegExp(`^\\s*${key(name)}\\s*=`);
    for (let i = start + 1; i < lines.length && !header.test(lines[i]!); i++) if (assignment.test(lines[i]!)) return i + 1;
    return start + 1;
  };
  const tool = `\\[\\s*tool\\s*\\.\\s*${key('ml-hub')}`;
  return (path) => {
    const [, runner, field] = path;
    if (runner !== undefined) {
      const found = inTable(new RegExp(`^\\s*${tool}\\s*\\.\\s*runners\\s*\\.\\s*${key(runner)}\\s*\\]`), field);
      if (found) return found;
    }
    return inTable(new RegExp(`^\\s*${tool}\\s*\\.\\s*runners\\s*\\]`)) ?? inTable(new RegExp(`^\\s*${tool}\\s*\\]`), 'runners');
  };
}
