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
  /** Branch the site is published from. */
  branch: process.env.REPO_BRANCH || 'main',
  contactEmail: 'carnet-des-labs@modernisation.gouv.fr',
} as const;

/** The page of the repository's web editor for a content file (GitHub and GitLab both understand /edit/). */
export function editUrl(file: string): string {
  const gitlab = /gitlab/i.test(SITE.repository);
  return `${SITE.repository}/${gitlab ? '-/' : ''}edit/${SITE.branch}/${file}`;
}

/** Main navigation, in the header and the plan du site. */
export const NAV = [
  { label: 'Études de cas', path: '/projets/' },
  { label: 'Méthodes', path: '/methodes/' },
  { label: 'Bonnes pratiques', path: '/pratiques/' },
  { label: 'Les labs', path: '/labs/' },
  { label: 'Thématiques', path: '/thematiques/' },
  { label: 'Agenda', path: '/agenda/' },
  { label: 'Contribuer', path: '/contribuer/' },
] as const;
