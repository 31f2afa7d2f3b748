/** The text without its accents ("Équité" → "Equite"): decomposed, then the combining marks dropped. */
export const stripAccents = (s: string): string => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
