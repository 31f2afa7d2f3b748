import { describe, expect, it } from 'vitest';
import { ScriptedAsker } from '../../test/helpers/interview.js';
import { loadCatalog } from '../load/catalog.js';
import { loadSpecText } from '../load/spec.js';
import { lintLoaded } from '../lint/index.js';
import { buildSpec, specYaml } from './build.js';
import { runQuestions } from './runner.js';
import { FIRST_TENDERS } from '../../test/fixtures/interview/first-tenders.js';

/**
 * A first tender, accepting every proposal: only what the interview cannot know is typed (names, the territory,
 * the reference, the amount, the launch date, a target without a national reference). Each example's scenario gives
 * a complete spec that lint finds nothing to say about, in at most 50 prompts.
 */
const catalog = loadCatalog();

describe('a first tender, accepting the proposals', () => {
  for (const [name, script] of Object.entries(FIRST_TENDERS)) {
    it(`${name}: a complete, lint-clean spec in at most 50 prompts`, async () => {
      const asker = new ScriptedAsker(script);
      const { answers, problems } = await runQuestions({ catalog, lang: 'fr', asker });
      expect(problems).toEqual([]);
      const built = buildSpec(answers, 'fr', catalog);
      if (!built.ok) throw new Error(JSON.stringify(built.issues));
      const loaded = loadSpecText(specYaml(built.spec, 'fr', `${name}.yaml`), `${name}.yaml`);
      const { findings } = lintLoaded(loaded, catalog);
      // Lint-clean: no error and no warning. The classifiers report what they are unsure of as info (issue 16), and
      // a proposed effect may draw one; an info is advice, not a fault of the spec.
      expect(findings.filter((f) => f.severity !== 'info').map((f) => `${f.code}: ${f.message}`)).toEqual([]);
      expect(asker.asked.length).toBeLessThanOrEqual(50);
      const { spec } = loaded;
      // Smart defaults: horizons from the launch date and the duration, the amount per year made a total, the
      // procedure proposed from it (above the EU threshold), prices compared TTC as told.
      expect(spec.usage_performance).toHaveLength(3);
      expect(spec.usage_performance.every((i) => i.horizon === 2031 && i.measurement && i.target !== undefined)).toBe(true);
      expect(spec.tender).toMatchObject({ estimated_value_eur: 2_400_000, procedure: 'dialogue-competitif', duration_months: 48 });
      expect(spec.price.basis).toBe('TTC');
      expect(spec.consultation.deadline).toEqual({ date: '2027-04-05', time: '12:00' });
      expect(spec.consultation.lots_not_divided_reason).toBeTruthy();
      expect(spec.actors.length).toBeGreaterThan(1);
      // A baseline left empty is recorded as measured in year 1, with how; lint says nothing about it.
      const unmeasured = spec.usage_performance.filter((i) => i.baseline === undefined);
      expect(unmeasured.length).toBeGreaterThan(0);
      expect(unmeasured.every((i) => i.baseline_measured_in_year_1?.startsWith('Mesurée pendant la première année'))).toBe(true);
    });
  }

  it('speaks English in an English interview: proposals, summary and spec', async () => {
    const asker = new ScriptedAsker({ ...FIRST_TENDERS.waste, 'tender.consultation_start': '2027-03-01' });
    const { answers } = await runQuestions({ catalog, lang: 'en', asker });
    const built = buildSpec(answers, 'en', catalog);
    if (!built.ok) throw new Error(JSON.stringify(built.issues));
    expect(built.spec.language).toBe('en');
    expect(built.spec.useful_effects.social[0]).toMatch(/^Inhabitants who sort/);
    expect(built.spec.usage_performance[1]!.baseline_measured_in_year_1).toMatch(/^Measured during the first year/);
    const said = asker.said.join('\n');
    expect(said).toContain('EU thresholds 2026–2027');
    expect(said).not.toMatch(/Seuils|Exemple/);
  });
});
