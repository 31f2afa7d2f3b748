import type { Lang } from '../model/common.js';

/**
 * Wording of every finding of `score`, in one table (publint's habit): code → template per language.
 * Tests assert codes; people read these sentences in the report and on the terminal.
 */
const MESSAGES: Readonly<Record<string, { readonly fr: string; readonly en: string }>> = {
  'mark-between-levels': {
    fr: '{{evaluator}} attribue {{mark}} à {{bidder}} sur le sous-critère {{criterion}}, entre deux niveaux ancrés de l’échelle : préciser le niveau retenu.',
    en: '{{evaluator}} gives {{bidder}} {{mark}} on sub-criterion {{criterion}}, between two anchored levels of the scale: state which level applies.',
  },
  'justification-missing': {
    fr: 'Note {{mark}} de {{evaluator}} pour {{bidder}} sur {{criterion}} sans justification : aucun point ne doit être attribué sans motivation.',
    en: 'Mark {{mark}} from {{evaluator}} for {{bidder}} on {{criterion}} has no justification: no point may be given without a reason.',
  },
  'justification-short': {
    fr: 'Justification de {{evaluator}} pour {{bidder}} sur {{criterion}} trop brève ({{chars}} caractères, minimum {{min}}) : elle doit dire pourquoi l’offre correspond au niveau {{level}}.',
    en: 'Justification from {{evaluator}} for {{bidder}} on {{criterion}} is too short ({{chars}} characters, minimum {{min}}): it must say why the offer fits level {{level}}.',
  },
  'justification-contradicts-level': {
    fr: 'Note {{mark}} (niveau {{level}}) de {{evaluator}} pour {{bidder}} sur {{criterion}}, mais la justification emploie un terme propre aux niveaux {{direction}} (« {{word}} ») : vérifier la cohérence entre la note et le descripteur du niveau.',
    en: 'Mark {{mark}} (level {{level}}) from {{evaluator}} for {{bidder}} on {{criterion}}, but the justification uses wording of {{direction}} levels ("{{word}}"): check that the mark fits the level descriptor.',
  },
  'justification-duplicate': {
    fr: '{{evaluator}} donne la même justification à {{bidders}} sur {{criterion}} : une justification doit être propre à chaque offre.',
    en: '{{evaluator}} gives the same justification to {{bidders}} on {{criterion}}: a justification must be specific to each offer.',
  },
  'marks-spread': {
    fr: '{{bidder}}, {{criterion}} : les notes ({{marks}}) s’écartent de {{spread}} niveaux (plus de {{max}}) ; une discussion de consensus est nécessaire.',
    en: '{{bidder}}, {{criterion}}: the marks ({{marks}}) differ by {{spread}} levels (more than {{max}}); a consensus discussion is needed.',
  },
  'mark-missing': {
    fr: '{{evaluator}} n’a pas noté {{bidder}} sur {{criterion}}.',
    en: '{{evaluator}} has not marked {{bidder}} on {{criterion}}.',
  },
  'marks-missing-allowed': {
    fr: '{{count}} note(s) manquante(s) : le classement est établi avec les notes disponibles (--allow-missing) ; un sous-critère que personne n’a noté compte pour zéro.',
    en: '{{count}} missing mark(s): the ranking uses the marks available (--allow-missing); a sub-criterion nobody marked counts as zero.',
  },
  'abnormally-low': {
    fr: 'Le prix de {{bidder}} ({{price}}) paraît anormalement bas selon {{methods}} : lui demander par écrit des précisions et justifications sur le montant de son offre.',
    en: 'The price of {{bidder}} ({{price}}) looks abnormally low by {{methods}}: ask the bidder in writing to explain and justify its price.',
  },
  'automatic-exclusion-announced': {
    fr: 'La spécification annonce une exclusion automatique des offres anormalement basses : le code de la commande publique impose de demander des justifications avant tout rejet ; efc-tender se borne à signaler les offres à interroger.',
    en: 'The spec announces the automatic exclusion of abnormally low offers: the public procurement code requires asking for justifications before any rejection; efc-tender only lists the offers to question.',
  },
  tie: {
    fr: '{{bidders}} sont à égalité avec {{total}} points.',
    en: '{{bidders}} are tied at {{total}} points.',
  },
  'tie-broken': {
    fr: 'Égalité départagée par la règle annoncée ({{rule}}) : {{order}}.',
    en: 'Tie broken by the announced rule ({{rule}}): {{order}}.',
  },
  'tie-unresolved': {
    fr: 'Égalité non départagée automatiquement : la commission applique la règle annoncée dans le règlement de la consultation (« {{rule}} »).',
    en: 'Tie not broken automatically: the committee applies the rule announced in the rules of the consultation ("{{rule}}").',
  },
  'tie-no-rule': {
    fr: 'Égalité sans règle de départage annoncée : la commission doit motiver son choix au regard des critères annoncés.',
    en: 'Tie with no announced tie-break rule: the committee must give the reasons for its choice in the light of the announced criteria.',
  },
  'fragile-tie': {
    fr: 'La première place est partagée à égalité de points.',
    en: 'The first place is shared on equal points.',
  },
  'fragile-mark': {
    fr: 'Une baisse de {{levels}} niveau(x) de la note de {{winner}} sur {{criterion}} suffirait à changer l’attributaire.',
    en: 'A drop of {{levels}} level(s) in the mark of {{winner}} on {{criterion}} would be enough to change the winner.',
  },
  'fragile-weight': {
    fr: 'Une variation de {{delta}} point(s) de la pondération du critère {{criterion}} suffirait à changer l’attributaire.',
    en: 'Changing the weight of criterion {{criterion}} by {{delta}} point(s) would be enough to change the winner.',
  },
};

export function message(code: string, lang: Lang, args: Readonly<Record<string, string | number>> = {}): string {
  const t = MESSAGES[code];
  if (!t) return code;
  return t[lang].replace(/\{\{(\w+)\}\}/g, (_, k: string) => (args[k] === undefined ? `{{${k}}}` : String(args[k])));
}

export const MESSAGE_CODES = Object.keys(MESSAGES);
