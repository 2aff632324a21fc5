import { fr } from '@codegouvfr/react-dsfr';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { CallOut } from '@codegouvfr/react-dsfr/CallOut';
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphqlQuery } from '../api/queries';
import { DateTime } from '../components/DateTime';
import { QueryResult } from '../components/QueryResult';
import { myInvitationsQuery } from '../groups/members';
import { MyInvitations } from '../groups/MyInvitations';
import { ProposalCard } from '../proposals/ProposalList';
import type { ProposalSummary } from '../proposals/proposals';
import { VoteCards } from '../votes/VoteList';
import { type Home, homeQuery, type NewsEntry } from './home';
import { Programme } from './Programme';

/**
 * What waits for the signed-in person, one block per kind, soonest or latest first; a block with nothing is not
 * shown. With nothing at all, the page says so and offers groups to join.
 */
export function WaitingForMe() {
  const { t } = useTranslation();
  // Read again at each visit (shown from the cache meanwhile): a ballot cast or a request decided elsewhere a moment
  // ago must leave the page.
  const home = useQuery({ ...graphqlQuery(homeQuery), staleTime: 0 });
  // The invitations block reads them itself (with their acceptance); the same answer, from the cache.
  const invitations = useQuery(graphqlQuery(myInvitationsQuery));
  const heading = useRef<HTMLHeadingElement>(null);

  return (
    <QueryResult
      query={home}
      loading={t('home.waiting.loading')}
      errorTitle={t('home.waiting.errorTitle')}
      onRetry={() => heading.current?.focus()}
    >
      {({ myHome }) => {
        const nothing = isEmpty(myHome) && invitations.data?.myInvitations.length === 0;
        return (
          <>
            <h2 ref={heading} tabIndex={-1} className={fr.cx('fr-sr-only')}>
              {t('home.waiting.heading')}
            </h2>
            <MyInvitations />
            <Blocks home={myHome} />
            {nothing && (
              <>
                <CallOut title={t('home.waiting.nothingTitle')} titleAs="h2" className={fr.cx('fr-mb-6w')}>
                  {t('home.waiting.nothing')}
                  <Button linkProps={{ to: '/groupes' }} className={fr.cx('fr-mt-2w')} iconId="fr-icon-team-line">
                    {t('home.waiting.findGroup')}
                  </Button>
                </CallOut>
                <Programme decisions={false} />
              </>
            )}
          </>
        );
      }}
    </QueryResult>
  );
}

const isEmpty = (home: Home) =>
  [home.ballotsToCast, home.proposalsToMove, home.awaitingVote, home.coauthorships, home.drafts, home.news].every(
    (block) => !block || block.totalCount === 0,
  ) && !home.joinRequests?.length;

function Blocks({ home }: { home: Home }) {
  const { t } = useTranslation();
  return (
    <>
      {home.ballotsToCast && home.ballotsToCast.totalCount > 0 && (
        <Block id="ballots" title={t('home.waiting.ballots')} total={home.ballotsToCast.totalCount}>
          <VoteCards votes={home.ballotsToCast.nodes} titleAs="h3" />
        </Block>
      )}
      {home.joinRequests && home.joinRequests.length > 0 && (
        <Block id="join-requests" title={t('home.waiting.joinRequests')}>
          <ul className={fr.cx('fr-mb-3w')}>
            {home.joinRequests.map(
              (pending) =>
                pending.group && (
                  <li key={pending.group.id}>
                    <Link to={`/groupes/${pending.group.slug}?onglet=demandes`}>
                      <span lang="fr">{pending.group.name}</span>
                    </Link>{' '}
                    <Badge as="span" small noIcon severity="new">
                      {t('home.waiting.requestCount', { count: pending.count })}
                    </Badge>
                  </li>
                ),
            )}
          </ul>
        </Block>
      )}
      <ProposalBlock
        id="awaiting-vote"
        title={t('home.waiting.awaitingVote')}
        list={home.awaitingVote}
        more={(nodes) => {
          const committee = nodes[0]?.committee;
          return committee ? `/groupes/${committee.slug}?onglet=scrutins` : undefined;
        }}
      />
      <ProposalBlock
        id="to-move"
        title={t('home.waiting.toMove')}
        list={home.proposalsToMove}
        more={() => '/propositions?etat=concertation'}
      />
      <ProposalBlock id="coauthorships" title={t('home.waiting.coauthorships')} list={home.coauthorships} />
      <ProposalBlock
        id="drafts"
        title={t('home.waiting.drafts')}
        list={home.drafts}
        more={() => '/propositions?etat=brouillon'}
      />
      {home.news && home.news.totalCount > 0 && (
        <Block id="news" title={t('home.waiting.news')}>
          <ul className={fr.cx('fr-mb-3w')}>
            {home.news.nodes.map((entry) => (
              <li key={entry.id}>
                <NewsItem entry={entry} />
              </li>
            ))}
          </ul>
        </Block>
      )}
    </>
  );
}

function Block({ id, title, total, children }: { id: string; title: string; total?: number; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby={`home-${id}`} className={fr.cx('fr-mb-6w')}>
      <h2 id={`home-${id}`}>
        {title}
        {total !== undefined && (
          <Badge as="span" small noIcon severity="info" className={fr.cx('fr-ml-1w')}>
            {t('home.waiting.total', { count: total })}
          </Badge>
        )}
      </h2>
      {children}
    </section>
  );
}

type ProposalBlockProps<TNode extends ProposalSummary> = {
  id: string;
  title: string;
  list: { totalCount: number; nodes: TNode[] } | null | undefined;
  /** Where the whole list is, when it is longer than the block. */
  more?: (nodes: TNode[]) => string | undefined;
};

function ProposalBlock<TNode extends ProposalSummary>({ id, title, list, more }: ProposalBlockProps<TNode>) {
  const { t } = useTranslation();
  if (!list || list.totalCount === 0) return null;
  const whole = list.totalCount > list.nodes.length ? more?.(list.nodes) : undefined;
  return (
    <Block id={id} title={title} total={list.totalCount}>
      <ul className={fr.cx('fr-raw-list', 'fr-mb-2w')}>
        {list.nodes.map((proposal) => (
          <li key={proposal.id} className={fr.cx('fr-mb-2w')}>
            <ProposalCard proposal={proposal} showGroup />
          </li>
        ))}
      </ul>
      {whole && (
        <Link className={fr.cx('fr-link', 'fr-icon-arrow-right-line', 'fr-link--icon-right')} to={whole}>
          {t('home.waiting.seeAll', { title })}
        </Link>
      )}
    </Block>
  );
}

/** Where a journal entry leads: the proposal or the vote it concerns, else its group. */
function linkOf(entry: NewsEntry): string | undefined {
  if (entry.targetType === 'proposal') return `/propositions/${entry.targetId}`;
  if (entry.targetType === 'vote') return `/scrutins/${entry.targetId}`;
  return entry.group ? `/groupes/${entry.group.slug}` : undefined;
}

function NewsItem({ entry }: { entry: NewsEntry }) {
  const { t } = useTranslation();
  const details = JSON.parse(entry.details) as { title?: string; group?: string };
  const what = details.title ?? entry.group?.name ?? details.group ?? '';
  const link = linkOf(entry);
  return (
    <>
      {entry.actor?.displayName ?? t('home.waiting.someone')} {t(`journal.actions.${entry.action}`)}
      {what && ' : '}
      {what &&
        (link ? (
          <Link to={link} lang="fr">
            {what}
          </Link>
        ) : (
          <span lang="fr">{what}</span>
        ))}
      {' · '}
      <DateTime value={entry.occurredAt} />
    </>
  );
}
