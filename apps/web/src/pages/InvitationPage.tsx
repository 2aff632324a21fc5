import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { messageOf } from '../api/graphql-request';
import { useGraphqlQuery } from '../api/useGraphqlQuery';
import { LoadError } from '../components/LoadError';
import { graphql } from '../gql';
import { acceptInvitation } from '../groups/members';
import { SignedIn } from '../identity/SignedIn';
import type { SessionUser } from '../identity/useSession';
import { useDocumentTitle } from '../layout/useDocumentTitle';

const invitationQuery = graphql(`
  query InvitationByToken($token: String!) {
    invitationByToken(token: $token) {
      role
      group {
        name
        kind
      }
    }
  }
`);

/** The page an invitation link opens: after sign-in, accepting it makes the person a member of the group. */
export function InvitationPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('invitation.pageTitle'));
  const heading = useRef<HTMLHeadingElement>(null);

  return (
    <div className={fr.cx('fr-grid-row')}>
      <div className={fr.cx('fr-col-12', 'fr-col-md-10', 'fr-col-lg-8')}>
        <h1 ref={heading} tabIndex={-1}>
          {t('invitation.heading')}
        </h1>
        {/* The retry button disappears while loading: the focus goes back to the page's heading. */}
        <SignedIn signedOut={t('invitation.signedOut')} onRetry={() => heading.current?.focus()}>
          {(user) => <AcceptInvitation user={user} />}
        </SignedIn>
      </div>
    </div>
  );
}

function AcceptInvitation({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const invitation = useGraphqlQuery(invitationQuery, { token });
  const navigate = useNavigate();
  const [accepting, setAccepting] = useState(false);
  const [error, setError] = useState<string>();

  const accept = async () => {
    if (accepting) return;
    setAccepting(true);
    setError(undefined);
    try {
      const slug = await acceptInvitation(token);
      void navigate(slug ? `/groupes/${slug}` : '/groupes');
    } catch (failure) {
      setError(messageOf(failure));
      setAccepting(false);
    }
  };

  if (invitation.status === 'loading') return <p role="status">{t('invitation.loading')}</p>;
  if (invitation.status === 'error') {
    return (
      <LoadError
        title={t('invitation.invalidTitle')}
        reason={invitation.message}
        titleAs="h2"
        onRetry={invitation.retry}
      />
    );
  }
  // A used, revoked or expired link is refused above, with its reason and without the group.
  const { role, group } = invitation.data.invitationByToken;
  const what = t('invitation.what', { group: group.name, role: t(`groups.roles.${role}`).toLowerCase() });

  return (
    <>
      <p className={fr.cx('fr-text--lead')}>{what}</p>
      {error && (
        <Alert
          severity="error"
          as="h2"
          title={t('invitation.errorTitle')}
          description={error}
          className={fr.cx('fr-mb-3w')}
        />
      )}
      <p className={fr.cx('fr-text--lead')}>{t('invitation.intro', { name: user.displayName })}</p>
      <Button iconId="fr-icon-check-line" onClick={() => void accept()}>
        {accepting ? t('invitation.accepting') : t('invitation.accept')}
      </Button>
    </>
  );
}
