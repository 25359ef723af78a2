// Lint rules for the whole package: TypeScript, Astro components (with their a11y rules) and React.
import eslintPluginAstro from 'eslint-plugin-astro'
import jsxA11y from 'eslint-plugin-jsx-a11y-x'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'dist-preview/',
      '.astro/',
      'studio/dist/',
      'studio/.sanity/',
      'node_modules/',
      'test-results/',
      'scripts/bench/work/',
      'scripts/bench/floor/.astro/',
      'scripts/bench/floor/node_modules/',
      '.rebuild/',
      '.data/',
    ],
  },
  ...tseslint.configs.recommended,
  ...eslintPluginAstro.configs.recommended,
  ...eslintPluginAstro.configs['jsx-a11y-strict'],
  {
    files: ['**/*.tsx'],
    ...jsxA11y.configs.strict,
  },
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      // `{field: _field, ...rest}` is how a test drops a field; the rest is what it uses.
      '@typescript-eslint/no-unused-vars': [
        'error',
        {ignoreRestSiblings: true, varsIgnorePattern: '^_', argsIgnorePattern: '^_'},
      ],
    },
  },
)
