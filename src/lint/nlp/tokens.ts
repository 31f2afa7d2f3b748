import { normalise } from '../classify.js';

/**
 * Tokens and stems for the lint classifiers, French and English. The stemmer is a light suffix stripper (a
 * Snowball-like reduction, not the full algorithm): it only has to make "collectes", "collecté", "collection" and
 * "collected" meet, and to do the same on the corpus and on a spec. Elided articles are split off ("l'entreprise" →
 * "entreprise"), and so are the glued ones that some published data sets left when they dropped apostrophes
 * ("lentreprise", "dexpérience"), when the rest is a word the stemmer knows to start that way.
 */

const STOP = new Set(
  (
    'le la les l un une des du de d a au aux et ou en dans sur pour par avec sans que qu qui ce cet cette ces son sa ses leur leurs ' +
    'il elle ils elles on se ne pas est sont sera seront etre the an of to in on for by with and or is are be will this that these those its their as at from'
  ).split(' '),
);

/** Suffixes stripped, longest first; a stem keeps at least 4 characters. */
const SUFFIXES = [
  'issements', 'issement', 'ements', 'ement', 'ations', 'ation', 'atrices', 'atrice', 'ateurs', 'ateur', 'ements', 'ments', 'ment',
  'euses', 'euse', 'ences', 'ence', 'ances', 'ance', 'ites', 'ite', 'ives', 'ive', 'ifs', 'if', 'iques', 'ique', 'istes', 'iste',
  'ables', 'able', 'ions', 'ion', 'eurs', 'eur', 'ings', 'ing', 'ness', 'ities', 'ity', 'ies', 'ied', 'ers', 'er', 'ees', 'ee', 'es',
  'ed', 'ly', 'e', 's',
];

export function stem(word: string): string {
  if (word.length <= 4 || /\d/.test(word)) return word;
  for (const s of SUFFIXES) if (word.endsWith(s) && word.length - s.length >= 4) return word.slice(0, -s.length);
  return word;
}

/** Words of a normalised text, elisions split off, stop words dropped, stemmed. */
export function stems(normalised: string): string[] {
  const out: string[] = [];
  for (const raw of normalised.split(/[^a-z0-9%]+/)) {
    if (!raw || STOP.has(raw)) continue;
    out.push(stem(raw));
  }
  return out;
}

/** Normalised text (lower case, no accents, straight apostrophes): what the lexicons run on. */
export function prepare(text: string): string {
  return normalise(text);
}
