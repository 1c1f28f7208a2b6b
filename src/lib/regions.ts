/** The 18 regions of France (13 metropolitan, 5 overseas), by INSEE code. */
export interface Region {
  /** INSEE region code, as a string ("53"). */
  code: string;
  /** Official name. */
  nom: string;
  /** Name preceded by its French preposition ("en Bretagne", "à La Réunion"). */
  dans: string;
  /** True for the five overseas regions (drawn as insets on the map). */
  outreMer: boolean;
}

export const REGIONS: readonly Region[] = [
  { code: '01', nom: 'Guadeloupe', dans: 'en Guadeloupe', outreMer: true },
  { code: '02', nom: 'Martinique', dans: 'en Martinique', outreMer: true },
  { code: '03', nom: 'Guyane', dans: 'en Guyane', outreMer: true },
  { code: '04', nom: 'La Réunion', dans: 'à La Réunion', outreMer: true },
  { code: '06', nom: 'Mayotte', dans: 'à Mayotte', outreMer: true },
  { code: '11', nom: 'Île-de-France', dans: 'en Île-de-France', outreMer: false },
  { code: '24', nom: 'Centre-Val de Loire', dans: 'en Centre-Val de Loire', outreMer: false },
  { code: '27', nom: 'Bourgogne-Franche-Comté', dans: 'en Bourgogne-Franche-Comté', outreMer: false },
  { code: '28', nom: 'Normandie', dans: 'en Normandie', outreMer: false },
  { code: '32', nom: 'Hauts-de-France', dans: 'dans les Hauts-de-France', outreMer: false },
  { code: '44', nom: 'Grand Est', dans: 'dans le Grand Est', outreMer: false },
  { code: '52', nom: 'Pays de la Loire', dans: 'dans les Pays de la Loire', outreMer: false },
  { code: '53', nom: 'Bretagne', dans: 'en Bretagne', outreMer: false },
  { code: '75', nom: 'Nouvelle-Aquitaine', dans: 'en Nouvelle-Aquitaine', outreMer: false },
  { code: '76', nom: 'Occitanie', dans: 'en Occitanie', outreMer: false },
  { code: '84', nom: 'Auvergne-Rhône-Alpes', dans: 'en Auvergne-Rhône-Alpes', outreMer: false },
  { code: '93', nom: "Provence-Alpes-Côte d'Azur", dans: "en Provence-Alpes-Côte d'Azur", outreMer: false },
  { code: '94', nom: 'Corse', dans: 'en Corse', outreMer: false },
];

export const REGION_CODES = REGIONS.map((r) => r.code) as [string, ...string[]];

const byCode = new Map(REGIONS.map((r) => [r.code, r]));

/** The region of an INSEE code; throws on an unknown code, which the schema already rejects. */
export function region(code: string): Region {
  const found = byCode.get(code);
  if (!found) throw new Error(`Code de région inconnu : « ${code} ». Codes valides : ${REGION_CODES.join(', ')}.`);
  return found;
}
