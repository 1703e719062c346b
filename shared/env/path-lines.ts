// Where each value of a parsed document (TOML, JSON) was declared, by its path in the parsed value
// (`['project', 'dependencies', 3]`): the line of its key, table header or array item.

import type { JsonWithLines } from '../json-with-lines.js';

export type ValuePath = readonly (string | number)[];

export const pathKey = (path: ValuePath): string => JSON.stringify(path);

export class PathLines {
  constructor(private readonly lines: ReadonlyMap<string, number>) {}

  line(path: ValuePath): number | undefined {
    return this.lines.get(pathKey(path));
  }

  /** The line of `path`, else of its nearest located ancestor, else 1. */
  nearest(path: ValuePath): number {
    for (let n = path.length; n > 0; n--) {
      const line = this.lines.get(pathKey(path.slice(0, n)));
      if (line !== undefined) return line;
    }
    return 1;
  }
}

/** The lines of every key and array item of a JSON document, by path. */
export function pathLinesOfJson(doc: JsonWithLines): PathLines {
  const lines = new Map<string, number>();
  const walk = (value: unknown, path: (string | number)[]): void => {
    if (typeof value !== 'object' || value === null) return;
    const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
    for (const [key, child] of entries) {
      const at = [...path, key];
      const line = doc.lineOf(value, key);
      if (line !== undefined) lines.set(pathKey(at), line);
      walk(child, at);
    }
  };
  walk(doc.value, []);
  return new PathLines(lines);
}
