// eslint-plugin-office-addins (Office.js load/sync rules, prettier) plus the security rules the
// pane promises: no eval, no new Function, no dangerouslySetInnerHTML.
import officeAddins from 'eslint-plugin-office-addins';
import tseslint from 'typescript-eslint';

const node = {
  require: 'readonly',
  module: 'writable',
  __dirname: 'readonly',
  process: 'readonly',
  console: 'readonly',
};
const [, , addinRules] = officeAddins.configs.recommended;

/**
 * The layers' import rules: a file in src/<layer> may import its own layer and the layers named
 * in `allowed`, nothing else of the project. core: only itself; functions and workbook: core;
 * nothing but the pane imports the pane (the pane itself is not restricted). One block per folder
 * depth, as imports are relative: from src/core/plan/x.ts, "../functions" is core's own folder.
 */
const layer = (name, allowed) =>
  [1, 2, 3].map(depth => {
    const up = `(\\.\\./){${depth}}`;
    const exceptions = allowed.map(other => `(?!${other}(/|$))`).join('');
    return {
      files: [`src/${name}/${'*/'.repeat(depth - 1)}*.{ts,tsx}`],
      rules: {
        'no-restricted-imports': [
          'error',
          {
            patterns: [
              {
                regex: `^${up}${exceptions}`,
                message: `src/${name} may import ${allowed.length ? `only src/${allowed.join(', src/')} and itself` : 'only itself'}.`,
              },
            ],
          },
        ],
      },
    };
  });

export default [
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'test-output/**', 'dist-tsc/**'] },
  ...officeAddins.configs.react,
  // The plugin's TypeScript block stops at .ts; the pane is .tsx. Same rules, same plugin objects.
  { ...addinRules, files: ['**/*.tsx'] },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { parser: tseslint.parser, parserOptions: { ecmaFeatures: { jsx: true } } },
    // TypeScript checks names itself (Office, Excel, CustomFunctions are ambient types).
    rules: { 'no-undef': 'off' },
  },
  {
    files: ['**/*.{ts,tsx,js,mjs,cjs}'],
    languageOptions: { ecmaVersion: 2022 },
    settings: { react: { version: 'detect' } },
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'react/no-danger': 'error',
      'react/react-in-jsx-scope': 'off',
      'react/prop-types': 'off',
    },
  },
  ...layer('core', []),
  ...layer('functions', ['core']),
  ...layer('workbook', ['core']),
  { files: ['**/*.{js,cjs}', 'bench/**', 'scripts/**'], languageOptions: { sourceType: 'commonjs', globals: node } },
  { files: ['**/*.mjs'], languageOptions: { sourceType: 'module', globals: node } },
];
