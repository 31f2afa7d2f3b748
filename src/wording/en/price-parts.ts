import { withReportPrefix, type FR_PRICE_PARTS, type FR_PRICE_PARTS_DIAGNOSTICS } from '../fr/price-parts.js';

/** English words of the price sub-criteria and options; same keys as fr/price-parts.ts. */
export const EN_PRICE_PARTS_DIAGNOSTICS: Record<keyof typeof FR_PRICE_PARTS_DIAGNOSTICS, string> = {
  'select.parts.weights-sum': 'price.parts: the price sub-criteria add up to {{total}} points, the price criterion has {{weight}}',
  'select.parts.weight-precision': 'price.parts: the weight {{weight}} of "{{id}}" has more decimals than the grid publishes (0.1 point)',
  'select.parts.duplicate': 'price.parts: the id "{{id}}" is used twice ({{other}})',
  'select.parts.unknown-price': 'price.parts: "{{ref}}" names no price{{suggestion}}',
  'select.parts.prices': 'prices: {{refs}}',
  'select.parts.no-price-criterion': 'price.parts is given, but the grid has no price criterion (0 points)',
  'select.parts.with-cost': 'price.parts and price.cost cannot be combined: the life-cycle cost scores one price',
  'select.parts.cut-off-missing': 'price.parts "{{id}}": the "cut-off" formula needs cut_off (the multiple of the lowest price at which the mark reaches zero)',
  'select.parts.expression-missing': 'price.parts "{{id}}": the "custom" formula needs expression',
  'select.parts.unused': 'price.parts "{{id}}": {{field}} is only read with the "{{formula}}" formula; the formula announced is "{{actual}}"',
  'select.parts.expression-syntax': 'price.parts "{{id}}", expression, character {{at}}: {{reason}}',
  'select.pse.duplicate': 'price.pse: the id "{{id}}" is used twice, or taken by a price ({{other}})',
  'score.part-price-missing': 'the sub-criterion "{{part}}" scores the price "{{ref}}", which the prices file does not give for {{bidder}}: add the column {{ref}}',
  'score.part-price-not-positive': 'the sub-criterion "{{part}}" scores the price "{{ref}}" of {{bidder}}, which is {{value}}: a price formula scores positive prices only',
  'score.pse-price-missing': '{{bidder}}: no price for the option "{{id}}" (column {{id}} of the prices file); an option not priced is written 0',
};

const EN_PRICE_PARTS_WORDS = {
  'parts.intro': 'The price criterion is split into sub-criteria, each scored by its own formula on the price it names; in each formula, Nmax is the sub-criterion’s weight, P the offer’s price, Pmin, Pmax and Pmean the lowest, highest and mean of these prices among the offers. The price mark is the sum of the sub-criteria’s marks; the cheapest offer on a sub-criterion gets its full mark and no mark is negative.',
  'parts.col.number': 'No.',
  'parts.col.label': 'Sub-criterion',
  'parts.col.points': 'Points',
  'parts.col.price': 'Price scored',
  'parts.col.formula': 'Formula',
  'parts.ref.total': 'scored price of the offer',
  'parts.ref.base': 'price of the base offer',
  'parts.ref.dpgf': 'lump-sum total (DPGF)',
  'parts.ref.dqe': 'DQE total (BPU unit prices × estimated quantities)',
  'parts.ref.pse': 'price of the option "{{label}}"',
  'pse.intro.retained': 'Offers comprise a base offer and options (PSE). The scored price is the base price plus the prices of the retained options: {{retained}}.',
  'pse.intro.base': 'Offers comprise a base offer and options (PSE). The scored price is the base price alone; the options ({{all}}) are priced but not scored.',
  'pse.notScored': '{{list}}: priced, not counted in the scored price.',
  'parts.report': 'Price points, by sub-criterion:',
  'parts.report.col.bidder': 'Offer',
  'parts.report.col.price': 'Price scored ({{label}})',
  'parts.report.col.computation': 'Computation',
  'parts.report.col.points': 'Points',
  'pse.report': 'Scored price of each offer (base + retained options):',
  'pse.report.col.base': 'Base offer',
  'pse.report.col.total': 'Scored price',
  'xlsx.parts.price': '{{number}} price scored ({{currency}})',
  'xlsx.parts.points': '{{number}} {{label}}: points (out of {{points}})',
  'xlsx.parts.component': 'Price: {{label}} ({{currency}})',
  'xlsx.pse.price': 'Option "{{label}}" ({{currency}})',
  'xlsx.pse.total': 'Scored price: base + retained options ({{currency}})',
  'xlsx.parts.help': '{{number}} {{label}}: {{points}} points, {{formula}}',
  'xlsx.parts.helpAll': 'Type each offer’s price {{basis}} and its detailed prices (yellow cells). Price sub-criteria: {{parts}}; Nmax is the sub-criterion’s points, and the price mark the sum of the sub-criteria’s marks. An offer without a price is left out of the computation.',
};

export const EN_PRICE_PARTS: Record<keyof typeof FR_PRICE_PARTS, string> = { ...EN_PRICE_PARTS_WORDS, ...withReportPrefix(EN_PRICE_PARTS_WORDS) };
