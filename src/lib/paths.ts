/** Every internal URL goes through here, so the site works under any base path (BASE_PATH). */

const base = (import.meta.env?.BASE_URL ?? '/').replace(/\/?$/, '/');

/** "/projets/x/" → "/carnet/projets/x/" when the site is served under /carnet/. */
export function href(path: string): string {
  if (/^[a-z]+:|^#/.test(path)) return path;
  return base + path.replace(/^\//, '');
}

export const url = {
  home: () => href('/'),
  projets: () => href('/projets/'),
  projet: (id: string) => href(`/projets/${id}/`),
  methodes: () => href('/methodes/'),
  methode: (id: string) => href(`/methodes/${id}/`),
  pratiques: () => href('/pratiques/'),
  pratique: (id: string) => href(`/pratiques/${id}/`),
  labs: () => href('/labs/'),
  lab: (id: string) => href(`/labs/${id}/`),
  thematiques: () => href('/thematiques/'),
  thematique: (id: string) => href(`/thematiques/${id}/`),
  regions: () => href('/regions/'),
  region: (code: string) => href(`/regions/${code}/`),
  recherche: () => href('/recherche/'),
  modeles: () => href('/modeles/'),
  modele: (id: string) => href(`/modeles/${id}/`),
};

/**
 * The absolute address of a site path that already carries the base (what href() and url.* return):
 * "/carnet/projets/x/" on https://exemple.gouv.fr → "https://exemple.gouv.fr/carnet/projets/x/". Without a
 * site (astro dev without SITE_URL), the local server's.
 */
export function absolute(pathWithBase: string, site: URL | string | undefined): string {
  return new URL(pathWithBase, site ?? 'http://localhost:4321').href;
}
