import { Badge, type BadgeProps } from '@codegouvfr/react-dsfr/Badge';
import { useTranslation } from 'react-i18next';
import type { ProposalState } from '../gql/graphql';

/** Colours that tell, at a glance, whether a proposal is being written, decided, or settled. */
const severities: Record<ProposalState, BadgeProps['severity']> = {
  draft: undefined,
  in_discussion: 'info',
  submitted: 'new',
  voting: 'warning',
  adopted: 'success',
  rejected: 'error',
  in_progress: 'info',
  implemented: 'success',
  withdrawn: undefined,
};

export function ProposalStateBadge({ state }: { state: ProposalState }) {
  const { t } = useTranslation();
  return (
    <Badge as="span" small noIcon severity={severities[state]}>
      {t(`proposals.states.${state}`)}
    </Badge>
  );
}
