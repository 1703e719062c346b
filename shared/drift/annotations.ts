// detect-env's findings as line annotations, the most important first (problems that stop reading, conflicts, imports
// new in this change), so that text/annotations.ts's cap of 10 a level keeps those.

import { capPerLevel, diagnosticAnnotation, type Annotation } from '../text/annotations.js';
import type { DriftReport, UndeclaredImport, UnusedDependency } from './model.js';
import { COMPANIONS, SWITCHED_COMPANIONS } from './never-imported.js';
import { guardText } from './render-summary.js';

function undeclaredMessage(u: UndeclaredImport, others: number): string {
  const imported = `${u.module} is imported here${others ? ` and in ${others} other place${others === 1 ? '' : 's'}` : ''}`;
  if (u.note) return `${imported}, but ${u.note}.`;
  const wanted = `${u.distributions.join(' or ')}${u.source === 'guess' ? ' (distribution name guessed)' : ''}`;
  const elsewhere = u.declaredOutOfScope;
  if (elsewhere?.length) {
    const files = [...new Set(elsewhere.map((l) => l.file))];
    return `${imported}; ${wanted} is declared in ${files.join(', ')}, which ${files.length === 1 ? 'declares' : 'declare'} for the code below ${files.length === 1 ? 'its folder' : 'their folders'} only, not for this file.`;
  }
  if (u.declaredForBuild?.length) {
    const files = [...new Set(u.declaredForBuild.map((l) => l.file))];
    return `${imported}; ${wanted} is only a build requirement in ${files.join(', ')}: the build environment has it, an installed project does not.`;
  }
  return `${imported} but no packaging file declares ${wanted}.`;
}

function optionalMessage(u: UndeclaredImport): string {
  const imported = `${u.module} is imported only ${u.guard ? guardText[u.guard] : 'optionally'}`;
  const wanted = u.distributions.join(' or ');
  const elsewhere = [...new Set((u.declaredOutOfScope ?? []).map((l) => l.file))];
  if (elsewhere.length) return `${imported}; ${wanted} is declared in ${elsewhere.join(', ')}, which ${elsewhere.length === 1 ? 'declares' : 'declare'} for the code below ${elsewhere.length === 1 ? 'its folder' : 'their folders'} only (an optional group here would).`;
  return `${imported}; no packaging file declares ${wanted} (an optional group would).`;
}

function unusedMessage(u: UnusedDependency): string {
  const nothing = `${u.name} is declared but nothing imports ${u.importNames.join(' or ') || u.name}`;
  const variable = SWITCHED_COMPANIONS[u.normalized];
  // hf-transfer: its host loads it only under a variable, which is why a project declares it without importing it.
  if (variable) {
    const hosts = Object.entries(COMPANIONS).filter(([, companions]) => companions.includes(u.normalized)).map(([host]) => host);
    return `${nothing}; ${hosts.join(' or ') || 'its library'} loads it only when ${variable} is set, which nothing in the project sets.`;
  }
  return `${nothing}.`;
}

/** Every finding, most important first. */
export function driftFindings(report: DriftReport): Annotation[] {
  const all: Annotation[] = [];
  all.push(...report.diagnostics.filter((d) => d.severity === 'error').map(diagnosticAnnotation));
  for (const c of report.conflicts) {
    const first = c.declarations[0]!;
    all.push({ level: 'error', title: `Conflicting versions of ${c.name}`, message: c.message, file: first.file, line: first.line });
  }
  const undeclared = [...report.undeclared].sort((a, b) => Number(!!b.introduced) - Number(!!a.introduced));
  for (const u of undeclared) {
    const first = u.locations[0]!;
    const others = u.locations.length - 1;
    all.push({
      level: 'warning',
      title: `Undeclared import: ${u.module}`,
      message: undeclaredMessage(u, others),
      file: first.file,
      line: first.line,
    });
  }
  for (const u of report.unused) {
    const first = u.declarations[0]!;
    all.push({
      level: 'warning',
      title: `Unused dependency: ${u.name}`,
      message: unusedMessage(u),
      file: first.file,
      line: first.line,
    });
  }
  for (const o of report.outOfSync) {
    const first = o.presentIn[0]!;
    all.push({ level: 'warning', title: `Out of sync: ${o.name}`, message: `${o.name} is declared here but missing from ${o.missingFrom.join(', ')}.`, file: first.file, line: first.line });
  }
  for (const u of report.optional) {
    const first = u.locations[0]!;
    all.push({
      level: 'notice',
      title: `Optional import: ${u.module}`,
      message: optionalMessage(u),
      file: first.file,
      line: first.line,
    });
  }
  for (const d of report.deadDeclarations) {
    all.push({ level: 'notice', title: `Dead declaration: ${d.name}`, message: `${d.name} is declared for ${d.marker}, which never holds under the declared Python ${d.python}; the line can go.`, file: d.file, line: d.line });
  }
  all.push(...report.diagnostics.filter((d) => d.severity !== 'error').map(diagnosticAnnotation));
  return all;
}

/** What a step can show: the findings, capped per level. */
export function driftAnnotations(report: DriftReport): Annotation[] {
  return capPerLevel(driftFindings(report));
}
