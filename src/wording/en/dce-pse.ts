import type { FR_DCE_PSE, FR_DCE_PSE_MESSAGES } from '../fr/dce-pse.js';

/** English words of the PSE and of the scored price's definition (same keys as fr/dce-pse.ts). */
export const EN_DCE_PSE: Readonly<Record<keyof typeof FR_DCE_PSE, string>> = {
  'dce.pse.rc.intro': 'The consultation has the following optional additional services (PSE), priced on top of the base solution, which the contracting authority decides to take up or not at award. PSE are not variants.',
  'dce.pse.rc.none': 'The consultation has no optional additional services.',
  'dce.pse.rc.item': '{{code}} — {{title}}',
  'dce.pse.rc.lots.all': 'It concerns every lot.',
  'dce.pse.rc.lots.one': 'It concerns lot no. {{lots}}.',
  'dce.pse.rc.lots.other': 'It concerns lots no. {{lots}}.',
  'dce.pse.rc.required': 'Pricing it is mandatory: a tender that does not price it is irregular.',
  'dce.pse.rc.optional': 'Pricing it is optional; the contracting authority may take it up only with a tender that priced it.',
  'dce.pse.rc.per.year': 'It is priced as an annual lump sum excluding VAT, counted for the duration of the contract ({{years}} years), on line {{code}} of the “{{sheet}}” sheet of the price schedule.',
  'dce.pse.rc.per.once': 'It is priced as a global lump sum excluding VAT, on line {{code}} of the “{{sheet}}” sheet of the price schedule.',
  'dce.pse.rc.scored': 'If the contracting authority takes it up, its amount is added to the price marked.',
  'dce.pse.rc.notScored': 'Its amount is not counted in the price marked, even if the contracting authority takes it up.',
  'dce.pse.rc.minimum': 'Minimum requirements: {{list}}.',
  'dce.price.def.total': 'The price marked is the total amount of the tender {{basis}} for the whole duration of the contract, i.e. {{months}} months{{tranches}}{{piece}}.',
  'dce.price.def.basis.TTC': 'including VAT',
  'dce.price.def.basis.HT': 'excluding VAT',
  'dce.price.def.tranches': ', firm and optional tranches included',
  'dce.price.def.piece': ', as it results from the {{title}} (document no. {{number}})',
  'dce.price.def.performance': 'It includes the fixed part of the pay and the performance-linked part, counted at the amount due when every indicator exactly meets its contractual target (reference scenario: no bonus, no malus). Bonuses and maluses that may arise in performance are not counted.',
  'dce.price.def.pse.none': 'The optional additional services (PSE), priced apart in the “{{sheet}}” sheet, are not counted in the price marked.',
  'dce.price.def.pse.scored': 'The optional additional services (PSE) are priced apart in the “{{sheet}}” sheet: the price of the base solution does not include them. The contracting authority decides which PSE it takes up, for every tender at once; the amount {{basis}} of each PSE taken up among {{codes}} is then added to each tender’s price marked.',
  'dce.price.def.pse.notScored': 'PSE {{codes}} are not counted in the price marked, even when taken up.',
  'dce.price.def.missing': 'A tender that does not show this total price, or in which a price to be filled in is missing, is irregular.',
  'dce.price.def.title': 'Price marked, as the rules of the consultation define it',
  'dce.pse.ae.intro': 'The tenderer writes below the price of each optional additional service (PSE), as shown in the “{{sheet}}” sheet of the price schedule{{piece}}. The contracting authority states at award which PSE it takes up; only those are performed and paid.',
  'dce.pse.ae.piece': ' (document no. {{number}})',
  'dce.pse.ae.line': '{{code}} — {{title}}',
  'dce.pse.ae.col.retained': 'Taken up by the contracting authority (yes / no)',
  'dce.pse.sheet': 'PSE',
  'dce.pse.help': 'Optional additional services: priced apart from the base solution, taken up or not by the contracting authority at award. Fill in the price excl. VAT of each line (yellow cells); their total is not part of the base tender’s total.',
  'dce.pse.col.required': 'Pricing mandatory',
  'dce.pse.col.scored': 'Added to the price marked if taken up',
  'dce.pse.total': 'Total of the PSE excl. VAT',
  'dce.pse.offer.total': 'Total of the PSE excl. VAT (apart from the base tender)',
  'dce.pse.offer.scored': 'Price marked of the base solution ({{basis}}), over the whole duration of the contract, PSE excluded',
};

export const EN_DCE_PSE_MESSAGES: Readonly<Record<keyof typeof FR_DCE_PSE_MESSAGES, string>> = {
  'pse.unknown-lot': '{{code}} applies to lot {{lot}}, which the tender does not have (lots: {{lots}})',
};
