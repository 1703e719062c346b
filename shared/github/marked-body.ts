// The part of a pull request body that a bot owns, between hidden markers: each run replaces that part and keeps
// whatever people wrote around it.

/** GitHub refuses bodies longer than this many characters. */
export const maxBodyLength = 65536;

export function markers(id: string): { start: string; end: string } {
  return { start: `<!-- ${id}:start -->`, end: `<!-- ${id}:end -->` };
}

/** The bot's section alone, cut to fit GitHub's limit with a pointer to where the whole text is. */
export function markedSection(id: string, content: string, overflowNote = 'The rest is in the job summary.'): string {
  const { start, end } = markers(id);
  const room = maxBodyLength - start.length - end.length - 2 - overflowNote.length - 64;
  // A marker inside the content would end the section early next time: it is shown, not hidden, as text.
  const safe = content.replaceAll(start, `&lt;${start.slice(1)}`).replaceAll(end, `&lt;${end.slice(1)}`);
  const text = safe.length > room ? `${safe.slice(0, safe.lastIndexOf('\n', room) > 0 ? safe.lastIndexOf('\n', room) : room)}\n\n… ${overflowNote}` : safe;
  return `${start}\n${text.trimEnd()}\n${end}`;
}

/**
 * `existing` with its marked section replaced by `section` (a `markedSection`). Without markers — a body people
 * rewrote entirely, or none — the section becomes the whole body.
 */
export function replaceMarkedSection(existing: string | null | undefined, id: string, section: string): string {
  const { start, end } = markers(id);
  const text = existing ?? '';
  const from = text.indexOf(start);
  const to = text.indexOf(end, from + start.length);
  if (from < 0 || to < 0) return section;
  const replaced = text.slice(0, from) + section + text.slice(to + end.length);
  return replaced.length <= maxBodyLength ? replaced : section;
}
