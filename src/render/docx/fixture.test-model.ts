import type { DocumentModel } from '../../compose/document.js';

/**
 * A small document with every kind of block the writer knows, the text that needs escaping, and the table features
 * (header, footer, column span, shading, extra paragraphs, alignment): the golden tests' fixture.
 */
export const fixtureModel: DocumentModel = {
  meta: { title: 'T & <t>', subject: 'Sujet', creator: 'efc-tender', keywords: 'a, b', date: '2026-12-01', lang: 'fr' },
  labels: { page: 'Page', of: 'sur', tocHint: '' },
  sections: [
    {
      orientation: 'portrait',
      titlePage: true,
      blocks: [
        { type: 'paragraph', style: 'title', runs: ['Titre'] },
        { type: 'paragraph', style: 'subtitle', runs: ['Sous-titre'] },
      ],
    },
    {
      orientation: 'portrait',
      header: 'En-tête',
      blocks: [
        { type: 'toc', title: 'Sommaire' },
        { type: 'heading', level: 1, text: '1. Un « titre » & <balise>', numbered: true },
        { type: 'paragraph', runs: ['normal ', { text: 'gras', bold: true }, ' ', { text: 'italique', italic: true }, { text: 'les deux', bold: true, italic: true }], align: 'justify' },
        { type: 'paragraph', style: 'note', runs: ['Une note'], align: 'center' },
        { type: 'paragraph', style: 'formula', runs: ['N = Nmax × Pmin / P'], align: 'right' },
        { type: 'heading', level: 2, text: '1.1 Sous-partie', numbered: true },
        { type: 'heading', level: 3, text: 'Niveau 3 (hors sommaire)', numbered: false },
        { type: 'list', ordered: true, items: [['un'], ['deux']] },
        { type: 'list', ordered: false, items: [['puce'], [{ text: 'puce grasse', bold: true }]] },
        { type: 'heading', level: 1, text: 'Annexe (non numérotée)', numbered: false },
      ],
    },
    {
      orientation: 'landscape',
      header: 'Paysage',
      blocks: [
        {
          type: 'table',
          columns: [{ header: 'A', width: 1 }, { header: "l'en-tête \"B\"", width: 8, align: 'right' }, { header: 'Développement', width: 1, align: 'center' }],
          rows: [
            ['x', '', 'contrôle\u0001supprimé'],
            [{ runs: ['fusion'], colSpan: 2, shade: 'FFF2CC', bold: true, more: [['suite'], [{ text: 'ital', italic: true }]] }, { runs: ['droite'], align: 'right' }],
            ['y', 'z', 'w'],
          ],
          footer: ['Total', '100,0', ''],
          caption: 'Légende',
        },
        { type: 'pageBreak' },
        { type: 'table', columns: [{ header: 'Seul', width: 1 }], rows: [['une ligne']] },
      ],
    },
  ],
};
