// Interpreters' documents: the conversation page (chat) and the coordinator's interpreter page share them.
import { graphql } from '../gql';

export const ConversationInterpretersQuery = graphql(`
  query ConversationInterpreters($conversationId: ID!) {
    conversationInterpreters(conversationId: $conversationId) {
      id
      status
      interpreterId
      interpreterName
      entrepreneurLanguage
      supporterLanguage
      entrepreneurConsented
      supporterConsented
      mySide
    }
  }
`);

export const AnswerInterpreterProposalMutation = graphql(`
  mutation AnswerInterpreterProposal($assignmentId: ID!, $accept: Boolean!) {
    answerInterpreterProposal(assignmentId: $assignmentId, accept: $accept) {
      id
      status
      entrepreneurConsented
      supporterConsented
    }
  }
`);

export const EndInterpreterAssignmentMutation = graphql(`
  mutation EndInterpreterAssignment($assignmentId: ID!) {
    endInterpreterAssignment(assignmentId: $assignmentId) {
      id
      status
      endReason
    }
  }
`);

export const MatchInterpretersQuery = graphql(`
  query MatchInterpreters($matchId: ID!) {
    matchInterpreters(matchId: $matchId) {
      id
      status
      interpreterName
      entrepreneurLanguage
      supporterLanguage
      entrepreneurConsented
      supporterConsented
      endReason
    }
    interpreterCandidates(matchId: $matchId) {
      userId
      displayName
      entrepreneurLanguage
      supporterLanguage
    }
  }
`);

export const ProposeInterpreterMutation = graphql(`
  mutation ProposeInterpreter($matchId: ID!, $interpreterId: ID!) {
    proposeInterpreter(input: { matchId: $matchId, interpreterId: $interpreterId }) {
      id
      status
    }
  }
`);
