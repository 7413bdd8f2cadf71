/**
 * The fragment of an address that the page has no element for, percent-decoded, or undefined
 * when there is nothing to land on (no fragment, `#top`, or an id the page has).
 */
export function missingFragment(hash: string, hasId: (id: string) => boolean): string | undefined {
  const raw = hash.replace(/^#/, '');
  if (!raw) return undefined;
  let id = raw;
  try {
    id = decodeURIComponent(raw);
  } catch {
    // A stray "%" that is not an escape: the id as typed.
  }
  // Browsers scroll "#top" to the top of any page that has no such id.
  if (hasId(raw) || hasId(id) || id.toLowerCase() === 'top') return undefined;
  return id;
}
