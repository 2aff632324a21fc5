import { fr } from '@codegouvfr/react-dsfr';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { Tabs } from '@codegouvfr/react-dsfr/Tabs';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import { codeOf, messageOf } from '../api/graphql-request';
import { graphqlQuery } from '../api/queries';
import { DateTime } from '../components/DateTime';
import { Facts, type Fact } from '../components/Facts';
import { QueryResult } from '../components/QueryResult';
import { useSetSearchParam } from '../components/useSetSearchParam';
import { LazyDiscussionPanel as DiscussionPanel } from '../discussion/LazyDiscussionPanel';
import { FollowButton } from '../notifications/FollowButton';
import { useSession } from '../identity/useSession';
import { useDocumentTitle } from '../layout/useDocumentTitle';
import { AmendmentsTab } from '../proposals/AmendmentsTab';
import { CoauthorInvitation } from '../proposals/CoauthorInvitation';
import { CommentsTab } from '../proposals/CommentsTab';
import { HistoryTab } from '../proposals/HistoryTab';
import { ProposalActions } from '../proposals/ProposalActions';
import { proposalPageQuery, useProposalWatch, type Proposal } from '../proposals/proposals';
import { ProposalStateBadge } from '../proposals/ProposalStateBadge';
import { ProposalTimeline } from '../proposals/ProposalTimeline';
import { ProposalVotes } from '../votes/ProposalVotes';
import { NotFoundPage } from './NotFoundPage';

/** The tabs, by their French name in the address (`?onglet=historique`), so that a tab can be linked to. */
const tabIds = ['commentaires', 'amendements', 'historique'] as const;
type TabId = (typeof tabIds)[number];

export function ProposalPage() {
  const { id = '' } = useParams();
  const proposal = useQuery(graphqlQuery(proposalPageQuery, { id }));
  const { t } = useTranslation();
  // Its state, revisions, comments and votes change under the reader's eyes: what changed is read again.
  useProposalWatch(id);
  const heading = useRef<HTMLHeadingElement>(null);
  useDocumentTitle(proposal.data ? proposal.data.proposal.title : t('proposal.pageTitle'));

  if (proposal.data) return <ProposalContent proposal={proposal.data.proposal} />;
  // A draft is "not found" for whoever may not read it, exactly like a proposal that does not exist.
  if (codeOf(proposal.error) === 'NOT_FOUND') return <NotFoundPage lead={messageOf(proposal.error)} />;
  // Until the proposal is there: the page's heading, then the wait or the failure with a retry button.
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t('proposal.pageTitle')}
      </h1>
      <QueryResult
        query={proposal}
        loading={t('proposal.loading')}
        errorTitle={t('proposal.errorTitle')}
        titleAs="h2"
        onRetry={() => heading.current?.focus()}
      >
        {() => null}
      </QueryResult>
    </>
  );
}

function ProposalContent({ proposal }: { proposal: Proposal }) {
  const { t } = useTranslation();
  const session = useSession();
  const [searchParams] = useSearchParams();
  const setParam = useSetSearchParam();
  const heading = useRef<HTMLHeadingElement>(null);
  const selected: TabId = tabIds.find((id) => id === searchParams.get('onglet')) ?? 'commentaires';
  const { group, committee } = proposal;
  const { hash } = useLocation();
  const discussion = useRef<HTMLElement>(null);

  // Come to discuss (from « Mes discussions »): the discussion, at the bottom of the page, is brought into view once
  // the proposal is there.
  useEffect(() => {
    if (hash === '#proposal-discussion') discussion.current?.scrollIntoView();
  }, [hash, proposal.id]);

  const facts: Fact[] = [];
  if (group) {
    facts.push({
      term: t('proposal.group'),
      value: (
        <Link to={`/groupes/${group.slug}?onglet=propositions`} lang="fr">
          {group.name}
        </Link>
      ),
    });
  }
  if (committee) {
    facts.push({
      term: t('proposal.committee'),
      value: (
        <Link to={`/groupes/${committee.slug}`} lang="fr">
          {committee.name}
        </Link>
      ),
    });
  }
  facts.push(
    { term: t('proposal.authors'), value: <Authors authors={proposal.authors} /> },
    {
      term: t('proposal.revision'),
      value: (
        <>
          {t('proposal.revisionNumber', { number: proposal.revisionNumber })}, {t('proposal.updated')}{' '}
          <DateTime value={proposal.updatedAt} withTime />
        </>
      ),
    },
  );
  if (proposal.tags.length > 0) {
    facts.push({
      term: t('proposal.tags'),
      value: (
        <ul className={fr.cx('fr-tags-group')}>
          {proposal.tags.map((tag) => (
            <li key={tag}>
              <p className={fr.cx('fr-tag', 'fr-tag--sm')} lang="fr">
                {tag}
              </p>
            </li>
          ))}
        </ul>
      ),
    });
  }

  return (
    <>
      <Breadcrumb
        currentPageLabel={<span lang="fr">{proposal.title}</span>}
        homeLinkProps={{ to: '/' }}
        segments={[
          { label: t('layout.groups'), linkProps: { to: '/groupes' } },
          ...(group
            ? [
                {
                  label: <span lang="fr">{group.name}</span>,
                  linkProps: { to: `/groupes/${group.slug}?onglet=propositions` },
                },
              ]
            : []),
        ]}
        className={fr.cx('fr-mt-0', 'fr-mb-3w')}
      />
      <CoauthorInvitation proposal={proposal} onDone={() => heading.current?.focus()} />
      <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters')}>
        <div className={fr.cx('fr-col-12', 'fr-col-lg-8')}>
          <ProposalStateBadge state={proposal.state} />
          {/* Titles and texts come from the API in French, whatever the interface language. */}
          <h1 ref={heading} tabIndex={-1} lang="fr" className={fr.cx('fr-mt-1w')}>
            {proposal.title}
          </h1>
          {proposal.summary && (
            <p className={fr.cx('fr-text--lead')} lang="fr" style={{ whiteSpace: 'pre-wrap' }}>
              {proposal.summary}
            </p>
          )}
          <Facts facts={facts} />
        </div>
        <div className={fr.cx('fr-col-12', 'fr-col-lg-4')}>
          <ProposalActions proposal={proposal} />
          {session.status === 'signedIn' && <FollowButton type="proposal" id={proposal.id} />}
        </div>
        <section aria-labelledby="proposal-text" className={fr.cx('fr-col-12', 'fr-col-lg-8')}>
          <h2 id="proposal-text" className={fr.cx('fr-h4')}>
            {t('proposal.text')}
          </h2>
          {proposal.body ? (
            // The API renders the Markdown to HTML without raw HTML, scripts nor javascript: links.
            <div lang="fr" dangerouslySetInnerHTML={{ __html: proposal.bodyHtml }} />
          ) : (
            <p>{t('proposal.noText')}</p>
          )}
        </section>
        <div className={fr.cx('fr-col-12', 'fr-col-lg-4')}>
          <ProposalTimeline steps={proposal.timeline} />
          {proposal.votes.length > 0 && <ProposalVotes votes={proposal.votes} />}
        </div>
      </div>
      <Tabs
        className={fr.cx('fr-mt-4w')}
        label={t('proposal.tabsLabel')}
        tabs={[
          { tabId: 'commentaires', label: t('proposal.tabs.comments', { number: proposal.commentCount }) },
          { tabId: 'amendements', label: t('proposal.tabs.amendments', { number: proposal.amendments.length }) },
          { tabId: 'historique', label: t('proposal.tabs.history') },
        ]}
        selectedTabId={selected}
        onTabChange={(id) => setParam('onglet', id)}
      >
        {selected === 'commentaires' && <CommentsTab proposal={proposal} />}
        {selected === 'amendements' && <AmendmentsTab proposal={proposal} />}
        {selected === 'historique' && <HistoryTab proposal={proposal} />}
      </Tabs>
      <section ref={discussion} aria-labelledby="proposal-discussion" className={fr.cx('fr-mt-6w')}>
        {session.status === 'signedIn' ? (
          <DiscussionPanel
            key={proposal.channel.id}
            channelId={proposal.channel.id}
            headingId="proposal-discussion"
            revision={proposal.state}
          />
        ) : (
          <>
            <h2 id="proposal-discussion" className={fr.cx('fr-h5')}>
              {t('discussion.heading')}
            </h2>
            <p>{t('discussion.signInToRead')}</p>
          </>
        )}
      </section>
    </>
  );
}

/** The authors, accepted first; people invited to co-write are marked. */
function Authors({ authors }: { authors: Proposal['authors'] }) {
  const { t } = useTranslation();
  return (
    <ul className={fr.cx('fr-raw-list')}>
      {authors.map((author, index) => (
        <li key={author.user?.id ?? index}>
          {author.user?.displayName ?? t('proposal.formerAuthor')}
          {author.user?.organisation && (
            <>
              , <span lang="fr">{author.user.organisation.name}</span>
            </>
          )}
          {author.status === 'invited' && (
            <>
              {' '}
              <Badge as="span" small noIcon>
                {t('proposal.invitedAuthor')}
              </Badge>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
