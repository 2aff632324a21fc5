import { connectionQuery } from '../api/queries';
import { useConnection } from '../api/useConnection';
import { graphql } from '../gql';
import type { AuditAction, AuditFilter, AuditLogQuery } from '../gql/graphql';

const auditLogQuery = graphql(`
  query AuditLog($filter: AuditFilter, $after: String) {
    auditLog(filter: $filter, after: $after) {
      nodes {
        id
        action
        occurredAt
        details
        targetType
        targetId
        actor {
          id
          displayName
        }
        subject {
          id
          displayName
        }
        group {
          id
          slug
          name
        }
      }
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** The groups the journal can be filtered by: all of them for administrators, the viewer's otherwise. */
export const journalGroupsQuery = graphql(`
  query JournalGroups($mine: Boolean) {
    groupsDirectory(filter: { mine: $mine }, first: 100) {
      nodes {
        id
        name
        viewerRole
      }
    }
  }
`);

export type AuditEntry = AuditLogQuery['auditLog']['nodes'][number];

/** The journal's acts, in the order of the action filter. */
export const auditActions: AuditAction[] = [
  'group_created',
  'group_updated',
  'group_archived',
  'group_reopened',
  'member_joined',
  'join_requested',
  'join_request_accepted',
  'join_request_declined',
  'invitation_sent',
  'invitation_accepted',
  'invitation_revoked',
  'member_added',
  'member_role_changed',
  'member_removed',
  'member_left',
  'proposal_created',
  'proposal_coauthor_invited',
  'proposal_coauthor_joined',
  'proposal_transitioned',
  'amendment_proposed',
  'amendment_accepted',
  'amendment_rejected',
  'comment_hidden',
  'vote_created',
  'vote_opened',
  'vote_cancelled',
  'vote_closed',
  'proxy_given',
  'proxy_revoked',
  'message_removed',
  'domain_created',
  'domain_updated',
  'vote_voter_recused',
  'call_created',
  'call_updated',
  'call_reviewer_added',
  'call_reviewer_removed',
  'call_opened',
  'call_review_started',
  'call_deliberation_opened',
  'call_decided',
  'call_closed',
  'submission_submitted',
  'submission_co_applicant_accepted',
  'submission_eligibility_decided',
  'review_assigned',
  'review_link_declared',
  'review_submitted',
  'submission_decided',
  'laureate_catalogued',
  'milestone_added',
  'milestone_updated',
];

/** The journal's CSV export with the same filter (a REST route of the API, same visibility as the page). */
export function journalExportUrl(filter: AuditFilter): string {
  const query = new URLSearchParams();
  if (filter.groupId) query.set('groupId', filter.groupId);
  if (filter.actions?.length) query.set('action', filter.actions[0]);
  if (filter.since) query.set('since', String(filter.since));
  if (filter.until) query.set('until', String(filter.until));
  const search = query.toString();
  return `/journal/export.csv${search ? `?${search}` : ''}`;
}

/** The journal's entries that the filter keeps, latest first; read anew at each visit, as every act adds to it. */
export const useAuditLog = (filter: AuditFilter) =>
  useConnection({ ...connectionQuery(auditLogQuery, { filter }, (result) => result.auditLog), staleTime: 0 });
