import { describe, expect, test } from 'vitest';
import type { LanguageSkill } from './codes.js';
import { interpreterBridge } from './interpreters.js';

const creole: LanguageSkill = { language: 'ht', level: 'NATIVE' };
const spanish: LanguageSkill = { language: 'es', level: 'FLUENT' };

describe('an interpreter bridges two women', () => {
  test('with one language she shares with each, in her own order', () => {
    expect(interpreterBridge([creole, spanish], [creole], [spanish])).toEqual({
      entrepreneurLanguage: 'ht',
      supporterLanguage: 'es',
    });
  });

  test('not when she lacks a language with one of them', () => {
    expect(interpreterBridge([creole], [creole], [spanish])).toBeNull();
    expect(interpreterBridge([spanish], [creole], [spanish])).toBeNull();
  });

  test('a few words are not enough, on either side', () => {
    expect(interpreterBridge([{ language: 'ht', level: 'BASIC' }, spanish], [creole], [spanish])).toBeNull();
    expect(interpreterBridge([creole, spanish], [{ language: 'ht', level: 'BASIC' }], [spanish])).toBeNull();
  });
});
