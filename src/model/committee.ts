import type { MarkSource } from './marks.js';

/**
 * The committee's own acts, read from files beside the marks: the regularity of each offer (examined before any
 * scoring, CCP L2152-1 to L2152-4, R2152-1 and R2152-2) and the consensus reached on each mark. `score` turns them
 * into the final report; without them the report stays provisional.
 */

/** CCP L2152-2 to L2152-4: an offer that is not regular is set aside before scoring. */
export const REGULARITY_STATUSES = ['regular', 'irregular', 'unacceptable', 'inappropriate'] as const;
export type RegularityStatus = (typeof REGULARITY_STATUSES)[number];

/** What became of the justification asked of an abnormally low offer (L2152-5, L2152-6, R2152-3). */
export const PRICE_JUSTIFICATIONS = ['accepted', 'rejected', 'pending'] as const;
export type PriceJustification = (typeof PRICE_JUSTIFICATIONS)[number];

export interface RegularityEntry {
  readonly bidder: string;
  readonly status: RegularityStatus;
  /** Why (required unless the offer is regular and was not regularised). */
  readonly reason: string;
  /** The offer was irregular, the buyer asked for its regularisation (R2152-2) and it is now regular. */
  readonly regularised: boolean;
  readonly priceJustification?: PriceJustification;
  readonly source: MarkSource;
}

/** The committee's consensus on one mark: a whole mark of the scale, who agreed, and the collegial assessment. */
export interface ConsensusEntry {
  readonly bidder: string;
  /** Sub-criterion id. */
  readonly criterion: string;
  readonly mark: number;
  readonly agreedBy: readonly string[];
  /** Strengths and weaknesses, tied to the level descriptors. */
  readonly assessment: string;
  readonly source: MarkSource;
}
