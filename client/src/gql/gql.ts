/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

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
    "\n  fragment FeedbackFields on Feedback {\n    id\n    side\n    rating\n    outcome\n    comment\n  }\n": typeof types.FeedbackFieldsFragmentDoc,
    "\n  query FeedbackRequests {\n    feedbackRequests {\n      matchId\n      kind\n      side\n      partnerName\n      endedAt\n      openUntil\n      given {\n        ...FeedbackFields\n      }\n    }\n  }\n": typeof types.FeedbackRequestsDocument,
    "\n  query ConversationInterpreters($conversationId: ID!) {\n    conversationInterpreters(conversationId: $conversationId) {\n      id\n      status\n      interpreterId\n      interpreterName\n      entrepreneurLanguage\n      supporterLanguage\n      entrepreneurConsented\n      supporterConsented\n      mySide\n    }\n  }\n": typeof types.ConversationInterpretersDocument,
    "\n  mutation AnswerInterpreterProposal($assignmentId: ID!, $accept: Boolean!) {\n    answerInterpreterProposal(assignmentId: $assignmentId, accept: $accept) {\n      id\n      status\n      entrepreneurConsented\n      supporterConsented\n    }\n  }\n": typeof types.AnswerInterpreterProposalDocument,
    "\n  mutation EndInterpreterAssignment($assignmentId: ID!) {\n    endInterpreterAssignment(assignmentId: $assignmentId) {\n      id\n      status\n      endReason\n    }\n  }\n": typeof types.EndInterpreterAssignmentDocument,
    "\n  query MatchInterpreters($matchId: ID!) {\n    matchInterpreters(matchId: $matchId) {\n      id\n      status\n      interpreterName\n      entrepreneurLanguage\n      supporterLanguage\n      entrepreneurConsented\n      supporterConsented\n      endReason\n    }\n    interpreterCandidates(matchId: $matchId) {\n      userId\n      displayName\n      entrepreneurLanguage\n      supporterLanguage\n    }\n  }\n": typeof types.MatchInterpretersDocument,
    "\n  mutation ProposeInterpreter($matchId: ID!, $interpreterId: ID!) {\n    proposeInterpreter(input: { matchId: $matchId, interpreterId: $interpreterId }) {\n      id\n      status\n    }\n  }\n": typeof types.ProposeInterpreterDocument,
    "\n  fragment RecommendationResultFields on RecommendationResult {\n    demandId\n    feasibleCount\n    blockedBy {\n      code\n      params\n    }\n    recommendations {\n      score\n      supporter {\n        userId\n        displayName\n      }\n      reasons {\n        code\n        params\n      }\n    }\n  }\n": typeof types.RecommendationResultFieldsFragmentDoc,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n": typeof types.RegisterDocument,
    "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n": typeof types.LogInDocument,
    "\n  mutation SetUpAccount($input: SetUpAccountInput!) {\n    setUpAccount(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n": typeof types.SetUpAccountDocument,
    "\n  mutation AssistedSignUp($input: AssistedSignUpInput!) {\n    assistedSignUp(input: $input) {\n      setupCode\n      expiresAt\n      user {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.AssistedSignUpDocument,
    "\n  mutation ResetAccountAccess($userId: ID!, $input: ResetAccountAccessInput!) {\n    resetAccountAccess(userId: $userId, input: $input) {\n      setupCode\n      expiresAt\n      user {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.ResetAccountAccessDocument,
    "\n  query AssistedEntrepreneurs {\n    people(role: ENTREPRENEUR, limit: 100) {\n      id\n      displayName\n      createdAt\n    }\n  }\n": typeof types.AssistedEntrepreneursDocument,
    "\n  query AssistedProfile($id: ID!) {\n    user(id: $id) {\n      id\n      displayName\n      entrepreneurProfile {\n        id\n        countryOfResidence\n        countryOfOrigin\n        city\n        languages {\n          language\n          level\n        }\n        sector\n        businessStage\n        businessDescription\n        modalities\n        availability {\n          timeZone\n          slots {\n            day\n            startMinute\n            endMinute\n          }\n        }\n      }\n    }\n  }\n": typeof types.AssistedProfileDocument,
    "\n  mutation AssistedUpdateProfile($userId: ID!, $input: AssistedProfileUpdateInput!) {\n    assistedUpdateProfile(userId: $userId, input: $input) {\n      id\n      displayName\n    }\n  }\n": typeof types.AssistedUpdateProfileDocument,
    "\n  query Conversations {\n    conversations(limit: 50) {\n      id\n      kind\n      closedAt\n      lastSeq\n      lastActivityAt\n      unreadCount\n      lastMessage {\n        id\n        seq\n        senderId\n        body\n        redacted\n        removed\n        hidden\n        createdAt\n      }\n      members {\n        userId\n        displayName\n      }\n      circle {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ConversationsDocument,
    "\n  query Conversation($id: ID!) {\n    conversation(id: $id) {\n      id\n      kind\n      matchId\n      closedAt\n      lastSeq\n      lastReadSeq\n      unreadCount\n      blockedByMe\n      canSend\n      members {\n        userId\n        displayName\n        lastReadSeq\n      }\n      circle {\n        id\n        name\n        moderating\n        moderator {\n          userId\n        }\n      }\n    }\n  }\n": typeof types.ConversationDocument,
    "\n  query Messages($conversationId: ID!, $before: Int, $limit: Int!) {\n    messages(conversationId: $conversationId, before: $before, limit: $limit) {\n      hasMore\n      messages {\n        id\n        conversationId\n        seq\n        senderId\n        clientMessageId\n        body\n        redacted\n        removed\n        hidden\n        createdAt\n        voiceNote {\n          id\n          durationMs\n          mimeType\n        }\n      }\n    }\n  }\n": typeof types.MessagesDocument,
    "\n  mutation BlockUser($userId: ID!) {\n    blockUser(userId: $userId) {\n      userId\n      blockedAt\n    }\n  }\n": typeof types.BlockUserDocument,
    "\n  mutation UnblockUser($userId: ID!) {\n    unblockUser(userId: $userId)\n  }\n": typeof types.UnblockUserDocument,
    "\n  mutation ReportMessage($input: ReportMessageInput!) {\n    reportMessage(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.ReportMessageDocument,
    "\n  mutation ReportPerson($input: ReportPersonInput!) {\n    reportPerson(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.ReportPersonDocument,
    "\n  mutation LeaveCircleFromConversation($id: ID!) {\n    leaveCircle(id: $id) {\n      id\n      joined\n    }\n  }\n": typeof types.LeaveCircleFromConversationDocument,
    "\n  mutation RemoveCircleMessage($messageId: ID!) {\n    removeCircleMessage(messageId: $messageId) {\n      id\n      removed\n    }\n  }\n": typeof types.RemoveCircleMessageDocument,
    "\n  mutation RemoveCircleMember($circleId: ID!, $userId: ID!) {\n    removeCircleMember(circleId: $circleId, userId: $userId) {\n      id\n      memberCount\n    }\n  }\n": typeof types.RemoveCircleMemberDocument,
    "\n  fragment CircleFields on Circle {\n    id\n    name\n    description\n    language\n    country\n    sector\n    memberCap\n    memberCount\n    joined\n    moderating\n    full\n    conversationId\n    moderator {\n      userId\n      displayName\n    }\n  }\n": typeof types.CircleFieldsFragmentDoc,
    "\n  query Circles($language: String, $country: Country, $sector: Sector, $mine: Boolean!, $limit: Int!, $offset: Int!) {\n    circles(language: $language, country: $country, sector: $sector, mine: $mine, limit: $limit, offset: $offset) {\n      ...CircleFields\n    }\n  }\n": typeof types.CirclesDocument,
    "\n  mutation JoinCircle($id: ID!) {\n    joinCircle(id: $id) {\n      ...CircleFields\n    }\n  }\n": typeof types.JoinCircleDocument,
    "\n  mutation LeaveCircle($id: ID!) {\n    leaveCircle(id: $id) {\n      ...CircleFields\n    }\n  }\n": typeof types.LeaveCircleDocument,
    "\n  mutation CreateCircle($input: CircleInput!) {\n    createCircle(input: $input) {\n      ...CircleFields\n    }\n  }\n": typeof types.CreateCircleDocument,
    "\n  mutation ArchiveCircle($id: ID!) {\n    archiveCircle(id: $id) {\n      id\n      archivedAt\n    }\n  }\n": typeof types.ArchiveCircleDocument,
    "\n  query CircleModeratorCandidates($role: Role!) {\n    people(role: $role, limit: 200) {\n      id\n      displayName\n    }\n  }\n": typeof types.CircleModeratorCandidatesDocument,
    "\n  mutation AppointCircleModerator($circleId: ID!, $userId: ID!) {\n    appointCircleModerator(circleId: $circleId, userId: $userId) {\n      ...CircleFields\n    }\n  }\n": typeof types.AppointCircleModeratorDocument,
    "\n  query OpenDemands {\n    openDemands(limit: 20) {\n      daysWaiting\n      countryOfResidence\n      urgency\n      feasibleCount\n      entrepreneur {\n        userId\n        displayName\n      }\n      demand {\n        id\n        kind\n        needs\n      }\n      why {\n        code\n      }\n    }\n  }\n": typeof types.OpenDemandsDocument,
    "\n  mutation RunMatchingRound($dryRun: Boolean!) {\n    runMatchingRound(input: { dryRun: $dryRun }) {\n      id\n      dryRun\n      demandCount\n      supporterCount\n      feasiblePairs\n      matchedCount\n      unmatchedCount\n      durationMs\n      unmatchedCounts {\n        code\n        count\n      }\n    }\n  }\n": typeof types.RunMatchingRoundDocument,
    "\n  query Proposals($roundId: ID!) {\n    proposals(roundId: $roundId) {\n      demandId\n      matchId\n      kind\n      score\n      status\n      entrepreneur {\n        userId\n        displayName\n      }\n      supporter {\n        userId\n        displayName\n      }\n      reasons {\n        code\n        params\n      }\n    }\n  }\n": typeof types.ProposalsDocument,
    "\n  mutation ApproveProposal($matchId: ID!) {\n    approveProposal(matchId: $matchId) {\n      id\n      status\n    }\n  }\n": typeof types.ApproveProposalDocument,
    "\n  mutation RejectProposal($matchId: ID!, $reason: MatchReasonCode!, $note: String) {\n    rejectProposal(matchId: $matchId, reason: $reason, note: $note) {\n      id\n      status\n    }\n  }\n": typeof types.RejectProposalDocument,
    "\n  query Candidates($demandId: ID!) {\n    recommendations(demandId: $demandId, limit: 6) {\n      ...RecommendationResultFields\n    }\n  }\n": typeof types.CandidatesDocument,
    "\n  mutation SwapProposal($matchId: ID!, $supporterUserId: ID!, $note: String) {\n    swapProposal(matchId: $matchId, supporterUserId: $supporterUserId, note: $note) {\n      id\n      status\n    }\n  }\n": typeof types.SwapProposalDocument,
    "\n  mutation MatchByHand($demandId: ID!, $supporterUserId: ID!, $reason: String!) {\n    matchByHand(demandId: $demandId, supporterUserId: $supporterUserId, reason: $reason) {\n      id\n      status\n    }\n  }\n": typeof types.MatchByHandDocument,
    "\n  query Dashboard($filter: DashboardFilterInput) {\n    dashboard(filter: $filter) {\n      generatedAt\n      totals {\n        openDemands\n        supporters\n        seats\n        seatsUsed\n      }\n      demandSupply {\n        need\n        language\n        demand\n        supply\n      }\n      countries {\n        country\n        openDemands\n        supporters\n        seats\n        seatsUsed\n      }\n      unmatchedReasons {\n        code\n        count\n      }\n      unmatchedRoundAt\n      timeToMatch {\n        kind\n        matched\n        medianHours\n        p90Hours\n      }\n      feedback {\n        matchesEnded\n        responsePercent\n        minRatingsShown\n        sides {\n          side\n          asked\n          given\n          responsePercent\n          averageRating\n          outcomes {\n            outcome\n            count\n          }\n          suppressed\n        }\n      }\n    }\n  }\n": typeof types.DashboardDocument,
    "\n  query DashboardOrganizations {\n    organizations {\n      id\n      name\n    }\n  }\n": typeof types.DashboardOrganizationsDocument,
    "\n  mutation GiveFeedback($matchId: ID!, $input: FeedbackInput!) {\n    giveFeedback(matchId: $matchId, input: $input) {\n      ...FeedbackFields\n    }\n  }\n": typeof types.GiveFeedbackDocument,
    "\n  fragment GoalFields on Goal {\n    id\n    title\n    description\n    targetDate\n    status\n    pathway\n    createdBySide\n    milestonesDone\n    milestones {\n      id\n      title\n      done\n    }\n    updates {\n      id\n      side\n      body\n      newStatus\n      createdAt\n    }\n  }\n": typeof types.GoalFieldsFragmentDoc,
    "\n  query GoalBoard($matchId: ID!) {\n    goalBoard(matchId: $matchId) {\n      matchId\n      kind\n      matchStatus\n      mySide\n      partnerName\n      writable\n      goals {\n        ...GoalFields\n      }\n      sessions {\n        id\n        side\n        heldOn\n        durationMinutes\n        notes\n      }\n    }\n  }\n": typeof types.GoalBoardDocument,
    "\n  mutation AddGoal($matchId: ID!, $input: GoalInput!) {\n    addGoal(matchId: $matchId, input: $input) {\n      ...GoalFields\n    }\n  }\n": typeof types.AddGoalDocument,
    "\n  mutation AddMilestone($goalId: ID!, $title: String!) {\n    addMilestone(goalId: $goalId, input: { title: $title }) {\n      ...GoalFields\n    }\n  }\n": typeof types.AddMilestoneDocument,
    "\n  mutation SetMilestoneDone($milestoneId: ID!, $done: Boolean!) {\n    setMilestoneDone(milestoneId: $milestoneId, done: $done) {\n      ...GoalFields\n    }\n  }\n": typeof types.SetMilestoneDoneDocument,
    "\n  mutation PostGoalUpdate($goalId: ID!, $input: GoalUpdateInput!) {\n    postGoalUpdate(goalId: $goalId, input: $input) {\n      ...GoalFields\n    }\n  }\n": typeof types.PostGoalUpdateDocument,
    "\n  mutation LogSession($matchId: ID!, $input: SessionLogInput!) {\n    logSession(matchId: $matchId, input: $input) {\n      id\n    }\n  }\n": typeof types.LogSessionDocument,
    "\n  query GoalPathways($matchId: ID!, $locale: String) {\n    goalPathways(matchId: $matchId, locale: $locale) {\n      code\n      title\n      description\n      milestones\n      localized\n    }\n  }\n": typeof types.GoalPathwaysDocument,
    "\n  mutation AddPathwayGoal($matchId: ID!, $input: PathwayGoalInput!) {\n    addPathwayGoal(matchId: $matchId, input: $input) {\n      ...GoalFields\n    }\n  }\n": typeof types.AddPathwayGoalDocument,
    "\n  query MyInvitations {\n    myInvitations {\n      id\n      kind\n      invitationExpiresAt\n      entrepreneur {\n        userId\n        displayName\n      }\n      demand {\n        id\n        needs\n      }\n      reasons {\n        code\n        params\n      }\n    }\n    myMatches {\n      id\n      kind\n      status\n      entrepreneur {\n        userId\n        displayName\n      }\n      demand {\n        id\n        needs\n      }\n    }\n    conversations(limit: 50) {\n      id\n      matchId\n    }\n  }\n": typeof types.MyInvitationsDocument,
    "\n  mutation AcceptInvitation($matchId: ID!) {\n    acceptInvitation(matchId: $matchId) {\n      id\n      status\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  mutation DeclineInvitation($matchId: ID!, $reason: MatchReasonCode!, $note: String) {\n    declineInvitation(matchId: $matchId, reason: $reason, note: $note) {\n      id\n      status\n    }\n  }\n": typeof types.DeclineInvitationDocument,
    "\n  query MyPeople {\n    myMatches {\n      id\n      kind\n      status\n      approvedAt\n      entrepreneur {\n        userId\n        displayName\n        accountDeleted\n        contact {\n          email\n          phone\n        }\n      }\n      demand {\n        id\n        needs\n      }\n      history {\n        to\n        at\n      }\n    }\n    conversations(limit: 100) {\n      id\n      matchId\n      unreadCount\n    }\n  }\n": typeof types.MyPeopleDocument,
    "\n  mutation CompleteMatch($matchId: ID!, $outcome: MatchOutcome!, $note: String) {\n    completeMatch(matchId: $matchId, outcome: $outcome, note: $note) {\n      id\n      status\n    }\n  }\n": typeof types.CompleteMatchDocument,
    "\n  query MyNotifications($first: Int, $after: String) {\n    myNotifications(first: $first, after: $after) {\n      nodes {\n        id\n        kind\n        link\n        read\n        createdAt\n        params {\n          name\n          text\n          number\n        }\n      }\n      nextCursor\n    }\n  }\n": typeof types.MyNotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": typeof types.MarkAllNotificationsReadDocument,
    "\n  query MyEntrepreneurProfile {\n    me {\n      id\n      entrepreneurProfile {\n        id\n        businessStage\n        businessDescription\n        city\n        countryOfOrigin\n        countryOfResidence\n        sector\n        modalities\n        languages {\n          language\n          level\n        }\n        availability {\n          timeZone\n          slots {\n            day\n            startMinute\n            endMinute\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyEntrepreneurProfileDocument,
    "\n  mutation SaveEntrepreneurProfile($input: EntrepreneurProfileInput!) {\n    saveEntrepreneurProfile(input: $input) {\n      id\n    }\n  }\n": typeof types.SaveEntrepreneurProfileDocument,
    "\n  fragment OrganizationFields on Organization {\n    id\n    name\n    description\n    countries\n    languages\n    services\n    needs\n    website\n    phone\n    email\n    address\n    isExample\n  }\n": typeof types.OrganizationFieldsFragmentDoc,
    "\n  query OrganizationDirectory(\n    $search: String\n    $country: Country\n    $language: String\n    $supportKind: SupportKind\n    $need: Need\n    $limit: Int\n    $offset: Int\n  ) {\n    organizationDirectory(\n      search: $search\n      country: $country\n      language: $language\n      supportKind: $supportKind\n      need: $need\n      limit: $limit\n      offset: $offset\n    ) {\n      total\n      items {\n        ...OrganizationFields\n      }\n    }\n  }\n": typeof types.OrganizationDirectoryDocument,
    "\n  query Organization($id: ID!) {\n    organization(id: $id) {\n      ...OrganizationFields\n    }\n  }\n": typeof types.OrganizationDocument,
    "\n  query MyOrganizations {\n    me {\n      id\n      roles\n      memberships {\n        id\n        role\n        organization {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.MyOrganizationsDocument,
    "\n  query MyOrganizationJoinRequests($organizationId: ID) {\n    myOrganizationJoinRequests(organizationId: $organizationId) {\n      id\n      status\n      role\n      message\n      declineReason\n      createdAt\n      decidedAt\n    }\n  }\n": typeof types.MyOrganizationJoinRequestsDocument,
    "\n  query PendingOrganizationJoinRequests($organizationId: ID!) {\n    pendingOrganizationJoinRequests(organizationId: $organizationId) {\n      id\n      requesterName\n      role\n      message\n      createdAt\n    }\n  }\n": typeof types.PendingOrganizationJoinRequestsDocument,
    "\n  mutation RequestToJoinOrganization($input: JoinOrganizationInput!) {\n    requestToJoinOrganization(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.RequestToJoinOrganizationDocument,
    "\n  mutation WithdrawOrganizationJoinRequest($requestId: ID!) {\n    withdrawOrganizationJoinRequest(requestId: $requestId) {\n      id\n      status\n    }\n  }\n": typeof types.WithdrawOrganizationJoinRequestDocument,
    "\n  mutation AcceptOrganizationJoinRequest($requestId: ID!) {\n    acceptOrganizationJoinRequest(requestId: $requestId) {\n      id\n      status\n    }\n  }\n": typeof types.AcceptOrganizationJoinRequestDocument,
    "\n  mutation DeclineOrganizationJoinRequest($input: DeclineJoinRequestInput!) {\n    declineOrganizationJoinRequest(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.DeclineOrganizationJoinRequestDocument,
    "\n  mutation UpdateOrganization($id: ID!, $input: OrganizationInput!) {\n    updateOrganization(id: $id, input: $input) {\n      ...OrganizationFields\n    }\n  }\n": typeof types.UpdateOrganizationDocument,
    "\n  query MyPrivacy {\n    me {\n      id\n      email\n      loginPhone\n      secretKind\n      phone\n      shareContactDetails\n    }\n  }\n": typeof types.MyPrivacyDocument,
    "\n  mutation UpdateContactDetails($input: ContactDetailsInput!) {\n    updateContactDetails(input: $input) {\n      id\n      phone\n      shareContactDetails\n    }\n  }\n": typeof types.UpdateContactDetailsDocument,
    "\n  query MyDataExport {\n    myDataExport\n  }\n": typeof types.MyDataExportDocument,
    "\n  mutation DeleteMyAccount($password: String!) {\n    deleteMyAccount(password: $password)\n  }\n": typeof types.DeleteMyAccountDocument,
    "\n  query Reports {\n    reports(limit: 50) {\n      id\n      reason\n      details\n      status\n      createdAt\n      messageId\n      conversationId\n      reporter {\n        id\n        displayName\n      }\n      reportedUser {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.ReportsDocument,
    "\n  query ReportedConversation($reportId: ID!) {\n    reportedConversation(reportId: $reportId) {\n      snapshot {\n        capturedAt\n        reportedMessageId\n        participants {\n          userId\n          displayName\n        }\n        messages {\n          id\n          senderId\n          body\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.ReportedConversationDocument,
    "\n  mutation ResolveReport($id: ID!, $resolution: String) {\n    resolveReport(id: $id, resolution: $resolution) {\n      id\n      status\n    }\n  }\n": typeof types.ResolveReportDocument,
    "\n  fragment ServiceEntryFields on ServiceEntry {\n    id\n    country\n    languages\n    category\n    name\n    description\n    phone\n    website\n    address\n    hours\n    emergency\n    isExample\n  }\n": typeof types.ServiceEntryFieldsFragmentDoc,
    "\n  query ServiceEntries(\n    $search: String\n    $country: Country\n    $language: String\n    $category: ServiceCategory\n    $limit: Int\n    $offset: Int\n  ) {\n    serviceEntries(\n      search: $search\n      country: $country\n      language: $language\n      category: $category\n      limit: $limit\n      offset: $offset\n    ) {\n      total\n      items {\n        ...ServiceEntryFields\n      }\n    }\n  }\n": typeof types.ServiceEntriesDocument,
    "\n  query EmergencyServiceEntries($country: Country!) {\n    emergencyServiceEntries(country: $country) {\n      id\n      name\n      description\n      phone\n      hours\n      isExample\n    }\n  }\n": typeof types.EmergencyServiceEntriesDocument,
    "\n  query MyCountry {\n    me {\n      id\n      roles\n      entrepreneurProfile {\n        id\n        countryOfResidence\n      }\n      supporterProfile {\n        id\n        country\n      }\n    }\n  }\n": typeof types.MyCountryDocument,
    "\n  mutation CreateServiceEntry($input: ServiceEntryInput!) {\n    createServiceEntry(input: $input) {\n      ...ServiceEntryFields\n    }\n  }\n": typeof types.CreateServiceEntryDocument,
    "\n  mutation UpdateServiceEntry($id: ID!, $input: ServiceEntryInput!) {\n    updateServiceEntry(id: $id, input: $input) {\n      ...ServiceEntryFields\n    }\n  }\n": typeof types.UpdateServiceEntryDocument,
    "\n  mutation ArchiveServiceEntry($id: ID!) {\n    archiveServiceEntry(id: $id) {\n      id\n    }\n  }\n": typeof types.ArchiveServiceEntryDocument,
    "\n  query RematchOffers {\n    rematchOffers {\n      matchId\n      conversationId\n      kind\n      supporterName\n      waitingSince\n    }\n  }\n": typeof types.RematchOffersDocument,
    "\n  mutation TakeRematch($matchId: ID!) {\n    takeRematch(matchId: $matchId) {\n      id\n      status\n    }\n  }\n": typeof types.TakeRematchDocument,
    "\n  mutation CreateSupportRequest($input: SupportRequestInput!) {\n    createSupportRequest(input: $input) {\n      id\n      demands {\n        id\n        kind\n        needs\n        status\n      }\n    }\n  }\n": typeof types.CreateSupportRequestDocument,
    "\n  query Recommendations($demandId: ID!) {\n    recommendations(demandId: $demandId, limit: 3) {\n      ...RecommendationResultFields\n    }\n  }\n": typeof types.RecommendationsDocument,
    "\n  query MySupport {\n    mySupportRequests {\n      id\n      status\n      createdAt\n      demands {\n        id\n        kind\n        needs\n        status\n      }\n    }\n    myMatches {\n      id\n      kind\n      status\n      supporter {\n        userId\n        displayName\n        accountDeleted\n        contact {\n          email\n          phone\n        }\n      }\n      reasons {\n        code\n        params\n      }\n    }\n    conversations(limit: 50) {\n      id\n      matchId\n    }\n  }\n": typeof types.MySupportDocument,
    "\n  mutation WithdrawSupportRequest($id: ID!) {\n    withdrawSupportRequest(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.WithdrawSupportRequestDocument,
    "\n  mutation EndMatch($matchId: ID!, $reason: MatchReasonCode!, $note: String) {\n    withdrawMatch(matchId: $matchId, reason: $reason, note: $note) {\n      id\n      status\n    }\n  }\n": typeof types.EndMatchDocument,
    "\n  query MySupporterProfile {\n    me {\n      id\n      roles\n      supporterProfile {\n        id\n        active\n        verified\n        supportKinds\n        needs\n        jurisdictions\n        capacity\n        country\n        city\n        modalities\n        sectors\n        businessStages\n        bio\n        languages {\n          language\n          level\n        }\n        availability {\n          timeZone\n          slots {\n            day\n            startMinute\n            endMinute\n          }\n        }\n      }\n    }\n  }\n": typeof types.MySupporterProfileDocument,
    "\n  mutation SaveSupporterProfile($input: SupporterProfileInput!) {\n    saveSupporterProfile(input: $input) {\n      id\n      verified\n    }\n  }\n": typeof types.SaveSupporterProfileDocument,
    "\n  mutation SetSupporterActive($active: Boolean!) {\n    setSupporterActive(active: $active) {\n      id\n      active\n    }\n  }\n": typeof types.SetSupporterActiveDocument,
    "\n  query SupporterActivity {\n    supporterActivity {\n      userId\n      displayName\n      kinds\n      takingPeople\n      activeMatches\n      medianResponseHours\n      answeredInWindow\n      waitingNow\n      lastMessageAt\n    }\n  }\n": typeof types.SupporterActivityDocument,
    "\n  fragment WorkshopFields on WorkshopView {\n    id\n    title\n    description\n    topic\n    language\n    startsAt\n    endsAt\n    durationMinutes\n    timeZone\n    localStart\n    modality\n    meetingLink\n    place\n    city\n    country\n    seats\n    confirmedCount\n    waitingCount\n    seatsLeft\n    status\n    organizerName\n    canManage\n    started\n    myPlace {\n      id\n      status\n      waitingPosition\n      attendance\n    }\n  }\n": typeof types.WorkshopFieldsFragmentDoc,
    "\n  query UpcomingWorkshops(\n    $language: String\n    $topic: Need\n    $modality: WorkshopModality\n    $country: Country\n    $limit: Int\n    $offset: Int\n  ) {\n    upcomingWorkshops(\n      language: $language\n      topic: $topic\n      modality: $modality\n      country: $country\n      limit: $limit\n      offset: $offset\n    ) {\n      total\n      items {\n        ...WorkshopFields\n      }\n    }\n  }\n": typeof types.UpcomingWorkshopsDocument,
    "\n  query MyWorkshops {\n    myWorkshops {\n      ...WorkshopFields\n    }\n  }\n": typeof types.MyWorkshopsDocument,
    "\n  query OrganizedWorkshops {\n    organizedWorkshops {\n      ...WorkshopFields\n    }\n  }\n": typeof types.OrganizedWorkshopsDocument,
    "\n  query Workshop($id: ID!) {\n    workshop(id: $id) {\n      ...WorkshopFields\n    }\n  }\n": typeof types.WorkshopDocument,
    "\n  query WorkshopRegistrants($id: ID!) {\n    workshopRegistrants(id: $id) {\n      id\n      displayName\n      status\n      waitingPosition\n      attendance\n    }\n  }\n": typeof types.WorkshopRegistrantsDocument,
    "\n  mutation PublishWorkshop($input: WorkshopInput!) {\n    publishWorkshop(input: $input) {\n      ...WorkshopFields\n    }\n  }\n": typeof types.PublishWorkshopDocument,
    "\n  mutation UpdateWorkshop($id: ID!, $input: WorkshopInput!) {\n    updateWorkshop(id: $id, input: $input) {\n      ...WorkshopFields\n    }\n  }\n": typeof types.UpdateWorkshopDocument,
    "\n  mutation CancelWorkshop($id: ID!) {\n    cancelWorkshop(id: $id) {\n      ...WorkshopFields\n    }\n  }\n": typeof types.CancelWorkshopDocument,
    "\n  mutation SignUpForWorkshop($id: ID!) {\n    signUpForWorkshop(id: $id) {\n      ...WorkshopFields\n    }\n  }\n": typeof types.SignUpForWorkshopDocument,
    "\n  mutation LeaveWorkshop($id: ID!) {\n    leaveWorkshop(id: $id) {\n      ...WorkshopFields\n    }\n  }\n": typeof types.LeaveWorkshopDocument,
    "\n  mutation RecordWorkshopAttendance($id: ID!, $input: AttendanceListInput!) {\n    recordWorkshopAttendance(id: $id, input: $input) {\n      id\n      displayName\n      status\n      waitingPosition\n      attendance\n    }\n  }\n": typeof types.RecordWorkshopAttendanceDocument,
};
const documents: Documents = {
    "\n  fragment FeedbackFields on Feedback {\n    id\n    side\n    rating\n    outcome\n    comment\n  }\n": types.FeedbackFieldsFragmentDoc,
    "\n  query FeedbackRequests {\n    feedbackRequests {\n      matchId\n      kind\n      side\n      partnerName\n      endedAt\n      openUntil\n      given {\n        ...FeedbackFields\n      }\n    }\n  }\n": types.FeedbackRequestsDocument,
    "\n  query ConversationInterpreters($conversationId: ID!) {\n    conversationInterpreters(conversationId: $conversationId) {\n      id\n      status\n      interpreterId\n      interpreterName\n      entrepreneurLanguage\n      supporterLanguage\n      entrepreneurConsented\n      supporterConsented\n      mySide\n    }\n  }\n": types.ConversationInterpretersDocument,
    "\n  mutation AnswerInterpreterProposal($assignmentId: ID!, $accept: Boolean!) {\n    answerInterpreterProposal(assignmentId: $assignmentId, accept: $accept) {\n      id\n      status\n      entrepreneurConsented\n      supporterConsented\n    }\n  }\n": types.AnswerInterpreterProposalDocument,
    "\n  mutation EndInterpreterAssignment($assignmentId: ID!) {\n    endInterpreterAssignment(assignmentId: $assignmentId) {\n      id\n      status\n      endReason\n    }\n  }\n": types.EndInterpreterAssignmentDocument,
    "\n  query MatchInterpreters($matchId: ID!) {\n    matchInterpreters(matchId: $matchId) {\n      id\n      status\n      interpreterName\n      entrepreneurLanguage\n      supporterLanguage\n      entrepreneurConsented\n      supporterConsented\n      endReason\n    }\n    interpreterCandidates(matchId: $matchId) {\n      userId\n      displayName\n      entrepreneurLanguage\n      supporterLanguage\n    }\n  }\n": types.MatchInterpretersDocument,
    "\n  mutation ProposeInterpreter($matchId: ID!, $interpreterId: ID!) {\n    proposeInterpreter(input: { matchId: $matchId, interpreterId: $interpreterId }) {\n      id\n      status\n    }\n  }\n": types.ProposeInterpreterDocument,
    "\n  fragment RecommendationResultFields on RecommendationResult {\n    demandId\n    feasibleCount\n    blockedBy {\n      code\n      params\n    }\n    recommendations {\n      score\n      supporter {\n        userId\n        displayName\n      }\n      reasons {\n        code\n        params\n      }\n    }\n  }\n": types.RecommendationResultFieldsFragmentDoc,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n": types.RegisterDocument,
    "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n": types.LogInDocument,
    "\n  mutation SetUpAccount($input: SetUpAccountInput!) {\n    setUpAccount(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n": types.SetUpAccountDocument,
    "\n  mutation AssistedSignUp($input: AssistedSignUpInput!) {\n    assistedSignUp(input: $input) {\n      setupCode\n      expiresAt\n      user {\n        id\n        displayName\n      }\n    }\n  }\n": types.AssistedSignUpDocument,
    "\n  mutation ResetAccountAccess($userId: ID!, $input: ResetAccountAccessInput!) {\n    resetAccountAccess(userId: $userId, input: $input) {\n      setupCode\n      expiresAt\n      user {\n        id\n        displayName\n      }\n    }\n  }\n": types.ResetAccountAccessDocument,
    "\n  query AssistedEntrepreneurs {\n    people(role: ENTREPRENEUR, limit: 100) {\n      id\n      displayName\n      createdAt\n    }\n  }\n": types.AssistedEntrepreneursDocument,
    "\n  query AssistedProfile($id: ID!) {\n    user(id: $id) {\n      id\n      displayName\n      entrepreneurProfile {\n        id\n        countryOfResidence\n        countryOfOrigin\n        city\n        languages {\n          language\n          level\n        }\n        sector\n        businessStage\n        businessDescription\n        modalities\n        availability {\n          timeZone\n          slots {\n            day\n            startMinute\n            endMinute\n          }\n        }\n      }\n    }\n  }\n": types.AssistedProfileDocument,
    "\n  mutation AssistedUpdateProfile($userId: ID!, $input: AssistedProfileUpdateInput!) {\n    assistedUpdateProfile(userId: $userId, input: $input) {\n      id\n      displayName\n    }\n  }\n": types.AssistedUpdateProfileDocument,
    "\n  query Conversations {\n    conversations(limit: 50) {\n      id\n      kind\n      closedAt\n      lastSeq\n      lastActivityAt\n      unreadCount\n      lastMessage {\n        id\n        seq\n        senderId\n        body\n        redacted\n        removed\n        hidden\n        createdAt\n      }\n      members {\n        userId\n        displayName\n      }\n      circle {\n        id\n        name\n      }\n    }\n  }\n": types.ConversationsDocument,
    "\n  query Conversation($id: ID!) {\n    conversation(id: $id) {\n      id\n      kind\n      matchId\n      closedAt\n      lastSeq\n      lastReadSeq\n      unreadCount\n      blockedByMe\n      canSend\n      members {\n        userId\n        displayName\n        lastReadSeq\n      }\n      circle {\n        id\n        name\n        moderating\n        moderator {\n          userId\n        }\n      }\n    }\n  }\n": types.ConversationDocument,
    "\n  query Messages($conversationId: ID!, $before: Int, $limit: Int!) {\n    messages(conversationId: $conversationId, before: $before, limit: $limit) {\n      hasMore\n      messages {\n        id\n        conversationId\n        seq\n        senderId\n        clientMessageId\n        body\n        redacted\n        removed\n        hidden\n        createdAt\n        voiceNote {\n          id\n          durationMs\n          mimeType\n        }\n      }\n    }\n  }\n": types.MessagesDocument,
    "\n  mutation BlockUser($userId: ID!) {\n    blockUser(userId: $userId) {\n      userId\n      blockedAt\n    }\n  }\n": types.BlockUserDocument,
    "\n  mutation UnblockUser($userId: ID!) {\n    unblockUser(userId: $userId)\n  }\n": types.UnblockUserDocument,
    "\n  mutation ReportMessage($input: ReportMessageInput!) {\n    reportMessage(input: $input) {\n      id\n      status\n    }\n  }\n": types.ReportMessageDocument,
    "\n  mutation ReportPerson($input: ReportPersonInput!) {\n    reportPerson(input: $input) {\n      id\n      status\n    }\n  }\n": types.ReportPersonDocument,
    "\n  mutation LeaveCircleFromConversation($id: ID!) {\n    leaveCircle(id: $id) {\n      id\n      joined\n    }\n  }\n": types.LeaveCircleFromConversationDocument,
    "\n  mutation RemoveCircleMessage($messageId: ID!) {\n    removeCircleMessage(messageId: $messageId) {\n      id\n      removed\n    }\n  }\n": types.RemoveCircleMessageDocument,
    "\n  mutation RemoveCircleMember($circleId: ID!, $userId: ID!) {\n    removeCircleMember(circleId: $circleId, userId: $userId) {\n      id\n      memberCount\n    }\n  }\n": types.RemoveCircleMemberDocument,
    "\n  fragment CircleFields on Circle {\n    id\n    name\n    description\n    language\n    country\n    sector\n    memberCap\n    memberCount\n    joined\n    moderating\n    full\n    conversationId\n    moderator {\n      userId\n      displayName\n    }\n  }\n": types.CircleFieldsFragmentDoc,
    "\n  query Circles($language: String, $country: Country, $sector: Sector, $mine: Boolean!, $limit: Int!, $offset: Int!) {\n    circles(language: $language, country: $country, sector: $sector, mine: $mine, limit: $limit, offset: $offset) {\n      ...CircleFields\n    }\n  }\n": types.CirclesDocument,
    "\n  mutation JoinCircle($id: ID!) {\n    joinCircle(id: $id) {\n      ...CircleFields\n    }\n  }\n": types.JoinCircleDocument,
    "\n  mutation LeaveCircle($id: ID!) {\n    leaveCircle(id: $id) {\n      ...CircleFields\n    }\n  }\n": types.LeaveCircleDocument,
    "\n  mutation CreateCircle($input: CircleInput!) {\n    createCircle(input: $input) {\n      ...CircleFields\n    }\n  }\n": types.CreateCircleDocument,
    "\n  mutation ArchiveCircle($id: ID!) {\n    archiveCircle(id: $id) {\n      id\n      archivedAt\n    }\n  }\n": types.ArchiveCircleDocument,
    "\n  query CircleModeratorCandidates($role: Role!) {\n    people(role: $role, limit: 200) {\n      id\n      displayName\n    }\n  }\n": types.CircleModeratorCandidatesDocument,
    "\n  mutation AppointCircleModerator($circleId: ID!, $userId: ID!) {\n    appointCircleModerator(circleId: $circleId, userId: $userId) {\n      ...CircleFields\n    }\n  }\n": types.AppointCircleModeratorDocument,
    "\n  query OpenDemands {\n    openDemands(limit: 20) {\n      daysWaiting\n      countryOfResidence\n      urgency\n      feasibleCount\n      entrepreneur {\n        userId\n        displayName\n      }\n      demand {\n        id\n        kind\n        needs\n      }\n      why {\n        code\n      }\n    }\n  }\n": types.OpenDemandsDocument,
    "\n  mutation RunMatchingRound($dryRun: Boolean!) {\n    runMatchingRound(input: { dryRun: $dryRun }) {\n      id\n      dryRun\n      demandCount\n      supporterCount\n      feasiblePairs\n      matchedCount\n      unmatchedCount\n      durationMs\n      unmatchedCounts {\n        code\n        count\n      }\n    }\n  }\n": types.RunMatchingRoundDocument,
    "\n  query Proposals($roundId: ID!) {\n    proposals(roundId: $roundId) {\n      demandId\n      matchId\n      kind\n      score\n      status\n      entrepreneur {\n        userId\n        displayName\n      }\n      supporter {\n        userId\n        displayName\n      }\n      reasons {\n        code\n        params\n      }\n    }\n  }\n": types.ProposalsDocument,
    "\n  mutation ApproveProposal($matchId: ID!) {\n    approveProposal(matchId: $matchId) {\n      id\n      status\n    }\n  }\n": types.ApproveProposalDocument,
    "\n  mutation RejectProposal($matchId: ID!, $reason: MatchReasonCode!, $note: String) {\n    rejectProposal(matchId: $matchId, reason: $reason, note: $note) {\n      id\n      status\n    }\n  }\n": types.RejectProposalDocument,
    "\n  query Candidates($demandId: ID!) {\n    recommendations(demandId: $demandId, limit: 6) {\n      ...RecommendationResultFields\n    }\n  }\n": types.CandidatesDocument,
    "\n  mutation SwapProposal($matchId: ID!, $supporterUserId: ID!, $note: String) {\n    swapProposal(matchId: $matchId, supporterUserId: $supporterUserId, note: $note) {\n      id\n      status\n    }\n  }\n": types.SwapProposalDocument,
    "\n  mutation MatchByHand($demandId: ID!, $supporterUserId: ID!, $reason: String!) {\n    matchByHand(demandId: $demandId, supporterUserId: $supporterUserId, reason: $reason) {\n      id\n      status\n    }\n  }\n": types.MatchByHandDocument,
    "\n  query Dashboard($filter: DashboardFilterInput) {\n    dashboard(filter: $filter) {\n      generatedAt\n      totals {\n        openDemands\n        supporters\n        seats\n        seatsUsed\n      }\n      demandSupply {\n        need\n        language\n        demand\n        supply\n      }\n      countries {\n        country\n        openDemands\n        supporters\n        seats\n        seatsUsed\n      }\n      unmatchedReasons {\n        code\n        count\n      }\n      unmatchedRoundAt\n      timeToMatch {\n        kind\n        matched\n        medianHours\n        p90Hours\n      }\n      feedback {\n        matchesEnded\n        responsePercent\n        minRatingsShown\n        sides {\n          side\n          asked\n          given\n          responsePercent\n          averageRating\n          outcomes {\n            outcome\n            count\n          }\n          suppressed\n        }\n      }\n    }\n  }\n": types.DashboardDocument,
    "\n  query DashboardOrganizations {\n    organizations {\n      id\n      name\n    }\n  }\n": types.DashboardOrganizationsDocument,
    "\n  mutation GiveFeedback($matchId: ID!, $input: FeedbackInput!) {\n    giveFeedback(matchId: $matchId, input: $input) {\n      ...FeedbackFields\n    }\n  }\n": types.GiveFeedbackDocument,
    "\n  fragment GoalFields on Goal {\n    id\n    title\n    description\n    targetDate\n    status\n    pathway\n    createdBySide\n    milestonesDone\n    milestones {\n      id\n      title\n      done\n    }\n    updates {\n      id\n      side\n      body\n      newStatus\n      createdAt\n    }\n  }\n": types.GoalFieldsFragmentDoc,
    "\n  query GoalBoard($matchId: ID!) {\n    goalBoard(matchId: $matchId) {\n      matchId\n      kind\n      matchStatus\n      mySide\n      partnerName\n      writable\n      goals {\n        ...GoalFields\n      }\n      sessions {\n        id\n        side\n        heldOn\n        durationMinutes\n        notes\n      }\n    }\n  }\n": types.GoalBoardDocument,
    "\n  mutation AddGoal($matchId: ID!, $input: GoalInput!) {\n    addGoal(matchId: $matchId, input: $input) {\n      ...GoalFields\n    }\n  }\n": types.AddGoalDocument,
    "\n  mutation AddMilestone($goalId: ID!, $title: String!) {\n    addMilestone(goalId: $goalId, input: { title: $title }) {\n      ...GoalFields\n    }\n  }\n": types.AddMilestoneDocument,
    "\n  mutation SetMilestoneDone($milestoneId: ID!, $done: Boolean!) {\n    setMilestoneDone(milestoneId: $milestoneId, done: $done) {\n      ...GoalFields\n    }\n  }\n": types.SetMilestoneDoneDocument,
    "\n  mutation PostGoalUpdate($goalId: ID!, $input: GoalUpdateInput!) {\n    postGoalUpdate(goalId: $goalId, input: $input) {\n      ...GoalFields\n    }\n  }\n": types.PostGoalUpdateDocument,
    "\n  mutation LogSession($matchId: ID!, $input: SessionLogInput!) {\n    logSession(matchId: $matchId, input: $input) {\n      id\n    }\n  }\n": types.LogSessionDocument,
    "\n  query GoalPathways($matchId: ID!, $locale: String) {\n    goalPathways(matchId: $matchId, locale: $locale) {\n      code\n      title\n      description\n      milestones\n      localized\n    }\n  }\n": types.GoalPathwaysDocument,
    "\n  mutation AddPathwayGoal($matchId: ID!, $input: PathwayGoalInput!) {\n    addPathwayGoal(matchId: $matchId, input: $input) {\n      ...GoalFields\n    }\n  }\n": types.AddPathwayGoalDocument,
    "\n  query MyInvitations {\n    myInvitations {\n      id\n      kind\n      invitationExpiresAt\n      entrepreneur {\n        userId\n        displayName\n      }\n      demand {\n        id\n        needs\n      }\n      reasons {\n        code\n        params\n      }\n    }\n    myMatches {\n      id\n      kind\n      status\n      entrepreneur {\n        userId\n        displayName\n      }\n      demand {\n        id\n        needs\n      }\n    }\n    conversations(limit: 50) {\n      id\n      matchId\n    }\n  }\n": types.MyInvitationsDocument,
    "\n  mutation AcceptInvitation($matchId: ID!) {\n    acceptInvitation(matchId: $matchId) {\n      id\n      status\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  mutation DeclineInvitation($matchId: ID!, $reason: MatchReasonCode!, $note: String) {\n    declineInvitation(matchId: $matchId, reason: $reason, note: $note) {\n      id\n      status\n    }\n  }\n": types.DeclineInvitationDocument,
    "\n  query MyPeople {\n    myMatches {\n      id\n      kind\n      status\n      approvedAt\n      entrepreneur {\n        userId\n        displayName\n        accountDeleted\n        contact {\n          email\n          phone\n        }\n      }\n      demand {\n        id\n        needs\n      }\n      history {\n        to\n        at\n      }\n    }\n    conversations(limit: 100) {\n      id\n      matchId\n      unreadCount\n    }\n  }\n": types.MyPeopleDocument,
    "\n  mutation CompleteMatch($matchId: ID!, $outcome: MatchOutcome!, $note: String) {\n    completeMatch(matchId: $matchId, outcome: $outcome, note: $note) {\n      id\n      status\n    }\n  }\n": types.CompleteMatchDocument,
    "\n  query MyNotifications($first: Int, $after: String) {\n    myNotifications(first: $first, after: $after) {\n      nodes {\n        id\n        kind\n        link\n        read\n        createdAt\n        params {\n          name\n          text\n          number\n        }\n      }\n      nextCursor\n    }\n  }\n": types.MyNotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": types.MarkAllNotificationsReadDocument,
    "\n  query MyEntrepreneurProfile {\n    me {\n      id\n      entrepreneurProfile {\n        id\n        businessStage\n        businessDescription\n        city\n        countryOfOrigin\n        countryOfResidence\n        sector\n        modalities\n        languages {\n          language\n          level\n        }\n        availability {\n          timeZone\n          slots {\n            day\n            startMinute\n            endMinute\n          }\n        }\n      }\n    }\n  }\n": types.MyEntrepreneurProfileDocument,
    "\n  mutation SaveEntrepreneurProfile($input: EntrepreneurProfileInput!) {\n    saveEntrepreneurProfile(input: $input) {\n      id\n    }\n  }\n": types.SaveEntrepreneurProfileDocument,
    "\n  fragment OrganizationFields on Organization {\n    id\n    name\n    description\n    countries\n    languages\n    services\n    needs\n    website\n    phone\n    email\n    address\n    isExample\n  }\n": types.OrganizationFieldsFragmentDoc,
    "\n  query OrganizationDirectory(\n    $search: String\n    $country: Country\n    $language: String\n    $supportKind: SupportKind\n    $need: Need\n    $limit: Int\n    $offset: Int\n  ) {\n    organizationDirectory(\n      search: $search\n      country: $country\n      language: $language\n      supportKind: $supportKind\n      need: $need\n      limit: $limit\n      offset: $offset\n    ) {\n      total\n      items {\n        ...OrganizationFields\n      }\n    }\n  }\n": types.OrganizationDirectoryDocument,
    "\n  query Organization($id: ID!) {\n    organization(id: $id) {\n      ...OrganizationFields\n    }\n  }\n": types.OrganizationDocument,
    "\n  query MyOrganizations {\n    me {\n      id\n      roles\n      memberships {\n        id\n        role\n        organization {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.MyOrganizationsDocument,
    "\n  query MyOrganizationJoinRequests($organizationId: ID) {\n    myOrganizationJoinRequests(organizationId: $organizationId) {\n      id\n      status\n      role\n      message\n      declineReason\n      createdAt\n      decidedAt\n    }\n  }\n": types.MyOrganizationJoinRequestsDocument,
    "\n  query PendingOrganizationJoinRequests($organizationId: ID!) {\n    pendingOrganizationJoinRequests(organizationId: $organizationId) {\n      id\n      requesterName\n      role\n      message\n      createdAt\n    }\n  }\n": types.PendingOrganizationJoinRequestsDocument,
    "\n  mutation RequestToJoinOrganization($input: JoinOrganizationInput!) {\n    requestToJoinOrganization(input: $input) {\n      id\n      status\n    }\n  }\n": types.RequestToJoinOrganizationDocument,
    "\n  mutation WithdrawOrganizationJoinRequest($requestId: ID!) {\n    withdrawOrganizationJoinRequest(requestId: $requestId) {\n      id\n      status\n    }\n  }\n": types.WithdrawOrganizationJoinRequestDocument,
    "\n  mutation AcceptOrganizationJoinRequest($requestId: ID!) {\n    acceptOrganizationJoinRequest(requestId: $requestId) {\n      id\n      status\n    }\n  }\n": types.AcceptOrganizationJoinRequestDocument,
    "\n  mutation DeclineOrganizationJoinRequest($input: DeclineJoinRequestInput!) {\n    declineOrganizationJoinRequest(input: $input) {\n      id\n      status\n    }\n  }\n": types.DeclineOrganizationJoinRequestDocument,
    "\n  mutation UpdateOrganization($id: ID!, $input: OrganizationInput!) {\n    updateOrganization(id: $id, input: $input) {\n      ...OrganizationFields\n    }\n  }\n": types.UpdateOrganizationDocument,
    "\n  query MyPrivacy {\n    me {\n      id\n      email\n      loginPhone\n      secretKind\n      phone\n      shareContactDetails\n    }\n  }\n": types.MyPrivacyDocument,
    "\n  mutation UpdateContactDetails($input: ContactDetailsInput!) {\n    updateContactDetails(input: $input) {\n      id\n      phone\n      shareContactDetails\n    }\n  }\n": types.UpdateContactDetailsDocument,
    "\n  query MyDataExport {\n    myDataExport\n  }\n": types.MyDataExportDocument,
    "\n  mutation DeleteMyAccount($password: String!) {\n    deleteMyAccount(password: $password)\n  }\n": types.DeleteMyAccountDocument,
    "\n  query Reports {\n    reports(limit: 50) {\n      id\n      reason\n      details\n      status\n      createdAt\n      messageId\n      conversationId\n      reporter {\n        id\n        displayName\n      }\n      reportedUser {\n        id\n        displayName\n      }\n    }\n  }\n": types.ReportsDocument,
    "\n  query ReportedConversation($reportId: ID!) {\n    reportedConversation(reportId: $reportId) {\n      snapshot {\n        capturedAt\n        reportedMessageId\n        participants {\n          userId\n          displayName\n        }\n        messages {\n          id\n          senderId\n          body\n          createdAt\n        }\n      }\n    }\n  }\n": types.ReportedConversationDocument,
    "\n  mutation ResolveReport($id: ID!, $resolution: String) {\n    resolveReport(id: $id, resolution: $resolution) {\n      id\n      status\n    }\n  }\n": types.ResolveReportDocument,
    "\n  fragment ServiceEntryFields on ServiceEntry {\n    id\n    country\n    languages\n    category\n    name\n    description\n    phone\n    website\n    address\n    hours\n    emergency\n    isExample\n  }\n": types.ServiceEntryFieldsFragmentDoc,
    "\n  query ServiceEntries(\n    $search: String\n    $country: Country\n    $language: String\n    $category: ServiceCategory\n    $limit: Int\n    $offset: Int\n  ) {\n    serviceEntries(\n      search: $search\n      country: $country\n      language: $language\n      category: $category\n      limit: $limit\n      offset: $offset\n    ) {\n      total\n      items {\n        ...ServiceEntryFields\n      }\n    }\n  }\n": types.ServiceEntriesDocument,
    "\n  query EmergencyServiceEntries($country: Country!) {\n    emergencyServiceEntries(country: $country) {\n      id\n      name\n      description\n      phone\n      hours\n      isExample\n    }\n  }\n": types.EmergencyServiceEntriesDocument,
    "\n  query MyCountry {\n    me {\n      id\n      roles\n      entrepreneurProfile {\n        id\n        countryOfResidence\n      }\n      supporterProfile {\n        id\n        country\n      }\n    }\n  }\n": types.MyCountryDocument,
    "\n  mutation CreateServiceEntry($input: ServiceEntryInput!) {\n    createServiceEntry(input: $input) {\n      ...ServiceEntryFields\n    }\n  }\n": types.CreateServiceEntryDocument,
    "\n  mutation UpdateServiceEntry($id: ID!, $input: ServiceEntryInput!) {\n    updateServiceEntry(id: $id, input: $input) {\n      ...ServiceEntryFields\n    }\n  }\n": types.UpdateServiceEntryDocument,
    "\n  mutation ArchiveServiceEntry($id: ID!) {\n    archiveServiceEntry(id: $id) {\n      id\n    }\n  }\n": types.ArchiveServiceEntryDocument,
    "\n  query RematchOffers {\n    rematchOffers {\n      matchId\n      conversationId\n      kind\n      supporterName\n      waitingSince\n    }\n  }\n": types.RematchOffersDocument,
    "\n  mutation TakeRematch($matchId: ID!) {\n    takeRematch(matchId: $matchId) {\n      id\n      status\n    }\n  }\n": types.TakeRematchDocument,
    "\n  mutation CreateSupportRequest($input: SupportRequestInput!) {\n    createSupportRequest(input: $input) {\n      id\n      demands {\n        id\n        kind\n        needs\n        status\n      }\n    }\n  }\n": types.CreateSupportRequestDocument,
    "\n  query Recommendations($demandId: ID!) {\n    recommendations(demandId: $demandId, limit: 3) {\n      ...RecommendationResultFields\n    }\n  }\n": types.RecommendationsDocument,
    "\n  query MySupport {\n    mySupportRequests {\n      id\n      status\n      createdAt\n      demands {\n        id\n        kind\n        needs\n        status\n      }\n    }\n    myMatches {\n      id\n      kind\n      status\n      supporter {\n        userId\n        displayName\n        accountDeleted\n        contact {\n          email\n          phone\n        }\n      }\n      reasons {\n        code\n        params\n      }\n    }\n    conversations(limit: 50) {\n      id\n      matchId\n    }\n  }\n": types.MySupportDocument,
    "\n  mutation WithdrawSupportRequest($id: ID!) {\n    withdrawSupportRequest(id: $id) {\n      id\n      status\n    }\n  }\n": types.WithdrawSupportRequestDocument,
    "\n  mutation EndMatch($matchId: ID!, $reason: MatchReasonCode!, $note: String) {\n    withdrawMatch(matchId: $matchId, reason: $reason, note: $note) {\n      id\n      status\n    }\n  }\n": types.EndMatchDocument,
    "\n  query MySupporterProfile {\n    me {\n      id\n      roles\n      supporterProfile {\n        id\n        active\n        verified\n        supportKinds\n        needs\n        jurisdictions\n        capacity\n        country\n        city\n        modalities\n        sectors\n        businessStages\n        bio\n        languages {\n          language\n          level\n        }\n        availability {\n          timeZone\n          slots {\n            day\n            startMinute\n            endMinute\n          }\n        }\n      }\n    }\n  }\n": types.MySupporterProfileDocument,
    "\n  mutation SaveSupporterProfile($input: SupporterProfileInput!) {\n    saveSupporterProfile(input: $input) {\n      id\n      verified\n    }\n  }\n": types.SaveSupporterProfileDocument,
    "\n  mutation SetSupporterActive($active: Boolean!) {\n    setSupporterActive(active: $active) {\n      id\n      active\n    }\n  }\n": types.SetSupporterActiveDocument,
    "\n  query SupporterActivity {\n    supporterActivity {\n      userId\n      displayName\n      kinds\n      takingPeople\n      activeMatches\n      medianResponseHours\n      answeredInWindow\n      waitingNow\n      lastMessageAt\n    }\n  }\n": types.SupporterActivityDocument,
    "\n  fragment WorkshopFields on WorkshopView {\n    id\n    title\n    description\n    topic\n    language\n    startsAt\n    endsAt\n    durationMinutes\n    timeZone\n    localStart\n    modality\n    meetingLink\n    place\n    city\n    country\n    seats\n    confirmedCount\n    waitingCount\n    seatsLeft\n    status\n    organizerName\n    canManage\n    started\n    myPlace {\n      id\n      status\n      waitingPosition\n      attendance\n    }\n  }\n": types.WorkshopFieldsFragmentDoc,
    "\n  query UpcomingWorkshops(\n    $language: String\n    $topic: Need\n    $modality: WorkshopModality\n    $country: Country\n    $limit: Int\n    $offset: Int\n  ) {\n    upcomingWorkshops(\n      language: $language\n      topic: $topic\n      modality: $modality\n      country: $country\n      limit: $limit\n      offset: $offset\n    ) {\n      total\n      items {\n        ...WorkshopFields\n      }\n    }\n  }\n": types.UpcomingWorkshopsDocument,
    "\n  query MyWorkshops {\n    myWorkshops {\n      ...WorkshopFields\n    }\n  }\n": types.MyWorkshopsDocument,
    "\n  query OrganizedWorkshops {\n    organizedWorkshops {\n      ...WorkshopFields\n    }\n  }\n": types.OrganizedWorkshopsDocument,
    "\n  query Workshop($id: ID!) {\n    workshop(id: $id) {\n      ...WorkshopFields\n    }\n  }\n": types.WorkshopDocument,
    "\n  query WorkshopRegistrants($id: ID!) {\n    workshopRegistrants(id: $id) {\n      id\n      displayName\n      status\n      waitingPosition\n      attendance\n    }\n  }\n": types.WorkshopRegistrantsDocument,
    "\n  mutation PublishWorkshop($input: WorkshopInput!) {\n    publishWorkshop(input: $input) {\n      ...WorkshopFields\n    }\n  }\n": types.PublishWorkshopDocument,
    "\n  mutation UpdateWorkshop($id: ID!, $input: WorkshopInput!) {\n    updateWorkshop(id: $id, input: $input) {\n      ...WorkshopFields\n    }\n  }\n": types.UpdateWorkshopDocument,
    "\n  mutation CancelWorkshop($id: ID!) {\n    cancelWorkshop(id: $id) {\n      ...WorkshopFields\n    }\n  }\n": types.CancelWorkshopDocument,
    "\n  mutation SignUpForWorkshop($id: ID!) {\n    signUpForWorkshop(id: $id) {\n      ...WorkshopFields\n    }\n  }\n": types.SignUpForWorkshopDocument,
    "\n  mutation LeaveWorkshop($id: ID!) {\n    leaveWorkshop(id: $id) {\n      ...WorkshopFields\n    }\n  }\n": types.LeaveWorkshopDocument,
    "\n  mutation RecordWorkshopAttendance($id: ID!, $input: AttendanceListInput!) {\n    recordWorkshopAttendance(id: $id, input: $input) {\n      id\n      displayName\n      status\n      waitingPosition\n      attendance\n    }\n  }\n": types.RecordWorkshopAttendanceDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FeedbackFields on Feedback {\n    id\n    side\n    rating\n    outcome\n    comment\n  }\n"): (typeof documents)["\n  fragment FeedbackFields on Feedback {\n    id\n    side\n    rating\n    outcome\n    comment\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeedbackRequests {\n    feedbackRequests {\n      matchId\n      kind\n      side\n      partnerName\n      endedAt\n      openUntil\n      given {\n        ...FeedbackFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query FeedbackRequests {\n    feedbackRequests {\n      matchId\n      kind\n      side\n      partnerName\n      endedAt\n      openUntil\n      given {\n        ...FeedbackFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConversationInterpreters($conversationId: ID!) {\n    conversationInterpreters(conversationId: $conversationId) {\n      id\n      status\n      interpreterId\n      interpreterName\n      entrepreneurLanguage\n      supporterLanguage\n      entrepreneurConsented\n      supporterConsented\n      mySide\n    }\n  }\n"): (typeof documents)["\n  query ConversationInterpreters($conversationId: ID!) {\n    conversationInterpreters(conversationId: $conversationId) {\n      id\n      status\n      interpreterId\n      interpreterName\n      entrepreneurLanguage\n      supporterLanguage\n      entrepreneurConsented\n      supporterConsented\n      mySide\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerInterpreterProposal($assignmentId: ID!, $accept: Boolean!) {\n    answerInterpreterProposal(assignmentId: $assignmentId, accept: $accept) {\n      id\n      status\n      entrepreneurConsented\n      supporterConsented\n    }\n  }\n"): (typeof documents)["\n  mutation AnswerInterpreterProposal($assignmentId: ID!, $accept: Boolean!) {\n    answerInterpreterProposal(assignmentId: $assignmentId, accept: $accept) {\n      id\n      status\n      entrepreneurConsented\n      supporterConsented\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndInterpreterAssignment($assignmentId: ID!) {\n    endInterpreterAssignment(assignmentId: $assignmentId) {\n      id\n      status\n      endReason\n    }\n  }\n"): (typeof documents)["\n  mutation EndInterpreterAssignment($assignmentId: ID!) {\n    endInterpreterAssignment(assignmentId: $assignmentId) {\n      id\n      status\n      endReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatchInterpreters($matchId: ID!) {\n    matchInterpreters(matchId: $matchId) {\n      id\n      status\n      interpreterName\n      entrepreneurLanguage\n      supporterLanguage\n      entrepreneurConsented\n      supporterConsented\n      endReason\n    }\n    interpreterCandidates(matchId: $matchId) {\n      userId\n      displayName\n      entrepreneurLanguage\n      supporterLanguage\n    }\n  }\n"): (typeof documents)["\n  query MatchInterpreters($matchId: ID!) {\n    matchInterpreters(matchId: $matchId) {\n      id\n      status\n      interpreterName\n      entrepreneurLanguage\n      supporterLanguage\n      entrepreneurConsented\n      supporterConsented\n      endReason\n    }\n    interpreterCandidates(matchId: $matchId) {\n      userId\n      displayName\n      entrepreneurLanguage\n      supporterLanguage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposeInterpreter($matchId: ID!, $interpreterId: ID!) {\n    proposeInterpreter(input: { matchId: $matchId, interpreterId: $interpreterId }) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ProposeInterpreter($matchId: ID!, $interpreterId: ID!) {\n    proposeInterpreter(input: { matchId: $matchId, interpreterId: $interpreterId }) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RecommendationResultFields on RecommendationResult {\n    demandId\n    feasibleCount\n    blockedBy {\n      code\n      params\n    }\n    recommendations {\n      score\n      supporter {\n        userId\n        displayName\n      }\n      reasons {\n        code\n        params\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment RecommendationResultFields on RecommendationResult {\n    demandId\n    feasibleCount\n    blockedBy {\n      code\n      params\n    }\n    recommendations {\n      score\n      supporter {\n        userId\n        displayName\n      }\n      reasons {\n        code\n        params\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUpAccount($input: SetUpAccountInput!) {\n    setUpAccount(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetUpAccount($input: SetUpAccountInput!) {\n    setUpAccount(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssistedSignUp($input: AssistedSignUpInput!) {\n    assistedSignUp(input: $input) {\n      setupCode\n      expiresAt\n      user {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AssistedSignUp($input: AssistedSignUpInput!) {\n    assistedSignUp(input: $input) {\n      setupCode\n      expiresAt\n      user {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetAccountAccess($userId: ID!, $input: ResetAccountAccessInput!) {\n    resetAccountAccess(userId: $userId, input: $input) {\n      setupCode\n      expiresAt\n      user {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResetAccountAccess($userId: ID!, $input: ResetAccountAccessInput!) {\n    resetAccountAccess(userId: $userId, input: $input) {\n      setupCode\n      expiresAt\n      user {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssistedEntrepreneurs {\n    people(role: ENTREPRENEUR, limit: 100) {\n      id\n      displayName\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query AssistedEntrepreneurs {\n    people(role: ENTREPRENEUR, limit: 100) {\n      id\n      displayName\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssistedProfile($id: ID!) {\n    user(id: $id) {\n      id\n      displayName\n      entrepreneurProfile {\n        id\n        countryOfResidence\n        countryOfOrigin\n        city\n        languages {\n          language\n          level\n        }\n        sector\n        businessStage\n        businessDescription\n        modalities\n        availability {\n          timeZone\n          slots {\n            day\n            startMinute\n            endMinute\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AssistedProfile($id: ID!) {\n    user(id: $id) {\n      id\n      displayName\n      entrepreneurProfile {\n        id\n        countryOfResidence\n        countryOfOrigin\n        city\n        languages {\n          language\n          level\n        }\n        sector\n        businessStage\n        businessDescription\n        modalities\n        availability {\n          timeZone\n          slots {\n            day\n            startMinute\n            endMinute\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssistedUpdateProfile($userId: ID!, $input: AssistedProfileUpdateInput!) {\n    assistedUpdateProfile(userId: $userId, input: $input) {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  mutation AssistedUpdateProfile($userId: ID!, $input: AssistedProfileUpdateInput!) {\n    assistedUpdateProfile(userId: $userId, input: $input) {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Conversations {\n    conversations(limit: 50) {\n      id\n      kind\n      closedAt\n      lastSeq\n      lastActivityAt\n      unreadCount\n      lastMessage {\n        id\n        seq\n        senderId\n        body\n        redacted\n        removed\n        hidden\n        createdAt\n      }\n      members {\n        userId\n        displayName\n      }\n      circle {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Conversations {\n    conversations(limit: 50) {\n      id\n      kind\n      closedAt\n      lastSeq\n      lastActivityAt\n      unreadCount\n      lastMessage {\n        id\n        seq\n        senderId\n        body\n        redacted\n        removed\n        hidden\n        createdAt\n      }\n      members {\n        userId\n        displayName\n      }\n      circle {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Conversation($id: ID!) {\n    conversation(id: $id) {\n      id\n      kind\n      matchId\n      closedAt\n      lastSeq\n      lastReadSeq\n      unreadCount\n      blockedByMe\n      canSend\n      members {\n        userId\n        displayName\n        lastReadSeq\n      }\n      circle {\n        id\n        name\n        moderating\n        moderator {\n          userId\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Conversation($id: ID!) {\n    conversation(id: $id) {\n      id\n      kind\n      matchId\n      closedAt\n      lastSeq\n      lastReadSeq\n      unreadCount\n      blockedByMe\n      canSend\n      members {\n        userId\n        displayName\n        lastReadSeq\n      }\n      circle {\n        id\n        name\n        moderating\n        moderator {\n          userId\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Messages($conversationId: ID!, $before: Int, $limit: Int!) {\n    messages(conversationId: $conversationId, before: $before, limit: $limit) {\n      hasMore\n      messages {\n        id\n        conversationId\n        seq\n        senderId\n        clientMessageId\n        body\n        redacted\n        removed\n        hidden\n        createdAt\n        voiceNote {\n          id\n          durationMs\n          mimeType\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Messages($conversationId: ID!, $before: Int, $limit: Int!) {\n    messages(conversationId: $conversationId, before: $before, limit: $limit) {\n      hasMore\n      messages {\n        id\n        conversationId\n        seq\n        senderId\n        clientMessageId\n        body\n        redacted\n        removed\n        hidden\n        createdAt\n        voiceNote {\n          id\n          durationMs\n          mimeType\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BlockUser($userId: ID!) {\n    blockUser(userId: $userId) {\n      userId\n      blockedAt\n    }\n  }\n"): (typeof documents)["\n  mutation BlockUser($userId: ID!) {\n    blockUser(userId: $userId) {\n      userId\n      blockedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnblockUser($userId: ID!) {\n    unblockUser(userId: $userId)\n  }\n"): (typeof documents)["\n  mutation UnblockUser($userId: ID!) {\n    unblockUser(userId: $userId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportMessage($input: ReportMessageInput!) {\n    reportMessage(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ReportMessage($input: ReportMessageInput!) {\n    reportMessage(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportPerson($input: ReportPersonInput!) {\n    reportPerson(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ReportPerson($input: ReportPersonInput!) {\n    reportPerson(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeaveCircleFromConversation($id: ID!) {\n    leaveCircle(id: $id) {\n      id\n      joined\n    }\n  }\n"): (typeof documents)["\n  mutation LeaveCircleFromConversation($id: ID!) {\n    leaveCircle(id: $id) {\n      id\n      joined\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveCircleMessage($messageId: ID!) {\n    removeCircleMessage(messageId: $messageId) {\n      id\n      removed\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveCircleMessage($messageId: ID!) {\n    removeCircleMessage(messageId: $messageId) {\n      id\n      removed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveCircleMember($circleId: ID!, $userId: ID!) {\n    removeCircleMember(circleId: $circleId, userId: $userId) {\n      id\n      memberCount\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveCircleMember($circleId: ID!, $userId: ID!) {\n    removeCircleMember(circleId: $circleId, userId: $userId) {\n      id\n      memberCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CircleFields on Circle {\n    id\n    name\n    description\n    language\n    country\n    sector\n    memberCap\n    memberCount\n    joined\n    moderating\n    full\n    conversationId\n    moderator {\n      userId\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment CircleFields on Circle {\n    id\n    name\n    description\n    language\n    country\n    sector\n    memberCap\n    memberCount\n    joined\n    moderating\n    full\n    conversationId\n    moderator {\n      userId\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Circles($language: String, $country: Country, $sector: Sector, $mine: Boolean!, $limit: Int!, $offset: Int!) {\n    circles(language: $language, country: $country, sector: $sector, mine: $mine, limit: $limit, offset: $offset) {\n      ...CircleFields\n    }\n  }\n"): (typeof documents)["\n  query Circles($language: String, $country: Country, $sector: Sector, $mine: Boolean!, $limit: Int!, $offset: Int!) {\n    circles(language: $language, country: $country, sector: $sector, mine: $mine, limit: $limit, offset: $offset) {\n      ...CircleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JoinCircle($id: ID!) {\n    joinCircle(id: $id) {\n      ...CircleFields\n    }\n  }\n"): (typeof documents)["\n  mutation JoinCircle($id: ID!) {\n    joinCircle(id: $id) {\n      ...CircleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeaveCircle($id: ID!) {\n    leaveCircle(id: $id) {\n      ...CircleFields\n    }\n  }\n"): (typeof documents)["\n  mutation LeaveCircle($id: ID!) {\n    leaveCircle(id: $id) {\n      ...CircleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCircle($input: CircleInput!) {\n    createCircle(input: $input) {\n      ...CircleFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCircle($input: CircleInput!) {\n    createCircle(input: $input) {\n      ...CircleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveCircle($id: ID!) {\n    archiveCircle(id: $id) {\n      id\n      archivedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveCircle($id: ID!) {\n    archiveCircle(id: $id) {\n      id\n      archivedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CircleModeratorCandidates($role: Role!) {\n    people(role: $role, limit: 200) {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  query CircleModeratorCandidates($role: Role!) {\n    people(role: $role, limit: 200) {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AppointCircleModerator($circleId: ID!, $userId: ID!) {\n    appointCircleModerator(circleId: $circleId, userId: $userId) {\n      ...CircleFields\n    }\n  }\n"): (typeof documents)["\n  mutation AppointCircleModerator($circleId: ID!, $userId: ID!) {\n    appointCircleModerator(circleId: $circleId, userId: $userId) {\n      ...CircleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpenDemands {\n    openDemands(limit: 20) {\n      daysWaiting\n      countryOfResidence\n      urgency\n      feasibleCount\n      entrepreneur {\n        userId\n        displayName\n      }\n      demand {\n        id\n        kind\n        needs\n      }\n      why {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  query OpenDemands {\n    openDemands(limit: 20) {\n      daysWaiting\n      countryOfResidence\n      urgency\n      feasibleCount\n      entrepreneur {\n        userId\n        displayName\n      }\n      demand {\n        id\n        kind\n        needs\n      }\n      why {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RunMatchingRound($dryRun: Boolean!) {\n    runMatchingRound(input: { dryRun: $dryRun }) {\n      id\n      dryRun\n      demandCount\n      supporterCount\n      feasiblePairs\n      matchedCount\n      unmatchedCount\n      durationMs\n      unmatchedCounts {\n        code\n        count\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RunMatchingRound($dryRun: Boolean!) {\n    runMatchingRound(input: { dryRun: $dryRun }) {\n      id\n      dryRun\n      demandCount\n      supporterCount\n      feasiblePairs\n      matchedCount\n      unmatchedCount\n      durationMs\n      unmatchedCounts {\n        code\n        count\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Proposals($roundId: ID!) {\n    proposals(roundId: $roundId) {\n      demandId\n      matchId\n      kind\n      score\n      status\n      entrepreneur {\n        userId\n        displayName\n      }\n      supporter {\n        userId\n        displayName\n      }\n      reasons {\n        code\n        params\n      }\n    }\n  }\n"): (typeof documents)["\n  query Proposals($roundId: ID!) {\n    proposals(roundId: $roundId) {\n      demandId\n      matchId\n      kind\n      score\n      status\n      entrepreneur {\n        userId\n        displayName\n      }\n      supporter {\n        userId\n        displayName\n      }\n      reasons {\n        code\n        params\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveProposal($matchId: ID!) {\n    approveProposal(matchId: $matchId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveProposal($matchId: ID!) {\n    approveProposal(matchId: $matchId) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectProposal($matchId: ID!, $reason: MatchReasonCode!, $note: String) {\n    rejectProposal(matchId: $matchId, reason: $reason, note: $note) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RejectProposal($matchId: ID!, $reason: MatchReasonCode!, $note: String) {\n    rejectProposal(matchId: $matchId, reason: $reason, note: $note) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Candidates($demandId: ID!) {\n    recommendations(demandId: $demandId, limit: 6) {\n      ...RecommendationResultFields\n    }\n  }\n"): (typeof documents)["\n  query Candidates($demandId: ID!) {\n    recommendations(demandId: $demandId, limit: 6) {\n      ...RecommendationResultFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SwapProposal($matchId: ID!, $supporterUserId: ID!, $note: String) {\n    swapProposal(matchId: $matchId, supporterUserId: $supporterUserId, note: $note) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation SwapProposal($matchId: ID!, $supporterUserId: ID!, $note: String) {\n    swapProposal(matchId: $matchId, supporterUserId: $supporterUserId, note: $note) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MatchByHand($demandId: ID!, $supporterUserId: ID!, $reason: String!) {\n    matchByHand(demandId: $demandId, supporterUserId: $supporterUserId, reason: $reason) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation MatchByHand($demandId: ID!, $supporterUserId: ID!, $reason: String!) {\n    matchByHand(demandId: $demandId, supporterUserId: $supporterUserId, reason: $reason) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Dashboard($filter: DashboardFilterInput) {\n    dashboard(filter: $filter) {\n      generatedAt\n      totals {\n        openDemands\n        supporters\n        seats\n        seatsUsed\n      }\n      demandSupply {\n        need\n        language\n        demand\n        supply\n      }\n      countries {\n        country\n        openDemands\n        supporters\n        seats\n        seatsUsed\n      }\n      unmatchedReasons {\n        code\n        count\n      }\n      unmatchedRoundAt\n      timeToMatch {\n        kind\n        matched\n        medianHours\n        p90Hours\n      }\n      feedback {\n        matchesEnded\n        responsePercent\n        minRatingsShown\n        sides {\n          side\n          asked\n          given\n          responsePercent\n          averageRating\n          outcomes {\n            outcome\n            count\n          }\n          suppressed\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Dashboard($filter: DashboardFilterInput) {\n    dashboard(filter: $filter) {\n      generatedAt\n      totals {\n        openDemands\n        supporters\n        seats\n        seatsUsed\n      }\n      demandSupply {\n        need\n        language\n        demand\n        supply\n      }\n      countries {\n        country\n        openDemands\n        supporters\n        seats\n        seatsUsed\n      }\n      unmatchedReasons {\n        code\n        count\n      }\n      unmatchedRoundAt\n      timeToMatch {\n        kind\n        matched\n        medianHours\n        p90Hours\n      }\n      feedback {\n        matchesEnded\n        responsePercent\n        minRatingsShown\n        sides {\n          side\n          asked\n          given\n          responsePercent\n          averageRating\n          outcomes {\n            outcome\n            count\n          }\n          suppressed\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardOrganizations {\n    organizations {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query DashboardOrganizations {\n    organizations {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GiveFeedback($matchId: ID!, $input: FeedbackInput!) {\n    giveFeedback(matchId: $matchId, input: $input) {\n      ...FeedbackFields\n    }\n  }\n"): (typeof documents)["\n  mutation GiveFeedback($matchId: ID!, $input: FeedbackInput!) {\n    giveFeedback(matchId: $matchId, input: $input) {\n      ...FeedbackFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GoalFields on Goal {\n    id\n    title\n    description\n    targetDate\n    status\n    pathway\n    createdBySide\n    milestonesDone\n    milestones {\n      id\n      title\n      done\n    }\n    updates {\n      id\n      side\n      body\n      newStatus\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  fragment GoalFields on Goal {\n    id\n    title\n    description\n    targetDate\n    status\n    pathway\n    createdBySide\n    milestonesDone\n    milestones {\n      id\n      title\n      done\n    }\n    updates {\n      id\n      side\n      body\n      newStatus\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GoalBoard($matchId: ID!) {\n    goalBoard(matchId: $matchId) {\n      matchId\n      kind\n      matchStatus\n      mySide\n      partnerName\n      writable\n      goals {\n        ...GoalFields\n      }\n      sessions {\n        id\n        side\n        heldOn\n        durationMinutes\n        notes\n      }\n    }\n  }\n"): (typeof documents)["\n  query GoalBoard($matchId: ID!) {\n    goalBoard(matchId: $matchId) {\n      matchId\n      kind\n      matchStatus\n      mySide\n      partnerName\n      writable\n      goals {\n        ...GoalFields\n      }\n      sessions {\n        id\n        side\n        heldOn\n        durationMinutes\n        notes\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddGoal($matchId: ID!, $input: GoalInput!) {\n    addGoal(matchId: $matchId, input: $input) {\n      ...GoalFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddGoal($matchId: ID!, $input: GoalInput!) {\n    addGoal(matchId: $matchId, input: $input) {\n      ...GoalFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddMilestone($goalId: ID!, $title: String!) {\n    addMilestone(goalId: $goalId, input: { title: $title }) {\n      ...GoalFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddMilestone($goalId: ID!, $title: String!) {\n    addMilestone(goalId: $goalId, input: { title: $title }) {\n      ...GoalFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMilestoneDone($milestoneId: ID!, $done: Boolean!) {\n    setMilestoneDone(milestoneId: $milestoneId, done: $done) {\n      ...GoalFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetMilestoneDone($milestoneId: ID!, $done: Boolean!) {\n    setMilestoneDone(milestoneId: $milestoneId, done: $done) {\n      ...GoalFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostGoalUpdate($goalId: ID!, $input: GoalUpdateInput!) {\n    postGoalUpdate(goalId: $goalId, input: $input) {\n      ...GoalFields\n    }\n  }\n"): (typeof documents)["\n  mutation PostGoalUpdate($goalId: ID!, $input: GoalUpdateInput!) {\n    postGoalUpdate(goalId: $goalId, input: $input) {\n      ...GoalFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogSession($matchId: ID!, $input: SessionLogInput!) {\n    logSession(matchId: $matchId, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation LogSession($matchId: ID!, $input: SessionLogInput!) {\n    logSession(matchId: $matchId, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GoalPathways($matchId: ID!, $locale: String) {\n    goalPathways(matchId: $matchId, locale: $locale) {\n      code\n      title\n      description\n      milestones\n      localized\n    }\n  }\n"): (typeof documents)["\n  query GoalPathways($matchId: ID!, $locale: String) {\n    goalPathways(matchId: $matchId, locale: $locale) {\n      code\n      title\n      description\n      milestones\n      localized\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddPathwayGoal($matchId: ID!, $input: PathwayGoalInput!) {\n    addPathwayGoal(matchId: $matchId, input: $input) {\n      ...GoalFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddPathwayGoal($matchId: ID!, $input: PathwayGoalInput!) {\n    addPathwayGoal(matchId: $matchId, input: $input) {\n      ...GoalFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyInvitations {\n    myInvitations {\n      id\n      kind\n      invitationExpiresAt\n      entrepreneur {\n        userId\n        displayName\n      }\n      demand {\n        id\n        needs\n      }\n      reasons {\n        code\n        params\n      }\n    }\n    myMatches {\n      id\n      kind\n      status\n      entrepreneur {\n        userId\n        displayName\n      }\n      demand {\n        id\n        needs\n      }\n    }\n    conversations(limit: 50) {\n      id\n      matchId\n    }\n  }\n"): (typeof documents)["\n  query MyInvitations {\n    myInvitations {\n      id\n      kind\n      invitationExpiresAt\n      entrepreneur {\n        userId\n        displayName\n      }\n      demand {\n        id\n        needs\n      }\n      reasons {\n        code\n        params\n      }\n    }\n    myMatches {\n      id\n      kind\n      status\n      entrepreneur {\n        userId\n        displayName\n      }\n      demand {\n        id\n        needs\n      }\n    }\n    conversations(limit: 50) {\n      id\n      matchId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($matchId: ID!) {\n    acceptInvitation(matchId: $matchId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($matchId: ID!) {\n    acceptInvitation(matchId: $matchId) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineInvitation($matchId: ID!, $reason: MatchReasonCode!, $note: String) {\n    declineInvitation(matchId: $matchId, reason: $reason, note: $note) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation DeclineInvitation($matchId: ID!, $reason: MatchReasonCode!, $note: String) {\n    declineInvitation(matchId: $matchId, reason: $reason, note: $note) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPeople {\n    myMatches {\n      id\n      kind\n      status\n      approvedAt\n      entrepreneur {\n        userId\n        displayName\n        accountDeleted\n        contact {\n          email\n          phone\n        }\n      }\n      demand {\n        id\n        needs\n      }\n      history {\n        to\n        at\n      }\n    }\n    conversations(limit: 100) {\n      id\n      matchId\n      unreadCount\n    }\n  }\n"): (typeof documents)["\n  query MyPeople {\n    myMatches {\n      id\n      kind\n      status\n      approvedAt\n      entrepreneur {\n        userId\n        displayName\n        accountDeleted\n        contact {\n          email\n          phone\n        }\n      }\n      demand {\n        id\n        needs\n      }\n      history {\n        to\n        at\n      }\n    }\n    conversations(limit: 100) {\n      id\n      matchId\n      unreadCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteMatch($matchId: ID!, $outcome: MatchOutcome!, $note: String) {\n    completeMatch(matchId: $matchId, outcome: $outcome, note: $note) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteMatch($matchId: ID!, $outcome: MatchOutcome!, $note: String) {\n    completeMatch(matchId: $matchId, outcome: $outcome, note: $note) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyNotifications($first: Int, $after: String) {\n    myNotifications(first: $first, after: $after) {\n      nodes {\n        id\n        kind\n        link\n        read\n        createdAt\n        params {\n          name\n          text\n          number\n        }\n      }\n      nextCursor\n    }\n  }\n"): (typeof documents)["\n  query MyNotifications($first: Int, $after: String) {\n    myNotifications(first: $first, after: $after) {\n      nodes {\n        id\n        kind\n        link\n        read\n        createdAt\n        params {\n          name\n          text\n          number\n        }\n      }\n      nextCursor\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"): (typeof documents)["\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyEntrepreneurProfile {\n    me {\n      id\n      entrepreneurProfile {\n        id\n        businessStage\n        businessDescription\n        city\n        countryOfOrigin\n        countryOfResidence\n        sector\n        modalities\n        languages {\n          language\n          level\n        }\n        availability {\n          timeZone\n          slots {\n            day\n            startMinute\n            endMinute\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyEntrepreneurProfile {\n    me {\n      id\n      entrepreneurProfile {\n        id\n        businessStage\n        businessDescription\n        city\n        countryOfOrigin\n        countryOfResidence\n        sector\n        modalities\n        languages {\n          language\n          level\n        }\n        availability {\n          timeZone\n          slots {\n            day\n            startMinute\n            endMinute\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveEntrepreneurProfile($input: EntrepreneurProfileInput!) {\n    saveEntrepreneurProfile(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SaveEntrepreneurProfile($input: EntrepreneurProfileInput!) {\n    saveEntrepreneurProfile(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganizationFields on Organization {\n    id\n    name\n    description\n    countries\n    languages\n    services\n    needs\n    website\n    phone\n    email\n    address\n    isExample\n  }\n"): (typeof documents)["\n  fragment OrganizationFields on Organization {\n    id\n    name\n    description\n    countries\n    languages\n    services\n    needs\n    website\n    phone\n    email\n    address\n    isExample\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationDirectory(\n    $search: String\n    $country: Country\n    $language: String\n    $supportKind: SupportKind\n    $need: Need\n    $limit: Int\n    $offset: Int\n  ) {\n    organizationDirectory(\n      search: $search\n      country: $country\n      language: $language\n      supportKind: $supportKind\n      need: $need\n      limit: $limit\n      offset: $offset\n    ) {\n      total\n      items {\n        ...OrganizationFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganizationDirectory(\n    $search: String\n    $country: Country\n    $language: String\n    $supportKind: SupportKind\n    $need: Need\n    $limit: Int\n    $offset: Int\n  ) {\n    organizationDirectory(\n      search: $search\n      country: $country\n      language: $language\n      supportKind: $supportKind\n      need: $need\n      limit: $limit\n      offset: $offset\n    ) {\n      total\n      items {\n        ...OrganizationFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Organization($id: ID!) {\n    organization(id: $id) {\n      ...OrganizationFields\n    }\n  }\n"): (typeof documents)["\n  query Organization($id: ID!) {\n    organization(id: $id) {\n      ...OrganizationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyOrganizations {\n    me {\n      id\n      roles\n      memberships {\n        id\n        role\n        organization {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyOrganizations {\n    me {\n      id\n      roles\n      memberships {\n        id\n        role\n        organization {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyOrganizationJoinRequests($organizationId: ID) {\n    myOrganizationJoinRequests(organizationId: $organizationId) {\n      id\n      status\n      role\n      message\n      declineReason\n      createdAt\n      decidedAt\n    }\n  }\n"): (typeof documents)["\n  query MyOrganizationJoinRequests($organizationId: ID) {\n    myOrganizationJoinRequests(organizationId: $organizationId) {\n      id\n      status\n      role\n      message\n      declineReason\n      createdAt\n      decidedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PendingOrganizationJoinRequests($organizationId: ID!) {\n    pendingOrganizationJoinRequests(organizationId: $organizationId) {\n      id\n      requesterName\n      role\n      message\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query PendingOrganizationJoinRequests($organizationId: ID!) {\n    pendingOrganizationJoinRequests(organizationId: $organizationId) {\n      id\n      requesterName\n      role\n      message\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestToJoinOrganization($input: JoinOrganizationInput!) {\n    requestToJoinOrganization(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RequestToJoinOrganization($input: JoinOrganizationInput!) {\n    requestToJoinOrganization(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawOrganizationJoinRequest($requestId: ID!) {\n    withdrawOrganizationJoinRequest(requestId: $requestId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawOrganizationJoinRequest($requestId: ID!) {\n    withdrawOrganizationJoinRequest(requestId: $requestId) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptOrganizationJoinRequest($requestId: ID!) {\n    acceptOrganizationJoinRequest(requestId: $requestId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptOrganizationJoinRequest($requestId: ID!) {\n    acceptOrganizationJoinRequest(requestId: $requestId) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineOrganizationJoinRequest($input: DeclineJoinRequestInput!) {\n    declineOrganizationJoinRequest(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation DeclineOrganizationJoinRequest($input: DeclineJoinRequestInput!) {\n    declineOrganizationJoinRequest(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrganization($id: ID!, $input: OrganizationInput!) {\n    updateOrganization(id: $id, input: $input) {\n      ...OrganizationFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOrganization($id: ID!, $input: OrganizationInput!) {\n    updateOrganization(id: $id, input: $input) {\n      ...OrganizationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPrivacy {\n    me {\n      id\n      email\n      loginPhone\n      secretKind\n      phone\n      shareContactDetails\n    }\n  }\n"): (typeof documents)["\n  query MyPrivacy {\n    me {\n      id\n      email\n      loginPhone\n      secretKind\n      phone\n      shareContactDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateContactDetails($input: ContactDetailsInput!) {\n    updateContactDetails(input: $input) {\n      id\n      phone\n      shareContactDetails\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateContactDetails($input: ContactDetailsInput!) {\n    updateContactDetails(input: $input) {\n      id\n      phone\n      shareContactDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyDataExport {\n    myDataExport\n  }\n"): (typeof documents)["\n  query MyDataExport {\n    myDataExport\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteMyAccount($password: String!) {\n    deleteMyAccount(password: $password)\n  }\n"): (typeof documents)["\n  mutation DeleteMyAccount($password: String!) {\n    deleteMyAccount(password: $password)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Reports {\n    reports(limit: 50) {\n      id\n      reason\n      details\n      status\n      createdAt\n      messageId\n      conversationId\n      reporter {\n        id\n        displayName\n      }\n      reportedUser {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  query Reports {\n    reports(limit: 50) {\n      id\n      reason\n      details\n      status\n      createdAt\n      messageId\n      conversationId\n      reporter {\n        id\n        displayName\n      }\n      reportedUser {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportedConversation($reportId: ID!) {\n    reportedConversation(reportId: $reportId) {\n      snapshot {\n        capturedAt\n        reportedMessageId\n        participants {\n          userId\n          displayName\n        }\n        messages {\n          id\n          senderId\n          body\n          createdAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportedConversation($reportId: ID!) {\n    reportedConversation(reportId: $reportId) {\n      snapshot {\n        capturedAt\n        reportedMessageId\n        participants {\n          userId\n          displayName\n        }\n        messages {\n          id\n          senderId\n          body\n          createdAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveReport($id: ID!, $resolution: String) {\n    resolveReport(id: $id, resolution: $resolution) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ResolveReport($id: ID!, $resolution: String) {\n    resolveReport(id: $id, resolution: $resolution) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ServiceEntryFields on ServiceEntry {\n    id\n    country\n    languages\n    category\n    name\n    description\n    phone\n    website\n    address\n    hours\n    emergency\n    isExample\n  }\n"): (typeof documents)["\n  fragment ServiceEntryFields on ServiceEntry {\n    id\n    country\n    languages\n    category\n    name\n    description\n    phone\n    website\n    address\n    hours\n    emergency\n    isExample\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceEntries(\n    $search: String\n    $country: Country\n    $language: String\n    $category: ServiceCategory\n    $limit: Int\n    $offset: Int\n  ) {\n    serviceEntries(\n      search: $search\n      country: $country\n      language: $language\n      category: $category\n      limit: $limit\n      offset: $offset\n    ) {\n      total\n      items {\n        ...ServiceEntryFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ServiceEntries(\n    $search: String\n    $country: Country\n    $language: String\n    $category: ServiceCategory\n    $limit: Int\n    $offset: Int\n  ) {\n    serviceEntries(\n      search: $search\n      country: $country\n      language: $language\n      category: $category\n      limit: $limit\n      offset: $offset\n    ) {\n      total\n      items {\n        ...ServiceEntryFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmergencyServiceEntries($country: Country!) {\n    emergencyServiceEntries(country: $country) {\n      id\n      name\n      description\n      phone\n      hours\n      isExample\n    }\n  }\n"): (typeof documents)["\n  query EmergencyServiceEntries($country: Country!) {\n    emergencyServiceEntries(country: $country) {\n      id\n      name\n      description\n      phone\n      hours\n      isExample\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCountry {\n    me {\n      id\n      roles\n      entrepreneurProfile {\n        id\n        countryOfResidence\n      }\n      supporterProfile {\n        id\n        country\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyCountry {\n    me {\n      id\n      roles\n      entrepreneurProfile {\n        id\n        countryOfResidence\n      }\n      supporterProfile {\n        id\n        country\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateServiceEntry($input: ServiceEntryInput!) {\n    createServiceEntry(input: $input) {\n      ...ServiceEntryFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateServiceEntry($input: ServiceEntryInput!) {\n    createServiceEntry(input: $input) {\n      ...ServiceEntryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateServiceEntry($id: ID!, $input: ServiceEntryInput!) {\n    updateServiceEntry(id: $id, input: $input) {\n      ...ServiceEntryFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateServiceEntry($id: ID!, $input: ServiceEntryInput!) {\n    updateServiceEntry(id: $id, input: $input) {\n      ...ServiceEntryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveServiceEntry($id: ID!) {\n    archiveServiceEntry(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveServiceEntry($id: ID!) {\n    archiveServiceEntry(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RematchOffers {\n    rematchOffers {\n      matchId\n      conversationId\n      kind\n      supporterName\n      waitingSince\n    }\n  }\n"): (typeof documents)["\n  query RematchOffers {\n    rematchOffers {\n      matchId\n      conversationId\n      kind\n      supporterName\n      waitingSince\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TakeRematch($matchId: ID!) {\n    takeRematch(matchId: $matchId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation TakeRematch($matchId: ID!) {\n    takeRematch(matchId: $matchId) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSupportRequest($input: SupportRequestInput!) {\n    createSupportRequest(input: $input) {\n      id\n      demands {\n        id\n        kind\n        needs\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSupportRequest($input: SupportRequestInput!) {\n    createSupportRequest(input: $input) {\n      id\n      demands {\n        id\n        kind\n        needs\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Recommendations($demandId: ID!) {\n    recommendations(demandId: $demandId, limit: 3) {\n      ...RecommendationResultFields\n    }\n  }\n"): (typeof documents)["\n  query Recommendations($demandId: ID!) {\n    recommendations(demandId: $demandId, limit: 3) {\n      ...RecommendationResultFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySupport {\n    mySupportRequests {\n      id\n      status\n      createdAt\n      demands {\n        id\n        kind\n        needs\n        status\n      }\n    }\n    myMatches {\n      id\n      kind\n      status\n      supporter {\n        userId\n        displayName\n        accountDeleted\n        contact {\n          email\n          phone\n        }\n      }\n      reasons {\n        code\n        params\n      }\n    }\n    conversations(limit: 50) {\n      id\n      matchId\n    }\n  }\n"): (typeof documents)["\n  query MySupport {\n    mySupportRequests {\n      id\n      status\n      createdAt\n      demands {\n        id\n        kind\n        needs\n        status\n      }\n    }\n    myMatches {\n      id\n      kind\n      status\n      supporter {\n        userId\n        displayName\n        accountDeleted\n        contact {\n          email\n          phone\n        }\n      }\n      reasons {\n        code\n        params\n      }\n    }\n    conversations(limit: 50) {\n      id\n      matchId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawSupportRequest($id: ID!) {\n    withdrawSupportRequest(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawSupportRequest($id: ID!) {\n    withdrawSupportRequest(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndMatch($matchId: ID!, $reason: MatchReasonCode!, $note: String) {\n    withdrawMatch(matchId: $matchId, reason: $reason, note: $note) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation EndMatch($matchId: ID!, $reason: MatchReasonCode!, $note: String) {\n    withdrawMatch(matchId: $matchId, reason: $reason, note: $note) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySupporterProfile {\n    me {\n      id\n      roles\n      supporterProfile {\n        id\n        active\n        verified\n        supportKinds\n        needs\n        jurisdictions\n        capacity\n        country\n        city\n        modalities\n        sectors\n        businessStages\n        bio\n        languages {\n          language\n          level\n        }\n        availability {\n          timeZone\n          slots {\n            day\n            startMinute\n            endMinute\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MySupporterProfile {\n    me {\n      id\n      roles\n      supporterProfile {\n        id\n        active\n        verified\n        supportKinds\n        needs\n        jurisdictions\n        capacity\n        country\n        city\n        modalities\n        sectors\n        businessStages\n        bio\n        languages {\n          language\n          level\n        }\n        availability {\n          timeZone\n          slots {\n            day\n            startMinute\n            endMinute\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveSupporterProfile($input: SupporterProfileInput!) {\n    saveSupporterProfile(input: $input) {\n      id\n      verified\n    }\n  }\n"): (typeof documents)["\n  mutation SaveSupporterProfile($input: SupporterProfileInput!) {\n    saveSupporterProfile(input: $input) {\n      id\n      verified\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetSupporterActive($active: Boolean!) {\n    setSupporterActive(active: $active) {\n      id\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation SetSupporterActive($active: Boolean!) {\n    setSupporterActive(active: $active) {\n      id\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupporterActivity {\n    supporterActivity {\n      userId\n      displayName\n      kinds\n      takingPeople\n      activeMatches\n      medianResponseHours\n      answeredInWindow\n      waitingNow\n      lastMessageAt\n    }\n  }\n"): (typeof documents)["\n  query SupporterActivity {\n    supporterActivity {\n      userId\n      displayName\n      kinds\n      takingPeople\n      activeMatches\n      medianResponseHours\n      answeredInWindow\n      waitingNow\n      lastMessageAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WorkshopFields on WorkshopView {\n    id\n    title\n    description\n    topic\n    language\n    startsAt\n    endsAt\n    durationMinutes\n    timeZone\n    localStart\n    modality\n    meetingLink\n    place\n    city\n    country\n    seats\n    confirmedCount\n    waitingCount\n    seatsLeft\n    status\n    organizerName\n    canManage\n    started\n    myPlace {\n      id\n      status\n      waitingPosition\n      attendance\n    }\n  }\n"): (typeof documents)["\n  fragment WorkshopFields on WorkshopView {\n    id\n    title\n    description\n    topic\n    language\n    startsAt\n    endsAt\n    durationMinutes\n    timeZone\n    localStart\n    modality\n    meetingLink\n    place\n    city\n    country\n    seats\n    confirmedCount\n    waitingCount\n    seatsLeft\n    status\n    organizerName\n    canManage\n    started\n    myPlace {\n      id\n      status\n      waitingPosition\n      attendance\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UpcomingWorkshops(\n    $language: String\n    $topic: Need\n    $modality: WorkshopModality\n    $country: Country\n    $limit: Int\n    $offset: Int\n  ) {\n    upcomingWorkshops(\n      language: $language\n      topic: $topic\n      modality: $modality\n      country: $country\n      limit: $limit\n      offset: $offset\n    ) {\n      total\n      items {\n        ...WorkshopFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query UpcomingWorkshops(\n    $language: String\n    $topic: Need\n    $modality: WorkshopModality\n    $country: Country\n    $limit: Int\n    $offset: Int\n  ) {\n    upcomingWorkshops(\n      language: $language\n      topic: $topic\n      modality: $modality\n      country: $country\n      limit: $limit\n      offset: $offset\n    ) {\n      total\n      items {\n        ...WorkshopFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyWorkshops {\n    myWorkshops {\n      ...WorkshopFields\n    }\n  }\n"): (typeof documents)["\n  query MyWorkshops {\n    myWorkshops {\n      ...WorkshopFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizedWorkshops {\n    organizedWorkshops {\n      ...WorkshopFields\n    }\n  }\n"): (typeof documents)["\n  query OrganizedWorkshops {\n    organizedWorkshops {\n      ...WorkshopFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Workshop($id: ID!) {\n    workshop(id: $id) {\n      ...WorkshopFields\n    }\n  }\n"): (typeof documents)["\n  query Workshop($id: ID!) {\n    workshop(id: $id) {\n      ...WorkshopFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkshopRegistrants($id: ID!) {\n    workshopRegistrants(id: $id) {\n      id\n      displayName\n      status\n      waitingPosition\n      attendance\n    }\n  }\n"): (typeof documents)["\n  query WorkshopRegistrants($id: ID!) {\n    workshopRegistrants(id: $id) {\n      id\n      displayName\n      status\n      waitingPosition\n      attendance\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishWorkshop($input: WorkshopInput!) {\n    publishWorkshop(input: $input) {\n      ...WorkshopFields\n    }\n  }\n"): (typeof documents)["\n  mutation PublishWorkshop($input: WorkshopInput!) {\n    publishWorkshop(input: $input) {\n      ...WorkshopFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateWorkshop($id: ID!, $input: WorkshopInput!) {\n    updateWorkshop(id: $id, input: $input) {\n      ...WorkshopFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateWorkshop($id: ID!, $input: WorkshopInput!) {\n    updateWorkshop(id: $id, input: $input) {\n      ...WorkshopFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelWorkshop($id: ID!) {\n    cancelWorkshop(id: $id) {\n      ...WorkshopFields\n    }\n  }\n"): (typeof documents)["\n  mutation CancelWorkshop($id: ID!) {\n    cancelWorkshop(id: $id) {\n      ...WorkshopFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUpForWorkshop($id: ID!) {\n    signUpForWorkshop(id: $id) {\n      ...WorkshopFields\n    }\n  }\n"): (typeof documents)["\n  mutation SignUpForWorkshop($id: ID!) {\n    signUpForWorkshop(id: $id) {\n      ...WorkshopFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeaveWorkshop($id: ID!) {\n    leaveWorkshop(id: $id) {\n      ...WorkshopFields\n    }\n  }\n"): (typeof documents)["\n  mutation LeaveWorkshop($id: ID!) {\n    leaveWorkshop(id: $id) {\n      ...WorkshopFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordWorkshopAttendance($id: ID!, $input: AttendanceListInput!) {\n    recordWorkshopAttendance(id: $id, input: $input) {\n      id\n      displayName\n      status\n      waitingPosition\n      attendance\n    }\n  }\n"): (typeof documents)["\n  mutation RecordWorkshopAttendance($id: ID!, $input: AttendanceListInput!) {\n    recordWorkshopAttendance(id: $id, input: $input) {\n      id\n      displayName\n      status\n      waitingPosition\n      attendance\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;