import type { AttrField, ResourceTypeDef } from '../core/index.js';
import { describeType } from '../core/index.js';

/**
 * Translates the seed format's SQL-like `required_controls` into CEL, checking names and types
 * against the resource type first so mistakes are reported at load time with a clear message.
 *
 *   control   := or
 *   or        := and ('OR' and)*
 *   and       := not ('AND' not)*
 *   not       := 'NOT' not | '(' or ')' | compare
 *   compare   := path [ op literal | ['NOT'] 'IN' '(' literal (',' literal)* ')' | 'IS' ['NOT'] 'NULL' ]
 *   op        := '=' | '==' | '!=' | '<>' | '<' | '<=' | '>' | '>='
 *   literal   := 'text' | "text" | number | true | false | null
 *
 * A bare path means `path = true`. Keywords are case-insensitive.
 */

/** Names that are not a plain snake_case spelling of one model attribute, per resource type. */
export interface CompositeAlias {
  /** All of these boolean attributes must be true. */
  allOf: readonly string[];
  description: string;
}

const PUBLIC_ACCESS_BLOCK_ALL: CompositeAlias = {
  allOf: [
    'publicAccessBlock.blockPublicAcls',
    'publicAccessBlock.ignorePublicAcls',
    'publicAccessBlock.blockPublicPolicy',
    'publicAccessBlock.restrictPublicBuckets',
  ],
  description: 'true when all four Block Public Access flags are on',
};

export const COMPOSITE_ALIASES: Readonly<Record<string, Readonly<Record<string, CompositeAlias>>>> = {
  'aws.s3.bucket': { 'publicAccessBlock.enabled': PUBLIC_ACCESS_BLOCK_ALL },
  'aws.s3.account-settings': { 'publicAccessBlock.enabled': PUBLIC_ACCESS_BLOCK_ALL },
};

export class ControlSyntaxError extends Error {
  /** Character offset inside the control where the problem starts. */
  readonly offset: number;
  constructor(message: string, offset: number) {
    super(message);
    this.name = 'ControlSyntaxError';
    this.offset = offset;
  }
}

type Token =
  | { kind: 'path'; text: string; at: number }
  | { kind: 'string'; value: string; at: number }
  | { kind: 'number'; value: number; text: string; at: number }
  | { kind: 'word'; value: 'AND' | 'OR' | 'NOT' | 'IN' | 'IS' | 'TRUE' | 'FALSE' | 'NULL'; at: number }
  | { kind: 'op'; value: string; at: number }
  | { kind: 'punct'; value: '(' | ')' | ','; at: number }
  | { kind: 'end'; at: number };

const WORDS = new Set(['AND', 'OR', 'NOT', 'IN', 'IS', 'TRUE', 'FALSE', 'NULL']);

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i] as string;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const at = i;
    if (c === "'" || c === '"') {
      let value = '';
      i++;
      for (;;) {
        if (i >= src.length) throw new ControlSyntaxError('unterminated string', at);
        const d = src[i] as string;
        if (d === c && src[i + 1] === c) {
          value += c;
          i += 2;
        } else if (d === c) {
          i++;
          break;
        } else {
          value += d;
          i++;
        }
      }
      out.push({ kind: 'string', value, at });
    } else if (/[0-9]/.test(c) || (c === '-' && /[0-9]/.test(src[i + 1] ?? ''))) {
      const m = /^-?\d+(\.\d+)?/.exec(src.slice(i)) as RegExpExecArray;
      out.push({ kind: 'number', value: Number(m[0]), text: m[0], at });
      i += m[0].length;
    } else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*/.exec(src.slice(i)) as RegExpExecArray;
      const upper = m[0].toUpperCase();
      if (WORDS.has(upper)) out.push({ kind: 'word', value: upper as 'AND', at });
      else out.push({ kind: 'path', text: m[0], at });
      i += m[0].length;
    } else {
      const m = /^(==|!=|<>|<=|>=|=|<|>)/.exec(src.slice(i));
      if (m) {
        out.push({ kind: 'op', value: m[0], at });
        i += m[0].length;
      } else if (c === '(' || c === ')' || c === ',') {
        out.push({ kind: 'punct', value: c, at });
        i++;
      } else throw new ControlSyntaxError(`unexpected character '${c}'`, at);
    }
  }
  out.push({ kind: 'end', at: src.length });
  return out;
}

/** snake_case to camelCase, one segment. */
export function camelCase(seg: string): string {
  return seg.replace(/_+([a-z0-9])/g, (_m, ch: string) => ch.toUpperCase());
}

type Resolved = { kind: 'field'; path: string; field: AttrField } | { kind: 'composite'; path: string; alias: CompositeAlias };

/** Maps a seed name (`public_access_block.block_public_acls`) to the model attribute path. */
export function resolveControlPath(name: string, typeDef: ResourceTypeDef): Resolved | { problem: string } {
  const segs = name.split('.').map(camelCase);
  const path = segs.join('.');
  const alias = COMPOSITE_ALIASES[typeDef.type]?.[path];
  if (alias) return { kind: 'composite', path, alias };
  let fields: Readonly<Record<string, AttrField>> | undefined = typeDef.attributes;
  let field: AttrField | undefined;
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i] as string;
    field = fields?.[seg];
    if (!field) {
      const parent = i === 0 ? typeDef.type : `'${segs.slice(0, i).join('.')}'`;
      const known = fields ? Object.keys(fields).sort().join(', ') : 'no sub-fields';
      return { problem: `unknown attribute '${name}'${name !== path ? ` (model name '${path}')` : ''}: ${parent} has ${known}` };
    }
    fields = field.type.kind === 'object' ? field.type.fields : undefined;
  }
  return { kind: 'field', path, field: field as AttrField };
}

type Literal = { kind: 'string'; value: string } | { kind: 'number'; value: number; text: string } | { kind: 'bool'; value: boolean } | { kind: 'null' };

function literalText(l: Literal): string {
  switch (l.kind) {
    case 'string':
      return `'${l.value}'`;
    case 'number':
      return l.text;
    case 'bool':
      return String(l.value);
    case 'null':
      return 'null';
  }
}

class ControlParser {
  private pos = 0;
  constructor(
    private readonly tokens: Token[],
    private readonly typeDef: ResourceTypeDef,
  ) {}

  parse(): string {
    const expr = this.or();
    const t = this.peek();
    if (t.kind !== 'end') throw new ControlSyntaxError(`unexpected ${describeToken(t)} after a complete condition`, t.at);
    return expr;
  }

  private peek(): Token {
    return this.tokens[this.pos] as Token;
  }
  private next(): Token {
    return this.tokens[this.pos++] as Token;
  }
  private isWord(w: string): boolean {
    const t = this.peek();
    return t.kind === 'word' && t.value === w;
  }
  private expectPunct(p: '(' | ')' | ','): void {
    const t = this.next();
    if (t.kind !== 'punct' || t.value !== p) throw new ControlSyntaxError(`expected '${p}', found ${describeToken(t)}`, t.at);
  }

  private or(): string {
    const parts = [this.and()];
    while (this.isWord('OR')) {
      this.next();
      parts.push(this.and());
    }
    return parts.length === 1 ? (parts[0] as string) : `(${parts.join(' || ')})`;
  }

  private and(): string {
    const parts = [this.not()];
    while (this.isWord('AND')) {
      this.next();
      parts.push(this.not());
    }
    return parts.length === 1 ? (parts[0] as string) : `(${parts.join(' && ')})`;
  }

  private not(): string {
    if (this.isWord('NOT')) {
      this.next();
      return `!(${this.not()})`;
    }
    const t = this.peek();
    if (t.kind === 'punct' && t.value === '(') {
      this.next();
      // or() and and() already parenthesise compound results, and a comparison needs none.
      const inner = this.or();
      this.expectPunct(')');
      return inner;
    }
    return this.compare();
  }

  private literal(): Literal & { at: number } {
    const t = this.next();
    if (t.kind === 'string') return { kind: 'string', value: t.value, at: t.at };
    if (t.kind === 'number') return { kind: 'number', value: t.value, text: t.text, at: t.at };
    if (t.kind === 'word' && (t.value === 'TRUE' || t.value === 'FALSE')) return { kind: 'bool', value: t.value === 'TRUE', at: t.at };
    if (t.kind === 'word' && t.value === 'NULL') return { kind: 'null', at: t.at };
    throw new ControlSyntaxError(`expected a value ('text', a number, true, false or null), found ${describeToken(t)}`, t.at);
  }

  private compare(): string {
    const t = this.next();
    if (t.kind !== 'path') throw new ControlSyntaxError(`expected an attribute name, found ${describeToken(t)}`, t.at);
    const resolved = resolveControlPath(t.text, this.typeDef);
    if ('problem' in resolved) throw new ControlSyntaxError(resolved.problem, t.at);
    const target = { name: t.text, resolved, at: t.at };
    const op = this.peek();
    if (op.kind === 'op') {
      this.next();
      const lit = this.literal();
      return this.comparison(target, op.value, lit);
    }
    if (this.isWord('IN') || this.isWord('NOT')) {
      const negated = this.isWord('NOT');
      this.next();
      if (negated && !this.isWord('IN')) throw new ControlSyntaxError(`expected IN after NOT, found ${describeToken(this.peek())}`, this.peek().at);
      if (negated) this.next();
      this.expectPunct('(');
      const items = [this.literal()];
      while (this.peek().kind === 'punct' && (this.peek() as { value: string }).value === ',') {
        this.next();
        items.push(this.literal());
      }
      this.expectPunct(')');
      const cel = `${this.operand(target)} in [${items.map((l) => this.celLiteral(target, l, '=')).join(', ')}]`;
      return negated ? `!(${cel})` : cel;
    }
    if (this.isWord('IS')) {
      this.next();
      const negated = this.isWord('NOT');
      if (negated) this.next();
      const n = this.next();
      if (n.kind !== 'word' || n.value !== 'NULL') throw new ControlSyntaxError(`expected NULL after IS, found ${describeToken(n)}`, n.at);
      return this.comparison(target, negated ? '!=' : '=', { kind: 'null', at: n.at });
    }
    // A bare name is a boolean test.
    return this.comparison(target, '=', { kind: 'bool', value: true, at: t.at });
  }

  private operand(target: { resolved: Resolved }): string {
    const r = target.resolved;
    if (r.kind === 'composite') return `(${r.alias.allOf.map((p) => `resource.${p}`).join(' && ')})`;
    return `resource.${r.path}`;
  }

  private comparison(target: { name: string; resolved: Resolved; at: number }, op: string, lit: Literal & { at: number }): string {
    const celOp = op === '=' ? '==' : op === '<>' ? '!=' : op;
    const value = this.celLiteral(target, lit, celOp);
    return `${this.operand(target)} ${celOp} ${value}`;
  }

  /** Checks the literal against the attribute's type and writes it as CEL. */
  private celLiteral(target: { name: string; resolved: Resolved }, lit: Literal & { at: number }, op: string): string {
    const r = target.resolved;
    const type = r.kind === 'composite' ? ({ kind: 'bool' } as const) : r.field.type;
    const typeText = r.kind === 'composite' ? `bool (${r.alias.description})` : describeType(type);
    const mismatch = (): never => {
      throw new ControlSyntaxError(`type mismatch: '${target.name}' is a ${typeText} but is compared with ${literalText(lit)}`, lit.at);
    };
    const ordering = ['<', '<=', '>', '>='].includes(op);
    if (lit.kind === 'null') {
      if (ordering) mismatch();
      const neverNull = r.kind === 'composite' || type.kind === 'object' || type.kind === 'list' || type.kind === 'map' || (r.field.default !== undefined && r.field.default !== null);
      if (neverNull) throw new ControlSyntaxError(`'${target.name}' is never null (unset values read as the provider default), so comparing it with null is always ${op === '!=' ? 'true' : 'false'}`, lit.at);
      return 'null';
    }
    switch (type.kind) {
      case 'bool':
        if (lit.kind !== 'bool' || ordering) mismatch();
        return String((lit as { value: boolean }).value);
      case 'string':
      case 'timestamp': {
        if (lit.kind !== 'string') return mismatch();
        if (type.kind === 'string' && type.enum && !type.enum.includes(lit.value)) {
          throw new ControlSyntaxError(`'${lit.value}' is not a possible value of '${target.name}' (one of ${type.enum.map((e) => `'${e}'`).join(', ')})`, lit.at);
        }
        return JSON.stringify(lit.value);
      }
      case 'int':
        if (lit.kind !== 'number' || !Number.isInteger(lit.value)) return mismatch();
        return String(lit.value);
      case 'number':
        if (lit.kind !== 'number') return mismatch();
        return Number.isInteger(lit.value) ? `${lit.value}.0` : lit.text;
      case 'json':
        if (lit.kind === 'string') return JSON.stringify(lit.value);
        if (lit.kind === 'number') return Number.isInteger(lit.value) ? `${lit.value}.0` : lit.text;
        return String(lit.value);
      default:
        throw new ControlSyntaxError(`'${target.name}' is a ${typeText}; controls compare single values only (write a CEL policy for lists and objects)`, lit.at);
    }
  }
}

function describeToken(t: Token): string {
  switch (t.kind) {
    case 'end':
      return 'the end of the control';
    case 'path':
      return `'${t.text}'`;
    case 'string':
      return `'${t.value}'`;
    case 'number':
      return t.text;
    default:
      return `'${t.value}'`;
  }
}

/** The CEL expression for one control, or a ControlSyntaxError saying what is wrong and where. */
export function controlToCel(control: string, typeDef: ResourceTypeDef): string {
  const tokens = tokenize(control);
  if (tokens.length === 1) throw new ControlSyntaxError('empty control', 0);
  return new ControlParser(tokens, typeDef).parse();
}
