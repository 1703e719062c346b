// Files name the files they pull in relative to their own folder; the model keeps paths relative to the analysed root.

import path from 'node:path';

/** Root-relative path of `target` named in `fromFile`; undefined when it is absolute or leaves the root. */
export function resolveInclude(fromFile: string, target: string): string | undefined {
  const wanted = target.trim().replace(/\\/g, '/');
  if (wanted === '' || path.posix.isAbsolute(wanted) || /^[A-Za-z]:\//.test(wanted)) return undefined;
  const joined = path.posix.normalize(path.posix.join(path.posix.dirname(fromFile), wanted));
  if (joined === '..' || joined.startsWith('../') || joined === '.') return undefined;
  return joined.replace(/^\.\//, '');
}
