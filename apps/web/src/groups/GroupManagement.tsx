import { fr } from '@codegouvfr/react-dsfr';
import { ButtonsGroup, type ButtonsGroupProps } from '@codegouvfr/react-dsfr/ButtonsGroup';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAction } from '../components/useAction';
import { GroupForm } from './GroupForm';
import { useArchiveGroup, useReopenGroup, type Group } from './groups';

/** For facilitators and administrators: edit the group, archive or reopen it, read its journal. */
export function GroupManagement({ group }: { group: Group }) {
  const { t } = useTranslation();
  const action = useAction();
  const archiveGroup = useArchiveGroup();
  const reopenGroup = useReopenGroup();
  const [editing, setEditing] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  /** The buttons pressed disappear or change: the focus goes back to the section's heading. */
  const changeStatus = async () => {
    const archived = group.status === 'archived';
    await action.run(async () => {
      await (archived ? reopenGroup : archiveGroup).mutateAsync({ groupId: group.id });
      return archived ? t('group.manage.reopened') : t('group.manage.archived');
    });
    heading.current?.focus();
  };

  const buttons: ButtonsGroupProps['buttons'] = [
    {
      children: t('group.manage.edit'),
      iconId: 'fr-icon-edit-line',
      onClick: () => setEditing(true),
    },
    {
      children: group.status === 'archived' ? t('group.manage.reopen') : t('group.manage.archive'),
      iconId: group.status === 'archived' ? 'fr-icon-refresh-line' : 'fr-icon-archive-line',
      priority: 'secondary',
      onClick: () => void changeStatus(),
    },
    ...(group.viewerPermissions.readJournal
      ? [
          {
            children: t('group.manage.journal'),
            iconId: 'fr-icon-file-text-line' as const,
            priority: 'tertiary' as const,
            linkProps: { to: `/journal?groupe=${group.id}` },
          },
        ]
      : []),
  ];

  return (
    <section aria-labelledby="management-heading" className={fr.cx('fr-mt-4w')}>
      <h2 id="management-heading" ref={heading} tabIndex={-1} className={fr.cx('fr-h5')}>
        {t('group.manage.heading')}
      </h2>
      {action.feedback}
      {editing ? (
        <GroupForm
          group={group}
          onSaved={() => {
            action.succeeded(t('group.manage.saved'));
            setEditing(false);
            heading.current?.focus();
          }}
          onCancel={() => {
            setEditing(false);
            heading.current?.focus();
          }}
        />
      ) : (
        <ButtonsGroup inlineLayoutWhen="md and up" buttons={buttons} />
      )}
    </section>
  );
}
