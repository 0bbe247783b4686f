import { describe, expect, it } from 'vitest';
import { MAX_NESTING_DEPTH, parseHcl } from './index.js';

const names = (src: string): string[] => parseHcl(src, 'main.tf').body.blocks.map((b) => b.labels.map((l) => l.value).join('.'));

describe('syntax errors', () => {
  it('reports file, line and column of the offending token', () => {
    const r = parseHcl('resource "a" "b" {\n  x = = 1\n}\n', 'dir/main.tf');
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({ severity: 'error', file: 'dir/main.tf', line: 2, column: 7 });
    expect(r.diagnostics[0]!.message).toMatch(/Invalid expression: expected a value, found "="/);
  });

  it('names what is missing', () => {
    const msg = (src: string): string => parseHcl(src, 't.tf').diagnostics[0]?.message ?? '';
    expect(msg('a = [1, 2\n')).toMatch(/Missing "," or "\]"/);
    expect(msg('a = f(1 2)\n')).toMatch(/Missing "," or "\)"/);
    expect(msg('a = { b = 1 c = 2 }\n')).toMatch(/Missing "," or newline between object attributes/);
    expect(msg('a = 1 b = 2\n')).toMatch(/Missing newline after argument "a"/);
    expect(msg('resource "x" "y" {\n')).toMatch(/Unclosed block: the "\{" at line 1/);
    expect(msg('a b c\n')).toMatch(/Expected "\{" to open the block body/);
    expect(msg('"a" = 1\n')).toMatch(/An argument or block definition is required/);
    expect(msg('a = 1 & 2\n')).toMatch(/found "&"/);
    expect(msg('x = "${a"\n')).toMatch(/Expected "\}" to close the interpolation/);
    expect(msg('x { y { z = 1 } }\n')).toMatch(/single-line block definition can contain only a single argument/);
    expect(msg('/* open\n')).toMatch(/Unterminated block comment/);
    expect(msg('resource "${x}" {}\n')).toMatch(/Invalid block label/);
  });

  it('reports duplicate arguments in one body', () => {
    const r = parseHcl('a = 1\nb {\n  c = 1\n  c = 2\n}\na = 3\n', 't.tf');
    expect(r.diagnostics.map((d) => [d.line, d.message])).toEqual([
      [4, 'Duplicate argument "c": it was already set at line 3.'],
      [6, 'Duplicate argument "a": it was already set at line 1.'],
    ]);
  });

  it('recovers at the next top-level block', () => {
    const src = [
      'resource "t" "one" {',
      '  a = (1 +',
      '  b = 2',
      '}',
      'resource "t" "two" {',
      '  a = 1',
      '}',
      'resource "t" "three" {',
      '  a = [',
      'resource "t" "four" {',
      '  ok = true',
      '}',
      '',
    ].join('\n');
    const r = parseHcl(src, 't.tf');
    expect(names(src)).toEqual(['t.two', 't.four']);
    expect(r.diagnostics.map((d) => d.line)).toEqual([3, 10]);
  });

  it('keeps going after an unclosed block and reports it', () => {
    const src = 'a "x" {\n  b = 1\nc "y" {\n  d = 2\n}\n';
    const r = parseHcl(src, 't.tf');
    expect(r.diagnostics).toHaveLength(1);
    expect(r.body.blocks.map((b) => b.blockType)).toEqual(['c']);
  });
});

describe('pathological input', () => {
  it('caps nesting depth with a diagnostic instead of overflowing the stack', () => {
    for (const [open, close] of [
      ['[', ']'],
      ['(', ')'],
      ['{a=', '}'],
      ['"${', '}"'],
      ['f(', ')'],
    ] as const) {
      const n = 20_000;
      const src = `x = ${open.repeat(n)}1${close.repeat(n)}\ny = 2\n`;
      const r = parseHcl(src, 'deep.tf');
      expect(r.diagnostics[0]!.message).toMatch(`more than ${MAX_NESTING_DEPTH} levels`);
      expect(r.body.attributes.map((a) => a.name)).toEqual(['y']);
    }
  });

  it('caps unary chains, conditionals, template directives and blocks', () => {
    const cases = [
      `x = ${'!'.repeat(20_000)}a\n`,
      `x = ${'a ? b : '.repeat(20_000)}c\n`,
      `x = "${'%{ if a }'.repeat(20_000)}"\n`,
      `${'a {\n'.repeat(20_000)}${'}\n'.repeat(20_000)}`,
    ];
    for (const src of cases) {
      const r = parseHcl(src, 'deep.tf');
      expect(r.diagnostics[0]!.message).toMatch(/Nesting is too deep/);
    }
  });

  it('accepts nesting up to the limit', () => {
    const n = 200;
    const r = parseHcl(`x = ${'['.repeat(n)}1${']'.repeat(n)}\n`, 'ok.tf');
    expect(r.diagnostics).toEqual([]);
  });

  it('stays linear on large and hostile inputs', () => {
    const inputs = [
      'a = ' + 'b.'.repeat(50_000) + 'c\n',
      'a = ' + '1 + '.repeat(50_000) + '1\n',
      'a = "' + 'x'.repeat(1_000_000) + '\n',
      'a = <<EOF\n' + 'line\n'.repeat(50_000),
      '}'.repeat(50_000),
      ']'.repeat(50_000),
      '"'.repeat(50_000),
      '${'.repeat(50_000),
      'a = "' + '${'.repeat(50_000),
      'é = "ü"\n'.repeat(20_000),
      '\u0000\uffff\ud800'.repeat(20_000),
      'x = ' + '"a",'.repeat(50_000) + '\n',
    ];
    const t0 = performance.now();
    for (const src of inputs) {
      const r = parseHcl(src, 'big.tf');
      expect(Array.isArray(r.diagnostics)).toBe(true);
    }
    expect(performance.now() - t0).toBeLessThan(10_000);
  });
});
