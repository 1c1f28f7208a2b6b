/** The web editor's configuration is the content model, field for field; its MDX blocks pass the guard. */
import path from 'node:path';
import { z } from 'astro/zod';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { MDX_COMPONENTS } from '../../../src/components/mdx/index.ts';
import { COLLECTIONS, fieldMeta, schemas, type CollectionName } from '../../../src/model/index.ts';
import { loadCorpus } from '../../../src/lib/content/corpus.ts';
import { renderBody } from '../../../src/lib/content/markdown.ts';
import { decapConfig, type DecapCollection } from '../../../src/editor/config.ts';
import { adminCsp, adminHeaders } from '../../../src/editor/csp.ts';
import { decapSettings, type DecapSettings } from '../../../src/editor/settings.ts';
import {
  CHILDREN_FIELD,
  editorComponents,
  emptyOptionalPaths,
  ROOT_LIST_FIELD,
  rootListFormatter,
  testRepoFiles,
  type DecapField,
} from '../../../src/editor/browser.ts';
import { region } from '../../../src/lib/regions.ts';
import { STATUTS } from '../../../src/lib/vocabulary.ts';

const TEST: DecapSettings = { backend: 'test', branch: 'main' };
const config = decapConfig(schemas, TEST, { site: 'https://carnet.example.gouv.fr/' });
const collection = (name: CollectionName): DecapCollection => {
  const found = config.collections.find((c) => c.name === name);
  if (!found) throw new Error(`collection ${name} absente`);
  return found;
};
/** The fields of a collection as an author edits them (the themes' list items for the themes file). */
function topFields(name: CollectionName): DecapField[] {
  const c = collection(name);
  if (name === 'thematiques') return c.files?.[0]?.fields.find((f) => f.name === ROOT_LIST_FIELD)?.fields ?? [];
  if (c.files) return c.files[0]?.fields ?? [];
  return (c.fields ?? []).filter((f) => f.name !== 'body');
}

// An independent walk of the zod schemas, through zod's own classes.
interface SchemaLeaf {
  path: string;
  schema: z.ZodType;
  /** Required by the schema: neither optional nor defaulted. */
  required: boolean;
  /** Inside an optional object (an author may leave the whole object empty). */
  inOptional: boolean;
}

function peel(schema: z.ZodType): { inner: z.ZodType; required: boolean } {
  let inner = schema;
  let required = true;
  for (;;) {
    if (inner instanceof z.ZodOptional || inner instanceof z.ZodNullable) {
      required = false;
      inner = inner.unwrap() as z.ZodType;
    } else if (inner instanceof z.ZodDefault) {
      required = false;
      inner = inner.removeDefault() as z.ZodType;
    } else return { inner, required };
  }
}

const referenceOf = (schema: z.ZodType) => (schema.meta() as { reference?: string } | undefined)?.reference;
const isDate = (schema: z.ZodType) => schema instanceof z.ZodPipe && schema.safeParse('2024-02-29').data instanceof Date;

function leaves(object: z.ZodObject, prefix = '', inOptional = false): SchemaLeaf[] {
  return Object.entries(object.shape as Record<string, z.ZodType>).flatMap(([key, sub]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    const { inner, required } = peel(sub);
    const leaf: SchemaLeaf = { path, schema: sub, required, inOptional };
    if (inner instanceof z.ZodObject) return [leaf, ...leaves(inner, path, inOptional || !required)];
    if (inner instanceof z.ZodArray) {
      const element = peel(inner.element as z.ZodType).inner;
      if (element instanceof z.ZodObject && !referenceOf(element)) return [leaf, ...leaves(element, path, false)];
    }
    return [leaf];
  });
}

function findField(fields: DecapField[], path: string): DecapField | undefined {
  const [head, ...rest] = path.split('.');
  const field = fields.find((f) => f.name === head);
  if (!field || rest.length === 0) return field;
  return findField(field.fields ?? [], rest.join('.'));
}

describe('la configuration de l’éditeur web suit le modèle de contenu', () => {
  it('a chaque collection, en français, avec le bon dossier et la bonne extension', () => {
    expect(config.collections.map((c) => c.name).sort()).toEqual([...COLLECTIONS].sort());
    expect(config.locale).toBe('fr');
    expect(collection('projets')).toMatchObject({
      label: 'Études de cas',
      folder: 'content/projets',
      extension: 'mdx',
      slug: '{{slug}}',
      identifier_field: 'titre',
    });
    expect(collection('labs')).toMatchObject({ folder: 'content/labs', extension: 'md', identifier_field: 'nom' });
    expect(collection('methodes')).toMatchObject({ folder: 'content/methodes', extension: 'mdx' });
    expect(collection('pratiques')).toMatchObject({ folder: 'content/pratiques', extension: 'mdx' });
    expect(collection('thematiques').files?.[0]?.file).toBe('content/thematiques.yaml');
    for (const name of ['labs', 'projets', 'methodes', 'pratiques'] as const) {
      expect(collection(name).fields?.at(-1)).toMatchObject({ name: 'body', widget: 'markdown' });
    }
  });

  for (const name of COLLECTIONS) {
    describe(`« ${name} »`, () => {
      const schemaLeaves = leaves(schemas[name] as z.ZodObject);
      const fields = topFields(name);

      it('a chaque champ du schéma, et aucun autre', () => {
        const missing = schemaLeaves.filter((l) => !findField(fields, l.path)).map((l) => l.path);
        expect(missing).toEqual([]);
        const walk = (list: DecapField[], prefix = ''): string[] =>
          list.flatMap((f) => [prefix + f.name, ...walk(f.fields ?? [], `${prefix}${f.name}.`)]);
        expect(walk(fields).sort()).toEqual(schemaLeaves.map((l) => l.path).sort());
      });

      it('a un libellé français pour chaque champ', () => {
        for (const leaf of schemaLeaves) {
          const field = findField(fields, leaf.path);
          expect(field?.label, leaf.path).toMatch(/\p{L}/u);
          expect(field?.label, leaf.path).not.toBe(leaf.path.split('.').pop());
        }
      });

      it('rend obligatoires exactement les champs que le schéma exige', () => {
        for (const leaf of schemaLeaves) {
          // A required field of an optional object (image.alt) cannot be required in Decap, which would
          // refuse to save an entry without image: the schema checks it once the image is given.
          expect(findField(fields, leaf.path)?.required, leaf.path).toBe(leaf.required && !leaf.inOptional);
        }
      });

      it('traduit chaque type : listes fermées, liens, dates, nombres, cases à cocher, objets et listes', () => {
        for (const leaf of schemaLeaves) {
          const field = findField(fields, leaf.path);
          const { inner } = peel(leaf.schema);
          const reference = referenceOf(inner);
          if (reference) {
            expect(field, leaf.path).toMatchObject({ widget: 'relation', collection: reference });
            expect(field?.value_field, leaf.path).toBe(reference === 'thematiques' ? `${ROOT_LIST_FIELD}.*.id` : '{{slug}}');
            expect(field?.multiple, leaf.path).toBeUndefined();
          } else if (isDate(inner)) {
            expect(field, leaf.path).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD', time_format: false });
          } else if (inner instanceof z.ZodEnum) {
            expect(field?.widget, leaf.path).toBe('select');
            expect(field?.options?.map((o) => o.value).sort(), leaf.path).toEqual([...(inner.options as string[])].sort());
          } else if (inner instanceof z.ZodNumber) {
            expect(field?.widget, leaf.path).toBe('number');
          } else if (inner instanceof z.ZodBoolean) {
            expect(field?.widget, leaf.path).toBe('boolean');
          } else if (inner instanceof z.ZodObject) {
            expect(field?.widget, leaf.path).toBe('object');
          } else if (inner instanceof z.ZodArray) {
            const element = peel(inner.element as z.ZodType).inner;
            const min = (inner._zod.def.checks ?? [])
              .map((c) => c._zod.def as { check: string; minimum?: number })
              .find((c) => c.check === 'min_length')?.minimum;
            if (referenceOf(element))
              expect(field, leaf.path).toMatchObject({ widget: 'relation', multiple: true, collection: referenceOf(element) });
            else if (element instanceof z.ZodEnum) {
              expect(field, leaf.path).toMatchObject({ widget: 'select', multiple: true });
              expect(field?.options?.map((o) => o.value).sort(), leaf.path).toEqual([...(element.options as string[])].sort());
            } else if (element instanceof z.ZodObject) expect(field?.widget, leaf.path).toBe('list');
            else expect(field, leaf.path).toMatchObject({ widget: 'list', field: { widget: expect.stringMatching(/^(string|text)$/) } });
            expect(field?.min, leaf.path).toBe(min);
          } else {
            expect(['string', 'text', 'image', 'file'], leaf.path).toContain(field?.widget);
          }
        }
      });
    });
  }

  it('propose les libellés français des listes fermées', () => {
    const statut = findField(topFields('projets'), 'statut');
    expect(statut?.options?.map((o) => o.label)).toEqual(STATUTS.ids.map((id) => STATUTS.label(id)));
    const regionOptions = findField(topFields('labs'), 'region')?.options ?? [];
    expect(regionOptions.find((o) => o.value === '53')?.label).toBe('Bretagne');
    expect(regionOptions.map((o) => o.label)).toEqual(
      regionOptions.map((o) => region(o.value).nom).sort((a, b) => a.localeCompare(b, 'fr')),
    );
  });

  it('cherche les fiches liées par leur titre, leur nom ou leur libellé', () => {
    expect(findField(topFields('projets'), 'lab')).toMatchObject({ value_field: '{{slug}}', search_fields: ['nom'] });
    expect(findField(topFields('projets'), 'methodes')).toMatchObject({ collection: 'methodes', search_fields: ['titre'] });
    expect(findField(topFields('projets'), 'thematiques')).toMatchObject({
      file: 'thematiques',
      search_fields: expect.arrayContaining([`${ROOT_LIST_FIELD}.*.libelle`]),
    });
  });

  it('prend chaque libellé et chaque aide dans le modèle, sans table à lui', () => {
    for (const name of COLLECTIONS) {
      for (const leaf of leaves(schemas[name] as z.ZodObject)) {
        const meta = fieldMeta(leaf.schema);
        const field = findField(topFields(name), leaf.path);
        expect(field?.label, `${name} ${leaf.path}`).toBe(meta?.label);
        if (meta?.hint) expect(field?.hint, `${name} ${leaf.path}`).toContain(meta.hint);
      }
    }
  });

  it('reprend les règles du schéma : identifiants, dates, adresses, longueurs', () => {
    const check = (name: CollectionName, path: string, ok: string[], ko: string[]) => {
      const pattern = findField(topFields(name), path)?.pattern;
      expect(pattern, path).toBeDefined();
      const re = new RegExp(pattern?.[0] ?? '');
      for (const v of ok) expect(re.test(v), `${path} : ${v}`).toBe(true);
      for (const v of ko) expect(re.test(v), `${path} : ${v}`).toBe(false);
      expect(pattern?.[1]).toMatch(/\p{L}/u);
    };
    check('thematiques', 'id', ['service-usager', 'design'], ['Service', 'service_usager', 'é']);
    check('projets', 'publie', ['2024-03-15'], ['15/03/2024', '2024-3-15']);
    check('labs', 'site', ['https://tilab.bzh'], ['http://tilab.bzh', 'tilab.bzh']);
    check('labs', 'contact', ['contact@exemple.gouv.fr'], ['contact', 'a@b']);
    check('methodes', 'ressources.fichier', ['/ressources/grille.pdf'], ['ressources/grille.pdf', '/images/x.pdf']);
    check('projets', 'image.src', ['/images/photo.webp'], ['https://exemple.fr/x.webp', '/images/x.svg']);
    check('projets', 'titre', ['a'.repeat(120)], ['a'.repeat(121)]);
  });

  it('accepte chaque valeur du corpus actuel (aucune fiche valide ne serait refusée par l’éditeur)', () => {
    const { entries, problems } = loadCorpus(path.resolve(import.meta.dirname, '../../..'), schemas);
    expect(problems).toEqual([]);
    const refused: string[] = [];
    const visit = (fields: DecapField[], data: unknown, where: string) => {
      if (typeof data !== 'object' || data === null) return;
      for (const field of fields) {
        const value = (data as Record<string, unknown>)[field.name];
        if (value === undefined) continue;
        const values = Array.isArray(value) ? value : [value];
        const pattern = field.pattern ?? field.field?.pattern;
        for (const v of values) {
          if (pattern && typeof v === 'string' && !new RegExp(pattern[0]).test(v)) refused.push(`${where} ${field.name} : ${v}`);
          if (field.fields) visit(field.fields, v, where);
        }
      }
    };
    for (const name of COLLECTIONS) for (const entry of entries[name]) visit(topFields(name), entry.raw, entry.file);
    expect(refused).toEqual([]);
  });

  it('ne donne aucune valeur par défaut dans un élément de liste (Decap ouvrirait la liste avec un élément vide)', () => {
    const defaults: string[] = [];
    const visit = (fields: DecapField[], where: string, inList: boolean) => {
      for (const f of fields) {
        if (inList && f.default !== undefined) defaults.push(`${where}${f.name}`);
        visit(f.fields ?? [], `${where}${f.name}.`, inList || f.widget === 'list');
      }
    };
    for (const name of COLLECTIONS) visit(topFields(name), `${name} `, false);
    expect(defaults).toEqual([]);
  });

  it('publie par demandes de fusion (flux éditorial), en français, images dans public/images', () => {
    expect(config).toMatchObject({
      publish_mode: 'editorial_workflow',
      load_config_file: false,
      media_folder: 'public/images',
      public_folder: '/images',
    });
    expect(config.slug).toMatchObject({ encoding: 'ascii', clean_accents: true });
  });
});

describe('le choix du dépôt, lu dans l’environnement', () => {
  it('passe en mode essai sans configuration, avec un avertissement à la construction', () => {
    expect(decapSettings({}, { dev: true })).toEqual({ settings: { backend: 'test', branch: 'main' }, warnings: [] });
    const build = decapSettings({}, { dev: false });
    expect(build.settings.backend).toBe('test');
    expect(build.warnings[0]).toContain('mode essai');
    expect(decapConfig(schemas, build.settings).backend).toEqual({ name: 'test-repo' });
  });

  it.each([
    [
      'GitHub',
      { DECAP_BACKEND: 'github', DECAP_REPO: 'ditp/carnet', DECAP_AUTH_URL: 'https://auth.exemple.gouv.fr/oauth/auth' },
      { name: 'github', repo: 'ditp/carnet', branch: 'main', base_url: 'https://auth.exemple.gouv.fr', auth_endpoint: 'oauth/auth' },
      'https://api.github.com',
    ],
    [
      'un GitLab de l’État',
      {
        DECAP_BACKEND: 'gitlab',
        DECAP_REPO: 'ditp/labs/carnet',
        DECAP_BRANCH: 'principale',
        DECAP_GITLAB_URL: 'https://gitlab.exemple.gouv.fr/',
        DECAP_APP_ID: 'abc123',
      },
      {
        name: 'gitlab',
        repo: 'ditp/labs/carnet',
        branch: 'principale',
        auth_type: 'pkce',
        app_id: 'abc123',
        base_url: 'https://gitlab.exemple.gouv.fr',
        api_root: 'https://gitlab.exemple.gouv.fr/api/v4',
      },
      'https://gitlab.exemple.gouv.fr',
    ],
  ])('ouvre des demandes de fusion sur %s', (_, env, backend, api) => {
    const { settings } = decapSettings(env, { dev: false });
    expect(decapConfig(schemas, settings).backend).toMatchObject(backend);
    expect(adminCsp(settings)['connect-src']).toEqual(["'self'", api]);
  });

  it('explique en français une configuration incomplète', () => {
    expect(() => decapSettings({ DECAP_BACKEND: 'bitbucket' }, { dev: false })).toThrow(/DECAP_BACKEND.*github, gitlab, test/);
    expect(() => decapSettings({ DECAP_BACKEND: 'github' }, { dev: false })).toThrow(/DECAP_REPO/);
    expect(() => decapSettings({ DECAP_BACKEND: 'github', DECAP_REPO: 'a/b' }, { dev: false })).toThrow(/DECAP_AUTH_URL/);
    expect(() => decapSettings({ DECAP_BACKEND: 'gitlab', DECAP_REPO: 'a/b' }, { dev: false })).toThrow(/DECAP_APP_ID/);
    expect(() =>
      decapSettings(
        { DECAP_BACKEND: 'gitlab', DECAP_REPO: 'a/b', DECAP_APP_ID: 'x', DECAP_GITLAB_URL: 'http://gitlab.exemple.fr' },
        { dev: false },
      ),
    ).toThrow(/https/);
  });

  it('sait utiliser decap-server en local (local_backend)', () => {
    const { settings } = decapSettings({ DECAP_LOCAL_BACKEND: '1' }, { dev: true });
    expect(decapConfig(schemas, settings).local_backend).toEqual({ url: 'http://localhost:8081/api/v1' });
    expect(adminCsp(settings)['connect-src']).toContain('http://localhost:8081');
  });

  it('donne à /admin/ sa propre politique de sécurité, sans autre hôte en mode essai', () => {
    const csp = adminCsp(TEST);
    expect(csp['script-src']).toEqual(["'self'", "'unsafe-eval'"]);
    expect(csp['connect-src']).toEqual(["'self'"]);
    expect(
      Object.values(csp)
        .flat()
        .filter((v) => /^https?:/.test(v)),
    ).toEqual([]);
    const headers = adminHeaders(TEST, '/carnet', '3.16.3');
    expect(headers).toContain('/carnet/admin/*\n');
    expect(headers).toContain("frame-ancestors 'none'");
    expect(headers).toContain('/carnet/admin/decap-cms-3.16.3/*\n  ! Cache-Control\n  Cache-Control: public, max-age=31536000, immutable');
    // Cloudflare Pages joins the values of matching rules unless the site-wide ones are detached.
    expect(headers).toContain('/carnet/admin/*\n  ! Content-Security-Policy\n  ! Cross-Origin-Opener-Policy\n  ! Cache-Control\n');
  });
});

describe('les composants MDX s’insèrent depuis l’éditeur', () => {
  const components = editorComponents(MDX_COMPONENTS);
  const samples: Record<string, Record<string, string>> = {
    Encadre: {
      titre: 'Le « guichet » en "bref" & <après> {2024}',
      [CHILDREN_FIELD]: 'Un seul numéro.\n\nUne **seule** adresse, [la voici](/labs/ti-lab/).',
    },
    Citation: { auteur: 'Une agente d’accueil', source: '', [CHILDREN_FIELD]: 'On ne renvoie plus personne.' },
    Alerte: { type: 'attention', titre: 'À vérifier', [CHILDREN_FIELD]: '- un point\n- un autre point' },
  };

  it('un composant par composant autorisé, avec un champ par attribut et le contenu', () => {
    expect(components.map((c) => c.id)).toEqual(Object.keys(MDX_COMPONENTS).map((n) => n.toLowerCase()));
    for (const [name, component] of Object.entries(MDX_COMPONENTS)) {
      const editor = components.find((c) => c.id === name.toLowerCase());
      expect(editor?.fields.map((f) => f.name)).toEqual([...Object.keys(component.props), CHILDREN_FIELD]);
      for (const [prop, spec] of Object.entries(component.props)) {
        const field = editor?.fields.find((f) => f.name === prop);
        expect(field?.required).toBe(spec.required);
        if (spec.values) expect(field?.options?.map((o) => o.value)).toEqual(spec.values);
      }
    }
    expect(components.find((c) => c.id === 'encadre')?.label).toBe('Encadré');
  });

  it('écrit exactement la syntaxe MDX que la garde accepte, et la relit', () => {
    for (const editor of components) {
      const name = Object.keys(MDX_COMPONENTS).find((n) => n.toLowerCase() === editor.id) ?? '';
      const data = samples[name] ?? {};
      const block = editor.toBlock(data);
      expect(block.startsWith(`<${name}`)).toBe(true);
      expect(block.endsWith(`</${name}>`)).toBe(true);
      const body = `## Contexte\n\nUn paragraphe.\n\n${block}\n\nLa suite.\n`;
      const rendered = renderBody(body, 'content/projets/essai.mdx', true);
      expect(rendered.problems, block).toEqual([]);
      const match = body.slice(body.indexOf(`<${name}`)).match(editor.pattern);
      expect(match, block).not.toBeNull();
      const back = editor.fromBlock(match ?? ([] as unknown as RegExpMatchArray));
      for (const [key, value] of Object.entries(data)) expect(back[key] ?? '', key).toBe(value);
    }
    const encadre = components.find((c) => c.id === 'encadre');
    expect(encadre?.toBlock(samples.Encadre ?? {})).toBe(
      '<Encadre titre="Le « guichet » en &quot;bref&quot; &amp; &lt;après> {2024}">\n\nUn seul numéro.\n\nUne **seule** adresse, [la voici](/labs/ti-lab/).\n\n</Encadre>',
    );
    const html = renderBody(encadre?.toBlock(samples.Encadre ?? {}) ?? '', 'x.mdx', true).html;
    expect(html).toContain('Le « guichet » en "bref" &#x26; &#x3C;après> {2024}');
  });

  it('omet un attribut facultatif vide, garde un attribut obligatoire', () => {
    const citation = components.find((c) => c.id === 'citation');
    expect(citation?.toBlock({ auteur: 'Un élu', source: ' ', [CHILDREN_FIELD]: 'Texte.' })).toBe(
      '<Citation auteur="Un élu">\n\nTexte.\n\n</Citation>',
    );
  });

  it('relit un composant écrit à la main, sur plusieurs lignes, avec des entités', () => {
    const alerte = components.find((c) => c.id === 'alerte');
    const source = '<Alerte type=\'info\' titre="Bon &#224; savoir">\nLigne un.\n\nLigne deux.\n</Alerte>\n\nSuite.';
    const match = source.match(alerte?.pattern ?? /$^/);
    expect(match?.index).toBe(0);
    expect(alerte?.fromBlock(match ?? ([] as unknown as RegExpMatchArray))).toEqual({
      type: 'info',
      titre: 'Bon à savoir',
      [CHILDREN_FIELD]: 'Ligne un.\n\nLigne deux.',
    });
  });

  it('montre un aperçu échappé', () => {
    const encadre = components.find((c) => c.id === 'encadre');
    expect(encadre?.toPreview({ titre: '<script>', [CHILDREN_FIELD]: 'a & b' })).toBe(
      '<div class="fr-callout fr-my-3w"><p class="fr-callout__title">&lt;script&gt;</p><div class="fr-callout__text"><p>a &amp; b</p></div></div>',
    );
  });

  it('ne les propose que dans les fiches MDX', () => {
    const body = (name: CollectionName) => collection(name).fields?.find((f) => f.name === 'body');
    for (const name of ['projets', 'methodes', 'pratiques'] as const)
      expect(body(name)?.editor_components).toEqual(['image', 'encadre', 'citation', 'alerte']);
    expect(body('labs')?.editor_components).toEqual(['image']);
    expect(body('projets')?.buttons).not.toContain('heading-one');
  });
});

describe('l’enregistrement', () => {
  it('retire les champs facultatifs laissés vides, que le schéma refuserait', () => {
    const fields = collection('projets').fields ?? [];
    const data = {
      titre: 'T',
      territoire: '',
      fin: '',
      image: { src: '', alt: '' },
      contacts: [{ nom: 'N', role: '', courriel: 'a@b.fr' }],
      auteurs: ['A'],
    };
    expect(emptyOptionalPaths(fields, data)).toEqual([['territoire'], ['fin'], ['contacts', 0, 'role'], ['image']]);
    expect(emptyOptionalPaths(fields, { image: { src: '/images/x.webp', alt: '' } })).toEqual([]);
  });

  it('lit et écrit le fichier des thématiques, une liste à la racine', () => {
    const format = rootListFormatter({ parse, stringify });
    const text = '- id: design\n  libelle: Design\n  description: "Une phrase : avec deux-points."\n';
    const data = format.fromFile(text);
    expect(data).toEqual({ [ROOT_LIST_FIELD]: [{ id: 'design', libelle: 'Design', description: 'Une phrase : avec deux-points.' }] });
    expect(parse(format.toFile(data))).toEqual(parse(text));
  });

  it('prépare le dépôt d’essai : chaque fichier à son chemin, chaque dossier listable', () => {
    const files = testRepoFiles(
      [
        { path: 'content/labs/a.md', content: 'A' },
        { path: 'content/thematiques.yaml', content: 'T' },
      ],
      ['content/labs', 'public/images'],
    );
    const content = files.content as Record<string, Record<string, unknown>>;
    expect(content.labs?.['a.md']).toEqual({ content: 'A', path: 'content/labs/a.md' });
    expect(files['content/labs']).toBe(content.labs);
    expect(content['thematiques.yaml']).toEqual({ content: 'T', path: 'content/thematiques.yaml' });
    expect(files['public/images']).toEqual({});
  });
});
