/**
 * Share images for every content page, drawn after the pages are built. Each image is cached by the
 * hash of its text, so a rebuild only draws the cards that changed.
 */
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { schemas } from '../model/index.ts';
import { loadCorpus } from '../lib/content/corpus.ts';
import { sharedCorpus } from '../lib/build-state.ts';
import { contentRoot } from '../lib/content/loader.ts';
import { label } from '../lib/labels.ts';
import { renderShareImage, shareCardKey, shareCards, shareImagesEnabled, SITE_SHARE_IMAGE, type ShareCard } from '../lib/share.ts';
import { SITE } from '../lib/site.ts';
import { afterBuild } from './after-build.ts';

export function shareImages(): AstroIntegration {
  return afterBuild('carnet-share-images', async (config, { dir, logger }) => {
    const root = fileURLToPath(config.root);
    const out = fileURLToPath(dir);
    const cache = path.join(root, 'node_modules/.cache/carnet-partage');
    mkdirSync(cache, { recursive: true });
    const cards: { file: string; card: ShareCard }[] = [
      {
        file: SITE_SHARE_IMAGE,
        card: { title: SITE.tagline, type: 'Base de connaissances', detail: 'Réseau des laboratoires d’innovation territoriale' },
      },
    ];
    if (shareImagesEnabled()) {
      const { entries } = (await sharedCorpus()) ?? loadCorpus(contentRoot(root), schemas);
      const labs = new Map(entries.labs.map((l) => [l.id, String(l.data.nom)]));
      const all = [...entries.projets, ...entries.methodes, ...entries.pratiques, ...entries.labs];
      cards.push(
        ...shareCards(
          all,
          (id) => labs.get(id),
          (code) => label('region', code),
        ),
      );
    } else {
      logger.info('Images de partage par page désactivées (CARNET_IMAGES_PARTAGE=non) : les pages utilisent l’image du site.');
    }
    const started = performance.now();
    let drawn = 0;
    for (const { file, card } of cards) {
      const cached = path.join(cache, `${shareCardKey(card)}.png`);
      if (!existsSync(cached)) {
        writeFileSync(cached, await renderShareImage(card, SITE.name));
        drawn += 1;
      }
      const target = path.join(out, file);
      mkdirSync(path.dirname(target), { recursive: true });
      copyFileSync(cached, target);
    }
    logger.info(
      `${cards.length} images de partage (${drawn} dessinées, ${cards.length - drawn} en cache) en ${Math.round(performance.now() - started)} ms.`,
    );
  });
}
