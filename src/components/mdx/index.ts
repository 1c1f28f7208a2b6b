/**
 * The allowlist: the only components an author may use in a contributed MDX file.
 * Each takes literal string props and renders to plain HTML at build time; none runs author code.
 */
import type { Element, ElementContent } from 'hast';

export interface MdxProp {
  /** Shown in error messages and in the web editor. */
  description: string;
  required: boolean;
  /** Closed list of values, when the prop has one. */
  values?: readonly string[];
}

export interface MdxComponent {
  /** What the component is for, shown to authors. */
  description: string;
  props: Record<string, MdxProp>;
  /** Renders the component around its already rendered children. */
  render(props: Record<string, string>, children: ElementContent[]): Element;
}

const el = (tagName: string, className: string[], children: ElementContent[], extra: Record<string, string> = {}): Element => ({
  type: 'element',
  tagName,
  properties: { className, ...extra },
  children,
});
const text = (value: string): ElementContent => ({ type: 'text', value });

export const MDX_COMPONENTS: Record<string, MdxComponent> = {
  Encadre: {
    description: 'Met en valeur un point clé (mise en exergue du DSFR).',
    props: {
      titre: { description: 'Titre court de l’encadré', required: false },
    },
    render: (props, children) =>
      el(
        'div',
        ['fr-callout', 'fr-my-3w'],
        [...(props.titre ? [el('p', ['fr-callout__title'], [text(props.titre)])] : []), el('div', ['fr-callout__text'], children)],
      ),
  },
  Citation: {
    description: 'Une parole d’usager ou d’agent, avec sa source.',
    props: {
      auteur: { description: 'Qui parle (fonction, pas de nom propre sans accord)', required: true },
      source: { description: 'Où et quand cela a été dit', required: false },
    },
    render: (props, children) =>
      el(
        'figure',
        ['fr-quote', 'fr-my-3w'],
        [
          el('blockquote', [], children),
          el(
            'figcaption',
            [],
            [
              el('p', ['fr-quote__author'], [text(props.auteur ?? '')]),
              ...(props.source ? [el('p', ['fr-quote__source'], [text(props.source)])] : []),
            ],
          ),
        ],
      ),
  },
  Alerte: {
    description: 'Un avertissement ou une information importante (alerte du DSFR).',
    props: {
      type: { description: 'Nature de l’alerte', required: true, values: ['info', 'attention'] },
      titre: { description: 'Titre de l’alerte', required: true },
    },
    render: (props, children) =>
      el(
        'div',
        ['fr-alert', props.type === 'attention' ? 'fr-alert--warning' : 'fr-alert--info', 'fr-my-3w'],
        [el('p', ['fr-alert__title'], [text(props.titre ?? '')]), ...children],
      ),
  },
};
