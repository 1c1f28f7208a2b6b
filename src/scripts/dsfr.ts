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
