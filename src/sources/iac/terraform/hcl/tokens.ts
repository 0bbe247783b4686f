// Token kinds and the token arrays the lexer hands to the parser.

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

/**
 * Tokens as parallel arrays (struct of arrays): token k has type `types[k]`, UTF-16 offsets
 * `starts[k]`..`ends[k]` (end exclusive) and a flag `flags[k]`: 1 for the strip marker of
 * `${~` / `%{~` / `~}`, and 1 for template text that holds a backslash, `$${` or `%%{` (text
 * without any is its own value, so the parser does not search it for them again).
 * Millions of small token objects would live through a whole file and burden the GC.
 */
export interface Tokens {
  count: number;
  types: Uint8Array;
  starts: Int32Array;
  ends: Int32Array;
  flags: Uint8Array;
  /** Marker and form of each heredoc opening, by token index. */
  heredocs: Map<number, { marker: string; flush: boolean }>;
}
