import { fr } from '@codegouvfr/react-dsfr';
import { Badge, type BadgeProps } from '@codegouvfr/react-dsfr/Badge';
import { useTranslation } from 'react-i18next';
import type { GroupKind, GroupStatus, GroupVisibility, MembershipRole } from '../gql/graphql';

type BadgedGroup = {
  kind: GroupKind;
  status: GroupStatus;
  visibility: GroupVisibility;
  viewerRole?: MembershipRole | null;
};

/** What sets a group apart at a glance: its kind, "réservé aux membres", "archivé", and the viewer's role. */
export function GroupBadges({ group }: { group: BadgedGroup }) {
  const { t } = useTranslation();
  const badges: { text: string; severity?: BadgeProps['severity']; noIcon?: boolean }[] = [
    { text: t(`groups.kinds.${group.kind}`), severity: group.kind === 'committee' ? 'new' : undefined, noIcon: true },
  ];
  if (group.visibility === 'members') badges.push({ text: t('groups.membersOnly'), severity: 'info' });
  if (group.status === 'archived') badges.push({ text: t('groups.archived'), severity: 'warning' });
  if (group.viewerRole) {
    badges.push({ text: t('groups.yourRole', { role: t(`groups.roles.${group.viewerRole}`) }), severity: 'success' });
  }
  return (
    <ul className={fr.cx('fr-badges-group', 'fr-mb-1w')}>
      {badges.map(({ text, severity, noIcon }) => (
        <li key={text}>
          <Badge as="span" small severity={severity} noIcon={noIcon}>
            {text}
          </Badge>
        </li>
      ))}
    </ul>
  );
}
