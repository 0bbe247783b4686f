// Lexer for HCL native syntax. It runs over the whole file once, before parsing, and never
// fails: bad input becomes an Invalid token or a lexer error the parser reports. Template
// strings and heredocs switch it into template mode; a stack of contexts tracks which `}`
// closes an interpolation and which closes a brace, so the parser sees a flat token array.

export const Tok = {
  EOF: 0,
  Newline: 1,
  Ident: 2,
  Number: 3,
  OBrace: 4,
  CBrace: 5,
  OBrack: 6,
  CBrack: 7,
  OParen: 8,
  CParen: 9,
  OQuote: 10,
  CQuote: 11,
  OHeredoc: 12,
  CHeredoc: 13,
  /** Literal text inside a quoted template or heredoc, escapes not yet decoded. */
  TemplateLit: 14,
  /** `${` or `${~` */
  TemplateInterp: 15,
  /** `%{` or `%{~` */
  TemplateControl: 16,
  /** `}` or `~}` closing a template sequence. */
  TemplateSeqEnd: 17,
  Star: 18,
  Slash: 19,
  Plus: 20,
  Minus: 21,
  Percent: 22,
  Equal: 23,
  EqualOp: 24,
  NotEqual: 25,
  LessThan: 26,
  LessThanEq: 27,
  GreaterThan: 28,
  GreaterThanEq: 29,
  And: 30,
  Or: 31,
  Bang: 32,
  Dot: 33,
  Comma: 34,
  Ellipsis: 35,
  FatArrow: 36,
  Question: 37,
  Colon: 38,
  DoubleColon: 39,
  Invalid: 40,
} as const;
export type TokType = (typeof Tok)[keyof typeof Tok];

export interface Token {
  type: TokType;
  /** UTF-16 offsets into the source, end exclusive. */
  start: number;
  end: number;
  /** Strip marker `~` on TemplateInterp / TemplateControl / TemplateSeqEnd. */
  strip: boolean;
}

export interface HeredocToken extends Token {
  marker: string;
  flush: boolean;
}

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
  tokens: Token[];
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
  const tokens: Token[] = [];
  const comments: RawComment[] = [];
  const errors: LexError[] = [];
  const stack: Context[] = [];
  const len = src.length;
  let pos = 0;

  const push = (type: TokType, start: number, end: number, strip = false): void => {
    tokens.push({ type, start, end, strip });
  };

  // Scans literal text of a quoted template up to `"`, `${`, `%{` or end of line.
  const scanQuoted = (): void => {
    const start = pos;
    for (;;) {
      if (pos >= len) {
        if (pos > start) push(Tok.TemplateLit, start, pos);
        stack.pop();
        return;
      }
      const c = src.charCodeAt(pos);
      if (c === 34 /* " */) {
        if (pos > start) push(Tok.TemplateLit, start, pos);
        push(Tok.CQuote, pos, pos + 1);
        pos++;
        stack.pop();
        return;
      }
      if (c === 10 /* \n */ || (c === 13 && src.charCodeAt(pos + 1) === 10)) {
        // Unterminated string: leave the newline to the enclosing context; the parser reports.
        if (pos > start) push(Tok.TemplateLit, start, pos);
        stack.pop();
        return;
      }
      if (c === 92 /* \ */) {
        const n = src.charCodeAt(pos + 1);
        pos += n === 10 || Number.isNaN(n) ? 1 : 2;
        continue;
      }
      if ((c === 36 /* $ */ || c === 37) /* % */ && src.charCodeAt(pos + 1) === 123 /* { */) {
        if (pos > start) push(Tok.TemplateLit, start, pos);
        openSequence(c);
        return;
      }
      if ((c === 36 || c === 37) && src.charCodeAt(pos + 1) === c && src.charCodeAt(pos + 2) === 123) {
        pos += 3; // `$${` and `%%{` are literal `${` and `%{`
        continue;
      }
      pos++;
    }
  };

  const openSequence = (c: number): void => {
    const start = pos;
    pos += 2;
    let strip = false;
    if (src.charCodeAt(pos) === 126 /* ~ */) {
      strip = true;
      pos++;
    }
    push(c === 36 ? Tok.TemplateInterp : Tok.TemplateControl, start, pos, strip);
    stack.push({ kind: CTX_INTERP, marker: '', atLineStart: false });
  };

  // Scans heredoc text line by line; each literal token ends at a newline so that the parser
  // can see where lines begin (for `<<-` indentation stripping).
  const scanHeredoc = (ctx: Context): void => {
    if (ctx.atLineStart) {
      let p = pos;
      while (p < len && (src.charCodeAt(p) === 32 || src.charCodeAt(p) === 9)) p++;
      if (src.startsWith(ctx.marker, p)) {
        const e = p + ctx.marker.length;
        const n = src.charCodeAt(e);
        if (e >= len || n === 10 || (n === 13 && src.charCodeAt(e + 1) === 10)) {
          push(Tok.CHeredoc, p, e);
          pos = e;
          stack.pop();
          return;
        }
      }
      ctx.atLineStart = false;
    }
    const start = pos;
    for (;;) {
      if (pos >= len) {
        if (pos > start) push(Tok.TemplateLit, start, pos);
        stack.pop();
        return;
      }
      const c = src.charCodeAt(pos);
      if (c === 10) {
        pos++;
        push(Tok.TemplateLit, start, pos);
        ctx.atLineStart = true;
        return;
      }
      if ((c === 36 || c === 37) && src.charCodeAt(pos + 1) === 123) {
        if (pos > start) push(Tok.TemplateLit, start, pos);
        openSequence(c);
        return;
      }
      if ((c === 36 || c === 37) && src.charCodeAt(pos + 1) === c && src.charCodeAt(pos + 2) === 123) {
        pos += 3;
        continue;
      }
      pos++;
    }
  };

  const tryHeredoc = (): boolean => {
    // `<<` [`-`] identifier newline
    let p = pos + 2;
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
    const tok: HeredocToken = { type: Tok.OHeredoc, start: pos, end: p, strip: false, marker, flush };
    tokens.push(tok);
    pos = p;
    stack.push({ kind: CTX_HEREDOC, marker, atLineStart: true });
    return true;
  };

  const scanNormal = (): void => {
    const c = src.charCodeAt(pos);
    const start = pos;
    switch (c) {
      case 32:
      case 9:
      case 13:
        pos++;
        return;
      case 10:
        push(Tok.Newline, pos, ++pos);
        return;
      case 35 /* # */:
        lineComment();
        return;
      case 47 /* / */: {
        const n = src.charCodeAt(pos + 1);
        if (n === 47) lineComment();
        else if (n === 42) blockComment();
        else push(Tok.Slash, pos, ++pos);
        return;
      }
      case 34:
        push(Tok.OQuote, pos, ++pos);
        stack.push({ kind: CTX_QUOTED, marker: '', atLineStart: false });
        return;
      case 123 /* { */:
        push(Tok.OBrace, pos, ++pos);
        stack.push({ kind: CTX_BRACE, marker: '', atLineStart: false });
        return;
      case 125 /* } */:
        closeBrace(start, false);
        return;
      case 126 /* ~ */:
        if (src.charCodeAt(pos + 1) === 125 && stack.length > 0 && stack[stack.length - 1]!.kind === CTX_INTERP) {
          pos++;
          closeBrace(start, true);
        } else push(Tok.Invalid, pos, ++pos);
        return;
      case 91:
        push(Tok.OBrack, pos, ++pos);
        return;
      case 93:
        push(Tok.CBrack, pos, ++pos);
        return;
      case 40:
        push(Tok.OParen, pos, ++pos);
        return;
      case 41:
        push(Tok.CParen, pos, ++pos);
        return;
      case 42:
        push(Tok.Star, pos, ++pos);
        return;
      case 43:
        push(Tok.Plus, pos, ++pos);
        return;
      case 45:
        push(Tok.Minus, pos, ++pos);
        return;
      case 37:
        push(Tok.Percent, pos, ++pos);
        return;
      case 44:
        push(Tok.Comma, pos, ++pos);
        return;
      case 63:
        push(Tok.Question, pos, ++pos);
        return;
      case 58 /* : */:
        if (src.charCodeAt(pos + 1) === 58) push(Tok.DoubleColon, pos, (pos += 2));
        else push(Tok.Colon, pos, ++pos);
        return;
      case 61 /* = */: {
        const n = src.charCodeAt(pos + 1);
        if (n === 61) push(Tok.EqualOp, pos, (pos += 2));
        else if (n === 62) push(Tok.FatArrow, pos, (pos += 2));
        else push(Tok.Equal, pos, ++pos);
        return;
      }
      case 33 /* ! */:
        if (src.charCodeAt(pos + 1) === 61) push(Tok.NotEqual, pos, (pos += 2));
        else push(Tok.Bang, pos, ++pos);
        return;
      case 60 /* < */:
        if (src.charCodeAt(pos + 1) === 60 && tryHeredoc()) return;
        if (src.charCodeAt(pos + 1) === 61) push(Tok.LessThanEq, pos, (pos += 2));
        else push(Tok.LessThan, pos, ++pos);
        return;
      case 62 /* > */:
        if (src.charCodeAt(pos + 1) === 61) push(Tok.GreaterThanEq, pos, (pos += 2));
        else push(Tok.GreaterThan, pos, ++pos);
        return;
      case 38 /* & */:
        if (src.charCodeAt(pos + 1) === 38) push(Tok.And, pos, (pos += 2));
        else push(Tok.Invalid, pos, ++pos);
        return;
      case 124 /* | */:
        if (src.charCodeAt(pos + 1) === 124) push(Tok.Or, pos, (pos += 2));
        else push(Tok.Invalid, pos, ++pos);
        return;
      case 46 /* . */:
        if (src.charCodeAt(pos + 1) === 46 && src.charCodeAt(pos + 2) === 46) push(Tok.Ellipsis, pos, (pos += 3));
        else push(Tok.Dot, pos, ++pos);
        return;
    }
    if (isDigit(c)) {
      number();
      return;
    }
    if (isIdStartAt(src, pos)) {
      pos += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
      for (let n = idPartLen(src, pos); n > 0; n = idPartLen(src, pos)) pos += n;
      push(Tok.Ident, start, pos);
      return;
    }
    if (c === 0xfeff && pos === 0) {
      pos++; // byte order mark
      return;
    }
    if (c === 0x0c || c === 0x0b) {
      pos++;
      return;
    }
    pos += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
    push(Tok.Invalid, start, pos);
  };

  const closeBrace = (start: number, strip: boolean): void => {
    pos++;
    const top = stack.length > 0 ? stack[stack.length - 1]! : undefined;
    if (top?.kind === CTX_INTERP) {
      stack.pop();
      push(Tok.TemplateSeqEnd, start, pos, strip);
      return;
    }
    if (top?.kind === CTX_BRACE) stack.pop();
    push(Tok.CBrace, start, pos);
  };

  const number = (): void => {
    const start = pos;
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
    push(Tok.Number, start, pos);
  };

  const lineComment = (): void => {
    const start = pos;
    let e = src.indexOf('\n', pos);
    if (e === -1) e = len;
    let end = e;
    if (end > start && src.charCodeAt(end - 1) === 13) end--;
    comments.push({ kind: 'line', start, end });
    pos = e;
  };

  const blockComment = (): void => {
    const start = pos;
    const e = src.indexOf('*/', pos + 2);
    if (e === -1) {
      errors.push({ message: 'Unterminated block comment: "/*" has no closing "*/".', start, end: start + 2 });
      comments.push({ kind: 'block', start, end: len });
      pos = len;
      return;
    }
    pos = e + 2;
    comments.push({ kind: 'block', start, end: pos });
  };

  while (pos < len) {
    const top = stack.length > 0 ? stack[stack.length - 1]! : undefined;
    if (top === undefined || top.kind <= CTX_INTERP) scanNormal();
    else if (top.kind === CTX_QUOTED) scanQuoted();
    else scanHeredoc(top);
  }
  push(Tok.EOF, len, len);
  return { tokens, comments, errors };
}
