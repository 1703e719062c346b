// What editing one packaging file's text came to: new text, nothing to do, or a file package-env must not touch.

import type { Diagnostic } from '../diagnostics.js';
import type { Dependency } from '../env/model.js';

/** A package to declare: its PEP 503 name (to tell whether the file has it already) and the entry to write. */
export interface Addition {
  pypi: string;
  /** The requirement line, or the conda entry, as written into the file. */
  text: string;
}

/** A declaration to delete: its 1-based line and the PyPI name it stands for (a flow list holds several per line). */
export interface Removal {
  line: number;
  pypi: string;
}

export type EditOutcome =
  | {
      status: 'edited';
      text: string;
      /** The additions written (those the file lacked). */
      added: Addition[];
      removed: Dependency[];
    }
  | { status: 'unchanged' }
  | { status: 'left-alone'; reason: string; diagnostic?: Diagnostic };

/** Advice for a tool-generated file, from the parser's `generated` reason. */
export function regenerateAdvice(generated: string): string {
  if (/pip-compile|hash-pinned/.test(generated)) return `${generated}: re-run pip-compile${/hash/.test(generated) ? ' --generate-hashes' : ''} instead`;
  if (/uv export/.test(generated)) return `${generated}: re-run uv export instead`;
  if (/uv/.test(generated)) return `${generated}: re-run uv pip compile instead`;
  if (/PDM/.test(generated)) return `${generated}: re-run pdm export instead`;
  if (/conda env export/.test(generated)) return `${generated}: an exported environment; edit the environment file it was made from, or export it again`;
  return `${generated}: regenerate it with the tool that wrote it`;
}

/** Names of the dependencies, as a sorted multiset, for checking that an edit changed only what it meant to. */
export function nameList(dependencies: readonly { normalized: string; ecosystem: string }[]): string[] {
  return dependencies.map((d) => `${d.ecosystem}:${d.normalized}`).sort();
}

/** Whether every problem `after` has, `before` had already (lines aside: edits move them). */
export function noNewProblems(before: readonly Diagnostic[], after: readonly Diagnostic[]): boolean {
  const known = new Map<string, number>();
  for (const d of before) known.set(`${d.code} ${d.message}`, (known.get(`${d.code} ${d.message}`) ?? 0) + 1);
  return after.every((d) => {
    const key = `${d.code} ${d.message}`;
    const left = known.get(key) ?? 0;
    known.set(key, left - 1);
    return left > 0;
  });
}
