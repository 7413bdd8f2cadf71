/** Days since 1970 in local time, of a moment in milliseconds. */
const localDay = (ms: number) => Math.floor((ms - new Date(ms).getTimezoneOffset() * 6e4) / 864e5);

/**
 * Whether `now` falls on a later calendar day (local time) than the reader's first visit, from what
 * boot.ts stored then: its time in milliseconds, or, as stored before December 2026, its day number.
 * Nothing stored, or something unreadable, is not a later day: the whole copy waits for the reader.
 */
export function laterDay(first: string | null, now = Date.now()): boolean {
  const stored = first ? Number(first) : NaN;
  return Number.isFinite(stored) && (stored < 1e9 ? stored : localDay(stored)) < localDay(now);
}
