import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { ProConnectButton } from '@codegouvfr/react-dsfr/ProConnectButton';
import { useRef } from 'react';
import { QueryResult } from '../components/QueryResult';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useIdentityProviders, type IdentityProvider } from '../identity/useIdentityProviders';
import { useSession } from '../identity/useSession';
import { useDocumentTitle } from '../layout/useDocumentTitle';

/** The reasons the API gives in `/connexion?erreur=…` when it refuses a sign-in. */
const refusals = [
  'unknown_provider',
  'provider_unavailable',
  'login_failed',
  'access_denied',
  'email_domain_refused',
  'account_suspended',
  'identity_not_linked',
  'email_not_verified',
] as const;

/** The API's login route: a full page load, since the browser leaves for the provider; it comes back to `returnTo`. */
const loginUrl = (provider: IdentityProvider, returnTo: string | null) =>
  `/auth/${encodeURIComponent(provider.id)}/login${returnTo ? `?retour=${encodeURIComponent(returnTo)}` : ''}`;

export function SignInPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('signIn.pageTitle'));
  const session = useSession();
  const [searchParams] = useSearchParams();
  const reason = searchParams.get('erreur');
  // A reason this client does not know (a newer API) still gets a general explanation.
  const refusal = reason === null ? undefined : (refusals.find((known) => known === reason) ?? 'other');
  const heading = useRef<HTMLHeadingElement>(null);

  return (
    <div className={fr.cx('fr-grid-row')}>
      <div className={fr.cx('fr-col-12', 'fr-col-md-10', 'fr-col-lg-8')}>
        <h1 ref={heading} tabIndex={-1}>
          {t('signIn.heading')}
        </h1>
        {refusal && (
          <Alert
            severity="error"
            as="h2"
            title={t(`signIn.refusals.${refusal}.title`)}
            description={t(`signIn.refusals.${refusal}.description`)}
            className={fr.cx('fr-mb-4w')}
          />
        )}
        {session.status === 'signedIn' ? (
          <>
            <p className={fr.cx('fr-text--lead')}>{t('signIn.alreadySignedIn', { name: session.user.displayName })}</p>
            <Button linkProps={{ to: '/' }}>{t('signIn.homeLink')}</Button>
          </>
        ) : (
          <>
            <p className={fr.cx('fr-text--lead', 'fr-mb-4w')}>{t('signIn.intro')}</p>
            {/* The retry button disappears while loading: the focus goes back to the page's heading. */}
            <ProviderList returnTo={searchParams.get('retour')} onRetry={() => heading.current?.focus()} />
          </>
        )}
      </div>
    </div>
  );
}

function ProviderList({ returnTo, onRetry }: { returnTo: string | null; onRetry: () => void }) {
  const { t } = useTranslation();
  const providers = useIdentityProviders();

  return (
    <QueryResult
      query={providers}
      loading={t('signIn.loading')}
      errorTitle={t('signIn.errorTitle')}
      titleAs="h2"
      onRetry={onRetry}
    >
      {({ identityProviders }) =>
        identityProviders.length === 0 ? (
          <p>{t('signIn.empty')}</p>
        ) : (
          <ul className={fr.cx('fr-raw-list')}>
            {identityProviders.map((provider) => (
              <li key={provider.id} className={fr.cx('fr-mb-4w')}>
                <ProviderButton provider={provider} returnTo={returnTo} />
              </li>
            ))}
          </ul>
        )
      }
    </QueryResult>
  );
}

function ProviderButton({ provider, returnTo }: { provider: IdentityProvider; returnTo: string | null }) {
  const { t } = useTranslation();
  const unavailableId = `provider-${provider.id}-unavailable`;
  const describedBy = provider.available ? undefined : unavailableId;

  let button;
  if (provider.kind === 'proconnect') {
    button = provider.available ? (
      <ProConnectButton url={loginUrl(provider, returnTo)} />
    ) : (
      // ProConnectButton cannot be disabled: the same DSFR markup, as a disabled button (its CSS comes with the import).
      <div className={fr.cx('fr-connect-group')}>
        <button
          type="button"
          className={`${fr.cx('fr-btn', 'fr-connect')} pro-connect`}
          disabled
          aria-describedby={describedBy}
        >
          <span className={fr.cx('fr-connect__login')}>S’identifier avec</span>
          <span className={fr.cx('fr-connect__brand')}>ProConnect</span>
        </button>
      </div>
    );
  } else {
    const label = t('signIn.signInWith', { label: provider.label });
    button = provider.available ? (
      // reloadDocument: the API answers this address, not the client's router.
      <Button linkProps={{ to: loginUrl(provider, returnTo), reloadDocument: true }}>{label}</Button>
    ) : (
      <Button disabled nativeButtonProps={{ 'aria-describedby': describedBy }}>
        {label}
      </Button>
    );
  }

  return (
    <>
      {button}
      {!provider.available && (
        <p id={unavailableId} className={fr.cx('fr-message', 'fr-message--warning', 'fr-mt-1w')}>
          {t('signIn.unavailable')}
        </p>
      )}
    </>
  );
}
