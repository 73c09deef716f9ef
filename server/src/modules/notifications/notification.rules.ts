// What a notification may carry. Notifications are written by other features' code, never typed by a
// person, so a bad kind, parameter or link is a programming error caught before anything is stored.
import { NOTIFICATION_KINDS, type NotificationKind, type NotificationParams } from '@aliadas/shared';
import { BadUserInputError } from '../../errors.js';

export const NOTIFICATION_LIMITS = {
  /** Organizations with many coordinators stay well below this. */
  recipients: 1000,
  params: 8,
  paramValue: 200,
  link: 200,
  /** How many ids one markNotificationsRead takes. */
  markRead: 100,
} as const;

/** The channels every notification goes out through; each has an outbox row per notification. */
export const NOTIFICATION_CHANNELS = ['IN_APP'] as const;
export type NotificationChannelName = (typeof NOTIFICATION_CHANNELS)[number];

const KINDS = new Set<string>(NOTIFICATION_KINDS);
const PARAM_NAME = /^[A-Za-z][A-Za-z0-9]{0,31}$/;
// An in-app path of plain segments (ids, route words): no scheme, no host, no query, no "..".
const IN_APP_PATH = /^\/(?:[A-Za-z0-9_-]+(?:\/[A-Za-z0-9_-]+)*)?$/;

export function checkKind(kind: string): NotificationKind {
  if (!KINDS.has(kind)) {
    throw new BadUserInputError('notification.unknownKind', 'This kind of notification does not exist.', { kind });
  }
  return kind as NotificationKind;
}

export function checkParams(params: unknown): NotificationParams {
  if (typeof params !== 'object' || params === null || Array.isArray(params)) {
    throw new BadUserInputError('notification.invalidParams', 'Notification parameters must be an object.');
  }
  const entries = Object.entries(params as Record<string, unknown>);
  if (entries.length > NOTIFICATION_LIMITS.params) {
    throw new BadUserInputError('notification.invalidParams', 'Too many notification parameters.', {
      max: NOTIFICATION_LIMITS.params,
    });
  }
  const checked: NotificationParams = {};
  for (const [name, value] of entries) {
    const fits =
      PARAM_NAME.test(name) &&
      ((typeof value === 'number' && Number.isFinite(value)) ||
        (typeof value === 'string' && value.length <= NOTIFICATION_LIMITS.paramValue));
    if (!fits) {
      throw new BadUserInputError(
        'notification.invalidParams',
        'Notification parameters are short strings or numbers.',
        {
          name: name.slice(0, 40),
        },
      );
    }
    checked[name] = value;
  }
  return checked;
}

export function checkLink(link: string | null | undefined): string | null {
  if (link == null) return null;
  if (link.length > NOTIFICATION_LIMITS.link || !IN_APP_PATH.test(link)) {
    throw new BadUserInputError('notification.invalidLink', 'A notification links only to a page of the app.');
  }
  return link;
}
