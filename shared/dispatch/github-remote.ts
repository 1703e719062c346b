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
    pathPart = decodeURIComponent(parsed.pathname);
  }
  const parts = pathPart.replace(/^\/+/, '').replace(/\/+$/, '').replace(/\.git$/, '').split('/');
  if (parts.length !== 2 || !parts[0] || !parts[1]) return undefined;
  const [owner, repo] = parts as [string, string];
  const apiUrl = host === 'github.com' ? 'https://api.github.com' : `https://${host}/api/v3`;
  return { host, owner, repo, apiUrl };
}
