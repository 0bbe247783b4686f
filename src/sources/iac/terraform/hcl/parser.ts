// Recursive-descent parser for HCL native syntax (bodies, blocks, attributes) with a
// precedence-climbing expression parser. Syntax errors become diagnostics: the failing
// top-level item is dropped and parsing resumes at the next line that starts with an
// identifier in column 1, which is where the next top-level block begins in practice.

import type {
  Attribute,
  BinaryOperator,
  Block,
  BlockLabel,
  Body,
  Comment,
  Diagnostic,
  Expression,
  ForExpr,
  ParseResult,
  Range,
  Template,
  TemplateLiteral,
  TemplatePart,
} from './ast.js';
import { lex, Tok, type HeredocToken, type Token, type TokType } from './lexer.js';
import { LineMap, SourceRange } from './positions.js';
import { cookHeredoc, cookQuoted, flushHeredoc, leadingIndent, type HeredocLine } from './template.js';

/** Deepest nesting of expressions, template directives and blocks accepted before giving up on an item. */
export const MAX_NESTING_DEPTH = 256;

/** Thrown inside the parser to unwind to the top-level recovery point; never escapes parseHcl. */
const ABORT = Symbol('hcl-parse-abort');

const BINARY_PRECEDENCE = new Uint8Array(64);
const BINARY_OP: BinaryOperator[] = [];
function defineBinary(tok: TokType, prec: number, op: BinaryOperator): void {
  BINARY_PRECEDENCE[tok] = prec;
  BINARY_OP[tok] = op;
}
defineBinary(Tok.Or, 1, '||');
defineBinary(Tok.And, 2, '&&');
defineBinary(Tok.EqualOp, 3, '==');
defineBinary(Tok.NotEqual, 3, '!=');
defineBinary(Tok.LessThan, 4, '<');
defineBinary(Tok.LessThanEq, 4, '<=');
defineBinary(Tok.GreaterThan, 4, '>');
defineBinary(Tok.GreaterThanEq, 4, '>=');
defineBinary(Tok.Plus, 5, '+');
defineBinary(Tok.Minus, 5, '-');
defineBinary(Tok.Star, 6, '*');
defineBinary(Tok.Slash, 6, '/');
defineBinary(Tok.Percent, 6, '%');

const TOKEN_NAMES: Record<number, string> = {
  [Tok.EOF]: 'end of file',
  [Tok.Newline]: 'newline',
  [Tok.OBrace]: '"{"',
  [Tok.CBrace]: '"}"',
  [Tok.OBrack]: '"["',
  [Tok.CBrack]: '"]"',
  [Tok.OParen]: '"("',
  [Tok.CParen]: '")"',
  [Tok.Equal]: '"="',
  [Tok.Colon]: '":"',
  [Tok.Comma]: '","',
  [Tok.FatArrow]: '"=>"',
  [Tok.TemplateSeqEnd]: '"}"',
};

interface TemplateState {
  recent: TemplateLiteral[];
  stripNext: boolean;
  lines: HeredocLine[] | null;
}

interface PartsResult {
  parts: TemplatePart[];
  /** The directive keyword (`else`, `endif`, `endfor`) that ended the sequence, if any. */
  end: string | null;
}

/** Parses HCL native syntax. Never throws on bad input: errors are returned as diagnostics. */
export function parseHcl(source: string, filename: string): ParseResult {
  return new Parser(source, filename).parseFile();
}

class Parser {
  private readonly lines: LineMap;
  private toks: Token[] = [];
  private i = 0;
  private depth = 0;
  private newlines = true;
  private readonly newlineStack: boolean[] = [];
  private readonly diagnostics: Diagnostic[] = [];
  // Template state, saved and restored around nested templates.
  private recentLiterals: TemplateLiteral[] = [];
  private stripNext = false;
  private heredocLines: HeredocLine[] | null = null;

  constructor(
    private readonly src: string,
    private readonly filename: string,
  ) {
    this.lines = new LineMap(src);
  }

  parseFile(): ParseResult {
    const lexed = lex(this.src);
    this.toks = lexed.tokens;
    for (const e of lexed.errors) this.report(e.message, e.start, e.end);
    const body = this.newBody(0);
    for (;;) {
      const t = this.toks[this.i]!;
      if (t.type === Tok.Newline) {
        this.i++;
        continue;
      }
      if (t.type === Tok.EOF) break;
      const from = this.i;
      try {
        this.parseItem(body, false);
      } catch (e) {
        if (e !== ABORT) throw e;
        this.recoverTopLevel(from);
      }
    }
    body.range = this.range(0, this.src.length);
    this.checkDuplicates(body);
    const comments: Comment[] = lexed.comments.map((c) => ({
      kind: c.kind,
      text: this.src.slice(c.start, c.end),
      range: this.range(c.start, c.end),
    }));
    return { body, diagnostics: this.sortedDiagnostics(), comments };
  }

  // ---- errors and recovery ----

  /** Diagnostics in source order; recovery may re-parse a stretch, so repeats are dropped. */
  private sortedDiagnostics(): Diagnostic[] {
    const sorted = this.diagnostics.sort((a, b) => a.range.startOffset - b.range.startOffset);
    return sorted.filter((d, k) => k === 0 || d.range.startOffset !== sorted[k - 1]!.range.startOffset || d.message !== sorted[k - 1]!.message);
  }

  private report(message: string, start: number, end: number): void {
    const range = this.range(start, Math.max(start, end));
    this.diagnostics.push({
      severity: 'error',
      message,
      file: this.filename,
      line: range.start.line,
      column: range.start.column,
      range,
    });
  }

  private fail(message: string, tok: Token = this.peek()): never {
    this.report(message, tok.start, tok.end);
    throw ABORT;
  }

  /**
   * Resumes after a failed top-level item at the next identifier in column 1. The search starts
   * at the line of the failing token (an unclosed bracket often fails on the first line of the
   * next block) and only goes back to the item's start when the failure was at end of file (an
   * unclosed block swallowed the blocks after it). Re-parsing is thereby bounded by the nesting
   * cap, so recovery stays linear.
   */
  private recoverTopLevel(from: number): void {
    this.depth = 0;
    this.newlines = true;
    this.newlineStack.length = 0;
    this.recentLiterals = [];
    this.stripNext = false;
    this.heredocLines = null;
    const toks = this.toks;
    const failed = Math.min(this.i, toks.length - 1);
    let i: number;
    if (toks[failed]!.type === Tok.EOF) i = from + 1;
    else {
      const lineStart = this.src.lastIndexOf('\n', toks[failed]!.start - 1) + 1;
      i = failed;
      while (i > from + 1 && toks[i - 1]!.start >= lineStart) i--;
      i = Math.max(i, from + 1);
    }
    for (; toks[i]!.type !== Tok.EOF; i++) {
      const t = toks[i]!;
      if (t.type === Tok.Ident && (t.start === 0 || this.src.charCodeAt(t.start - 1) === 10)) break;
    }
    this.i = i;
  }


  private enter(tok: Token): void {
    if (++this.depth > MAX_NESTING_DEPTH) {
      this.fail(`Nesting is too deep: more than ${MAX_NESTING_DEPTH} levels of expressions or blocks.`, tok);
    }
  }

  private checkDuplicates(body: Body): void {
    const attrs = body.attributes;
    if (attrs.length < 2) return;
    // Bodies are small: a nested loop beats building a Map for most of them.
    const seen = attrs.length > 16 ? new Map<string, Attribute>() : null;
    for (let k = 0; k < attrs.length; k++) {
      const a = attrs[k]!;
      let prev: Attribute | undefined;
      if (seen !== null) {
        prev = seen.get(a.name);
        if (prev === undefined) seen.set(a.name, a);
      } else {
        for (let j = 0; j < k; j++) {
          if (attrs[j]!.name === a.name) {
            prev = attrs[j];
            break;
          }
        }
      }
      if (prev === undefined) continue;
      const range = a.nameRange;
      this.diagnostics.push({
        severity: 'error',
        message: `Duplicate argument "${a.name}": it was already set at line ${prev.nameRange.start.line}.`,
        file: this.filename,
        line: range.start.line,
        column: range.start.column,
        range,
      });
    }
  }

  // ---- tokens ----

  private peek(): Token {
    let t = this.toks[this.i]!;
    if (!this.newlines) while (t.type === Tok.Newline) t = this.toks[++this.i]!;
    return t;
  }

  /** The token after the next significant one, skipping newlines. */
  private peekSecond(): Token {
    let j = this.i + 1;
    while (this.toks[j]!.type === Tok.Newline) j++;
    return this.toks[j]!;
  }

  private expect(type: TokType, message?: string): Token {
    const t = this.peek();
    if (t.type !== type) this.fail(message ?? `Expected ${TOKEN_NAMES[type] ?? 'token'}, found ${this.describe(t)}.`, t);
    this.i++;
    return t;
  }

  private pushNewlines(significant: boolean): void {
    this.newlineStack.push(this.newlines);
    this.newlines = significant;
  }

  private popNewlines(): void {
    this.newlines = this.newlineStack.pop() ?? true;
  }

  private text(t: Token): string {
    return this.src.slice(t.start, t.end);
  }

  private isKeyword(t: Token, word: string): boolean {
    return t.type === Tok.Ident && t.end - t.start === word.length && this.src.startsWith(word, t.start);
  }

  private describe(t: Token): string {
    switch (t.type) {
      case Tok.EOF:
        return 'end of file';
      case Tok.Newline:
        return 'newline';
      case Tok.TemplateLit:
        return 'template text';
      case Tok.OHeredoc:
        return 'heredoc';
      case Tok.OQuote:
        return 'string';
      default:
        return `"${this.text(t)}"`;
    }
  }

  private range(start: number, end: number): Range {
    return new SourceRange(this.lines, start, end);
  }

  private span(from: Range, to: Range): Range {
    return new SourceRange(this.lines, from.startOffset, to.endOffset);
  }

  private newBody(start: number): Body {
    return { type: 'Body', attributes: [], blocks: [], range: this.range(start, start) };
  }

  // ---- bodies ----

  private parseItem(body: Body, singleLine: boolean): void {
    const nameTok = this.peek();
    if (nameTok.type !== Tok.Ident) {
      this.fail(`An argument or block definition is required here, found ${this.describe(nameTok)}.`, nameTok);
    }
    this.i++;
    const next = this.peek();
    if (next.type === Tok.Equal) {
      this.i++;
      const expr = this.parseExpression();
      const end = this.toks[this.i]!;
      if (end.type !== Tok.Newline && end.type !== Tok.EOF && !(singleLine && end.type === Tok.CBrace)) {
        this.fail(
          `Missing newline after argument "${this.text(nameTok)}": an argument definition must end with a newline, found ${this.describe(end)}.`,
          end,
        );
      }
      const nameRange = this.range(nameTok.start, nameTok.end);
      body.attributes.push({
        type: 'Attribute',
        name: this.text(nameTok),
        nameRange,
        expr,
        range: this.span(nameRange, expr.range),
      });
      return;
    }
    if (singleLine) {
      this.fail('A single-line block definition can contain only a single argument.', nameTok);
    }
    if (next.type !== Tok.Ident && next.type !== Tok.OQuote && next.type !== Tok.OBrace) {
      this.fail(
        `Expected "=" to set argument "${this.text(nameTok)}" or "{" to open a block, found ${this.describe(next)}.`,
        next,
      );
    }
    body.blocks.push(this.parseBlock(nameTok));
  }

  private parseBlock(typeTok: Token): Block {
    this.enter(typeTok);
    const labels: BlockLabel[] = [];
    for (;;) {
      const t = this.peek();
      if (t.type === Tok.Ident) {
        this.i++;
        labels.push({ value: this.text(t), quoted: false, range: this.range(t.start, t.end) });
      } else if (t.type === Tok.OQuote) {
        labels.push(this.parseLabel(t));
      } else break;
    }
    const open = this.expect(Tok.OBrace, `Expected "{" to open the block body, found ${this.describe(this.peek())}.`);
    const body = this.newBody(open.end);
    const first = this.toks[this.i]!;
    if (first.type === Tok.Newline) {
      this.parseBodyUntilClose(body, open);
    } else if (first.type !== Tok.CBrace) {
      this.parseItem(body, true);
    }
    const close = this.toks[this.i]!;
    if (close.type !== Tok.CBrace) {
      this.fail(
        `Unclosed block: the "{" at line ${this.lines.pos(open.start).line} has no matching "}" (found ${this.describe(close)}).`,
        close,
      );
    }
    this.i++;
    const after = this.toks[this.i]!;
    if (after.type !== Tok.Newline && after.type !== Tok.EOF) {
      this.fail(`Missing newline after block definition, found ${this.describe(after)}.`, after);
    }
    body.range = this.range(open.end, close.start);
    this.checkDuplicates(body);
    this.depth--;
    const typeRange = this.range(typeTok.start, typeTok.end);
    const closeBraceRange = this.range(close.start, close.end);
    return {
      type: 'Block',
      blockType: this.text(typeTok),
      typeRange,
      labels,
      body,
      openBraceRange: this.range(open.start, open.end),
      closeBraceRange,
      range: this.span(typeRange, closeBraceRange),
    };
  }

  private parseBodyUntilClose(body: Body, open: Token): void {
    for (;;) {
      const t = this.toks[this.i]!;
      if (t.type === Tok.Newline) {
        this.i++;
        continue;
      }
      if (t.type === Tok.CBrace) return;
      if (t.type === Tok.EOF) {
        this.fail(`Unclosed block: the "{" at line ${this.lines.pos(open.start).line} has no matching "}".`, t);
      }
      this.parseItem(body, false);
    }
  }

  private parseLabel(open: Token): BlockLabel {
    this.i++;
    let value = '';
    let t = this.toks[this.i]!;
    if (t.type === Tok.TemplateLit) {
      const cooked = cookQuoted(this.text(t));
      for (const e of cooked.errors) this.report(e.message, t.start + e.offset, t.start + e.offset + e.length);
      value = cooked.value;
      t = this.toks[++this.i]!;
    }
    if (t.type === Tok.TemplateInterp || t.type === Tok.TemplateControl) {
      this.fail('Invalid block label: a label must be a literal string without "${" or "%{" sequences.', t);
    }
    if (t.type !== Tok.CQuote) this.fail('Unterminated string: a quoted label must end with " on the same line.', t);
    this.i++;
    return { value, quoted: true, range: this.range(open.start, t.end) };
  }

  // ---- expressions ----

  parseExpression(): Expression {
    const start = this.peek();
    this.enter(start);
    const cond = this.parseBinary(1);
    let result = cond;
    if (this.peek().type === Tok.Question) {
      this.i++;
      const trueExpr = this.parseExpression();
      this.expect(Tok.Colon, `Expected ":" in conditional expression, found ${this.describe(this.peek())}.`);
      const falseExpr = this.parseExpression();
      result = {
        type: 'Conditional',
        condition: cond,
        trueExpr,
        falseExpr,
        range: this.span(cond.range, falseExpr.range),
      };
    }
    this.depth--;
    return result;
  }

  private parseBinary(minPrec: number): Expression {
    let left = this.parseUnary();
    for (;;) {
      const t = this.peek();
      const prec = BINARY_PRECEDENCE[t.type]!;
      if (prec === 0 || prec < minPrec) return left;
      this.i++;
      const right = this.parseBinary(prec + 1);
      left = { type: 'Binary', op: BINARY_OP[t.type]!, left, right, range: this.span(left.range, right.range) };
    }
  }

  private parseUnary(): Expression {
    const t = this.peek();
    if (t.type === Tok.Bang || t.type === Tok.Minus) {
      this.i++;
      this.enter(t);
      const operand = this.parseUnary();
      this.depth--;
      return {
        type: 'Unary',
        op: t.type === Tok.Bang ? '!' : '-',
        operand,
        range: this.range(t.start, operand.range.endOffset),
      };
    }
    return this.parsePostfix(this.parseTerm());
  }

  private parsePostfix(expr: Expression): Expression {
    for (;;) {
      const t = this.peek();
      if (t.type === Tok.Dot) {
        const n = this.toks[this.i + 1]!;
        if (n.type === Tok.Star) {
          this.i += 2;
          expr = this.parseSplat(expr, false, n);
          continue;
        }
        const traversed = this.traverseDot(expr, expr);
        if (traversed === null) this.fail(`Invalid attribute name after ".": found ${this.describe(n)}.`, n);
        expr = traversed;
        continue;
      }
      if (t.type === Tok.OBrack) {
        const n = this.peekSecond();
        if (n.type === Tok.Star) {
          this.i++;
          this.pushNewlines(false);
          this.expect(Tok.Star);
          const close = this.expect(Tok.CBrack, 'Expected "]" after "[*".');
          this.popNewlines();
          expr = this.parseSplat(expr, true, close);
          continue;
        }
        expr = this.parseIndex(expr, expr);
        continue;
      }
      return expr;
    }
  }

  /** `.name` or legacy `.0` applied to target; null (nothing consumed) if neither follows the dot. */
  private traverseDot(target: Expression, rangeFrom: Expression): Expression | null {
    const n = this.toks[this.i + 1]!;
    if (n.type === Tok.Ident) {
      this.i += 2;
      const nameRange = this.range(n.start, n.end);
      return {
        type: 'GetAttr',
        object: target,
        name: this.text(n),
        nameRange,
        range: this.range(rangeFrom.range.startOffset, n.end),
      };
    }
    if (n.type === Tok.Number) {
      this.i += 2;
      // `a.0.1` lexes as `a` `.` `0.1`: split it back into two legacy indexes.
      const raw = this.text(n);
      if (!/^[0-9]+(\.[0-9]+)?$/.test(raw)) this.fail(`Invalid legacy index "${raw}": expected a whole number.`, n);
      const dot = raw.indexOf('.');
      const pieces: [string, number][] = dot === -1 ? [[raw, n.start]] : [[raw.slice(0, dot), n.start], [raw.slice(dot + 1), n.start + dot + 1]];
      let out = target;
      for (const [digits, at] of pieces) {
        const r = this.range(at, at + digits.length);
        out = {
          type: 'Index',
          collection: out,
          key: { type: 'Number', value: Number(digits), raw: digits, range: r },
          legacy: true,
          range: this.range(rangeFrom.range.startOffset, at + digits.length),
        };
      }
      return out;
    }
    return null;
  }

  private parseIndex(target: Expression, rangeFrom: Expression): Expression {
    this.i++;
    this.pushNewlines(false);
    const key = this.parseExpression();
    const close = this.expect(Tok.CBrack, `Expected "]" to close the index, found ${this.describe(this.peek())}.`);
    this.popNewlines();
    return { type: 'Index', collection: target, key, legacy: false, range: this.range(rangeFrom.range.startOffset, close.end) };
  }

  private parseSplat(source: Expression, full: boolean, lastTok: Token): Expression {
    let each: Expression = { type: 'SplatItem', range: this.range(lastTok.end, lastTok.end) };
    const anchor: Expression = each;
    for (;;) {
      const t = this.peek();
      if (t.type === Tok.Dot) {
        const next = this.traverseDot(each, anchor);
        if (next === null) break;
        each = next;
      } else if (full && t.type === Tok.OBrack && this.peekSecond().type !== Tok.Star) {
        each = this.parseIndex(each, anchor);
      } else break;
    }
    const end = each === anchor ? lastTok.end : each.range.endOffset;
    return { type: 'Splat', full, source, each, range: this.range(source.range.startOffset, end) };
  }

  private parseTerm(): Expression {
    const t = this.peek();
    switch (t.type) {
      case Tok.Number: {
        this.i++;
        const raw = this.text(t);
        return { type: 'Number', value: Number(raw), raw, range: this.range(t.start, t.end) };
      }
      case Tok.Ident:
        return this.parseIdentTerm(t);
      case Tok.OParen: {
        this.i++;
        this.pushNewlines(false);
        const expr = this.parseExpression();
        const close = this.expect(Tok.CParen, `Expected ")" to close the parentheses, found ${this.describe(this.peek())}.`);
        this.popNewlines();
        return { type: 'Parens', expr, range: this.range(t.start, close.end) };
      }
      case Tok.OBrack:
        return this.parseTuple(t);
      case Tok.OBrace:
        return this.parseObject(t);
      case Tok.OQuote:
        return this.parseQuotedTemplate(t);
      case Tok.OHeredoc:
        return this.parseHeredoc(t as HeredocToken);
      default:
        return this.fail(`Invalid expression: expected a value, found ${this.describe(t)}.`, t);
    }
  }

  private parseIdentTerm(t: Token): Expression {
    this.i++;
    const name = this.text(t);
    if (name === 'true' || name === 'false') return { type: 'Bool', value: name === 'true', range: this.range(t.start, t.end) };
    if (name === 'null') return { type: 'Null', range: this.range(t.start, t.end) };
    let next = this.peek();
    if (next.type !== Tok.OParen && next.type !== Tok.DoubleColon) {
      return { type: 'Variable', name, range: this.range(t.start, t.end) };
    }
    let nameEnd = t.end;
    while (next.type === Tok.DoubleColon) {
      this.i++;
      const part = this.expect(Tok.Ident, `Expected a function name after "::", found ${this.describe(this.peek())}.`);
      nameEnd = part.end;
      next = this.peek();
    }
    if (next.type !== Tok.OParen) this.fail(`Expected "(" to call function "${this.src.slice(t.start, nameEnd)}".`, next);
    this.i++;
    this.pushNewlines(false);
    const args: Expression[] = [];
    let expandFinal = false;
    for (;;) {
      if (this.peek().type === Tok.CParen) break;
      args.push(this.parseExpression());
      let sep = this.peek();
      if (sep.type === Tok.Ellipsis) {
        this.i++;
        expandFinal = true;
        sep = this.peek();
        if (sep.type === Tok.Comma) {
          this.i++;
          sep = this.peek();
        }
        if (sep.type !== Tok.CParen) this.fail('The "..." expansion must follow the last argument.', sep);
        break;
      }
      if (sep.type === Tok.Comma) {
        this.i++;
        continue;
      }
      if (sep.type !== Tok.CParen) this.fail(`Missing "," or ")" in the function call arguments, found ${this.describe(sep)}.`, sep);
    }
    const close = this.expect(Tok.CParen);
    this.popNewlines();
    return {
      type: 'FunctionCall',
      name: this.src.slice(t.start, nameEnd).replace(/\s+/g, ''),
      nameRange: this.range(t.start, nameEnd),
      args,
      expandFinal,
      range: this.range(t.start, close.end),
    };
  }

  private isForStart(): boolean {
    return this.isKeyword(this.peek(), 'for') && this.peekSecond().type === Tok.Ident;
  }

  private parseTuple(open: Token): Expression {
    this.i++;
    this.pushNewlines(false);
    if (this.isForStart()) {
      const f = this.parseFor(open, false);
      this.popNewlines();
      return f;
    }
    const items: Expression[] = [];
    for (;;) {
      if (this.peek().type === Tok.CBrack) break;
      items.push(this.parseExpression());
      const sep = this.peek();
      if (sep.type === Tok.Comma) {
        this.i++;
        continue;
      }
      if (sep.type !== Tok.CBrack) this.fail(`Missing "," or "]" between tuple elements, found ${this.describe(sep)}.`, sep);
    }
    const close = this.expect(Tok.CBrack);
    this.popNewlines();
    return { type: 'Tuple', items, range: this.range(open.start, close.end) };
  }

  private parseObject(open: Token): Expression {
    this.i++;
    this.pushNewlines(false);
    if (this.isForStart()) {
      const f = this.parseFor(open, true);
      this.popNewlines();
      return f;
    }
    this.newlines = true;
    const objectItems: { key: Expression; value: Expression; range: Range }[] = [];
    for (;;) {
      let t = this.toks[this.i]!;
      while (t.type === Tok.Newline) t = this.toks[++this.i]!;
      if (t.type === Tok.CBrace) break;
      const key = this.parseExpression();
      const sep = this.peek();
      if (sep.type !== Tok.Equal && sep.type !== Tok.Colon) {
        this.fail(`Missing "=" or ":" after the object key, found ${this.describe(sep)}.`, sep);
      }
      this.i++;
      const value = this.parseExpression();
      objectItems.push({ key, value, range: this.span(key.range, value.range) });
      const end = this.toks[this.i]!;
      if (end.type === Tok.Comma || end.type === Tok.Newline) {
        this.i++;
        continue;
      }
      if (end.type !== Tok.CBrace) {
        this.fail(`Missing "," or newline between object attributes, found ${this.describe(end)}.`, end);
      }
    }
    const close = this.toks[this.i++]!;
    this.popNewlines();
    return { type: 'Object', items: objectItems, range: this.range(open.start, close.end) };
  }

  private parseFor(open: Token, object: boolean): ForExpr {
    this.i++; // `for`
    const first = this.expect(Tok.Ident);
    let keyVar: string | null = null;
    let valueVar = this.text(first);
    if (this.peek().type === Tok.Comma) {
      this.i++;
      keyVar = valueVar;
      valueVar = this.text(this.expect(Tok.Ident, 'Expected a value variable name after "," in the for expression.'));
    }
    if (!this.isKeyword(this.peek(), 'in')) this.fail('Expected "in" after the for expression variables.');
    this.i++;
    const collection = this.parseExpression();
    this.expect(Tok.Colon, `Expected ":" after the for expression collection, found ${this.describe(this.peek())}.`);
    let keyExpr: Expression | null = null;
    let valueExpr = this.parseExpression();
    let grouping = false;
    if (object) {
      this.expect(Tok.FatArrow, `Expected "=>" between key and value in an object for expression, found ${this.describe(this.peek())}.`);
      keyExpr = valueExpr;
      valueExpr = this.parseExpression();
      if (this.peek().type === Tok.Ellipsis) {
        this.i++;
        grouping = true;
      }
    }
    let condition: Expression | null = null;
    if (this.isKeyword(this.peek(), 'if')) {
      this.i++;
      condition = this.parseExpression();
    }
    const closeType = object ? Tok.CBrace : Tok.CBrack;
    const close = this.expect(closeType, `Expected ${object ? '"}"' : '"]"'} to close the for expression, found ${this.describe(this.peek())}.`);
    return {
      type: 'For',
      object,
      keyVar,
      valueVar,
      collection,
      keyExpr,
      valueExpr,
      condition,
      grouping,
      range: this.range(open.start, close.end),
    };
  }

  // ---- templates ----

  private parseQuotedTemplate(open: Token): Template {
    this.i++;
    const saved = this.saveTemplateState(null);
    const { parts, end } = this.parseTemplateParts(false, 'top');
    const close = this.toks[this.i]!;
    if (end !== null) this.fail(`Unexpected "%{ ${end} }" outside an if or for directive.`, this.toks[this.i - 1]);
    if (close.type !== Tok.CQuote) {
      this.fail('Unterminated string: a quoted string must end with " on the same line.', open);
    }
    this.i++;
    this.restoreTemplateState(saved);
    return { type: 'Template', parts, heredoc: null, range: this.range(open.start, close.end) };
  }

  private parseHeredoc(open: HeredocToken): Template {
    this.i++;
    const lineStarts: HeredocLine[] = [];
    const saved = this.saveTemplateState(lineStarts);
    const { parts, end } = this.parseTemplateParts(true, 'top');
    const close = this.toks[this.i]!;
    if (end !== null) this.fail(`Unexpected "%{ ${end} }" outside an if or for directive.`, this.toks[this.i - 1]);
    if (close.type !== Tok.CHeredoc) {
      this.fail(`Unterminated heredoc: no line with the closing marker "${open.marker}" was found.`, open);
    }
    this.i++;
    this.restoreTemplateState(saved);
    if (open.flush) flushHeredoc(lineStarts);
    return {
      type: 'Template',
      parts,
      heredoc: { marker: open.marker, flush: open.flush },
      range: this.range(open.start, close.end),
    };
  }

  private saveTemplateState(lines: HeredocLine[] | null): TemplateState {
    const saved: TemplateState = { recent: this.recentLiterals, stripNext: this.stripNext, lines: this.heredocLines };
    this.recentLiterals = [];
    this.stripNext = false;
    this.heredocLines = lines;
    return saved;
  }

  private restoreTemplateState(saved: TemplateState): void {
    this.recentLiterals = saved.recent;
    this.stripNext = saved.stripNext;
    this.heredocLines = saved.lines;
  }

  private atLineStart(t: Token): boolean {
    return this.heredocLines !== null && this.src.charCodeAt(t.start - 1) === 10;
  }

  /** Opens a `${` or `%{` sequence: applies `~` to the previous literal and marks a line start. */
  private openSequence(t: Token): void {
    if (t.strip) {
      // `${~` trims all whitespace before it, which may span several line literals.
      const recent = this.recentLiterals;
      for (let k = recent.length - 1; k >= 0; k--) {
        const lit = recent[k]!;
        lit.value = lit.value.replace(/\s+$/u, '');
        if (lit.value !== '') break;
      }
    }
    if (this.atLineStart(t)) this.heredocLines!.push({ literal: null, indent: 0, blank: false, stripped: 0 });
    this.recentLiterals = [];
    this.stripNext = false;
    this.i++;
    this.pushNewlines(false);
  }

  private closeSequence(what: string): void {
    const end = this.peek();
    if (end.type !== Tok.TemplateSeqEnd) {
      this.fail(`Expected "}" to close the ${what}, found ${this.describe(end)}.`, end);
    }
    this.i++;
    this.popNewlines();
    this.stripNext = end.strip;
  }

  private parseTemplateParts(heredoc: boolean, context: 'top' | 'if' | 'else' | 'for'): PartsResult {
    const parts: TemplatePart[] = [];
    for (;;) {
      const t = this.toks[this.i]!;
      if (t.type === Tok.TemplateLit) {
        this.i++;
        parts.push(this.literal(t, heredoc));
        continue;
      }
      if (t.type === Tok.TemplateInterp) {
        this.openSequence(t);
        const expr = this.parseExpression();
        const endTok = this.peek();
        this.closeSequence('interpolation');
        parts.push({
          type: 'TemplateInterpolation',
          expr,
          stripLeft: t.strip,
          stripRight: endTok.strip,
          range: this.range(t.start, endTok.end),
        });
        continue;
      }
      if (t.type !== Tok.TemplateControl) return { parts, end: null };
      this.openSequence(t);
      const kw = this.peek();
      const word = kw.type === Tok.Ident ? this.text(kw) : '';
      if (word === 'if') {
        this.i++;
        parts.push(this.parseTemplateIf(t, heredoc));
      } else if (word === 'for') {
        this.i++;
        parts.push(this.parseTemplateFor(t, heredoc));
      } else if (word === 'else' || word === 'endif' || word === 'endfor') {
        this.i++;
        this.closeSequence(`"${word}" directive`);
        const allowed =
          (word === 'else' && context === 'if') ||
          (word === 'endif' && (context === 'if' || context === 'else')) ||
          (word === 'endfor' && context === 'for');
        if (!allowed) this.fail(`Unexpected "%{ ${word} }": there is no open ${word === 'endfor' ? 'for' : 'if'} directive to close.`, kw);
        return { parts, end: word };
      } else {
        this.fail(`Invalid template directive: expected if, else, endif, for or endfor, found ${this.describe(kw)}.`, kw);
      }
    }
  }

  private parseTemplateIf(open: Token, heredoc: boolean): TemplatePart {
    this.enter(open);
    const condition = this.parseExpression();
    this.closeSequence('"if" directive');
    const thenPart = this.parseTemplateParts(heredoc, 'if');
    let elseParts: TemplatePart[] | null = null;
    let end = thenPart.end;
    if (end === 'else') {
      const e = this.parseTemplateParts(heredoc, 'else');
      elseParts = e.parts;
      end = e.end;
    }
    if (end !== 'endif') this.fail('Unterminated "%{ if }" directive: expected "%{ endif }".', open);
    this.depth--;
    return {
      type: 'TemplateIf',
      condition,
      then: thenPart.parts,
      else: elseParts,
      range: this.range(open.start, this.toks[this.i - 1]!.end),
    };
  }

  private parseTemplateFor(open: Token, heredoc: boolean): TemplatePart {
    this.enter(open);
    const first = this.expect(Tok.Ident, 'Expected a variable name after "%{ for".');
    let keyVar: string | null = null;
    let valueVar = this.text(first);
    if (this.peek().type === Tok.Comma) {
      this.i++;
      keyVar = valueVar;
      valueVar = this.text(this.expect(Tok.Ident, 'Expected a value variable name after "," in the for directive.'));
    }
    if (!this.isKeyword(this.peek(), 'in')) this.fail('Expected "in" after the for directive variables.');
    this.i++;
    const collection = this.parseExpression();
    this.closeSequence('"for" directive');
    const body = this.parseTemplateParts(heredoc, 'for');
    if (body.end !== 'endfor') this.fail('Unterminated "%{ for }" directive: expected "%{ endfor }".', open);
    this.depth--;
    return {
      type: 'TemplateFor',
      keyVar,
      valueVar,
      collection,
      body: body.parts,
      range: this.range(open.start, this.toks[this.i - 1]!.end),
    };
  }

  private literal(t: Token, heredoc: boolean): TemplateLiteral {
    const raw = this.text(t);
    let value: string;
    if (heredoc) value = cookHeredoc(raw);
    else {
      const cooked = cookQuoted(raw);
      for (const e of cooked.errors) this.report(e.message, t.start + e.offset, t.start + e.offset + e.length);
      value = cooked.value;
    }
    const original = value;
    if (this.stripNext) {
      // `~}` trims all whitespace after it; keep trimming into the next line while lines come out empty.
      value = value.replace(/^\s+/u, '');
      this.stripNext = value === '';
    }
    const node: TemplateLiteral = { type: 'TemplateLiteral', value, range: this.range(t.start, t.end) };
    if (this.atLineStart(t)) {
      const indent = leadingIndent(original);
      const rest = original.charCodeAt(indent);
      this.heredocLines!.push({
        literal: node,
        indent,
        blank: rest === 10 || rest === 13,
        stripped: original.length - value.length,
      });
    }
    this.recentLiterals.push(node);
    return node;
  }
}
