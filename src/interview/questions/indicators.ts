import { z } from 'zod';
import type { LText } from '../../model/common.js';
import type { TypicalIndicator } from '../../model/functions.js';
import { IndicatorSchema, type Indicator } from '../../model/spec.js';
import { askNumber, askText, END_OF_LIST, formatNumber, tr } from '../prompts.js';
import type { AskContext, QuestionDef } from '../types.js';
import { fieldOf, kebab } from '../validate.js';
import { grouped } from '../format.js';
import { proposalsFor } from './proposals.js';
import { defaultHorizon } from './territory.js';

/**
 * Usage performance: the indicators the contract commits to. Proposed from the life function's typical indicators
 * (unit, method and, where a national reference gives one, a suggested target), so accepting one costs two answers:
 * its target and its baseline. An empty baseline is a decision written in the spec: measured in the first year, by
 * the indicator's own method. Unit, horizon, method and source wait behind one "more details?" question.
 */

const MEANS_VS_EFFECTS: LText = {
  fr: [
    'Un moyen, c’est ce que le titulaire met en œuvre (véhicules, fréquences, kilomètres, heures de personnel) ; un effet, c’est ce qui change pour les habitants et le territoire.',
    'Le marché s’engage sur les effets et laisse les moyens à la proposition des candidats.',
  ].join('\n'),
  en: [
    'A means is what the contractor deploys (vehicles, frequencies, kilometres, staff hours); an effect is what changes for people and the territory.',
    'The contract commits to effects and leaves the means to the bidders’ proposals.',
  ].join('\n'),
};

const M = {
  pick: { fr: 'Indicateurs d’effet proposés pour cette fonction : cochez ceux à retenir', en: 'Effect indicators proposed for this function: tick those to keep' },
  newLabel: { fr: 'Nouvel indicateur d’effet, son libellé', en: 'New effect indicator, its label' },
  firstLabel: { fr: 'Indicateur d’effet, son libellé', en: 'Effect indicator, its label' },
  label: { fr: 'Libellé', en: 'Label' },
  unit: { fr: 'Unité (ex. kg/hab/an, %)', en: 'Unit (e.g. kg/inh/yr, %)' },
  field: { fr: 'Quel champ d’effets utiles mesure-t-il ?', en: 'Which field of useful effects does it measure?' },
  direction: { fr: 'Dans quel sens doit-il évoluer ?', en: 'Which way should it move?' },
  decrease: { fr: 'à la baisse', en: 'down' },
  increase: { fr: 'à la hausse', en: 'up' },
  baseline: { fr: 'Situation de départ, si elle est connue', en: 'Baseline, if known' },
  baselineEmpty: { fr: ' (Entrée si elle n’est pas connue : elle sera mesurée la première année)', en: ' (Enter if unknown: it will be measured in the first year)' },
  baselineYear: { fr: 'Année de la situation de départ', en: 'Year of the baseline' },
  target: { fr: 'Cible à atteindre', en: 'Target' },
  horizon: { fr: 'Année à laquelle la cible doit être atteinte', en: 'Year by which the target must be reached' },
  measurement: { fr: 'Méthode de mesure', en: 'Measurement method' },
  source: { fr: 'Source des données', en: 'Data source' },
  below: { fr: 'pour un indicateur à faire baisser, la situation de départ doit être au-dessus de la cible', en: 'for an indicator to lower, the baseline must be above the target' },
  above: { fr: 'pour un indicateur à faire monter, la situation de départ doit être en dessous de la cible', en: 'for an indicator to raise, the baseline must be below the target' },
  reference: { fr: 'Repère national :', en: 'National reference:' },
  suggested: { fr: 'Cible proposée : {{value}} — {{why}}.', en: 'Proposed target: {{value}} — {{why}}.' },
  before: { fr: 'l’échéance ne peut précéder l’année de la situation de départ', en: 'the horizon cannot precede the baseline year' },
  year1: { fr: 'Mesurée pendant la première année du marché : {{method}}', en: 'Measured during the first year of the contract: {{method}}' },
  more: { fr: 'Préciser l’unité, l’échéance, la méthode ou la source des indicateurs ?', en: 'Give the unit, horizon, method or source of the indicators?' },
  change: { fr: 'Que modifier pour « {{label}} » ?', en: 'What to change for “{{label}}”?' },
  remove: { fr: 'Retirer cet indicateur', en: 'Remove this indicator' },
  measuredYear1: { fr: 'départ mesuré la 1re année', en: 'baseline measured in year 1' },
  by: { fr: 'en', en: 'by' },
} satisfies Record<string, LText>;

const FIELDS: Record<Indicator['field'], LText> = {
  social: { fr: 'Utilité sociale', en: 'Social utility' },
  ecology: { fr: 'Dimension écologique', en: 'Ecological dimension' },
  economy: { fr: 'Développement économique local', en: 'Local economic development' },
};

const fill = (s: string, v: Record<string, string>): string => s.replace(/\{\{(\w+)\}\}/g, (_, k: string) => v[k] ?? '');
const f = (k: string) => fieldOf(IndicatorSchema, k);

function fromTypical(t: TypicalIndicator, ctx: AskContext): Indicator {
  const target = proposalsFor(ctx.answers['life_function'])?.targets[t.id]?.value;
  const horizon = defaultHorizon(ctx.answers);
  return { id: t.id, label: t.label[ctx.lang], unit: t.unit, field: t.field, direction: t.direction, measurement: t.measurement[ctx.lang], ...(target !== undefined ? { target } : {}), ...(horizon ? { horizon } : {}) };
}

const clean = (i: Indicator): Indicator => Object.fromEntries(Object.entries(i).filter(([, v]) => v !== undefined)) as Indicator;

/** How an empty baseline is to be measured: the indicator's own method, in the first year. */
const yearOne = (i: Indicator, lang: AskContext['lang']): string => fill(M.year1[lang], { method: i.measurement ?? '' }).replace(/ : $|: $/, '');

async function askTarget(ctx: AskContext, key: string, base: Indicator): Promise<number> {
  const { lang } = ctx;
  const dir = base.direction === 'decrease' ? M.decrease : M.increase;
  const when = base.horizon ? ` ${M.by[lang]} ${base.horizon}` : '';
  return (await askNumber(ctx, {
    key,
    message: { fr: `${M.target.fr} (${base.unit}), ${dir.fr}${when}`, en: `${M.target.en} (${base.unit}), ${dir.en}${when}` },
    required: true,
    schema: f('target'),
    default: base.target,
    extra: (n) => (base.baseline === undefined ? true : base.direction === 'decrease' ? (n < base.baseline ? true : M.below) : n > base.baseline ? true : M.above),
  }))!;
}

async function askBaseline(ctx: AskContext, key: string, base: Indicator, target: number): Promise<Indicator> {
  const baseline = await askNumber(ctx, {
    key,
    message: { fr: M.baseline.fr + M.baselineEmpty.fr, en: M.baseline.en + M.baselineEmpty.en },
    required: false,
    schema: f('baseline'),
    default: base.baseline,
    extra: (n) => (base.direction === 'decrease' ? (n > target ? true : M.below) : n < target ? true : M.above),
  });
  if (baseline === undefined) return clean({ ...base, target, baseline: undefined, baseline_year: undefined, baseline_measured_in_year_1: base.baseline_measured_in_year_1 ?? yearOne(base, ctx.lang) });
  const start = typeof ctx.answers['tender.consultation_start'] === 'string' ? Number((ctx.answers['tender.consultation_start'] as string).slice(0, 4)) - 1 : undefined;
  return clean({ ...base, target, baseline, baseline_year: base.baseline_year ?? start, baseline_measured_in_year_1: undefined });
}

/** The optional details of one indicator: unit, horizon, method, source (defaults are what it has). */
async function askMore(ctx: AskContext, i: number, base: Indicator): Promise<Indicator> {
  const k = (x: string) => `usage_performance[${i}].${x}`;
  ctx.asker.say(`— ${base.label}`);
  const unit = (await askText(ctx, { key: k('unit'), message: M.unit, required: true, schema: f('unit'), default: base.unit }))!;
  const horizon = await askNumber(ctx, { key: k('horizon'), message: M.horizon, required: true, schema: f('horizon'), default: base.horizon, extra: (n) => (base.baseline_year !== undefined && n < base.baseline_year ? M.before : true) });
  const measurement = await askText(ctx, { key: k('measurement'), message: M.measurement, required: true, schema: f('measurement'), default: base.measurement });
  const data_source = await askText(ctx, { key: k('data_source'), message: M.source, required: false, schema: f('data_source'), default: base.data_source });
  return clean({ ...base, unit, horizon, measurement, data_source });
}

/** One line per indicator on the review screen: "label: baseline → target unit by year". */
export function indicatorLine(i: Indicator, lang: AskContext['lang']): string {
  const from = i.baseline === undefined ? M.measuredYear1[lang] : grouped(i.baseline, lang);
  return `${i.label} : ${from} → ${i.target === undefined ? '?' : grouped(i.target, lang)} ${i.unit}${i.horizon ? ` ${M.by[lang]} ${i.horizon}` : ''}`;
}

type Field = 'target' | 'baseline' | 'horizon' | 'label' | 'unit' | 'measurement' | 'data_source' | 'remove';

/** Change one field of one indicator (the target first: it is what a buyer corrects most). */
async function editIndicator(ctx: AskContext, list: readonly Indicator[], index: number): Promise<Indicator[]> {
  const { asker, lang } = ctx;
  const ind = list[index]!;
  const names: Record<Field, LText> = { target: M.target, baseline: M.baseline, horizon: M.horizon, label: M.label, unit: M.unit, measurement: M.measurement, data_source: M.source, remove: M.remove };
  const field = await asker.select<Field>({
    key: 'indicator.field',
    message: fill(M.change[lang], { label: ind.label }),
    choices: (Object.keys(names) as Field[]).map((k) => ({ value: k, name: tr(names[k], lang) })),
    default: 'target',
  });
  const out = [...list];
  const key = `usage_performance[${index}].${field}`;
  if (field === 'remove') out.splice(index, 1);
  else if (field === 'target') out[index] = clean({ ...ind, target: await askTarget(ctx, key, ind) });
  else if (field === 'baseline') out[index] = await askBaseline(ctx, key, { ...ind, baseline: undefined }, ind.target ?? 0);
  else if (field === 'horizon') out[index] = clean({ ...ind, horizon: await askNumber(ctx, { key, message: M.horizon, required: true, schema: f('horizon'), default: ind.horizon }) });
  else out[index] = clean({ ...ind, [field]: await askText(ctx, { key, message: names[field], required: field !== 'data_source', schema: f(field), default: ind[field], check: field === 'label' ? 'usage_performance.label' : undefined }) });
  return out;
}

export const indicatorsQuestion: QuestionDef = {
  id: 'usage_performance',
  stage: 2,
  section: { fr: 'La performance d’usage attendue', en: 'The usage performance expected' },
  label: { fr: 'Indicateur', en: 'Indicator' },
  schema: () => z.array(IndicatorSchema).min(1),
  items: (v, { lang }) => (Array.isArray(v) ? (v as Indicator[]).map((i) => indicatorLine(i, lang)) : []),
  editItem: (ctx, v, i) => editIndicator(ctx, v as Indicator[], i),
  ask: async (ctx) => {
    const { asker, lang, catalog, answers } = ctx;
    const hasPrevious = Array.isArray(ctx.previous);
    const previous = hasPrevious ? (ctx.previous as Indicator[]) : [];
    const proposals = proposalsFor(answers['life_function']);
    asker.say(tr(MEANS_VS_EFFECTS, lang) + (proposals ? '\n' + proposals.meansExample[lang] : ''));
    const typical = catalog.functions.get(answers['life_function'] as string)?.indicators ?? [];
    const offered = [...typical.map((t) => fromTypical(t, ctx)), ...previous.filter((p) => !typical.some((t) => t.id === p.id))];
    let ids: string[] = [];
    if (offered.length) {
      ids = await asker.checkbox({
        key: 'usage_performance.pick',
        message: tr(M.pick, lang),
        choices: offered.map((o) => ({
          value: o.id,
          name: `${o.label} (${o.unit})`,
          description: `${tr(FIELDS[o.field], lang)} · ${o.measurement ?? ''}`,
          checked: hasPrevious ? previous.some((p) => p.id === o.id) : (proposals?.indicators.includes(o.id) ?? false),
        })),
      });
    }
    const result: Indicator[] = [];
    for (const id of ids) {
      const i = result.length;
      const base = previous.find((p) => p.id === id) ?? offered.find((o) => o.id === id)!;
      const t = typical.find((x) => x.id === id);
      asker.say(`— ${base.label} (${base.unit})`);
      if (t?.source) asker.say(`  ${tr(M.reference, lang)} ${t.source[lang]}`);
      const suggestion = proposals?.targets[id];
      if (suggestion && base.target === suggestion.value) asker.say('  ' + fill(M.suggested[lang], { value: `${formatNumber(suggestion.value, lang)} ${base.unit}`, why: suggestion.why[lang] }));
      const target = await askTarget(ctx, `usage_performance[${i}].target`, base);
      result.push(await askBaseline(ctx, `usage_performance[${i}].baseline`, base, target));
      ctx.progress([...result]);
    }
    for (;;) {
      const i = result.length;
      const label = await askText(ctx, { key: `usage_performance[${i}].new`, message: i ? M.newLabel : M.firstLabel, required: i === 0, suffix: END_OF_LIST, schema: f('label'), check: 'usage_performance.label' });
      if (!label) break;
      const field = await asker.select<Indicator['field']>({ key: `usage_performance[${i}].field`, message: tr(M.field, lang), choices: (Object.keys(FIELDS) as Indicator['field'][]).map((v) => ({ value: v, name: FIELDS[v][lang] })) });
      const direction = await asker.select<Indicator['direction']>({
        key: `usage_performance[${i}].direction`,
        message: tr(M.direction, lang),
        choices: [
          { value: 'decrease', name: tr(M.decrease, lang) },
          { value: 'increase', name: tr(M.increase, lang) },
        ],
      });
      const unit = (await askText(ctx, { key: `usage_performance[${i}].unit`, message: M.unit, required: true, schema: f('unit') }))!;
      const measurement = (await askText(ctx, { key: `usage_performance[${i}].measurement`, message: M.measurement, required: true, schema: f('measurement') }))!;
      let id = kebab(label);
      for (let n = 2; result.some((r) => r.id === id); n++) id = `${kebab(label)}-${n}`;
      const base: Indicator = { id, label, unit, field, direction, measurement, horizon: defaultHorizon(answers) };
      const target = await askTarget(ctx, `usage_performance[${i}].target`, clean(base));
      result.push(await askBaseline(ctx, `usage_performance[${i}].baseline`, clean(base), target));
      ctx.progress([...result]);
    }
    const more = await asker.confirm({ key: 'usage_performance.more', message: tr(M.more, lang), default: false });
    if (!more) return result;
    const detailed: Indicator[] = [];
    for (const [i, ind] of result.entries()) detailed.push(await askMore(ctx, i, ind));
    return detailed;
  },
};
