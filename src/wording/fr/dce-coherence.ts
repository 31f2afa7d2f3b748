/**
 * French wording of the DCE coherence check (src/dce/coherence.ts): what it says when one piece of the tender file
 * contradicts another. Spread into FR_DIAGNOSTICS (diagnostics.ts); en/dce-coherence.ts has the same keys.
 */
export const FR_DCE_COHERENCE = {
  'coherence.ref-missing': '{{file}} : « {{ref}} » renvoie à {{target}}, qui n’a pas cet article',
  'coherence.ref-topic': '{{file}} : « {{ref}} » parle de « {{topic}} », mais l’article cité de {{target}} s’intitule « {{title}} »',
  'coherence.piece-missing': '{{file}} : « {{ref}} » renvoie à une pièce que le dossier ne contient pas',
  'coherence.piece-topic': '{{file}} : « {{ref}} » suit le nom « {{topic}} », mais la pièce n° {{number}} est « {{title}} »',
  'coherence.piece-list': '{{file}} : la liste des pièces donne « {{ref}} », le dossier « {{expected}} »',
  'coherence.annex-missing': '{{file}} : « {{ref}} » renvoie à une annexe que {{target}} n’a pas',
  'coherence.weight-missing': '{{file}} : le critère ou sous-critère {{number}} ({{label}}) de {{other}} n’y figure pas',
  'coherence.weight-extra': '{{file}} : le critère ou sous-critère {{number}} ({{label}}) ne figure pas dans {{other}}',
  'coherence.weight': '{{file}} : {{number}} {{label}} vaut {{value}} points, {{other}} en donne {{expected}}',
  'coherence.weight-label': '{{file}} : le n° {{number}} s’intitule « {{value}} », dans {{other}} « {{expected}} »',
  'coherence.table-missing': '{{file}} : tableau introuvable ({{table}})',
  'coherence.indicator-missing': '{{file}} : l’indicateur {{id}} de {{other}} n’y figure pas',
  'coherence.indicator-extra': '{{file}} : l’indicateur {{id}} ne figure pas dans {{other}}',
  'coherence.indicator-label': '{{file}} : l’indicateur {{id}} s’intitule « {{value}} », dans {{other}} « {{expected}} »',
  'coherence.indicator-unit': '{{file}} : l’indicateur {{id}} est en « {{value}} », dans {{other}} en « {{expected}} »',
  'coherence.indicator-target': '{{file}} : la cible de l’indicateur {{id}} pour {{year}} est {{value}}, dans {{other}} {{expected}}',
  'coherence.lots': '{{file}} : les lots ({{value}}) diffèrent de ceux de {{other}} ({{expected}})',
  'coherence.pse-missing': '{{file}} : la prestation supplémentaire éventuelle {{code}} de {{other}} n’y figure pas',
  'coherence.pse-extra': '{{file}} : la prestation supplémentaire éventuelle {{code}} ne figure pas dans {{other}}',
  'coherence.pse-label': '{{file}} : {{code}} s’intitule « {{value}} », dans {{other}} « {{expected}} »',
} as const;
