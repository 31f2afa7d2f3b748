import type { Lang } from '../model/common.js';

/**
 * A buyer's name inside a sentence. French puts an article before an institution's name and contracts it with the
 * preposition ("par la Communauté de communes …", "du Syndicat mixte …", "de l'Agglomération …"), but not before a
 * place's name ("par Toulouse Métropole"). Which one is read from the name's first word: a small table of the
 * nouns French public buyers are named with, and their gender. A first word the table does not know is taken for a
 * proper name (no article), which is the safe reading: "par Sicoval" is terse, "par le Toulouse Métropole" wrong.
 * English keeps the French name and puts "the" before it in the same cases.
 */
export interface BuyerName {
  /** "la Communauté de communes du Val", "le Syndicat …", "l'Agglomération …", "Toulouse Métropole". */
  readonly the: string;
  /** The same at the start of a sentence: "La Communauté …". */
  readonly The: string;
  /** "de la …", "du …", "de l'…", "d'Annecy", "de Toulouse Métropole". */
  readonly of: string;
  /** "par la …", "par le …", "par l'…". */
  readonly by: string;
  /** "à la …", "au …", "à l'…". */
  readonly to: string;
}

const FEMININE = new Set([
  'académie', 'administration', 'agence', 'agglomération', 'assemblée', 'association', 'autorité', 'caisse', 'chambre',
  'collectivité', 'commune', 'communauté', 'coopérative', 'direction', 'école', 'entente', 'eurométropole', 'fédération',
  'intercommunalité', 'maison', 'mairie', 'métropole', 'mission', 'préfecture', 'région', 'régie', 'société', 'union',
  'université', 'ville', 'ademe',
]);
const MASCULINE = new Set([
  'bureau', 'ccas', 'cias', 'centre', 'collège', 'comité', 'conseil', 'consortium', 'département', 'district', 'epci',
  'epic', 'établissement', 'etablissement', 'gip', 'grand', 'groupement', 'hôpital', 'institut', 'lycée', 'ministère',
  'musée', 'office', 'oph', 'parc', 'pays', 'pôle', 'port', 'sdis', 'service', 'sictom', 'sivom', 'sivu', 'smictom',
  'syndicat', 'territoire',
]);

type Article = 'la' | 'le' | "l'" | 'none';

/** The article a name takes, from its first word (case and accents as written; "Établissement" = "établissement"). */
export function frenchArticle(name: string): Article {
  const first = /^[\p{L}]+/u.exec(name.trim())?.[0]?.toLowerCase() ?? '';
  const feminine = FEMININE.has(first);
  if (!feminine && !MASCULINE.has(first)) return 'none';
  // Elision before a vowel or a mute h (all the h-words of the table are mute); acronyms too: "l'EPCI", "l'OPH".
  if (/^[aeiouyàâäéèêëîïôöùûüh]/i.test(first)) return "l'";
  return feminine ? 'la' : 'le';
}

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

export function buyerName(name: string, lang: Lang): BuyerName {
  const trimmed = name.trim();
  const article = frenchArticle(trimmed);
  if (lang === 'en') {
    const the = article === 'none' ? trimmed : `the ${trimmed}`;
    return { the, The: capitalise(the), of: `of ${the}`, by: `by ${the}`, to: `to ${the}` };
  }
  if (article === 'none') {
    // A name that starts with its own article ("Le Mans Métropole", "Les Sables-d'Olonne Agglomération") contracts it.
    const own = /^(Le|Les)\s+(.*)$/u.exec(trimmed);
    if (own) {
      const [, art, rest] = own;
      return art === 'Le'
        ? { the: trimmed, The: trimmed, of: `du ${rest}`, by: `par ${trimmed}`, to: `au ${rest}` }
        : { the: trimmed, The: trimmed, of: `des ${rest}`, by: `par ${trimmed}`, to: `aux ${rest}` };
    }
    // Not before h: many place names have an aspirated h ("de Haute-Garonne").
    const elide = /^[aeiouyàâäéèêëîïôöùûü]/i.test(trimmed);
    return { the: trimmed, The: capitalise(trimmed), of: elide ? `d'${trimmed}` : `de ${trimmed}`, by: `par ${trimmed}`, to: `à ${trimmed}` };
  }
  const the = article === "l'" ? `l'${trimmed}` : `${article} ${trimmed}`;
  const of = article === 'le' ? `du ${trimmed}` : `de ${the}`;
  const to = article === 'le' ? `au ${trimmed}` : `à ${the}`;
  return { the, The: capitalise(the), of, by: `par ${the}`, to };
}

/**
 * The buyer's legal form as an apposition to its name, without repeating what the name says:
 * "Communauté d'agglomération du Sicoval" + kind "Communauté d'agglomération (établissement public de coopération
 * intercommunale)" → "établissement public de coopération intercommunale"; kind "Commune" for "Ville de Belrieu" →
 * "commune". Undefined when the kind adds nothing to the name.
 */
export function buyerKind(name: string, kind: string | undefined): string | undefined {
  if (!kind?.trim()) return undefined;
  const k = kind.trim();
  // The kind's head: what comes before its first comma or parenthesis.
  const head = /^[^,(]*/u.exec(k)![0].trim();
  const fold = (s: string): string => s.normalize('NFC').toLocaleLowerCase('fr').replace(/[’]/g, "'").replace(/\s+/g, ' ');
  if (head && fold(name.trim()).startsWith(fold(head))) {
    const rest = k.slice(head.length).trim().replace(/^,\s*/, '').replace(/^\((.*)\)$/su, '$1').trim();
    return rest || undefined;
  }
  return lowerFirst(k);
}

/** "Commune" → "commune", but "EPCI" stays "EPCI". */
const lowerFirst = (s: string): string => (/^\p{Lu}\p{Ll}/u.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s);
