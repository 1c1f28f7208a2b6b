/** /modeles/<id>.docx: the template as an editable Word file, written at build time from its Markdown body. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { contentRoot } from '../../lib/content/loader.ts';
import { modelePaths } from '../../lib/routing.ts';
import { templateDocx } from '../../lib/modele-docx.ts';
import { absolute, url } from '../../lib/paths.ts';

export const getStaticPaths = (() => modelePaths()) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { entry } = props as Awaited<ReturnType<typeof modelePaths>>[number]['props'];
  const file = path.join(contentRoot(process.cwd()), entry.filePath ?? `content/modeles/${entry.id}.md`);
  const body = readFileSync(file, 'utf8').replace(/^\ufeff?---\r?\n[\s\S]*?\r?\n---\r?\n/, '');
  const bytes = await templateDocx({ ...entry.data, body, url: absolute(url.modele(entry.id), site) });
  return new Response(bytes, {
    headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  });
};
