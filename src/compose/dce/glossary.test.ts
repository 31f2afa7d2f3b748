import { describe, expect, it } from 'vitest';
import { DOCUMENT_WORDS, type DocumentKey } from '../../wording/catalog.js';
import { composeCctp } from './cctp.js';
import { GLOSSARY_TERMS, usedTerms } from './glossary.js';
import { exampleContext } from '../../../test/helpers/dce.js';
import { DCE_PIECES, pieceNumber } from '../../dce/pieces.js';
import type { PieceContext } from '../../dce/pieces.js';
import { loadCatalog } from '../../load/catalog.js';

const fr = (key: DocumentKey): string => DOCUMENT_WORDS.fr[key];
const en = (key: DocumentKey): string => DOCUMENT_WORDS.en[key];

describe('glossary of the CCTP', () => {
  it('lists only the terms a text uses, whatever their case, in the glossary order', () => {
    expect(usedTerms('Le Bonus est plafonné ; la bande neutre vaut 2 %. La coopération…', fr)).toEqual(['cooperation', 'neutralBand', 'bonusMalus']);
    expect(usedTerms('Une trajectoire annuelle', fr)).toEqual(['trajectory']);
    expect(usedTerms('Rien de tout cela.', fr)).toEqual([]);
    expect(usedTerms('The neutral band and the baseline of each trajectory', en)).toEqual(['baseline', 'trajectory', 'neutralBand']);
  });

  it('defines every term in both languages', () => {
    for (const term of GLOSSARY_TERMS) {
      for (const part of ['term', 'match', 'definition']) {
        expect(fr(`glossary.${term}.${part}` as DocumentKey)).toBeTruthy();
        expect(en(`glossary.${term}.${part}` as DocumentKey)).toBeTruthy();
      }
    }
  });

  it.each(['fr', 'en'] as const)('is the last annex of the CCTP, with the terms the pieces use (%s)', (lang) => {
    const dce = exampleContext('school-catering', lang);
    const t = dce.templates;
    const published = DCE_PIECES.filter((p) => p.publishable && p.number !== undefined).map((p) => ({ id: p.id, number: pieceNumber(p.number!), title: t.label(p.titleKey), file: `${pieceNumber(p.number!)}-${p.file}.docx` }));
    const ctx: PieceContext = { loaded: dce.spec, grid: dce.grid, catalog: loadCatalog(), t, words: dce.words, bidders: 5, published };
    const body = composeCctp(ctx).sections.at(-1)!.blocks;
    const headings = body.filter((b) => b.type === 'heading').map((b) => (b.type === 'heading' ? b.text : ''));
    expect(headings.at(-1)).toBe(`${lang === 'fr' ? 'Annexe' : 'Annex'} — ${t.label('glossary.title')}`);
    const table = body.at(-1)!;
    expect(table.type).toBe('table');
    const terms = table.type === 'table' ? table.rows.map((r) => (typeof r[0] === 'string' ? r[0] : r[0]!.runs.map((x) => (typeof x === 'string' ? x : x.text)).join(''))) : [];
    // The CCTP itself speaks of usage performance and useful effects; the CCAP of the neutral band and of bonus and malus.
    for (const term of ['usagePerformance', 'usefulEffects', 'neutralBand', 'bonusMalus'] as const) expect(terms).toContain(t.label(`glossary.${term}.term`));
    expect(terms.length).toBeLessThanOrEqual(GLOSSARY_TERMS.length);
  });
});
