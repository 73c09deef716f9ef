// The values a notification's text interpolates, from the parameters stored with it: numbers stay
// numbers, codes of the shared vocabulary become their label in her language, moments become dates in
// her language, titles stay as they are. Nothing here is another person's free text.
import { isOneOf, SUPPORT_KINDS, type SupportKind } from '@aliadas/shared';

export interface NotificationParamValue {
  name: string;
  text?: string | null;
  number?: number | null;
}

export interface TextFormatters {
  supportKind: (kind: SupportKind) => string;
  moment: (at: Date) => string;
}

const ISO_MOMENT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

export function textValues(
  params: readonly NotificationParamValue[],
  format: TextFormatters,
): Record<string, string | number> {
  const values: Record<string, string | number> = {};
  for (const { name, text, number } of params) {
    if (typeof number === 'number') values[name] = number;
    else if (isOneOf(SUPPORT_KINDS, text)) values[name] = format.supportKind(text);
    else if (text && ISO_MOMENT.test(text) && !Number.isNaN(Date.parse(text)))
      values[name] = format.moment(new Date(text));
    else values[name] = text ?? '';
  }
  return values;
}

/** Only in-app paths are followed: a link is a page of the app, never another site. */
export function inAppLink(link: string | null | undefined): string | null {
  return link && /^\/(?:[A-Za-z0-9_-]+(?:\/[A-Za-z0-9_-]+)*)?$/.test(link) ? link : null;
}
