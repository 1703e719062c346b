// Fixture access for the packaging parser tests: files under __tests__/fixtures/packaging/<folder>, read through a
// FileReader rooted there, as the loader would.

import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Dependency, FileReader } from '../../../shared/env/model.js';

const root = path.join(process.cwd(), '__tests__', 'fixtures', 'packaging');

export function fixtureReader(folder: string): FileReader {
  return {
    read(relative) {
      const full = path.join(root, folder, relative);
      return existsSync(full) && statSync(full).isFile() ? readFileSync(full, 'utf8') : undefined;
    },
  };
}

export function fixtureText(folder: string, file: string): string {
  return readFileSync(path.join(root, folder, file), 'utf8');
}

/** The parts of a dependency the tests compare: where it is declared and what it asks for. */
export function summary(d: Dependency): string {
  const extras = d.extras.length ? `[${d.extras.join(',')}]` : '';
  const url = d.url ? ` @ ${d.url}${d.editable ? ' (editable)' : ''}` : '';
  const marker = d.marker ? ` ; ${d.marker}` : '';
  return `${d.file}:${d.line} ${d.group} ${d.name}${extras}${d.specifier}${url}${marker}`;
}

/** An in-memory FileReader. */
export function memoryReader(files: Record<string, string> = {}): FileReader {
  return { read: (p) => (Object.hasOwn(files, p) ? files[p] : undefined) };
}
