import { createBrowserRouter, Navigate } from 'react-router';
import { administrationHome } from './administration/AdministrationFrame';
import { Layout } from './layout/Layout';
import { AdminOrganisationsPage } from './pages/AdminOrganisationsPage';
import { AdminUsersPage } from './pages/AdminUsersPage';
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
      { path: 'administration', element: <Navigate to={administrationHome} replace /> },
      { path: 'administration/utilisateurs', element: <AdminUsersPage /> },
      { path: 'administration/structures', element: <AdminOrganisationsPage /> },
      { path: 'accessibilite', element: <InfoPage page="accessibility" /> },
      { path: 'mentions-legales', element: <InfoPage page="legalNotice" /> },
      { path: 'donnees-personnelles', element: <InfoPage page="personalData" /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
