// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { securityHeaders } from './src/integrations/headers.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { shareImages } from './src/integrations/share-images.ts';
import { lastmodOf, sitemapLastmod } from './src/integrations/sitemap-lastmod.ts';
import { decapEditor } from './src/integrations/decap.ts';

// The only two deployment settings, read here and nowhere else.
const site = process.env.SITE_URL || 'http://localhost:4321';
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory', assets: '_assets', inlineStylesheets: 'never' },
  // Contributed content is rendered by our own loader (src/lib/content); this processor only serves
  // the maintainers' own Markdown/MDX pages under src/pages.
  markdown: { processor: satteri() },
  integrations: [
    mdx(),
    securityHeaders(),
    pagefindIndex(),
    shareImages(),
    decapEditor(),
    sitemapLastmod(),
    sitemap({
      filter: (page) => !/\/(404|admin)\/?$/.test(new URL(page).pathname),
      serialize: (item) => {
        const lastmod = lastmodOf(item.url);
        return lastmod ? { ...item, lastmod } : item;
      },
    }),
  ],
  devToolbar: { enabled: false },
  // Fonts and icons stay separate cacheable files rather than base64 inside the CSS.
  vite: { build: { assetsInlineLimit: 0 } },
});
