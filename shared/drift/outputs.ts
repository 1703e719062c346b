// detect-env's outputs (action outputs and `ml-hub detect-env --json` alike) and when drift fails the job.

import type { FailOn } from '../config/config.js';
import type { DriftReport } from './model.js';

export function driftOutputs(report: DriftReport): Record<string, string> {
  return {
    drift: String(report.drift),
    undeclared: JSON.stringify(
      report.undeclared.map((u) => ({ module: u.module, distribution: u.distributions[0], file: u.locations[0]!.file, line: u.locations[0]!.line })),
    ),
    optional: JSON.stringify(
      report.optional.map((u) => ({ module: u.module, distribution: u.distributions[0], file: u.locations[0]!.file, line: u.locations[0]!.line, guard: u.guard })),
    ),
    unused: JSON.stringify(report.unused.map((u) => ({ name: u.name, file: u.declarations[0]!.file, line: u.declarations[0]!.line }))),
    conflicts: JSON.stringify(report.conflicts.map((c) => ({ name: c.name, message: c.message }))),
    'env-hash': report.envHash,
  };
}

/** Why the job should fail under `failOn`, or undefined. Unreadable packaging files fail unless failOn is never. */
export function failureReason(report: DriftReport, failOn: FailOn): string | undefined {
  if (failOn === 'never') return undefined;
  const errors = report.diagnostics.filter((d) => d.severity === 'error' && !d.code.startsWith('scan/'));
  const reasons: string[] = [];
  if (errors.length) reasons.push(`${errors.length} packaging or settings file${errors.length === 1 ? '' : 's'} could not be read`);
  if (report.undeclared.length) reasons.push(`${report.undeclared.length} undeclared import${report.undeclared.length === 1 ? '' : 's'} (${report.undeclared.map((u) => u.module).join(', ')})`);
  if (failOn === 'any') {
    if (report.unused.length) reasons.push(`${report.unused.length} unused declaration${report.unused.length === 1 ? '' : 's'}`);
    if (report.conflicts.length) reasons.push(`${report.conflicts.length} conflict${report.conflicts.length === 1 ? '' : 's'}`);
    if (report.outOfSync.length) reasons.push(`${report.outOfSync.length} package${report.outOfSync.length === 1 ? '' : 's'} out of sync`);
  }
  return reasons.length ? `Environment drift (fail-on: ${failOn}): ${reasons.join('; ')}.` : undefined;
}
