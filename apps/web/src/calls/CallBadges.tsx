import { Badge, type BadgeProps } from '@codegouvfr/react-dsfr/Badge';
import type { CallState, MilestoneStatus, SubmissionDecision, SubmissionState } from '@ouvroir/contracts';
import { useTranslation } from 'react-i18next';

/** Colours that tell, at a glance, whether a call takes submissions, is being decided, or is settled. */
const callSeverities: Record<CallState, BadgeProps['severity']> = {
  draft: undefined,
  open: 'success',
  reviewing: 'info',
  deliberating: 'warning',
  decided: 'new',
  closed: undefined,
};

const submissionSeverities: Record<SubmissionState, BadgeProps['severity']> = {
  draft: undefined,
  submitted: 'info',
  eligible: 'success',
  ineligible: 'error',
};

const decisionSeverities: Record<SubmissionDecision, BadgeProps['severity']> = {
  retained: 'success',
  retained_with_conditions: 'success',
  not_retained: 'error',
};

const milestoneSeverities: Record<MilestoneStatus, BadgeProps['severity']> = {
  planned: undefined,
  in_progress: 'info',
  done: 'success',
  abandoned: 'warning',
};

export function CallStateBadge({ state }: { state: CallState }) {
  const { t } = useTranslation();
  return (
    <Badge as="span" small noIcon severity={callSeverities[state]}>
      {t(`calls.states.${state}`)}
    </Badge>
  );
}

export function SubmissionStateBadge({ state }: { state: SubmissionState }) {
  const { t } = useTranslation();
  return (
    <Badge as="span" small noIcon severity={submissionSeverities[state]}>
      {t(`calls.submissionStates.${state}`)}
    </Badge>
  );
}

export function DecisionBadge({ decision }: { decision: SubmissionDecision }) {
  const { t } = useTranslation();
  return (
    <Badge as="span" small noIcon severity={decisionSeverities[decision]}>
      {t(`calls.decisions.${decision}`)}
    </Badge>
  );
}

export function MilestoneStatusBadge({ status, late }: { status: MilestoneStatus; late?: boolean }) {
  const { t } = useTranslation();
  return (
    <Badge as="span" small noIcon severity={late ? 'error' : milestoneSeverities[status]}>
      {late ? t('milestones.late') : t(`milestones.statuses.${status}`)}
    </Badge>
  );
}
