import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { messageOf } from '../api/graphql-request';
import { graphqlQuery } from '../api/queries';
import { QueryResult } from '../components/QueryResult';
import { graphql } from '../gql';
import type { InvitationByTokenQuery } from '../gql/graphql';
import { useAcceptInvitation } from '../groups/members';
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
  const invitation = useQuery(graphqlQuery(invitationQuery, { token }));
  const acceptInvitation = useAcceptInvitation();
  const navigate = useNavigate();
  const [accepting, setAccepting] = useState(false);
  const [error, setError] = useState<string>();

  const accept = async () => {
    if (accepting) return;
    setAccepting(true);
    setError(undefined);
    try {
      const { group } = (await acceptInvitation.mutateAsync({ token })).acceptInvitation;
      void navigate(group ? `/groupes/${group.slug}` : '/groupes');
    } catch (failure) {
      setError(messageOf(failure));
      setAccepting(false);
    }
  };

  // A used, revoked or expired link is refused, with its reason and without the group.
  return (
    <QueryResult
      query={invitation}
      loading={t('invitation.loading')}
      errorTitle={t('invitation.invalidTitle')}
      titleAs="h2"
    >
      {({ invitationByToken }) => (
        <Invitation
          invitation={invitationByToken}
          user={user}
          error={error}
          accepting={accepting}
          onAccept={() => void accept()}
        />
      )}
    </QueryResult>
  );
}

type InvitationProps = {
  invitation: InvitationByTokenQuery['invitationByToken'];
  user: SessionUser;
  /** Why accepting failed, to show above the button. */
  error?: string;
  accepting: boolean;
  onAccept: () => void;
};

/** What the invitation offers, and the button to accept it. */
function Invitation({ invitation, user, error, accepting, onAccept }: InvitationProps) {
  const { t } = useTranslation();
  const { role, group } = invitation;
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
      <Button iconId="fr-icon-check-line" onClick={onAccept}>
        {accepting ? t('invitation.accepting') : t('invitation.accept')}
      </Button>
    </>
  );
}
