// Builds one PackagingFile: every diagnostic gets the file and a line, every include a root-relative path.

import type { Severity } from '../diagnostics.js';
import { resolveInclude } from './include-path.js';
import type { FileReader, PackagingFile, PackagingKind } from './model.js';

export class PackagingFileBuilder {
  readonly file: PackagingFile;

  /** `format` prefixes diagnostic codes (`pyproject/syntax`). */
  constructor(
    path: string,
    kind: PackagingKind,
    readonly format: string,
    private readonly reader: FileReader,
  ) {
    this.file = { path, kind, dependencies: [], includes: [], channels: [], diagnostics: [] };
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
   * Records a file this one pulls in, named relative to this file. Returns its root-relative path, or undefined when it
   * leaves the root; a missing file is still recorded (the reference is what is declared) but warned about.
   */
  include(target: string, line: number): string | undefined {
    const resolved = resolveInclude(this.file.path, target);
    if (resolved === undefined) {
      this.report('warning', 'include-outside-root', `${target} is outside the analysed folder and is not read`, line);
      return undefined;
    }
    if (!this.file.includes.includes(resolved)) {
      this.file.includes.push(resolved);
      if (this.reader.read(resolved) === undefined) {
        this.report('warning', 'missing-include', `${this.file.path} refers to ${resolved}, which does not exist`, line);
      }
    }
    return resolved;
  }
}
