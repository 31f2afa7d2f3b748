import { listedSubCriteria, type Grid } from '../model/grid.js';
import { criterionLines } from '../model/grid-tree.js';
import { formatMoney, formatPercent } from '../wording/format.js';
import { costDefinitionBlocks } from './cost-tables.js';
import { partsDefinitionBlocks } from './price-parts-tables.js';
import type { AnnexRow } from '../lint/types.js';
import type { Spec } from '../model/spec.js';
import { priceFormulaOf } from '../score/price-formulas.js';
import { b, type Block, type CellInput } from './document.js';
import { formatEuros, formatNumber, formatPoints } from './format.js';
import { formatShort } from '../wording/format.js';
import type { TemplateSet } from './templates.js';

const BAND = 'F2F2F2';

/** The data tables a template can place with `::table NAME`; built from the grid, never typed twice. */
export function specTables(spec: Spec, grid: Grid, t: TemplateSet, findings: readonly AnnexRow[]) {
  const lang = t.lang;
  // Every decimal the spec gives: the CCAP prints 0,11 and the CCTP must not round it to 0,1 (coherence check).
  const num = (x: number | undefined): string => (x === undefined ? t.label('notSet') : formatShort(x, lang, 4));

  const indicators = (): Block[] => [
    {
      type: 'table',
      columns: [
        { header: t.label('col.indicator'), width: 26 },
        { header: t.label('col.field'), width: 11 },
        { header: t.label('col.baseline'), width: 12, align: 'center' },
        { header: t.label('col.target'), width: 12, align: 'center' },
        { header: t.label('col.method'), width: 24 },
        { header: t.label('col.source'), width: 15 },
      ],
      rows: spec.usage_performance.map((i): CellInput[] => [
        { runs: [b(i.label)], more: [[`${t.label('col.unit')} : ${i.unit}`]] },
        t.label(`field.${i.field}`),
        // A baseline the spec plans to measure in year 1 says so, instead of "to be specified".
        i.baseline === undefined && i.baseline_measured_in_year_1 ? t.label('cctp.baselineYear1') : `${num(i.baseline)}${i.baseline_year ? ` (${i.baseline_year})` : ''}`,
        `${num(i.target)}${i.horizon ? ` (${i.horizon})` : ''}`,
        i.measurement ?? t.label('notSet'),
        [i.data_source, i.frequency].filter(Boolean).join(' — ') || t.label('notSet'),
      ]),
    },
  ];

  /** The RC announces each minimum threshold under its criterion, with its consequence (elimination). */
  const threshold = (min: number | undefined): { more?: string[][] } => (min === undefined ? {} : { more: [[`    ${t.label('grid.threshold', { min: formatNumber(min, lang, Number.isInteger(min) ? 0 : 1) })}`]] });

  const criteria = (): Block[] => [
    {
      type: 'table',
      columns: [
        { header: t.label('col.number'), width: 8, align: 'center' },
        { header: t.label('col.criterion'), width: 72 },
        { header: t.label('col.weight'), width: 20, align: 'right' },
      ],
      rows: grid.criteria.flatMap((c): CellInput[][] => [
        [
          { runs: [c.number], bold: true, shade: BAND, align: 'center' },
          { runs: [c.label], bold: true, shade: BAND, ...threshold(c.minPoints) },
          { runs: [formatPoints(c.weightHundredths, lang)], bold: true, shade: BAND, align: 'right' },
        ],
        // Price sub-criteria (price.parts) are listed under the price criterion like sub-criteria.
        ...(c.kind === 'price' ? (grid.price?.parts ?? []).map((p): CellInput[] => [p.number, `    ${p.label}`, formatPoints(p.weightHundredths, lang)]) : []),
        // Subtotals (a sub-criterion divided into sub-sub-criteria) in bold, each level indented under its parent.
        ...criterionLines(c, listedSubCriteria(c)).map((l): CellInput[] => {
          const label = `${'    '.repeat(l.depth - 1)}${l.node.label}`;
          if (l.kind === 'subtotal') return [{ runs: [l.node.number], bold: true }, { runs: [label], bold: true }, { runs: [formatPoints(l.node.weightHundredths, lang)], bold: true, align: 'right' }];
          const s = l.node;
          return [s.number, s.minPoints === undefined ? label : { runs: [label], ...threshold(s.minPoints) }, formatPoints(s.weightHundredths, lang)];
        }),
      ]),
      footer: ['', t.label('total'), formatPoints(grid.criteria.reduce((s, c) => s + c.weightHundredths, 0), lang)],
    },
  ];

  const scale = (): Block[] => [
    {
      type: 'table',
      columns: [
        { header: t.label('col.mark'), width: 10, align: 'center' },
        { header: t.label('col.level'), width: 22 },
        { header: t.label('col.meaning'), width: 68 },
      ],
      rows: grid.scale.marks.map((m, level) => [grid.scale.percent ? formatPercent(m, lang) : formatNumber(m, lang), t.label(`levelName.${level}`), t.label(`level.${level}`)]),
    },
  ];

  /** Three illustrative offers around the estimated annual value, scored with the announced formula. */
  const priceExample = (): Block[] => {
    if (!grid.price) return [];
    const base = spec.tender.estimated_value_eur ? Math.round(spec.tender.estimated_value_eur / 1000) * 1000 : 1_000_000;
    const prices = [base, Math.round(base * 1.1), Math.round(base * 1.25)];
    const info = priceFormulaOf(grid.price);
    const weight = grid.price.weightHundredths / 100;
    return [
      {
        type: 'table',
        columns: [
          { header: t.label('col.offer'), width: 16 },
          { header: t.label('col.price', { basis: grid.price.basis }), width: 24, align: 'right' },
          { header: t.label('col.computation'), width: 38 },
          { header: t.label('col.pricePoints'), width: 22, align: 'right' },
        ],
        rows: prices.map((p, k) => {
          const ratio = info.ratio(p, prices);
          return [t.label('offerName', { letter: 'ABC'[k]! }), formatMoney(p, lang, 0, grid.price!.currency), `${formatPoints(grid.price!.weightHundredths, lang)} × ${formatNumber(ratio, lang, 4)}`, formatNumber(weight * ratio, lang, 2)];
        }),
      },
      // Coût élargi: what P then is (price over the duration + valued externalities), with each value's source.
      ...costDefinitionBlocks(grid, lang, (key, args) => t.label(key, args)),
    ];
  };

  const actors = (): Block[] =>
    spec.actors.length === 0
      ? []
      : [
          {
            type: 'table',
            columns: [
              { header: t.label('col.actor'), width: 28 },
              { header: t.label('col.kind'), width: 20 },
              { header: t.label('col.status'), width: 14 },
              { header: t.label('col.role'), width: 38 },
            ],
            rows: spec.actors.map((a) => [{ runs: [b(a.name)] }, t.label(`actorKind.${a.kind}`), t.label(`actorStatus.${a.status}`), a.role ?? '']),
          },
        ];

  const levels = (id: string): Block[] | undefined => {
    const sub = grid.criteria.flatMap((c) => c.subCriteria).find((s) => s.id === id);
    if (!sub) return undefined;
    return [
      {
        type: 'table',
        columns: [
          { header: t.label('col.mark'), width: 10, align: 'center' },
          { header: t.label('col.descriptor'), width: 90 },
        ],
        rows: sub.levels.map((l) => [formatNumber(l.mark, lang), l.descriptor]),
      },
    ];
  };

  const lint = (): Block[] =>
    findings.length === 0
      ? []
      : [
          {
            type: 'table',
            columns: [
              { header: t.label('col.rule'), width: 24 },
              { header: t.label('col.severity'), width: 14 },
              { header: t.label('col.message'), width: 44 },
              { header: t.label('col.location'), width: 18 },
            ],
            // Only the file's base name: the annex must not depend on where the spec sits on the author's disk.
            rows: findings.map((f) => [f.rule, t.label(`severity.${f.severity}`), f.message, f.location.split(/[\\/]/).pop() ?? f.location]),
          },
        ];

  return (name: string): Block[] | undefined => {
    if (name.startsWith('levels:')) return levels(name.slice(7));
    const table = { indicators, criteria, scale, 'price-example': priceExample, 'price-parts': () => partsDefinitionBlocks(grid, lang, (key, args) => t.label(key, args)), actors, lint }[name];
    return table?.();
  };
}
