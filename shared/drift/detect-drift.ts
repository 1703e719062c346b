// The detect-env pipeline: packaging files + source imports → DriftReport. The action and the CLI both call it.

import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../diagnostics.js';
import { loadConfig, type MlHubConfig } from '../config/config.js';
import { loadEnvironment } from '../env/load-environment.js';
import { workingTreeReader } from '../env/file-readers.js';
import type { Dependency, FileReader, PackagingFile } from '../env/model.js';
import { normalizeName } from '../env/pep508.js';
import { specifiersIntersect } from '../env/pep440.js';
import { condaSpecToPep440 } from '../env/conda-matchspec.js';
import { condaToPypi, isNonPythonCondaPackage } from '../env/conda-names.js';
import { discoverFiles } from '../scan/discover-files.js';
import { scanFiles } from '../scan/scan-files.js';
import type { ScannedFile } from '../scan/model.js';
import { isStdlibModule, stdlibVersionFor } from '../scan/stdlib-modules.js';
import { readInterpreterMetadata, type InterpreterMetadata } from '../scan/interpreter-metadata.js';
import { resolveDistribution, importNamesOfDistribution } from '../scan/resolve-distribution.js';
import { classifyImports } from './classify-imports.js';
import { findUndeclared, findUnused, type CompareContext } from './compare-declarations.js';
import { findConflicts } from './find-conflicts.js';
import { findOutOfSync } from './find-out-of-sync.js';
import { environmentHash } from './env-hash.js';
import { FirstPartyModules } from './first-party.js';
import { declaredImportRoots } from './import-roots.js';
import { compareWithBase } from './base-changes.js';
import type { DriftReport } from './model.js';

export interface DetectOptions {
  /** The project folder. */
  root: string;
  /** An interpreter whose installed distributions tell import names apart (`python` input / `--python`). */
  python?: string;
  /** A commit to compare with (push `before`, PR base, or a ref). */
  base?: string;
  /** More globs to skip, on top of the settings' `exclude`. */
  exclude?: string[];
  /** Settings file, relative to root; found automatically when absent. */
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
  firstParty: FirstPartyModules;
  resolve(dotted: string): ReturnType<typeof resolveDistribution>;
}

export function pypiNameOf(d: Dependency): string {
  return d.ecosystem === 'pypi' ? d.normalized : normalizeName(condaToPypi(d.normalized) ?? d.normalized);
}

export function rootListing(root: string): string[] {
  const listing: string[] = [];
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    if (entry.isFile()) listing.push(entry.name);
    else if (entry.isDirectory() && entry.name === 'requirements') {
      for (const inner of readdirSync(path.join(root, entry.name), { withFileTypes: true })) if (inner.isFile()) listing.push(`requirements/${inner.name}`);
    }
  }
  return listing;
}

/** Which Python's standard library applies: settings, then the given interpreter, then what packaging files declare. */
function choosePython(config: MlHubConfig, interpreter: InterpreterMetadata | undefined, files: PackagingFile[]): { version: string; reason: string } {
  if (config.python) return { version: stdlibVersionFor(config.python), reason: `settings (${config.source})` };
  if (interpreter) return { version: stdlibVersionFor(interpreter.pythonVersion), reason: `the interpreter given (${interpreter.pythonVersion})` };
  const rank = ['python-version', 'runtime.txt', 'conda', 'python-env', 'pyproject', 'setup.py', 'setup.cfg', 'pipfile', 'pipfile.lock'];
  const declared = files
    .filter((f) => f.python)
    .sort((a, b) => rank.indexOf(a.kind) - rank.indexOf(b.kind))[0]?.python;
  if (declared) return { version: stdlibVersionFor(declared.specifier), reason: `${declared.file}:${declared.line} declares ${declared.specifier}` };
  return { version: stdlibVersionFor(undefined), reason: 'no Python version is declared; assumed the newest' };
}

export async function detectDrift(options: DetectOptions): Promise<DriftReport> {
  const root = path.resolve(options.root);
  const reader = workingTreeReader(root);
  const diagnostics: Diagnostic[] = [];

  const { config, diagnostics: configProblems } = loadConfig(reader, options.configPath);
  diagnostics.push(...configProblems);
  const environment = loadEnvironment(rootListing(root), reader, { env: options.env ?? process.env });
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

  const discovered = await discoverFiles(root, {
    exclude: [...config.exclude, ...(options.exclude ?? [])],
    defaultExcludes: options.defaultExcludes,
  });
  for (const s of discovered.skipped) diagnostics.push({ severity: 'notice', code: 'scan/skipped', message: `skipped: ${s.reason}`, file: s.path });
  const scanned = await scanFiles(root, discovered.files);
  for (const f of scanned) if (f.problem) diagnostics.push(f.problem);

  // setup.py is packaging metadata run by the build (setuptools, not the environment), so its imports are not needs;
  // nor are those of the bootstrap package-env writes beside a pyproject.toml that builds the project.
  const bootstrap = /^# ml-hub: generated setup\.py/m.test(reader.read('bootstrap.py')?.slice(0, 400) ?? '');
  const code = scanned.filter((f) => f.path !== 'setup.py' && !(bootstrap && f.path === 'bootstrap.py'));
  const firstParty = new FirstPartyModules(
    scanned.map((f) => f.path),
    { declared: config.firstParty, ...importRootsOf(environment.files, reader) },
  );
  const analysis = buildAnalysis(config, environment.files, code, python.version, interpreter, firstParty);
  const imports = classifyImports(code, analysis);
  const { undeclared, optional } = findUndeclared(imports, analysis.dependencies, analysis.context);
  const unused = findUnused(imports, analysis.dependencies, analysis.context);
  const conflicts = findConflicts(environment.files, {
    pypiName: pypiNameOf,
    pep440Alternatives: (spec, ecosystem) => (ecosystem === 'conda' ? condaSpecToPep440(spec) : [spec]),
    intersect: specifiersIntersect,
  });
  // A package nothing imports is reported as unused, not also as missing from the other files.
  const unusedNames = new Set(unused.map((u) => u.normalized));
  const outOfSync = findOutOfSync(environment.files, { pypiName: pypiNameOf, isNonPython: analysis.context.isNonPython }).filter(
    (o) => !unusedNames.has(o.name),
  );

  const report: DriftReport = {
    python,
    packagingFiles: environment.files.map((f) => ({ path: f.path, kind: f.kind, dependencies: f.dependencies.length, generated: f.generated })),
    scannedFiles: scanned.length,
    importCount: imports.importCount,
    undeclared,
    optional,
    unused,
    deadDeclarations: [],
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
): Analysis {
  const sources = { interpreter, overrides: config.mapping };
  const context: CompareContext = {
    pypiName: pypiNameOf,
    importNamesOf: (dist) => importNamesOfDistribution(dist, sources),
    isNonPython: (d) => d.ecosystem === 'conda' && isNonPythonCondaPackage(d.normalized),
    ignoreUndeclared: config.ignoreUndeclared,
    ignoreUnused: config.ignoreUnused.map(normalizeName),
  };
  return {
    config,
    files,
    dependencies: files.flatMap((f) => f.dependencies),
    scanned,
    context,
    // `__main__` is the running script itself (`from __main__ import app`).
    isStdlib: (module) => module === '__main__' || isStdlibModule(module, pythonVersion),
    firstParty,
    resolve: (dotted) => resolveDistribution(dotted, sources),
  };
}
