import { graphql } from '../../gql';

export const ReportsQuery = graphql(`
  query Reports {
    reports(limit: 50) {
      id
      reason
      details
      status
      createdAt
      messageId
      conversationId
      reporter {
        id
        displayName
      }
      reportedUser {
        id
        displayName
      }
    }
  }
`);

export const ReportedConversationQuery = graphql(`
  query ReportedConversation($reportId: ID!) {
    reportedConversation(reportId: $reportId) {
      snapshot {
        capturedAt
        reportedMessageId
        participants {
          userId
          displayName
        }
        messages {
          id
          senderId
          body
          createdAt
        }
      }
    }
  }
`);

export const ResolveReportMutation = graphql(`
  mutation ResolveReport($id: ID!, $resolution: String) {
    resolveReport(id: $id, resolution: $resolution) {
      id
      status
    }
  }
`);
