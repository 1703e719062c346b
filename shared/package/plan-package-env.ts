// The package-env pipeline: detect-env's DriftReport → the edits a maintainer would merge. Only certain additions
// are written (certain-additions.ts): into every file that declares the runtime environment — pyproject.toml,
// setup.cfg, setup.py, Pipfile, requirements.txt, the conda environment — so that they stay in step; packages one
// such file lacks are copied from the file that has them; everything else becomes the pull request's checklist, or an
// optional group when the settings ask for groups. The edits are checked before they are proposed: re-read, the files
// must be no more out of step and no more in conflict than before. Nothing is written here: the shells apply the plan
// with atomic-write.

import path from 'node:path';
import { loadConfig } from '../config/config.js';
import type { Diagnostic } from '../diagnostics.js';
import { detectDrift } from '../drift/detect-drift.js';
import { findConflicts } from '../drift/find-conflicts.js';
import { findOutOfSync } from '../drift/find-out-of-sync.js';
import type { DriftReport, Location } from '../drift/model.js';
import { condaSpecToPep440 } from '../env/conda-matchspec.js';
import { isNonPythonCondaPackage, pypiNameOf } from '../env/conda-names.js';
import { workingTreeReader } from '../env/file-readers.js';
import { loadEnvironment } from '../env/load-environment.js';
import type { Dependency, FileReader, PackagingFile } from '../env/model.js';
import { specifiersIntersect } from '../env/pep440.js';
import { normalizeName } from '../env/pep508.js';
import { parseYamlDocument } from '../env/yaml-document.js';
import { readInterpreterMetadata } from '../scan/interpreter-metadata.js';
import { conflictingDeclaration, roleOf, sortAdditions, subprojectFolders } from './certain-additions.js';
import { packagingKindOf, rootListing } from '../env/discover-packaging.js';
import { condaFormat, condaInstallerTooling } from '../env/formats/conda.js';
import { buildsPackage, definesEnvironment, formatOf } from '../env/formats/index.js';
import { choosePin, interpreterMayPin, readPackageEnvSettings } from './choose-pins.js';
import { editCondaEnvironment, newCondaEnvironmentText } from './edit-conda-environment.js';
import { editManifest, optionalSection, runtimeSection, sectionGroup, type ManifestAddition, type ManifestSection } from './edit-manifest.js';
import { regenerateAdvice, type EditOutcome, type Removal } from './edit-outcome.js';
import { editRequirements } from './edit-requirements.js';
import { devcontainerPath, planDevcontainer } from './devcontainer.js';
import type { FileEdit, LeftAlone, PackagePlan, PinStyle } from './model.js';
import { condaEntry, requirementLine, wantedFromDependency, type WantedPackage, type Written } from './package-entries.js';
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
  /** Put test-only, docs-only and optional imports into optional groups; default: the settings' `optional-groups`. */
  optionalGroups?: boolean;
  /** Variables for `${VAR}` in requirements files. */
  env?: Record<string, string | undefined>;
}

type WorkKind = 'requirements' | 'conda' | 'manifest';

interface FileWork {
  path: string;
  kind: WorkKind;
  /** Undefined for a file package-env creates. */
  text: string | undefined;
  /** Runtime additions (for a manifest: to its runtime section). */
  wanted: Map<string, WantedPackage>;
  /** Unused declarations to delete (with `prune`), with the name the report gives them. */
  remove: (Removal & { name: string })[];
  /** Manifests only: the parsed file and where its runtime dependencies go. */
  manifest?: { file: PackagingFile; section: ManifestSection; declares: boolean };
  /** Manifests only: optional-group additions by section. */
  groups: Map<string, { section: ManifestSection; wanted: Map<string, WantedPackage> }>;
}


const where = (l: Location) => `${l.file}:${l.line}`;
const places = (ls: readonly Location[]) => ls.slice(0, 3).map(where).join(', ') + (ls.length > 3 ? ` and ${ls.length - 3} more` : '');
const isNonPython = (d: Dependency) => d.ecosystem === 'conda' && isNonPythonCondaPackage(d.normalized);

function kindOfTarget(p: string): 'requirements' | 'conda' | undefined {
  if (/(^|\/)python_env\.ya?ml$/i.test(p)) return undefined; // MLflow's virtualenv spec, not a conda file
  if (/\.ya?ml$/i.test(p)) return 'conda';
  if (/\.(txt|in)$/i.test(p)) return 'requirements';
  return undefined;
}

/**
 * The dependencies a file that defines the whole environment declares, as find-out-of-sync counts them; but of the
 * files package-env writes line by line, the root requirements file and every conda file it edits.
 */
function environmentDependencies(files: readonly PackagingFile[]): Dependency[] {
  const defines = (f: PackagingFile) => (f.kind === 'conda' ? !f.generated : definesEnvironment(f) && (f.kind !== 'requirements' || !f.path.includes('/')));
  return files
    .filter(defines)
    .flatMap((f) => f.dependencies)
    .filter((d) => d.group === 'main' && !d.constraintOnly && !d.editable && !isNonPython(d) && !condaInstallerTooling.has(pypiNameOf(d)));
}

/** The conda file an MLproject's `conda_env:` names, when it does. */
function mlprojectCondaEnv(file: PackagingFile, reader: FileReader): string | undefined {
  const text = reader.read(file.path);
  if (text === undefined) return undefined;
  const value = parseYamlDocument(text).get('conda_env');
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

/** What the packaging files say about each other: out-of-sync names and conflicts, as detect-env finds them. */
function packagingFindings(files: readonly PackagingFile[]): { outOfSync: Set<string>; conflicts: Set<string> } {
  const outOfSync = findOutOfSync(files, { pypiName: pypiNameOf, isNonPython });
  const conflicts = findConflicts(files, {
    pypiName: pypiNameOf,
    pep440Alternatives: (spec, ecosystem) => (ecosystem === 'conda' ? condaSpecToPep440(spec) : [spec]),
    intersect: specifiersIntersect,
  });
  return {
    outOfSync: new Set(outOfSync.flatMap((o) => o.missingFrom.map((m) => `${o.name} ${m}`))),
    conflicts: new Set(conflicts.map((c) => c.name)),
  };
}

const manifestAddition = (w: WantedPackage): ManifestAddition => ({ ...requirementLine(w), pypi: w.pypi, extras: w.extras, ...(w.marker ? { marker: w.marker } : {}) });

export async function planPackageEnv(options: PackageEnvOptions): Promise<{ report: DriftReport; plan: PackagePlan }> {
  const root = path.resolve(options.root);
  const env = options.env ?? process.env;
  const report = await detectDrift({ root, python: options.python, env });
  const reader = workingTreeReader(root);
  const { config } = loadConfig(reader);
  const { settings, diagnostics } = readPackageEnvSettings(config.extra['package-env'], config.source);
  report.diagnostics.push(...diagnostics);
  const listing = rootListing(root);
  const { files } = loadEnvironment(listing, reader, { env });
  const byPath = new Map(files.map((f) => [f.path, f]));
  const targets = options.targets ?? settings.targets;
  const allowed = (p: string) => targets === undefined || targets.includes(p);
  const groupsOn = options.optionalGroups ?? settings.optionalGroups ?? false;
  const subprojects = subprojectFolders(root, (name) => packagingKindOf(name) !== undefined);
  // `ml-hub package-env` in a folder with no packaging file at all: the seed's flow, which creates the files.
  const seedFlow = files.length === 0 && subprojects.length === 0;

  const plan: PackagePlan = { edits: [], leftAlone: [], added: [], removed: [], keptUnused: [], notDeclared: [], inStep: [] };
  const leaveAlone = (p: string, reason: string) => {
    const known = plan.leftAlone.find((l) => l.path === p);
    if (!known) plan.leftAlone.push({ path: p, reason });
    else if (!known.reason.includes(reason)) known.reason += `; ${reason}`;
  };

  // ---- Pins: only from an interpreter every declared Python agrees with ----
  // detectDrift already reported an interpreter that fails; here it only pins.
  const interpreter = options.python ? await readInterpreterMetadata(options.python).catch(() => undefined) : undefined;
  const declaredPythons = files.filter((f) => f.python && !f.generated).map((f) => f.python!);
  const mayPin = interpreter ? interpreterMayPin(interpreter.pythonVersion, declaredPythons) : { ok: false };
  if (interpreter && !mayPin.ok) plan.unpinned = `not pinned from ${options.python}: ${mayPin.reason}`;
  const installed = interpreter && mayPin.ok ? new Map(interpreter.distributions.map((d) => [normalizeName(d.name), d.version])) : undefined;
  const style = options.pin ?? settings.pin ?? (installed ? 'exact' : 'none');

  // ---- Which files hold the environment ----
  const works = new Map<string, FileWork>();
  const work = (p: string, kind: WorkKind, text = reader.read(p)): FileWork => {
    let w = works.get(p);
    if (!w) works.set(p, (w = { path: p, kind, text, wanted: new Map(), remove: [], groups: new Map() }));
    return w;
  };
  const requirementsTxt = byPath.get('requirements.txt');
  const requirementsIn = byPath.get('requirements.in');
  let requirementsPath = 'requirements.txt';
  if (requirementsTxt?.generated && requirementsIn && !requirementsIn.generated) {
    requirementsPath = 'requirements.in';
    if (allowed('requirements.txt')) leaveAlone('requirements.txt', `${regenerateAdvice(requirementsTxt.generated)}, after package-env edits requirements.in`);
  }
  // A requirements.txt that only gathers others (`-r requirements/runtime.txt`, `-r requirements/tests.txt`): the
  // runtime one is where additions belong.
  const requirementsFile = byPath.get(requirementsPath);
  if (requirementsFile && !requirementsFile.generated && requirementsFile.dependencies.length === 0) {
    const runtime = requirementsFile.includes.find((inc) => /(^|[/_-])(runtime|base|core|main|install|prod)[^/]*\.(txt|in)$/i.test(inc) && byPath.get(inc) && !byPath.get(inc)!.generated);
    if (runtime) requirementsPath = runtime;
  }
  const condaPaths = new Set(files.filter((f) => f.kind === 'conda' && condaFormat.names.includes(f.path)).map((f) => f.path));
  for (const f of files.filter((f) => f.kind === 'mlproject')) {
    const named = mlprojectCondaEnv(f, reader);
    if (named) condaPaths.add(named);
  }
  if (seedFlow) condaPaths.add('environment.yml');
  const environmentFiles: FileWork[] = [];
  // A requirements file is created only when asked for (targets) or in the seed's flow.
  const createsRequirements = seedFlow || targets?.includes(requirementsPath);
  if (allowed(requirementsPath) && (byPath.has(requirementsPath) || createsRequirements)) environmentFiles.push(work(requirementsPath, 'requirements'));
  for (const p of [...condaPaths].sort()) if (allowed(p)) environmentFiles.push(work(p, 'conda'));
  for (const p of targets ?? []) {
    const kind = kindOfTarget(p);
    if (kind && !works.has(p)) environmentFiles.push(work(p, kind));
    else if (!kind && !['setup.py', 'bootstrap.py', devcontainerPath].includes(p) && !byPath.has(p)) {
      const message = `package-env writes requirements files, conda environment files, the bootstrap script and ${devcontainerPath}, and edits existing pyproject.toml, setup.cfg, setup.py, Pipfile and nbdev's settings.ini; not ${p}`;
      report.diagnostics.push({ severity: 'warning', code: 'package-env/target', message, file: config.source ?? p });
    }
  }
  // Manifests: pyproject.toml, setup.cfg, setup.py, Pipfile, settings.ini at the root, with a runtime section package-env can extend.
  for (const f of files) {
    if (formatOf(f.kind).packageEnv?.edits !== 'manifest' || f.generated || f.path.includes('/') || !allowed(f.path)) continue;
    const text = reader.read(f.path) ?? '';
    const runtime = runtimeSection(f, text);
    if (runtime) environmentFiles.push(Object.assign(work(f.path, 'manifest', text), { manifest: { file: f, ...runtime } }));
  }
  // A conda file whose `pip:` section reads the requirements file gets its additions from there.
  const readsRequirements = (w: FileWork) => w.kind === 'conda' && (byPath.get(w.path)?.includes ?? []).some((inc) => works.has(inc) && works.get(inc)!.kind === 'requirements');
  // The files runtime additions go to: those that declare the environment (an empty manifest only when none does).
  // A requirements or conda file that only installs the project itself (`-e .`) gets what the project declares.
  const listsPackages = (w: FileWork) => {
    const f = byPath.get(w.path);
    if (!f) return true; // created: it declares the environment on its own
    const inner = (g: PackagingFile): boolean => g.dependencies.some((d) => d.group === 'main' && !d.editable && !d.constraintOnly) || g.includes.some((inc) => byPath.get(inc)?.kind === 'requirements' && inner(byPath.get(inc)!));
    return inner(f);
  };
  const declaring = environmentFiles.filter((w) => !readsRequirements(w) && (w.kind === 'manifest' ? w.manifest!.declares : listsPackages(w)));
  // When none lists any yet: an empty requirements or conda file is there to be filled, else the first manifest.
  const empty = environmentFiles.filter((w) => w.kind !== 'manifest' && !readsRequirements(w) && !byPath.get(w.path)?.dependencies.some((d) => d.editable));
  const runtimeFiles = declaring.length ? declaring : empty.length ? empty : environmentFiles.filter((w) => w.kind === 'manifest').slice(0, 1);
  const precedence = (w: FileWork) => formatOf(w.kind === 'manifest' ? w.manifest!.file.kind : w.kind).packageEnv!.precedence;
  const ranked = [...runtimeFiles].sort((a, b) => precedence(a) - precedence(b));
  plan.sourceOfTruth = ranked[0]?.path;
  plan.inStep = ranked.slice(1).map((w) => w.path);

  // ---- What to add: only what is certain; the rest is the checklist ----
  // A project that builds a package: a setup.py, a setup.cfg with options, a pyproject.toml that names a project or a build.
  const manifests = files.filter((f) => !f.path.includes('/') && buildsPackage(f.kind));
  const builtPackage = manifests.some((f) => f.kind !== 'pyproject' || /^\s*\[(project|build-system|tool\.poetry)\]/m.test(reader.read(f.path) ?? ''));
  const manifestIncludes = new Set(manifests.flatMap((f) => f.includes));
  const declared = files.flatMap((f) => f.dependencies.map((dependency) => ({ pypi: pypiNameOf(dependency), dependency })));
  const { certain, notAdded } = sortAdditions(report, { files, read: (p) => reader.read(p), notebooksShip: settings.notebooks, subprojects });
  const withdrawn = new Map<string, string>();
  for (const a of certain) {
    const pin = choosePin(a.pypi, { style, installed, declared });
    const notes = [
      `imported at ${places(a.locations)}`,
      pin.source === 'interpreter' ? `version installed in ${options.python}` : '',
      pin.declaredAt ? `constraint from ${where(pin.declaredAt)}` : '',
    ];
    const wanted: WantedPackage = { pypi: a.pypi, name: a.distribution, extras: [], specifier: pin.specifier, because: notes.filter(Boolean).join('; ') };
    // A package's scripts (tools/, benchmarks, CLI helpers) are not what `pip install` ships: their imports do not
    // belong in the package's dependencies (its manifest, or the requirements file the manifest reads).
    const scriptsOnly = builtPackage && !a.locations.some((l) => roleOf(l) === 'package');
    const into = scriptsOnly ? runtimeFiles.filter((w) => w.kind !== 'manifest' && !manifestIncludes.has(w.path)) : runtimeFiles;
    const reason = scriptsOnly
      ? "imported only by scripts, which `pip install` does not ship with the package: declare it where those scripts' users install from"
      : 'no packaging file declares the runtime environment; list one in `package-env: targets` (e.g. requirements.txt) to have it created';
    if (into.length === 0) {
      withdrawn.set(a.pypi, reason);
      plan.notDeclared.push({ module: a.module, distribution: a.distribution, locations: a.locations, reason });
    }
    for (const w of into) w.wanted.set(a.pypi, wanted);
  }
  for (const n of notAdded) {
    const manifest = groupsOn && n.fits ? environmentFiles.find((w) => w.kind === 'manifest') : undefined;
    const section = manifest ? optionalSection(manifest.manifest!.file, manifest.text ?? '', n.fits!, n.distribution) : undefined;
    if (manifest && section) {
      const key = JSON.stringify(section);
      const group = manifest.groups.get(key) ?? { section, wanted: new Map() };
      manifest.groups.set(key, group);
      group.wanted.set(normalizeName(n.distribution), { pypi: normalizeName(n.distribution), name: n.distribution, extras: [], specifier: '', because: `${n.reason}` });
      plan.notDeclared.push({ ...n, group: `${manifest.path} ${describeSection(section)}` });
    } else plan.notDeclared.push(n);
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
  // A package's own dependencies are its maintainer's choice: requirements and conda files often hold development
  // tools too, so nothing is copied from them into a pyproject.toml, setup.cfg, setup.py or Pipfile.
  const notCopied = new Map<string, string[]>();
  // Nor is a package copied beside a conflicting one the file declares (opencv-python beside opencv-python-headless).
  const conflictsIn = (file: string, pypi: string) =>
    conflictingDeclaration(pypi, new Map((byPath.get(file)?.dependencies ?? []).map((d) => [pypiNameOf(d), { file: d.file, line: d.line }] as const)));
  // An unused package is not copied: spreading it would only make every file declare something nothing imports.
  const unused = new Set(report.unused.map((u) => u.normalized));
  for (const o of report.outOfSync) {
    if (pruned.has(o.name) || unused.has(o.name)) continue;
    const sources = o.presentIn.map((l) => dependencyAt(l, o.name)).filter((d): d is Dependency => d !== undefined);
    const source = sources.find((d) => d.specifier !== '') ?? sources[0];
    if (!source) continue;
    for (const missing of o.missingFrom) {
      const w = environmentFiles.find((e) => e.path === missing);
      if (!w && !allowed(missing)) continue; // a file the targets leave out: the user's choice
      const fromEnvironmentFile = ['requirements', 'conda'].includes(byPath.get(source.file)?.kind ?? '');
      if (!w) notEdited.set(missing, [...(notEdited.get(missing) ?? []), o.name]);
      else if (w.kind === 'manifest' && fromEnvironmentFile) notCopied.set(missing, [...(notCopied.get(missing) ?? []), `${o.name} (${where(source)})`]);
      else if (conflictsIn(missing, o.name)) leaveAlone(missing, `${o.name} not copied: ${conflictsIn(missing, o.name)}`);
      else if (!w.wanted.has(o.name)) w.wanted.set(o.name, wantedFromDependency(source, `declared at ${where(source)}`));
    }
  }
  for (const [file, names] of notCopied) {
    const shown = names.length > 8 ? `${names.slice(0, 8).join(', ')} and ${names.length - 8} more` : names.join(', ');
    leaveAlone(file, `not copied into ${file}: ${shown}; a package's own dependencies are its maintainer's choice, and requirements files often list development tools too`);
  }
  for (const [file, names] of notEdited) leaveAlone(file, `package-env does not edit this ${byPath.get(file)?.kind ?? ''} file; declare ${names.join(', ')} there by hand`);

  // A new file starts with what the other environment files declare, so that it agrees with them.
  const seeds = environmentDependencies(files);
  for (const w of environmentFiles) {
    if (w.text !== undefined || readsRequirements(w)) continue;
    for (const d of seeds) {
      const pypi = pypiNameOf(d);
      if (!w.wanted.has(pypi)) w.wanted.set(pypi, wantedFromDependency(d, `declared at ${where(d)}`));
    }
  }

  // ---- The edits, checked: re-read, the files must be no more out of step or in conflict than before ----
  const condaName = files.find((f) => f.kind === 'mlproject' && f.name)?.name ?? path.basename(root);
  const python = pythonLine(interpreter?.pythonVersion, config.python, files);
  const before = packagingFindings(files);
  let outcomes = editAll();
  for (let round = 0; round < 3; round++) {
    const overlay: FileReader = {
      read: (p) => {
        const o = outcomes.get(p);
        return o?.status === 'edited' ? o.text : reader.read(p);
      },
    };
    const after = packagingFindings(loadEnvironment([...new Set([...listing, ...outcomes.keys()])], overlay, { env }).files);
    const worse = new Map<string, string>();
    for (const key of after.outOfSync) {
      if (before.outOfSync.has(key)) continue;
      const [name, file] = key.split(' ') as [string, string];
      worse.set(name, `adding it would leave ${file} out of step (${outcomes.get(file)?.reason ?? leftAloneReason(file) ?? (allowed(file) ? 'package-env does not edit it' : 'not among the targets')})`);
    }
    for (const name of after.conflicts) if (!before.conflicts.has(name)) worse.set(name, 'the added constraint would conflict with another declaration');
    if (worse.size === 0) break;
    for (const [name, reason] of worse) {
      withdrawn.set(name, reason);
      for (const w of works.values()) w.wanted.delete(name);
      const a = certain.find((c) => c.pypi === name);
      if (a && !plan.notDeclared.some((n) => n.module === a.module)) plan.notDeclared.push({ module: a.module, distribution: a.distribution, locations: a.locations, reason });
    }
    outcomes = editAll();
  }
  for (const w of works.values()) record(w, outcomes.get(w.path)!);

  function leftAloneReason(file: string): string | undefined {
    return plan.leftAlone.find((l) => l.path === file)?.reason;
  }

  type Outcome = EditOutcome & { reasons: string[]; changes: Written[]; reason?: string };
  function editAll(): Map<string, Outcome> {
    const result = new Map<string, Outcome>();
    for (const w of works.values()) result.set(w.path, editOne(w));
    return result;
  }

  function editOne(w: FileWork): Outcome {
    // A file skipped for its size is not absent, and one that is not UTF-8 would lose its bytes: neither is written.
    const problem = reader.problem?.(w.path);
    if (problem) {
      const diagnostic: Diagnostic = { severity: 'warning', code: `packaging/${problem.kind}`, message: problem.message, file: w.path, ...(problem.line && { line: problem.line }) };
      return { status: 'left-alone', reason: problem.message, diagnostic, reasons: [], changes: [] };
    }
    const additions = [...w.wanted.values()].sort((a, b) => (a.pypi < b.pypi ? -1 : a.pypi > b.pypi ? 1 : 0));
    const written = new Map<string, { entry: Written; wanted: WantedPackage }>();
    let outcome: EditOutcome;
    if (w.kind === 'requirements') {
      for (const a of additions) written.set(a.pypi, { entry: requirementLine(a), wanted: a });
      const add = additions.map((a) => ({ pypi: a.pypi, text: written.get(a.pypi)!.entry.text }));
      outcome = editRequirements(w.path, w.text, { add, remove: w.remove }, { reader, env });
    } else if (w.kind === 'conda') {
      for (const a of additions) written.set(a.pypi, { entry: condaEntry(a) ?? requirementLine(a), wanted: a });
      const pick = (ecosystem: 'pypi' | 'conda') => additions.filter((a) => written.get(a.pypi)!.entry.ecosystem === ecosystem).map((a) => ({ pypi: a.pypi, text: written.get(a.pypi)!.entry.text }));
      const text = w.text ?? newCondaEnvironmentText(condaName, python);
      outcome = editCondaEnvironment(w.path, text, { conda: pick('conda'), pip: pick('pypi'), remove: w.remove }, { reader, env });
    } else {
      // The runtime section first, then each optional group, each edit on the text the previous one gave.
      const m = w.manifest!;
      let text = w.text ?? '';
      const added: ManifestAddition[] = [];
      const reasons: string[] = [];
      const sections = [{ section: m.section, wanted: additions }, ...[...w.groups.values()].map((g) => ({ section: g.section, wanted: [...g.wanted.values()] }))];
      let leftAlone: string | undefined;
      for (const { section, wanted } of sections) {
        if (!wanted.length) continue;
        for (const a of wanted) written.set(`${sectionGroup(section)} ${a.pypi}`, { entry: requirementLine(a), wanted: a });
        const o = editManifest(w.path, m.file.kind, text, section, wanted.map(manifestAddition), { reader, env });
        if (o.status === 'edited') {
          text = o.text;
          for (const a of o.added) {
            const { wanted: source } = written.get(`${sectionGroup(section)} ${a.pypi}`)!;
            added.push(a as ManifestAddition);
            reasons.push(`added ${a.text}${section === m.section ? '' : ` to ${describeSection(section)}`} (${source.because})`);
          }
        } else if (o.status === 'left-alone') leftAlone = [leftAlone, o.reason].filter(Boolean).join('; ');
      }
      if (!added.length) return leftAlone ? { status: 'left-alone', reason: leftAlone, reasons: [], changes: [] } : { status: 'unchanged', reasons: [], changes: [] };
      return { status: 'edited', text, added, removed: [], reasons, changes: [], ...(leftAlone ? { reason: leftAlone } : {}) };
    }
    if (outcome.status !== 'edited') return { ...outcome, reasons: [], changes: [], ...(outcome.status === 'left-alone' ? { reason: outcome.reason } : {}) };
    const reasons = outcome.added.map((a) => `added ${written.get(a.pypi)!.entry.text} (${written.get(a.pypi)!.wanted.because})`);
    for (const d of outcome.removed) reasons.push(`removed ${d.name}${d.specifier ? ` ${d.specifier}` : ''} (line ${d.line}: no code imports it)`);
    return { ...outcome, reasons, changes: outcome.added.map((a) => written.get(a.pypi)!.entry) };
  }

  function record(w: FileWork, outcome: Outcome): void {
    if (outcome.status === 'unchanged') return;
    if (outcome.status === 'left-alone') {
      leaveAlone(w.path, outcome.reason);
      if (outcome.diagnostic && !report.diagnostics.some((d) => sameDiagnostic(d, outcome.diagnostic!))) report.diagnostics.push(outcome.diagnostic);
      for (const r of w.remove) plan.keptUnused.push({ name: r.name, file: w.path, line: r.line });
      return;
    }
    if (outcome.reason) leaveAlone(w.path, outcome.reason);
    outcome.added.forEach((a, i) => {
      const entry = outcome.changes[i] ?? { name: (a as ManifestAddition).name, specifier: (a as ManifestAddition).specifier, ecosystem: 'pypi' as const };
      const because = outcome.reasons[i]!.replace(/^added [^(]*\(/, '').replace(/\)$/, '');
      plan.added.push({ name: entry.name, specifier: entry.specifier, ecosystem: entry.ecosystem, file: w.path, because });
    });
    for (const d of outcome.removed) plan.removed.push({ name: d.name, specifier: d.specifier, ecosystem: d.ecosystem, file: w.path, because: 'no code imports it' });
    plan.edits.push({ path: w.path, ...(w.text !== undefined ? { before: w.text } : {}), after: outcome.text, reasons: outcome.reasons });
  }

  // ---- Files with planners of their own: only when the settings ask for them ----
  const planned = (result: FileEdit | LeftAlone | undefined) => {
    if (result && 'after' in result) plan.edits.push(result);
    else if (result) leaveAlone(result.path, result.reason);
  };
  // The bootstrap answers a requirements record (no record, no bootstrap); beside a pyproject.toml that builds the
  // project it must not be setup.py, which would change how pip builds it.
  const builds = files.some((f) => f.kind === 'pyproject' && /^\s*\[build-system\]/m.test(reader.read(f.path) ?? ''));
  const bootstrap = builds ? 'bootstrap.py' : 'setup.py';
  const bootstrapTargeted = targets?.includes(bootstrap) || targets?.includes('setup.py');
  if (config.requirements && (targets === undefined || bootstrapTargeted)) planned(planSetupPy(root, files, { requirements: config.requirements, file: bootstrap }));
  else if (bootstrapTargeted) leaveAlone(bootstrap, `no bootstrap without a requirements record: add a \`requirements:\` block to ${config.source ?? '.github/ml-hub.yml'} (ml-hub init writes one)`);
  // A dev container only answers a requirements record (or a target that names it): no record, no machine to ask for.
  if ((targets === undefined && config.requirements) || targets?.includes(devcontainerPath)) {
    planned(planDevcontainer(root, config.requirements ?? {}, reader.read(devcontainerPath)));
  }

  // One line per declaration, however many files led to it.
  plan.keptUnused = plan.keptUnused.filter((k, i) => plan.keptUnused.findIndex((o) => o.name === k.name && o.file === k.file && o.line === k.line) === i);
  return { report, plan };
}

function describeSection(section: ManifestSection): string {
  if (section.format === 'toml-array' || section.format === 'toml-table') {
    const p = section.path;
    if (p[0] === 'dependency-groups') return `[dependency-groups] ${p[1]}`;
    if (p[1] === 'optional-dependencies') return `[project.optional-dependencies] ${p[2]}`;
    if (p[2] === 'group') return `[tool.poetry.group.${p[3]}.dependencies]`;
    return `[${p.join('.')}]`;
  }
  return section.format;
}

function sameDiagnostic(a: Diagnostic, b: Diagnostic): boolean {
  return a.file === b.file && a.line === b.line && a.code === b.code && a.message === b.message;
}
