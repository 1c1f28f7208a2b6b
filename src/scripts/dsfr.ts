// Only the DSFR behaviours the pages use: header menu and search modal, navigation, collapses, display settings.
import '@gouvfr/dsfr/dist/core/core.module.min.js';
import '@gouvfr/dsfr/dist/component/navigation/navigation.module.min.js';
import '@gouvfr/dsfr/dist/component/modal/modal.module.min.js';
import '@gouvfr/dsfr/dist/component/header/header.module.min.js';
import '@gouvfr/dsfr/dist/component/display/display.module.min.js';
import '@gouvfr/dsfr/dist/scheme/scheme.module.min.js';

// "Imprimer la fiche": the one behaviour of our own on content pages, delegated so pages carry no inline script.
document.addEventListener('click', (event) => {
  if ((event.target as Element | null)?.closest('[data-imprimer]')) window.print();
});

/** The DSFR's public API (window.dsfr), for the two fixes below. */
type Dsfr = (node: Element) => { modal?: { disclose(): void; conceal(withhold?: boolean, preventFocus?: boolean): void } };
const dsfr = (node: Element) => (window as unknown as { dsfr?: Dsfr }).dsfr?.(node).modal;

// A skip link whose target is in a closed header modal (the menu and the search, below the lg breakpoint) opens
// the modal and moves the focus there: the target itself if it takes focus, else its first link.
document.addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('.fr-skiplinks a[href^="#"]');
  const target = link ? document.getElementById(decodeURIComponent(link.hash.slice(1))) : null;
  const modal = target?.closest('.fr-modal');
  if (!target || !modal || target.checkVisibility({ visibilityProperty: true })) return;
  event.preventDefault();
  const focusable = target.matches('input, select, textarea, button, a[href]')
    ? target
    : target.querySelector<HTMLElement>('a[href], button, input');
  // The DSFR focuses the modal's first control once it is shown; the target takes the focus the frame after.
  const focusWhenShown = (frames: number) => {
    if (focusable?.checkVisibility({ visibilityProperty: true })) requestAnimationFrame(() => focusable.focus());
    else if (frames > 0) requestAnimationFrame(() => focusWhenShown(frames - 1));
  };
  dsfr(modal)?.disclose();
  focusWhenShown(30);
});

// Escape closes a modal from its radio buttons and checkboxes too (the display settings): the DSFR ignores Escape
// on every input, to leave it to text fields.
document.addEventListener('keydown', (event) => {
  const input = event.target;
  if (event.key !== 'Escape' || !(input instanceof HTMLInputElement) || !['radio', 'checkbox'].includes(input.type)) return;
  const modal = input.closest('.fr-modal.fr-modal--opened');
  if (modal) dsfr(modal)?.conceal(false, false);
});
