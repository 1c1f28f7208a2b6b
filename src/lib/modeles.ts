/** Templates to print or download: which methods use which template, and how their paper is named. */
import type { MethodeData, ModeleData } from '../model/index.ts';
import { href } from './paths.ts';

export interface Modele {
  id: string;
  data: ModeleData;
}

/** The templates a method uses, as each template lists its methods (the link is written once, on the template). */
export function modelesOfMethode(modeles: Modele[], methode: string): Modele[] {
  return modeles.filter((m) => m.data.methodes.some((x) => x.id === methode));
}

/** The methods that use a template, in its order; unknown ids are left out (the checker refuses them anyway). */
export function methodesOfModele<M extends { id: string; data: Pick<MethodeData, 'titre'> }>(
  modele: Modele,
  methodes: Map<string, M>,
): M[] {
  return modele.data.methodes.map((x) => methodes.get(x.id)).filter((m): m is M => m !== undefined);
}

/** "A3 paysage", "A4 portrait". */
export const paperText = (d: Pick<ModeleData, 'papier' | 'orientation'>) => `${d.papier} ${d.orientation}`;

/** Where a template's Word file is published. */
export const docxPath = (id: string) => href(`/modeles/${id}.docx`);

/**
 * A template's rendered body with a caption on each table: the heading it sits under (every data table has
 * a title, RGAA 5.4), hidden on screen as the heading just above already shows it.
 */
export function captionTables(html: string, fallback: string): string {
  let heading = fallback;
  let n = 0;
  return html.replace(/<h([2-4])\b[^>]*>([\s\S]*?)<\/h\1>|<table>/g, (match, _level: string | undefined, inner: string | undefined) => {
    if (inner !== undefined) {
      heading = inner.replace(/<[^>]+>/g, '').trim() || fallback;
      n = 0;
      return match;
    }
    n += 1;
    return `<table><caption class="fr-sr-only">${heading}${n > 1 ? ` (${n})` : ''}</caption>`;
  });
}
