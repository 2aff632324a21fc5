import { fr } from '@codegouvfr/react-dsfr';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { Tabs } from '@codegouvfr/react-dsfr/Tabs';
import { useQuery } from '@tanstack/react-query';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { codeOf, messageOf } from '../api/graphql-request';
import { graphqlQuery } from '../api/queries';
import { Facts, type Fact } from '../components/Facts';
import { LoadError } from '../components/LoadError';
import { QueryResult } from '../components/QueryResult';
import { useSetSearchParam } from '../components/useSetSearchParam';
import { LazyDiscussionPanel as DiscussionPanel } from '../discussion/LazyDiscussionPanel';
import { useGroupChannel } from '../discussion/useGroupChannel';
import { GroupBadges } from '../groups/GroupBadges';
import { GroupManagement } from '../groups/GroupManagement';
import { groupPageQuery, type Group } from '../groups/groups';
import { InvitationsTab } from '../groups/InvitationsTab';
import { JoinRequestsTab } from '../groups/JoinRequestsTab';
import { MembersTab } from '../groups/MembersTab';
import { MembershipActions } from '../groups/MembershipActions';
import { FollowButton } from '../notifications/FollowButton';
import { useSession } from '../identity/useSession';
import { useDocumentTitle } from '../layout/useDocumentTitle';
import { GroupProposalsTab } from '../proposals/GroupProposalsTab';
import { CommitteeVotesTab } from '../votes/CommitteeVotesTab';
import { NotFoundPage } from './NotFoundPage';

/** The tabs, by their French name in the address (`?onglet=membres`), so that a tab can be linked to. */
const tabIds = ['charte', 'membres', 'propositions', 'scrutins', 'discussion', 'demandes', 'invitations'] as const;
type TabId = (typeof tabIds)[number];
/** The tabs only the group's facilitators (and administrators) see. */
const managerTabs: TabId[] = ['demandes', 'invitations'];
/** The tabs only the group's members (observers too) and administrators see. */
const memberTabs: TabId[] = ['discussion'];

export function GroupPage() {
  const { slug = '' } = useParams();
  const group = useQuery(graphqlQuery(groupPageQuery, { slug }));
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  // A members-only group is "not found" for outsiders, exactly like a group that does not exist.
  const notFound = !group.data && codeOf(group.error) === 'NOT_FOUND';
  useDocumentTitle(group.data ? group.data.group.name : notFound ? t('notFound.pageTitle') : t('group.pageTitle'));

  if (group.data) return <GroupContent group={group.data.group} />;
  if (notFound) return <NotFoundPage lead={messageOf(group.error)} />;
  if (!group.isError) return <p role="status">{t('group.loading')}</p>;
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t('group.pageTitle')}
      </h1>
      <LoadError
        title={t('group.errorTitle')}
        reason={messageOf(group.error)}
        titleAs="h2"
        onRetry={() => {
          void group.refetch();
          heading.current?.focus();
        }}
      />
    </>
  );
}

function GroupContent({ group }: { group: Group }) {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const setParam = useSetSearchParam();
  const session = useSession();
  const manage = group.viewerPermissions.manageMembers;
  const member = group.viewerRole !== null || (session.status === 'signedIn' && session.user.platformRole === 'admin');
  // The channel's unread count, for the members' « Discussion » tab.
  const { channel, unreadCount } = useGroupChannel(group.slug, member);
  const tabs = tabIds.filter(
    (id) =>
      (manage || !managerTabs.includes(id)) &&
      (member || !memberTabs.includes(id)) &&
      (id !== 'scrutins' || group.kind === 'committee'),
  );
  const requested = tabs.find((id) => id === searchParams.get('onglet'));
  const selected: TabId = requested ?? 'charte';
  const facilitators = group.facilitators.map((person) => person.displayName).join(', ');

  const facts: Fact[] = [
    {
      term: t('group.domain'),
      value: (
        <Link to={`/groupes?domaine=${group.domain.slug}`} lang="fr">
          {group.domain.name}
        </Link>
      ),
    },
    { term: t('group.facilitators'), value: facilitators || t('group.noFacilitator') },
    { term: t('group.members'), value: t('groups.memberCount', { count: group.memberCount }) },
    { term: t('group.joinPolicy'), value: t(`group.joinPolicyExplained.${group.joinPolicy}`) },
  ];
  if (group.committee) {
    facts.push({
      term: t('group.committee'),
      value: (
        <Link to={`/groupes/${group.committee.slug}`} lang="fr">
          {group.committee.name}
        </Link>
      ),
    });
  }

  return (
    <>
      <Breadcrumb
        currentPageLabel={<span lang="fr">{group.name}</span>}
        homeLinkProps={{ to: '/' }}
        segments={[{ label: t('layout.groups'), linkProps: { to: '/groupes' } }]}
        className={fr.cx('fr-mt-0', 'fr-mb-3w')}
      />
      <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters')}>
        <div className={fr.cx('fr-col-12', 'fr-col-lg-8')}>
          <GroupBadges group={group} />
          {/* Names and descriptions come from the API in French, whatever the interface language. */}
          <h1 lang="fr">{group.name}</h1>
          {group.shortDescription && (
            <p className={fr.cx('fr-text--lead')} lang="fr">
              {group.shortDescription}
            </p>
          )}
          <Facts facts={facts} />
        </div>
        <div className={fr.cx('fr-col-12', 'fr-col-lg-4')}>
          <MembershipActions group={group} />
          {session.status === 'signedIn' && <FollowButton type="group" id={group.id} slug={group.slug} />}
        </div>
      </div>
      {group.viewerPermissions.edit && <GroupManagement group={group} />}
      <Tabs
        className={fr.cx('fr-mt-4w')}
        label={t('group.tabsLabel')}
        tabs={tabs.map((id) => ({
          tabId: id,
          label: id === 'discussion' ? <DiscussionTabLabel unread={unreadCount} /> : t(`group.tabs.${id}`),
        }))}
        selectedTabId={selected}
        onTabChange={(id) => setParam('onglet', id)}
      >
        {selected === 'discussion' ? (
          <QueryResult
            query={channel}
            loading={t('discussion.loading')}
            errorTitle={t('discussion.errorTitle')}
            titleAs="h2"
          >
            {({ id }) => (
              <DiscussionPanel
                key={id}
                channelId={id}
                headingId="group-discussion"
                onRead={() => void channel.refetch()}
              />
            )}
          </QueryResult>
        ) : (
          <TabContent tab={selected} group={group} />
        )}
      </Tabs>
    </>
  );
}

function TabContent({ tab, group }: { tab: TabId; group: Group }) {
  const { t } = useTranslation();
  switch (tab) {
    case 'charte':
      return (
        <>
          {/* The charter's own headings start at h3, under this one. */}
          <h2 className={fr.cx('fr-h4')}>{t('group.charterHeading')}</h2>
          {group.charterHtml ? (
            // The API renders the Markdown to HTML without scripts nor javascript: links.
            <div lang="fr" dangerouslySetInnerHTML={{ __html: group.charterHtml }} />
          ) : (
            <p>{t('group.noCharter')}</p>
          )}
        </>
      );
    case 'membres':
      return <MembersTab group={group} />;
    case 'propositions':
      return <GroupProposalsTab group={group} />;
    case 'scrutins':
      return <CommitteeVotesTab group={group} />;
    case 'discussion':
      // Shown by GroupContent, which knows the channel.
      return null;
    case 'demandes':
      return <JoinRequestsTab group={group} />;
    case 'invitations':
      return <InvitationsTab group={group} />;
  }
}

/** « Discussion », with the count of messages unread as a badge. */
function DiscussionTabLabel({ unread }: { unread: number }) {
  const { t } = useTranslation();
  return (
    <>
      {t('group.tabs.discussion')}
      {unread > 0 && (
        <>
          {' '}
          <Badge as="span" small noIcon severity="new">
            <span aria-hidden="true">{unread}</span>
            <span className={fr.cx('fr-sr-only')}>{t('discussion.unread', { count: unread })}</span>
          </Badge>
        </>
      )}
    </>
  );
}
