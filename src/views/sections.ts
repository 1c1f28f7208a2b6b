/** Blocks of cards shared by the view models. */
import type { CardData } from './types.ts';

/**
 * A block that shows only the first `limit` items as cards: how many there are in all, those cards, and the
 * link to see them all (computed only when some are left out).
 */
export function firstCards<T, More>(items: readonly T[], limit: number, card: (item: T) => CardData, more: () => More) {
  return {
    count: items.length,
    cards: items.slice(0, limit).map(card),
    more: items.length > limit ? more() : undefined,
  };
}

/** « Ce qui a aidé » then « Ce qui a freiné », each column only when it has items (a case study, the replications). */
export function helpedHindered(helped: string[], hindered: string[]) {
  return [
    { titre: 'Ce qui a aidé', items: helped },
    { titre: 'Ce qui a freiné', items: hindered },
  ].filter((c) => c.items.length > 0);
}
