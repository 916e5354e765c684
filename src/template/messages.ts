import { closest } from '../core/closest.js';
import { ALERT_VARIABLES, FUNCTIONS } from './names.js';
import type { Context } from './parser.js';

/**
 * Every reason Go refuses a template, in words for a pull-request annotation: what is wrong
 * with the offending text, then what to do when that is not obvious. Offsets are into the
 * template text.
 */

export interface TemplateProblem {
  start: number;
  end: number;
  message: string;
}

interface Span {
  start: number;
  end: number;
}

/** Text as code, shortened when long. */
function code(text: string): string {
  const short = text.length > 40 ? `${text.slice(0, 39)}…` : text;
  return short.includes('`') ? `\`\` ${short} \`\`` : `\`${short}\``;
}

function at(span: Span, message: string): TemplateProblem {
  return { start: span.start, end: span.end, message };
}

/** A likely intended name, for names long enough that a near miss means something. */
function suggestion(name: string, candidates: readonly string[]): string | undefined {
  const sameLetters = candidates.find((c) => c.toLowerCase() === name.toLowerCase());
  if (sameLetters) return sameLetters;
  return name.length >= 4 ? closest(name, candidates) : undefined;
}

// Lexer.

export function unclosedAction(start: number): TemplateProblem {
  return at({ start, end: start + 2 }, '`{{` is never closed.');
}

export function unclosedComment(start: number): TemplateProblem {
  return at({ start, end: start + 2 }, 'The comment `/*` is never closed with `*/}}`.');
}

export function commentNotAlone(start: number): TemplateProblem {
  return at({ start, end: start + 2 }, '`*/` must be followed directly by `}}` or ` -}}`: a comment fills its whole action.');
}

export function unclosedParen(start: number): TemplateProblem {
  return at({ start, end: start + 1 }, '`(` is never closed.');
}

export function unexpectedRightParen(start: number): TemplateProblem {
  return at({ start, end: start + 1 }, '`)` has no matching `(`.');
}

export function expectedDeclare(start: number): TemplateProblem {
  return at({ start, end: start + 1 }, '`:` must be followed by `=`, as in `$x := value`.');
}

const TYPOGRAPHIC_QUOTES = new Set([0x2018, 0x2019, 0x201a, 0x201c, 0x201d, 0x201e, 0xab, 0xbb]);
const UNICODE_SPACE = /\s/u;
const INVISIBLE = /[\p{Cc}\p{Cf}\s]/u;

/** A character as code, or by its code point when it cannot be seen. */
function showChar(char: string): string {
  return INVISIBLE.test(char) ? `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}` : code(char);
}

export function unrecognizedCharacter(start: number, rune: number): TemplateProblem {
  const char = String.fromCodePoint(rune);
  const span = { start, end: start + char.length };
  if (TYPOGRAPHIC_QUOTES.has(rune)) return at(span, `${code(char)} is a typographic quote: quote strings in templates with \`"\`.`);
  if (UNICODE_SPACE.test(char)) return at(span, `${showChar(char)} is a space Go does not accept between the words of an action: use a plain space.`);
  return at(span, `${showChar(char)} cannot appear in an action outside a string.`);
}

const SINGLE_BRACE = 'A single `}` does not end an action: close it with `}}`.';

export function badCharacter(start: number, rune: number, wordStart: number, text: string): TemplateProblem {
  const char = String.fromCodePoint(rune);
  const span = { start, end: start + char.length };
  const word = text.slice(wordStart, start);
  if (char === '=') return at(span, `\`=\` must be separated from ${code(word)} by a space.`);
  if (char === '}') return at(span, SINGLE_BRACE);
  if (char === '[') return at(span, `Templates have no \`[…]\` indexing: write \`index ${word} "key"\`.`);
  if (char === '-' && word.startsWith('.')) {
    // `$labels.foo-bar`: a key that is not a Go identifier is read with `index`.
    const key = word.slice(1) + /^[\w-]*/.exec(text.slice(start))![0];
    const receiver = /[$\w.]*$/.exec(text.slice(0, wordStart))![0] || '.';
    return at(span, `${code(`.${key}`)} cannot be read as a field because of the \`-\`: write \`index ${receiver} "${key}"\`.`);
  }
  if (UNICODE_SPACE.test(char)) return at(span, `${showChar(char)} after ${code(word)} is a space Go does not accept: use a plain space.`);
  return at(span, `${showChar(char)} cannot follow ${code(word)}: names are made of letters, digits and \`_\`.`);
}

export function unterminatedChar(start: number): TemplateProblem {
  return at({ start, end: start + 1 }, "The character constant starting with `'` is never closed: quote strings with `\"`, not `'`.");
}

export function unterminatedString(start: number, atNewline: boolean): TemplateProblem {
  return at(
    { start, end: start + 1 },
    atNewline
      ? 'The string starting with `"` is not closed on its line: to span lines, quote it with backquotes.'
      : 'The string starting with `"` is never closed.',
  );
}

export function unterminatedRawString(start: number): TemplateProblem {
  return at({ start, end: start + 1 }, 'The string starting with `` ` `` is never closed.');
}

export function badNumber(start: number, end: number, text: string): TemplateProblem {
  const shown = text.slice(start, end);
  const duration = /^\d+[smhdwy]$/.test(shown);
  return at({ start, end }, `${code(shown)} is not a number${duration ? ': quote a duration as a string, as in `"5m"`' : ''}.`);
}

// Parser.

const WHERE: Record<Context, string> = {
  input: 'text',
  command: 'an action',
  operand: 'an argument list',
  if: 'the condition of `{{if}}`',
  range: '`{{range}}`',
  with: '`{{with}}`',
  else: '`{{else}}`',
  end: '`{{end}}`',
  'parenthesized pipeline': '`( )`',
  'define clause': '`{{define}}`',
  'block clause': '`{{block}}`',
  'template clause': '`{{template}}`',
  '{{break}}': '`{{break}}`',
  '{{continue}}': '`{{continue}}`',
  'define name': '`{{define}}`',
  'block name': '`{{block}}`',
  'template name': '`{{template}}`',
};

/** Operators people reach for, and the function Go templates use instead. */
const OPERATORS: ReadonlyMap<string, string> = new Map([
  ['==', 'eq'], ['!=', 'ne'], ['>=', 'ge'], ['<=', 'le'], ['>', 'gt'], ['<', 'lt'], ['&&', 'and'], ['||', 'or'], ['!', 'not'],
]);

/** The operator written at a token; `==` and `||` are two tokens, so the one before counts too. */
function operatorAt(text: string, token: Span): { operator: string; span: Span } | undefined {
  for (const start of [token.start - 1, token.start]) {
    for (const length of [2, 1]) {
      const operator = text.slice(start, start + length);
      if (start + length > token.start && start >= 0 && (OPERATORS.has(operator) || /^[*/%+^]$/.test(operator))) {
        return { operator, span: { start, end: start + length } };
      }
    }
  }
  return undefined;
}

export function unexpected(text: string, token: Span & { type: string }, context: Context, open: Span | undefined, previous?: string): TemplateProblem {
  const shown = text.slice(token.start, token.end);
  const operator = token.type === 'char' || token.type === 'assign' || token.type === 'pipe' ? operatorAt(text, token) : undefined;
  if (operator) {
    const fn = OPERATORS.get(operator.operator);
    return at(operator.span, fn
      ? `${code(operator.operator)} is not an operator in templates: use the function \`${fn}\`, as in \`${fn} ${fn === 'not' ? '$a' : '$a $b'}\`.`
      : `${code(operator.operator)} is not an operator in templates: they have no arithmetic.`);
  }
  switch (context) {
    case 'define name':
    case 'block name':
    case 'template name': {
      const keyword = context.split(' ')[0];
      return at(token, `\`{{${keyword}}}\` needs a template name in quotes, as in \`{{${keyword} "name"${keyword === 'define' ? '' : ' .'}}}\`.`);
    }
    case 'define clause':
      return at(token, `\`{{define "…"}}\` takes only a name: ${code(shown)} cannot follow it.`);
    case 'end':
    case 'else':
    case '{{break}}':
    case '{{continue}}': {
      const keyword = context.replace(/[{}]/g, '');
      const allowed = keyword === 'else' ? ': write `{{else}}`, `{{else if …}}` or `{{else with …}}`' : '';
      return at(token, `${code(shown)} cannot follow \`${keyword}\`${allowed}.`);
    }
    case 'input':
      if ((token.type === 'if' || token.type === 'with') && open) {
        // Left pending by an `{{else if}}` or `{{else with}}` in a control that does not chain it.
        const inside = text.slice(open.start, open.end);
        return at(token, `\`{{else ${shown}}}\` cannot continue \`{{${inside}}}\`: write \`{{else}}{{${shown} …}}…{{end}}\`.`);
      }
      break;
    case 'operand':
      if (token.type === 'char' && shown === ',') return at(token, 'Arguments are separated by spaces, not `,`, as in `printf "%.2f" $value`.');
      if (token.type === 'leftParen' && previous && /^[\p{L}_][\p{L}\p{Nd}_]*$/u.test(previous)) {
        return at(token, `Functions take their arguments after a space, without brackets: write \`${previous} $x\`, not \`${previous}($x)\`.`);
      }
      if (previous && text.slice(token.start - previous.length, token.start) === previous) {
        return at(token, `${code(shown)} must be separated from ${code(previous)} by a space.`);
      }
      break;
  }
  if (token.type === 'char' && shown === '}') return at(token, SINGLE_BRACE);
  if (token.type === 'assign' || token.type === 'declare') return at(token, `${code(shown)} must follow a variable name, as in \`$x ${shown} value\`.`);
  if (token.type === 'pipe') return at(token, '`|` must follow a value, to pass it to the function after it.');
  if (token.type === 'define') return at(token, '`{{define}}` is only allowed at the top level, outside other actions.');
  return at(token, `${code(shown)} is not allowed in ${WHERE[context]}.`);
}

export function unmatched(keyword: Span, type: 'end' | 'else'): TemplateProblem {
  return at(keyword, type === 'end'
    ? '`{{end}}` has no `{{if}}`, `{{range}}`, `{{with}}`, `{{define}}` or `{{block}}` to close.'
    : '`{{else}}` is outside any `{{if}}`, `{{range}}` or `{{with}}`.');
}

export function neverClosed(text: string, keyword: Span): TemplateProblem {
  return at(keyword, `\`{{${text.slice(keyword.start, keyword.end)}}}\` is never closed: add \`{{end}}\`.`);
}

export function secondElse(keyword: Span, context: 'if' | 'range' | 'with'): TemplateProblem {
  const more = context === 'if' ? ': use `{{else if …}}` for more branches' : '';
  return at(keyword, `\`{{${context}}}\` can have only one \`{{else}}\`${more}.`);
}

export function outsideRange(keyword: Span, shown: string): TemplateProblem {
  return at(keyword, `\`{{${shown}}}\` is only allowed inside \`{{range}}\`.`);
}

export function definedTwice(name: Span, value: string, shown: string): TemplateProblem {
  return at(name, `The template ${code(value === '' ? shown : value)} is defined twice.`);
}

export function rangeNeedsVariables(token: Span, shown: string): TemplateProblem {
  return at(token, `${code(shown)} is not a variable: \`{{range}}\` declares an index and an element, as in \`{{range $i, $e := …}}\`.`);
}

export function tooManyDeclarations(comma: Span, context: Context): TemplateProblem {
  return at(comma, context === 'range'
    ? '`{{range}}` declares at most two variables.'
    : 'Only `{{range}}` declares two variables at once.');
}

export function missingValue(context: Context, owner: Span, close: Span, declares: boolean, text: string): TemplateProblem {
  const whole = { start: owner.start, end: close.end };
  switch (context) {
    case 'if':
      return at(owner, '`{{if}}` has no condition.');
    case 'range':
      return at(owner, '`{{range}}` has nothing to range over.');
    case 'with':
      return at(owner, '`{{with}}` has no value.');
    case 'block clause':
      return at(owner, '`{{block}}` needs a value after its name, such as `.`.');
    default:
      return at(whole, `${code(text.slice(whole.start, whole.end))} ${declares ? 'has no value to assign' : 'is empty'}.`);
  }
}

export function notExecutable(operand: Span, shown: string): TemplateProblem {
  return at(operand, `${code(shown)} cannot take a piped value: after \`|\` comes a function, method or field.`);
}

export function fieldOfLiteral(first: Span, last: Span, term: string, fields: string): TemplateProblem {
  return at({ start: first.start, end: last.end }, `${code(term)} has no fields: ${code(fields)} cannot follow it.`);
}

export function undefinedFunction(token: Span, name: string, text: string): TemplateProblem {
  if (/^\s*:?=/.test(text.slice(token.end))) {
    return at(token, `${code(name)} is not a template function: variable names start with \`$\`, as in \`$${name} :=\`.`);
  }
  const fix = suggestion(name, [...FUNCTIONS]);
  return at(token, `${code(name)} is not a template function${fix ? `. Did you mean \`${fix}\`?` : '.'}`);
}

export function undefinedVariable(
  token: Span,
  name: string,
  scope: {
    inScope: readonly string[];
    tree: 'alert' | 'define' | 'block';
    /** Declared in a tree around this `{{define}}` or `{{block}}`. */
    outside: boolean;
    endedIn?: Span;
    text: string;
  },
): TemplateProblem {
  if (scope.outside) {
    return at(token, `${code(name)} is not visible inside \`{{${scope.tree}}}\`, which sees only \`$\` and \`.\`: pass it in as the argument and use \`.\`.`);
  }
  if (scope.endedIn) {
    const keyword = scope.text.slice(scope.endedIn.start, scope.endedIn.end);
    return at(token, `${code(name)} was declared inside \`{{${keyword}}}\` and is not visible after its \`{{end}}\`: declare it before with \`:=\`, then assign it inside with \`=\`.`);
  }
  const fix = suggestion(name, scope.inScope.filter((v) => v !== '$'));
  if (fix && ALERT_VARIABLES.has(fix)) return at(token, `${code(name)} is not defined: ${ALERT_VARIABLES.get(fix)}.`);
  if (fix) return at(token, `${code(name)} is not defined. Did you mean \`${fix}\`?`);
  const predefined = scope.tree === 'alert' ? ' Prometheus defines `$labels`, `$externalLabels`, `$externalURL` and `$value`.' : '';
  return at(token, `${code(name)} is not defined: declare it first, as in \`{{ ${name} := … }}\`.${predefined}`);
}

export function badEscape(start: number, end: number, text: string): TemplateProblem {
  const escape = text.slice(start, end);
  return at({ start, end }, `${code(escape)} is not a valid escape in a \`"\` string: write \`\\${escape}\` for a backslash, or quote the string with backquotes.`);
}

export function badCharConstant(token: Span, shown: string, kind: 'malformed' | 'invalid'): TemplateProblem {
  if (kind === 'malformed' || shown === "''") return at(token, `${code(shown)} is not a character: quote strings with \`"\`, not \`'\`.`);
  return at(token, `${code(shown)} is not a valid character constant.`);
}

export function badNumberValue(token: Span, shown: string, kind: 'illegal' | 'overflow'): TemplateProblem {
  if (shown === '+' || shown === '-') return at(token, `${code(shown)} is not an operator in templates: they have no arithmetic.`);
  if (kind === 'overflow' && /^[+-]?0\d*[89]/.test(shown)) return at(token, `${code(shown)} is not a number: a leading \`0\` makes it octal, which has no \`8\` or \`9\`.`);
  if (kind === 'overflow') return at(token, `${code(shown)} is too large for a 64-bit integer.`);
  return at(token, `${code(shown)} is not a valid number.`);
}

export function pipelineTooLong(owner: Span): TemplateProblem {
  return at(owner, 'This pipeline has more than 100,000 commands.');
}

export function tooDeep(token: Span, limit: number): TemplateProblem {
  return { start: token.start, end: token.end, message: `This template nests blocks or brackets more than ${limit} levels deep; obslint checks up to ${limit}, so it was not checked.` };
}
