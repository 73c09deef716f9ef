import { NOTIFICATION_KINDS } from '@aliadas/shared';
import { describe, expect, test } from 'vitest';
import en from '../../i18n/en.json';
import es from '../../i18n/es.json';
import fr from '../../i18n/fr.json';
import ht from '../../i18n/ht.json';
import { inAppLink, textValues } from './notification-text';

const format = {
  supportKind: (kind: string) => `label:${kind}`,
  moment: (at: Date) => `at:${at.toISOString()}`,
};

describe('the values of a notification’s text', () => {
  test('numbers stay numbers, support kinds get their label, moments their date, titles stay', () => {
    expect(
      textValues(
        [
          { name: 'hours', number: 24 },
          { name: 'supportKind', text: 'LEGAL' },
          { name: 'kind', text: 'MENTOR' },
          { name: 'startsAt', text: '2026-03-02T15:00:00.000Z' },
          { name: 'title', text: 'Taxes for small shops' },
          { name: 'matchId', text: '7d1c2b9e-0000-4000-8000-000000000000' },
          { name: 'empty', text: null },
        ],
        format,
      ),
    ).toEqual({
      hours: 24,
      supportKind: 'label:LEGAL',
      kind: 'label:MENTOR',
      startsAt: 'at:2026-03-02T15:00:00.000Z',
      title: 'Taxes for small shops',
      matchId: '7d1c2b9e-0000-4000-8000-000000000000',
      empty: '',
    });
  });

  test('a title that merely starts like a date, or is not one, stays text', () => {
    expect(textValues([{ name: 'title', text: '2026-13-45T99:99 plans' }], format)).toEqual({
      title: '2026-13-45T99:99 plans',
    });
  });
});

describe('links', () => {
  test('only paths of the app are followed', () => {
    expect(inAppLink('/workshops/3f2a')).toBe('/workshops/3f2a');
    expect(inAppLink('/chat')).toBe('/chat');
    expect(inAppLink(null)).toBeNull();
    expect(inAppLink('https://example.org/')).toBeNull();
    expect(inAppLink('//example.org')).toBeNull();
    expect(inAppLink('/a/../b')).toBeNull();
    expect(inAppLink('javascript:alert(1)')).toBeNull();
  });
});

describe('texts', () => {
  test('every kind of notification has a text in every language, and none names anyone', () => {
    for (const [locale, bundle] of Object.entries({ es, en, fr, ht })) {
      const kinds = (bundle.notifications as { kinds: Record<string, string> }).kinds;
      for (const kind of NOTIFICATION_KINDS) {
        expect(kinds[kind], `${locale} ${kind}`).toMatch(/\S/);
        // Placeholders are things (an organization, a workshop, a circle, a kind of support), never people.
        expect(kinds[kind], `${locale} ${kind}`).not.toMatch(/\{\{\s*(name|displayName|person|sender)\b/);
      }
    }
  });
});
