import { z } from 'zod';
import type { LText } from '../../model/common.js';
import type { TypicalIndicator } from '../../model/functions.js';
import { IndicatorSchema, type Indicator } from '../../model/spec.js';
import { askNumber, askText, END_OF_LIST, formatNumber, tr } from '../prompts.js';
import type { AskContext, QuestionDef } from '../types.js';
import { fieldOf, kebab } from '../validate.js';

/**
 * Usage performance: the indicators the contract commits to. Proposed from the life function's typical
 * indicators (tick, then edit), or written anew; each gets unit, baseline, target, horizon and measurement.
 */

export const MEANS_VS_EFFECTS: LText = {
  fr: [
    'Un moyen, c’est ce que le titulaire met en œuvre : nombre de camions, fréquence de collecte, kilomètres de bus, heures de personnel.',
    'Un effet, c’est ce qui change pour les habitants et le territoire : kilos d’ordures résiduelles par habitant, part des personnes sans voiture qui rejoignent leur emploi.',
    'Exemple : « collecter les ordures une fois par semaine » est un moyen ; « 140 kg d’ordures résiduelles par habitant en 2032 » est un effet.',
    'Le marché s’engage sur les effets et laisse les moyens à la proposition des candidats.',
  ].join('\n'),
  en: [
    'A means is what the contractor deploys: number of trucks, collection frequency, bus-kilometres, staff hours.',
    'An effect is what changes for people and the territory: kilos of residual waste per inhabitant, share of people without a car who reach their job.',
    'Example: "collect household waste once a week" is a means; "140 kg of residual waste per inhabitant in 2032" is an effect.',
    'The contract commits to effects and leaves the means to the bidders’ proposals.',
  ].join('\n'),
};

const M = {
  pick: { fr: 'Indicateurs d’effet proposés pour cette fonction : cochez ceux à retenir (espace pour cocher)', en: 'Effect indicators proposed for this function: tick those to keep (space to tick)' },
  newLabel: { fr: 'Nouvel indicateur d’effet, son libellé', en: 'New effect indicator, its label' },
  firstLabel: { fr: 'Indicateur d’effet, son libellé', en: 'Effect indicator, its label' },
  label: { fr: 'Libellé', en: 'Label' },
  unit: { fr: 'Unité (ex. kg/hab/an, %)', en: 'Unit (e.g. kg/inh/yr, %)' },
  field: { fr: 'Quel champ d’effets utiles mesure-t-il ?', en: 'Which field of useful effects does it measure?' },
  direction: { fr: 'Dans quel sens doit-il évoluer ?', en: 'Which way should it move?' },
  decrease: { fr: 'À la baisse', en: 'Down' },
  increase: { fr: 'À la hausse', en: 'Up' },
  baseline: { fr: 'Situation de départ (valeur)', en: 'Baseline (value)' },
  baselineHelp: { fr: 'Si elle n’est pas encore mesurée, laissez vide : le marché prévoira de l’établir la première année.', en: 'If not measured yet, leave empty: the contract will have it established in the first year.' },
  baselineYear: { fr: 'Année de la situation de départ', en: 'Year of the baseline' },
  target: { fr: 'Cible à atteindre (valeur)', en: 'Target (value)' },
  horizon: { fr: 'Année à laquelle la cible doit être atteinte', en: 'Year by which the target must be reached' },
  measurement: { fr: 'Méthode de mesure', en: 'Measurement method' },
  source: { fr: 'Source des données', en: 'Data source' },
  below: { fr: 'pour un indicateur à faire baisser, la cible doit être inférieure à la situation de départ', en: 'for an indicator to lower, the target must be below the baseline' },
  above: { fr: 'pour un indicateur à faire monter, la cible doit être supérieure à la situation de départ', en: 'for an indicator to raise, the target must be above the baseline' },
  reference: { fr: 'Repère national :', en: 'National reference:' },
  before: { fr: 'l’échéance ne peut précéder l’année de la situation de départ', en: 'the horizon cannot precede the baseline year' },
} satisfies Record<string, LText>;

const FIELDS: Record<Indicator['field'], LText> = {
  social: { fr: 'Utilité sociale', en: 'Social utility' },
  ecology: { fr: 'Dimension écologique', en: 'Ecological dimension' },
  economy: { fr: 'Développement économique local', en: 'Local economic development' },
};

const f = (k: string) => fieldOf(IndicatorSchema, k);

function fromTypical(t: TypicalIndicator, lang: AskContext['lang']): Indicator {
  return { id: t.id, label: t.label[lang], unit: t.unit, field: t.field, direction: t.direction, measurement: t.measurement[lang] };
}

/** Ask the figures and method of one indicator, starting from `base` (typical or earlier answer). */
async function askDetails(ctx: AskContext, i: number, base: Indicator, askLabel = true, reference?: string): Promise<Indicator> {
  const { asker, lang } = ctx;
  const k = (x: string) => `usage_performance[${i}].${x}`;
  asker.say(`— ${base.label}${base.unit ? ` (${base.unit})` : ''}`);
  // A national reference figure helps set the target; it is not the territory's data source.
  if (reference) asker.say(`  ${tr(M.reference, lang)} ${reference}`);
  const label = askLabel ? (await askText(ctx, { key: k('label'), message: M.label, required: true, schema: f('label'), default: base.label }))! : base.label;
  const unit = (await askText(ctx, { key: k('unit'), message: M.unit, required: true, schema: f('unit'), default: base.unit }))!;
  const baseline = await askNumber(ctx, { key: k('baseline'), message: M.baseline, help: M.baselineHelp, required: false, schema: f('baseline'), default: base.baseline });
  const baseline_year = baseline === undefined ? undefined : await askNumber(ctx, { key: k('baseline_year'), message: M.baselineYear, required: false, schema: f('baseline_year'), default: base.baseline_year });
  const target = await askNumber(ctx, {
    key: k('target'),
    message: { fr: `${M.target.fr} — ${base.direction === 'decrease' ? M.decrease.fr.toLowerCase() : M.increase.fr.toLowerCase()}${baseline === undefined ? '' : `, depuis ${formatNumber(baseline, 'fr')}`}`, en: `${M.target.en} — ${base.direction === 'decrease' ? 'down' : 'up'}${baseline === undefined ? '' : ` from ${baseline}`}` },
    required: true,
    schema: f('target'),
    default: base.target,
    extra: (n) => (baseline === undefined ? true : base.direction === 'decrease' ? (n < baseline ? true : M.below) : n > baseline ? true : M.above),
  });
  const horizon = await askNumber(ctx, {
    key: k('horizon'),
    message: M.horizon,
    required: true,
    schema: f('horizon'),
    default: base.horizon,
    extra: (n) => (baseline_year !== undefined && n < baseline_year ? M.before : true),
  });
  const measurement = await askText(ctx, { key: k('measurement'), message: M.measurement, required: true, schema: f('measurement'), default: base.measurement });
  const data_source = await askText(ctx, { key: k('data_source'), message: M.source, required: false, schema: f('data_source'), default: base.data_source });
  const out: Indicator = { id: base.id, label, unit, field: base.field, direction: base.direction, baseline, baseline_year, target, horizon, measurement, data_source, frequency: base.frequency };
  return Object.fromEntries(Object.entries(out).filter(([, v]) => v !== undefined)) as Indicator;
}

export const indicatorsQuestion: QuestionDef = {
  id: 'usage_performance',
  stage: 2,
  section: { fr: 'La performance d’usage attendue', en: 'The usage performance expected' },
  schema: () => z.array(IndicatorSchema).min(1),
  ask: async (ctx) => {
    const { asker, lang, catalog, answers } = ctx;
    const previous = Array.isArray(ctx.previous) ? (ctx.previous as Indicator[]) : [];
    asker.say(tr(MEANS_VS_EFFECTS, lang));
    const typical = catalog.functions.get(answers['life_function'] as string)?.indicators ?? [];
    const offered = [...typical.map((t) => fromTypical(t, lang)), ...previous.filter((p) => !typical.some((t) => t.id === p.id))];
    let ids: string[] = [];
    if (offered.length) {
      ids = await asker.checkbox({
        key: 'usage_performance.pick',
        message: tr(M.pick, lang),
        choices: offered.map((o) => ({ value: o.id, name: `${o.label} (${o.unit})`, description: `${tr(FIELDS[o.field], lang)} · ${o.measurement ?? ''}`, checked: previous.some((p) => p.id === o.id) })),
      });
    }
    const result: Indicator[] = [];
    for (const id of ids) {
      const reference = typical.find((t) => t.id === id)?.source?.[lang];
      result.push(await askDetails(ctx, result.length, previous.find((p) => p.id === id) ?? offered.find((o) => o.id === id)!, true, reference));
      ctx.progress([...result]);
    }
    for (;;) {
      const i = result.length;
      const label = await askText(ctx, {
        key: `usage_performance[${i}].new`,
        message: i ? M.newLabel : M.firstLabel,
        required: i === 0,
        suffix: END_OF_LIST,
        schema: f('label'),
      });
      if (!label) return result;
      const field = await asker.select<Indicator['field']>({ key: `usage_performance[${i}].field`, message: tr(M.field, lang), choices: (Object.keys(FIELDS) as Indicator['field'][]).map((v) => ({ value: v, name: FIELDS[v][lang] })) });
      const direction = await asker.select<Indicator['direction']>({
        key: `usage_performance[${i}].direction`,
        message: tr(M.direction, lang),
        choices: [
          { value: 'decrease', name: tr(M.decrease, lang) },
          { value: 'increase', name: tr(M.increase, lang) },
        ],
      });
      let id = kebab(label);
      for (let n = 2; result.some((r) => r.id === id); n++) id = `${kebab(label)}-${n}`;
      result.push(await askDetails(ctx, i, { id, label, unit: '', field, direction }, false));
      ctx.progress([...result]);
    }
  },
};
