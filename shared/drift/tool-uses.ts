// Packages a project uses without importing them: command-line tools its scripts, CI workflows, tox/nox sessions,
// Makefiles, Dockerfiles and MLproject entry points run, and the Sphinx extensions and theme docs/conf.py names.
// Read from the files themselves, as text: a word in command position, never a guess from the package's name alone.

import { invokedPrograms } from '../scan/pip-install-command.js';
import { TOOL_CONFIG_FILES } from './never-imported.js';

const name = (path: string) => path.slice(path.lastIndexOf('/') + 1);

/** Files whose text says which programs a project runs. */
export function isToolFile(path: string): boolean {
  const base = name(path);
  if (/^\.github\/workflows\/[^/]+\.ya?ml$/.test(path)) return true;
  if (/^(GNUmakefile|[Mm]akefile|justfile|Justfile|Procfile|MLproject|tox\.ini|\.pre-commit-config\.ya?ml)$/.test(base)) return true;
  return /\.(sh|bash|mk)$/.test(base) || /^Dockerfile/.test(base) || /\.dockerfile$/i.test(base);
}

/** The shell command lines a tool file holds. */
function commandLines(path: string, text: string): string[] {
  const base = name(path);
  const lines = text.split(/\r?\n/);
  if (/^(GNUmakefile|[Mm]akefile)$|\.mk$/.test(base)) {
    // Recipe lines; `@` (silent) and `-` (ignore errors) prefixes are make's, not the shell's.
    return lines.filter((l) => l.startsWith('\t')).map((l) => l.trim().replace(/^[@+-]+/, ''));
  }
  if (/^Dockerfile|\.dockerfile$/i.test(base)) {
    return lines.map((l) => /^\s*(?:RUN|CMD|ENTRYPOINT)\s+(.*)$/i.exec(l)?.[1] ?? '').map((l) => l.replace(/^\[|\]$|"|,/g, ' '));
  }
  if (/\.ya?ml$/.test(base) || base === 'MLproject') {
    // `run:` / `command:` / `entry:` values and the lines of their blocks; other keys are not commands.
    return lines
      .map((l) => l.replace(/^\s*-\s+/, ' ').trim())
      .map((l) => /^(?:run|command|entry|script)\s*:\s*(.*)$/.exec(l)?.[1] ?? (/^[\w.-]+\s*:(\s|$)/.test(l) ? '' : l))
      .map((l) => l.replace(/^[|>][-+]?\s*$/, '').replace(/^["']|["']$/g, ''));
  }
  if (base === 'tox.ini') return lines.map((l) => l.replace(/^\s*[\w-]+\s*=\s*/, '').replace(/^\s*-/, '').trim());
  return lines;
}

/** The programs (and `python -m` modules) a tool file runs. */
export function programsIn(path: string, text: string): string[] {
  return commandLines(path, text).flatMap((line) => (line ? invokedPrograms(line) : []));
}

/** noxfile.py sessions: `session.run("black", ...)`. */
export function noxPrograms(text: string): string[] {
  return [...text.matchAll(/\bsession\.run\(\s*(?:\*\w+\s*,\s*)?["']([\w.-]+)["']/g)].map((m) => m[1]!);
}

/** The Sphinx extensions and HTML theme a docs `conf.py` names, as modules (`sphinx_gallery.gen_gallery`, `furo`). */
export function sphinxModules(text: string): string[] {
  const modules: string[] = [];
  for (const m of text.matchAll(/^\s*extensions\s*(?:\+?=|\.extend\()\s*[[(]([^\])]*)[\])]/gms)) {
    for (const s of m[1]!.matchAll(/["']([\w.]+)["']/g)) modules.push(s[1]!);
  }
  for (const m of text.matchAll(/^\s*extensions\.append\(\s*["']([\w.]+)["']/gm)) modules.push(m[1]!);
  for (const m of text.matchAll(/^\s*html_theme\s*=\s*["']([\w.-]+)["']/gm)) modules.push(m[1]!.replace(/-/g, '_'));
  return modules;
}

/**
 * Tools a configuration file configures: `[tool.black]` in pyproject.toml, `[flake8]` / `[tool:pytest]` /
 * `[coverage:run]` in setup.cfg or tox.ini, pre-commit hook ids, `--cov` (pytest-cov drives coverage), and what the
 * file's own name says (`.pylintrc`, `mypy.ini`, `ruff.toml`, `tasks.py`).
 */
export function configuredTools(path: string, text: string | undefined): string[] {
  const base = name(path);
  const found = [TOOL_CONFIG_FILES[base] ?? base.replace(/^\./, '').replace(/(\.(ini|cfg|toml|ya?ml|json))$/, '').replace(/rc$/, '')];
  if (text === undefined) return found;
  if (base === 'pyproject.toml') for (const m of text.matchAll(/^\s*\[+tool\.([\w-]+)/gm)) found.push(m[1]!);
  else if (/\.(cfg|ini)$|^\.flake8$/.test(base)) for (const m of text.matchAll(/^\s*\[(?:tool:)?([\w-]+)/gm)) found.push(m[1]!);
  if (/^\.pre-commit-config\.ya?ml$/.test(base)) for (const m of text.matchAll(/^\s*-?\s*id:\s*["']?([\w.-]+)/gm)) found.push(m[1]!);
  if (/--cov\b/.test(text)) found.push('coverage');
  return found;
}
