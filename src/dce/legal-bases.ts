import type { Procedure } from '../model/spec.js';

/**
 * The articles of the code de la commande publique (CCP) each procedure rests on, as the RC cites them. Source:
 * ../shared/domain/dce.md §1.1 (Légifrance, marche-public.fr), law as of 2026; recheck every year with the thresholds.
 */
export const LEGAL_BASIS: Readonly<Record<Procedure, { readonly fr: string; readonly en: string }>> = {
  'appel-offres-ouvert': { fr: 'articles L2124-2, R2124-2 1° et R2161-2 à R2161-5 du code de la commande publique', en: 'articles L2124-2, R2124-2 1° and R2161-2 to R2161-5 of the French public procurement code (CCP)' },
  'appel-offres-restreint': { fr: 'articles L2124-2, R2124-2 2° et R2161-6 à R2161-11 du code de la commande publique', en: 'articles L2124-2, R2124-2 2° and R2161-6 to R2161-11 of the French public procurement code (CCP)' },
  'procedure-adaptee': { fr: 'articles L2123-1 et R2123-1 du code de la commande publique', en: 'articles L2123-1 and R2123-1 of the French public procurement code (CCP)' },
  'procedure-avec-negociation': { fr: 'articles L2124-3, R2124-3 et R2161-12 à R2161-20 du code de la commande publique', en: 'articles L2124-3, R2124-3 and R2161-12 to R2161-20 of the French public procurement code (CCP)' },
  'dialogue-competitif': { fr: 'articles L2124-4, R2124-3 et R2161-24 à R2161-31 du code de la commande publique', en: 'articles L2124-4, R2124-3 and R2161-24 to R2161-31 of the French public procurement code (CCP)' },
  'marche-global-performance': { fr: 'articles L2171-3 et R2171-2 du code de la commande publique', en: 'articles L2171-3 and R2171-2 of the French public procurement code (CCP)' },
};

/** Short form for the title page: "L2124-4 et R2161-24 à R2161-31 du CCP". */
export const SHORT_BASIS: Readonly<Record<Procedure, string>> = {
  'appel-offres-ouvert': 'L2124-2 et R2161-2 à R2161-5',
  'appel-offres-restreint': 'L2124-2 et R2161-6 à R2161-11',
  'procedure-adaptee': 'L2123-1 et R2123-1',
  'procedure-avec-negociation': 'L2124-3 et R2161-12 à R2161-20',
  'dialogue-competitif': 'L2124-4 et R2161-24 à R2161-31',
  'marche-global-performance': 'L2171-3 et R2171-2',
};

/** The short form in the document's language: "L2124-4 et R2161-24 à R2161-31" / "L2124-4 and R2161-24 to R2161-31". */
export const shortBasis = (p: Procedure, lang: 'fr' | 'en'): string => (lang === 'fr' ? SHORT_BASIS[p] : SHORT_BASIS[p].replace(' et ', ' and ').replace(' à ', ' to '));

/** Procedures in two stages: candidatures are selected first, then the selected candidates are invited to tender. */
export const TWO_STAGE: ReadonlySet<Procedure> = new Set(['appel-offres-restreint', 'procedure-avec-negociation', 'dialogue-competitif']);
