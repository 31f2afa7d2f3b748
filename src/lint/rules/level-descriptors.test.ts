import { describe, expect, it } from 'vitest';
import { lintPatched, of, testRule } from '../../../test/fixtures/lint/harness.js';
import { normalise } from '../classify.js';
import { gradeOnly } from './level-descriptors.js';
import { customCriterion } from '../../../test/fixtures/lint/custom.js';

const good = customCriterion().levels as { fr: string[]; en: string[] };
const levelsPath = (lang: string, level: number) => ['criteria', 'custom', 0, 'levels', lang, level];

testRule('legal/level-descriptors', {
  valid: [
    { name: 'library criteria with anchored levels', patch: () => {} },
    { name: 'custom criterion with anchored levels', patch: (s) => (s.criteria.custom = [customCriterion()]) },
  ],
  invalid: [
    {
      name: 'library criterion whose levels are numbers and grade words',
      patch: (s) => (s.criteria.include = ['lintfx-vague-levels']),
      errors: Array.from({ length: 12 }, () => ({ messageId: 'placeholder', path: ['criteria', 'include', 0] })),
    },
    {
      name: 'custom criterion with two identical levels',
      patch: (s) => (s.criteria.custom = [customCriterion({ levels: { fr: [...good.fr.slice(0, 5), good.fr[4]], en: good.en } })]),
      errors: [{ messageId: 'duplicate', path: levelsPath('fr', 5) }],
    },
    {
      name: 'custom criterion with a placeholder and a terse level',
      patch: (s) => (s.criteria.custom = [customCriterion({ levels: { fr: good.fr, en: ['TBD', ...good.en.slice(1, 5), 'Proactive approach'] } })]),
      errors: [
        { messageId: 'placeholder', path: levelsPath('en', 0) },
        { messageId: 'vague', severity: 'warning', path: levelsPath('en', 5) },
      ],
    },
    {
      name: 'grade-only descriptors, whatever their length (issue 16)',
      patch: (s) => (s.criteria.custom = [customCriterion({ levels: { fr: ['Niveau 3 : satisfaisant', ...good.fr.slice(1)], en: [...good.en.slice(0, 5), 'The offer is good overall'] } })]),
      errors: [
        { messageId: 'grade-only', path: levelsPath('fr', 0) },
        { messageId: 'grade-only', path: levelsPath('en', 5) },
      ],
    },
  ],
});

describe('short descriptors that name an observable anchor pass', () => {
  it.each(['Figures with method', 'Chiffres et méthode de mesure', 'Plan daté'])('%s', (text) => {
    const run = lintPatched((s) => (s.criteria.custom = [customCriterion({ levels: { fr: good.fr, en: [...good.en.slice(0, 5), text] } })]));
    expect(of(run, 'legal/level-descriptors')).toEqual([]);
  });
  it.each([
    'Très satisfaisant dans l’ensemble',
    'Quite good',
    'Level 4 - excellent',
    // issue 16: grade-only whatever the length and the numbering
    'Niveau 3 : satisfaisant',
    'The offer is good overall',
    'Note 2/5 : passable',
    '3 - Satisfaisant',
    'Convincing answer',
    'Réponse correcte mais incomplète',
    'La proposition du candidat est globalement très satisfaisante dans l’ensemble et de bonne qualité',
    'The bidder’s answer is rather good and fairly complete overall',
  ])('%s only grades', (text) => expect(gradeOnly(normalise(text))).toBe(true));
  it.each(['Figures with method', 'Réponse complète avec un calendrier daté', 'Satisfactory, with a measurement protocol for each indicator'])('%s names evidence', (text) =>
    expect(gradeOnly(normalise(text))).toBe(false),
  );
});
