// setup.cfg, read as setuptools does: [metadata] name, [options] install_requires / setup_requires / tests_require /
// python_requires, [options.extras_require]. A requirement list is one requirement per line when the value spans
// lines, otherwise split at `;` (which is why a marker on a one-line value is a mistake), or `file: a.txt, b.txt`.

import { validRange } from '@renovatebot/pep440';
import { readIni, type IniOption, type IniSection } from './ini-file.js';
import type { FileReader, PackagingFile } from './model.js';
import { PackagingFileBuilder } from './packaging-file.js';
import { addPep508Dependency } from './pep508-dependency.js';
import { setuptoolsRequirements, type RequirementLine } from './setuptools-lines.js';

const requirementOptions: Record<string, string> = { install_requires: 'main', setup_requires: 'build', tests_require: 'test' };
const markerVariables = [
  'python_version', 'python_full_version', 'os_name', 'sys_platform', 'platform_release', 'platform_system',
  'platform_version', 'platform_machine', 'platform_python_implementation', 'implementation_name',
  'implementation_version', 'extra',
];
const markerStart = new RegExp(`^(${markerVariables.join('|')})\\s*(==|!=|<=|>=|<|>|~=|===|not\\s+in|in)`);

/** An option by setuptools' name; `install-requires` is the deprecated spelling of `install_requires`. */
function get(section: IniSection | undefined, key: string): IniOption | undefined {
  if (!section) return undefined;
  for (const o of section.options.values()) if (o.key.replace(/-/g, '_') === key) return o;
  return undefined;
}

export function parseSetupCfg(file: string, text: string, _reader: FileReader): PackagingFile[] {
  const b = new PackagingFileBuilder(file, 'setup.cfg', 'setup-cfg');
  const ini = readIni(text);
  for (const e of ini.errors) b.report('error', 'syntax', e.message, e.line);
  const options = ini.sections.get('options');

  const name = get(ini.sections.get('metadata'), 'name');
  if (name?.lines[0]?.text) b.file.name = name.lines[0].text;

  const python = get(options, 'python_requires');
  if (python) {
    const written = python.lines.map((l) => l.text).join('');
    const specifier = written.replace(/\s+/g, '');
    if (!validRange(specifier)) {
      b.report('warning', 'python-requires', `python_requires "${written}" is not a PEP 440 specifier`, python.line);
    }
    b.file.python = { specifier, file, line: python.line };
  }

  for (const [key, group] of Object.entries(requirementOptions)) {
    const o = get(options, key);
    if (o) readRequirements(b, o, group);
  }
  for (const o of ini.sections.get('options.extras_require')?.options.values() ?? []) readRequirements(b, o, o.key);
  return [b.file];
}

function readRequirements(b: PackagingFileBuilder, o: IniOption, group: string): void {
  const lines = o.lines.length > 1 ? o.lines : splitOneLine(b, o);
  const first = lines.find((l) => l.text.trim() !== '');
  if (first?.text.trim().startsWith('file:')) {
    const files = lines.map((l) => l.text).join(',').trim().slice('file:'.length);
    for (const f of files.split(',')) if (f.trim()) b.include(f.trim(), first.line);
    return;
  }
  for (const req of setuptoolsRequirements(lines)) addPep508Dependency(b, req.text, req.line, group);
}

/** A one-line value is split at `;`; a part that is a marker was meant for the requirement before it. */
function splitOneLine(b: PackagingFileBuilder, o: IniOption): RequirementLine[] {
  const only = o.lines[0]!;
  if (only.text.trim().startsWith('file:')) return [only];
  const parts = only.text.split(';').map((text) => ({ text, line: only.line }));
  return parts.filter((part, n) => {
    if (n === 0 || !markerStart.test(part.text.trim())) return true;
    const message =
      `setuptools splits a one-line ${o.key} at ";", so "${part.text.trim()}" is read as a requirement, ` +
      'not as a marker: put each requirement on its own line';
    b.report('warning', 'marker-on-one-line', message, only.line);
    return false;
  });
}
