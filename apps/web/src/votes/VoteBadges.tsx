import { fr } from '@codegouvfr/react-dsfr';
import { Badge, type BadgeProps } from '@codegouvfr/react-dsfr/Badge';
import { useTranslation } from 'react-i18next';
import type { VoteOutcome, VoteStatus } from '../gql/graphql';

const statusSeverities: Record<VoteStatus, BadgeProps['severity']> = {
  scheduled: 'new',
  open: 'info',
  closed: undefined,
  cancelled: 'warning',
};

const outcomeSeverities: Record<VoteOutcome, BadgeProps['severity']> = {
  adopted: 'success',
  rejected: 'error',
  no_quorum: 'warning',
  ranked: 'info',
};

/** Whether the vote is to come, open, closed or cancelled. */
export function VoteStatusBadge({ status }: { status: VoteStatus }) {
  const { t } = useTranslation();
  return (
    <Badge as="span" small noIcon severity={statusSeverities[status]}>
      {t(`votes.statuses.${status}`)}
    </Badge>
  );
}

/** The outcome of a closed vote: adopted, rejected, quorum not reached, or options ranked. */
export function VoteOutcomeBadge({ outcome }: { outcome: VoteOutcome }) {
  const { t } = useTranslation();
  return (
    <Badge as="span" small noIcon severity={outcomeSeverities[outcome]}>
      {t(`votes.outcomes.${outcome}`)}
    </Badge>
  );
}

/** A vote's status, and its outcome once closed, as a group of badges. */
export function VoteBadges({ status, outcome }: { status: VoteStatus; outcome?: VoteOutcome | null }) {
  return (
    <ul className={fr.cx('fr-badges-group')}>
      <li>
        <VoteStatusBadge status={status} />
      </li>
      {outcome && (
        <li>
          <VoteOutcomeBadge outcome={outcome} />
        </li>
      )}
    </ul>
  );
}
