// Lexer for HCL native syntax. It runs over the whole file once, before parsing, and never
// fails: bad input becomes an Invalid token or a lexer error the parser reports. Template
// strings and heredocs switch it into template mode; a stack of contexts tracks which `}`
// closes an interpolation and which closes a brace, so the parser sees a flat token array.
// One state machine, kept in one file on purpose.

import { Tok, type TokType, type Tokens } from './tokens.js';

export interface LexError {
  message: string;
  start: number;
  end: number;
}

export interface RawComment {
  kind: 'line' | 'block';
  start: number;
  end: number;
}

export interface LexResult {
  tokens: Tokens;
  comments: RawComment[];
  errors: LexError[];
}

const CTX_BRACE = 0;
const CTX_INTERP = 1;
const CTX_QUOTED = 2;
const CTX_HEREDOC = 3;

interface Context {
  kind: number;
  marker: string;
  atLineStart: boolean;
}

const enumBits = new Uint8Array(128);
const ID_START = 1;
const ID_PART = 2;
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  if (/[A-Za-z_]/.test(ch)) enumBits[c] = ID_START | ID_PART;
  else if (/[0-9-]/.test(ch)) enumBits[c] = ID_PART;
}
const UNI_ID_START = /\p{ID_Start}/u;
const UNI_ID_PART = /[\p{ID_Continue}\u200c\u200d]/u;

function isIdStartAt(src: string, i: number): boolean {
  const c = src.charCodeAt(i);
  if (c < 128) return (enumBits[c]! & ID_START) !== 0;
  const cp = src.codePointAt(i)!;
  return UNI_ID_START.test(String.fromCodePoint(cp));
}

/** Length in UTF-16 units of the identifier-part character at i, or 0. */
function idPartLen(src: string, i: number): number {
  const c = src.charCodeAt(i);
  if (c < 128) return (enumBits[c]! & ID_PART) !== 0 ? 1 : 0;
  if (Number.isNaN(c)) return 0;
  const cp = src.codePointAt(i)!;
  return UNI_ID_PART.test(String.fromCodePoint(cp)) ? (cp > 0xffff ? 2 : 1) : 0;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function lex(src: string): LexResult {
  return new Lexer(src).run();
}

type TokenBuffers = Pick<Tokens, 'types' | 'starts' | 'ends' | 'flags'>;

/** Buffers of a finished parse, reused by the next lex() to spare allocation and zero-filling. */
let spare: TokenBuffers | null = null;

/** Hands the token arrays back for reuse; `tokens` must not be read afterwards. */
export function recycleTokens(tokens: Tokens): void {
  spare = { types: tokens.types, starts: tokens.starts, ends: tokens.ends, flags: tokens.flags };
}

/** Single-character tokens of normal mode, by char code (0 = not a single-character token). */
const SINGLE = new Uint8Array(128);
SINGLE[91] = Tok.OBrack;
SINGLE[93] = Tok.CBrack;
SINGLE[40] = Tok.OParen;
SINGLE[41] = Tok.CParen;
SINGLE[42] = Tok.Star;
SINGLE[43] = Tok.Plus;
SINGLE[45] = Tok.Minus;
SINGLE[37] = Tok.Percent;
SINGLE[44] = Tok.Comma;
SINGLE[63] = Tok.Question;

class Lexer {
  private count = 0;
  private types!: Uint8Array;
  private starts!: Int32Array;
  private ends!: Int32Array;
  private flags!: Uint8Array;
  private readonly heredocs = new Map<number, { marker: string; flush: boolean }>();
  private readonly comments: RawComment[] = [];
  private readonly errors: LexError[] = [];
  private readonly stack: Context[] = [];
  private readonly len: number;
  private pos = 0;

  constructor(private readonly src: string) {
    this.len = src.length;
    if (spare !== null) {
      ({ types: this.types, starts: this.starts, ends: this.ends, flags: this.flags } = spare);
      spare = null;
    } else {
      const cap = (src.length >> 2) + 64;
      this.types = new Uint8Array(cap);
      this.starts = new Int32Array(cap);
      this.ends = new Int32Array(cap);
      this.flags = new Uint8Array(cap);
    }
  }

  run(): LexResult {
    const stack = this.stack;
    while (this.pos < this.len) {
      const top = stack.length > 0 ? stack[stack.length - 1]! : undefined;
      if (top === undefined || top.kind <= CTX_INTERP) this.scanNormal();
      else if (top.kind === CTX_QUOTED) this.scanQuoted();
      else this.scanHeredoc(top);
    }
    this.push(Tok.EOF, this.len, this.len, false);
    // Sentinels: lookahead past the end reads EOF even in recycled buffers.
    this.push(Tok.EOF, this.len, this.len, false);
    this.push(Tok.EOF, this.len, this.len, false);
    this.count -= 2;
    const tokens: Tokens = {
      count: this.count,
      types: this.types,
      starts: this.starts,
      ends: this.ends,
      flags: this.flags,
      heredocs: this.heredocs,
    };
    return { tokens, comments: this.comments, errors: this.errors };
  }

  private push(type: TokType, start: number, end: number, flag: boolean): void {
    const k = this.count;
    if (k === this.types.length) this.grow();
    this.types[k] = type;
    this.starts[k] = start;
    this.ends[k] = end;
    this.flags[k] = flag ? 1 : 0;
    this.count = k + 1;
  }

  private grow(): void {
    const cap = this.types.length * 2;
    const types = new Uint8Array(cap);
    types.set(this.types);
    this.types = types;
    const starts = new Int32Array(cap);
    starts.set(this.starts);
    this.starts = starts;
    const ends = new Int32Array(cap);
    ends.set(this.ends);
    this.ends = ends;
    const flags = new Uint8Array(cap);
    flags.set(this.flags);
    this.flags = flags;
  }

  // Literal text of a quoted template up to `"`, `${`, `%{` or the end of the line.
  private scanQuoted(): void {
    const src = this.src;
    const len = this.len;
    const start = this.pos;
    let pos = start;
    let escaped = false;
    for (;;) {
      if (pos >= len) {
        if (pos > start) this.push(Tok.TemplateLit, start, pos, escaped);
        this.stack.pop();
        break;
      }
      const c = src.charCodeAt(pos);
      if (c === 34 /* " */) {
        if (pos > start) this.push(Tok.TemplateLit, start, pos, escaped);
        this.push(Tok.CQuote, pos, pos + 1, false);
        pos++;
        this.stack.pop();
        break;
      }
      if (c === 10 || (c === 13 && src.charCodeAt(pos + 1) === 10)) {
        // Unterminated string: leave the newline to the enclosing context; the parser reports.
        if (pos > start) this.push(Tok.TemplateLit, start, pos, escaped);
        this.stack.pop();
        break;
      }
      if (c === 92 /* \ */) {
        const n = src.charCodeAt(pos + 1);
        pos += n === 10 || Number.isNaN(n) ? 1 : 2;
        escaped = true;
        continue;
      }
      if (c === 36 /* $ */ || c === 37 /* % */) {
        const n = src.charCodeAt(pos + 1);
        if (n === 123 /* { */) {
          if (pos > start) this.push(Tok.TemplateLit, start, pos, escaped);
          this.pos = pos;
          this.openSequence(c);
          return;
        }
        if (n === c && src.charCodeAt(pos + 2) === 123) {
          pos += 3; // `$${` and `%%{` are literal `${` and `%{`
          escaped = true;
          continue;
        }
      }
      pos++;
    }
    this.pos = pos;
  }

  private openSequence(c: number): void {
    const start = this.pos;
    let pos = start + 2;
    let strip = false;
    if (this.src.charCodeAt(pos) === 126 /* ~ */) {
      strip = true;
      pos++;
    }
    this.pos = pos;
    this.push(c === 36 ? Tok.TemplateInterp : Tok.TemplateControl, start, pos, strip);
    this.stack.push({ kind: CTX_INTERP, marker: '', atLineStart: false });
  }

  // Heredoc text line by line; each literal token ends at a newline so that the parser can see
  // where lines begin (for `<<-` indentation stripping).
  private scanHeredoc(ctx: Context): void {
    const src = this.src;
    const len = this.len;
    if (ctx.atLineStart) {
      let p = this.pos;
      while (p < len && (src.charCodeAt(p) === 32 || src.charCodeAt(p) === 9)) p++;
      if (src.startsWith(ctx.marker, p)) {
        const e = p + ctx.marker.length;
        const n = src.charCodeAt(e);
        if (e >= len || n === 10 || (n === 13 && src.charCodeAt(e + 1) === 10)) {
          this.push(Tok.CHeredoc, p, e, false);
          this.pos = e;
          this.stack.pop();
          return;
        }
      }
      ctx.atLineStart = false;
    }
    const start = this.pos;
    let pos = start;
    let escaped = false;
    for (;;) {
      if (pos >= len) {
        if (pos > start) this.push(Tok.TemplateLit, start, pos, escaped);
        this.stack.pop();
        break;
      }
      const c = src.charCodeAt(pos);
      if (c === 10) {
        pos++;
        this.push(Tok.TemplateLit, start, pos, escaped);
        ctx.atLineStart = true;
        break;
      }
      if (c === 36 || c === 37) {
        const n = src.charCodeAt(pos + 1);
        if (n === 123) {
          if (pos > start) this.push(Tok.TemplateLit, start, pos, escaped);
          this.pos = pos;
          this.openSequence(c);
          return;
        }
        if (n === c && src.charCodeAt(pos + 2) === 123) {
          pos += 3;
          escaped = true;
          continue;
        }
      }
      pos++;
    }
    this.pos = pos;
  }

  private tryHeredoc(): boolean {
    // `<<` [`-`] identifier newline
    const src = this.src;
    let p = this.pos + 2;
    const flush = src.charCodeAt(p) === 45; /* - */
    if (flush) p++;
    const idStart = p;
    if (!isIdStartAt(src, p)) return false;
    p++;
    for (let n = idPartLen(src, p); n > 0; n = idPartLen(src, p)) p += n;
    const marker = src.slice(idStart, p);
    if (src.charCodeAt(p) === 13) p++;
    if (src.charCodeAt(p) !== 10) return false;
    p++;
    this.heredocs.set(this.count, { marker, flush });
    this.push(Tok.OHeredoc, this.pos, p, false);
    this.pos = p;
    this.stack.push({ kind: CTX_HEREDOC, marker, atLineStart: true });
    return true;
  }

  private scanNormal(): void {
    const src = this.src;
    let pos = this.pos;
    let c = src.charCodeAt(pos);
    // Indentation and spacing are a large share of Terraform text: skip them in one loop.
    while (c === 32 || c === 9 || c === 13) c = src.charCodeAt(++pos);
    this.pos = pos;
    if (pos >= this.len) return;
    const start = pos;
    if (c < 128) {
      const bits = enumBits[c]!;
      if (bits & ID_START) {
        pos++;
        while (pos < this.len) {
          const d = src.charCodeAt(pos);
          if (d < 128) {
            if ((enumBits[d]! & ID_PART) === 0) break;
            pos++;
          } else {
            const n = idPartLen(src, pos);
            if (n === 0) break;
            pos += n;
          }
        }
        this.pos = pos;
        this.push(Tok.Ident, start, pos, false);
        return;
      }
      if (isDigit(c)) {
        this.number();
        return;
      }
      const single = SINGLE[c]!;
      if (single !== 0) {
        this.pos = pos + 1;
        this.push(single as TokType, start, pos + 1, false);
        return;
      }
    }
    switch (c) {
      case 10:
        this.pos = pos + 1;
        this.push(Tok.Newline, pos, pos + 1, false);
        return;
      case 35 /* # */:
        this.lineComment();
        return;
      case 47 /* / */: {
        const n = src.charCodeAt(pos + 1);
        if (n === 47) this.lineComment();
        else if (n === 42) this.blockComment();
        else this.op(Tok.Slash, 1);
        return;
      }
      case 34:
        this.op(Tok.OQuote, 1);
        this.stack.push({ kind: CTX_QUOTED, marker: '', atLineStart: false });
        return;
      case 123 /* { */:
        this.op(Tok.OBrace, 1);
        this.stack.push({ kind: CTX_BRACE, marker: '', atLineStart: false });
        return;
      case 125 /* } */:
        this.closeBrace(start, false);
        return;
      case 126 /* ~ */: {
        const stack = this.stack;
        if (src.charCodeAt(pos + 1) === 125 && stack.length > 0 && stack[stack.length - 1]!.kind === CTX_INTERP) {
          this.pos = pos + 1;
          this.closeBrace(start, true);
        } else this.op(Tok.Invalid, 1);
        return;
      }
      case 58 /* : */:
        if (src.charCodeAt(pos + 1) === 58) this.op(Tok.DoubleColon, 2);
        else this.op(Tok.Colon, 1);
        return;
      case 61 /* = */: {
        const n = src.charCodeAt(pos + 1);
        if (n === 61) this.op(Tok.EqualOp, 2);
        else if (n === 62) this.op(Tok.FatArrow, 2);
        else this.op(Tok.Equal, 1);
        return;
      }
      case 33 /* ! */:
        if (src.charCodeAt(pos + 1) === 61) this.op(Tok.NotEqual, 2);
        else this.op(Tok.Bang, 1);
        return;
      case 60 /* < */:
        if (src.charCodeAt(pos + 1) === 60 && this.tryHeredoc()) return;
        if (src.charCodeAt(pos + 1) === 61) this.op(Tok.LessThanEq, 2);
        else this.op(Tok.LessThan, 1);
        return;
      case 62 /* > */:
        if (src.charCodeAt(pos + 1) === 61) this.op(Tok.GreaterThanEq, 2);
        else this.op(Tok.GreaterThan, 1);
        return;
      case 38 /* & */:
        this.op(src.charCodeAt(pos + 1) === 38 ? Tok.And : Tok.Invalid, src.charCodeAt(pos + 1) === 38 ? 2 : 1);
        return;
      case 124 /* | */:
        this.op(src.charCodeAt(pos + 1) === 124 ? Tok.Or : Tok.Invalid, src.charCodeAt(pos + 1) === 124 ? 2 : 1);
        return;
      case 46 /* . */:
        if (src.charCodeAt(pos + 1) === 46 && src.charCodeAt(pos + 2) === 46) this.op(Tok.Ellipsis, 3);
        else this.op(Tok.Dot, 1);
        return;
    }
    if (c >= 128 && isIdStartAt(src, pos)) {
      pos += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
      for (let n = idPartLen(src, pos); n > 0; n = idPartLen(src, pos)) pos += n;
      this.pos = pos;
      this.push(Tok.Ident, start, pos, false);
      return;
    }
    if ((c === 0xfeff && pos === 0) || c === 0x0c || c === 0x0b) {
      this.pos = pos + 1; // byte order mark, form feed, vertical tab
      return;
    }
    this.op(Tok.Invalid, c >= 0xd800 && c <= 0xdbff ? 2 : 1);
  }

  private op(type: TokType, length: number): void {
    const start = this.pos;
    this.pos = start + length;
    this.push(type, start, start + length, false);
  }

  private closeBrace(start: number, strip: boolean): void {
    this.pos++;
    const stack = this.stack;
    const top = stack.length > 0 ? stack[stack.length - 1]! : undefined;
    if (top?.kind === CTX_INTERP) {
      stack.pop();
      this.push(Tok.TemplateSeqEnd, start, this.pos, strip);
      return;
    }
    if (top?.kind === CTX_BRACE) stack.pop();
    this.push(Tok.CBrace, start, this.pos, false);
  }

  private number(): void {
    const src = this.src;
    const start = this.pos;
    let pos = start;
    while (isDigit(src.charCodeAt(pos))) pos++;
    if (src.charCodeAt(pos) === 46 && isDigit(src.charCodeAt(pos + 1))) {
      pos += 2;
      while (isDigit(src.charCodeAt(pos))) pos++;
    }
    const e = src.charCodeAt(pos);
    if (e === 101 || e === 69) {
      let p = pos + 1;
      const s = src.charCodeAt(p);
      if (s === 43 || s === 45) p++;
      if (isDigit(src.charCodeAt(p))) {
        pos = p;
        while (isDigit(src.charCodeAt(pos))) pos++;
      }
    }
    this.pos = pos;
    this.push(Tok.Number, start, pos, false);
  }

  private lineComment(): void {
    const src = this.src;
    const start = this.pos;
    let e = src.indexOf('\n', start);
    if (e === -1) e = this.len;
    let end = e;
    if (end > start && src.charCodeAt(end - 1) === 13) end--;
    this.comments.push({ kind: 'line', start, end });
    this.pos = e;
  }

  private blockComment(): void {
    const start = this.pos;
    const e = this.src.indexOf('*/', start + 2);
    if (e === -1) {
      this.errors.push({ message: 'Unterminated block comment: "/*" has no closing "*/".', start, end: start + 2 });
      this.comments.push({ kind: 'block', start, end: this.len });
      this.pos = this.len;
      return;
    }
    this.pos = e + 2;
    this.comments.push({ kind: 'block', start, end: this.pos });
  }
}
