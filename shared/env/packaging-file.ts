// Builds one PackagingFile: every diagnostic gets the file and a line, every include a root-relative path.

import type { Severity } from '../diagnostics.js';
import { resolveInclude } from './include-path.js';
import type { Dependency, PackagingFile, PackagingKind } from './model.js';

export class PackagingFileBuilder {
  readonly file: PackagingFile;

  /** `format` prefixes diagnostic codes (`pyproject/syntax`). */
  constructor(
    path: string,
    kind: PackagingKind,
    readonly format: string,
  ) {
    this.file = { path, kind, dependencies: [], includes: [], channels: [], diagnostics: [] };
  }

  /** Adds dependencies one by one: spreading a huge array into push() would overflow the call stack. */
  addDependencies(dependencies: Iterable<Dependency>): void {
    for (const d of dependencies) this.file.dependencies.push(d);
  }

  report(severity: Severity, code: string, message: string, line: number, column?: number): void {
    this.file.diagnostics.push({
      severity,
      code: `${this.format}/${code}`,
      message,
      file: this.file.path,
      line,
      ...(column !== undefined ? { column } : {}),
    });
  }

  /**
   * Records a file this one pulls in, named relative to this file (the loader reads it, and reports it when missing).
   * Returns its root-relative path, or undefined when it leaves the root.
   */
  include(target: string, line: number): string | undefined {
    const resolved = resolveInclude(this.file.path, target);
    if (resolved === undefined) {
      this.report('warning', 'include-outside-root', `${target} is outside the analysed folder and is not read`, line);
      return undefined;
    }
    if (!this.file.includes.includes(resolved)) {
      this.file.includes.push(resolved);
      (this.file.includeLines ??= {})[resolved] = line;
    }
    return resolved;
  }
}
