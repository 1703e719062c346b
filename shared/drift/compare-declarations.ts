// The heart of drift: imports that no packaging file declares, and declarations that no code uses.
//
// A packaging file declares for the code below its folder (see declaration-scope.ts); an import is declared when a
// file whose scope holds the importing file names its distribution. Declarations are looked up through indexes built
// once (distribution names and import names per scope), so the cost is a few probes per import, whatever the number
// of packaging files.

import type { Dependency } from '../env/model.js';
import { normalizeName } from '../env/pep508.js';
import type { ThirdPartyImport, ClassifiedImports } from './classify-imports.js';
import type { FileRole, UndeclaredImport, UnusedDependency, Location, OptionalGuard } from './model.js';
import { covers } from './declaration-scope.js';
import { COMPANIONS, DEV_TOOLS, neverImported, SUBMODULE_BACKENDS, SWITCHED_COMPANIONS } from './never-imported.js';

export interface CompareContext {
  /** The PyPI name a dependency stands for (conda names mapped: pytorch → torch). */
  pypiName(dependency: Dependency): string;
  /** Import names a distribution provides (`scikit-learn` → `sklearn`). */
  importNamesOf(distribution: string): string[];
  /** True when `importNamesOf` only guessed (name-equals-name): no source knows the distribution. */
  importNamesGuessed?(distribution: string): boolean;
  /** Conda packages that are not Python libraries (cudatoolkit, r-base): never unused. */
  isNonPython(dependency: Dependency): boolean;
  ignoreUndeclared: readonly string[];
  ignoreUnused: readonly string[];
  /** The folder whose code a packaging file declares for ('' = everywhere). Default: everywhere. */
  scopeOf?(packagingFile: string): string;
  /** Packaging files written by tools (locks, `pip freeze`): they pin, they do not declare needs. */
  isGenerated?(packagingFile: string): boolean;
  /** The distributions a module comes from (as classification resolved them). */
  resolve?(dotted: string): { distributions: string[]; source: string };
  /** Folders whose installed packages an importing file gets too: the sub-projects whose package it imports. */
  installedFor?(file: string): readonly string[];
  /** Project files that load only behind a guard or only once `module` is installed (see FirstPartyImporters.gated). */
  gatedFiles?(module: string, through: ReadonlySet<string>): ReadonlyMap<string, OptionalGuard>;
  /** Does any project file import `file` (see FirstPartyImporters.isImported)? */
  isImported?(file: string): boolean;
}

/** What the project uses besides its imports, for "declared but unused". */
export interface OtherUses {
  /** Modules loaded or probed by name (Sphinx extensions, the HTML theme, `find_spec("x")`). */
  modules: readonly string[];
  /** Normalised distributions the code probes by name (`RequirementCache("litlogger>=0.1.7")`). */
  distributions?: ReadonlySet<string>;
  /** Programs its scripts, CI, tox/nox, Makefiles and notebooks run, and `python -m` modules. */
  programs: readonly string[];
  /** Normalised names of the project's own distributions (the root's and sub-projects'). */
  projectNames: ReadonlySet<string>;
  /** Is the import name the project's own code, seen from a packaging file's folder? */
  isFirstParty(importName: string, packagingFile: string): boolean;
  /** `file:line` of declarations reported as dead (a marker that never holds): not also unused. */
  dead: ReadonlySet<string>;
  /** Environment variables the project sets (code) or names (workflows, scripts, Dockerfiles): see SWITCHED_COMPANIONS. */
  variables?: ReadonlySet<string>;
}

const byLocation = (a: Location, b: Location) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line);

/** `a.b.c` → `a.b.c`, `a.b`, `a`. */
function prefixes(dotted: string): string[] {
  const out = [dotted];
  for (let dot = dotted.lastIndexOf('.'); dot > 0; dot = dotted.lastIndexOf('.', dot - 1)) out.push(dotted.slice(0, dot));
  return out;
}

/**
 * What a direct reference names besides its distribution: `#egg=taming-transformers`, the package folder of
 * `#subdirectory=envs/opencode_env`, the repository of `git+https://github.com/x/ImageNetV2_pytorch`, as import names.
 */
function urlImportNames(d: { url?: string }): string[] {
  if (!d.url) return [];
  const subdirectory = /[#&]subdirectory=(?:[^&]*\/)?([A-Za-z0-9][\w.-]*)/.exec(d.url)?.[1];
  return [...new Set([eggName(d.url), subdirectory, repositoryName(d.url)].filter((n): n is string => !!n).map((n) => n.toLowerCase().replace(/[-.]/g, '_')))];
}

/** `#egg=name`, else the repository of a direct reference, as written. */
function urlDistributionName(url: string): string | undefined {
  return eggName(url) ?? repositoryName(url);
}

const eggName = (url: string) => /[#&]egg=([A-Za-z0-9][\w.-]*)/.exec(url)?.[1];

/** The last path segment of a URL with a scheme, without `@ref` and `.git`. */
function repositoryName(url: string): string | undefined {
  const path = /^[a-z][\w+.-]*:\/\//i.test(url) ? url.split(/[#?]/)[0]!.replace(/@[^/]*$/, '') : '';
  return path.slice(path.lastIndexOf('/') + 1).replace(/\.git$/, '') || undefined;
}

const dirOf = (file: string) => (file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '');

/** Companion → the libraries that load it. */
const COMPANION_HOSTS = new Map<string, string[]>();
for (const [host, companions] of Object.entries(COMPANIONS)) for (const c of companions) COMPANION_HOSTS.set(c, [...(COMPANION_HOSTS.get(c) ?? []), host]);

/** Declared names, indexed by scope and overall. */
class Declarations {
  private readonly byScope = new Map<string, { names: Set<string>; importNames: Set<string> }>();
  private readonly buildByScope = new Map<string, { names: Set<string>; importNames: Set<string> }>();
  /** Per sub-project folder: what installing it brings (the runtime requirements of its setup.py / pyproject.toml). */
  private readonly installedBy = new Map<string, { names: Set<string>; importNames: Set<string> }>();
  /** Distribution → its declarations; import name → distributions declaring it. */
  readonly byName = new Map<string, Dependency[]>();
  readonly byImportName = new Map<string, Set<string>>();

  constructor(dependencies: readonly Dependency[], context: CompareContext, importNames: (name: string) => string[]) {
    for (const d of dependencies) {
      if (d.constraintOnly) continue;
      const name = context.pypiName(d);
      const scope = context.scopeOf?.(d.file) ?? '';
      // A build requirement is installed in the isolated build environment only: it covers setup.py, not the code.
      const scopes = d.group === 'build' ? this.buildByScope : this.byScope;
      let entry = scopes.get(scope);
      if (!entry) scopes.set(scope, (entry = { names: new Set(), importNames: new Set() }));
      entry.names.add(name);
      this.byName.set(name, [...(this.byName.get(name) ?? []), d]);
      let installed: { names: Set<string>; importNames: Set<string> } | undefined;
      if (d.group === 'main' && /(^|\/)(setup\.py|setup\.cfg|pyproject\.toml)$/.test(d.file)) {
        installed = this.installedBy.get(scope);
        if (!installed) this.installedBy.set(scope, (installed = { names: new Set(), importNames: new Set() }));
        installed.names.add(name);
      }
      for (const n of [...importNames(name), ...urlImportNames(d)]) {
        entry.importNames.add(n);
        installed?.importNames.add(n);
        let names = this.byImportName.get(n);
        if (!names) this.byImportName.set(n, (names = new Set()));
        names.add(name);
      }
    }
  }

  /**
   * Is `imp` declared by a file whose scope holds the importing file, or by the install metadata (setup.py,
   * pyproject.toml) of a sub-project whose package the importing file uses (installing it brings its requirements)?
   */
  declaredFor(imp: ThirdPartyImport, context: CompareContext): boolean {
    // A declared import name covers the import unless the import is known to come from another distribution than
    // that name does: `optimum` declared does not provide `optimum.habana` (optimum-habana).
    const sameDistribution = (p: string) =>
      imp.resolution.source === 'guess' || !context.resolve || context.resolve(p).distributions.some((d) => imp.resolution.distributions.includes(d));
    const has = (entry: { names: Set<string>; importNames: Set<string> } | undefined) =>
      !!entry &&
      (imp.resolution.distributions.some((d) => entry.names.has(d)) || prefixes(imp.dotted).some((p) => entry.importNames.has(p) && sameDistribution(p)));
    // A PEP 723 script's own block declares for that file (its scope is the file's path).
    if (has(this.byScope.get(imp.location.file))) return true;
    const build = imp.location.role === 'build';
    for (let dir: string | undefined = dirOf(imp.location.file); dir !== undefined; dir = dir === '' ? undefined : dirOf(dir)) {
      if (has(this.byScope.get(dir)) || (build && has(this.buildByScope.get(dir)))) return true;
    }
    return (context.installedFor?.(imp.location.file) ?? []).some((scope) => has(this.installedBy.get(scope)));
  }

  /** Declarations of `imp`'s distribution anywhere (for "declared, but for other code"). */
  declarationsOf(imp: ThirdPartyImport): Dependency[] {
    const names = new Set(imp.resolution.distributions.filter((d) => this.byName.has(d)));
    for (const p of prefixes(imp.dotted)) for (const n of this.byImportName.get(p) ?? []) names.add(n);
    return [...names].flatMap((n) => this.byName.get(n)!);
  }
}

export interface MissingImports {
  /** Imported unconditionally somewhere, declared nowhere. */
  undeclared: UndeclaredImport[];
  /** Imported only where the code runs without it (see ImportGuard), declared nowhere. */
  optional: UndeclaredImport[];
}

/**
 * `numpy<2`, `torch[cuda]==2.1` → the normalised name; a VCS or archive URL without `name @` names its package by
 * `#egg=`, `#subdirectory=` or the repository's last path segment (`git+https://github.com/x/ImageNetV2_pytorch`).
 */
function packageNames(spec: string): string[] {
  if (/^[a-z][\w+.-]*:\/\//i.test(spec)) return urlImportNames({ url: spec }).map(normalizeName);
  return [normalizeName(/^[A-Za-z0-9][A-Za-z0-9._-]*/.exec(spec)?.[0] ?? spec)];
}

function cachedImportNames(context: CompareContext): (name: string) => string[] {
  const cache = new Map<string, string[]>();
  return (name) => {
    let names = cache.get(name);
    if (!names) cache.set(name, (names = context.importNamesOf(name)));
    return names;
  };
}

export function findUndeclared(imports: ClassifiedImports, dependencies: readonly Dependency[], context: CompareContext): MissingImports {
  const declarations = new Declarations(dependencies, context, cachedImportNames(context));
  const byModule = new Map<string, ThirdPartyImport[]>();
  for (const imp of imports.thirdParty) {
    if (context.ignoreUndeclared.includes(imp.module) || declarations.declaredFor(imp, context)) continue;
    // A namespace portion of a declared package (`optimum.habana` beside `optimum`) is reported as that portion.
    const providers = declarations.byImportName.get(imp.module);
    const portion = providers !== undefined && imp.dotted.includes('.') && !imp.resolution.distributions.some((d) => providers.has(d));
    const key = portion ? imp.dotted.split('.').slice(0, 2).join('.') : imp.module;
    let sites = byModule.get(key);
    if (!sites) byModule.set(key, (sites = []));
    sites.push(imp);
  }

  const missing: MissingImports = { undeclared: [], optional: [] };
  for (const [module, sites] of byModule) {
    sites.sort((a, b) => byLocation(a.location, b.location));
    // The most specific resolution wins (a namespace package's dotted prefix over the bare top-level name).
    const best = sites.find((s) => s.resolution.source !== 'guess') ?? sites[0]!;
    const wanted = new Set([...best.resolution.distributions, normalizeName(module)]);
    const installs = imports.pipInstalls.filter((p) => p.packages.some((pkg) => packageNames(pkg).some((n) => wanted.has(n))));
    const found: UndeclaredImport = {
      module,
      distributions: best.resolution.distributions,
      source: best.resolution.source,
      locations: sites.map((s) => s.location),
      pipInstalls: installs.map((p) => p.location),
    };
    const note = sites.find((s) => s.note)?.note;
    if (note) found.note = note;
    const declaredAt = (deps: Dependency[]): Location[] =>
      [...new Map(deps.map((d) => [`${d.file}:${d.line}`, { file: d.file, line: d.line }])).values()].sort(byLocation);
    const elsewhere = sites.flatMap((s) => declarations.declarationsOf(s));
    const forCode = elsewhere.filter((d) => d.group !== 'build');
    if (forCode.length) found.declaredOutOfScope = declaredAt(forCode);
    else if (elsewhere.length) found.declaredForBuild = declaredAt(elsewhere);
    // A site is optional when a guard lets the code run without it, or when its own file installs it (a notebook's
    // `!pip install x`). One unconditional import anywhere makes the module a need, except that a test's import
    // inside a test function follows the project's lead: where the project's code copes without the module (a
    // try/except, an availability check, installing it on demand), the tests of that feature are skipped without it
    // too (ignite's apex and visdom tests).
    // A module file that loads only behind a guard (or only from a file that installs this module) passes its guard on.
    const installedIn = new Set(installs.map((p) => p.location.file));
    const gated = sites.some((s) => !s.guard && !installedIn.has(s.location.file)) ? context.gatedFiles?.(module, installedIn) : undefined;
    // An install hint at the top of a package module nothing in the project imports (optuna's
    // `optuna/integration/botorch.py`: `except ModuleNotFoundError: raise …("pip install optuna-integration")`) is
    // that optional entry point's message to its users; a package's __init__ always loads, so its hint is a need.
    const optionalEntry = (s: ThirdPartyImport) =>
      s.installHint && s.location.role === 'package' && !/(^|\/)__init__\.py$/.test(s.location.file) && context.isImported?.(s.location.file) === false;
    const guardAt = (s: ThirdPartyImport): OptionalGuard | undefined =>
      s.guard ?? (installedIn.has(s.location.file) ? 'installed-on-demand' : (gated?.get(s.location.file) ?? (optionalEntry(s) ? 'try-except' : undefined)));
    const optionalInProject = sites.some((s) => s.location.role !== 'test' && isOptionalGuard(guardAt(s))) || installs.length > 0;
    const guarded = sites.every((s) => guardAt(s) || (optionalInProject && s.inFunction && s.location.role === 'test'));
    // The guard named is one that lets the code run without it (not a TYPE_CHECKING import met first).
    if (guarded) found.guard = sites.map(guardAt).find(isOptionalGuard) ?? sites.map(guardAt).find((g) => g !== undefined) ?? 'installed-on-demand';
    // An undeclared module's first location, the one annotated and quoted, is an import that needs it: unguarded, and
    // in the shipped package before scripts, tests and notebooks.
    else found.locations = sites.map((s) => ({ s, rank: (guardAt(s) ? 8 : 0) + ROLE_RANK[s.location.role ?? 'script'] })).sort((a, b) => a.rank - b.rank || byLocation(a.s.location, b.s.location)).map((r) => r.s.location);
    (guarded ? missing.optional : missing.undeclared).push(found);
  }
  const order = (a: UndeclaredImport, b: UndeclaredImport) => b.locations.length - a.locations.length || (a.module < b.module ? -1 : 1);
  missing.undeclared.sort(order);
  missing.optional.sort(order);
  return missing;
}

const ROLE_RANK: Readonly<Record<FileRole, number>> = { package: 0, script: 1, build: 1, example: 2, test: 3, notebook: 3, docs: 4 };

/** Guards that say the code runs without the module (a TYPE_CHECKING import or a version check says nothing of it). */
const isOptionalGuard = (g: OptionalGuard | undefined): boolean => g === 'try-except' || g === 'availability-check' || g === 'installed-on-demand';

const noUses: OtherUses = { modules: [], programs: [], projectNames: new Set(), isFirstParty: () => false, dead: new Set() };

const TYPE_CHECKERS = ['mypy', 'pyright', 'basedpyright', 'pytype', 'pyre-check'];

/** Console scripts whose name is not their distribution's (or a `<distribution>-<verb>` form). */
const SCRIPT_DISTRIBUTIONS: Record<string, string> = {
  'pip-compile': 'pip-tools',
  'pip-sync': 'pip-tools',
  'huggingface-cli': 'huggingface-hub',
  hf: 'huggingface-hub',
  jb: 'jupyter-book',
  torchrun: 'torch',
  aws: 'awscli',
  'py.test': 'pytest',
  'doc-builder': 'hf-doc-builder',
  // nbdime's git integration (`git-nbdiffdriver config --enable`) and its diff/merge commands.
  'git-nbdiffdriver': 'nbdime',
  'git-nbmergedriver': 'nbdime',
  nbdiff: 'nbdime',
  nbmerge: 'nbdime',
};

export interface FindUnusedOptions {
  /** Also list editable installs (`-e git+…#egg=x`): pairMappingMisses needs them; the report does not. */
  editable?: boolean;
}

export function findUnused(
  imports: ClassifiedImports,
  dependencies: readonly Dependency[],
  context: CompareContext,
  uses: OtherUses = noUses,
  options: FindUnusedOptions = {},
): UnusedDependency[] {
  const importNames = cachedImportNames(context);
  const importedDistributions = new Set(imports.thirdParty.flatMap((i) => i.resolution.distributions));
  const usedModules = new Set<string>();
  for (const dotted of [...imports.thirdParty.map((i) => i.dotted), ...uses.modules]) {
    for (const p of prefixes(dotted)) {
      usedModules.add(p);
      for (const m of SUBMODULE_BACKENDS[p] ?? []) usedModules.add(m);
    }
  }
  // Programs: as named, as a distribution (`sphinx-build` → sphinx), and as the top-level module of `python -m`.
  const programDistributions = new Set<string>();
  for (const program of uses.programs) {
    const normalized = normalizeName(program);
    programDistributions.add(normalized);
    const script = SCRIPT_DISTRIBUTIONS[program];
    if (script) programDistributions.add(script);
    usedModules.add(program.split('.')[0]!);
  }
  const usedAsProgram = (name: string) =>
    programDistributions.has(name) || [...programDistributions].some((p) => p.startsWith(`${name}-`) && p.length > name.length + 1);
  // A package some file needs to build the project (build-system.requires, setup_requires) is used wherever declared.
  const buildRequirements = new Set(dependencies.filter((d) => d.group === 'build').map((d) => context.pypiName(d)));

  const isUsed = (name: string): boolean => {
    const names = importNames(name);
    if (importedDistributions.has(name) || uses.distributions?.has(name) || names.some((n) => usedModules.has(n))) return true;
    if (DEV_TOOLS.has(name)) return usedAsProgram(name);
    // Stubs serve a type checker: used where one runs or is configured (FinRL's pandas-stubs beside an unused mypy).
    if (/^types-|-stubs$/.test(name)) return TYPE_CHECKERS.some(usedAsProgram);
    return neverImported(name) || usedAsProgram(name) || buildRequirements.has(name) || uses.projectNames.has(name);
  };

  const byName = new Map<string, { dependency: Dependency; declarations: Location[]; importNames: string[] }>();
  const used = new Set<string>();
  for (const d of dependencies) {
    if (d.constraintOnly || d.group === 'build' || context.isNonPython(d) || uses.dead.has(`${d.file}:${d.line}`)) continue;
    if (d.editable && !options.editable) continue;
    // Locks and `pip freeze` output list every transitive package: not declarations of what the code needs.
    if (context.isGenerated?.(d.file)) continue;
    // A local path (`.`, `./libs/foo`, `file:…`) is the project's own code.
    if (d.url !== undefined && !/^[a-z][a-z0-9+.-]*:\/\//i.test(d.url.replace(/^file:/i, ''))) continue;
    const name = context.pypiName(d);
    if (used.has(name) || context.ignoreUnused.includes(name) || context.ignoreUnused.includes(d.normalized)) continue;
    const entry = byName.get(name);
    if (entry) {
      entry.declarations.push({ file: d.file, line: d.line });
      continue;
    }
    if (isUsed(name) || urlImportNames(d).some((n) => usedModules.has(n)) || importNames(name).some((n) => uses.isFirstParty(n, d.file))) used.add(name);
    else byName.set(name, { dependency: d, declarations: [{ file: d.file, line: d.line }], importNames: importNames(name) });
  }
  // Packages a used library loads by name (transformers → accelerate, sphinx → docutils) are used with it — where it
  // is used: declared (and used) or imported within the declaring file's scope. In a monorepo,
  // one example's transformers does not make another example's `requests` used.
  const scopeOf = (file: string) => context.scopeOf?.(file) ?? '';
  const hostScopes = new Map<string, Set<string>>();
  const addHost = (name: string, scope: string) => {
    let scopes = hostScopes.get(name);
    if (!scopes) hostScopes.set(name, (scopes = new Set()));
    scopes.add(scope);
  };
  for (const d of dependencies) if (used.has(context.pypiName(d))) addHost(context.pypiName(d), scopeOf(d.file));
  // By file, not folder: a PEP 723 script's scope is the script itself.
  for (const i of imports.thirdParty) for (const name of i.resolution.distributions) addHost(name, i.location.file);
  const switchedOn = (name: string) => !SWITCHED_COMPANIONS[name] || !!uses.variables?.has(SWITCHED_COMPANIONS[name]);
  // A runtime pin of a library's own dependency is not one where the project declares that library only in an extra
  // or group (pyg: `pyparsing` in dependencies, matplotlib only in an extra): the runtime install never has the library.
  const groups = new Map<string, Set<string>>();
  for (const d of dependencies) {
    const name = context.pypiName(d);
    if (!groups.has(name)) groups.set(name, new Set());
    groups.get(name)!.add(d.group);
  }
  const runtimeOnly = (name: string) => [...(groups.get(name) ?? [])].every((g) => g === 'main');
  const optionalOnly = (name: string) => !!groups.get(name)?.size && !groups.get(name)!.has('main');
  const usedWith = (name: string, declarations: readonly Location[]): boolean =>
    switchedOn(name) &&
    (COMPANION_HOSTS.get(name) ?? []).some((host) => {
      if (runtimeOnly(name) && optionalOnly(host)) return false;
      const scopes = hostScopes.get(host);
      return !!scopes && declarations.some((l) => [...scopes].some((s) => covers(scopeOf(l.file), s)));
    });
  // A companion in use hosts its own in turn (ray → hyperopt → future): repeated until nothing more is used.
  for (let more = true; more; ) {
    more = false;
    for (const [name, { declarations }] of byName) {
      if (!usedWith(name, declarations)) continue;
      byName.delete(name);
      for (const l of declarations) addHost(name, scopeOf(l.file));
      more = true;
    }
  }
  return [...byName.entries()]
    .map(([name, { dependency, declarations, importNames }]) => ({
      // A bare direct reference (`git+https://github.com/huggingface/datatrove.git`) is named by its egg or repository.
      name: dependency.url !== undefined && dependency.name === dependency.url ? (urlDistributionName(dependency.url) ?? dependency.name) : dependency.name,
      normalized: name,
      ecosystem: dependency.ecosystem,
      declarations: declarations.sort(byLocation),
      importNames,
    }))
    .sort((a, b) => (a.normalized < b.normalized ? -1 : 1));
}

/**
 * One mapping miss seen from both sides: an import whose distribution was only guessed, and a declaration nothing
 * seems to import whose import names were only guessed too, where the import name is a token of the declared name
 * (`thop` ↔ `ultralytics-thop`, `nvidia.dali` ↔ `nvidia-dali-cuda110`, `faiss` ↔ `faiss-cpu`) or the declaration's
 * `#egg=`/repository name. Such pairs are neither undeclared nor unused: the declaration provides the import.
 */
export function pairMappingMisses(
  missing: MissingImports,
  unused: UnusedDependency[],
  dependencies: readonly Dependency[],
  context: CompareContext,
): { missing: MissingImports; unused: UnusedDependency[] } {
  const guessedUnused = unused.filter((u) => context.importNamesGuessed?.(u.normalized) ?? true);
  if (guessedUnused.length === 0) return { missing, unused };
  const urlNames = new Map<string, string[]>();
  for (const d of dependencies) {
    if (!d.url) continue;
    const egg = /[#&]egg=([^&]+)/.exec(d.url)?.[1];
    const repo = /\/([^/@#?]+?)(?:\.git)?(?:@[^/]*)?(?:[#?].*)?$/.exec(d.url)?.[1];
    // `git+…/OpenEnv.git#subdirectory=envs/opencode_env`: the folder a monorepo builds the package from.
    const subdirectory = /[#&]subdirectory=(?:[^&]*\/)?([^&/]+)/.exec(d.url)?.[1];
    urlNames.set(context.pypiName(d), [egg, repo, subdirectory].filter((n): n is string => !!n).map((n) => normalizeName(n.replace(/\[.*$/, ''))));
  }
  const paired = new Set<string>();
  const provides = (u: UnusedDependency, imp: UndeclaredImport) => {
    const tokens = u.normalized.split('-');
    const within = (inner: string[], outer: string[]) => {
      for (let k = 0; k + inner.length <= outer.length; k++) if (inner.every((w, j) => outer[k + j] === w)) return true;
      return false;
    };
    // Streamlit components are imported as `st_x` from `streamlit-x` (st_keyup, st_aggrid).
    const streamlit = /^st-/.test(normalizeName(imp.module)) ? [normalizeName(imp.module).replace(/^st-/, 'streamlit-')] : [];
    return [normalizeName(imp.module), ...streamlit, ...imp.distributions].some((candidate) => {
      const wanted = candidate.split('-');
      // `thop` in `ultralytics-thop`; `grad-cam` in `pytorch-grad-cam` (two tokens at least, so `utils` pairs nothing).
      if (within(wanted, tokens) || (tokens.length >= 2 && within(tokens, wanted))) return true;
      return (urlNames.get(u.normalized) ?? []).includes(candidate);
    });
  };
  const keep = (imp: UndeclaredImport) => {
    if (imp.source !== 'guess') return true;
    const match = guessedUnused.find((u) => provides(u, imp));
    if (!match) return true;
    paired.add(match.normalized);
    return false;
  };
  const result = { undeclared: missing.undeclared.filter(keep), optional: missing.optional.filter(keep) };
  return { missing: result, unused: unused.filter((u) => !paired.has(u.normalized)) };
}
