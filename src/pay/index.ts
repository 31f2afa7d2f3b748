/**
 * Performance-linked pay, pure core: the model in force (explicit or derived from the summary fields), its
 * consistency check, and the settlement of a contract year to the cent with every step recorded as data.
 */
export { resolvePay, payFields } from './resolve.js';
export { deriveDefaultPay } from './derive.js';
export { checkPay, reword, annualPriceCents, maxYearlyMalusCents } from './check.js';
export { settleYear, measurementIssues, PayInputError, type Commitments, type SettleInput, type YearSettlement, type IndicatorSettlement, type GainSettlement, type MeasurementIssue } from './settle.js';
export { applyGlobalCaps, clamp, splitExact } from './caps.js';
export { periodKey, parsePeriodKey, periodsOfYear, type PeriodRef } from './periods.js';
export { eurosText, percentRatio } from './decimal.js';
export { payKey, payMessage, type PayCode, type PayDiagnostic } from './messages.js';
export type { PayContext, PayStep, ResolvedPay, ResolvedIndicator, ResolvedGainSharing } from './types.js';
