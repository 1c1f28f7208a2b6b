// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import purgecss from '@fullhuman/postcss-purgecss';
import { marianneFrench } from './src/integrations/fonts.ts';
import { securityHeaders } from './src/integrations/headers.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { shareImages } from './src/integrations/share-images.ts';
import { lastmodOf, sitemapLastmod } from './src/integrations/sitemap-lastmod.ts';
import { decapEditor } from './src/editor/integration.ts';
import { baseLinks } from './src/lib/base-links.ts';

// The only two deployment settings, read here and nowhere else.
const site = process.env.SITE_URL || 'http://localhost:4321';
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Four pages at a time: while one page's file is written, the next ones render (measured at 10 000
  // case studies: page generation 55 s → 36 s; the profile showed the main thread idle on file writes).
  build: { format: 'directory', assets: '_assets', inlineStylesheets: 'never', concurrency: 4 },
  // Contributed content is rendered by our own loader (src/lib/content); this processor only serves
  // the maintainers' own Markdown/MDX pages under src/pages, whose root links ([x](/contribuer/)) get the base.
  markdown: { processor: satteri({ mdastPlugins: [baseLinks(base)] }) },
  integrations: [
    mdx(),
    marianneFrench(new URL('./src/styles/dsfr.css', import.meta.url)),
    securityHeaders(),
    shareImages(),
    decapEditor(),
    sitemapLastmod(),
    sitemap({
      filter: (page) => !/\/(404|admin|agenda\/exemple)\/?$/.test(new URL(page).pathname),
      serialize: (item) => {
        const lastmod = lastmodOf(item.url);
        return lastmod ? { ...item, lastmod } : item;
      },
    }),
    // Last: the other integrations' build steps run while Pagefind finishes indexing in the background.
    pagefindIndex(),
  ],
  devToolbar: { enabled: false },
  vite: {
    // Fonts and icons stay separate cacheable files rather than base64 inside the CSS.
    build: { assetsInlineLimit: 0 },
    // Only the DSFR rules our templates and the DSFR scripts can use reach the browser. The class names
    // come from the source (contributed content can only use the allowlisted components), so the CSS,
    // and its hash, depend on the code alone, whatever the size of the corpus.
    css: {
      postcss: {
        // CARNET_PURGE_CSS=non keeps the whole DSFR CSS, to check that a display problem is not the purge's.
        plugins:
          process.env.CARNET_PURGE_CSS === 'non'
            ? []
            : [
                purgecss({
                  content: [
                    './src/**/*.{astro,ts,mdx,md}',
                    './node_modules/@gouvfr/dsfr/dist/{core,scheme}/*.module.min.js',
                    './node_modules/@gouvfr/dsfr/dist/component/*/*.module.min.js',
                  ],
                  defaultExtractor: (text) => text.match(/[\w-/:@.]+(?<!:)/g) ?? [],
                  dynamicAttributes: [
                    'data-fr-theme',
                    'data-fr-scheme',
                    'data-fr-js',
                    'data-fr-opened',
                    'aria-expanded',
                    'aria-current',
                    'aria-selected',
                    'aria-pressed',
                    'aria-disabled',
                    'aria-hidden',
                    'hidden',
                    'open',
                    'disabled',
                    'checked',
                  ],
                  safelist: {
                    standard: [/^carnet-/],
                    greedy: [
                      /data-astro-cid/,
                      /--opened/,
                      /--expanded/,
                      /--active/,
                      /--selected/,
                      /--loading/,
                      /--collapsing/,
                      /^carnet-depth-/,
                    ],
                  },
                  variables: false,
                  fontFace: false,
                  keyframes: false,
                }),
              ],
      },
    },
  },
});
