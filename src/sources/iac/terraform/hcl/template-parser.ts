// Template parsing: quoted strings and heredocs with interpolations `${}`, directives
// `%{ if }` / `%{ for }`, strip markers `~` and the `<<-` indentation rule.

import type { TemplatePart } from './ast.js';
import { ExpressionParser } from './expressions.js';
import { Template, TemplateFor, TemplateIf, TemplateInterpolation, TemplateLiteral } from './nodes.js';
import { Tok } from './tokens.js';
import { cookHeredoc, cookQuoted, flushHeredoc, leadingIndent, type HeredocLine } from './template.js';

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

type PartsContext = 'top' | 'if' | 'else' | 'for';

export abstract class TemplateParser extends ExpressionParser {
  // State of the template being parsed, saved and restored around nested templates.
  /** Literals since the last `${` / `%{`, for a `${~` strip marker to trim backwards. */
  protected recentLiterals: TemplateLiteral[] = [];
  /** A `~}` was just seen: trim whitespace from the literals that follow. */
  protected stripNext = false;
  /** The lines of the heredoc being parsed, or null in a quoted template. */
  protected heredocLines: HeredocLine[] | null = null;

  protected resetTemplateState(): void {
    this.recentLiterals = [];
    this.stripNext = false;
    this.heredocLines = null;
  }

  protected parseQuotedTemplate(open: number): Template {
    this.i++;
    // Most strings hold no `${` or `%{`: one literal (or none) between the quotes. Such a string
    // needs none of the template state saved and restored below.
    const first = this.i;
    const lit = this.types[first] === Tok.TemplateLit;
    const close0 = lit ? first + 1 : first;
    if (this.types[close0] === Tok.CQuote) {
      this.i = close0 + 1;
      const parts: TemplatePart[] = lit ? [this.quotedLiteral(first)] : [];
      return new Template(this.lines, this.starts[open]!, this.ends[close0]!, parts, null);
    }
    const saved = this.saveTemplateState(null);
    const { parts, end } = this.parseTemplateParts(false, 'top');
    if (end !== null) this.fail(`Unexpected "%{ ${end} }" outside an if or for directive.`, this.i - 1);
    const close = this.i;
    if (this.types[close] !== Tok.CQuote) {
      this.fail('Unterminated string: a quoted string must end with " on the same line.', open);
    }
    this.i++;
    this.restoreTemplateState(saved);
    return new Template(this.lines, this.starts[open]!, this.ends[close]!, parts, null);
  }

  protected parseHeredoc(open: number): Template {
    const { marker, flush } = this.heredocs.get(open)!;
    this.i++;
    const lines: HeredocLine[] = [];
    const saved = this.saveTemplateState(lines);
    const { parts, end } = this.parseTemplateParts(true, 'top');
    if (end !== null) this.fail(`Unexpected "%{ ${end} }" outside an if or for directive.`, this.i - 1);
    const close = this.i;
    if (this.types[close] !== Tok.CHeredoc) {
      this.fail(`Unterminated heredoc: no line with the closing marker "${marker}" was found.`, open);
    }
    this.i++;
    this.restoreTemplateState(saved);
    if (flush) flushHeredoc(lines);
    return new Template(this.lines, this.starts[open]!, this.ends[close]!, parts, { marker, flush });
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

  private atLineStart(k: number): boolean {
    return this.heredocLines !== null && this.src.charCodeAt(this.starts[k]! - 1) === 10;
  }

  /** Opens a `${` or `%{` sequence: applies `~` to the preceding literals and marks a line start. */
  private openSequence(k: number): void {
    if (this.flags[k] === 1) {
      // `${~` trims all whitespace before it, which may span several line literals.
      const recent = this.recentLiterals;
      for (let j = recent.length - 1; j >= 0; j--) {
        const lit = recent[j]!;
        lit.value = lit.value.replace(/\s+$/u, '');
        if (lit.value !== '') break;
      }
    }
    if (this.atLineStart(k)) this.heredocLines!.push({ literal: null, indent: 0, blank: false, stripped: 0 });
    this.recentLiterals = [];
    this.stripNext = false;
    this.i++;
    this.pushNewlines(false);
  }

  /** Consumes the `}` or `~}` closing a sequence and returns its index. */
  private closeSequence(what: string): number {
    const end = this.peek();
    if (this.types[end] !== Tok.TemplateSeqEnd) {
      this.fail(`Expected "}" to close the ${what}, found ${this.describe(end)}.`, end);
    }
    this.i++;
    this.popNewlines();
    this.stripNext = this.flags[end] === 1;
    return end;
  }

  private parseTemplateParts(heredoc: boolean, context: PartsContext): PartsResult {
    const base = this.pending.top;
    for (;;) {
      const t = this.i;
      const type = this.types[t];
      if (type === Tok.TemplateLit) {
        this.i++;
        this.pending.hold(this.literal(t, heredoc));
        continue;
      }
      if (type === Tok.TemplateInterp) {
        this.openSequence(t);
        const expr = this.parseExpression();
        const end = this.closeSequence('interpolation');
        this.pending.hold(new TemplateInterpolation(this.lines, this.starts[t]!, this.ends[end]!, expr, this.flags[t] === 1, this.flags[end] === 1));
        continue;
      }
      if (type !== Tok.TemplateControl) return { parts: this.pending.release(base) as TemplatePart[], end: null };
      this.openSequence(t);
      const kw = this.peek();
      const word = this.types[kw] === Tok.Ident ? this.text(kw) : '';
      if (word === 'if') {
        this.i++;
        this.pending.hold(this.parseTemplateIf(t, heredoc));
      } else if (word === 'for') {
        this.i++;
        this.pending.hold(this.parseTemplateFor(t, heredoc));
      } else if (word === 'else' || word === 'endif' || word === 'endfor') {
        this.i++;
        this.closeSequence(`"${word}" directive`);
        const allowed =
          (word === 'else' && context === 'if') ||
          (word === 'endif' && (context === 'if' || context === 'else')) ||
          (word === 'endfor' && context === 'for');
        if (!allowed) {
          this.fail(`Unexpected "%{ ${word} }": there is no open ${word === 'endfor' ? 'for' : 'if'} directive to close.`, kw);
        }
        return { parts: this.pending.release(base) as TemplatePart[], end: word };
      } else {
        this.fail(`Invalid template directive: expected if, else, endif, for or endfor, found ${this.describe(kw)}.`, kw);
      }
    }
  }

  private parseTemplateIf(open: number, heredoc: boolean): TemplatePart {
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
    return new TemplateIf(this.lines, this.starts[open]!, this.ends[this.i - 1]!, condition, thenPart.parts, elseParts);
  }

  private parseTemplateFor(open: number, heredoc: boolean): TemplatePart {
    this.enter(open);
    const first = this.expect(Tok.Ident, 'Expected a variable name after "%{ for".');
    let keyVar: string | null = null;
    let valueVar = this.text(first);
    if (this.peekType() === Tok.Comma) {
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
    return new TemplateFor(this.lines, this.starts[open]!, this.ends[this.i - 1]!, keyVar, valueVar, collection, body.parts);
  }

  /** A quoted string's only literal, outside any template state: what literal() gives for it. */
  private quotedLiteral(k: number): TemplateLiteral {
    const start = this.starts[k]!;
    if (this.flags[k] === 0) return new TemplateLiteral(this.lines, start, this.ends[k]!, this.text(k));
    const cooked = cookQuoted(this.text(k));
    for (const e of cooked.errors) this.report(e.message, start + e.offset, start + e.offset + e.length);
    return new TemplateLiteral(this.lines, start, this.ends[k]!, cooked.value);
  }

  private literal(k: number, heredoc: boolean): TemplateLiteral {
    const raw = this.text(k);
    const start = this.starts[k]!;
    let value: string;
    if (this.flags[k] === 0) value = raw;
    else if (heredoc) value = cookHeredoc(raw);
    else {
      const cooked = cookQuoted(raw);
      for (const e of cooked.errors) this.report(e.message, start + e.offset, start + e.offset + e.length);
      value = cooked.value;
    }
    const original = value;
    if (this.stripNext) {
      // `~}` trims all whitespace after it; keep trimming into the next line while lines come out empty.
      value = value.replace(/^\s+/u, '');
      this.stripNext = value === '';
    }
    const node = new TemplateLiteral(this.lines, start, this.ends[k]!, value);
    if (this.atLineStart(k)) {
      const indent = leadingIndent(original);
      const rest = original.charCodeAt(indent);
      this.heredocLines!.push({ literal: node, indent, blank: rest === 10 || rest === 13, stripped: original.length - value.length });
    }
    this.recentLiterals.push(node);
    return node;
  }
}
