// Layers are folders; these rules refuse imports that cross them the wrong way (see DESIGN.md).
import { builtinModules } from 'node:module';
import path from 'node:path';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

// Module names are matched exactly (a builtin named 'events' must not catch './events'); globs match paths.
const restrict = (message, names, regexes = []) => {
  const globs = names.filter((n) => n.includes('*'));
  const exact = names.filter((n) => !n.includes('*'));
  return {
    'no-restricted-imports': [
      'error',
      {
        paths: exact.map((name) => ({ name, message })),
        patterns: [
          ...(globs.length > 0 ? [{ group: globs, message }] : []),
          ...regexes.map((regex) => ({ regex, message })),
        ],
      },
    ],
  };
};

// Packages that load native code or Node streams: only the core (and the Electron shell) may hold them.
const nodeOnlyPackages = ['better-sqlite3', 'serialport', 'iconv-lite', 'node-thermal-printer'];
const nodeOnlyScopes = ['@serialport/*'];

// no-restricted-imports sees only static imports; an import() of a layer it refuses must be refused too,
// and a computed import() path cannot be checked at all, so it is refused outright.
const dynamicImports = (message, forbidden) => ({
  'no-restricted-syntax': [
    'error',
    { selector: `ImportExpression[source.type='Literal'][source.value=${forbidden}]`, message },
    {
      selector: "ImportExpression:not([source.type='Literal'])",
      message: 'import() with a computed path cannot be checked against the layers; import a literal path',
    },
  ],
});
// esquery's regex literal cannot hold a '/', so path separators are written \x2F.
const NODE_ONLY = String.raw`(^|\x2F)(electron|better-sqlite3|serialport|@serialport|iconv-lite|node-thermal-printer)(\x2F|$)|^node:`;

// A core module's files are its own: another module, the core or a script imports only its index.ts.
const MODULES_DIR = path.join(import.meta.dirname, 'electron', 'core', 'modules');
const moduleEntry = {
  meta: {
    type: 'problem',
    schema: [],
    messages: { internal: "import the '{{name}}' module through its index.ts, not its internals" },
  },
  create(context) {
    const ownModule = path.relative(MODULES_DIR, context.filename).split(path.sep)[0];
    const check = (source) => {
      if (!source || source.type !== 'Literal' || typeof source.value !== 'string') return;
      if (!source.value.startsWith('.')) return;
      const target = path.relative(MODULES_DIR, path.resolve(path.dirname(context.filename), source.value));
      if (target.startsWith('..') || path.isAbsolute(target)) return;
      const [name, ...inside] = target.split(path.sep);
      if (name === ownModule || inside.length === 0 || (inside.length === 1 && inside[0] === 'index')) return;
      context.report({ node: source, messageId: 'internal', data: { name } });
    };
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
    };
  },
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
        ...nodeOnlyPackages,
        ...nodeOnlyScopes,
        '**/renderer/**',
        '**/electron/**',
      ]),
      ...dynamicImports(
        'shared/ is pure TypeScript: no Node, electron or app layers',
        String.raw`/${NODE_ONLY}|renderer\x2F/`,
      ),
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
        ...nodeOnlyPackages,
        ...nodeOnlyScopes,
        '**/electron/**',
      ]),
      ...dynamicImports('renderer/ may import only shared/ (and browser libraries)', `/${NODE_ONLY}/`),
    },
  },
  {
    files: ['electron/core/**/*.{ts,mjs}', 'electron/cli/**/*.{ts,mjs}'],
    languageOptions: { globals: globals.node },
    rules: restrict('the core runs in plain Node: never electron, never the renderer', [
      'electron',
      '**/renderer/**',
      '**/main/**',
      '**/preload/**',
    ]),
  },
  {
    files: ['electron/**/*.{ts,mjs}'],
    plugins: { 'counter-pos': { rules: { 'module-entry': moduleEntry } } },
    rules: { 'counter-pos/module-entry': 'error' },
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
    rules: {
      ...restrict(
        'the preload sees only electron and shared/contract',
        [...nodeBuiltins],
        [String.raw`^(?!electron$|(\.\./)+shared/contract(/[\w-]+)?$)`],
      ),
      ...dynamicImports('the preload sees only electron and shared/contract', '/./'),
    },
  },
  {
    files: ['test/**/*.ts', 'electron.config.ts', 'eslint.config.js'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
