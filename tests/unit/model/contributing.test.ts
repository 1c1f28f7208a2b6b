/** CONTRIBUTING.md stays true to the content model: every field documented, every example accepted. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { schemas } from '../../../src/model/index.ts';
import { MDX_COMPONENTS } from '../../../src/components/mdx/index.ts';
import { problemsOf } from '../../support/corpus.ts';
import { withFieldTables } from '../../../scripts/docs/champs.ts';

const guide = readFileSync(path.resolve(import.meta.dirname, '../../../CONTRIBUTING.md'), 'utf8');

/** Field names of an object schema, nested objects and lists of objects included. */
function fieldNames(schema: z.ZodType): string[] {
  let inner: z.ZodType = schema;
  for (;;) {
    if (inner instanceof z.ZodOptional || inner instanceof z.ZodDefault) inner = inner.unwrap() as z.ZodType;
    else if (inner instanceof z.ZodArray) inner = inner.element as z.ZodType;
    else break;
  }
  if (!(inner instanceof z.ZodObject)) return [];
  return Object.entries(inner.shape as Record<string, z.ZodType>).flatMap(([key, sub]) => [key, ...fieldNames(sub)]);
}

/** The fenced blocks of a language in the guide. */
const blocks = (lang: string) => [...guide.matchAll(new RegExp(`\`\`\`${lang}\\n([\\s\\S]*?)\`\`\``, 'g'))].map((m) => m[1] ?? '');

describe('CONTRIBUTING.md', () => {
  it('a les tables des champs du modèle (sinon : npm run docs:champs)', () => {
    expect(guide).toContain('<!-- champs:projets -->');
    expect(withFieldTables(guide)).toBe(guide);
  });

  it.each(Object.keys(schemas))('documente chaque champ de « %s »', (collection) => {
    const names = fieldNames(schemas[collection as keyof typeof schemas]);
    expect(names.length).toBeGreaterThan(0);
    const missing = names.filter((name) => !guide.includes(`\`${name}\``));
    expect(missing).toEqual([]);
  });

  it('présente chaque composant autorisé avec un exemple', () => {
    const examples = blocks('mdx').join('\n');
    for (const name of Object.keys(MDX_COMPONENTS)) expect(examples).toContain(`<${name}`);
  });

  it('ses exemples de texte passent le vérificateur de contenu', () => {
    const examples = blocks('mdx').join('\n\n');
    const { lines } = problemsOf({
      'content/projets/accueil.mdx': (old) => old.replace('## Résultats\n\nTexte.', `## Résultats\n\n${examples}`),
    });
    expect(lines).toEqual([]);
  });

  it('son exemple d’en-tête d’étude de cas respecte le modèle', () => {
    const header = blocks('yaml').find((b) => b.startsWith('---\ntitre:')) ?? '';
    const data: unknown = parse(header.replace(/^---\n|---\n$/g, ''));
    expect(schemas.projets.safeParse(data).error?.issues ?? []).toEqual([]);
  });
});
