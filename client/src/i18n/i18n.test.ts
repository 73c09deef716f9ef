// Every locale has every key of Spanish (and no other), with the same {{placeholders}}; every key the
// code names exists; every error key the stable server modules send is translated.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LOCALES } from '@aliadas/shared';
import { describe, expect, it } from 'vitest';
import en from './en.json';
import es from './es.json';
import fr from './fr.json';
import ht from './ht.json';

type Tree = { [key: string]: string | Tree };
const bundles: Record<string, Tree> = { es, en, fr, ht };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

const spanish = flatten(es);
const srcDir = fileURLToPath(new URL('..', import.meta.url));
const serverDir = fileURLToPath(new URL('../../../server/src', import.meta.url));

function sources(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && pattern.test(entry.name) && !entry.name.endsWith('.test.ts'))
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('translations', () => {
  it('cover every user interface locale', () => {
    expect(Object.keys(bundles).sort()).toEqual([...LOCALES].sort());
  });

  for (const [locale, bundle] of Object.entries(bundles)) {
    it(`${locale} has exactly the keys of es, none empty, with the same placeholders`, () => {
      const keys = flatten(bundle);
      expect(
        [...spanish.keys()].filter((k) => !keys.has(k)),
        'missing',
      ).toEqual([]);
      expect(
        [...keys.keys()].filter((k) => !spanish.has(k)),
        'not in es',
      ).toEqual([]);
      for (const [key, text] of keys) {
        expect(text.trim(), key).not.toBe('');
        expect(placeholders(text), key).toEqual(placeholders(spanish.get(key)!));
      }
    });
  }

  it('have every key the code asks for', () => {
    const used = new Set<string>();
    for (const file of sources(srcDir, /\.tsx?$/)) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([A-Za-z0-9_.]+)'/g)) used.add(match[1]!);
    }
    expect(used.size).toBeGreaterThan(20);
    expect([...used].filter((key) => !spanish.has(key))).toEqual([]);
  });

  it('translate the error keys of accounts, profiles and organizations', () => {
    const files = [
      join(serverDir, 'errors.ts'),
      join(serverDir, 'graphql/format-error.ts'),
      ...['accounts', 'profiles', 'organizations'].flatMap((m) => sources(join(serverDir, 'modules', m), /\.ts$/)),
    ];
    const keys = new Set<string>();
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/(?:Error\(|key[:=]\s*)'((?:error|auth|profile|organization)\.[A-Za-z]+)'/g)) {
        keys.add(match[1]!);
      }
    }
    expect(keys.size).toBeGreaterThan(5);
    expect([...keys].filter((key) => !spanish.has(`serverErrors.${key}`))).toEqual([]);
  });
});
