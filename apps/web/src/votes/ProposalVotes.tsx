import { fr } from '@codegouvfr/react-dsfr';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DateTime } from '../components/DateTime';
import { VoteBadges } from './VoteBadges';
import type { VoteSummary } from './votes';

/** The votes held on a proposal, the latest first, each linked to its page. */
export function ProposalVotes({ votes }: { votes: VoteSummary[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="proposal-votes" className={fr.cx('fr-mt-4w')}>
      <h2 id="proposal-votes" className={fr.cx('fr-h5')}>
        {t('proposal.votes.heading')}
      </h2>
      <ul className={fr.cx('fr-raw-list')}>
        {votes.map((vote) => (
          <li key={vote.id} className={fr.cx('fr-mb-2w')}>
            <Link to={`/scrutins/${vote.id}`} lang="fr" className={fr.cx('fr-link')}>
              {vote.title}
            </Link>
            <VoteBadges status={vote.status} outcome={vote.result?.outcome} />
            <span className={fr.cx('fr-text--sm')}>
              {t(`votes.methods.${vote.method}`)} ·{' '}
              {vote.status === 'scheduled'
                ? t('votes.opens')
                : vote.status === 'open'
                  ? t('votes.closes')
                  : t('votes.closedOn')}{' '}
              <DateTime
                value={vote.status === 'scheduled' ? vote.opensAt : (vote.closedAt ?? vote.closesAt)}
                withTime
              />
              {vote.status !== 'scheduled' && (
                <> · {t('votes.turnout', { count: vote.turnout, eligible: vote.eligibleCount })}</>
              )}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
