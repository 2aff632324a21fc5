import { fr } from '@codegouvfr/react-dsfr';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../components/DateTime';
import type { Proposal } from './proposals';

/** The proposal's way through the workflow, first step first: each with its date, who made it, and why. */
export function ProposalTimeline({ steps }: { steps: Proposal['timeline'] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="proposal-timeline">
      <h2 id="proposal-timeline" className={fr.cx('fr-h4')}>
        {t('proposal.timeline.heading')}
      </h2>
      <ol>
        {steps.map((step) => (
          <li key={`${step.createdAt}-${step.toState}`} className={fr.cx('fr-mb-2w')}>
            <span className={fr.cx('fr-text--bold')}>{t(`proposals.states.${step.toState}`)}</span>
            <br />
            <span className={fr.cx('fr-text--sm')}>
              <DateTime value={step.createdAt} withTime />
              {/* A vote's result is nobody's act. */}
              {step.actor && `, ${t('proposal.timeline.by', { name: step.actor.displayName })}`}
            </span>
            {step.reason && (
              <>
                <br />
                <span className={fr.cx('fr-text--sm')}>
                  {t('proposal.timeline.reason')} <span lang="fr">{step.reason}</span>
                </span>
              </>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
