// Which distribution an imported module comes from, and the reverse, drawing on (in order) the user's overrides, the
// project's interpreter, the bundled table, and finally the assumption that a package is named after its module.
//
// Results list alternatives: installing any one of `distributions` makes the import work (`cv2` comes with
// opencv-python or opencv-python-headless). A bare namespace (`google.cloud` from `from google.cloud import storage`)
// lists every distribution known to provide something under it, for the same reason. Distribution names are
// PEP 503-normalised; import names are compared case-sensitively, as Python does.

import { IMPORT_NAME_TABLE, normalizeDistributionName } from './import-names.js';
import type { InterpreterMetadata } from './interpreter-metadata.js';

export type ResolutionSource = 'override' | 'interpreter' | 'table' | 'guess';

export interface ResolutionSources {
  interpreter?: InterpreterMetadata;
  /** Import name (dotted prefixes allowed) → distribution(s), e.g. from the user's configuration. */
  overrides?: Record<string, string | string[]>;
}

export interface DistributionResolution {
  distributions: string[];
  source: ResolutionSource;
}

export interface ImportNamesResolution {
  importNames: string[];
  source: ResolutionSource;
}

/** Import name → distributions, for one source. */
type NameIndex = ReadonlyMap<string, readonly string[]>;

// The indexes are derived data: built once per sources object, which callers reuse across a scan.
const interpreterIndexes = new WeakMap<InterpreterMetadata, NameIndex>();
const overrideIndexes = new WeakMap<object, NameIndex>();

const tableIndex: NameIndex = new Map(
  [...IMPORT_NAME_TABLE].map(([importName, entry]) => [importName, entry.distributions] as const),
);

function addTo(index: Map<string, string[]>, importName: string, distribution: string): void {
  const distributions = index.get(importName) ?? [];
  if (!distributions.includes(distribution)) distributions.push(distribution);
  index.set(importName, distributions);
}

function interpreterIndex(interpreter: InterpreterMetadata): NameIndex {
  let index = interpreterIndexes.get(interpreter);
  if (!index) {
    const built = new Map<string, string[]>();
    for (const distribution of interpreter.distributions) {
      for (const importName of distribution.importNames) addTo(built, importName, distribution.normalized);
    }
    index = built;
    interpreterIndexes.set(interpreter, index);
  }
  return index;
}

function overrideIndex(overrides: Record<string, string | string[]>): NameIndex {
  let index = overrideIndexes.get(overrides);
  if (!index) {
    const built = new Map<string, string[]>();
    for (const [importName, value] of Object.entries(overrides)) {
      for (const distribution of typeof value === 'string' ? [value] : value) {
        addTo(built, importName.trim(), normalizeDistributionName(distribution.trim()));
      }
    }
    index = built;
    overrideIndexes.set(overrides, index);
  }
  return index;
}

/** `a.b.c` → `a.b.c`, `a.b`, `a`. */
function prefixesLongestFirst(module: string): string[] {
  const parts = module.split('.');
  return parts.map((_, i) => parts.slice(0, parts.length - i).join('.'));
}

interface Match {
  /** The import name that matched: the module itself or a dotted prefix of it. */
  importName: string;
  distributions: readonly string[];
}

/** The longest import name in `index` that is the module or a dotted prefix of it. */
function longestPrefixMatch(index: NameIndex, module: string): Match | undefined {
  for (const prefix of prefixesLongestFirst(module)) {
    const distributions = index.get(prefix);
    if (distributions) return { importName: prefix, distributions };
  }
  return undefined;
}

/** When `module` is a namespace in `index` (only names below it are known), every distribution under it. */
function namespaceMembers(index: NameIndex, module: string): string[] {
  const members: string[] = [];
  const below = `${module}.`;
  for (const [importName, distributions] of index) {
    if (!importName.startsWith(below)) continue;
    for (const distribution of distributions) if (!members.includes(distribution)) members.push(distribution);
  }
  return members;
}

function lookup(index: NameIndex, module: string): string[] | undefined {
  const match = longestPrefixMatch(index, module);
  if (match) return [...match.distributions];
  const members = namespaceMembers(index, module);
  return members.length > 0 ? members : undefined;
}

/**
 * The interpreter's answer. Distributions installed without a file list (old egg-info) only say they provide a
 * shared top-level such as `google`; then the table's more specific entry picks among them.
 */
function lookupInterpreter(index: NameIndex, module: string): string[] | undefined {
  const match = longestPrefixMatch(index, module);
  if (!match) {
    const members = namespaceMembers(index, module);
    return members.length > 0 ? members : undefined;
  }
  if (match.distributions.length > 1) {
    const specific = longestPrefixMatch(tableIndex, module);
    if (specific && specific.importName.length > match.importName.length) {
      const narrowed = match.distributions.filter((d) => specific.distributions.includes(d));
      if (narrowed.length > 0) return narrowed;
    }
  }
  return [...match.distributions];
}

/** The deepest dotted prefix of `module` that some source knows only as a namespace (`google.cloud`). */
function deepestKnownNamespace(module: string, indexes: readonly NameIndex[]): string | undefined {
  for (const prefix of prefixesLongestFirst(module).slice(1)) {
    if (indexes.some((index) => namespaceMembers(index, prefix).length > 0)) return prefix;
  }
  return undefined;
}

/**
 * The distribution(s) that provide `module` (dotted, as imported). Precedence: user overrides, the interpreter's
 * metadata, the bundled table (for all three, the longest matching dotted prefix wins, so `google.cloud.storage`
 * beats `google`), then a guess that the distribution is named after the module. Under a known namespace the guess
 * keeps one level below it (`google.cloud.foo.bar` → `google-cloud-foo`), the convention of namespace distributions.
 */
export function resolveDistribution(module: string, sources: ResolutionSources): DistributionResolution {
  const overrides = sources.overrides ? overrideIndex(sources.overrides) : undefined;
  const fromOverride = overrides && lookup(overrides, module);
  if (fromOverride) return { distributions: fromOverride, source: 'override' };

  const interpreter = sources.interpreter ? interpreterIndex(sources.interpreter) : undefined;
  const fromInterpreter = interpreter && lookupInterpreter(interpreter, module);
  if (fromInterpreter) return { distributions: fromInterpreter, source: 'interpreter' };

  const fromTable = lookup(tableIndex, module);
  if (fromTable) return { distributions: fromTable, source: 'table' };

  const known = [overrides, interpreter, tableIndex].filter((index): index is NameIndex => index !== undefined);
  const namespace = deepestKnownNamespace(module, known);
  const guessed = namespace ? module.split('.').slice(0, namespace.split('.').length + 1).join('.') : module.split('.')[0]!;
  // A private top-level package (`_cffi_backend`) ships in the distribution of its public name; a name cannot start
  // with `-` anyway.
  return { distributions: [normalizeDistributionName(guessed.replace(/^_+/, '') || guessed)], source: 'guess' };
}

function reverseLookup(index: NameIndex, distribution: string): string[] {
  const importNames: string[] = [];
  for (const [importName, distributions] of index) {
    if (distributions.includes(distribution)) importNames.push(importName);
  }
  return importNames;
}

/**
 * The import names a distribution provides (for "declared but never imported"), with the same precedence as
 * `resolveDistribution`, and where they came from. An import of `m` uses the distribution when one of these names is
 * `m` or a dotted prefix of it. The guess is the normalised name with `-` → `_` (`my-package` → `my_package`).
 */
export function resolveImportNames(distribution: string, sources: ResolutionSources): ImportNamesResolution {
  const normalized = normalizeDistributionName(distribution);

  if (sources.overrides) {
    const fromOverride = reverseLookup(overrideIndex(sources.overrides), normalized);
    if (fromOverride.length > 0) return { importNames: fromOverride, source: 'override' };
  }

  const installed = sources.interpreter?.distributions.find((d) => d.normalized === normalized);
  if (installed && installed.importNames.length > 0) {
    return { importNames: [...installed.importNames], source: 'interpreter' };
  }

  const fromTable = reverseLookup(tableIndex, normalized);
  if (fromTable.length > 0) return { importNames: fromTable, source: 'table' };

  return { importNames: guessedImportNames(normalized), source: 'guess' };
}

/** Build-variant suffixes a distribution adds to the module it ships (`faiss-gpu`, `cupy-cuda110`, `mmcv-lite`). */
const VARIANT = /^(cpu|gpu|cuda\d*x?|cu\d+|rocm[\d.]*|full|lite|headless|nightly|wheel|binary|bin|py3?)$/;

/**
 * A distribution's import names when nothing knows them: its name with `-` → `_` (`my-package` → `my_package`), the
 * namespace portion it may be (`optimum-intel` → `optimum.intel`, `ruamel-yaml` → `ruamel.yaml`), and the same without
 * a build-variant suffix (`cupy-cuda110` → `cupy`, `nvidia-dali-cuda110` → `nvidia.dali`).
 */
function guessedImportNames(normalized: string): string[] {
  const names = [normalized.replace(/-/g, '_')];
  const tokens = normalized.split('-');
  while (tokens.length > 1 && VARIANT.test(tokens[tokens.length - 1]!)) tokens.pop();
  names.push(tokens.join('_'));
  if (tokens.length > 1 && tokens.every((t) => /^[a-z_][a-z0-9_]*$/.test(t))) names.push(tokens.join('.'));
  return [...new Set(names)];
}

/** `resolveImportNames` without the source. */
export function importNamesOfDistribution(distribution: string, sources: ResolutionSources): string[] {
  return resolveImportNames(distribution, sources).importNames;
}
