import { describe, expect, it } from 'vitest';
import { parseHcl } from './index.js';
import { exprOf, parseOk, sexpr } from './testing.js';

const s = (src: string): string => sexpr(exprOf(src));

describe('bodies and blocks', () => {
  it('parses attributes and nested blocks with quoted and unquoted labels', () => {
    const r = parseOk(`resource aws_s3_bucket "logs" {
  bucket = "b"
  versioning {
    enabled = true
  }
}
module m {}
terraform { required_version = ">= 1.5" }
`);
    const [res, mod, tf] = r.body.blocks;
    expect(res!.blockType).toBe('resource');
    expect(res!.labels.map((l) => [l.value, l.quoted])).toEqual([
      ['aws_s3_bucket', false],
      ['logs', true],
    ]);
    expect(res!.body.attributes.map((a) => a.name)).toEqual(['bucket']);
    expect(res!.body.blocks[0]!.blockType).toBe('versioning');
    expect(mod!.labels[0]!.value).toBe('m');
    expect(mod!.body.attributes).toEqual([]);
    expect(tf!.body.attributes[0]!.name).toBe('required_version');
  });

  it('records exact positions of blocks, labels and attributes', () => {
    const r = parseOk('# c\nresource "a" "b" {\n  name = "x"\n  nested {\n  }\n}\n');
    const block = r.body.blocks[0]!;
    expect(block.range.start).toEqual({ line: 2, column: 1, byte: 4 });
    expect(block.range.end).toEqual({ line: 6, column: 2, byte: 52 });
    expect(block.labels[1]!.range.start).toEqual({ line: 2, column: 14, byte: 17 });
    const attr = block.body.attributes[0]!;
    expect(attr.nameRange.start).toEqual({ line: 3, column: 3, byte: 25 });
    expect(attr.range.end).toEqual({ line: 3, column: 13, byte: 35 });
    expect(block.body.blocks[0]!.range.start.line).toBe(4);
    expect(block.body.blocks[0]!.closeBraceRange.start).toEqual({ line: 5, column: 3, byte: 49 });
  });

  it('derives the ranges of names, braces, items and calls from node offsets', () => {
    const src = 'resource aws_s3_bucket "b" {\n  tags = { k = provider::aws::f(x, [1]) }\n}\n';
    const block = parseOk(src).body.blocks[0]!;
    const text = (r: { startOffset: number; endOffset: number }) => src.slice(r.startOffset, r.endOffset);
    expect(text(block.typeRange)).toBe('resource');
    expect(text(block.labels[0]!.range)).toBe('aws_s3_bucket');
    expect(text(block.labels[1]!.range)).toBe('"b"');
    expect(text(block.openBraceRange)).toBe('{');
    expect(text(block.closeBraceRange)).toBe('}');
    expect(block.body.range.startOffset).toBe(block.openBraceRange.endOffset);
    expect(block.body.range.endOffset).toBe(block.closeBraceRange.startOffset);
    const attr = block.body.attributes[0]!;
    expect(text(attr.nameRange)).toBe('tags');
    expect(text(attr.range)).toBe('tags = { k = provider::aws::f(x, [1]) }');
    expect(attr.range).toBe(attr.range);
    const obj = attr.expr;
    if (obj.type !== 'Object') throw new Error('expected an object');
    const item = obj.items[0]!;
    expect(text(item.range)).toBe('k = provider::aws::f(x, [1])');
    const call = item.value;
    if (call.type !== 'FunctionCall') throw new Error('expected a call');
    expect(call.name).toBe('provider::aws::f');
    expect(text(call.nameRange)).toBe('provider::aws::f');
    expect([call.startOffset, call.endOffset]).toEqual([call.range.startOffset, call.range.endOffset]);
    expect(call.args.map(text)).toEqual(['x', '[1]']);
    expect(call.range.start).toEqual({ line: 2, column: 16, byte: 44 });
  });

  it('counts columns in code points and offsets in UTF-8 bytes', () => {
    const r = parseOk('a = "é😀"\nb = 1\n');
    const b = r.body.attributes[1]!;
    expect(b.range.start).toEqual({ line: 2, column: 1, byte: 13 });
    const a = r.body.attributes[0]!;
    expect(a.range.end).toEqual({ line: 1, column: 9, byte: 12 });
  });

  it('exposes all three comment styles with positions', () => {
    const r = parseOk('# hash\n// slashes\n/* block\n spanning */ a = 1 # trailing\n# parapet:ignore:aws-s3-1 accepted\nb = 2\n');
    expect(r.comments.map((c) => [c.kind, c.text, c.trailing, c.range.start.line, c.range.start.column])).toEqual([
      ['line', '# hash', false, 1, 1],
      ['line', '// slashes', false, 2, 1],
      ['block', '/* block\n spanning */', false, 3, 1],
      ['line', '# trailing', true, 4, 20],
      ['line', '# parapet:ignore:aws-s3-1 accepted', false, 5, 1],
    ]);
    expect(r.body.attributes.map((a) => a.name)).toEqual(['a', 'b']);
  });

  it('handles CRLF line endings and a byte order mark', () => {
    const r = parseOk('\ufeffa = 1\r\nb = <<EOF\r\nx\r\nEOF\r\n');
    expect(r.body.attributes.map((a) => a.name)).toEqual(['a', 'b']);
  });
});

describe('expressions', () => {
  it('applies operator precedence and left associativity', () => {
    expect(s('x = 1 + 2 * 3')).toBe('(+ 1 (* 2 3))');
    expect(s('x = a || b && c == d')).toBe('(|| a (&& b (== c d)))');
    expect(s('x = a < b == c >= d')).toBe('(== (< a b) (>= c d))');
    expect(s('x = 1 - 2 - 3')).toBe('(- (- 1 2) 3)');
    expect(s('x = 8 / 4 % 3 * 2')).toBe('(* (% (/ 8 4) 3) 2)');
    expect(s('x = !a && -b > c')).toBe('(&& (! a) (> (- b) c))');
    expect(s('x = (1 + 2) * 3')).toBe('(* (paren (+ 1 2)) 3)');
    expect(s('x = a ? b : c ? d : e')).toBe('(? a b (? c d e))');
    expect(s('x = a == b ? c + 1 : d')).toBe('(? (== a b) (+ c 1) d)');
  });

  it('parses literals and numbers with exponents', () => {
    expect(s('x = [1, 1.5, 1e3, 2.5E-2, true, false, null]')).toBe('[1 1.5 1e3 2.5E-2 true false null]');
    const n = exprOf('x = 2.5E-2');
    expect(n.type === 'Number' && n.value).toBe(0.025);
  });

  it('parses traversals, legacy indexes and splats', () => {
    expect(s('x = a.b[0].c')).toBe('(. ([] (. a b) 0) c)');
    expect(s('x = a.0.b')).toBe('(. (.idx a 0) b)');
    expect(s('x = a.0.1')).toBe('(.idx (.idx a 0) 1)');
    expect(s('x = a[*].b.c')).toBe('([*] a (. (. @ b) c))');
    expect(s('x = a[*].b[0]')).toBe('([*] a ([] (. @ b) 0))');
    expect(s('x = a.*.b[0]')).toBe('([] (.* a (. @ b)) 0)');
    expect(s('x = a[*]')).toBe('([*] a @)');
    expect(s('x = aws_instance.web[*].id')).toBe('([*] (. aws_instance web) (. @ id))');
  });

  it('parses function calls, expansion and provider-namespaced functions', () => {
    expect(s('x = f()')).toBe('(f() )');
    expect(s('x = merge(a, {b = 1}, c...)')).toBe('(merge() a {b=1} c...)');
    expect(s('x = f(\n  a,\n  b,\n)')).toBe('(f() a b)');
    expect(s('x = provider::aws::arn_parse(arn).region')).toBe('(. (provider::aws::arn_parse() arn) region)');
  });

  it('parses tuples and objects with both separators and key forms', () => {
    expect(s('x = [\n  1,\n  2\n]')).toBe('[1 2]');
    expect(s('x = {\n  a = 1\n  "b" : 2, (c) = 3\n  d.e = 4\n}')).toBe('{a=1 (tpl "b")=2 (paren c)=3 (. d e)=4}');
    expect(s('x = {}')).toBe('{}');
    expect(s('x = { a = { b = [] } }')).toBe('{a={b=[]}}');
  });

  it('parses for expressions', () => {
    expect(s('x = [for v in xs : v * 2]')).toBe('([for] v xs (* v 2))');
    expect(s('x = [for i, v in xs : v if i > 0]')).toBe('([for] i,v xs v if (> i 0))');
    expect(s('x = {for k, v in m : k => v...}')).toBe('({for} k,v m k=>v...)');
    expect(s('x = {\n  for k, v in m :\n    upper(k) => v\n    if v != null\n}')).toBe('({for} k,v m (upper() k)=>v if (!= v null))');
    expect(s('x = { for = 1 }')).toBe('{for=1}');
  });
});

describe('attribute ends', () => {
  it('does not join an operator on the next line to the attribute value', () => {
    const r = parseHcl('a = 1\n+ 2\n', 't.tf');
    expect(r.diagnostics[0]!.line).toBe(2);
  });

  it('allows expressions spanning lines inside brackets and parentheses', () => {
    expect(s('x = (\n  1 +\n  2\n)')).toBe('(paren (+ 1 2))');
  });
});
