// The token cursor under the parser: lookahead with significant or insignificant newlines,
// ranges, diagnostics and the nesting cap. A token is referred to by its index.

import type { Diagnostic, Range } from './ast.js';
import { Tok, type TokType, type Tokens } from './tokens.js';
import { LineMap, SourceRange } from './positions.js';

/** Deepest nesting of expressions, template directives and blocks accepted before giving up on an item. */
export const MAX_NESTING_DEPTH = 256;

/** Thrown inside the parser to unwind to the top-level recovery point; never escapes parseHcl. */
export const ABORT = Symbol('hcl-parse-abort');

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
  [Tok.Star]: '"*"',
  [Tok.Ident]: 'a name',
  [Tok.TemplateSeqEnd]: '"}"',
};

/**
 * The elements of lists still being parsed, nested lists above their parents; `release` copies a
 * finished list out at its exact length. An array grown by push keeps room for 16 more elements,
 * and syntax trees live through evaluation while most of their lists hold one to three elements.
 */
export class PendingLists<T> {
  private readonly items: T[] = [];
  /** Where the next element goes: a list records it as its base before holding its elements. */
  top = 0;

  hold(element: T): void {
    this.items[this.top++] = element;
  }

  /** The elements held since `base`, as a new array; they are no longer held. */
  release(base: number): T[] {
    const items = this.items;
    const top = this.top;
    this.top = base;
    // Array literals for the common short lists: cheaper than slice().
    switch (top - base) {
      case 0:
        return [];
      case 1:
        return [items[base]!];
      case 2:
        return [items[base]!, items[base + 1]!];
      default:
        return items.slice(base, top);
    }
  }
}

export class TokenCursor {
  protected readonly lines: LineMap;
  protected readonly types: Uint8Array;
  protected readonly starts: Int32Array;
  protected readonly ends: Int32Array;
  protected readonly flags: Uint8Array;
  protected readonly heredocs: Tokens['heredocs'];
  /** Index of the current token. */
  protected i = 0;
  protected depth = 0;
  /** Whether newlines are significant here (bodies, object constructors) or skipped (brackets). */
  protected newlines = true;
  protected readonly newlineStack: boolean[] = [];
  protected readonly diagnostics: Diagnostic[] = [];
  /** Elements of the tuples, argument lists, object items, labels and template parts being parsed. */
  protected readonly pending = new PendingLists<unknown>();

  constructor(
    protected readonly src: string,
    protected readonly filename: string,
    tokens: Tokens,
  ) {
    this.lines = new LineMap(src);
    this.types = tokens.types;
    this.starts = tokens.starts;
    this.ends = tokens.ends;
    this.flags = tokens.flags;
    this.heredocs = tokens.heredocs;
  }

  protected report(message: string, start: number, end: number): void {
    const range = this.range(start, Math.max(start, end));
    const at = range.start;
    this.diagnostics.push({ severity: 'error', message, file: this.filename, line: at.line, column: at.column, range });
  }

  /** Reports an error at token k and abandons the current top-level item. */
  protected fail(message: string, k: number = this.peek()): never {
    this.report(message, this.starts[k]!, this.ends[k]!);
    throw ABORT;
  }

  protected enter(k: number): void {
    if (++this.depth > MAX_NESTING_DEPTH) {
      this.fail(`Nesting is too deep: more than ${MAX_NESTING_DEPTH} levels of expressions or blocks.`, k);
    }
  }

  /** Index of the next significant token (skipping newlines where they do not matter). */
  protected peek(): number {
    let k = this.i;
    if (!this.newlines) {
      while (this.types[k] === Tok.Newline) k++;
      this.i = k;
    }
    return k;
  }

  /** The type of the next significant token. */
  protected peekType(): number {
    return this.types[this.peek()]!;
  }

  /** The token after the next significant one, skipping newlines. */
  protected peekSecond(): number {
    let k = this.peek() + 1;
    while (this.types[k] === Tok.Newline) k++;
    return k;
  }

  protected expect(type: TokType, message?: string): number {
    const k = this.peek();
    if (this.types[k] !== type) this.fail(message ?? `Expected ${TOKEN_NAMES[type] ?? 'token'}, found ${this.describe(k)}.`, k);
    this.i = k + 1;
    return k;
  }

  /** expect() whose message, `EXPECTED, found <token>.`, is built only when it fails. */
  protected expectFound(type: TokType, expected: string): number {
    const k = this.peek();
    if (this.types[k] !== type) this.fail(`${expected}, found ${this.describe(k)}.`, k);
    this.i = k + 1;
    return k;
  }

  protected pushNewlines(significant: boolean): void {
    this.newlineStack.push(this.newlines);
    this.newlines = significant;
  }

  protected popNewlines(): void {
    this.newlines = this.newlineStack.pop() ?? true;
  }

  protected text(k: number): string {
    return this.src.slice(this.starts[k], this.ends[k]);
  }

  protected isKeyword(k: number, word: string): boolean {
    const start = this.starts[k]!;
    return this.types[k] === Tok.Ident && this.ends[k]! - start === word.length && this.src.startsWith(word, start);
  }

  protected describe(k: number): string {
    switch (this.types[k]) {
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
        return `"${this.text(k)}"`;
    }
  }

  protected range(start: number, end: number): Range {
    return new SourceRange(this.lines, start, end);
  }

  protected lineOf(offset: number): number {
    return this.lines.pos(offset).line;
  }
}
