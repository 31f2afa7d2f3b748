import { z } from 'zod';
import { EffectFieldSchema, IdSchema, LangSchema } from './common.js';
import { CriterionSchema } from './criterion.js';
import { isCalendarDate } from '../util/date.js';
import { PayFieldsSchema } from './pay.js';
import { ConsultationSchema } from './consultation.js';
import { ContractTermsSchema, DEFAULT_CONTRACT_TERMS } from './contract-terms.js';
import { ValueFamiliesSchema } from './value-families.js';
import { PriceScheduleSchema } from './price-schedule.js';
import { PricePartsFields } from './price-parts.js';
import { LotsPolicySchema, lotSchema } from './lots.js';
import { PriceFormulaFields, ScaleSchema, ThresholdsSchema } from './grid-options.js';
import { CriteriaChildrenSchema } from './criteria-tree.js';
import { BaselinePlanFields } from './baseline-plan.js';

const Text = z.string().trim().min(1);
/** ISO date (YYYY-MM-DD). Dates are data, never "today": outputs must be byte-identical across runs. */
const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine(isCalendarDate, 'schema.not-a-date'); // a catalog key: src/load/validate.ts words it

export const PROCEDURES = [
  'appel-offres-ouvert',
  'appel-offres-restreint',
  'dialogue-competitif',
  'procedure-avec-negociation',
  'procedure-adaptee',
  'marche-global-performance',
] as const;
export type Procedure = (typeof PROCEDURES)[number];

export { PRICE_FORMULAS, type PriceFormula, type AnyPriceFormula } from './grid-options.js';

export const SCALES = [5, 10, 20] as const;

export const IndicatorSchema = z
  .object({
    id: IdSchema,
    label: Text,
    unit: Text,
    /** Which field of useful effects the indicator measures. */
    field: EffectFieldSchema,
    direction: z.enum(['decrease', 'increase']),
    baseline: z.number().optional(),
    baseline_year: z.number().int().min(1990).max(2100).optional(),
    ...BaselinePlanFields,
    target: z.number().optional(),
    /** Year by which the target must be reached. */
    horizon: z.number().int().min(2000).max(2100).optional(),
    measurement: Text.optional(),
    data_source: Text.optional(),
    frequency: Text.optional(),
  })
  .strict();
export type Indicator = z.infer<typeof IndicatorSchema>;

export const ActorSchema = z
  .object({
    name: Text,
    kind: z.enum(['entreprise', 'association', 'ess', 'institution', 'collectivite', 'habitants', 'usagers', 'recherche']),
    status: z.enum(['engaged', 'to-associate']),
    role: Text.optional(),
  })
  .strict();
export type Actor = z.infer<typeof ActorSchema>;

export const SpecSchema = z
  .object({
    version: z.literal(1).default(1),
    language: LangSchema.default('fr'),
    buyer: z
      .object({
        name: Text,
        kind: Text.optional(),
        address: Text.optional(),
        contact: Text.optional(),
        signatory: Text.optional(),
      })
      .strict(),
    territory: z
      .object({
        name: Text,
        description: Text,
        population: z.number().int().positive().optional(),
        communes: z.number().int().positive().optional(),
      })
      .strict(),
    tender: z
      .object({
        title: Text,
        reference: Text,
        procedure: z.enum(PROCEDURES),
        duration_months: z.number().int().min(1).max(600),
        estimated_value_eur: z.number().positive().optional(),
        /** Launch date of the consultation: decides which version of the award rules applies (21 Aug 2026). */
        consultation_start: IsoDate,
        /** Date printed on the documents; defaults to consultation_start. Never the clock, for byte-identical output. */
        document_date: IsoDate.optional(),
        object: Text.optional(),
        /** Lots, each sharing what it does not override (src/model/lots.ts, resolved by src/select/lots.ts). */
        lots: z.array(lotSchema(IndicatorSchema)).default([]),
        lots_policy: LotsPolicySchema.optional(),
      })
      .strict(),
    consultation: ConsultationSchema,
    life_function: IdSchema,
    stakes: z.array(Text).default([]),
    usage_performance: z.array(IndicatorSchema).default([]),
    useful_effects: z
      .object({
        social: z.array(Text).default([]),
        ecology: z.array(Text).default([]),
        economy: z.array(Text).default([]),
      })
      .strict()
      .default({ social: [], ecology: [], economy: [] }),
    /** Families of value the territory's actors read the effects by (monitor's committee report); see value-families.ts. */
    value_families: ValueFamiliesSchema,
    externalities: z
      .object({ reduce: z.array(Text).default([]), reveal: z.array(Text).default([]) })
      .strict()
      .default({ reduce: [], reveal: [] }),
    integrated_solution: z
      .object({ summary: Text.optional(), components: z.array(Text).default([]) })
      .strict()
      .default({ components: [] }),
    actors: z.array(ActorSchema).default([]),
    cooperation: z
      .object({
        expectations: z.array(Text).default([]),
        governance: z
          .object({
            steering_committee: Text.optional(),
            meetings_per_year: z.number().int().min(0).max(52).optional(),
            reflexive_review: Text.optional(),
            data_sharing: Text.optional(),
          })
          .strict()
          .default({}),
      })
      .strict()
      .default({ expectations: [], governance: {} }),
    remuneration: z
      .object({
        /** Percentages of the contract price; fixed + performance = 100. */
        fixed_share: z.number().min(0).max(100),
        performance_share: z.number().min(0).max(100),
        mechanism: z.enum(['none', 'bonus-malus', 'gain-sharing', 'bonus-malus-and-gain-sharing']),
        /** Ceiling of bonus or malus, as a percentage of the annual price. */
        cap_percent: z.number().min(0).max(100).optional(),
        /** Buyer's share of the savings when gains are shared (the contractor gets the rest). */
        buyer_gain_share: z.number().min(0).max(100).optional(),
        description: Text.optional(),
        /** Optional per-indicator pay model (src/model/pay.ts); derived from the fields above when absent. */
        ...PayFieldsSchema.shape,
      })
      .strict()
      .refine((r) => Math.abs(r.fixed_share + r.performance_share - 100) < 1e-9, {
        message: 'fixed_share + performance_share must equal 100',
        path: ['performance_share'],
      }),
    contract: ContractTermsSchema.default(DEFAULT_CONTRACT_TERMS),
    criteria: z
      .object({
        profile: IdSchema,
        libraries: z.array(IdSchema).min(1),
        include: z.array(IdSchema).default([]),
        exclude: z.array(IdSchema).default([]),
        /** Explicit points for a group id or a criterion id; the rest of each group is split in proportion. */
        weights: z.record(IdSchema, z.number().min(0).max(100)).default({}),
        /** Minimum points on a criterion or sub-criterion (by id): an offer below one is eliminated. */
        thresholds: ThresholdsSchema,
        /** Criteria written for this tender only, same format as a library criterion. */
        custom: z.array(CriterionSchema).default([]),
        /** Deeper levels: a sub-criterion id → the criteria it is divided into (src/model/criteria-tree.ts). */
        children: CriteriaChildrenSchema,
        /** Reason for awarding without a price criterion (lint requires one when there is no price group). */
        no_price_justification: Text.optional(),
      })
      .strict(),
    price: z
      .object({
        ...PriceFormulaFields,
        ...PricePartsFields,
        /** Prices are compared all taxes included by default (DAJ practice). */
        basis: z.enum(['TTC', 'HT']).default('TTC'),
        /** How abnormally low offers are handled: always a request for justification, never an automatic exclusion. */
        abnormally_low: z
          .object({
            handling: z.enum(['justification-request', 'automatic-exclusion']).default('justification-request'),
            threshold_percent: z.number().min(0).max(100).default(20),
          })
          .strict()
          .default({ handling: 'justification-request', threshold_percent: 20 }),
      })
      .strict()
      .default({ formula: 'proportional', currency: 'EUR', basis: 'TTC', abnormally_low: { handling: 'justification-request', threshold_percent: 20 } }),
    /** The price schedule (piece 06); derived from `remuneration` when absent (src/compose/dce/price-schedule.ts). */
    price_schedule: PriceScheduleSchema.optional(),
    scoring: z
      .object({
        /** Marks go from 0 to this maximum (or 'percent': 0 to 100 %), in six anchored levels. */
        scale: ScaleSchema.default(5),
        consolidation: z.enum(['mean', 'median']).default('mean'),
        /** Evaluators differing by more than this many levels must reach a consensus. */
        spread_levels: z.number().int().min(1).max(5).default(2),
        min_justification_chars: z.number().int().min(0).max(2000).default(30),
        tie_break: Text.optional(),
      })
      .strict()
      .default({ scale: 5, consolidation: 'mean', spread_levels: 2, min_justification_chars: 30 }),
  })
  .strict();

export type Spec = z.infer<typeof SpecSchema>;

/** The date a spec's documents carry (and their files' metadata): its document date, else the consultation's launch. */
export const documentDate = (spec: Spec): string => spec.tender.document_date ?? spec.tender.consultation_start;
export type SpecInput = z.input<typeof SpecSchema>;
