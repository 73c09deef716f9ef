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
    "\n  fragment RecommendationResultFields on RecommendationResult {\n    demandId\n    feasibleCount\n    blockedBy {\n      code\n      params\n    }\n    recommendations {\n      score\n      supporter {\n        userId\n        displayName\n      }\n      reasons {\n        code\n        params\n      }\n    }\n  }\n": typeof types.RecommendationResultFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      id\n      displayName\n      locale\n      roles\n      entrepreneurProfile {\n        id\n      }\n      supporterProfile {\n        id\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation UpdateLocale($locale: String!) {\n    updateMe(input: { locale: $locale }) {\n      id\n      locale\n    }\n  }\n": typeof types.UpdateLocaleDocument,
    "\n  mutation LogOut {\n    logOut\n  }\n": typeof types.LogOutDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n": typeof types.RegisterDocument,
    "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n": typeof types.LogInDocument,
    "\n  query Conversations {\n    conversations(limit: 50) {\n      id\n      kind\n      closedAt\n      lastSeq\n      lastActivityAt\n      unreadCount\n      lastMessage {\n        id\n        seq\n        senderId\n        body\n        redacted\n        createdAt\n      }\n      members {\n        userId\n        displayName\n      }\n    }\n  }\n": typeof types.ConversationsDocument,
    "\n  query Conversation($id: ID!) {\n    conversation(id: $id) {\n      id\n      kind\n      matchId\n      closedAt\n      lastSeq\n      lastReadSeq\n      unreadCount\n      blockedByMe\n      canSend\n      members {\n        userId\n        displayName\n        lastReadSeq\n      }\n    }\n  }\n": typeof types.ConversationDocument,
    "\n  query Messages($conversationId: ID!, $before: Int, $limit: Int!) {\n    messages(conversationId: $conversationId, before: $before, limit: $limit) {\n      hasMore\n      messages {\n        id\n        conversationId\n        seq\n        senderId\n        clientMessageId\n        body\n        redacted\n        createdAt\n      }\n    }\n  }\n": typeof types.MessagesDocument,
    "\n  mutation BlockUser($userId: ID!) {\n    blockUser(userId: $userId) {\n      userId\n      blockedAt\n    }\n  }\n": typeof types.BlockUserDocument,
    "\n  mutation UnblockUser($userId: ID!) {\n    unblockUser(userId: $userId)\n  }\n": typeof types.UnblockUserDocument,
    "\n  mutation ReportMessage($input: ReportMessageInput!) {\n    reportMessage(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.ReportMessageDocument,
    "\n  mutation ReportPerson($input: ReportPersonInput!) {\n    reportPerson(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.ReportPersonDocument,
    "\n  query OpenDemands {\n    openDemands(limit: 20) {\n      daysWaiting\n      countryOfResidence\n      urgency\n      feasibleCount\n      entrepreneur {\n        userId\n        displayName\n      }\n      demand {\n        id\n        kind\n        needs\n      }\n      why {\n        code\n      }\n    }\n  }\n": typeof types.OpenDemandsDocument,
    "\n  mutation RunMatchingRound($dryRun: Boolean!) {\n    runMatchingRound(input: { dryRun: $dryRun }) {\n      id\n      dryRun\n      demandCount\n      supporterCount\n      feasiblePairs\n      matchedCount\n      unmatchedCount\n      durationMs\n      unmatchedCounts {\n        code\n        count\n      }\n    }\n  }\n": typeof types.RunMatchingRoundDocument,
    "\n  query Proposals($roundId: ID!) {\n    proposals(roundId: $roundId) {\n      demandId\n      matchId\n      kind\n      score\n      status\n      entrepreneur {\n        userId\n        displayName\n      }\n      supporter {\n        userId\n        displayName\n      }\n      reasons {\n        code\n        params\n      }\n    }\n  }\n": typeof types.ProposalsDocument,
    "\n  mutation ApproveProposal($matchId: ID!) {\n    approveProposal(matchId: $matchId) {\n      id\n      status\n    }\n  }\n": typeof types.ApproveProposalDocument,
    "\n  mutation RejectProposal($matchId: ID!, $reason: MatchReasonCode!, $note: String) {\n    rejectProposal(matchId: $matchId, reason: $reason, note: $note) {\n      id\n      status\n    }\n  }\n": typeof types.RejectProposalDocument,
    "\n  query Candidates($demandId: ID!) {\n    recommendations(demandId: $demandId, limit: 6) {\n      ...RecommendationResultFields\n    }\n  }\n": typeof types.CandidatesDocument,
    "\n  mutation SwapProposal($matchId: ID!, $supporterUserId: ID!, $note: String) {\n    swapProposal(matchId: $matchId, supporterUserId: $supporterUserId, note: $note) {\n      id\n      status\n    }\n  }\n": typeof types.SwapProposalDocument,
    "\n  mutation MatchByHand($demandId: ID!, $supporterUserId: ID!, $reason: String!) {\n    matchByHand(demandId: $demandId, supporterUserId: $supporterUserId, reason: $reason) {\n      id\n      status\n    }\n  }\n": typeof types.MatchByHandDocument,
    "\n  query Dashboard($filter: DashboardFilterInput) {\n    dashboard(filter: $filter) {\n      generatedAt\n      totals {\n        openDemands\n        supporters\n        seats\n        seatsUsed\n      }\n      demandSupply {\n        need\n        language\n        demand\n        supply\n      }\n      countries {\n        country\n        openDemands\n        supporters\n        seats\n        seatsUsed\n      }\n      unmatchedReasons {\n        code\n        count\n      }\n      unmatchedRoundAt\n      timeToMatch {\n        kind\n        matched\n        medianHours\n        p90Hours\n      }\n    }\n  }\n": typeof types.DashboardDocument,
    "\n  query DashboardOrganizations {\n    organizations {\n      id\n      name\n    }\n  }\n": typeof types.DashboardOrganizationsDocument,
    "\n  fragment GoalFields on Goal {\n    id\n    title\n    description\n    targetDate\n    status\n    createdBySide\n    milestonesDone\n    milestones {\n      id\n      title\n      done\n    }\n    updates {\n      id\n      side\n      body\n      newStatus\n      createdAt\n    }\n  }\n": typeof types.GoalFieldsFragmentDoc,
    "\n  query GoalBoard($matchId: ID!) {\n    goalBoard(matchId: $matchId) {\n      matchId\n      kind\n      matchStatus\n      mySide\n      partnerName\n      writable\n      goals {\n        ...GoalFields\n      }\n      sessions {\n        id\n        side\n        heldOn\n        durationMinutes\n        notes\n      }\n    }\n  }\n": typeof types.GoalBoardDocument,
    "\n  mutation AddGoal($matchId: ID!, $input: GoalInput!) {\n    addGoal(matchId: $matchId, input: $input) {\n      ...GoalFields\n    }\n  }\n": typeof types.AddGoalDocument,
    "\n  mutation AddMilestone($goalId: ID!, $title: String!) {\n    addMilestone(goalId: $goalId, input: { title: $title }) {\n      ...GoalFields\n    }\n  }\n": typeof types.AddMilestoneDocument,
    "\n  mutation SetMilestoneDone($milestoneId: ID!, $done: Boolean!) {\n    setMilestoneDone(milestoneId: $milestoneId, done: $done) {\n      ...GoalFields\n    }\n  }\n": typeof types.SetMilestoneDoneDocument,
    "\n  mutation PostGoalUpdate($goalId: ID!, $input: GoalUpdateInput!) {\n    postGoalUpdate(goalId: $goalId, input: $input) {\n      ...GoalFields\n    }\n  }\n": typeof types.PostGoalUpdateDocument,
    "\n  mutation LogSession($matchId: ID!, $input: SessionLogInput!) {\n    logSession(matchId: $matchId, input: $input) {\n      id\n    }\n  }\n": typeof types.LogSessionDocument,
    "\n  query MyInvitations {\n    myInvitations {\n      id\n      kind\n      invitationExpiresAt\n      entrepreneur {\n        userId\n        displayName\n      }\n      demand {\n        id\n        needs\n      }\n      reasons {\n        code\n        params\n      }\n    }\n    myMatches {\n      id\n      kind\n      status\n      entrepreneur {\n        userId\n        displayName\n      }\n      demand {\n        id\n        needs\n      }\n    }\n    conversations(limit: 50) {\n      id\n      matchId\n    }\n  }\n": typeof types.MyInvitationsDocument,
    "\n  mutation AcceptInvitation($matchId: ID!) {\n    acceptInvitation(matchId: $matchId) {\n      id\n      status\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  mutation DeclineInvitation($matchId: ID!, $reason: MatchReasonCode!, $note: String) {\n    declineInvitation(matchId: $matchId, reason: $reason, note: $note) {\n      id\n      status\n    }\n  }\n": typeof types.DeclineInvitationDocument,
    "\n  query MyPeople {\n    myMatches {\n      id\n      kind\n      status\n      approvedAt\n      entrepreneur {\n        userId\n        displayName\n        accountDeleted\n        contact {\n          email\n          phone\n        }\n      }\n      demand {\n        id\n        needs\n      }\n      history {\n        to\n        at\n      }\n    }\n    conversations(limit: 100) {\n      id\n      matchId\n      unreadCount\n    }\n  }\n": typeof types.MyPeopleDocument,
    "\n  mutation CompleteMatch($matchId: ID!, $outcome: MatchOutcome!, $note: String) {\n    completeMatch(matchId: $matchId, outcome: $outcome, note: $note) {\n      id\n      status\n    }\n  }\n": typeof types.CompleteMatchDocument,
    "\n  query MyEntrepreneurProfile {\n    me {\n      id\n      entrepreneurProfile {\n        id\n        businessStage\n        businessDescription\n        city\n        countryOfOrigin\n        countryOfResidence\n        sector\n        modalities\n        languages {\n          language\n          level\n        }\n        availability {\n          timeZone\n          slots {\n            day\n            startMinute\n            endMinute\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyEntrepreneurProfileDocument,
    "\n  mutation SaveEntrepreneurProfile($input: EntrepreneurProfileInput!) {\n    saveEntrepreneurProfile(input: $input) {\n      id\n    }\n  }\n": typeof types.SaveEntrepreneurProfileDocument,
    "\n  query MyPrivacy {\n    me {\n      id\n      email\n      phone\n      shareContactDetails\n    }\n  }\n": typeof types.MyPrivacyDocument,
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
    "\n  mutation CreateSupportRequest($input: SupportRequestInput!) {\n    createSupportRequest(input: $input) {\n      id\n      demands {\n        id\n        kind\n        needs\n        status\n      }\n    }\n  }\n": typeof types.CreateSupportRequestDocument,
    "\n  query Recommendations($demandId: ID!) {\n    recommendations(demandId: $demandId, limit: 3) {\n      ...RecommendationResultFields\n    }\n  }\n": typeof types.RecommendationsDocument,
    "\n  query MySupport {\n    mySupportRequests {\n      id\n      status\n      createdAt\n      demands {\n        id\n        kind\n        needs\n        status\n      }\n    }\n    myMatches {\n      id\n      kind\n      status\n      supporter {\n        userId\n        displayName\n        accountDeleted\n        contact {\n          email\n          phone\n        }\n      }\n      reasons {\n        code\n        params\n      }\n    }\n    conversations(limit: 50) {\n      id\n      matchId\n    }\n  }\n": typeof types.MySupportDocument,
    "\n  mutation WithdrawSupportRequest($id: ID!) {\n    withdrawSupportRequest(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.WithdrawSupportRequestDocument,
    "\n  mutation EndMatch($matchId: ID!, $reason: MatchReasonCode!, $note: String) {\n    withdrawMatch(matchId: $matchId, reason: $reason, note: $note) {\n      id\n      status\n    }\n  }\n": typeof types.EndMatchDocument,
    "\n  query MySupporterProfile {\n    me {\n      id\n      roles\n      supporterProfile {\n        id\n        active\n        verified\n        supportKinds\n        needs\n        jurisdictions\n        capacity\n        country\n        city\n        modalities\n        sectors\n        businessStages\n        bio\n        languages {\n          language\n          level\n        }\n        availability {\n          timeZone\n          slots {\n            day\n            startMinute\n            endMinute\n          }\n        }\n      }\n    }\n  }\n": typeof types.MySupporterProfileDocument,
    "\n  mutation SaveSupporterProfile($input: SupporterProfileInput!) {\n    saveSupporterProfile(input: $input) {\n      id\n      verified\n    }\n  }\n": typeof types.SaveSupporterProfileDocument,
    "\n  mutation SetSupporterActive($active: Boolean!) {\n    setSupporterActive(active: $active) {\n      id\n      active\n    }\n  }\n": typeof types.SetSupporterActiveDocument,
};
const documents: Documents = {
    "\n  fragment RecommendationResultFields on RecommendationResult {\n    demandId\n    feasibleCount\n    blockedBy {\n      code\n      params\n    }\n    recommendations {\n      score\n      supporter {\n        userId\n        displayName\n      }\n      reasons {\n        code\n        params\n      }\n    }\n  }\n": types.RecommendationResultFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      id\n      displayName\n      locale\n      roles\n      entrepreneurProfile {\n        id\n      }\n      supporterProfile {\n        id\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation UpdateLocale($locale: String!) {\n    updateMe(input: { locale: $locale }) {\n      id\n      locale\n    }\n  }\n": types.UpdateLocaleDocument,
    "\n  mutation LogOut {\n    logOut\n  }\n": types.LogOutDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n": types.RegisterDocument,
    "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n": types.LogInDocument,
    "\n  query Conversations {\n    conversations(limit: 50) {\n      id\n      kind\n      closedAt\n      lastSeq\n      lastActivityAt\n      unreadCount\n      lastMessage {\n        id\n        seq\n        senderId\n        body\n        redacted\n        createdAt\n      }\n      members {\n        userId\n        displayName\n      }\n    }\n  }\n": types.ConversationsDocument,
    "\n  query Conversation($id: ID!) {\n    conversation(id: $id) {\n      id\n      kind\n      matchId\n      closedAt\n      lastSeq\n      lastReadSeq\n      unreadCount\n      blockedByMe\n      canSend\n      members {\n        userId\n        displayName\n        lastReadSeq\n      }\n    }\n  }\n": types.ConversationDocument,
    "\n  query Messages($conversationId: ID!, $before: Int, $limit: Int!) {\n    messages(conversationId: $conversationId, before: $before, limit: $limit) {\n      hasMore\n      messages {\n        id\n        conversationId\n        seq\n        senderId\n        clientMessageId\n        body\n        redacted\n        createdAt\n      }\n    }\n  }\n": types.MessagesDocument,
    "\n  mutation BlockUser($userId: ID!) {\n    blockUser(userId: $userId) {\n      userId\n      blockedAt\n    }\n  }\n": types.BlockUserDocument,
    "\n  mutation UnblockUser($userId: ID!) {\n    unblockUser(userId: $userId)\n  }\n": types.UnblockUserDocument,
    "\n  mutation ReportMessage($input: ReportMessageInput!) {\n    reportMessage(input: $input) {\n      id\n      status\n    }\n  }\n": types.ReportMessageDocument,
    "\n  mutation ReportPerson($input: ReportPersonInput!) {\n    reportPerson(input: $input) {\n      id\n      status\n    }\n  }\n": types.ReportPersonDocument,
    "\n  query OpenDemands {\n    openDemands(limit: 20) {\n      daysWaiting\n      countryOfResidence\n      urgency\n      feasibleCount\n      entrepreneur {\n        userId\n        displayName\n      }\n      demand {\n        id\n        kind\n        needs\n      }\n      why {\n        code\n      }\n    }\n  }\n": types.OpenDemandsDocument,
    "\n  mutation RunMatchingRound($dryRun: Boolean!) {\n    runMatchingRound(input: { dryRun: $dryRun }) {\n      id\n      dryRun\n      demandCount\n      supporterCount\n      feasiblePairs\n      matchedCount\n      unmatchedCount\n      durationMs\n      unmatchedCounts {\n        code\n        count\n      }\n    }\n  }\n": types.RunMatchingRoundDocument,
    "\n  query Proposals($roundId: ID!) {\n    proposals(roundId: $roundId) {\n      demandId\n      matchId\n      kind\n      score\n      status\n      entrepreneur {\n        userId\n        displayName\n      }\n      supporter {\n        userId\n        displayName\n      }\n      reasons {\n        code\n        params\n      }\n    }\n  }\n": types.ProposalsDocument,
    "\n  mutation ApproveProposal($matchId: ID!) {\n    approveProposal(matchId: $matchId) {\n      id\n      status\n    }\n  }\n": types.ApproveProposalDocument,
    "\n  mutation RejectProposal($matchId: ID!, $reason: MatchReasonCode!, $note: String) {\n    rejectProposal(matchId: $matchId, reason: $reason, note: $note) {\n      id\n      status\n    }\n  }\n": types.RejectProposalDocument,
    "\n  query Candidates($demandId: ID!) {\n    recommendations(demandId: $demandId, limit: 6) {\n      ...RecommendationResultFields\n    }\n  }\n": types.CandidatesDocument,
    "\n  mutation SwapProposal($matchId: ID!, $supporterUserId: ID!, $note: String) {\n    swapProposal(matchId: $matchId, supporterUserId: $supporterUserId, note: $note) {\n      id\n      status\n    }\n  }\n": types.SwapProposalDocument,
    "\n  mutation MatchByHand($demandId: ID!, $supporterUserId: ID!, $reason: String!) {\n    matchByHand(demandId: $demandId, supporterUserId: $supporterUserId, reason: $reason) {\n      id\n      status\n    }\n  }\n": types.MatchByHandDocument,
    "\n  query Dashboard($filter: DashboardFilterInput) {\n    dashboard(filter: $filter) {\n      generatedAt\n      totals {\n        openDemands\n        supporters\n        seats\n        seatsUsed\n      }\n      demandSupply {\n        need\n        language\n        demand\n        supply\n      }\n      countries {\n        country\n        openDemands\n        supporters\n        seats\n        seatsUsed\n      }\n      unmatchedReasons {\n        code\n        count\n      }\n      unmatchedRoundAt\n      timeToMatch {\n        kind\n        matched\n        medianHours\n        p90Hours\n      }\n    }\n  }\n": types.DashboardDocument,
    "\n  query DashboardOrganizations {\n    organizations {\n      id\n      name\n    }\n  }\n": types.DashboardOrganizationsDocument,
    "\n  fragment GoalFields on Goal {\n    id\n    title\n    description\n    targetDate\n    status\n    createdBySide\n    milestonesDone\n    milestones {\n      id\n      title\n      done\n    }\n    updates {\n      id\n      side\n      body\n      newStatus\n      createdAt\n    }\n  }\n": types.GoalFieldsFragmentDoc,
    "\n  query GoalBoard($matchId: ID!) {\n    goalBoard(matchId: $matchId) {\n      matchId\n      kind\n      matchStatus\n      mySide\n      partnerName\n      writable\n      goals {\n        ...GoalFields\n      }\n      sessions {\n        id\n        side\n        heldOn\n        durationMinutes\n        notes\n      }\n    }\n  }\n": types.GoalBoardDocument,
    "\n  mutation AddGoal($matchId: ID!, $input: GoalInput!) {\n    addGoal(matchId: $matchId, input: $input) {\n      ...GoalFields\n    }\n  }\n": types.AddGoalDocument,
    "\n  mutation AddMilestone($goalId: ID!, $title: String!) {\n    addMilestone(goalId: $goalId, input: { title: $title }) {\n      ...GoalFields\n    }\n  }\n": types.AddMilestoneDocument,
    "\n  mutation SetMilestoneDone($milestoneId: ID!, $done: Boolean!) {\n    setMilestoneDone(milestoneId: $milestoneId, done: $done) {\n      ...GoalFields\n    }\n  }\n": types.SetMilestoneDoneDocument,
    "\n  mutation PostGoalUpdate($goalId: ID!, $input: GoalUpdateInput!) {\n    postGoalUpdate(goalId: $goalId, input: $input) {\n      ...GoalFields\n    }\n  }\n": types.PostGoalUpdateDocument,
    "\n  mutation LogSession($matchId: ID!, $input: SessionLogInput!) {\n    logSession(matchId: $matchId, input: $input) {\n      id\n    }\n  }\n": types.LogSessionDocument,
    "\n  query MyInvitations {\n    myInvitations {\n      id\n      kind\n      invitationExpiresAt\n      entrepreneur {\n        userId\n        displayName\n      }\n      demand {\n        id\n        needs\n      }\n      reasons {\n        code\n        params\n      }\n    }\n    myMatches {\n      id\n      kind\n      status\n      entrepreneur {\n        userId\n        displayName\n      }\n      demand {\n        id\n        needs\n      }\n    }\n    conversations(limit: 50) {\n      id\n      matchId\n    }\n  }\n": types.MyInvitationsDocument,
    "\n  mutation AcceptInvitation($matchId: ID!) {\n    acceptInvitation(matchId: $matchId) {\n      id\n      status\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  mutation DeclineInvitation($matchId: ID!, $reason: MatchReasonCode!, $note: String) {\n    declineInvitation(matchId: $matchId, reason: $reason, note: $note) {\n      id\n      status\n    }\n  }\n": types.DeclineInvitationDocument,
    "\n  query MyPeople {\n    myMatches {\n      id\n      kind\n      status\n      approvedAt\n      entrepreneur {\n        userId\n        displayName\n        accountDeleted\n        contact {\n          email\n          phone\n        }\n      }\n      demand {\n        id\n        needs\n      }\n      history {\n        to\n        at\n      }\n    }\n    conversations(limit: 100) {\n      id\n      matchId\n      unreadCount\n    }\n  }\n": types.MyPeopleDocument,
    "\n  mutation CompleteMatch($matchId: ID!, $outcome: MatchOutcome!, $note: String) {\n    completeMatch(matchId: $matchId, outcome: $outcome, note: $note) {\n      id\n      status\n    }\n  }\n": types.CompleteMatchDocument,
    "\n  query MyEntrepreneurProfile {\n    me {\n      id\n      entrepreneurProfile {\n        id\n        businessStage\n        businessDescription\n        city\n        countryOfOrigin\n        countryOfResidence\n        sector\n        modalities\n        languages {\n          language\n          level\n        }\n        availability {\n          timeZone\n          slots {\n            day\n            startMinute\n            endMinute\n          }\n        }\n      }\n    }\n  }\n": types.MyEntrepreneurProfileDocument,
    "\n  mutation SaveEntrepreneurProfile($input: EntrepreneurProfileInput!) {\n    saveEntrepreneurProfile(input: $input) {\n      id\n    }\n  }\n": types.SaveEntrepreneurProfileDocument,
    "\n  query MyPrivacy {\n    me {\n      id\n      email\n      phone\n      shareContactDetails\n    }\n  }\n": types.MyPrivacyDocument,
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
    "\n  mutation CreateSupportRequest($input: SupportRequestInput!) {\n    createSupportRequest(input: $input) {\n      id\n      demands {\n        id\n        kind\n        needs\n        status\n      }\n    }\n  }\n": types.CreateSupportRequestDocument,
    "\n  query Recommendations($demandId: ID!) {\n    recommendations(demandId: $demandId, limit: 3) {\n      ...RecommendationResultFields\n    }\n  }\n": types.RecommendationsDocument,
    "\n  query MySupport {\n    mySupportRequests {\n      id\n      status\n      createdAt\n      demands {\n        id\n        kind\n        needs\n        status\n      }\n    }\n    myMatches {\n      id\n      kind\n      status\n      supporter {\n        userId\n        displayName\n        accountDeleted\n        contact {\n          email\n          phone\n        }\n      }\n      reasons {\n        code\n        params\n      }\n    }\n    conversations(limit: 50) {\n      id\n      matchId\n    }\n  }\n": types.MySupportDocument,
    "\n  mutation WithdrawSupportRequest($id: ID!) {\n    withdrawSupportRequest(id: $id) {\n      id\n      status\n    }\n  }\n": types.WithdrawSupportRequestDocument,
    "\n  mutation EndMatch($matchId: ID!, $reason: MatchReasonCode!, $note: String) {\n    withdrawMatch(matchId: $matchId, reason: $reason, note: $note) {\n      id\n      status\n    }\n  }\n": types.EndMatchDocument,
    "\n  query MySupporterProfile {\n    me {\n      id\n      roles\n      supporterProfile {\n        id\n        active\n        verified\n        supportKinds\n        needs\n        jurisdictions\n        capacity\n        country\n        city\n        modalities\n        sectors\n        businessStages\n        bio\n        languages {\n          language\n          level\n        }\n        availability {\n          timeZone\n          slots {\n            day\n            startMinute\n            endMinute\n          }\n        }\n      }\n    }\n  }\n": types.MySupporterProfileDocument,
    "\n  mutation SaveSupporterProfile($input: SupporterProfileInput!) {\n    saveSupporterProfile(input: $input) {\n      id\n      verified\n    }\n  }\n": types.SaveSupporterProfileDocument,
    "\n  mutation SetSupporterActive($active: Boolean!) {\n    setSupporterActive(active: $active) {\n      id\n      active\n    }\n  }\n": types.SetSupporterActiveDocument,
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
export function graphql(source: "\n  fragment RecommendationResultFields on RecommendationResult {\n    demandId\n    feasibleCount\n    blockedBy {\n      code\n      params\n    }\n    recommendations {\n      score\n      supporter {\n        userId\n        displayName\n      }\n      reasons {\n        code\n        params\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment RecommendationResultFields on RecommendationResult {\n    demandId\n    feasibleCount\n    blockedBy {\n      code\n      params\n    }\n    recommendations {\n      score\n      supporter {\n        userId\n        displayName\n      }\n      reasons {\n        code\n        params\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      displayName\n      locale\n      roles\n      entrepreneurProfile {\n        id\n      }\n      supporterProfile {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      displayName\n      locale\n      roles\n      entrepreneurProfile {\n        id\n      }\n      supporterProfile {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateLocale($locale: String!) {\n    updateMe(input: { locale: $locale }) {\n      id\n      locale\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateLocale($locale: String!) {\n    updateMe(input: { locale: $locale }) {\n      id\n      locale\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogOut {\n    logOut\n  }\n"): (typeof documents)["\n  mutation LogOut {\n    logOut\n  }\n"];
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
export function graphql(source: "\n  query Conversations {\n    conversations(limit: 50) {\n      id\n      kind\n      closedAt\n      lastSeq\n      lastActivityAt\n      unreadCount\n      lastMessage {\n        id\n        seq\n        senderId\n        body\n        redacted\n        createdAt\n      }\n      members {\n        userId\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  query Conversations {\n    conversations(limit: 50) {\n      id\n      kind\n      closedAt\n      lastSeq\n      lastActivityAt\n      unreadCount\n      lastMessage {\n        id\n        seq\n        senderId\n        body\n        redacted\n        createdAt\n      }\n      members {\n        userId\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Conversation($id: ID!) {\n    conversation(id: $id) {\n      id\n      kind\n      matchId\n      closedAt\n      lastSeq\n      lastReadSeq\n      unreadCount\n      blockedByMe\n      canSend\n      members {\n        userId\n        displayName\n        lastReadSeq\n      }\n    }\n  }\n"): (typeof documents)["\n  query Conversation($id: ID!) {\n    conversation(id: $id) {\n      id\n      kind\n      matchId\n      closedAt\n      lastSeq\n      lastReadSeq\n      unreadCount\n      blockedByMe\n      canSend\n      members {\n        userId\n        displayName\n        lastReadSeq\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Messages($conversationId: ID!, $before: Int, $limit: Int!) {\n    messages(conversationId: $conversationId, before: $before, limit: $limit) {\n      hasMore\n      messages {\n        id\n        conversationId\n        seq\n        senderId\n        clientMessageId\n        body\n        redacted\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query Messages($conversationId: ID!, $before: Int, $limit: Int!) {\n    messages(conversationId: $conversationId, before: $before, limit: $limit) {\n      hasMore\n      messages {\n        id\n        conversationId\n        seq\n        senderId\n        clientMessageId\n        body\n        redacted\n        createdAt\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query Dashboard($filter: DashboardFilterInput) {\n    dashboard(filter: $filter) {\n      generatedAt\n      totals {\n        openDemands\n        supporters\n        seats\n        seatsUsed\n      }\n      demandSupply {\n        need\n        language\n        demand\n        supply\n      }\n      countries {\n        country\n        openDemands\n        supporters\n        seats\n        seatsUsed\n      }\n      unmatchedReasons {\n        code\n        count\n      }\n      unmatchedRoundAt\n      timeToMatch {\n        kind\n        matched\n        medianHours\n        p90Hours\n      }\n    }\n  }\n"): (typeof documents)["\n  query Dashboard($filter: DashboardFilterInput) {\n    dashboard(filter: $filter) {\n      generatedAt\n      totals {\n        openDemands\n        supporters\n        seats\n        seatsUsed\n      }\n      demandSupply {\n        need\n        language\n        demand\n        supply\n      }\n      countries {\n        country\n        openDemands\n        supporters\n        seats\n        seatsUsed\n      }\n      unmatchedReasons {\n        code\n        count\n      }\n      unmatchedRoundAt\n      timeToMatch {\n        kind\n        matched\n        medianHours\n        p90Hours\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardOrganizations {\n    organizations {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query DashboardOrganizations {\n    organizations {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GoalFields on Goal {\n    id\n    title\n    description\n    targetDate\n    status\n    createdBySide\n    milestonesDone\n    milestones {\n      id\n      title\n      done\n    }\n    updates {\n      id\n      side\n      body\n      newStatus\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  fragment GoalFields on Goal {\n    id\n    title\n    description\n    targetDate\n    status\n    createdBySide\n    milestonesDone\n    milestones {\n      id\n      title\n      done\n    }\n    updates {\n      id\n      side\n      body\n      newStatus\n      createdAt\n    }\n  }\n"];
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
export function graphql(source: "\n  query MyEntrepreneurProfile {\n    me {\n      id\n      entrepreneurProfile {\n        id\n        businessStage\n        businessDescription\n        city\n        countryOfOrigin\n        countryOfResidence\n        sector\n        modalities\n        languages {\n          language\n          level\n        }\n        availability {\n          timeZone\n          slots {\n            day\n            startMinute\n            endMinute\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyEntrepreneurProfile {\n    me {\n      id\n      entrepreneurProfile {\n        id\n        businessStage\n        businessDescription\n        city\n        countryOfOrigin\n        countryOfResidence\n        sector\n        modalities\n        languages {\n          language\n          level\n        }\n        availability {\n          timeZone\n          slots {\n            day\n            startMinute\n            endMinute\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveEntrepreneurProfile($input: EntrepreneurProfileInput!) {\n    saveEntrepreneurProfile(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SaveEntrepreneurProfile($input: EntrepreneurProfileInput!) {\n    saveEntrepreneurProfile(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPrivacy {\n    me {\n      id\n      email\n      phone\n      shareContactDetails\n    }\n  }\n"): (typeof documents)["\n  query MyPrivacy {\n    me {\n      id\n      email\n      phone\n      shareContactDetails\n    }\n  }\n"];
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

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;