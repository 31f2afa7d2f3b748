/**
 * French wording of `generate`'s output-layout options (--layout dce|spec, the --dce alias): the option problems the
 * CLI reports before any work. Spread into FR_DIAGNOSTICS (diagnostics.ts); en/generate-layout.ts has the same keys.
 */
export const FR_GENERATE_LAYOUT_DIAGNOSTICS = {
  'diag.layout-conflict': '{{option}} demande la disposition {{asked}}, mais --layout {{layout}} a aussi été donné',
  'diag.layout-conflict.hint': '--dce est l’ancien nom de --layout dce (la disposition par défaut) : gardez l’un ou l’autre',
  'diag.option-needs-layout': '{{option}} ne s’emploie qu’avec --layout {{needed}} (la disposition demandée est {{layout}})',
  'diag.option-needs-layout.hint':
    'les avertissements de lint s’impriment dans l’annexe du document de spécification unique (--layout spec) ; les pièces publiées du DCE ne parlent jamais de l’outil : lisez-les sur le terminal ou avec efc-tender lint',
} as const satisfies Readonly<Record<string, string>>;
