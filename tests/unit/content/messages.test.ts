/** Field messages come from the checker's error map (French, with their fix), never from zod's English wording. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { validate } from '../../../src/lib/content/messages.ts';
import { rule } from '../../../src/model/fields.ts';

const messagesOf = (schema: z.ZodType, input: unknown) => {
  const result = validate(schema, input);
  return result.success ? [] : result.messages.map(({ field, message, fix }) => ({ field, message, fix }));
};

describe('les messages des champs', () => {
  it('sont écrits par la table d’erreurs du vérificateur, avec leur correction, pour chaque sorte d’erreur de zod', () => {
    const schema = z.strictObject({
      nom: z.string().min(3).max(5),
      age: z.number().min(1).max(9),
      liste: z.array(z.string()).min(2).max(3),
      statut: z.enum(['a', 'b']),
      site: z.url(),
    });
    const said = messagesOf(schema, { nom: 'x', age: 12, liste: ['a', 'b', 'c', 'd'], statut: 'c', site: 'pas une adresse', autre: 1 });
    expect(said).toMatchInlineSnapshot(`
      [
        {
          "field": "nom",
          "fix": "Écrivez le texte de ce champ, ou supprimez la ligne si le champ est facultatif.",
          "message": "texte trop court (au moins 3 caractères).",
        },
        {
          "field": "age",
          "fix": "Indiquez un nombre inférieur ou égal à 9.",
          "message": "« 12 » est trop grand (maximum 9).",
        },
        {
          "field": "liste",
          "fix": "Gardez les 3 éléments les plus importants.",
          "message": "liste trop longue (3 éléments au plus).",
        },
        {
          "field": "statut",
          "fix": "Choisissez l’une des valeurs : a, b.",
          "message": "valeur « c » non reconnue.",
        },
        {
          "field": "site",
          "fix": "Format attendu : url.",
          "message": "le texte « pas une adresse » n’a pas le format attendu.",
        },
        {
          "field": "autre",
          "fix": "Vérifiez l’orthographe (accents et majuscules comprises) ou supprimez cette ligne ; les clés possibles sont décrites dans CONTRIBUTING.md.",
          "message": "clé inconnue « autre ».",
        },
      ]
    `);
    for (const { message, fix } of said) expect(`${message} ${fix}`).not.toMatch(/Invalid|Too (small|big)|expected|received/);
  });

  it('gardent les mots du modèle, et la correction qu’une règle donne dans ses paramètres', () => {
    const schema = z
      .strictObject({ debut: z.number({ error: 'année attendue' }), fin: z.number() })
      .refine((p) => p.fin >= p.debut, { ...rule('la fin précède le début', 'Corrigez « debut » ou « fin »'), path: ['fin'] });
    expect(messagesOf(schema, { debut: 'hier', fin: 1 })).toMatchInlineSnapshot(`
      [
        {
          "field": "debut",
          "fix": "Corrigez : année attendue.",
          "message": "le texte « hier » reçu, un nombre attendu.",
        },
      ]
    `);
    expect(messagesOf(schema, { debut: 2024, fin: 2020 })).toMatchInlineSnapshot(`
      [
        {
          "field": "fin",
          "fix": "Corrigez « debut » ou « fin ».",
          "message": "la fin précède le début.",
        },
      ]
    `);
  });

  it('le modèle donne la correction de ses règles avec rule(), pas après un tiret dans le message', () => {
    const dir = path.resolve(import.meta.dirname, '../../../src/model');
    for (const name of readdirSync(dir)) {
      const text = readFileSync(path.join(dir, name), 'utf8');
      expect(text, name).not.toMatch(/(error|message):\s*['`][^'`]* — /);
    }
  });
});
