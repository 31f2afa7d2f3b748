import type { FR_DCE_COHERENCE } from '../fr/dce-coherence.js';

/** English wording of the DCE coherence check (same keys as ../fr/dce-coherence.ts). */
export const EN_DCE_COHERENCE: Readonly<Record<keyof typeof FR_DCE_COHERENCE, string>> = {
  'coherence.ref-missing': '{{file}}: “{{ref}}” cites {{target}}, which has no such article',
  'coherence.ref-topic': '{{file}}: “{{ref}}” is about “{{topic}}”, but the article of {{target}} it cites is “{{title}}”',
  'coherence.piece-missing': '{{file}}: “{{ref}}” cites a piece the tender file does not contain',
  'coherence.piece-topic': '{{file}}: “{{ref}}” follows the name “{{topic}}”, but piece no. {{number}} is “{{title}}”',
  'coherence.piece-list': '{{file}}: the list of pieces gives “{{ref}}”, the tender file “{{expected}}”',
  'coherence.annex-missing': '{{file}}: “{{ref}}” cites an annex that {{target}} does not have',
  'coherence.weight-missing': '{{file}}: criterion or sub-criterion {{number}} ({{label}}) of {{other}} is missing',
  'coherence.weight-extra': '{{file}}: criterion or sub-criterion {{number}} ({{label}}) is not in {{other}}',
  'coherence.weight': '{{file}}: {{number}} {{label}} is worth {{value}} points, {{other}} gives {{expected}}',
  'coherence.weight-label': '{{file}}: no. {{number}} is titled “{{value}}”, in {{other}} “{{expected}}”',
  'coherence.table-missing': '{{file}}: table not found ({{table}})',
  'coherence.indicator-missing': '{{file}}: indicator {{id}} of {{other}} is missing',
  'coherence.indicator-extra': '{{file}}: indicator {{id}} is not in {{other}}',
  'coherence.indicator-label': '{{file}}: indicator {{id}} is titled “{{value}}”, in {{other}} “{{expected}}”',
  'coherence.indicator-unit': '{{file}}: indicator {{id}} is in “{{value}}”, in {{other}} in “{{expected}}”',
  'coherence.indicator-target': '{{file}}: the target of indicator {{id}} for {{year}} is {{value}}, in {{other}} {{expected}}',
  'coherence.lots': '{{file}}: the lots ({{value}}) differ from those of {{other}} ({{expected}})',
  'coherence.pse-missing': '{{file}}: optional additional service {{code}} of {{other}} is missing',
  'coherence.pse-extra': '{{file}}: optional additional service {{code}} is not in {{other}}',
  'coherence.pse-label': '{{file}}: {{code}} is titled “{{value}}”, in {{other}} “{{expected}}”',
};
