import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { messageOf } from '../api/graphql-request';
import { graphqlQuery } from '../api/queries';
import { DateTime } from '../components/DateTime';
import { LoadError } from '../components/LoadError';
import { myInvitationsQuery, useAcceptMyInvitation, type MyInvitation } from './members';

/** The invitations addressed to the signed-in person, each with "Accepter"; nothing when there are none. */
export function MyInvitations() {
  const { t } = useTranslation();
  const invitations = useQuery(graphqlQuery(myInvitationsQuery));

  if (invitations.isPending) return null;
  if (!invitations.data) {
    return (
      <section aria-labelledby="my-invitations" className={fr.cx('fr-mb-6w')}>
        <h2 id="my-invitations">{t('myInvitations.heading')}</h2>
        <LoadError
          title={t('myInvitations.errorTitle')}
          reason={messageOf(invitations.error)}
          onRetry={() => void invitations.refetch()}
        />
      </section>
    );
  }
  if (invitations.data.myInvitations.length === 0) return null;
  return (
    <section aria-labelledby="my-invitations" className={fr.cx('fr-mb-6w')}>
      <h2 id="my-invitations">{t('myInvitations.heading')}</h2>
      <ul className={fr.cx('fr-raw-list')}>
        {invitations.data.myInvitations.map((invitation) => (
          <li key={invitation.id} className={fr.cx('fr-mb-3w')}>
            <InvitationItem invitation={invitation} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function InvitationItem({ invitation }: { invitation: MyInvitation }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const acceptMyInvitation = useAcceptMyInvitation();
  const [accepting, setAccepting] = useState(false);
  const [error, setError] = useState<string>();
  // A members-only group stays hidden until its invitation is accepted.
  const name = invitation.group?.name ?? t('myInvitations.hiddenGroup');

  const accept = async () => {
    if (accepting) return;
    setAccepting(true);
    setError(undefined);
    try {
      const { group } = (await acceptMyInvitation.mutateAsync({ invitationId: invitation.id })).acceptMyInvitation;
      void navigate(group ? `/groupes/${group.slug}` : '/groupes');
    } catch (failure) {
      setError(messageOf(failure));
      setAccepting(false);
    }
  };

  return (
    <>
      <h3 className={fr.cx('fr-h6', 'fr-mb-1w')} lang="fr">
        {name}
      </h3>
      <p className={fr.cx('fr-mb-1w')}>
        {t('myInvitations.details', {
          role: t(`groups.roles.${invitation.role}`),
          by: invitation.invitedBy?.displayName ?? t('myInvitations.someone'),
        })}{' '}
        {t('myInvitations.until')} <DateTime value={invitation.expiresAt} />.
      </p>
      {error && <Alert severity="error" small description={error} className={fr.cx('fr-mb-2w')} />}
      <Button size="small" iconId="fr-icon-check-line" onClick={() => void accept()}>
        {accepting ? t('myInvitations.accepting') : t('myInvitations.accept')}
        <span className={fr.cx('fr-sr-only')}> {t('myInvitations.acceptTarget', { name })}</span>
      </Button>
    </>
  );
}
