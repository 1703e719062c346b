// Where each value of a parsed document (TOML, JSON) was declared, by its path in the parsed value
// (`['project', 'dependencies', 3]`): the line of its key, table header or array item.

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
