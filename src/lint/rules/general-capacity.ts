import { normalise } from '../classify.js';
import { docsAnchor, ruleDescription, ruleHint, ruleMessages } from '../messages.js';
import { judgedTexts, subCriteria } from '../locate.js';
import type { Rule } from '../types.js';

const id = 'legal/general-capacity';

/** Capacities of the firm in general: they decide who may bid (selection of candidates), not which offer wins. */
const GENERAL = [
  /\bchiffres? d'affaires\b(?! (?:du|de ce|realise (?:avec|aupres))(?: present)? (?:marche|contrat))/,
  /\breferences? (?:de l'entreprise|du candidat|de la societe|du soumissionnaire|similaires|de marches|clients?|professionnelles)\b/,
  /\bexperience (?:de l'entreprise|du candidat|de la societe|du soumissionnaire|de l'operateur)\b/,
  /\b(?:anciennete|annees d'existence) (?:de l'entreprise|du candidat|de la societe)\b/,
  /\b(?:effectifs?|nombre de salaries|nombre d'employes) (?:global|total|moyen annuel)?\s*(?:de l'entreprise|du candidat|de la societe)\b/,
  /\bcapacites? (?:financieres?|economiques?|techniques et professionnelles|professionnelles) (?:de l'entreprise|du candidat|du soumissionnaire)?/,
  /\b(?:annual |overall )?turnover\b/,
  /\b(?:company|firm|bidder|candidate|tenderer)(?:'s)? (?:general )?(?:experience|references|track record|size|headcount|workforce)\b/,
  /\breferences (?:for|from|on) (?:similar|comparable) (?:contracts|projects|services)\b/,
  /\byears (?:in business|of existence|of experience of the (?:company|firm|bidder))\b/,
  /\bfinancial (?:standing|capacity|strength)\b|\bgeneral capacit(?:y|ies)\b/,
];

/**
 * CJEU Lianakis C-532/06 and R2152-7: the experience, staff and equipment of the firm in general are selection
 * criteria, not award criteria. The organisation, qualification and experience of the staff *assigned to the
 * contract* may be judged, so texts that speak of the assigned team are left alone.
 */
export const ASSIGNED = /\b(?:affecte|affectee|affectes|affectees|dedie|dediee|mobilise|mobilisee) (?:a l'execution (?:du|de ce) marche|au (?:present )?marche|au contrat|au service)|\b(?:assigned|dedicated) to (?:the|this) (?:contract|service)\b/;

export function generalCapacityMatch(text: string): string | undefined {
  const t = normalise(text);
  if (ASSIGNED.test(t)) return undefined;
  for (const re of GENERAL) {
    const m = re.exec(t);
    if (m) return m[0].trim();
  }
  return undefined;
}

export const generalCapacity: Rule = {
  meta: {
    id,
    severity: 'error',
    description: ruleDescription(id),
    docs: docsAnchor(id),
    messages: ruleMessages(id, ['general']),
  },
  check(ctx) {
    for (const { sub, criterion, loc } of subCriteria(ctx)) {
      if (!criterion) continue;
      for (const { text } of judgedTexts(criterion)) {
        const match = generalCapacityMatch(text);
        if (!match) continue;
        ctx.report({
          messageId: 'general',
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
