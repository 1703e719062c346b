// Sorts every absolute import into standard library, first-party or third-party, and maps third-party imports to
// the distributions that provide them.

import type { ScannedFile } from '../scan/model.js';
import type { Location, MappingSource } from './model.js';
import type { FirstPartyModules } from './first-party.js';

export interface Resolution {
  distributions: string[];
  source: MappingSource;
}

export interface ThirdPartyImport {
  module: string;
  dotted: string;
  location: Location;
  resolution: Resolution;
}

export interface ClassifyContext {
  isStdlib(module: string): boolean;
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
    for (const record of file.imports) {
      importCount++;
      if (record.level > 0 || !record.module) continue; // relative imports are the project's own
      if (context.isStdlib(record.module) || context.firstParty.has(record.module, file.path)) continue;
      thirdParty.push({
        module: record.module,
        dotted: record.dotted,
        location: { file: file.path, line: record.line },
        resolution: context.resolve(record.dotted),
      });
    }
    for (const evidence of file.pipInstalls) pipInstalls.push({ packages: evidence.packages, location: { file: file.path, line: evidence.line } });
  }
  return { thirdParty, pipInstalls, importCount };
}
