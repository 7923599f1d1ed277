import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The renderer build. The main process, preload and CLI are bundled by scripts/build.mjs (esbuild). */
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../out/renderer',
    emptyOutDir: true,
    // No inline scripts or eval: the CSP is script-src 'self'.
    modulePreload: { polyfill: false },
    sourcemap: false,
    // One chunk, held to its own budget by scripts/build.mjs (900 kB), so Vite's generic 500 kB warning says nothing useful.
    chunkSizeWarningLimit: 900,
  },
});
