/**
 * The maintainers' own Markdown pages (src/pages/*.mdx) write site links from the root, as an author
 * would: [Publier](/contribuer/). Under a sub-path (BASE_PATH=/carnet/) those links must carry the
 * base, as every other internal link does through href(). This mdast plugin adds it, for the Sätteri
 * processor of astro.config.mjs. Contributed content gets the same treatment in src/lib/content/markdown.ts.
 */
import type { MdastPluginDefinition } from 'satteri';

/** "/contribuer/" → "/carnet/contribuer/" under /carnet/; anything else (https:, mailto:, //host, #id, ./x) is left alone. */
export function withBase(url: string, base: string): string {
  const b = base.replace(/\/?$/, '/');
  return b !== '/' && /^\/(?!\/)/.test(url) ? b + url.slice(1) : url;
}

/** Links, link definitions ([x]: /url) and images of a Markdown page, with the site's base path. */
export function baseLinks(base: string): MdastPluginDefinition {
  return {
    name: 'carnet-base-links',
    link(node, ctx) {
      const url = withBase(node.url, base);
      if (url !== node.url) ctx.setProperty(node, 'url', url);
    },
    definition(node, ctx) {
      const url = withBase(node.url, base);
      if (url !== node.url) ctx.setProperty(node, 'url', url);
    },
    image(node, ctx) {
      const url = withBase(node.url, base);
      if (url !== node.url) ctx.setProperty(node, 'url', url);
    },
  };
}
