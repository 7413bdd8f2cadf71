/**
 * A resource's publication date as the sources give it. A citation year is not a publication
 * date, so the schema lets an author say "unknown", or name both years when sources disagree,
 * instead of forcing one year.
 */

/** What `published:` may hold: `2022`, `2019–2021`, `2016 or 2017`, or `unknown`. */
export const PUBLISHED_PATTERN = /^(\d{4}(–\d{4}| or \d{4})?|unknown)$/;

/** The text a reader sees for a `published:` value. */
export function publishedLabel(published: string): string {
  return published === 'unknown' ? 'Not known' : published;
}
