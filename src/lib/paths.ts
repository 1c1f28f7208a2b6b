/** Every internal URL goes through here, so the site works under any base path (BASE_PATH). */
import { CONTENT_COLLECTIONS as C } from '../model/collections.ts';

const base = (import.meta.env?.BASE_URL ?? '/').replace(/\/?$/, '/');

/** "/projets/x/" → "/carnet/projets/x/" when the site is served under /carnet/. */
export function href(path: string): string {
  if (/^[a-z]+:|^#/.test(path)) return path;
  return base + path.replace(/^\//, '');
}

/** A section of the site: its listing ("/projets/") under one name, an entry's page ("/projets/x/") under another. */
function section<L extends string, E extends string>(listing: L, entry: E) {
  return {
    [listing]: () => href(`/${listing}/`),
    [entry]: (id: string) => href(`/${listing}/${id}/`),
  } as Record<L, () => string> & Record<E, (id: string) => string>;
}

export const url = {
  home: () => href('/'),
  // An entry's page is in the folder its collection names (src/model/collections.ts), which the checker also reads.
  ...section(C.projets.pages, 'projet'),
  ...section(C.methodes.pages, 'methode'),
  ...section(C.pratiques.pages, 'pratique'),
  ...section(C.labs.pages, 'lab'),
  ...section(C.thematiques.pages, 'thematique'),
  ...section('regions', 'region'),
  recherche: () => href('/recherche/'),
  ...section(C.modeles.pages, 'modele'),
};

/**
 * The absolute address of a site path that already carries the base (what href() and url.* return):
 * "/carnet/projets/x/" on https://exemple.gouv.fr → "https://exemple.gouv.fr/carnet/projets/x/". Without a
 * site (astro dev without SITE_URL), the local server's.
 */
export function absolute(pathWithBase: string, site: URL | string | undefined): string {
  return new URL(pathWithBase, site ?? 'http://localhost:4321').href;
}
