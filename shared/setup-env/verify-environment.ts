// Installed versions against the record: every main dependency any packaging file declares must be installed and
// satisfy its specifier, and the interpreter must meet every Python version stated. One row per declaration, so a
// package pinned differently in two files shows both places. Conda packages are checked by the PyPI distribution they
// install (`pytorch` → `torch`) with conda's version rules; non-Python conda packages (`cudatoolkit`) have no
// Python metadata to check and are left out. In a venv, the installed distributions the record does not account for
// (record-closure.ts) are reported too: an environment with a package its record dropped does not match it.

import { condaVersionAdmits } from '../env/conda-matchspec.js';
import { condaToPypi } from '../env/conda-names.js';
import type { PackagingFile } from '../env/model.js';
import { satisfies } from '../env/pep440.js';
import { normalizeName } from '../env/pep508.js';
import type { InstalledDistribution, InterpreterMetadata } from '../scan/interpreter-metadata.js';
import { evaluateMarker, type MarkerEnvironment } from './markers.js';
import { cell, code } from '../text/markdown.js';
import { recordClosure } from './record-closure.js';
import { pythonMeets } from '../env/python-version.js';

export type CheckStatus = 'ok' | 'missing' | 'mismatch' | 'unknown';

export interface VersionCheck {
  /** As declared. */
  name: string;
  /** The installed distribution looked for (PEP 503), or `python`. */
  distribution: string;
  /** The declared constraint as written in its ecosystem; '' for any version. */
  declared: string;
  ecosystem: 'pypi' | 'conda' | 'python';
  file: string;
  line: number;
  installed?: string;
  status: CheckStatus;
  /** Why the status is `unknown`, or a detail worth showing. */
  note?: string;
}

export interface Verification {
  checks: VersionCheck[];
  /** Declarations whose marker excludes this platform. */
  notApplicable: number;
  /** Installed, and neither declared nor required by what is declared, nor the installer. */
  extraneous: InstalledDistribution[];
  /** Why extraneous packages could not be looked for, when they could not. */
  extraneousUnchecked?: string;
}

/**
 * `installer`: the distributions the environment's installer brings (installerDistributions); given, extraneous
 * packages are looked for (venv and uv), absent, they are not (conda environments hold much that no file lists).
 */
export function verifyEnvironment(files: readonly PackagingFile[], installed: InterpreterMetadata, markers: MarkerEnvironment, installer?: readonly string[]): Verification {
  const versions = new Map(installed.distributions.map((d) => [d.normalized, d.version]));
  const checks: VersionCheck[] = [];
  let notApplicable = 0;

  for (const file of files) {
    if (file.python) {
      const met = pythonMeets(installed.pythonVersion, file.python);
      checks.push({
        name: 'python',
        distribution: 'python',
        declared: file.python.specifier,
        ecosystem: 'python',
        file: file.python.file,
        line: file.python.line,
        installed: installed.pythonVersion,
        status: met === undefined ? 'unknown' : met ? 'ok' : 'mismatch',
        ...(met === undefined && { note: 'not a version ml-hub can compare' }),
      });
    }
    for (const d of file.dependencies) {
      if (d.group !== 'main' || d.constraintOnly || !d.normalized) continue;
      if (d.ecosystem === 'conda' && d.normalized === 'python') continue; // the interpreter, checked above
      const distribution = d.ecosystem === 'pypi' ? d.normalized : condaToPypi(d.normalized);
      if (distribution === undefined) continue;
      if (d.marker !== undefined && evaluateMarker(d.marker, markers) === false) {
        notApplicable++;
        continue;
      }
      const version = versions.get(normalizeName(distribution));
      const check: VersionCheck = { name: d.name, distribution, declared: d.specifier, ecosystem: d.ecosystem, file: d.file, line: d.line, status: 'ok' };
      if (version === undefined) check.status = 'missing';
      else {
        check.installed = version;
        const met = d.url ? true : admits(d.ecosystem, d.specifier, version);
        check.status = met === undefined ? 'unknown' : met ? 'ok' : 'mismatch';
        if (met === undefined) check.note = 'the versions cannot be compared';
      }
      checks.push(check);
    }
  }
  if (!installer) return { checks, notApplicable, extraneous: [] };
  const closure = recordClosure(files, installed, markers, installer);
  return closure.known ? { checks, notApplicable, extraneous: closure.extraneous } : { checks, notApplicable, extraneous: [], extraneousUnchecked: closure.reason };
}

function admits(ecosystem: 'pypi' | 'conda', specifier: string, version: string): boolean | undefined {
  if (!specifier) return true;
  if (ecosystem === 'pypi') return satisfies(version, specifier);
  try {
    return condaVersionAdmits(specifier, version);
  } catch {
    return undefined;
  }
}

export const isProblem = (c: VersionCheck) => c.status === 'missing' || c.status === 'mismatch';

/** One line for a person: `scikit-learn ==1.3.2 (requirements.txt:7): installed 1.4.0`. */
export function describeCheck(c: VersionCheck): string {
  const wanted = c.declared ? `${c.name} ${c.declared}` : c.name;
  if (c.status === 'missing') return `${wanted} is declared but not installed`;
  if (c.status === 'mismatch') return `${wanted} is declared, ${c.installed} is installed`;
  if (c.status === 'unknown') return `${wanted}: installed ${c.installed}; ${c.note}`;
  return `${wanted}: installed ${c.installed}`;
}

const statusText: Record<CheckStatus, string> = { ok: '✅ ok', missing: '❌ not installed', mismatch: '❌ differs', unknown: '❔ not comparable' };

/** `otherpkg 2.0, depkg 1.1`. */
export const describeDistributions = (list: readonly InstalledDistribution[]) => list.map((d) => `${d.name} ${d.version}`).join(', ');

/** A Markdown table, problems first; the matching rows folded away when there are problems to look at. */
export function renderVerificationMarkdown(v: Verification): string {
  return renderChecks(v) + renderExtraneous(v);
}

function renderExtraneous(v: Verification): string {
  if (v.extraneousUnchecked) return `\n\nPackages the record does not list were not looked for: ${cell(v.extraneousUnchecked)}.`;
  if (v.extraneous.length === 0) return '';
  const rows = v.extraneous.map((d) => `| ${cell(d.name)} | ${cell(d.version)} |`);
  return `\n\n**${v.extraneous.length} installed package(s) are not in the record** (neither declared nor required by what is declared):\n\n| Package | Installed |\n| --- | --- |\n${rows.join('\n')}`;
}

function renderChecks(v: Verification): string {
  if (v.checks.length === 0) return 'The record declares no packages to verify.';
  const problems = v.checks.filter(isProblem);
  const rest = v.checks.filter((c) => !isProblem(c));
  const table = (rows: VersionCheck[]) =>
    [
      '| Package | Declared | Where | Installed | Result |',
      '| --- | --- | --- | --- | --- |',
      ...rows.map((c) => `| ${cell(c.name)} | ${c.declared ? code(c.declared) : 'any'} | ${cell(`${c.file}:${c.line}`)} | ${c.installed === undefined ? '—' : cell(c.installed)} | ${statusText[c.status]} |`),
    ].join('\n');
  const skipped = v.notApplicable ? `\n\n${v.notApplicable} declaration(s) with a marker that excludes this platform were not checked.` : '';
  if (problems.length === 0) return `All ${v.checks.length} declared versions match what is installed.\n\n${table(rest)}${skipped}`;
  const head = `**${problems.length} of ${v.checks.length} declarations differ from what is installed.**\n\n${table(problems)}`;
  const folded = rest.length ? `\n\n<details><summary>${rest.length} that match</summary>\n\n${table(rest)}\n\n</details>` : '';
  return head + folded + skipped;
}
