/** Dates written the French way, always in UTC so a build gives the same text wherever it runs. */

const long = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const monthYear = new Intl.DateTimeFormat('fr-FR', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "5 mars 2024"; the first of the month reads "1er mars 2024". */
export function formatDate(date: Date): string {
  return long.format(date).replace(/^1 /, '1er ');
}

/** "mars 2024". */
export function formatMonth(date: Date): string {
  return monthYear.format(date);
}

/** "2024-03-05", for <time datetime>, feeds and data exports. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** "depuis mars 2024", "de mars 2022 à juin 2023". */
export function formatPeriod(start: Date, end?: Date): string {
  return end ? `de ${formatMonth(start)} à ${formatMonth(end)}` : `depuis ${formatMonth(start)}`;
}

/** Whole months from `from` to `to` (negative if `to` is earlier). */
export function monthsBetween(from: Date, to: Date): number {
  const months = (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + (to.getUTCMonth() - from.getUTCMonth());
  return to.getUTCDate() < from.getUTCDate() ? months - 1 : months;
}

/** An entry not reviewed (or published, or updated) for this many months shows a notice. */
export const REVIEW_AFTER_MONTHS = 24;

/** The latest of the review, update and publication dates: what "up to date as of" means. */
export function lastChecked(d: { publie: Date; misAJour?: Date | undefined; revuLe?: Date | undefined }): Date {
  return [d.publie, d.misAJour, d.revuLe].filter((x): x is Date => x instanceof Date).reduce((a, b) => (b > a ? b : a));
}

/** True when the entry should carry the "à revoir" notice on `today`. */
export function needsReview(d: { publie: Date; misAJour?: Date | undefined; revuLe?: Date | undefined }, today: Date): boolean {
  return monthsBetween(lastChecked(d), today) >= REVIEW_AFTER_MONTHS;
}
