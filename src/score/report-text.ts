import type { DocumentKey, DocumentWords, WordArgs } from '../wording/catalog.js';

/** Keys of the report's words in the wording catalog, without their `report.` prefix. */
export type ReportKey = DocumentKey extends infer K ? (K extends `report.${infer R}` ? R : never) : never;

/** The rapport d'analyse des offres' words: the catalog's `report.*` keys (possibly overridden with --templates). */
export type ReportText = (key: ReportKey, args?: WordArgs) => string;

export const reportText =
  (w: DocumentWords): ReportText =>
  (key, args) =>
    w.t(`report.${key}` as DocumentKey, args);

/** The procedure's name in running text ("appel d'offres ouvert"), or its id when the catalog has none. */
export function procedureLabel(t: ReportText, procedure: string): string {
  try {
    return t(`procedure.${procedure}` as ReportKey);
  } catch {
    return procedure;
  }
}
