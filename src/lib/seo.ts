/**
 * Structured data (schema.org JSON-LD, typed with schema-dts) and its safe serialization: frontmatter
 * written by contributors ends up inside a <script> element, so "<" and friends are escaped.
 */
import type { Article, BreadcrumbList, GovernmentOrganization, HowTo, Thing, WebSite, WithContext } from 'schema-dts';
import type { Lab, Methode, Pratique, Projet } from './graph.ts';
import { isoDate } from './dates.ts';
import { label } from './labels.ts';
import { SITE } from './site.ts';

/** JSON for a <script type="application/ld+json">: no "</script>", no HTML comment, no line separators. */
export function safeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** A JSON-LD document: a schema.org thing with its context first. */
function ld<T extends Thing>(thing: Exclude<T, string>): WithContext<T> {
  return { '@context': 'https://schema.org', ...thing } as WithContext<T>;
}

const publisher = { '@type': 'GovernmentOrganization', name: SITE.publisher } as const;

export function breadcrumbLd(items: { name: string; url: string }[]): WithContext<BreadcrumbList> {
  return ld<BreadcrumbList>({
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, i) => ({ '@type': 'ListItem', position: i + 1, name: item.name, item: item.url })),
  });
}

export function websiteLd(url: string): WithContext<WebSite> {
  return ld<WebSite>({
    '@type': 'WebSite',
    name: SITE.name,
    description: SITE.tagline,
    url,
    inLanguage: 'fr',
    publisher,
  });
}

function labOrg(lab: Lab | undefined, labUrl: string | undefined): GovernmentOrganization | undefined {
  return lab ? { '@type': 'GovernmentOrganization', name: lab.data.nom, ...(labUrl ? { url: labUrl } : {}) } : undefined;
}

/** What every article (case study, best practice) says of itself. */
/** The public documents an entry's facts come from, as schema.org citations. */
export function citations(sources: { titre: string; url: string; editeur?: string | undefined; date?: Date | undefined }[]) {
  return sources.map((s) => ({
    '@type': 'CreativeWork' as const,
    name: s.titre,
    url: s.url,
    ...(s.editeur ? { publisher: { '@type': 'Organization' as const, name: s.editeur } } : {}),
    ...(s.date ? { datePublished: isoDate(s.date) } : {}),
  }));
}

function article(
  d: Projet['data'] | Pratique['data'],
  o: { url: string; themes: string[]; image?: string | undefined },
): WithContext<Article> {
  return ld<Article>({
    '@type': 'Article',
    headline: d.titre,
    description: d.resume,
    url: o.url,
    inLanguage: 'fr',
    datePublished: isoDate(d.publie),
    dateModified: isoDate(d.misAJour ?? d.publie),
    about: o.themes.map((name) => ({ '@type': 'Thing', name })),
    author: d.auteurs.map((name) => ({ '@type': 'Organization', name })),
    publisher,
    ...(o.image ? { image: o.image } : {}),
    ...(d.sources.length > 0 ? { citation: citations(d.sources) } : {}),
  });
}

export function projetLd(
  p: Projet,
  o: { url: string; lab: Lab | undefined; labUrl: string; regionCode: string; themes: string[]; image?: string | undefined },
): WithContext<Article> {
  const d = p.data;
  const author = labOrg(o.lab, o.labUrl);
  return {
    ...article(d, o),
    spatialCoverage: {
      '@type': 'AdministrativeArea',
      name: label('region', o.regionCode),
      ...(d.territoire ? { containsPlace: { '@type': 'Place', name: d.territoire } } : {}),
    },
    ...(author ? { author: [author] } : {}),
  };
}

export function pratiqueLd(p: Pratique, o: { url: string; themes: string[]; image?: string | undefined }): WithContext<Article> {
  return article(p.data, o);
}

/** ISO 8601 duration of a method's shortest run ("PT2H", "P1D"). */
export function isoDuration(d: Methode['data']['duree']): string {
  const n = d.min;
  switch (d.unite) {
    case 'minutes':
      return `PT${n}M`;
    case 'heures':
      return `PT${n}H`;
    case 'jours':
      return `P${n}D`;
    case 'semaines':
      return `P${n}W`;
  }
}

export function methodeLd(
  m: Methode,
  o: { url: string; steps: { name: string; text: string }[]; image?: string | undefined },
): WithContext<HowTo> {
  const d = m.data;
  return ld<HowTo>({
    '@type': 'HowTo',
    name: d.titre,
    description: d.resume,
    url: o.url,
    inLanguage: 'fr',
    totalTime: isoDuration(d.duree),
    supply: d.materiel.map((name) => ({ '@type': 'HowToSupply', name })),
    step: o.steps.map((s, i) => ({ '@type': 'HowToStep', position: i + 1, name: s.name, text: s.text, url: `${o.url}#etape-${i + 1}` })),
    datePublished: isoDate(d.publie),
    dateModified: isoDate(d.misAJour ?? d.publie),
    publisher,
    ...(o.image ? { image: o.image } : {}),
    ...(d.sources.length > 0 ? { citation: citations(d.sources) } : {}),
  });
}

export function labLd(l: Lab, o: { url: string }): WithContext<GovernmentOrganization> {
  const d = l.data;
  return ld<GovernmentOrganization>({
    '@type': 'GovernmentOrganization',
    name: d.nom,
    url: o.url,
    ...(d.site ? { sameAs: d.site } : {}),
    ...(d.contact ? { email: d.contact } : {}),
    ...(d.creation ? { foundingDate: String(d.creation) } : {}),
    ...(d.fermeture ? { dissolutionDate: String(d.fermeture) } : {}),
    ...(d.sources.length > 0 ? { subjectOf: citations(d.sources) } : {}),
    parentOrganization: { '@type': 'GovernmentOrganization', name: d.porteur },
    location: {
      '@type': 'Place',
      name: d.ville,
      address: { '@type': 'PostalAddress', addressLocality: d.ville, addressRegion: label('region', d.region), addressCountry: 'FR' },
      geo: { '@type': 'GeoCoordinates', latitude: d.coordonnees.lat, longitude: d.coordonnees.lon },
    },
  });
}
