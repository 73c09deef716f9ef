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
    "\n  query Me {\n    me {\n      id\n      displayName\n      locale\n      roles\n      entrepreneurProfile {\n        id\n      }\n      supporterProfile {\n        id\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation UpdateLocale($locale: String!) {\n    updateMe(input: { locale: $locale }) {\n      id\n      locale\n    }\n  }\n": typeof types.UpdateLocaleDocument,
    "\n  mutation LogOut {\n    logOut\n  }\n": typeof types.LogOutDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n": typeof types.RegisterDocument,
    "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n": typeof types.LogInDocument,
    "\n  query OpenDemands {\n    openDemands(limit: 20) {\n      daysWaiting\n      countryOfResidence\n      urgency\n      feasibleCount\n      entrepreneur {\n        userId\n        displayName\n      }\n      demand {\n        id\n        kind\n        needs\n      }\n      why {\n        code\n      }\n    }\n  }\n": typeof types.OpenDemandsDocument,
    "\n  mutation RunMatchingRound($dryRun: Boolean!) {\n    runMatchingRound(input: { dryRun: $dryRun }) {\n      id\n      dryRun\n      demandCount\n      supporterCount\n      feasiblePairs\n      matchedCount\n      unmatchedCount\n      durationMs\n      unmatchedCounts {\n        code\n        count\n      }\n    }\n  }\n": typeof types.RunMatchingRoundDocument,
    "\n  query Proposals($roundId: ID!) {\n    proposals(roundId: $roundId) {\n      demandId\n      matchId\n      kind\n      score\n      status\n      entrepreneur {\n        userId\n        displayName\n      }\n      supporter {\n        userId\n        displayName\n      }\n      reasons {\n        code\n        params\n      }\n    }\n  }\n": typeof types.ProposalsDocument,
    "\n  mutation ApproveProposal($matchId: ID!) {\n    approveProposal(matchId: $matchId) {\n      id\n      status\n    }\n  }\n": typeof types.ApproveProposalDocument,
    "\n  mutation RejectProposal($matchId: ID!, $reason: MatchReasonCode!) {\n    rejectProposal(matchId: $matchId, reason: $reason) {\n      id\n      status\n    }\n  }\n": typeof types.RejectProposalDocument,
    "\n  query MyInvitations {\n    myInvitations {\n      id\n      kind\n      invitationExpiresAt\n      entrepreneur {\n        userId\n        displayName\n      }\n      demand {\n        id\n        needs\n      }\n      reasons {\n        code\n        params\n      }\n    }\n    myMatches {\n      id\n      kind\n      status\n      entrepreneur {\n        userId\n        displayName\n      }\n      demand {\n        id\n        needs\n      }\n    }\n  }\n": typeof types.MyInvitationsDocument,
    "\n  mutation AcceptInvitation($matchId: ID!) {\n    acceptInvitation(matchId: $matchId) {\n      id\n      status\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  mutation DeclineInvitation($matchId: ID!, $reason: MatchReasonCode!, $note: String) {\n    declineInvitation(matchId: $matchId, reason: $reason, note: $note) {\n      id\n      status\n    }\n  }\n": typeof types.DeclineInvitationDocument,
    "\n  query MyEntrepreneurProfile {\n    me {\n      id\n      entrepreneurProfile {\n        id\n        businessStage\n        businessDescription\n        city\n        countryOfOrigin\n        countryOfResidence\n        sector\n        modalities\n        languages {\n          language\n          level\n        }\n        availability {\n          timeZone\n          slots {\n            day\n            startMinute\n            endMinute\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyEntrepreneurProfileDocument,
    "\n  mutation SaveEntrepreneurProfile($input: EntrepreneurProfileInput!) {\n    saveEntrepreneurProfile(input: $input) {\n      id\n    }\n  }\n": typeof types.SaveEntrepreneurProfileDocument,
    "\n  mutation CreateSupportRequest($input: SupportRequestInput!) {\n    createSupportRequest(input: $input) {\n      id\n      demands {\n        id\n        kind\n        needs\n        status\n      }\n    }\n  }\n": typeof types.CreateSupportRequestDocument,
    "\n  query Recommendations($demandId: ID!) {\n    recommendations(demandId: $demandId, limit: 3) {\n      demandId\n      feasibleCount\n      blockedBy {\n        code\n        params\n      }\n      recommendations {\n        score\n        supporter {\n          userId\n          displayName\n        }\n        reasons {\n          code\n          params\n        }\n      }\n    }\n  }\n": typeof types.RecommendationsDocument,
    "\n  query MySupport {\n    mySupportRequests {\n      id\n      status\n      createdAt\n      demands {\n        id\n        kind\n        needs\n        status\n      }\n    }\n    myMatches {\n      id\n      kind\n      status\n      supporter {\n        userId\n        displayName\n      }\n      reasons {\n        code\n        params\n      }\n    }\n  }\n": typeof types.MySupportDocument,
    "\n  query MySupporterProfile {\n    me {\n      id\n      roles\n      supporterProfile {\n        id\n        active\n        verified\n        supportKinds\n        needs\n        jurisdictions\n        capacity\n        country\n        city\n        modalities\n        sectors\n        businessStages\n        bio\n        languages {\n          language\n          level\n        }\n        availability {\n          timeZone\n          slots {\n            day\n            startMinute\n            endMinute\n          }\n        }\n      }\n    }\n  }\n": typeof types.MySupporterProfileDocument,
    "\n  mutation SaveSupporterProfile($input: SupporterProfileInput!) {\n    saveSupporterProfile(input: $input) {\n      id\n      verified\n    }\n  }\n": typeof types.SaveSupporterProfileDocument,
    "\n  mutation SetSupporterActive($active: Boolean!) {\n    setSupporterActive(active: $active) {\n      id\n      active\n    }\n  }\n": typeof types.SetSupporterActiveDocument,
};
const documents: Documents = {
    "\n  query Me {\n    me {\n      id\n      displayName\n      locale\n      roles\n      entrepreneurProfile {\n        id\n      }\n      supporterProfile {\n        id\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation UpdateLocale($locale: String!) {\n    updateMe(input: { locale: $locale }) {\n      id\n      locale\n    }\n  }\n": types.UpdateLocaleDocument,
    "\n  mutation LogOut {\n    logOut\n  }\n": types.LogOutDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n": types.RegisterDocument,
    "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n": types.LogInDocument,
    "\n  query OpenDemands {\n    openDemands(limit: 20) {\n      daysWaiting\n      countryOfResidence\n      urgency\n      feasibleCount\n      entrepreneur {\n        userId\n        displayName\n      }\n      demand {\n        id\n        kind\n        needs\n      }\n      why {\n        code\n      }\n    }\n  }\n": types.OpenDemandsDocument,
    "\n  mutation RunMatchingRound($dryRun: Boolean!) {\n    runMatchingRound(input: { dryRun: $dryRun }) {\n      id\n      dryRun\n      demandCount\n      supporterCount\n      feasiblePairs\n      matchedCount\n      unmatchedCount\n      durationMs\n      unmatchedCounts {\n        code\n        count\n      }\n    }\n  }\n": types.RunMatchingRoundDocument,
    "\n  query Proposals($roundId: ID!) {\n    proposals(roundId: $roundId) {\n      demandId\n      matchId\n      kind\n      score\n      status\n      entrepreneur {\n        userId\n        displayName\n      }\n      supporter {\n        userId\n        displayName\n      }\n      reasons {\n        code\n        params\n      }\n    }\n  }\n": types.ProposalsDocument,
    "\n  mutation ApproveProposal($matchId: ID!) {\n    approveProposal(matchId: $matchId) {\n      id\n      status\n    }\n  }\n": types.ApproveProposalDocument,
    "\n  mutation RejectProposal($matchId: ID!, $reason: MatchReasonCode!) {\n    rejectProposal(matchId: $matchId, reason: $reason) {\n      id\n      status\n    }\n  }\n": types.RejectProposalDocument,
    "\n  query MyInvitations {\n    myInvitations {\n      id\n      kind\n      invitationExpiresAt\n      entrepreneur {\n        userId\n        displayName\n      }\n      demand {\n        id\n        needs\n      }\n      reasons {\n        code\n        params\n      }\n    }\n    myMatches {\n      id\n      kind\n      status\n      entrepreneur {\n        userId\n        displayName\n      }\n      demand {\n        id\n        needs\n      }\n    }\n  }\n": types.MyInvitationsDocument,
    "\n  mutation AcceptInvitation($matchId: ID!) {\n    acceptInvitation(matchId: $matchId) {\n      id\n      status\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  mutation DeclineInvitation($matchId: ID!, $reason: MatchReasonCode!, $note: String) {\n    declineInvitation(matchId: $matchId, reason: $reason, note: $note) {\n      id\n      status\n    }\n  }\n": types.DeclineInvitationDocument,
    "\n  query MyEntrepreneurProfile {\n    me {\n      id\n      entrepreneurProfile {\n        id\n        businessStage\n        businessDescription\n        city\n        countryOfOrigin\n        countryOfResidence\n        sector\n        modalities\n        languages {\n          language\n          level\n        }\n        availability {\n          timeZone\n          slots {\n            day\n            startMinute\n            endMinute\n          }\n        }\n      }\n    }\n  }\n": types.MyEntrepreneurProfileDocument,
    "\n  mutation SaveEntrepreneurProfile($input: EntrepreneurProfileInput!) {\n    saveEntrepreneurProfile(input: $input) {\n      id\n    }\n  }\n": types.SaveEntrepreneurProfileDocument,
    "\n  mutation CreateSupportRequest($input: SupportRequestInput!) {\n    createSupportRequest(input: $input) {\n      id\n      demands {\n        id\n        kind\n        needs\n        status\n      }\n    }\n  }\n": types.CreateSupportRequestDocument,
    "\n  query Recommendations($demandId: ID!) {\n    recommendations(demandId: $demandId, limit: 3) {\n      demandId\n      feasibleCount\n      blockedBy {\n        code\n        params\n      }\n      recommendations {\n        score\n        supporter {\n          userId\n          displayName\n        }\n        reasons {\n          code\n          params\n        }\n      }\n    }\n  }\n": types.RecommendationsDocument,
    "\n  query MySupport {\n    mySupportRequests {\n      id\n      status\n      createdAt\n      demands {\n        id\n        kind\n        needs\n        status\n      }\n    }\n    myMatches {\n      id\n      kind\n      status\n      supporter {\n        userId\n        displayName\n      }\n      reasons {\n        code\n        params\n      }\n    }\n  }\n": types.MySupportDocument,
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
export function graphql(source: "\n  mutation RejectProposal($matchId: ID!, $reason: MatchReasonCode!) {\n    rejectProposal(matchId: $matchId, reason: $reason) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RejectProposal($matchId: ID!, $reason: MatchReasonCode!) {\n    rejectProposal(matchId: $matchId, reason: $reason) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyInvitations {\n    myInvitations {\n      id\n      kind\n      invitationExpiresAt\n      entrepreneur {\n        userId\n        displayName\n      }\n      demand {\n        id\n        needs\n      }\n      reasons {\n        code\n        params\n      }\n    }\n    myMatches {\n      id\n      kind\n      status\n      entrepreneur {\n        userId\n        displayName\n      }\n      demand {\n        id\n        needs\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyInvitations {\n    myInvitations {\n      id\n      kind\n      invitationExpiresAt\n      entrepreneur {\n        userId\n        displayName\n      }\n      demand {\n        id\n        needs\n      }\n      reasons {\n        code\n        params\n      }\n    }\n    myMatches {\n      id\n      kind\n      status\n      entrepreneur {\n        userId\n        displayName\n      }\n      demand {\n        id\n        needs\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query MyEntrepreneurProfile {\n    me {\n      id\n      entrepreneurProfile {\n        id\n        businessStage\n        businessDescription\n        city\n        countryOfOrigin\n        countryOfResidence\n        sector\n        modalities\n        languages {\n          language\n          level\n        }\n        availability {\n          timeZone\n          slots {\n            day\n            startMinute\n            endMinute\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyEntrepreneurProfile {\n    me {\n      id\n      entrepreneurProfile {\n        id\n        businessStage\n        businessDescription\n        city\n        countryOfOrigin\n        countryOfResidence\n        sector\n        modalities\n        languages {\n          language\n          level\n        }\n        availability {\n          timeZone\n          slots {\n            day\n            startMinute\n            endMinute\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveEntrepreneurProfile($input: EntrepreneurProfileInput!) {\n    saveEntrepreneurProfile(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SaveEntrepreneurProfile($input: EntrepreneurProfileInput!) {\n    saveEntrepreneurProfile(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSupportRequest($input: SupportRequestInput!) {\n    createSupportRequest(input: $input) {\n      id\n      demands {\n        id\n        kind\n        needs\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSupportRequest($input: SupportRequestInput!) {\n    createSupportRequest(input: $input) {\n      id\n      demands {\n        id\n        kind\n        needs\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Recommendations($demandId: ID!) {\n    recommendations(demandId: $demandId, limit: 3) {\n      demandId\n      feasibleCount\n      blockedBy {\n        code\n        params\n      }\n      recommendations {\n        score\n        supporter {\n          userId\n          displayName\n        }\n        reasons {\n          code\n          params\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Recommendations($demandId: ID!) {\n    recommendations(demandId: $demandId, limit: 3) {\n      demandId\n      feasibleCount\n      blockedBy {\n        code\n        params\n      }\n      recommendations {\n        score\n        supporter {\n          userId\n          displayName\n        }\n        reasons {\n          code\n          params\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySupport {\n    mySupportRequests {\n      id\n      status\n      createdAt\n      demands {\n        id\n        kind\n        needs\n        status\n      }\n    }\n    myMatches {\n      id\n      kind\n      status\n      supporter {\n        userId\n        displayName\n      }\n      reasons {\n        code\n        params\n      }\n    }\n  }\n"): (typeof documents)["\n  query MySupport {\n    mySupportRequests {\n      id\n      status\n      createdAt\n      demands {\n        id\n        kind\n        needs\n        status\n      }\n    }\n    myMatches {\n      id\n      kind\n      status\n      supporter {\n        userId\n        displayName\n      }\n      reasons {\n        code\n        params\n      }\n    }\n  }\n"];
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