/**
 * A small evaluator for CloudWatch Logs JSON filter patterns (`{ ($.eventName = "StopLogging") || ... }`),
 * enough to tell whether a metric filter on a CloudTrail log group catches a given CloudTrail event.
 * Supported: `$.path` selectors with dots and `[n]` indexes, `=` / `!=` with quoted or bare values
 * and `*` wildcards, numeric `<`, `<=`, `>`, `>=`, `NOT EXISTS`, `EXISTS`, `IS NULL`, `IS TRUE`,
 * `IS FALSE`, `&&`, `||` (`&&` binds tighter) and parentheses. Anything else (space-delimited or
 * plain-text patterns) is reported as not understood, so such a filter never counts as monitoring.
 */

export type Event = Record<string, unknown>;

type Node =
  | { op: 'and' | 'or'; left: Node; right: Node }
  | { op: 'cmp'; path: string[]; cmp: '=' | '!=' | '<' | '<=' | '>' | '>='; value: string | number }
  | { op: 'exists'; path: string[]; negate: boolean }
  | { op: 'null'; path: string[] }
  | { op: 'bool'; path: string[]; value: boolean };

export type ParsedPattern = { ok: true; match(event: Event): boolean } | { ok: false; error: string };

const TOKEN_RE = /\s*(\|\||&&|!=|<=|>=|=|<|>|\(|\)|\{|\}|"(?:[^"\\]|\\.)*"|\$(?:\.[A-Za-z0-9_\-@]+|\[\d+\])+|[^\s()=!<>&|{}"]+)/y;

function tokenize(text: string): string[] | string {
  const out: string[] = [];
  TOKEN_RE.lastIndex = 0;
  let pos = 0;
  while (pos < text.length) {
    if (/^\s*$/.test(text.slice(pos))) break;
    TOKEN_RE.lastIndex = pos;
    const m = TOKEN_RE.exec(text);
    if (!m || m[1] === undefined) return `unexpected character at offset ${pos}`;
    out.push(m[1]);
    pos = TOKEN_RE.lastIndex;
  }
  return out;
}

function pathOf(token: string): string[] {
  return token
    .slice(1)
    .split(/\.|\[(\d+)\]/)
    .filter((s) => s !== undefined && s !== '');
}

class Parser {
  private i = 0;
  constructor(private readonly tokens: string[]) {}

  private peek(): string | undefined {
    return this.tokens[this.i];
  }
  private next(): string {
    const t = this.tokens[this.i++];
    if (t === undefined) throw new Error('unexpected end of pattern');
    return t;
  }
  private expect(t: string): void {
    const got = this.next();
    if (got !== t) throw new Error(`expected '${t}', got '${got}'`);
  }

  parse(): Node {
    this.expect('{');
    const node = this.or();
    this.expect('}');
    if (this.i !== this.tokens.length) throw new Error(`unexpected '${this.peek() ?? ''}' after the closing brace`);
    return node;
  }

  private or(): Node {
    let left = this.and();
    while (this.peek() === '||') {
      this.next();
      left = { op: 'or', left, right: this.and() };
    }
    return left;
  }

  private and(): Node {
    let left = this.primary();
    while (this.peek() === '&&') {
      this.next();
      left = { op: 'and', left, right: this.primary() };
    }
    return left;
  }

  private primary(): Node {
    const t = this.next();
    if (t === '(') {
      const inner = this.or();
      this.expect(')');
      return inner;
    }
    if (!t.startsWith('$')) throw new Error(`expected a $. selector, got '${t}'`);
    const path = pathOf(t);
    const op = this.next();
    const upper = op.toUpperCase();
    if (upper === 'NOT') {
      if (this.next().toUpperCase() !== 'EXISTS') throw new Error('expected EXISTS after NOT');
      return { op: 'exists', path, negate: true };
    }
    if (upper === 'EXISTS') return { op: 'exists', path, negate: false };
    if (upper === 'IS') {
      const what = this.next().toUpperCase();
      if (what === 'NULL') return { op: 'null', path };
      if (what === 'TRUE' || what === 'FALSE') return { op: 'bool', path, value: what === 'TRUE' };
      throw new Error(`unsupported IS ${what}`);
    }
    if (!['=', '!=', '<', '<=', '>', '>='].includes(op)) throw new Error(`unsupported operator '${op}'`);
    const raw = this.next();
    let value: string | number;
    if (raw.startsWith('"')) value = raw.slice(1, -1).replace(/\\(.)/g, '$1');
    else if (/^-?\d+(\.\d+)?$/.test(raw)) value = Number(raw);
    else value = raw;
    if (op !== '=' && op !== '!=' && typeof value !== 'number') throw new Error(`'${op}' needs a number`);
    return { op: 'cmp', path, cmp: op as '=' | '!=' | '<' | '<=' | '>' | '>=', value };
  }
}

function lookup(event: unknown, path: readonly string[]): { found: boolean; value?: unknown } {
  let cur: unknown = event;
  for (const seg of path) {
    if (Array.isArray(cur) && /^\d+$/.test(seg)) cur = cur[Number(seg)];
    else if (cur && typeof cur === 'object' && !Array.isArray(cur) && seg in cur) cur = (cur as Record<string, unknown>)[seg];
    else return { found: false };
    if (cur === undefined) return { found: false };
  }
  return { found: true, value: cur };
}

function wildcard(pattern: string): RegExp {
  return new RegExp(`^${pattern.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
}

function equals(actual: unknown, expected: string | number): boolean {
  if (actual === undefined || actual === null || typeof actual === 'object') return false;
  if (typeof expected === 'number') return Number(actual) === expected;
  return wildcard(expected).test(String(actual));
}

function evaluate(node: Node, event: Event): boolean {
  switch (node.op) {
    case 'and':
      return evaluate(node.left, event) && evaluate(node.right, event);
    case 'or':
      return evaluate(node.left, event) || evaluate(node.right, event);
    case 'exists': {
      const found = lookup(event, node.path).found;
      return node.negate ? !found : found;
    }
    case 'null': {
      const r = lookup(event, node.path);
      return r.found && r.value === null;
    }
    case 'bool':
      return lookup(event, node.path).value === node.value;
    case 'cmp': {
      const { found, value } = lookup(event, node.path);
      if (node.cmp === '=') return found && equals(value, node.value);
      if (node.cmp === '!=') return !found || !equals(value, node.value);
      if (!found || typeof node.value !== 'number') return false;
      const n = Number(value);
      if (Number.isNaN(n)) return false;
      return node.cmp === '<' ? n < node.value : node.cmp === '<=' ? n <= node.value : node.cmp === '>' ? n > node.value : n >= node.value;
    }
  }
}

/** Parses a JSON filter pattern; a pattern this evaluator does not understand is reported, not guessed. */
export function parseFilterPattern(text: string): ParsedPattern {
  const tokens = tokenize(text);
  if (typeof tokens === 'string') return { ok: false, error: tokens };
  if (tokens[0] !== '{') return { ok: false, error: 'not a JSON filter pattern (it does not start with {)' };
  try {
    const node = new Parser(tokens).parse();
    return { ok: true, match: (event) => evaluate(node, event) };
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}
