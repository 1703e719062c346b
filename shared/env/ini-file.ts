// INI files the way Python's configparser reads setup.cfg: `[section]` headers, `key = value` or `key: value`,
// continuation lines indented deeper than their key, full-line `#`/`;` comments (skipped, also inside values), no
// inline comments. Problems configparser raises on (a line outside any section, a line that is not an option,
// a duplicate section or option) are collected with their line, and reading goes on.

import { splitLines } from '../text/lines.js';

export interface IniValueLine {
  text: string;
  line: number;
}

export interface IniOption {
  key: string;
  line: number;
  /** The text after the delimiter, then each continuation line, stripped; trailing empty lines removed. */
  lines: IniValueLine[];
}

export interface IniSection {
  name: string;
  line: number;
  options: Map<string, IniOption>;
}

export interface IniFile {
  sections: Map<string, IniSection>;
  errors: { line: number; message: string }[];
}

const option = /^(.*?)\s*[=:]\s*(.*)$/;

export function readIni(text: string): IniFile {
  const sections = new Map<string, IniSection>();
  const errors: IniFile['errors'] = [];
  let section: IniSection | undefined;
  let current: IniOption | undefined;
  let keyIndent = Number.MAX_SAFE_INTEGER;
  splitLines(text).forEach((raw, n) => {
    const line = n + 1;
    const stripped = raw.trim();
    if (stripped.startsWith('#') || stripped.startsWith(';')) return;
    if (stripped === '') {
      current?.lines.push({ text: '', line });
      return;
    }
    const indent = raw.search(/\S/);
    if (current && indent > keyIndent) {
      current.lines.push({ text: stripped, line });
      return;
    }
    keyIndent = indent;
    current = undefined;
    const header = /^\[(.+)\]/.exec(stripped);
    if (header) {
      const name = header[1]!;
      section = sections.get(name);
      if (section) errors.push({ line, message: `section [${name}] is declared twice` });
      else {
        section = { name, line, options: new Map() };
        sections.set(name, section);
      }
      return;
    }
    const m = option.exec(stripped);
    if (!m || m[1] === '') {
      errors.push({ line, message: `"${stripped}" is neither a [section] nor a key = value line` });
      return;
    }
    if (!section) {
      const message = 'no [section] header before this line';
      if (!errors.some((e) => e.message === message)) errors.push({ line, message });
      return;
    }
    const key = m[1]!;
    if (section.options.has(key)) {
      errors.push({ line, message: `${key} is set twice in [${section.name}]` });
      return;
    }
    current = { key, line, lines: [{ text: m[2]!, line }] };
    section.options.set(key, current);
  });
  for (const s of sections.values()) {
    for (const o of s.options.values()) while (o.lines.length > 1 && o.lines[o.lines.length - 1]!.text === '') o.lines.pop();
  }
  return { sections, errors };
}
