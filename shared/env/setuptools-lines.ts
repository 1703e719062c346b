// How setuptools turns requirement strings (install_requires in setup.py or setup.cfg) into requirements: blank lines
// and `#` lines skipped, ` #` comments dropped, a trailing `\` joining the next line (jaraco.text's yield_lines,
// drop_comment and join_continuation, in that order).

import { splitLines } from '../text/lines.js';

export interface RequirementLine {
  text: string;
  /** Line of the requirement's first part in the file. */
  line: number;
}

/** The lines of a string whose first line is file line `firstLine`. */
export function stringLines(value: string, firstLine: number): RequirementLine[] {
  return splitLines(value).map((text, n) => ({ text, line: firstLine + n }));
}

export function setuptoolsRequirements(lines: RequirementLine[]): RequirementLine[] {
  const kept = lines
    .map((l) => ({ text: l.text.trim(), line: l.line }))
    .filter((l) => l.text !== '' && !l.text.startsWith('#'))
    .map((l) => ({ text: l.text.split(' #')[0]!, line: l.line }));
  const joined: RequirementLine[] = [];
  for (let n = 0; n < kept.length; n++) {
    const first = kept[n]!;
    let text = first.text;
    while (text.endsWith('\\')) {
      const next = kept[++n];
      // A dangling `\` on the last line drops the requirement, as setuptools does.
      if (next === undefined) return joined;
      text = text.slice(0, -2).trim() + next.text;
    }
    joined.push({ text: text.trim(), line: first.line });
  }
  return joined;
}
