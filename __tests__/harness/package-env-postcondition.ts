// The post-condition every package-env test checks (issue 11): after the fix is applied, detect-env finds no new drift
// of any kind and strictly less of what the fix addressed, and planning again changes nothing.

import { detectDrift } from '../../shared/drift/detect-drift.js';
import type { DriftReport } from '../../shared/drift/model.js';
import { planPackageEnv, type PackageEnvOptions } from '../../shared/package/plan-package-env.js';
import type { PackagePlan } from '../../shared/package/model.js';

/** Every finding of a report as one string each, by class. */
export function findings(report: DriftReport): Record<'undeclared' | 'unused' | 'conflicts' | 'outOfSync' | 'optional', Set<string>> {
  const optional = (report as DriftReport & { optional?: { module: string }[] }).optional ?? [];
  return {
    undeclared: new Set(report.undeclared.map((u) => u.module)),
    unused: new Set(report.unused.map((u) => `${u.name} ${u.declarations.map((d) => d.file).join(',')}`)),
    conflicts: new Set(report.conflicts.map((c) => c.name)),
    outOfSync: new Set(report.outOfSync.flatMap((o) => o.missingFrom.map((m) => `${o.name} missing from ${m}`))),
    optional: new Set(optional.map((o) => o.module)),
  };
}

/** What `after` reports that `before` did not, per class; empty when the fix made nothing worse. */
export function newDrift(before: DriftReport, after: DriftReport): string[] {
  const b = findings(before);
  const a = findings(after);
  return (Object.keys(a) as (keyof typeof a)[]).flatMap((k) => [...a[k]].filter((f) => !b[k].has(f)).map((f) => `${k}: ${f}`));
}

export interface PostCondition {
  before: DriftReport;
  after: DriftReport;
  /** Findings the fix removed, per class. */
  fixed: string[];
}

/**
 * Re-runs detect-env on `root`, where `plan` (made from `before`) has been applied, and checks the post-condition:
 * nothing new, strictly fewer findings in each class the plan addressed (imports declared, files brought in step),
 * and a second plan with no edits. Throws with the offending findings otherwise. For a shell (the action, the CLI)
 * `before` is detect-env on a copy of the project as it was, and `plan` what the shell reported adding.
 */
export async function checkFixedProject(root: string, before: DriftReport, plan: Pick<PackagePlan, 'added'>, options: Omit<PackageEnvOptions, 'root'> = {}): Promise<PostCondition> {
  const after = await detectDrift({ root, python: options.python, env: options.env ?? {} });
  const worse = newDrift(before, after);
  if (worse.length) throw new Error(`package-env's fix added drift:\n  ${worse.join('\n  ')}`);
  const b = findings(before);
  const a = findings(after);
  const fixed = (Object.keys(b) as (keyof typeof b)[]).flatMap((k) => [...b[k]].filter((f) => !a[k].has(f)).map((f) => `${k}: ${f}`));
  const declaredImports = plan.added.some((x) => x.because.startsWith('imported at'));
  if (declaredImports && a.undeclared.size >= b.undeclared.size) throw new Error('package-env added imported packages, but detect-env reports as many undeclared imports as before');
  const copied = plan.added.some((x) => x.because.startsWith('declared at'));
  if (copied && b.outOfSync.size > 0 && a.outOfSync.size >= b.outOfSync.size) throw new Error('package-env copied declarations between files, but they are as out of step as before');
  const again = await planPackageEnv({ ...options, root });
  if (again.plan.edits.length) throw new Error(`a second package-env run still edits ${again.plan.edits.map((e) => e.path).join(', ')}:\n${again.plan.edits.flatMap((e) => e.reasons).join('\n')}`);
  return { before, after, fixed };
}
