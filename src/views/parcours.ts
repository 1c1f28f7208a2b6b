/** The phases page (/parcours/) as data: the five phases in order, each with its purpose and its methods, and what usually follows each method. */
import { formatDuree } from '../lib/cards.ts';
import type { Graph } from '../lib/graph.ts';
import { label } from '../lib/labels.ts';
import { href, url } from '../lib/paths.ts';
import { graphSequences } from '../lib/sequences.ts';
import { PHASES, type Phase } from '../lib/vocabulary.ts';

/** What each phase is for, in one sentence. */
const PURPOSE: Record<Phase, string> = {
  decouvrir: 'Comprendre ce que vivent les usagers et les agents, sur le terrain, avant de chercher des solutions.',
  definir: 'Rassembler les constats et choisir le problème à traiter, formulé de façon à ouvrir des pistes.',
  concevoir: 'Imaginer des solutions à plusieurs et les rendre concrètes au plus vite.',
  tester: 'Essayer les solutions avec de vrais usagers, puis en conditions réelles sur un périmètre limité.',
  deployer: 'Mesurer ce qui a changé, tirer les enseignements et permettre à d’autres de reprendre le projet.',
};

/** How many of the methods that usually follow a method are named. */
const NEXT = 2;

export function parcoursView(g: Graph) {
  const sequences = graphSequences(g);
  return {
    /** "Découvrir → Définir → …" */
    steps: PHASES.ids.map((p) => label('phase', p)).join(' → '),
    phases: PHASES.ids.map((phase, i) => ({
      id: phase,
      rank: i + 1,
      text: label('phase', phase),
      purpose: PURPOSE[phase],
      url: href(`/methodes/phase/${phase}/`),
      methodes: g.methodesOfPhase(phase).map((m) => {
        const n = g.projetsOfMethode(m.id).length;
        return {
          title: m.data.titre,
          url: url.methode(m.id),
          resume: m.data.resume,
          /** "2 heures · utilisée dans 3 projets" */
          facts: `${formatDuree(m.data.duree)}${n > 0 ? ` · utilisée dans ${n} projet${n > 1 ? 's' : ''}` : ''}`,
          next: (sequences.get(m.id)?.apres ?? []).slice(0, NEXT).map((x) => ({ text: label('methode', x.id, g), url: url.methode(x.id) })),
        };
      }),
    })),
  };
}
