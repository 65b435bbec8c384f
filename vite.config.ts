import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const fromRoot = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

// The web app lives in src/web; the server serves the build from dist/web (index.html for every non-/api GET).
export default defineConfig({
  root: fromRoot('./src/web'),
  plugins: [react()],
  resolve: {
    // dkfds only exports its JS; the stylesheet, fonts and icons are reached through this alias.
    alias: { 'dkfds-dist': fromRoot('./node_modules/dkfds/dist') },
  },
  build: {
    outDir: fromRoot('./dist/web'),
    emptyOutDir: true,
    // The CSP allows no inline scripts; keep the entry free of an inline preload polyfill.
    modulePreload: { polyfill: false },
    // One bundle (about 620 kB, 180 kB gzipped) for an internal tool on the municipal network: loaded once,
    // then cached. Split by feature with lazy routes when it grows past this.
    chunkSizeWarningLimit: 800,
  },
  server: {
    port: 5173,
    proxy: { '/api': 'http://localhost:8080' },
  },
});
