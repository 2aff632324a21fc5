import { startReactDsfr } from '@codegouvfr/react-dsfr/spa';
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Link } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { queryClient } from './api/query-client';
import { useLanguage } from './i18n';
import { LiveConnection } from './discussion/LiveConnection';
import { SessionProvider } from './identity/SessionProvider';
import { router } from './router';
// After the DSFR's styles (index.html): Ouvroir's few own classes.
import './ouvroir.css';

// DSFR components navigate with the router's Link and speak the interface's language.
startReactDsfr({ defaultColorScheme: 'system', Link, useLang: useLanguage });

declare module '@codegouvfr/react-dsfr/spa' {
  interface RegisterLink {
    Link: typeof Link;
  }
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    {/* What the API answered, cached for every page: read once, shared, read again when it changes. */}
    <QueryClientProvider client={queryClient}>
      {/* Who is signed in is loaded once, above the router: every page and the header share it. */}
      <SessionProvider>
        {/* One live connection (Socket.IO) for the whole client, while someone is signed in. */}
        <LiveConnection />
        <RouterProvider router={router} />
      </SessionProvider>
    </QueryClientProvider>
  </StrictMode>,
);
