import { describe, expect, it } from 'vitest';
import { lintPatched, of, testRule } from '../../../test/fixtures/lint/harness.js';
import { customCriterion } from '../../../test/fixtures/lint/custom.js';
import { checkBuyerText, checkText } from '../nlp/check-text.js';

testRule('efc/means-not-effects', {
  valid: [
    { name: 'effects only', patch: () => {} },
    { name: 'means named only to be ruled out', patch: (s) => (s.tender.object = 'Le titulaire est rémunéré sur les résultats obtenus, et non sur les tonnages collectés.') },
    { name: 'effects custom criterion', patch: (s) => (s.criteria.custom = [customCriterion()]) },
    { name: 'a bundled criterion is trusted on what it declares it judges', patch: (s) => (s.criteria.include = ['lintfx-frequency']) },
    { name: 'components of the integrated solution are means by nature', patch: (s) => (s.integrated_solution = { components: ['Douze bennes électriques et deux composteurs de quartier'] }) },
  ],
  invalid: [
    { name: 'library criterion that judges means', patch: (s) => (s.criteria.include = ['lintfx-fleet']), errors: [{ messageId: 'declared', path: ['criteria', 'include', 0] }] },
    {
      name: 'custom criterion counting staff',
      patch: (s) => (s.criteria.custom = [customCriterion({ question: { fr: 'Combien d’agents et de chauffeurs affectez-vous à la collecte ?', en: 'How many staff and drivers do you assign?' } })]),
      errors: [{ messageId: 'means-criterion', path: ['criteria', 'custom', 0, 'question', 'fr'] }],
    },
    {
      name: 'an object that obliges the provider to deploy vehicles',
      patch: (s) => (s.tender.object = 'Le titulaire devra mettre à disposition douze bennes et assurer la collecte deux fois par semaine.'),
      errors: [{ messageId: 'means-text', path: ['tender', 'object'] }],
    },
    {
      name: 'object prescribing a collection frequency (no obligation cue: info)',
      patch: (s) => (s.tender.object = 'Collecte des ordures ménagères en porte-à-porte deux fois par semaine.'),
      errors: [{ messageId: 'means-text', path: ['tender', 'object'], severity: 'info' }],
    },
    {
      name: 'indicator that counts vehicles',
      patch: (s) => (s.usage_performance[0].label = 'Nombre de bennes affectées au marché'),
      errors: [{ messageId: 'means-text', path: ['usage_performance', 0, 'label'], severity: 'info' }],
    },
    {
      name: 'an effect that is a menu specification',
      patch: (s) => (s.useful_effects = { social: ['Le titulaire servira des menus comprenant 50 % de produits bio et des portions de 120 g.'] }),
      errors: [{ messageId: 'means-text', path: ['useful_effects', 'social', 0], severity: 'info' }],
    },
  ],
});

// Clauses built like the real ones of issue 16: one resource noun, menus and portions, labels, frequencies,
// schedules, activity lists; and effects that carry topic words.
describe('checkBuyerText', () => {
  const means = (text: string, lang: 'fr' | 'en' = 'fr') => checkBuyerText(text, { lang, field: 'useful_effects' }).filter((f) => f.rule === 'efc/means-not-effects');
  it.each([
    'Le titulaire mettra à disposition des bennes de 19 tonnes pour la collecte.',
    'Les menus comprendront une composante bio par repas et des portions adaptées à l’âge des enfants.',
    'Le nettoyage des sanitaires est assuré deux fois par jour, du lundi au vendredi.',
    'The contractor shall provide four 26-seat vehicles operating Monday to Saturday from 7 am to 7 pm.',
    'Restrooms shall be cleaned daily and trash receptacles emptied.',
  ])('flags the means in %s, with a cue, an object and a rewording', (text) => {
    const lang = /^(The|Restrooms)/.test(text) ? 'en' : 'fr';
    const f = means(text, lang);
    expect(f).toHaveLength(1);
    expect(f[0]!.object).not.toBe('');
    expect(f[0]!.message).toContain(f[0]!.object);
    expect(f[0]!.hint.length).toBeGreaterThan(20);
  });
  it.each([
    'Réduire de 15 % les déchets ménagers et assimilés par habitant entre 2010 et 2030.',
    'Part des habitants à moins de 15 minutes d’une solution de mobilité, de 40 % en 2025 à 70 % en 2030.',
    'Reduce food waste per meal served by 30 % against the 2025 baseline.',
  ])('leaves the effect %s alone', (text) => expect(means(text, /^Reduce/.test(text) ? 'en' : 'fr')).toEqual([]));
  it('takes its example from the life function, in the spec’s language', () => {
    const lifeFunction = {
      id: 'gerer-dechets',
      label: { fr: 'Gérer ses déchets', en: 'Managing waste' },
      description: { fr: 'x', en: 'x' },
      stakes: { fr: [], en: [] },
      indicators: [{ id: 'omr', label: { fr: 'Ordures ménagères résiduelles par habitant', en: 'Residual waste per inhabitant' }, unit: 'kg', field: 'ecology' as const, direction: 'decrease' as const, measurement: { fr: 'x', en: 'x' } }],
    };
    const [f] = checkBuyerText('Le titulaire mettra à disposition 12 bennes.', { lang: 'fr', lifeFunction, field: 'stakes' });
    expect(f!.hint).toContain('Ordures ménagères résiduelles par habitant');
    expect(f!.hint).toContain('Gérer ses déchets');
  });
});

// Issue 16 residual: a stake that describes what the service costs households is a burden to relieve, not pay for means.
describe('a cost borne by people is not pay', () => {
  it.each([
    ['stakes', 'Le coût du service de collecte pèse sur le budget des ménages.'],
    ['stakes', 'Coût du transport dans le budget des ménages modestes'],
    ['useful_effects', 'Transport costs in the budget of low-income households'],
  ])('%s: %s passes', (field, text) => {
    const run = lintPatched((s) => (field === 'stakes' ? (s.stakes = [text]) : (s.useful_effects = { economy: [text] })));
    expect(of(run, 'efc/means-not-effects')).toEqual([]);
  });
  it('the next sentence is still read: a burden, then means the contract pays for', () => {
    const run = lintPatched((s) => (s.tender.object = 'Le coût du service pèse sur le budget des ménages. Le titulaire devra mettre à disposition douze bennes.'));
    expect(of(run, 'efc/means-not-effects').map((f) => f.path?.join('.'))).toEqual(['tender.object']);
  });
  // KNOWN CLASSIFIER FALSE POSITIVE (src/lint/nlp, lint-corpus's files): checkText reads "coût" as a payment cue and
  // "collecte" as the means paid for. The rule sets it aside (burdenOnPeople); when nlp/ is fixed, remove `.fails`.
  it.fails('KNOWN FALSE POSITIVE of nlp/: checkText leaves "Le coût du service de collecte pèse sur le budget des ménages." alone', () => {
    expect(checkText('Le coût du service de collecte pèse sur le budget des ménages.', { lang: 'fr', role: 'requirement' }).filter((f) => f.rule === 'efc/means-not-effects')).toEqual([]);
  });
});
