/**
 * The value of a spreadsheet formula made only of numbers, + - * / and brackets ("=3+0,5" typed as "3+0.5"):
 * what an evaluator may type to compute a mark. Anything else (a cell reference, a function) returns undefined:
 * its cached result could be stale or come from another sheet, so the caller refuses the cell instead.
 */
export function evalArithmetic(formula: string): number | undefined {
  const src = formula.replace(/^=/, '').replace(/\s+/g, '');
  if (src === '' || src.length > 200 || !/^[\d.+\-*/()]+$/.test(src)) return undefined;
  let pos = 0;
  const peek = (): string | undefined => src[pos];
  // Recursion is bounded by the 200-character limit above.
  const expr = (): number => {
    let v = term();
    while (peek() === '+' || peek() === '-') v = src[pos++] === '+' ? v + term() : v - term();
    return v;
  };
  const term = (): number => {
    let v = factor();
    while (peek() === '*' || peek() === '/') v = src[pos++] === '*' ? v * factor() : v / factor();
    return v;
  };
  const factor = (): number => {
    if (peek() === '-') return pos++, -factor();
    if (peek() === '+') return pos++, factor();
    if (peek() === '(') {
      pos++;
      const v = expr();
      if (src[pos++] !== ')') throw new Error('bracket');
      return v;
    }
    const m = /^\d+(?:\.\d+)?/.exec(src.slice(pos));
    if (!m) throw new Error('number');
    pos += m[0].length;
    return Number(m[0]);
  };
  try {
    const v = expr();
    return pos === src.length && Number.isFinite(v) ? v : undefined;
  } catch {
    return undefined;
  }
}
