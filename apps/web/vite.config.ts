import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** Paths that the NestJS API answers; in development the Vite server forwards them to it. */
const apiPaths = ['/graphql', '/health', '/ready', '/auth'];
const apiOrigin = 'http://localhost:3000';

export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  // Vite's default, spelled out because react-dsfr's asset scripts read it here (and create the folder).
  publicDir: 'public',
  plugins: [react()],
  build: {
    // The API serves the client from dist/web (see apps/api/src/web-client.ts).
    outDir: '../../dist/web',
    emptyOutDir: true,
    // Libraries change less often than the app: separate chunks stay cached across releases.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/ },
            { name: 'vendor', test: /node_modules[\\/]/ },
          ],
        },
      },
    },
  },
  server: {
    proxy: Object.fromEntries(apiPaths.map((path) => [path, apiOrigin])),
  },
});
