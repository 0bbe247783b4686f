import { describe, expect, it } from 'vitest';
import type { Expression } from '../hcl/ast.js';
import { parseHcl } from '../hcl/index.js';
import { Evaluator } from './evaluate.js';
import type { FunctionContext } from './functions.js';
import { FUNCTIONS, formatString } from './functions.js';
import type { TfObject, TfValue } from './values.js';
import { Ref, Unknown, hasToken, tokenExpression } from './values.js';
import { writeTree } from './testing.js';

const root = writeTree({ 'mod/policy.json': '{"Version":"2012-10-17"}', 'secret.txt': 'outside' });
const ctx: FunctionContext = {
  moduleDir: `${root}/mod`,
  root: `${root}/mod`,
  renderTemplate: () => { throw new Error('not used here'); },
};

/** Evaluates one expression with `var.*` bound to the given values and `aws_s3_bucket.b.*` as Refs. */
function ev(expr: string, vars: TfObject = {}): TfValue {
  const src = `x = ${expr}\n`;
  const { body, diagnostics } = parseHcl(src, 't.tf');
  expect(diagnostics).toEqual([]);
  const e = new Evaluator({
    fn: ctx,
    text: (n: Expression) => src.slice(n.range.startOffset, n.range.endOffset),
    resolve(root, steps) {
      const first = steps[0];
      if (root === 'var' && first?.type === 'GetAttr') return { value: first.name in vars ? (vars[first.name] as TfValue) : new Unknown(`var.${first.name}`, 'no value'), used: 1 };
      if (root === 'aws_s3_bucket' && first?.type === 'GetAttr') return { value: { arn: new Ref(`aws_s3_bucket.${first.name}`, `aws_s3_bucket.${first.name}`, 'arn') }, used: 1 };
      throw new Error(`unexpected ${root}`);
    },
  });
  return e.evaluate((body.attributes[0] as { expr: Expression }).expr);
}

const unknown = expect.any(Unknown);

describe('built-in functions', () => {
  it.each<[string, TfValue]>([
    ['merge({ a = 1, b = 2 }, { b = 3 }, null)', { a: 1, b: 3 }],
    ['concat([1], [2, 3], [])', [1, 2, 3]],
    ['lookup({ a = "x" }, "a")', 'x'],
    ['lookup({ a = "x" }, "b", "d")', 'd'],
    ['format("%s-%03d-%.2f-%t-%q-%%", "a", 7, 1.5, true, "q")', 'a-007-1.50-true-"q"-%'],
    ['formatlist("%s=%s", ["a", "b"], "v")', ['a=v', 'b=v']],
    ['join(",", ["a", "b"], ["c"])', 'a,b,c'],
    ['split(",", "a,b,,c")', ['a', 'b', '', 'c']],
    ['jsondecode("{\\"a\\":[1,true,null]}")', { a: [1, true, null] }],
    ['jsonencode({ a = [1, "x"] })', '{"a":[1,"x"]}'],
    ['coalesce(null, "", "x", "y")', 'x'],
    ['coalescelist([], [1])', [1]],
    ['cidrsubnet("10.0.0.0/16", 8, 2)', '10.0.2.0/24'],
    ['cidrsubnet("10.1.0.0/16", 4, 15)', '10.1.240.0/20'],
    ['cidrhost("10.0.1.0/24", 5)', '10.0.1.5'],
    ['cidrhost("10.0.1.0/24", -1)', '10.0.1.255'],
    ['cidrnetmask("10.0.0.0/20")', '255.255.240.0'],
    ['cidrsubnets("10.0.0.0/16", 8, 8, 4)', ['10.0.0.0/24', '10.0.1.0/24', '10.0.16.0/20']],
    ['toset(["b", "a", "b"])', ['a', 'b']],
    ['tolist(toset(["x"]))', ['x']],
    ['tomap({ a = 1 })', { a: 1 }],
    ['length("héllo")', 5],
    ['length({ a = 1, b = 2 })', 2],
    ['keys({ b = 1, a = 2 })', ['a', 'b']],
    ['values({ b = 1, a = 2 })', [2, 1]],
    ['contains(["a"], "a")', true],
    ['distinct([1, 1, 2])', [1, 2]],
    ['flatten([[1, [2]], 3])', [1, 2, 3]],
    ['compact(["a", "", null, "b"])', ['a', 'b']],
    ['element(["a", "b"], 3)', 'b'],
    ['index(["a", "b"], "b")', 1],
    ['zipmap(["a", "b"], [1, 2])', { a: 1, b: 2 }],
    ['range(3)', [0, 1, 2]],
    ['range(1, 7, 3)', [1, 4]],
    ['slice([1, 2, 3], 1, 3)', [2, 3]],
    ['reverse([1, 2])', [2, 1]],
    ['sort(["b", "a"])', ['a', 'b']],
    ['setunion(["a"], ["b", "a"])', ['a', 'b']],
    ['setintersection(["a", "b"], ["b"])', ['b']],
    ['setsubtract(["a", "b"], ["b"])', ['a']],
    ['setproduct(["a"], [1, 2])', [['a', 1], ['a', 2]]],
    ['one([])', null],
    ['alltrue([true, true])', true],
    ['anytrue([false, true])', true],
    ['chunklist([1, 2, 3], 2)', [[1, 2], [3]]],
    ['transpose({ a = ["x"], b = ["x", "y"] })', { x: ['a', 'b'], y: ['b'] }],
    ['lower("AB")', 'ab'],
    ['upper("ab")', 'AB'],
    ['title("hello world")', 'Hello World'],
    ['trimspace("  a ")', 'a'],
    ['trim("?!a?!", "!?")', 'a'],
    ['trimprefix("abc", "ab")', 'c'],
    ['trimsuffix("abc", "bc")', 'a'],
    ['chomp("a\\n\\n")', 'a'],
    ['replace("a-b-c", "-", "_")', 'a_b_c'],
    ['replace("a1b22", "/[0-9]+/", "#")', 'a#b#'],
    ['substr("hello", 1, 3)', 'ell'],
    ['strrev("abc")', 'cba'],
    ['startswith("abc", "ab")', true],
    ['endswith("abc", "bc")', true],
    ['strcontains("abc", "b")', true],
    ['regex("(\\\\d+)-(\\\\w+)", "12-ab")', ['12', 'ab']],
    ['regexall("\\\\d", "a1b2")', ['1', '2']],
    ['abs(-2)', 2],
    ['ceil(1.2)', 2],
    ['floor(1.8)', 1],
    ['pow(2, 10)', 1024],
    ['signum(-5)', -1],
    ['min(3, 1, 2)', 1],
    ['max([3, 1], 5)', 5],
    ['sum([1, 2, 3])', 6],
    ['parseint("ff", 16)', 255],
    ['tostring(5)', '5'],
    ['tonumber("5")', 5],
    ['tobool("true")', true],
    ['base64encode("hi")', 'aGk='],
    ['base64decode("aGk=")', 'hi'],
    ['urlencode("a b")', 'a%20b'],
    ['md5("a")', '0cc175b9c0f1b6a831c399e269772661'],
    ['sha256("a")', 'ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb'],
    ['basename("a/b.txt")', 'b.txt'],
    ['dirname("a/b.txt")', 'a'],
    ['indent(2, "a\\nb")', 'a\n  b'],
    ['file("policy.json")', '{"Version":"2012-10-17"}'],
    ['jsondecode(file("policy.json")).Version', '2012-10-17'],
  ])('%s', (expr, want) => {
    expect(ev(expr)).toEqual(want);
  });

  it('covers every function in the table', () => {
    // A function added without a case above shows up here.
    const tested = new Set(['merge', 'concat', 'lookup', 'format', 'formatlist', 'join', 'split', 'jsondecode', 'jsonencode', 'coalesce', 'coalescelist', 'cidrsubnet', 'cidrhost', 'cidrnetmask', 'cidrsubnets', 'toset', 'tolist', 'tomap', 'length', 'keys', 'values', 'contains', 'distinct', 'flatten', 'compact', 'element', 'index', 'zipmap', 'range', 'slice', 'reverse', 'sort', 'setunion', 'setintersection', 'setsubtract', 'setproduct', 'one', 'alltrue', 'anytrue', 'chunklist', 'transpose', 'lower', 'upper', 'title', 'trimspace', 'trim', 'trimprefix', 'trimsuffix', 'chomp', 'replace', 'substr', 'strrev', 'startswith', 'endswith', 'strcontains', 'regex', 'regexall', 'abs', 'ceil', 'floor', 'pow', 'signum', 'log', 'min', 'max', 'sum', 'parseint', 'tostring', 'tonumber', 'tobool', 'base64encode', 'base64decode', 'urlencode', 'md5', 'sha1', 'sha256', 'sha512', 'basename', 'dirname', 'abspath', 'pathexpand', 'indent', 'file', 'fileexists', 'templatefile']); // templatefile: see evaluate.test.ts
    expect(Object.keys(FUNCTIONS).filter((f) => !tested.has(f))).toEqual([]);
  });

  it('log, sha1, sha512, abspath, pathexpand and fileexists', () => {
    expect(ev('log(8, 2)')).toBeCloseTo(3);
    expect(ev('sha1("a")')).toBe('86f7e437faa5a7fce15d1ddcb9eaeaea377667b8');
    expect(String(ev('sha512("a")'))).toMatch(/^1f40fc92/);
    expect(ev('abspath("x")')).toBe(`${root}/mod/x`);
    expect(ev('pathexpand("a")')).toBe('a');
    expect(ev('fileexists("policy.json")')).toBe(true);
    expect(ev('fileexists("nope.json")')).toBe(false);
  });

  it('file() reads inside the scan root only', () => {
    const v = ev('file("../secret.txt")');
    expect(v).toBeInstanceOf(Unknown);
    expect((v as Unknown).reason).toMatch(/outside the scan root/);
    expect(ev('file("/etc/passwd")')).toEqual(unknown);
    expect((ev('file("missing.txt")') as Unknown).reason).toMatch(/no file/);
  });

  it('jsonencode keeps known parts and tokens for unknown ones', () => {
    const v = ev('jsonencode({ Principal = "*", Resource = "${aws_s3_bucket.b.arn}/*" })');
    expect(typeof v).toBe('string');
    expect(hasToken(v as string)).toBe(true);
    expect(tokenExpression(v as string)).toBe('aws_s3_bucket.b.arn');
    expect(JSON.parse(v as string).Principal).toBe('*');
  });

  it('functions over unknown arguments are unknown, never guessed', () => {
    expect(ev('upper(var.x)')).toEqual(unknown);
    expect(ev('cidrsubnet(var.cidr, 8, 1)')).toEqual(unknown);
    expect(ev('length(var.x)')).toEqual(unknown);
    expect(ev('split(",", var.x)')).toEqual(unknown);
    expect(ev('timestamp()')).toEqual(unknown);
    expect((ev('timestamp()') as Unknown).reason).toMatch(/apply time/);
    expect((ev('nosuchfn(1)') as Unknown).reason).toMatch(/not supported/);
    expect(ev('provider::aws::arn_parse("x")')).toEqual(unknown);
  });

  it('collection functions keep unknown elements', () => {
    const c = ev('concat([1], [var.x])') as TfValue[];
    expect(c[0]).toBe(1);
    expect(c[1]).toBeInstanceOf(Unknown);
    const m = ev('merge({ a = 1 }, { b = var.x })') as TfObject;
    expect(m.a).toBe(1);
    expect(m.b).toBeInstanceOf(Unknown);
    expect(ev('lookup({ a = var.x, b = 2 }, "b")')).toBe(2);
    expect(ev('coalesce(var.y, "x")')).toEqual(unknown);
  });

  it('errors become unknown with the reason, not crashes', () => {
    expect((ev('lookup({}, "a")') as Unknown).reason).toMatch(/no key/);
    expect((ev('coalesce(null, "")') as Unknown).reason).toMatch(/all arguments/);
    expect((ev('cidrsubnet("10.0.0.0/30", 8, 1)') as Unknown).reason).toMatch(/exceed 32/);
    expect((ev('cidrsubnet("fd00::/8", 8, 1)') as Unknown).reason).toMatch(/IPv4/);
    expect((ev('jsondecode("{")') as Unknown).reason).toMatch(/jsondecode/);
    expect((ev('element([], 0)') as Unknown).reason).toMatch(/empty/);
    expect((ev('join(",")') as Unknown).reason).toMatch(/argument/);
  });

  it('try and can', () => {
    expect(ev('try(lookup({}, "a"), "fallback")')).toBe('fallback');
    expect(ev('try({ a = 1 }.a, 2)')).toBe(1);
    expect(ev('try(var.x, "fallback")')).toEqual(unknown); // unknown is not an error: try keeps it
    expect(ev('can(lookup({}, "a"))')).toBe(false);
    expect(ev('can(lookup({ a = 1 }, "a"))')).toBe(true);
    expect(ev('can(var.x)')).toEqual(unknown);
    expect(ev('try(lookup({}, "a"), lookup({}, "b"))')).toEqual(unknown);
  });

  it('expands a final list argument with ...', () => {
    expect(ev('concat([[1], [2]]...)')).toEqual([1, 2]);
    expect(ev('min([3, 1]...)')).toBe(1);
    expect(ev('concat(var.x...)')).toEqual(unknown);
  });

  it('formatString pads and rejects missing arguments', () => {
    expect(formatString('%-4s|%4s', ['a', 'b'])).toBe('a   |   b');
    expect(formatString('%x %X %o %b %v', [255, 255, 8, 5, [1]])).toBe('ff FF 10 101 [1]');
    expect(() => formatString('%s %s', ['a'])).toThrow(/too few/);
  });
});
