/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** À venir, ouverts, ou clos et annulés. */
export type AgendaSection =
  | 'closed'
  | 'open'
  | 'upcoming';

/** Forme d’accord des phrases qui parlent de la personne : féminin, masculin ou neutre. */
export type AgreementForm =
  | 'feminine'
  | 'masculine'
  | 'neutral';

export type AmendmentStatus =
  | 'accepted'
  | 'pending'
  | 'rejected'
  | 'withdrawn';

/** Un acte de gouvernance du journal. */
export type AuditAction =
  | 'amendment_accepted'
  | 'amendment_proposed'
  | 'amendment_rejected'
  | 'call_closed'
  | 'call_created'
  | 'call_decided'
  | 'call_deliberation_opened'
  | 'call_opened'
  | 'call_review_started'
  | 'call_reviewer_added'
  | 'call_reviewer_removed'
  | 'call_updated'
  | 'comment_hidden'
  | 'common_created'
  | 'common_decision_linked'
  | 'common_decision_unlinked'
  | 'common_maintainer_added'
  | 'common_maintainer_removed'
  | 'common_maintenance_confirmed'
  | 'common_repositories_set'
  | 'common_status_changed'
  | 'common_updated'
  | 'common_usage_declared'
  | 'common_usage_withdrawn'
  | 'contribution_attested'
  | 'domain_created'
  | 'domain_updated'
  | 'group_archived'
  | 'group_created'
  | 'group_reopened'
  | 'group_updated'
  | 'invitation_accepted'
  | 'invitation_revoked'
  | 'invitation_sent'
  | 'join_request_accepted'
  | 'join_request_declined'
  | 'join_requested'
  | 'laureate_catalogued'
  | 'member_added'
  | 'member_joined'
  | 'member_left'
  | 'member_removed'
  | 'member_role_changed'
  | 'message_removed'
  | 'milestone_added'
  | 'milestone_updated'
  | 'proposal_coauthor_invited'
  | 'proposal_coauthor_joined'
  | 'proposal_created'
  | 'proposal_transitioned'
  | 'proxy_given'
  | 'proxy_revoked'
  | 'review_assigned'
  | 'review_link_declared'
  | 'review_submitted'
  | 'submission_co_applicant_accepted'
  | 'submission_decided'
  | 'submission_eligibility_decided'
  | 'submission_submitted'
  | 'vote_cancelled'
  | 'vote_closed'
  | 'vote_created'
  | 'vote_opened'
  | 'vote_voter_recused';

export type AuditFilter = {
  actions?: Array<AuditAction> | null | undefined;
  actorId?: string | null | undefined;
  groupId?: string | null | undefined;
  since?: string | null | undefined;
  until?: string | null | undefined;
};

/** Auteur, ou invité à co-écrire. */
export type AuthorshipStatus =
  | 'accepted'
  | 'invited';

/** Le bulletin : la seule partie qui correspond au mode de scrutin. */
export type BallotInput = {
  approved?: Array<string> | null | undefined;
  grades?: Array<OptionGradeInput> | null | undefined;
  position?: Position | null | undefined;
};

export type CallCriterionInput = {
  description?: string;
  /** La clé d’un critère existant, pour le garder. */
  key?: string | null | undefined;
  name: string;
  weight: number;
};

/** Les champs d’un appel, modifiables tant qu’il est en brouillon. */
export type CallInput = {
  /** En Markdown, 20 000 caractères au plus. */
  body?: string;
  budget?: number | null | undefined;
  /** De 1 à 10 défis. */
  challenges: Array<string>;
  /** Absente : la grille par défaut (NLnet, 30/40/30). */
  criteria?: Array<CallCriterionInput> | null | undefined;
  /** De 1 à 5 dates de clôture à venir. */
  cutoffs: Array<string>;
  minScore?: number | null | undefined;
  reviewsPerSubmission?: number | null | undefined;
  title: string;
};

/** L’étape d’un appel à communs. */
export type CallState =
  | 'closed'
  | 'decided'
  | 'deliberating'
  | 'draft'
  | 'open'
  | 'reviewing';

export type CommentStatus =
  | 'deleted'
  | 'hidden'
  | 'visible';

/** La nature du commun proposé. */
export type CommonDraftKind =
  | 'dataset'
  | 'educational_resource'
  | 'service'
  | 'software';

/** Ce qui restreint le catalogue ; un champ absent ne restreint rien. */
export type CommonFilter = {
  domainIds?: Array<string> | null | undefined;
  forges?: Array<Forge> | null | undefined;
  kinds?: Array<CommonKind> | null | undefined;
  /** Seulement les lauréats d’un appel à communs (true) ou les autres (false). */
  laureate?: boolean | null | undefined;
  /** URI ScoLOMFR de niveaux (vocabulaire 022). */
  levelUris?: Array<string> | null | undefined;
  /** Identifiants SPDX. */
  licenceIds?: Array<string> | null | undefined;
  /** Seulement les licences ouvertes (true) ou non (false). */
  licenceOpen?: boolean | null | undefined;
  /** Une structure qui maintient ou utilise. */
  organisationId?: string | null | undefined;
  statuses?: Array<CommonStatus> | null | undefined;
  /** URI ScoLOMFR de disciplines (vocabulaire 015). */
  subjectUris?: Array<string> | null | undefined;
  tags?: Array<string> | null | undefined;
};

/** Les champs d’un commun, publié ou modifié. */
export type CommonInput = {
  /** En Markdown, 20 000 caractères au plus. */
  description?: string;
  domainId: string;
  kind: CommonKind;
  /** Une expression SPDX : « MIT », « CC-BY-SA-4.0 », « MIT OR Apache-2.0 »… */
  licence: string;
  /** À la publication : les structures qui maintiennent. */
  maintainerOrganisationIds?: Array<string> | null | undefined;
  /** À la publication : les co-mainteneurs (le créateur l’est toujours). */
  maintainerUserIds?: Array<string> | null | undefined;
  /** De 2 à 120 caractères. */
  name: string;
  /** Au plus 20. En modification, absent : les dépôts ne changent pas. */
  repositories?: Array<RepositoryInput> | null | undefined;
  /** URI ScoLOMFR (ressources éducatives seulement). */
  scolomfrUris?: Array<string> | null | undefined;
  /** À la publication seulement : l’adresse voulue (sinon tirée du nom). Ignorée en modification : l’adresse ne change pas. */
  slug?: string | null | undefined;
  /** Par défaut : actif. */
  status?: CommonStatus | null | undefined;
  stewardingGroupId?: string | null | undefined;
  /** 300 caractères au plus. */
  summary?: string;
  /** Au plus 10 mots-clés de 40 caractères. */
  tags?: Array<string> | null | undefined;
  website?: string | null | undefined;
};

/** Logiciel, ressource éducative, service ou jeu de données. */
export type CommonKind =
  | 'dataset'
  | 'educational_resource'
  | 'service'
  | 'software';

/** Où en est un commun. */
export type CommonStatus =
  | 'active'
  | 'archived'
  | 'maintained'
  | 'seeking_maintainers';

export type CreateGroupInput = {
  charter?: string | null | undefined;
  /** Le comité auquel s’adressent les propositions du groupe ; null le retire. */
  committeeId?: string | null | undefined;
  /** Le domaine du groupe. */
  domainSlug: string;
  /** Le premier animateur ; à défaut, l’administrateur qui crée le groupe. */
  facilitatorId?: string | null | undefined;
  joinPolicy?: JoinPolicy | null | undefined;
  kind: GroupKind;
  name: string;
  shortDescription?: string | null | undefined;
  /** Déduit du nom quand il est absent. */
  slug?: string | null | undefined;
  visibility?: GroupVisibility | null | undefined;
};

export type CreateVoteInput = {
  ballotChanges: boolean;
  closesAt: string;
  committeeId: string;
  description?: string | null | undefined;
  method: VoteMethod;
  /** Par défaut, tout de suite. */
  opensAt?: string | null | undefined;
  /** Les libellés des options (sans proposition). */
  options?: Array<string> | null | undefined;
  /** La proposition mise au vote (pour / contre / abstention). */
  proposalId?: string | null | undefined;
  quorumPercent: number;
  secret: boolean;
  threshold?: Threshold | null | undefined;
  /** Par défaut, le titre de la proposition. */
  title?: string | null | undefined;
};

export type CriterionScoreInput = {
  comment: string;
  criterionKey: string;
  score: number;
};

export type DiffKind =
  | 'deleted'
  | 'inserted'
  | 'same';

/** Les champs d’un domaine, créé ou modifié par un administrateur. */
export type DomainInput = {
  /** Sa présentation, en Markdown, 2 000 caractères au plus. */
  description?: string;
  /** Son nom, de 3 à 120 caractères. */
  name: string;
  /** Son identifiant d’adresse : minuscules sans accent, chiffres et tirets, de 3 à 60. */
  slug: string;
};

/** Une proposition ou le salon d’un groupe. */
export type FollowInput = {
  id: string;
  type: FollowSubject;
};

/** Ce qu’on peut suivre. */
export type FollowSubject =
  | 'group'
  | 'proposal';

/** La forge d’un dépôt, déduite de son adresse (forge.apps.education.fr, GitHub, une GitLab, autre). */
export type Forge =
  | 'forge_apps_education'
  | 'github'
  | 'gitlab'
  | 'other';

/** Les sept mentions du jugement majoritaire, la meilleure d’abord. */
export type Grade =
  | 'excellent'
  | 'fairly_good'
  | 'good'
  | 'insufficient'
  | 'passable'
  | 'reject'
  | 'very_good';

export type GroupFilter = {
  domainSlug?: string | null | undefined;
  kind?: GroupKind | null | undefined;
  /** Seulement mes groupes. */
  mine?: boolean | null | undefined;
  /** Dans le nom ou la description courte. */
  search?: string | null | undefined;
  status?: GroupStatus | null | undefined;
};

/** Groupe de travail ou comité de pilotage. */
export type GroupKind =
  | 'committee'
  | 'working_group';

/** Un groupe archivé reste lisible. */
export type GroupStatus =
  | 'active'
  | 'archived';

/** `public` : visible de tous ; `members` : invisible hors de ses membres. */
export type GroupVisibility =
  | 'members'
  | 'public';

/** Une personne inscrite (userId) ou une adresse électronique (email). */
export type InvitationInput = {
  email?: string | null | undefined;
  role?: MembershipRole;
  userId?: string | null | undefined;
};

/** `open` : on rejoint aussitôt ; `request` : sur demande acceptée ; `invitation` : sur invitation. */
export type JoinPolicy =
  | 'invitation'
  | 'open'
  | 'request';

export type JoinRequestStatus =
  | 'accepted'
  | 'declined'
  | 'pending'
  | 'withdrawn';

/** Où en est un courriel. */
export type MailStatus =
  | 'bounced'
  | 'failed'
  | 'queued'
  | 'sending'
  | 'sent'
  | 'skipped';

/** Animateur, membre, observateur ; votant dans un comité. */
export type MembershipRole =
  | 'facilitator'
  | 'member'
  | 'observer'
  | 'voter';

/** Visible, supprimé par son auteur, ou retiré. */
export type MessageStatus =
  | 'deleted'
  | 'removed'
  | 'visible';

/** L’avancement d’un jalon. */
export type MilestoneStatus =
  | 'abandoned'
  | 'done'
  | 'in_progress'
  | 'planned';

export type MilestoneUpdateInput = {
  evidenceUrl?: string | null | undefined;
  percent: number;
  status: MilestoneStatus;
};

/** Quand l’envoyer par courriel : aussitôt, dans le résumé du jour ou de la semaine, jamais. */
export type NotificationCadence =
  | 'daily'
  | 'immediately'
  | 'never'
  | 'weekly';

export type NotificationFilter = {
  kind?: NotificationKind | null | undefined;
  /** Non lues seulement (true) ou lues seulement (false). */
  unread?: boolean | null | undefined;
};

/** Ce dont une notification avertit. */
export type NotificationKind =
  | 'amendment_decided'
  | 'amendment_proposed'
  | 'call_opened'
  | 'coauthor_answered'
  | 'coauthor_invited'
  | 'comment'
  | 'common_maintainer_added'
  | 'common_maintainer_message'
  | 'common_maintenance_due'
  | 'common_usage_declared'
  | 'contribution_attested'
  | 'eligibility_decided'
  | 'group_invitation'
  | 'join_request_decided'
  | 'join_request_received'
  | 'mention'
  | 'milestone_late'
  | 'proposal_moved'
  | 'proxy_given'
  | 'proxy_used'
  | 'review_assigned'
  | 'submission_decided'
  | 'vote_closed'
  | 'vote_closing'
  | 'vote_opened';

export type OptionGradeInput = {
  grade: Grade;
  option: string;
};

export type OrganisationInput = {
  emailDomains: Array<string>;
  name: string;
  siret?: string | null | undefined;
  type: OrganisationType;
  uai?: string | null | undefined;
};

/** Type de structure. */
export type OrganisationType =
  | 'academy'
  | 'association'
  | 'company'
  | 'ministry'
  | 'operator'
  | 'other'
  | 'school'
  | 'university';

/** Rôle sur la plateforme. */
export type PlatformRole =
  | 'admin'
  | 'guest'
  | 'member';

export type Position =
  | 'abstain'
  | 'against'
  | 'for';

export type ProposalFilter = {
  /** Recherche en français, accents ignorés ; les meilleurs résultats d’abord. */
  search?: string | null | undefined;
  states?: Array<ProposalState> | null | undefined;
};

export type ProposalInput = {
  /** Markdown. */
  body?: string | null | undefined;
  summary?: string | null | undefined;
  tags?: Array<string> | null | undefined;
  title: string;
};

/** Où en est une proposition. */
export type ProposalState =
  | 'adopted'
  | 'draft'
  | 'implemented'
  | 'in_discussion'
  | 'in_progress'
  | 'rejected'
  | 'submitted'
  | 'voting'
  | 'withdrawn';

/** Les passages d’un état à l’autre ; voting, adopted et rejected ne viennent que des scrutins. */
export type ProposalTransition =
  | 'finalise'
  | 'mark_implemented'
  | 'start_implementation'
  | 'submit_for_discussion'
  | 'withdraw';

/** Un dépôt : son adresse, source ou miroir d’un autre de la liste. */
export type RepositoryInput = {
  /** Pour un miroir : l’adresse de son dépôt source, dans la même liste. */
  mirrorOfUrl?: string | null | undefined;
  /** Par défaut : miroir s’il reflète un autre dépôt, sinon source. */
  role?: RepositoryRole | null | undefined;
  /** Adresse http ou https, 500 caractères au plus. */
  url: string;
};

/** Dépôt source, ou miroir public. */
export type RepositoryRole =
  | 'mirror'
  | 'source';

/** Le lien qu’un évaluateur déclare avec une candidature. */
export type ReviewLink =
  | 'co_applicant'
  | 'none'
  | 'other'
  | 'same_group'
  | 'same_organisation';

/** L’étape d’une évaluation. */
export type ReviewState =
  | 'assigned'
  | 'cleared'
  | 'excluded'
  | 'submitted';

/** Ce que la recherche trouve : groupe, proposition, commun ou message. */
export type SearchKind =
  | 'common'
  | 'group'
  | 'message'
  | 'proposal';

/** Une vérification automatique. */
export type SubmissionCheckName =
  | 'amount'
  | 'challenge'
  | 'licence_open'
  | 'maintainer'
  | 'pitch'
  | 'public_url';

/** La décision du comité. */
export type SubmissionDecision =
  | 'not_retained'
  | 'retained'
  | 'retained_with_conditions';

export type SubmissionDecisionInput = {
  amountGranted?: number | null | undefined;
  conditions?: string | null | undefined;
  decision: SubmissionDecision;
  motivation: string;
};

/** Les champs d’une candidature. */
export type SubmissionInput = {
  amountAsked?: number | null | undefined;
  /** Le groupe de travail qui porte le commun, dont vous êtes membre. */
  carryingGroupId?: string | null | undefined;
  challenge?: string;
  commonKind: CommonDraftKind;
  commonName: string;
  /** Une expression SPDX, par exemple « AGPL-3.0-or-later ». */
  licence?: string;
  maintainers?: Array<string>;
  pitch?: string;
  publishConsent?: boolean;
  repositoryUrl?: string;
  summary?: string;
};

/** L’étape d’une candidature. */
export type SubmissionState =
  | 'draft'
  | 'eligible'
  | 'ineligible'
  | 'submitted';

/** simple_majority : plus de pour que de contre ; absolute_majority : pour > moitié des votants inscrits ; two_thirds : deux tiers des suffrages exprimés. */
export type Threshold =
  | 'absolute_majority'
  | 'simple_majority'
  | 'two_thirds';

/** Les champs à changer ; les autres restent tels quels. */
export type UpdateGroupInput = {
  charter?: string | null | undefined;
  /** Le comité auquel s’adressent les propositions du groupe ; null le retire. */
  committeeId?: string | null | undefined;
  joinPolicy?: JoinPolicy | null | undefined;
  name?: string | null | undefined;
  shortDescription?: string | null | undefined;
  visibility?: GroupVisibility | null | undefined;
};

/** État d’un compte. */
export type UserStatus =
  | 'active'
  | 'erased'
  | 'suspended';

/** Pour / contre / abstention (une proposition), jugement majoritaire ou approbation (des options). */
export type VoteMethod =
  | 'approval'
  | 'for_against_abstain'
  | 'majority_judgment';

/** adopted / rejected (une proposition), ranked (des options classées), no_quorum. */
export type VoteOutcome =
  | 'adopted'
  | 'no_quorum'
  | 'ranked'
  | 'rejected';

export type VoteStatus =
  | 'cancelled'
  | 'closed'
  | 'open'
  | 'scheduled';

export type AdminOrganisationsQueryVariables = Exact<{
  search?: string | null | undefined;
  after?: string | null | undefined;
}>;


export type AdminOrganisationsQuery = { organisations: { totalCount: number, nodes: Array<{ id: string, name: string, type: OrganisationType, siret: string | null, uai: string | null, emailDomains: Array<string> | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type UpdateOrganisationMutationVariables = Exact<{
  id: string;
  input: OrganisationInput;
}>;


export type UpdateOrganisationMutation = { updateOrganisation: { id: string, name: string, type: OrganisationType, siret: string | null, uai: string | null, emailDomains: Array<string> | null } };

export type AdminUsersQueryVariables = Exact<{
  search?: string | null | undefined;
  after?: string | null | undefined;
}>;


export type AdminUsersQuery = { users: { totalCount: number, nodes: Array<{ id: string, displayName: string, agreementForm: AgreementForm | null, email: string | null, platformRole: PlatformRole, status: UserStatus, organisation: { id: string, name: string, type: OrganisationType } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type SetPlatformRoleMutationVariables = Exact<{
  userId: string;
  role: PlatformRole;
}>;


export type SetPlatformRoleMutation = { setPlatformRole: { id: string, platformRole: PlatformRole, status: UserStatus } };

export type SuspendUserMutationVariables = Exact<{
  userId: string;
}>;


export type SuspendUserMutation = { suspendUser: { id: string, platformRole: PlatformRole, status: UserStatus } };

export type ReactivateUserMutationVariables = Exact<{
  userId: string;
}>;


export type ReactivateUserMutation = { reactivateUser: { id: string, platformRole: PlatformRole, status: UserStatus } };

export type CreateCallMutationVariables = Exact<{
  committeeId: string;
  input: CallInput;
}>;


export type CreateCallMutation = { createCall: { id: string } };

export type UpdateCallMutationVariables = Exact<{
  callId: string;
  input: CallInput;
}>;


export type UpdateCallMutation = { updateCall: { id: string } };

export type AddCallReviewerMutationVariables = Exact<{
  callId: string;
  userId: string;
}>;


export type AddCallReviewerMutation = { addCallReviewer: { id: string } };

export type RemoveCallReviewerMutationVariables = Exact<{
  callId: string;
  userId: string;
}>;


export type RemoveCallReviewerMutation = { removeCallReviewer: { id: string } };

export type OpenCallMutationVariables = Exact<{
  id: string;
}>;


export type OpenCallMutation = { openCall: { id: string } };

export type StartCallReviewMutationVariables = Exact<{
  id: string;
}>;


export type StartCallReviewMutation = { startCallReview: { id: string } };

export type CloseCallMutationVariables = Exact<{
  id: string;
}>;


export type CloseCallMutation = { closeCall: { id: string } };

export type AssignReviewersAutomaticallyMutationVariables = Exact<{
  callId: string;
}>;


export type AssignReviewersAutomaticallyMutation = { assignReviewersAutomatically: number };

export type AssignReviewerMutationVariables = Exact<{
  submissionId: string;
  reviewerId: string;
}>;


export type AssignReviewerMutation = { assignReviewer: { id: string } };

export type DecideEligibilityMutationVariables = Exact<{
  id: string;
  eligible: boolean;
  reason: string;
}>;


export type DecideEligibilityMutation = { decideEligibility: { id: string } };

export type OpenCallDeliberationMutationVariables = Exact<{
  id: string;
  closesAt: string;
}>;


export type OpenCallDeliberationMutation = { openCallDeliberation: { id: string, voteId: string | null } };

export type DecideSubmissionMutationVariables = Exact<{
  id: string;
  input: SubmissionDecisionInput;
}>;


export type DecideSubmissionMutation = { decideSubmission: { id: string } };

export type PublishCallDecisionMutationVariables = Exact<{
  id: string;
}>;


export type PublishCallDecisionMutation = { publishCallDecision: { id: string } };

export type DeclareReviewLinkMutationVariables = Exact<{
  id: string;
  link: ReviewLink;
  text?: string | null | undefined;
}>;


export type DeclareReviewLinkMutation = { declareReviewLink: { id: string } };

export type SubmitReviewMutationVariables = Exact<{
  id: string;
  scores: Array<CriterionScoreInput> | CriterionScoreInput;
}>;


export type SubmitReviewMutation = { submitReview: { id: string } };

export type AddMilestoneMutationVariables = Exact<{
  submissionId: string;
  title: string;
  dueOn: string;
}>;


export type AddMilestoneMutation = { addMilestone: { id: string } };

export type UpdateMilestoneMutationVariables = Exact<{
  id: string;
  input: MilestoneUpdateInput;
}>;


export type UpdateMilestoneMutation = { updateMilestone: { id: string } };

export type CallsListQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type CallsListQuery = { calls: { totalCount: number, nodes: Array<{ id: string, title: string, state: CallState, challenges: Array<string>, cutoffs: Array<string>, budget: number | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CallFieldsFragment = { id: string, title: string, body: string, bodyHtml: string, state: CallState, challenges: Array<string>, cutoffs: Array<string>, budget: number | null, minScore: number, reviewsPerSubmission: number, voteId: string | null, openedAt: string | null, decidedAt: string | null, criteria: Array<{ key: string, name: string, description: string, weight: number }>, viewerStanding: { manages: boolean, reviewer: boolean } };

export type CallPageQueryVariables = Exact<{
  id: string;
}>;


export type CallPageQuery = { call: { id: string, title: string, body: string, bodyHtml: string, state: CallState, challenges: Array<string>, cutoffs: Array<string>, budget: number | null, minScore: number, reviewsPerSubmission: number, voteId: string | null, openedAt: string | null, decidedAt: string | null, committee: { id: string, name: string, slug: string } | null, reviewers: Array<{ id: string, displayName: string }>, criteria: Array<{ key: string, name: string, description: string, weight: number }>, viewerStanding: { manages: boolean, reviewer: boolean } } };

export type SubmissionFieldsFragment = { id: string, callId: string, state: SubmissionState, cutoffAt: string, revision: number, commonKind: CommonDraftKind, commonName: string, challenge: string, summary: string | null, licence: string | null, repositoryUrl: string | null, maintainers: Array<string> | null, pitch: string | null, pitchHtml: string | null, amountAsked: number | null, publishConsent: boolean, submittedAt: string | null, eligibilityReason: string | null, passedReview: boolean, rank: number | null, decision: SubmissionDecision | null, conditions: string | null, motivation: string | null, amountGranted: number | null };

export type MilestoneFieldsFragment = { id: string, submissionId: string, title: string, dueOn: string, status: MilestoneStatus, percent: number, evidenceUrl: string | null, updatedAt: string };

export type MySubmissionsQueryVariables = Exact<{ [key: string]: never; }>;


export type MySubmissionsQuery = { mySubmissions: Array<{ id: string, callId: string, state: SubmissionState, cutoffAt: string, revision: number, commonKind: CommonDraftKind, commonName: string, challenge: string, summary: string | null, licence: string | null, repositoryUrl: string | null, maintainers: Array<string> | null, pitch: string | null, pitchHtml: string | null, amountAsked: number | null, publishConsent: boolean, submittedAt: string | null, eligibilityReason: string | null, passedReview: boolean, rank: number | null, decision: SubmissionDecision | null, conditions: string | null, motivation: string | null, amountGranted: number | null, call: { id: string, title: string, state: CallState }, milestones: Array<{ id: string, submissionId: string, title: string, dueOn: string, status: MilestoneStatus, percent: number, evidenceUrl: string | null, updatedAt: string }>, applicants: Array<{ role: string, accepted: boolean, user: { id: string } | null }> }> };

export type SubmissionChecksQueryVariables = Exact<{
  callId: string;
  input: SubmissionInput;
}>;


export type SubmissionChecksQuery = { submissionChecks: Array<{ check: SubmissionCheckName, passed: boolean, message: string }> };

export type ReviewFieldsFragment = { id: string, submissionId: string, state: ReviewState, link: ReviewLink | null, linkText: string | null, weightedScore: number | null, submittedAt: string | null, mine: boolean, scores: Array<{ criterionKey: string, score: number, comment: string }> | null, reviewer: { id: string, displayName: string } | null };

export type ReviewerWorkspaceQueryVariables = Exact<{
  callId: string;
}>;


export type ReviewerWorkspaceQuery = { reviewerWorkspace: { call: { id: string, title: string, body: string, bodyHtml: string, state: CallState, challenges: Array<string>, cutoffs: Array<string>, budget: number | null, minScore: number, reviewsPerSubmission: number, voteId: string | null, openedAt: string | null, decidedAt: string | null, criteria: Array<{ key: string, name: string, description: string, weight: number }>, viewerStanding: { manages: boolean, reviewer: boolean } }, assignments: Array<{ review: { id: string, submissionId: string, state: ReviewState, link: ReviewLink | null, linkText: string | null, weightedScore: number | null, submittedAt: string | null, mine: boolean, scores: Array<{ criterionKey: string, score: number, comment: string }> | null, reviewer: { id: string, displayName: string } | null }, submission: { id: string, callId: string, state: SubmissionState, cutoffAt: string, revision: number, commonKind: CommonDraftKind, commonName: string, challenge: string, summary: string | null, licence: string | null, repositoryUrl: string | null, maintainers: Array<string> | null, pitch: string | null, pitchHtml: string | null, amountAsked: number | null, publishConsent: boolean, submittedAt: string | null, eligibilityReason: string | null, passedReview: boolean, rank: number | null, decision: SubmissionDecision | null, conditions: string | null, motivation: string | null, amountGranted: number | null, reviews: Array<{ id: string, submissionId: string, state: ReviewState, link: ReviewLink | null, linkText: string | null, weightedScore: number | null, submittedAt: string | null, mine: boolean, scores: Array<{ criterionKey: string, score: number, comment: string }> | null, reviewer: { id: string, displayName: string } | null }> } }> } };

export type FacilitatorBoardQueryVariables = Exact<{
  callId: string;
}>;


export type FacilitatorBoardQuery = { facilitatorBoard: { call: { id: string, title: string, body: string, bodyHtml: string, state: CallState, challenges: Array<string>, cutoffs: Array<string>, budget: number | null, minScore: number, reviewsPerSubmission: number, voteId: string | null, openedAt: string | null, decidedAt: string | null, reviewers: Array<{ id: string, displayName: string }>, criteria: Array<{ key: string, name: string, description: string, weight: number }>, viewerStanding: { manages: boolean, reviewer: boolean } }, submissions: Array<{ meanScore: number | null, spread: number | null, missingReviewers: number, submission: { id: string, commonName: string, state: SubmissionState, decision: SubmissionDecision | null, eligibilityReason: string | null, passedReview: boolean }, reviews: Array<{ id: string, state: ReviewState, link: ReviewLink | null, weightedScore: number | null, reviewer: { id: string, displayName: string } | null }> }>, reviewers: Array<{ assigned: number, submitted: number, excluded: number, reviewer: { id: string, displayName: string } | null }>, lateMilestones: Array<{ id: string, submissionId: string, title: string, dueOn: string, status: MilestoneStatus, percent: number, evidenceUrl: string | null, updatedAt: string }> } };

export type CallResultsQueryVariables = Exact<{
  callId: string;
}>;


export type CallResultsQuery = { callResults: { csvUrl: string, schemaUrl: string, call: { id: string, title: string, body: string, bodyHtml: string, state: CallState, challenges: Array<string>, cutoffs: Array<string>, budget: number | null, minScore: number, reviewsPerSubmission: number, voteId: string | null, openedAt: string | null, decidedAt: string | null, criteria: Array<{ key: string, name: string, description: string, weight: number }>, viewerStanding: { manages: boolean, reviewer: boolean } }, rows: Array<{ meanScore: number | null, spread: number | null, submission: { id: string, callId: string, state: SubmissionState, cutoffAt: string, revision: number, commonKind: CommonDraftKind, commonName: string, challenge: string, summary: string | null, licence: string | null, repositoryUrl: string | null, maintainers: Array<string> | null, pitch: string | null, pitchHtml: string | null, amountAsked: number | null, publishConsent: boolean, submittedAt: string | null, eligibilityReason: string | null, passedReview: boolean, rank: number | null, decision: SubmissionDecision | null, conditions: string | null, motivation: string | null, amountGranted: number | null, milestones: Array<{ id: string, submissionId: string, title: string, dueOn: string, status: MilestoneStatus, percent: number, evidenceUrl: string | null, updatedAt: string }>, common: { id: string, slug: string } | null } }> } };

export type SubmissionPageQueryVariables = Exact<{
  id: string;
}>;


export type SubmissionPageQuery = { submission: { id: string, callId: string, state: SubmissionState, cutoffAt: string, revision: number, commonKind: CommonDraftKind, commonName: string, challenge: string, summary: string | null, licence: string | null, repositoryUrl: string | null, maintainers: Array<string> | null, pitch: string | null, pitchHtml: string | null, amountAsked: number | null, publishConsent: boolean, submittedAt: string | null, eligibilityReason: string | null, passedReview: boolean, rank: number | null, decision: SubmissionDecision | null, conditions: string | null, motivation: string | null, amountGranted: number | null, checks: Array<{ check: SubmissionCheckName, passed: boolean, message: string }>, applicants: Array<{ role: string, accepted: boolean, user: { id: string, displayName: string } | null }> } };

export type CreateSubmissionMutationVariables = Exact<{
  callId: string;
  input: SubmissionInput;
  coApplicantIds?: Array<string> | string | null | undefined;
}>;


export type CreateSubmissionMutation = { createSubmission: { id: string } };

export type UpdateSubmissionMutationVariables = Exact<{
  id: string;
  baseRevision: number;
  input: SubmissionInput;
}>;


export type UpdateSubmissionMutation = { updateSubmission: { id: string, revision: number } };

export type SubmitSubmissionMutationVariables = Exact<{
  id: string;
}>;


export type SubmitSubmissionMutation = { submitSubmission: { id: string, state: SubmissionState } };

export type AcceptCoApplicationMutationVariables = Exact<{
  id: string;
}>;


export type AcceptCoApplicationMutation = { acceptCoApplication: { id: string } };

export type CommonCardFragment = { id: string, slug: string, kind: CommonKind, name: string, summary: string, status: CommonStatus, usageCount: number, maintenanceDue: boolean, laureateCallId: string | null, licence: { expression: string, open: boolean }, domain: { id: string, name: string } | null };

export type CataloguePageQueryVariables = Exact<{
  filter?: CommonFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type CataloguePageQuery = { commons: { totalCount: number, nodes: Array<{ id: string, slug: string, kind: CommonKind, name: string, summary: string, status: CommonStatus, usageCount: number, maintenanceDue: boolean, laureateCallId: string | null, licence: { expression: string, open: boolean }, domain: { id: string, name: string } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null }, facets: { kinds: Array<{ value: string, label: string, count: number }>, domains: Array<{ value: string, label: string, count: number }>, licences: Array<{ value: string, label: string, count: number }>, levels: Array<{ value: string, label: string, count: number }>, subjects: Array<{ value: string, label: string, count: number }>, organisations: Array<{ value: string, label: string, count: number }>, forges: Array<{ value: string, label: string, count: number }>, statuses: Array<{ value: string, label: string, count: number }> } } };

export type CommonPageFieldsFragment = { description: string, descriptionHtml: string, website: string | null, tags: Array<string>, revision: number, maintenanceConfirmedAt: string, createdAt: string, updatedAt: string, publiccodeReport: string | null, id: string, slug: string, kind: CommonKind, name: string, summary: string, status: CommonStatus, usageCount: number, maintenanceDue: boolean, laureateCallId: string | null, licence: { expression: string, ids: Array<string>, open: boolean, recommended: boolean }, domain: { id: string, slug: string, name: string } | null, stewardingGroup: { id: string, slug: string, name: string } | null, repositories: Array<{ id: string, url: string, forge: Forge, role: RepositoryRole, mirrorOf: string | null }>, maintainers: Array<{ id: string, user: { id: string, displayName: string } | null, organisation: { id: string, name: string } | null }>, usages: Array<{ id: string, instanceUrl: string | null, userCount: number | null, declaredAt: string, organisation: { id: string, name: string, type: OrganisationType } | null }>, scolomfr: { levels: Array<{ uri: string, label: string }>, subjects: Array<{ uri: string, label: string }>, pedagogicalTypes: Array<{ uri: string, label: string }>, documentTypes: Array<{ uri: string, label: string }> } | null, decisions: Array<{ id: string, title: string, state: ProposalState }>, revisions: Array<{ number: number, createdAt: string, author: { id: string, displayName: string } | null }>, laureateSubmission: { id: string, commonName: string, call: { id: string, title: string, state: CallState }, applicants: Array<{ accepted: boolean, user: { id: string } | null }>, milestones: Array<{ id: string, submissionId: string, title: string, dueOn: string, status: MilestoneStatus, percent: number, evidenceUrl: string | null, updatedAt: string }> } | null, viewerCan: { edit: boolean, declareUsage: boolean, contact: boolean, confirmMaintenance: boolean } };

export type CommonPageQueryVariables = Exact<{
  slug: string;
}>;


export type CommonPageQuery = { common: { description: string, descriptionHtml: string, website: string | null, tags: Array<string>, revision: number, maintenanceConfirmedAt: string, createdAt: string, updatedAt: string, publiccodeReport: string | null, id: string, slug: string, kind: CommonKind, name: string, summary: string, status: CommonStatus, usageCount: number, maintenanceDue: boolean, laureateCallId: string | null, licence: { expression: string, ids: Array<string>, open: boolean, recommended: boolean }, domain: { id: string, slug: string, name: string } | null, stewardingGroup: { id: string, slug: string, name: string } | null, repositories: Array<{ id: string, url: string, forge: Forge, role: RepositoryRole, mirrorOf: string | null }>, maintainers: Array<{ id: string, user: { id: string, displayName: string } | null, organisation: { id: string, name: string } | null }>, usages: Array<{ id: string, instanceUrl: string | null, userCount: number | null, declaredAt: string, organisation: { id: string, name: string, type: OrganisationType } | null }>, scolomfr: { levels: Array<{ uri: string, label: string }>, subjects: Array<{ uri: string, label: string }>, pedagogicalTypes: Array<{ uri: string, label: string }>, documentTypes: Array<{ uri: string, label: string }> } | null, decisions: Array<{ id: string, title: string, state: ProposalState }>, revisions: Array<{ number: number, createdAt: string, author: { id: string, displayName: string } | null }>, laureateSubmission: { id: string, commonName: string, call: { id: string, title: string, state: CallState }, applicants: Array<{ accepted: boolean, user: { id: string } | null }>, milestones: Array<{ id: string, submissionId: string, title: string, dueOn: string, status: MilestoneStatus, percent: number, evidenceUrl: string | null, updatedAt: string }> } | null, viewerCan: { edit: boolean, declareUsage: boolean, contact: boolean, confirmMaintenance: boolean } } | null };

export type ScolomfrConceptsQueryVariables = Exact<{
  vocabulary: string;
}>;


export type ScolomfrConceptsQuery = { scolomfrConcepts: Array<{ uri: string, label: string }> };

export type OrganisationCommonsQueryVariables = Exact<{
  organisationId: string;
}>;


export type OrganisationCommonsQuery = { organisationCommons: { organisation: { id: string, name: string, type: OrganisationType }, maintained: Array<{ id: string, slug: string, kind: CommonKind, name: string, summary: string, status: CommonStatus, usageCount: number, maintenanceDue: boolean, laureateCallId: string | null, licence: { expression: string, open: boolean }, domain: { id: string, name: string } | null }>, used: Array<{ id: string, slug: string, kind: CommonKind, name: string, summary: string, status: CommonStatus, usageCount: number, maintenanceDue: boolean, laureateCallId: string | null, licence: { expression: string, open: boolean }, domain: { id: string, name: string } | null }> } };

export type CreateCommonMutationVariables = Exact<{
  input: CommonInput;
}>;


export type CreateCommonMutation = { createCommon: { description: string, descriptionHtml: string, website: string | null, tags: Array<string>, revision: number, maintenanceConfirmedAt: string, createdAt: string, updatedAt: string, publiccodeReport: string | null, id: string, slug: string, kind: CommonKind, name: string, summary: string, status: CommonStatus, usageCount: number, maintenanceDue: boolean, laureateCallId: string | null, licence: { expression: string, ids: Array<string>, open: boolean, recommended: boolean }, domain: { id: string, slug: string, name: string } | null, stewardingGroup: { id: string, slug: string, name: string } | null, repositories: Array<{ id: string, url: string, forge: Forge, role: RepositoryRole, mirrorOf: string | null }>, maintainers: Array<{ id: string, user: { id: string, displayName: string } | null, organisation: { id: string, name: string } | null }>, usages: Array<{ id: string, instanceUrl: string | null, userCount: number | null, declaredAt: string, organisation: { id: string, name: string, type: OrganisationType } | null }>, scolomfr: { levels: Array<{ uri: string, label: string }>, subjects: Array<{ uri: string, label: string }>, pedagogicalTypes: Array<{ uri: string, label: string }>, documentTypes: Array<{ uri: string, label: string }> } | null, decisions: Array<{ id: string, title: string, state: ProposalState }>, revisions: Array<{ number: number, createdAt: string, author: { id: string, displayName: string } | null }>, laureateSubmission: { id: string, commonName: string, call: { id: string, title: string, state: CallState }, applicants: Array<{ accepted: boolean, user: { id: string } | null }>, milestones: Array<{ id: string, submissionId: string, title: string, dueOn: string, status: MilestoneStatus, percent: number, evidenceUrl: string | null, updatedAt: string }> } | null, viewerCan: { edit: boolean, declareUsage: boolean, contact: boolean, confirmMaintenance: boolean } } };

export type UpdateCommonMutationVariables = Exact<{
  id: string;
  input: CommonInput;
  baseRevision: number;
}>;


export type UpdateCommonMutation = { updateCommon: { description: string, descriptionHtml: string, website: string | null, tags: Array<string>, revision: number, maintenanceConfirmedAt: string, createdAt: string, updatedAt: string, publiccodeReport: string | null, id: string, slug: string, kind: CommonKind, name: string, summary: string, status: CommonStatus, usageCount: number, maintenanceDue: boolean, laureateCallId: string | null, licence: { expression: string, ids: Array<string>, open: boolean, recommended: boolean }, domain: { id: string, slug: string, name: string } | null, stewardingGroup: { id: string, slug: string, name: string } | null, repositories: Array<{ id: string, url: string, forge: Forge, role: RepositoryRole, mirrorOf: string | null }>, maintainers: Array<{ id: string, user: { id: string, displayName: string } | null, organisation: { id: string, name: string } | null }>, usages: Array<{ id: string, instanceUrl: string | null, userCount: number | null, declaredAt: string, organisation: { id: string, name: string, type: OrganisationType } | null }>, scolomfr: { levels: Array<{ uri: string, label: string }>, subjects: Array<{ uri: string, label: string }>, pedagogicalTypes: Array<{ uri: string, label: string }>, documentTypes: Array<{ uri: string, label: string }> } | null, decisions: Array<{ id: string, title: string, state: ProposalState }>, revisions: Array<{ number: number, createdAt: string, author: { id: string, displayName: string } | null }>, laureateSubmission: { id: string, commonName: string, call: { id: string, title: string, state: CallState }, applicants: Array<{ accepted: boolean, user: { id: string } | null }>, milestones: Array<{ id: string, submissionId: string, title: string, dueOn: string, status: MilestoneStatus, percent: number, evidenceUrl: string | null, updatedAt: string }> } | null, viewerCan: { edit: boolean, declareUsage: boolean, contact: boolean, confirmMaintenance: boolean } } };

export type DeclareCommonUsageMutationVariables = Exact<{
  commonId: string;
  organisationId: string;
  instanceUrl?: string | null | undefined;
  userCount?: number | null | undefined;
}>;


export type DeclareCommonUsageMutation = { declareCommonUsage: { description: string, descriptionHtml: string, website: string | null, tags: Array<string>, revision: number, maintenanceConfirmedAt: string, createdAt: string, updatedAt: string, publiccodeReport: string | null, id: string, slug: string, kind: CommonKind, name: string, summary: string, status: CommonStatus, usageCount: number, maintenanceDue: boolean, laureateCallId: string | null, licence: { expression: string, ids: Array<string>, open: boolean, recommended: boolean }, domain: { id: string, slug: string, name: string } | null, stewardingGroup: { id: string, slug: string, name: string } | null, repositories: Array<{ id: string, url: string, forge: Forge, role: RepositoryRole, mirrorOf: string | null }>, maintainers: Array<{ id: string, user: { id: string, displayName: string } | null, organisation: { id: string, name: string } | null }>, usages: Array<{ id: string, instanceUrl: string | null, userCount: number | null, declaredAt: string, organisation: { id: string, name: string, type: OrganisationType } | null }>, scolomfr: { levels: Array<{ uri: string, label: string }>, subjects: Array<{ uri: string, label: string }>, pedagogicalTypes: Array<{ uri: string, label: string }>, documentTypes: Array<{ uri: string, label: string }> } | null, decisions: Array<{ id: string, title: string, state: ProposalState }>, revisions: Array<{ number: number, createdAt: string, author: { id: string, displayName: string } | null }>, laureateSubmission: { id: string, commonName: string, call: { id: string, title: string, state: CallState }, applicants: Array<{ accepted: boolean, user: { id: string } | null }>, milestones: Array<{ id: string, submissionId: string, title: string, dueOn: string, status: MilestoneStatus, percent: number, evidenceUrl: string | null, updatedAt: string }> } | null, viewerCan: { edit: boolean, declareUsage: boolean, contact: boolean, confirmMaintenance: boolean } } };

export type WithdrawCommonUsageMutationVariables = Exact<{
  commonId: string;
  organisationId: string;
}>;


export type WithdrawCommonUsageMutation = { withdrawCommonUsage: { description: string, descriptionHtml: string, website: string | null, tags: Array<string>, revision: number, maintenanceConfirmedAt: string, createdAt: string, updatedAt: string, publiccodeReport: string | null, id: string, slug: string, kind: CommonKind, name: string, summary: string, status: CommonStatus, usageCount: number, maintenanceDue: boolean, laureateCallId: string | null, licence: { expression: string, ids: Array<string>, open: boolean, recommended: boolean }, domain: { id: string, slug: string, name: string } | null, stewardingGroup: { id: string, slug: string, name: string } | null, repositories: Array<{ id: string, url: string, forge: Forge, role: RepositoryRole, mirrorOf: string | null }>, maintainers: Array<{ id: string, user: { id: string, displayName: string } | null, organisation: { id: string, name: string } | null }>, usages: Array<{ id: string, instanceUrl: string | null, userCount: number | null, declaredAt: string, organisation: { id: string, name: string, type: OrganisationType } | null }>, scolomfr: { levels: Array<{ uri: string, label: string }>, subjects: Array<{ uri: string, label: string }>, pedagogicalTypes: Array<{ uri: string, label: string }>, documentTypes: Array<{ uri: string, label: string }> } | null, decisions: Array<{ id: string, title: string, state: ProposalState }>, revisions: Array<{ number: number, createdAt: string, author: { id: string, displayName: string } | null }>, laureateSubmission: { id: string, commonName: string, call: { id: string, title: string, state: CallState }, applicants: Array<{ accepted: boolean, user: { id: string } | null }>, milestones: Array<{ id: string, submissionId: string, title: string, dueOn: string, status: MilestoneStatus, percent: number, evidenceUrl: string | null, updatedAt: string }> } | null, viewerCan: { edit: boolean, declareUsage: boolean, contact: boolean, confirmMaintenance: boolean } } };

export type ConfirmCommonMaintenanceMutationVariables = Exact<{
  commonId: string;
}>;


export type ConfirmCommonMaintenanceMutation = { confirmCommonMaintenance: { description: string, descriptionHtml: string, website: string | null, tags: Array<string>, revision: number, maintenanceConfirmedAt: string, createdAt: string, updatedAt: string, publiccodeReport: string | null, id: string, slug: string, kind: CommonKind, name: string, summary: string, status: CommonStatus, usageCount: number, maintenanceDue: boolean, laureateCallId: string | null, licence: { expression: string, ids: Array<string>, open: boolean, recommended: boolean }, domain: { id: string, slug: string, name: string } | null, stewardingGroup: { id: string, slug: string, name: string } | null, repositories: Array<{ id: string, url: string, forge: Forge, role: RepositoryRole, mirrorOf: string | null }>, maintainers: Array<{ id: string, user: { id: string, displayName: string } | null, organisation: { id: string, name: string } | null }>, usages: Array<{ id: string, instanceUrl: string | null, userCount: number | null, declaredAt: string, organisation: { id: string, name: string, type: OrganisationType } | null }>, scolomfr: { levels: Array<{ uri: string, label: string }>, subjects: Array<{ uri: string, label: string }>, pedagogicalTypes: Array<{ uri: string, label: string }>, documentTypes: Array<{ uri: string, label: string }> } | null, decisions: Array<{ id: string, title: string, state: ProposalState }>, revisions: Array<{ number: number, createdAt: string, author: { id: string, displayName: string } | null }>, laureateSubmission: { id: string, commonName: string, call: { id: string, title: string, state: CallState }, applicants: Array<{ accepted: boolean, user: { id: string } | null }>, milestones: Array<{ id: string, submissionId: string, title: string, dueOn: string, status: MilestoneStatus, percent: number, evidenceUrl: string | null, updatedAt: string }> } | null, viewerCan: { edit: boolean, declareUsage: boolean, contact: boolean, confirmMaintenance: boolean } } };

export type ContactCommonMaintainersMutationVariables = Exact<{
  commonId: string;
  message: string;
}>;


export type ContactCommonMaintainersMutation = { contactCommonMaintainers: boolean };

export type AddCommonMaintainerMutationVariables = Exact<{
  commonId: string;
  userId?: string | null | undefined;
  organisationId?: string | null | undefined;
}>;


export type AddCommonMaintainerMutation = { addCommonMaintainer: { description: string, descriptionHtml: string, website: string | null, tags: Array<string>, revision: number, maintenanceConfirmedAt: string, createdAt: string, updatedAt: string, publiccodeReport: string | null, id: string, slug: string, kind: CommonKind, name: string, summary: string, status: CommonStatus, usageCount: number, maintenanceDue: boolean, laureateCallId: string | null, licence: { expression: string, ids: Array<string>, open: boolean, recommended: boolean }, domain: { id: string, slug: string, name: string } | null, stewardingGroup: { id: string, slug: string, name: string } | null, repositories: Array<{ id: string, url: string, forge: Forge, role: RepositoryRole, mirrorOf: string | null }>, maintainers: Array<{ id: string, user: { id: string, displayName: string } | null, organisation: { id: string, name: string } | null }>, usages: Array<{ id: string, instanceUrl: string | null, userCount: number | null, declaredAt: string, organisation: { id: string, name: string, type: OrganisationType } | null }>, scolomfr: { levels: Array<{ uri: string, label: string }>, subjects: Array<{ uri: string, label: string }>, pedagogicalTypes: Array<{ uri: string, label: string }>, documentTypes: Array<{ uri: string, label: string }> } | null, decisions: Array<{ id: string, title: string, state: ProposalState }>, revisions: Array<{ number: number, createdAt: string, author: { id: string, displayName: string } | null }>, laureateSubmission: { id: string, commonName: string, call: { id: string, title: string, state: CallState }, applicants: Array<{ accepted: boolean, user: { id: string } | null }>, milestones: Array<{ id: string, submissionId: string, title: string, dueOn: string, status: MilestoneStatus, percent: number, evidenceUrl: string | null, updatedAt: string }> } | null, viewerCan: { edit: boolean, declareUsage: boolean, contact: boolean, confirmMaintenance: boolean } } };

export type RemoveCommonMaintainerMutationVariables = Exact<{
  commonId: string;
  maintainerId: string;
}>;


export type RemoveCommonMaintainerMutation = { removeCommonMaintainer: { description: string, descriptionHtml: string, website: string | null, tags: Array<string>, revision: number, maintenanceConfirmedAt: string, createdAt: string, updatedAt: string, publiccodeReport: string | null, id: string, slug: string, kind: CommonKind, name: string, summary: string, status: CommonStatus, usageCount: number, maintenanceDue: boolean, laureateCallId: string | null, licence: { expression: string, ids: Array<string>, open: boolean, recommended: boolean }, domain: { id: string, slug: string, name: string } | null, stewardingGroup: { id: string, slug: string, name: string } | null, repositories: Array<{ id: string, url: string, forge: Forge, role: RepositoryRole, mirrorOf: string | null }>, maintainers: Array<{ id: string, user: { id: string, displayName: string } | null, organisation: { id: string, name: string } | null }>, usages: Array<{ id: string, instanceUrl: string | null, userCount: number | null, declaredAt: string, organisation: { id: string, name: string, type: OrganisationType } | null }>, scolomfr: { levels: Array<{ uri: string, label: string }>, subjects: Array<{ uri: string, label: string }>, pedagogicalTypes: Array<{ uri: string, label: string }>, documentTypes: Array<{ uri: string, label: string }> } | null, decisions: Array<{ id: string, title: string, state: ProposalState }>, revisions: Array<{ number: number, createdAt: string, author: { id: string, displayName: string } | null }>, laureateSubmission: { id: string, commonName: string, call: { id: string, title: string, state: CallState }, applicants: Array<{ accepted: boolean, user: { id: string } | null }>, milestones: Array<{ id: string, submissionId: string, title: string, dueOn: string, status: MilestoneStatus, percent: number, evidenceUrl: string | null, updatedAt: string }> } | null, viewerCan: { edit: boolean, declareUsage: boolean, contact: boolean, confirmMaintenance: boolean } } };

export type LinkCommonDecisionMutationVariables = Exact<{
  commonId: string;
  proposalId: string;
}>;


export type LinkCommonDecisionMutation = { linkCommonDecision: { description: string, descriptionHtml: string, website: string | null, tags: Array<string>, revision: number, maintenanceConfirmedAt: string, createdAt: string, updatedAt: string, publiccodeReport: string | null, id: string, slug: string, kind: CommonKind, name: string, summary: string, status: CommonStatus, usageCount: number, maintenanceDue: boolean, laureateCallId: string | null, licence: { expression: string, ids: Array<string>, open: boolean, recommended: boolean }, domain: { id: string, slug: string, name: string } | null, stewardingGroup: { id: string, slug: string, name: string } | null, repositories: Array<{ id: string, url: string, forge: Forge, role: RepositoryRole, mirrorOf: string | null }>, maintainers: Array<{ id: string, user: { id: string, displayName: string } | null, organisation: { id: string, name: string } | null }>, usages: Array<{ id: string, instanceUrl: string | null, userCount: number | null, declaredAt: string, organisation: { id: string, name: string, type: OrganisationType } | null }>, scolomfr: { levels: Array<{ uri: string, label: string }>, subjects: Array<{ uri: string, label: string }>, pedagogicalTypes: Array<{ uri: string, label: string }>, documentTypes: Array<{ uri: string, label: string }> } | null, decisions: Array<{ id: string, title: string, state: ProposalState }>, revisions: Array<{ number: number, createdAt: string, author: { id: string, displayName: string } | null }>, laureateSubmission: { id: string, commonName: string, call: { id: string, title: string, state: CallState }, applicants: Array<{ accepted: boolean, user: { id: string } | null }>, milestones: Array<{ id: string, submissionId: string, title: string, dueOn: string, status: MilestoneStatus, percent: number, evidenceUrl: string | null, updatedAt: string }> } | null, viewerCan: { edit: boolean, declareUsage: boolean, contact: boolean, confirmMaintenance: boolean } } };

export type UnlinkCommonDecisionMutationVariables = Exact<{
  commonId: string;
  proposalId: string;
}>;


export type UnlinkCommonDecisionMutation = { unlinkCommonDecision: { description: string, descriptionHtml: string, website: string | null, tags: Array<string>, revision: number, maintenanceConfirmedAt: string, createdAt: string, updatedAt: string, publiccodeReport: string | null, id: string, slug: string, kind: CommonKind, name: string, summary: string, status: CommonStatus, usageCount: number, maintenanceDue: boolean, laureateCallId: string | null, licence: { expression: string, ids: Array<string>, open: boolean, recommended: boolean }, domain: { id: string, slug: string, name: string } | null, stewardingGroup: { id: string, slug: string, name: string } | null, repositories: Array<{ id: string, url: string, forge: Forge, role: RepositoryRole, mirrorOf: string | null }>, maintainers: Array<{ id: string, user: { id: string, displayName: string } | null, organisation: { id: string, name: string } | null }>, usages: Array<{ id: string, instanceUrl: string | null, userCount: number | null, declaredAt: string, organisation: { id: string, name: string, type: OrganisationType } | null }>, scolomfr: { levels: Array<{ uri: string, label: string }>, subjects: Array<{ uri: string, label: string }>, pedagogicalTypes: Array<{ uri: string, label: string }>, documentTypes: Array<{ uri: string, label: string }> } | null, decisions: Array<{ id: string, title: string, state: ProposalState }>, revisions: Array<{ number: number, createdAt: string, author: { id: string, displayName: string } | null }>, laureateSubmission: { id: string, commonName: string, call: { id: string, title: string, state: CallState }, applicants: Array<{ accepted: boolean, user: { id: string } | null }>, milestones: Array<{ id: string, submissionId: string, title: string, dueOn: string, status: MilestoneStatus, percent: number, evidenceUrl: string | null, updatedAt: string }> } | null, viewerCan: { edit: boolean, declareUsage: boolean, contact: boolean, confirmMaintenance: boolean } } };

export type CommonOrganisationChoicesQueryVariables = Exact<{
  search: string;
}>;


export type CommonOrganisationChoicesQuery = { organisations: { totalCount: number, nodes: Array<{ id: string, name: string }> } };

export type ImportCommonFromPubliccodeMutationVariables = Exact<{
  text: string;
  domainId?: string | null | undefined;
  commonId?: string | null | undefined;
}>;


export type ImportCommonFromPubliccodeMutation = { importCommonFromPubliccode: { id: string, slug: string, name: string, publiccodeReport: string | null } };

export type ChannelMessageFragment = { id: string, body: string, bodyHtml: string, status: MessageStatus, createdAt: string, editedAt: string | null, author: { id: string, displayName: string } | null };

export type DiscussionChannelQueryVariables = Exact<{
  id: string;
  first: number;
}>;


export type DiscussionChannelQuery = { channel: { id: string, viewerPermissions: { post: boolean, moderate: boolean }, messages: { hasMore: boolean, messages: Array<{ id: string, body: string, bodyHtml: string, status: MessageStatus, createdAt: string, editedAt: string | null, author: { id: string, displayName: string } | null }> } } };

export type OlderMessagesQueryVariables = Exact<{
  id: string;
  first: number;
  before: string;
}>;


export type OlderMessagesQuery = { channel: { id: string, messages: { hasMore: boolean, messages: Array<{ id: string, body: string, bodyHtml: string, status: MessageStatus, createdAt: string, editedAt: string | null, author: { id: string, displayName: string } | null }> } } };

export type GroupChannelQueryVariables = Exact<{
  slug: string;
}>;


export type GroupChannelQuery = { group: { id: string, channel: { id: string, unreadCount: number } } };

export type PostMessageMutationVariables = Exact<{
  channelId: string;
  body: string;
}>;


export type PostMessageMutation = { postMessage: { id: string, body: string, bodyHtml: string, status: MessageStatus, createdAt: string, editedAt: string | null, author: { id: string, displayName: string } | null } };

export type EditMessageMutationVariables = Exact<{
  id: string;
  body: string;
}>;


export type EditMessageMutation = { editMessage: { id: string, body: string, bodyHtml: string, status: MessageStatus, createdAt: string, editedAt: string | null, author: { id: string, displayName: string } | null } };

export type DeleteMessageMutationVariables = Exact<{
  id: string;
}>;


export type DeleteMessageMutation = { deleteMessage: { id: string, body: string, bodyHtml: string, status: MessageStatus, createdAt: string, editedAt: string | null, author: { id: string, displayName: string } | null } };

export type RemoveMessageMutationVariables = Exact<{
  id: string;
  reason: string;
}>;


export type RemoveMessageMutation = { removeMessage: { id: string, body: string, bodyHtml: string, status: MessageStatus, createdAt: string, editedAt: string | null, author: { id: string, displayName: string } | null } };

export type MarkChannelReadMutationVariables = Exact<{
  channelId: string;
  messageId: string;
}>;


export type MarkChannelReadMutation = { markChannelRead: boolean };

export type MentionableQueryVariables = Exact<{
  channelId: string;
  search: string;
  first: number;
}>;


export type MentionableQuery = { channel: { id: string, mentionable: Array<{ id: string, displayName: string }> } };

export type MyChannelsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyChannelsQuery = { myChannels: Array<{ id: string, unreadCount: number, unreadMentionCount: number, group: { name: string, slug: string } | null, proposal: { id: string, title: string } | null }> };

export type DomainsQueryVariables = Exact<{ [key: string]: never; }>;


export type DomainsQuery = { domains: Array<{ id: string, slug: string, name: string, description: string }> };

export type CreateDomainMutationVariables = Exact<{
  input: DomainInput;
}>;


export type CreateDomainMutation = { createDomain: { id: string, slug: string, name: string, description: string } };

export type UpdateDomainMutationVariables = Exact<{
  id: string;
  input: DomainInput;
}>;


export type UpdateDomainMutation = { updateDomain: { id: string, slug: string, name: string, description: string } };

export type GroupsDirectoryQueryVariables = Exact<{
  filter?: GroupFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type GroupsDirectoryQuery = { groupsDirectory: { totalCount: number, nodes: Array<{ id: string, slug: string, name: string, kind: GroupKind, status: GroupStatus, visibility: GroupVisibility, shortDescription: string, memberCount: number, viewerRole: MembershipRole | null, domain: { id: string, name: string }, facilitators: Array<{ id: string, displayName: string }> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type GroupPageQueryVariables = Exact<{
  slug: string;
}>;


export type GroupPageQuery = { group: { id: string, slug: string, name: string, kind: GroupKind, status: GroupStatus, visibility: GroupVisibility, joinPolicy: JoinPolicy, shortDescription: string, charter: string, charterHtml: string, memberCount: number, viewerRole: MembershipRole | null, domain: { id: string, slug: string, name: string }, committee: { id: string, slug: string, name: string } | null, facilitators: Array<{ id: string, displayName: string }>, viewerPermissions: { edit: boolean, join: boolean, requestToJoin: boolean, leave: boolean, manageMembers: boolean, readJournal: boolean }, viewerJoinRequest: { id: string, createdAt: string } | null } };

export type CommitteesQueryVariables = Exact<{
  domainSlug: string;
}>;


export type CommitteesQuery = { groupsDirectory: { nodes: Array<{ id: string, name: string }> } };

export type CreateGroupMutationVariables = Exact<{
  input: CreateGroupInput;
}>;


export type CreateGroupMutation = { createGroup: { id: string, slug: string } };

export type UpdateGroupMutationVariables = Exact<{
  groupId: string;
  input: UpdateGroupInput;
}>;


export type UpdateGroupMutation = { updateGroup: { id: string } };

export type ArchiveGroupMutationVariables = Exact<{
  groupId: string;
}>;


export type ArchiveGroupMutation = { archiveGroup: { id: string } };

export type ReopenGroupMutationVariables = Exact<{
  groupId: string;
}>;


export type ReopenGroupMutation = { reopenGroup: { id: string } };

export type JoinGroupMutationVariables = Exact<{
  groupId: string;
}>;


export type JoinGroupMutation = { joinGroup: { role: MembershipRole } };

export type RequestToJoinGroupMutationVariables = Exact<{
  groupId: string;
  message?: string | null | undefined;
}>;


export type RequestToJoinGroupMutation = { requestToJoinGroup: { id: string } };

export type LeaveGroupMutationVariables = Exact<{
  groupId: string;
}>;


export type LeaveGroupMutation = { leaveGroup: boolean };

export type PersonSummaryFragment = { id: string, displayName: string, organisation: { id: string, name: string } | null };

export type GroupMembersQueryVariables = Exact<{
  slug: string;
  after?: string | null | undefined;
}>;


export type GroupMembersQuery = { group: { id: string, members: { totalCount: number, nodes: Array<{ userId: string, role: MembershipRole, since: string, user: { id: string, displayName: string, organisation: { id: string, name: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } };

export type GroupJoinRequestsQueryVariables = Exact<{
  slug: string;
  after?: string | null | undefined;
}>;


export type GroupJoinRequestsQuery = { group: { id: string, joinRequests: { totalCount: number, nodes: Array<{ id: string, message: string, createdAt: string, user: { id: string, displayName: string, organisation: { id: string, name: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } };

export type GroupInvitationsQueryVariables = Exact<{
  slug: string;
}>;


export type GroupInvitationsQuery = { group: { id: string, invitations: Array<{ id: string, email: string | null, role: MembershipRole, expiresAt: string, expired: boolean, invitedUser: { id: string, displayName: string } | null, invitedBy: { id: string, displayName: string } | null }> } };

export type MyInvitationsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyInvitationsQuery = { myInvitations: Array<{ id: string, role: MembershipRole, expiresAt: string, group: { id: string, slug: string, name: string, kind: GroupKind }, invitedBy: { id: string, displayName: string } | null }> };

export type AddMemberMutationVariables = Exact<{
  groupId: string;
  userId: string;
  role: MembershipRole;
}>;


export type AddMemberMutation = { addMember: { userId: string } };

export type ChangeMemberRoleMutationVariables = Exact<{
  groupId: string;
  userId: string;
  role: MembershipRole;
}>;


export type ChangeMemberRoleMutation = { changeMemberRole: { userId: string, role: MembershipRole } };

export type RemoveMemberMutationVariables = Exact<{
  groupId: string;
  userId: string;
  reason?: string | null | undefined;
}>;


export type RemoveMemberMutation = { removeMember: boolean };

export type DecideJoinRequestMutationVariables = Exact<{
  requestId: string;
  accept: boolean;
  reason?: string | null | undefined;
}>;


export type DecideJoinRequestMutation = { decideJoinRequest: { id: string, status: JoinRequestStatus } };

export type InviteToGroupMutationVariables = Exact<{
  groupId: string;
  input: InvitationInput;
}>;


export type InviteToGroupMutation = { inviteToGroup: { link: string } };

export type RevokeInvitationMutationVariables = Exact<{
  invitationId: string;
}>;


export type RevokeInvitationMutation = { revokeInvitation: { id: string } };

export type AcceptInvitationMutationVariables = Exact<{
  token: string;
}>;


export type AcceptInvitationMutation = { acceptInvitation: { group: { slug: string } | null } };

export type AcceptMyInvitationMutationVariables = Exact<{
  invitationId: string;
}>;


export type AcceptMyInvitationMutation = { acceptMyInvitation: { group: { slug: string } | null } };

export type HomeQueryVariables = Exact<{ [key: string]: never; }>;


export type HomeQuery = { myHome: { signedIn: boolean, ballotsToCast: { totalCount: number, nodes: Array<{ id: string, title: string, method: VoteMethod, status: VoteStatus, opensAt: string, closesAt: string, closedAt: string | null, turnout: number, eligibleCount: number, result: { outcome: VoteOutcome } | null }> } | null, joinRequests: Array<{ count: number, group: { id: string, slug: string, name: string } | null }> | null, proposalsToMove: { totalCount: number, nodes: Array<{ id: string, title: string, summary: string, state: ProposalState, supportCount: number, commentCount: number, updatedAt: string, group: { id: string, slug: string, name: string } | null, authors: Array<{ status: AuthorshipStatus, user: { id: string, displayName: string } | null }> }> } | null, awaitingVote: { totalCount: number, nodes: Array<{ id: string, title: string, summary: string, state: ProposalState, supportCount: number, commentCount: number, updatedAt: string, committee: { id: string, slug: string } | null, group: { id: string, slug: string, name: string } | null, authors: Array<{ status: AuthorshipStatus, user: { id: string, displayName: string } | null }> }> } | null, coauthorships: { totalCount: number, nodes: Array<{ id: string, title: string, summary: string, state: ProposalState, supportCount: number, commentCount: number, updatedAt: string, group: { id: string, slug: string, name: string } | null, authors: Array<{ status: AuthorshipStatus, user: { id: string, displayName: string } | null }> }> } | null, drafts: { totalCount: number, nodes: Array<{ id: string, title: string, summary: string, state: ProposalState, supportCount: number, commentCount: number, updatedAt: string, group: { id: string, slug: string, name: string } | null, authors: Array<{ status: AuthorshipStatus, user: { id: string, displayName: string } | null }> }> } | null, news: { totalCount: number, nodes: Array<{ id: string, action: AuditAction, targetType: string, targetId: string, details: string, occurredAt: string, actor: { id: string, displayName: string } | null, group: { id: string, slug: string, name: string } | null }> } | null } };

export type ProgrammeQueryVariables = Exact<{ [key: string]: never; }>;


export type ProgrammeQuery = { myHome: { decisions: { totalCount: number, nodes: Array<{ id: string, title: string, summary: string, state: ProposalState, supportCount: number, commentCount: number, updatedAt: string, group: { id: string, slug: string, name: string } | null, authors: Array<{ status: AuthorshipStatus, user: { id: string, displayName: string } | null }> }> }, openGroups: { totalCount: number, nodes: Array<{ id: string, slug: string, name: string, shortDescription: string, joinPolicy: JoinPolicy, memberCount: number }> } } };

export type SetMyAgreementFormMutationVariables = Exact<{
  form?: AgreementForm | null | undefined;
}>;


export type SetMyAgreementFormMutation = { setMyAgreementForm: { id: string, agreementForm: AgreementForm | null } };

export type ExportMyDataQueryVariables = Exact<{ [key: string]: never; }>;


export type ExportMyDataQuery = { exportMyData: string };

export type EraseMyAccountMutationVariables = Exact<{ [key: string]: never; }>;


export type EraseMyAccountMutation = { eraseMyAccount: boolean };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, displayName: string, agreementForm: AgreementForm | null, publicProfile: boolean, email: string | null, platformRole: PlatformRole, organisation: { id: string, name: string, type: OrganisationType } | null } };

export type IdentityProvidersQueryVariables = Exact<{ [key: string]: never; }>;


export type IdentityProvidersQuery = { identityProviders: Array<{ id: string, label: string, kind: string, available: boolean }> };

export type IndicatorsListQueryVariables = Exact<{ [key: string]: never; }>;


export type IndicatorsListQuery = { indicators: Array<{ code: string, theme: string, name: string, definition: string, unit: string, scope: string, since: string, byGroup: boolean }> };

export type IndicatorDashboardQueryVariables = Exact<{
  code: string;
  from?: string | null | undefined;
  to?: string | null | undefined;
  domain?: string | null | undefined;
}>;


export type IndicatorDashboardQuery = { indicator: { from: string, to: string, domain: string | null, computedAt: string, cells: Array<{ key: string, label: string, value: number | null, display: string, suppressed: boolean }> } };

export type AuditLogQueryVariables = Exact<{
  filter?: AuditFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type AuditLogQuery = { auditLog: { totalCount: number, nodes: Array<{ id: string, action: AuditAction, occurredAt: string, details: string, targetType: string, targetId: string, actor: { id: string, displayName: string } | null, subject: { id: string, displayName: string } | null, group: { id: string, slug: string, name: string } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type JournalGroupsQueryVariables = Exact<{
  mine?: boolean | null | undefined;
}>;


export type JournalGroupsQuery = { groupsDirectory: { nodes: Array<{ id: string, name: string, viewerRole: MembershipRole | null }> } };

export type UnreadNotificationCountQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadNotificationCountQuery = { unreadNotificationCount: number };

export type NotificationsQueryVariables = Exact<{
  filter?: NotificationFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type NotificationsQuery = { notifications: { totalCount: number, nodes: Array<{ id: string, kind: NotificationKind, link: string, count: number, readAt: string | null, updatedAt: string, subjectTitle: string | null, actor: { id: string, displayName: string } | null, group: { id: string, name: string } | null, data: { accepted: boolean | null, closesAt: string | null, outcome: string | null, state: string | null, message: string | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type MarkNotificationsReadMutationVariables = Exact<{
  ids: Array<string> | string;
}>;


export type MarkNotificationsReadMutation = { markNotificationsRead: number };

export type MarkAllNotificationsReadMutationVariables = Exact<{ [key: string]: never; }>;


export type MarkAllNotificationsReadMutation = { markAllNotificationsRead: number };

export type FollowMutationVariables = Exact<{
  subject: FollowInput;
}>;


export type FollowMutation = { follow: boolean };

export type UnfollowMutationVariables = Exact<{
  subject: FollowInput;
}>;


export type UnfollowMutation = { unfollow: boolean };

export type ProposalFollowingQueryVariables = Exact<{
  id: string;
}>;


export type ProposalFollowingQuery = { proposal: { id: string, following: boolean } };

export type GroupFollowingQueryVariables = Exact<{
  slug: string;
}>;


export type GroupFollowingQuery = { group: { id: string, following: boolean } };

export type NotificationPreferencesQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationPreferencesQuery = { notificationPreferences: { kinds: Array<{ kind: NotificationKind, cadence: NotificationCadence, isDefault: boolean }>, groupOverrides: Array<{ kind: NotificationKind, cadence: NotificationCadence, group: { id: string, name: string } | null }> }, groupsDirectory: { nodes: Array<{ id: string, name: string }> } };

export type SetNotificationPreferenceMutationVariables = Exact<{
  kind: NotificationKind;
  groupId?: string | null | undefined;
  cadence: NotificationCadence;
}>;


export type SetNotificationPreferenceMutation = { setNotificationPreference: { kinds: Array<{ kind: NotificationKind, cadence: NotificationCadence, isDefault: boolean }>, groupOverrides: Array<{ kind: NotificationKind, cadence: NotificationCadence, group: { id: string, name: string } | null }> } };

export type UnsubscribeLinkQueryVariables = Exact<{
  token: string;
}>;


export type UnsubscribeLinkQuery = { unsubscribeLink: { kind: NotificationKind, cadence: NotificationCadence, groupName: string | null, applies: boolean } };

export type UnsubscribeMutationVariables = Exact<{
  token: string;
}>;


export type UnsubscribeMutation = { unsubscribe: { kind: NotificationKind, cadence: NotificationCadence, groupName: string | null, applies: boolean } };

export type DevelopmentMailsQueryVariables = Exact<{ [key: string]: never; }>;


export type DevelopmentMailsQuery = { developmentMails: Array<{ id: string, date: string, to: string, subject: string, text: string }> };

export type FailedMailDeliveriesQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type FailedMailDeliveriesQuery = { failedMailDeliveries: { totalCount: number, nodes: Array<{ id: string, status: MailStatus, address: string | null, attempts: number, lastError: string | null, digestPeriod: string | null, notificationCount: number, updatedAt: string, recipient: { id: string, displayName: string } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type InvitationByTokenQueryVariables = Exact<{
  token: string;
}>;


export type InvitationByTokenQuery = { invitationByToken: { role: MembershipRole, group: { name: string, kind: GroupKind } } };

export type MarkdownPreviewQueryVariables = Exact<{
  markdown: string;
}>;


export type MarkdownPreviewQuery = { markdownPreview: string };

export type ProposalSummaryFragment = { id: string, title: string, summary: string, state: ProposalState, supportCount: number, commentCount: number, updatedAt: string, group: { id: string, slug: string, name: string } | null, authors: Array<{ status: AuthorshipStatus, user: { id: string, displayName: string } | null }> };

export type GroupProposalsQueryVariables = Exact<{
  slug: string;
  filter?: ProposalFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type GroupProposalsQuery = { group: { id: string, proposals: { totalCount: number, nodes: Array<{ id: string, title: string, summary: string, state: ProposalState, supportCount: number, commentCount: number, updatedAt: string, group: { id: string, slug: string, name: string } | null, authors: Array<{ status: AuthorshipStatus, user: { id: string, displayName: string } | null }> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } };

export type SearchProposalsQueryVariables = Exact<{
  search?: string | null | undefined;
  states?: Array<ProposalState> | ProposalState | null | undefined;
  after?: string | null | undefined;
}>;


export type SearchProposalsQuery = { searchProposals: { totalCount: number, nodes: Array<{ id: string, title: string, summary: string, state: ProposalState, supportCount: number, commentCount: number, updatedAt: string, group: { id: string, slug: string, name: string } | null, authors: Array<{ status: AuthorshipStatus, user: { id: string, displayName: string } | null }> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ProposalPageFieldsFragment = { id: string, title: string, summary: string, body: string, bodyHtml: string, state: ProposalState, tags: Array<string>, revisionNumber: number, supportCount: number, commentCount: number, updatedAt: string, viewerSupports: boolean, allowedTransitions: Array<ProposalTransition>, channel: { id: string }, viewerPermissions: { edit: boolean, comment: boolean, support: boolean, amend: boolean, inviteCoauthors: boolean, moderate: boolean }, authors: Array<{ status: AuthorshipStatus, user: { id: string, displayName: string, organisation: { id: string, name: string } | null } | null }>, group: { id: string, slug: string, name: string } | null, committee: { id: string, slug: string, name: string, viewerRole: MembershipRole | null } | null, votes: Array<{ id: string, title: string, method: VoteMethod, status: VoteStatus, opensAt: string, closesAt: string, closedAt: string | null, turnout: number, eligibleCount: number, result: { outcome: VoteOutcome } | null }>, timeline: Array<{ fromState: ProposalState | null, toState: ProposalState, reason: string | null, createdAt: string, actor: { id: string, displayName: string } | null }>, amendments: Array<{ id: string, baseRevision: number, body: string, explanation: string, status: AmendmentStatus, reason: string | null, createdAt: string, author: { id: string, displayName: string } | null }> };

export type ProposalPageQueryVariables = Exact<{
  id: string;
}>;


export type ProposalPageQuery = { proposal: { id: string, title: string, summary: string, body: string, bodyHtml: string, state: ProposalState, tags: Array<string>, revisionNumber: number, supportCount: number, commentCount: number, updatedAt: string, viewerSupports: boolean, allowedTransitions: Array<ProposalTransition>, channel: { id: string }, viewerPermissions: { edit: boolean, comment: boolean, support: boolean, amend: boolean, inviteCoauthors: boolean, moderate: boolean }, authors: Array<{ status: AuthorshipStatus, user: { id: string, displayName: string, organisation: { id: string, name: string } | null } | null }>, group: { id: string, slug: string, name: string } | null, committee: { id: string, slug: string, name: string, viewerRole: MembershipRole | null } | null, votes: Array<{ id: string, title: string, method: VoteMethod, status: VoteStatus, opensAt: string, closesAt: string, closedAt: string | null, turnout: number, eligibleCount: number, result: { outcome: VoteOutcome } | null }>, timeline: Array<{ fromState: ProposalState | null, toState: ProposalState, reason: string | null, createdAt: string, actor: { id: string, displayName: string } | null }>, amendments: Array<{ id: string, baseRevision: number, body: string, explanation: string, status: AmendmentStatus, reason: string | null, createdAt: string, author: { id: string, displayName: string } | null }> } };

export type ProposalEditorQueryVariables = Exact<{
  id: string;
}>;


export type ProposalEditorQuery = { proposal: { id: string, title: string, summary: string, body: string, tags: Array<string>, revisionNumber: number, viewerPermissions: { edit: boolean }, group: { id: string, slug: string, name: string } | null } };

export type ProposalRevisionsQueryVariables = Exact<{
  id: string;
  after?: string | null | undefined;
}>;


export type ProposalRevisionsQuery = { proposal: { id: string, revisions: { totalCount: number, nodes: Array<{ id: string, number: number, title: string, createdAt: string, amendmentId: string | null, author: { id: string, displayName: string } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } };

export type ProposalRevisionBodyQueryVariables = Exact<{
  id: string;
  number: number;
}>;


export type ProposalRevisionBodyQuery = { proposal: { id: string, revision: { id: string, body: string } } };

export type ProposalDiffQueryVariables = Exact<{
  id: string;
  from: number;
  to: number;
}>;


export type ProposalDiffQuery = { proposal: { id: string, diff: { givenUp: boolean, title: Array<{ kind: DiffKind, text: string }>, summary: Array<{ kind: DiffKind, text: string }>, body: Array<{ kind: DiffKind, text: string }> } } };

export type CommentFieldsFragment = { id: string, body: string | null, status: CommentStatus, moderationReason: string | null, editedAt: string | null, createdAt: string, author: { id: string, displayName: string } | null };

export type ProposalCommentsQueryVariables = Exact<{
  id: string;
  after?: string | null | undefined;
}>;


export type ProposalCommentsQuery = { proposal: { id: string, comments: { totalCount: number, nodes: Array<{ id: string, body: string | null, status: CommentStatus, moderationReason: string | null, editedAt: string | null, createdAt: string, replies: Array<{ id: string, body: string | null, status: CommentStatus, moderationReason: string | null, editedAt: string | null, createdAt: string, author: { id: string, displayName: string } | null }>, author: { id: string, displayName: string } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } };

export type CreateProposalMutationVariables = Exact<{
  groupId: string;
  input: ProposalInput;
}>;


export type CreateProposalMutation = { createProposal: { id: string } };

export type SaveProposalMutationVariables = Exact<{
  proposalId: string;
  baseRevision: number;
  input: ProposalInput;
}>;


export type SaveProposalMutation = { saveProposal: { id: string, title: string, summary: string, body: string, bodyHtml: string, state: ProposalState, tags: Array<string>, revisionNumber: number, supportCount: number, commentCount: number, updatedAt: string, viewerSupports: boolean, allowedTransitions: Array<ProposalTransition>, channel: { id: string }, viewerPermissions: { edit: boolean, comment: boolean, support: boolean, amend: boolean, inviteCoauthors: boolean, moderate: boolean }, authors: Array<{ status: AuthorshipStatus, user: { id: string, displayName: string, organisation: { id: string, name: string } | null } | null }>, group: { id: string, slug: string, name: string } | null, committee: { id: string, slug: string, name: string, viewerRole: MembershipRole | null } | null, votes: Array<{ id: string, title: string, method: VoteMethod, status: VoteStatus, opensAt: string, closesAt: string, closedAt: string | null, turnout: number, eligibleCount: number, result: { outcome: VoteOutcome } | null }>, timeline: Array<{ fromState: ProposalState | null, toState: ProposalState, reason: string | null, createdAt: string, actor: { id: string, displayName: string } | null }>, amendments: Array<{ id: string, baseRevision: number, body: string, explanation: string, status: AmendmentStatus, reason: string | null, createdAt: string, author: { id: string, displayName: string } | null }> } };

export type InviteCoauthorMutationVariables = Exact<{
  proposalId: string;
  userId: string;
}>;


export type InviteCoauthorMutation = { inviteCoauthor: boolean };

export type RespondToCoauthorshipMutationVariables = Exact<{
  proposalId: string;
  accept: boolean;
}>;


export type RespondToCoauthorshipMutation = { respondToCoauthorship: boolean };

export type TransitionProposalMutationVariables = Exact<{
  proposalId: string;
  transition: ProposalTransition;
  reason?: string | null | undefined;
}>;


export type TransitionProposalMutation = { transitionProposal: { id: string, title: string, summary: string, body: string, bodyHtml: string, state: ProposalState, tags: Array<string>, revisionNumber: number, supportCount: number, commentCount: number, updatedAt: string, viewerSupports: boolean, allowedTransitions: Array<ProposalTransition>, channel: { id: string }, viewerPermissions: { edit: boolean, comment: boolean, support: boolean, amend: boolean, inviteCoauthors: boolean, moderate: boolean }, authors: Array<{ status: AuthorshipStatus, user: { id: string, displayName: string, organisation: { id: string, name: string } | null } | null }>, group: { id: string, slug: string, name: string } | null, committee: { id: string, slug: string, name: string, viewerRole: MembershipRole | null } | null, votes: Array<{ id: string, title: string, method: VoteMethod, status: VoteStatus, opensAt: string, closesAt: string, closedAt: string | null, turnout: number, eligibleCount: number, result: { outcome: VoteOutcome } | null }>, timeline: Array<{ fromState: ProposalState | null, toState: ProposalState, reason: string | null, createdAt: string, actor: { id: string, displayName: string } | null }>, amendments: Array<{ id: string, baseRevision: number, body: string, explanation: string, status: AmendmentStatus, reason: string | null, createdAt: string, author: { id: string, displayName: string } | null }> } };

export type SupportProposalMutationVariables = Exact<{
  proposalId: string;
  support: boolean;
}>;


export type SupportProposalMutation = { supportProposal: { id: string, supportCount: number, viewerSupports: boolean } };

export type AddCommentMutationVariables = Exact<{
  proposalId: string;
  body: string;
  parentId?: string | null | undefined;
}>;


export type AddCommentMutation = { addComment: { id: string } };

export type EditCommentMutationVariables = Exact<{
  commentId: string;
  body: string;
}>;


export type EditCommentMutation = { editComment: { id: string } };

export type DeleteCommentMutationVariables = Exact<{
  commentId: string;
}>;


export type DeleteCommentMutation = { deleteComment: boolean };

export type HideCommentMutationVariables = Exact<{
  commentId: string;
  reason: string;
}>;


export type HideCommentMutation = { hideComment: { id: string } };

export type ProposeAmendmentMutationVariables = Exact<{
  proposalId: string;
  body: string;
  explanation?: string | null | undefined;
}>;


export type ProposeAmendmentMutation = { proposeAmendment: { id: string } };

export type DecideAmendmentMutationVariables = Exact<{
  amendmentId: string;
  accept: boolean;
  reason?: string | null | undefined;
}>;


export type DecideAmendmentMutation = { decideAmendment: { id: string, status: AmendmentStatus } };

export type CommitteeAgendaQueryVariables = Exact<{
  slug: string;
  after?: string | null | undefined;
}>;


export type CommitteeAgendaQuery = { group: { id: string, awaitingVote: { totalCount: number, nodes: Array<{ id: string, title: string, summary: string, state: ProposalState, supportCount: number, commentCount: number, updatedAt: string, group: { id: string, slug: string, name: string } | null, authors: Array<{ status: AuthorshipStatus, user: { id: string, displayName: string } | null }> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } };

export type ContributorQueryVariables = Exact<{
  id: string;
}>;


export type ContributorQuery = { contributor: { id: string, displayName: string, organisationId: string | null, organisationName: string | null, reviewsDone: number, adoptedProposals: { totalCount: number, nodes: Array<{ id: string, title: string, state: ProposalState, updatedAt: string }> }, proposals: { totalCount: number, nodes: Array<{ id: string, title: string, state: ProposalState, updatedAt: string }> }, acceptedAmendments: Array<{ id: string, proposalId: string, proposalTitle: string, decidedAt: string }>, maintainedCommons: Array<{ id: string, slug: string, name: string, since: string }>, callsWon: Array<{ id: string, callId: string, callTitle: string, commonName: string, commonSlug: string | null, withConditions: boolean, decidedAt: string }>, attestations: Array<{ id: string, reason: string, createdAt: string, authorName: string, groupName: string | null }>, attestableGroups: Array<{ id: string, name: string }> } };

export type OrganisationContributorsQueryVariables = Exact<{
  organisationId: string;
}>;


export type OrganisationContributorsQuery = { organisationContributors: Array<{ id: string, displayName: string, adoptedProposalCount: number, maintainedCommonCount: number }> };

export type MyAttestationsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyAttestationsQuery = { myAttestations: Array<{ id: string, reason: string, createdAt: string, hidden: boolean, authorName: string, groupName: string | null }> };

export type SetMyPublicProfileMutationVariables = Exact<{
  public: boolean;
}>;


export type SetMyPublicProfileMutation = { setMyPublicProfile: { id: string, publicProfile: boolean } };

export type AttestContributionMutationVariables = Exact<{
  personId: string;
  groupId: string;
  reason: string;
}>;


export type AttestContributionMutation = { attestContribution: { id: string } };

export type SetAttestationHiddenMutationVariables = Exact<{
  id: string;
  hidden: boolean;
}>;


export type SetAttestationHiddenMutation = { setAttestationHidden: { id: string, hidden: boolean } };

export type OpenBadgeQueryVariables = Exact<{
  attestationId: string;
}>;


export type OpenBadgeQuery = { openBadge: string };

export type PortalSearchQueryVariables = Exact<{
  text: string;
  kinds?: Array<SearchKind> | SearchKind | null | undefined;
  domainIds?: Array<string> | string | null | undefined;
  after?: string | null | undefined;
}>;


export type PortalSearchQuery = { search: { totalCount: number, totalIsCapped: boolean, nodes: Array<{ kind: SearchKind, id: string, title: string, excerptHtml: string, path: string, updatedAt: string, domain: { id: string, name: string } | null }>, facets: { kinds: Array<{ value: string, label: string, count: number }>, domains: Array<{ value: string, label: string, count: number }> }, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type VoteSummaryFragment = { id: string, title: string, method: VoteMethod, status: VoteStatus, opensAt: string, closesAt: string, closedAt: string | null, turnout: number, eligibleCount: number, result: { outcome: VoteOutcome } | null };

export type CommitteeVotesQueryVariables = Exact<{
  slug: string;
  section: AgendaSection;
  after?: string | null | undefined;
}>;


export type CommitteeVotesQuery = { group: { id: string, votes: { totalCount: number, nodes: Array<{ id: string, title: string, method: VoteMethod, status: VoteStatus, opensAt: string, closesAt: string, closedAt: string | null, turnout: number, eligibleCount: number, result: { outcome: VoteOutcome } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } };

export type VotePageFieldsFragment = { id: string, title: string, description: string, descriptionHtml: string, method: VoteMethod, threshold: Threshold | null, quorumPercent: number, secret: boolean, ballotChanges: boolean, status: VoteStatus, opensAt: string, closesAt: string, closedAt: string | null, cancelReason: string | null, eligibleCount: number, turnout: number, finalHash: string | null, ledgerUrl: string | null, viewerCanManage: boolean, options: Array<{ key: string, label: string }>, committee: { id: string, slug: string, name: string } | null, proposal: { id: string, title: string, state: ProposalState } | null, viewerStanding: { onRoll: boolean, voted: boolean, receipt: string | null, proxyHeldUsed: boolean, castBy: { id: string, displayName: string } | null, proxyGiven: { id: string, givenAt: string, holder: { id: string, displayName: string } | null } | null, proxyHeld: { id: string, givenAt: string, giver: { id: string, displayName: string } | null } | null }, result: { outcome: VoteOutcome, quorumReached: boolean, ballots: number, eligibleVoters: number, for: number | null, against: number | null, abstain: number | null, finalHash: string, options: Array<{ key: string, label: string, rank: number, majorityGrade: Grade | null, approvals: number | null, profile: Array<{ grade: Grade, count: number }> | null }> | null } | null };

export type VotePageQueryVariables = Exact<{
  id: string;
}>;


export type VotePageQuery = { vote: { id: string, title: string, description: string, descriptionHtml: string, method: VoteMethod, threshold: Threshold | null, quorumPercent: number, secret: boolean, ballotChanges: boolean, status: VoteStatus, opensAt: string, closesAt: string, closedAt: string | null, cancelReason: string | null, eligibleCount: number, turnout: number, finalHash: string | null, ledgerUrl: string | null, viewerCanManage: boolean, options: Array<{ key: string, label: string }>, committee: { id: string, slug: string, name: string } | null, proposal: { id: string, title: string, state: ProposalState } | null, viewerStanding: { onRoll: boolean, voted: boolean, receipt: string | null, proxyHeldUsed: boolean, castBy: { id: string, displayName: string } | null, proxyGiven: { id: string, givenAt: string, holder: { id: string, displayName: string } | null } | null, proxyHeld: { id: string, givenAt: string, giver: { id: string, displayName: string } | null } | null }, result: { outcome: VoteOutcome, quorumReached: boolean, ballots: number, eligibleVoters: number, for: number | null, against: number | null, abstain: number | null, finalHash: string, options: Array<{ key: string, label: string, rank: number, majorityGrade: Grade | null, approvals: number | null, profile: Array<{ grade: Grade, count: number }> | null }> | null } | null } };

export type VoteRollQueryVariables = Exact<{
  id: string;
}>;


export type VoteRollQuery = { vote: { id: string, roll: Array<{ id: string, displayName: string }> } };

export type VoteProposalQueryVariables = Exact<{
  id: string;
}>;


export type VoteProposalQuery = { proposal: { id: string, title: string, state: ProposalState, committee: { id: string, slug: string, name: string, viewerRole: MembershipRole | null } | null } };

export type VoteCommitteeQueryVariables = Exact<{
  slug: string;
}>;


export type VoteCommitteeQuery = { group: { id: string, slug: string, name: string, kind: GroupKind, viewerRole: MembershipRole | null } };

export type VoteBallotsQueryVariables = Exact<{
  id: string;
  after?: string | null | undefined;
}>;


export type VoteBallotsQuery = { vote: { id: string, ballots: { totalCount: number, nodes: Array<{ receipt: string, position: Position | null, approved: Array<string> | null, grades: Array<{ option: string, grade: Grade }> | null, voter: { id: string, displayName: string } | null, castBy: { id: string, displayName: string } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } };

export type BallotByReceiptQueryVariables = Exact<{
  voteId: string;
  receipt: string;
}>;


export type BallotByReceiptQuery = { ballotByReceipt: { receipt: string, position: Position | null, approved: Array<string> | null, grades: Array<{ option: string, grade: Grade }> | null } };

export type CreateVoteMutationVariables = Exact<{
  input: CreateVoteInput;
}>;


export type CreateVoteMutation = { createVote: { id: string } };

export type OpenVoteMutationVariables = Exact<{
  id: string;
}>;


export type OpenVoteMutation = { openVote: { id: string, title: string, description: string, descriptionHtml: string, method: VoteMethod, threshold: Threshold | null, quorumPercent: number, secret: boolean, ballotChanges: boolean, status: VoteStatus, opensAt: string, closesAt: string, closedAt: string | null, cancelReason: string | null, eligibleCount: number, turnout: number, finalHash: string | null, ledgerUrl: string | null, viewerCanManage: boolean, options: Array<{ key: string, label: string }>, committee: { id: string, slug: string, name: string } | null, proposal: { id: string, title: string, state: ProposalState } | null, viewerStanding: { onRoll: boolean, voted: boolean, receipt: string | null, proxyHeldUsed: boolean, castBy: { id: string, displayName: string } | null, proxyGiven: { id: string, givenAt: string, holder: { id: string, displayName: string } | null } | null, proxyHeld: { id: string, givenAt: string, giver: { id: string, displayName: string } | null } | null }, result: { outcome: VoteOutcome, quorumReached: boolean, ballots: number, eligibleVoters: number, for: number | null, against: number | null, abstain: number | null, finalHash: string, options: Array<{ key: string, label: string, rank: number, majorityGrade: Grade | null, approvals: number | null, profile: Array<{ grade: Grade, count: number }> | null }> | null } | null } };

export type CancelVoteMutationVariables = Exact<{
  id: string;
  reason: string;
}>;


export type CancelVoteMutation = { cancelVote: { id: string, title: string, description: string, descriptionHtml: string, method: VoteMethod, threshold: Threshold | null, quorumPercent: number, secret: boolean, ballotChanges: boolean, status: VoteStatus, opensAt: string, closesAt: string, closedAt: string | null, cancelReason: string | null, eligibleCount: number, turnout: number, finalHash: string | null, ledgerUrl: string | null, viewerCanManage: boolean, options: Array<{ key: string, label: string }>, committee: { id: string, slug: string, name: string } | null, proposal: { id: string, title: string, state: ProposalState } | null, viewerStanding: { onRoll: boolean, voted: boolean, receipt: string | null, proxyHeldUsed: boolean, castBy: { id: string, displayName: string } | null, proxyGiven: { id: string, givenAt: string, holder: { id: string, displayName: string } | null } | null, proxyHeld: { id: string, givenAt: string, giver: { id: string, displayName: string } | null } | null }, result: { outcome: VoteOutcome, quorumReached: boolean, ballots: number, eligibleVoters: number, for: number | null, against: number | null, abstain: number | null, finalHash: string, options: Array<{ key: string, label: string, rank: number, majorityGrade: Grade | null, approvals: number | null, profile: Array<{ grade: Grade, count: number }> | null }> | null } | null } };

export type CastBallotMutationVariables = Exact<{
  voteId: string;
  ballot: BallotInput;
  secret: string;
  onBehalfOf?: string | null | undefined;
}>;


export type CastBallotMutation = { castBallot: { receipt: string, vote: { id: string, title: string, description: string, descriptionHtml: string, method: VoteMethod, threshold: Threshold | null, quorumPercent: number, secret: boolean, ballotChanges: boolean, status: VoteStatus, opensAt: string, closesAt: string, closedAt: string | null, cancelReason: string | null, eligibleCount: number, turnout: number, finalHash: string | null, ledgerUrl: string | null, viewerCanManage: boolean, options: Array<{ key: string, label: string }>, committee: { id: string, slug: string, name: string } | null, proposal: { id: string, title: string, state: ProposalState } | null, viewerStanding: { onRoll: boolean, voted: boolean, receipt: string | null, proxyHeldUsed: boolean, castBy: { id: string, displayName: string } | null, proxyGiven: { id: string, givenAt: string, holder: { id: string, displayName: string } | null } | null, proxyHeld: { id: string, givenAt: string, giver: { id: string, displayName: string } | null } | null }, result: { outcome: VoteOutcome, quorumReached: boolean, ballots: number, eligibleVoters: number, for: number | null, against: number | null, abstain: number | null, finalHash: string, options: Array<{ key: string, label: string, rank: number, majorityGrade: Grade | null, approvals: number | null, profile: Array<{ grade: Grade, count: number }> | null }> | null } | null } } };

export type ChangeBallotMutationVariables = Exact<{
  voteId: string;
  ballot: BallotInput;
  secret?: string | null | undefined;
  onBehalfOf?: string | null | undefined;
}>;


export type ChangeBallotMutation = { changeBallot: { receipt: string, vote: { id: string, title: string, description: string, descriptionHtml: string, method: VoteMethod, threshold: Threshold | null, quorumPercent: number, secret: boolean, ballotChanges: boolean, status: VoteStatus, opensAt: string, closesAt: string, closedAt: string | null, cancelReason: string | null, eligibleCount: number, turnout: number, finalHash: string | null, ledgerUrl: string | null, viewerCanManage: boolean, options: Array<{ key: string, label: string }>, committee: { id: string, slug: string, name: string } | null, proposal: { id: string, title: string, state: ProposalState } | null, viewerStanding: { onRoll: boolean, voted: boolean, receipt: string | null, proxyHeldUsed: boolean, castBy: { id: string, displayName: string } | null, proxyGiven: { id: string, givenAt: string, holder: { id: string, displayName: string } | null } | null, proxyHeld: { id: string, givenAt: string, giver: { id: string, displayName: string } | null } | null }, result: { outcome: VoteOutcome, quorumReached: boolean, ballots: number, eligibleVoters: number, for: number | null, against: number | null, abstain: number | null, finalHash: string, options: Array<{ key: string, label: string, rank: number, majorityGrade: Grade | null, approvals: number | null, profile: Array<{ grade: Grade, count: number }> | null }> | null } | null } } };

export type GiveProxyMutationVariables = Exact<{
  voteId: string;
  holderId: string;
}>;


export type GiveProxyMutation = { giveProxy: { id: string } };

export type RevokeProxyMutationVariables = Exact<{
  voteId: string;
}>;


export type RevokeProxyMutation = { revokeProxy: { id: string, title: string, description: string, descriptionHtml: string, method: VoteMethod, threshold: Threshold | null, quorumPercent: number, secret: boolean, ballotChanges: boolean, status: VoteStatus, opensAt: string, closesAt: string, closedAt: string | null, cancelReason: string | null, eligibleCount: number, turnout: number, finalHash: string | null, ledgerUrl: string | null, viewerCanManage: boolean, options: Array<{ key: string, label: string }>, committee: { id: string, slug: string, name: string } | null, proposal: { id: string, title: string, state: ProposalState } | null, viewerStanding: { onRoll: boolean, voted: boolean, receipt: string | null, proxyHeldUsed: boolean, castBy: { id: string, displayName: string } | null, proxyGiven: { id: string, givenAt: string, holder: { id: string, displayName: string } | null } | null, proxyHeld: { id: string, givenAt: string, giver: { id: string, displayName: string } | null } | null }, result: { outcome: VoteOutcome, quorumReached: boolean, ballots: number, eligibleVoters: number, for: number | null, against: number | null, abstain: number | null, finalHash: string, options: Array<{ key: string, label: string, rank: number, majorityGrade: Grade | null, approvals: number | null, profile: Array<{ grade: Grade, count: number }> | null }> | null } | null } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const CallFieldsFragmentDoc = new TypedDocumentString(`
    fragment CallFields on Call {
  id
  title
  body
  bodyHtml
  state
  challenges
  criteria {
    key
    name
    description
    weight
  }
  cutoffs
  budget
  minScore
  reviewsPerSubmission
  voteId
  openedAt
  decidedAt
  viewerStanding {
    manages
    reviewer
  }
}
    `, {"fragmentName":"CallFields"}) as unknown as TypedDocumentString<CallFieldsFragment, unknown>;
export const SubmissionFieldsFragmentDoc = new TypedDocumentString(`
    fragment SubmissionFields on Submission {
  id
  callId
  state
  cutoffAt
  revision
  commonKind
  commonName
  challenge
  summary
  licence
  repositoryUrl
  maintainers
  pitch
  pitchHtml
  amountAsked
  publishConsent
  submittedAt
  eligibilityReason
  passedReview
  rank
  decision
  conditions
  motivation
  amountGranted
}
    `, {"fragmentName":"SubmissionFields"}) as unknown as TypedDocumentString<SubmissionFieldsFragment, unknown>;
export const ReviewFieldsFragmentDoc = new TypedDocumentString(`
    fragment ReviewFields on Review {
  id
  submissionId
  state
  link
  linkText
  weightedScore
  submittedAt
  mine
  scores {
    criterionKey
    score
    comment
  }
  reviewer {
    id
    displayName
  }
}
    `, {"fragmentName":"ReviewFields"}) as unknown as TypedDocumentString<ReviewFieldsFragment, unknown>;
export const CommonCardFragmentDoc = new TypedDocumentString(`
    fragment CommonCard on Common {
  id
  slug
  kind
  name
  summary
  status
  usageCount
  maintenanceDue
  laureateCallId
  licence {
    expression
    open
  }
  domain {
    id
    name
  }
}
    `, {"fragmentName":"CommonCard"}) as unknown as TypedDocumentString<CommonCardFragment, unknown>;
export const MilestoneFieldsFragmentDoc = new TypedDocumentString(`
    fragment MilestoneFields on Milestone {
  id
  submissionId
  title
  dueOn
  status
  percent
  evidenceUrl
  updatedAt
}
    `, {"fragmentName":"MilestoneFields"}) as unknown as TypedDocumentString<MilestoneFieldsFragment, unknown>;
export const CommonPageFieldsFragmentDoc = new TypedDocumentString(`
    fragment CommonPageFields on Common {
  ...CommonCard
  description
  descriptionHtml
  website
  tags
  revision
  maintenanceConfirmedAt
  createdAt
  updatedAt
  licence {
    expression
    ids
    open
    recommended
  }
  domain {
    id
    slug
    name
  }
  stewardingGroup {
    id
    slug
    name
  }
  repositories {
    id
    url
    forge
    role
    mirrorOf
  }
  maintainers {
    id
    user {
      id
      displayName
    }
    organisation {
      id
      name
    }
  }
  usages {
    id
    instanceUrl
    userCount
    declaredAt
    organisation {
      id
      name
      type
    }
  }
  scolomfr {
    levels {
      uri
      label
    }
    subjects {
      uri
      label
    }
    pedagogicalTypes {
      uri
      label
    }
    documentTypes {
      uri
      label
    }
  }
  decisions {
    id
    title
    state
  }
  revisions(first: 20) {
    number
    createdAt
    author {
      id
      displayName
    }
  }
  publiccodeReport
  laureateSubmission {
    id
    commonName
    call {
      id
      title
      state
    }
    applicants {
      accepted
      user {
        id
      }
    }
    milestones {
      ...MilestoneFields
    }
  }
  viewerCan {
    edit
    declareUsage
    contact
    confirmMaintenance
  }
}
    fragment MilestoneFields on Milestone {
  id
  submissionId
  title
  dueOn
  status
  percent
  evidenceUrl
  updatedAt
}
fragment CommonCard on Common {
  id
  slug
  kind
  name
  summary
  status
  usageCount
  maintenanceDue
  laureateCallId
  licence {
    expression
    open
  }
  domain {
    id
    name
  }
}`, {"fragmentName":"CommonPageFields"}) as unknown as TypedDocumentString<CommonPageFieldsFragment, unknown>;
export const ChannelMessageFragmentDoc = new TypedDocumentString(`
    fragment ChannelMessage on Message {
  id
  body
  bodyHtml
  status
  createdAt
  editedAt
  author {
    id
    displayName
  }
}
    `, {"fragmentName":"ChannelMessage"}) as unknown as TypedDocumentString<ChannelMessageFragment, unknown>;
export const PersonSummaryFragmentDoc = new TypedDocumentString(`
    fragment PersonSummary on User {
  id
  displayName
  organisation {
    id
    name
  }
}
    `, {"fragmentName":"PersonSummary"}) as unknown as TypedDocumentString<PersonSummaryFragment, unknown>;
export const ProposalSummaryFragmentDoc = new TypedDocumentString(`
    fragment ProposalSummary on Proposal {
  id
  title
  summary
  state
  supportCount
  commentCount
  updatedAt
  group {
    id
    slug
    name
  }
  authors {
    status
    user {
      id
      displayName
    }
  }
}
    `, {"fragmentName":"ProposalSummary"}) as unknown as TypedDocumentString<ProposalSummaryFragment, unknown>;
export const VoteSummaryFragmentDoc = new TypedDocumentString(`
    fragment VoteSummary on Vote {
  id
  title
  method
  status
  opensAt
  closesAt
  closedAt
  turnout
  eligibleCount
  result {
    outcome
  }
}
    `, {"fragmentName":"VoteSummary"}) as unknown as TypedDocumentString<VoteSummaryFragment, unknown>;
export const ProposalPageFieldsFragmentDoc = new TypedDocumentString(`
    fragment ProposalPageFields on Proposal {
  id
  title
  summary
  body
  bodyHtml
  state
  tags
  revisionNumber
  supportCount
  commentCount
  updatedAt
  viewerSupports
  allowedTransitions
  channel {
    id
  }
  viewerPermissions {
    edit
    comment
    support
    amend
    inviteCoauthors
    moderate
  }
  authors {
    status
    user {
      id
      displayName
      organisation {
        id
        name
      }
    }
  }
  group {
    id
    slug
    name
  }
  committee {
    id
    slug
    name
    viewerRole
  }
  votes {
    ...VoteSummary
  }
  timeline {
    fromState
    toState
    reason
    createdAt
    actor {
      id
      displayName
    }
  }
  amendments {
    id
    baseRevision
    body
    explanation
    status
    reason
    createdAt
    author {
      id
      displayName
    }
  }
}
    fragment VoteSummary on Vote {
  id
  title
  method
  status
  opensAt
  closesAt
  closedAt
  turnout
  eligibleCount
  result {
    outcome
  }
}`, {"fragmentName":"ProposalPageFields"}) as unknown as TypedDocumentString<ProposalPageFieldsFragment, unknown>;
export const CommentFieldsFragmentDoc = new TypedDocumentString(`
    fragment CommentFields on Comment {
  id
  body
  status
  moderationReason
  editedAt
  createdAt
  author {
    id
    displayName
  }
}
    `, {"fragmentName":"CommentFields"}) as unknown as TypedDocumentString<CommentFieldsFragment, unknown>;
export const VotePageFieldsFragmentDoc = new TypedDocumentString(`
    fragment VotePageFields on Vote {
  id
  title
  description
  descriptionHtml
  method
  threshold
  quorumPercent
  secret
  ballotChanges
  status
  opensAt
  closesAt
  closedAt
  cancelReason
  eligibleCount
  turnout
  finalHash
  ledgerUrl
  viewerCanManage
  options {
    key
    label
  }
  committee {
    id
    slug
    name
  }
  proposal {
    id
    title
    state
  }
  viewerStanding {
    onRoll
    voted
    receipt
    proxyHeldUsed
    castBy {
      id
      displayName
    }
    proxyGiven {
      id
      givenAt
      holder {
        id
        displayName
      }
    }
    proxyHeld {
      id
      givenAt
      giver {
        id
        displayName
      }
    }
  }
  result {
    outcome
    quorumReached
    ballots
    eligibleVoters
    for
    against
    abstain
    finalHash
    options {
      key
      label
      rank
      majorityGrade
      approvals
      profile {
        grade
        count
      }
    }
  }
}
    `, {"fragmentName":"VotePageFields"}) as unknown as TypedDocumentString<VotePageFieldsFragment, unknown>;
export const AdminOrganisationsDocument = new TypedDocumentString(`
    query AdminOrganisations($search: String, $after: String) {
  organisations(search: $search, after: $after) {
    nodes {
      id
      name
      type
      siret
      uai
      emailDomains
    }
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<AdminOrganisationsQuery, AdminOrganisationsQueryVariables>;
export const UpdateOrganisationDocument = new TypedDocumentString(`
    mutation UpdateOrganisation($id: ID!, $input: OrganisationInput!) {
  updateOrganisation(id: $id, input: $input) {
    id
    name
    type
    siret
    uai
    emailDomains
  }
}
    `) as unknown as TypedDocumentString<UpdateOrganisationMutation, UpdateOrganisationMutationVariables>;
export const AdminUsersDocument = new TypedDocumentString(`
    query AdminUsers($search: String, $after: String) {
  users(search: $search, after: $after) {
    nodes {
      id
      displayName
      agreementForm
      email
      platformRole
      status
      organisation {
        id
        name
        type
      }
    }
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<AdminUsersQuery, AdminUsersQueryVariables>;
export const SetPlatformRoleDocument = new TypedDocumentString(`
    mutation SetPlatformRole($userId: ID!, $role: PlatformRole!) {
  setPlatformRole(userId: $userId, role: $role) {
    id
    platformRole
    status
  }
}
    `) as unknown as TypedDocumentString<SetPlatformRoleMutation, SetPlatformRoleMutationVariables>;
export const SuspendUserDocument = new TypedDocumentString(`
    mutation SuspendUser($userId: ID!) {
  suspendUser(userId: $userId) {
    id
    platformRole
    status
  }
}
    `) as unknown as TypedDocumentString<SuspendUserMutation, SuspendUserMutationVariables>;
export const ReactivateUserDocument = new TypedDocumentString(`
    mutation ReactivateUser($userId: ID!) {
  reactivateUser(userId: $userId) {
    id
    platformRole
    status
  }
}
    `) as unknown as TypedDocumentString<ReactivateUserMutation, ReactivateUserMutationVariables>;
export const CreateCallDocument = new TypedDocumentString(`
    mutation CreateCall($committeeId: ID!, $input: CallInput!) {
  createCall(committeeId: $committeeId, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateCallMutation, CreateCallMutationVariables>;
export const UpdateCallDocument = new TypedDocumentString(`
    mutation UpdateCall($callId: ID!, $input: CallInput!) {
  updateCall(id: $callId, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdateCallMutation, UpdateCallMutationVariables>;
export const AddCallReviewerDocument = new TypedDocumentString(`
    mutation AddCallReviewer($callId: ID!, $userId: ID!) {
  addCallReviewer(callId: $callId, userId: $userId) {
    id
  }
}
    `) as unknown as TypedDocumentString<AddCallReviewerMutation, AddCallReviewerMutationVariables>;
export const RemoveCallReviewerDocument = new TypedDocumentString(`
    mutation RemoveCallReviewer($callId: ID!, $userId: ID!) {
  removeCallReviewer(callId: $callId, userId: $userId) {
    id
  }
}
    `) as unknown as TypedDocumentString<RemoveCallReviewerMutation, RemoveCallReviewerMutationVariables>;
export const OpenCallDocument = new TypedDocumentString(`
    mutation OpenCall($id: ID!) {
  openCall(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<OpenCallMutation, OpenCallMutationVariables>;
export const StartCallReviewDocument = new TypedDocumentString(`
    mutation StartCallReview($id: ID!) {
  startCallReview(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<StartCallReviewMutation, StartCallReviewMutationVariables>;
export const CloseCallDocument = new TypedDocumentString(`
    mutation CloseCall($id: ID!) {
  closeCall(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<CloseCallMutation, CloseCallMutationVariables>;
export const AssignReviewersAutomaticallyDocument = new TypedDocumentString(`
    mutation AssignReviewersAutomatically($callId: ID!) {
  assignReviewersAutomatically(callId: $callId)
}
    `) as unknown as TypedDocumentString<AssignReviewersAutomaticallyMutation, AssignReviewersAutomaticallyMutationVariables>;
export const AssignReviewerDocument = new TypedDocumentString(`
    mutation AssignReviewer($submissionId: ID!, $reviewerId: ID!) {
  assignReviewer(submissionId: $submissionId, reviewerId: $reviewerId) {
    id
  }
}
    `) as unknown as TypedDocumentString<AssignReviewerMutation, AssignReviewerMutationVariables>;
export const DecideEligibilityDocument = new TypedDocumentString(`
    mutation DecideEligibility($id: ID!, $eligible: Boolean!, $reason: String!) {
  decideEligibility(id: $id, eligible: $eligible, reason: $reason) {
    id
  }
}
    `) as unknown as TypedDocumentString<DecideEligibilityMutation, DecideEligibilityMutationVariables>;
export const OpenCallDeliberationDocument = new TypedDocumentString(`
    mutation OpenCallDeliberation($id: ID!, $closesAt: DateTime!) {
  openCallDeliberation(id: $id, closesAt: $closesAt) {
    id
    voteId
  }
}
    `) as unknown as TypedDocumentString<OpenCallDeliberationMutation, OpenCallDeliberationMutationVariables>;
export const DecideSubmissionDocument = new TypedDocumentString(`
    mutation DecideSubmission($id: ID!, $input: SubmissionDecisionInput!) {
  decideSubmission(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<DecideSubmissionMutation, DecideSubmissionMutationVariables>;
export const PublishCallDecisionDocument = new TypedDocumentString(`
    mutation PublishCallDecision($id: ID!) {
  publishCallDecision(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<PublishCallDecisionMutation, PublishCallDecisionMutationVariables>;
export const DeclareReviewLinkDocument = new TypedDocumentString(`
    mutation DeclareReviewLink($id: ID!, $link: ReviewLink!, $text: String) {
  declareReviewLink(id: $id, link: $link, text: $text) {
    id
  }
}
    `) as unknown as TypedDocumentString<DeclareReviewLinkMutation, DeclareReviewLinkMutationVariables>;
export const SubmitReviewDocument = new TypedDocumentString(`
    mutation SubmitReview($id: ID!, $scores: [CriterionScoreInput!]!) {
  submitReview(id: $id, scores: $scores) {
    id
  }
}
    `) as unknown as TypedDocumentString<SubmitReviewMutation, SubmitReviewMutationVariables>;
export const AddMilestoneDocument = new TypedDocumentString(`
    mutation AddMilestone($submissionId: ID!, $title: String!, $dueOn: String!) {
  addMilestone(submissionId: $submissionId, title: $title, dueOn: $dueOn) {
    id
  }
}
    `) as unknown as TypedDocumentString<AddMilestoneMutation, AddMilestoneMutationVariables>;
export const UpdateMilestoneDocument = new TypedDocumentString(`
    mutation UpdateMilestone($id: ID!, $input: MilestoneUpdateInput!) {
  updateMilestone(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdateMilestoneMutation, UpdateMilestoneMutationVariables>;
export const CallsListDocument = new TypedDocumentString(`
    query CallsList($after: String) {
  calls(after: $after) {
    nodes {
      id
      title
      state
      challenges
      cutoffs
      budget
    }
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<CallsListQuery, CallsListQueryVariables>;
export const CallPageDocument = new TypedDocumentString(`
    query CallPage($id: ID!) {
  call(id: $id) {
    ...CallFields
    committee {
      id
      name
      slug
    }
    reviewers {
      id
      displayName
    }
  }
}
    fragment CallFields on Call {
  id
  title
  body
  bodyHtml
  state
  challenges
  criteria {
    key
    name
    description
    weight
  }
  cutoffs
  budget
  minScore
  reviewsPerSubmission
  voteId
  openedAt
  decidedAt
  viewerStanding {
    manages
    reviewer
  }
}`) as unknown as TypedDocumentString<CallPageQuery, CallPageQueryVariables>;
export const MySubmissionsDocument = new TypedDocumentString(`
    query MySubmissions {
  mySubmissions {
    ...SubmissionFields
    call {
      id
      title
      state
    }
    milestones {
      ...MilestoneFields
    }
    applicants {
      role
      accepted
      user {
        id
      }
    }
  }
}
    fragment SubmissionFields on Submission {
  id
  callId
  state
  cutoffAt
  revision
  commonKind
  commonName
  challenge
  summary
  licence
  repositoryUrl
  maintainers
  pitch
  pitchHtml
  amountAsked
  publishConsent
  submittedAt
  eligibilityReason
  passedReview
  rank
  decision
  conditions
  motivation
  amountGranted
}
fragment MilestoneFields on Milestone {
  id
  submissionId
  title
  dueOn
  status
  percent
  evidenceUrl
  updatedAt
}`) as unknown as TypedDocumentString<MySubmissionsQuery, MySubmissionsQueryVariables>;
export const SubmissionChecksDocument = new TypedDocumentString(`
    query SubmissionChecks($callId: ID!, $input: SubmissionInput!) {
  submissionChecks(callId: $callId, input: $input) {
    check
    passed
    message
  }
}
    `) as unknown as TypedDocumentString<SubmissionChecksQuery, SubmissionChecksQueryVariables>;
export const ReviewerWorkspaceDocument = new TypedDocumentString(`
    query ReviewerWorkspace($callId: ID!) {
  reviewerWorkspace(callId: $callId) {
    call {
      ...CallFields
    }
    assignments {
      review {
        ...ReviewFields
      }
      submission {
        ...SubmissionFields
        reviews {
          ...ReviewFields
        }
      }
    }
  }
}
    fragment CallFields on Call {
  id
  title
  body
  bodyHtml
  state
  challenges
  criteria {
    key
    name
    description
    weight
  }
  cutoffs
  budget
  minScore
  reviewsPerSubmission
  voteId
  openedAt
  decidedAt
  viewerStanding {
    manages
    reviewer
  }
}
fragment SubmissionFields on Submission {
  id
  callId
  state
  cutoffAt
  revision
  commonKind
  commonName
  challenge
  summary
  licence
  repositoryUrl
  maintainers
  pitch
  pitchHtml
  amountAsked
  publishConsent
  submittedAt
  eligibilityReason
  passedReview
  rank
  decision
  conditions
  motivation
  amountGranted
}
fragment ReviewFields on Review {
  id
  submissionId
  state
  link
  linkText
  weightedScore
  submittedAt
  mine
  scores {
    criterionKey
    score
    comment
  }
  reviewer {
    id
    displayName
  }
}`) as unknown as TypedDocumentString<ReviewerWorkspaceQuery, ReviewerWorkspaceQueryVariables>;
export const FacilitatorBoardDocument = new TypedDocumentString(`
    query FacilitatorBoard($callId: ID!) {
  facilitatorBoard(callId: $callId) {
    call {
      ...CallFields
      reviewers {
        id
        displayName
      }
    }
    submissions {
      submission {
        id
        commonName
        state
        decision
        eligibilityReason
        passedReview
      }
      reviews {
        id
        state
        link
        weightedScore
        reviewer {
          id
          displayName
        }
      }
      meanScore
      spread
      missingReviewers
    }
    reviewers {
      reviewer {
        id
        displayName
      }
      assigned
      submitted
      excluded
    }
    lateMilestones {
      ...MilestoneFields
    }
  }
}
    fragment CallFields on Call {
  id
  title
  body
  bodyHtml
  state
  challenges
  criteria {
    key
    name
    description
    weight
  }
  cutoffs
  budget
  minScore
  reviewsPerSubmission
  voteId
  openedAt
  decidedAt
  viewerStanding {
    manages
    reviewer
  }
}
fragment MilestoneFields on Milestone {
  id
  submissionId
  title
  dueOn
  status
  percent
  evidenceUrl
  updatedAt
}`) as unknown as TypedDocumentString<FacilitatorBoardQuery, FacilitatorBoardQueryVariables>;
export const CallResultsDocument = new TypedDocumentString(`
    query CallResults($callId: ID!) {
  callResults(callId: $callId) {
    call {
      ...CallFields
    }
    rows {
      submission {
        ...SubmissionFields
        milestones {
          ...MilestoneFields
        }
        common {
          id
          slug
        }
      }
      meanScore
      spread
    }
    csvUrl
    schemaUrl
  }
}
    fragment CallFields on Call {
  id
  title
  body
  bodyHtml
  state
  challenges
  criteria {
    key
    name
    description
    weight
  }
  cutoffs
  budget
  minScore
  reviewsPerSubmission
  voteId
  openedAt
  decidedAt
  viewerStanding {
    manages
    reviewer
  }
}
fragment SubmissionFields on Submission {
  id
  callId
  state
  cutoffAt
  revision
  commonKind
  commonName
  challenge
  summary
  licence
  repositoryUrl
  maintainers
  pitch
  pitchHtml
  amountAsked
  publishConsent
  submittedAt
  eligibilityReason
  passedReview
  rank
  decision
  conditions
  motivation
  amountGranted
}
fragment MilestoneFields on Milestone {
  id
  submissionId
  title
  dueOn
  status
  percent
  evidenceUrl
  updatedAt
}`) as unknown as TypedDocumentString<CallResultsQuery, CallResultsQueryVariables>;
export const SubmissionPageDocument = new TypedDocumentString(`
    query SubmissionPage($id: ID!) {
  submission(id: $id) {
    ...SubmissionFields
    checks {
      check
      passed
      message
    }
    applicants {
      role
      accepted
      user {
        id
        displayName
      }
    }
  }
}
    fragment SubmissionFields on Submission {
  id
  callId
  state
  cutoffAt
  revision
  commonKind
  commonName
  challenge
  summary
  licence
  repositoryUrl
  maintainers
  pitch
  pitchHtml
  amountAsked
  publishConsent
  submittedAt
  eligibilityReason
  passedReview
  rank
  decision
  conditions
  motivation
  amountGranted
}`) as unknown as TypedDocumentString<SubmissionPageQuery, SubmissionPageQueryVariables>;
export const CreateSubmissionDocument = new TypedDocumentString(`
    mutation CreateSubmission($callId: ID!, $input: SubmissionInput!, $coApplicantIds: [ID!]) {
  createSubmission(
    callId: $callId
    input: $input
    coApplicantIds: $coApplicantIds
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateSubmissionMutation, CreateSubmissionMutationVariables>;
export const UpdateSubmissionDocument = new TypedDocumentString(`
    mutation UpdateSubmission($id: ID!, $baseRevision: Int!, $input: SubmissionInput!) {
  updateSubmission(id: $id, baseRevision: $baseRevision, input: $input) {
    id
    revision
  }
}
    `) as unknown as TypedDocumentString<UpdateSubmissionMutation, UpdateSubmissionMutationVariables>;
export const SubmitSubmissionDocument = new TypedDocumentString(`
    mutation SubmitSubmission($id: ID!) {
  submitSubmission(id: $id) {
    id
    state
  }
}
    `) as unknown as TypedDocumentString<SubmitSubmissionMutation, SubmitSubmissionMutationVariables>;
export const AcceptCoApplicationDocument = new TypedDocumentString(`
    mutation AcceptCoApplication($id: ID!) {
  acceptCoApplication(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<AcceptCoApplicationMutation, AcceptCoApplicationMutationVariables>;
export const CataloguePageDocument = new TypedDocumentString(`
    query CataloguePage($filter: CommonFilter, $after: String) {
  commons(filter: $filter, after: $after) {
    nodes {
      ...CommonCard
    }
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    facets {
      kinds {
        value
        label
        count
      }
      domains {
        value
        label
        count
      }
      licences {
        value
        label
        count
      }
      levels {
        value
        label
        count
      }
      subjects {
        value
        label
        count
      }
      organisations {
        value
        label
        count
      }
      forges {
        value
        label
        count
      }
      statuses {
        value
        label
        count
      }
    }
  }
}
    fragment CommonCard on Common {
  id
  slug
  kind
  name
  summary
  status
  usageCount
  maintenanceDue
  laureateCallId
  licence {
    expression
    open
  }
  domain {
    id
    name
  }
}`) as unknown as TypedDocumentString<CataloguePageQuery, CataloguePageQueryVariables>;
export const CommonPageDocument = new TypedDocumentString(`
    query CommonPage($slug: String!) {
  common(slug: $slug) {
    ...CommonPageFields
  }
}
    fragment MilestoneFields on Milestone {
  id
  submissionId
  title
  dueOn
  status
  percent
  evidenceUrl
  updatedAt
}
fragment CommonCard on Common {
  id
  slug
  kind
  name
  summary
  status
  usageCount
  maintenanceDue
  laureateCallId
  licence {
    expression
    open
  }
  domain {
    id
    name
  }
}
fragment CommonPageFields on Common {
  ...CommonCard
  description
  descriptionHtml
  website
  tags
  revision
  maintenanceConfirmedAt
  createdAt
  updatedAt
  licence {
    expression
    ids
    open
    recommended
  }
  domain {
    id
    slug
    name
  }
  stewardingGroup {
    id
    slug
    name
  }
  repositories {
    id
    url
    forge
    role
    mirrorOf
  }
  maintainers {
    id
    user {
      id
      displayName
    }
    organisation {
      id
      name
    }
  }
  usages {
    id
    instanceUrl
    userCount
    declaredAt
    organisation {
      id
      name
      type
    }
  }
  scolomfr {
    levels {
      uri
      label
    }
    subjects {
      uri
      label
    }
    pedagogicalTypes {
      uri
      label
    }
    documentTypes {
      uri
      label
    }
  }
  decisions {
    id
    title
    state
  }
  revisions(first: 20) {
    number
    createdAt
    author {
      id
      displayName
    }
  }
  publiccodeReport
  laureateSubmission {
    id
    commonName
    call {
      id
      title
      state
    }
    applicants {
      accepted
      user {
        id
      }
    }
    milestones {
      ...MilestoneFields
    }
  }
  viewerCan {
    edit
    declareUsage
    contact
    confirmMaintenance
  }
}`) as unknown as TypedDocumentString<CommonPageQuery, CommonPageQueryVariables>;
export const ScolomfrConceptsDocument = new TypedDocumentString(`
    query ScolomfrConcepts($vocabulary: String!) {
  scolomfrConcepts(vocabulary: $vocabulary) {
    uri
    label
  }
}
    `) as unknown as TypedDocumentString<ScolomfrConceptsQuery, ScolomfrConceptsQueryVariables>;
export const OrganisationCommonsDocument = new TypedDocumentString(`
    query OrganisationCommons($organisationId: ID!) {
  organisationCommons(organisationId: $organisationId) {
    organisation {
      id
      name
      type
    }
    maintained {
      ...CommonCard
    }
    used {
      ...CommonCard
    }
  }
}
    fragment CommonCard on Common {
  id
  slug
  kind
  name
  summary
  status
  usageCount
  maintenanceDue
  laureateCallId
  licence {
    expression
    open
  }
  domain {
    id
    name
  }
}`) as unknown as TypedDocumentString<OrganisationCommonsQuery, OrganisationCommonsQueryVariables>;
export const CreateCommonDocument = new TypedDocumentString(`
    mutation CreateCommon($input: CommonInput!) {
  createCommon(input: $input) {
    ...CommonPageFields
  }
}
    fragment MilestoneFields on Milestone {
  id
  submissionId
  title
  dueOn
  status
  percent
  evidenceUrl
  updatedAt
}
fragment CommonCard on Common {
  id
  slug
  kind
  name
  summary
  status
  usageCount
  maintenanceDue
  laureateCallId
  licence {
    expression
    open
  }
  domain {
    id
    name
  }
}
fragment CommonPageFields on Common {
  ...CommonCard
  description
  descriptionHtml
  website
  tags
  revision
  maintenanceConfirmedAt
  createdAt
  updatedAt
  licence {
    expression
    ids
    open
    recommended
  }
  domain {
    id
    slug
    name
  }
  stewardingGroup {
    id
    slug
    name
  }
  repositories {
    id
    url
    forge
    role
    mirrorOf
  }
  maintainers {
    id
    user {
      id
      displayName
    }
    organisation {
      id
      name
    }
  }
  usages {
    id
    instanceUrl
    userCount
    declaredAt
    organisation {
      id
      name
      type
    }
  }
  scolomfr {
    levels {
      uri
      label
    }
    subjects {
      uri
      label
    }
    pedagogicalTypes {
      uri
      label
    }
    documentTypes {
      uri
      label
    }
  }
  decisions {
    id
    title
    state
  }
  revisions(first: 20) {
    number
    createdAt
    author {
      id
      displayName
    }
  }
  publiccodeReport
  laureateSubmission {
    id
    commonName
    call {
      id
      title
      state
    }
    applicants {
      accepted
      user {
        id
      }
    }
    milestones {
      ...MilestoneFields
    }
  }
  viewerCan {
    edit
    declareUsage
    contact
    confirmMaintenance
  }
}`) as unknown as TypedDocumentString<CreateCommonMutation, CreateCommonMutationVariables>;
export const UpdateCommonDocument = new TypedDocumentString(`
    mutation UpdateCommon($id: ID!, $input: CommonInput!, $baseRevision: Int!) {
  updateCommon(id: $id, input: $input, baseRevision: $baseRevision) {
    ...CommonPageFields
  }
}
    fragment MilestoneFields on Milestone {
  id
  submissionId
  title
  dueOn
  status
  percent
  evidenceUrl
  updatedAt
}
fragment CommonCard on Common {
  id
  slug
  kind
  name
  summary
  status
  usageCount
  maintenanceDue
  laureateCallId
  licence {
    expression
    open
  }
  domain {
    id
    name
  }
}
fragment CommonPageFields on Common {
  ...CommonCard
  description
  descriptionHtml
  website
  tags
  revision
  maintenanceConfirmedAt
  createdAt
  updatedAt
  licence {
    expression
    ids
    open
    recommended
  }
  domain {
    id
    slug
    name
  }
  stewardingGroup {
    id
    slug
    name
  }
  repositories {
    id
    url
    forge
    role
    mirrorOf
  }
  maintainers {
    id
    user {
      id
      displayName
    }
    organisation {
      id
      name
    }
  }
  usages {
    id
    instanceUrl
    userCount
    declaredAt
    organisation {
      id
      name
      type
    }
  }
  scolomfr {
    levels {
      uri
      label
    }
    subjects {
      uri
      label
    }
    pedagogicalTypes {
      uri
      label
    }
    documentTypes {
      uri
      label
    }
  }
  decisions {
    id
    title
    state
  }
  revisions(first: 20) {
    number
    createdAt
    author {
      id
      displayName
    }
  }
  publiccodeReport
  laureateSubmission {
    id
    commonName
    call {
      id
      title
      state
    }
    applicants {
      accepted
      user {
        id
      }
    }
    milestones {
      ...MilestoneFields
    }
  }
  viewerCan {
    edit
    declareUsage
    contact
    confirmMaintenance
  }
}`) as unknown as TypedDocumentString<UpdateCommonMutation, UpdateCommonMutationVariables>;
export const DeclareCommonUsageDocument = new TypedDocumentString(`
    mutation DeclareCommonUsage($commonId: ID!, $organisationId: ID!, $instanceUrl: String, $userCount: Int) {
  declareCommonUsage(
    commonId: $commonId
    organisationId: $organisationId
    instanceUrl: $instanceUrl
    userCount: $userCount
  ) {
    ...CommonPageFields
  }
}
    fragment MilestoneFields on Milestone {
  id
  submissionId
  title
  dueOn
  status
  percent
  evidenceUrl
  updatedAt
}
fragment CommonCard on Common {
  id
  slug
  kind
  name
  summary
  status
  usageCount
  maintenanceDue
  laureateCallId
  licence {
    expression
    open
  }
  domain {
    id
    name
  }
}
fragment CommonPageFields on Common {
  ...CommonCard
  description
  descriptionHtml
  website
  tags
  revision
  maintenanceConfirmedAt
  createdAt
  updatedAt
  licence {
    expression
    ids
    open
    recommended
  }
  domain {
    id
    slug
    name
  }
  stewardingGroup {
    id
    slug
    name
  }
  repositories {
    id
    url
    forge
    role
    mirrorOf
  }
  maintainers {
    id
    user {
      id
      displayName
    }
    organisation {
      id
      name
    }
  }
  usages {
    id
    instanceUrl
    userCount
    declaredAt
    organisation {
      id
      name
      type
    }
  }
  scolomfr {
    levels {
      uri
      label
    }
    subjects {
      uri
      label
    }
    pedagogicalTypes {
      uri
      label
    }
    documentTypes {
      uri
      label
    }
  }
  decisions {
    id
    title
    state
  }
  revisions(first: 20) {
    number
    createdAt
    author {
      id
      displayName
    }
  }
  publiccodeReport
  laureateSubmission {
    id
    commonName
    call {
      id
      title
      state
    }
    applicants {
      accepted
      user {
        id
      }
    }
    milestones {
      ...MilestoneFields
    }
  }
  viewerCan {
    edit
    declareUsage
    contact
    confirmMaintenance
  }
}`) as unknown as TypedDocumentString<DeclareCommonUsageMutation, DeclareCommonUsageMutationVariables>;
export const WithdrawCommonUsageDocument = new TypedDocumentString(`
    mutation WithdrawCommonUsage($commonId: ID!, $organisationId: ID!) {
  withdrawCommonUsage(commonId: $commonId, organisationId: $organisationId) {
    ...CommonPageFields
  }
}
    fragment MilestoneFields on Milestone {
  id
  submissionId
  title
  dueOn
  status
  percent
  evidenceUrl
  updatedAt
}
fragment CommonCard on Common {
  id
  slug
  kind
  name
  summary
  status
  usageCount
  maintenanceDue
  laureateCallId
  licence {
    expression
    open
  }
  domain {
    id
    name
  }
}
fragment CommonPageFields on Common {
  ...CommonCard
  description
  descriptionHtml
  website
  tags
  revision
  maintenanceConfirmedAt
  createdAt
  updatedAt
  licence {
    expression
    ids
    open
    recommended
  }
  domain {
    id
    slug
    name
  }
  stewardingGroup {
    id
    slug
    name
  }
  repositories {
    id
    url
    forge
    role
    mirrorOf
  }
  maintainers {
    id
    user {
      id
      displayName
    }
    organisation {
      id
      name
    }
  }
  usages {
    id
    instanceUrl
    userCount
    declaredAt
    organisation {
      id
      name
      type
    }
  }
  scolomfr {
    levels {
      uri
      label
    }
    subjects {
      uri
      label
    }
    pedagogicalTypes {
      uri
      label
    }
    documentTypes {
      uri
      label
    }
  }
  decisions {
    id
    title
    state
  }
  revisions(first: 20) {
    number
    createdAt
    author {
      id
      displayName
    }
  }
  publiccodeReport
  laureateSubmission {
    id
    commonName
    call {
      id
      title
      state
    }
    applicants {
      accepted
      user {
        id
      }
    }
    milestones {
      ...MilestoneFields
    }
  }
  viewerCan {
    edit
    declareUsage
    contact
    confirmMaintenance
  }
}`) as unknown as TypedDocumentString<WithdrawCommonUsageMutation, WithdrawCommonUsageMutationVariables>;
export const ConfirmCommonMaintenanceDocument = new TypedDocumentString(`
    mutation ConfirmCommonMaintenance($commonId: ID!) {
  confirmCommonMaintenance(commonId: $commonId) {
    ...CommonPageFields
  }
}
    fragment MilestoneFields on Milestone {
  id
  submissionId
  title
  dueOn
  status
  percent
  evidenceUrl
  updatedAt
}
fragment CommonCard on Common {
  id
  slug
  kind
  name
  summary
  status
  usageCount
  maintenanceDue
  laureateCallId
  licence {
    expression
    open
  }
  domain {
    id
    name
  }
}
fragment CommonPageFields on Common {
  ...CommonCard
  description
  descriptionHtml
  website
  tags
  revision
  maintenanceConfirmedAt
  createdAt
  updatedAt
  licence {
    expression
    ids
    open
    recommended
  }
  domain {
    id
    slug
    name
  }
  stewardingGroup {
    id
    slug
    name
  }
  repositories {
    id
    url
    forge
    role
    mirrorOf
  }
  maintainers {
    id
    user {
      id
      displayName
    }
    organisation {
      id
      name
    }
  }
  usages {
    id
    instanceUrl
    userCount
    declaredAt
    organisation {
      id
      name
      type
    }
  }
  scolomfr {
    levels {
      uri
      label
    }
    subjects {
      uri
      label
    }
    pedagogicalTypes {
      uri
      label
    }
    documentTypes {
      uri
      label
    }
  }
  decisions {
    id
    title
    state
  }
  revisions(first: 20) {
    number
    createdAt
    author {
      id
      displayName
    }
  }
  publiccodeReport
  laureateSubmission {
    id
    commonName
    call {
      id
      title
      state
    }
    applicants {
      accepted
      user {
        id
      }
    }
    milestones {
      ...MilestoneFields
    }
  }
  viewerCan {
    edit
    declareUsage
    contact
    confirmMaintenance
  }
}`) as unknown as TypedDocumentString<ConfirmCommonMaintenanceMutation, ConfirmCommonMaintenanceMutationVariables>;
export const ContactCommonMaintainersDocument = new TypedDocumentString(`
    mutation ContactCommonMaintainers($commonId: ID!, $message: String!) {
  contactCommonMaintainers(commonId: $commonId, message: $message)
}
    `) as unknown as TypedDocumentString<ContactCommonMaintainersMutation, ContactCommonMaintainersMutationVariables>;
export const AddCommonMaintainerDocument = new TypedDocumentString(`
    mutation AddCommonMaintainer($commonId: ID!, $userId: ID, $organisationId: ID) {
  addCommonMaintainer(
    commonId: $commonId
    userId: $userId
    organisationId: $organisationId
  ) {
    ...CommonPageFields
  }
}
    fragment MilestoneFields on Milestone {
  id
  submissionId
  title
  dueOn
  status
  percent
  evidenceUrl
  updatedAt
}
fragment CommonCard on Common {
  id
  slug
  kind
  name
  summary
  status
  usageCount
  maintenanceDue
  laureateCallId
  licence {
    expression
    open
  }
  domain {
    id
    name
  }
}
fragment CommonPageFields on Common {
  ...CommonCard
  description
  descriptionHtml
  website
  tags
  revision
  maintenanceConfirmedAt
  createdAt
  updatedAt
  licence {
    expression
    ids
    open
    recommended
  }
  domain {
    id
    slug
    name
  }
  stewardingGroup {
    id
    slug
    name
  }
  repositories {
    id
    url
    forge
    role
    mirrorOf
  }
  maintainers {
    id
    user {
      id
      displayName
    }
    organisation {
      id
      name
    }
  }
  usages {
    id
    instanceUrl
    userCount
    declaredAt
    organisation {
      id
      name
      type
    }
  }
  scolomfr {
    levels {
      uri
      label
    }
    subjects {
      uri
      label
    }
    pedagogicalTypes {
      uri
      label
    }
    documentTypes {
      uri
      label
    }
  }
  decisions {
    id
    title
    state
  }
  revisions(first: 20) {
    number
    createdAt
    author {
      id
      displayName
    }
  }
  publiccodeReport
  laureateSubmission {
    id
    commonName
    call {
      id
      title
      state
    }
    applicants {
      accepted
      user {
        id
      }
    }
    milestones {
      ...MilestoneFields
    }
  }
  viewerCan {
    edit
    declareUsage
    contact
    confirmMaintenance
  }
}`) as unknown as TypedDocumentString<AddCommonMaintainerMutation, AddCommonMaintainerMutationVariables>;
export const RemoveCommonMaintainerDocument = new TypedDocumentString(`
    mutation RemoveCommonMaintainer($commonId: ID!, $maintainerId: ID!) {
  removeCommonMaintainer(commonId: $commonId, maintainerId: $maintainerId) {
    ...CommonPageFields
  }
}
    fragment MilestoneFields on Milestone {
  id
  submissionId
  title
  dueOn
  status
  percent
  evidenceUrl
  updatedAt
}
fragment CommonCard on Common {
  id
  slug
  kind
  name
  summary
  status
  usageCount
  maintenanceDue
  laureateCallId
  licence {
    expression
    open
  }
  domain {
    id
    name
  }
}
fragment CommonPageFields on Common {
  ...CommonCard
  description
  descriptionHtml
  website
  tags
  revision
  maintenanceConfirmedAt
  createdAt
  updatedAt
  licence {
    expression
    ids
    open
    recommended
  }
  domain {
    id
    slug
    name
  }
  stewardingGroup {
    id
    slug
    name
  }
  repositories {
    id
    url
    forge
    role
    mirrorOf
  }
  maintainers {
    id
    user {
      id
      displayName
    }
    organisation {
      id
      name
    }
  }
  usages {
    id
    instanceUrl
    userCount
    declaredAt
    organisation {
      id
      name
      type
    }
  }
  scolomfr {
    levels {
      uri
      label
    }
    subjects {
      uri
      label
    }
    pedagogicalTypes {
      uri
      label
    }
    documentTypes {
      uri
      label
    }
  }
  decisions {
    id
    title
    state
  }
  revisions(first: 20) {
    number
    createdAt
    author {
      id
      displayName
    }
  }
  publiccodeReport
  laureateSubmission {
    id
    commonName
    call {
      id
      title
      state
    }
    applicants {
      accepted
      user {
        id
      }
    }
    milestones {
      ...MilestoneFields
    }
  }
  viewerCan {
    edit
    declareUsage
    contact
    confirmMaintenance
  }
}`) as unknown as TypedDocumentString<RemoveCommonMaintainerMutation, RemoveCommonMaintainerMutationVariables>;
export const LinkCommonDecisionDocument = new TypedDocumentString(`
    mutation LinkCommonDecision($commonId: ID!, $proposalId: ID!) {
  linkCommonDecision(commonId: $commonId, proposalId: $proposalId) {
    ...CommonPageFields
  }
}
    fragment MilestoneFields on Milestone {
  id
  submissionId
  title
  dueOn
  status
  percent
  evidenceUrl
  updatedAt
}
fragment CommonCard on Common {
  id
  slug
  kind
  name
  summary
  status
  usageCount
  maintenanceDue
  laureateCallId
  licence {
    expression
    open
  }
  domain {
    id
    name
  }
}
fragment CommonPageFields on Common {
  ...CommonCard
  description
  descriptionHtml
  website
  tags
  revision
  maintenanceConfirmedAt
  createdAt
  updatedAt
  licence {
    expression
    ids
    open
    recommended
  }
  domain {
    id
    slug
    name
  }
  stewardingGroup {
    id
    slug
    name
  }
  repositories {
    id
    url
    forge
    role
    mirrorOf
  }
  maintainers {
    id
    user {
      id
      displayName
    }
    organisation {
      id
      name
    }
  }
  usages {
    id
    instanceUrl
    userCount
    declaredAt
    organisation {
      id
      name
      type
    }
  }
  scolomfr {
    levels {
      uri
      label
    }
    subjects {
      uri
      label
    }
    pedagogicalTypes {
      uri
      label
    }
    documentTypes {
      uri
      label
    }
  }
  decisions {
    id
    title
    state
  }
  revisions(first: 20) {
    number
    createdAt
    author {
      id
      displayName
    }
  }
  publiccodeReport
  laureateSubmission {
    id
    commonName
    call {
      id
      title
      state
    }
    applicants {
      accepted
      user {
        id
      }
    }
    milestones {
      ...MilestoneFields
    }
  }
  viewerCan {
    edit
    declareUsage
    contact
    confirmMaintenance
  }
}`) as unknown as TypedDocumentString<LinkCommonDecisionMutation, LinkCommonDecisionMutationVariables>;
export const UnlinkCommonDecisionDocument = new TypedDocumentString(`
    mutation UnlinkCommonDecision($commonId: ID!, $proposalId: ID!) {
  unlinkCommonDecision(commonId: $commonId, proposalId: $proposalId) {
    ...CommonPageFields
  }
}
    fragment MilestoneFields on Milestone {
  id
  submissionId
  title
  dueOn
  status
  percent
  evidenceUrl
  updatedAt
}
fragment CommonCard on Common {
  id
  slug
  kind
  name
  summary
  status
  usageCount
  maintenanceDue
  laureateCallId
  licence {
    expression
    open
  }
  domain {
    id
    name
  }
}
fragment CommonPageFields on Common {
  ...CommonCard
  description
  descriptionHtml
  website
  tags
  revision
  maintenanceConfirmedAt
  createdAt
  updatedAt
  licence {
    expression
    ids
    open
    recommended
  }
  domain {
    id
    slug
    name
  }
  stewardingGroup {
    id
    slug
    name
  }
  repositories {
    id
    url
    forge
    role
    mirrorOf
  }
  maintainers {
    id
    user {
      id
      displayName
    }
    organisation {
      id
      name
    }
  }
  usages {
    id
    instanceUrl
    userCount
    declaredAt
    organisation {
      id
      name
      type
    }
  }
  scolomfr {
    levels {
      uri
      label
    }
    subjects {
      uri
      label
    }
    pedagogicalTypes {
      uri
      label
    }
    documentTypes {
      uri
      label
    }
  }
  decisions {
    id
    title
    state
  }
  revisions(first: 20) {
    number
    createdAt
    author {
      id
      displayName
    }
  }
  publiccodeReport
  laureateSubmission {
    id
    commonName
    call {
      id
      title
      state
    }
    applicants {
      accepted
      user {
        id
      }
    }
    milestones {
      ...MilestoneFields
    }
  }
  viewerCan {
    edit
    declareUsage
    contact
    confirmMaintenance
  }
}`) as unknown as TypedDocumentString<UnlinkCommonDecisionMutation, UnlinkCommonDecisionMutationVariables>;
export const CommonOrganisationChoicesDocument = new TypedDocumentString(`
    query CommonOrganisationChoices($search: String!) {
  organisations(search: $search, first: 10) {
    nodes {
      id
      name
    }
    totalCount
  }
}
    `) as unknown as TypedDocumentString<CommonOrganisationChoicesQuery, CommonOrganisationChoicesQueryVariables>;
export const ImportCommonFromPubliccodeDocument = new TypedDocumentString(`
    mutation ImportCommonFromPubliccode($text: String!, $domainId: ID, $commonId: ID) {
  importCommonFromPubliccode(
    text: $text
    domainId: $domainId
    commonId: $commonId
  ) {
    id
    slug
    name
    publiccodeReport
  }
}
    `) as unknown as TypedDocumentString<ImportCommonFromPubliccodeMutation, ImportCommonFromPubliccodeMutationVariables>;
export const DiscussionChannelDocument = new TypedDocumentString(`
    query DiscussionChannel($id: ID!, $first: Int!) {
  channel(id: $id) {
    id
    viewerPermissions {
      post
      moderate
    }
    messages(first: $first) {
      hasMore
      messages {
        ...ChannelMessage
      }
    }
  }
}
    fragment ChannelMessage on Message {
  id
  body
  bodyHtml
  status
  createdAt
  editedAt
  author {
    id
    displayName
  }
}`) as unknown as TypedDocumentString<DiscussionChannelQuery, DiscussionChannelQueryVariables>;
export const OlderMessagesDocument = new TypedDocumentString(`
    query OlderMessages($id: ID!, $first: Int!, $before: ID!) {
  channel(id: $id) {
    id
    messages(first: $first, before: $before) {
      hasMore
      messages {
        ...ChannelMessage
      }
    }
  }
}
    fragment ChannelMessage on Message {
  id
  body
  bodyHtml
  status
  createdAt
  editedAt
  author {
    id
    displayName
  }
}`) as unknown as TypedDocumentString<OlderMessagesQuery, OlderMessagesQueryVariables>;
export const GroupChannelDocument = new TypedDocumentString(`
    query GroupChannel($slug: String!) {
  group(slug: $slug) {
    id
    channel {
      id
      unreadCount
    }
  }
}
    `) as unknown as TypedDocumentString<GroupChannelQuery, GroupChannelQueryVariables>;
export const PostMessageDocument = new TypedDocumentString(`
    mutation PostMessage($channelId: ID!, $body: String!) {
  postMessage(channelId: $channelId, body: $body) {
    ...ChannelMessage
  }
}
    fragment ChannelMessage on Message {
  id
  body
  bodyHtml
  status
  createdAt
  editedAt
  author {
    id
    displayName
  }
}`) as unknown as TypedDocumentString<PostMessageMutation, PostMessageMutationVariables>;
export const EditMessageDocument = new TypedDocumentString(`
    mutation EditMessage($id: ID!, $body: String!) {
  editMessage(id: $id, body: $body) {
    ...ChannelMessage
  }
}
    fragment ChannelMessage on Message {
  id
  body
  bodyHtml
  status
  createdAt
  editedAt
  author {
    id
    displayName
  }
}`) as unknown as TypedDocumentString<EditMessageMutation, EditMessageMutationVariables>;
export const DeleteMessageDocument = new TypedDocumentString(`
    mutation DeleteMessage($id: ID!) {
  deleteMessage(id: $id) {
    ...ChannelMessage
  }
}
    fragment ChannelMessage on Message {
  id
  body
  bodyHtml
  status
  createdAt
  editedAt
  author {
    id
    displayName
  }
}`) as unknown as TypedDocumentString<DeleteMessageMutation, DeleteMessageMutationVariables>;
export const RemoveMessageDocument = new TypedDocumentString(`
    mutation RemoveMessage($id: ID!, $reason: String!) {
  removeMessage(id: $id, reason: $reason) {
    ...ChannelMessage
  }
}
    fragment ChannelMessage on Message {
  id
  body
  bodyHtml
  status
  createdAt
  editedAt
  author {
    id
    displayName
  }
}`) as unknown as TypedDocumentString<RemoveMessageMutation, RemoveMessageMutationVariables>;
export const MarkChannelReadDocument = new TypedDocumentString(`
    mutation MarkChannelRead($channelId: ID!, $messageId: ID!) {
  markChannelRead(channelId: $channelId, messageId: $messageId)
}
    `) as unknown as TypedDocumentString<MarkChannelReadMutation, MarkChannelReadMutationVariables>;
export const MentionableDocument = new TypedDocumentString(`
    query Mentionable($channelId: ID!, $search: String!, $first: Int!) {
  channel(id: $channelId) {
    id
    mentionable(search: $search, first: $first) {
      id
      displayName
    }
  }
}
    `) as unknown as TypedDocumentString<MentionableQuery, MentionableQueryVariables>;
export const MyChannelsDocument = new TypedDocumentString(`
    query MyChannels {
  myChannels {
    id
    unreadCount
    unreadMentionCount
    group {
      name
      slug
    }
    proposal {
      id
      title
    }
  }
}
    `) as unknown as TypedDocumentString<MyChannelsQuery, MyChannelsQueryVariables>;
export const DomainsDocument = new TypedDocumentString(`
    query Domains {
  domains {
    id
    slug
    name
    description
  }
}
    `) as unknown as TypedDocumentString<DomainsQuery, DomainsQueryVariables>;
export const CreateDomainDocument = new TypedDocumentString(`
    mutation CreateDomain($input: DomainInput!) {
  createDomain(input: $input) {
    id
    slug
    name
    description
  }
}
    `) as unknown as TypedDocumentString<CreateDomainMutation, CreateDomainMutationVariables>;
export const UpdateDomainDocument = new TypedDocumentString(`
    mutation UpdateDomain($id: ID!, $input: DomainInput!) {
  updateDomain(id: $id, input: $input) {
    id
    slug
    name
    description
  }
}
    `) as unknown as TypedDocumentString<UpdateDomainMutation, UpdateDomainMutationVariables>;
export const GroupsDirectoryDocument = new TypedDocumentString(`
    query GroupsDirectory($filter: GroupFilter, $after: String) {
  groupsDirectory(filter: $filter, after: $after) {
    nodes {
      id
      slug
      name
      kind
      status
      visibility
      shortDescription
      memberCount
      viewerRole
      domain {
        id
        name
      }
      facilitators {
        id
        displayName
      }
    }
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<GroupsDirectoryQuery, GroupsDirectoryQueryVariables>;
export const GroupPageDocument = new TypedDocumentString(`
    query GroupPage($slug: String!) {
  group(slug: $slug) {
    id
    slug
    name
    kind
    status
    visibility
    joinPolicy
    shortDescription
    charter
    charterHtml
    memberCount
    viewerRole
    domain {
      id
      slug
      name
    }
    committee {
      id
      slug
      name
    }
    facilitators {
      id
      displayName
    }
    viewerPermissions {
      edit
      join
      requestToJoin
      leave
      manageMembers
      readJournal
    }
    viewerJoinRequest {
      id
      createdAt
    }
  }
}
    `) as unknown as TypedDocumentString<GroupPageQuery, GroupPageQueryVariables>;
export const CommitteesDocument = new TypedDocumentString(`
    query Committees($domainSlug: String!) {
  groupsDirectory(filter: {domainSlug: $domainSlug, kind: committee}, first: 100) {
    nodes {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<CommitteesQuery, CommitteesQueryVariables>;
export const CreateGroupDocument = new TypedDocumentString(`
    mutation CreateGroup($input: CreateGroupInput!) {
  createGroup(input: $input) {
    id
    slug
  }
}
    `) as unknown as TypedDocumentString<CreateGroupMutation, CreateGroupMutationVariables>;
export const UpdateGroupDocument = new TypedDocumentString(`
    mutation UpdateGroup($groupId: ID!, $input: UpdateGroupInput!) {
  updateGroup(groupId: $groupId, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdateGroupMutation, UpdateGroupMutationVariables>;
export const ArchiveGroupDocument = new TypedDocumentString(`
    mutation ArchiveGroup($groupId: ID!) {
  archiveGroup(groupId: $groupId) {
    id
  }
}
    `) as unknown as TypedDocumentString<ArchiveGroupMutation, ArchiveGroupMutationVariables>;
export const ReopenGroupDocument = new TypedDocumentString(`
    mutation ReopenGroup($groupId: ID!) {
  reopenGroup(groupId: $groupId) {
    id
  }
}
    `) as unknown as TypedDocumentString<ReopenGroupMutation, ReopenGroupMutationVariables>;
export const JoinGroupDocument = new TypedDocumentString(`
    mutation JoinGroup($groupId: ID!) {
  joinGroup(groupId: $groupId) {
    role
  }
}
    `) as unknown as TypedDocumentString<JoinGroupMutation, JoinGroupMutationVariables>;
export const RequestToJoinGroupDocument = new TypedDocumentString(`
    mutation RequestToJoinGroup($groupId: ID!, $message: String) {
  requestToJoinGroup(groupId: $groupId, message: $message) {
    id
  }
}
    `) as unknown as TypedDocumentString<RequestToJoinGroupMutation, RequestToJoinGroupMutationVariables>;
export const LeaveGroupDocument = new TypedDocumentString(`
    mutation LeaveGroup($groupId: ID!) {
  leaveGroup(groupId: $groupId)
}
    `) as unknown as TypedDocumentString<LeaveGroupMutation, LeaveGroupMutationVariables>;
export const GroupMembersDocument = new TypedDocumentString(`
    query GroupMembers($slug: String!, $after: String) {
  group(slug: $slug) {
    id
    members(after: $after) {
      nodes {
        userId
        role
        since
        user {
          ...PersonSummary
        }
      }
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    fragment PersonSummary on User {
  id
  displayName
  organisation {
    id
    name
  }
}`) as unknown as TypedDocumentString<GroupMembersQuery, GroupMembersQueryVariables>;
export const GroupJoinRequestsDocument = new TypedDocumentString(`
    query GroupJoinRequests($slug: String!, $after: String) {
  group(slug: $slug) {
    id
    joinRequests(after: $after) {
      nodes {
        id
        message
        createdAt
        user {
          ...PersonSummary
        }
      }
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    fragment PersonSummary on User {
  id
  displayName
  organisation {
    id
    name
  }
}`) as unknown as TypedDocumentString<GroupJoinRequestsQuery, GroupJoinRequestsQueryVariables>;
export const GroupInvitationsDocument = new TypedDocumentString(`
    query GroupInvitations($slug: String!) {
  group(slug: $slug) {
    id
    invitations {
      id
      email
      role
      expiresAt
      expired
      invitedUser {
        id
        displayName
      }
      invitedBy {
        id
        displayName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<GroupInvitationsQuery, GroupInvitationsQueryVariables>;
export const MyInvitationsDocument = new TypedDocumentString(`
    query MyInvitations {
  myInvitations {
    id
    role
    expiresAt
    group {
      id
      slug
      name
      kind
    }
    invitedBy {
      id
      displayName
    }
  }
}
    `) as unknown as TypedDocumentString<MyInvitationsQuery, MyInvitationsQueryVariables>;
export const AddMemberDocument = new TypedDocumentString(`
    mutation AddMember($groupId: ID!, $userId: ID!, $role: MembershipRole!) {
  addMember(groupId: $groupId, userId: $userId, role: $role) {
    userId
  }
}
    `) as unknown as TypedDocumentString<AddMemberMutation, AddMemberMutationVariables>;
export const ChangeMemberRoleDocument = new TypedDocumentString(`
    mutation ChangeMemberRole($groupId: ID!, $userId: ID!, $role: MembershipRole!) {
  changeMemberRole(groupId: $groupId, userId: $userId, role: $role) {
    userId
    role
  }
}
    `) as unknown as TypedDocumentString<ChangeMemberRoleMutation, ChangeMemberRoleMutationVariables>;
export const RemoveMemberDocument = new TypedDocumentString(`
    mutation RemoveMember($groupId: ID!, $userId: ID!, $reason: String) {
  removeMember(groupId: $groupId, userId: $userId, reason: $reason)
}
    `) as unknown as TypedDocumentString<RemoveMemberMutation, RemoveMemberMutationVariables>;
export const DecideJoinRequestDocument = new TypedDocumentString(`
    mutation DecideJoinRequest($requestId: ID!, $accept: Boolean!, $reason: String) {
  decideJoinRequest(requestId: $requestId, accept: $accept, reason: $reason) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<DecideJoinRequestMutation, DecideJoinRequestMutationVariables>;
export const InviteToGroupDocument = new TypedDocumentString(`
    mutation InviteToGroup($groupId: ID!, $input: InvitationInput!) {
  inviteToGroup(groupId: $groupId, input: $input) {
    link
  }
}
    `) as unknown as TypedDocumentString<InviteToGroupMutation, InviteToGroupMutationVariables>;
export const RevokeInvitationDocument = new TypedDocumentString(`
    mutation RevokeInvitation($invitationId: ID!) {
  revokeInvitation(invitationId: $invitationId) {
    id
  }
}
    `) as unknown as TypedDocumentString<RevokeInvitationMutation, RevokeInvitationMutationVariables>;
export const AcceptInvitationDocument = new TypedDocumentString(`
    mutation AcceptInvitation($token: String!) {
  acceptInvitation(token: $token) {
    group {
      slug
    }
  }
}
    `) as unknown as TypedDocumentString<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const AcceptMyInvitationDocument = new TypedDocumentString(`
    mutation AcceptMyInvitation($invitationId: ID!) {
  acceptMyInvitation(invitationId: $invitationId) {
    group {
      slug
    }
  }
}
    `) as unknown as TypedDocumentString<AcceptMyInvitationMutation, AcceptMyInvitationMutationVariables>;
export const HomeDocument = new TypedDocumentString(`
    query Home {
  myHome {
    signedIn
    ballotsToCast(first: 5) {
      totalCount
      nodes {
        ...VoteSummary
      }
    }
    joinRequests {
      count
      group {
        id
        slug
        name
      }
    }
    proposalsToMove(first: 5) {
      totalCount
      nodes {
        ...ProposalSummary
      }
    }
    awaitingVote(first: 5) {
      totalCount
      nodes {
        ...ProposalSummary
        committee {
          id
          slug
        }
      }
    }
    coauthorships(first: 5) {
      totalCount
      nodes {
        ...ProposalSummary
      }
    }
    drafts(first: 5) {
      totalCount
      nodes {
        ...ProposalSummary
      }
    }
    news(first: 5) {
      totalCount
      nodes {
        id
        action
        targetType
        targetId
        details
        occurredAt
        actor {
          id
          displayName
        }
        group {
          id
          slug
          name
        }
      }
    }
  }
}
    fragment ProposalSummary on Proposal {
  id
  title
  summary
  state
  supportCount
  commentCount
  updatedAt
  group {
    id
    slug
    name
  }
  authors {
    status
    user {
      id
      displayName
    }
  }
}
fragment VoteSummary on Vote {
  id
  title
  method
  status
  opensAt
  closesAt
  closedAt
  turnout
  eligibleCount
  result {
    outcome
  }
}`) as unknown as TypedDocumentString<HomeQuery, HomeQueryVariables>;
export const ProgrammeDocument = new TypedDocumentString(`
    query Programme {
  myHome {
    decisions(first: 5) {
      totalCount
      nodes {
        ...ProposalSummary
      }
    }
    openGroups(first: 5) {
      totalCount
      nodes {
        id
        slug
        name
        shortDescription
        joinPolicy
        memberCount
      }
    }
  }
}
    fragment ProposalSummary on Proposal {
  id
  title
  summary
  state
  supportCount
  commentCount
  updatedAt
  group {
    id
    slug
    name
  }
  authors {
    status
    user {
      id
      displayName
    }
  }
}`) as unknown as TypedDocumentString<ProgrammeQuery, ProgrammeQueryVariables>;
export const SetMyAgreementFormDocument = new TypedDocumentString(`
    mutation SetMyAgreementForm($form: AgreementForm) {
  setMyAgreementForm(form: $form) {
    id
    agreementForm
  }
}
    `) as unknown as TypedDocumentString<SetMyAgreementFormMutation, SetMyAgreementFormMutationVariables>;
export const ExportMyDataDocument = new TypedDocumentString(`
    query ExportMyData {
  exportMyData
}
    `) as unknown as TypedDocumentString<ExportMyDataQuery, ExportMyDataQueryVariables>;
export const EraseMyAccountDocument = new TypedDocumentString(`
    mutation EraseMyAccount {
  eraseMyAccount
}
    `) as unknown as TypedDocumentString<EraseMyAccountMutation, EraseMyAccountMutationVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    id
    displayName
    agreementForm
    publicProfile
    email
    platformRole
    organisation {
      id
      name
      type
    }
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const IdentityProvidersDocument = new TypedDocumentString(`
    query IdentityProviders {
  identityProviders {
    id
    label
    kind
    available
  }
}
    `) as unknown as TypedDocumentString<IdentityProvidersQuery, IdentityProvidersQueryVariables>;
export const IndicatorsListDocument = new TypedDocumentString(`
    query IndicatorsList {
  indicators {
    code
    theme
    name
    definition
    unit
    scope
    since
    byGroup
  }
}
    `) as unknown as TypedDocumentString<IndicatorsListQuery, IndicatorsListQueryVariables>;
export const IndicatorDashboardDocument = new TypedDocumentString(`
    query IndicatorDashboard($code: String!, $from: String, $to: String, $domain: String) {
  indicator(code: $code, from: $from, to: $to, domain: $domain) {
    from
    to
    domain
    cells {
      key
      label
      value
      display
      suppressed
    }
    computedAt
  }
}
    `) as unknown as TypedDocumentString<IndicatorDashboardQuery, IndicatorDashboardQueryVariables>;
export const AuditLogDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<AuditLogQuery, AuditLogQueryVariables>;
export const JournalGroupsDocument = new TypedDocumentString(`
    query JournalGroups($mine: Boolean) {
  groupsDirectory(filter: {mine: $mine}, first: 100) {
    nodes {
      id
      name
      viewerRole
    }
  }
}
    `) as unknown as TypedDocumentString<JournalGroupsQuery, JournalGroupsQueryVariables>;
export const UnreadNotificationCountDocument = new TypedDocumentString(`
    query UnreadNotificationCount {
  unreadNotificationCount
}
    `) as unknown as TypedDocumentString<UnreadNotificationCountQuery, UnreadNotificationCountQueryVariables>;
export const NotificationsDocument = new TypedDocumentString(`
    query Notifications($filter: NotificationFilter, $after: String) {
  notifications(filter: $filter, after: $after) {
    nodes {
      id
      kind
      link
      count
      readAt
      updatedAt
      subjectTitle
      actor {
        id
        displayName
      }
      group {
        id
        name
      }
      data {
        accepted
        closesAt
        outcome
        state
        message
      }
    }
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<NotificationsQuery, NotificationsQueryVariables>;
export const MarkNotificationsReadDocument = new TypedDocumentString(`
    mutation MarkNotificationsRead($ids: [ID!]!) {
  markNotificationsRead(ids: $ids)
}
    `) as unknown as TypedDocumentString<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const MarkAllNotificationsReadDocument = new TypedDocumentString(`
    mutation MarkAllNotificationsRead {
  markAllNotificationsRead
}
    `) as unknown as TypedDocumentString<MarkAllNotificationsReadMutation, MarkAllNotificationsReadMutationVariables>;
export const FollowDocument = new TypedDocumentString(`
    mutation Follow($subject: FollowInput!) {
  follow(subject: $subject)
}
    `) as unknown as TypedDocumentString<FollowMutation, FollowMutationVariables>;
export const UnfollowDocument = new TypedDocumentString(`
    mutation Unfollow($subject: FollowInput!) {
  unfollow(subject: $subject)
}
    `) as unknown as TypedDocumentString<UnfollowMutation, UnfollowMutationVariables>;
export const ProposalFollowingDocument = new TypedDocumentString(`
    query ProposalFollowing($id: ID!) {
  proposal(id: $id) {
    id
    following
  }
}
    `) as unknown as TypedDocumentString<ProposalFollowingQuery, ProposalFollowingQueryVariables>;
export const GroupFollowingDocument = new TypedDocumentString(`
    query GroupFollowing($slug: String!) {
  group(slug: $slug) {
    id
    following
  }
}
    `) as unknown as TypedDocumentString<GroupFollowingQuery, GroupFollowingQueryVariables>;
export const NotificationPreferencesDocument = new TypedDocumentString(`
    query NotificationPreferences {
  notificationPreferences {
    kinds {
      kind
      cadence
      isDefault
    }
    groupOverrides {
      kind
      cadence
      group {
        id
        name
      }
    }
  }
  groupsDirectory(filter: {mine: true}, first: 100) {
    nodes {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<NotificationPreferencesQuery, NotificationPreferencesQueryVariables>;
export const SetNotificationPreferenceDocument = new TypedDocumentString(`
    mutation SetNotificationPreference($kind: NotificationKind!, $groupId: ID, $cadence: NotificationCadence!) {
  setNotificationPreference(kind: $kind, groupId: $groupId, cadence: $cadence) {
    kinds {
      kind
      cadence
      isDefault
    }
    groupOverrides {
      kind
      cadence
      group {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SetNotificationPreferenceMutation, SetNotificationPreferenceMutationVariables>;
export const UnsubscribeLinkDocument = new TypedDocumentString(`
    query UnsubscribeLink($token: String!) {
  unsubscribeLink(token: $token) {
    kind
    cadence
    groupName
    applies
  }
}
    `) as unknown as TypedDocumentString<UnsubscribeLinkQuery, UnsubscribeLinkQueryVariables>;
export const UnsubscribeDocument = new TypedDocumentString(`
    mutation Unsubscribe($token: String!) {
  unsubscribe(token: $token) {
    kind
    cadence
    groupName
    applies
  }
}
    `) as unknown as TypedDocumentString<UnsubscribeMutation, UnsubscribeMutationVariables>;
export const DevelopmentMailsDocument = new TypedDocumentString(`
    query DevelopmentMails {
  developmentMails {
    id
    date
    to
    subject
    text
  }
}
    `) as unknown as TypedDocumentString<DevelopmentMailsQuery, DevelopmentMailsQueryVariables>;
export const FailedMailDeliveriesDocument = new TypedDocumentString(`
    query FailedMailDeliveries($after: String) {
  failedMailDeliveries(after: $after) {
    nodes {
      id
      status
      address
      attempts
      lastError
      digestPeriod
      notificationCount
      updatedAt
      recipient {
        id
        displayName
      }
    }
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<FailedMailDeliveriesQuery, FailedMailDeliveriesQueryVariables>;
export const InvitationByTokenDocument = new TypedDocumentString(`
    query InvitationByToken($token: String!) {
  invitationByToken(token: $token) {
    role
    group {
      name
      kind
    }
  }
}
    `) as unknown as TypedDocumentString<InvitationByTokenQuery, InvitationByTokenQueryVariables>;
export const MarkdownPreviewDocument = new TypedDocumentString(`
    query MarkdownPreview($markdown: String!) {
  markdownPreview(markdown: $markdown)
}
    `) as unknown as TypedDocumentString<MarkdownPreviewQuery, MarkdownPreviewQueryVariables>;
export const GroupProposalsDocument = new TypedDocumentString(`
    query GroupProposals($slug: String!, $filter: ProposalFilter, $after: String) {
  group(slug: $slug) {
    id
    proposals(filter: $filter, after: $after) {
      nodes {
        ...ProposalSummary
      }
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    fragment ProposalSummary on Proposal {
  id
  title
  summary
  state
  supportCount
  commentCount
  updatedAt
  group {
    id
    slug
    name
  }
  authors {
    status
    user {
      id
      displayName
    }
  }
}`) as unknown as TypedDocumentString<GroupProposalsQuery, GroupProposalsQueryVariables>;
export const SearchProposalsDocument = new TypedDocumentString(`
    query SearchProposals($search: String, $states: [ProposalState!], $after: String) {
  searchProposals(search: $search, states: $states, after: $after) {
    nodes {
      ...ProposalSummary
    }
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment ProposalSummary on Proposal {
  id
  title
  summary
  state
  supportCount
  commentCount
  updatedAt
  group {
    id
    slug
    name
  }
  authors {
    status
    user {
      id
      displayName
    }
  }
}`) as unknown as TypedDocumentString<SearchProposalsQuery, SearchProposalsQueryVariables>;
export const ProposalPageDocument = new TypedDocumentString(`
    query ProposalPage($id: ID!) {
  proposal(id: $id) {
    ...ProposalPageFields
  }
}
    fragment ProposalPageFields on Proposal {
  id
  title
  summary
  body
  bodyHtml
  state
  tags
  revisionNumber
  supportCount
  commentCount
  updatedAt
  viewerSupports
  allowedTransitions
  channel {
    id
  }
  viewerPermissions {
    edit
    comment
    support
    amend
    inviteCoauthors
    moderate
  }
  authors {
    status
    user {
      id
      displayName
      organisation {
        id
        name
      }
    }
  }
  group {
    id
    slug
    name
  }
  committee {
    id
    slug
    name
    viewerRole
  }
  votes {
    ...VoteSummary
  }
  timeline {
    fromState
    toState
    reason
    createdAt
    actor {
      id
      displayName
    }
  }
  amendments {
    id
    baseRevision
    body
    explanation
    status
    reason
    createdAt
    author {
      id
      displayName
    }
  }
}
fragment VoteSummary on Vote {
  id
  title
  method
  status
  opensAt
  closesAt
  closedAt
  turnout
  eligibleCount
  result {
    outcome
  }
}`) as unknown as TypedDocumentString<ProposalPageQuery, ProposalPageQueryVariables>;
export const ProposalEditorDocument = new TypedDocumentString(`
    query ProposalEditor($id: ID!) {
  proposal(id: $id) {
    id
    title
    summary
    body
    tags
    revisionNumber
    viewerPermissions {
      edit
    }
    group {
      id
      slug
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ProposalEditorQuery, ProposalEditorQueryVariables>;
export const ProposalRevisionsDocument = new TypedDocumentString(`
    query ProposalRevisions($id: ID!, $after: String) {
  proposal(id: $id) {
    id
    revisions(after: $after) {
      nodes {
        id
        number
        title
        createdAt
        amendmentId
        author {
          id
          displayName
        }
      }
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProposalRevisionsQuery, ProposalRevisionsQueryVariables>;
export const ProposalRevisionBodyDocument = new TypedDocumentString(`
    query ProposalRevisionBody($id: ID!, $number: Int!) {
  proposal(id: $id) {
    id
    revision(number: $number) {
      id
      body
    }
  }
}
    `) as unknown as TypedDocumentString<ProposalRevisionBodyQuery, ProposalRevisionBodyQueryVariables>;
export const ProposalDiffDocument = new TypedDocumentString(`
    query ProposalDiff($id: ID!, $from: Int!, $to: Int!) {
  proposal(id: $id) {
    id
    diff(from: $from, to: $to) {
      givenUp
      title {
        kind
        text
      }
      summary {
        kind
        text
      }
      body {
        kind
        text
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProposalDiffQuery, ProposalDiffQueryVariables>;
export const ProposalCommentsDocument = new TypedDocumentString(`
    query ProposalComments($id: ID!, $after: String) {
  proposal(id: $id) {
    id
    comments(after: $after) {
      nodes {
        ...CommentFields
        replies {
          ...CommentFields
        }
      }
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    fragment CommentFields on Comment {
  id
  body
  status
  moderationReason
  editedAt
  createdAt
  author {
    id
    displayName
  }
}`) as unknown as TypedDocumentString<ProposalCommentsQuery, ProposalCommentsQueryVariables>;
export const CreateProposalDocument = new TypedDocumentString(`
    mutation CreateProposal($groupId: ID!, $input: ProposalInput!) {
  createProposal(groupId: $groupId, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateProposalMutation, CreateProposalMutationVariables>;
export const SaveProposalDocument = new TypedDocumentString(`
    mutation SaveProposal($proposalId: ID!, $baseRevision: Int!, $input: ProposalInput!) {
  saveProposal(
    proposalId: $proposalId
    baseRevision: $baseRevision
    input: $input
  ) {
    ...ProposalPageFields
  }
}
    fragment ProposalPageFields on Proposal {
  id
  title
  summary
  body
  bodyHtml
  state
  tags
  revisionNumber
  supportCount
  commentCount
  updatedAt
  viewerSupports
  allowedTransitions
  channel {
    id
  }
  viewerPermissions {
    edit
    comment
    support
    amend
    inviteCoauthors
    moderate
  }
  authors {
    status
    user {
      id
      displayName
      organisation {
        id
        name
      }
    }
  }
  group {
    id
    slug
    name
  }
  committee {
    id
    slug
    name
    viewerRole
  }
  votes {
    ...VoteSummary
  }
  timeline {
    fromState
    toState
    reason
    createdAt
    actor {
      id
      displayName
    }
  }
  amendments {
    id
    baseRevision
    body
    explanation
    status
    reason
    createdAt
    author {
      id
      displayName
    }
  }
}
fragment VoteSummary on Vote {
  id
  title
  method
  status
  opensAt
  closesAt
  closedAt
  turnout
  eligibleCount
  result {
    outcome
  }
}`) as unknown as TypedDocumentString<SaveProposalMutation, SaveProposalMutationVariables>;
export const InviteCoauthorDocument = new TypedDocumentString(`
    mutation InviteCoauthor($proposalId: ID!, $userId: ID!) {
  inviteCoauthor(proposalId: $proposalId, userId: $userId)
}
    `) as unknown as TypedDocumentString<InviteCoauthorMutation, InviteCoauthorMutationVariables>;
export const RespondToCoauthorshipDocument = new TypedDocumentString(`
    mutation RespondToCoauthorship($proposalId: ID!, $accept: Boolean!) {
  respondToCoauthorship(proposalId: $proposalId, accept: $accept)
}
    `) as unknown as TypedDocumentString<RespondToCoauthorshipMutation, RespondToCoauthorshipMutationVariables>;
export const TransitionProposalDocument = new TypedDocumentString(`
    mutation TransitionProposal($proposalId: ID!, $transition: ProposalTransition!, $reason: String) {
  transitionProposal(
    proposalId: $proposalId
    transition: $transition
    reason: $reason
  ) {
    ...ProposalPageFields
  }
}
    fragment ProposalPageFields on Proposal {
  id
  title
  summary
  body
  bodyHtml
  state
  tags
  revisionNumber
  supportCount
  commentCount
  updatedAt
  viewerSupports
  allowedTransitions
  channel {
    id
  }
  viewerPermissions {
    edit
    comment
    support
    amend
    inviteCoauthors
    moderate
  }
  authors {
    status
    user {
      id
      displayName
      organisation {
        id
        name
      }
    }
  }
  group {
    id
    slug
    name
  }
  committee {
    id
    slug
    name
    viewerRole
  }
  votes {
    ...VoteSummary
  }
  timeline {
    fromState
    toState
    reason
    createdAt
    actor {
      id
      displayName
    }
  }
  amendments {
    id
    baseRevision
    body
    explanation
    status
    reason
    createdAt
    author {
      id
      displayName
    }
  }
}
fragment VoteSummary on Vote {
  id
  title
  method
  status
  opensAt
  closesAt
  closedAt
  turnout
  eligibleCount
  result {
    outcome
  }
}`) as unknown as TypedDocumentString<TransitionProposalMutation, TransitionProposalMutationVariables>;
export const SupportProposalDocument = new TypedDocumentString(`
    mutation SupportProposal($proposalId: ID!, $support: Boolean!) {
  supportProposal(proposalId: $proposalId, support: $support) {
    id
    supportCount
    viewerSupports
  }
}
    `) as unknown as TypedDocumentString<SupportProposalMutation, SupportProposalMutationVariables>;
export const AddCommentDocument = new TypedDocumentString(`
    mutation AddComment($proposalId: ID!, $body: String!, $parentId: ID) {
  addComment(proposalId: $proposalId, body: $body, parentId: $parentId) {
    id
  }
}
    `) as unknown as TypedDocumentString<AddCommentMutation, AddCommentMutationVariables>;
export const EditCommentDocument = new TypedDocumentString(`
    mutation EditComment($commentId: ID!, $body: String!) {
  editComment(commentId: $commentId, body: $body) {
    id
  }
}
    `) as unknown as TypedDocumentString<EditCommentMutation, EditCommentMutationVariables>;
export const DeleteCommentDocument = new TypedDocumentString(`
    mutation DeleteComment($commentId: ID!) {
  deleteComment(commentId: $commentId)
}
    `) as unknown as TypedDocumentString<DeleteCommentMutation, DeleteCommentMutationVariables>;
export const HideCommentDocument = new TypedDocumentString(`
    mutation HideComment($commentId: ID!, $reason: String!) {
  hideComment(commentId: $commentId, reason: $reason) {
    id
  }
}
    `) as unknown as TypedDocumentString<HideCommentMutation, HideCommentMutationVariables>;
export const ProposeAmendmentDocument = new TypedDocumentString(`
    mutation ProposeAmendment($proposalId: ID!, $body: String!, $explanation: String) {
  proposeAmendment(
    proposalId: $proposalId
    body: $body
    explanation: $explanation
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<ProposeAmendmentMutation, ProposeAmendmentMutationVariables>;
export const DecideAmendmentDocument = new TypedDocumentString(`
    mutation DecideAmendment($amendmentId: ID!, $accept: Boolean!, $reason: String) {
  decideAmendment(amendmentId: $amendmentId, accept: $accept, reason: $reason) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<DecideAmendmentMutation, DecideAmendmentMutationVariables>;
export const CommitteeAgendaDocument = new TypedDocumentString(`
    query CommitteeAgenda($slug: String!, $after: String) {
  group(slug: $slug) {
    id
    awaitingVote(after: $after) {
      nodes {
        ...ProposalSummary
      }
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    fragment ProposalSummary on Proposal {
  id
  title
  summary
  state
  supportCount
  commentCount
  updatedAt
  group {
    id
    slug
    name
  }
  authors {
    status
    user {
      id
      displayName
    }
  }
}`) as unknown as TypedDocumentString<CommitteeAgendaQuery, CommitteeAgendaQueryVariables>;
export const ContributorDocument = new TypedDocumentString(`
    query Contributor($id: ID!) {
  contributor(id: $id) {
    id
    displayName
    organisationId
    organisationName
    adoptedProposals(first: 50) {
      totalCount
      nodes {
        id
        title
        state
        updatedAt
      }
    }
    proposals(first: 50) {
      totalCount
      nodes {
        id
        title
        state
        updatedAt
      }
    }
    acceptedAmendments {
      id
      proposalId
      proposalTitle
      decidedAt
    }
    maintainedCommons {
      id
      slug
      name
      since
    }
    callsWon {
      id
      callId
      callTitle
      commonName
      commonSlug
      withConditions
      decidedAt
    }
    reviewsDone
    attestations {
      id
      reason
      createdAt
      authorName
      groupName
    }
    attestableGroups {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ContributorQuery, ContributorQueryVariables>;
export const OrganisationContributorsDocument = new TypedDocumentString(`
    query OrganisationContributors($organisationId: ID!) {
  organisationContributors(organisationId: $organisationId) {
    id
    displayName
    adoptedProposalCount
    maintainedCommonCount
  }
}
    `) as unknown as TypedDocumentString<OrganisationContributorsQuery, OrganisationContributorsQueryVariables>;
export const MyAttestationsDocument = new TypedDocumentString(`
    query MyAttestations {
  myAttestations {
    id
    reason
    createdAt
    hidden
    authorName
    groupName
  }
}
    `) as unknown as TypedDocumentString<MyAttestationsQuery, MyAttestationsQueryVariables>;
export const SetMyPublicProfileDocument = new TypedDocumentString(`
    mutation SetMyPublicProfile($public: Boolean!) {
  setMyPublicProfile(public: $public) {
    id
    publicProfile
  }
}
    `) as unknown as TypedDocumentString<SetMyPublicProfileMutation, SetMyPublicProfileMutationVariables>;
export const AttestContributionDocument = new TypedDocumentString(`
    mutation AttestContribution($personId: ID!, $groupId: ID!, $reason: String!) {
  attestContribution(personId: $personId, groupId: $groupId, reason: $reason) {
    id
  }
}
    `) as unknown as TypedDocumentString<AttestContributionMutation, AttestContributionMutationVariables>;
export const SetAttestationHiddenDocument = new TypedDocumentString(`
    mutation SetAttestationHidden($id: ID!, $hidden: Boolean!) {
  setAttestationHidden(id: $id, hidden: $hidden) {
    id
    hidden
  }
}
    `) as unknown as TypedDocumentString<SetAttestationHiddenMutation, SetAttestationHiddenMutationVariables>;
export const OpenBadgeDocument = new TypedDocumentString(`
    query OpenBadge($attestationId: ID!) {
  openBadge(attestationId: $attestationId)
}
    `) as unknown as TypedDocumentString<OpenBadgeQuery, OpenBadgeQueryVariables>;
export const PortalSearchDocument = new TypedDocumentString(`
    query PortalSearch($text: String!, $kinds: [SearchKind!], $domainIds: [ID!], $after: String) {
  search(text: $text, kinds: $kinds, domainIds: $domainIds, after: $after) {
    totalCount
    totalIsCapped
    nodes {
      kind
      id
      title
      excerptHtml
      path
      updatedAt
      domain {
        id
        name
      }
    }
    facets {
      kinds {
        value
        label
        count
      }
      domains {
        value
        label
        count
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<PortalSearchQuery, PortalSearchQueryVariables>;
export const CommitteeVotesDocument = new TypedDocumentString(`
    query CommitteeVotes($slug: String!, $section: AgendaSection!, $after: String) {
  group(slug: $slug) {
    id
    votes(section: $section, after: $after) {
      nodes {
        ...VoteSummary
      }
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    fragment VoteSummary on Vote {
  id
  title
  method
  status
  opensAt
  closesAt
  closedAt
  turnout
  eligibleCount
  result {
    outcome
  }
}`) as unknown as TypedDocumentString<CommitteeVotesQuery, CommitteeVotesQueryVariables>;
export const VotePageDocument = new TypedDocumentString(`
    query VotePage($id: ID!) {
  vote(id: $id) {
    ...VotePageFields
  }
}
    fragment VotePageFields on Vote {
  id
  title
  description
  descriptionHtml
  method
  threshold
  quorumPercent
  secret
  ballotChanges
  status
  opensAt
  closesAt
  closedAt
  cancelReason
  eligibleCount
  turnout
  finalHash
  ledgerUrl
  viewerCanManage
  options {
    key
    label
  }
  committee {
    id
    slug
    name
  }
  proposal {
    id
    title
    state
  }
  viewerStanding {
    onRoll
    voted
    receipt
    proxyHeldUsed
    castBy {
      id
      displayName
    }
    proxyGiven {
      id
      givenAt
      holder {
        id
        displayName
      }
    }
    proxyHeld {
      id
      givenAt
      giver {
        id
        displayName
      }
    }
  }
  result {
    outcome
    quorumReached
    ballots
    eligibleVoters
    for
    against
    abstain
    finalHash
    options {
      key
      label
      rank
      majorityGrade
      approvals
      profile {
        grade
        count
      }
    }
  }
}`) as unknown as TypedDocumentString<VotePageQuery, VotePageQueryVariables>;
export const VoteRollDocument = new TypedDocumentString(`
    query VoteRoll($id: ID!) {
  vote(id: $id) {
    id
    roll {
      id
      displayName
    }
  }
}
    `) as unknown as TypedDocumentString<VoteRollQuery, VoteRollQueryVariables>;
export const VoteProposalDocument = new TypedDocumentString(`
    query VoteProposal($id: ID!) {
  proposal(id: $id) {
    id
    title
    state
    committee {
      id
      slug
      name
      viewerRole
    }
  }
}
    `) as unknown as TypedDocumentString<VoteProposalQuery, VoteProposalQueryVariables>;
export const VoteCommitteeDocument = new TypedDocumentString(`
    query VoteCommittee($slug: String!) {
  group(slug: $slug) {
    id
    slug
    name
    kind
    viewerRole
  }
}
    `) as unknown as TypedDocumentString<VoteCommitteeQuery, VoteCommitteeQueryVariables>;
export const VoteBallotsDocument = new TypedDocumentString(`
    query VoteBallots($id: ID!, $after: String) {
  vote(id: $id) {
    id
    ballots(after: $after) {
      nodes {
        receipt
        position
        approved
        grades {
          option
          grade
        }
        voter {
          id
          displayName
        }
        castBy {
          id
          displayName
        }
      }
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    `) as unknown as TypedDocumentString<VoteBallotsQuery, VoteBallotsQueryVariables>;
export const BallotByReceiptDocument = new TypedDocumentString(`
    query BallotByReceipt($voteId: ID!, $receipt: String!) {
  ballotByReceipt(voteId: $voteId, receipt: $receipt) {
    receipt
    position
    approved
    grades {
      option
      grade
    }
  }
}
    `) as unknown as TypedDocumentString<BallotByReceiptQuery, BallotByReceiptQueryVariables>;
export const CreateVoteDocument = new TypedDocumentString(`
    mutation CreateVote($input: CreateVoteInput!) {
  createVote(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateVoteMutation, CreateVoteMutationVariables>;
export const OpenVoteDocument = new TypedDocumentString(`
    mutation OpenVote($id: ID!) {
  openVote(id: $id) {
    ...VotePageFields
  }
}
    fragment VotePageFields on Vote {
  id
  title
  description
  descriptionHtml
  method
  threshold
  quorumPercent
  secret
  ballotChanges
  status
  opensAt
  closesAt
  closedAt
  cancelReason
  eligibleCount
  turnout
  finalHash
  ledgerUrl
  viewerCanManage
  options {
    key
    label
  }
  committee {
    id
    slug
    name
  }
  proposal {
    id
    title
    state
  }
  viewerStanding {
    onRoll
    voted
    receipt
    proxyHeldUsed
    castBy {
      id
      displayName
    }
    proxyGiven {
      id
      givenAt
      holder {
        id
        displayName
      }
    }
    proxyHeld {
      id
      givenAt
      giver {
        id
        displayName
      }
    }
  }
  result {
    outcome
    quorumReached
    ballots
    eligibleVoters
    for
    against
    abstain
    finalHash
    options {
      key
      label
      rank
      majorityGrade
      approvals
      profile {
        grade
        count
      }
    }
  }
}`) as unknown as TypedDocumentString<OpenVoteMutation, OpenVoteMutationVariables>;
export const CancelVoteDocument = new TypedDocumentString(`
    mutation CancelVote($id: ID!, $reason: String!) {
  cancelVote(id: $id, reason: $reason) {
    ...VotePageFields
  }
}
    fragment VotePageFields on Vote {
  id
  title
  description
  descriptionHtml
  method
  threshold
  quorumPercent
  secret
  ballotChanges
  status
  opensAt
  closesAt
  closedAt
  cancelReason
  eligibleCount
  turnout
  finalHash
  ledgerUrl
  viewerCanManage
  options {
    key
    label
  }
  committee {
    id
    slug
    name
  }
  proposal {
    id
    title
    state
  }
  viewerStanding {
    onRoll
    voted
    receipt
    proxyHeldUsed
    castBy {
      id
      displayName
    }
    proxyGiven {
      id
      givenAt
      holder {
        id
        displayName
      }
    }
    proxyHeld {
      id
      givenAt
      giver {
        id
        displayName
      }
    }
  }
  result {
    outcome
    quorumReached
    ballots
    eligibleVoters
    for
    against
    abstain
    finalHash
    options {
      key
      label
      rank
      majorityGrade
      approvals
      profile {
        grade
        count
      }
    }
  }
}`) as unknown as TypedDocumentString<CancelVoteMutation, CancelVoteMutationVariables>;
export const CastBallotDocument = new TypedDocumentString(`
    mutation CastBallot($voteId: ID!, $ballot: BallotInput!, $secret: String!, $onBehalfOf: ID) {
  castBallot(
    voteId: $voteId
    ballot: $ballot
    secret: $secret
    onBehalfOf: $onBehalfOf
  ) {
    receipt
    vote {
      ...VotePageFields
    }
  }
}
    fragment VotePageFields on Vote {
  id
  title
  description
  descriptionHtml
  method
  threshold
  quorumPercent
  secret
  ballotChanges
  status
  opensAt
  closesAt
  closedAt
  cancelReason
  eligibleCount
  turnout
  finalHash
  ledgerUrl
  viewerCanManage
  options {
    key
    label
  }
  committee {
    id
    slug
    name
  }
  proposal {
    id
    title
    state
  }
  viewerStanding {
    onRoll
    voted
    receipt
    proxyHeldUsed
    castBy {
      id
      displayName
    }
    proxyGiven {
      id
      givenAt
      holder {
        id
        displayName
      }
    }
    proxyHeld {
      id
      givenAt
      giver {
        id
        displayName
      }
    }
  }
  result {
    outcome
    quorumReached
    ballots
    eligibleVoters
    for
    against
    abstain
    finalHash
    options {
      key
      label
      rank
      majorityGrade
      approvals
      profile {
        grade
        count
      }
    }
  }
}`) as unknown as TypedDocumentString<CastBallotMutation, CastBallotMutationVariables>;
export const ChangeBallotDocument = new TypedDocumentString(`
    mutation ChangeBallot($voteId: ID!, $ballot: BallotInput!, $secret: String, $onBehalfOf: ID) {
  changeBallot(
    voteId: $voteId
    ballot: $ballot
    secret: $secret
    onBehalfOf: $onBehalfOf
  ) {
    receipt
    vote {
      ...VotePageFields
    }
  }
}
    fragment VotePageFields on Vote {
  id
  title
  description
  descriptionHtml
  method
  threshold
  quorumPercent
  secret
  ballotChanges
  status
  opensAt
  closesAt
  closedAt
  cancelReason
  eligibleCount
  turnout
  finalHash
  ledgerUrl
  viewerCanManage
  options {
    key
    label
  }
  committee {
    id
    slug
    name
  }
  proposal {
    id
    title
    state
  }
  viewerStanding {
    onRoll
    voted
    receipt
    proxyHeldUsed
    castBy {
      id
      displayName
    }
    proxyGiven {
      id
      givenAt
      holder {
        id
        displayName
      }
    }
    proxyHeld {
      id
      givenAt
      giver {
        id
        displayName
      }
    }
  }
  result {
    outcome
    quorumReached
    ballots
    eligibleVoters
    for
    against
    abstain
    finalHash
    options {
      key
      label
      rank
      majorityGrade
      approvals
      profile {
        grade
        count
      }
    }
  }
}`) as unknown as TypedDocumentString<ChangeBallotMutation, ChangeBallotMutationVariables>;
export const GiveProxyDocument = new TypedDocumentString(`
    mutation GiveProxy($voteId: ID!, $holderId: ID!) {
  giveProxy(voteId: $voteId, holderId: $holderId) {
    id
  }
}
    `) as unknown as TypedDocumentString<GiveProxyMutation, GiveProxyMutationVariables>;
export const RevokeProxyDocument = new TypedDocumentString(`
    mutation RevokeProxy($voteId: ID!) {
  revokeProxy(voteId: $voteId) {
    ...VotePageFields
  }
}
    fragment VotePageFields on Vote {
  id
  title
  description
  descriptionHtml
  method
  threshold
  quorumPercent
  secret
  ballotChanges
  status
  opensAt
  closesAt
  closedAt
  cancelReason
  eligibleCount
  turnout
  finalHash
  ledgerUrl
  viewerCanManage
  options {
    key
    label
  }
  committee {
    id
    slug
    name
  }
  proposal {
    id
    title
    state
  }
  viewerStanding {
    onRoll
    voted
    receipt
    proxyHeldUsed
    castBy {
      id
      displayName
    }
    proxyGiven {
      id
      givenAt
      holder {
        id
        displayName
      }
    }
    proxyHeld {
      id
      givenAt
      giver {
        id
        displayName
      }
    }
  }
  result {
    outcome
    quorumReached
    ballots
    eligibleVoters
    for
    against
    abstain
    finalHash
    options {
      key
      label
      rank
      majorityGrade
      approvals
      profile {
        grade
        count
      }
    }
  }
}`) as unknown as TypedDocumentString<RevokeProxyMutation, RevokeProxyMutationVariables>;