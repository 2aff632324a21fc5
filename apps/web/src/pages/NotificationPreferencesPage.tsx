import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { messageOf } from '../api/graphql-request';
import { LoadError } from '../components/LoadError';
import { useAction } from '../components/useAction';
import type { NotificationCadence, NotificationKind } from '../gql/graphql';
import { SignedIn } from '../identity/SignedIn';
import { useDocumentTitle } from '../layout/useDocumentTitle';
import {
  cadences,
  notificationKinds,
  notificationPreferences,
  useSetNotificationPreference,
} from '../notifications/notifications';

/**
 * « Préférences de notification »: for each kind, when it is e-mailed (immediately, in the daily or weekly digest,
 * never); then the exceptions for one group. In the app, every notification is kept whatever the choice.
 */
export function NotificationPreferencesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('notifications.preferences.pageTitle'));
  const heading = useRef<HTMLHeadingElement>(null);
  return (
    <div className={fr.cx('fr-grid-row')}>
      <div className={fr.cx('fr-col-12', 'fr-col-lg-9')}>
        <h1 ref={heading} tabIndex={-1}>
          {t('notifications.preferences.heading')}
        </h1>
        <SignedIn signedOut={t('notifications.signedOut')} onRetry={() => heading.current?.focus()}>
          {() => <Preferences onRetry={() => heading.current?.focus()} />}
        </SignedIn>
      </div>
    </div>
  );
}

function Preferences({ onRetry }: { onRetry: () => void }) {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(notificationPreferences);
  const setPreference = useSetNotificationPreference();
  const { run, feedback, pending } = useAction();

  if (error) {
    return (
      <LoadError
        title={t('notifications.preferences.errorTitle')}
        reason={messageOf(error)}
        titleAs="h2"
        onRetry={() => {
          void refetch();
          onRetry();
        }}
      />
    );
  }
  if (!data) return <p role="status">{t('notifications.preferences.loading')}</p>;
  const { kinds, groupOverrides } = data.notificationPreferences;

  const choose = (kind: NotificationKind, cadence: NotificationCadence, groupId?: string, groupName?: string) =>
    void run(async () => {
      await setPreference.mutateAsync({ kind, cadence, groupId });
      return t('notifications.preferences.saved', {
        kind: t(`notifications.kinds.${kind}`),
        cadence: t(`notifications.cadences.${cadence}`),
        where: groupName ?? t('notifications.preferences.everywhere'),
      });
    });

  return (
    <>
      <p className={fr.cx('fr-text--lead')}>
        {t('notifications.preferences.intro')}{' '}
        <Link to="/notifications">{t('notifications.preferences.backToList')}</Link>
      </p>
      {feedback}
      <h2>{t('notifications.preferences.byKind')}</h2>
      <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters')}>
        {kinds.map((preference) => (
          <Select
            key={preference.kind}
            className={fr.cx('fr-col-12', 'fr-col-md-6')}
            label={t(`notifications.kinds.${preference.kind}`)}
            hint={preference.isDefault ? t('notifications.preferences.default') : undefined}
            disabled={pending}
            nativeSelectProps={{
              value: preference.cadence,
              onChange: (event) => choose(preference.kind, event.target.value as NotificationCadence),
            }}
          >
            {cadences.map((cadence) => (
              <option key={cadence} value={cadence}>
                {t(`notifications.cadences.${cadence}`)}
              </option>
            ))}
          </Select>
        ))}
      </div>
      <h2 className={fr.cx('fr-mt-4w')}>{t('notifications.preferences.byGroup')}</h2>
      {groupOverrides.length === 0 ? (
        <p>{t('notifications.preferences.noOverride')}</p>
      ) : (
        <ul>
          {groupOverrides.map((override) => (
            <li key={`${override.group?.id}-${override.kind}`}>
              {t('notifications.preferences.override', {
                group: override.group?.name ?? t('notifications.hiddenGroup'),
                kind: t(`notifications.kinds.${override.kind}`),
                cadence: t(`notifications.cadences.${override.cadence}`),
              })}
            </li>
          ))}
        </ul>
      )}
      {data.groupsDirectory.nodes.length > 0 && (
        <GroupOverrideForm groups={data.groupsDirectory.nodes} disabled={pending} onChoose={choose} />
      )}
    </>
  );
}

type GroupOverrideFormProps = {
  groups: { id: string; name: string }[];
  disabled: boolean;
  onChoose: (kind: NotificationKind, cadence: NotificationCadence, groupId: string, groupName: string) => void;
};

function GroupOverrideForm({ groups, disabled, onChoose }: GroupOverrideFormProps) {
  const { t } = useTranslation();
  const [groupId, setGroupId] = useState(groups[0].id);
  const [kind, setKind] = useState<NotificationKind>('comment');
  const [cadence, setCadence] = useState<NotificationCadence>('never');
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onChoose(kind, cadence, groupId, groups.find((group) => group.id === groupId)?.name ?? '');
      }}
    >
      <fieldset className={fr.cx('fr-fieldset')}>
        <legend className={fr.cx('fr-fieldset__legend')}>{t('notifications.preferences.addOverride')}</legend>
        <Select
          className={fr.cx('fr-fieldset__element')}
          label={t('notifications.preferences.group')}
          nativeSelectProps={{ value: groupId, onChange: (event) => setGroupId(event.target.value) }}
        >
          {groups.map((group) => (
            <option key={group.id} value={group.id}>
              {group.name}
            </option>
          ))}
        </Select>
        <Select
          className={fr.cx('fr-fieldset__element')}
          label={t('notifications.preferences.kind')}
          nativeSelectProps={{ value: kind, onChange: (event) => setKind(event.target.value as NotificationKind) }}
        >
          {notificationKinds.map((known) => (
            <option key={known} value={known}>
              {t(`notifications.kinds.${known}`)}
            </option>
          ))}
        </Select>
        <Select
          className={fr.cx('fr-fieldset__element')}
          label={t('notifications.preferences.cadence')}
          nativeSelectProps={{
            value: cadence,
            onChange: (event) => setCadence(event.target.value as NotificationCadence),
          }}
        >
          {cadences.map((known) => (
            <option key={known} value={known}>
              {t(`notifications.cadences.${known}`)}
            </option>
          ))}
        </Select>
        <div className={fr.cx('fr-fieldset__element')}>
          <Button type="submit" disabled={disabled}>
            {t('notifications.preferences.save')}
          </Button>
        </div>
      </fieldset>
    </form>
  );
}
