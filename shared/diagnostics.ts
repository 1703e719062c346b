// Problems found in the user's files are values that carry their place (file, line), never thrown stack traces.
// Shells (actions, CLI) decide how to show them: annotations, summary rows, stderr lines.

export type Severity = 'error' | 'warning' | 'notice';

export interface Diagnostic {
  severity: Severity;
  /** Stable machine-readable code, e.g. `requirements/syntax`, `scan/unparsable`. */
  code: string;
  message: string;
  /** Path relative to the analysed root, with `/` separators. */
  file: string;
  /** 1-based; absent when the problem concerns the whole file. */
  line?: number;
  column?: number;
}

/** A parse failure at a known place. Parsers throw it; callers turn it into a Diagnostic. */
export class LocatedError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly file: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(message);
    this.name = 'LocatedError';
  }

  toDiagnostic(severity: Severity = 'error'): Diagnostic {
    return { severity, code: this.code, message: this.message, file: this.file, line: this.line, column: this.column };
  }
}

/** `file:line: message`, the form compilers use, for terminals and error outputs. */
export function formatDiagnostic(d: Diagnostic): string {
  const place = d.line ? `${d.file}:${d.line}${d.column ? `:${d.column}` : ''}` : d.file;
  return `${place}: ${d.severity}: ${d.message}`;
}
