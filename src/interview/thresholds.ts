/**
 * The EU thresholds in force for 2026–2027 (supplies and services, € HT, over the whole duration of the contract,
 * options included: CCP R2121-1), as the ministry's avis publishes them from the European Commission's delegated
 * regulations revising the thresholds of directives 2014/24/EU and 2014/25/EU every two years (figures as gathered
 * in the project's domain notes, source code-commande-publique.com, « seuils 2026-2027 »). Recheck every two years.
 * The interview tells the buyer where the amount stands and proposes a procedure; it never imposes one.
 */
export const EU_THRESHOLDS = {
  period: '2026–2027',
  /** State and its public bodies (pouvoirs adjudicateurs centraux). */
  state: 140_000,
  /** Local authorities and the other contracting authorities. */
  local: 216_000,
  /** Entités adjudicatrices (network operators). */
  networks: 432_000,
} as const;

/** Below this, a contract may be awarded without publicity or competition (décret 2025-1386, from 1 April 2026). */
export const NO_PROCEDURE_THRESHOLD = 60_000;

/** Value of the contract over its whole duration, from an amount given per year or in total. */
export function totalValue(amount: number, period: 'annual' | 'total', months: number): number {
  return period === 'annual' ? Math.round((amount * months) / 12) : amount;
}
