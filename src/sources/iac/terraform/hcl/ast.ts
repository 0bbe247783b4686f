// AST of HCL native syntax. Every node carries its exact source range so that findings,
// ignore comments and fixes can point at the right line. The parser builds the nodes as the
// classes of nodes.ts, which compute `range` when it is read.

/** A point in the source: 1-based line, 1-based column (Unicode code points), 0-based UTF-8 byte offset. */
export interface Pos {
  line: number;
  column: number;
  byte: number;
}

/**
 * A stretch of source. Line/column/byte positions are computed on access (parsing stays cheap);
 * the offsets are UTF-16 indexes into the source string, for slicing it.
 */
export interface Range {
  readonly start: Pos;
  readonly end: Pos;
  readonly startOffset: number;
  readonly endOffset: number;
}

export interface Body {
  type: 'Body';
  attributes: Attribute[];
  blocks: Block[];
  readonly range: Range;
}

/** UTF-16 offsets of a node's span in the source, as in its range, without building the range. */
interface Offsets {
  readonly startOffset: number;
  readonly endOffset: number;
}

export interface Attribute extends Offsets {
  type: 'Attribute';
  name: string;
  readonly nameRange: Range;
  expr: Expression;
  readonly range: Range;
}

export interface BlockLabel extends Offsets {
  value: string;
  /** True for `"name"`, false for a bare identifier (`resource aws_s3_bucket b {}`). */
  quoted: boolean;
  readonly range: Range;
}

export interface Block extends Offsets {
  type: 'Block';
  blockType: string;
  readonly typeRange: Range;
  labels: BlockLabel[];
  body: Body;
  readonly openBraceRange: Range;
  readonly closeBraceRange: Range;
  readonly range: Range;
}

export interface Comment {
  /** `#` and `//` comments are line comments; `/* *\/` is a block comment. */
  kind: 'line' | 'block';
  /** The comment as written, markers included. */
  text: string;
  /** Code precedes it on its line (`a = 1 # note`). */
  trailing: boolean;
  range: Range;
}

export interface Diagnostic {
  severity: 'error';
  message: string;
  file: string;
  line: number;
  column: number;
  range: Range;
}

export type BinaryOperator = '||' | '&&' | '==' | '!=' | '<' | '<=' | '>' | '>=' | '+' | '-' | '*' | '/' | '%';
export type UnaryOperator = '!' | '-';

interface NodeBase extends Offsets {
  readonly range: Range;
}

export interface NumberLiteral extends NodeBase {
  type: 'Number';
  value: number;
  /** Source text, for values beyond float64 precision. */
  raw: string;
}

export interface BoolLiteral extends NodeBase {
  type: 'Bool';
  value: boolean;
}

export interface NullLiteral extends NodeBase {
  type: 'Null';
}

export interface Variable extends NodeBase {
  type: 'Variable';
  name: string;
}

export interface TemplateLiteral extends NodeBase {
  type: 'TemplateLiteral';
  /** Text with escapes decoded, strip markers and heredoc indentation applied. */
  value: string;
}

export interface TemplateInterpolation extends NodeBase {
  type: 'TemplateInterpolation';
  expr: Expression;
  stripLeft: boolean;
  stripRight: boolean;
}

export interface TemplateIf extends NodeBase {
  type: 'TemplateIf';
  condition: Expression;
  then: TemplatePart[];
  else: TemplatePart[] | null;
}

export interface TemplateFor extends NodeBase {
  type: 'TemplateFor';
  keyVar: string | null;
  valueVar: string;
  collection: Expression;
  body: TemplatePart[];
}

export type TemplatePart = TemplateLiteral | TemplateInterpolation | TemplateIf | TemplateFor;

export interface Template extends NodeBase {
  type: 'Template';
  parts: TemplatePart[];
  /** Set for heredocs: the marker and whether it is the indented `<<-` form. */
  heredoc: { marker: string; flush: boolean } | null;
}

export interface Tuple extends NodeBase {
  type: 'Tuple';
  items: Expression[];
}

export interface ObjectItem extends NodeBase {
  /** A bare identifier key is a `Variable` that evaluators read as a literal string; `(k)` forces evaluation. */
  key: Expression;
  value: Expression;
}

export interface ObjectCons extends NodeBase {
  type: 'Object';
  items: ObjectItem[];
}

export interface FunctionCall extends NodeBase {
  type: 'FunctionCall';
  /** Full name, `provider::aws::arn_parse` for provider functions. */
  name: string;
  readonly nameRange: Range;
  args: Expression[];
  /** The last argument was followed by `...`. */
  expandFinal: boolean;
}

export interface GetAttr extends NodeBase {
  type: 'GetAttr';
  object: Expression;
  /** The name after the dot; the range ends with it (it is the node's last `name.length` characters). */
  name: string;
}

export interface Index extends NodeBase {
  type: 'Index';
  collection: Expression;
  key: Expression;
  /** Written in the legacy `.0` form. */
  legacy: boolean;
}

/** The element inside a splat: `each` is evaluated once per element with `SplatItem` bound to it. */
export interface SplatItem extends NodeBase {
  type: 'SplatItem';
}

export interface Splat extends NodeBase {
  type: 'Splat';
  /** `[*]` (full) or `.*` (attribute-only). */
  full: boolean;
  source: Expression;
  each: Expression;
}

export interface ForExpr extends NodeBase {
  type: 'For';
  /** `{for ...}` builds an object, `[for ...]` a tuple. */
  object: boolean;
  keyVar: string | null;
  valueVar: string;
  collection: Expression;
  keyExpr: Expression | null;
  valueExpr: Expression;
  condition: Expression | null;
  /** `...` after the value: group values by key. */
  grouping: boolean;
}

export interface Conditional extends NodeBase {
  type: 'Conditional';
  condition: Expression;
  trueExpr: Expression;
  falseExpr: Expression;
}

export interface BinaryOp extends NodeBase {
  type: 'Binary';
  op: BinaryOperator;
  left: Expression;
  right: Expression;
}

export interface UnaryOp extends NodeBase {
  type: 'Unary';
  op: UnaryOperator;
  operand: Expression;
}

export interface Parens extends NodeBase {
  type: 'Parens';
  expr: Expression;
}

export type Expression =
  | NumberLiteral
  | BoolLiteral
  | NullLiteral
  | Variable
  | Template
  | Tuple
  | ObjectCons
  | FunctionCall
  | GetAttr
  | Index
  | SplatItem
  | Splat
  | ForExpr
  | Conditional
  | BinaryOp
  | UnaryOp
  | Parens;

export interface ParseResult {
  body: Body;
  diagnostics: Diagnostic[];
  comments: Comment[];
}
