// Reads the packages out of `pip install` commands typed into notebooks (`!pip install -q torch "numpy<2"`,
// `%pip install x`, `!{sys.executable} -m pip install x`, `!uv pip install x && pip install y`). Options and their
// values are dropped; so are local paths and words IPython would fill in (`{pkg}`, `$PKG`), which name nothing
// we can know.

/** pip options (global or `install`) that consume the next word when written without `=`. */
const TAKES_VALUE = new Set([
  '-r', '--requirement', '-c', '--constraint', '-e', '--editable', '-t', '--target', '--platform', '--python-version',
  '--implementation', '--abi', '--root', '--prefix', '--src', '--upgrade-strategy', '--progress-bar', '-i',
  '--index-url', '--extra-index-url', '-f', '--find-links', '--no-binary', '--only-binary', '--global-option',
  '--install-option', '-C', '--config-settings', '--report', '--log', '--log-file', '--proxy', '--retries',
  '--timeout', '--exists-action', '--trusted-host', '--cert', '--client-cert', '--cache-dir', '--python',
  '--use-feature', '--use-deprecated', '--keyring-provider', '--root-user-action', '--group', '--build', '-b',
]);
/** Short options that take a value: in a cluster (`-qr file`) only the last letter may. */
const SHORT_TAKES_VALUE = new Set(['r', 'c', 'e', 't', 'i', 'f', 'C', 'b']);

interface Word {
  text: string;
  /** Holds `{…}` or `$…` outside single quotes: IPython or the shell substitutes it. */
  substituted: boolean;
}

/** Splits a shell line into simple commands of words (quotes, backslashes, `&& || ; | &`, redirections, comments). */
function commands(line: string): Word[][] {
  const out: Word[][] = [];
  let words: Word[] = [];
  let word: Word | null = null;
  let skipNext = false; // the target of a redirection
  const finishWord = () => {
    if (word && !skipNext) words.push(word);
    else if (word) skipNext = false;
    word = null;
  };
  const finishCommand = () => {
    finishWord();
    if (words.length) out.push(words);
    words = [];
    skipNext = false;
  };
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      finishWord();
    } else if (c === '#' && word === null) {
      break;
    } else if (c === ';' || c === '&' || c === '|' || c === '(' || c === ')') {
      finishCommand();
    } else if (c === '>' || c === '<') {
      if (word && /^\d+$/.test(word.text)) word = null; // the fd number of `2>`
      finishWord();
      if (line[i + 1] === '>') i++;
      if (line[i + 1] === '&') {
        for (i += 2; i < line.length && /[\d-]/.test(line[i]!); ) i++; // `2>&1`, `>&-`: no file word
        i--;
      } else {
        skipNext = true;
      }
    } else {
      word ??= { text: '', substituted: false };
      if (c === "'") {
        const end = line.indexOf("'", i + 1);
        const stop = end < 0 ? line.length : end;
        word.text += line.slice(i + 1, stop);
        i = stop;
      } else if (c === '"') {
        let j = i + 1;
        for (; j < line.length && line[j] !== '"'; j++) {
          if (line[j] === '\\' && j + 1 < line.length) j++;
          if (line[j] === '$' || line[j] === '{') word.substituted = true;
          word.text += line[j];
        }
        i = j;
      } else if (c === '\\') {
        if (i + 1 < line.length) word.text += line[++i];
      } else {
        if (c === '$' || c === '{') word.substituted = true;
        word.text += c;
      }
    }
  }
  finishCommand();
  return out;
}

/** The arguments after `pip`, or null when the command does not run pip. */
function pipArguments(words: Word[]): Word[] | null {
  let i = 0;
  while (i < words.length && (words[i]!.text === 'sudo' || /^[A-Za-z_]\w*=/.test(words[i]!.text))) i++;
  const first = words[i];
  if (!first) return null;
  const program = first.text.slice(first.text.lastIndexOf('/') + 1);
  if (/^pip(\d+(\.\d+)?)?$/.test(program)) return words.slice(i + 1);
  if (program === 'uv' && words[i + 1]?.text === 'pip') return words.slice(i + 2);
  if (/^python(\d+(\.\d+)?)?$/.test(program) || program === 'py' || first.substituted) {
    for (let j = i + 1; j < words.length; j++) {
      const w = words[j]!.text;
      if (w === '-m') return words[j + 1]?.text === 'pip' ? words.slice(j + 2) : null;
      if (w === '-mpip') return words.slice(j + 1);
      if (!w.startsWith('-')) return null;
    }
  }
  return null;
}

/** The packages of an `install` after pip's own arguments, or null when pip is asked for something else. */
function installedPackages(args: Word[]): string[] | null {
  let i = 0;
  for (; i < args.length && args[i]!.text.startsWith('-'); i++) if (takesValue(args[i]!.text)) i++;
  if (args[i]?.text !== 'install') return null;
  const packages: string[] = [];
  for (i++; i < args.length; i++) {
    const { text, substituted } = args[i]!;
    if (text.startsWith('-')) {
      if (takesValue(text)) i++;
    } else if (!substituted && text !== '' && !/^[./~]/.test(text)) {
      packages.push(text);
    }
  }
  return packages;
}

function takesValue(option: string): boolean {
  if (option.startsWith('--')) return !option.includes('=') && TAKES_VALUE.has(option);
  // optparse clusters: `-qU` are flags; at the first letter that takes a value, the rest of the word is that value.
  for (let k = 1; k < option.length; k++) if (SHORT_TAKES_VALUE.has(option[k]!)) return k === option.length - 1;
  return false;
}

/**
 * The packages named by each `pip install` in a shell line, one list per pip run (an empty list for
 * `pip install -r requirements.txt`). `command` is the line without IPython's `!` or `%`.
 */
export function pipInstallPackages(command: string): string[][] {
  const found: string[][] = [];
  for (const words of commands(command)) {
    const args = pipArguments(words);
    const packages = args && installedPackages(args);
    if (packages) found.push(packages);
  }
  return found;
}

/** Launchers whose `run` names the program they start: `uv run pytest`, `poetry run black`, `conda run -n env x`. */
const LAUNCHERS = new Set(['uv', 'poetry', 'pipenv', 'pdm', 'hatch', 'rye', 'conda', 'mamba', 'micromamba', 'pixi', 'pipx']);
/** Words that run the command after them. */
const PREFIXES = new Set(['sudo', 'env', 'time', 'exec', 'nohup', 'xargs', 'command', 'then', 'do', 'else', 'if', 'while', '!']);
/** Launcher options that take a value. */
const LAUNCHER_VALUES = new Set(['-n', '--name', '-p', '--prefix', '-e', '--env', '--with', '--from', '--python']);

/** The first word from `from` on that is not an option (or a launcher option's value). */
function firstProgram(words: Word[], from: number): string | undefined {
  for (let j = from; j < words.length; j++) {
    const text = words[j]!.text;
    if (!text.startsWith('-')) return text;
    if (LAUNCHER_VALUES.has(text)) j++;
  }
  return undefined;
}

/**
 * The programs a shell line runs: each simple command's program (its base name), the module of `python -m x` (also
 * `coverage run -m pytest`), and what launchers start (`uv run pytest`, `uvx ruff`, `conda run -n env black`).
 */
export function invokedPrograms(command: string): string[] {
  const found: string[] = [];
  for (const words of commands(command)) {
    let i = 0;
    while (i < words.length && (PREFIXES.has(words[i]!.text) || /^[A-Za-z_]\w*=/.test(words[i]!.text))) i++;
    const first = words[i];
    // `$(PYTHON) -m pytest`: the program is unknown, the module below is not.
    if (first && !first.substituted) {
      const program = first.text.replace(/^.*\//, '');
      found.push(program);
      let launched: string | undefined;
      if (program === 'uvx') launched = firstProgram(words, i + 1);
      else if (LAUNCHERS.has(program)) {
        const run = words.findIndex((w, k) => k > i && (w.text === 'run' || w.text === 'exec'));
        if (run > 0) launched = firstProgram(words, run + 1);
      }
      if (launched) found.push(launched.replace(/^.*\//, ''));
    }
    for (let j = i; j < words.length - 1; j++) if (words[j]!.text === '-m') found.push(words[j + 1]!.text);
  }
  return found.filter((p) => /^[A-Za-z0-9][\w.-]*$/.test(p));
}
