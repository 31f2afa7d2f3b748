import { z } from 'zod';
import type { Catalog } from '../../load/catalog.js';
import type { Criterion } from '../../model/criterion.js';
import { PRICE_FORMULAS, type PriceFormula } from '../../model/spec.js';
import { PRICE_FORMULA_INFO } from '../../score/price-formulas.js';
import { selectQ } from '../defs.js';
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
  schema: ({ catalog }) => z.array(z.string().refine((id) => catalog.libraries.has(id), 'unknown criteria library')).min(1),
  ask: async ({ asker, lang, catalog, answers, previous }) => {
    const libs = librariesFor(catalog, answers['life_function']);
    const prev = Array.isArray(previous) ? (previous as string[]) : undefined;
    for (;;) {
      const picked = await asker.checkbox({
        key: 'criteria.libraries',
        message: lang === 'fr' ? 'Bibliothèques de critères à utiliser (espace pour cocher)' : 'Criteria libraries to use (space to tick)',
        choices: libs.map((l) => ({ value: l.id, name: `${l.title[lang]} [${l.id}]`, checked: prev ? prev.includes(l.id) : l.byDefault })),
      });
      if (picked.length) return picked;
      asker.say(lang === 'fr' ? 'Choisissez au moins une bibliothèque.' : 'Choose at least one library.');
    }
  },
};

const retainedQuestion: QuestionDef = {
  id: 'criteria.retained',
  stage: 4,
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

export const CRITERIA_QUESTIONS: readonly QuestionDef[] = [
  selectQ<string>('criteria.profile', {
    stage: 4,
    section: { fr: 'Critères d’attribution et pondération', en: 'Award criteria and weighting' },
    message: { fr: 'Profil de pondération', en: 'Weighting profile' },
    explain: ({ catalog, lang }) => explainProfiles(catalog, lang),
    choices: ({ catalog, lang }) => [...catalog.profiles.values()].map((p) => ({ value: p.id, name: p.label[lang], description: profileSummary(p, lang) })),
  }),
  librariesQuestion,
  retainedQuestion,
  selectQ<PriceFormula>('price.formula', {
    stage: 4,
    message: { fr: 'Formule de notation du prix', en: 'Price scoring formula' },
    explain: ({ catalog, answers, lang }) => explainPriceFormulas(priceWeight(catalog, answers['criteria.profile']), lang),
    choices: ({ lang }) => PRICE_FORMULAS.map((f) => ({ value: f, name: PRICE_FORMULA_INFO[f].label[lang], description: PRICE_FORMULA_INFO[f].expression[lang] })),
    default: () => 'proportional',
  }),
  selectQ<number>('scoring.scale', {
    stage: 4,
    message: { fr: 'Échelle de notation des sous-critères', en: 'Marking scale of the sub-criteria' },
    help: { fr: 'Six niveaux ancrés dans tous les cas ; seule la note maximale change.', en: 'Six anchored levels in every case; only the top mark changes.' },
    choices: ({ lang }) => [5, 10, 20].map((n) => ({ value: n, name: tr({ fr: `de 0 à ${n}`, en: `0 to ${n}` }, lang) })),
    default: () => 5,
  }),
];
