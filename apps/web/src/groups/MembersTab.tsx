import { fr } from '@codegouvfr/react-dsfr';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { createModal } from '@codegouvfr/react-dsfr/Modal';
import { useRef, useState } from 'react';
import { useController } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { agreementContext } from '../i18n';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { DateTime } from '../components/DateTime';
import { Missing, ResultsTable } from '../components/ResultsTable';
import { RoleForm } from '../components/RoleForm';
import { useAction } from '../components/useAction';
import { useFormSubmission } from '../components/useFormSubmission';
import type { MembershipRole } from '../gql/graphql';
import { useSession } from '../identity/useSession';
import { rolesOf, type Group } from './groups';
import { addMemberSchema } from './membership-forms.schema';
import { useAddMember, useChangeMemberRole, useMembers, useRemoveMember, type Member } from './members';
import { RoleSelect } from './RoleSelect';
import { UserPicker, type PickedUser } from './UserPicker';

// One dialog for every row, opened by script: the focus goes back to the row's button when it closes.
const removeModal = createModal({ id: 'remove-member', isOpenedByDefault: false });

/** The members with their roles; facilitators change roles, remove and add members. */
export function MembersTab({ group }: { group: Group }) {
  const { t } = useTranslation();
  const session = useSession();
  if (session.status !== 'signedIn') return <p>{t('group.membersSignedOut')}</p>;
  return <MemberList group={group} viewerId={session.user.id} />;
}

function MemberList({ group, viewerId }: { group: Group; viewerId: string }) {
  const { t } = useTranslation();
  const members = useMembers(group.slug);
  const addMember = useAddMember();
  const changeMemberRole = useChangeMemberRole();
  const removeMember = useRemoveMember();
  const action = useAction();
  const [removing, setRemoving] = useState<Member>();
  const heading = useRef<HTMLHeadingElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const manage = group.viewerPermissions.manageMembers;
  const roles = rolesOf(group.kind);
  const roleLabel = (role: MembershipRole) => t(`groups.roles.${role}`);

  const row = (member: Member) => {
    const name = member.user.displayName;
    const cells = [
      <>
        {name}
        {member.userId === viewerId && ` ${t('group.you')}`}
      </>,
      // Organisation names come from the API in French, whatever the interface language.
      member.user.organisation ? <span lang="fr">{member.user.organisation.name}</span> : <Missing />,
      manage ? (
        // Keyed by person: the table's rows are keyed by position, and a refresh moves people.
        <RoleForm
          key={member.userId}
          name={name}
          role={member.role}
          roles={roles}
          roleLabel={roleLabel}
          onSubmit={(role) =>
            action.run(async () => {
              await changeMemberRole.mutateAsync({ groupId: group.id, userId: member.userId, role });
              return t('group.roleChanged', { name, role: roleLabel(role) });
            })
          }
        />
      ) : (
        <Badge as="span" small noIcon severity={member.role === 'facilitator' ? 'info' : undefined}>
          {roleLabel(member.role)}
        </Badge>
      ),
      <DateTime value={member.since} />,
    ];
    if (manage) {
      cells.push(
        <Button
          size="small"
          priority="secondary"
          iconId="fr-icon-close-circle-line"
          onClick={(event) => {
            opener.current = event.currentTarget;
            setRemoving(member);
            removeModal.open();
          }}
        >
          {t('group.remove')}
          <span className={fr.cx('fr-sr-only')}> {name}</span>
        </Button>,
      );
    }
    return cells;
  };

  const headers = [
    t('group.columns.name'),
    t('group.columns.organisation'),
    t('group.columns.role'),
    t('group.columns.since'),
  ];
  return (
    <>
      <h2 ref={heading} tabIndex={-1} className={fr.cx('fr-h5')}>
        {t('group.membersHeading')}
      </h2>
      {action.feedback}
      <ResultsTable
        texts="group.memberList"
        results={members}
        headers={manage ? [...headers, t('group.columns.actions')] : headers}
        row={row}
        onRetry={() => heading.current?.focus()}
      />
      {manage && group.status === 'active' && (
        <AddMemberForm
          roles={roles}
          onAdd={(person, role) =>
            action.attempt(async () => {
              await addMember.mutateAsync({ groupId: group.id, userId: person.id, role });
              return t('group.added', {
                name: person.displayName,
                role: roleLabel(role),
                context: agreementContext(person.agreementForm),
              });
            })
          }
        />
      )}
      <ConfirmDialog
        modal={removeModal}
        title={t('group.removeTitle', { name: removing?.user.displayName ?? '' })}
        confirmLabel={t('group.removeConfirm')}
        reason={{ label: t('group.removeReason'), hint: t('group.removeReasonHint'), required: false }}
        onConfirm={(reason) =>
          removing
            ? action.attempt(async () => {
                await removeMember.mutateAsync({
                  groupId: group.id,
                  userId: removing.userId,
                  reason: reason.trim() || null,
                });
                return t('group.removed', { name: removing.user.displayName });
              })
            : Promise.resolve(undefined)
        }
        // The row is gone after a removal: the focus goes to the list's heading.
        onConceal={() => (opener.current?.isConnected ? opener.current : heading.current)?.focus()}
      >
        <p>{t('group.removeExplained')}</p>
      </ConfirmDialog>
    </>
  );
}

function AddMemberForm({
  roles,
  onAdd,
}: {
  roles: MembershipRole[];
  /** Adds the person; rejects with the error to show. */
  onAdd: (person: PickedUser, role: MembershipRole) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  // A new key after each addition: the picker starts again from an empty search.
  const [round, setRound] = useState(0);
  const { form, submit, alert } = useFormSubmission({
    schema: addMemberSchema,
    defaultValues: { person: undefined, role: 'member' },
    send: ({ person, role }) => onAdd(person, role),
    onSuccess: (_, __, sent) => {
      sent.reset();
      setRound((count) => count + 1);
    },
  });
  const person = useController({ control: form.control, name: 'person' });

  return (
    <section aria-labelledby="add-member-heading" className={fr.cx('fr-mt-6w')}>
      <h2 id="add-member-heading" className={fr.cx('fr-h5')}>
        {t('group.addHeading')}
      </h2>
      <form onSubmit={submit} noValidate>
        {alert}
        <UserPicker
          key={round}
          legend={t('group.addWho')}
          selected={person.field.value}
          onSelect={person.field.onChange}
          error={person.fieldState.error?.message}
        />
        <RoleSelect roles={roles} field={form.register('role')} />
        <Button type="submit" iconId="fr-icon-user-add-line">
          {t('group.add')}
        </Button>
      </form>
    </section>
  );
}
