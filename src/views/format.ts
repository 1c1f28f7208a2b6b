/** Number formats shared by the view models. */

/** "250 000 €": amounts of funding, whole euros. */
export const euros = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });

/** "1 lab", "3 labs": a count and its noun, singular up to one. */
export const plural = (n: number, one: string, many: string): string => `${n} ${n > 1 ? many : one}`;
