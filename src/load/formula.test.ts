import { describe, expect, it } from 'vitest';
import { evalArithmetic } from './formula.js';

describe('evalArithmetic', () => {
  it('recomputes plain arithmetic', () => {
    expect(evalArithmetic('3+0.5')).toBe(3.5);
    expect(evalArithmetic('=(4+3)/2')).toBe(3.5);
    expect(evalArithmetic('-1+2*3')).toBe(5);
    expect(evalArithmetic('4')).toBe(4);
  });
  it('refuses references, functions, and what does not compute', () => {
    for (const f of ['B4', 'SUM(1,2)', 'AVERAGE(E5:E7)', '1/0', '(1+2', '1+', '', 'Sheet1!A1']) expect(evalArithmetic(f)).toBeUndefined();
  });
});
