import type { Lang, LText } from '../model/common.js';
import type { Diagnostic, Severity } from '../model/diagnostic.js';
import { fill } from '../lint/messages.js';

/** Wording of the pay diagnostics, French first. Tests assert codes; the lint rules will print these. */
export const PAY_MESSAGES = {
  'pay/indicator-unknown': {
    fr: 'l’indicateur « {{id}} » n’existe pas dans usage_performance{{suggestion}}',
    en: 'indicator "{{id}}" is not in usage_performance{{suggestion}}',
  },
  'pay/indicator-duplicate': {
    fr: 'l’indicateur « {{id}} » a deux règles de rémunération : une seule par indicateur',
    en: 'indicator "{{id}}" has two pay rules: one per indicator',
  },
  'pay/no-target': {
    fr: 'l’indicateur « {{id}} » n’a pas de cible : donner target, targets_by_year ou une trajectoire (valeur de référence, année de référence, cible et échéance)',
    en: 'indicator "{{id}}" has no target: give target, targets_by_year or a trajectory (baseline, baseline year, target and horizon)',
  },
  'pay/trajectory-incomplete': {
    fr: 'la trajectoire de « {{id}} » est incomplète : il manque {{missing}}',
    en: 'the trajectory of "{{id}}" is incomplete: {{missing}} missing',
  },
  'pay/trajectory-years': {
    fr: 'la trajectoire de « {{id}} » doit finir après son année de départ ({{from}} → {{to}})',
    en: 'the trajectory of "{{id}}" must end after its starting year ({{from}} → {{to}})',
  },
  'pay/no-first-year': {
    fr: 'une trajectoire en années civiles demande l’année civile de la première année du marché (first_year ou consultation_start)',
    en: 'a trajectory in calendar years needs the calendar year of contract year 1 (first_year or consultation_start)',
  },
  'pay/targets-too-many': {
    fr: '« {{id}} » a {{count}} cibles annuelles pour un marché de {{years}} an(s)',
    en: '"{{id}}" has {{count}} yearly targets for a {{years}}-year contract',
  },
  'pay/no-fixed-amount': {
    fr: 'un plafond est exprimé en % de la part fixe annuelle, mais celle-ci est inconnue : donner fixed_annual_eur ou tender.estimated_value_eur',
    en: 'a cap is a % of the annual fixed part, which is unknown: give fixed_annual_eur or tender.estimated_value_eur',
  },
  'pay/not-derived': {
    fr: 'les règles par indicateur ne peuvent pas être déduites des parts de rémunération sans montant estimé (tender.estimated_value_eur) : les écrire dans remuneration.indicators',
    en: 'per-indicator rules cannot be derived from the pay shares without an estimated value (tender.estimated_value_eur): write them in remuneration.indicators',
  },
  'pay/gain-sharing-not-derived': {
    fr: 'le partage des gains est annoncé, mais sa valeur de référence et sa valeur unitaire (€ par unité) ne se déduisent pas : les écrire dans remuneration.gain_sharing',
    en: 'gain sharing is announced, but its baseline and unit value (€ per unit) cannot be derived: write them in remuneration.gain_sharing',
  },
  'pay/gain-sharing-no-baseline': {
    fr: 'le partage des gains sur « {{id}} » n’a pas de valeur de référence (baseline)',
    en: 'gain sharing on "{{id}}" has no baseline',
  },
  'pay/cap-below-share': {
    fr: 'la part liée à la performance ({{share}} % du prix annuel, soit {{share_eur}} €) dépasse ce que le malus peut retenir ({{cap_eur}} €) : une partie de la « part variable » est en fait fixe ; l’expliquer (cap_rationale) ou relever les plafonds',
    en: 'the performance share ({{share}} % of the annual price, {{share_eur}} €) exceeds what the malus can withhold ({{cap_eur}} €): part of the "variable" share is in fact fixed; explain it (cap_rationale) or raise the caps',
  },
  'pay/no-measurable-commitment': {
    fr: 'un marché global de performance doit lier la rémunération de l’exploitation ou de la maintenance à l’atteinte d’engagements de performance mesurables (CCP L2171-3, R2171-2) : aucune règle de rémunération ne s’attache à un indicateur',
    en: 'a marché global de performance must tie the pay for operation or maintenance to measurable performance commitments (CCP L2171-3, R2171-2): no pay rule is attached to an indicator',
  },
  'pay/missing-rule-unbounded': {
    fr: 'une mesure manquante de « {{id}} » compte comme non atteinte, mais le malus de cet indicateur n’a pas de plafond (malus_cap) : son montant ne peut pas être fixé',
    en: 'a missing measurement of "{{id}}" counts as not achieved, but this indicator’s malus has no cap (malus_cap): its amount cannot be set',
  },
  'pay/estimate-missing': {
    fr: 'une mesure manquante prend l’estimation contractuelle, mais « {{id}} » n’en a pas (estimate)',
    en: 'a missing measurement takes the contractual estimate, but "{{id}}" has none (estimate)',
  },
  'pay/no-global-cap': {
    fr: 'le bonus-malus n’a pas de plafond global (caps.bonus, caps.malus) : le risque financier de chaque partie n’est pas borné',
    en: 'the bonus-malus has no global cap (caps.bonus, caps.malus): neither party’s financial risk is bounded',
  },
  'pay/shortfall-below-cee': {
    fr: 'le titulaire ne supporte que {{share}} % du manque à gagner sur « {{id}} » : un contrat de performance énergétique en demande au moins 66 % pour la bonification CEE (arrêté du 14 mai 2020)',
    en: 'the provider bears only {{share}} % of the shortfall on "{{id}}": an energy performance contract needs at least 66 % for the CEE bonus (order of 14 May 2020)',
  },
} as const satisfies Record<string, LText>;

export type PayCode = keyof typeof PAY_MESSAGES;

/** A pay diagnostic keeps its arguments so a lint rule can word it again in the other language. */
export interface PayDiagnostic extends Diagnostic {
  readonly code: PayCode;
  readonly args: Readonly<Record<string, string | number>>;
}

export function payDiagnostic(
  code: PayCode,
  severity: Severity,
  path: readonly (string | number)[],
  args: Readonly<Record<string, string | number>> = {},
  lang: Lang = 'fr',
): PayDiagnostic {
  return { code, severity, path, args, message: fill(PAY_MESSAGES[code][lang], args) };
}
