import type { LText } from '../../model/common.js';
import { detailsQ, listQ, numberQ, selectQ, textQ } from '../defs.js';
import { proposalsFor } from './proposals.js';
import { contractValue } from './territory.js';
import { grouped } from '../format.js';
import type { Lang } from '../../model/common.js';
import type { Answers, QuestionDef } from '../types.js';
import { t } from '../../wording/catalog.js';

/** Every indicator's baseline left for year 1: no gap can be measured in year 1, so pay cannot start before year 2. */
const allBaselinesInYear1 = (a: Readonly<Answers>): boolean =>
  Array.isArray(a['usage_performance']) && a['usage_performance'].length > 0 && (a['usage_performance'] as { baseline?: number }[]).every((i) => i.baseline === undefined);

/**
 * Stage 3 of the territorial approach: the cooperation that will carry the solution (expectations, governance,
 * reflexive review, data sharing) and the remuneration model that ties part of the price to performance.
 */

type Mechanism = 'none' | 'bonus-malus' | 'gain-sharing' | 'bonus-malus-and-gain-sharing';
export const MECHANISMS: Record<Mechanism, LText & { hint: LText }> = {
  'bonus-malus': {
    fr: 'Bonus / malus',
    en: 'Bonus / malus',
    hint: { fr: 'la part variable monte ou baisse selon l’atteinte des cibles, dans un plafond', en: 'the variable share rises or falls with the targets met, within a cap' },
  },
  'gain-sharing': {
    fr: 'Partage des gains',
    en: 'Gain sharing',
    hint: { fr: 'les économies obtenues (moins de tonnes traitées, moins de kilomètres) sont partagées', en: 'savings obtained (fewer tonnes treated, fewer kilometres) are shared' },
  },
  'bonus-malus-and-gain-sharing': { fr: 'Bonus / malus et partage des gains', en: 'Bonus / malus and gain sharing', hint: { fr: 'les deux mécanismes combinés', en: 'both combined' } },
  none: { fr: 'Aucun mécanisme', en: 'No mechanism', hint: { fr: 'prix entièrement fixe : déconseillé pour un marché de performance', en: 'fully fixed price: not advised for a performance contract' } },
};

const hasBonus = (a: Readonly<Answers>): boolean => String(a['remuneration.mechanism']).includes('bonus-malus');
const hasGains = (a: Readonly<Answers>): boolean => String(a['remuneration.mechanism']).includes('gain-sharing');

const COOPERATION_SUGGESTIONS: LText[] = [
  { fr: 'Coopération transverse entre les services de l’acheteur concernés par la fonction.', en: 'Transverse cooperation between the buyer’s departments concerned by the function.' },
  { fr: 'Coopération horizontale entre le titulaire et les autres acteurs qui contribuent à la solution.', en: 'Horizontal cooperation between the contractor and the other actors contributing to the solution.' },
  { fr: 'Coopération verticale avec les usagers, associés à la conception et à l’évaluation des solutions.', en: 'Vertical cooperation with users, involved in designing and evaluating the solutions.' },
  { fr: 'Partage régulier des données de performance, en format ouvert, avec l’acheteur.', en: 'Regular sharing of performance data, in an open format, with the buyer.' },
];

const REFLEXIVE: LText = {
  fr: 'Une revue annuelle du travail réel des équipes et des retours des usagers, qui ajuste l’organisation.',
  en: 'A yearly review of the teams’ real work and users’ feedback, which adjusts the organisation.',
};
const DATA_SHARING: LText = {
  fr: 'Les données de performance sont partagées chaque trimestre avec l’acheteur, en format ouvert.',
  en: 'Performance data are shared with the buyer every quarter, in an open format.',
};

/** Who sits on the steering committee, by default: the buyer, the contractor and the engaged actors. */
function steering(a: Readonly<Answers>, lang: Lang): string {
  const engaged = Array.isArray(a['actors']) ? (a['actors'] as { name: string; status: string }[]).filter((x) => x.status === 'engaged').map((x) => x.name) : [];
  const head = lang === 'fr' ? 'L’acheteur, le titulaire' : 'The buyer, the contractor';
  return [head, ...engaged].join(', ') + '.';
}

/**
 * The link between the performance share and the bonus/malus cap, with the buyer's own figures when an amount was
 * given (else 100 000 € a year): the share is the part of the price at stake, the cap what can move in one year.
 */
export function explainShareAndCap(a: Readonly<Answers>, lang: Lang): string {
  const months = typeof a['tender.duration_months'] === 'number' ? (a['tender.duration_months'] as number) : 48;
  const total = contractValue(a);
  const annual = total !== undefined ? Math.round((total * 12) / months) : 100_000;
  const share = Number(a['remuneration.performance_share'] ?? 20);
  const atStake = Math.round((annual * share) / 100);
  const half = Math.round(share / 2);
  const n = (x: number): string => grouped(x, lang);
  return lang === 'fr'
    ? `Exemple avec ${n(annual)} € HT par an : ${share} % liés à la performance, c’est ${n(atStake)} € qui dépendent des résultats.
Un plafond de ${share} % du prix annuel laisse le malus retenir toute cette part (${n(atStake)} €) ; un plafond de ${half} % la limite à ${n(Math.round((annual * half) / 100))} €, le reste étant toujours versé.`
    : `Example with €${n(annual)} excl. VAT a year: ${share}% tied to performance means €${n(atStake)} depends on results.
A cap of ${share}% of the annual price lets the malus withhold all of it (€${n(atStake)}); a cap of ${half}% limits it to €${n(Math.round((annual * half) / 100))}, the rest always being paid.`;
}

export const COOPERATION_QUESTIONS: readonly QuestionDef[] = [
  listQ('cooperation.expectations', {
    stage: 3,
    section: { fr: 'La coopération et la gouvernance', en: 'Cooperation and governance' },
    message: { fr: 'Vos attentes de coopération', en: 'Your cooperation expectations' },
    pickMessage: { fr: 'Attentes de coopération fréquentes : cochez celles que vous retenez (espace pour cocher)', en: 'Common cooperation expectations: tick those you keep (space to tick)' },
    itemMessage: { fr: 'Autre attente de coopération', en: 'Another cooperation expectation' },
    help: {
      fr: 'La coopération est un levier de performance, pas un vœu pieux : elle demande du temps, un langage commun et des engagements réciproques.',
      en: 'Cooperation is a lever of performance, not a pious wish: it takes time, a shared language and reciprocal commitments.',
    },
    suggestions: ({ lang }) => COOPERATION_SUGGESTIONS.map((s) => s[lang]),
    preselect: true,
  }),
  detailsQ('details.cooperation', 3, { fr: 'Préciser la gouvernance (comité de pilotage, réunions, revue réflexive, données) ? Sinon, des valeurs usuelles sont retenues.', en: 'Detail the governance (steering committee, meetings, reflexive review, data)? Otherwise usual values are kept.' }),
  textQ('cooperation.governance.steering_committee', {
    stage: 3,
    detail: 'details.cooperation',
    default: (a, lang) => steering(a, lang),
    message: { fr: 'Comité de pilotage : qui y siège ?', en: 'Steering committee: who sits on it?' },
    help: { fr: 'Exemple : « l’acheteur, le titulaire, deux communes, une association d’usagers et un employeur partenaire ».', en: 'Example: "the buyer, the contractor, two communes, a users’ association and a partner employer".' },
  }),
  numberQ('cooperation.governance.meetings_per_year', { stage: 3, detail: 'details.cooperation', default: () => 4, message: { fr: 'Réunions du comité par an', en: 'Committee meetings per year' } }),
  textQ('cooperation.governance.reflexive_review', {
    stage: 3,
    detail: 'details.cooperation',
    default: (_a, lang) => REFLEXIVE[lang],
    message: { fr: 'Temps de retour sur l’expérience (revue réflexive)', en: 'Time to learn from experience (reflexive review)' },
    help: {
      fr: 'Un moment régulier où les acteurs regardent le travail réel et ajustent l’organisation. Exemple : « une revue annuelle du travail des équipes et des retours des usagers ».',
      en: 'A regular time when the actors look at the real work and adjust the organisation. Example: "a yearly review of the teams’ work and users’ feedback".',
    },
  }),
  textQ('cooperation.governance.data_sharing', { stage: 3, detail: 'details.cooperation', default: (_a, lang) => DATA_SHARING[lang], message: { fr: 'Partage des données de performance', en: 'Sharing of performance data' } }),

  selectQ<Mechanism>('remuneration.mechanism', {
    stage: 3,
    section: { fr: 'La rémunération', en: 'Remuneration' },
    message: { fr: 'Comment lier la rémunération à la performance ?', en: 'How is pay tied to performance?' },
    help: {
      fr: 'En EFC, le titulaire est payé en partie sur les effets obtenus, jamais sur les volumes (tonnes, kilomètres, repas).',
      en: 'In EFC the contractor is paid partly on the effects obtained, never on volumes (tonnes, kilometres, meals).',
    },
    choices: ({ lang }) => (Object.keys(MECHANISMS) as Mechanism[]).map((m) => ({ value: m, name: MECHANISMS[m][lang], description: MECHANISMS[m].hint[lang] })),
    // Bonus/malus alone for a first tender: gain sharing needs a reference value and a unit value to be written.
    default: () => 'bonus-malus',
    explain: ({ answers, lang }) => (allBaselinesInYear1(answers) ? `⚠ ${t(lang, 'interview.year1.allBaselines')}` : undefined),
  }),
  numberQ('remuneration.performance_share', {
    stage: 3,
    required: true,
    default: (a) => (a['remuneration.mechanism'] === 'none' ? 0 : 20),
    message: { fr: 'Part du prix liée à la performance, en % (le reste est fixe)', en: 'Share of the price tied to performance, in % (the rest is fixed)' },
  }),
  numberQ('remuneration.cap_percent', {
    stage: 3,
    when: hasBonus,
    explain: (a, lang) => explainShareAndCap(a, lang),
    // As high as the performance share, so that the malus can withhold all of it (legal/pay-consistency).
    default: (a) => Number(a['remuneration.performance_share'] ?? 20),
    message: { fr: 'Plafond du bonus ou du malus, en % du prix annuel', en: 'Cap of the bonus or malus, in % of the annual price' },
  }),
  numberQ('remuneration.buyer_gain_share', {
    stage: 3,
    when: hasGains,
    default: () => 50,
    message: { fr: 'Part des économies qui revient à l’acheteur, en %', en: 'Share of the savings that goes to the buyer, in %' },
  }),
  textQ('remuneration.description', { stage: 3, detail: 'details.cooperation', message: { fr: 'Précisions sur la rémunération', en: 'Details on the remuneration' } }),
  listQ('contract.environmental_conditions', {
    stage: 3,
    pickMessage: { fr: 'Conditions proposées pour cette fonction : décochez celles qui ne conviennent pas', en: 'Conditions proposed for this function: untick those that do not fit' },
    suggestions: ({ answers, lang }) => proposalsFor(answers['life_function'])?.conditions.map((c) => c[lang]) ?? [],
    preselect: true,
    message: { fr: 'Conditions d’exécution environnementales', en: 'Environmental execution conditions' },
    itemMessage: { fr: 'Condition d’exécution environnementale', en: 'Environmental execution condition' },
    help: {
      fr: 'Obligatoires pour les consultations lancées à compter du 21 août 2026 (code de la commande publique, L2112-2). Exemple : « les véhicules mis en service pendant le marché sont électriques ou au bioGNV ».',
      en: 'Mandatory for consultations launched from 21 August 2026 (public procurement code, L2112-2). Example: "vehicles put into service during the contract are electric or run on bioCNG".',
    },
  }),
];
