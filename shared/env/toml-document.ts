// A TOML file as data plus the line of each key: smol-toml checks and parses, toml-lines places.

import { parse, TomlError } from 'smol-toml';
import { LocatedError } from '../diagnostics.js';
import { locateTomlLines, type TomlLines, type TomlPath } from './toml-lines.js';

export type TomlTable = Record<string, unknown>;

export interface TomlDocument {
  data: TomlTable;
  lines: TomlLines;
}

/** Parses `text`; malformed TOML throws LocatedError `<format>/syntax` at the line smol-toml reports. */
export function readTomlDocument(file: string, text: string, format: string): TomlDocument {
  let data: TomlTable;
  try {
    data = parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0]!.replace(/^Invalid TOML document: /, '') : '';
    if (error instanceof TomlError) {
      throw new LocatedError(`${format}/syntax`, `invalid TOML: ${message}`, file, error.line, error.column);
    }
    // smol-toml's own limits (nesting depth) are not TomlErrors and carry no place.
    throw new LocatedError(`${format}/syntax`, `invalid TOML: ${message}`, file, 1);
  }
  return { data, lines: locateTomlLines(text) };
}

export function isTable(value: unknown): value is TomlTable {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/** The value at `path` below `root`, or undefined when a step is missing or not a table. */
export function tomlGet(root: TomlTable, path: TomlPath): unknown {
  let value: unknown = root;
  for (const step of path) {
    if (typeof step === 'number') value = Array.isArray(value) ? value[step] : undefined;
    else value = isTable(value) && Object.hasOwn(value, step) ? value[step] : undefined;
    if (value === undefined) return undefined;
  }
  return value;
}

/** `a.b."c.d"` for messages. */
export function tomlPathText(path: TomlPath): string {
  return path
    .map((p) => (typeof p === 'number' ? `[${p}]` : /^[A-Za-z0-9_-]+$/.test(p) ? p : JSON.stringify(p)))
    .join('.')
    .replace(/\.\[/g, '[');
}
