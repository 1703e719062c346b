// Sorts every absolute import into standard library, first-party or third-party, and maps third-party imports to
// the distributions that provide them.

import type { ImportGuard, ScannedFile } from '../scan/model.js';
import type { Location, MappingSource } from './model.js';
import type { FirstPartyModules } from './first-party.js';
import { fileRole } from './file-role.js';
import { names } from '../scan/import-guards.js';

export interface Resolution {
  distributions: string[];
  source: MappingSource;
}

export interface ThirdPartyImport {
  module: string;
  dotted: string;
  location: Location;
  resolution: Resolution;
  /** Set when this import is optional where it stands. */
  guard?: ImportGuard;
  /** Inside a function body (a lazy import). */
  inFunction?: boolean;
  /** At module level in a try that re-raises with an install hint (see ImportRecord.installHint). */
  installHint?: boolean;
  /** Said with the finding: `tomllib` is standard library from 3.11 only. */
  note?: string;
}

export interface ClassifyContext {
  isStdlib(module: string): boolean;
  /** For a module that is standard library in another Python than the assumed one: why it is reported. */
  stdlibNote?(module: string): { note: string; distributions: string[]; newerOnly?: boolean } | undefined;
  /** Modules the project's package checks with its own availability functions (`is_megatron_lm_available()`). */
  packageChecks?: ReadonlySet<string>;
  firstParty: FirstPartyModules;
  resolve(dotted: string): Resolution;
}

export interface ClassifiedImports {
  thirdParty: ThirdPartyImport[];
  pipInstalls: { packages: string[]; location: Location }[];
  importCount: number;
}

export function classifyImports(files: readonly ScannedFile[], context: ClassifyContext): ClassifiedImports {
  const thirdParty: ThirdPartyImport[] = [];
  const pipInstalls: ClassifiedImports['pipInstalls'] = [];
  let importCount = 0;
  for (const file of files) {
    let role: Location['role'];
    for (const record of file.imports) {
      importCount++;
      if (record.level > 0 || !record.module) continue; // relative imports are the project's own
      if (context.isStdlib(record.module) || context.firstParty.has(record.dotted, file.path)) continue;
      // A file that extends sys.path reaches the project's top-level modules wherever they are (tests importing
      // scripts/…); not a module inside a package, nor a name a known distribution provides (yolov5's
      // utils/loggers/wandb/ is not wandb).
      if (file.extendsPath && record.level === 0 && context.firstParty.reachableByPath(record.module) && context.resolve(record.dotted).source === 'guess') continue;
      // A notebook runs on an IPython kernel: `from IPython.display import …` needs nothing the kernel lacks.
      if (record.module === 'IPython' && file.path.endsWith('.ipynb')) continue;
      role ??= fileRole(file.path, (dir) => context.firstParty.inPackage(dir));
      const elsewhere = context.stdlibNote?.(record.module);
      // `try: import tomllib` on a project that allows 3.10: the code copes without it there and has it from 3.11 on;
      // no package provides `tomllib`, so there is nothing to declare, optional or not.
      if (elsewhere?.newerOnly && record.guard) continue;
      const found: ThirdPartyImport = {
        module: record.module,
        dotted: record.dotted,
        location: { file: file.path, line: record.line, role },
        resolution: elsewhere ? { distributions: elsewhere.distributions, source: 'table' } : context.resolve(record.dotted),
      };
      if (elsewhere) found.note = elsewhere.note;
      if (record.guard) found.guard = record.guard;
      // A lazy import in the package of a name the package checks with its own availability function.
      else if (record.inFunction && role === 'package' && context.packageChecks?.size && names(record.module, context.packageChecks)) found.guard = 'availability-check';
      if (record.inFunction) found.inFunction = true;
      if (record.installHint && !found.guard) found.installHint = true;
      thirdParty.push(found);
    }
    for (const evidence of file.pipInstalls) pipInstalls.push({ packages: evidence.packages, location: { file: file.path, line: evidence.line } });
  }
  return { thirdParty, pipInstalls, importCount };
}
