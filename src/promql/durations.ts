import type { Token, TokenType } from './lexer.js';
import type { PromqlProblem } from './types.js';

/**
 * Duration expressions, in `[...]` and after `offset` (`duration_expr` of Prometheus's grammar,
 * on by default since Prometheus 3.x): numbers and durations with `+ - * / % ^`, brackets,
 * `step()`, `range()`, `min_of(a, b)` and `max_of(a, b)`. Parsed with explicit stacks, like
 * the expressions around them.
 */

export interface DurationSummary {
  start: number;
  end: number;
  /** The value in seconds when the expression is a plain number or duration, with any signs. */
  literal: number | undefined;
  /** Index of the first token after the expression. */
  next: number;
  /** Index of the token where the expression cannot go on, if it is not complete there. */
  syntaxError?: number;
}

interface Operand {
  literal: boolean;
  value: number;
}

interface Operator {
  token: Token;
  precedence: number;
  unary: boolean;
}

interface Frame {
  kind: 'paren' | 'minmax';
  operatorBase: number;
  commas: number;
}

const PRECEDENCE: Partial<Record<TokenType, number>> = { ADD: 4, SUB: 4, MUL: 5, DIV: 5, MOD: 5, POW: 6 };
const UNARY_PRECEDENCE = 5;

/** `durationLiteralOutOfRange`: beyond what a Go `time.Duration` holds, in seconds. */
const MAX_SECONDS = 2 ** 63 / 1e9;

/**
 * Reads the duration expression starting at token `from`. After `offset`, it is one operand
 * (`offset 5m - 1` subtracts 1 from the offset selector, as in Prometheus); in brackets it runs
 * up to `:` or `]`.
 */
export function durationSummary(
  tokens: Token[],
  from: number,
  afterOffset: boolean,
  valueOf: (token: Token) => number | undefined,
  report: (start: number, end: number, message: string) => void,
): DurationSummary {
  const operands: Operand[] = [];
  const operators: Operator[] = [];
  const frames: Frame[] = [];
  const base = () => frames.at(-1)?.operatorBase ?? 0;
  const apply = () => {
    const { token, unary } = operators.pop()!;
    const rhs = operands.pop()!;
    if (unary) {
      if (rhs.literal && token.type === 'SUB') rhs.value = -rhs.value;
      if (rhs.literal && outOfRange(rhs.value)) report(token.start, token.end, 'This duration is longer than Prometheus can count (about 292 years).');
      operands.push(rhs);
      return;
    }
    operands.pop();
    if ((token.type === 'DIV' || token.type === 'MOD') && rhs.literal && rhs.value === 0) {
      report(token.start, token.end, `A duration cannot be ${token.type === 'DIV' ? 'divided' : 'taken modulo'} by zero.`);
    }
    operands.push({ literal: false, value: 0 });
  };
  const reduceTo = (precedence: number, rightAssociative: boolean) => {
    while (operators.length > base()) {
      const top = operators.at(-1)!;
      const binds = top.unary ? precedence <= UNARY_PRECEDENCE : top.precedence > precedence || (top.precedence === precedence && !rightAssociative);
      if (!binds) return;
      apply();
    }
  };
  const reduceAll = () => {
    while (operators.length > base()) apply();
  };

  let i = from;
  let expectOperand = true;
  const failAt = (index: number): DurationSummary => ({ start: tokens[from]?.start ?? 0, end: tokens[from]?.start ?? 0, literal: undefined, next: index, syntaxError: index });
  const emptyCall = (): boolean => tokens[i + 1]?.type === 'LEFT_PAREN' && tokens[i + 2]?.type === 'RIGHT_PAREN';
  for (;;) {
    const token = tokens[i];
    if (expectOperand) {
      switch (token?.type) {
        case 'ADD':
        case 'SUB':
          operators.push({ token, precedence: UNARY_PRECEDENCE, unary: true });
          i++;
          continue;
        case 'NUMBER':
        case 'DURATION': {
          // An unreadable literal (already reported) takes part in no further check.
          let value = valueOf(token) ?? NaN;
          if (outOfRange(value)) {
            report(token.start, token.end, 'This duration is longer than Prometheus can count (about 292 years).');
            value = NaN;
          }
          operands.push({ literal: true, value });
          i++;
          expectOperand = false;
          continue;
        }
        case 'STEP':
        case 'RANGE':
          if (!emptyCall()) return failAt(i + 1);
          operands.push({ literal: false, value: 0 });
          i += 3;
          expectOperand = false;
          continue;
        case 'MAX_OF':
        case 'MIN_OF':
          if (tokens[i + 1]?.type !== 'LEFT_PAREN') return failAt(i + 1);
          frames.push({ kind: 'minmax', operatorBase: operators.length, commas: 0 });
          i += 2;
          continue;
        case 'LEFT_PAREN':
          frames.push({ kind: 'paren', operatorBase: operators.length, commas: 0 });
          i++;
          continue;
        default:
          return failAt(i);
      }
    }
    if (afterOffset && frames.length === 0) break;
    const type = token?.type;
    const precedence = type === undefined ? undefined : PRECEDENCE[type];
    if (precedence !== undefined) {
      reduceTo(precedence, type === 'POW');
      operators.push({ token, precedence, unary: false });
      i++;
      expectOperand = true;
      continue;
    }
    const frame = frames.at(-1);
    if (!frame) break;
    if (type === 'COMMA' && frame.kind === 'minmax' && frame.commas === 0) {
      reduceAll();
      frame.commas++;
      i++;
      expectOperand = true;
      continue;
    }
    if (type !== 'RIGHT_PAREN' || (frame.kind === 'minmax' && frame.commas !== 1)) return failAt(i);
    reduceAll();
    frames.pop();
    if (frame.kind === 'minmax') operands.pop();
    // A bracketed or computed duration is no longer a plain literal.
    operands.pop();
    operands.push({ literal: false, value: 0 });
    i++;
  }
  reduceAll();
  const result = operands[0];
  return { start: tokens[from].start, end: tokens[i - 1].end, literal: result.literal ? result.value : undefined, next: i };
}

function outOfRange(seconds: number): boolean {
  return seconds > MAX_SECONDS || seconds < -MAX_SECONDS;
}
