// Dependencies declared as PEP 508 strings (PEP 621, setup.py, python_env.yaml) or as parts (Poetry, Pipfile) become
// PyPI Dependency values; what pip would reject becomes a diagnostic at its line and the rest of the file goes on.

import { validRange } from '@renovatebot/pep440';
import type { Dependency } from './model.js';
import type { PackagingFileBuilder } from './packaging-file.js';
import { normalizeName, parsePep508, RequirementSyntaxError } from './pep508.js';

const validName = /^([A-Za-z0-9]|[A-Za-z0-9][A-Za-z0-9._-]*[A-Za-z0-9])$/;

/** `a and b`, each side parenthesised so that `or` inside either keeps its meaning. */
export function andMarkers(...markers: (string | undefined)[]): string | undefined {
  const present = markers.map((m) => m?.trim()).filter((m): m is string => !!m);
  if (present.length <= 1) return present[0];
  return present.map((m) => `(${m})`).join(' and ');
}

/** Parses `text` as PEP 508 and adds it to the file; `extraMarker` is and-ed to its own (setuptools `extra:marker`). */
export function addPep508Dependency(
  b: PackagingFileBuilder,
  text: string,
  line: number,
  group: string,
  extraMarker?: string,
): Dependency | undefined {
  const dependency = pep508Dependency(b, text, line, group, extraMarker);
  if (dependency) b.file.dependencies.push(dependency);
  return dependency;
}

/** Like addPep508Dependency, without adding it: for dependencies that only count when something refers to them. */
export function pep508Dependency(
  b: PackagingFileBuilder,
  text: string,
  line: number,
  group: string,
  extraMarker?: string,
): Dependency | undefined {
  let parsed;
  try {
    parsed = parsePep508(text.trim());
  } catch (error) {
    if (!(error instanceof RequirementSyntaxError)) throw error;
    b.report('error', 'requirement', `invalid requirement "${text.trim()}": ${error.message}`, line);
    return undefined;
  }
  const marker = andMarkers(parsed.marker, extraMarker);
  const dependency: Dependency = {
    name: parsed.name,
    normalized: parsed.normalized,
    ecosystem: 'pypi',
    specifier: parsed.specifier,
    extras: parsed.extras,
    ...(marker ? { marker } : {}),
    ...(parsed.url ? { url: parsed.url } : {}),
    editable: false,
    file: b.file.path,
    line,
    group,
  };
  return dependency;
}

/** The parts of a dependency declared as a table (Poetry, Pipfile), already in PEP 440/508 terms. */
export interface DependencyParts {
  name: string;
  specifier: string;
  extras?: string[];
  marker?: string;
  url?: string;
  editable?: boolean;
  hashes?: string[];
}

/** Checks each part the way pip would see it; a bad part is a diagnostic at `line` and gives undefined. */
export function dependencyFromParts(
  b: PackagingFileBuilder,
  parts: DependencyParts,
  line: number,
  group: string,
): Dependency | undefined {
  const fail = (what: string): undefined => {
    b.report('error', 'requirement', `${parts.name}: ${what}`, line);
    return undefined;
  };
  if (!validName.test(parts.name)) return fail('not a valid package name');
  const extras = parts.extras ?? [];
  const badExtra = extras.find((e) => !validName.test(e));
  if (badExtra !== undefined) return fail(`"${badExtra}" is not a valid extra name`);
  const specifier = parts.specifier.replace(/\s+/g, '');
  if (specifier && !validRange(specifier)) return fail(`"${parts.specifier}" is not a valid version specifier`);
  const marker = parts.marker?.trim();
  if (marker) {
    try {
      parsePep508(`x ; ${marker}`);
    } catch (error) {
      if (!(error instanceof RequirementSyntaxError)) throw error;
      return fail(`invalid environment marker "${marker}": ${error.message}`);
    }
  }
  const dependency: Dependency = {
    name: parts.name,
    normalized: normalizeName(parts.name),
    ecosystem: 'pypi',
    specifier,
    extras,
    ...(marker ? { marker } : {}),
    ...(parts.url ? { url: parts.url } : {}),
    editable: parts.editable ?? false,
    file: b.file.path,
    line,
    group,
    ...(parts.hashes?.length ? { hashes: parts.hashes } : {}),
  };
  return dependency;
}
