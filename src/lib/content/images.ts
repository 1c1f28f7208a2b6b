/**
 * Step 3 of the checker, the images: every image an entry shows (in its body or in its `image` field) is a
 * raster file of the repository, under public/images/, within the size budget.
 */
import { existsSync, lstatSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { imageSize } from 'image-size';
import type { Frontmatter } from './frontmatter.ts';
import type { BodyImage } from './markdown.ts';
import type { Problem } from './problems.ts';

/** Contributed images live in public/images/ and are written /images/nom.webp. */
export const IMAGE_DIR = '/images/';
/** Image budget: heavier or larger images slow the page for agents on modest connections. */
export const MAX_IMAGE_BYTES = 1_000_000;
export const MAX_IMAGE_PIXELS = 4000;
const IMAGE_TYPES = /\.(webp|png|jpe?g|avif)$/i;

/** The problems of the images written in a body, at their line. */
export function bodyImageProblems(root: string, file: string, images: readonly BodyImage[]): Problem[] {
  return images.flatMap((img) => {
    const problem = checkImage(root, img.url);
    return problem ? [{ file, line: img.line, column: img.column, ...problem }] : [];
  });
}

/** The problem of the `image` field of a validated entry, if any. */
export function imageFieldProblems(root: string, file: string, data: Record<string, unknown>, locate: Frontmatter['locate']): Problem[] {
  const image = data.image as { src: string; alt: string } | undefined;
  if (!image) return [];
  const problem = checkImage(root, image.src);
  return problem ? [{ file, ...locate(['image', 'src']), field: 'image.src', ...problem }] : [];
}

/** An image must be a file of the repository, under public/images/, in a raster format, within budget. */
export function checkImage(root: string, src: string): Pick<Problem, 'message' | 'fix'> | undefined {
  const where = 'Placez l’image dans public/images/ et écrivez son chemin ainsi : /images/nom-de-l-image.webp.';
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(src.trim())) {
    return {
      message: `image hors du dépôt : « ${src.slice(0, 80)} ».`,
      fix: `Les images doivent être ajoutées au dépôt (droits, disponibilité, vie privée des visiteurs). ${where}`,
    };
  }
  if (/\.svg$/i.test(src)) {
    return { message: `image SVG refusée : « ${src} » (un SVG peut contenir du code).`, fix: 'Exportez l’image en WebP, PNG ou JPEG.' };
  }
  if (!src.startsWith(IMAGE_DIR) || src.includes('..')) {
    return { message: `chemin d’image non valide : « ${src} ».`, fix: where };
  }
  if (!IMAGE_TYPES.test(src)) {
    return { message: `format d’image non accepté : « ${src} ».`, fix: 'Formats acceptés : WebP, PNG, JPEG, AVIF.' };
  }
  const full = path.join(root, 'public', src);
  if (!existsSync(full)) {
    return { message: `image introuvable : « ${src} ».`, fix: `Ajoutez le fichier public${src} dans votre proposition, ou corrigez le chemin.` };
  }
  const stat = lstatSync(full);
  if (stat.isSymbolicLink()) return { message: `image « ${src} » : lien symbolique refusé.`, fix: 'Remplacez le lien par le fichier lui-même.' };
  if (stat.size > MAX_IMAGE_BYTES) {
    return {
      message: `image trop lourde : « ${src} » pèse ${Math.round(stat.size / 1000)} Ko (${MAX_IMAGE_BYTES / 1000} Ko au plus).`,
      fix: 'Réduisez-la (WebP, qualité 80, 1600 pixels de large suffisent).',
    };
  }
  try {
    const { width = 0, height = 0 } = imageSize(readFileSync(full));
    if (width > MAX_IMAGE_PIXELS || height > MAX_IMAGE_PIXELS) {
      return {
        message: `image trop grande : « ${src} » mesure ${width} × ${height} pixels (${MAX_IMAGE_PIXELS} au plus de chaque côté).`,
        fix: 'Redimensionnez-la : 1600 pixels de large suffisent pour le site.',
      };
    }
  } catch {
    return { message: `image illisible : « ${src} » n’est pas une image valide.`, fix: 'Enregistrez-la de nouveau en WebP, PNG ou JPEG.' };
  }
  return undefined;
}
