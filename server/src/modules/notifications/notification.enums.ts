// GraphQL enum of the kinds of notification, from the shared vocabulary.
import { NOTIFICATION_KINDS, type NotificationKind } from '@aliadas/shared';
import { registerEnumType } from 'type-graphql';

export const NotificationKindEnum = Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, k])) as {
  [K in NotificationKind]: K;
};

registerEnumType(NotificationKindEnum, {
  name: 'NotificationKind',
  description: 'What a notification is about; the client has a text for each in every language.',
});
