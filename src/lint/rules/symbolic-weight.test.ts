import { describe, expect, it } from 'vitest';
import { lintPatched, of, testRule } from '../../../test/fixtures/lint/harness.js';
import { CRITERION_GAP, minWeight, QUALITY_GAP } from './symbolic-weight.js';

// The fixture profile: performance 30, solution 20, cooperation 20, price 30. With price on 30 points, one criterion
// must weigh at least 30 × 0.02 / 1.02 ≈ 0.59 points; quality as a whole at least P × 0.1 / 1.1 (8.4 against 91.6).
testRule('legal/symbolic-weight', {
  valid: [
    { name: 'the profile’s weights', patch: () => {} },
    { name: 'a sub-criterion on 1 point can still overturn a 3 % price gap', patch: (s) => (s.criteria.weights = { 'lintfx-performance': 1 }) },
    { name: 'quality 12 against price 88, every part above 1.8 points', patch: (s) => (s.criteria.weights = { prix: 88, performance: 6, solution: 3, cooperation: 3 }) },
    { name: 'a sub-criterion at 0 is legal/weights-announced’s, not this rule’s', patch: (s) => (s.criteria.weights = { 'lintfx-performance': 0 }) },
  ],
  invalid: [
    {
      name: 'a 0.1-point environmental criterion (issue 16): error from 21 Aug 2026',
      patch: (s) => (s.criteria.weights = { 'lintfx-emissions': 0.1 }),
      errors: [{ messageId: 'environmental', severity: 'error', path: ['criteria', 'weights', 'lintfx-emissions'] }],
    },
    {
      name: 'the same before 21 Aug 2026: warning',
      patch: (s) => ((s.criteria.weights = { 'lintfx-emissions': 0.1 }), (s.tender.consultation_start = '2026-03-01')),
      errors: [{ messageId: 'environmental', severity: 'warning', path: ['criteria', 'weights', 'lintfx-emissions'] }],
    },
    {
      name: 'quality 10 against price 90: the environmental share (1.3 points) falls below 1.8',
      patch: (s) => (s.criteria.weights = { prix: 90, performance: 4, solution: 3, cooperation: 3 }),
      errors: [{ messageId: 'environmental', severity: 'error', path: ['criteria', 'libraries', 0] }],
    },
    {
      name: 'a sub-criterion on half a point',
      patch: (s) => (s.criteria.weights = { 'lintfx-performance': 0.5 }),
      errors: [{ messageId: 'criterion', path: ['criteria', 'weights', 'lintfx-performance'] }],
    },
    {
      name: 'a whole criterion on half a point: reported once, not for each sub-criterion',
      patch: (s) => (s.criteria.weights = { cooperation: 0.5, performance: 49.5 }),
      errors: [{ messageId: 'group', path: ['criteria', 'weights', 'cooperation'] }],
    },
    {
      name: '0.1 point of quality against 99.9 of price (issue 16)',
      patch: (s) => (s.criteria.weights = { prix: 99.9, performance: 0.1, solution: 0, cooperation: 0 }),
      errors: [{ messageId: 'quality', severity: 'error', path: ['criteria', 'weights', 'performance'] }],
    },
    {
      name: 'quality 8 against price 92',
      patch: (s) => (s.criteria.weights = { prix: 92, performance: 4, solution: 2, cooperation: 2 }),
      errors: [{ messageId: 'quality', severity: 'error', path: ['criteria', 'weights', 'performance'] }],
    },
  ],
});

describe('the thresholds', () => {
  it('a criterion must make up a 2 % price gap under the proportional formula', () => {
    // Two offers 2 % apart: price marks 30 and 30 / 1.02, a gap of 0.588 points.
    expect(minWeight(30, CRITERION_GAP)).toBeCloseTo(30 - 30 / 1.02, 9);
    expect(minWeight(60, CRITERION_GAP)).toBeCloseTo(1.176, 3);
  });
  it('quality as a whole must make up a 10 % price gap: about 8.3 points when the rest is price', () => {
    expect(minWeight(91.7, QUALITY_GAP)).toBeLessThan(8.34);
    expect(minWeight(91.6, QUALITY_GAP)).toBeGreaterThan(8.3);
  });
  it('names the threshold and the gap in the message, in French', () => {
    const [f] = of(lintPatched((s) => (s.criteria.weights = { 'lintfx-performance': 0.5 })), 'legal/symbolic-weight');
    expect(f!.message).toContain('0.5 point(s) sur 100 (moins de 0.59)');
    expect(f!.message).toContain('écart de prix de 2 %');
    expect(f!.hint).toContain('au moins 0.59 points');
  });
});
