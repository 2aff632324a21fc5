import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import graphqlPlugin from '@graphql-eslint/eslint-plugin';
import queryPlugin from '@tanstack/eslint-plugin-query';
import { defineConfig } from 'eslint/config';
import boundaries from 'eslint-plugin-boundaries';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const CODE = ['**/*.{ts,tsx,js,cjs,mjs}'];
const JAVASCRIPT = ['**/*.{js,cjs,mjs}'];
const WEB = ['apps/web/**/*.{ts,tsx}'];
/** The web client's operations, where the codegen finds them (apps/web/codegen.ts's `documents`). */
const WEB_OPERATIONS = ['apps/web/src/**/*.{ts,tsx}', '!apps/web/src/gql/**'];

/**
 * Who may import whom among the libraries (through `@ouvroir/<library>`): a one-way chain, each
 * library importing only libraries before it, so that none depends on a library built on it.
 * contracts ← core ← identity ← live, audit ← domains ← groups ← proposals ← votes ← discussion.
 */
const LIBRARY_IMPORTS = {
  // Shared with the web client: imports nothing of ours.
  contracts: [],
  core: ['contracts'],
  identity: ['contracts', 'core'],
  live: ['contracts', 'core', 'identity'],
  audit: ['contracts', 'core', 'identity'],
  domains: ['contracts', 'core', 'identity', 'audit'],
  groups: ['contracts', 'core', 'identity', 'live', 'audit', 'domains'],
  proposals: ['contracts', 'core', 'identity', 'live', 'audit', 'domains', 'groups'],
  votes: ['contracts', 'core', 'identity', 'live', 'audit', 'domains', 'groups', 'proposals'],
  discussion: ['contracts', 'core', 'identity', 'live', 'audit', 'domains', 'groups', 'proposals', 'votes'],
  commons: ['contracts', 'core', 'identity', 'live', 'audit', 'domains', 'groups', 'proposals', 'votes', 'discussion'],
  calls: [
    'contracts',
    'core',
    'identity',
    'live',
    'audit',
    'domains',
    'groups',
    'proposals',
    'votes',
    'discussion',
    'commons',
  ],
  notifications: [
    'contracts',
    'core',
    'identity',
    'live',
    'audit',
    'domains',
    'groups',
    'proposals',
    'votes',
    'discussion',
    'commons',
    'calls',
  ],
  home: [
    'contracts',
    'core',
    'identity',
    'live',
    'audit',
    'domains',
    'groups',
    'proposals',
    'votes',
    'discussion',
    'commons',
    'calls',
  ],
  // At the top: it reads every domain's documents and computes the viewer's keys from groups.
  search: ['contracts', 'core', 'identity', 'domains', 'groups'],
  recognition: [
    'contracts',
    'core',
    'identity',
    'live',
    'audit',
    'domains',
    'groups',
    'proposals',
    'votes',
    'discussion',
    'commons',
    'calls',
  ],
  indicators: [
    'contracts',
    'core',
    'identity',
    'live',
    'audit',
    'domains',
    'groups',
    'proposals',
    'votes',
    'discussion',
    'commons',
    'calls',
  ],
};

const library = (names) => ({ element: { type: 'library', captured: { library: names } } });
const app = (name) => ({ element: { type: 'app', captured: { app: name } } });

/** Import boundaries: anything not allowed here is refused; the last policy matching decides. */
const IMPORT_POLICIES = [
  ...Object.entries(LIBRARY_IMPORTS)
    .filter(([, allowed]) => allowed.length > 0)
    .map(([name, allowed]) => ({ from: library(name), allow: { to: library(allowed) } })),
  // The API assembles every library; the web client shares only the contracts with it.
  { from: app('api'), allow: { to: library('*') } },
  { from: app('web'), allow: { to: library('contracts') } },
  // Tests and the benchmark drive the apps and the libraries; a spec beside the code may use the
  // tests' support.
  { from: { element: { types: ['test', 'bench'] } }, allow: { to: { element: { types: ['app', 'library'] } } } },
  { from: { file: { categories: 'spec' } }, allow: { to: { element: { type: 'test' } } } },
  {
    // A library reached by a path rather than its alias: its index is bypassed.
    disallow: { to: { element: { type: 'library' } }, dependency: { source: '!@ouvroir/*' } },
    message: 'Import a library through its alias @ouvroir/<library>, not by a path into its folder.',
  },
  // Except where the library's index cannot do: Jest's global setup must not load the app's
  // GraphQL types (test/setup/test-server.ts), and the tests' identity provider is built from the
  // development provider's parts, which @ouvroir/identity does not export; the browser tests read the
  // demo accounts without loading the server's libraries into Chromium's test process.
  {
    from: { file: { path: ['test/setup/**', 'test/support/identity-provider.ts', 'test/browser/own-data.ts'] } },
    allow: { to: { element: { type: 'library' } } },
  },
];

export default defineConfig(
  { ignores: ['node_modules/', 'dist/', 'data/', 'coverage/', 'apps/web/src/gql/', 'apps/web/public/'] },
  {
    files: CODE,
    extends: [js.configs.recommended, tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: {
        // Each file is checked with the nearest tsconfig.json: the root one (API, libraries, tests),
        // test/browser's, apps/web's. test/support/browser.ts is in none (the root one leaves out
        // the DOM): it takes test/browser's.
        projectService: {
          allowDefaultProject: ['test/support/browser.ts'],
          defaultProject: 'test/browser/tsconfig.json',
        },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Nest's dynamic modules and TypeORM migrations are classes with only static members or none.
      '@typescript-eslint/no-extraneous-class': 'off',
      // A promise nobody awaits loses its rejection: await it, or `void` it and say why.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  {
    files: JAVASCRIPT,
    extends: [tseslint.configs.disableTypeChecked],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['test/**', '**/*.spec.ts'],
    // HTTP and GraphQL answers are `any` by nature in tests, each of which asserts the shape it expects.
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    files: CODE,
    plugins: { boundaries },
    settings: {
      'boundaries/elements': [
        { type: 'app', pattern: 'apps/*', capture: ['app'], partialMatch: false },
        { type: 'library', pattern: 'libs/*', capture: ['library'], partialMatch: false },
        { type: 'test', pattern: 'test', partialMatch: false },
        { type: 'bench', pattern: 'bench', partialMatch: false },
      ],
      'boundaries/files': [{ category: 'spec', pattern: '**/*.spec.ts' }],
      'import/resolver': {
        [fileURLToPath(new URL('eslint-resolver.cjs', import.meta.url))]: {},
        node: { extensions: ['.ts', '.tsx', '.js', '.cjs', '.mjs', '.json'] },
      },
    },
    rules: { 'boundaries/dependencies': ['error', { default: 'disallow', policies: IMPORT_POLICIES }] },
  },
  {
    files: WEB,
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    extends: [queryPlugin.configs['flat/recommended']],
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // The operations of the web client, checked against the API's schema.
    files: ['apps/web/src/**/*.{ts,tsx}'],
    processor: graphqlPlugin.processor,
  },
  {
    files: ['apps/web/src/**/*.graphql'],
    languageOptions: {
      parser: graphqlPlugin.parser,
      parserOptions: { graphQLConfig: { schema: 'apps/api/schema.graphql', documents: WEB_OPERATIONS } },
    },
    plugins: { '@graphql-eslint': graphqlPlugin },
    rules: {
      ...graphqlPlugin.configs['flat/operations-recommended'].rules,
      // Selecting every object's id serves normalised caches (Apollo's, urql's), which key objects by
      // it; TanStack Query keeps whole answers, so an operation asks only for what its page shows.
      '@graphql-eslint/require-selections': 'off',
    },
  },
);
