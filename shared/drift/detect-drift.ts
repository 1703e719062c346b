// The detect-env pipeline: packaging files + source imports → DriftReport. The action and the CLI both call it.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../diagnostics.js';
import { loadConfig, type MlHubConfig } from '../config/config.js';
import { loadEnvironment } from '../env/load-environment.js';
import { workingTreeReader } from '../env/file-readers.js';
import type { Dependency, FileReader, PackagingFile, PythonRequirement } from '../env/model.js';
import { packagingKindOf, rootListing } from '../env/discover-packaging.js';
import { formatOf, isPep751Lock } from '../env/formats/index.js';
import { normalizeName } from '../env/pep508.js';
import { specifiersIntersect } from '../env/pep440.js';
import { condaSpecToPep440 } from '../env/conda-matchspec.js';
import { isNonPythonCondaPackage, pypiNameOf } from '../env/conda-names.js';
import { discoverFiles, type DiscoveredFiles } from '../scan/discover-files.js';
import { scanFiles } from '../scan/scan-files.js';
import type { ScannedFile } from '../scan/model.js';
import { isStdlibModule, stdlibElsewhere, stdlibVersionFor } from '../scan/stdlib-modules.js';
import { readInterpreterMetadata, type InterpreterMetadata } from '../scan/interpreter-metadata.js';
import { resolveDistribution, importNamesOfDistribution, resolveImportNames } from '../scan/resolve-distribution.js';
import { classifyImports, type ClassifyContext } from './classify-imports.js';
import { FirstPartyImporters } from './gated-modules.js';
import { parseScriptMetadata } from '../env/script-metadata.js';
import { findUndeclared, findUnused, pairMappingMisses, type CompareContext, type OtherUses } from './compare-declarations.js';
import { findConflicts } from './find-conflicts.js';
import { findOutOfSync } from './find-out-of-sync.js';
import { environmentHash } from '../env/env-hash.js';
import { FirstPartyModules } from './first-party.js';
import { declaredImportRoots } from './import-roots.js';
import { compareWithBase } from './base-changes.js';
import type { Conflict, DeadDeclaration, DriftReport } from './model.js';
import { covers, declarationScopes, ownScope } from './declaration-scope.js';
import { findDeadDeclarations, neverMet } from './dead-declarations.js';
import { SWITCHED_COMPANIONS } from './never-imported.js';
import { namedTrackers } from '../scan/named-trackers.js';
import { configuredTools, isToolFile, noxPrograms, programsIn, sphinxModules } from './tool-uses.js';

export interface DetectOptions {
  /** The project folder. */
  root: string;
  /** An interpreter whose installed distributions tell import names apart (`python` input / `--python`). */
  python?: string;
  /** A commit to compare with (push `before`, PR base, or a ref). */
  base?: string;
  /** More globs to skip, on top of the settings' `exclude`. */
  exclude?: string[];
  /** Settings file, relative to root (or absolute, read where it is); found automatically when absent. */
  configPath?: string;
  /** false turns off the built-in skipping of virtualenvs, site-packages and build folders. */
  defaultExcludes?: boolean;
  /** Variables for `${VAR}` in requirements files. */
  env?: Record<string, string | undefined>;
}

/** Everything the comparison needs to know about names, shared with the base-commit comparison. */
export interface Analysis {
  config: MlHubConfig;
  files: PackagingFile[];
  dependencies: Dependency[];
  scanned: ScannedFile[];
  context: CompareContext;
  isStdlib(module: string): boolean;
  stdlibNote?: ClassifyContext['stdlibNote'];
  firstParty: FirstPartyModules;
  resolve(dotted: string): ReturnType<typeof resolveDistribution>;
}

/** What to install where a module is not (yet, or any more) in the standard library. */
const STDLIB_REPLACEMENTS: Record<string, string> = {
  tomllib: 'tomli',
  zoneinfo: 'backports-zoneinfo',
  graphlib: 'graphlib-backport',
  distutils: 'setuptools',
  imp: 'zombie-imp',
  asynchat: 'pyasynchat',
  asyncore: 'pyasyncore',
  smtpd: 'aiosmtpd',
};
/** Replacements imported under another name (`import tomli`): installing them cannot make `import tomllib` work. */
const RENAMED_REPLACEMENTS = new Set(['tomllib', 'zoneinfo']);

function readTextFile(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** The Python the project's files declare, the most specific first (runtime.txt over requires-python). */
function declaredPython(files: readonly PackagingFile[]): PythonRequirement | undefined {
  const precedence = (f: PackagingFile) => formatOf(f.kind).pythonPrecedence;
  return files.filter((f) => f.python).sort((a, b) => precedence(a) - precedence(b))[0]?.python;
}

/** Conflicts between declarations that apply to the same code: a sub-project's pins against the root's, not a sibling's. */
function conflictsWithinScopes(files: readonly PackagingFile[], scopes: ReadonlyMap<string, string>): Conflict[] {
  const scopeOf = (f: PackagingFile) => scopes.get(f.path) ?? ownScope(f.path);
  const found = new Map<string, Conflict>();
  for (const scope of new Set(files.map(scopeOf))) {
    const applying = files.filter((f) => covers(scopeOf(f), scope));
    const conflicts = findConflicts(applying, {
      pypiName: pypiNameOf,
      isNonPython: (d) => d.ecosystem === 'conda' && isNonPythonCondaPackage(d.normalized),
      pep440Alternatives: (spec, ecosystem) => (ecosystem === 'conda' ? condaSpecToPep440(spec) : [spec]),
      intersect: specifiersIntersect,
    });
    for (const c of conflicts) found.set(c.message, c);
  }
  // A folder sees the root's declarations too: keep each clash once, with every declaration involved.
  const at = (c: Conflict) => new Set(c.declarations.map((d) => `${d.file}:${d.line}`));
  const all = [...found.values()];
  const kept = all.filter((c) => !all.some((o) => o !== c && o.name === c.name && o.declarations.length > c.declarations.length && [...at(c)].every((k) => at(o).has(k))));
  return kept.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/**
 * For each source file, the sub-project folders whose package it imports from outside them (`examples/x.py` importing
 * `l5kit` from `l5kit/setup.py`): installing that package brings its requirements to the importing code.
 */
function subProjectsImported(
  files: readonly PackagingFile[],
  scopes: ReadonlyMap<string, string>,
  firstParty: FirstPartyModules,
  code: readonly ScannedFile[],
): (file: string) => readonly string[] {
  const byModule = new Map<string, string[]>();
  for (const f of files) {
    if (!['setup.py', 'setup.cfg', 'pyproject'].includes(f.kind)) continue;
    const scope = scopes.get(f.path) ?? ownScope(f.path);
    if (scope === '') continue;
    for (const module of firstParty.shippedBy(scope)) if (!byModule.get(module)?.includes(scope)) byModule.set(module, [...(byModule.get(module) ?? []), scope]);
  }
  const byFile = new Map<string, string[]>();
  if (byModule.size === 0) return () => [];
  for (const f of code) {
    const dir = path.posix.dirname(f.path) === '.' ? '' : path.posix.dirname(f.path);
    const found = new Set<string>();
    for (const record of f.imports) {
      if (record.level > 0) continue;
      for (const scope of byModule.get(record.module) ?? []) if (!covers(scope, dir)) found.add(scope);
    }
    if (found.size) byFile.set(f.path, [...found]);
  }
  return (file) => byFile.get(file) ?? [];
}

/**
 * Modules the project generates rather than installs: protoc's `<name>_pb2` / `<name>_pb2_grpc` for every `.proto`
 * file in the repository or compiled by a notebook (`!protoc person.proto --python_out=.`), and the `.py` files a
 * notebook writes with `%%writefile`.
 */
function generatedModules(collected: readonly string[], scanned: readonly ScannedFile[]): string[] {
  const protos = [...collected.filter((p) => p.endsWith('.proto')), ...scanned.flatMap((f) => f.writes ?? []).filter((w) => w.endsWith('.proto'))];
  const stems = protos.map((p) => p.slice(p.lastIndexOf('/') + 1, -'.proto'.length)).filter((s) => /^[A-Za-z_]\w*$/.test(s));
  const written = scanned.flatMap((f) => f.writes ?? []).filter((w) => w.endsWith('.py')).map((w) => w.slice(w.lastIndexOf('/') + 1, -3));
  return [...new Set([...stems.flatMap((s) => [`${s}_pb2`, `${s}_pb2_grpc`]), ...written.filter((w) => /^[A-Za-z_]\w*$/.test(w))])];
}

/** What the project uses without importing it: tools its files run, Sphinx extensions, its own distributions. */
function otherUses(
  reader: FileReader,
  rootFiles: readonly string[],
  discovered: DiscoveredFiles,
  scanned: readonly ScannedFile[],
  files: readonly PackagingFile[],
  firstParty: FirstPartyModules,
  dead: readonly DeadDeclaration[],
): OtherUses {
  const programs: string[] = [];
  const modules: string[] = [];
  const distributions = new Set<string>();
  const variables = new Set<string>();
  for (const p of discovered.collected) {
    const tool = isToolFile(p);
    if (!tool && !/(^|\/)(pyproject\.toml|setup\.cfg)$/.test(p)) continue;
    const text = reader.read(p);
    if (text !== undefined && tool) programs.push(...programsIn(p, text));
    programs.push(...configuredTools(p, text));
    // `--report_to wandb` in a launch script or workflow: transformers loads wandb.
    if (text !== undefined && tool) modules.push(...namedTrackers(text));
    if (text !== undefined && tool) for (const v of Object.values(SWITCHED_COMPANIONS)) if (text.includes(v)) variables.add(v);
  }
  // Tool configuration at the root: `.pylintrc`, `mypy.ini`, `.flake8`, `tasks.py`.
  for (const p of rootFiles) if (!discovered.collected.includes(p)) programs.push(...configuredTools(p, /\.(cfg|ini)$|^\.flake8$|^\.pre-commit/.test(p) ? reader.read(p) : undefined));
  for (const f of scanned) {
    programs.push(...(f.programs ?? []));
    modules.push(...(f.trackers ?? []), ...(f.probes?.modules ?? []));
    for (const d of f.probes?.distributions ?? []) distributions.add(d);
    for (const v of f.variables ?? []) variables.add(v);
    const base = f.path.slice(f.path.lastIndexOf('/') + 1);
    if (base !== 'conf.py' && base !== 'noxfile.py') continue;
    const text = reader.read(f.path);
    if (text === undefined) continue;
    if (base === 'conf.py') modules.push(...sphinxModules(text));
    else programs.push(...noxPrograms(text));
  }
  return {
    modules,
    distributions,
    programs: [...new Set(programs)],
    projectNames: new Set(files.filter((f) => f.name && ['pyproject', 'setup.py', 'setup.cfg'].includes(f.kind)).map((f) => normalizeName(f.name!))),
    // The project's own package in its requirements: one it could install (examples/inference/pippy/requirements.txt
    // naming `pippy` is the library, not the folder of scripts it sits in).
    isFirstParty: (name, packagingFile) => firstParty.has(name, packagingFile) && firstParty.isImportable(name),
    dead: new Set(dead.map((d) => `${d.file}:${d.line}`)),
    variables,
  };
}

/** Which Python's standard library applies: settings, then the given interpreter, then what packaging files declare. */
function choosePython(config: MlHubConfig, interpreter: InterpreterMetadata | undefined, files: PackagingFile[]): { version: string; reason: string } {
  if (config.python) return { version: stdlibVersionFor(config.python), reason: `settings (${config.source})` };
  if (interpreter) return { version: stdlibVersionFor(interpreter.pythonVersion), reason: `the interpreter given (${interpreter.pythonVersion})` };
  const declared = declaredPython(files.filter((f) => ownScope(f.path) === ''));
  if (declared) return { version: stdlibVersionFor(declared.specifier), reason: `${declared.file}:${declared.line} declares ${declared.specifier}` };
  return { version: stdlibVersionFor(undefined), reason: 'no Python version is declared; assumed the newest' };
}

export async function detectDrift(options: DetectOptions): Promise<DriftReport> {
  const root = path.resolve(options.root);
  const reader = workingTreeReader(root);
  const diagnostics: Diagnostic[] = [];

  // A settings file outside the project (an absolute path, from the CLI's --config) is read where it is.
  const configReader: FileReader =
    options.configPath && path.isAbsolute(options.configPath)
      ? { read: (p) => (p === options.configPath ? readTextFile(p) : undefined) }
      : reader;
  const { config, diagnostics: configProblems } = loadConfig(configReader, options.configPath);
  diagnostics.push(...configProblems);

  // One walk finds the sources, the packaging files at any depth and the files that run tools (CI, Makefiles).
  const discovering = discoverFiles(root, {
    exclude: [...config.exclude, ...(options.exclude ?? [])],
    defaultExcludes: options.defaultExcludes,
    collect: (p) => isToolFile(p) || packagingKindOf(p) !== undefined || isPep751Lock(p) || p.endsWith('.proto'),
  });
  // Scanning starts as soon as the files are known, on a worker, while the packaging files are read here.
  const scanning = scanFiles(root, discovering.then((d) => d.files));
  scanning.catch(() => undefined); // a failed walk is reported once, below
  const discovered = await discovering;
  for (const p of discovered.collected.filter(isPep751Lock)) {
    diagnostics.push({ severity: 'notice', code: 'packaging/not-read', message: `${p} is a PEP 751 lock file (pylock.toml): recognised, not read; the file it was locked from is`, file: p });
  }
  for (const s of discovered.skipped) diagnostics.push({ severity: 'notice', code: 'scan/skipped', message: `skipped: ${s.reason}`, file: s.path });
  const listing = rootListing(root);
  const packagingPaths = [...new Set([...listing, ...discovered.collected, ...discovered.files])].filter((p) => packagingKindOf(p));
  const environment = loadEnvironment(packagingPaths, reader, { env: options.env ?? process.env });
  diagnostics.push(...environment.diagnostics);

  let interpreter: InterpreterMetadata | undefined;
  if (options.python) {
    try {
      interpreter = await readInterpreterMetadata(options.python);
    } catch (e) {
      diagnostics.push({ severity: 'warning', code: 'interpreter/failed', message: (e as Error).message, file: options.python });
    }
  }
  const python = choosePython(config, interpreter, environment.files);

  const read = await scanning;
  for (const f of read) if (f.problem) diagnostics.push(f.problem);
  const scanned = read.filter((f) => !f.skipped);

  // setup.py is packaging metadata run by the build (setuptools, not the environment), so its imports are not needs;
  // nor are those of the bootstrap package-env writes beside a pyproject.toml that builds the project.
  const bootstrap = /^# ml-hub: generated setup\.py/m.test(reader.read('bootstrap.py')?.slice(0, 400) ?? '');
  const setupScripts = new Set(environment.files.filter((f) => f.kind === 'setup.py').map((f) => f.path));
  const code = scanned.filter((f) => !setupScripts.has(f.path) && !(bootstrap && f.path === 'bootstrap.py'));
  const firstParty = new FirstPartyModules(
    scanned.map((f) => f.path),
    {
      declared: [...config.firstParty, ...generatedModules(discovered.collected, scanned)],
      declaredDistributions: environment.files.flatMap((f) => f.dependencies.map((d) => d.normalized)),
      ...importRootsOf(environment.files, reader),
    },
  );
  // PEP 723 scripts declare their own requirements, for that one file: they widen what is declared, nothing else
  // (not the project's Python, environment hash, conflicts or out-of-sync, which are about the shared environment).
  const scripts = scanned
    .filter((f) => f.scriptMetadata)
    .flatMap((f) => parseScriptMetadata(f.path, reader.read(f.path) ?? ''))
    .filter((s) => s.dependencies.length || s.diagnostics.length || s.python);
  for (const s of scripts) diagnostics.push(...s.diagnostics);
  const scopes = declarationScopes(environment.files);
  for (const s of scripts) scopes.set(s.path, s.path);
  const lockFiles = new Set(environment.files.filter((f) => f.kind === 'pipfile.lock').map((f) => f.path));
  const generated = new Set(environment.files.filter((f) => f.generated).map((f) => f.path));
  const analysis = buildAnalysis(config, [...environment.files, ...scripts], code, python.version, interpreter, firstParty, scopes);
  analysis.context.isGenerated = (file) => generated.has(file);
  analysis.context.resolve = analysis.resolve;
  analysis.context.installedFor = subProjectsImported(environment.files, scopes, firstParty, code);
  const packageChecks = new Set(code.filter((f) => f.availabilityChecks && firstParty.inPackage(path.posix.dirname(f.path))).flatMap((f) => f.availabilityChecks!));
  const rootPython = declaredPython(environment.files.filter((f) => ownScope(f.path) === ''));
  const live = code.map((f) => (f.imports.some((i) => i.python) ? { ...f, imports: f.imports.filter((i) => !i.python || !neverMet(i.python, rootPython)) } : f));
  const imports = classifyImports(live, { ...analysis, packageChecks });
  const deadDeclarations = [...environment.files, ...scripts].flatMap((f) => findDeadDeclarations(f.dependencies, f.python ?? rootPython));
  const uses = otherUses(reader, listing, discovered, scanned, environment.files, firstParty, deadDeclarations);
  // A Pipfile.lock pins what pipenv resolved, transitive packages included: it declares nothing by itself.
  const declaring = analysis.dependencies.filter((d) => !lockFiles.has(d.file));
  const paired = pairMappingMisses(
    findUndeclared(imports, declaring, analysis.context),
    findUnused(imports, declaring, analysis.context, uses, { editable: true }),
    declaring,
    analysis.context,
  );
  const { undeclared, optional } = paired.missing;
  // Editable installs were listed for pairing only (`-e git+…#egg=taming-transformers` provides `taming`).
  const editable = new Set(declaring.filter((d) => d.editable).map(pypiNameOf));
  const unused = paired.unused.filter((u) => !editable.has(u.normalized));
  const conflicts = conflictsWithinScopes(environment.files, scopes);
  // A package nothing imports is reported as unused, not also as missing from the other files.
  const unusedNames = new Set(unused.map((u) => u.normalized));
  const outOfSync = findOutOfSync(environment.files, {
    pypiName: pypiNameOf,
    isNonPython: analysis.context.isNonPython,
    scopeOf: (file) => scopes.get(file) ?? ownScope(file),
  }).filter((o) => !unusedNames.has(o.name));

  const report: DriftReport = {
    python,
    packagingFiles: [...environment.files, ...scripts].map((f) => ({ path: f.path, kind: f.kind, dependencies: f.dependencies.length, generated: f.generated })),
    scannedFiles: scanned.length,
    importCount: imports.importCount,
    undeclared,
    optional,
    unused,
    deadDeclarations,
    conflicts,
    outOfSync,
    envHash: environmentHash(environment.files),
    diagnostics,
    drift: undeclared.length + unused.length + conflicts.length + outOfSync.length > 0,
    failOn: config.failOn,
  };
  if (options.base) {
    const compared = await compareWithBase(root, options.base, analysis, undeclared, options.env ?? process.env);
    if ('problem' in compared) diagnostics.push(compared.problem);
    else {
      report.changes = compared.changes;
      const introduced = new Set(compared.changes.newUndeclared);
      for (const u of undeclared) u.introduced = introduced.has(u.module);
    }
  }
  return report;
}

/** Package roots by the folder of the packaging files that declare them, and pytest's roots. */
function importRootsOf(files: readonly PackagingFile[], reader: FileReader): { packageRoots: Map<string, string[]>; testRoots: string[] } {
  const folders = new Set(files.map((f) => path.posix.dirname(f.path)).map((d) => (d === '.' ? '' : d)));
  folders.add('');
  const packageRoots = new Map<string, string[]>();
  const testRoots: string[] = [];
  for (const folder of folders) {
    const roots = declaredImportRoots(folder, reader);
    // A sub-project's `src/` holds its own packages, as the root's does.
    packageRoots.set(folder, folder ? [...roots.packages, `${folder}/src`] : roots.packages);
    testRoots.push(...roots.tests);
  }
  return { packageRoots, testRoots };
}

export function buildAnalysis(
  config: MlHubConfig,
  files: PackagingFile[],
  scanned: ScannedFile[],
  pythonVersion: string,
  interpreter: InterpreterMetadata | undefined,
  firstParty: FirstPartyModules,
  scopes: ReadonlyMap<string, string> = new Map(),
): Analysis {
  const sources = { interpreter, overrides: config.mapping };
  const context: CompareContext = {
    pypiName: pypiNameOf,
    importNamesOf: (dist) => importNamesOfDistribution(dist, sources),
    importNamesGuessed: (dist) => resolveImportNames(dist, sources).source === 'guess',
    scopeOf: (file) => scopes.get(file) ?? ownScope(file),
    isNonPython: (d) => d.ecosystem === 'conda' && isNonPythonCondaPackage(d.normalized),
    ignoreUndeclared: config.ignoreUndeclared,
    ignoreUnused: config.ignoreUnused.map(normalizeName),
  };
  const importers = new FirstPartyImporters(scanned, (dotted, from) => firstParty.has(dotted, from));
  context.gatedFiles = (module, through) => importers.gated(module, through);
  context.isImported = (file) => importers.isImported(file);
  return {
    config,
    files,
    dependencies: files.flatMap((f) => f.dependencies),
    scanned,
    context,
    // `__main__` is the running script itself (`from __main__ import app`).
    isStdlib: (module) => module === '__main__' || isStdlibModule(module, pythonVersion),
    stdlibNote: (module) => {
      const elsewhere = stdlibElsewhere(module, pythonVersion);
      if (!elsewhere) return undefined;
      const replacement = STDLIB_REPLACEMENTS[module];
      const where = elsewhere.since ? `standard library from Python ${elsewhere.version}` : `standard library up to Python ${elsewhere.version} only`;
      return {
        note: `${module} is ${where}, not in ${pythonVersion}${replacement ? `; use ${replacement} there` : ''}`,
        distributions: replacement ? [replacement] : [],
        newerOnly: elsewhere.since && RENAMED_REPLACEMENTS.has(module),
      };
    },
    firstParty,
    resolve: (dotted) => resolveDistribution(dotted, sources),
  };
}
