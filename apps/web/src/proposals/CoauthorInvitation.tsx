import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { ButtonsGroup } from '@codegouvfr/react-dsfr/ButtonsGroup';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { codeOf } from '../api/graphql-request';
import { queryKeyOf } from '../api/queries';
import { useAction } from '../components/useAction';
import { useSession } from '../identity/useSession';
import { proposalPageQuery, useRespondToCoauthorship, type Proposal } from './proposals';

type Props = {
  proposal: Proposal;
  /** Where the focus goes once answered: the banner and its buttons are gone. */
  onDone: () => void;
};

/** For a person invited to co-write: a banner to accept or decline; then how it went. */
export function CoauthorInvitation({ proposal, onDone }: Props) {
  const { t } = useTranslation();
  const session = useSession();
  const action = useAction();
  const navigate = useNavigate();
  const cache = useQueryClient();
  const respondToCoauthorship = useRespondToCoauthorship();
  const invited =
    session.status === 'signedIn' &&
    proposal.authors.some((author) => author.status === 'invited' && author.user?.id === session.user.id);

  const respond = async (accept: boolean) => {
    const done = await action.run(async () => {
      await respondToCoauthorship.mutateAsync({ proposalId: proposal.id, accept });
      // A draft disappears for whoever declines to write it: the group's proposals are what remains.
      if (codeOf(cache.getQueryState(queryKeyOf(proposalPageQuery, { id: proposal.id }))?.error) === 'NOT_FOUND') {
        void navigate(proposal.group ? `/groupes/${proposal.group.slug}?onglet=propositions` : '/groupes');
      }
      return accept ? t('proposal.invitation.accepted') : t('proposal.invitation.declined');
    });
    if (done) onDone();
  };

  return (
    <>
      {action.feedback}
      {invited && (
        <Alert
          severity="info"
          as="h2"
          // Not an alert: the banner is part of the page from the start, not news to interrupt with.
          role={undefined}
          title={t('proposal.invitation.title')}
          description={
            <>
              <p className={fr.cx('fr-mb-2w')}>{t('proposal.invitation.explained')}</p>
              <ButtonsGroup
                inlineLayoutWhen="sm and up"
                buttons={[
                  {
                    children: t('proposal.invitation.accept'),
                    iconId: 'fr-icon-check-line',
                    onClick: () => void respond(true),
                  },
                  {
                    children: t('proposal.invitation.decline'),
                    iconId: 'fr-icon-close-line',
                    priority: 'secondary',
                    onClick: () => void respond(false),
                  },
                ]}
              />
            </>
          }
          className={fr.cx('fr-mb-4w')}
        />
      )}
    </>
  );
}
