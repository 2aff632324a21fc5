import { fr } from '@codegouvfr/react-dsfr';
import { Badge, type BadgeProps } from '@codegouvfr/react-dsfr/Badge';
import { useTranslation } from 'react-i18next';
import type { CommonKind, CommonStatus } from '../gql/graphql';

type BadgedCommon = {
  kind: CommonKind;
  status: CommonStatus;
  maintenanceDue: boolean;
  laureateCallId?: string | null;
  licence: { open: boolean };
};

/**
 * What sets a common apart at a glance: its kind, whether its licence is open, « lauréat » of a call, « à confirmer »,
 * « archivé ».
 */
export function CommonBadges({ common }: { common: BadgedCommon }) {
  const { t } = useTranslation();
  const badges: { text: string; severity?: BadgeProps['severity']; noIcon?: boolean }[] = [
    { text: t(`commons.kinds.${common.kind}`), noIcon: true },
    common.licence.open
      ? { text: t('commons.licenceOpen'), severity: 'success' }
      : { text: t('commons.licenceNotOpen'), severity: 'error' },
  ];
  if (common.laureateCallId) badges.push({ text: t('commons.laureate'), severity: 'info' });
  if (common.status === 'archived') badges.push({ text: t('commons.archived'), severity: 'warning' });
  else if (common.maintenanceDue) badges.push({ text: t('commons.maintenanceDue'), severity: 'new' });
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
