import type { Lang } from '../model/common.js';
import { formatMoney } from '../wording/format.js';

/**
 * The documents' formatting is src/wording/format.ts (one formatter for every output); these names stay so the
 * composers import them unchanged. A specification's amounts are whole euros.
 */
export { formatDate, formatNumber, formatPoints } from '../wording/format.js';
export const formatEuros = (x: number, lang: Lang): string => formatMoney(x, lang, 0);
