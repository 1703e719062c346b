// Emits ml-hub annotations as workflow commands, with paths made relative to the workspace (what GitHub expects).

import * as core from '@actions/core';
import path from 'node:path';
import type { Diagnostic } from '../../shared/diagnostics.js';
import { diagnosticAnnotation, type Annotation } from '../../shared/text/annotations.js';
import { workspace } from './inputs.js';

export function emitAnnotations(annotations: Annotation[], root: string): void {
  const ws = workspace();
  for (const a of annotations) {
    const file = a.file && a.file !== '.' ? path.relative(ws, path.resolve(root, a.file)).split(path.sep).join('/') : undefined;
    const properties: core.AnnotationProperties = { title: a.title, file, startLine: file ? a.line : undefined };
    if (a.level === 'error') core.error(a.message, properties);
    else if (a.level === 'warning') core.warning(a.message, properties);
    else core.notice(a.message, properties);
  }
}

export function emitDiagnostics(diagnostics: Diagnostic[], root: string): void {
  emitAnnotations(diagnostics.map(diagnosticAnnotation), root);
}
