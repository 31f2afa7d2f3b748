import type { Catalog } from '../load/catalog.js';
import { loadSpecText, type LoadedSpec } from '../load/spec.js';
import type { Lang } from '../model/common.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { InputError } from '../model/errors.js';
import type { Grid } from '../model/grid.js';
import type { Spec } from '../model/spec.js';
import { priceFormulaOf } from '../score/price-formulas.js';
import { selectCriteria } from '../select/select.js';
import { plural, t } from '../wording/catalog.js';
import { PROCEDURE_LABELS } from './questions/territory.js';
import { MECHANISMS } from './questions/cooperation.js';
import { decimalComma, grouped } from './format.js';
import { answersUntil, defaultNegotiation } from '../model/consultation.js';

/**
 * The review screen: the spec in a few lines, the criteria retained with their weights (computed by
 * selectCriteria, the same code as `generate`), and the findings of the lint engine when it is available.
 * Everything in the buyer's words: no ids, no line numbers of a file the buyer has not seen.
 */

export interface Review {
  readonly grid?: Grid;
  readonly diagnostics: readonly Diagnostic[];
  readonly text: string;
}

type LintModule = {
  lintLoaded?: (loaded: LoadedSpec, catalog: Catalog) => { findings: Diagnostic[] };
  lintSpec?: (input: { loaded: LoadedSpec; catalog: Catalog; grid?: Grid }) => Diagnostic[];
  annexRows?: (findings: readonly Diagnostic[], lang: Lang, severities: readonly string[]) => { message: string }[];
};

/**
 * Findings of the lint engine, worded in the interview's language when the engine can. It is imported by a
 * computed path so the interview keeps working without it (selection problems are then the only findings).
 */
async function lint(loaded: LoadedSpec, catalog: Catalog, grid: Grid | undefined, selection: Diagnostic[], lang: Lang): Promise<Diagnostic[]> {
  const path = '../lint/index.js';
  let mod: LintModule;
  try {
    mod = (await import(path)) as LintModule;
  } catch {
    return selection;
  }
  const findings = mod.lintLoaded ? mod.lintLoaded(loaded, catalog).findings : [...selection, ...(mod.lintSpec?.({ loaded, catalog, grid }) ?? [])];
  if (!mod.annexRows) return findings;
  return findings.map((f) => ({ ...f, message: mod.annexRows!([f], lang, [f.severity])[0]?.message ?? f.message, hint: undefined }));
}

const pts = (hundredths: number, lang: Lang): string => decimalComma((hundredths / 100).toFixed(hundredths % 100 === 0 ? 0 : hundredths % 10 ? 2 : 1), lang);

/** One finding on the review screen: its sentence and its advice, without the rule's code or a YAML line. */
export function formatFinding(d: Diagnostic): string {
  const mark = d.severity === 'error' ? '✖' : d.severity === 'warning' ? '⚠' : 'ℹ';
  return `  ${mark} ${d.message}` + (d.hint ? `\n      ${d.hint}` : '');
}

/**
 * Whether pay is tied to indicators whose baselines are all left to be measured in year 1: no gap can then be
 * measured in year 1, so performance-linked pay cannot start before year 2 (and the CCAP needs explicit rates).
 */
export function allPayBaselinesInYear1(spec: Spec): boolean {
  const r = spec.remuneration;
  if (r.mechanism === 'none' || r.performance_share === 0) return false;
  const ids = r.indicators?.length ? r.indicators.map((i) => i.indicator) : spec.usage_performance.map((i) => i.id);
  const paid = spec.usage_performance.filter((i) => ids.includes(i.id));
  return paid.length > 0 && paid.every((i) => i.baseline === undefined);
}

/** The tender file's decisions as the RC will print them: what was asked and what was left to its default. */
function tenderFileLines(spec: Spec, lang: Lang): string[] {
  const c = spec.consultation;
  const lots = spec.tender.lots;
  const award = spec.tender.procedure === 'marche-global-performance' ? (c.award_procedure ?? 'appel-offres-ouvert') : spec.tender.procedure;
  const negotiation = c.negotiation ?? defaultNegotiation(award);
  const lines = [t(lang, 'interview.review.dce')];
  lines.push(
    c.deadline
      ? t(lang, 'interview.review.deadline', { date: c.deadline.date, time: c.deadline.time }) + (c.questions_until ? t(lang, 'interview.review.questionsUntil', { date: c.questions_until }) : t(lang, 'interview.review.answersUntil', { date: answersUntil(c.deadline.date) }))
      : t(lang, 'interview.review.deadlineUnset'),
  );
  if (!lots.length) lines.push(c.lots_not_divided_reason ? t(lang, 'interview.review.lotsSingle', { reason: c.lots_not_divided_reason }) : t(lang, 'interview.review.lotsSingleNoReason'));
  else {
    lines.push(t(lang, 'interview.review.lotsCount', { n: lots.length }));
    for (const lot of lots) {
      const own = [lot.indicators ? plural(lang, 'interview.review.lotOwnIndicators', lot.indicators.length) : '', lot.criteria?.profile ? t(lang, 'interview.review.lotOwnProfile') : ''].filter(Boolean);
      lines.push(t(lang, 'interview.review.lot', { n: lot.number, title: lot.title, shared: own.length ? own.join(', ') : t(lang, 'interview.review.lotShared') }));
    }
  }
  if (spec.tender.procedure === 'marche-global-performance') lines.push(t(lang, 'interview.review.awardProcedure', { procedure: PROCEDURE_LABELS[award][lang] }));
  lines.push(
    t(lang, 'interview.review.variants', {
      value: c.variants.allowed ? plural(lang, 'interview.review.variantsYes', c.variants.minimum_requirements.length) : t(lang, 'interview.review.variantsNo'),
      visit: t(lang, `interview.review.visit.${c.visit.kind}`),
      cpv: c.cpv ?? t(lang, 'interview.review.cpvUnset'),
    }),
    t(lang, 'interview.review.validity', { days: c.offer_validity_days, negotiation: t(lang, `interview.review.negotiation.${negotiation}`) }),
  );
  if (c.candidature.min_candidates !== undefined || c.phases !== undefined) {
    lines.push(
      '    ' +
      [c.candidature.min_candidates !== undefined ? t(lang, 'interview.review.minCandidates', { n: c.candidature.min_candidates }) : '', c.phases !== undefined ? t(lang, 'interview.review.phases', { n: c.phases }) : '']
        .filter(Boolean)
        .join(' ; '),
    );
  }
  return lines;
}

export async function reviewSpec(spec: Spec, yamlText: string, file: string, catalog: Catalog, lang: Lang): Promise<Review> {
  const loaded = loadSpecText(yamlText, file);
  const selection: Diagnostic[] = [];
  let grid: Grid | undefined;
  try {
    grid = selectCriteria(loaded, catalog, lang);
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    selection.push(...err.diagnostics);
  }
  const diagnostics = await lint(loaded, catalog, grid, selection, lang);

  const tender = spec.tender;
  const fn = catalog.functions.get(spec.life_function);
  const engaged = spec.actors.filter((a) => a.status === 'engaged').length;
  const e = spec.useful_effects;
  const r = spec.remuneration;
  const n = (x: number): string => grouped(x, lang);
  const lines: string[] = [
    t(lang, 'interview.review.title'),
    t(lang, 'interview.review.buyer', { name: spec.buyer.name }),
    t(lang, 'interview.review.territory', { name: spec.territory.name }) + (spec.territory.population ? ' ' + t(lang, 'interview.review.population', { n: n(spec.territory.population) }) : ''),
    t(lang, 'interview.review.tender', { title: tender.title, reference: tender.reference, procedure: PROCEDURE_LABELS[tender.procedure][lang], months: tender.duration_months }) +
      (tender.estimated_value_eur ? ' — ' + t(lang, 'interview.review.value', { n: n(tender.estimated_value_eur) }) : '') +
      ' — ' +
      t(lang, 'interview.review.launch', { date: tender.consultation_start }),
    t(lang, 'interview.review.function', { fn: fn?.label[lang] ?? spec.life_function }) +
      ' — ' +
      [plural(lang, 'interview.review.stakes', spec.stakes.length), plural(lang, 'interview.review.actors', spec.actors.length), plural(lang, 'interview.review.engaged', engaged)].join(', '),
    t(lang, 'interview.review.usage'),
    ...spec.usage_performance.map((i) =>
      t(lang, 'interview.review.indicator', {
        label: i.label,
        baseline: i.baseline === undefined ? t(lang, i.baseline_measured_in_year_1 ? 'interview.review.year1' : 'interview.review.noBaseline') : n(i.baseline),
        target: i.target === undefined ? '?' : n(i.target),
        unit: i.unit,
        horizon: i.horizon ? ' ' + t(lang, 'interview.review.by', { year: i.horizon }) : '',
      }),
    ),
    t(lang, 'interview.review.effects', { social: e.social.length, ecology: e.ecology.length, economy: e.economy.length }) + ' ; ' + plural(lang, 'interview.review.externalities', spec.externalities.reduce.length),
    plural(lang, 'interview.review.cooperation', spec.cooperation.expectations.length) +
      (spec.cooperation.governance.meetings_per_year !== undefined ? ' ; ' + t(lang, 'interview.review.committee', { n: spec.cooperation.governance.meetings_per_year }) : ''),
    t(lang, 'interview.review.remuneration', { share: r.performance_share, mechanism: MECHANISMS[r.mechanism][lang] }) +
      (r.cap_percent !== undefined ? ' — ' + t(lang, 'interview.review.cap', { cap: r.cap_percent }) : ''),
    t(lang, 'interview.review.prices', { basis: spec.price.basis }),
    ...(allPayBaselinesInYear1(spec) ? ['  ⚠ ' + t(lang, 'interview.year1.allBaselines')] : []),
    ...tenderFileLines(spec, lang),
  ];
  if (grid) {
    const formula = grid.price ? priceFormulaOf(grid.price).label[lang] : t(lang, 'interview.review.noPrice');
    const profile = catalog.profiles.get(grid.profileId)?.label[lang] ?? grid.profileId;
    lines.push('', t(lang, 'interview.review.criteria', { profile, formula, max: grid.scale.max }));
    const width = 72;
    const cell = (s: string, w: number): string => (s.length > w ? s.slice(0, w - 1) + '…' : s.padEnd(w, ' '));
    for (const c of grid.criteria) {
      lines.push(`  ${cell(`${c.number}. ${c.label}`, width)} ${pts(c.weightHundredths, lang).padStart(5)} pts`);
      for (const s of c.subCriteria) lines.push(`     ${cell(`${s.number} ${s.judges === 'means' ? '⚠ ' : ''}${s.label}`, width - 3)} ${pts(s.weightHundredths, lang).padStart(5)}`);
    }
    lines.push(`  ${t(lang, 'interview.review.efcShare').padEnd(width, ' ')} ${pts(grid.efcHundredths, lang).padStart(5)} pts`);
  }
  return { grid, diagnostics, text: lines.join('\n') };
}
