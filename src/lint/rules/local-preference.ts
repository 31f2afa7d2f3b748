import { normalise } from '../classify.js';
import { docsAnchor, ruleDescription, ruleHint, ruleMessages } from '../messages.js';
import { judgedTexts, subCriteria } from '../locate.js';
import type { Rule } from '../types.js';

const id = 'legal/local-preference';

/** Wording that scores where a firm or a product comes from, rather than what the offer does. */
const ORIGIN = [
  /\b(?:entreprises?|prestataires?|fournisseurs?|societes?|artisans?|producteurs?) (?:locales?|locaux|regionales?|regionaux|du territoire|du departement|de la region|implantee?s? (?:localement|sur le territoire|dans le departement|dans la region))\b/,
  /\bimplantations? (?:locale|geographique|sur le territoire|dans le departement|dans la region)\b/,
  /\bsiege (?:social )?(?:situe |implante )?(?:dans|sur) (?:le|la|l')\b/,
  /\b(?:origine|provenance) (?:francaise|locale|regionale|geographique|france)\b|\bmade in france\b|\bfabrique en france\b/,
  /\bproduits? (?:locaux|regionaux|francais|du departement|de la region)\b/,
  /\bpreference (?:locale|nationale|regionale|geographique)\b|\bproximite geographique (?:de l'entreprise|du candidat|du siege|du soumissionnaire|des locaux)\b/,
  /\bmain[- ]d'oeuvre locale\b|\brecrutement local\b/,
  /\blocal (?:companies|company|firms?|businesses|suppliers?|contractors?|produce|products|labour|labor)\b/,
  /\blocally (?:based|sourced)\b|\bbased in the (?:region|county|department|territory|area)\b|\bheadquarter(?:s|ed)? in\b/,
  /\b(?:national|french|regional) (?:origin|products|suppliers?|firms?)\b|\borigin of the (?:products|goods|supplier)\b|\bdistance (?:from|to) the (?:bidder|supplier|company)'?s? (?:premises|site|headquarters)\b/,
];

export function originMatch(text: string): string | undefined {
  const t = normalise(text);
  for (const re of ORIGIN) {
    const m = re.exec(t);
    if (m) return m[0].trim();
  }
  return undefined;
}

/**
 * Geographic or national preference is unlawful in award criteria (equal treatment). The local economic effects an
 * EFC tender seeks are judged through lawful proxies, which the message suggests.
 */
export const localPreference: Rule = {
  meta: {
    id,
    severity: 'error',
    description: ruleDescription(id),
    docs: docsAnchor(id),
    messages: ruleMessages(id, ['origin']),
  },
  check(ctx) {
    for (const { sub, criterion, loc } of subCriteria(ctx)) {
      if (!criterion) continue;
      for (const { text } of judgedTexts(criterion)) {
        const match = originMatch(text);
        if (!match) continue;
        ctx.report({
          messageId: 'origin',
          args: { label: sub.label, match },
          path: loc.path,
          pos: loc.pos,
          hint: ruleHint(id),
        });
        break;
      }
    }
  },
};
