import { z } from 'zod';
import { EffectFieldSchema, IdSchema, LListSchema, LTextSchema } from './common.js';

export const TypicalIndicatorSchema = z
  .object({
    id: IdSchema,
    label: LTextSchema,
    unit: z.string().min(1),
    field: EffectFieldSchema,
    direction: z.enum(['decrease', 'increase']),
    measurement: LTextSchema,
    source: LTextSchema.optional(),
  })
  .strict();
export type TypicalIndicator = z.infer<typeof TypicalIndicatorSchema>;

export const LifeFunctionSchema = z
  .object({
    id: IdSchema,
    label: LTextSchema,
    description: LTextSchema,
    stakes: LListSchema,
    indicators: z.array(TypicalIndicatorSchema).default([]),
  })
  .strict();
export type LifeFunction = z.infer<typeof LifeFunctionSchema>;

export const FunctionsFileSchema = z.object({ functions: z.array(LifeFunctionSchema).min(1) }).strict();
