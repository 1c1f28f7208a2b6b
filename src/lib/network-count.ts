/**
 * How many interministerial labs the network counts, as last published, so that the map and the region
 * pages can say how many of them the site lists, and never imply a region has no lab when it is only
 * unknown here.
 */

/** The network's own count, with its source (LABS-FACTS.md §1.0). */
export const NETWORK_COUNT = {
  labs: 17,
  when: 'fin 2025',
  source: {
    titre: 'La DITP salue l’élan territorial des Assises de l’innovation publique',
    url: 'https://www.horizonspublics.fr/la-ditp-salue-lelan-territorial-des-assises-de-linnovation-publique',
    editeur: 'Horizons publics',
  },
} as const;

/** "Le Carnet présente 16 labs en activité et 1 fermé ; le réseau compte 17 laboratoires interministériels (fin 2025)." */
export function networkSentence(labs: readonly { data: { actif: boolean } }[]): string {
  const active = labs.filter((l) => l.data.actif).length;
  const closed = labs.length - active;
  const s = (n: number) => (n > 1 ? 's' : '');
  return `Le Carnet présente ${active} lab${s(active)} en activité${closed ? ` et ${closed} fermé${s(closed)}` : ''} ; selon la DITP, le réseau compte ${NETWORK_COUNT.labs} laboratoires interministériels auprès des préfets de région (${NETWORK_COUNT.when}).`;
}

/** What a region with no lab in the Carnet reads: unknown here, not absent. */
export const NO_KNOWN_LAB = 'aucun lab connu du Carnet';
