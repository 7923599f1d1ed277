// @ts-check
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/**
 * Process boundaries are lint errors, not habits (DESIGN §1, conventions §6.1, §6.3):
 * - shared/ imports nothing from Electron, Node (node:*) or the other folders;
 * - renderer/ never imports main/ or preload/;
 * - raw ipcMain / ipcRenderer only in their one wrapper file each;
 * - one PDF toolkit behind one door: in main/, only main/pdf/ imports the PDF libraries (pdf-lib, pdfkit,
 *   pdf.js, fontkit, jpeg-js); everything else goes through main/pdf/ (lib.ts re-exports pdf-lib's public
 *   API). Outside main/pdf/, nothing (tests included) imports a PDF library's internals (`pdf-lib/cjs/…`):
 *   the speed patches that reach into them live in main/pdf/ with their equivalence tests (main/pdf/README.md);
 * - no focused or skipped tests slip in;
 * - no import cycles in main/ (import-x/no-cycle, file by file; test/unit/architecture/import-cycles.test.ts
 *   holds main/'s folders to the same);
 * - type-aware rules for main/, preload/, shared/, renderer/, scripts/ and test/: a promise is awaited, returned or
 *   explicitly let go with `void` (no-floating-promises), and never handed to something that does not
 *   wait for it (no-misused-promises).
 *
 * The renderer is layered (renderer/src/README.md): api/ ← hooks/ ← ui/ ← features/ ← app/. A feature
 * imports only ui/, hooks/, api/ and other features' index.ts, never another feature's insides, so no
 * feature turns into everyone's widget library again. No import cycles in renderer/, shared/ or preload/
 * either.
 *
 * import-x needs a TypeScript-aware resolver to see these paths at all: without one every relative
 * import of a .ts file was "unresolved" and the zones below silently checked nothing.
 */
const NODE_BUILTINS = ['fs', 'path', 'crypto', 'os', 'child_process', 'http', 'net', 'url', 'util', 'stream', 'worker_threads'];
const ELECTRON_PATHS = [
  { name: 'electron', importNames: ['ipcMain'], message: 'Register handlers through main/app/ipc-electron.ts only.' },
  { name: 'electron', importNames: ['ipcRenderer'], message: 'Use the typed API in preload/index.ts only.' },
];
/** A PDF library's internal modules: never imported, anywhere (main/pdf/ reaches what it needs through public classes). */
const PDF_INTERNALS = {
  regex: '^(pdf-lib|@cantoo/pdf-lib|pdfkit|fontkit)/.+',
  message: 'A PDF library\'s internals stay behind main/pdf/ (see main/pdf/README.md).',
};
/** The PDF libraries themselves: in main/, only main/pdf/ imports them. */
const PDF_LIBRARIES = {
  regex: '^(pdf-lib|@cantoo/pdf-lib|pdfkit|pdfjs-dist|fontkit|jpeg-js)(/.*)?$',
  message: 'Import PDF tools from main/pdf/ (lib.ts for pdf-lib\'s API): one toolkit behind one door.',
};

const R = './renderer/src';
const FEATURES = readdirSync(new URL('./renderer/src/features', import.meta.url), { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name);
const RENDERER_LAYERS = [
  { target: `${R}/api`, from: [`${R}/hooks`, `${R}/ui`, `${R}/features`, `${R}/app`], message: 'api/ is the bottom layer: it talks to window.hearth and nothing else.' },
  { target: `${R}/hooks`, from: [`${R}/ui`, `${R}/features`, `${R}/app`], message: 'hooks/ may use api/ only.' },
  { target: `${R}/ui`, from: [`${R}/features`, `${R}/app`], message: 'ui/ is the shared widget kit: it knows no feature and no app state.' },
  { target: `${R}/features`, from: [`${R}/app`], message: 'Features get the session through hooks/useSession, not from app/.' },
  // Each feature may import another only through its index.ts.
  ...FEATURES.map((name) => ({
    target: `${R}/features/${name}`,
    from: `${R}/features/!(${name})/**`,
    except: ['**/renderer/src/features/*/index.ts'],
    message: `Import another feature through its index.ts; a widget two features need belongs in ui/.`,
  })),
];

export default tseslint.config(
  { ignores: ['node_modules/', 'out/', 'dist/', 'test-results/', 'playwright-report/', '.electron-native/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    languageOptions: { globals: { ...globals.node } },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs', '.cjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.mjs', '.cjs', '.js', '.json', '.node'] })],
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { paths: ELECTRON_PATHS, patterns: [PDF_INTERNALS] }],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: './shared', from: ['./main', './preload', './renderer'], message: 'shared/ is pure: it may not import the processes.' },
            { target: './renderer', from: ['./main', './preload'], message: 'The renderer talks to main only through window.hearth.' },
            { target: './preload', from: ['./main', './renderer'], message: 'The preload only forwards the contract.' },
            { target: './main', from: ['./renderer', './preload'], message: 'main/ may not import the renderer or preload.' },
            ...RENDERER_LAYERS,
          ],
        },
      ],
    },
  },
  {
    // File-level import cycles in main/. import-x must parse TypeScript and resolve extensionless imports to
    // follow the graph; without these settings the rule silently finds nothing.
    files: ['main/**/*.ts'],
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs', '.cjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json', '.node'] })],
    },
    rules: { 'import-x/no-cycle': 'error' },
  },
  {
    files: ['main/**/*.ts', 'preload/**/*.ts', 'shared/**/*.ts', 'renderer/**/*.{ts,tsx}', 'scripts/**/*.mjs', 'test/**/*.{ts,tsx}', '*.config.ts'],
    languageOptions: {
      parserOptions: {
        // tsconfig.node.json covers these; the build scripts are plain JavaScript in no project.
        projectService: { allowDefaultProject: ['scripts/*.mjs'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  {
    files: ['main/**/*.ts'],
    ignores: ['main/pdf/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: ELECTRON_PATHS, patterns: [PDF_INTERNALS, PDF_LIBRARIES] }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.name='require'] > Literal[value=/^(pdf-lib|@cantoo\\/pdf-lib|pdfkit|pdfjs-dist|fontkit)(\\/|$)/]",
          message: 'Load PDF tools through main/pdf/ only.',
        },
      ],
    },
  },
  {
    // One store per feature (issue 14): SQL runs only in main/db/ and in a feature's store.ts. A rule of
    // its own (not no-restricted-syntax, whose options a later block would replace for these files).
    files: ['main/**/*.ts'],
    ignores: ['main/db/**', 'main/**/store.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { property: 'prepare', message: "SQL lives in main/db/ or the feature's store.ts: add a query function there and call it." },
        { property: 'exec', message: "SQL lives in main/db/ or the feature's store.ts (for a regular expression, use String#match or matchAll)." },
      ],
    },
  },
  {
    // The door itself: the one place that may reach a PDF library's internals.
    files: ['main/pdf/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: ELECTRON_PATHS }] },
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
        {
          patterns: [
            { group: ['node:*', 'electron', 'better-sqlite3*', ...NODE_BUILTINS], message: 'The renderer never touches Node, Electron or the database.' },
            { group: ['date-holidays', '**/standards/calendar', '**/standards/engine'], message: 'Working days and bank holidays are main’s: their tables would take the renderer over its size budget. London time is in shared/time.' },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'shared/**/*.ts', 'preload/**/*.ts'],
    rules: { 'import-x/no-cycle': 'error' },
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
