// The parser's syntax tree nodes: one class per node kind, so every kind has one object shape.
// A node stores its source span as two offsets plus the file's LineMap; `range` builds a
// SourceRange only when read. A parse makes over a million nodes per 2,000 files and most
// ranges are never read, so a range object per node was ~40 % of the retained tree.
// Written for speed under tsx, which runs the benchmarks: fields are `declare`d and assigned in
// the constructor (class fields, with the define semantics of ES2022, run an initializer per
// object) and there is no shared base class (it made construction several times slower), so
// each class repeats the `range` getter.

import type * as A from './ast.js';
import { SourceRange, type LineMap } from './positions.js';

export class NumberLiteral implements A.NumberLiteral {
  declare private readonly lines: LineMap;
  declare readonly startOffset: number;
  declare readonly endOffset: number;
  declare readonly type: 'Number';
  declare readonly value: number;
  declare readonly raw: string;
  constructor(lines: LineMap, start: number, end: number, value: number, raw: string) {
    this.type = 'Number';
    this.lines = lines;
    this.startOffset = start;
    this.endOffset = end;
    this.value = value;
    this.raw = raw;
  }

  get range(): A.Range {
    return new SourceRange(this.lines, this.startOffset, this.endOffset);
  }
}

export class BoolLiteral implements A.BoolLiteral {
  declare private readonly lines: LineMap;
  declare readonly startOffset: number;
  declare readonly endOffset: number;
  declare readonly type: 'Bool';
  declare readonly value: boolean;
  constructor(lines: LineMap, start: number, end: number, value: boolean) {
    this.type = 'Bool';
    this.lines = lines;
    this.startOffset = start;
    this.endOffset = end;
    this.value = value;
  }

  get range(): A.Range {
    return new SourceRange(this.lines, this.startOffset, this.endOffset);
  }
}

export class NullLiteral implements A.NullLiteral {
  declare private readonly lines: LineMap;
  declare readonly startOffset: number;
  declare readonly endOffset: number;
  declare readonly type: 'Null';
  constructor(lines: LineMap, start: number, end: number) {
    this.type = 'Null';
    this.lines = lines;
    this.startOffset = start;
    this.endOffset = end;
  }

  get range(): A.Range {
    return new SourceRange(this.lines, this.startOffset, this.endOffset);
  }
}

export class Variable implements A.Variable {
  declare private readonly lines: LineMap;
  declare readonly startOffset: number;
  declare readonly endOffset: number;
  declare readonly type: 'Variable';
  declare readonly name: string;
  constructor(lines: LineMap, start: number, end: number, name: string) {
    this.type = 'Variable';
    this.lines = lines;
    this.startOffset = start;
    this.endOffset = end;
    this.name = name;
  }

  get range(): A.Range {
    return new SourceRange(this.lines, this.startOffset, this.endOffset);
  }
}

export class TemplateLiteral implements A.TemplateLiteral {
  declare private readonly lines: LineMap;
  declare readonly startOffset: number;
  declare readonly endOffset: number;
  declare readonly type: 'TemplateLiteral';
  declare value: string;
  constructor(lines: LineMap, start: number, end: number, value: string) {
    this.type = 'TemplateLiteral';
    this.lines = lines;
    this.startOffset = start;
    this.endOffset = end;
    this.value = value;
  }

  get range(): A.Range {
    return new SourceRange(this.lines, this.startOffset, this.endOffset);
  }
}

export class TemplateInterpolation implements A.TemplateInterpolation {
  declare private readonly lines: LineMap;
  declare readonly startOffset: number;
  declare readonly endOffset: number;
  declare readonly type: 'TemplateInterpolation';
  declare readonly expr: A.Expression;
  declare readonly stripLeft: boolean;
  declare readonly stripRight: boolean;
  constructor(lines: LineMap, start: number, end: number, expr: A.Expression, stripLeft: boolean, stripRight: boolean) {
    this.type = 'TemplateInterpolation';
    this.lines = lines;
    this.startOffset = start;
    this.endOffset = end;
    this.expr = expr;
    this.stripLeft = stripLeft;
    this.stripRight = stripRight;
  }

  get range(): A.Range {
    return new SourceRange(this.lines, this.startOffset, this.endOffset);
  }
}

export class TemplateIf implements A.TemplateIf {
  declare private readonly lines: LineMap;
  declare readonly startOffset: number;
  declare readonly endOffset: number;
  declare readonly type: 'TemplateIf';
  declare readonly condition: A.Expression;
  declare readonly then: A.TemplatePart[];
  declare readonly else: A.TemplatePart[] | null;
  constructor(lines: LineMap, start: number, end: number, condition: A.Expression, then: A.TemplatePart[], elseParts: A.TemplatePart[] | null) {
    this.type = 'TemplateIf';
    this.lines = lines;
    this.startOffset = start;
    this.endOffset = end;
    this.condition = condition;
    this.then = then;
    this.else = elseParts;
  }

  get range(): A.Range {
    return new SourceRange(this.lines, this.startOffset, this.endOffset);
  }
}

export class TemplateFor implements A.TemplateFor {
  declare private readonly lines: LineMap;
  declare readonly startOffset: number;
  declare readonly endOffset: number;
  declare readonly type: 'TemplateFor';
  declare readonly keyVar: string | null;
  declare readonly valueVar: string;
  declare readonly collection: A.Expression;
  declare readonly body: A.TemplatePart[];
  constructor(lines: LineMap, start: number, end: number, keyVar: string | null, valueVar: string, collection: A.Expression, body: A.TemplatePart[]) {
    this.type = 'TemplateFor';
    this.lines = lines;
    this.startOffset = start;
    this.endOffset = end;
    this.keyVar = keyVar;
    this.valueVar = valueVar;
    this.collection = collection;
    this.body = body;
  }

  get range(): A.Range {
    return new SourceRange(this.lines, this.startOffset, this.endOffset);
  }
}

export class Template implements A.Template {
  declare private readonly lines: LineMap;
  declare readonly startOffset: number;
  declare readonly endOffset: number;
  declare readonly type: 'Template';
  declare readonly parts: A.TemplatePart[];
  declare readonly heredoc: { marker: string; flush: boolean } | null;
  constructor(lines: LineMap, start: number, end: number, parts: A.TemplatePart[], heredoc: { marker: string; flush: boolean } | null) {
    this.type = 'Template';
    this.lines = lines;
    this.startOffset = start;
    this.endOffset = end;
    this.parts = parts;
    this.heredoc = heredoc;
  }

  get range(): A.Range {
    return new SourceRange(this.lines, this.startOffset, this.endOffset);
  }
}

export class Tuple implements A.Tuple {
  declare private readonly lines: LineMap;
  declare readonly startOffset: number;
  declare readonly endOffset: number;
  declare readonly type: 'Tuple';
  declare readonly items: A.Expression[];
  constructor(lines: LineMap, start: number, end: number, items: A.Expression[]) {
    this.type = 'Tuple';
    this.lines = lines;
    this.startOffset = start;
    this.endOffset = end;
    this.items = items;
  }

  get range(): A.Range {
    return new SourceRange(this.lines, this.startOffset, this.endOffset);
  }
}

/** Spans its key to its value, so it needs no offsets of its own. */
export class ObjectItem implements A.ObjectItem {
  declare private readonly lines: LineMap;
  declare readonly key: A.Expression;
  declare readonly value: A.Expression;
  constructor(lines: LineMap, key: A.Expression, value: A.Expression) {
    this.lines = lines;
    this.key = key;
    this.value = value;
  }

  get startOffset(): number {
    return this.key.startOffset;
  }

  get endOffset(): number {
    return this.value.endOffset;
  }

  get range(): A.Range {
    return new SourceRange(this.lines, this.key.startOffset, this.value.endOffset);
  }
}

export class ObjectCons implements A.ObjectCons {
  declare private readonly lines: LineMap;
  declare readonly startOffset: number;
  declare readonly endOffset: number;
  declare readonly type: 'Object';
  declare readonly items: A.ObjectItem[];
  constructor(lines: LineMap, start: number, end: number, items: A.ObjectItem[]) {
    this.type = 'Object';
    this.lines = lines;
    this.startOffset = start;
    this.endOffset = end;
    this.items = items;
  }

  get range(): A.Range {
    return new SourceRange(this.lines, this.startOffset, this.endOffset);
  }
}

export class FunctionCall implements A.FunctionCall {
  declare private readonly lines: LineMap;
  declare readonly startOffset: number;
  declare readonly endOffset: number;
  declare readonly type: 'FunctionCall';
  declare readonly name: string;
  declare private readonly nameEnd: number;
  declare readonly args: A.Expression[];
  declare readonly expandFinal: boolean;
  constructor(lines: LineMap, start: number, end: number, name: string, nameEnd: number, args: A.Expression[], expandFinal: boolean) {
    this.type = 'FunctionCall';
    this.lines = lines;
    this.startOffset = start;
    this.endOffset = end;
    this.name = name;
    this.nameEnd = nameEnd;
    this.args = args;
    this.expandFinal = expandFinal;
  }

  get nameRange(): A.Range {
    return new SourceRange(this.lines, this.startOffset, this.nameEnd);
  }

  get range(): A.Range {
    return new SourceRange(this.lines, this.startOffset, this.endOffset);
  }
}

export class GetAttr implements A.GetAttr {
  declare private readonly lines: LineMap;
  declare readonly startOffset: number;
  declare readonly endOffset: number;
  declare readonly type: 'GetAttr';
  declare readonly object: A.Expression;
  declare readonly name: string;
  constructor(lines: LineMap, start: number, end: number, object: A.Expression, name: string) {
    this.type = 'GetAttr';
    this.lines = lines;
    this.startOffset = start;
    this.endOffset = end;
    this.object = object;
    this.name = name;
  }

  get range(): A.Range {
    return new SourceRange(this.lines, this.startOffset, this.endOffset);
  }
}

export class Index implements A.Index {
  declare private readonly lines: LineMap;
  declare readonly startOffset: number;
  declare readonly endOffset: number;
  declare readonly type: 'Index';
  declare readonly collection: A.Expression;
  declare readonly key: A.Expression;
  declare readonly legacy: boolean;
  constructor(lines: LineMap, start: number, end: number, collection: A.Expression, key: A.Expression, legacy: boolean) {
    this.type = 'Index';
    this.lines = lines;
    this.startOffset = start;
    this.endOffset = end;
    this.collection = collection;
    this.key = key;
    this.legacy = legacy;
  }

  get range(): A.Range {
    return new SourceRange(this.lines, this.startOffset, this.endOffset);
  }
}

export class SplatItem implements A.SplatItem {
  declare private readonly lines: LineMap;
  declare readonly startOffset: number;
  declare readonly endOffset: number;
  declare readonly type: 'SplatItem';
  constructor(lines: LineMap, start: number, end: number) {
    this.type = 'SplatItem';
    this.lines = lines;
    this.startOffset = start;
    this.endOffset = end;
  }

  get range(): A.Range {
    return new SourceRange(this.lines, this.startOffset, this.endOffset);
  }
}

export class Splat implements A.Splat {
  declare private readonly lines: LineMap;
  declare readonly startOffset: number;
  declare readonly endOffset: number;
  declare readonly type: 'Splat';
  declare readonly full: boolean;
  declare readonly source: A.Expression;
  declare readonly each: A.Expression;
  constructor(lines: LineMap, start: number, end: number, full: boolean, source: A.Expression, each: A.Expression) {
    this.type = 'Splat';
    this.lines = lines;
    this.startOffset = start;
    this.endOffset = end;
    this.full = full;
    this.source = source;
    this.each = each;
  }

  get range(): A.Range {
    return new SourceRange(this.lines, this.startOffset, this.endOffset);
  }
}

export class ForExpr implements A.ForExpr {
  declare private readonly lines: LineMap;
  declare readonly startOffset: number;
  declare readonly endOffset: number;
  declare readonly type: 'For';
  declare readonly object: boolean;
  declare readonly keyVar: string | null;
  declare readonly valueVar: string;
  declare readonly collection: A.Expression;
  declare readonly keyExpr: A.Expression | null;
  declare readonly valueExpr: A.Expression;
  declare readonly condition: A.Expression | null;
  declare readonly grouping: boolean;
  constructor(lines: LineMap, start: number, end: number, object: boolean, keyVar: string | null, valueVar: string, collection: A.Expression, keyExpr: A.Expression | null, valueExpr: A.Expression, condition: A.Expression | null, grouping: boolean) {
    this.type = 'For';
    this.lines = lines;
    this.startOffset = start;
    this.endOffset = end;
    this.object = object;
    this.keyVar = keyVar;
    this.valueVar = valueVar;
    this.collection = collection;
    this.keyExpr = keyExpr;
    this.valueExpr = valueExpr;
    this.condition = condition;
    this.grouping = grouping;
  }

  get range(): A.Range {
    return new SourceRange(this.lines, this.startOffset, this.endOffset);
  }
}

export class Conditional implements A.Conditional {
  declare private readonly lines: LineMap;
  declare readonly startOffset: number;
  declare readonly endOffset: number;
  declare readonly type: 'Conditional';
  declare readonly condition: A.Expression;
  declare readonly trueExpr: A.Expression;
  declare readonly falseExpr: A.Expression;
  constructor(lines: LineMap, start: number, end: number, condition: A.Expression, trueExpr: A.Expression, falseExpr: A.Expression) {
    this.type = 'Conditional';
    this.lines = lines;
    this.startOffset = start;
    this.endOffset = end;
    this.condition = condition;
    this.trueExpr = trueExpr;
    this.falseExpr = falseExpr;
  }

  get range(): A.Range {
    return new SourceRange(this.lines, this.startOffset, this.endOffset);
  }
}

export class BinaryOp implements A.BinaryOp {
  declare private readonly lines: LineMap;
  declare readonly startOffset: number;
  declare readonly endOffset: number;
  declare readonly type: 'Binary';
  declare readonly op: A.BinaryOperator;
  declare readonly left: A.Expression;
  declare readonly right: A.Expression;
  constructor(lines: LineMap, start: number, end: number, op: A.BinaryOperator, left: A.Expression, right: A.Expression) {
    this.type = 'Binary';
    this.lines = lines;
    this.startOffset = start;
    this.endOffset = end;
    this.op = op;
    this.left = left;
    this.right = right;
  }

  get range(): A.Range {
    return new SourceRange(this.lines, this.startOffset, this.endOffset);
  }
}

export class UnaryOp implements A.UnaryOp {
  declare private readonly lines: LineMap;
  declare readonly startOffset: number;
  declare readonly endOffset: number;
  declare readonly type: 'Unary';
  declare readonly op: A.UnaryOperator;
  declare readonly operand: A.Expression;
  constructor(lines: LineMap, start: number, end: number, op: A.UnaryOperator, operand: A.Expression) {
    this.type = 'Unary';
    this.lines = lines;
    this.startOffset = start;
    this.endOffset = end;
    this.op = op;
    this.operand = operand;
  }

  get range(): A.Range {
    return new SourceRange(this.lines, this.startOffset, this.endOffset);
  }
}

export class Parens implements A.Parens {
  declare private readonly lines: LineMap;
  declare readonly startOffset: number;
  declare readonly endOffset: number;
  declare readonly type: 'Parens';
  declare readonly expr: A.Expression;
  constructor(lines: LineMap, start: number, end: number, expr: A.Expression) {
    this.type = 'Parens';
    this.lines = lines;
    this.startOffset = start;
    this.endOffset = end;
    this.expr = expr;
  }

  get range(): A.Range {
    return new SourceRange(this.lines, this.startOffset, this.endOffset);
  }
}

export class Body implements A.Body {
  declare readonly type: 'Body';
  declare readonly attributes: A.Attribute[];
  declare readonly blocks: A.Block[];
  declare private readonly lines: LineMap;
  declare readonly startOffset: number;
  declare readonly endOffset: number;
  constructor(lines: LineMap, startOffset: number, endOffset: number, attributes: A.Attribute[], blocks: A.Block[]) {
    this.type = 'Body';
    this.attributes = attributes;
    this.blocks = blocks;
    this.lines = lines;
    this.startOffset = startOffset;
    this.endOffset = endOffset;
  }

  get range(): A.Range {
    return new SourceRange(this.lines, this.startOffset, this.endOffset);
  }
}

/**
 * Spans its name to the end of its expression. Its range is kept once built: the evaluator
 * keeps attribute and block ranges for findings, and the instances of a block share them.
 */
export class Attribute implements A.Attribute {
  declare readonly type: 'Attribute';
  declare readonly name: string;
  declare readonly expr: A.Expression;
  declare private readonly lines: LineMap;
  declare readonly startOffset: number;
  declare private cachedRange: A.Range | null;
  constructor(lines: LineMap, startOffset: number, name: string, expr: A.Expression) {
    this.type = 'Attribute';
    this.name = name;
    this.expr = expr;
    this.lines = lines;
    this.startOffset = startOffset;
    this.cachedRange = null;
  }

  get endOffset(): number {
    return this.expr.endOffset;
  }

  get range(): A.Range {
    return (this.cachedRange ??= new SourceRange(this.lines, this.startOffset, this.expr.endOffset));
  }

  get nameRange(): A.Range {
    return new SourceRange(this.lines, this.startOffset, this.startOffset + this.name.length);
  }
}

export class BlockLabel implements A.BlockLabel {
  declare readonly value: string;
  declare readonly quoted: boolean;
  declare private readonly lines: LineMap;
  declare readonly startOffset: number;
  declare readonly endOffset: number;
  constructor(lines: LineMap, startOffset: number, endOffset: number, value: string, quoted: boolean) {
    this.value = value;
    this.quoted = quoted;
    this.lines = lines;
    this.startOffset = startOffset;
    this.endOffset = endOffset;
  }

  get range(): A.Range {
    return new SourceRange(this.lines, this.startOffset, this.endOffset);
  }
}

/** Spans its type name to its closing brace; its body starts right after its opening brace. */
export class Block implements A.Block {
  declare readonly type: 'Block';
  declare readonly blockType: string;
  declare readonly labels: A.BlockLabel[];
  declare readonly body: Body;
  declare private readonly lines: LineMap;
  declare readonly startOffset: number;
  declare readonly endOffset: number;
  declare private cachedRange: A.Range | null;
  constructor(lines: LineMap, startOffset: number, endOffset: number, blockType: string, labels: A.BlockLabel[], body: Body) {
    this.type = 'Block';
    this.blockType = blockType;
    this.labels = labels;
    this.body = body;
    this.lines = lines;
    this.startOffset = startOffset;
    this.endOffset = endOffset;
    this.cachedRange = null;
  }

  get range(): A.Range {
    return (this.cachedRange ??= new SourceRange(this.lines, this.startOffset, this.endOffset));
  }

  get typeRange(): A.Range {
    return new SourceRange(this.lines, this.startOffset, this.startOffset + this.blockType.length);
  }

  get openBraceRange(): A.Range {
    return new SourceRange(this.lines, this.body.startOffset - 1, this.body.startOffset);
  }

  get closeBraceRange(): A.Range {
    return new SourceRange(this.lines, this.endOffset - 1, this.endOffset);
  }
}
