/**
 * Checks a reader would make between two places that state the same fact: a duration written in a case
 * study against its dates, and a method's written duration against its `duree`. Pure, run on the whole
 * corpus by a unit test (tests/unit/content/consistency.test.ts); what a machine cannot decide (a lab page and its case study describing the same
 * service) is fixed in the text.
 */
import { monthsBetween } from '../../src/lib/dates.ts';

const NUMBERS: Record<string, number> = {
  un: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  six: 6,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
  onze: 11,
  douze: 12,
  quinze: 15,
  vingt: 20,
  'vingt-quatre': 24,
  trente: 30,
  'dix-huit': 18,
};
const number = (word: string): number | undefined => (/^\d+$/.test(word) ? Number(word) : NUMBERS[word.toLowerCase()]);

/** "au bout de neuf mois", "a duré 12 mois", and a figure "9 mois" counting the pilot's own length. */
export function projectDurationClaims(text: string, figures: readonly { valeur: string; libelle: string }[]): number[] {
  const claims: number[] = [];
  for (const m of text.matchAll(/\b(?:au bout de|a duré|ont duré|une durée de)\s+([\p{L}\d-]+)\s+mois\b/giu)) {
    const n = number(m[1] ?? '');
    if (n !== undefined) claims.push(n);
  }
  for (const f of figures) {
    const m = /^(\d+)\s*mois$/.exec(f.valeur.trim());
    if (m && /durée|pilote|expérimentation/i.test(f.libelle)) claims.push(Number(m[1]));
  }
  return claims;
}

/** A written duration of a project that its dates contradict (more than a month apart), with both numbers. */
export function durationMismatch(
  p: { debut: Date; fin?: Date | undefined; chiffres: readonly { valeur: string; libelle: string }[] },
  body: string,
): { claimed: number; dates: number } | undefined {
  if (!p.fin) return undefined;
  const dates = monthsBetween(p.debut, p.fin);
  const claimed = projectDurationClaims(body, p.chiffres).find((n) => Math.abs(n - dates) > 1);
  return claimed === undefined ? undefined : { claimed, dates };
}

/** A range "45 à 60 minutes" in a method's text, in the unit of its `duree`, that differs from it. */
export function methodDurationMismatch(
  duree: { min: number; max?: number | undefined; unite: string },
  text: string,
): { written: string; duree: string } | undefined {
  const unit = duree.unite.replace(/s$/, '');
  const re = new RegExp(`\\b(\\d+)\\s*(?:à|-|–)\\s*(\\d+)\\s*${unit}s?\\b`, 'giu');
  const expected = `${duree.min} à ${duree.max ?? duree.min} ${duree.unite}`;
  for (const m of text.matchAll(re)) {
    const [min, max] = [Number(m[1]), Number(m[2])];
    if (min !== duree.min || max !== (duree.max ?? duree.min)) return { written: m[0], duree: expected };
  }
  return undefined;
}
