// Layers are folders; these rules refuse imports that cross them the wrong way (see DESIGN.md).
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

// Module names are matched exactly (a builtin named 'events' must not catch './events'); globs match paths.
const restrict = (message, names) => {
  const globs = names.filter((n) => n.includes('*'));
  const exact = names.filter((n) => !n.includes('*'));
  return {
    'no-restricted-imports': [
      'error',
      {
        paths: exact.map((name) => ({ name, message })),
        patterns: globs.length > 0 ? [{ group: globs, message }] : [],
      },
    ],
  };
};

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test/.artifacts/**', 'bench-data/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      ...restrict('shared/ is pure TypeScript: no Node, DOM, electron or app layers', [
        ...nodeBuiltins,
        'electron',
        'react',
        'react-dom',
        'antd',
        'better-sqlite3',
        '**/renderer/**',
        '**/electron/**',
      ]),
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'process',
        'Buffer',
        'require',
        'localStorage',
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrict('renderer/ may import only shared/ (and browser libraries)', [
        ...nodeBuiltins,
        'electron',
        'better-sqlite3',
        '**/electron/**',
      ]),
    },
  },
  {
    files: ['electron/core/**/*.ts', 'electron/cli/**/*.{ts,mjs}'],
    languageOptions: { globals: globals.node },
    rules: restrict('the core runs in plain Node: never electron, never the renderer', [
      'electron',
      '**/renderer/**',
      '**/main/**',
      '**/preload/**',
    ]),
  },
  {
    files: ['electron/main/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: restrict('the Electron shell binds the core; it never reaches into the renderer', [
      '**/renderer/**',
    ]),
  },
  {
    files: ['electron/preload/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: restrict('the preload sees only the contract', [
      ...nodeBuiltins,
      '**/core/**',
      '**/main/**',
      '**/renderer/**',
      '**/domain/**',
    ]),
  },
  {
    files: ['test/**/*.ts', 'electron.config.ts', 'eslint.config.js'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
