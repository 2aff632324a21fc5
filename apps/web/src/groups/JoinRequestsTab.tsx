import { fr } from '@codegouvfr/react-dsfr';
import { ButtonsGroup } from '@codegouvfr/react-dsfr/ButtonsGroup';
import { createModal } from '@codegouvfr/react-dsfr/Modal';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { DateTime } from '../components/DateTime';
import { Missing, ResultsTable } from '../components/ResultsTable';
import { useAction } from '../components/useAction';
import type { Group } from './groups';
import { useDecideJoinRequest, useJoinRequests, type JoinRequest } from './members';

// One dialog for every row, opened by script: this page puts the focus back when it closes.
const declineModal = createModal({ id: 'decline-request', isOpenedByDefault: false });

/** For facilitators: the pending requests to join, each accepted or declined with a reason. */
export function JoinRequestsTab({ group }: { group: Group }) {
  const { t } = useTranslation();
  const requests = useJoinRequests(group.slug);
  const decideJoinRequest = useDecideJoinRequest();
  const action = useAction();
  const [declining, setDeclining] = useState<JoinRequest>();
  const heading = useRef<HTMLHeadingElement>(null);
  const opener = useRef<HTMLButtonElement>(null);

  /** The row decided leaves the list, with the focus that was on its button: it goes to the heading. */
  const decide = async (request: JoinRequest, accept: boolean, reason?: string) => {
    await decideJoinRequest.mutateAsync({ requestId: request.id, accept, reason });
    const name = request.user.displayName;
    return accept ? t('group.requests.accepted', { name }) : t('group.requests.declined', { name });
  };

  const row = (request: JoinRequest) => {
    // The visible verb, and for screen readers whose request it applies to.
    const label = (verb: string) => (
      <>
        {verb}
        <span className={fr.cx('fr-sr-only')}> {t('group.requests.target', { name: request.user.displayName })}</span>
      </>
    );
    return [
      <>
        {request.user.displayName}
        {request.user.organisation && (
          <>
            <br />
            <span lang="fr" className={fr.cx('fr-text--xs')}>
              {request.user.organisation.name}
            </span>
          </>
        )}
      </>,
      request.message ? <span className={fr.cx('fr-text--sm')}>{request.message}</span> : <Missing />,
      <DateTime value={request.createdAt} withTime />,
      <ButtonsGroup
        buttonsSize="small"
        inlineLayoutWhen="always"
        buttons={[
          {
            children: label(t('group.requests.accept')),
            iconId: 'fr-icon-check-line',
            onClick: () => void action.run(() => decide(request, true)).then(() => heading.current?.focus()),
          },
          {
            children: label(t('group.requests.decline')),
            iconId: 'fr-icon-close-line',
            priority: 'secondary',
            onClick: (event) => {
              opener.current = event.currentTarget;
              setDeclining(request);
              declineModal.open();
            },
          },
        ]}
      />,
    ];
  };

  return (
    <>
      <h2 ref={heading} tabIndex={-1} className={fr.cx('fr-h5')}>
        {t('group.requests.heading')}
      </h2>
      {action.feedback}
      <ResultsTable
        texts="group.requests"
        results={requests}
        headers={[
          t('group.requests.columns.person'),
          t('group.requests.columns.message'),
          t('group.requests.columns.date'),
          t('group.requests.columns.decision'),
        ]}
        row={row}
        onRetry={() => heading.current?.focus()}
      />
      <ConfirmDialog
        modal={declineModal}
        title={t('group.requests.declineTitle', { name: declining?.user.displayName ?? '' })}
        confirmLabel={t('group.requests.declineConfirm')}
        reason={{ label: t('group.requests.reason'), hint: t('group.requests.reasonHint'), required: true }}
        onConfirm={(reason) =>
          declining ? action.attempt(() => decide(declining, false, reason)) : Promise.resolve(undefined)
        }
        // The row stays when the dialog is cancelled, and leaves when the request is declined.
        onConceal={() => (opener.current?.isConnected ? opener.current : heading.current)?.focus()}
      >
        <p>{t('group.requests.declineExplained')}</p>
        {declining?.message && (
          <p>
            {t('group.requests.theirMessage')} « {declining.message} »
          </p>
        )}
      </ConfirmDialog>
    </>
  );
}
