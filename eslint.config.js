// @ts-check
import eslintPluginAstro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';
import eslintConfigPrettier from 'eslint-config-prettier/flat';

const labelMessage =
  "Cherchez un libellé par label() de src/lib/labels.ts : label('statut', id), label('region', code), label('thematique', id, g)…";
/** Label lookups written by hand: a closed list's .label(), region(code).nom, g.themes.get(id)?.data.libelle and the like. */
const labelLookups = [
  { selector: "CallExpression[callee.property.name='label'][callee.object.name=/^[A-Z_]+$/]", message: labelMessage },
  { selector: "MemberExpression[property.name='nom'][object.type='CallExpression'][object.callee.name='region']", message: labelMessage },
  {
    selector:
      "MemberExpression[property.name=/^(libelle|nom|titre)$/][object.property.name='data'][object.object.type='CallExpression'][object.object.callee.property.name='get']",
    message: labelMessage,
  },
];

export default tseslint.config(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'tests/fixtures/', 'public/'] },
  ...tseslint.configs.strict,
  ...eslintPluginAstro.configs.recommended,
  // Layout is Prettier's job (npm run check runs it); this turns off the lint rules that would disagree with it.
  eslintConfigPrettier,
  {
    rules: {
      // Unused function parameters are named with a leading underscore when an interface requires them.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // A French label is looked up through label() of src/lib/labels.ts only.
    files: ['src/**'],
    ignores: ['src/lib/labels.ts', 'src/lib/vocabulary.ts'],
    rules: { 'no-restricted-syntax': ['error', ...labelLookups] },
  },
  {
    // Pages read the corpus through src/lib/routing.ts, which fetches it once and drops drafts.
    files: ['src/pages/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'astro:content', message: 'Une page lit le corpus par src/lib/routing.ts, jamais par astro:content.' }] },
      ],
      'no-restricted-syntax': [
        'error',
        ...labelLookups,
        {
          selector: "ImportExpression[source.value='astro:content']",
          message: 'Une page lit le corpus par src/lib/routing.ts, jamais par astro:content.',
        },
      ],
    },
  },
);
