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
