import type { Catalog } from '../load/catalog.js';
import { loadSpecText, type LoadedSpec } from '../load/spec.js';
import type { Lang } from '../model/common.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { InputError } from '../model/errors.js';
import type { Grid } from '../model/grid.js';
import type { Spec } from '../model/spec.js';
import { priceFormulaOf } from '../score/price-formulas.js';
import { selectCriteria } from '../select/select.js';
import { PROCEDURE_LABELS } from './questions/territory.js';
import { MECHANISMS } from './questions/cooperation.js';
import { decimalComma, grouped } from './format.js';

/**
 * The review screen: the spec in a few lines, the criteria retained with their weights (computed by
 * selectCriteria, the same code as `generate`), and the findings of the lint engine when it is available.
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

const pts = (tenths: number, lang: Lang): string => decimalComma((tenths / 10).toFixed(tenths % 10 ? 1 : 0), lang);

export async function reviewSpec(spec: Spec, yamlText: string, file: string, catalog: Catalog, lang: Lang): Promise<Review> {
  const fr = lang === 'fr';
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

  const t = spec.tender;
  const fn = catalog.functions.get(spec.life_function);
  const engaged = spec.actors.filter((a) => a.status === 'engaged').length;
  const e = spec.useful_effects;
  const r = spec.remuneration;
  const lines: string[] = [
    fr ? 'Récapitulatif' : 'Summary',
    `  ${fr ? 'Acheteur' : 'Buyer'} : ${spec.buyer.name}`,
    `  ${fr ? 'Territoire' : 'Territory'} : ${spec.territory.name}` +
      (spec.territory.population ? ` (${grouped(spec.territory.population, lang)} ${fr ? 'habitants' : 'inhabitants'})` : ''),
    `  ${fr ? 'Marché' : 'Contract'} : ${t.title} — ${t.reference} — ${PROCEDURE_LABELS[t.procedure][lang]} — ${t.duration_months} ${fr ? 'mois' : 'months'}` +
      (t.estimated_value_eur ? ` — ${grouped(t.estimated_value_eur, lang)} € HT` : '') +
      ` — ${fr ? 'lancement' : 'launch'} ${t.consultation_start}`,
    `  ${fr ? 'Fonction de vie' : 'Life function'} : ${fn?.label[lang] ?? spec.life_function} — ${spec.stakes.length} ${fr ? 'enjeu(x)' : 'stake(s)'}, ${spec.actors.length} ${fr ? 'acteur(s)' : 'actor(s)'} (${engaged} ${fr ? 'engagé(s)' : 'engaged'})`,
    `  ${fr ? 'Performance d’usage' : 'Usage performance'} :`,
    ...spec.usage_performance.map(
      (i) => `    • ${i.label} : ${i.baseline === undefined ? (fr ? 'départ à établir' : 'baseline to establish') : grouped(i.baseline, lang)} → ${i.target === undefined ? '?' : grouped(i.target, lang)} ${i.unit}${i.horizon ? ` ${fr ? 'en' : 'by'} ${i.horizon}` : ''}`,
    ),
    `  ${fr ? 'Effets utiles' : 'Useful effects'} : ${e.social.length} ${fr ? 'sociaux' : 'social'}, ${e.ecology.length} ${fr ? 'écologiques' : 'ecological'}, ${e.economy.length} ${fr ? 'économiques' : 'economic'} ; ${spec.externalities.reduce.length} ${fr ? 'externalité(s) à réduire' : 'externalities to reduce'}`,
    `  ${fr ? 'Coopération' : 'Cooperation'} : ${spec.cooperation.expectations.length} ${fr ? 'attente(s)' : 'expectation(s)'}` +
      (spec.cooperation.governance.meetings_per_year !== undefined ? ` ; ${fr ? 'comité' : 'committee'} ${spec.cooperation.governance.meetings_per_year} ${fr ? 'fois par an' : 'times a year'}` : ''),
    `  ${fr ? 'Rémunération' : 'Remuneration'} : ${r.performance_share} % ${fr ? 'liés à la performance' : 'tied to performance'} (${MECHANISMS[r.mechanism][lang]})`,
  ];
  if (grid) {
    const formula = grid.price ? priceFormulaOf(grid.price).label[lang] : fr ? 'sans critère prix' : 'no price criterion';
    lines.push(``, fr ? `Critères retenus (profil ${grid.profileId} ; prix : ${formula} ; notes de 0 à ${grid.scale.max}) :` : `Criteria retained (profile ${grid.profileId}; price: ${formula}; marks 0 to ${grid.scale.max}):`);
    const width = 72;
    const cell = (s: string, w: number): string => (s.length > w ? s.slice(0, w - 1) + '…' : s.padEnd(w, ' '));
    for (const c of grid.criteria) {
      lines.push(`  ${cell(`${c.number}. ${c.label}`, width)} ${pts(c.weightTenths, lang).padStart(5)} pts`);
      for (const s of c.subCriteria) lines.push(`     ${cell(`${s.number} ${s.judges === 'means' ? '⚠ ' : ''}${s.label}`, width - 3)} ${pts(s.weightTenths, lang).padStart(5)}`);
    }
    lines.push(`  ${(fr ? 'Part des critères EFC' : 'EFC share').padEnd(width, ' ')} ${pts(grid.efcTenths, lang).padStart(5)} pts`);
  }
  return { grid, diagnostics, text: lines.join('\n') };
}
