import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { Table } from '@codegouvfr/react-dsfr/Table';
import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useController } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { graphqlQuery } from '../api/queries';
import { DateTime } from '../components/DateTime';
import { QueryResult } from '../components/QueryResult';
import { useAction } from '../components/useAction';
import { errorState, useFormSubmission } from '../components/useFormSubmission';
import type { InvitationInput, MembershipRole } from '../gql/graphql';
import { rolesOf, type Group } from './groups';
import { groupInvitationsQuery, useInviteToGroup, useRevokeInvitation, type Invitation } from './members';
import { invitationSchema } from './membership-forms.schema';
import { RoleSelect } from './RoleSelect';
import { UserPicker } from './UserPicker';

/** For facilitators: invite a registered person or an e-mail address, and follow the open invitations. */
export function InvitationsTab({ group }: { group: Group }) {
  const { t } = useTranslation();
  const invitations = useQuery(graphqlQuery(groupInvitationsQuery, { slug: group.slug }));
  const inviteToGroup = useInviteToGroup();
  const revokeInvitation = useRevokeInvitation();
  const action = useAction();
  const heading = useRef<HTMLHeadingElement>(null);

  const revoke = (invitation: Invitation, invitee: string) =>
    action
      .run(async () => {
        await revokeInvitation.mutateAsync({ invitationId: invitation.id });
        return t('group.invitations.revoked', { invitee });
      })
      // The row leaves the table with the focus that was on its button.
      .then(() => heading.current?.focus());

  const table = (list: Invitation[]) =>
    list.length === 0 ? (
      <p>{t('group.invitations.empty')}</p>
    ) : (
      <Table
        caption={t('group.invitations.caption')}
        noCaption
        headers={[
          t('group.invitations.columns.invitee'),
          t('group.invitations.columns.role'),
          t('group.invitations.columns.expires'),
          t('group.invitations.columns.by'),
          t('group.invitations.columns.actions'),
        ]}
        data={list.map((invitation) => {
          const invitee = invitation.invitedUser?.displayName ?? invitation.email ?? '';
          return [
            invitee,
            t(`groups.roles.${invitation.role}`),
            invitation.expired ? (
              <Badge as="span" small severity="warning">
                {t('group.invitations.expired')}
              </Badge>
            ) : (
              <DateTime value={invitation.expiresAt} />
            ),
            invitation.invitedBy?.displayName ?? '',
            <Button
              size="small"
              priority="secondary"
              iconId="fr-icon-delete-line"
              onClick={() => void revoke(invitation, invitee)}
            >
              {t('group.invitations.revoke')}
              <span className={fr.cx('fr-sr-only')}> {t('group.invitations.revokeTarget', { invitee })}</span>
            </Button>,
          ];
        })}
      />
    );

  return (
    <>
      {group.status === 'active' && (
        <InvitationForm
          roles={rolesOf(group.kind)}
          onInvite={async (input) => (await inviteToGroup.mutateAsync({ groupId: group.id, input })).inviteToGroup.link}
        />
      )}
      <h2 ref={heading} tabIndex={-1} className={fr.cx('fr-h5', 'fr-mt-6w')}>
        {t('group.invitations.openHeading')}
      </h2>
      {action.feedback}
      <QueryResult
        query={invitations}
        loading={t('group.invitations.loading')}
        errorTitle={t('group.invitations.errorTitle')}
        onRetry={() => heading.current?.focus()}
      >
        {(data) => table(data.group.invitations)}
      </QueryResult>
    </>
  );
}

function InvitationForm({
  roles,
  onInvite,
}: {
  roles: MembershipRole[];
  /** Resolves to the invitation's link; rejects with the error to show. */
  onInvite: (input: InvitationInput) => Promise<string>;
}) {
  const { t } = useTranslation();
  const [link, setLink] = useState<string>();
  // A new key after each invitation: the picker starts again from an empty search.
  const [round, setRound] = useState(0);
  const { form, submit, alert, sending } = useFormSubmission({
    schema: invitationSchema,
    defaultValues: { addressee: 'user', person: undefined, email: '', role: 'member' },
    send: ({ addressee, person, email, role }) => {
      setLink(undefined);
      return onInvite(addressee === 'user' && person ? { userId: person.id, role } : { email, role });
    },
    onSuccess: (created, { addressee, role }, sent) => {
      setLink(created);
      sent.reset({ addressee, person: undefined, email: '', role });
      setRound((count) => count + 1);
    },
    errorTitle: t('group.invitations.errorTitleSend'),
    errorTitleAs: 'h3',
  });
  const person = useController({ control: form.control, name: 'person' });
  const addressee = form.watch('addressee');

  return (
    <section aria-labelledby="invite-heading">
      <h2 id="invite-heading" className={fr.cx('fr-h5')}>
        {t('group.invitations.heading')}
      </h2>
      {link && <InvitationLink link={link} />}
      {alert}
      <form onSubmit={submit} noValidate>
        <RadioButtons
          legend={t('group.invitations.whom')}
          name="invitation-addressee"
          orientation="horizontal"
          options={(['user', 'email'] as const).map((option) => ({
            label: t(`group.invitations.addressees.${option}`),
            nativeInputProps: { ...form.register('addressee'), value: option },
          }))}
        />
        {addressee === 'user' ? (
          <UserPicker
            key={round}
            legend={t('group.invitations.who')}
            selected={person.field.value}
            onSelect={person.field.onChange}
            error={person.fieldState.error?.message}
          />
        ) : (
          <Input
            label={t('group.invitations.email')}
            hintText={t('group.invitations.emailHint')}
            {...errorState(form.formState.errors.email)}
            nativeInputProps={{
              type: 'email',
              required: true,
              autoComplete: 'off',
              spellCheck: false,
              ...form.register('email'),
            }}
          />
        )}
        <RoleSelect roles={roles} field={form.register('role')} />
        <Button type="submit" iconId="fr-icon-mail-line">
          {sending ? t('group.invitations.sending') : t('group.invitations.send')}
        </Button>
      </form>
    </section>
  );
}

/** The link of a new invitation, shown once (the API keeps only its hash), with a button to copy it. */
function InvitationLink({ link }: { link: string }) {
  const { t } = useTranslation();
  const field = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<'done' | 'failed'>();

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopied('done');
    } catch {
      // No clipboard outside a secure context: the link is selected for the person to copy it.
      field.current?.select();
      setCopied('failed');
    }
  };

  return (
    <div className={fr.cx('fr-mb-4w')}>
      <Alert severity="success" small description={t('group.invitations.created')} className={fr.cx('fr-mb-2w')} />
      <Input
        label={t('group.invitations.link')}
        nativeInputProps={{ ref: field, readOnly: true, value: link, onFocus: (event) => event.target.select() }}
      />
      <Button priority="secondary" iconId="fr-icon-clipboard-line" onClick={() => void copy()}>
        {t('group.invitations.copy')}
      </Button>
      <p role="status" className={fr.cx('fr-mt-1w')}>
        {copied && t(`group.invitations.copy${copied === 'done' ? 'Done' : 'Failed'}`)}
      </p>
    </div>
  );
}
