import { describe, expect, it } from 'vitest';
import { parseHcl } from '../hcl/index.js';
import type { ParsedFile } from './config.js';
import { exprText } from './config.js';

function textOf(expr: string): string {
  const source = `x = ${expr}\n`;
  const { body, comments } = parseHcl(source, 't.tf');
  const file: ParsedFile = { path: 't.tf', display: 't.tf', source, body, comments };
  const a = body.attributes[0];
  if (!a) throw new Error('no attribute');
  return exprText(file, a.expr);
}

describe('exprText', () => {
  it('keeps text with single spaces as written', () => {
    expect(textOf('var.a ? local.b : null')).toBe('var.a ? local.b : null');
  });

  it('folds runs of whitespace (tabs, newlines, double spaces) into one space', () => {
    expect(textOf('[\n  var.a,\tvar.b,  var.c\n]')).toBe('[ var.a, var.b, var.c ]');
  });

  it('folds whitespace in text that holds non-ASCII characters too', () => {
    expect(textOf('"é"  ==  var.a')).toBe('"é" == var.a');
    expect(textOf('"é" == var.a')).toBe('"é" == var.a');
  });

  it('cuts long text at 200 characters', () => {
    expect(textOf(`"${'a'.repeat(300)}"`)).toHaveLength(200);
  });
});
