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
  { files: ['**/*.{js,cjs}', 'bench/**', 'scripts/**'], languageOptions: { sourceType: 'commonjs', globals: node } },
  { files: ['**/*.mjs'], languageOptions: { sourceType: 'module', globals: node } },
];
