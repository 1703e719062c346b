// What a project's own Python interpreter says about itself: its version, its stdlib module names, and which import
// names each installed distribution provides. This beats the bundled table whenever the project's environment
// (a venv, a CI interpreter) is at hand.

import { execFile } from 'node:child_process';

export interface InstalledDistribution {
  /** As its metadata spells it (`PyYAML`). */
  name: string;
  /** PEP 503-normalised (`pyyaml`). */
  normalized: string;
  version: string;
  /**
   * Importable names it provides: top-level modules (`yaml`), and for namespace packages the dotted subpackage it
   * owns (`google.protobuf`, not `google`). Private `_` modules are included.
   */
  importNames: string[];
  /** Its Requires-Dist lines as written (PEP 508, markers and `extra ==` included); absent when not read. */
  requires?: string[];
}

export interface InterpreterMetadata {
  /** `3.11.7`. */
  pythonVersion: string;
  /** `sys.stdlib_module_names`, on Python 3.10 and later. */
  stdlibModules?: string[];
  distributions: InstalledDistribution[];
}

/** The interpreter could not be run or gave no usable answer; the message says why, for a person. */
export class InterpreterError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InterpreterError';
  }
}

// Stdlib only, and parsable by Python 2.7 and 3.x alike (no f-strings), so that an old interpreter reaches the version
// check and says so instead of failing with a SyntaxError. Runs on 3.8+, where importlib.metadata exists.
//
// Import names: each distribution's top-level names are what packages_distributions() says (3.10+), joined with its
// top_level.txt or, lacking one, the module paths in its RECORD (which also catches compiled-only modules that 3.10
// and 3.11 miss). A top-level directory that the distribution does not own outright (no __init__ of its own, or an
// __init__ that other distributions ship too: namespace packages like google/ or zope/) is replaced by the
// subpackages below it that it does own, from its RECORD.
const SNIPPET = String.raw`
import sys
if sys.version_info < (3, 8):
    sys.stderr.write("ml-hub needs Python 3.8 or newer to read installed packages; this is Python %d.%d\n" % sys.version_info[:2])
    sys.exit(3)
if sys.path and sys.path[0] == "":
    del sys.path[0]
import json
import re
from importlib import metadata

MODULE_SUFFIXES = (".py", ".pyc", ".so", ".pyd")

def normalize(name):
    return re.sub(r"[-_.]+", "-", name).lower()

def module_name(filename):
    if not filename.endswith(MODULE_SUFFIXES):
        return None
    stem = filename.split(".", 1)[0]
    return stem if stem.isidentifier() else None

def relevant_parts(dist):
    out = []
    for path in dist.files or ():
        parts = path.parts
        if not parts or parts[0] == ".." or "__pycache__" in parts or parts[0].endswith((".dist-info", ".egg-info", ".data")):
            continue
        out.append(parts)
    return out

def declared_top_level(dist):
    text = dist.read_text("top_level.txt") or ""
    return [line.strip() for line in text.splitlines() if line.strip()]

def inferred_top_level(parts_list):
    names = set()
    for parts in parts_list:
        if len(parts) == 1:
            name = module_name(parts[0])
        elif module_name(parts[-1]):
            name = parts[0]
        else:
            name = None
        if name:
            names.add(name)
    return names

def owned_below(prefix, parts_list, init_claims, key):
    """Dotted names at or below the directory 'prefix' that distribution 'key' owns."""
    depth = len(prefix)
    owners = init_claims.get(prefix, set())
    if key in owners and len(owners) == 1:
        return [".".join(prefix)]
    below = [p[depth:] for p in parts_list if p[:depth] == prefix and len(p) > depth]
    names = []
    children = set()
    for rest in below:
        if len(rest) == 1:
            name = module_name(rest[0])
            if name and name != "__init__":
                names.append(".".join(prefix + (name,)))
        elif rest[0].isidentifier() and module_name(rest[-1]):
            children.add(rest[0])
    if depth < 6:
        for child in sorted(children):
            names.extend(owned_below(prefix + (child,), parts_list, init_claims, key))
    return names or [".".join(prefix)]

def main():
    seen = {}
    for dist in metadata.distributions():
        name = dist.metadata["Name"]
        if not name or normalize(name) in seen:
            continue
        seen[normalize(name)] = dist

    top_levels = {}
    try:
        by_top = metadata.packages_distributions() if hasattr(metadata, "packages_distributions") else {}
    except Exception:
        by_top = {}
    for top, names in by_top.items():
        for name in names:
            if name:
                top_levels.setdefault(normalize(name), set()).add(top)

    parts_of = {}
    init_claims = {}
    for key, dist in seen.items():
        parts_list = relevant_parts(dist)
        parts_of[key] = parts_list
        top_levels.setdefault(key, set()).update(declared_top_level(dist) or inferred_top_level(parts_list))
        for parts in parts_list:
            if len(parts) > 1 and parts[-1].split(".", 1)[0] == "__init__" and module_name(parts[-1]):
                init_claims.setdefault(parts[:-1], set()).add(key)

    distributions = []
    for key, dist in seen.items():
        parts_list = parts_of[key]
        import_names = set()
        directories = set(parts[0] for parts in parts_list if len(parts) > 1)
        for top in top_levels.get(key, ()):
            # setuptools' editable installs add a finder module that nobody imports.
            if not top.isidentifier() or top.startswith("__editable__"):
                continue
            if top in directories:
                import_names.update(owned_below((top,), parts_list, init_claims, key))
            else:
                import_names.add(top)
        distributions.append({
            "name": dist.metadata["Name"],
            "normalized": key,
            "version": dist.version or "",
            "importNames": sorted(import_names),
            "requires": list(dist.requires or ()),
        })

    stdlib = getattr(sys, "stdlib_module_names", None)
    json.dump({
        "pythonVersion": "%d.%d.%d" % sys.version_info[:3],
        "stdlibModules": sorted(stdlib) if stdlib is not None else None,
        "distributions": distributions,
    }, sys.stdout)
    sys.stdout.write("\n")

main()
`;

function lastLine(text: string): string {
  const lines = text.trim().split('\n');
  return lines[lines.length - 1]?.trim() ?? '';
}

function parseOutput(python: string, stdout: string): InterpreterMetadata {
  let parsed: unknown;
  try {
    // The report is the last line: anything a sitecustomize printed comes before it.
    parsed = JSON.parse(lastLine(stdout));
  } catch {
    throw new InterpreterError(`${python} did not report its packages (unreadable output: "${lastLine(stdout).slice(0, 200)}")`);
  }
  const report = parsed as { pythonVersion?: unknown; stdlibModules?: unknown; distributions?: unknown };
  if (typeof report.pythonVersion !== 'string' || !Array.isArray(report.distributions)) {
    throw new InterpreterError(`${python} did not report its packages (unexpected output)`);
  }
  const metadata: InterpreterMetadata = {
    pythonVersion: report.pythonVersion,
    distributions: report.distributions as InstalledDistribution[],
  };
  if (Array.isArray(report.stdlibModules)) metadata.stdlibModules = report.stdlibModules as string[];
  return metadata;
}

/**
 * Runs `python` (a command on PATH or a path, e.g. `.venv/bin/python`) to read its version, stdlib module names and
 * installed distributions. Throws `InterpreterError` with a one-line reason when the interpreter is missing, too old
 * (before 3.8) or fails.
 */
export function readInterpreterMetadata(python: string): Promise<InterpreterMetadata> {
  return new Promise((resolve, reject) => {
    execFile(
      python,
      ['-c', SNIPPET],
      {
        encoding: 'utf8',
        timeout: 120_000,
        maxBuffer: 256 * 1024 * 1024,
        // Keep the user's PYTHONPATH and site-packages (they decide what imports), but not a stray PYTHONSTARTUP.
        env: { ...process.env, PYTHONIOENCODING: 'utf-8', PYTHONDONTWRITEBYTECODE: '1' },
      },
      (error, stdout, stderr) => {
        if (error) {
          const code = (error as NodeJS.ErrnoException).code;
          if (code === 'ENOENT') {
            reject(new InterpreterError(`Python interpreter not found: ${python}`));
          } else if (code === 'EACCES') {
            reject(new InterpreterError(`Python interpreter is not executable: ${python}`));
          } else if (error.killed) {
            reject(new InterpreterError(`${python} did not answer within 120 s while listing its packages`));
          } else {
            const reason = lastLine(stderr) || `exit status ${String(error.code ?? error.signal)}`;
            reject(new InterpreterError(`${python} failed while listing its packages: ${reason}`));
          }
          return;
        }
        try {
          resolve(parseOutput(python, stdout));
        } catch (parseError) {
          reject(parseError as Error);
        }
      },
    );
  });
}
