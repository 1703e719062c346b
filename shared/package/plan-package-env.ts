// The package-env pipeline: detect-env's DriftReport → the edits that make the packaging files tell the truth.
// Undeclared imports are added to requirements.txt and the conda environment file (pinned by choose-pins), packages
// one file lacks are copied from the file that has them, unused declarations are removed only with `prune`, and the
// generated setup.py and dev container are planned from the same files and settings. Nothing is written here: the
// shells apply the plan with atomic-write.

import path from 'node:path';
import { parseDocument } from 'yaml';
import { loadConfig } from '../config/config.js';
import type { Diagnostic } from '../diagnostics.js';
import { detectDrift, pypiNameOf, rootListing } from '../drift/detect-drift.js';
import type { DriftReport, Location } from '../drift/model.js';
import { isNonPythonCondaPackage } from '../env/conda-names.js';
import { workingTreeReader } from '../env/file-readers.js';
import { loadEnvironment } from '../env/load-environment.js';
import type { Dependency, FileReader, PackagingFile } from '../env/model.js';
import { normalizeName } from '../env/pep508.js';
import { readInterpreterMetadata } from '../scan/interpreter-metadata.js';
import { choosePin, readPackageEnvSettings } from './choose-pins.js';
import { editCondaEnvironment, newCondaEnvironmentText } from './edit-conda-environment.js';
import { regenerateAdvice, type EditOutcome, type Removal } from './edit-outcome.js';
import { editRequirements } from './edit-requirements.js';
import { devcontainerPath, planDevcontainer } from './devcontainer.js';
import type { FileEdit, LeftAlone, PackagePlan, PinStyle } from './model.js';
import { condaEntry, onlyBuildScriptImports, requirementLine, wantedFromDependency, type WantedPackage, type Written } from './package-entries.js';
import { planSetupPy } from './setup-py.js';

export interface PackageEnvOptions {
  /** The project folder. */
  root: string;
  /** An interpreter with the project installed: its versions pin what is added. */
  python?: string;
  /** Remove declarations no code imports (otherwise they are reported in keptUnused). */
  prune?: boolean;
  /** How additions are pinned; default: the settings' `package-env: { pin }`, else `exact` with an interpreter, `none` without. */
  pin?: PinStyle;
  /** Root-relative paths package-env may write (created when absent); default: the settings' `targets`, else its own choice. */
  targets?: string[];
  /** Variables for `${VAR}` in requirements files. */
  env?: Record<string, string | undefined>;
}

type EnvironmentKind = 'requirements' | 'conda';

interface FileWork {
  path: string;
  kind: EnvironmentKind;
  /** Undefined for a file package-env creates. */
  text: string | undefined;
  wanted: Map<string, WantedPackage>;
  /** Unused declarations to delete (with `prune`), with the name the report gives them. */
  remove: (Removal & { name: string })[];
}

const condaFileNames = ['environment.yml', 'environment.yaml', 'conda.yaml', 'conda.yml'];
/** Installer tooling that conda files list and pip files never do (as find-out-of-sync counts them). */
const installers = new Set(['pip', 'setuptools', 'wheel']);

const where = (l: Location) => `${l.file}:${l.line}`;
const places = (ls: readonly Location[]) => ls.slice(0, 3).map(where).join(', ') + (ls.length > 3 ? ` and ${ls.length - 3} more` : '');

function kindOfTarget(p: string): EnvironmentKind | undefined {
  if (/(^|\/)python_env\.ya?ml$/i.test(p)) return undefined; // MLflow's virtualenv spec, not a conda file
  if (/\.ya?ml$/i.test(p)) return 'conda';
  if (/\.(txt|in)$/i.test(p)) return 'requirements';
  return undefined;
}

/** The dependencies a file that defines the whole environment declares, as find-out-of-sync counts them. */
function environmentDependencies(files: readonly PackagingFile[]): Dependency[] {
  const defines = (f: PackagingFile) =>
    !f.generated && (f.kind === 'requirements' ? /^requirements\.(txt|in)$/i.test(f.path) : ['conda', 'setup.py', 'setup.cfg', 'pyproject', 'pipfile', 'python-env'].includes(f.kind));
  return files
    .filter(defines)
    .flatMap((f) => f.dependencies)
    .filter((d) => d.group === 'main' && !d.constraintOnly && !d.editable && !(d.ecosystem === 'conda' && isNonPythonCondaPackage(d.normalized)) && !installers.has(pypiNameOf(d)));
}

/** The conda file an MLproject's `conda_env:` names, when it does. */
function mlprojectCondaEnv(file: PackagingFile, reader: FileReader): string | undefined {
  const text = reader.read(file.path);
  if (text === undefined) return undefined;
  const value = parseDocument(text).get('conda_env');
  if (typeof value !== 'string') return undefined;
  return file.includes.find((inc) => inc === path.posix.normalize(path.posix.join(path.posix.dirname(file.path), value)));
}

/** The Python version line (`3.11`) a new environment file pins: the interpreter's, the settings', a declared one. */
function pythonLine(interpreterVersion: string | undefined, configured: string | undefined, files: readonly PackagingFile[]): string | undefined {
  for (const candidate of [interpreterVersion, configured, ...files.map((f) => f.python?.specifier)]) {
    const m = candidate === undefined ? null : /^(\d+\.\d+)(?:\.\d+)?$/.exec(candidate.trim());
    if (m) return m[1];
  }
  return undefined;
}

export async function planPackageEnv(options: PackageEnvOptions): Promise<{ report: DriftReport; plan: PackagePlan }> {
  const root = path.resolve(options.root);
  const env = options.env ?? process.env;
  const report = await detectDrift({ root, python: options.python, env });
  const reader = workingTreeReader(root);
  const { config } = loadConfig(reader);
  const { settings, diagnostics } = readPackageEnvSettings(config.extra['package-env'], config.source);
  report.diagnostics.push(...diagnostics);
  const { files } = loadEnvironment(rootListing(root), reader, { env });
  const byPath = new Map(files.map((f) => [f.path, f]));
  // detectDrift already reported an interpreter that fails; here it only pins.
  const interpreter = options.python ? await readInterpreterMetadata(options.python).catch(() => undefined) : undefined;
  const installed = interpreter ? new Map(interpreter.distributions.map((d) => [normalizeName(d.name), d.version])) : undefined;
  const style = options.pin ?? settings.pin ?? (installed ? 'exact' : 'none');
  const targets = options.targets ?? settings.targets;
  const allowed = (p: string) => targets === undefined || targets.includes(p);

  const plan: PackagePlan = { edits: [], leftAlone: [], added: [], removed: [], keptUnused: [] };
  const leaveAlone = (p: string, reason: string) => {
    const known = plan.leftAlone.find((l) => l.path === p);
    if (!known) plan.leftAlone.push({ path: p, reason });
    else if (!known.reason.includes(reason)) known.reason += `; ${reason}`;
  };

  // ---- Which files hold the environment ----
  const works = new Map<string, FileWork>();
  const work = (p: string, kind: EnvironmentKind): FileWork => {
    let w = works.get(p);
    if (!w) works.set(p, (w = { path: p, kind, text: reader.read(p), wanted: new Map(), remove: [] }));
    return w;
  };
  const requirementsTxt = byPath.get('requirements.txt');
  const requirementsIn = byPath.get('requirements.in');
  let requirementsPath = 'requirements.txt';
  if (requirementsTxt?.generated && requirementsIn && !requirementsIn.generated) {
    requirementsPath = 'requirements.in';
    if (allowed('requirements.txt')) leaveAlone('requirements.txt', `${regenerateAdvice(requirementsTxt.generated)}, after package-env edits requirements.in`);
  }
  const condaPaths = new Set(files.filter((f) => f.kind === 'conda' && condaFileNames.includes(f.path)).map((f) => f.path));
  for (const f of files.filter((f) => f.kind === 'mlproject')) {
    const named = mlprojectCondaEnv(f, reader);
    if (named) condaPaths.add(named);
  }
  const environmentFiles: FileWork[] = [];
  if (allowed(requirementsPath)) environmentFiles.push(work(requirementsPath, 'requirements'));
  for (const p of [...condaPaths].sort()) if (allowed(p)) environmentFiles.push(work(p, 'conda'));
  for (const p of targets ?? []) {
    const kind = kindOfTarget(p);
    if (kind && !works.has(p)) environmentFiles.push(work(p, kind));
    else if (!kind && p !== 'setup.py' && p !== devcontainerPath) {
      const message = `package-env writes requirements files, conda environment files, setup.py and ${devcontainerPath}, not ${p}`;
      report.diagnostics.push({ severity: 'warning', code: 'package-env/target', message, file: config.source ?? p });
    }
  }
  // A conda file whose `pip:` section reads the requirements file gets its additions from there.
  const readsRequirements = (w: FileWork) => w.kind === 'conda' && (byPath.get(w.path)?.includes ?? []).some((inc) => works.has(inc) && works.get(inc)!.kind === 'requirements');

  // ---- What to add ----
  const declared = files.flatMap((f) => f.dependencies.map((dependency) => ({ pypi: pypiNameOf(dependency), dependency })));
  for (const u of report.undeclared) {
    if (onlyBuildScriptImports(u.locations)) continue;
    const dist = u.distributions[0] ?? u.module;
    const pypi = normalizeName(dist);
    const pin = choosePin(pypi, { style, installed, declared });
    const notes = [
      `imported at ${places(u.locations)}`,
      u.source === 'guess' ? 'distribution name guessed from the import name' : '',
      pin.source === 'interpreter' ? `version installed in ${options.python}` : '',
      pin.declaredAt ? `constraint from ${where(pin.declaredAt)}` : '',
    ];
    const wanted: WantedPackage = { pypi, name: dist, extras: [], specifier: pin.specifier, because: notes.filter(Boolean).join('; ') };
    for (const w of environmentFiles) if (!readsRequirements(w)) w.wanted.set(pypi, wanted);
  }

  const pruned = new Set<string>();
  for (const u of report.unused) {
    for (const decl of u.declarations) {
      const f = byPath.get(decl.file);
      const kind = f?.kind === 'requirements' || f?.kind === 'conda' ? f.kind : undefined;
      if (options.prune && kind && !f!.generated && allowed(decl.file)) {
        work(decl.file, kind).remove.push({ line: decl.line, pypi: u.normalized, name: u.name });
        pruned.add(u.normalized);
      } else {
        plan.keptUnused.push({ name: u.name, file: decl.file, line: decl.line });
      }
    }
  }

  const dependencyAt = (l: Location, pypi: string) => files.find((f) => f.path === l.file)?.dependencies.find((d) => d.line === l.line && pypiNameOf(d) === pypi);
  const notEdited = new Map<string, string[]>();
  // An unused package is not copied: spreading it would only make every file declare something nothing imports.
  const unused = new Set(report.unused.map((u) => u.normalized));
  for (const o of report.outOfSync) {
    if (pruned.has(o.name) || unused.has(o.name)) continue;
    const sources = o.presentIn.map((l) => dependencyAt(l, o.name)).filter((d): d is Dependency => d !== undefined);
    const source = sources.find((d) => d.specifier !== '') ?? sources[0];
    if (!source) continue;
    for (const missing of o.missingFrom) {
      const w = environmentFiles.find((e) => e.path === missing);
      if (!w && kindOfTarget(missing) && !allowed(missing)) continue; // a file the targets leave out: the user's choice
      if (!w) notEdited.set(missing, [...(notEdited.get(missing) ?? []), o.name]);
      else if (!w.wanted.has(o.name)) w.wanted.set(o.name, wantedFromDependency(source, `declared at ${where(source)}`));
    }
  }
  for (const [file, names] of notEdited) leaveAlone(file, `package-env does not edit ${byPath.get(file)?.kind ?? 'this kind of'} files; declare ${names.join(', ')} there by hand`);

  // A new file starts with what the other environment files declare, so that it agrees with them.
  const seeds = environmentDependencies(files);
  for (const w of environmentFiles) {
    if (w.text !== undefined || readsRequirements(w)) continue;
    for (const d of seeds) {
      const pypi = pypiNameOf(d);
      if (!w.wanted.has(pypi)) w.wanted.set(pypi, wantedFromDependency(d, `declared at ${where(d)}`));
    }
  }

  // ---- The edits ----
  const condaName = files.find((f) => f.kind === 'mlproject' && f.name)?.name ?? path.basename(root);
  const python = pythonLine(interpreter?.pythonVersion, config.python, files);
  for (const w of works.values()) {
    const additions = [...w.wanted.values()].sort((a, b) => (a.pypi < b.pypi ? -1 : a.pypi > b.pypi ? 1 : 0));
    const written = new Map<string, { entry: Written; wanted: WantedPackage }>();
    let outcome: EditOutcome;
    if (w.kind === 'requirements') {
      for (const a of additions) written.set(a.pypi, { entry: requirementLine(a), wanted: a });
      const add = additions.map((a) => ({ pypi: a.pypi, text: written.get(a.pypi)!.entry.text }));
      outcome = editRequirements(w.path, w.text, { add, remove: w.remove }, { reader, env });
    } else {
      for (const a of additions) written.set(a.pypi, { entry: condaEntry(a) ?? requirementLine(a), wanted: a });
      const pick = (ecosystem: 'pypi' | 'conda') => additions.filter((a) => written.get(a.pypi)!.entry.ecosystem === ecosystem).map((a) => ({ pypi: a.pypi, text: written.get(a.pypi)!.entry.text }));
      const text = w.text ?? newCondaEnvironmentText(condaName, python);
      outcome = editCondaEnvironment(w.path, text, { conda: pick('conda'), pip: pick('pypi'), remove: w.remove }, { reader, env });
    }
    record(w, outcome, written);
  }

  function record(w: FileWork, outcome: EditOutcome, written: Map<string, { entry: Written; wanted: WantedPackage }>): void {
    if (outcome.status === 'unchanged') return;
    if (outcome.status === 'left-alone') {
      leaveAlone(w.path, outcome.reason);
      if (outcome.diagnostic && !report.diagnostics.some((d) => sameDiagnostic(d, outcome.diagnostic!))) report.diagnostics.push(outcome.diagnostic);
      for (const r of w.remove) plan.keptUnused.push({ name: r.name, file: w.path, line: r.line });
      return;
    }
    const reasons: string[] = [];
    for (const a of outcome.added) {
      const { entry, wanted } = written.get(a.pypi)!;
      reasons.push(`added ${entry.text} (${wanted.because})`);
      plan.added.push({ name: entry.name, specifier: entry.specifier, ecosystem: entry.ecosystem, file: w.path, because: wanted.because });
    }
    for (const d of outcome.removed) {
      reasons.push(`removed ${d.name}${d.specifier ? ` ${d.specifier}` : ''} (line ${d.line}: no code imports it)`);
      plan.removed.push({ name: d.name, specifier: d.specifier, ecosystem: d.ecosystem, file: w.path, because: 'no code imports it' });
    }
    plan.edits.push({ path: w.path, ...(w.text !== undefined ? { before: w.text } : {}), after: outcome.text, reasons });
  }

  // ---- Files with planners of their own ----
  const planned = (result: FileEdit | LeftAlone | undefined) => {
    if (result && 'after' in result) plan.edits.push(result);
    else if (result) leaveAlone(result.path, result.reason);
  };
  if (allowed('setup.py')) planned(planSetupPy(root, files, config.requirements ? { requirements: config.requirements } : {}));
  // A dev container only answers a requirements record (or a target that names it): no record, no machine to ask for.
  if ((targets === undefined && config.requirements) || targets?.includes(devcontainerPath)) {
    planned(planDevcontainer(root, config.requirements ?? {}, reader.read(devcontainerPath)));
  }

  return { report, plan };
}

function sameDiagnostic(a: Diagnostic, b: Diagnostic): boolean {
  return a.file === b.file && a.line === b.line && a.code === b.code && a.message === b.message;
}
