import { fr } from '@codegouvfr/react-dsfr';
import { Badge, type BadgeProps } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AdministrationFrame } from '../administration/AdministrationFrame';
import {
  useReactivateUser,
  useSetPlatformRole,
  useSuspendUser,
  useUsers,
  type AdminUser,
  type UserChange,
} from '../administration/users';
import { Missing, ResultsTable } from '../components/ResultsTable';
import { RoleForm } from '../components/RoleForm';
import { SearchForm } from '../components/SearchForm';
import { useAction } from '../components/useAction';
import { useDebouncedValue } from '../components/useDebouncedValue';
import type { PlatformRole, UserStatus } from '../gql/graphql';
import type { SessionUser } from '../identity/useSession';

const roles: PlatformRole[] = ['admin', 'member', 'guest'];

const statusSeverities: Record<UserStatus, BadgeProps['severity']> = {
  active: 'success',
  suspended: 'warning',
  // No severity: a grey badge, for an account that no longer does anything.
  erased: undefined,
};

export function AdminUsersPage() {
  return <AdministrationFrame section="users">{(viewer) => <UserDirectory viewer={viewer} />}</AdministrationFrame>;
}

function UserDirectory({ viewer }: { viewer: SessionUser }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const users = useUsers(useDebouncedValue(search.trim(), 300));
  const setPlatformRole = useSetPlatformRole();
  const suspendUser = useSuspendUser();
  const reactivateUser = useReactivateUser();
  const { feedback, run } = useAction();
  const searchInput = useRef<HTMLInputElement>(null);

  /** Runs an administrator's action on one person (its answer shows in the list); resolves to whether it succeeded. */
  const act = (action: () => Promise<UserChange>, success: (changed: UserChange) => string) =>
    run(async () => success(await action()));

  const changeRole = (user: AdminUser, role: PlatformRole) =>
    act(
      async () => (await setPlatformRole.mutateAsync({ userId: user.id, role })).setPlatformRole,
      (changed) =>
        t('administration.users.roleChanged', {
          name: user.displayName,
          role: t(`profile.roles.${changed.platformRole}`),
        }),
    );

  const toggleSuspension = (user: AdminUser) =>
    user.status === 'suspended'
      ? act(
          async () => (await reactivateUser.mutateAsync({ userId: user.id })).reactivateUser,
          () => t('administration.users.reactivated', { name: user.displayName }),
        )
      : act(
          async () => (await suspendUser.mutateAsync({ userId: user.id })).suspendUser,
          () => t('administration.users.suspended', { name: user.displayName }),
        );

  const row = (user: AdminUser) => {
    // The API refuses both: an administrator does not change their own account, nobody changes an erased one.
    const locked = user.id === viewer.id || user.status === 'erased';
    return [
      <>
        {user.displayName}
        {user.id === viewer.id && ` ${t('administration.users.you')}`}
      </>,
      // Organisation names come from the API in French, whatever the interface language.
      user.organisation ? <span lang="fr">{user.organisation.name}</span> : <Missing />,
      user.email ?? <Missing />,
      locked ? (
        t(`profile.roles.${user.platformRole}`)
      ) : (
        // Keyed by person: the table's rows are keyed by position, and a new search moves people.
        <RoleForm
          key={user.id}
          name={user.displayName}
          role={user.platformRole}
          roles={roles}
          roleLabel={(role) => t(`profile.roles.${role}`)}
          onSubmit={(role) => changeRole(user, role)}
        />
      ),
      <Badge as="span" small severity={statusSeverities[user.status]}>
        {t(`administration.users.statuses.${user.status}`)}
      </Badge>,
      user.id === viewer.id ? (
        <span className={fr.cx('fr-text--xs')}>{t('administration.users.selfLocked')}</span>
      ) : locked ? (
        <Missing />
      ) : (
        <Button size="small" priority="secondary" onClick={() => void toggleSuspension(user)}>
          {user.status === 'suspended' ? t('administration.users.reactivate') : t('administration.users.suspend')}
          <span className={fr.cx('fr-sr-only')}> {user.displayName}</span>
        </Button>
      ),
    ];
  };

  return (
    <>
      <SearchForm
        label={t('administration.users.search')}
        hint={t('administration.users.searchHint')}
        value={search}
        onChange={setSearch}
        inputRef={searchInput}
      />
      {feedback}
      <ResultsTable
        texts="administration.users"
        results={users}
        headers={[
          t('administration.users.columns.name'),
          t('administration.users.columns.organisation'),
          t('administration.users.columns.email'),
          t('administration.users.columns.role'),
          t('administration.users.columns.status'),
          t('administration.users.columns.actions'),
        ]}
        row={row}
        onRetry={() => searchInput.current?.focus()}
      />
    </>
  );
}
