// Peer circles: limits shared by server and client, so that a form refuses what the server would.

export const CIRCLE_NAME_MIN_LENGTH = 3;
export const CIRCLE_NAME_MAX_LENGTH = 80;
export const CIRCLE_DESCRIPTION_MAX_LENGTH = 600;
/** Members of one circle, at most, whatever cap a coordinator sets: a circle is a conversation, not a forum. */
export const CIRCLE_MEMBER_MAX = 300;
/** Circles listed per page. */
export const CIRCLE_PAGE_MAX = 50;
/** Roles that may join a circle; the moderator is chosen among them too. */
export const CIRCLE_MEMBER_ROLES = ['ENTREPRENEUR', 'MENTOR', 'ADVISER'] as const;
