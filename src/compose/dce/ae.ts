import type { DocumentKey } from '../../wording/catalog.js';
import type { Block, CellInput, Column, DocumentModel } from '../document.js';
import { payFields } from '../../pay/index.js';
import { capText } from './ccap-pay-tables.js';
import { articleNumbers, ccapPay } from './ccap.js';
import { shortBasis } from '../../dce/legal-bases.js';
import { psesOf } from '../../model/pse.js';
import { pieceDocument, pieceNumber, pieceNumbers, type DceContext } from './context.js';

/** Colour of the cells the bidder fills in, as in the XLSX grid's input cells. */
export const INPUT_SHADE = 'E8F0FE';

/**
 * The acte d'engagement, after the ATTRI1 form: what the buyer knows is pre-filled (buyer, object, procedure, lots,
 * price parts, duration, the CCAP articles it rests on); what the bidder writes is left blank in shaded cells
 * (identification, signatory, prices HT/TVA/TTC, bank details, signature). The template is `ae/body.hbs`.
 */
export function composeAe(ctx: DceContext): DocumentModel {
  const { spec } = ctx.spec;
  const t = ctx.templates;
  const w = ctx.words;
  const pieces = pieceNumbers(ctx);
  const pay = ccapPay(ctx);
  const fields = payFields(spec).fields;
  const blank = (): CellInput => ({ runs: [w.t('dce.ae.blank')], shade: INPUT_SHADE });
  const form = (keys: readonly DocumentKey[]): Block[] => [
    {
      type: 'table',
      columns: [
        { header: w.t('dce.col.field'), width: 38 },
        { header: w.t('dce.col.answer'), width: 62 },
      ],
      rows: keys.map((k) => [w.t(k), blank()]),
    },
  ];
  const lots = spec.tender.lots;
  const priceRows = (prefix: string): CellInput[][] => [
    [`${prefix}${w.t('dce.ae.price.fixedAnnual')}`, blank(), blank(), blank(), blank()],
    [`${prefix}${w.t('dce.ae.price.fixedTotal', { months: spec.tender.duration_months })}`, blank(), blank(), blank(), blank()],
  ];
  // The five columns of a price line (line, HT, VAT rate, VAT, TTC), for the base price table and the PSE table.
  const priceColumns = ([line, ht, rate, vat, ttc]: readonly [number, number, number, number, number]): Column[] => [
    { header: w.t('dce.ae.col.priceLine'), width: line },
    { header: w.t('dce.ae.col.ht'), width: ht, align: 'right' },
    { header: w.t('dce.ae.col.vatRate'), width: rate, align: 'center' },
    { header: w.t('dce.ae.col.vat'), width: vat, align: 'right' },
    { header: w.t('dce.ae.col.ttc'), width: ttc, align: 'right' },
  ];
  // The PSE of this AE (a lot's AE: the lot's), one price line each, codes and titles as in the RC and the workbook.
  const pse = psesOf(spec);
  const lotPrefix = lots.length ? `${w.t('dce.lot')} ${lots[0]!.number} — ` : '';
  const tables: Record<string, () => Block[]> = {
    'ae-pse': () => [
      {
        type: 'table',
        columns: [...priceColumns([30, 15, 11, 14, 15]), { header: w.t('dce.pse.ae.col.retained'), width: 15, align: 'center' }],
        rows: pse.map((p): CellInput[] => [`${lots.length === 1 ? lotPrefix : ''}${w.t('dce.pse.ae.line', { code: p.code, title: p.title })}`, blank(), blank(), blank(), blank(), blank()]),
      },
    ],
    'ae-lots': () => [{ type: 'list', ordered: false, items: lots.map((l) => [w.t('dce.ae.lots.choice', { number: l.number, title: l.title })]) }],
    'ae-group': () => [{ type: 'list', ordered: false, items: [[w.t('dce.ae.group.alone')], [w.t('dce.ae.group.joint')], [w.t('dce.ae.group.several')]] }],
    'ae-bidder': () => form(['dce.ae.field.name', 'dce.ae.field.legalForm', 'dce.ae.field.siret', 'dce.ae.field.address', 'dce.ae.field.email', 'dce.ae.field.phone']),
    'ae-price': () => [
      {
        type: 'table',
        columns: priceColumns([36, 17, 13, 17, 17]),
        rows: lots.length ? lots.flatMap((l) => priceRows(`${w.t('dce.lot')} ${l.number} — `)) : priceRows(''),
      },
    ],
    'ae-bank': () => form(['dce.ae.field.holder', 'dce.ae.field.bank', 'dce.ae.field.iban', 'dce.ae.field.bic']),
    'ae-signature': () => form(['dce.ae.field.signatoryName', 'dce.ae.field.signatoryRole', 'dce.ae.field.place', 'dce.ae.field.signature']),
    'ae-buyer': () => [
      {
        type: 'table',
        columns: [
          { header: w.t('dce.col.field'), width: 38 },
          { header: w.t('dce.buyer'), width: 62 },
        ],
        rows: [
          [w.t('dce.buyer'), spec.buyer.name],
          [w.t('dce.signatory'), spec.buyer.signatory ?? blank()],
          [w.t('dce.ae.field.place'), blank()],
          [w.t('dce.ae.field.signature'), blank()],
        ],
      },
    ],
  };
  const view = {
    spec,
    art: articleNumbers(),
    piece: Object.fromEntries(Object.entries(pieces).flatMap(([k, v]) => (v === undefined ? [] : [[k, pieceNumber(v)]]))),
    procedureLabel: t.label(`procedure.${spec.tender.procedure}`),
    legalBasis: shortBasis(spec.tender.procedure, t.lang),
    advancePercent: spec.contract.advance_percent,
    pse: pse.length > 0,
    pseIntro: w.t('dce.pse.ae.intro', { sheet: w.t('dce.pse.sheet'), piece: pieces.prices === undefined ? '' : w.t('dce.pse.ae.piece', { number: pieceNumber(pieces.prices) }) }),
    bonusCap: pay?.bonusCapCents === undefined ? undefined : capText(fields.caps?.bonus, pay.bonusCapCents, w, 'dce.noCap'),
    malusCap: pay?.malusCapCents === undefined ? undefined : capText(fields.caps?.malus, pay.malusCapCents, w, 'dce.noCap'),
  };
  const body = t.blocks('ae/body', view, (name) => tables[name]?.());
  return pieceDocument(ctx, pieces.ae, w.t('dce.piece.ae'), numberSections(body));
}

/** A, B, C…: the ATTRI1 form letters its sections. */
function numberSections(blocks: readonly Block[]): Block[] {
  let k = 0;
  return blocks.map((bl) => (bl.type === 'heading' && bl.level === 1 && bl.numbered ? { ...bl, text: `${String.fromCharCode(65 + k++)} — ${bl.text}` } : bl));
}
