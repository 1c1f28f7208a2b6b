// html-validate configuration for the built pages (tests/dist/html-validate.test.ts). A JavaScript file rather than
// .htmlvalidate.json so that each exception carries its reason on the line before it.
/** @type {import('html-validate').ConfigData} */
export default {
  root: true,
  extends: ['html-validate:recommended'],
  rules: {
    // The DSFR reference markup keeps the explicit landmark roles (header role="banner", nav role="navigation", main role="main", footer role="contentinfo").
    'no-redundant-role': 'off',
    // A title is the page's full name then the site's (RGAA 8.6); a case study's name alone often passes 70 characters, a search-engine limit.
    'long-title': 'off',
  },
};
