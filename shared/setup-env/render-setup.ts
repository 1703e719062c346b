// What setup-env says about the environment it built: the job summary, the annotations for versions that differ from
// the record, and the log's closing line.

import type { Annotation } from '../text/annotations.js';
import { cell, code } from '../text/markdown.js';
import type { SetupResult } from './setup-environment.js';
import { describeCheck, describeDistributions, isProblem, renderVerificationMarkdown } from './verify-environment.js';

/** `cacheNote`: what the Cache row says when no cache was used (turned off, or unavailable and why). */
export function renderSetupSummary(result: SetupResult, cacheNote: string): string {
  const { plan, layout } = result;
  const built =
    plan.manager === 'conda'
      ? `${plan.tool} from ${code(plan.file)}`
      : `${plan.manager === 'uv' ? 'uv' : 'venv + pip'} from ${plan.sources.map((s) => code(s.kind === 'file' ? s.path : s.from)).join(', ') || 'no packaging file'}`;
  const removed = result.removed.length ? ` and removed what it does not list (${cell(describeDistributions(result.removed))})` : '';
  const cache = {
    hit: `hit (${code(result.restoredKey ?? '')})${removed}`,
    partial: `partial hit: restored ${code(result.restoredKey ?? '')}, then installed the record over it${removed}${result.saved ? `; saved as ${code(result.keys.key)}` : ''}`,
    miss: `miss${result.saved ? `; saved as ${code(result.keys.key)}` : ''}`,
    off: cacheNote,
  }[result.cache];
  const rows = [
    ['Environment', code(layout.prefix)],
    ['Built with', built],
    ['Python', `${cell(result.pythonVersion)} (${code(layout.python)})`],
    ['Env hash', code(result.record.envHash)],
    ['Cache', cache],
  ];
  const table = ['| | |', '| --- | --- |', ...rows.map(([k, v]) => `| ${k} | ${v} |`)].join('\n');
  return `### ml-hub setup-env\n\n${table}\n\n#### Installed versions against the record\n\n${renderVerificationMarkdown(result.verification)}\n`;
}

/** A warning for each installed version that differs from the record, and one for what the record does not list. */
export function verificationAnnotations(result: SetupResult): Annotation[] {
  const { extraneous } = result.verification;
  return [
    ...result.verification.checks.filter(isProblem).map((c) => ({ level: 'warning' as const, title: `Installed version differs from the record: ${c.name}`, message: describeCheck(c), file: c.file, line: c.line })),
    ...(extraneous.length
      ? [{ level: 'warning' as const, title: 'Installed but not in the record', message: `${result.layout.prefix} holds packages the record neither declares nor requires: ${describeDistributions(extraneous)}` }]
      : []),
  ];
}

export function setupHeadline(result: SetupResult): string {
  const problems = result.verification.checks.filter(isProblem);
  const { extraneous } = result.verification;
  return (
    `ml-hub setup-env: ${result.plan.manager} environment at ${result.layout.prefix} (Python ${result.pythonVersion}), cache ${result.cache}, ` +
    `${problems.length ? `${problems.length} version difference(s) from the record` : 'versions match the record'}` +
    `${extraneous.length ? `, ${extraneous.length} installed package(s) not in the record` : ''}.`
  );
}
