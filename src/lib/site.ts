/** Facts about the site itself, shown in the header, footer and legal pages. */
export const SITE = {
  name: 'Carnet des labs',
  tagline: 'Projets, méthodes et bonnes pratiques des laboratoires d’innovation territoriale',
  publisher: 'Direction interministérielle de la transformation publique (DITP)',
  publisherShort: 'DITP',
  /** RGAA compliance as stated in the déclaration d'accessibilité; shown in every footer. */
  accessibility: 'partiellement conforme',
  /** Where the corpus and code live, for "modifier cette page" and contribution links. */
  repository: process.env.REPO_URL || 'https://github.com/carnet-des-labs/carnet-des-labs',
  contactEmail: 'carnet-des-labs@modernisation.gouv.fr',
} as const;

/** Main navigation, in the header and the plan du site. */
export const NAV = [
  { label: 'Études de cas', path: '/projets/' },
  { label: 'Méthodes', path: '/methodes/' },
  { label: 'Bonnes pratiques', path: '/pratiques/' },
  { label: 'Les labs', path: '/labs/' },
  { label: 'Thématiques', path: '/thematiques/' },
  { label: 'Contribuer', path: '/contribuer/' },
] as const;
