import { createBrowserRouter, Navigate } from 'react-router';
import { administrationHome } from './administration/AdministrationFrame';
import { Layout } from './layout/Layout';
import { AdminDomainsPage } from './pages/AdminDomainsPage';
import { AdminNewGroupPage } from './pages/AdminNewGroupPage';
import { AdminOrganisationsPage } from './pages/AdminOrganisationsPage';
import { AdminUsersPage } from './pages/AdminUsersPage';
import { CataloguePage } from './pages/CataloguePage';
import { EditCommonPage, NewCommonPage } from './pages/CommonEditorPage';
import { CommonImportPage } from './pages/CommonImportPage';
import { CommonPage } from './pages/CommonPage';
import { GroupPage } from './pages/GroupPage';
import { GroupsPage } from './pages/GroupsPage';
import { HomePage } from './pages/HomePage';
import { InfoPage } from './pages/InfoPage';
import { InvitationPage } from './pages/InvitationPage';
import { JournalPage } from './pages/JournalPage';
import { MyDiscussionsPage } from './pages/MyDiscussionsPage';
import { AdminMailDeliveriesPage } from './pages/AdminMailDeliveriesPage';
import { DevelopmentMailsPage } from './pages/DevelopmentMailsPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { NotificationPreferencesPage } from './pages/NotificationPreferencesPage';
import { NotificationsPage } from './pages/NotificationsPage';
import { ContributorPage } from './pages/ContributorPage';
import { ProfilePage } from './pages/ProfilePage';
import { EditProposalPage, NewProposalPage } from './pages/ProposalEditorPage';
import { ProposalPage } from './pages/ProposalPage';
import { OpenDataPage } from './pages/OpenDataPage';
import { OrganisationPage } from './pages/OrganisationPage';
import { ProposalSearchPage } from './pages/ProposalSearchPage';
import { SearchPage } from './pages/SearchPage';
import { SignInPage } from './pages/SignInPage';
import { SiteMapPage } from './pages/SiteMapPage';
import { UnsubscribePage } from './pages/UnsubscribePage';

// French paths: they are what users see and share.
export const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'connexion', element: <SignInPage /> },
      { path: 'profil', element: <ProfilePage /> },
      { path: 'contributeurs/:id', element: <ContributorPage /> },
      { path: 'groupes', element: <GroupsPage /> },
      { path: 'groupes/:slug', element: <GroupPage /> },
      { path: 'propositions', element: <ProposalSearchPage /> },
      { path: 'propositions/nouvelle', element: <NewProposalPage /> },
      { path: 'propositions/:id', element: <ProposalPage /> },
      { path: 'propositions/:id/modifier', element: <EditProposalPage /> },
      // The vote pages load on demand: most visits never open one.
      {
        path: 'scrutins/nouveau',
        lazy: async () => ({ Component: (await import('./votes/NewVotePage')).NewVotePage }),
      },
      { path: 'scrutins/:id', lazy: async () => ({ Component: (await import('./votes/VotePage')).VotePage }) },
      { path: 'communs', element: <CataloguePage /> },
      { path: 'communs/nouveau', element: <NewCommonPage /> },
      { path: 'communs/importer', element: <CommonImportPage /> },
      { path: 'communs/:slug', element: <CommonPage /> },
      { path: 'communs/:slug/modifier', element: <EditCommonPage /> },
      { path: 'structures/:id', element: <OrganisationPage /> },
      { path: 'recherche', element: <SearchPage /> },
      // The calls' pages load on demand too: each is the page of one part of a call's cycle.
      { path: 'appels', lazy: async () => ({ Component: (await import('./calls/CallsPage')).CallsPage }) },
      {
        path: 'appels/nouveau',
        lazy: async () => ({ Component: (await import('./calls/CallEditorPage')).NewCallPage }),
      },
      {
        path: 'appels/mes-candidatures',
        lazy: async () => ({ Component: (await import('./calls/MySubmissionsPage')).MySubmissionsPage }),
      },
      { path: 'appels/:id', lazy: async () => ({ Component: (await import('./calls/CallPage')).CallPage }) },
      {
        path: 'appels/:id/modifier',
        lazy: async () => ({ Component: (await import('./calls/CallEditorPage')).EditCallPage }),
      },
      {
        path: 'appels/:id/candidature',
        lazy: async () => ({ Component: (await import('./calls/SubmissionPage')).SubmissionPage }),
      },
      {
        path: 'appels/:id/evaluation',
        lazy: async () => ({ Component: (await import('./calls/ReviewPage')).ReviewPage }),
      },
      {
        path: 'appels/:id/pilotage',
        lazy: async () => ({ Component: (await import('./calls/BoardPage')).BoardPage }),
      },
      {
        path: 'appels/:id/resultats',
        lazy: async () => ({ Component: (await import('./calls/ResultsPage')).ResultsPage }),
      },
      // The dashboard loads on demand, with chart.js: no other page draws a chart.
      {
        path: 'indicateurs',
        lazy: async () => ({ Component: (await import('./pages/IndicatorsPage')).IndicatorsPage }),
      },
      { path: 'donnees', element: <OpenDataPage /> },
      { path: 'discussions', element: <MyDiscussionsPage /> },
      { path: 'invitations/:token', element: <InvitationPage /> },
      { path: 'journal', element: <JournalPage /> },
      { path: 'notifications', element: <NotificationsPage /> },
      { path: 'notifications/preferences', element: <NotificationPreferencesPage /> },
      { path: 'desabonnement/:token', element: <UnsubscribePage /> },
      { path: 'developpement/courriels', element: <DevelopmentMailsPage /> },
      { path: 'administration', element: <Navigate to={administrationHome} replace /> },
      { path: 'administration/utilisateurs', element: <AdminUsersPage /> },
      { path: 'administration/structures', element: <AdminOrganisationsPage /> },
      { path: 'administration/domaines', element: <AdminDomainsPage /> },
      { path: 'administration/groupes/nouveau', element: <AdminNewGroupPage /> },
      { path: 'administration/courriels', element: <AdminMailDeliveriesPage /> },
      { path: 'accessibilite', element: <InfoPage page="accessibility" /> },
      { path: 'mentions-legales', element: <InfoPage page="legalNotice" /> },
      { path: 'donnees-personnelles', element: <InfoPage page="personalData" /> },
      { path: 'plan-du-site', element: <SiteMapPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
