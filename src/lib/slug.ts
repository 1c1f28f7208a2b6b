/** Identifiers made from French text: the one slugify of the project (new entries' ids, file-name suggestions). */

/** Ids are made from titles; beyond this length they are cut at a word boundary. */
export const MAX_ID_LENGTH = 80;

/** "Accueil des usagers à l'Île-d'Yeu" → "accueil-des-usagers-a-l-ile-d-yeu": ASCII, lower case, hyphens. */
export function slugify(text: string): string {
  const slug = text
    .replace(/[œŒ]/g, 'oe')
    .replace(/[æÆ]/g, 'ae')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= MAX_ID_LENGTH) return slug;
  const cut = slug.slice(0, MAX_ID_LENGTH + 1);
  const boundary = cut.lastIndexOf('-');
  return (boundary > MAX_ID_LENGTH / 2 ? cut.slice(0, boundary) : slug.slice(0, MAX_ID_LENGTH)).replace(/-+$/, '');
}
