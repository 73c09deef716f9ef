import { graphql } from '../../gql';

export const ConversationsQuery = graphql(`
  query Conversations {
    conversations(limit: 50) {
      id
      kind
      closedAt
      lastSeq
      lastActivityAt
      unreadCount
      lastMessage {
        id
        seq
        senderId
        body
        redacted
        removed
        hidden
        createdAt
      }
      members {
        userId
        displayName
      }
      circle {
        id
        name
      }
    }
  }
`);

export const ConversationQuery = graphql(`
  query Conversation($id: ID!) {
    conversation(id: $id) {
      id
      kind
      matchId
      closedAt
      lastSeq
      lastReadSeq
      unreadCount
      blockedByMe
      canSend
      members {
        userId
        displayName
        lastReadSeq
      }
      circle {
        id
        name
        moderating
        moderator {
          userId
        }
      }
    }
  }
`);

export const MessagesQuery = graphql(`
  query Messages($conversationId: ID!, $before: Int, $limit: Int!) {
    messages(conversationId: $conversationId, before: $before, limit: $limit) {
      hasMore
      messages {
        id
        conversationId
        seq
        senderId
        clientMessageId
        body
        redacted
        removed
        hidden
        createdAt
        voiceNote {
          id
          durationMs
          mimeType
        }
      }
    }
  }
`);

export const BlockUserMutation = graphql(`
  mutation BlockUser($userId: ID!) {
    blockUser(userId: $userId) {
      userId
      blockedAt
    }
  }
`);

export const UnblockUserMutation = graphql(`
  mutation UnblockUser($userId: ID!) {
    unblockUser(userId: $userId)
  }
`);

export const ReportMessageMutation = graphql(`
  mutation ReportMessage($input: ReportMessageInput!) {
    reportMessage(input: $input) {
      id
      status
    }
  }
`);

export const ReportPersonMutation = graphql(`
  mutation ReportPerson($input: ReportPersonInput!) {
    reportPerson(input: $input) {
      id
      status
    }
  }
`);

export const LeaveCircleMutation = graphql(`
  mutation LeaveCircleFromConversation($id: ID!) {
    leaveCircle(id: $id) {
      id
      joined
    }
  }
`);

export const RemoveCircleMessageMutation = graphql(`
  mutation RemoveCircleMessage($messageId: ID!) {
    removeCircleMessage(messageId: $messageId) {
      id
      removed
    }
  }
`);

export const RemoveCircleMemberMutation = graphql(`
  mutation RemoveCircleMember($circleId: ID!, $userId: ID!) {
    removeCircleMember(circleId: $circleId, userId: $userId) {
      id
      memberCount
    }
  }
`);
