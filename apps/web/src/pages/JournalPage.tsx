import { AUDIT_LIMITS } from '@ouvroir/contracts';
import { fr } from '@codegouvfr/react-dsfr';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useQuery } from '@tanstack/react-query';
import { useRef, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { codeOf, messageOf } from '../api/graphql-request';
import { graphqlQuery } from '../api/queries';
import { DateTime } from '../components/DateTime';
import { Missing, ResultsTable } from '../components/ResultsTable';
import { useSetSearchParam } from '../components/useSetSearchParam';
import type { AuditAction, AuditFilter, MembershipRole, VoteOutcome } from '../gql/graphql';
import { SignedIn } from '../identity/SignedIn';
import type { SessionUser } from '../identity/useSession';
import { auditActions, journalExportUrl, journalGroupsQuery, useAuditLog, type AuditEntry } from '../journal/journal';
import { useDocumentTitle } from '../layout/useDocumentTitle';
import { proposalStates } from '../proposals/proposals';

/** The filters live in the address, in French: the group page links to its own journal. */
const params = { group: 'groupe', action: 'acte', since: 'du', until: 'au' } as const;

/** The start of a day (YYYY-MM-DD, as a date field gives it) in the person's time zone. */
const startOfDay = (day: string, plusDays = 0) => {
  const date = new Date(`${day}T00:00:00`);
  date.setDate(date.getDate() + plusDays);
  return date.toISOString();
};

export function JournalPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('journal.pageTitle'));
  const heading = useRef<HTMLHeadingElement>(null);

  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t('journal.heading')}
      </h1>
      <SignedIn signedOut={t('journal.signedOut')} onRetry={() => heading.current?.focus()}>
        {(user) => <Journal viewer={user} />}
      </SignedIn>
    </>
  );
}

function Journal({ viewer }: { viewer: SessionUser }) {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const setParam = useSetSearchParam();
  const groupId = searchParams.get(params.group) ?? '';
  const action = auditActions.find((known) => known === searchParams.get(params.action));
  const since = searchParams.get(params.since) ?? '';
  const until = searchParams.get(params.until) ?? '';
  const dates = { since, until };
  const filter: AuditFilter = {
    groupId: groupId || undefined,
    actions: action && [action],
    since: since ? startOfDay(since) : undefined,
    // The last day is included: the journal stops before the start of the next one.
    until: until ? startOfDay(until, 1) : undefined,
  };
  const entries = useAuditLog(filter);
  const firstField = useRef<HTMLSelectElement>(null);

  const row = (entry: AuditEntry) => [
    <DateTime value={entry.occurredAt} withTime />,
    entry.actor?.displayName ?? <Missing />,
    t(`journal.actions.${entry.action}`),
    entry.subject?.displayName ?? <Missing />,
    // A group the viewer can no longer see keeps the name the entry recorded.
    entry.group ? (
      <Link to={`/groupes/${entry.group.slug}`} lang="fr">
        {entry.group.name}
      </Link>
    ) : (
      <span lang="fr">{detailsOf(entry).group ?? ''}</span>
    ),
    <Concerns entry={entry} />,
    <DetailsCell entry={entry} />,
  ];
  const total = entries.data?.totalCount ?? 0;

  // Reserved to administrators and facilitators: the API says so in French, and nothing is to retry. (Refused for
  // one group only, the filters stay, to choose another.)
  if (entries.isError && codeOf(entries.error) === 'FORBIDDEN' && !groupId) {
    return <p className={fr.cx('fr-text--lead')}>{messageOf(entries.error)}</p>;
  }

  return (
    <>
      <p className={fr.cx('fr-text--lead')}>{t('journal.intro')}</p>
      <form
        aria-label={t('journal.filters')}
        className={fr.cx('fr-grid-row', 'fr-grid-row--gutters', 'fr-mb-3w')}
        onSubmit={(event) => event.preventDefault()}
      >
        <div className={fr.cx('fr-col-12', 'fr-col-md-6', 'fr-col-lg-3')}>
          <GroupSelect
            viewer={viewer}
            value={groupId}
            onChange={(value) => setParam(params.group, value)}
            selectRef={firstField}
          />
        </div>
        <div className={fr.cx('fr-col-12', 'fr-col-md-6', 'fr-col-lg-3')}>
          <Select
            label={t('journal.action')}
            nativeSelectProps={{
              value: action ?? '',
              onChange: (event) => setParam(params.action, event.target.value),
            }}
          >
            <option value="">{t('journal.allActions')}</option>
            {auditActions.map((option) => (
              <option key={option} value={option}>
                {t(`journal.actionNames.${option}`)}
              </option>
            ))}
          </Select>
        </div>
        {(['since', 'until'] as const).map((bound) => (
          <div key={bound} className={fr.cx('fr-col-6', 'fr-col-lg-3')}>
            <Input
              label={t(`journal.${bound}`)}
              nativeInputProps={{
                type: 'date',
                value: dates[bound],
                // Each bound keeps the other in the right order.
                min: bound === 'until' ? since || undefined : undefined,
                max: bound === 'since' ? until || undefined : undefined,
                onChange: (event) => setParam(params[bound], event.target.value),
              }}
            />
          </div>
        ))}
      </form>
      <div className={fr.cx('fr-mb-3w')}>
        {/* A download from the API, with the session's cookie: a link, not a client-side route. */}
        <a
          className={fr.cx('fr-btn', 'fr-btn--secondary', 'fr-btn--icon-left', 'fr-icon-download-line')}
          href={journalExportUrl(filter)}
          download
          aria-describedby="journal-export-hint"
        >
          {t('journal.export.button')}
        </a>
        <p id="journal-export-hint" className={fr.cx('fr-hint-text', 'fr-mt-1v')}>
          {total > AUDIT_LIMITS.exportMaxRows
            ? t('journal.export.truncated', { max: AUDIT_LIMITS.exportMaxRows.toLocaleString('fr-FR') })
            : t('journal.export.hint', { max: AUDIT_LIMITS.exportMaxRows.toLocaleString('fr-FR') })}
        </p>
      </div>
      <ResultsTable
        texts="journal.list"
        results={entries}
        stacked
        headers={[
          t('journal.columns.date'),
          t('journal.columns.actor'),
          t('journal.columns.action'),
          t('journal.columns.subject'),
          t('journal.columns.group'),
          t('journal.columns.concerns'),
          t('journal.columns.details'),
        ]}
        row={row}
        onRetry={() => firstField.current?.focus()}
      />
    </>
  );
}

/** The groups to filter by: every group for administrators, the ones they facilitate for the others. */
function GroupSelect({
  viewer,
  value,
  onChange,
  selectRef,
}: {
  viewer: SessionUser;
  value: string;
  onChange: (groupId: string) => void;
  selectRef: Ref<HTMLSelectElement>;
}) {
  const { t } = useTranslation();
  const admin = viewer.platformRole === 'admin';
  const groups = useQuery(graphqlQuery(journalGroupsQuery, { mine: !admin }));
  const options = (groups.data?.groupsDirectory.nodes ?? []).filter(
    (group) => admin || group.viewerRole === 'facilitator',
  );

  return (
    <Select
      label={t('journal.group')}
      state={groups.isError ? 'error' : 'default'}
      stateRelatedMessage={groups.isError ? messageOf(groups.error) : undefined}
      nativeSelectProps={{ ref: selectRef, value, onChange: (event) => onChange(event.target.value) }}
    >
      <option value="">{admin ? t('journal.allGroups') : t('journal.myGroups')}</option>
      {/* A group named in the address but not (yet) listed keeps its option: the select shows what is filtered. */}
      {value && !options.some((group) => group.id === value) && <option value={value}>{t('journal.thisGroup')}</option>}
      {options.map((group) => (
        <option key={group.id} value={group.id} lang="fr">
          {group.name}
        </option>
      ))}
    </Select>
  );
}

/** What the API records with an act (see the groups and proposals services); every key is optional. */
type Details = {
  group?: string;
  /** The proposal's title, for the acts on a proposal (or the vote's, for the acts on a vote). */
  title?: string;
  /** The proposal an act on it, its amendments or its comments concerns (recorded since the journal links to it). */
  proposalId?: string;
  /** A domain's name and address, for the acts on domains; a common's address, for the acts on commons. */
  domain?: string;
  slug?: string;
  /** A common's name, for the acts on commons. */
  name?: string;
  role?: string;
  from?: string;
  to?: string;
  reason?: string;
  email?: string;
  changed?: string[];
  /** A closed vote's outcome. */
  outcome?: string;
};

function detailsOf(entry: AuditEntry): Details {
  try {
    return JSON.parse(entry.details) as Details;
  } catch {
    return {};
  }
}

/** The acts on a vote: their title is the vote's. */
const voteActions: AuditAction[] = [
  'vote_created',
  'vote_opened',
  'vote_cancelled',
  'vote_closed',
  'proxy_given',
  'proxy_revoked',
];
const voteOutcomes: VoteOutcome[] = ['adopted', 'rejected', 'no_quorum', 'ranked'];

const roles: MembershipRole[] = ['facilitator', 'member', 'observer', 'voter'];
const changeableFields = [
  'name',
  'shortDescription',
  'charter',
  'visibility',
  'joinPolicy',
  'committeeId',
  'slug',
  'description',
] as const;

/** What the act concerns, as a link: the proposal, the vote, the common or the domain (the group has its own column). */
function Concerns({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  const details = detailsOf(entry);
  if (entry.targetType === 'vote') {
    return (
      <Link to={`/scrutins/${entry.targetId}`} lang="fr">
        {details.title ? t('journal.links.vote', { title: details.title }) : t('journal.links.voteUntitled')}
      </Link>
    );
  }
  if (entry.targetType === 'common' && details.slug) {
    return (
      <Link to={`/communs/${encodeURIComponent(details.slug)}`} lang="fr">
        {t('journal.links.common', { name: details.name ?? details.slug })}
      </Link>
    );
  }
  const proposalId = details.proposalId ?? (entry.targetType === 'proposal' ? entry.targetId : undefined);
  if (proposalId) {
    return (
      <Link to={`/propositions/${proposalId}`} lang="fr">
        {t('journal.links.proposal', { title: details.title ?? '' })}
      </Link>
    );
  }
  if (entry.targetType === 'domain' && details.slug) {
    return (
      <Link to={`/groupes?domaine=${encodeURIComponent(details.slug)}`} lang="fr">
        {t('journal.links.domain', { name: details.domain ?? details.slug })}
      </Link>
    );
  }
  return <Missing />;
}

/** The proposal, the role or the state, the reason, the address or the fields changed, in words. */
function DetailsCell({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  const details = detailsOf(entry);
  const role = (value?: string) => {
    const known = roles.find((candidate) => candidate === value);
    return known ? t(`groups.roles.${known}`) : value;
  };
  const field = (name: string) => {
    const known = changeableFields.find((candidate) => candidate === name);
    return known ? t(`journal.fields.${known}`) : name;
  };
  const state = (value: string) => {
    const known = proposalStates.find((candidate) => candidate === value);
    return known ? t(`proposals.states.${known}`) : value;
  };
  const lines: string[] = [];
  // Acts on proposals and votes name them in the « Objet » column's link; older entries recorded no proposal's id.
  const linked = voteActions.includes(entry.action) || details.proposalId || entry.targetType === 'proposal';
  if (details.title && !linked) lines.push(t('journal.details.proposal', { title: details.title }));
  const outcome = voteOutcomes.find((candidate) => candidate === details.outcome);
  if (outcome) lines.push(t('journal.details.outcome', { outcome: t(`votes.outcomes.${outcome}`) }));
  if (details.from && details.to && entry.action === 'proposal_transitioned')
    lines.push(t('journal.details.stateChange', { from: state(details.from), to: state(details.to) }));
  else if (details.from && details.to)
    lines.push(t('journal.details.roleChange', { from: role(details.from), to: role(details.to) }));
  else if (details.role) lines.push(t('journal.details.role', { role: role(details.role) }));
  if (details.email) lines.push(t('journal.details.email', { email: details.email }));
  if (details.changed?.length)
    lines.push(t('journal.details.changed', { fields: details.changed.map(field).join(', ') }));
  if (details.reason) lines.push(t('journal.details.reason', { reason: details.reason }));
  if (lines.length === 0) return <Missing />;
  return (
    <>
      {lines.map((line, index) => (
        <span key={line}>
          {index > 0 && <br />}
          {line}
        </span>
      ))}
    </>
  );
}
