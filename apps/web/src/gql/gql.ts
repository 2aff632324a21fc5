/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AdminOrganisations($search: String, $after: String) {\n    organisations(search: $search, after: $after) {\n      nodes {\n        id\n        name\n        type\n        siret\n        uai\n        emailDomains\n      }\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AdminOrganisationsDocument,
    "\n  mutation UpdateOrganisation($id: ID!, $input: OrganisationInput!) {\n    updateOrganisation(id: $id, input: $input) {\n      id\n      name\n      type\n      siret\n      uai\n      emailDomains\n    }\n  }\n": typeof types.UpdateOrganisationDocument,
    "\n  query AdminUsers($search: String, $after: String) {\n    users(search: $search, after: $after) {\n      nodes {\n        id\n        displayName\n        agreementForm\n        email\n        platformRole\n        status\n        organisation {\n          id\n          name\n          type\n        }\n      }\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AdminUsersDocument,
    "\n  mutation SetPlatformRole($userId: ID!, $role: PlatformRole!) {\n    setPlatformRole(userId: $userId, role: $role) {\n      id\n      platformRole\n      status\n    }\n  }\n": typeof types.SetPlatformRoleDocument,
    "\n  mutation SuspendUser($userId: ID!) {\n    suspendUser(userId: $userId) {\n      id\n      platformRole\n      status\n    }\n  }\n": typeof types.SuspendUserDocument,
    "\n  mutation ReactivateUser($userId: ID!) {\n    reactivateUser(userId: $userId) {\n      id\n      platformRole\n      status\n    }\n  }\n": typeof types.ReactivateUserDocument,
    "\n  mutation CreateCall($committeeId: ID!, $input: CallInput!) {\n    createCall(committeeId: $committeeId, input: $input) {\n      id\n    }\n  }\n": typeof types.CreateCallDocument,
    "\n  mutation UpdateCall($callId: ID!, $input: CallInput!) {\n    updateCall(id: $callId, input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateCallDocument,
    "\n  mutation AddCallReviewer($callId: ID!, $userId: ID!) {\n    addCallReviewer(callId: $callId, userId: $userId) {\n      id\n    }\n  }\n": typeof types.AddCallReviewerDocument,
    "\n  mutation RemoveCallReviewer($callId: ID!, $userId: ID!) {\n    removeCallReviewer(callId: $callId, userId: $userId) {\n      id\n    }\n  }\n": typeof types.RemoveCallReviewerDocument,
    "\n  mutation OpenCall($id: ID!) {\n    openCall(id: $id) {\n      id\n    }\n  }\n": typeof types.OpenCallDocument,
    "\n  mutation StartCallReview($id: ID!) {\n    startCallReview(id: $id) {\n      id\n    }\n  }\n": typeof types.StartCallReviewDocument,
    "\n  mutation CloseCall($id: ID!) {\n    closeCall(id: $id) {\n      id\n    }\n  }\n": typeof types.CloseCallDocument,
    "\n  mutation AssignReviewersAutomatically($callId: ID!) {\n    assignReviewersAutomatically(callId: $callId)\n  }\n": typeof types.AssignReviewersAutomaticallyDocument,
    "\n  mutation AssignReviewer($submissionId: ID!, $reviewerId: ID!) {\n    assignReviewer(submissionId: $submissionId, reviewerId: $reviewerId) {\n      id\n    }\n  }\n": typeof types.AssignReviewerDocument,
    "\n  mutation DecideEligibility($id: ID!, $eligible: Boolean!, $reason: String!) {\n    decideEligibility(id: $id, eligible: $eligible, reason: $reason) {\n      id\n    }\n  }\n": typeof types.DecideEligibilityDocument,
    "\n  mutation OpenCallDeliberation($id: ID!, $closesAt: DateTime!) {\n    openCallDeliberation(id: $id, closesAt: $closesAt) {\n      id\n      voteId\n    }\n  }\n": typeof types.OpenCallDeliberationDocument,
    "\n  mutation DecideSubmission($id: ID!, $input: SubmissionDecisionInput!) {\n    decideSubmission(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.DecideSubmissionDocument,
    "\n  mutation PublishCallDecision($id: ID!) {\n    publishCallDecision(id: $id) {\n      id\n    }\n  }\n": typeof types.PublishCallDecisionDocument,
    "\n  mutation DeclareReviewLink($id: ID!, $link: ReviewLink!, $text: String) {\n    declareReviewLink(id: $id, link: $link, text: $text) {\n      id\n    }\n  }\n": typeof types.DeclareReviewLinkDocument,
    "\n  mutation SubmitReview($id: ID!, $scores: [CriterionScoreInput!]!) {\n    submitReview(id: $id, scores: $scores) {\n      id\n    }\n  }\n": typeof types.SubmitReviewDocument,
    "\n  mutation AddMilestone($submissionId: ID!, $title: String!, $dueOn: String!) {\n    addMilestone(submissionId: $submissionId, title: $title, dueOn: $dueOn) {\n      id\n    }\n  }\n": typeof types.AddMilestoneDocument,
    "\n  mutation UpdateMilestone($id: ID!, $input: MilestoneUpdateInput!) {\n    updateMilestone(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateMilestoneDocument,
    "\n  query CallsList($after: String) {\n    calls(after: $after) {\n      nodes {\n        id\n        title\n        state\n        challenges\n        cutoffs\n        budget\n      }\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.CallsListDocument,
    "\n  fragment CallFields on Call {\n    id\n    title\n    body\n    bodyHtml\n    state\n    challenges\n    criteria {\n      key\n      name\n      description\n      weight\n    }\n    cutoffs\n    budget\n    minScore\n    reviewsPerSubmission\n    voteId\n    openedAt\n    decidedAt\n    viewerStanding {\n      manages\n      reviewer\n    }\n  }\n": typeof types.CallFieldsFragmentDoc,
    "\n  query CallPage($id: ID!) {\n    call(id: $id) {\n      ...CallFields\n      committee {\n        id\n        name\n        slug\n      }\n      reviewers {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.CallPageDocument,
    "\n  fragment SubmissionFields on Submission {\n    id\n    callId\n    state\n    cutoffAt\n    revision\n    commonKind\n    commonName\n    challenge\n    summary\n    licence\n    repositoryUrl\n    maintainers\n    pitch\n    pitchHtml\n    amountAsked\n    publishConsent\n    submittedAt\n    eligibilityReason\n    passedReview\n    rank\n    decision\n    conditions\n    motivation\n    amountGranted\n  }\n": typeof types.SubmissionFieldsFragmentDoc,
    "\n  fragment MilestoneFields on Milestone {\n    id\n    submissionId\n    title\n    dueOn\n    status\n    percent\n    evidenceUrl\n    updatedAt\n  }\n": typeof types.MilestoneFieldsFragmentDoc,
    "\n  query MySubmissions {\n    mySubmissions {\n      ...SubmissionFields\n      call {\n        id\n        title\n        state\n      }\n      milestones {\n        ...MilestoneFields\n      }\n      applicants {\n        role\n        accepted\n        user {\n          id\n        }\n      }\n    }\n  }\n": typeof types.MySubmissionsDocument,
    "\n  query SubmissionChecks($callId: ID!, $input: SubmissionInput!) {\n    submissionChecks(callId: $callId, input: $input) {\n      check\n      passed\n      message\n    }\n  }\n": typeof types.SubmissionChecksDocument,
    "\n  fragment ReviewFields on Review {\n    id\n    submissionId\n    state\n    link\n    linkText\n    weightedScore\n    submittedAt\n    mine\n    scores {\n      criterionKey\n      score\n      comment\n    }\n    reviewer {\n      id\n      displayName\n    }\n  }\n": typeof types.ReviewFieldsFragmentDoc,
    "\n  query ReviewerWorkspace($callId: ID!) {\n    reviewerWorkspace(callId: $callId) {\n      call {\n        ...CallFields\n      }\n      assignments {\n        review {\n          ...ReviewFields\n        }\n        submission {\n          ...SubmissionFields\n          reviews {\n            ...ReviewFields\n          }\n        }\n      }\n    }\n  }\n": typeof types.ReviewerWorkspaceDocument,
    "\n  query FacilitatorBoard($callId: ID!) {\n    facilitatorBoard(callId: $callId) {\n      call {\n        ...CallFields\n        reviewers {\n          id\n          displayName\n        }\n      }\n      # What each row shows, not the whole submission: a large call's board lists hundreds, and their\n      # texts (pitchHtml rendered from Markdown) and the reviews' comments would cost for nothing.\n      submissions {\n        submission {\n          id\n          commonName\n          state\n          decision\n          eligibilityReason\n          passedReview\n        }\n        reviews {\n          id\n          state\n          link\n          weightedScore\n          reviewer {\n            id\n            displayName\n          }\n        }\n        meanScore\n        spread\n        missingReviewers\n      }\n      reviewers {\n        reviewer {\n          id\n          displayName\n        }\n        assigned\n        submitted\n        excluded\n      }\n      lateMilestones {\n        ...MilestoneFields\n      }\n    }\n  }\n": typeof types.FacilitatorBoardDocument,
    "\n  query CallResults($callId: ID!) {\n    callResults(callId: $callId) {\n      call {\n        ...CallFields\n      }\n      rows {\n        submission {\n          ...SubmissionFields\n          milestones {\n            ...MilestoneFields\n          }\n          common {\n            id\n            slug\n          }\n        }\n        meanScore\n        spread\n      }\n      csvUrl\n      schemaUrl\n    }\n  }\n": typeof types.CallResultsDocument,
    "\n  query SubmissionPage($id: ID!) {\n    submission(id: $id) {\n      ...SubmissionFields\n      checks {\n        check\n        passed\n        message\n      }\n      applicants {\n        role\n        accepted\n        user {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.SubmissionPageDocument,
    "\n  mutation CreateSubmission($callId: ID!, $input: SubmissionInput!, $coApplicantIds: [ID!]) {\n    createSubmission(callId: $callId, input: $input, coApplicantIds: $coApplicantIds) {\n      id\n    }\n  }\n": typeof types.CreateSubmissionDocument,
    "\n  mutation UpdateSubmission($id: ID!, $baseRevision: Int!, $input: SubmissionInput!) {\n    updateSubmission(id: $id, baseRevision: $baseRevision, input: $input) {\n      id\n      revision\n    }\n  }\n": typeof types.UpdateSubmissionDocument,
    "\n  mutation SubmitSubmission($id: ID!) {\n    submitSubmission(id: $id) {\n      id\n      state\n    }\n  }\n": typeof types.SubmitSubmissionDocument,
    "\n  mutation AcceptCoApplication($id: ID!) {\n    acceptCoApplication(id: $id) {\n      id\n    }\n  }\n": typeof types.AcceptCoApplicationDocument,
    "\n  fragment CommonCard on Common {\n    id\n    slug\n    kind\n    name\n    summary\n    status\n    usageCount\n    maintenanceDue\n    laureateCallId\n    licence {\n      expression\n      open\n    }\n    domain {\n      id\n      name\n    }\n  }\n": typeof types.CommonCardFragmentDoc,
    "\n  query CataloguePage($filter: CommonFilter, $after: String) {\n    commons(filter: $filter, after: $after) {\n      nodes {\n        ...CommonCard\n      }\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      facets {\n        kinds {\n          value\n          label\n          count\n        }\n        domains {\n          value\n          label\n          count\n        }\n        licences {\n          value\n          label\n          count\n        }\n        levels {\n          value\n          label\n          count\n        }\n        subjects {\n          value\n          label\n          count\n        }\n        organisations {\n          value\n          label\n          count\n        }\n        forges {\n          value\n          label\n          count\n        }\n        statuses {\n          value\n          label\n          count\n        }\n      }\n    }\n  }\n": typeof types.CataloguePageDocument,
    "\n  fragment CommonPageFields on Common {\n    ...CommonCard\n    description\n    descriptionHtml\n    website\n    tags\n    revision\n    maintenanceConfirmedAt\n    createdAt\n    updatedAt\n    licence {\n      expression\n      ids\n      open\n      recommended\n    }\n    domain {\n      id\n      slug\n      name\n    }\n    stewardingGroup {\n      id\n      slug\n      name\n    }\n    repositories {\n      id\n      url\n      forge\n      role\n      mirrorOf\n    }\n    maintainers {\n      id\n      user {\n        id\n        displayName\n      }\n      organisation {\n        id\n        name\n      }\n    }\n    usages {\n      id\n      instanceUrl\n      userCount\n      declaredAt\n      organisation {\n        id\n        name\n        type\n      }\n    }\n    scolomfr {\n      levels {\n        uri\n        label\n      }\n      subjects {\n        uri\n        label\n      }\n      pedagogicalTypes {\n        uri\n        label\n      }\n      documentTypes {\n        uri\n        label\n      }\n    }\n    decisions {\n      id\n      title\n      state\n    }\n    revisions(first: 20) {\n      number\n      createdAt\n      author {\n        id\n        displayName\n      }\n    }\n    publiccodeReport\n    laureateSubmission {\n      id\n      commonName\n      call {\n        id\n        title\n        state\n      }\n      applicants {\n        accepted\n        user {\n          id\n        }\n      }\n      milestones {\n        ...MilestoneFields\n      }\n    }\n    viewerCan {\n      edit\n      declareUsage\n      contact\n      confirmMaintenance\n    }\n  }\n": typeof types.CommonPageFieldsFragmentDoc,
    "\n  query CommonPage($slug: String!) {\n    common(slug: $slug) {\n      ...CommonPageFields\n    }\n  }\n": typeof types.CommonPageDocument,
    "\n  query ScolomfrConcepts($vocabulary: String!) {\n    scolomfrConcepts(vocabulary: $vocabulary) {\n      uri\n      label\n    }\n  }\n": typeof types.ScolomfrConceptsDocument,
    "\n  query OrganisationCommons($organisationId: ID!) {\n    organisationCommons(organisationId: $organisationId) {\n      organisation {\n        id\n        name\n        type\n      }\n      maintained {\n        ...CommonCard\n      }\n      used {\n        ...CommonCard\n      }\n    }\n  }\n": typeof types.OrganisationCommonsDocument,
    "\n  mutation CreateCommon($input: CommonInput!) {\n    createCommon(input: $input) {\n      ...CommonPageFields\n    }\n  }\n": typeof types.CreateCommonDocument,
    "\n  mutation UpdateCommon($id: ID!, $input: CommonInput!, $baseRevision: Int!) {\n    updateCommon(id: $id, input: $input, baseRevision: $baseRevision) {\n      ...CommonPageFields\n    }\n  }\n": typeof types.UpdateCommonDocument,
    "\n  mutation DeclareCommonUsage($commonId: ID!, $organisationId: ID!, $instanceUrl: String, $userCount: Int) {\n    declareCommonUsage(\n      commonId: $commonId\n      organisationId: $organisationId\n      instanceUrl: $instanceUrl\n      userCount: $userCount\n    ) {\n      ...CommonPageFields\n    }\n  }\n": typeof types.DeclareCommonUsageDocument,
    "\n  mutation WithdrawCommonUsage($commonId: ID!, $organisationId: ID!) {\n    withdrawCommonUsage(commonId: $commonId, organisationId: $organisationId) {\n      ...CommonPageFields\n    }\n  }\n": typeof types.WithdrawCommonUsageDocument,
    "\n  mutation ConfirmCommonMaintenance($commonId: ID!) {\n    confirmCommonMaintenance(commonId: $commonId) {\n      ...CommonPageFields\n    }\n  }\n": typeof types.ConfirmCommonMaintenanceDocument,
    "\n  mutation ContactCommonMaintainers($commonId: ID!, $message: String!) {\n    contactCommonMaintainers(commonId: $commonId, message: $message)\n  }\n": typeof types.ContactCommonMaintainersDocument,
    "\n  mutation AddCommonMaintainer($commonId: ID!, $userId: ID, $organisationId: ID) {\n    addCommonMaintainer(commonId: $commonId, userId: $userId, organisationId: $organisationId) {\n      ...CommonPageFields\n    }\n  }\n": typeof types.AddCommonMaintainerDocument,
    "\n  mutation RemoveCommonMaintainer($commonId: ID!, $maintainerId: ID!) {\n    removeCommonMaintainer(commonId: $commonId, maintainerId: $maintainerId) {\n      ...CommonPageFields\n    }\n  }\n": typeof types.RemoveCommonMaintainerDocument,
    "\n  mutation LinkCommonDecision($commonId: ID!, $proposalId: ID!) {\n    linkCommonDecision(commonId: $commonId, proposalId: $proposalId) {\n      ...CommonPageFields\n    }\n  }\n": typeof types.LinkCommonDecisionDocument,
    "\n  mutation UnlinkCommonDecision($commonId: ID!, $proposalId: ID!) {\n    unlinkCommonDecision(commonId: $commonId, proposalId: $proposalId) {\n      ...CommonPageFields\n    }\n  }\n": typeof types.UnlinkCommonDecisionDocument,
    "\n  query CommonOrganisationChoices($search: String!) {\n    organisations(search: $search, first: 10) {\n      nodes {\n        id\n        name\n      }\n      totalCount\n    }\n  }\n": typeof types.CommonOrganisationChoicesDocument,
    "\n  mutation ImportCommonFromPubliccode($text: String!, $domainId: ID, $commonId: ID) {\n    importCommonFromPubliccode(text: $text, domainId: $domainId, commonId: $commonId) {\n      id\n      slug\n      name\n      publiccodeReport\n    }\n  }\n": typeof types.ImportCommonFromPubliccodeDocument,
    "\n  fragment ChannelMessage on Message {\n    id\n    body\n    bodyHtml\n    status\n    createdAt\n    editedAt\n    author {\n      id\n      displayName\n    }\n  }\n": typeof types.ChannelMessageFragmentDoc,
    "\n  query DiscussionChannel($id: ID!, $first: Int!) {\n    channel(id: $id) {\n      id\n      viewerPermissions {\n        post\n        moderate\n      }\n      messages(first: $first) {\n        hasMore\n        messages {\n          ...ChannelMessage\n        }\n      }\n    }\n  }\n": typeof types.DiscussionChannelDocument,
    "\n  query OlderMessages($id: ID!, $first: Int!, $before: ID!) {\n    channel(id: $id) {\n      id\n      messages(first: $first, before: $before) {\n        hasMore\n        messages {\n          ...ChannelMessage\n        }\n      }\n    }\n  }\n": typeof types.OlderMessagesDocument,
    "\n  query GroupChannel($slug: String!) {\n    group(slug: $slug) {\n      id\n      channel {\n        id\n        unreadCount\n      }\n    }\n  }\n": typeof types.GroupChannelDocument,
    "\n  mutation PostMessage($channelId: ID!, $body: String!) {\n    postMessage(channelId: $channelId, body: $body) {\n      ...ChannelMessage\n    }\n  }\n": typeof types.PostMessageDocument,
    "\n  mutation EditMessage($id: ID!, $body: String!) {\n    editMessage(id: $id, body: $body) {\n      ...ChannelMessage\n    }\n  }\n": typeof types.EditMessageDocument,
    "\n  mutation DeleteMessage($id: ID!) {\n    deleteMessage(id: $id) {\n      ...ChannelMessage\n    }\n  }\n": typeof types.DeleteMessageDocument,
    "\n  mutation RemoveMessage($id: ID!, $reason: String!) {\n    removeMessage(id: $id, reason: $reason) {\n      ...ChannelMessage\n    }\n  }\n": typeof types.RemoveMessageDocument,
    "\n  mutation MarkChannelRead($channelId: ID!, $messageId: ID!) {\n    markChannelRead(channelId: $channelId, messageId: $messageId)\n  }\n": typeof types.MarkChannelReadDocument,
    "\n  query Mentionable($channelId: ID!, $search: String!, $first: Int!) {\n    channel(id: $channelId) {\n      id\n      mentionable(search: $search, first: $first) {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.MentionableDocument,
    "\n  query MyChannels {\n    myChannels {\n      id\n      unreadCount\n      unreadMentionCount\n      group {\n        name\n        slug\n      }\n      proposal {\n        id\n        title\n      }\n    }\n  }\n": typeof types.MyChannelsDocument,
    "\n  query Domains {\n    domains {\n      id\n      slug\n      name\n      description\n    }\n  }\n": typeof types.DomainsDocument,
    "\n  mutation CreateDomain($input: DomainInput!) {\n    createDomain(input: $input) {\n      id\n      slug\n      name\n      description\n    }\n  }\n": typeof types.CreateDomainDocument,
    "\n  mutation UpdateDomain($id: ID!, $input: DomainInput!) {\n    updateDomain(id: $id, input: $input) {\n      id\n      slug\n      name\n      description\n    }\n  }\n": typeof types.UpdateDomainDocument,
    "\n  query GroupsDirectory($filter: GroupFilter, $after: String) {\n    groupsDirectory(filter: $filter, after: $after) {\n      nodes {\n        id\n        slug\n        name\n        kind\n        status\n        visibility\n        shortDescription\n        memberCount\n        viewerRole\n        domain {\n          id\n          name\n        }\n        facilitators {\n          id\n          displayName\n        }\n      }\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.GroupsDirectoryDocument,
    "\n  query GroupPage($slug: String!) {\n    group(slug: $slug) {\n      id\n      slug\n      name\n      kind\n      status\n      visibility\n      joinPolicy\n      shortDescription\n      charter\n      charterHtml\n      memberCount\n      viewerRole\n      domain {\n        id\n        slug\n        name\n      }\n      committee {\n        id\n        slug\n        name\n      }\n      facilitators {\n        id\n        displayName\n      }\n      viewerPermissions {\n        edit\n        join\n        requestToJoin\n        leave\n        manageMembers\n        readJournal\n      }\n      viewerJoinRequest {\n        id\n        createdAt\n      }\n    }\n  }\n": typeof types.GroupPageDocument,
    "\n  query Committees($domainSlug: String!) {\n    groupsDirectory(filter: { domainSlug: $domainSlug, kind: committee }, first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CommitteesDocument,
    "\n  mutation CreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      id\n      slug\n    }\n  }\n": typeof types.CreateGroupDocument,
    "\n  mutation UpdateGroup($groupId: ID!, $input: UpdateGroupInput!) {\n    updateGroup(groupId: $groupId, input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateGroupDocument,
    "\n  mutation ArchiveGroup($groupId: ID!) {\n    archiveGroup(groupId: $groupId) {\n      id\n    }\n  }\n": typeof types.ArchiveGroupDocument,
    "\n  mutation ReopenGroup($groupId: ID!) {\n    reopenGroup(groupId: $groupId) {\n      id\n    }\n  }\n": typeof types.ReopenGroupDocument,
    "\n  mutation JoinGroup($groupId: ID!) {\n    joinGroup(groupId: $groupId) {\n      role\n    }\n  }\n": typeof types.JoinGroupDocument,
    "\n  mutation RequestToJoinGroup($groupId: ID!, $message: String) {\n    requestToJoinGroup(groupId: $groupId, message: $message) {\n      id\n    }\n  }\n": typeof types.RequestToJoinGroupDocument,
    "\n  mutation LeaveGroup($groupId: ID!) {\n    leaveGroup(groupId: $groupId)\n  }\n": typeof types.LeaveGroupDocument,
    "\n  fragment PersonSummary on User {\n    id\n    displayName\n    organisation {\n      id\n      name\n    }\n  }\n": typeof types.PersonSummaryFragmentDoc,
    "\n  query GroupMembers($slug: String!, $after: String) {\n    group(slug: $slug) {\n      id\n      members(after: $after) {\n        nodes {\n          userId\n          role\n          since\n          user {\n            ...PersonSummary\n          }\n        }\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.GroupMembersDocument,
    "\n  query GroupJoinRequests($slug: String!, $after: String) {\n    group(slug: $slug) {\n      id\n      joinRequests(after: $after) {\n        nodes {\n          id\n          message\n          createdAt\n          user {\n            ...PersonSummary\n          }\n        }\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.GroupJoinRequestsDocument,
    "\n  query GroupInvitations($slug: String!) {\n    group(slug: $slug) {\n      id\n      invitations {\n        id\n        email\n        role\n        expiresAt\n        expired\n        invitedUser {\n          id\n          displayName\n        }\n        invitedBy {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.GroupInvitationsDocument,
    "\n  query MyInvitations {\n    myInvitations {\n      id\n      role\n      expiresAt\n      group {\n        id\n        slug\n        name\n        kind\n      }\n      invitedBy {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.MyInvitationsDocument,
    "\n  mutation AddMember($groupId: ID!, $userId: ID!, $role: MembershipRole!) {\n    addMember(groupId: $groupId, userId: $userId, role: $role) {\n      userId\n    }\n  }\n": typeof types.AddMemberDocument,
    "\n  mutation ChangeMemberRole($groupId: ID!, $userId: ID!, $role: MembershipRole!) {\n    changeMemberRole(groupId: $groupId, userId: $userId, role: $role) {\n      userId\n      role\n    }\n  }\n": typeof types.ChangeMemberRoleDocument,
    "\n  mutation RemoveMember($groupId: ID!, $userId: ID!, $reason: String) {\n    removeMember(groupId: $groupId, userId: $userId, reason: $reason)\n  }\n": typeof types.RemoveMemberDocument,
    "\n  mutation DecideJoinRequest($requestId: ID!, $accept: Boolean!, $reason: String) {\n    decideJoinRequest(requestId: $requestId, accept: $accept, reason: $reason) {\n      id\n      status\n    }\n  }\n": typeof types.DecideJoinRequestDocument,
    "\n  mutation InviteToGroup($groupId: ID!, $input: InvitationInput!) {\n    inviteToGroup(groupId: $groupId, input: $input) {\n      link\n    }\n  }\n": typeof types.InviteToGroupDocument,
    "\n  mutation RevokeInvitation($invitationId: ID!) {\n    revokeInvitation(invitationId: $invitationId) {\n      id\n    }\n  }\n": typeof types.RevokeInvitationDocument,
    "\n  mutation AcceptInvitation($token: String!) {\n    acceptInvitation(token: $token) {\n      group {\n        slug\n      }\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  mutation AcceptMyInvitation($invitationId: ID!) {\n    acceptMyInvitation(invitationId: $invitationId) {\n      group {\n        slug\n      }\n    }\n  }\n": typeof types.AcceptMyInvitationDocument,
    "\n  query Home {\n    myHome {\n      signedIn\n      ballotsToCast(first: 5) {\n        totalCount\n        nodes {\n          ...VoteSummary\n        }\n      }\n      joinRequests {\n        count\n        group {\n          id\n          slug\n          name\n        }\n      }\n      proposalsToMove(first: 5) {\n        totalCount\n        nodes {\n          ...ProposalSummary\n        }\n      }\n      awaitingVote(first: 5) {\n        totalCount\n        nodes {\n          ...ProposalSummary\n          committee {\n            id\n            slug\n          }\n        }\n      }\n      coauthorships(first: 5) {\n        totalCount\n        nodes {\n          ...ProposalSummary\n        }\n      }\n      drafts(first: 5) {\n        totalCount\n        nodes {\n          ...ProposalSummary\n        }\n      }\n      news(first: 5) {\n        totalCount\n        nodes {\n          id\n          action\n          targetType\n          targetId\n          details\n          occurredAt\n          actor {\n            id\n            displayName\n          }\n          group {\n            id\n            slug\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.HomeDocument,
    "\n  query Programme {\n    myHome {\n      decisions(first: 5) {\n        totalCount\n        nodes {\n          ...ProposalSummary\n        }\n      }\n      openGroups(first: 5) {\n        totalCount\n        nodes {\n          id\n          slug\n          name\n          shortDescription\n          joinPolicy\n          memberCount\n        }\n      }\n    }\n  }\n": typeof types.ProgrammeDocument,
    "\n  mutation SetMyAgreementForm($form: AgreementForm) {\n    setMyAgreementForm(form: $form) {\n      id\n      agreementForm\n    }\n  }\n": typeof types.SetMyAgreementFormDocument,
    "\n  query ExportMyData {\n    exportMyData\n  }\n": typeof types.ExportMyDataDocument,
    "\n  mutation EraseMyAccount {\n    eraseMyAccount\n  }\n": typeof types.EraseMyAccountDocument,
    "\n  query Me {\n    me {\n      id\n      displayName\n      agreementForm\n      publicProfile\n      email\n      platformRole\n      organisation {\n        id\n        name\n        type\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  query IdentityProviders {\n    identityProviders {\n      id\n      label\n      kind\n      available\n    }\n  }\n": typeof types.IdentityProvidersDocument,
    "\n  query IndicatorsList {\n    indicators {\n      code\n      theme\n      name\n      definition\n      unit\n      scope\n      since\n      byGroup\n    }\n  }\n": typeof types.IndicatorsListDocument,
    "\n  query IndicatorDashboard($code: String!, $from: String, $to: String, $domain: String) {\n    indicator(code: $code, from: $from, to: $to, domain: $domain) {\n      from\n      to\n      domain\n      cells {\n        key\n        label\n        value\n        display\n        suppressed\n      }\n      computedAt\n    }\n  }\n": typeof types.IndicatorDashboardDocument,
    "\n  query AuditLog($filter: AuditFilter, $after: String) {\n    auditLog(filter: $filter, after: $after) {\n      nodes {\n        id\n        action\n        occurredAt\n        details\n        targetType\n        targetId\n        actor {\n          id\n          displayName\n        }\n        subject {\n          id\n          displayName\n        }\n        group {\n          id\n          slug\n          name\n        }\n      }\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  query JournalGroups($mine: Boolean) {\n    groupsDirectory(filter: { mine: $mine }, first: 100) {\n      nodes {\n        id\n        name\n        viewerRole\n      }\n    }\n  }\n": typeof types.JournalGroupsDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  query Notifications($filter: NotificationFilter, $after: String) {\n    notifications(filter: $filter, after: $after) {\n      nodes {\n        id\n        kind\n        link\n        count\n        readAt\n        updatedAt\n        subjectTitle\n        actor {\n          id\n          displayName\n        }\n        group {\n          id\n          name\n        }\n        data {\n          accepted\n          closesAt\n          outcome\n          state\n          message\n        }\n      }\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": typeof types.MarkAllNotificationsReadDocument,
    "\n  mutation Follow($subject: FollowInput!) {\n    follow(subject: $subject)\n  }\n": typeof types.FollowDocument,
    "\n  mutation Unfollow($subject: FollowInput!) {\n    unfollow(subject: $subject)\n  }\n": typeof types.UnfollowDocument,
    "\n  query ProposalFollowing($id: ID!) {\n    proposal(id: $id) {\n      id\n      following\n    }\n  }\n": typeof types.ProposalFollowingDocument,
    "\n  query GroupFollowing($slug: String!) {\n    group(slug: $slug) {\n      id\n      following\n    }\n  }\n": typeof types.GroupFollowingDocument,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      kinds {\n        kind\n        cadence\n        isDefault\n      }\n      groupOverrides {\n        kind\n        cadence\n        group {\n          id\n          name\n        }\n      }\n    }\n    groupsDirectory(filter: { mine: true }, first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": typeof types.NotificationPreferencesDocument,
    "\n  mutation SetNotificationPreference($kind: NotificationKind!, $groupId: ID, $cadence: NotificationCadence!) {\n    setNotificationPreference(kind: $kind, groupId: $groupId, cadence: $cadence) {\n      kinds {\n        kind\n        cadence\n        isDefault\n      }\n      groupOverrides {\n        kind\n        cadence\n        group {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.SetNotificationPreferenceDocument,
    "\n  query UnsubscribeLink($token: String!) {\n    unsubscribeLink(token: $token) {\n      kind\n      cadence\n      groupName\n      applies\n    }\n  }\n": typeof types.UnsubscribeLinkDocument,
    "\n  mutation Unsubscribe($token: String!) {\n    unsubscribe(token: $token) {\n      kind\n      cadence\n      groupName\n      applies\n    }\n  }\n": typeof types.UnsubscribeDocument,
    "\n  query DevelopmentMails {\n    developmentMails {\n      id\n      date\n      to\n      subject\n      text\n    }\n  }\n": typeof types.DevelopmentMailsDocument,
    "\n  query FailedMailDeliveries($after: String) {\n    failedMailDeliveries(after: $after) {\n      nodes {\n        id\n        status\n        address\n        attempts\n        lastError\n        digestPeriod\n        notificationCount\n        updatedAt\n        recipient {\n          id\n          displayName\n        }\n      }\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.FailedMailDeliveriesDocument,
    "\n  query InvitationByToken($token: String!) {\n    invitationByToken(token: $token) {\n      role\n      group {\n        name\n        kind\n      }\n    }\n  }\n": typeof types.InvitationByTokenDocument,
    "\n  query MarkdownPreview($markdown: String!) {\n    markdownPreview(markdown: $markdown)\n  }\n": typeof types.MarkdownPreviewDocument,
    "\n  fragment ProposalSummary on Proposal {\n    id\n    title\n    summary\n    state\n    supportCount\n    commentCount\n    updatedAt\n    group {\n      id\n      slug\n      name\n    }\n    authors {\n      status\n      user {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.ProposalSummaryFragmentDoc,
    "\n  query GroupProposals($slug: String!, $filter: ProposalFilter, $after: String) {\n    group(slug: $slug) {\n      id\n      proposals(filter: $filter, after: $after) {\n        nodes {\n          ...ProposalSummary\n        }\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.GroupProposalsDocument,
    "\n  query SearchProposals($search: String, $states: [ProposalState!], $after: String) {\n    searchProposals(search: $search, states: $states, after: $after) {\n      nodes {\n        ...ProposalSummary\n      }\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.SearchProposalsDocument,
    "\n  fragment ProposalPageFields on Proposal {\n    id\n    title\n    summary\n    body\n    bodyHtml\n    state\n    tags\n    revisionNumber\n    supportCount\n    commentCount\n    updatedAt\n    viewerSupports\n    allowedTransitions\n    channel {\n      id\n    }\n    viewerPermissions {\n      edit\n      comment\n      support\n      amend\n      inviteCoauthors\n      moderate\n    }\n    authors {\n      status\n      user {\n        id\n        displayName\n        organisation {\n          id\n          name\n        }\n      }\n    }\n    group {\n      id\n      slug\n      name\n    }\n    committee {\n      id\n      slug\n      name\n      viewerRole\n    }\n    votes {\n      ...VoteSummary\n    }\n    timeline {\n      fromState\n      toState\n      reason\n      createdAt\n      actor {\n        id\n        displayName\n      }\n    }\n    amendments {\n      id\n      baseRevision\n      body\n      explanation\n      status\n      reason\n      createdAt\n      author {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.ProposalPageFieldsFragmentDoc,
    "\n  query ProposalPage($id: ID!) {\n    proposal(id: $id) {\n      ...ProposalPageFields\n    }\n  }\n": typeof types.ProposalPageDocument,
    "\n  query ProposalEditor($id: ID!) {\n    proposal(id: $id) {\n      id\n      title\n      summary\n      body\n      tags\n      revisionNumber\n      viewerPermissions {\n        edit\n      }\n      group {\n        id\n        slug\n        name\n      }\n    }\n  }\n": typeof types.ProposalEditorDocument,
    "\n  query ProposalRevisions($id: ID!, $after: String) {\n    proposal(id: $id) {\n      id\n      revisions(after: $after) {\n        nodes {\n          id\n          number\n          title\n          createdAt\n          amendmentId\n          author {\n            id\n            displayName\n          }\n        }\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.ProposalRevisionsDocument,
    "\n  query ProposalRevisionBody($id: ID!, $number: Int!) {\n    proposal(id: $id) {\n      id\n      revision(number: $number) {\n        id\n        body\n      }\n    }\n  }\n": typeof types.ProposalRevisionBodyDocument,
    "\n  query ProposalDiff($id: ID!, $from: Int!, $to: Int!) {\n    proposal(id: $id) {\n      id\n      diff(from: $from, to: $to) {\n        givenUp\n        title {\n          kind\n          text\n        }\n        summary {\n          kind\n          text\n        }\n        body {\n          kind\n          text\n        }\n      }\n    }\n  }\n": typeof types.ProposalDiffDocument,
    "\n  fragment CommentFields on Comment {\n    id\n    body\n    status\n    moderationReason\n    editedAt\n    createdAt\n    author {\n      id\n      displayName\n    }\n  }\n": typeof types.CommentFieldsFragmentDoc,
    "\n  query ProposalComments($id: ID!, $after: String) {\n    proposal(id: $id) {\n      id\n      comments(after: $after) {\n        nodes {\n          ...CommentFields\n          replies {\n            ...CommentFields\n          }\n        }\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.ProposalCommentsDocument,
    "\n  mutation CreateProposal($groupId: ID!, $input: ProposalInput!) {\n    createProposal(groupId: $groupId, input: $input) {\n      id\n    }\n  }\n": typeof types.CreateProposalDocument,
    "\n  mutation SaveProposal($proposalId: ID!, $baseRevision: Int!, $input: ProposalInput!) {\n    saveProposal(proposalId: $proposalId, baseRevision: $baseRevision, input: $input) {\n      ...ProposalPageFields\n    }\n  }\n": typeof types.SaveProposalDocument,
    "\n  mutation InviteCoauthor($proposalId: ID!, $userId: ID!) {\n    inviteCoauthor(proposalId: $proposalId, userId: $userId)\n  }\n": typeof types.InviteCoauthorDocument,
    "\n  mutation RespondToCoauthorship($proposalId: ID!, $accept: Boolean!) {\n    respondToCoauthorship(proposalId: $proposalId, accept: $accept)\n  }\n": typeof types.RespondToCoauthorshipDocument,
    "\n  mutation TransitionProposal($proposalId: ID!, $transition: ProposalTransition!, $reason: String) {\n    transitionProposal(proposalId: $proposalId, transition: $transition, reason: $reason) {\n      ...ProposalPageFields\n    }\n  }\n": typeof types.TransitionProposalDocument,
    "\n  mutation SupportProposal($proposalId: ID!, $support: Boolean!) {\n    supportProposal(proposalId: $proposalId, support: $support) {\n      id\n      supportCount\n      viewerSupports\n    }\n  }\n": typeof types.SupportProposalDocument,
    "\n  mutation AddComment($proposalId: ID!, $body: String!, $parentId: ID) {\n    addComment(proposalId: $proposalId, body: $body, parentId: $parentId) {\n      id\n    }\n  }\n": typeof types.AddCommentDocument,
    "\n  mutation EditComment($commentId: ID!, $body: String!) {\n    editComment(commentId: $commentId, body: $body) {\n      id\n    }\n  }\n": typeof types.EditCommentDocument,
    "\n  mutation DeleteComment($commentId: ID!) {\n    deleteComment(commentId: $commentId)\n  }\n": typeof types.DeleteCommentDocument,
    "\n  mutation HideComment($commentId: ID!, $reason: String!) {\n    hideComment(commentId: $commentId, reason: $reason) {\n      id\n    }\n  }\n": typeof types.HideCommentDocument,
    "\n  mutation ProposeAmendment($proposalId: ID!, $body: String!, $explanation: String) {\n    proposeAmendment(proposalId: $proposalId, body: $body, explanation: $explanation) {\n      id\n    }\n  }\n": typeof types.ProposeAmendmentDocument,
    "\n  mutation DecideAmendment($amendmentId: ID!, $accept: Boolean!, $reason: String) {\n    decideAmendment(amendmentId: $amendmentId, accept: $accept, reason: $reason) {\n      id\n      status\n    }\n  }\n": typeof types.DecideAmendmentDocument,
    "\n  query CommitteeAgenda($slug: String!, $after: String) {\n    group(slug: $slug) {\n      id\n      awaitingVote(after: $after) {\n        nodes {\n          ...ProposalSummary\n        }\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.CommitteeAgendaDocument,
    "\n  query Contributor($id: ID!) {\n    contributor(id: $id) {\n      id\n      displayName\n      organisationId\n      organisationName\n      adoptedProposals(first: 50) {\n        totalCount\n        nodes {\n          id\n          title\n          state\n          updatedAt\n        }\n      }\n      proposals(first: 50) {\n        totalCount\n        nodes {\n          id\n          title\n          state\n          updatedAt\n        }\n      }\n      acceptedAmendments {\n        id\n        proposalId\n        proposalTitle\n        decidedAt\n      }\n      maintainedCommons {\n        id\n        slug\n        name\n        since\n      }\n      callsWon {\n        id\n        callId\n        callTitle\n        commonName\n        commonSlug\n        withConditions\n        decidedAt\n      }\n      reviewsDone\n      attestations {\n        id\n        reason\n        createdAt\n        authorName\n        groupName\n      }\n      attestableGroups {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ContributorDocument,
    "\n  query OrganisationContributors($organisationId: ID!) {\n    organisationContributors(organisationId: $organisationId) {\n      id\n      displayName\n      adoptedProposalCount\n      maintainedCommonCount\n    }\n  }\n": typeof types.OrganisationContributorsDocument,
    "\n  query MyAttestations {\n    myAttestations {\n      id\n      reason\n      createdAt\n      hidden\n      authorName\n      groupName\n    }\n  }\n": typeof types.MyAttestationsDocument,
    "\n  mutation SetMyPublicProfile($public: Boolean!) {\n    setMyPublicProfile(public: $public) {\n      id\n      publicProfile\n    }\n  }\n": typeof types.SetMyPublicProfileDocument,
    "\n  mutation AttestContribution($personId: ID!, $groupId: ID!, $reason: String!) {\n    attestContribution(personId: $personId, groupId: $groupId, reason: $reason) {\n      id\n    }\n  }\n": typeof types.AttestContributionDocument,
    "\n  mutation SetAttestationHidden($id: ID!, $hidden: Boolean!) {\n    setAttestationHidden(id: $id, hidden: $hidden) {\n      id\n      hidden\n    }\n  }\n": typeof types.SetAttestationHiddenDocument,
    "\n  query OpenBadge($attestationId: ID!) {\n    openBadge(attestationId: $attestationId)\n  }\n": typeof types.OpenBadgeDocument,
    "\n  query PortalSearch($text: String!, $kinds: [SearchKind!], $domainIds: [ID!], $after: String) {\n    search(text: $text, kinds: $kinds, domainIds: $domainIds, after: $after) {\n      totalCount\n      totalIsCapped\n      nodes {\n        kind\n        id\n        title\n        excerptHtml\n        path\n        updatedAt\n        domain {\n          id\n          name\n        }\n      }\n      facets {\n        kinds {\n          value\n          label\n          count\n        }\n        domains {\n          value\n          label\n          count\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.PortalSearchDocument,
    "\n  fragment VoteSummary on Vote {\n    id\n    title\n    method\n    status\n    opensAt\n    closesAt\n    closedAt\n    turnout\n    eligibleCount\n    result {\n      outcome\n    }\n  }\n": typeof types.VoteSummaryFragmentDoc,
    "\n  query CommitteeVotes($slug: String!, $section: AgendaSection!, $after: String) {\n    group(slug: $slug) {\n      id\n      votes(section: $section, after: $after) {\n        nodes {\n          ...VoteSummary\n        }\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.CommitteeVotesDocument,
    "\n  fragment VotePageFields on Vote {\n    id\n    title\n    description\n    descriptionHtml\n    method\n    threshold\n    quorumPercent\n    secret\n    ballotChanges\n    status\n    opensAt\n    closesAt\n    closedAt\n    cancelReason\n    eligibleCount\n    turnout\n    finalHash\n    ledgerUrl\n    viewerCanManage\n    options {\n      key\n      label\n    }\n    committee {\n      id\n      slug\n      name\n    }\n    proposal {\n      id\n      title\n      state\n    }\n    viewerStanding {\n      onRoll\n      voted\n      receipt\n      proxyHeldUsed\n      castBy {\n        id\n        displayName\n      }\n      proxyGiven {\n        id\n        givenAt\n        holder {\n          id\n          displayName\n        }\n      }\n      proxyHeld {\n        id\n        givenAt\n        giver {\n          id\n          displayName\n        }\n      }\n    }\n    result {\n      outcome\n      quorumReached\n      ballots\n      eligibleVoters\n      for\n      against\n      abstain\n      finalHash\n      options {\n        key\n        label\n        rank\n        majorityGrade\n        approvals\n        profile {\n          grade\n          count\n        }\n      }\n    }\n  }\n": typeof types.VotePageFieldsFragmentDoc,
    "\n  query VotePage($id: ID!) {\n    vote(id: $id) {\n      ...VotePageFields\n    }\n  }\n": typeof types.VotePageDocument,
    "\n  query VoteRoll($id: ID!) {\n    vote(id: $id) {\n      id\n      roll {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.VoteRollDocument,
    "\n  query VoteProposal($id: ID!) {\n    proposal(id: $id) {\n      id\n      title\n      state\n      committee {\n        id\n        slug\n        name\n        viewerRole\n      }\n    }\n  }\n": typeof types.VoteProposalDocument,
    "\n  query VoteCommittee($slug: String!) {\n    group(slug: $slug) {\n      id\n      slug\n      name\n      kind\n      viewerRole\n    }\n  }\n": typeof types.VoteCommitteeDocument,
    "\n  query VoteBallots($id: ID!, $after: String) {\n    vote(id: $id) {\n      id\n      ballots(after: $after) {\n        nodes {\n          receipt\n          position\n          approved\n          grades {\n            option\n            grade\n          }\n          voter {\n            id\n            displayName\n          }\n          castBy {\n            id\n            displayName\n          }\n        }\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.VoteBallotsDocument,
    "\n  query BallotByReceipt($voteId: ID!, $receipt: String!) {\n    ballotByReceipt(voteId: $voteId, receipt: $receipt) {\n      receipt\n      position\n      approved\n      grades {\n        option\n        grade\n      }\n    }\n  }\n": typeof types.BallotByReceiptDocument,
    "\n  mutation CreateVote($input: CreateVoteInput!) {\n    createVote(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateVoteDocument,
    "\n  mutation OpenVote($id: ID!) {\n    openVote(id: $id) {\n      ...VotePageFields\n    }\n  }\n": typeof types.OpenVoteDocument,
    "\n  mutation CancelVote($id: ID!, $reason: String!) {\n    cancelVote(id: $id, reason: $reason) {\n      ...VotePageFields\n    }\n  }\n": typeof types.CancelVoteDocument,
    "\n  mutation CastBallot($voteId: ID!, $ballot: BallotInput!, $secret: String!, $onBehalfOf: ID) {\n    castBallot(voteId: $voteId, ballot: $ballot, secret: $secret, onBehalfOf: $onBehalfOf) {\n      receipt\n      vote {\n        ...VotePageFields\n      }\n    }\n  }\n": typeof types.CastBallotDocument,
    "\n  mutation ChangeBallot($voteId: ID!, $ballot: BallotInput!, $secret: String, $onBehalfOf: ID) {\n    changeBallot(voteId: $voteId, ballot: $ballot, secret: $secret, onBehalfOf: $onBehalfOf) {\n      receipt\n      vote {\n        ...VotePageFields\n      }\n    }\n  }\n": typeof types.ChangeBallotDocument,
    "\n  mutation GiveProxy($voteId: ID!, $holderId: ID!) {\n    giveProxy(voteId: $voteId, holderId: $holderId) {\n      id\n    }\n  }\n": typeof types.GiveProxyDocument,
    "\n  mutation RevokeProxy($voteId: ID!) {\n    revokeProxy(voteId: $voteId) {\n      ...VotePageFields\n    }\n  }\n": typeof types.RevokeProxyDocument,
};
const documents: Documents = {
    "\n  query AdminOrganisations($search: String, $after: String) {\n    organisations(search: $search, after: $after) {\n      nodes {\n        id\n        name\n        type\n        siret\n        uai\n        emailDomains\n      }\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AdminOrganisationsDocument,
    "\n  mutation UpdateOrganisation($id: ID!, $input: OrganisationInput!) {\n    updateOrganisation(id: $id, input: $input) {\n      id\n      name\n      type\n      siret\n      uai\n      emailDomains\n    }\n  }\n": types.UpdateOrganisationDocument,
    "\n  query AdminUsers($search: String, $after: String) {\n    users(search: $search, after: $after) {\n      nodes {\n        id\n        displayName\n        agreementForm\n        email\n        platformRole\n        status\n        organisation {\n          id\n          name\n          type\n        }\n      }\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AdminUsersDocument,
    "\n  mutation SetPlatformRole($userId: ID!, $role: PlatformRole!) {\n    setPlatformRole(userId: $userId, role: $role) {\n      id\n      platformRole\n      status\n    }\n  }\n": types.SetPlatformRoleDocument,
    "\n  mutation SuspendUser($userId: ID!) {\n    suspendUser(userId: $userId) {\n      id\n      platformRole\n      status\n    }\n  }\n": types.SuspendUserDocument,
    "\n  mutation ReactivateUser($userId: ID!) {\n    reactivateUser(userId: $userId) {\n      id\n      platformRole\n      status\n    }\n  }\n": types.ReactivateUserDocument,
    "\n  mutation CreateCall($committeeId: ID!, $input: CallInput!) {\n    createCall(committeeId: $committeeId, input: $input) {\n      id\n    }\n  }\n": types.CreateCallDocument,
    "\n  mutation UpdateCall($callId: ID!, $input: CallInput!) {\n    updateCall(id: $callId, input: $input) {\n      id\n    }\n  }\n": types.UpdateCallDocument,
    "\n  mutation AddCallReviewer($callId: ID!, $userId: ID!) {\n    addCallReviewer(callId: $callId, userId: $userId) {\n      id\n    }\n  }\n": types.AddCallReviewerDocument,
    "\n  mutation RemoveCallReviewer($callId: ID!, $userId: ID!) {\n    removeCallReviewer(callId: $callId, userId: $userId) {\n      id\n    }\n  }\n": types.RemoveCallReviewerDocument,
    "\n  mutation OpenCall($id: ID!) {\n    openCall(id: $id) {\n      id\n    }\n  }\n": types.OpenCallDocument,
    "\n  mutation StartCallReview($id: ID!) {\n    startCallReview(id: $id) {\n      id\n    }\n  }\n": types.StartCallReviewDocument,
    "\n  mutation CloseCall($id: ID!) {\n    closeCall(id: $id) {\n      id\n    }\n  }\n": types.CloseCallDocument,
    "\n  mutation AssignReviewersAutomatically($callId: ID!) {\n    assignReviewersAutomatically(callId: $callId)\n  }\n": types.AssignReviewersAutomaticallyDocument,
    "\n  mutation AssignReviewer($submissionId: ID!, $reviewerId: ID!) {\n    assignReviewer(submissionId: $submissionId, reviewerId: $reviewerId) {\n      id\n    }\n  }\n": types.AssignReviewerDocument,
    "\n  mutation DecideEligibility($id: ID!, $eligible: Boolean!, $reason: String!) {\n    decideEligibility(id: $id, eligible: $eligible, reason: $reason) {\n      id\n    }\n  }\n": types.DecideEligibilityDocument,
    "\n  mutation OpenCallDeliberation($id: ID!, $closesAt: DateTime!) {\n    openCallDeliberation(id: $id, closesAt: $closesAt) {\n      id\n      voteId\n    }\n  }\n": types.OpenCallDeliberationDocument,
    "\n  mutation DecideSubmission($id: ID!, $input: SubmissionDecisionInput!) {\n    decideSubmission(id: $id, input: $input) {\n      id\n    }\n  }\n": types.DecideSubmissionDocument,
    "\n  mutation PublishCallDecision($id: ID!) {\n    publishCallDecision(id: $id) {\n      id\n    }\n  }\n": types.PublishCallDecisionDocument,
    "\n  mutation DeclareReviewLink($id: ID!, $link: ReviewLink!, $text: String) {\n    declareReviewLink(id: $id, link: $link, text: $text) {\n      id\n    }\n  }\n": types.DeclareReviewLinkDocument,
    "\n  mutation SubmitReview($id: ID!, $scores: [CriterionScoreInput!]!) {\n    submitReview(id: $id, scores: $scores) {\n      id\n    }\n  }\n": types.SubmitReviewDocument,
    "\n  mutation AddMilestone($submissionId: ID!, $title: String!, $dueOn: String!) {\n    addMilestone(submissionId: $submissionId, title: $title, dueOn: $dueOn) {\n      id\n    }\n  }\n": types.AddMilestoneDocument,
    "\n  mutation UpdateMilestone($id: ID!, $input: MilestoneUpdateInput!) {\n    updateMilestone(id: $id, input: $input) {\n      id\n    }\n  }\n": types.UpdateMilestoneDocument,
    "\n  query CallsList($after: String) {\n    calls(after: $after) {\n      nodes {\n        id\n        title\n        state\n        challenges\n        cutoffs\n        budget\n      }\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.CallsListDocument,
    "\n  fragment CallFields on Call {\n    id\n    title\n    body\n    bodyHtml\n    state\n    challenges\n    criteria {\n      key\n      name\n      description\n      weight\n    }\n    cutoffs\n    budget\n    minScore\n    reviewsPerSubmission\n    voteId\n    openedAt\n    decidedAt\n    viewerStanding {\n      manages\n      reviewer\n    }\n  }\n": types.CallFieldsFragmentDoc,
    "\n  query CallPage($id: ID!) {\n    call(id: $id) {\n      ...CallFields\n      committee {\n        id\n        name\n        slug\n      }\n      reviewers {\n        id\n        displayName\n      }\n    }\n  }\n": types.CallPageDocument,
    "\n  fragment SubmissionFields on Submission {\n    id\n    callId\n    state\n    cutoffAt\n    revision\n    commonKind\n    commonName\n    challenge\n    summary\n    licence\n    repositoryUrl\n    maintainers\n    pitch\n    pitchHtml\n    amountAsked\n    publishConsent\n    submittedAt\n    eligibilityReason\n    passedReview\n    rank\n    decision\n    conditions\n    motivation\n    amountGranted\n  }\n": types.SubmissionFieldsFragmentDoc,
    "\n  fragment MilestoneFields on Milestone {\n    id\n    submissionId\n    title\n    dueOn\n    status\n    percent\n    evidenceUrl\n    updatedAt\n  }\n": types.MilestoneFieldsFragmentDoc,
    "\n  query MySubmissions {\n    mySubmissions {\n      ...SubmissionFields\n      call {\n        id\n        title\n        state\n      }\n      milestones {\n        ...MilestoneFields\n      }\n      applicants {\n        role\n        accepted\n        user {\n          id\n        }\n      }\n    }\n  }\n": types.MySubmissionsDocument,
    "\n  query SubmissionChecks($callId: ID!, $input: SubmissionInput!) {\n    submissionChecks(callId: $callId, input: $input) {\n      check\n      passed\n      message\n    }\n  }\n": types.SubmissionChecksDocument,
    "\n  fragment ReviewFields on Review {\n    id\n    submissionId\n    state\n    link\n    linkText\n    weightedScore\n    submittedAt\n    mine\n    scores {\n      criterionKey\n      score\n      comment\n    }\n    reviewer {\n      id\n      displayName\n    }\n  }\n": types.ReviewFieldsFragmentDoc,
    "\n  query ReviewerWorkspace($callId: ID!) {\n    reviewerWorkspace(callId: $callId) {\n      call {\n        ...CallFields\n      }\n      assignments {\n        review {\n          ...ReviewFields\n        }\n        submission {\n          ...SubmissionFields\n          reviews {\n            ...ReviewFields\n          }\n        }\n      }\n    }\n  }\n": types.ReviewerWorkspaceDocument,
    "\n  query FacilitatorBoard($callId: ID!) {\n    facilitatorBoard(callId: $callId) {\n      call {\n        ...CallFields\n        reviewers {\n          id\n          displayName\n        }\n      }\n      # What each row shows, not the whole submission: a large call's board lists hundreds, and their\n      # texts (pitchHtml rendered from Markdown) and the reviews' comments would cost for nothing.\n      submissions {\n        submission {\n          id\n          commonName\n          state\n          decision\n          eligibilityReason\n          passedReview\n        }\n        reviews {\n          id\n          state\n          link\n          weightedScore\n          reviewer {\n            id\n            displayName\n          }\n        }\n        meanScore\n        spread\n        missingReviewers\n      }\n      reviewers {\n        reviewer {\n          id\n          displayName\n        }\n        assigned\n        submitted\n        excluded\n      }\n      lateMilestones {\n        ...MilestoneFields\n      }\n    }\n  }\n": types.FacilitatorBoardDocument,
    "\n  query CallResults($callId: ID!) {\n    callResults(callId: $callId) {\n      call {\n        ...CallFields\n      }\n      rows {\n        submission {\n          ...SubmissionFields\n          milestones {\n            ...MilestoneFields\n          }\n          common {\n            id\n            slug\n          }\n        }\n        meanScore\n        spread\n      }\n      csvUrl\n      schemaUrl\n    }\n  }\n": types.CallResultsDocument,
    "\n  query SubmissionPage($id: ID!) {\n    submission(id: $id) {\n      ...SubmissionFields\n      checks {\n        check\n        passed\n        message\n      }\n      applicants {\n        role\n        accepted\n        user {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": types.SubmissionPageDocument,
    "\n  mutation CreateSubmission($callId: ID!, $input: SubmissionInput!, $coApplicantIds: [ID!]) {\n    createSubmission(callId: $callId, input: $input, coApplicantIds: $coApplicantIds) {\n      id\n    }\n  }\n": types.CreateSubmissionDocument,
    "\n  mutation UpdateSubmission($id: ID!, $baseRevision: Int!, $input: SubmissionInput!) {\n    updateSubmission(id: $id, baseRevision: $baseRevision, input: $input) {\n      id\n      revision\n    }\n  }\n": types.UpdateSubmissionDocument,
    "\n  mutation SubmitSubmission($id: ID!) {\n    submitSubmission(id: $id) {\n      id\n      state\n    }\n  }\n": types.SubmitSubmissionDocument,
    "\n  mutation AcceptCoApplication($id: ID!) {\n    acceptCoApplication(id: $id) {\n      id\n    }\n  }\n": types.AcceptCoApplicationDocument,
    "\n  fragment CommonCard on Common {\n    id\n    slug\n    kind\n    name\n    summary\n    status\n    usageCount\n    maintenanceDue\n    laureateCallId\n    licence {\n      expression\n      open\n    }\n    domain {\n      id\n      name\n    }\n  }\n": types.CommonCardFragmentDoc,
    "\n  query CataloguePage($filter: CommonFilter, $after: String) {\n    commons(filter: $filter, after: $after) {\n      nodes {\n        ...CommonCard\n      }\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      facets {\n        kinds {\n          value\n          label\n          count\n        }\n        domains {\n          value\n          label\n          count\n        }\n        licences {\n          value\n          label\n          count\n        }\n        levels {\n          value\n          label\n          count\n        }\n        subjects {\n          value\n          label\n          count\n        }\n        organisations {\n          value\n          label\n          count\n        }\n        forges {\n          value\n          label\n          count\n        }\n        statuses {\n          value\n          label\n          count\n        }\n      }\n    }\n  }\n": types.CataloguePageDocument,
    "\n  fragment CommonPageFields on Common {\n    ...CommonCard\n    description\n    descriptionHtml\n    website\n    tags\n    revision\n    maintenanceConfirmedAt\n    createdAt\n    updatedAt\n    licence {\n      expression\n      ids\n      open\n      recommended\n    }\n    domain {\n      id\n      slug\n      name\n    }\n    stewardingGroup {\n      id\n      slug\n      name\n    }\n    repositories {\n      id\n      url\n      forge\n      role\n      mirrorOf\n    }\n    maintainers {\n      id\n      user {\n        id\n        displayName\n      }\n      organisation {\n        id\n        name\n      }\n    }\n    usages {\n      id\n      instanceUrl\n      userCount\n      declaredAt\n      organisation {\n        id\n        name\n        type\n      }\n    }\n    scolomfr {\n      levels {\n        uri\n        label\n      }\n      subjects {\n        uri\n        label\n      }\n      pedagogicalTypes {\n        uri\n        label\n      }\n      documentTypes {\n        uri\n        label\n      }\n    }\n    decisions {\n      id\n      title\n      state\n    }\n    revisions(first: 20) {\n      number\n      createdAt\n      author {\n        id\n        displayName\n      }\n    }\n    publiccodeReport\n    laureateSubmission {\n      id\n      commonName\n      call {\n        id\n        title\n        state\n      }\n      applicants {\n        accepted\n        user {\n          id\n        }\n      }\n      milestones {\n        ...MilestoneFields\n      }\n    }\n    viewerCan {\n      edit\n      declareUsage\n      contact\n      confirmMaintenance\n    }\n  }\n": types.CommonPageFieldsFragmentDoc,
    "\n  query CommonPage($slug: String!) {\n    common(slug: $slug) {\n      ...CommonPageFields\n    }\n  }\n": types.CommonPageDocument,
    "\n  query ScolomfrConcepts($vocabulary: String!) {\n    scolomfrConcepts(vocabulary: $vocabulary) {\n      uri\n      label\n    }\n  }\n": types.ScolomfrConceptsDocument,
    "\n  query OrganisationCommons($organisationId: ID!) {\n    organisationCommons(organisationId: $organisationId) {\n      organisation {\n        id\n        name\n        type\n      }\n      maintained {\n        ...CommonCard\n      }\n      used {\n        ...CommonCard\n      }\n    }\n  }\n": types.OrganisationCommonsDocument,
    "\n  mutation CreateCommon($input: CommonInput!) {\n    createCommon(input: $input) {\n      ...CommonPageFields\n    }\n  }\n": types.CreateCommonDocument,
    "\n  mutation UpdateCommon($id: ID!, $input: CommonInput!, $baseRevision: Int!) {\n    updateCommon(id: $id, input: $input, baseRevision: $baseRevision) {\n      ...CommonPageFields\n    }\n  }\n": types.UpdateCommonDocument,
    "\n  mutation DeclareCommonUsage($commonId: ID!, $organisationId: ID!, $instanceUrl: String, $userCount: Int) {\n    declareCommonUsage(\n      commonId: $commonId\n      organisationId: $organisationId\n      instanceUrl: $instanceUrl\n      userCount: $userCount\n    ) {\n      ...CommonPageFields\n    }\n  }\n": types.DeclareCommonUsageDocument,
    "\n  mutation WithdrawCommonUsage($commonId: ID!, $organisationId: ID!) {\n    withdrawCommonUsage(commonId: $commonId, organisationId: $organisationId) {\n      ...CommonPageFields\n    }\n  }\n": types.WithdrawCommonUsageDocument,
    "\n  mutation ConfirmCommonMaintenance($commonId: ID!) {\n    confirmCommonMaintenance(commonId: $commonId) {\n      ...CommonPageFields\n    }\n  }\n": types.ConfirmCommonMaintenanceDocument,
    "\n  mutation ContactCommonMaintainers($commonId: ID!, $message: String!) {\n    contactCommonMaintainers(commonId: $commonId, message: $message)\n  }\n": types.ContactCommonMaintainersDocument,
    "\n  mutation AddCommonMaintainer($commonId: ID!, $userId: ID, $organisationId: ID) {\n    addCommonMaintainer(commonId: $commonId, userId: $userId, organisationId: $organisationId) {\n      ...CommonPageFields\n    }\n  }\n": types.AddCommonMaintainerDocument,
    "\n  mutation RemoveCommonMaintainer($commonId: ID!, $maintainerId: ID!) {\n    removeCommonMaintainer(commonId: $commonId, maintainerId: $maintainerId) {\n      ...CommonPageFields\n    }\n  }\n": types.RemoveCommonMaintainerDocument,
    "\n  mutation LinkCommonDecision($commonId: ID!, $proposalId: ID!) {\n    linkCommonDecision(commonId: $commonId, proposalId: $proposalId) {\n      ...CommonPageFields\n    }\n  }\n": types.LinkCommonDecisionDocument,
    "\n  mutation UnlinkCommonDecision($commonId: ID!, $proposalId: ID!) {\n    unlinkCommonDecision(commonId: $commonId, proposalId: $proposalId) {\n      ...CommonPageFields\n    }\n  }\n": types.UnlinkCommonDecisionDocument,
    "\n  query CommonOrganisationChoices($search: String!) {\n    organisations(search: $search, first: 10) {\n      nodes {\n        id\n        name\n      }\n      totalCount\n    }\n  }\n": types.CommonOrganisationChoicesDocument,
    "\n  mutation ImportCommonFromPubliccode($text: String!, $domainId: ID, $commonId: ID) {\n    importCommonFromPubliccode(text: $text, domainId: $domainId, commonId: $commonId) {\n      id\n      slug\n      name\n      publiccodeReport\n    }\n  }\n": types.ImportCommonFromPubliccodeDocument,
    "\n  fragment ChannelMessage on Message {\n    id\n    body\n    bodyHtml\n    status\n    createdAt\n    editedAt\n    author {\n      id\n      displayName\n    }\n  }\n": types.ChannelMessageFragmentDoc,
    "\n  query DiscussionChannel($id: ID!, $first: Int!) {\n    channel(id: $id) {\n      id\n      viewerPermissions {\n        post\n        moderate\n      }\n      messages(first: $first) {\n        hasMore\n        messages {\n          ...ChannelMessage\n        }\n      }\n    }\n  }\n": types.DiscussionChannelDocument,
    "\n  query OlderMessages($id: ID!, $first: Int!, $before: ID!) {\n    channel(id: $id) {\n      id\n      messages(first: $first, before: $before) {\n        hasMore\n        messages {\n          ...ChannelMessage\n        }\n      }\n    }\n  }\n": types.OlderMessagesDocument,
    "\n  query GroupChannel($slug: String!) {\n    group(slug: $slug) {\n      id\n      channel {\n        id\n        unreadCount\n      }\n    }\n  }\n": types.GroupChannelDocument,
    "\n  mutation PostMessage($channelId: ID!, $body: String!) {\n    postMessage(channelId: $channelId, body: $body) {\n      ...ChannelMessage\n    }\n  }\n": types.PostMessageDocument,
    "\n  mutation EditMessage($id: ID!, $body: String!) {\n    editMessage(id: $id, body: $body) {\n      ...ChannelMessage\n    }\n  }\n": types.EditMessageDocument,
    "\n  mutation DeleteMessage($id: ID!) {\n    deleteMessage(id: $id) {\n      ...ChannelMessage\n    }\n  }\n": types.DeleteMessageDocument,
    "\n  mutation RemoveMessage($id: ID!, $reason: String!) {\n    removeMessage(id: $id, reason: $reason) {\n      ...ChannelMessage\n    }\n  }\n": types.RemoveMessageDocument,
    "\n  mutation MarkChannelRead($channelId: ID!, $messageId: ID!) {\n    markChannelRead(channelId: $channelId, messageId: $messageId)\n  }\n": types.MarkChannelReadDocument,
    "\n  query Mentionable($channelId: ID!, $search: String!, $first: Int!) {\n    channel(id: $channelId) {\n      id\n      mentionable(search: $search, first: $first) {\n        id\n        displayName\n      }\n    }\n  }\n": types.MentionableDocument,
    "\n  query MyChannels {\n    myChannels {\n      id\n      unreadCount\n      unreadMentionCount\n      group {\n        name\n        slug\n      }\n      proposal {\n        id\n        title\n      }\n    }\n  }\n": types.MyChannelsDocument,
    "\n  query Domains {\n    domains {\n      id\n      slug\n      name\n      description\n    }\n  }\n": types.DomainsDocument,
    "\n  mutation CreateDomain($input: DomainInput!) {\n    createDomain(input: $input) {\n      id\n      slug\n      name\n      description\n    }\n  }\n": types.CreateDomainDocument,
    "\n  mutation UpdateDomain($id: ID!, $input: DomainInput!) {\n    updateDomain(id: $id, input: $input) {\n      id\n      slug\n      name\n      description\n    }\n  }\n": types.UpdateDomainDocument,
    "\n  query GroupsDirectory($filter: GroupFilter, $after: String) {\n    groupsDirectory(filter: $filter, after: $after) {\n      nodes {\n        id\n        slug\n        name\n        kind\n        status\n        visibility\n        shortDescription\n        memberCount\n        viewerRole\n        domain {\n          id\n          name\n        }\n        facilitators {\n          id\n          displayName\n        }\n      }\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.GroupsDirectoryDocument,
    "\n  query GroupPage($slug: String!) {\n    group(slug: $slug) {\n      id\n      slug\n      name\n      kind\n      status\n      visibility\n      joinPolicy\n      shortDescription\n      charter\n      charterHtml\n      memberCount\n      viewerRole\n      domain {\n        id\n        slug\n        name\n      }\n      committee {\n        id\n        slug\n        name\n      }\n      facilitators {\n        id\n        displayName\n      }\n      viewerPermissions {\n        edit\n        join\n        requestToJoin\n        leave\n        manageMembers\n        readJournal\n      }\n      viewerJoinRequest {\n        id\n        createdAt\n      }\n    }\n  }\n": types.GroupPageDocument,
    "\n  query Committees($domainSlug: String!) {\n    groupsDirectory(filter: { domainSlug: $domainSlug, kind: committee }, first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": types.CommitteesDocument,
    "\n  mutation CreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      id\n      slug\n    }\n  }\n": types.CreateGroupDocument,
    "\n  mutation UpdateGroup($groupId: ID!, $input: UpdateGroupInput!) {\n    updateGroup(groupId: $groupId, input: $input) {\n      id\n    }\n  }\n": types.UpdateGroupDocument,
    "\n  mutation ArchiveGroup($groupId: ID!) {\n    archiveGroup(groupId: $groupId) {\n      id\n    }\n  }\n": types.ArchiveGroupDocument,
    "\n  mutation ReopenGroup($groupId: ID!) {\n    reopenGroup(groupId: $groupId) {\n      id\n    }\n  }\n": types.ReopenGroupDocument,
    "\n  mutation JoinGroup($groupId: ID!) {\n    joinGroup(groupId: $groupId) {\n      role\n    }\n  }\n": types.JoinGroupDocument,
    "\n  mutation RequestToJoinGroup($groupId: ID!, $message: String) {\n    requestToJoinGroup(groupId: $groupId, message: $message) {\n      id\n    }\n  }\n": types.RequestToJoinGroupDocument,
    "\n  mutation LeaveGroup($groupId: ID!) {\n    leaveGroup(groupId: $groupId)\n  }\n": types.LeaveGroupDocument,
    "\n  fragment PersonSummary on User {\n    id\n    displayName\n    organisation {\n      id\n      name\n    }\n  }\n": types.PersonSummaryFragmentDoc,
    "\n  query GroupMembers($slug: String!, $after: String) {\n    group(slug: $slug) {\n      id\n      members(after: $after) {\n        nodes {\n          userId\n          role\n          since\n          user {\n            ...PersonSummary\n          }\n        }\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.GroupMembersDocument,
    "\n  query GroupJoinRequests($slug: String!, $after: String) {\n    group(slug: $slug) {\n      id\n      joinRequests(after: $after) {\n        nodes {\n          id\n          message\n          createdAt\n          user {\n            ...PersonSummary\n          }\n        }\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.GroupJoinRequestsDocument,
    "\n  query GroupInvitations($slug: String!) {\n    group(slug: $slug) {\n      id\n      invitations {\n        id\n        email\n        role\n        expiresAt\n        expired\n        invitedUser {\n          id\n          displayName\n        }\n        invitedBy {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": types.GroupInvitationsDocument,
    "\n  query MyInvitations {\n    myInvitations {\n      id\n      role\n      expiresAt\n      group {\n        id\n        slug\n        name\n        kind\n      }\n      invitedBy {\n        id\n        displayName\n      }\n    }\n  }\n": types.MyInvitationsDocument,
    "\n  mutation AddMember($groupId: ID!, $userId: ID!, $role: MembershipRole!) {\n    addMember(groupId: $groupId, userId: $userId, role: $role) {\n      userId\n    }\n  }\n": types.AddMemberDocument,
    "\n  mutation ChangeMemberRole($groupId: ID!, $userId: ID!, $role: MembershipRole!) {\n    changeMemberRole(groupId: $groupId, userId: $userId, role: $role) {\n      userId\n      role\n    }\n  }\n": types.ChangeMemberRoleDocument,
    "\n  mutation RemoveMember($groupId: ID!, $userId: ID!, $reason: String) {\n    removeMember(groupId: $groupId, userId: $userId, reason: $reason)\n  }\n": types.RemoveMemberDocument,
    "\n  mutation DecideJoinRequest($requestId: ID!, $accept: Boolean!, $reason: String) {\n    decideJoinRequest(requestId: $requestId, accept: $accept, reason: $reason) {\n      id\n      status\n    }\n  }\n": types.DecideJoinRequestDocument,
    "\n  mutation InviteToGroup($groupId: ID!, $input: InvitationInput!) {\n    inviteToGroup(groupId: $groupId, input: $input) {\n      link\n    }\n  }\n": types.InviteToGroupDocument,
    "\n  mutation RevokeInvitation($invitationId: ID!) {\n    revokeInvitation(invitationId: $invitationId) {\n      id\n    }\n  }\n": types.RevokeInvitationDocument,
    "\n  mutation AcceptInvitation($token: String!) {\n    acceptInvitation(token: $token) {\n      group {\n        slug\n      }\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  mutation AcceptMyInvitation($invitationId: ID!) {\n    acceptMyInvitation(invitationId: $invitationId) {\n      group {\n        slug\n      }\n    }\n  }\n": types.AcceptMyInvitationDocument,
    "\n  query Home {\n    myHome {\n      signedIn\n      ballotsToCast(first: 5) {\n        totalCount\n        nodes {\n          ...VoteSummary\n        }\n      }\n      joinRequests {\n        count\n        group {\n          id\n          slug\n          name\n        }\n      }\n      proposalsToMove(first: 5) {\n        totalCount\n        nodes {\n          ...ProposalSummary\n        }\n      }\n      awaitingVote(first: 5) {\n        totalCount\n        nodes {\n          ...ProposalSummary\n          committee {\n            id\n            slug\n          }\n        }\n      }\n      coauthorships(first: 5) {\n        totalCount\n        nodes {\n          ...ProposalSummary\n        }\n      }\n      drafts(first: 5) {\n        totalCount\n        nodes {\n          ...ProposalSummary\n        }\n      }\n      news(first: 5) {\n        totalCount\n        nodes {\n          id\n          action\n          targetType\n          targetId\n          details\n          occurredAt\n          actor {\n            id\n            displayName\n          }\n          group {\n            id\n            slug\n            name\n          }\n        }\n      }\n    }\n  }\n": types.HomeDocument,
    "\n  query Programme {\n    myHome {\n      decisions(first: 5) {\n        totalCount\n        nodes {\n          ...ProposalSummary\n        }\n      }\n      openGroups(first: 5) {\n        totalCount\n        nodes {\n          id\n          slug\n          name\n          shortDescription\n          joinPolicy\n          memberCount\n        }\n      }\n    }\n  }\n": types.ProgrammeDocument,
    "\n  mutation SetMyAgreementForm($form: AgreementForm) {\n    setMyAgreementForm(form: $form) {\n      id\n      agreementForm\n    }\n  }\n": types.SetMyAgreementFormDocument,
    "\n  query ExportMyData {\n    exportMyData\n  }\n": types.ExportMyDataDocument,
    "\n  mutation EraseMyAccount {\n    eraseMyAccount\n  }\n": types.EraseMyAccountDocument,
    "\n  query Me {\n    me {\n      id\n      displayName\n      agreementForm\n      publicProfile\n      email\n      platformRole\n      organisation {\n        id\n        name\n        type\n      }\n    }\n  }\n": types.MeDocument,
    "\n  query IdentityProviders {\n    identityProviders {\n      id\n      label\n      kind\n      available\n    }\n  }\n": types.IdentityProvidersDocument,
    "\n  query IndicatorsList {\n    indicators {\n      code\n      theme\n      name\n      definition\n      unit\n      scope\n      since\n      byGroup\n    }\n  }\n": types.IndicatorsListDocument,
    "\n  query IndicatorDashboard($code: String!, $from: String, $to: String, $domain: String) {\n    indicator(code: $code, from: $from, to: $to, domain: $domain) {\n      from\n      to\n      domain\n      cells {\n        key\n        label\n        value\n        display\n        suppressed\n      }\n      computedAt\n    }\n  }\n": types.IndicatorDashboardDocument,
    "\n  query AuditLog($filter: AuditFilter, $after: String) {\n    auditLog(filter: $filter, after: $after) {\n      nodes {\n        id\n        action\n        occurredAt\n        details\n        targetType\n        targetId\n        actor {\n          id\n          displayName\n        }\n        subject {\n          id\n          displayName\n        }\n        group {\n          id\n          slug\n          name\n        }\n      }\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  query JournalGroups($mine: Boolean) {\n    groupsDirectory(filter: { mine: $mine }, first: 100) {\n      nodes {\n        id\n        name\n        viewerRole\n      }\n    }\n  }\n": types.JournalGroupsDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationCountDocument,
    "\n  query Notifications($filter: NotificationFilter, $after: String) {\n    notifications(filter: $filter, after: $after) {\n      nodes {\n        id\n        kind\n        link\n        count\n        readAt\n        updatedAt\n        subjectTitle\n        actor {\n          id\n          displayName\n        }\n        group {\n          id\n          name\n        }\n        data {\n          accepted\n          closesAt\n          outcome\n          state\n          message\n        }\n      }\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.NotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": types.MarkAllNotificationsReadDocument,
    "\n  mutation Follow($subject: FollowInput!) {\n    follow(subject: $subject)\n  }\n": types.FollowDocument,
    "\n  mutation Unfollow($subject: FollowInput!) {\n    unfollow(subject: $subject)\n  }\n": types.UnfollowDocument,
    "\n  query ProposalFollowing($id: ID!) {\n    proposal(id: $id) {\n      id\n      following\n    }\n  }\n": types.ProposalFollowingDocument,
    "\n  query GroupFollowing($slug: String!) {\n    group(slug: $slug) {\n      id\n      following\n    }\n  }\n": types.GroupFollowingDocument,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      kinds {\n        kind\n        cadence\n        isDefault\n      }\n      groupOverrides {\n        kind\n        cadence\n        group {\n          id\n          name\n        }\n      }\n    }\n    groupsDirectory(filter: { mine: true }, first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": types.NotificationPreferencesDocument,
    "\n  mutation SetNotificationPreference($kind: NotificationKind!, $groupId: ID, $cadence: NotificationCadence!) {\n    setNotificationPreference(kind: $kind, groupId: $groupId, cadence: $cadence) {\n      kinds {\n        kind\n        cadence\n        isDefault\n      }\n      groupOverrides {\n        kind\n        cadence\n        group {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.SetNotificationPreferenceDocument,
    "\n  query UnsubscribeLink($token: String!) {\n    unsubscribeLink(token: $token) {\n      kind\n      cadence\n      groupName\n      applies\n    }\n  }\n": types.UnsubscribeLinkDocument,
    "\n  mutation Unsubscribe($token: String!) {\n    unsubscribe(token: $token) {\n      kind\n      cadence\n      groupName\n      applies\n    }\n  }\n": types.UnsubscribeDocument,
    "\n  query DevelopmentMails {\n    developmentMails {\n      id\n      date\n      to\n      subject\n      text\n    }\n  }\n": types.DevelopmentMailsDocument,
    "\n  query FailedMailDeliveries($after: String) {\n    failedMailDeliveries(after: $after) {\n      nodes {\n        id\n        status\n        address\n        attempts\n        lastError\n        digestPeriod\n        notificationCount\n        updatedAt\n        recipient {\n          id\n          displayName\n        }\n      }\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.FailedMailDeliveriesDocument,
    "\n  query InvitationByToken($token: String!) {\n    invitationByToken(token: $token) {\n      role\n      group {\n        name\n        kind\n      }\n    }\n  }\n": types.InvitationByTokenDocument,
    "\n  query MarkdownPreview($markdown: String!) {\n    markdownPreview(markdown: $markdown)\n  }\n": types.MarkdownPreviewDocument,
    "\n  fragment ProposalSummary on Proposal {\n    id\n    title\n    summary\n    state\n    supportCount\n    commentCount\n    updatedAt\n    group {\n      id\n      slug\n      name\n    }\n    authors {\n      status\n      user {\n        id\n        displayName\n      }\n    }\n  }\n": types.ProposalSummaryFragmentDoc,
    "\n  query GroupProposals($slug: String!, $filter: ProposalFilter, $after: String) {\n    group(slug: $slug) {\n      id\n      proposals(filter: $filter, after: $after) {\n        nodes {\n          ...ProposalSummary\n        }\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.GroupProposalsDocument,
    "\n  query SearchProposals($search: String, $states: [ProposalState!], $after: String) {\n    searchProposals(search: $search, states: $states, after: $after) {\n      nodes {\n        ...ProposalSummary\n      }\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.SearchProposalsDocument,
    "\n  fragment ProposalPageFields on Proposal {\n    id\n    title\n    summary\n    body\n    bodyHtml\n    state\n    tags\n    revisionNumber\n    supportCount\n    commentCount\n    updatedAt\n    viewerSupports\n    allowedTransitions\n    channel {\n      id\n    }\n    viewerPermissions {\n      edit\n      comment\n      support\n      amend\n      inviteCoauthors\n      moderate\n    }\n    authors {\n      status\n      user {\n        id\n        displayName\n        organisation {\n          id\n          name\n        }\n      }\n    }\n    group {\n      id\n      slug\n      name\n    }\n    committee {\n      id\n      slug\n      name\n      viewerRole\n    }\n    votes {\n      ...VoteSummary\n    }\n    timeline {\n      fromState\n      toState\n      reason\n      createdAt\n      actor {\n        id\n        displayName\n      }\n    }\n    amendments {\n      id\n      baseRevision\n      body\n      explanation\n      status\n      reason\n      createdAt\n      author {\n        id\n        displayName\n      }\n    }\n  }\n": types.ProposalPageFieldsFragmentDoc,
    "\n  query ProposalPage($id: ID!) {\n    proposal(id: $id) {\n      ...ProposalPageFields\n    }\n  }\n": types.ProposalPageDocument,
    "\n  query ProposalEditor($id: ID!) {\n    proposal(id: $id) {\n      id\n      title\n      summary\n      body\n      tags\n      revisionNumber\n      viewerPermissions {\n        edit\n      }\n      group {\n        id\n        slug\n        name\n      }\n    }\n  }\n": types.ProposalEditorDocument,
    "\n  query ProposalRevisions($id: ID!, $after: String) {\n    proposal(id: $id) {\n      id\n      revisions(after: $after) {\n        nodes {\n          id\n          number\n          title\n          createdAt\n          amendmentId\n          author {\n            id\n            displayName\n          }\n        }\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.ProposalRevisionsDocument,
    "\n  query ProposalRevisionBody($id: ID!, $number: Int!) {\n    proposal(id: $id) {\n      id\n      revision(number: $number) {\n        id\n        body\n      }\n    }\n  }\n": types.ProposalRevisionBodyDocument,
    "\n  query ProposalDiff($id: ID!, $from: Int!, $to: Int!) {\n    proposal(id: $id) {\n      id\n      diff(from: $from, to: $to) {\n        givenUp\n        title {\n          kind\n          text\n        }\n        summary {\n          kind\n          text\n        }\n        body {\n          kind\n          text\n        }\n      }\n    }\n  }\n": types.ProposalDiffDocument,
    "\n  fragment CommentFields on Comment {\n    id\n    body\n    status\n    moderationReason\n    editedAt\n    createdAt\n    author {\n      id\n      displayName\n    }\n  }\n": types.CommentFieldsFragmentDoc,
    "\n  query ProposalComments($id: ID!, $after: String) {\n    proposal(id: $id) {\n      id\n      comments(after: $after) {\n        nodes {\n          ...CommentFields\n          replies {\n            ...CommentFields\n          }\n        }\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.ProposalCommentsDocument,
    "\n  mutation CreateProposal($groupId: ID!, $input: ProposalInput!) {\n    createProposal(groupId: $groupId, input: $input) {\n      id\n    }\n  }\n": types.CreateProposalDocument,
    "\n  mutation SaveProposal($proposalId: ID!, $baseRevision: Int!, $input: ProposalInput!) {\n    saveProposal(proposalId: $proposalId, baseRevision: $baseRevision, input: $input) {\n      ...ProposalPageFields\n    }\n  }\n": types.SaveProposalDocument,
    "\n  mutation InviteCoauthor($proposalId: ID!, $userId: ID!) {\n    inviteCoauthor(proposalId: $proposalId, userId: $userId)\n  }\n": types.InviteCoauthorDocument,
    "\n  mutation RespondToCoauthorship($proposalId: ID!, $accept: Boolean!) {\n    respondToCoauthorship(proposalId: $proposalId, accept: $accept)\n  }\n": types.RespondToCoauthorshipDocument,
    "\n  mutation TransitionProposal($proposalId: ID!, $transition: ProposalTransition!, $reason: String) {\n    transitionProposal(proposalId: $proposalId, transition: $transition, reason: $reason) {\n      ...ProposalPageFields\n    }\n  }\n": types.TransitionProposalDocument,
    "\n  mutation SupportProposal($proposalId: ID!, $support: Boolean!) {\n    supportProposal(proposalId: $proposalId, support: $support) {\n      id\n      supportCount\n      viewerSupports\n    }\n  }\n": types.SupportProposalDocument,
    "\n  mutation AddComment($proposalId: ID!, $body: String!, $parentId: ID) {\n    addComment(proposalId: $proposalId, body: $body, parentId: $parentId) {\n      id\n    }\n  }\n": types.AddCommentDocument,
    "\n  mutation EditComment($commentId: ID!, $body: String!) {\n    editComment(commentId: $commentId, body: $body) {\n      id\n    }\n  }\n": types.EditCommentDocument,
    "\n  mutation DeleteComment($commentId: ID!) {\n    deleteComment(commentId: $commentId)\n  }\n": types.DeleteCommentDocument,
    "\n  mutation HideComment($commentId: ID!, $reason: String!) {\n    hideComment(commentId: $commentId, reason: $reason) {\n      id\n    }\n  }\n": types.HideCommentDocument,
    "\n  mutation ProposeAmendment($proposalId: ID!, $body: String!, $explanation: String) {\n    proposeAmendment(proposalId: $proposalId, body: $body, explanation: $explanation) {\n      id\n    }\n  }\n": types.ProposeAmendmentDocument,
    "\n  mutation DecideAmendment($amendmentId: ID!, $accept: Boolean!, $reason: String) {\n    decideAmendment(amendmentId: $amendmentId, accept: $accept, reason: $reason) {\n      id\n      status\n    }\n  }\n": types.DecideAmendmentDocument,
    "\n  query CommitteeAgenda($slug: String!, $after: String) {\n    group(slug: $slug) {\n      id\n      awaitingVote(after: $after) {\n        nodes {\n          ...ProposalSummary\n        }\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.CommitteeAgendaDocument,
    "\n  query Contributor($id: ID!) {\n    contributor(id: $id) {\n      id\n      displayName\n      organisationId\n      organisationName\n      adoptedProposals(first: 50) {\n        totalCount\n        nodes {\n          id\n          title\n          state\n          updatedAt\n        }\n      }\n      proposals(first: 50) {\n        totalCount\n        nodes {\n          id\n          title\n          state\n          updatedAt\n        }\n      }\n      acceptedAmendments {\n        id\n        proposalId\n        proposalTitle\n        decidedAt\n      }\n      maintainedCommons {\n        id\n        slug\n        name\n        since\n      }\n      callsWon {\n        id\n        callId\n        callTitle\n        commonName\n        commonSlug\n        withConditions\n        decidedAt\n      }\n      reviewsDone\n      attestations {\n        id\n        reason\n        createdAt\n        authorName\n        groupName\n      }\n      attestableGroups {\n        id\n        name\n      }\n    }\n  }\n": types.ContributorDocument,
    "\n  query OrganisationContributors($organisationId: ID!) {\n    organisationContributors(organisationId: $organisationId) {\n      id\n      displayName\n      adoptedProposalCount\n      maintainedCommonCount\n    }\n  }\n": types.OrganisationContributorsDocument,
    "\n  query MyAttestations {\n    myAttestations {\n      id\n      reason\n      createdAt\n      hidden\n      authorName\n      groupName\n    }\n  }\n": types.MyAttestationsDocument,
    "\n  mutation SetMyPublicProfile($public: Boolean!) {\n    setMyPublicProfile(public: $public) {\n      id\n      publicProfile\n    }\n  }\n": types.SetMyPublicProfileDocument,
    "\n  mutation AttestContribution($personId: ID!, $groupId: ID!, $reason: String!) {\n    attestContribution(personId: $personId, groupId: $groupId, reason: $reason) {\n      id\n    }\n  }\n": types.AttestContributionDocument,
    "\n  mutation SetAttestationHidden($id: ID!, $hidden: Boolean!) {\n    setAttestationHidden(id: $id, hidden: $hidden) {\n      id\n      hidden\n    }\n  }\n": types.SetAttestationHiddenDocument,
    "\n  query OpenBadge($attestationId: ID!) {\n    openBadge(attestationId: $attestationId)\n  }\n": types.OpenBadgeDocument,
    "\n  query PortalSearch($text: String!, $kinds: [SearchKind!], $domainIds: [ID!], $after: String) {\n    search(text: $text, kinds: $kinds, domainIds: $domainIds, after: $after) {\n      totalCount\n      totalIsCapped\n      nodes {\n        kind\n        id\n        title\n        excerptHtml\n        path\n        updatedAt\n        domain {\n          id\n          name\n        }\n      }\n      facets {\n        kinds {\n          value\n          label\n          count\n        }\n        domains {\n          value\n          label\n          count\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.PortalSearchDocument,
    "\n  fragment VoteSummary on Vote {\n    id\n    title\n    method\n    status\n    opensAt\n    closesAt\n    closedAt\n    turnout\n    eligibleCount\n    result {\n      outcome\n    }\n  }\n": types.VoteSummaryFragmentDoc,
    "\n  query CommitteeVotes($slug: String!, $section: AgendaSection!, $after: String) {\n    group(slug: $slug) {\n      id\n      votes(section: $section, after: $after) {\n        nodes {\n          ...VoteSummary\n        }\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.CommitteeVotesDocument,
    "\n  fragment VotePageFields on Vote {\n    id\n    title\n    description\n    descriptionHtml\n    method\n    threshold\n    quorumPercent\n    secret\n    ballotChanges\n    status\n    opensAt\n    closesAt\n    closedAt\n    cancelReason\n    eligibleCount\n    turnout\n    finalHash\n    ledgerUrl\n    viewerCanManage\n    options {\n      key\n      label\n    }\n    committee {\n      id\n      slug\n      name\n    }\n    proposal {\n      id\n      title\n      state\n    }\n    viewerStanding {\n      onRoll\n      voted\n      receipt\n      proxyHeldUsed\n      castBy {\n        id\n        displayName\n      }\n      proxyGiven {\n        id\n        givenAt\n        holder {\n          id\n          displayName\n        }\n      }\n      proxyHeld {\n        id\n        givenAt\n        giver {\n          id\n          displayName\n        }\n      }\n    }\n    result {\n      outcome\n      quorumReached\n      ballots\n      eligibleVoters\n      for\n      against\n      abstain\n      finalHash\n      options {\n        key\n        label\n        rank\n        majorityGrade\n        approvals\n        profile {\n          grade\n          count\n        }\n      }\n    }\n  }\n": types.VotePageFieldsFragmentDoc,
    "\n  query VotePage($id: ID!) {\n    vote(id: $id) {\n      ...VotePageFields\n    }\n  }\n": types.VotePageDocument,
    "\n  query VoteRoll($id: ID!) {\n    vote(id: $id) {\n      id\n      roll {\n        id\n        displayName\n      }\n    }\n  }\n": types.VoteRollDocument,
    "\n  query VoteProposal($id: ID!) {\n    proposal(id: $id) {\n      id\n      title\n      state\n      committee {\n        id\n        slug\n        name\n        viewerRole\n      }\n    }\n  }\n": types.VoteProposalDocument,
    "\n  query VoteCommittee($slug: String!) {\n    group(slug: $slug) {\n      id\n      slug\n      name\n      kind\n      viewerRole\n    }\n  }\n": types.VoteCommitteeDocument,
    "\n  query VoteBallots($id: ID!, $after: String) {\n    vote(id: $id) {\n      id\n      ballots(after: $after) {\n        nodes {\n          receipt\n          position\n          approved\n          grades {\n            option\n            grade\n          }\n          voter {\n            id\n            displayName\n          }\n          castBy {\n            id\n            displayName\n          }\n        }\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.VoteBallotsDocument,
    "\n  query BallotByReceipt($voteId: ID!, $receipt: String!) {\n    ballotByReceipt(voteId: $voteId, receipt: $receipt) {\n      receipt\n      position\n      approved\n      grades {\n        option\n        grade\n      }\n    }\n  }\n": types.BallotByReceiptDocument,
    "\n  mutation CreateVote($input: CreateVoteInput!) {\n    createVote(input: $input) {\n      id\n    }\n  }\n": types.CreateVoteDocument,
    "\n  mutation OpenVote($id: ID!) {\n    openVote(id: $id) {\n      ...VotePageFields\n    }\n  }\n": types.OpenVoteDocument,
    "\n  mutation CancelVote($id: ID!, $reason: String!) {\n    cancelVote(id: $id, reason: $reason) {\n      ...VotePageFields\n    }\n  }\n": types.CancelVoteDocument,
    "\n  mutation CastBallot($voteId: ID!, $ballot: BallotInput!, $secret: String!, $onBehalfOf: ID) {\n    castBallot(voteId: $voteId, ballot: $ballot, secret: $secret, onBehalfOf: $onBehalfOf) {\n      receipt\n      vote {\n        ...VotePageFields\n      }\n    }\n  }\n": types.CastBallotDocument,
    "\n  mutation ChangeBallot($voteId: ID!, $ballot: BallotInput!, $secret: String, $onBehalfOf: ID) {\n    changeBallot(voteId: $voteId, ballot: $ballot, secret: $secret, onBehalfOf: $onBehalfOf) {\n      receipt\n      vote {\n        ...VotePageFields\n      }\n    }\n  }\n": types.ChangeBallotDocument,
    "\n  mutation GiveProxy($voteId: ID!, $holderId: ID!) {\n    giveProxy(voteId: $voteId, holderId: $holderId) {\n      id\n    }\n  }\n": types.GiveProxyDocument,
    "\n  mutation RevokeProxy($voteId: ID!) {\n    revokeProxy(voteId: $voteId) {\n      ...VotePageFields\n    }\n  }\n": types.RevokeProxyDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminOrganisations($search: String, $after: String) {\n    organisations(search: $search, after: $after) {\n      nodes {\n        id\n        name\n        type\n        siret\n        uai\n        emailDomains\n      }\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').AdminOrganisationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrganisation($id: ID!, $input: OrganisationInput!) {\n    updateOrganisation(id: $id, input: $input) {\n      id\n      name\n      type\n      siret\n      uai\n      emailDomains\n    }\n  }\n"): typeof import('./graphql').UpdateOrganisationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUsers($search: String, $after: String) {\n    users(search: $search, after: $after) {\n      nodes {\n        id\n        displayName\n        agreementForm\n        email\n        platformRole\n        status\n        organisation {\n          id\n          name\n          type\n        }\n      }\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').AdminUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPlatformRole($userId: ID!, $role: PlatformRole!) {\n    setPlatformRole(userId: $userId, role: $role) {\n      id\n      platformRole\n      status\n    }\n  }\n"): typeof import('./graphql').SetPlatformRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuspendUser($userId: ID!) {\n    suspendUser(userId: $userId) {\n      id\n      platformRole\n      status\n    }\n  }\n"): typeof import('./graphql').SuspendUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivateUser($userId: ID!) {\n    reactivateUser(userId: $userId) {\n      id\n      platformRole\n      status\n    }\n  }\n"): typeof import('./graphql').ReactivateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCall($committeeId: ID!, $input: CallInput!) {\n    createCall(committeeId: $committeeId, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateCallDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCall($callId: ID!, $input: CallInput!) {\n    updateCall(id: $callId, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').UpdateCallDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddCallReviewer($callId: ID!, $userId: ID!) {\n    addCallReviewer(callId: $callId, userId: $userId) {\n      id\n    }\n  }\n"): typeof import('./graphql').AddCallReviewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveCallReviewer($callId: ID!, $userId: ID!) {\n    removeCallReviewer(callId: $callId, userId: $userId) {\n      id\n    }\n  }\n"): typeof import('./graphql').RemoveCallReviewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenCall($id: ID!) {\n    openCall(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').OpenCallDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartCallReview($id: ID!) {\n    startCallReview(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').StartCallReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseCall($id: ID!) {\n    closeCall(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').CloseCallDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignReviewersAutomatically($callId: ID!) {\n    assignReviewersAutomatically(callId: $callId)\n  }\n"): typeof import('./graphql').AssignReviewersAutomaticallyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignReviewer($submissionId: ID!, $reviewerId: ID!) {\n    assignReviewer(submissionId: $submissionId, reviewerId: $reviewerId) {\n      id\n    }\n  }\n"): typeof import('./graphql').AssignReviewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideEligibility($id: ID!, $eligible: Boolean!, $reason: String!) {\n    decideEligibility(id: $id, eligible: $eligible, reason: $reason) {\n      id\n    }\n  }\n"): typeof import('./graphql').DecideEligibilityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenCallDeliberation($id: ID!, $closesAt: DateTime!) {\n    openCallDeliberation(id: $id, closesAt: $closesAt) {\n      id\n      voteId\n    }\n  }\n"): typeof import('./graphql').OpenCallDeliberationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideSubmission($id: ID!, $input: SubmissionDecisionInput!) {\n    decideSubmission(id: $id, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').DecideSubmissionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishCallDecision($id: ID!) {\n    publishCallDecision(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').PublishCallDecisionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclareReviewLink($id: ID!, $link: ReviewLink!, $text: String) {\n    declareReviewLink(id: $id, link: $link, text: $text) {\n      id\n    }\n  }\n"): typeof import('./graphql').DeclareReviewLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitReview($id: ID!, $scores: [CriterionScoreInput!]!) {\n    submitReview(id: $id, scores: $scores) {\n      id\n    }\n  }\n"): typeof import('./graphql').SubmitReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddMilestone($submissionId: ID!, $title: String!, $dueOn: String!) {\n    addMilestone(submissionId: $submissionId, title: $title, dueOn: $dueOn) {\n      id\n    }\n  }\n"): typeof import('./graphql').AddMilestoneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMilestone($id: ID!, $input: MilestoneUpdateInput!) {\n    updateMilestone(id: $id, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').UpdateMilestoneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CallsList($after: String) {\n    calls(after: $after) {\n      nodes {\n        id\n        title\n        state\n        challenges\n        cutoffs\n        budget\n      }\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').CallsListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CallFields on Call {\n    id\n    title\n    body\n    bodyHtml\n    state\n    challenges\n    criteria {\n      key\n      name\n      description\n      weight\n    }\n    cutoffs\n    budget\n    minScore\n    reviewsPerSubmission\n    voteId\n    openedAt\n    decidedAt\n    viewerStanding {\n      manages\n      reviewer\n    }\n  }\n"): typeof import('./graphql').CallFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CallPage($id: ID!) {\n    call(id: $id) {\n      ...CallFields\n      committee {\n        id\n        name\n        slug\n      }\n      reviewers {\n        id\n        displayName\n      }\n    }\n  }\n"): typeof import('./graphql').CallPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SubmissionFields on Submission {\n    id\n    callId\n    state\n    cutoffAt\n    revision\n    commonKind\n    commonName\n    challenge\n    summary\n    licence\n    repositoryUrl\n    maintainers\n    pitch\n    pitchHtml\n    amountAsked\n    publishConsent\n    submittedAt\n    eligibilityReason\n    passedReview\n    rank\n    decision\n    conditions\n    motivation\n    amountGranted\n  }\n"): typeof import('./graphql').SubmissionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MilestoneFields on Milestone {\n    id\n    submissionId\n    title\n    dueOn\n    status\n    percent\n    evidenceUrl\n    updatedAt\n  }\n"): typeof import('./graphql').MilestoneFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySubmissions {\n    mySubmissions {\n      ...SubmissionFields\n      call {\n        id\n        title\n        state\n      }\n      milestones {\n        ...MilestoneFields\n      }\n      applicants {\n        role\n        accepted\n        user {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MySubmissionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SubmissionChecks($callId: ID!, $input: SubmissionInput!) {\n    submissionChecks(callId: $callId, input: $input) {\n      check\n      passed\n      message\n    }\n  }\n"): typeof import('./graphql').SubmissionChecksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReviewFields on Review {\n    id\n    submissionId\n    state\n    link\n    linkText\n    weightedScore\n    submittedAt\n    mine\n    scores {\n      criterionKey\n      score\n      comment\n    }\n    reviewer {\n      id\n      displayName\n    }\n  }\n"): typeof import('./graphql').ReviewFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewerWorkspace($callId: ID!) {\n    reviewerWorkspace(callId: $callId) {\n      call {\n        ...CallFields\n      }\n      assignments {\n        review {\n          ...ReviewFields\n        }\n        submission {\n          ...SubmissionFields\n          reviews {\n            ...ReviewFields\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ReviewerWorkspaceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FacilitatorBoard($callId: ID!) {\n    facilitatorBoard(callId: $callId) {\n      call {\n        ...CallFields\n        reviewers {\n          id\n          displayName\n        }\n      }\n      # What each row shows, not the whole submission: a large call's board lists hundreds, and their\n      # texts (pitchHtml rendered from Markdown) and the reviews' comments would cost for nothing.\n      submissions {\n        submission {\n          id\n          commonName\n          state\n          decision\n          eligibilityReason\n          passedReview\n        }\n        reviews {\n          id\n          state\n          link\n          weightedScore\n          reviewer {\n            id\n            displayName\n          }\n        }\n        meanScore\n        spread\n        missingReviewers\n      }\n      reviewers {\n        reviewer {\n          id\n          displayName\n        }\n        assigned\n        submitted\n        excluded\n      }\n      lateMilestones {\n        ...MilestoneFields\n      }\n    }\n  }\n"): typeof import('./graphql').FacilitatorBoardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CallResults($callId: ID!) {\n    callResults(callId: $callId) {\n      call {\n        ...CallFields\n      }\n      rows {\n        submission {\n          ...SubmissionFields\n          milestones {\n            ...MilestoneFields\n          }\n          common {\n            id\n            slug\n          }\n        }\n        meanScore\n        spread\n      }\n      csvUrl\n      schemaUrl\n    }\n  }\n"): typeof import('./graphql').CallResultsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SubmissionPage($id: ID!) {\n    submission(id: $id) {\n      ...SubmissionFields\n      checks {\n        check\n        passed\n        message\n      }\n      applicants {\n        role\n        accepted\n        user {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SubmissionPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSubmission($callId: ID!, $input: SubmissionInput!, $coApplicantIds: [ID!]) {\n    createSubmission(callId: $callId, input: $input, coApplicantIds: $coApplicantIds) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateSubmissionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSubmission($id: ID!, $baseRevision: Int!, $input: SubmissionInput!) {\n    updateSubmission(id: $id, baseRevision: $baseRevision, input: $input) {\n      id\n      revision\n    }\n  }\n"): typeof import('./graphql').UpdateSubmissionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitSubmission($id: ID!) {\n    submitSubmission(id: $id) {\n      id\n      state\n    }\n  }\n"): typeof import('./graphql').SubmitSubmissionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptCoApplication($id: ID!) {\n    acceptCoApplication(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').AcceptCoApplicationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommonCard on Common {\n    id\n    slug\n    kind\n    name\n    summary\n    status\n    usageCount\n    maintenanceDue\n    laureateCallId\n    licence {\n      expression\n      open\n    }\n    domain {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').CommonCardFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CataloguePage($filter: CommonFilter, $after: String) {\n    commons(filter: $filter, after: $after) {\n      nodes {\n        ...CommonCard\n      }\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      facets {\n        kinds {\n          value\n          label\n          count\n        }\n        domains {\n          value\n          label\n          count\n        }\n        licences {\n          value\n          label\n          count\n        }\n        levels {\n          value\n          label\n          count\n        }\n        subjects {\n          value\n          label\n          count\n        }\n        organisations {\n          value\n          label\n          count\n        }\n        forges {\n          value\n          label\n          count\n        }\n        statuses {\n          value\n          label\n          count\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CataloguePageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommonPageFields on Common {\n    ...CommonCard\n    description\n    descriptionHtml\n    website\n    tags\n    revision\n    maintenanceConfirmedAt\n    createdAt\n    updatedAt\n    licence {\n      expression\n      ids\n      open\n      recommended\n    }\n    domain {\n      id\n      slug\n      name\n    }\n    stewardingGroup {\n      id\n      slug\n      name\n    }\n    repositories {\n      id\n      url\n      forge\n      role\n      mirrorOf\n    }\n    maintainers {\n      id\n      user {\n        id\n        displayName\n      }\n      organisation {\n        id\n        name\n      }\n    }\n    usages {\n      id\n      instanceUrl\n      userCount\n      declaredAt\n      organisation {\n        id\n        name\n        type\n      }\n    }\n    scolomfr {\n      levels {\n        uri\n        label\n      }\n      subjects {\n        uri\n        label\n      }\n      pedagogicalTypes {\n        uri\n        label\n      }\n      documentTypes {\n        uri\n        label\n      }\n    }\n    decisions {\n      id\n      title\n      state\n    }\n    revisions(first: 20) {\n      number\n      createdAt\n      author {\n        id\n        displayName\n      }\n    }\n    publiccodeReport\n    laureateSubmission {\n      id\n      commonName\n      call {\n        id\n        title\n        state\n      }\n      applicants {\n        accepted\n        user {\n          id\n        }\n      }\n      milestones {\n        ...MilestoneFields\n      }\n    }\n    viewerCan {\n      edit\n      declareUsage\n      contact\n      confirmMaintenance\n    }\n  }\n"): typeof import('./graphql').CommonPageFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommonPage($slug: String!) {\n    common(slug: $slug) {\n      ...CommonPageFields\n    }\n  }\n"): typeof import('./graphql').CommonPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScolomfrConcepts($vocabulary: String!) {\n    scolomfrConcepts(vocabulary: $vocabulary) {\n      uri\n      label\n    }\n  }\n"): typeof import('./graphql').ScolomfrConceptsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationCommons($organisationId: ID!) {\n    organisationCommons(organisationId: $organisationId) {\n      organisation {\n        id\n        name\n        type\n      }\n      maintained {\n        ...CommonCard\n      }\n      used {\n        ...CommonCard\n      }\n    }\n  }\n"): typeof import('./graphql').OrganisationCommonsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCommon($input: CommonInput!) {\n    createCommon(input: $input) {\n      ...CommonPageFields\n    }\n  }\n"): typeof import('./graphql').CreateCommonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCommon($id: ID!, $input: CommonInput!, $baseRevision: Int!) {\n    updateCommon(id: $id, input: $input, baseRevision: $baseRevision) {\n      ...CommonPageFields\n    }\n  }\n"): typeof import('./graphql').UpdateCommonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclareCommonUsage($commonId: ID!, $organisationId: ID!, $instanceUrl: String, $userCount: Int) {\n    declareCommonUsage(\n      commonId: $commonId\n      organisationId: $organisationId\n      instanceUrl: $instanceUrl\n      userCount: $userCount\n    ) {\n      ...CommonPageFields\n    }\n  }\n"): typeof import('./graphql').DeclareCommonUsageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawCommonUsage($commonId: ID!, $organisationId: ID!) {\n    withdrawCommonUsage(commonId: $commonId, organisationId: $organisationId) {\n      ...CommonPageFields\n    }\n  }\n"): typeof import('./graphql').WithdrawCommonUsageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmCommonMaintenance($commonId: ID!) {\n    confirmCommonMaintenance(commonId: $commonId) {\n      ...CommonPageFields\n    }\n  }\n"): typeof import('./graphql').ConfirmCommonMaintenanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContactCommonMaintainers($commonId: ID!, $message: String!) {\n    contactCommonMaintainers(commonId: $commonId, message: $message)\n  }\n"): typeof import('./graphql').ContactCommonMaintainersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddCommonMaintainer($commonId: ID!, $userId: ID, $organisationId: ID) {\n    addCommonMaintainer(commonId: $commonId, userId: $userId, organisationId: $organisationId) {\n      ...CommonPageFields\n    }\n  }\n"): typeof import('./graphql').AddCommonMaintainerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveCommonMaintainer($commonId: ID!, $maintainerId: ID!) {\n    removeCommonMaintainer(commonId: $commonId, maintainerId: $maintainerId) {\n      ...CommonPageFields\n    }\n  }\n"): typeof import('./graphql').RemoveCommonMaintainerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LinkCommonDecision($commonId: ID!, $proposalId: ID!) {\n    linkCommonDecision(commonId: $commonId, proposalId: $proposalId) {\n      ...CommonPageFields\n    }\n  }\n"): typeof import('./graphql').LinkCommonDecisionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlinkCommonDecision($commonId: ID!, $proposalId: ID!) {\n    unlinkCommonDecision(commonId: $commonId, proposalId: $proposalId) {\n      ...CommonPageFields\n    }\n  }\n"): typeof import('./graphql').UnlinkCommonDecisionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommonOrganisationChoices($search: String!) {\n    organisations(search: $search, first: 10) {\n      nodes {\n        id\n        name\n      }\n      totalCount\n    }\n  }\n"): typeof import('./graphql').CommonOrganisationChoicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportCommonFromPubliccode($text: String!, $domainId: ID, $commonId: ID) {\n    importCommonFromPubliccode(text: $text, domainId: $domainId, commonId: $commonId) {\n      id\n      slug\n      name\n      publiccodeReport\n    }\n  }\n"): typeof import('./graphql').ImportCommonFromPubliccodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChannelMessage on Message {\n    id\n    body\n    bodyHtml\n    status\n    createdAt\n    editedAt\n    author {\n      id\n      displayName\n    }\n  }\n"): typeof import('./graphql').ChannelMessageFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DiscussionChannel($id: ID!, $first: Int!) {\n    channel(id: $id) {\n      id\n      viewerPermissions {\n        post\n        moderate\n      }\n      messages(first: $first) {\n        hasMore\n        messages {\n          ...ChannelMessage\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DiscussionChannelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OlderMessages($id: ID!, $first: Int!, $before: ID!) {\n    channel(id: $id) {\n      id\n      messages(first: $first, before: $before) {\n        hasMore\n        messages {\n          ...ChannelMessage\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').OlderMessagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupChannel($slug: String!) {\n    group(slug: $slug) {\n      id\n      channel {\n        id\n        unreadCount\n      }\n    }\n  }\n"): typeof import('./graphql').GroupChannelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostMessage($channelId: ID!, $body: String!) {\n    postMessage(channelId: $channelId, body: $body) {\n      ...ChannelMessage\n    }\n  }\n"): typeof import('./graphql').PostMessageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditMessage($id: ID!, $body: String!) {\n    editMessage(id: $id, body: $body) {\n      ...ChannelMessage\n    }\n  }\n"): typeof import('./graphql').EditMessageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteMessage($id: ID!) {\n    deleteMessage(id: $id) {\n      ...ChannelMessage\n    }\n  }\n"): typeof import('./graphql').DeleteMessageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveMessage($id: ID!, $reason: String!) {\n    removeMessage(id: $id, reason: $reason) {\n      ...ChannelMessage\n    }\n  }\n"): typeof import('./graphql').RemoveMessageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkChannelRead($channelId: ID!, $messageId: ID!) {\n    markChannelRead(channelId: $channelId, messageId: $messageId)\n  }\n"): typeof import('./graphql').MarkChannelReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Mentionable($channelId: ID!, $search: String!, $first: Int!) {\n    channel(id: $channelId) {\n      id\n      mentionable(search: $search, first: $first) {\n        id\n        displayName\n      }\n    }\n  }\n"): typeof import('./graphql').MentionableDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyChannels {\n    myChannels {\n      id\n      unreadCount\n      unreadMentionCount\n      group {\n        name\n        slug\n      }\n      proposal {\n        id\n        title\n      }\n    }\n  }\n"): typeof import('./graphql').MyChannelsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Domains {\n    domains {\n      id\n      slug\n      name\n      description\n    }\n  }\n"): typeof import('./graphql').DomainsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDomain($input: DomainInput!) {\n    createDomain(input: $input) {\n      id\n      slug\n      name\n      description\n    }\n  }\n"): typeof import('./graphql').CreateDomainDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateDomain($id: ID!, $input: DomainInput!) {\n    updateDomain(id: $id, input: $input) {\n      id\n      slug\n      name\n      description\n    }\n  }\n"): typeof import('./graphql').UpdateDomainDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupsDirectory($filter: GroupFilter, $after: String) {\n    groupsDirectory(filter: $filter, after: $after) {\n      nodes {\n        id\n        slug\n        name\n        kind\n        status\n        visibility\n        shortDescription\n        memberCount\n        viewerRole\n        domain {\n          id\n          name\n        }\n        facilitators {\n          id\n          displayName\n        }\n      }\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').GroupsDirectoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupPage($slug: String!) {\n    group(slug: $slug) {\n      id\n      slug\n      name\n      kind\n      status\n      visibility\n      joinPolicy\n      shortDescription\n      charter\n      charterHtml\n      memberCount\n      viewerRole\n      domain {\n        id\n        slug\n        name\n      }\n      committee {\n        id\n        slug\n        name\n      }\n      facilitators {\n        id\n        displayName\n      }\n      viewerPermissions {\n        edit\n        join\n        requestToJoin\n        leave\n        manageMembers\n        readJournal\n      }\n      viewerJoinRequest {\n        id\n        createdAt\n      }\n    }\n  }\n"): typeof import('./graphql').GroupPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Committees($domainSlug: String!) {\n    groupsDirectory(filter: { domainSlug: $domainSlug, kind: committee }, first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').CommitteesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      id\n      slug\n    }\n  }\n"): typeof import('./graphql').CreateGroupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateGroup($groupId: ID!, $input: UpdateGroupInput!) {\n    updateGroup(groupId: $groupId, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').UpdateGroupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveGroup($groupId: ID!) {\n    archiveGroup(groupId: $groupId) {\n      id\n    }\n  }\n"): typeof import('./graphql').ArchiveGroupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenGroup($groupId: ID!) {\n    reopenGroup(groupId: $groupId) {\n      id\n    }\n  }\n"): typeof import('./graphql').ReopenGroupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JoinGroup($groupId: ID!) {\n    joinGroup(groupId: $groupId) {\n      role\n    }\n  }\n"): typeof import('./graphql').JoinGroupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestToJoinGroup($groupId: ID!, $message: String) {\n    requestToJoinGroup(groupId: $groupId, message: $message) {\n      id\n    }\n  }\n"): typeof import('./graphql').RequestToJoinGroupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeaveGroup($groupId: ID!) {\n    leaveGroup(groupId: $groupId)\n  }\n"): typeof import('./graphql').LeaveGroupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonSummary on User {\n    id\n    displayName\n    organisation {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').PersonSummaryFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupMembers($slug: String!, $after: String) {\n    group(slug: $slug) {\n      id\n      members(after: $after) {\n        nodes {\n          userId\n          role\n          since\n          user {\n            ...PersonSummary\n          }\n        }\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').GroupMembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupJoinRequests($slug: String!, $after: String) {\n    group(slug: $slug) {\n      id\n      joinRequests(after: $after) {\n        nodes {\n          id\n          message\n          createdAt\n          user {\n            ...PersonSummary\n          }\n        }\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').GroupJoinRequestsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupInvitations($slug: String!) {\n    group(slug: $slug) {\n      id\n      invitations {\n        id\n        email\n        role\n        expiresAt\n        expired\n        invitedUser {\n          id\n          displayName\n        }\n        invitedBy {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').GroupInvitationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyInvitations {\n    myInvitations {\n      id\n      role\n      expiresAt\n      group {\n        id\n        slug\n        name\n        kind\n      }\n      invitedBy {\n        id\n        displayName\n      }\n    }\n  }\n"): typeof import('./graphql').MyInvitationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddMember($groupId: ID!, $userId: ID!, $role: MembershipRole!) {\n    addMember(groupId: $groupId, userId: $userId, role: $role) {\n      userId\n    }\n  }\n"): typeof import('./graphql').AddMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeMemberRole($groupId: ID!, $userId: ID!, $role: MembershipRole!) {\n    changeMemberRole(groupId: $groupId, userId: $userId, role: $role) {\n      userId\n      role\n    }\n  }\n"): typeof import('./graphql').ChangeMemberRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveMember($groupId: ID!, $userId: ID!, $reason: String) {\n    removeMember(groupId: $groupId, userId: $userId, reason: $reason)\n  }\n"): typeof import('./graphql').RemoveMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideJoinRequest($requestId: ID!, $accept: Boolean!, $reason: String) {\n    decideJoinRequest(requestId: $requestId, accept: $accept, reason: $reason) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').DecideJoinRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteToGroup($groupId: ID!, $input: InvitationInput!) {\n    inviteToGroup(groupId: $groupId, input: $input) {\n      link\n    }\n  }\n"): typeof import('./graphql').InviteToGroupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeInvitation($invitationId: ID!) {\n    revokeInvitation(invitationId: $invitationId) {\n      id\n    }\n  }\n"): typeof import('./graphql').RevokeInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($token: String!) {\n    acceptInvitation(token: $token) {\n      group {\n        slug\n      }\n    }\n  }\n"): typeof import('./graphql').AcceptInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptMyInvitation($invitationId: ID!) {\n    acceptMyInvitation(invitationId: $invitationId) {\n      group {\n        slug\n      }\n    }\n  }\n"): typeof import('./graphql').AcceptMyInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Home {\n    myHome {\n      signedIn\n      ballotsToCast(first: 5) {\n        totalCount\n        nodes {\n          ...VoteSummary\n        }\n      }\n      joinRequests {\n        count\n        group {\n          id\n          slug\n          name\n        }\n      }\n      proposalsToMove(first: 5) {\n        totalCount\n        nodes {\n          ...ProposalSummary\n        }\n      }\n      awaitingVote(first: 5) {\n        totalCount\n        nodes {\n          ...ProposalSummary\n          committee {\n            id\n            slug\n          }\n        }\n      }\n      coauthorships(first: 5) {\n        totalCount\n        nodes {\n          ...ProposalSummary\n        }\n      }\n      drafts(first: 5) {\n        totalCount\n        nodes {\n          ...ProposalSummary\n        }\n      }\n      news(first: 5) {\n        totalCount\n        nodes {\n          id\n          action\n          targetType\n          targetId\n          details\n          occurredAt\n          actor {\n            id\n            displayName\n          }\n          group {\n            id\n            slug\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').HomeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Programme {\n    myHome {\n      decisions(first: 5) {\n        totalCount\n        nodes {\n          ...ProposalSummary\n        }\n      }\n      openGroups(first: 5) {\n        totalCount\n        nodes {\n          id\n          slug\n          name\n          shortDescription\n          joinPolicy\n          memberCount\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ProgrammeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMyAgreementForm($form: AgreementForm) {\n    setMyAgreementForm(form: $form) {\n      id\n      agreementForm\n    }\n  }\n"): typeof import('./graphql').SetMyAgreementFormDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportMyData {\n    exportMyData\n  }\n"): typeof import('./graphql').ExportMyDataDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EraseMyAccount {\n    eraseMyAccount\n  }\n"): typeof import('./graphql').EraseMyAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      displayName\n      agreementForm\n      publicProfile\n      email\n      platformRole\n      organisation {\n        id\n        name\n        type\n      }\n    }\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IdentityProviders {\n    identityProviders {\n      id\n      label\n      kind\n      available\n    }\n  }\n"): typeof import('./graphql').IdentityProvidersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IndicatorsList {\n    indicators {\n      code\n      theme\n      name\n      definition\n      unit\n      scope\n      since\n      byGroup\n    }\n  }\n"): typeof import('./graphql').IndicatorsListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IndicatorDashboard($code: String!, $from: String, $to: String, $domain: String) {\n    indicator(code: $code, from: $from, to: $to, domain: $domain) {\n      from\n      to\n      domain\n      cells {\n        key\n        label\n        value\n        display\n        suppressed\n      }\n      computedAt\n    }\n  }\n"): typeof import('./graphql').IndicatorDashboardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($filter: AuditFilter, $after: String) {\n    auditLog(filter: $filter, after: $after) {\n      nodes {\n        id\n        action\n        occurredAt\n        details\n        targetType\n        targetId\n        actor {\n          id\n          displayName\n        }\n        subject {\n          id\n          displayName\n        }\n        group {\n          id\n          slug\n          name\n        }\n      }\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').AuditLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JournalGroups($mine: Boolean) {\n    groupsDirectory(filter: { mine: $mine }, first: 100) {\n      nodes {\n        id\n        name\n        viewerRole\n      }\n    }\n  }\n"): typeof import('./graphql').JournalGroupsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"): typeof import('./graphql').UnreadNotificationCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($filter: NotificationFilter, $after: String) {\n    notifications(filter: $filter, after: $after) {\n      nodes {\n        id\n        kind\n        link\n        count\n        readAt\n        updatedAt\n        subjectTitle\n        actor {\n          id\n          displayName\n        }\n        group {\n          id\n          name\n        }\n        data {\n          accepted\n          closesAt\n          outcome\n          state\n          message\n        }\n      }\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').NotificationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n"): typeof import('./graphql').MarkNotificationsReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"): typeof import('./graphql').MarkAllNotificationsReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Follow($subject: FollowInput!) {\n    follow(subject: $subject)\n  }\n"): typeof import('./graphql').FollowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Unfollow($subject: FollowInput!) {\n    unfollow(subject: $subject)\n  }\n"): typeof import('./graphql').UnfollowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProposalFollowing($id: ID!) {\n    proposal(id: $id) {\n      id\n      following\n    }\n  }\n"): typeof import('./graphql').ProposalFollowingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupFollowing($slug: String!) {\n    group(slug: $slug) {\n      id\n      following\n    }\n  }\n"): typeof import('./graphql').GroupFollowingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationPreferences {\n    notificationPreferences {\n      kinds {\n        kind\n        cadence\n        isDefault\n      }\n      groupOverrides {\n        kind\n        cadence\n        group {\n          id\n          name\n        }\n      }\n    }\n    groupsDirectory(filter: { mine: true }, first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').NotificationPreferencesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetNotificationPreference($kind: NotificationKind!, $groupId: ID, $cadence: NotificationCadence!) {\n    setNotificationPreference(kind: $kind, groupId: $groupId, cadence: $cadence) {\n      kinds {\n        kind\n        cadence\n        isDefault\n      }\n      groupOverrides {\n        kind\n        cadence\n        group {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SetNotificationPreferenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnsubscribeLink($token: String!) {\n    unsubscribeLink(token: $token) {\n      kind\n      cadence\n      groupName\n      applies\n    }\n  }\n"): typeof import('./graphql').UnsubscribeLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Unsubscribe($token: String!) {\n    unsubscribe(token: $token) {\n      kind\n      cadence\n      groupName\n      applies\n    }\n  }\n"): typeof import('./graphql').UnsubscribeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DevelopmentMails {\n    developmentMails {\n      id\n      date\n      to\n      subject\n      text\n    }\n  }\n"): typeof import('./graphql').DevelopmentMailsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FailedMailDeliveries($after: String) {\n    failedMailDeliveries(after: $after) {\n      nodes {\n        id\n        status\n        address\n        attempts\n        lastError\n        digestPeriod\n        notificationCount\n        updatedAt\n        recipient {\n          id\n          displayName\n        }\n      }\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').FailedMailDeliveriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationByToken($token: String!) {\n    invitationByToken(token: $token) {\n      role\n      group {\n        name\n        kind\n      }\n    }\n  }\n"): typeof import('./graphql').InvitationByTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MarkdownPreview($markdown: String!) {\n    markdownPreview(markdown: $markdown)\n  }\n"): typeof import('./graphql').MarkdownPreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProposalSummary on Proposal {\n    id\n    title\n    summary\n    state\n    supportCount\n    commentCount\n    updatedAt\n    group {\n      id\n      slug\n      name\n    }\n    authors {\n      status\n      user {\n        id\n        displayName\n      }\n    }\n  }\n"): typeof import('./graphql').ProposalSummaryFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupProposals($slug: String!, $filter: ProposalFilter, $after: String) {\n    group(slug: $slug) {\n      id\n      proposals(filter: $filter, after: $after) {\n        nodes {\n          ...ProposalSummary\n        }\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').GroupProposalsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchProposals($search: String, $states: [ProposalState!], $after: String) {\n    searchProposals(search: $search, states: $states, after: $after) {\n      nodes {\n        ...ProposalSummary\n      }\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').SearchProposalsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProposalPageFields on Proposal {\n    id\n    title\n    summary\n    body\n    bodyHtml\n    state\n    tags\n    revisionNumber\n    supportCount\n    commentCount\n    updatedAt\n    viewerSupports\n    allowedTransitions\n    channel {\n      id\n    }\n    viewerPermissions {\n      edit\n      comment\n      support\n      amend\n      inviteCoauthors\n      moderate\n    }\n    authors {\n      status\n      user {\n        id\n        displayName\n        organisation {\n          id\n          name\n        }\n      }\n    }\n    group {\n      id\n      slug\n      name\n    }\n    committee {\n      id\n      slug\n      name\n      viewerRole\n    }\n    votes {\n      ...VoteSummary\n    }\n    timeline {\n      fromState\n      toState\n      reason\n      createdAt\n      actor {\n        id\n        displayName\n      }\n    }\n    amendments {\n      id\n      baseRevision\n      body\n      explanation\n      status\n      reason\n      createdAt\n      author {\n        id\n        displayName\n      }\n    }\n  }\n"): typeof import('./graphql').ProposalPageFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProposalPage($id: ID!) {\n    proposal(id: $id) {\n      ...ProposalPageFields\n    }\n  }\n"): typeof import('./graphql').ProposalPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProposalEditor($id: ID!) {\n    proposal(id: $id) {\n      id\n      title\n      summary\n      body\n      tags\n      revisionNumber\n      viewerPermissions {\n        edit\n      }\n      group {\n        id\n        slug\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').ProposalEditorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProposalRevisions($id: ID!, $after: String) {\n    proposal(id: $id) {\n      id\n      revisions(after: $after) {\n        nodes {\n          id\n          number\n          title\n          createdAt\n          amendmentId\n          author {\n            id\n            displayName\n          }\n        }\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ProposalRevisionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProposalRevisionBody($id: ID!, $number: Int!) {\n    proposal(id: $id) {\n      id\n      revision(number: $number) {\n        id\n        body\n      }\n    }\n  }\n"): typeof import('./graphql').ProposalRevisionBodyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProposalDiff($id: ID!, $from: Int!, $to: Int!) {\n    proposal(id: $id) {\n      id\n      diff(from: $from, to: $to) {\n        givenUp\n        title {\n          kind\n          text\n        }\n        summary {\n          kind\n          text\n        }\n        body {\n          kind\n          text\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ProposalDiffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommentFields on Comment {\n    id\n    body\n    status\n    moderationReason\n    editedAt\n    createdAt\n    author {\n      id\n      displayName\n    }\n  }\n"): typeof import('./graphql').CommentFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProposalComments($id: ID!, $after: String) {\n    proposal(id: $id) {\n      id\n      comments(after: $after) {\n        nodes {\n          ...CommentFields\n          replies {\n            ...CommentFields\n          }\n        }\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ProposalCommentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProposal($groupId: ID!, $input: ProposalInput!) {\n    createProposal(groupId: $groupId, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateProposalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveProposal($proposalId: ID!, $baseRevision: Int!, $input: ProposalInput!) {\n    saveProposal(proposalId: $proposalId, baseRevision: $baseRevision, input: $input) {\n      ...ProposalPageFields\n    }\n  }\n"): typeof import('./graphql').SaveProposalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteCoauthor($proposalId: ID!, $userId: ID!) {\n    inviteCoauthor(proposalId: $proposalId, userId: $userId)\n  }\n"): typeof import('./graphql').InviteCoauthorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RespondToCoauthorship($proposalId: ID!, $accept: Boolean!) {\n    respondToCoauthorship(proposalId: $proposalId, accept: $accept)\n  }\n"): typeof import('./graphql').RespondToCoauthorshipDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransitionProposal($proposalId: ID!, $transition: ProposalTransition!, $reason: String) {\n    transitionProposal(proposalId: $proposalId, transition: $transition, reason: $reason) {\n      ...ProposalPageFields\n    }\n  }\n"): typeof import('./graphql').TransitionProposalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SupportProposal($proposalId: ID!, $support: Boolean!) {\n    supportProposal(proposalId: $proposalId, support: $support) {\n      id\n      supportCount\n      viewerSupports\n    }\n  }\n"): typeof import('./graphql').SupportProposalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddComment($proposalId: ID!, $body: String!, $parentId: ID) {\n    addComment(proposalId: $proposalId, body: $body, parentId: $parentId) {\n      id\n    }\n  }\n"): typeof import('./graphql').AddCommentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditComment($commentId: ID!, $body: String!) {\n    editComment(commentId: $commentId, body: $body) {\n      id\n    }\n  }\n"): typeof import('./graphql').EditCommentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteComment($commentId: ID!) {\n    deleteComment(commentId: $commentId)\n  }\n"): typeof import('./graphql').DeleteCommentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HideComment($commentId: ID!, $reason: String!) {\n    hideComment(commentId: $commentId, reason: $reason) {\n      id\n    }\n  }\n"): typeof import('./graphql').HideCommentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposeAmendment($proposalId: ID!, $body: String!, $explanation: String) {\n    proposeAmendment(proposalId: $proposalId, body: $body, explanation: $explanation) {\n      id\n    }\n  }\n"): typeof import('./graphql').ProposeAmendmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideAmendment($amendmentId: ID!, $accept: Boolean!, $reason: String) {\n    decideAmendment(amendmentId: $amendmentId, accept: $accept, reason: $reason) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').DecideAmendmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommitteeAgenda($slug: String!, $after: String) {\n    group(slug: $slug) {\n      id\n      awaitingVote(after: $after) {\n        nodes {\n          ...ProposalSummary\n        }\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CommitteeAgendaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Contributor($id: ID!) {\n    contributor(id: $id) {\n      id\n      displayName\n      organisationId\n      organisationName\n      adoptedProposals(first: 50) {\n        totalCount\n        nodes {\n          id\n          title\n          state\n          updatedAt\n        }\n      }\n      proposals(first: 50) {\n        totalCount\n        nodes {\n          id\n          title\n          state\n          updatedAt\n        }\n      }\n      acceptedAmendments {\n        id\n        proposalId\n        proposalTitle\n        decidedAt\n      }\n      maintainedCommons {\n        id\n        slug\n        name\n        since\n      }\n      callsWon {\n        id\n        callId\n        callTitle\n        commonName\n        commonSlug\n        withConditions\n        decidedAt\n      }\n      reviewsDone\n      attestations {\n        id\n        reason\n        createdAt\n        authorName\n        groupName\n      }\n      attestableGroups {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').ContributorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationContributors($organisationId: ID!) {\n    organisationContributors(organisationId: $organisationId) {\n      id\n      displayName\n      adoptedProposalCount\n      maintainedCommonCount\n    }\n  }\n"): typeof import('./graphql').OrganisationContributorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyAttestations {\n    myAttestations {\n      id\n      reason\n      createdAt\n      hidden\n      authorName\n      groupName\n    }\n  }\n"): typeof import('./graphql').MyAttestationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMyPublicProfile($public: Boolean!) {\n    setMyPublicProfile(public: $public) {\n      id\n      publicProfile\n    }\n  }\n"): typeof import('./graphql').SetMyPublicProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AttestContribution($personId: ID!, $groupId: ID!, $reason: String!) {\n    attestContribution(personId: $personId, groupId: $groupId, reason: $reason) {\n      id\n    }\n  }\n"): typeof import('./graphql').AttestContributionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAttestationHidden($id: ID!, $hidden: Boolean!) {\n    setAttestationHidden(id: $id, hidden: $hidden) {\n      id\n      hidden\n    }\n  }\n"): typeof import('./graphql').SetAttestationHiddenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpenBadge($attestationId: ID!) {\n    openBadge(attestationId: $attestationId)\n  }\n"): typeof import('./graphql').OpenBadgeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalSearch($text: String!, $kinds: [SearchKind!], $domainIds: [ID!], $after: String) {\n    search(text: $text, kinds: $kinds, domainIds: $domainIds, after: $after) {\n      totalCount\n      totalIsCapped\n      nodes {\n        kind\n        id\n        title\n        excerptHtml\n        path\n        updatedAt\n        domain {\n          id\n          name\n        }\n      }\n      facets {\n        kinds {\n          value\n          label\n          count\n        }\n        domains {\n          value\n          label\n          count\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').PortalSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VoteSummary on Vote {\n    id\n    title\n    method\n    status\n    opensAt\n    closesAt\n    closedAt\n    turnout\n    eligibleCount\n    result {\n      outcome\n    }\n  }\n"): typeof import('./graphql').VoteSummaryFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommitteeVotes($slug: String!, $section: AgendaSection!, $after: String) {\n    group(slug: $slug) {\n      id\n      votes(section: $section, after: $after) {\n        nodes {\n          ...VoteSummary\n        }\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CommitteeVotesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VotePageFields on Vote {\n    id\n    title\n    description\n    descriptionHtml\n    method\n    threshold\n    quorumPercent\n    secret\n    ballotChanges\n    status\n    opensAt\n    closesAt\n    closedAt\n    cancelReason\n    eligibleCount\n    turnout\n    finalHash\n    ledgerUrl\n    viewerCanManage\n    options {\n      key\n      label\n    }\n    committee {\n      id\n      slug\n      name\n    }\n    proposal {\n      id\n      title\n      state\n    }\n    viewerStanding {\n      onRoll\n      voted\n      receipt\n      proxyHeldUsed\n      castBy {\n        id\n        displayName\n      }\n      proxyGiven {\n        id\n        givenAt\n        holder {\n          id\n          displayName\n        }\n      }\n      proxyHeld {\n        id\n        givenAt\n        giver {\n          id\n          displayName\n        }\n      }\n    }\n    result {\n      outcome\n      quorumReached\n      ballots\n      eligibleVoters\n      for\n      against\n      abstain\n      finalHash\n      options {\n        key\n        label\n        rank\n        majorityGrade\n        approvals\n        profile {\n          grade\n          count\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').VotePageFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VotePage($id: ID!) {\n    vote(id: $id) {\n      ...VotePageFields\n    }\n  }\n"): typeof import('./graphql').VotePageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VoteRoll($id: ID!) {\n    vote(id: $id) {\n      id\n      roll {\n        id\n        displayName\n      }\n    }\n  }\n"): typeof import('./graphql').VoteRollDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VoteProposal($id: ID!) {\n    proposal(id: $id) {\n      id\n      title\n      state\n      committee {\n        id\n        slug\n        name\n        viewerRole\n      }\n    }\n  }\n"): typeof import('./graphql').VoteProposalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VoteCommittee($slug: String!) {\n    group(slug: $slug) {\n      id\n      slug\n      name\n      kind\n      viewerRole\n    }\n  }\n"): typeof import('./graphql').VoteCommitteeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VoteBallots($id: ID!, $after: String) {\n    vote(id: $id) {\n      id\n      ballots(after: $after) {\n        nodes {\n          receipt\n          position\n          approved\n          grades {\n            option\n            grade\n          }\n          voter {\n            id\n            displayName\n          }\n          castBy {\n            id\n            displayName\n          }\n        }\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').VoteBallotsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BallotByReceipt($voteId: ID!, $receipt: String!) {\n    ballotByReceipt(voteId: $voteId, receipt: $receipt) {\n      receipt\n      position\n      approved\n      grades {\n        option\n        grade\n      }\n    }\n  }\n"): typeof import('./graphql').BallotByReceiptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateVote($input: CreateVoteInput!) {\n    createVote(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateVoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenVote($id: ID!) {\n    openVote(id: $id) {\n      ...VotePageFields\n    }\n  }\n"): typeof import('./graphql').OpenVoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelVote($id: ID!, $reason: String!) {\n    cancelVote(id: $id, reason: $reason) {\n      ...VotePageFields\n    }\n  }\n"): typeof import('./graphql').CancelVoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CastBallot($voteId: ID!, $ballot: BallotInput!, $secret: String!, $onBehalfOf: ID) {\n    castBallot(voteId: $voteId, ballot: $ballot, secret: $secret, onBehalfOf: $onBehalfOf) {\n      receipt\n      vote {\n        ...VotePageFields\n      }\n    }\n  }\n"): typeof import('./graphql').CastBallotDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeBallot($voteId: ID!, $ballot: BallotInput!, $secret: String, $onBehalfOf: ID) {\n    changeBallot(voteId: $voteId, ballot: $ballot, secret: $secret, onBehalfOf: $onBehalfOf) {\n      receipt\n      vote {\n        ...VotePageFields\n      }\n    }\n  }\n"): typeof import('./graphql').ChangeBallotDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GiveProxy($voteId: ID!, $holderId: ID!) {\n    giveProxy(voteId: $voteId, holderId: $holderId) {\n      id\n    }\n  }\n"): typeof import('./graphql').GiveProxyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeProxy($voteId: ID!) {\n    revokeProxy(voteId: $voteId) {\n      ...VotePageFields\n    }\n  }\n"): typeof import('./graphql').RevokeProxyDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
