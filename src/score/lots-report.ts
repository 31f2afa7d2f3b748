import type { Block, DocumentModel, Section } from '../compose/document.js';
import { composeScoreReport } from '../compose/report-document.js';
import type { DocumentWords } from '../wording/catalog.js';
import type { LotScore } from './lots.js';

/**
 * The rapport d'analyse des offres of a tender with lots: one title page and table of contents, then one part per
 * lot ("Lot n° 1 : …"), each the whole report of that lot's ranking (each lot is a separate contract and award), its
 * headings one level down so the table of contents reads lot by lot.
 */
export function composeLotsReport(scores: readonly LotScore[], words: DocumentWords): DocumentModel {
  const docs = scores.map((s) => composeScoreReport(s.result, words));
  const first = docs[0]!;
  const [titleSection] = first.sections;
  const parts: Section[] = docs.map((doc, k): Section => {
    const body = doc.sections.slice(1).flatMap((s) => s.blocks);
    const lot = scores[k]!.lot;
    const heading: Block = { type: 'heading', level: 1, text: words.t('lots.report.section', { n: lot.number, title: lot.title }), numbered: true };
    return { ...doc.sections[1]!, blocks: [heading, ...body.map(demote)] };
  });
  return { ...first, sections: [titleSection!, ...parts] };
}

const demote = (b: Block): Block => (b.type === 'heading' ? { ...b, level: b.level === 1 ? 2 : 3 } : b);
