import { z } from 'zod';
import type { Catalog } from '../../load/catalog.js';
import type { Criterion } from '../../model/criterion.js';
import { PRICE_FORMULAS, type PriceFormula } from '../../model/spec.js';
import { PRICE_FORMULA_INFO } from '../../score/price-formulas.js';
import { detailsQ, selectQ } from '../defs.js';
import { askNumber } from '../prompts.js';
import type { AskContext } from '../types.js';
import { specField } from '../validate.js';
import { explainPriceFormulas, explainProfiles, priceWeight, profileSummary } from '../explain.js';
import { tr } from '../prompts.js';
import type { Answers, QuestionDef } from '../types.js';

/** The award criteria: weighting profile, libraries, criteria retained, price formula and marking scale. */

const applies = (c: Criterion, fn: unknown): boolean => c.functions.includes('*') || c.functions.includes(String(fn));

/** Libraries that have something for the life function; pre-ticked when one of their default criteria applies. */
export function librariesFor(catalog: Catalog, fn: unknown) {
  return [...catalog.libraries.values()]
    .filter((l) => l.criteria.some((lc) => applies(lc.criterion, fn)))
    .map((l) => ({ id: l.id, title: l.title, byDefault: l.criteria.some((lc) => lc.criterion.default && applies(lc.criterion, fn)) }));
}

/** Criteria of the chosen libraries that apply to the life function, in library order. */
export function candidateCriteria(catalog: Catalog, answers: Readonly<Answers>): Criterion[] {
  const libs = Array.isArray(answers['criteria.libraries']) ? (answers['criteria.libraries'] as string[]) : [];
  return libs.flatMap((id) => catalog.libraries.get(id)?.criteria.map((lc) => lc.criterion) ?? []).filter((c) => applies(c, answers['life_function']));
}

const librariesQuestion: QuestionDef = {
  id: 'criteria.libraries',
  stage: 4,
  detail: 'details.criteria',
  label: { fr: 'Bibliothèques de critères', en: 'Criteria libraries' },
  schema: ({ catalog }) => z.array(z.string().refine((id) => catalog.libraries.has(id), 'unknown criteria library')).min(1),
  ask: async ({ asker, lang, catalog, answers, previous }) => {
    const libs = librariesFor(catalog, answers['life_function']);
    const prev = Array.isArray(previous) ? (previous as string[]) : undefined;
    for (;;) {
      const picked = await asker.checkbox({
        key: 'criteria.libraries',
        message: lang === 'fr' ? 'Bibliothèques de critères à utiliser (espace pour cocher)' : 'Criteria libraries to use (space to tick)',
        choices: libs.map((l) => ({ value: l.id, name: l.title[lang], checked: prev ? prev.includes(l.id) : l.byDefault })),
      });
      if (picked.length || libs.length === 0) return picked;
      asker.say(lang === 'fr' ? 'Choisissez au moins une bibliothèque.' : 'Choose at least one library.');
    }
  },
};

const retainedQuestion: QuestionDef = {
  id: 'criteria.retained',
  stage: 4,
  label: { fr: 'Sous-critères retenus', en: 'Sub-criteria retained' },
  schema: ({ catalog }) => z.array(z.string().refine((id) => catalog.criteria.has(id), 'unknown criterion')),
  ask: async ({ asker, lang, catalog, answers, previous }) => {
    const prev = Array.isArray(previous) ? (previous as string[]) : undefined;
    const fr = lang === 'fr';
    asker.say(
      fr
        ? 'Les sous-critères proposés pour cette fonction. Ceux qui jugent des moyens (⚠) plutôt que des effets affaiblissent un marché EFC : retenez-les seulement si vous savez pourquoi.'
        : 'The sub-criteria offered for this function. Those judging means (⚠) rather than effects weaken an EFC tender: keep them only if you know why.',
    );
    return asker.checkbox({
      key: 'criteria.retained',
      message: fr ? 'Sous-critères retenus (espace pour cocher ou décocher)' : 'Sub-criteria retained (space to tick or untick)',
      choices: candidateCriteria(catalog, answers).map((c) => ({
        value: c.id,
        name: `${c.judges === 'means' ? '⚠ ' : ''}${c.label[lang]}`,
        description: `${c.family}${c.environmental ? (fr ? ' · environnemental' : ' · environmental') : ''} — ${c.question[lang]}`,
        checked: prev ? prev.includes(c.id) : c.default,
      })),
    });
  },
};

type Weights = Record<string, number>;

/** The retained sub-criteria, by label: those whose points the buyer may set (the rest of each group is split in proportion). */
function weighable(catalog: Catalog, answers: Readonly<Answers>): Criterion[] {
  const ids = Array.isArray(answers['criteria.retained']) ? (answers['criteria.retained'] as string[]) : [];
  return ids.map((id) => catalog.criteria.get(id)?.criterion).filter((c): c is Criterion => c !== undefined);
}

async function askWeight(ctx: AskContext, weights: Weights, id: string, label: string): Promise<Weights> {
  const points = await askNumber(ctx, {
    key: `criteria.weights.${id}`,
    message: { fr: `Points de « ${label} » sur 100 (Entrée vide : répartition automatique)`, en: `Points of “${label}” out of 100 (empty: automatic split)` },
    required: false,
    schema: (specField('criteria.weights') as unknown as { def: { valueType: z.ZodType } }).def.valueType,
    default: weights[id],
  });
  const out = { ...weights };
  if (points === undefined) delete out[id];
  else out[id] = points;
  return out;
}

const weightsQuestion: QuestionDef = {
  id: 'criteria.weights',
  stage: 4,
  detail: 'details.criteria',
  label: { fr: 'Points d’un sous-critère', en: 'Points of a sub-criterion' },
  schema: () => z.record(z.string(), z.number().min(0).max(100)),
  items: (v, { catalog, answers, lang }) => {
    const w = (v ?? {}) as Weights;
    return weighable(catalog, answers).map((c) => `${c.label[lang]} : ${w[c.id] !== undefined ? `${w[c.id]} pts` : lang === 'fr' ? 'réparti automatiquement' : 'automatic split'}`);
  },
  editItem: async (ctx, v, i) => {
    const c = weighable(ctx.catalog, ctx.answers)[i]!;
    return askWeight(ctx, (v ?? {}) as Weights, c.id, c.label[ctx.lang]);
  },
  ask: async (ctx) => {
    let weights = (ctx.previous && typeof ctx.previous === 'object' ? ctx.previous : {}) as Weights;
    const fr = ctx.lang === 'fr';
    for (;;) {
      const list = weighable(ctx.catalog, ctx.answers);
      const id = await ctx.asker.select<string>({
        key: 'criteria.weights.pick',
        message: fr ? 'Ajuster les points d’un sous-critère ?' : 'Adjust the points of a sub-criterion?',
        choices: [{ value: '', name: fr ? 'Non, garder la répartition proposée' : 'No, keep the proposed split' }, ...list.map((c) => ({ value: c.id, name: `${c.label[ctx.lang]}${weights[c.id] !== undefined ? ` (${weights[c.id]} pts)` : ''}` }))],
        default: '',
      });
      if (!id) return weights;
      weights = await askWeight(ctx, weights, id, ctx.catalog.criteria.get(id)!.criterion.label[ctx.lang]);
    }
  },
};

export const CRITERIA_QUESTIONS: readonly QuestionDef[] = [
  selectQ<string>('criteria.profile', {
    stage: 4,
    section: { fr: 'Critères d’attribution et pondération', en: 'Award criteria and weighting' },
    message: { fr: 'Profil de pondération', en: 'Weighting profile' },
    explain: ({ catalog, lang }) => explainProfiles(catalog, lang),
    default: () => 'efc-50',
    choices: ({ catalog, lang }) => [...catalog.profiles.values()].map((p) => ({ value: p.id, name: p.label[lang], description: profileSummary(p, lang) })),
  }),
  detailsQ('details.criteria', 4, { fr: 'Ajuster les bibliothèques, l’échelle de notation ou les points des sous-critères ?', en: 'Adjust the libraries, the marking scale or the points of the sub-criteria?' }),
  librariesQuestion,
  retainedQuestion,
  weightsQuestion,
  selectQ<PriceFormula>('price.formula', {
    stage: 4,
    message: { fr: 'Formule de notation du prix', en: 'Price scoring formula' },
    explain: ({ catalog, answers, lang }) => explainPriceFormulas(priceWeight(catalog, answers['criteria.profile']), lang),
    choices: ({ lang }) => PRICE_FORMULAS.map((f) => ({ value: f, name: PRICE_FORMULA_INFO[f].label[lang], description: PRICE_FORMULA_INFO[f].expression[lang] })),
    default: () => 'proportional',
  }),
  selectQ<'TTC' | 'HT'>('price.basis', {
    stage: 4,
    message: { fr: 'Les prix des offres sont comparés…', en: 'Offer prices are compared…' },
    help: {
      fr: 'Toutes taxes comprises (TTC), c’est ce que vous paierez réellement : c’est plus juste quand des candidats (associations, structures de l’ESS) ne facturent pas la TVA. Hors taxes (HT) si tous les candidats y sont soumis au même taux.',
      en: 'All taxes included (TTC) is what you will actually pay: fairer when some bidders (associations, social economy) do not charge VAT. Excluding VAT (HT) when all bidders charge the same rate.',
    },
    choices: ({ lang }) => [
      { value: 'TTC', name: lang === 'fr' ? 'TTC, toutes taxes comprises' : 'TTC, all taxes included' },
      { value: 'HT', name: lang === 'fr' ? 'HT, hors taxes' : 'HT, excluding VAT' },
    ],
    default: () => 'TTC',
  }),
  selectQ<number>('scoring.scale', {
    stage: 4,
    detail: 'details.criteria',
    message: { fr: 'Échelle de notation des sous-critères', en: 'Marking scale of the sub-criteria' },
    help: { fr: 'Six niveaux ancrés dans tous les cas ; seule la note maximale change.', en: 'Six anchored levels in every case; only the top mark changes.' },
    choices: ({ lang }) => [5, 10, 20].map((n) => ({ value: n, name: tr({ fr: `de 0 à ${n}`, en: `0 to ${n}` }, lang) })),
    default: () => 5,
  }),
];
