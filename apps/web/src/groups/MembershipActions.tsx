import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { ButtonsGroup } from '@codegouvfr/react-dsfr/ButtonsGroup';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { createModal } from '@codegouvfr/react-dsfr/Modal';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { codeOf } from '../api/graphql-request';
import { queryKeyOf } from '../api/queries';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { DateTime } from '../components/DateTime';
import { useAction } from '../components/useAction';
import { errorState, useFormSubmission } from '../components/useFormSubmission';
import { signInPath } from '../identity/signInPath';
import { useSession } from '../identity/useSession';
import { joinRequestSchema } from './membership-forms.schema';
import { groupPageQuery, useJoinGroup, useLeaveGroup, useRequestToJoinGroup, type Group } from './groups';

const leaveModal = createModal({ id: 'leave-group', isOpenedByDefault: false });

/** The viewer's place in the group: join, ask to join (with a message), the pending request, or leave. */
export function MembershipActions({ group }: { group: Group }) {
  const { t } = useTranslation();
  const session = useSession();
  const navigate = useNavigate();
  const here = useLocation();
  const cache = useQueryClient();
  const action = useAction();
  const joinGroup = useJoinGroup();
  const requestToJoinGroup = useRequestToJoinGroup();
  const leaveGroup = useLeaveGroup();
  const heading = useRef<HTMLHeadingElement>(null);
  const [asking, setAsking] = useState(false);
  const permissions = group.viewerPermissions;

  /** After an act the button pressed is gone: the focus goes back to the section's heading. */
  const act = async (run: () => Promise<unknown>, success: string) => {
    const done = await action.run(async () => {
      await run();
      return success;
    });
    if (done) {
      setAsking(false);
      heading.current?.focus();
    }
    return done;
  };

  let content;
  if (session.status === 'anonymous') {
    content = (
      <>
        <p>{t('group.signInToJoin')}</p>
        <Button linkProps={{ to: signInPath(here) }} iconId="fr-icon-account-circle-line">
          {t('session.signIn')}
        </Button>
      </>
    );
  } else if (group.viewerJoinRequest) {
    content = (
      <p className={fr.cx('fr-icon-time-line')}>
        {' '}
        {t('group.requestPending')} <DateTime value={group.viewerJoinRequest.createdAt} />.
      </p>
    );
  } else if (permissions.join) {
    content = (
      <Button
        iconId="fr-icon-user-add-line"
        onClick={() => void act(() => joinGroup.mutateAsync({ groupId: group.id }), t('group.joined'))}
      >
        {t('group.join')}
      </Button>
    );
  } else if (permissions.requestToJoin) {
    content = asking ? (
      <RequestForm
        onSubmit={async (message) => {
          await action.attempt(async () => {
            await requestToJoinGroup.mutateAsync({ groupId: group.id, message: message || null });
            return t('group.requestSent');
          });
          setAsking(false);
          heading.current?.focus();
        }}
        onCancel={() => setAsking(false)}
      />
    ) : (
      <Button iconId="fr-icon-user-add-line" onClick={() => setAsking(true)}>
        {t('group.requestToJoin')}
      </Button>
    );
  } else if (group.viewerRole) {
    content = <p>{t('group.youAre', { role: t(`groups.roles.${group.viewerRole}`) })}</p>;
  } else if (session.status === 'signedIn') {
    content = <p>{t(`group.cannotJoin.${joinRefusal(group, session.user.platformRole === 'guest')}`)}</p>;
  }

  return (
    <section
      aria-labelledby="membership-heading"
      className={fr.cx('fr-p-3w')}
      // A design token: the grey follows the light and dark themes.
      style={{ backgroundColor: fr.colors.decisions.background.alt.grey.default }}
    >
      <h2 id="membership-heading" ref={heading} tabIndex={-1} className={fr.cx('fr-h5')}>
        {t('group.membershipHeading')}
      </h2>
      {action.feedback}
      {content}
      {permissions.leave && (
        <>
          <Button priority="secondary" iconId="fr-icon-logout-box-r-line" nativeButtonProps={leaveModal.buttonProps}>
            {t('group.leave')}
          </Button>
          <ConfirmDialog
            modal={leaveModal}
            title={t('group.leaveTitle', { name: group.name })}
            confirmLabel={t('group.leaveConfirm')}
            onConfirm={() =>
              action.attempt(async () => {
                await leaveGroup.mutateAsync({ groupId: group.id });
                // A members-only group disappears for whoever leaves it: the directory is what remains.
                const page = cache.getQueryState(queryKeyOf(groupPageQuery, { slug: group.slug }));
                if (codeOf(page?.error) === 'NOT_FOUND') void navigate('/groupes');
                return t('group.left');
              })
            }
            onConceal={() => heading.current?.focus()}
          >
            <p>{t('group.leaveExplained')}</p>
          </ConfirmDialog>
        </>
      )}
    </section>
  );
}

/** Why a signed-in non-member has no button: in the order the API checks it. */
function joinRefusal(group: Group, guest: boolean) {
  if (group.status === 'archived') return 'archived';
  if (guest) return 'guest';
  return 'invitation';
}

function RequestForm({
  onSubmit,
  onCancel,
}: {
  /** Sends the request; rejects with the error to show, the message typed staying. */
  onSubmit: (message: string) => Promise<unknown>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const { form, submit, alert } = useFormSubmission({
    schema: joinRequestSchema,
    defaultValues: { message: '' },
    send: ({ message }) => onSubmit(message),
  });
  return (
    <form onSubmit={submit} noValidate>
      {alert}
      <Input
        label={t('group.requestMessage')}
        hintText={t('group.requestMessageHint')}
        textArea
        {...errorState(form.formState.errors.message)}
        nativeTextAreaProps={{ autoFocus: true, rows: 3, ...form.register('message') }}
      />
      <ButtonsGroup
        buttons={[
          { children: t('group.sendRequest'), type: 'submit', iconId: 'fr-icon-send-plane-line' },
          { children: t('action.cancel'), priority: 'secondary', type: 'button', onClick: onCancel },
        ]}
      />
    </form>
  );
}
