import { normalise } from '../classify.js';
import { docsAnchor, ruleDescription, ruleHint, ruleMessages } from '../messages.js';
import { definedHint, subCriteria } from '../locate.js';
import type { Rule } from '../types.js';

const id = 'legal/level-descriptors';

/** Descriptors that anchor nothing: a number, a grade word, a placeholder. */
const PLACEHOLDER = /^(?:tbd|todo|xxx+|\?+|-+|\.+|n\/?a|\d+(?:[.,]\d+)?(?:\s*\/\s*\d+)?(?:\s*points?)?|(?:niveau|level|note|mark) \d+|(?:tres )?(?:bien|bon|mauvais|insuffisant|passable|moyen|satisfaisant|excellent)|(?:very )?(?:good|poor|bad|fair|average|excellent|weak|insufficient|satisfactory|unsatisfactory))\.?$/;
/** Fewer words than this cannot say what evidence earns the level, unless they name an observable anchor. */
const MIN_WORDS = 4;

/** Words that only grade ("Niveau 3 : satisfaisant", "The offer is good overall"): a descriptor made of them alone anchors nothing, whatever its length. */
const GRADE_WORDS = new Set(
  (
    'niveau level note mark offre offer proposition proposal reponse response answer dossier candidat bidder est is are sont the la le les l un une a an de du des of in dans son sa its ' +
    'tres very assez quite plutot rather fairly globalement overall ensemble whole general generally globale global dans l ensemble tout totalement fully entirely partiellement partly partially ' +
    'bien good bon bonne bons bonnes tres-bien excellent excellente excellents outstanding satisfaisant satisfaisante satisfaisants satisfactory unsatisfactory insuffisant insuffisante insufficient ' +
    'moyen moyenne average correct correcte adequate adequat adequate passable fair mediocre poor faible weak fort forte strong acceptable sufficient suffisant suffisante inacceptable unacceptable ' +
    'parfait parfaite perfect remarquable remarkable medium low high haut basse bas elevee eleve et and ou or mais but plus more moins less pas not non no ' +
    // judgements that still name no evidence ("réponse correcte mais incomplète", "convincing and relevant answer", "de bonne qualité")
    'qualite quality convaincant convaincante convaincants convincing pertinent pertinente pertinents relevant complet complete complets completes incomplet incomplete incomplets ' +
    'partiel partielle partial clair claire clear precis precise detaille detaillee detailed limite limitee limited s with avec'
  ).split(' '),
);
/** Words that name something observable, so a short descriptor still anchors the mark ("Figures with method"). */
const ANCHOR = /\d|%|\b(?:chiffr\w*|figures?|donnees|data|methode|method\w*|indicateurs?|indicators?|preuves?|evidence|proofs?|mesur\w*|measur\w*|plan|planning|calendrier|schedule|engagements?|commitments?|cibles?|targets?|references?|baseline|justifi\w*|attest\w*|contrat|contract|clause|protocole|protocol|tableau|table|rapport|report|source)\b/;

/** The descriptor with its level prefix removed ("Niveau 3 : ", "Level 2 –", "3/5 -"). */
const body = (t: string): string => t.replace(/^(?:(?:niveau|level|note|mark)\s*\d+(?:\s*\/\s*\d+)?|\d+(?:\s*\/\s*\d+)?)\s*[:.\-–—)]*\s*/, '');

/** True when every word of the descriptor only grades. */
export function gradeOnly(normalised: string): boolean {
  const words = body(normalised).split(/[^a-z0-9-]+/).filter(Boolean);
  return words.length > 0 && words.every((w) => GRADE_WORDS.has(w));
}

/**
 * Criteria must not leave the buyer unlimited freedom (L2152-8): each mark is tied to a described, observable level.
 * Checks the six descriptors of every retained sub-criterion in both languages (a spec can be published in either).
 */
export const levelDescriptors: Rule = {
  meta: {
    id,
    severity: 'error',
    description: ruleDescription(id),
    docs: docsAnchor(id),
    messages: ruleMessages(id, ['placeholder', 'duplicate', 'vague', 'grade-only']),
  },
  check(ctx) {
    for (const { sub, criterion, loc } of subCriteria(ctx)) {
      if (!criterion) continue;
      const custom = sub.library === 'custom';
      for (const lang of ['fr', 'en'] as const) {
        const seen = new Map<string, number>();
        criterion.levels[lang].forEach((raw, level) => {
          const path = custom ? [...loc.path, 'levels', lang, level] : loc.path;
          const hint = definedHint(loc);
          const t = normalise(raw).replace(/[«»"“”]/g, '').trim();
          const args = { level, label: sub.label, lang, text: raw };
          if (PLACEHOLDER.test(t)) ctx.report({ messageId: 'placeholder', args, path, hint });
          else if (seen.has(t)) ctx.report({ messageId: 'duplicate', args: { ...args, first: seen.get(t)! }, path, hint });
          else if (gradeOnly(t)) ctx.report({ messageId: 'grade-only', args, path, hint });
          else {
            const words = body(t).split(/\s+/).filter(Boolean).length;
            if (words < MIN_WORDS && !ANCHOR.test(t)) ctx.report({ messageId: 'vague', severity: 'warning', args: { ...args, words }, path, hint });
          }
          if (!seen.has(t)) seen.set(t, level);
        });
      }
    }
  },
};
