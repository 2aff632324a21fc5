import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge, type BadgeProps } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useRef, useState } from 'react';
import { SearchForm } from '../administration/SearchForm';
import { useTranslation } from 'react-i18next';
import { AdministrationFrame } from '../administration/AdministrationFrame';
import { Missing, ResultsTable } from '../administration/ResultsTable';
import { useDebouncedValue } from '../administration/useDebouncedValue';
import { usePaginatedSearch } from '../administration/usePaginatedSearch';
import {
  loadUsers,
  reactivateUser,
  setPlatformRole,
  suspendUser,
  type AdminUser,
  type UserChange,
} from '../administration/users';
import type { PlatformRole, UserStatus } from '../gql/graphql';
import type { SessionUser } from '../identity/useSession';

const roles: PlatformRole[] = ['admin', 'member', 'guest'];

const statusSeverities: Record<UserStatus, BadgeProps['severity']> = {
  active: 'success',
  suspended: 'warning',
  // No severity: a grey badge, for an account that no longer does anything.
  erased: undefined,
};

/** The result of the last action, shown above the table; `key` makes a repeated message announced again. */
type Feedback = { severity: 'success' | 'error'; message: string; key: number };

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function AdminUsersPage() {
  return <AdministrationFrame section="users">{(viewer) => <UserDirectory viewer={viewer} />}</AdministrationFrame>;
}

function UserDirectory({ viewer }: { viewer: SessionUser }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const users = usePaginatedSearch(loadUsers, useDebouncedValue(search.trim(), 300));
  const [feedback, setFeedback] = useState<Feedback>();
  const feedbackCount = useRef(0);
  const [pendingId, setPendingId] = useState<string>();
  const searchInput = useRef<HTMLInputElement>(null);

  /** Runs an administrator's action on one person; resolves to whether it succeeded. */
  const act = async (user: AdminUser, action: () => Promise<UserChange>, success: (changed: UserChange) => string) => {
    // One action at a time on a row: a second click while the first runs is ignored.
    if (pendingId === user.id) return false;
    setPendingId(user.id);
    setFeedback(undefined);
    const key = ++feedbackCount.current;
    try {
      const changed = await action();
      users.replace(changed);
      setFeedback({ severity: 'success', message: success(changed), key });
      return true;
    } catch (error) {
      setFeedback({ severity: 'error', message: messageOf(error), key });
      return false;
    } finally {
      setPendingId(undefined);
    }
  };

  const changeRole = (user: AdminUser, role: PlatformRole) =>
    act(
      user,
      () => setPlatformRole(user.id, role),
      (changed) =>
        t('administration.users.roleChanged', {
          name: user.displayName,
          role: t(`profile.roles.${changed.platformRole}`),
        }),
    );

  const toggleSuspension = (user: AdminUser) =>
    user.status === 'suspended'
      ? act(
          user,
          () => reactivateUser(user.id),
          () => t('administration.users.reactivated', { name: user.displayName }),
        )
      : act(
          user,
          () => suspendUser(user.id),
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
        <RoleForm key={user.id} user={user} onSubmit={(role) => changeRole(user, role)} />
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
      {feedback && (
        <Alert
          key={feedback.key}
          severity={feedback.severity}
          small
          closable
          onClose={() => setFeedback(undefined)}
          description={
            feedback.severity === 'error'
              ? t('administration.actionError', { reason: feedback.message })
              : feedback.message
          }
          className={fr.cx('fr-mb-3w')}
        />
      )}
      <ResultsTable
        section="users"
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

/**
 * The role as a select and an "Appliquer" button once it differs: a select that acted on each change
 * would grant a role at every arrow key pressed on it.
 */
function RoleForm({ user, onSubmit }: { user: AdminUser; onSubmit: (role: PlatformRole) => Promise<boolean> }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(user.platformRole);
  const select = useRef<HTMLSelectElement>(null);

  return (
    <form
      className={fr.cx('fr-grid-row', 'fr-grid-row--middle')}
      onSubmit={(event) => {
        event.preventDefault();
        // The button disappears once the role is applied: the focus goes back to the select.
        void onSubmit(draft).then((done) => done && select.current?.focus());
      }}
    >
      <Select
        label={
          <span className={fr.cx('fr-sr-only')}>{t('administration.users.roleOf', { name: user.displayName })}</span>
        }
        className={fr.cx('fr-mb-0', 'fr-mr-1w')}
        nativeSelectProps={{
          ref: select,
          // Wide enough for "Administrateur": a table cell would otherwise squeeze the select to a few letters.
          style: { minWidth: '12rem' },
          value: draft,
          onChange: (event) => setDraft(event.target.value as PlatformRole),
        }}
      >
        {roles.map((role) => (
          <option key={role} value={role}>
            {t(`profile.roles.${role}`)}
          </option>
        ))}
      </Select>
      {draft !== user.platformRole && (
        <Button type="submit" size="small" priority="tertiary">
          {t('administration.users.applyRole')}
          <span className={fr.cx('fr-sr-only')}>
            {' '}
            {t('administration.users.applyRoleTarget', { name: user.displayName })}
          </span>
        </Button>
      )}
    </form>
  );
}
