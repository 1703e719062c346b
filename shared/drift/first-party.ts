// Whether an import names the project's own code. Python puts the running script's folder on sys.path, projects run
// their code from the root or from deep inside (`python -m`, pytest's rootdir and conftest folders), and packages live
// at the root, in `src/` or wherever the packaging configuration says, with or without __init__.py (namespace
// packages). So a module is first-party when it is a module or package in a folder on the way from the importing
// file up to the root that is not itself a package (an `__init__.py` folder is reached through its parent), in a test
// root, or in a package root declared by a packaging file whose folder holds the importing file.
//
// Everything is indexed once from the list of discovered source files: a lookup is a few map probes per folder level,
// never a file-system walk.

import path from 'node:path';
import { IMPORT_NAME_TABLE } from '../scan/import-names.js';

const identifier = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Modules beside a packaging file that are not what it ships. */
const NOT_SHIPPED = new Set(['setup', 'conftest', 'tests', 'test', 'docs', 'doc', 'examples', 'scripts', 'tools', 'benchmarks', 'noxfile', 'tasks', 'src']);

export interface FirstPartyOptions {
  /** Names the settings declare first-party (`first-party:`). */
  declared?: readonly string[];
  /** Package roots by the folder whose packaging files declare them ('' = the root, applies everywhere). */
  packageRoots?: ReadonlyMap<string, readonly string[]>;
  /** pytest roots (testpaths, pythonpath, rootdir), root-relative; apply everywhere. */
  testRoots?: readonly string[];
  /** Distributions the packaging files declare: a package module importing one of these names means the library. */
  declaredDistributions?: readonly string[];
}

const parentOf = (dir: string) => (dir === '' ? undefined : dir.includes('/') ? dir.slice(0, dir.lastIndexOf('/')) : '');

export class FirstPartyModules {
  /** Folder → the module and package names importable from it. */
  private readonly names = new Map<string, Set<string>>();
  /** Folders holding an `__init__.py`. */
  private readonly packageDirs = new Set<string>();
  private readonly declared: ReadonlySet<string>;
  /** Declared distributions as import names (`captum`, `ax_platform`), lowercased. */
  private readonly declaredLibraries: ReadonlySet<string>;
  private readonly packageRoots: ReadonlyMap<string, readonly string[]>;
  private readonly globalRoots: string[];
  /** The package roots the root's packaging files declare, when every one is a folder (not the root itself). */
  private readonly shippedRoots: readonly string[] | undefined;
  /** Every package root, for `inPackage`. */
  private readonly allPackageRoots: string[];
  /** Namespace package → its portions found below package roots. */
  private readonly namespaces = new Map<string, Set<string>>();

  /** Names of modules and of `__init__.py` packages anywhere: what an install could ship (a folder of scripts is not). */
  private readonly importable = new Set<string>();
  /** Modules and packages whose folder is not a package itself: what a `sys.path` entry can reach by bare name. */
  private readonly topLevel = new Set<string>();

  /** `files`: the project's source files, root-relative with `/` separators. */
  constructor(files: readonly string[], options: FirstPartyOptions = {}) {
    this.declared = new Set(options.declared ?? []);
    this.declaredLibraries = new Set((options.declaredDistributions ?? []).map((d) => d.toLowerCase().replace(/[-.]/g, '_')));
    const holdsPython = new Set<string>();
    for (const file of files) {
      if (!file.endsWith('.py')) continue;
      const slash = file.lastIndexOf('/');
      const dir = slash < 0 ? '' : file.slice(0, slash);
      const stem = file.slice(slash + 1, -3);
      holdsPython.add(dir);
      if (stem === '__init__') this.packageDirs.add(dir);
      else if (identifier.test(stem)) {
        this.add(dir, stem);
        this.importable.add(stem);
      }
    }
    for (const dir of this.packageDirs) this.importable.add(dir.slice(dir.lastIndexOf('/') + 1));
    for (const file of files) {
      if (!file.endsWith('.py')) continue;
      const dir = parentOf(file) ?? '';
      const stem = file.slice(file.lastIndexOf('/') + 1, -3);
      if (stem !== '__init__' && identifier.test(stem) && !this.packageDirs.has(dir)) this.topLevel.add(stem);
    }
    for (const dir of this.packageDirs) if (!this.packageDirs.has(parentOf(dir) ?? '')) this.topLevel.add(dir.slice(dir.lastIndexOf('/') + 1));
    // A folder holding Python modules is a package of its parent: a data folder sharing a library's name is not.
    for (const dir of holdsPython) {
      const parent = parentOf(dir);
      const name = dir.slice(dir.lastIndexOf('/') + 1);
      if (parent !== undefined && identifier.test(name)) this.add(parent, name);
    }
    const roots = new Map<string, string[]>();
    for (const [scope, list] of options.packageRoots ?? []) roots.set(scope, [...list]);
    const atRoot = roots.get('') ?? [];
    this.shippedRoots = atRoot.length && !atRoot.includes('') ? [...atRoot] : undefined;
    // `src/` is the common layout whether or not a configuration names it.
    roots.set('', [...(roots.get('') ?? []), 'src']);
    this.packageRoots = roots;
    // pytest puts the first folder above each conftest.py that is not a package on sys.path (rootdir-relative imports).
    const conftestRoots = files
      .filter((f) => f === 'conftest.py' || f.endsWith('/conftest.py'))
      .map((f) => {
        let dir = path.posix.dirname(f) === '.' ? '' : path.posix.dirname(f);
        while (dir !== '' && this.packageDirs.has(dir)) dir = parentOf(dir)!;
        return dir;
      });
    this.globalRoots = [...new Set([...(options.testRoots ?? []), ...conftestRoots])];
    this.allPackageRoots = [...roots.values()].flat().filter((r) => r !== '');
    // Namespace packages split over sub-projects (`common/src/autogluon/common`, `core/src/autogluon/core`): every
    // portion below any package root is the project's, seen from anywhere.
    const rootSet = new Set(this.allPackageRoots);
    for (const dir of holdsPython) {
      const parts = dir.split('/');
      for (let k = parts.length - 2; k > 0; k--) {
        if (!rootSet.has(parts.slice(0, k).join('/'))) continue;
        const [namespace, portion] = [parts[k]!, parts[k + 1]!];
        if (!this.packageDirs.has(parts.slice(0, k + 1).join('/'))) {
          let set = this.namespaces.get(namespace);
          if (!set) this.namespaces.set(namespace, (set = new Set()));
          set.add(portion);
        }
        break;
      }
    }
  }

  private add(dir: string, name: string): void {
    let set = this.names.get(dir);
    if (!set) this.names.set(dir, (set = new Set()));
    set.add(name);
  }

  /** Is `parts` (a dotted import, split) a module or package found from folder `dir`? */
  private foundIn(dir: string, parts: readonly string[]): boolean {
    if (this.names.get(dir)?.has(parts[0]!)) return true;
    // A namespace folder with no module of its own: `import ns.pkg` finds `ns/pkg/`.
    return parts.length > 1 && !!this.names.get(dir ? `${dir}/${parts[0]}` : parts[0]!)?.has(parts[1]!);
  }

  /** `dotted` as imported (`pkg.sub`); `fromFile` root-relative. */
  has(dotted: string, fromFile: string): boolean {
    const parts = dotted.split('.');
    if (this.declared.has(parts[0]!)) return true;
    // A namespace the project splits over several sub-projects is its own, all of it (`autogluon.tabular` from a
    // checkout that holds only some portions); one with a single portion shares the namespace (`google`).
    const portions = this.namespaces.get(parts[0]!);
    if (portions && (portions.size >= 2 || (parts.length > 1 && portions.has(parts[1]!)))) return true;
    const fileDir = path.posix.dirname(fromFile) === '.' ? '' : path.posix.dirname(fromFile);
    // The file's own folder (sys.path[0] when it runs as a script), though never the file itself: `import onnx` in
    // `pkg/utils/onnx.py` is the library.
    const self = fromFile.slice(fromFile.lastIndexOf('/') + 1).replace(/\.py$/, '');
    if (parts[0] !== self && this.foundIn(fileDir, parts) && !this.isLibraryBesidePackageModule(fileDir, parts)) return true;
    for (let dir: string | undefined = fileDir; dir !== undefined; dir = parentOf(dir)) {
      // Above it, a package's folder is never on sys.path (`pkg/loggers/clearml/hpo.py` importing `clearml` gets the
      // library, not `pkg/loggers/clearml/`); folders that are not packages are the roots projects run from.
      if (dir !== fileDir && !this.packageDirs.has(dir) && this.foundIn(dir, parts) && !this.isLibraryFromScriptFolder(dir, parts, fileDir)) return true;
      // …unless the import names a module inside one of its subpackages (`utils.dataset` from
      // `examples/boft_controlnet/utils/`, whose scripts run from the `__init__.py` folder above): a library of that
      // name would have to have the same submodule as well.
      if (dir !== fileDir && this.packageDirs.has(dir) && parts.length >= 2 && this.packageDirs.has(dir ? `${dir}/${parts[0]}` : parts[0]!) && this.names.get(dir ? `${dir}/${parts[0]}` : parts[0]!)?.has(parts[1]!)) return true;
      for (const root of this.packageRoots.get(dir) ?? []) if (this.foundIn(root, parts)) return true;
    }
    return this.globalRoots.some((root) => this.foundIn(root, parts));
  }

  /**
   * `from transformers import AutoModel` in `examples/transformers/model.py`: the folder `examples/transformers/`
   * (no `__init__.py`) holds the importing file, so it is that script's sys.path[0], not a package on the path, and a
   * library the bundled table knows by that name is what loads. `from ldm.util import x` inside `ldm/` still finds
   * `ldm/util.py`, and names the table does not know (`classify`, run with the root on sys.path) stay the project's.
   */
  private isLibraryFromScriptFolder(dir: string, parts: readonly string[], fileDir: string): boolean {
    const folder = dir ? `${dir}/${parts[0]}` : parts[0]!;
    if (!(fileDir === folder || fileDir.startsWith(`${folder}/`)) || this.packageDirs.has(folder)) return false;
    return IMPORT_NAME_TABLE.has(parts[0]!) && !(parts.length > 1 && this.names.get(folder)?.has(parts[1]!));
  }

  /**
   * `import datasets` in `miniai/learner.py` beside `miniai/datasets.py`: Python 3 has no implicit relative imports, so
   * a module of a package (an `__init__.py` folder) importing a name the bundled table knows, or that the project
   * declares (`captum` beside pyg's `explain/algorithm/captum.py`), gets the library; only a script run from that
   * folder would find the sibling, and a library would not have the sibling's submodule.
   */
  private isLibraryBesidePackageModule(fileDir: string, parts: readonly string[]): boolean {
    if (!this.packageDirs.has(fileDir) || !(IMPORT_NAME_TABLE.has(parts[0]!) || this.declaredLibraries.has(parts[0]!.toLowerCase()))) return false;
    return !(parts.length > 1 && this.names.get(fileDir ? `${fileDir}/${parts[0]}` : parts[0]!)?.has(parts[1]!));
  }

  /** Is `name` a module or an `__init__.py` package somewhere in the project (not only a folder of scripts)? */
  isImportable(name: string): boolean {
    return this.importable.has(name) || this.declared.has(name) || this.namespaces.has(name);
  }

  /**
   * Is `name` a module or package of the project that a `sys.path` entry could reach: in a folder that is not itself
   * a package (`scripts/prepare_data.py`, not `accelerate/commands/config/sagemaker.py`)?
   */
  reachableByPath(name: string): boolean {
    return this.topLevel.has(name);
  }

  /** The packages and modules a project folder ships: those in it and in its declared package roots (`src/`). */
  shippedBy(dir: string): string[] {
    const roots = [dir, ...(this.packageRoots.get(dir) ?? [])];
    return [...new Set(roots.flatMap((r) => [...(this.names.get(r) ?? [])]))].filter((n) => !NOT_SHIPPED.has(n));
  }

  /**
   * Is folder `dir` part of a first-party package (an `__init__.py` folder, or below a package root such as `src/`)?
   * Where the root's packaging says where its packages are (`package_dir={"": "python"}`, `where = "src"`), an
   * `__init__.py` folder elsewhere outside a sub-project is not shipped (statsforecast's `action_files/`).
   */
  inPackage(dir: string): boolean {
    if (this.allPackageRoots.some((root) => dir.startsWith(`${root}/`))) return true;
    if (!this.packageDirs.has(dir)) return false;
    if (!this.shippedRoots) return true;
    return [...this.packageRoots.keys()].some((scope) => scope !== '' && (dir === scope || dir.startsWith(`${scope}/`)));
  }
}
