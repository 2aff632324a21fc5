import { resolve } from 'node:path';
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
  // What the API shares with the client (limits, error reasons): plain TypeScript, compiled with the app.
  resolve: { alias: { '@ouvroir/contracts': resolve(import.meta.dirname, '../../libs/contracts/src') } },
  build: {
    // The API serves the client from dist/web (see apps/api/src/web-client.ts).
    outDir: '../../dist/web',
    emptyOutDir: true,
    // React and its router change less often than the app: their own chunk stays cached across releases.
    // (react-dsfr is left out of the groups: it needs its DSFR script loaded as a separate, later chunk.)
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/ },
            // The query cache's library, as stable.
            { name: 'tanstack-query', test: /node_modules[\\/]@tanstack[\\/]/ },
            // The forms' checking and state (react-hook-form, zod), as stable.
            { name: 'forms', test: /node_modules[\\/](react-hook-form|@hookform|zod)[\\/]/ },
            // The live connection's client, as stable as React.
            {
              name: 'socket.io',
              test: /node_modules[\\/](socket\.io-client|socket\.io-parser|engine\.io-client|engine\.io-parser|@socket\.io[\\/]component-emitter|xmlhttprequest-ssl)[\\/]/,
            },
          ],
        },
      },
    },
  },
  server: {
    proxy: {
      ...Object.fromEntries(apiPaths.map((path) => [path, apiOrigin])),
      // The live connection (Socket.IO over WebSocket), authenticated by the same session cookie.
      '/socket.io': { target: apiOrigin, ws: true },
    },
  },
});
