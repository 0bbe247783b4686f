// Expression parsing: conditionals, binary operators by precedence climbing, unary operators,
// traversals and splats, literals, function calls, tuples, objects and for expressions.
// Templates are parsed by the subclass (template-parser.ts).

import type { BinaryOperator, Expression, ForExpr, ObjectItem as ObjectItemNode, Template } from './ast.js';
import { TokenCursor } from './cursor.js';
import {
  BinaryOp,
  BoolLiteral,
  Conditional,
  ForExpr as ForNode,
  FunctionCall,
  GetAttr,
  Index,
  NullLiteral,
  NumberLiteral,
  ObjectCons,
  ObjectItem,
  Parens,
  Splat,
  SplatItem,
  Tuple,
  UnaryOp,
  Variable,
} from './nodes.js';
import { Tok, type TokType } from './tokens.js';

const BINARY_PRECEDENCE = new Uint8Array(64);
const BINARY_OP: BinaryOperator[] = [];
function defineBinary(tok: TokType, prec: number, op: BinaryOperator): void {
  BINARY_PRECEDENCE[tok] = prec;
  BINARY_OP[tok] = op;
}
// Lowest to highest; all left-associative.
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

const LEGACY_INDEX = /^[0-9]+(\.[0-9]+)?$/;

export abstract class ExpressionParser extends TokenCursor {
  protected abstract parseQuotedTemplate(open: number): Template;
  protected abstract parseHeredoc(open: number): Template;

  parseExpression(): Expression {
    this.enter(this.peek());
    const cond = this.parseBinary(1);
    let result = cond;
    if (this.peekType() === Tok.Question) {
      this.i++;
      const trueExpr = this.parseExpression();
      this.expectFound(Tok.Colon, 'Expected ":" in conditional expression');
      const falseExpr = this.parseExpression();
      result = new Conditional(this.lines, cond.startOffset, falseExpr.endOffset, cond, trueExpr, falseExpr);
    }
    this.depth--;
    return result;
  }

  private parseBinary(minPrec: number): Expression {
    let left = this.parseUnary();
    for (;;) {
      const type = this.peekType();
      const prec = BINARY_PRECEDENCE[type]!;
      if (prec === 0 || prec < minPrec) return left;
      this.i++;
      const right = this.parseBinary(prec + 1);
      left = new BinaryOp(this.lines, left.startOffset, right.endOffset, BINARY_OP[type]!, left, right);
    }
  }

  private parseUnary(): Expression {
    const t = this.peek();
    const type = this.types[t];
    if (type === Tok.Bang || type === Tok.Minus) {
      this.i++;
      this.enter(t);
      const operand = this.parseUnary();
      this.depth--;
      return new UnaryOp(this.lines, this.starts[t]!, operand.endOffset, type === Tok.Bang ? '!' : '-', operand);
    }
    return this.parsePostfix(this.parseTerm());
  }

  private parsePostfix(expr: Expression): Expression {
    for (;;) {
      const t = this.peek();
      const type = this.types[t];
      if (type === Tok.Dot) {
        const n = t + 1;
        if (this.types[n] === Tok.Star) {
          this.i = n + 1;
          expr = this.parseSplat(expr, false, n);
          continue;
        }
        const traversed = this.traverseDot(expr, expr);
        if (traversed === null) this.fail(`Invalid attribute name after ".": found ${this.describe(n)}.`, n);
        expr = traversed;
        continue;
      }
      if (type === Tok.OBrack) {
        if (this.types[this.peekSecond()] === Tok.Star) {
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
    const n = this.i + 1;
    const type = this.types[n];
    if (type === Tok.Ident) {
      this.i += 2;
      return new GetAttr(this.lines, rangeFrom.startOffset, this.ends[n]!, target, this.text(n));
    }
    if (type !== Tok.Number) return null;
    this.i += 2;
    // `a.0.1` lexes as `a` `.` `0.1`: split it back into two legacy indexes.
    const raw = this.text(n);
    if (!LEGACY_INDEX.test(raw)) this.fail(`Invalid legacy index "${raw}": expected a whole number.`, n);
    const start = this.starts[n]!;
    const dot = raw.indexOf('.');
    const pieces: [string, number][] =
      dot === -1 ? [[raw, start]] : [[raw.slice(0, dot), start], [raw.slice(dot + 1), start + dot + 1]];
    let out = target;
    for (const [digits, at] of pieces) {
      const end = at + digits.length;
      const key = new NumberLiteral(this.lines, at, end, Number(digits), digits);
      out = new Index(this.lines, rangeFrom.startOffset, end, out, key, true);
    }
    return out;
  }

  private parseIndex(target: Expression, rangeFrom: Expression): Expression {
    this.i++;
    this.pushNewlines(false);
    const key = this.parseExpression();
    const close = this.expectFound(Tok.CBrack, 'Expected "]" to close the index');
    this.popNewlines();
    return new Index(this.lines, rangeFrom.startOffset, this.ends[close]!, target, key, false);
  }

  /** The traversal after `[*]` or `.*` applies to each element (`SplatItem`) rather than to the list. */
  private parseSplat(source: Expression, full: boolean, lastTok: number): Expression {
    const itemAt = this.ends[lastTok]!;
    let each: Expression = new SplatItem(this.lines, itemAt, itemAt);
    const anchor: Expression = each;
    for (;;) {
      const type = this.peekType();
      if (type === Tok.Dot) {
        const next = this.traverseDot(each, anchor);
        if (next === null) break;
        each = next;
      } else if (full && type === Tok.OBrack && this.types[this.peekSecond()] !== Tok.Star) {
        each = this.parseIndex(each, anchor);
      } else break;
    }
    const end = each === anchor ? itemAt : each.endOffset;
    return new Splat(this.lines, source.startOffset, end, full, source, each);
  }

  private parseTerm(): Expression {
    const t = this.peek();
    switch (this.types[t]) {
      case Tok.Number: {
        this.i++;
        const raw = this.text(t);
        return new NumberLiteral(this.lines, this.starts[t]!, this.ends[t]!, Number(raw), raw);
      }
      case Tok.Ident:
        return this.parseIdentTerm(t);
      case Tok.OParen: {
        this.i++;
        this.pushNewlines(false);
        const expr = this.parseExpression();
        const close = this.expectFound(Tok.CParen, 'Expected ")" to close the parentheses');
        this.popNewlines();
        return new Parens(this.lines, this.starts[t]!, this.ends[close]!, expr);
      }
      case Tok.OBrack:
        return this.parseTuple(t);
      case Tok.OBrace:
        return this.parseObject(t);
      case Tok.OQuote:
        return this.parseQuotedTemplate(t);
      case Tok.OHeredoc:
        return this.parseHeredoc(t);
      default:
        return this.fail(`Invalid expression: expected a value, found ${this.describe(t)}.`, t);
    }
  }

  private parseIdentTerm(t: number): Expression {
    this.i++;
    const name = this.text(t);
    const start = this.starts[t]!;
    if (name === 'true' || name === 'false') return new BoolLiteral(this.lines, start, this.ends[t]!, name === 'true');
    if (name === 'null') return new NullLiteral(this.lines, start, this.ends[t]!);
    let next = this.peek();
    if (this.types[next] !== Tok.OParen && this.types[next] !== Tok.DoubleColon) {
      return new Variable(this.lines, start, this.ends[t]!, name);
    }
    let nameEnd = this.ends[t]!;
    while (this.types[next] === Tok.DoubleColon) {
      this.i++;
      const part = this.expectFound(Tok.Ident, 'Expected a function name after "::"');
      nameEnd = this.ends[part]!;
      next = this.peek();
    }
    if (this.types[next] !== Tok.OParen) this.fail(`Expected "(" to call function "${this.src.slice(start, nameEnd)}".`, next);
    this.i++;
    this.pushNewlines(false);
    const base = this.pending.top;
    let expandFinal = false;
    for (;;) {
      if (this.peekType() === Tok.CParen) break;
      this.pending.hold(this.parseExpression());
      let sep = this.peek();
      if (this.types[sep] === Tok.Ellipsis) {
        this.i++;
        expandFinal = true;
        sep = this.peek();
        if (this.types[sep] === Tok.Comma) {
          this.i++;
          sep = this.peek();
        }
        if (this.types[sep] !== Tok.CParen) this.fail('The "..." expansion must follow the last argument.', sep);
        break;
      }
      if (this.types[sep] === Tok.Comma) {
        this.i++;
        continue;
      }
      if (this.types[sep] !== Tok.CParen) {
        this.fail(`Missing "," or ")" in the function call arguments, found ${this.describe(sep)}.`, sep);
      }
    }
    const close = this.expect(Tok.CParen);
    this.popNewlines();
    const args = this.pending.release(base) as Expression[];
    // A provider function's name may be spaced around its `::` (`provider :: aws :: f`).
    const fullName = nameEnd === this.ends[t] ? name : this.src.slice(start, nameEnd).replace(/\s+/g, '');
    return new FunctionCall(this.lines, start, this.ends[close]!, fullName, nameEnd, args, expandFinal);
  }

  private isForStart(): boolean {
    return this.isKeyword(this.peek(), 'for') && this.types[this.peekSecond()] === Tok.Ident;
  }

  private parseTuple(open: number): Expression {
    this.i++;
    this.pushNewlines(false);
    if (this.isForStart()) {
      const f = this.parseFor(open, false);
      this.popNewlines();
      return f;
    }
    const base = this.pending.top;
    for (;;) {
      if (this.peekType() === Tok.CBrack) break;
      this.pending.hold(this.parseExpression());
      const sep = this.peek();
      if (this.types[sep] === Tok.Comma) {
        this.i++;
        continue;
      }
      if (this.types[sep] !== Tok.CBrack) this.fail(`Missing "," or "]" between tuple elements, found ${this.describe(sep)}.`, sep);
    }
    const close = this.expect(Tok.CBrack);
    this.popNewlines();
    return new Tuple(this.lines, this.starts[open]!, this.ends[close]!, this.pending.release(base) as Expression[]);
  }

  private parseObject(open: number): Expression {
    this.i++;
    this.pushNewlines(false);
    if (this.isForStart()) {
      const f = this.parseFor(open, true);
      this.popNewlines();
      return f;
    }
    // Inside `{ }` newlines separate items, like commas.
    this.newlines = true;
    const base = this.pending.top;
    const types = this.types;
    for (;;) {
      while (types[this.i] === Tok.Newline) this.i++;
      if (types[this.i] === Tok.CBrace) break;
      const key = this.parseExpression();
      const sep = this.peek();
      if (types[sep] !== Tok.Equal && types[sep] !== Tok.Colon) {
        this.fail(`Missing "=" or ":" after the object key, found ${this.describe(sep)}.`, sep);
      }
      this.i++;
      const value = this.parseExpression();
      this.pending.hold(new ObjectItem(this.lines, key, value));
      const end = types[this.i];
      if (end === Tok.Comma || end === Tok.Newline) {
        this.i++;
        continue;
      }
      if (end !== Tok.CBrace) {
        this.fail(`Missing "," or newline between object attributes, found ${this.describe(this.i)}.`, this.i);
      }
    }
    const close = this.i++;
    this.popNewlines();
    return new ObjectCons(this.lines, this.starts[open]!, this.ends[close]!, this.pending.release(base) as ObjectItemNode[]);
  }

  private parseFor(open: number, object: boolean): ForExpr {
    this.i++; // `for`
    const first = this.expect(Tok.Ident, 'Expected a variable name after "for".');
    let keyVar: string | null = null;
    let valueVar = this.text(first);
    if (this.peekType() === Tok.Comma) {
      this.i++;
      keyVar = valueVar;
      valueVar = this.text(this.expect(Tok.Ident, 'Expected a value variable name after "," in the for expression.'));
    }
    if (!this.isKeyword(this.peek(), 'in')) this.fail('Expected "in" after the for expression variables.');
    this.i++;
    const collection = this.parseExpression();
    this.expectFound(Tok.Colon, 'Expected ":" after the for expression collection');
    let keyExpr: Expression | null = null;
    let valueExpr = this.parseExpression();
    let grouping = false;
    if (object) {
      this.expectFound(Tok.FatArrow, 'Expected "=>" between key and value in an object for expression');
      keyExpr = valueExpr;
      valueExpr = this.parseExpression();
      if (this.peekType() === Tok.Ellipsis) {
        this.i++;
        grouping = true;
      }
    }
    let condition: Expression | null = null;
    if (this.isKeyword(this.peek(), 'if')) {
      this.i++;
      condition = this.parseExpression();
    }
    const close = this.expectFound(object ? Tok.CBrace : Tok.CBrack, `Expected ${object ? '"}"' : '"]"'} to close the for expression`);
    const start = this.starts[open]!;
    return new ForNode(this.lines, start, this.ends[close]!, object, keyVar, valueVar, collection, keyExpr, valueExpr, condition, grouping);
  }
}
