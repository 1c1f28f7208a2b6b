// @ts-check
import eslintPluginAstro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';
import eslintConfigPrettier from 'eslint-config-prettier/flat';

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
    // Pages read the corpus through src/lib/routing.ts, which fetches it once and drops drafts.
    files: ['src/pages/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'astro:content', message: 'Une page lit le corpus par src/lib/routing.ts, jamais par astro:content.' }] },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "ImportExpression[source.value='astro:content']",
          message: 'Une page lit le corpus par src/lib/routing.ts, jamais par astro:content.',
        },
      ],
    },
  },
);
