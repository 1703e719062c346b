// nbdev's settings.ini: an nbdev project keeps its packaging in the `[DEFAULT]` section and its setup.py only reads it
// (`config.read('settings.ini')`). pip installs `requirements` plus `pip_requirements` (`conda_requirements` is for
// conda builds only), `dev_requirements` become the `dev` extra (any other `<x>_requirements`, the `x` extra) and
// `min_python` the `python_requires` lower bound.
// Each value is a whitespace-separated list of PEP 508 requirements, as setup.py's `.split()` reads it.

import { readIni, type IniFile, type IniOption, type IniSection } from './ini-file.js';
import type { FileReader, PackagingFile } from './model.js';
import { PackagingFileBuilder } from './packaging-file.js';
import { addPep508Dependency } from './pep508-dependency.js';

const requirementKeys: Record<string, string> = { requirements: 'main', pip_requirements: 'main', dev_requirements: 'dev' };

/** The `[DEFAULT]` section when it is nbdev's (it names the library), else undefined: a settings.ini of something else. */
function nbdevDefaults(ini: IniFile): IniSection | undefined {
  const defaults = ini.sections.get('DEFAULT');
  return defaults?.options.has('lib_name') ? defaults : undefined;
}

export function nbdevSettings(text: string): IniSection | undefined {
  return nbdevDefaults(readIni(text));
}

export function parseNbdevSettings(file: string, text: string, _reader: FileReader): PackagingFile[] {
  const ini = readIni(text);
  const defaults = nbdevDefaults(ini);
  if (!defaults) return []; // not nbdev's: nothing declared here
  const b = new PackagingFileBuilder(file, 'nbdev', 'nbdev');
  for (const e of ini.errors) b.report('error', 'syntax', e.message, e.line);
  const name = defaults.options.get('lib_name')!.lines[0]?.text;
  if (name && !name.includes('%(')) b.file.name = name;
  const python = defaults.options.get('min_python');
  const version = python?.lines[0]?.text.trim();
  if (python && version) {
    if (/^\d+(\.\d+)*$/.test(version)) b.file.python = { specifier: `>=${version}`, file, line: python.line };
    else b.report('warning', 'python-requires', `min_python "${version}" is not a Python version`, python.line);
  }
  for (const [key, group] of Object.entries(requirementKeys)) {
    const option = defaults.options.get(key);
    if (option) readRequirements(b, option, group);
  }
  // Projects add their own `<extra>_requirements` keys, which their setup.py maps to extras_require (statsforecast's
  // dask_requirements, ray_requirements).
  for (const option of defaults.options.values()) {
    const extra = /^(\w+)_requirements$/.exec(option.key)?.[1];
    if (extra && !Object.hasOwn(requirementKeys, option.key) && extra !== 'conda') readRequirements(b, option, extra);
  }
  return [b.file];
}

function readRequirements(b: PackagingFileBuilder, option: IniOption, group: string): void {
  for (const { text, line } of option.lines) {
    for (const requirement of text.split(/\s+/)) if (requirement !== '') addPep508Dependency(b, requirement, line, group);
  }
}
