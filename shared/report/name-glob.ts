// Shell-style patterns for names a user picks from a list (experiments, artifact paths): `*` any run of characters
// (not `/` when `slashes` is set), `**` anything, `?` one character, `[abc]` a class. Everything else is literal.

export function globToRegExp(pattern: string, options: { slashes?: boolean } = {}): RegExp {
  const any = options.slashes ? '[^/]*' : '.*';
  const one = options.slashes ? '[^/]' : '.';
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '*') {
      if (pattern[i + 1] === '*') {
        // `**/` also matches nothing, so `**/x.json` finds a top-level x.json.
        if (pattern[i + 2] === '/') {
          source += '(?:.*/)?';
          i += 2;
        } else {
          source += '.*';
          i += 1;
        }
      } else {
        source += any;
      }
    } else if (c === '?') {
      source += one;
    } else if (c === '[') {
      const end = pattern.indexOf(']', i + 2);
      // `]` first in a class is one of its characters; a class the RegExp cannot take (`[z-a]`) is literal text.
      const body = end < 0 ? '' : pattern.slice(i + 1, end).replace(/^!/, '^').replace(/[\\\]]/g, '\\$&');
      if (end < 0 || !validClass(body)) {
        source += '\\[';
      } else {
        source += `[${body}]`;
        i = end;
      }
    } else {
      source += c.replace(/[.+^${}()|\\\]]/g, '\\$&');
    }
  }
  return new RegExp(`^${source}$`, 'u');
}

function validClass(body: string): boolean {
  try {
    new RegExp(`[${body}]`, 'u');
    return true;
  } catch {
    return false;
  }
}

export function isGlob(pattern: string): boolean {
  return /[*?[]/.test(pattern);
}
