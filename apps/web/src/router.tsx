import { createBrowserRouter } from 'react-router';
import { Layout } from './layout/Layout';
import { HomePage } from './pages/HomePage';
import { InfoPage } from './pages/InfoPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { ProfilePage } from './pages/ProfilePage';
import { SignInPage } from './pages/SignInPage';

// French paths: they are what users see and share.
export const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'connexion', element: <SignInPage /> },
      { path: 'profil', element: <ProfilePage /> },
      { path: 'accessibilite', element: <InfoPage page="accessibility" /> },
      { path: 'mentions-legales', element: <InfoPage page="legalNotice" /> },
      { path: 'donnees-personnelles', element: <InfoPage page="personalData" /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
