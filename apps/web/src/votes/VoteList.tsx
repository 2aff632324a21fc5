import { fr } from '@codegouvfr/react-dsfr';
import { Card } from '@codegouvfr/react-dsfr/Card';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../components/DateTime';
import { VoteBadges } from './VoteBadges';
import type { VoteSummary } from './votes';

/** Votes as cards: title, status, method, closing time and turnout; the outcome once closed. */
export function VoteCards({ votes, titleAs }: { votes: VoteSummary[]; titleAs: 'h3' | 'h4' }) {
  return (
    <ul className={fr.cx('fr-raw-list', 'fr-mb-3w')}>
      {votes.map((vote) => (
        <li key={vote.id} className={fr.cx('fr-mb-2w')}>
          <VoteCard vote={vote} titleAs={titleAs} />
        </li>
      ))}
    </ul>
  );
}

function VoteCard({ vote, titleAs }: { vote: VoteSummary; titleAs: 'h3' | 'h4' }) {
  const { t } = useTranslation();
  return (
    // Titles come from the API in French, whatever the interface language.
    <Card
      title={<span lang="fr">{vote.title}</span>}
      titleAs={titleAs}
      size="small"
      enlargeLink
      linkProps={{ to: `/scrutins/${vote.id}` }}
      start={<VoteBadges status={vote.status} outcome={vote.result?.outcome} />}
      desc={t(`votes.methods.${vote.method}`)}
      detail={
        // One span: the DSFR lays the detail out as a flex box, which would drop the spaces around the date.
        <span>
          {vote.status === 'scheduled' ? (
            <>
              {t('votes.opens')} <DateTime value={vote.opensAt} withTime />
            </>
          ) : vote.status === 'open' ? (
            <>
              {t('votes.closes')} <DateTime value={vote.closesAt} withTime />
            </>
          ) : (
            <>
              {t('votes.closedOn')} <DateTime value={vote.closedAt ?? vote.closesAt} withTime />
            </>
          )}
        </span>
      }
      endDetail={
        vote.status === 'scheduled'
          ? undefined
          : t('votes.turnout', { count: vote.turnout, eligible: vote.eligibleCount })
      }
    />
  );
}
