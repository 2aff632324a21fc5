import { fr } from '@codegouvfr/react-dsfr';
import { useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AgreementFormSection } from '../identity/AgreementFormSection';
import { PersonalDataSection } from '../identity/PersonalDataSection';
import { SignedIn } from '../identity/SignedIn';
import type { SessionUser } from '../identity/useSession';
import { useDocumentTitle } from '../layout/useDocumentTitle';
import { PublicProfileSection } from '../recognition/PublicProfileSection';

export function ProfilePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('profile.pageTitle'));
  const heading = useRef<HTMLHeadingElement>(null);

  return (
    <div className={fr.cx('fr-grid-row')}>
      <div className={fr.cx('fr-col-12', 'fr-col-md-10', 'fr-col-lg-8')}>
        <h1 ref={heading} tabIndex={-1}>
          {t('profile.heading')}
        </h1>
        {/* The retry button disappears while loading: the focus goes back to the page's heading. */}
        <SignedIn signedOut={t('profile.signedOut')} onRetry={() => heading.current?.focus()}>
          {(user) => <ProfileDetails user={user} />}
        </SignedIn>
      </div>
    </div>
  );
}

function ProfileDetails({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const { organisation } = user;
  const rows: { term: string; value: ReactNode }[] = [
    { term: t('profile.name'), value: user.displayName },
    { term: t('profile.email'), value: user.email ?? t('profile.noEmail') },
    {
      term: t('profile.organisation'),
      // Organisation names come from the API in French, whatever the interface language.
      value: organisation ? <span lang="fr">{organisation.name}</span> : t('profile.noOrganisation'),
    },
    ...(organisation
      ? [{ term: t('profile.organisationType'), value: t(`profile.organisationTypes.${organisation.type}`) }]
      : []),
    { term: t('profile.platformRole'), value: t(`profile.roles.${user.platformRole}`) },
  ];

  return (
    <>
      <p className={fr.cx('fr-text--lead')}>{t('profile.intro')}</p>
      <dl className={fr.cx('fr-pl-0', 'fr-mb-0')}>
        {rows.map(({ term, value }) => (
          <div key={term} className={fr.cx('fr-mb-3w')}>
            <dt className={fr.cx('fr-text--bold')}>{term}</dt>
            <dd className={fr.cx('fr-pl-0')}>{value}</dd>
          </div>
        ))}
      </dl>
      <AgreementFormSection user={user} />
      <PublicProfileSection user={user} />
      <PersonalDataSection />
    </>
  );
}
