import type { Catalog } from '../load/catalog.js';
import type { AnnexRow } from '../lint/types.js';
import type { Grid } from '../model/grid.js';
import { documentDate, type Spec } from '../model/spec.js';
import { buyerKind } from './buyer-name.js';
import { b, type Block, type DocumentModel } from './document.js';
import { formatDate, formatEuros } from './format.js';
import { specTables } from './spec-tables.js';
import { specView } from './spec-view.js';
import type { TemplateSet } from './templates.js';

/** The sections of the tender specification, in order; each is a template `spec/<name>.hbs` that a buyer can override. */
export const SPEC_SECTIONS = [
  'spec/01-context',
  'spec/02-object',
  'spec/03-effects',
  'spec/04-solution',
  'spec/05-cooperation',
  'spec/06-remuneration',
  'spec/07-criteria',
  'spec/08-marking',
  'spec/09-technical-brief',
] as const;

export interface ComposeSpecOptions {
  /** Lint findings to print in an annex (only with --lint-annex), worded in the document's language. */
  readonly annexRows?: readonly AnnexRow[];
}

export function composeSpecDocument(spec: Spec, grid: Grid, catalog: Catalog, t: TemplateSet, opts: ComposeSpecOptions = {}): DocumentModel {
  const view = specView(spec, grid, catalog, t);
  const findings = opts.annexRows ?? [];
  const tables = specTables(spec, grid, t, findings);
  const body: Block[] = [];
  for (const name of SPEC_SECTIONS) body.push(...t.blocks(name, view, tables));
  if (findings.length) body.push(...t.blocks('spec/annex-lint', { ...view, findings }, tables));

  const date = view.documentDate;
  const header = t.label('header', { buyer: spec.buyer.name, reference: spec.tender.reference });
  return {
    meta: { title: spec.tender.title, subject: t.label('specTitle'), creator: t.label('creator'), keywords: `EFC; ${spec.tender.reference}`, date, lang: t.lang },
    labels: { page: t.label('page'), of: t.label('of'), tocHint: t.label('tocHint') },
    sections: [
      { orientation: 'portrait', titlePage: true, blocks: titlePage(spec, view.procedureLabel, view.lifeFunction.label, view.profileLabel, t) },
      { orientation: 'portrait', header, blocks: [{ type: 'toc', title: t.label('toc') }, { type: 'paragraph', runs: [t.label('tocHint')], style: 'note' }] },
      { orientation: 'portrait', header, blocks: numberHeadings(body) },
    ],
  };
}

function titlePage(spec: Spec, procedure: string, lifeFunction: string, profile: string, t: TemplateSet): Block[] {
  const lang = t.lang;
  // Under the name, only what the name does not already say ("Établissement public de coopération intercommunale").
  const kind = buyerKind(spec.buyer.name, spec.buyer.kind);
  const rows: [string, string][] = [
    [t.label('reference'), spec.tender.reference],
    [t.label('procedure'), procedure],
    [t.label('duration'), t.label('durationValue', { months: spec.tender.duration_months })],
    ...(spec.tender.estimated_value_eur ? [[t.label('estimatedValue'), formatEuros(spec.tender.estimated_value_eur, lang)] as [string, string]] : []),
    [t.label('lifeFunction'), lifeFunction],
    [t.label('profile'), profile],
    [t.label('documentDate'), formatDate(documentDate(spec), lang)],
  ];
  return [
    { type: 'paragraph', runs: [b(spec.buyer.name)], style: 'subtitle' },
    ...(kind ? [{ type: 'paragraph', runs: [kind.charAt(0).toUpperCase() + kind.slice(1)], style: 'note' } as Block] : []),
    { type: 'paragraph', runs: [''] },
    { type: 'paragraph', runs: [t.label('docKind')], style: 'subtitle' },
    { type: 'paragraph', runs: [spec.tender.title], style: 'title' },
    { type: 'paragraph', runs: [t.label('specTitle')], style: 'subtitle' },
    { type: 'paragraph', runs: [t.label('specSubtitle')], style: 'note' },
    { type: 'paragraph', runs: [''] },
    { type: 'table', columns: [{ header: t.label('reference'), width: 35 }, { header: spec.tender.reference, width: 65 }], rows: rows.slice(1).map(([k, v]) => [{ runs: [b(k)] }, v]) },
  ];
}

/** "1. Context", "1.2 Territory": numbers written into the heading text so every reader and the TOC show them. */
export function numberHeadings(blocks: readonly Block[]): Block[] {
  const n = [0, 0, 0];
  return blocks.map((bl) => {
    if (bl.type !== 'heading' || !bl.numbered) return bl;
    const k = bl.level - 1;
    n[k]! += 1;
    for (let j = k + 1; j < 3; j++) n[j] = 0;
    const label = k === 0 ? `${n[0]}.` : n.slice(0, k + 1).join('.');
    return { ...bl, text: `${label} ${bl.text}` };
  });
}
