import { normalise } from '../classify.js';
import { docsAnchor, ruleDescription, ruleHint, ruleMessages } from '../messages.js';
import { subCriteria, writtenAt, type SubLocation } from '../locate.js';
import { criterionTexts } from '../text-sources.js';
import { bilingualFilled, type MessageKey } from '../../wording/catalog.js';
import type { Criterion } from '../../model/criterion.js';
import type { GridSubCriterion } from '../../model/grid.js';
import type { LintContext, Rule } from '../types.js';

const id = 'legal/environmental-criterion';

/** First day of consultations that must weigh the offers' environmental characteristics (décret 2022-767). */
export const ENVIRONMENTAL_CRITERION_FROM = '2026-08-21';

/**
 * Words that name an environmental characteristic of an offer (normalised text: lower case, no accents): emissions,
 * climate, energy, waste and its prevention, resources, pollution, biodiversity, water, organic farming, clean
 * vehicles. Kept to terms that are environmental whatever the sentence: "durable", "qualité" or "bio" alone are not.
 */
const ENVIRONMENTAL = new RegExp(
  String.raw`\b(?:` +
    [
      String.raw`emissions?|co2e?|gaz a effet de serre|ges|greenhouse(?: gas)?|ghg|carbone?|bas[- ]carbone|decarbon\w*|climat\w*|climate`,
      String.raw`energ\w*|electricite consommee|kwh|mwh|renouvelables?|renewables?`,
      String.raw`dechets?|waste|gaspillage|food waste|recycl\w*|reemploi|reutilis\w*|reuse|re-use|compost\w*|valorisation (?:matiere|organique)|economie circulaire|circular economy`,
      String.raw`emballages?|packaging|plastiques?|usage unique|single[- ]use|jetables?|disposables?`,
      String.raw`pollu\w*|qualite de l'air|air quality|particules fines|nuisances? sonores?|bruit|noise`,
      String.raw`biodiversite|biodiversity|ecosystemes? naturels?|habitats? naturels?|sols?|soil|eau potable|consommation d'eau|water (?:use|consumption)|ressources naturelles|natural resources|matieres premieres|raw materials`,
      String.raw`agriculture biologique|biologiques?|organic|ecolabels?|label environnemental|environnement\w*|environment\w*`,
      String.raw`vehicules? (?:electriques?|propres|a faibles emissions)|electric vehicles?|zero[- ]emissions?|biognv|bio-?gnv|hydrogene|mobilites? (?:douces?|actives?)|active travel|cycling|velos?`,
    ].join('|') +
    String.raw`)\b`,
);

/** The first environmental term of a text, if any. */
export function environmentalTerm(text: string): string | undefined {
  return ENVIRONMENTAL.exec(normalise(text))?.[0];
}

/**
 * The environmental term of a criterion: in its label (what it says it judges) when `labelOnly`, else in any of its
 * texts. A flag is missing only when the label says so: in a waste or catering tender the question of nearly every
 * criterion names waste, which is the service's subject, not what the criterion judges.
 */
function criterionTerm(c: Criterion, labelOnly: boolean): string | undefined {
  for (const lang of ['fr', 'en'] as const) {
    for (const t of criterionTexts(c, lang).filter((x) => !labelOnly || x.field === 'label')) {
      const m = environmentalTerm(t.text);
      if (m) return m;
    }
  }
  return undefined;
}

/**
 * CCP L2152-7 as amended by the Climate and Resilience law (art. 35): at least one award criterion takes the
 * environmental characteristics of the offer into account, for consultations launched from 21 August 2026.
 * Before that date the same gap is a warning: the tender may be re-launched after it.
 *
 * The `environmental` flag is not trusted alone: a flagged criterion whose family is not `environment` and whose texts
 * name nothing environmental (a methodology note) does not meet the obligation, and a criterion about emissions,
 * waste, energy or biodiversity without the flag is reported so the buyer sets it. Both name the criterion (id,
 * label) and where it is written. A weight too small to count is legal/symbolic-weight's.
 */
export const environmentalCriterion: Rule = {
  meta: {
    id,
    severity: 'error',
    description: ruleDescription(id),
    docs: docsAnchor(id),
    messages: ruleMessages(id, ['required', 'advised', 'flag-unsupported', 'flag-missing']),
  },
  check(ctx) {
    if (!ctx.grid) return;
    const date = ctx.loaded.spec.tender.consultation_start;
    const required = date >= ENVIRONMENTAL_CRITERION_FROM;
    const weighted = [...subCriteria(ctx)].filter(({ sub }) => sub.weightHundredths > 0);
    const flagged = weighted.filter(({ sub }) => sub.environmental);
    const backed = (s: GridSubCriterion, c: Criterion | undefined): boolean => s.family === 'environment' || (c !== undefined && criterionTerm(c, false) !== undefined);
    const unsupported = flagged.filter(({ sub, criterion }) => !backed(sub, criterion));
    const anyBacked = flagged.length > unsupported.length;

    for (const { sub, loc } of unsupported) {
      // The flag is all that meets the obligation: an error when the obligation applies, else a warning.
      const args = { label: sub.label, criterion: sub.id, family: sub.family, at: at(ctx, loc) };
      ctx.report({ messageId: 'flag-unsupported', severity: !anyBacked && required ? 'error' : 'warning', args, path: loc.path, hint: hint('hint-unsupported', args) });
    }
    for (const { sub, criterion, loc } of weighted) {
      if (sub.environmental || !criterion) continue;
      const match = sub.family === 'environment' ? (criterionTerm(criterion, true) ?? sub.family) : criterionTerm(criterion, true);
      if (!match) continue;
      const args = { label: sub.label, criterion: sub.id, match, at: at(ctx, loc) };
      // Without any flagged criterion this one would meet the obligation once flagged: a warning next to the error.
      // With one, the flag only keeps the count honest: an info.
      ctx.report({ messageId: 'flag-missing', severity: flagged.length === 0 ? 'warning' : 'info', args, path: loc.path, hint: hint('hint-missing', args) });
    }
    if (flagged.length > 0) return;
    ctx.report({
      messageId: required ? 'required' : 'advised',
      severity: required ? 'error' : 'warning',
      args: { date },
      path: ['criteria', 'libraries'],
      hint: ruleHint(id),
    });
  },
};

/** Where the criterion is written: its library line for a library criterion, its entry in the spec for a custom one. */
function at(ctx: LintContext, loc: SubLocation): string {
  return writtenAt(loc.definedAt ?? loc.pos ?? ctx.loaded.source.positionOf(loc.path));
}

const hint = (key: 'hint-unsupported' | 'hint-missing', args: Record<string, string>) => bilingualFilled(`lint.${id}.${key}` as MessageKey, args);
