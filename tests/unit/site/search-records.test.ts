/** What the search indexes for each content page, built from the corpus (src/lib/search/records.ts). */
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/lib/graph.ts';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { labRecord, projetRecord, recordHtml, reseauRecord, searchRecords } from '../../../src/lib/search/records.ts';
import { schemas } from '../../../src/model/index.ts';
import { figures, keyFigures } from '../../../src/lib/reseau.ts';
import { corpus, lab, methode, projet, theme } from '../../support/entries.ts';

const sgar = lab('labase', '75');
sgar.data = {
  ...sgar.data,
  nom: 'LaBase',
  porteur: 'Préfecture de la région Nouvelle-Aquitaine (SGAR)',
  partenaires: ['Région Nouvelle-Aquitaine'],
};
const achats = projet('achats', { lab: 'labase', methodes: ['immersion'], themes: ['emploi'], publie: '2024-03-05' });
achats.data = {
  ...achats.data,
  titre: 'Des achats publics plus accessibles',
  resume: 'Ouvrir la commande publique.',
  publics: ['associations', 'agents'],
  partenaires: ['Chambre régionale de l’économie'],
  leviers: ['Un lieu neutre'],
  blocages: ['Des délais serrés'],
  chiffres: [{ valeur: '12', libelle: 'marchés réservés' }],
};
const base = corpus({ labs: [sgar], methodes: [methode('immersion')], thematiques: [theme('emploi')], projets: [achats] });
const g = buildGraph(base);
const body = (collection: string, entry: { id: string }) => ({
  html: `<h2 id="contexte">Contexte</h2><p>Corps de ${collection}/${entry.id}.</p>`,
});
/** The text Pagefind reads in a record's document, tags removed. */
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('les fiches de la recherche, tirées du corpus', () => {
  it('indexent ce que montre le panneau de métadonnées : lab, partenaires, publics, chiffres', () => {
    const r = projetRecord(achats, g, body);
    expect(r.url).toBe('/projets/achats/');
    expect(r.facts).toEqual(
      expect.arrayContaining(['LaBase', 'Associations et ESS', 'Agents publics', 'Chambre régionale de l’économie', '12 marchés réservés']),
    );
    expect(r.data).toMatchObject({
      type: 'Étude de cas',
      lab: 'LaBase',
      thematiques: ['Thème emploi'],
      methodes: ['Méthode immersion'],
      date: '2024-03-05',
    });
  });

  it('n’indexent pas deux fois les leviers et blocages de « En bref », déjà dans le corps', () => {
    const html = recordHtml(projetRecord(achats, g, body));
    expect(html).not.toContain('Un lieu neutre');
    expect(html).not.toContain('Des délais serrés');
    expect(text(html).match(/Contexte/g)).toHaveLength(1);
  });

  it('donnent les développés des sigles du panneau : un public « ESS », un porteur « (SGAR) »', () => {
    expect(text(recordHtml(projetRecord(achats, g, body)))).toContain('économie sociale et solidaire');
    const labHtml = recordHtml(labRecord(sgar, g, body));
    expect(text(labHtml)).toContain('Préfecture de la région Nouvelle-Aquitaine (SGAR)');
    expect(text(labHtml)).toContain('secrétariat général pour les affaires régionales');
  });

  it('font un document français avec titre et résumé pondérés, filtres, métadonnées et date de tri', () => {
    const html = recordHtml(projetRecord(achats, g, body));
    expect(html).toMatch(/^<!doctype html><html lang="fr">/);
    expect(html).toContain('<h1 data-pagefind-weight="10">Des achats publics plus accessibles</h1>');
    expect(html).toContain('<p data-pagefind-weight="5">Ouvrir la commande publique.</p>');
    expect(html).toContain('data-pagefind-sort="date:2024-03-05"');
    expect(html).toContain('<span data-pagefind-filter="type:Étude de cas"></span>');
    expect(html).toContain('<span data-pagefind-meta="detail:LaBase · Nouvelle-Aquitaine"></span>');
    expect(html).toContain('<h2 id="contexte">Contexte</h2>');
  });

  it('échappent le texte des fiches', () => {
    const r = projetRecord(achats, g, body);
    const html = recordHtml({ ...r, title: 'A <b> & "c"', facts: ['<script>'] });
    expect(html).toContain('<h1 data-pagefind-weight="10">A &lt;b> &amp; "c"</h1>');
    expect(html).toContain('<li>&lt;script></li>');
  });

  it('couvrent chaque fiche publiée une fois, études de cas d’abord, de la plus récente à la plus ancienne', () => {
    const urls = searchRecords(base, g, body).map((r) => r.url);
    expect(urls).toEqual(['/projets/achats/', '/labs/labase/', '/methodes/immersion/']);
  });

  it('indexent la page du réseau depuis ses données : chiffres cités, histoire, rôle de la DITP, sans attendre la page', () => {
    const data = schemas.reseau.parse(parse(readFileSync('content/reseau.yaml', 'utf8')));
    const r = reseauRecord(data);
    expect(r.url).toBe('/reseau/');
    expect(r.title).toBe('Le réseau des labs d’innovation territoriale');
    expect(r.data).toEqual({});
    const html = recordHtml(r);
    // No type filter: the result says « Page », as for the other pages of the site.
    expect(html).not.toContain('data-pagefind-filter="type:');
    const words = text(html);
    for (const j of data.jalons) expect(words).toContain(j.titre);
    expect(words).toContain('organise chaque année le Mois de l’innovation publique');
    expect(words).toContain('Nés d’un appel à projets du Programme d’investissements d’avenir en 2016');
    expect(words).toMatch(/Le réseau est passé de \S+ labs en \d{4}/);
    // Each key figure as the press corner quotes it: value, label, publisher and date.
    const keys = keyFigures(figures(data));
    expect(keys.length).toBeGreaterThan(0);
    for (const f of keys)
      expect(r.facts).toContain(`${f.texte} ${f.libelle} (${f.document.editeur ? `${f.document.editeur}, ` : ''}${f.dateTexte})`);
    // Without the file, the page's own texts are still found.
    expect(text(recordHtml(reseauRecord(undefined)))).toContain('Le rôle de la DITP');
  });
});
