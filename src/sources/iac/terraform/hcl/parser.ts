// Recursive-descent parser for HCL native syntax: bodies, attributes and blocks on top of the
// expression and template parsers. Syntax errors become diagnostics: the failing top-level item
// is dropped and parsing resumes at the next line that starts with an identifier in column 1,
// which is where the next top-level block begins in practice.

import type { Attribute as AttributeNode, Block as BlockNode, BlockLabel as BlockLabelNode, Comment, Diagnostic, ParseResult, Range } from './ast.js';
import { ABORT, PendingLists } from './cursor.js';
import { Attribute, Block, BlockLabel, Body } from './nodes.js';
import { lex, recycleTokens } from './lexer.js';
import { Tok } from './tokens.js';
import { cookQuoted } from './template.js';
import { TemplateParser } from './template-parser.js';

/** Parses HCL native syntax. Never throws on bad input: errors are returned as diagnostics. */
export function parseHcl(source: string, filename: string): ParseResult {
  const lexed = lex(source);
  const parser = new BodyParser(source, filename, lexed.tokens);
  for (const e of lexed.errors) parser.lexError(e.message, e.start, e.end);
  const result = parser.parseFile();
  recycleTokens(lexed.tokens);
  const comments: Comment[] = lexed.comments.map((c) => ({
    kind: c.kind,
    text: source.slice(c.start, c.end),
    trailing: followsCode(source, c.start),
    range: parser.rangeOf(c.start, c.end),
  }));
  return { ...result, comments };
}

function followsCode(src: string, offset: number): boolean {
  for (let k = offset - 1; k >= 0; k--) {
    const c = src.charCodeAt(k);
    if (c === 10) return false;
    if (c !== 32 && c !== 9 && c !== 13) return true;
  }
  return false;
}

class BodyParser extends TemplateParser {
  // The attributes and blocks of the bodies being parsed, in the manner of `pending`.
  private readonly attributes = new PendingLists<AttributeNode>();
  private readonly blocks = new PendingLists<BlockNode>();

  lexError(message: string, start: number, end: number): void {
    this.report(message, start, end);
  }

  rangeOf(start: number, end: number): Range {
    return this.range(start, end);
  }

  parseFile(): Omit<ParseResult, 'comments'> {
    const types = this.types;
    for (;;) {
      const type = types[this.i];
      if (type === Tok.Newline) {
        this.i++;
        continue;
      }
      if (type === Tok.EOF) break;
      const from = this.i;
      const attributes = this.attributes.top;
      const blocks = this.blocks.top;
      try {
        this.parseItem(false);
      } catch (e) {
        if (e !== ABORT) throw e;
        // Drop what the failed item left held, its nested bodies' elements included.
        this.attributes.top = attributes;
        this.blocks.top = blocks;
        this.pending.top = 0;
        this.recoverTopLevel(from);
      }
    }
    const body = this.newBody(0, this.src.length, 0, 0);
    this.checkDuplicates(body);
    return { body, diagnostics: this.sortedDiagnostics() };
  }

  // ---- errors and recovery ----

  /** Diagnostics in source order; recovery may re-parse a stretch, so repeats are dropped. */
  private sortedDiagnostics(): Diagnostic[] {
    const sorted = this.diagnostics.sort((a, b) => a.range.startOffset - b.range.startOffset);
    return sorted.filter(
      (d, k) => k === 0 || d.range.startOffset !== sorted[k - 1]!.range.startOffset || d.message !== sorted[k - 1]!.message,
    );
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
    this.resetTemplateState();
    const types = this.types;
    const starts = this.starts;
    const failed = this.i;
    let i: number;
    if (types[failed] === Tok.EOF) i = from + 1;
    else {
      const lineStart = this.src.lastIndexOf('\n', starts[failed]! - 1) + 1;
      i = failed;
      while (i > from + 1 && starts[i - 1]! >= lineStart) i--;
      i = Math.max(i, from + 1);
    }
    for (; types[i] !== Tok.EOF; i++) {
      if (types[i] !== Tok.Ident) continue;
      const start = starts[i]!;
      if (start === 0 || this.src.charCodeAt(start - 1) === 10) break;
    }
    this.i = i;
  }

  private checkDuplicates(body: Body): void {
    const attrs = body.attributes;
    if (attrs.length < 2) return;
    // Bodies are small: a nested loop beats building a Map for most of them.
    const seen = attrs.length > 16 ? new Map<string, AttributeNode>() : null;
    for (let k = 0; k < attrs.length; k++) {
      const a = attrs[k]!;
      let prev: AttributeNode | undefined;
      if (seen !== null) {
        prev = seen.get(a.name);
        if (prev === undefined) seen.set(a.name, a);
      } else {
        for (let j = 0; j < k && prev === undefined; j++) if (attrs[j]!.name === a.name) prev = attrs[j];
      }
      if (prev === undefined) continue;
      const at = a.nameRange.start;
      this.diagnostics.push({
        severity: 'error',
        message: `Duplicate argument "${a.name}": it was already set at line ${prev.nameRange.start.line}.`,
        file: this.filename,
        line: at.line,
        column: at.column,
        range: a.nameRange,
      });
    }
  }

  // ---- bodies ----

  /** A body of the attributes and blocks held since the given bases. */
  private newBody(start: number, end: number, attributes: number, blocks: number): Body {
    return new Body(this.lines, start, end, this.attributes.release(attributes), this.blocks.release(blocks));
  }

  private parseItem(singleLine: boolean): void {
    const name = this.peek();
    if (this.types[name] !== Tok.Ident) {
      this.fail(`An argument or block definition is required here, found ${this.describe(name)}.`, name);
    }
    this.i++;
    const next = this.peek();
    const nextType = this.types[next];
    if (nextType === Tok.Equal) {
      this.i++;
      const expr = this.parseExpression();
      const end = this.types[this.i];
      if (end !== Tok.Newline && end !== Tok.EOF && !(singleLine && end === Tok.CBrace)) {
        this.fail(
          `Missing newline after argument "${this.text(name)}": an argument definition must end with a newline, found ${this.describe(this.i)}.`,
          this.i,
        );
      }
      this.attributes.hold(new Attribute(this.lines, this.starts[name]!, this.text(name), expr));
      return;
    }
    if (singleLine) this.fail('A single-line block definition can contain only a single argument.', name);
    if (nextType !== Tok.Ident && nextType !== Tok.OQuote && nextType !== Tok.OBrace) {
      this.fail(`Expected "=" to set argument "${this.text(name)}" or "{" to open a block, found ${this.describe(next)}.`, next);
    }
    this.blocks.hold(this.parseBlock(name));
  }

  private parseBlock(typeTok: number): BlockNode {
    this.enter(typeTok);
    const pending = this.pending;
    const base = pending.top;
    for (;;) {
      const t = this.peek();
      const type = this.types[t];
      if (type === Tok.Ident) {
        this.i++;
        pending.hold(new BlockLabel(this.lines, this.starts[t]!, this.ends[t]!, this.text(t), false));
      } else if (type === Tok.OQuote) {
        pending.hold(this.parseLabel(t));
      } else break;
    }
    const labels = pending.release(base) as BlockLabelNode[];
    const open = this.expectFound(Tok.OBrace, 'Expected "{" to open the block body');
    const attributes = this.attributes.top;
    const blocks = this.blocks.top;
    const first = this.types[this.i];
    if (first === Tok.Newline) this.parseBodyUntilClose(open);
    else if (first !== Tok.CBrace) this.parseItem(true);
    const close = this.i;
    if (this.types[close] !== Tok.CBrace) {
      this.fail(
        `Unclosed block: the "{" at line ${this.lineOf(this.starts[open]!)} has no matching "}" (found ${this.describe(close)}).`,
        close,
      );
    }
    this.i++;
    const after = this.types[this.i];
    if (after !== Tok.Newline && after !== Tok.EOF) {
      this.fail(`Missing newline after block definition, found ${this.describe(this.i)}.`, this.i);
    }
    const body = this.newBody(this.ends[open]!, this.starts[close]!, attributes, blocks);
    this.checkDuplicates(body);
    this.depth--;
    return new Block(this.lines, this.starts[typeTok]!, this.ends[close]!, this.text(typeTok), labels, body);
  }

  private parseBodyUntilClose(open: number): void {
    const types = this.types;
    for (;;) {
      const type = types[this.i];
      if (type === Tok.Newline) {
        this.i++;
        continue;
      }
      if (type === Tok.CBrace) return;
      if (type === Tok.EOF) {
        this.fail(`Unclosed block: the "{" at line ${this.lineOf(this.starts[open]!)} has no matching "}".`, this.i);
      }
      this.parseItem(false);
    }
  }

  private parseLabel(open: number): BlockLabelNode {
    this.i++;
    let value = '';
    let t = this.i;
    if (this.types[t] === Tok.TemplateLit) {
      const start = this.starts[t]!;
      if (this.flags[t] === 0) value = this.text(t);
      else {
        const cooked = cookQuoted(this.text(t));
        for (const e of cooked.errors) this.report(e.message, start + e.offset, start + e.offset + e.length);
        value = cooked.value;
      }
      t = ++this.i;
    }
    const type = this.types[t];
    if (type === Tok.TemplateInterp || type === Tok.TemplateControl) {
      this.fail('Invalid block label: a label must be a literal string without "${" or "%{" sequences.', t);
    }
    if (type !== Tok.CQuote) this.fail('Unterminated string: a quoted label must end with " on the same line.', t);
    this.i++;
    return new BlockLabel(this.lines, this.starts[open]!, this.ends[t]!, value, true);
  }
}
