// Helpers for the parser's tests: parse a snippet and pull out an attribute, and print an
// expression as a compact S-expression so precedence and structure read at a glance.

import type { Expression, ParseResult, TemplatePart } from './ast.js';
import { parseHcl } from './parser.js';

export function parseOk(src: string): ParseResult {
  const r = parseHcl(src, 'test.tf');
  if (r.diagnostics.length > 0) {
    throw new Error(`unexpected diagnostics: ${r.diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`).join('; ')}`);
  }
  return r;
}

/** The expression of attribute `name` in `src` (top level), failing on any diagnostic. */
export function exprOf(src: string, name = 'x'): Expression {
  const a = parseOk(src).body.attributes.find((x) => x.name === name);
  if (a === undefined) throw new Error(`no attribute ${name}`);
  return a.expr;
}

/** Template parts, leaving out literals that strip markers or indentation emptied. */
function parts(ps: TemplatePart[]): string {
  return ps
    .filter((p) => p.type !== 'TemplateLiteral' || p.value !== '')
    .map(part)
    .join(' ');
}

function part(p: TemplatePart): string {
  switch (p.type) {
    case 'TemplateLiteral':
      return JSON.stringify(p.value);
    case 'TemplateInterpolation':
      return `\${${sexpr(p.expr)}}`;
    case 'TemplateIf':
      return `(%if ${sexpr(p.condition)} [${parts(p.then)}]${p.else ? ` else [${parts(p.else)}]` : ''})`;
    case 'TemplateFor':
      return `(%for ${p.keyVar ? p.keyVar + ',' : ''}${p.valueVar} ${sexpr(p.collection)} [${parts(p.body)}])`;
  }
}

export function sexpr(e: Expression): string {
  switch (e.type) {
    case 'Number':
      return e.raw;
    case 'Bool':
      return String(e.value);
    case 'Null':
      return 'null';
    case 'Variable':
      return e.name;
    case 'Template':
      return `(tpl ${parts(e.parts)})`;
    case 'Tuple':
      return `[${e.items.map(sexpr).join(' ')}]`;
    case 'Object':
      return `{${e.items.map((i) => `${sexpr(i.key)}=${sexpr(i.value)}`).join(' ')}}`;
    case 'FunctionCall':
      return `(${e.name}() ${e.args.map(sexpr).join(' ')}${e.expandFinal ? '...' : ''})`;
    case 'GetAttr':
      return `(. ${sexpr(e.object)} ${e.name})`;
    case 'Index':
      return `(${e.legacy ? '.idx' : '[]'} ${sexpr(e.collection)} ${sexpr(e.key)})`;
    case 'SplatItem':
      return '@';
    case 'Splat':
      return `(${e.full ? '[*]' : '.*'} ${sexpr(e.source)} ${sexpr(e.each)})`;
    case 'For': {
      const vars = `${e.keyVar ? e.keyVar + ',' : ''}${e.valueVar}`;
      const body = e.keyExpr ? `${sexpr(e.keyExpr)}=>${sexpr(e.valueExpr)}${e.grouping ? '...' : ''}` : sexpr(e.valueExpr);
      return `(${e.object ? '{for}' : '[for]'} ${vars} ${sexpr(e.collection)} ${body}${e.condition ? ` if ${sexpr(e.condition)}` : ''})`;
    }
    case 'Conditional':
      return `(? ${sexpr(e.condition)} ${sexpr(e.trueExpr)} ${sexpr(e.falseExpr)})`;
    case 'Binary':
      return `(${e.op} ${sexpr(e.left)} ${sexpr(e.right)})`;
    case 'Unary':
      return `(${e.op} ${sexpr(e.operand)})`;
    case 'Parens':
      return `(paren ${sexpr(e.expr)})`;
  }
}
