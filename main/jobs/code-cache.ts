import { createHash } from 'node:crypto';

/**
 * A V8 code cache for a built worker (issue 15, the cold `hearth bundle`): a worker started for one build
 * compiles its 1.3 MB bundle, and then every function the build reaches, before it can do any work.
 * scripts/build.mjs (makeCodeCache) runs the worker's warm-up once and keeps V8's compiled bytecode
 * beside the file (`<name>-worker.cjs.cache`); a worker started from the built files loads through LOADER, which hands
 * that bytecode back to V8 instead of compiling again (measured by thread CPU time: about a tenth less
 * work for a cold build of 300 exhibits, most of it in loading).
 *
 * The cache starts with the SHA-256 of the source it was made from, and is used only for that exact
 * source: V8's own check compares lengths, not contents. V8 rejects it when Node's V8 or its flags differ
 * (Electron's V8 is not Node's), and then the worker compiles as it would without one: a cache can only
 * save time, never change what runs. It is made under the one-shot build's flags (one-shot-v8.ts), so
 * worker-file.ts loads through it only for such a build.
 */
export const codeCacheFile = (file: string): string => `${file}.cache`;

/** The digest a cache starts with, of the exact text the worker runs. */
export const sourceDigest = (source: string): Buffer => createHash('sha256').update(source).digest();

/**
 * What a worker thread runs (Worker eval mode, `argv: [file]`): the worker file as a CommonJS module,
 * compiled with its code cache when there is a current one. It records which on
 * `globalThis.hearthCodeCache` ('used', 'rejected' by V8, 'stale' for another source, 'none').
 * Plain JavaScript: a Worker's eval code is not compiled by TypeScript.
 */
export const LOADER = `
const { createHash } = require('node:crypto');
const { readFileSync } = require('node:fs');
const Module = require('node:module');
const { dirname } = require('node:path');
const { Script } = require('node:vm');
const file = process.argv[2];
const source = readFileSync(file, 'utf8');
let cached = null;
try { cached = readFileSync(file + '.cache'); } catch { cached = null; }
const current = cached !== null && cached.length > 32 && cached.subarray(0, 32).equals(createHash('sha256').update(source).digest());
const script = new Script(Module.wrap(source), { filename: file, ...(current ? { cachedData: cached.subarray(32) } : {}) });
globalThis.hearthCodeCache = cached === null ? 'none' : !current ? 'stale' : script.cachedDataRejected ? 'rejected' : 'used';
const module_ = new Module(file, null);
module_.filename = file;
module_.paths = Module._nodeModulePaths(dirname(file));
script.runInThisContext().call(module_.exports, module_.exports, Module.createRequire(file), module_, file, dirname(file));
`;
