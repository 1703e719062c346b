// Which GitHub repository a clone's remote points at, and that server's API: github.com or an Enterprise Server.

export interface GitHubRemote {
  host: string;
  owner: string;
  repo: string;
  /** https://api.github.com, or https://HOST/api/v3 for an Enterprise Server. */
  apiUrl: string;
}

/** `https://github.com/o/r.git`, `git@github.com:o/r.git`, `ssh://git@host/o/r`; undefined for anything else. */
export function parseGitHubRemote(url: string): GitHubRemote | undefined {
  const trimmed = url.trim();
  let host: string;
  let pathPart: string;
  const scp = /^[\w.-]+@([\w.-]+):(?!\/)(.+)$/.exec(trimmed);
  if (scp) [, host, pathPart] = scp as unknown as [string, string, string];
  else {
    let parsed: URL;
    try {
      parsed = new URL(trimmed);
    } catch {
      return undefined;
    }
    if (!['https:', 'http:', 'ssh:', 'git:'].includes(parsed.protocol)) return undefined;
    host = parsed.hostname;
    try {
      pathPart = decodeURIComponent(parsed.pathname);
    } catch {
      return undefined; // `%` not followed by an escape of UTF-8
    }
  }
  const parts = pathPart.replace(/^\/+/, '').replace(/\/+$/, '').replace(/\.git$/, '').split('/');
  // Owner and repository names are letters, digits, `-`, `_` and `.`; `..` would walk out of the API's /repos/ path.
  if (parts.length !== 2 || !parts.every((p) => /^[\w.-]+$/.test(p) && p !== '.' && p !== '..')) return undefined;
  const [owner, repo] = parts as [string, string];
  const apiUrl = host === 'github.com' ? 'https://api.github.com' : `https://${host}/api/v3`;
  return { host, owner, repo, apiUrl };
}
