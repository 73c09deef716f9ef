import { describe, expect, it } from 'vitest';
import { COUNTRY_CODES, LOCALES, NEED_CODES, NETWORK_COUNTRY_CODES } from '../vocabulary/codes.js';
import { PATHWAY_CODES, PATHWAY_INSTITUTIONS, PATHWAY_NEEDS, pathwaysFor, pathwayTemplate } from './pathways.js';

describe('pathways', () => {
  it('name the institutions of every network country, and only network countries', () => {
    expect(Object.keys(PATHWAY_INSTITUTIONS).sort()).toEqual([...NETWORK_COUNTRY_CODES].sort());
  });

  it('read in every language for every country, with no placeholder left and the same steps in each', () => {
    for (const code of PATHWAY_CODES) {
      for (const country of COUNTRY_CODES) {
        const counts = new Set<number>();
        for (const locale of LOCALES) {
          const template = pathwayTemplate(code, country, locale);
          const all = [template.title, template.description, ...template.milestones];
          for (const text of all) {
            expect(text.trim(), `${code} ${country} ${locale}`).not.toBe('');
            expect(text, `${code} ${country} ${locale}`).not.toMatch(/\{\{|\}\}|undefined/);
          }
          counts.add(template.milestones.length);
          expect(template.localized).toBe(NETWORK_COUNTRY_CODES.includes(country));
        }
        expect(counts.size, `${code} ${country}: same number of steps in every language`).toBe(1);
      }
    }
  });

  it('send her to her own country’s offices', () => {
    const dominican = pathwayTemplate('TAX_ID', 'DO', 'ht');
    expect(dominican.milestones.join(' ')).toContain('Dirección General de Impuestos Internos (DGII)');
    expect(dominican.milestones.join(' ')).toContain('RNC');
    const costaRica = pathwayTemplate('SOCIAL_PROTECTION', 'CR', 'en');
    expect(costaRica.milestones.join(' ')).toContain('Caja Costarricense de Seguro Social (CCSS)');
    const abroad = pathwayTemplate('REGULARIZATION', 'US', 'fr');
    expect(abroad.description).toContain("le service de l'immigration");
  });

  it('answer real needs of the vocabulary', () => {
    for (const needs of Object.values(PATHWAY_NEEDS)) {
      for (const need of needs) expect(NEED_CODES).toContain(need);
    }
  });

  it('put the pathways that answer her needs first, and leave none out', () => {
    const list = pathwaysFor('GT', 'es', ['SEED_CAPITAL']);
    expect(list.map((p) => p.code)).toEqual([
      'CREDIT_SEED_CAPITAL',
      'REGULARIZATION',
      'TAX_ID',
      'BANK_ACCOUNT',
      'FORMALIZATION',
      'SOCIAL_PROTECTION',
    ]);
    expect(pathwaysFor('GT', 'es').map((p) => p.code)).toEqual([...PATHWAY_CODES]);
  });
});
