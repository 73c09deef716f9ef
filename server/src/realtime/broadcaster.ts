// The one place that turns committed domain events into Socket.IO emits. Emits go to person rooms
// (every device of every member, on every instance through the adapter), so nobody has to have joined
// a conversation's room in time to hear about it.
import type { DomainEvent } from '../domain-events.js';
import { sessionRoom, userRoom, type AliadasIo } from './types.js';

export function broadcast(io: AliadasIo, event: DomainEvent): void {
  switch (event.type) {
    case 'session.revoked': {
      const rooms = event.sessionIds.map(sessionRoom);
      io.to(rooms).emit('session:ended', { reason: 'LOGGED_OUT' });
      io.in(rooms).disconnectSockets(true);
      return;
    }
    case 'message.created': {
      // One packet per member: the message with her own unread count.
      const { message } = event;
      for (const { userId, unreadCount } of event.unread) {
        const member = io.to(userRoom(userId));
        (event.originSocketId ? member.except(event.originSocketId) : member).emit('message:new', message, {
          conversationId: message.conversationId,
          unreadCount,
          lastSeq: message.seq,
        });
      }
      return;
    }
    case 'conversation.read': {
      io.to(event.memberIds.map(userRoom)).emit('conversation:read', {
        conversationId: event.conversationId,
        userId: event.userId,
        seq: event.seq,
      });
      io.to(userRoom(event.userId)).emit('conversation:unread', {
        conversationId: event.conversationId,
        unreadCount: Math.max(event.lastSeq - event.seq, 0),
        lastSeq: event.lastSeq,
      });
      return;
    }
    case 'conversation.delivered': {
      io.to(event.memberIds.map(userRoom)).except(userRoom(event.userId)).emit('conversation:delivered', {
        conversationId: event.conversationId,
        userId: event.userId,
        seq: event.seq,
      });
      return;
    }
    case 'conversation.typing': {
      io.to(event.memberIds.map(userRoom)).except(userRoom(event.userId)).emit('conversation:typing', {
        conversationId: event.conversationId,
        userId: event.userId,
        typing: event.typing,
      });
      return;
    }
    case 'conversation.opened': {
      io.to(event.memberIds.map(userRoom)).emit('conversation:opened', {
        conversationId: event.conversationId,
        kind: event.kind,
        matchId: event.matchId,
        memberIds: event.memberIds,
      });
      return;
    }
    case 'conversation.closed': {
      io.to(event.memberIds.map(userRoom)).emit('conversation:closed', {
        conversationId: event.conversationId,
        closedAt: event.closedAt.toISOString(),
      });
      return;
    }
    case 'conversation.left': {
      // Her person room reaches every device on every instance: none keeps the circle open.
      io.to(userRoom(event.userId)).emit('conversation:left', { conversationId: event.conversationId });
      return;
    }
    case 'message.removed': {
      io.to(event.memberIds.map(userRoom)).emit('message:removed', {
        conversationId: event.conversationId,
        messageId: event.messageId,
        seq: event.seq,
      });
      return;
    }
    case 'block.changed': {
      io.to(userRoom(event.userId)).emit('block:changed', { userId: event.otherUserId, blocked: event.blocked });
      return;
    }
    case 'match.changed': {
      // Proposals are curation: the two people hear of a match from its approval on.
      if (event.to === 'PROPOSED' || event.to === 'REJECTED') return;
      io.to([userRoom(event.entrepreneurUserId), userRoom(event.supporterUserId)]).emit('match:changed', {
        matchId: event.matchId,
        status: event.to,
      });
      return;
    }
    case 'round.progress': {
      io.to(userRoom(event.runByUserId)).emit('round:progress', {
        roundId: event.roundId,
        phase: event.phase,
        fraction: event.fraction,
      });
      return;
    }
    case 'notification.created':
      // Pushed by the outbox relay's in-app channel (notifications/notification-outbox.ts), which can retry.
      return;
    case 'notification.unread': {
      io.to(userRoom(event.userId)).emit('notification:unread', { unreadCount: event.unreadCount });
      return;
    }
    case 'round.completed': {
      if (event.runByUserId) {
        io.to(userRoom(event.runByUserId)).emit('round:completed', { roundId: event.roundId, dryRun: event.dryRun });
      }
      return;
    }
  }
}
