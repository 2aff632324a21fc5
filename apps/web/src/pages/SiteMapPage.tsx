import { fr } from '@codegouvfr/react-dsfr';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { administrationHome } from '../administration/AdministrationFrame';
import type frTexts from '../i18n/fr.json';
import { useDocumentTitle } from '../layout/useDocumentTitle';

/**
 * The site's pages, by section (RGAA 12.1: a site map is one of the two ways to find a page). Pages that need
 * an object (a group, a proposal, a vote) are reached from their lists and are not listed.
 */
type PageKey = keyof (typeof frTexts)['siteMap']['pages'];

const sections: { id: 'public' | 'signedIn' | 'administration' | 'about'; pages: [key: PageKey, path: string][] }[] = [
  {
    id: 'public',
    pages: [
      ['home', '/'],
      ['groups', '/groupes'],
      ['proposals', '/propositions'],
      ['commons', '/communs'],
      ['search', '/recherche'],
      ['calls', '/appels'],
      ['indicators', '/indicateurs'],
      ['openData', '/donnees'],
      ['journal', '/journal'],
      ['signIn', '/connexion'],
    ],
  },
  {
    id: 'signedIn',
    pages: [
      ['profile', '/profil'],
      ['discussions', '/discussions'],
      ['notifications', '/notifications'],
      ['notificationPreferences', '/notifications/preferences'],
      ['newProposal', '/propositions/nouvelle'],
      ['newCommon', '/communs/nouveau'],
      ['importCommon', '/communs/importer'],
      ['mySubmissions', '/appels/mes-candidatures'],
    ],
  },
  {
    id: 'administration',
    pages: [
      ['users', administrationHome],
      ['organisations', '/administration/structures'],
      ['domains', '/administration/domaines'],
      ['newGroup', '/administration/groupes/nouveau'],
      ['mailDeliveries', '/administration/courriels'],
    ],
  },
  {
    id: 'about',
    pages: [
      ['accessibility', '/accessibilite'],
      ['legalNotice', '/mentions-legales'],
      ['personalData', '/donnees-personnelles'],
      ['siteMap', '/plan-du-site'],
    ],
  },
];

export function SiteMapPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('siteMap.pageTitle'));

  return (
    <div className={fr.cx('fr-grid-row')}>
      <div className={fr.cx('fr-col-12', 'fr-col-lg-8')}>
        <h1>{t('siteMap.heading')}</h1>
        {sections.map(({ id, pages }) => (
          <section key={id}>
            <h2 className={fr.cx('fr-h4')}>{t(`siteMap.sections.${id}.title`)}</h2>
            {id !== 'public' && id !== 'about' && <p>{t(`siteMap.sections.${id}.note`)}</p>}
            <ul>
              {pages.map(([key, path]) => (
                <li key={key}>
                  <Link className={fr.cx('fr-link')} to={path}>
                    {t(`siteMap.pages.${key}`)}
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </div>
  );
}
