// ml-hub's own settings: `[tool.ml-hub]` in pyproject.toml or `.github/ml-hub.yml` (or a file named by the `config`
// input). One schema for both; keys are kebab-case. Wrong types are diagnostics with file and line, never throws.

import { parseSize } from '../text/units.js';
import { LineCounter, isMap, type Node as YamlNode } from 'yaml';
import { parseYamlDocument } from '../env/yaml-document.js';
import { parse as parseToml, TomlError } from 'smol-toml';
import type { Diagnostic } from '../diagnostics.js';
import type { FileReader } from '../env/model.js';

export type FailOn = 'never' | 'undeclared' | 'any';

export interface MachineRequirements {
  cpus?: number;
  /** Bytes. Written as `16GB`, `16 GiB`, `16384MB` or a number of GiB. */
  memory?: number;
  gpu?: number;
  /** Bytes. */
  disk?: number;
  python?: string;
}

export interface MlHubConfig {
  /** Where the settings came from (relative path), or undefined for defaults. */
  source?: string;
  exclude: string[];
  /** Python version used to tell the standard library apart (overrides what packaging files declare). */
  python?: string;
  /** Import name → distribution name(s), overriding every other mapping. */
  mapping: Record<string, string[]>;
  ignoreUndeclared: string[];
  ignoreUnused: string[];
  firstParty: string[];
  failOn?: FailOn;
  requirements?: MachineRequirements;
  /** Sections other features own (runners, package-env settings), kept as parsed for them. */
  extra: Record<string, unknown>;
}

export const defaultConfig = (): MlHubConfig => ({ exclude: [], mapping: {}, ignoreUndeclared: [], ignoreUnused: [], firstParty: [], extra: {} });

const known = new Set(['exclude', 'python', 'mapping', 'ignore', 'first-party', 'fail-on', 'requirements']);

export interface LoadedConfig {
  config: MlHubConfig;
  diagnostics: Diagnostic[];
}

/** Finds and reads the settings: an explicit path first, then `.github/ml-hub.yml`/`.yaml`, then pyproject.toml. */
export function loadConfig(reader: FileReader, explicitPath?: string): LoadedConfig {
  const candidates = explicitPath ? [explicitPath] : ['.github/ml-hub.yml', '.github/ml-hub.yaml', 'pyproject.toml'];
  for (const file of candidates) {
    const text = reader.read(file);
    if (text === undefined) {
      if (explicitPath) return { config: defaultConfig(), diagnostics: [{ severity: 'error', code: 'config/missing', message: `config file ${file} does not exist`, file }] };
      continue;
    }
    const loaded = file.endsWith('.toml') ? fromPyproject(file, text) : fromYaml(file, text);
    if (loaded) return loaded;
  }
  return { config: defaultConfig(), diagnostics: [] };
}

function fromYaml(file: string, text: string): LoadedConfig {
  const lineCounter = new LineCounter();
  const doc = parseYamlDocument(text, { lineCounter, prettyErrors: false });
  const diagnostics: Diagnostic[] = doc.errors.map((e) => ({
    severity: 'error' as const,
    code: 'config/syntax',
    message: e.message.split('\n')[0]!,
    file,
    line: lineCounter.linePos(e.pos[0]).line,
  }));
  if (diagnostics.length) return { config: { ...defaultConfig(), source: file }, diagnostics };
  let value: unknown;
  try {
    // Aliases can be unresolved or explode (billion laughs): toJS throws then, with no position.
    value = doc.toJS({ maxAliasCount: 100 }) ?? {};
  } catch (e) {
    return { config: { ...defaultConfig(), source: file }, diagnostics: [{ severity: 'error', code: 'config/syntax', message: (e as Error).message, file, line: 1 }] };
  }
  const lineOf = (key: string): number | undefined => {
    const contents = doc.contents;
    if (!isMap(contents)) return undefined;
    const pair = contents.items.find((p) => (p.key as { value?: unknown } | null)?.value === key);
    const node = (pair?.value ?? pair?.key) as YamlNode | undefined;
    return node?.range ? lineCounter.linePos(node.range[0]).line : undefined;
  };
  return interpret(file, value, lineOf);
}

function fromPyproject(file: string, text: string): LoadedConfig | undefined {
  let data: Record<string, unknown>;
  try {
    data = parseToml(text) as Record<string, unknown>;
  } catch (e) {
    // A broken pyproject.toml is reported by the packaging parser; settings fall back to defaults.
    if (e instanceof TomlError) return undefined;
    throw e;
  }
  const section = (data.tool as Record<string, unknown> | undefined)?.['ml-hub'];
  if (section === undefined) return undefined;
  const lines = text.split('\n');
  const header = lines.findIndex((l) => /^\s*\[\s*tool\s*\.\s*(["']?)ml-hub\1\s*\]/.test(l));
  const lineOf = (key: string): number | undefined => {
    if (header < 0) return undefined;
    for (let i = header + 1; i < lines.length && !/^\s*\[[^\]]/.test(lines[i]!) ; i++) {
      if (new RegExp(`^\\s*["']?${key.replace(/[-]/g, '\\-')}["']?\\s*[=.]`).test(lines[i]!)) return i + 1;
    }
    return header + 1;
  };
  return interpret(file, section, lineOf);
}

function interpret(file: string, value: unknown, lineOf: (key: string) => number | undefined): LoadedConfig {
  const config: MlHubConfig = { ...defaultConfig(), source: file };
  const diagnostics: Diagnostic[] = [];
  const problem = (key: string, message: string, severity: Diagnostic['severity'] = 'error') =>
    diagnostics.push({ severity, code: 'config/invalid', message: `${key}: ${message}`, file, line: lineOf(key) });

  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    diagnostics.push({ severity: 'error', code: 'config/invalid', message: 'ml-hub settings must be a mapping of keys to values', file, line: 1 });
    return { config, diagnostics };
  }
  const settings = value as Record<string, unknown>;
  const strings = (key: string, v: unknown): string[] => {
    if (v === undefined || v === null) return [];
    if (typeof v === 'string') return [v];
    if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v as string[];
    problem(key, 'expected a string or a list of strings');
    return [];
  };

  for (const [key, v] of Object.entries(settings)) {
    if (!known.has(key)) {
      config.extra[key] = v;
      continue;
    }
    switch (key) {
      case 'exclude':
        config.exclude = strings(key, v);
        break;
      case 'python':
        if (typeof v === 'string' || typeof v === 'number') config.python = String(v);
        else problem(key, 'expected a version such as "3.11"');
        break;
      case 'first-party':
        config.firstParty = strings(key, v);
        break;
      case 'fail-on':
        if (v === 'never' || v === 'undeclared' || v === 'any') config.failOn = v;
        else problem(key, `expected never, undeclared or any, got ${quoteValue(v)}`);
        break;
      case 'mapping':
        if (typeof v !== 'object' || v === null || Array.isArray(v)) problem(key, 'expected a mapping of import names to distribution names');
        else for (const [module, dist] of Object.entries(v)) config.mapping[module] = strings(`${key}.${module}`, dist);
        break;
      case 'ignore': {
        if (typeof v !== 'object' || v === null || Array.isArray(v)) {
          problem(key, 'expected a mapping with `undeclared` and/or `unused` lists');
          break;
        }
        const ignore = v as Record<string, unknown>;
        config.ignoreUndeclared = strings('ignore.undeclared', ignore.undeclared);
        config.ignoreUnused = strings('ignore.unused', ignore.unused);
        for (const k of Object.keys(ignore)) if (k !== 'undeclared' && k !== 'unused') problem('ignore', `unknown key ${k}`, 'warning');
        break;
      }
      case 'requirements':
        config.requirements = readRequirements(v, (m) => problem('requirements', m));
        break;
    }
  }
  return { config, diagnostics };
}

/** A value for a message: its JSON, or what it is when JSON cannot write it (YAML aliases can make a value contain itself). */
export function quoteValue(v: unknown): string {
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return Array.isArray(v) ? 'a list' : typeof v === 'object' && v !== null ? 'a mapping' : typeof v;
  }
}

/** A `requirements:` mapping; problems go to `problem`. dispatch-training reads its `requirements` input with it too. */
export function readRequirements(v: unknown, problem: (message: string) => void): MachineRequirements | undefined {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) {
    problem('expected a mapping with cpus, memory, gpu, disk, python');
    return undefined;
  }
  const r = v as Record<string, unknown>;
  const out: MachineRequirements = {};
  const count = (key: 'cpus' | 'gpu') => {
    if (r[key] === undefined) return;
    if (typeof r[key] === 'number' && Number.isInteger(r[key]) && r[key] >= 0) out[key] = r[key];
    else problem(`${key} must be a whole number, got ${quoteValue(r[key])}`);
  };
  count('cpus');
  count('gpu');
  for (const key of ['memory', 'disk'] as const) {
    if (r[key] === undefined) continue;
    const size = parseSize(r[key], 'GiB');
    if (size === undefined) problem(`${key} must be a size such as "16GB", got ${quoteValue(r[key])}`);
    else out[key] = size;
  }
  if (r.python !== undefined) out.python = String(r.python);
  for (const k of Object.keys(r)) if (!['cpus', 'memory', 'gpu', 'disk', 'python'].includes(k)) problem(`unknown key ${k}`);
  return out;
}
