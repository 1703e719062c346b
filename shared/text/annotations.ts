// Findings as line annotations, for every pipeline: a Diagnostic's shape on the runner, and GitHub's limit of 10
// annotations of each level per step, where the 10th of a level, when more remain, says how many were left out.

import type { Diagnostic } from '../diagnostics.js';

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  title: string;
  message: string;
  file?: string;
  line?: number;
}

export const annotationsPerLevel = 10;

export function diagnosticAnnotation(d: Diagnostic): Annotation {
  return { level: d.severity, title: `ml-hub: ${d.code}`, message: d.message, file: d.file, line: d.line };
}

/** At most `annotationsPerLevel` of each level, in the order given; the last one kept counts the rest. */
export function capPerLevel(annotations: Annotation[]): Annotation[] {
  const kept: Annotation[] = [];
  for (const level of ['error', 'warning', 'notice'] as const) {
    const ofLevel = annotations.filter((a) => a.level === level);
    if (ofLevel.length <= annotationsPerLevel) {
      kept.push(...ofLevel);
      continue;
    }
    kept.push(...ofLevel.slice(0, annotationsPerLevel - 1));
    const rest = ofLevel.length - (annotationsPerLevel - 1);
    kept.push({ level, title: `${rest} more ${level}s`, message: `${rest} more ${level}s are not shown as annotations (GitHub keeps ${annotationsPerLevel} per step); the job summary lists them all.` });
  }
  return kept;
}
