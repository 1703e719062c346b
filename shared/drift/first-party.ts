// Whether an import names the project's own code. Python puts the running script's folder on sys.path, and projects
// import their packages from the root or a `src/` layout, with or without __init__.py (namespace packages).

import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

const moduleFile = /^(.+?)(\.[^.]+)?\.(py|pyi|pyx|so|pyd)$/;

export class FirstPartyModules {
  private readonly listings = new Map<string, Set<string>>();

  constructor(
    private readonly root: string,
    private readonly declared: readonly string[] = [],
  ) {}

  /** `fromFile` is root-relative; a module is first-party when it sits beside the file, at the root, or in src/. */
  has(module: string, fromFile: string): boolean {
    if (this.declared.includes(module)) return true;
    const dirs = new Set([path.posix.dirname(fromFile), '.', 'src']);
    for (const dir of dirs) if (this.modulesIn(dir).has(module)) return true;
    return false;
  }

  private modulesIn(dir: string): Set<string> {
    let names = this.listings.get(dir);
    if (names) return names;
    names = new Set();
    const full = path.join(this.root, dir);
    if (existsSync(full)) {
      for (const entry of readdirSync(full, { withFileTypes: true })) {
        if (entry.isDirectory()) {
          if (/^[A-Za-z_]\w*$/.test(entry.name) && holdsPython(path.join(full, entry.name))) names.add(entry.name);
        } else {
          const m = moduleFile.exec(entry.name);
          if (m) names.add(m[1]!);
        }
      }
    }
    this.listings.set(dir, names);
    return names;
  }
}

/** A folder is a package when it holds Python modules itself: a data folder that shares a library's name is not. */
function holdsPython(dir: string): boolean {
  try {
    return readdirSync(dir).some((name) => name.endsWith('.py'));
  } catch {
    return false;
  }
}
