// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'site/', 'screenshots/', 'docs/api/', 'coverage/', 'reports/', '.stryker-tmp/', '**/*.d.ts', 'test/fixtures/', 'examples/next-app/', 'examples/astro-site/'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // Counts and flags in messages are what templates are for.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
      // With noUncheckedIndexedAccess, `list[0]!` after a length check is the honest form.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // `(node) => void map.set(…)` says on purpose that nothing is returned.
      // `const { dropped: _dropped, ...rest } = value` names what is left out on purpose.
      '@typescript-eslint/no-unused-vars': ['error', { varsIgnorePattern: '^_', argsIgnorePattern: '^_', ignoreRestSiblings: true }],
      // `interface Article extends z.output<…> {}` keeps the name in declaration files and errors (TS7056).
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true, ignoreVoidOperator: true }],
    },
  },
  {
    // The example extension package has its own tsconfig (for its users); linted here against the
    // root one, whose `paths` resolve `presswork` to the sources.
    files: ['examples/**/*.ts'],
    languageOptions: { parserOptions: { projectService: false, project: './tsconfig.json', tsconfigRootDir: import.meta.dirname } },
  },
  {
    // Tests assert on parsed JSON reports and SARIF logs, which are `any` by nature.
    files: ['test/**/*.ts'],
    rules: {
      'no-control-regex': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { ...tseslint.configs.disableTypeChecked.languageOptions, globals: globals.node },
  },
);
