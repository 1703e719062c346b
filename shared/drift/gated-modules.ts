// First-party modules that load only behind a guard. detectron2's `export/__init__.py` imports `.api` only in the
// `else:` of a successful `import caffe2`, and yolov5 imports `utils.triton` only after installing tritonclient: what
// such a module imports at its top is as optional as the guard that reaches it.

import path from 'node:path';
import type { ImportGuard, ScannedFile } from '../scan/model.js';

interface Site {
  file: string;
  guard?: ImportGuard;
  /** What an install call just above the import installs (`tritonclient[all]`). */
  installed?: string[];
}

/** Guards that let the code run without what they guard (TYPE_CHECKING and version checks say nothing of that). */
const letsCodeRun = (g: ImportGuard | undefined): g is ImportGuard => g === 'try-except' || g === 'availability-check' || g === 'installed-on-demand';

export class FirstPartyImporters {
  /** Module file → the sites in other project files that import it. */
  private readonly importers = new Map<string, Site[]>();
  /** File → the module files it imports, with its sites for each (the reverse of `importers`). */
  private readonly imported = new Map<string, Map<string, Site[]>>();

  /** Every package an install call before a first-party import names, and the answer for modules none names. */
  private readonly installedNames = new Set<string>();
  private byGuardsOnly?: Map<string, ImportGuard>;

  /** `isFirstParty(dotted, fromFile)`: whether an absolute import is the project's own (FirstPartyModules.has). */
  constructor(code: readonly ScannedFile[], isFirstParty: (dotted: string, fromFile: string) => boolean) {
    // `a/b/c.py` and `a/b/c/__init__.py` are both the module `a.b.c`; index them by every dotted suffix of their path,
    // since which folder is the import root differs per project (`src/`, the root, a sub-project).
    const bySuffix = new Map<string, string[]>();
    for (const f of code) {
      if (!f.path.endsWith('.py')) continue;
      const parts = f.path.slice(0, -3).split('/');
      if (parts[parts.length - 1] === '__init__') parts.pop();
      for (let i = parts.length - 1; i >= 0; i--) {
        const key = parts.slice(i).join('.');
        const list = bySuffix.get(key);
        if (list) list.push(f.path);
        else bySuffix.set(key, [f.path]);
      }
    }
    const lookup = (dotted: string, from: string): string | undefined => {
      const candidates = bySuffix.get(dotted);
      if (!candidates) return undefined;
      if (candidates.length === 1) return candidates[0];
      // Several `utils.py`: the one sharing most folders with the importing file.
      const shared = (p: string) => {
        const a = p.split('/');
        const b = from.split('/');
        let n = 0;
        while (n < a.length && n < b.length && a[n] === b[n]) n++;
        return n;
      };
      return candidates.reduce((best, c) => (shared(c) > shared(best) ? c : best));
    };
    for (const f of code) {
      const dir = path.posix.dirname(f.path) === '.' ? '' : path.posix.dirname(f.path);
      const targets = new Map<string, Site[]>();
      for (const record of f.imports) {
        // An import under `if TYPE_CHECKING:` never runs: it loads nothing.
        if (record.guard === 'type-checking') continue;
        let target: string | undefined;
        if (record.level > 0) {
          // `from .api import *` in pkg/export/__init__.py → pkg/export/api.py.
          const base = dir.split('/').filter(Boolean);
          base.splice(base.length - (record.level - 1), record.level - 1);
          const rest = record.dotted.slice(record.level);
          if (!rest) continue;
          target = lookup([...base, ...rest.split('.')].join('.'), f.path);
          if (target && !target.startsWith(base.join('/'))) target = undefined;
        } else if (record.module && isFirstParty(record.dotted, f.path)) target = lookup(record.dotted, f.path);
        if (!target || target === f.path) continue;
        const sites = this.importers.get(target);
        const site: Site = { file: f.path };
        if (record.guard) site.guard = record.guard;
        if (record.installedBefore) {
          site.installed = record.installedBefore.map((p) => p.split(/[[<>=!~; ]/)[0]!.replace(/-/g, '_'));
          for (const name of site.installed) this.installedNames.add(name);
        }
        if (sites) sites.push(site);
        else this.importers.set(target, [site]);
        const own = targets.get(target);
        if (own) own.push(site);
        else targets.set(target, [site]);
      }
      this.imported.set(f.path, targets);
    }
  }

  /**
   * Does any other project file import `file`? A package module nothing imports is loaded only by its users. An import
   * of its package (`from pkg.integration import mlflow`) may name it, so that counts too.
   */
  isImported(file: string): boolean {
    if (this.importers.has(file)) return true;
    const dir = path.posix.dirname(file);
    const init = `${dir}/__init__.py`;
    return file !== init && (this.importers.get(init) ?? []).some((site) => site.file !== file);
  }

  /**
   * The project files that load only behind a guard, or only once `module` is installed (from `through`, the files
   * that install it on demand, or just after an install call naming it), directly or through other such files; each
   * with the guard that reaches it. A file nothing imports (a script, a package's public module) is never gated.
   */
  gated(module?: string, through: ReadonlySet<string> = new Set()): ReadonlyMap<string, ImportGuard> {
    const wanted = module?.toLowerCase();
    const guardsOnly = through.size === 0 && (wanted === undefined || !this.installedNames.has(wanted));
    if (guardsOnly && this.byGuardsOnly) return this.byGuardsOnly;
    const gated = new Map<string, ImportGuard>();
    const installs = (site: Site) => wanted !== undefined && !!site.installed?.includes(wanted);
    const direct = (site: Site): ImportGuard | undefined =>
      letsCodeRun(site.guard) ? site.guard : through.has(site.file) || installs(site) ? 'installed-on-demand' : undefined;
    // Per file, the importing sites no guard reaches; when the file holding one becomes gated, that site is reached.
    const pending = new Map<string, number>();
    const queue: string[] = [];
    for (const [file, sites] of this.importers) {
      const open = sites.filter((s) => !direct(s)).length;
      pending.set(file, open);
      if (open === 0) queue.push(file);
    }
    while (queue.length) {
      const file = queue.pop()!;
      if (gated.has(file)) continue;
      const sites = this.importers.get(file)!;
      gated.set(file, direct(sites[0]!) ?? gated.get(sites[0]!.file) ?? 'try-except');
      for (const [target, own] of this.imported.get(file) ?? []) {
        const left = pending.get(target)! - own.filter((s) => !direct(s)).length;
        pending.set(target, left);
        if (left === 0 && !gated.has(target)) queue.push(target);
      }
    }
    if (guardsOnly) this.byGuardsOnly = gated;
    return gated;
  }
}
