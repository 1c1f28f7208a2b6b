/**
 * Share images (1200 × 630) shown when a page is posted on a social network or a messaging app:
 * the page's title, type and lab in Marianne, the State's typeface. Drawn with satori, encoded by sharp.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import satori from 'satori';
import sharp from 'sharp';

export interface ShareCard {
  title: string;
  /** "Étude de cas", "Méthode", "Bonne pratique", "Lab". */
  type: string;
  /** Lab and region line, when there is one. */
  detail?: string | undefined;
}

/** The share image of pages that have none of their own (home, listings, legal pages). */
export const SITE_SHARE_IMAGE = 'partage/site.png';

/**
 * One image per page costs about 80 ms to draw the first time (cached afterwards): CARNET_IMAGES_PARTAGE=non
 * keeps only the site's image, e.g. for a first build of a very large corpus.
 */
export function shareImagesEnabled(): boolean {
  return process.env.CARNET_IMAGES_PARTAGE !== 'non';
}

/** Where a content page's share image is published, relative to the site's base. */
export function shareImagePath(collection: string, id: string): string {
  return shareImagesEnabled() ? `partage/${collection}/${id}.png` : SITE_SHARE_IMAGE;
}

/**
 * The Open Graph part of an article page's layout props (BaseLayout): its type, its share image, and its
 * dates — modified is the last editorial update, else the file's last commit, else the publication.
 */
export function articleMeta(
  collection: string,
  entry: { id: string; data: { publie: Date; misAJour?: Date | undefined } },
  lastCommit: Date | undefined,
): { ogType: 'article'; shareImage: string; published: Date; modified: Date } {
  const { publie, misAJour } = entry.data;
  return {
    ogType: 'article',
    shareImage: shareImagePath(collection, entry.id),
    published: publie,
    modified: misAJour ?? lastCommit ?? publie,
  };
}

const require = createRequire(import.meta.url);
const fontDir = path.join(path.dirname(require.resolve('@gouvfr/dsfr/package.json')), 'dist/fonts');
let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;
const loadFonts = () =>
  (fonts ??= [
    { name: 'Marianne', data: readFileSync(path.join(fontDir, 'Marianne-Regular.woff')), weight: 400, style: 'normal' },
    { name: 'Marianne', data: readFileSync(path.join(fontDir, 'Marianne-Bold.woff')), weight: 700, style: 'normal' },
  ]);

/** A key that changes when the card's text or its design changes, for the build cache. */
export function shareCardKey(card: ShareCard): string {
  return createHash('sha256')
    .update(JSON.stringify(['v2', card]))
    .digest('hex')
    .slice(0, 20);
}

type Node = { type: string; props: Record<string, unknown> };
const h = (type: string, style: Record<string, unknown>, children?: unknown): Node => ({ type, props: { style, children } });

export async function renderShareImage(card: ShareCard, siteName: string): Promise<Buffer> {
  const size = card.title.length > 90 ? 52 : card.title.length > 55 ? 62 : 72;
  const tree = h(
    'div',
    {
      width: 1200,
      height: 630,
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: '64px 72px',
      backgroundColor: '#ffffff',
      borderTop: '24px solid #000091',
      fontFamily: 'Marianne',
    },
    [
      h('div', { display: 'flex', alignItems: 'center', gap: 24 }, [
        h(
          'div',
          { fontSize: 28, fontWeight: 700, color: '#ffffff', backgroundColor: '#000091', padding: '8px 20px', borderRadius: 4 },
          card.type.toUpperCase(),
        ),
        ...(card.detail ? [h('div', { fontSize: 30, color: '#3a3a3a' }, card.detail)] : []),
      ]),
      h('div', { fontSize: size, fontWeight: 700, color: '#161616', lineHeight: 1.15 }, card.title),
      h('div', { display: 'flex', width: '100%', justifyContent: 'space-between', alignItems: 'flex-end' }, [
        h('div', { display: 'flex', fontSize: 30, color: '#000091', fontWeight: 700 }, siteName),
        h('div', { display: 'flex', fontSize: 24, color: '#3a3a3a' }, 'République française'),
      ]),
    ],
  );
  const svg = await satori(tree as unknown as Parameters<typeof satori>[0], { width: 1200, height: 630, fonts: loadFonts() });
  // A palette PNG with a light effort: half the size of a full-colour PNG, a quarter of the time of the best compression.
  return sharp(Buffer.from(svg)).png({ palette: true, effort: 1, compressionLevel: 6 }).toBuffer();
}

interface CardEntry {
  collection: string;
  id: string;
  draft: boolean;
  data: Record<string, unknown>;
}

const TYPES: Record<string, string> = { projets: 'Étude de cas', methodes: 'Méthode', pratiques: 'Bonne pratique', labs: 'Lab' };

/** The share card of every published content entry, from the checked corpus. */
export function shareCards(
  entries: CardEntry[],
  labName: (id: string) => string | undefined,
  regionName: (code: string) => string,
): { file: string; card: ShareCard }[] {
  return entries
    .filter((e) => !e.draft && e.collection in TYPES)
    .map((e) => {
      const d = e.data as { titre?: string; nom?: string; lab?: { id: string }; region?: string; ville?: string };
      const lab = d.lab ? labName(d.lab.id) : undefined;
      const detail = e.collection === 'labs' ? `${d.ville} · ${regionName(d.region ?? '')}` : lab;
      return {
        file: shareImagePath(e.collection, e.id),
        card: { title: d.titre ?? d.nom ?? e.id, type: TYPES[e.collection] ?? '', detail },
      };
    });
}
