import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/** The domain is pure: no UI, no DOM, no wall clock, no unseeded randomness (STYLE.md). */
const domainPurity = {
  files: ['src/domain/**/*.ts'],
  languageOptions: { globals: {} },
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: ['svelte', 'svelte/*', '@xstate/svelte'],
            message: 'src/domain imports no Svelte.',
          },
          {
            group: ['**/app/**', '**/ui/**', '**/cli/**', 'node:*'],
            message: 'src/domain depends on nothing outside it.',
          },
        ],
      },
    ],
    'no-restricted-globals': [
      'error',
      ...[
        'window',
        'document',
        'navigator',
        'location',
        'localStorage',
        'sessionStorage',
        'indexedDB',
        'fetch',
        'performance',
        'setTimeout',
        'setInterval',
        'requestAnimationFrame',
        'HTMLElement',
        'Element',
        'Node',
        'process',
      ].map((name) => ({ name, message: `src/domain is pure: no ${name}.` })),
    ],
    'no-restricted-syntax': [
      'error',
      {
        selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
        message: 'src/domain reads no wall clock: time comes from the simulated calendar.',
      },
      {
        selector: "NewExpression[callee.name='Date'][arguments.length=0]",
        message: 'src/domain reads no wall clock: time comes from the simulated calendar.',
      },
      {
        selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
        message: 'src/domain draws randomness only from the seeded generator (src/domain/random).',
      },
    ],
  },
};

export default ts.config(
  { ignores: ['dist/', 'node_modules/', 'test-results/', 'playwright-report/', '.tmp/'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      parserOptions: {
        projectService: true,
        extraFileExtensions: ['.svelte'],
        parser: ts.parser,
        svelteConfig,
      },
    },
  },
  domainPurity,
);
