// A canonical hash of the declared environment: the same packages, versions, extras, markers, channels and Python
// give the same hash, whatever the file layout, order, spacing, comments or quoting. setup-env keys its cache on it.

import { createHash } from 'node:crypto';
import type { PackagingFile } from './model.js';

const canonicalSpecifier = (s: string) => s.replace(/\s+/g, '').split(',').filter(Boolean).sort().join(',');
const canonicalMarker = (m: string) => m.replace(/'/g, '"').replace(/\s+/g, ' ').replace(/\s*([<>=!~]=?|===?)\s*/g, '$1').trim();

export function environmentHash(files: readonly PackagingFile[]): string {
  const entries = new Set<string>();
  for (const file of files) {
    if (file.python) entries.add(`python ${canonicalSpecifier(file.python.specifier)}`);
    file.channels.forEach((channel, i) => entries.add(`channel ${i} ${channel}`));
    for (const d of file.dependencies) {
      const extras = [...d.extras].map((e) => e.toLowerCase()).sort().join(',');
      entries.add(
        [
          d.ecosystem,
          d.group,
          d.normalized,
          extras && `[${extras}]`,
          canonicalSpecifier(d.specifier),
          d.marker ? `; ${canonicalMarker(d.marker)}` : '',
          d.url ? `@ ${d.url}` : '',
          d.build ? `build=${d.build}` : '',
          d.channel ? `channel=${d.channel}` : '',
          d.constraintOnly ? 'constraint' : '',
          d.editable ? 'editable' : '',
        ].join(' '),
      );
    }
  }
  const text = [...entries].sort().join('\n');
  return createHash('sha256').update(text).digest('hex');
}
