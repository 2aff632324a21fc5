import { fr } from '@codegouvfr/react-dsfr';
import { Card } from '@codegouvfr/react-dsfr/Card';
import { useTranslation } from 'react-i18next';
import type { PaginatedList } from '../api/useConnection';
import { DateTime } from '../components/DateTime';
import { PaginatedResults } from '../components/PaginatedResults';
import { authorNames, type ProposalSummary } from './proposals';
import { ProposalStateBadge } from './ProposalStateBadge';

const nthLink = (index: number) => `li:nth-child(${index + 1}) a`;

type ProposalListProps = {
  results: PaginatedList<ProposalSummary>;
  /** Across groups (the search), each proposal names its group. */
  showGroup?: boolean;
  onRetry: () => void;
};

/** Proposals as cards, page by page: title, state, authors, supports, comments and the last change. */
export function ProposalList({ results, showGroup = false, onRetry }: ProposalListProps) {
  return (
    <PaginatedResults texts="proposals.list" results={results} itemSelector={nthLink} onRetry={onRetry}>
      {(nodes) => (
        <ul className={fr.cx('fr-raw-list', 'fr-mb-3w')}>
          {nodes.map((proposal) => (
            <li key={proposal.id} className={fr.cx('fr-mb-2w')}>
              <ProposalCard proposal={proposal} showGroup={showGroup} />
            </li>
          ))}
        </ul>
      )}
    </PaginatedResults>
  );
}

/** One proposal as a card, its title linking to its page (the lists, the home page). */
export function ProposalCard({ proposal, showGroup }: { proposal: ProposalSummary; showGroup: boolean }) {
  const { t } = useTranslation();
  const authors = authorNames(proposal.authors);
  return (
    // Titles and summaries come from the API in French, whatever the interface language.
    <Card
      title={<span lang="fr">{proposal.title}</span>}
      titleAs="h3"
      size="small"
      enlargeLink
      linkProps={{ to: `/propositions/${proposal.id}` }}
      start={<ProposalStateBadge state={proposal.state} />}
      desc={proposal.summary && <span lang="fr">{proposal.summary}</span>}
      detail={
        <span>
          {authors && t('proposals.by', { names: authors })}
          {showGroup && proposal.group && (
            <>
              {authors && ' · '}
              <span lang="fr">{proposal.group.name}</span>
            </>
          )}
        </span>
      }
      endDetail={
        // One span: the DSFR lays the detail out as a flex box, which would drop the spaces around the date.
        <span>
          {t('proposals.supportCount', { count: proposal.supportCount })} ·{' '}
          {t('proposals.commentCount', { count: proposal.commentCount })} · {t('proposals.updated')}{' '}
          <DateTime value={proposal.updatedAt} />
        </span>
      }
    />
  );
}
