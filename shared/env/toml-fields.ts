// Typed reads of a parsed TOML file for the packaging parsers: a value of the wrong type is an error diagnostic at the
// line of its key (or array item), and reads as absent.

import type { Dependency } from './model.js';
import type { PackagingFileBuilder } from './packaging-file.js';
import { pep508Dependency } from './pep508-dependency.js';
import { isTable, tomlGet, tomlPathText, type TomlDocument, type TomlTable } from './toml-document.js';
import type { TomlPath } from './toml-lines.js';

export interface Located<T> {
  value: T;
  line: number;
}

export class TomlFields {
  constructor(
    readonly b: PackagingFileBuilder,
    readonly doc: TomlDocument,
  ) {}

  line(path: TomlPath): number {
    return this.doc.lines.nearest(path);
  }

  has(path: TomlPath): boolean {
    return tomlGet(this.doc.data, path) !== undefined;
  }

  private typed<T>(path: TomlPath, check: (v: unknown) => v is T, what: string): T | undefined {
    const value = tomlGet(this.doc.data, path);
    if (value === undefined || check(value)) return value;
    this.b.report('error', 'schema', `${tomlPathText(path)} must be ${what}`, this.line(path));
    return undefined;
  }

  string(path: TomlPath): string | undefined {
    return this.typed(path, (v): v is string => typeof v === 'string', 'a string');
  }

  boolean(path: TomlPath): boolean | undefined {
    return this.typed(path, (v): v is boolean => typeof v === 'boolean', 'true or false');
  }

  table(path: TomlPath): TomlTable | undefined {
    return this.typed(path, isTable, 'a table');
  }

  array(path: TomlPath): unknown[] | undefined {
    return this.typed(path, Array.isArray, 'an array');
  }

  /** An array of strings, each with its line; items of another type are reported and skipped. */
  strings(path: TomlPath): Located<string>[] {
    const items = this.array(path) ?? [];
    return items.flatMap((_, i) => {
      const value = this.string([...path, i]);
      return value === undefined ? [] : [{ value, line: this.line([...path, i]) }];
    });
  }

  /** A string or an array of strings (`file = "a.txt"` / `file = ["a.txt"]`). */
  stringOrStrings(path: TomlPath): Located<string>[] {
    const value = tomlGet(this.doc.data, path);
    if (typeof value === 'string') return [{ value, line: this.line(path) }];
    return this.strings(path);
  }

  /** An array of PEP 508 strings as dependencies of `group` (not yet added to the file). */
  requirements(path: TomlPath, group: string): Dependency[] {
    return (this.array(path) ?? []).flatMap((_, i) => {
      const value = this.string([...path, i]);
      return value === undefined ? [] : (pep508Dependency(this.b, value, this.line([...path, i]), group) ?? []);
    });
  }
}
