/**
 * The safe expression language of user-defined price formulas (spec `price.expression`): numbers, the variables
 * P (the offer's price), Pmin, Pmax, Pmoy (lowest, highest and mean admissible price) and N or n (how many offers),
 * + − × ÷ (also written - * /), parentheses, and the functions min(…) and max(…). Nothing else: no names outside
 * this list, no calls outside min/max, no assignment, no access to anything but the five numbers — the text is data,
 * parsed into a tree here and never handed to `eval`. The same tree gives the number `score` uses and the
 * spreadsheet formula of the XLSX grid, so the two cannot disagree.
 */

export const FORMULA_VARIABLES = ['P', 'Pmin', 'Pmax', 'Pmoy', 'N'] as const;
export type FormulaVariable = (typeof FORMULA_VARIABLES)[number];
export type FormulaValues = Readonly<Record<FormulaVariable, number>>;

export type Expr =
  | { readonly kind: 'num'; readonly value: number }
  | { readonly kind: 'var'; readonly name: FormulaVariable }
  | { readonly kind: 'neg'; readonly arg: Expr }
  | { readonly kind: 'bin'; readonly op: '+' | '-' | '*' | '/'; readonly left: Expr; readonly right: Expr }
  | { readonly kind: 'call'; readonly fn: 'min' | 'max'; readonly args: readonly Expr[] };

/** A parse error: what is wrong and at which character (0-based) of the expression. */
export class FormulaSyntaxError extends Error {
  constructor(
    readonly reason: 'unexpected' | 'unknown-name' | 'unknown-function' | 'end' | 'empty' | 'too-long',
    readonly at: number,
    readonly token: string,
  ) {
    super(`${reason} at ${at}: ${token}`);
  }
}

/** Other spellings: English "Pmean"; "n" for the number of offers, which the RC prints as "n" (there N is the mark). */
const ALIASES: Readonly<Record<string, FormulaVariable>> = { Pmean: 'Pmoy', n: 'N' };

const MAX_LENGTH = 500;
const MAX_DEPTH = 50;

interface Token {
  readonly type: 'num' | 'name' | 'op' | '(' | ')' | ',' | 'end';
  readonly text: string;
  readonly at: number;
}

/** Typographic operators are accepted as typed in a French RC: × ÷ − and the decimal comma inside numbers. */
function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const ch = src[i]!;
    if (/\s/u.test(ch)) {
      i++;
      continue;
    }
    const num = /^(\d+(?:[.,]\d+)?)/u.exec(src.slice(i));
    if (num) {
      out.push({ type: 'num', text: num[1]!.replace(',', '.'), at: i });
      i += num[1]!.length;
      continue;
    }
    const name = /^([A-Za-z][A-Za-z0-9]*)/u.exec(src.slice(i));
    if (name) {
      out.push({ type: 'name', text: name[1]!, at: i });
      i += name[1]!.length;
      continue;
    }
    const op = { '+': '+', '-': '-', '−': '-', '*': '*', '×': '*', '/': '/', '÷': '/' }[ch];
    if (op) out.push({ type: 'op', text: op, at: i });
    else if (ch === '(' || ch === ')') out.push({ type: ch, text: ch, at: i });
    else if (ch === ';') out.push({ type: ',', text: ch, at: i }); // French argument separator: max(0 ; …)
    else if (ch === ',') out.push({ type: ',', text: ch, at: i });
    else throw new FormulaSyntaxError('unexpected', i, ch);
    i++;
  }
  out.push({ type: 'end', text: '', at: src.length });
  return out;
}

/** Parse an expression; throws FormulaSyntaxError naming the first problem and its position. */
export function parseFormula(src: string): Expr {
  if (src.length > MAX_LENGTH) throw new FormulaSyntaxError('too-long', MAX_LENGTH, String(src.length));
  const toks = tokenize(src);
  if (toks.length === 1) throw new FormulaSyntaxError('empty', 0, '');
  let k = 0;
  const peek = (): Token => toks[k]!;
  const next = (): Token => toks[k++]!;
  const fail = (tok: Token): never => {
    throw new FormulaSyntaxError(tok.type === 'end' ? 'end' : 'unexpected', tok.at, tok.text);
  };
  const expect = (type: Token['type']): Token => (peek().type === type ? next() : fail(peek()));

  const expr = (depth: number): Expr => {
    if (depth > MAX_DEPTH) fail(peek());
    let left = term(depth);
    while (peek().type === 'op' && (peek().text === '+' || peek().text === '-')) {
      const op = next().text as '+' | '-';
      left = { kind: 'bin', op, left, right: term(depth) };
    }
    return left;
  };
  const term = (depth: number): Expr => {
    let left = unary(depth);
    while (peek().type === 'op' && (peek().text === '*' || peek().text === '/')) {
      const op = next().text as '*' | '/';
      left = { kind: 'bin', op, left, right: unary(depth) };
    }
    return left;
  };
  const unary = (depth: number): Expr => {
    if (peek().type === 'op' && peek().text === '-') {
      next();
      return { kind: 'neg', arg: unary(depth + 1) };
    }
    if (peek().type === 'op' && peek().text === '+') {
      next();
      return unary(depth + 1);
    }
    return atom(depth);
  };
  const atom = (depth: number): Expr => {
    const tok = next();
    if (tok.type === 'num') return { kind: 'num', value: Number(tok.text) };
    if (tok.type === '(') {
      const e = expr(depth + 1);
      expect(')');
      return e;
    }
    if (tok.type === 'name') {
      const lower = tok.text.toLowerCase();
      if (peek().type === '(') {
        if (lower !== 'min' && lower !== 'max') throw new FormulaSyntaxError('unknown-function', tok.at, tok.text);
        next();
        const args: Expr[] = [expr(depth + 1)];
        while (peek().type === ',') {
          next();
          args.push(expr(depth + 1));
        }
        expect(')');
        return { kind: 'call', fn: lower, args };
      }
      const v = FORMULA_VARIABLES.find((x) => x === tok.text) ?? ALIASES[tok.text];
      if (!v) throw new FormulaSyntaxError('unknown-name', tok.at, tok.text);
      return { kind: 'var', name: v };
    }
    return fail(tok);
  };
  const e = expr(0);
  if (peek().type !== 'end') fail(peek());
  return e;
}

/** The value of a parsed expression. Division by zero gives a non-finite number, which the callers refuse. */
export function evaluateFormula(e: Expr, v: FormulaValues): number {
  switch (e.kind) {
    case 'num':
      return e.value;
    case 'var':
      return v[e.name];
    case 'neg':
      return -evaluateFormula(e.arg, v);
    case 'bin': {
      const a = evaluateFormula(e.left, v);
      const b = evaluateFormula(e.right, v);
      return e.op === '+' ? a + b : e.op === '-' ? a - b : e.op === '*' ? a * b : a / b;
    }
    case 'call': {
      const xs = e.args.map((x) => evaluateFormula(x, v));
      return e.fn === 'min' ? Math.min(...xs) : Math.max(...xs);
    }
  }
}

/** The spreadsheet text of each variable, given the offer's cell and the range of all the prices. */
export function spreadsheetVariables(cell: string, range: string): Readonly<Record<FormulaVariable, string>> {
  return { P: cell, Pmin: `MIN(${range})`, Pmax: `MAX(${range})`, Pmoy: `AVERAGE(${range})`, N: `COUNT(${range})` };
}

/** The same expression as a spreadsheet formula (fully parenthesised, so precedence cannot drift). */
export function formulaToSpreadsheet(e: Expr, vars: Readonly<Record<FormulaVariable, string>>): string {
  switch (e.kind) {
    case 'num':
      return String(e.value);
    case 'var':
      return vars[e.name];
    case 'neg':
      return `(-${formulaToSpreadsheet(e.arg, vars)})`;
    case 'bin':
      return `(${formulaToSpreadsheet(e.left, vars)}${e.op}${formulaToSpreadsheet(e.right, vars)})`;
    case 'call':
      return `${e.fn.toUpperCase()}(${e.args.map((a) => formulaToSpreadsheet(a, vars)).join(',')})`;
  }
}

/** The expression as printed in the RC: × ÷ − and, in French, decimal commas and "max(a ; b)". */
export function formulaToText(e: Expr, lang: 'fr' | 'en', parent = 0): string {
  const numText = (x: number): string => (lang === 'fr' ? String(x).replace('.', ',') : String(x));
  switch (e.kind) {
    case 'num':
      return numText(e.value);
    case 'var':
      // The RC calls the price mark N ("N = Nmax × …"): the number of offers is printed n so the two never meet.
      return e.name === 'Pmoy' && lang === 'en' ? 'Pmean' : e.name === 'N' ? 'n' : e.name;
    case 'neg':
      return `−${formulaToText(e.arg, lang, 3)}`;
    case 'bin': {
      const prec = e.op === '+' || e.op === '-' ? 1 : 2;
      const sym = { '+': '+', '-': '−', '*': '×', '/': '/' }[e.op];
      // The right operand of − and / needs brackets at equal precedence: a − (b − c), a / (b × c).
      const text = `${formulaToText(e.left, lang, prec)} ${sym} ${formulaToText(e.right, lang, prec + (e.op === '-' || e.op === '/' ? 0.5 : 0))}`;
      return prec < parent ? `(${text})` : text;
    }
    case 'call':
      return `${e.fn}(${e.args.map((a) => formulaToText(a, lang)).join(lang === 'fr' ? ' ; ' : ', ')})`;
  }
}
