// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/**
 * Process boundaries are lint errors, not habits (DESIGN §1, conventions §6.1, §6.3):
 * - shared/ imports nothing from Electron, Node (node:*) or the other folders;
 * - renderer/ never imports main/ or preload/;
 * - raw ipcMain / ipcRenderer only in their one wrapper file each;
 * - no focused or skipped tests slip in.
 */
const NODE_BUILTINS = ['fs', 'path', 'crypto', 'os', 'child_process', 'http', 'net', 'url', 'util', 'stream', 'worker_threads'];

export default tseslint.config(
  { ignores: ['node_modules/', 'out/', 'dist/', 'test-results/', 'playwright-report/', '.electron-native/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', importNames: ['ipcMain'], message: 'Register handlers through main/app/ipc-electron.ts only.' },
            { name: 'electron', importNames: ['ipcRenderer'], message: 'Use the typed API in preload/index.ts only.' },
          ],
        },
      ],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: './shared', from: ['./main', './preload', './renderer'], message: 'shared/ is pure: it may not import the processes.' },
            { target: './renderer', from: ['./main', './preload'], message: 'The renderer talks to main only through window.hearth.' },
            { target: './preload', from: ['./main', './renderer'], message: 'The preload only forwards the contract.' },
            { target: './main', from: ['./renderer', './preload'], message: 'main/ may not import the renderer or preload.' },
          ],
        },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', ...NODE_BUILTINS], message: 'shared/ runs in the renderer too: no Node modules.' },
            { group: ['electron', 'better-sqlite3*', 'electron-store'], message: 'shared/ may not import process-specific packages.' },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['node:*', 'electron', 'better-sqlite3*', ...NODE_BUILTINS], message: 'The renderer never touches Node, Electron or the database.' }] },
      ],
    },
  },
  {
    files: ['main/app/ipc-electron.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['preload/index.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['test/**/*.ts', 'test/**/*.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.property.name='only']", message: 'No focused tests: they hide the rest of the suite.' },
        { selector: "CallExpression[callee.property.name='skip'][arguments.length<2]", message: 'A skipped test needs its reason.' },
      ],
    },
  },
  {
    files: ['**/*.cjs', '**/*.mjs', 'scripts/**'],
    languageOptions: { globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
