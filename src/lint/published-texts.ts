import type { Spec } from '../model/spec.js';
import type { TextRole } from './nlp/check-text.js';

/**
 * Every free text of a spec that the documents publish, with the role that decides which text rules read it.
 * The list is checked against what the composers actually print (published-texts.test.ts renders every document of
 * a spec whose texts are all markers and fails if a printed field is neither here nor in NOT_LINTED), so a field
 * added to a template without a line here fails the tests.
 *
 * Criteria (custom and library, the spec's and each lot's) are not listed here: the rules read them through the grid
 * (READ_THROUGH_GRID below).
 */
export interface FieldSpec {
  /** Dotted path; `*` stands for every index of an array. */
  readonly pattern: string;
  readonly role: TextRole | 'context';
  /** Report only sure findings (no info): an indicator with unit, baseline and target is already shaped as an effect. */
  readonly sureOnly?: boolean;
}

/**
 * `context` texts name the service or describe how things are measured, governed or decided (titles, measurement
 * methods, governance, selection of candidates, environmental execution conditions, which the code requires to bear
 * on how the service is performed): they may name means legitimately, so only the local-preference detector and the prose rules
 * (automatic exclusion of low offers) read them.
 */
export const PUBLISHED_TEXT_FIELDS: readonly FieldSpec[] = [
  { pattern: 'tender.title', role: 'context' },
  { pattern: 'tender.object', role: 'requirement' },
  { pattern: 'tender.lots.*.title', role: 'context' },
  { pattern: 'price.pse.*.label', role: 'context' },
  { pattern: 'price.parts.*.label', role: 'context' },
  { pattern: 'tender.lots.*.description', role: 'requirement' },
  { pattern: 'stakes.*', role: 'requirement' },
  { pattern: 'usage_performance.*.label', role: 'requirement', sureOnly: true },
  { pattern: 'usage_performance.*.unit', role: 'context' },
  { pattern: 'usage_performance.*.measurement', role: 'context' },
  { pattern: 'usage_performance.*.data_source', role: 'context' },
  { pattern: 'usage_performance.*.frequency', role: 'context' },
  { pattern: 'useful_effects.social.*', role: 'requirement' },
  { pattern: 'useful_effects.ecology.*', role: 'requirement' },
  { pattern: 'useful_effects.economy.*', role: 'requirement' },
  { pattern: 'externalities.reduce.*', role: 'context' },
  { pattern: 'externalities.reveal.*', role: 'context' },
  { pattern: 'integrated_solution.summary', role: 'component' },
  { pattern: 'integrated_solution.components.*', role: 'component' },
  { pattern: 'cooperation.expectations.*', role: 'context' },
  { pattern: 'cooperation.governance.steering_committee', role: 'context' },
  { pattern: 'cooperation.governance.reflexive_review', role: 'context' },
  { pattern: 'cooperation.governance.data_sharing', role: 'context' },
  { pattern: 'remuneration.description', role: 'context' },
  { pattern: 'remuneration.cap_rationale', role: 'context' },
  { pattern: 'contract.environmental_conditions.*', role: 'context' },
  { pattern: 'contract.review_triggers.*', role: 'context' },
  { pattern: 'contract.insertion.facilitator', role: 'context' },
  { pattern: 'scoring.tie_break', role: 'award-rule' },
  { pattern: 'criteria.no_price_justification', role: 'award-rule' },
  { pattern: 'consultation.visit.details', role: 'context' },
  { pattern: 'consultation.variants.minimum_requirements.*', role: 'requirement' },
  { pattern: 'consultation.pse.*.title', role: 'component' },
  { pattern: 'consultation.pse.*.description', role: 'component' },
  { pattern: 'consultation.pse.*.minimum_requirements.*', role: 'requirement' },
  { pattern: 'consultation.tranches.*.title', role: 'requirement' },
  { pattern: 'consultation.tranches.*.description', role: 'requirement' },
  { pattern: 'consultation.lots_not_divided_reason', role: 'context' },
  { pattern: 'consultation.candidature.capacities.*', role: 'context' },
  { pattern: 'consultation.candidature.selection_criteria.*', role: 'context' },
  // Lots (issue 14): a lot's object and its own indicators are published like the spec's.
  { pattern: 'tender.lots.*.object', role: 'requirement' },
  { pattern: 'tender.lots.*.usage_performance.*.label', role: 'requirement', sureOnly: true },
  { pattern: 'tender.lots.*.usage_performance.*.unit', role: 'context' },
  { pattern: 'tender.lots.*.usage_performance.*.measurement', role: 'context' },
  { pattern: 'tender.lots.*.usage_performance.*.data_source', role: 'context' },
  { pattern: 'tender.lots.*.usage_performance.*.frequency', role: 'context' },
  { pattern: 'tender.lots.*.usage_performance.*.baseline_measured_in_year_1', role: 'context' },
  { pattern: 'tender.lots.*.criteria.no_price_justification', role: 'award-rule' },
  { pattern: 'tender.lots_policy.award_rule', role: 'award-rule' },
  // How a baseline left for year 1 will be measured (issue 17): a measurement method.
  { pattern: 'usage_performance.*.baseline_measured_in_year_1', role: 'context' },
  // The price schedule's lines (piece 06) name what is priced: the local-preference and prose rules read them.
  { pattern: 'price_schedule.dpgf.*.label', role: 'context' },
  { pattern: 'price_schedule.bpu.*.label', role: 'context' },
];

/**
 * The criteria's texts: the rules read them through the grid (criteriaTexts, subCriteria) with each criterion's label,
 * question, evidence, level descriptors and indicators, in both languages; a lot's own criteria through the lot's grid
 * (lint-lots.ts), with findings named after the lot.
 */
export const READ_THROUGH_GRID: Readonly<Record<string, string>> = {
  'criteria.custom.*.label.*': 'criterion texts, through the grid',
  'criteria.custom.*.question.*': 'criterion texts, through the grid',
  'criteria.custom.*.evidence.*.*': 'criterion texts, through the grid',
  'criteria.custom.*.levels.*.*': 'level descriptors, through the grid',
  'criteria.custom.*.indicators.*.*': 'criterion texts, through the grid',
  'tender.lots.*.criteria.custom.*.label.*': 'a lot’s own criteria, through the lot’s grid',
  'tender.lots.*.criteria.custom.*.question.*': 'a lot’s own criteria, through the lot’s grid',
  'tender.lots.*.criteria.custom.*.evidence.*.*': 'a lot’s own criteria, through the lot’s grid',
  'tender.lots.*.criteria.custom.*.levels.*.*': 'a lot’s own level descriptors, through the lot’s grid',
  'tender.lots.*.criteria.custom.*.indicators.*.*': 'a lot’s own criteria, through the lot’s grid',
};

/** Printed texts the text rules do not read, and why (identity, addresses, names, codes and formulas of the buyer). */
export const NOT_LINTED: Readonly<Record<string, string>> = {
  'buyer.name': 'the buyer’s identity',
  'buyer.kind': 'the buyer’s identity',
  'buyer.address': 'an address',
  'buyer.contact': 'a contact',
  'buyer.signatory': 'a person’s title',
  'territory.name': 'a place name',
  'territory.description': 'describes the territory and its people; judges and requires nothing',
  'tender.reference': 'a reference code',
  'consultation.buyer_profile': 'an address (URL)',
  'actors.*.name': 'a partner’s name',
  'actors.*.role': 'a partner’s role in the ecosystem; not the bidder, not a requirement',
  'contract.court': 'a court’s name and address',
  'contract.reporting.open_format': 'a file format',
  'contract.price_revision.index': 'a price index code',
  'contract.price_revision.index_label': 'a price index name',
  'contract.price_revision.formula': 'the price revision formula (checked by the price revision code)',
  'price_schedule.bpu.*.unit': 'a unit of measure',
  'price.expression': 'the price formula (checked by legal/price-formula, by simulation)',
  'price.parts.*.expression': 'a price sub-criterion’s formula (parsed at selection; not yet simulated by legal/price-formula)',
  'price.parts.*.price': 'a price reference (total, base, dpgf, dqe or an option id), checked at selection',
  'value_families.*.label': 'printed only in the steering committee’s report after award, not in the tender file',
  'value_families.*.effects.*': 'printed only in the steering committee’s report after award, not in the tender file',
};

export interface PublishedText {
  readonly path: (string | number)[];
  readonly pattern: string;
  readonly role: FieldSpec['role'];
  readonly sureOnly?: boolean;
  readonly text: string;
}

/** The concrete texts of a spec for each pattern, in list order (deterministic). */
export function publishedTexts(spec: Spec): PublishedText[] {
  const out: PublishedText[] = [];
  for (const f of PUBLISHED_TEXT_FIELDS) {
    const walk = (node: unknown, rest: readonly string[], path: (string | number)[]): void => {
      if (node === undefined || node === null) return;
      if (rest.length === 0) {
        if (typeof node === 'string' && node.trim()) out.push({ path, pattern: f.pattern, role: f.role, sureOnly: f.sureOnly, text: node });
        return;
      }
      const [head, ...tail] = rest;
      if (head === '*') {
        if (Array.isArray(node)) node.forEach((x, i) => walk(x, tail, [...path, i]));
        return;
      }
      if (typeof node === 'object') walk((node as Record<string, unknown>)[head!], tail, [...path, head!]);
    };
    walk(spec, f.pattern.split('.'), []);
  }
  return out;
}

/** A concrete path written as a pattern: numbers become `*` ("stakes.2" → "stakes.*"). */
export const patternOf = (path: readonly (string | number)[]): string => path.map((p) => (typeof p === 'number' ? '*' : p)).join('.');

/** "stakes[2]", "tender.lots[0].title": how a message names a field. */
export const pathLabel = (path: readonly (string | number)[]): string =>
  path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
