import { createHash } from 'node:crypto';
import { Document, isMap, isSeq } from 'yaml';
import type { Lang } from '../model/common.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { CONTRACT_FORMAT, type Contract } from '../model/contract.js';
import type { Spec } from '../model/spec.js';
import type { ResolvedPay } from '../pay/index.js';
import { say } from '../monitor/locate.js';
import type { CommitmentTable } from './commitments.js';

export interface AwardInput {
  readonly spec: Spec;
  readonly pay: ResolvedPay;
  /** The spec's bytes, hashed so that monitor notices a spec edited after award. */
  readonly specBytes: Uint8Array;
  /** Path of the spec relative to the contract file, with forward slashes. */
  readonly specPath: string;
  readonly bidder: string;
  readonly awardDate: string;
  /** The lot awarded, on a tender with lots. */
  readonly lot?: number;
  /** The bidder's table, or none: then the CCAP's reference targets are the commitments. */
  readonly commitments?: CommitmentTable;
  /** Where the table came from, for the diagnostics that concern it as a whole. */
  readonly commitmentsFile?: string;
  readonly lang: Lang;
}

export const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/**
 * The contract: every paid indicator gets one committed target per contract year. A blank cell takes the CCAP's
 * reference target (the bidder accepted it), reported as info; an indicator only partly filled is an error naming the
 * blank years. A commitment less ambitious than the reference target is a warning, not an error: whether the CCAP's
 * targets are a floor is the RC's rule, which the buyer applied when scoring.
 */
export function buildContract(input: AwardInput): { contract?: Contract; diagnostics: Diagnostic[] } {
  const { pay, lang } = input;
  const diagnostics: Diagnostic[] = [];
  const file = input.commitmentsFile;
  const commitments: Record<string, number[]> = {};
  for (const ind of pay.indicators) {
    const given = input.commitments?.get(ind.id);
    const blanks = given ? given.flatMap((v, y) => (v === undefined ? [y + 1] : [])) : [];
    if (given && blanks.length && blanks.length < pay.years) {
      diagnostics.push({ code: 'award/commitment-years-missing', severity: 'error', ...(file ? { file } : {}), message: say(lang, 'award.yearsMissing', { id: ind.id, years: blanks.map((y) => say(lang, 'monitor.yearShort', { n: y })).join(', ') }) });
      continue;
    }
    if (!given || blanks.length === pay.years) {
      if (input.commitments) diagnostics.push({ code: 'award/commitment-reference', severity: 'info', ...(file ? { file } : {}), message: say(lang, 'award.referenceTaken', { id: ind.id }) });
      commitments[ind.id] = [...ind.targets];
      continue;
    }
    const values = given as number[];
    values.forEach((v, y) => {
      const ref = ind.targets[y] as number;
      const worse = ind.direction === 'increase' ? v < ref : v > ref;
      if (worse) diagnostics.push({ code: 'award/commitment-below-reference', severity: 'warning', ...(file ? { file } : {}), message: say(lang, 'award.belowReference', { id: ind.id, year: y + 1, value: v, reference: ref }) });
    });
    commitments[ind.id] = values;
  }
  if (diagnostics.some((d) => d.severity === 'error')) return { diagnostics };
  const contract: Contract = {
    format: CONTRACT_FORMAT,
    spec: { file: input.specPath, sha256: sha256(input.specBytes), reference: input.spec.tender.reference },
    bidder: input.bidder,
    ...(input.lot !== undefined ? { lot: input.lot } : {}),
    award_date: input.awardDate,
    commitments,
    events: [],
    amendments: [],
  };
  return { contract, diagnostics };
}

/** The contract as YAML, with a header saying what may be added by hand (events, amendments) and what may not. */
export function contractYaml(contract: Contract, lang: Lang): string {
  const head = say(lang, 'award.yamlHeader')
    .split('\n')
    .map((l) => `# ${l}`.trimEnd())
    .join('\n');
  const doc = new Document(contract);
  // One line per indicator: its targets read as the commitments table's row.
  const c = doc.get('commitments');
  if (isMap(c)) for (const pair of c.items) if (isSeq(pair.value)) pair.value.flow = true;
  return `${head}\n${doc.toString({ lineWidth: 0 })}`;
}
