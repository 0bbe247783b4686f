import type { Expression, TemplatePart } from '../hcl/ast.js';
import type { FunctionContext } from './functions.js';
import { callFunction } from './functions.js';
import type { TfValue } from './values.js';
import { EvalError, EvalFailure, Ref, ResolveError, Unknown, deepEqual, dictionaryObject, entries, hasToken, isObject, isUnknown, strictValue, toBool, toNum, toStr, typeName, unknownToken } from './values.js';

/**
 * One step of a traversal after its root. An attribute step is the `GetAttr` syntax node itself
 * (it has the `type` and `name` a step needs), so no object is made per step; an index step holds
 * the evaluated key.
 */
export type Step = { readonly type: 'GetAttr'; readonly name: string } | { readonly type: 'IndexKey'; readonly key: TfValue };

export interface Resolved {
  value: TfValue;
  used: number;
}

/**
 * What an expression can refer to. Roots (`var`, `local`, `module`, `data`, `count`, `each`,
 * `path`, resource types) are resolved lazily: only what is referenced is evaluated.
 */
export interface Scope {
  /**
   * Resolves a root name with the steps that follow it; returns the value and how many steps it
   * used. `node` is the whole traversal, whose text (`text(node)`) names it in messages.
   */
  resolve(root: string, steps: readonly Step[], node: Expression): Resolved | ResolveError;
  fn: FunctionContext;
  /** Source text of a node, for naming unresolved expressions. */
  text(node: Expression): string;
}

const MAX_DEPTH = 200;

export class Evaluator {
  private depth = 0;
  constructor(private readonly scope: Scope) {}

  withScope(scope: Scope): Evaluator {
    return new Evaluator(scope);
  }

  evaluate(node: Expression): TfValue {
    // Literals, the most common leaves, cannot fail or recurse: no depth count or error handling
    // needed, unless the depth cap is reached, where the general path below answers.
    if (this.depth < MAX_DEPTH) {
      switch (node.type) {
        case 'Number':
        case 'Bool':
          return node.value;
        case 'Null':
          return null;
        case 'Template': {
          const parts = node.parts;
          if (parts.length === 0) return '';
          const only = parts[0];
          if (parts.length === 1 && only?.type === 'TemplateLiteral') return only.value;
          break;
        }
        default:
          break;
      }
    }
    if (++this.depth > MAX_DEPTH) {
      this.depth--;
      return Unknown.at(this.scope, node, 'expression nested too deeply');
    }
    try {
      return this.eval(node);
    } catch (err) {
      if (err instanceof EvalError) return EvalFailure.at(this.scope, node, err.message);
      throw err;
    } finally {
      this.depth--;
    }
  }

  private eval(node: Expression): TfValue {
    switch (node.type) {
      case 'Number':
        return node.value;
      case 'Bool':
        return node.value;
      case 'Null':
        return null;
      case 'Template':
        return this.template(node.parts);
      case 'Tuple':
        return node.items.map((x) => this.evaluate(x));
      case 'Object': {
        const out = dictionaryObject();
        for (const item of node.items) {
          // A bare identifier key is its name: no unknown token can be in it.
          if (item.key.type === 'Variable') {
            out[item.key.name] = this.evaluate(item.value);
            continue;
          }
          const key = this.evaluate(item.key);
          if (isUnknown(key)) return Unknown.because(this.scope, node, 'object key ', key);
          out[toStr(strictValue(key) as TfValue, 'an object key')] = this.evaluate(item.value);
        }
        return out;
      }
      case 'Parens':
        return this.evaluate(node.expr);
      case 'Variable':
      case 'GetAttr':
      case 'Index':
        return this.traversal(node);
      case 'SplatItem': {
        const r = this.scope.resolve('__splat__', NO_STEPS, node);
        if (r instanceof ResolveError) throw new EvalError(r.message);
        return r.value;
      }
      case 'Splat':
        return this.splat(node);
      case 'FunctionCall':
        return this.call(node);
      case 'Conditional': {
        const c = strictValue(this.evaluate(node.condition));
        if (isUnknown(c)) {
          const t = this.evaluate(node.trueExpr);
          const f = this.evaluate(node.falseExpr);
          return deepEqual(t, f) ? t : Unknown.because(this.scope, node, 'condition ', c);
        }
        return toBool(c, 'a condition') ? this.evaluate(node.trueExpr) : this.evaluate(node.falseExpr);
      }
      case 'Unary': {
        const v = strictValue(this.evaluate(node.operand));
        if (isUnknown(v)) return Unknown.because(this.scope, node, '', v);
        return node.op === '!' ? !toBool(v) : -toNum(v);
      }
      case 'Binary':
        return this.binary(node);
      case 'For':
        return this.forExpr(node);
    }
  }

  private binary(node: Extract<Expression, { type: 'Binary' }>): TfValue {
    const l = strictValue(this.evaluate(node.left));
    if (node.op === '&&' && l === false) return false;
    if (node.op === '||' && l === true) return true;
    const r = strictValue(this.evaluate(node.right));
    if (node.op === '&&' && r === false) return false;
    if (node.op === '||' && r === true) return true;
    if (l instanceof EvalFailure || r instanceof EvalFailure) return EvalFailure.sameReason(this.scope, node, l instanceof EvalFailure ? l : (r as EvalFailure));
    if (isUnknown(l) || isUnknown(r)) return Unknown.because(this.scope, node, '', isUnknown(l) ? l : (r as Unknown));
    switch (node.op) {
      case '&&':
        return toBool(l) && toBool(r);
      case '||':
        return toBool(l) || toBool(r);
      case '==':
        return deepEqual(l, r);
      case '!=':
        return !deepEqual(l, r);
      case '<':
        return toNum(l) < toNum(r);
      case '<=':
        return toNum(l) <= toNum(r);
      case '>':
        return toNum(l) > toNum(r);
      case '>=':
        return toNum(l) >= toNum(r);
      case '+':
        return toNum(l) + toNum(r);
      case '-':
        return toNum(l) - toNum(r);
      case '*':
        return toNum(l) * toNum(r);
      case '/':
        return toNum(l) / toNum(r);
      case '%':
        return toNum(l) % toNum(r);
    }
  }

  private template(parts: readonly TemplatePart[]): TfValue {
    // A template that is one interpolation keeps the value's type: "${var.list}" is a list.
    if (parts.length === 1 && parts[0]?.type === 'TemplateInterpolation') return this.evaluate(parts[0].expr);
    let out = '';
    for (const p of parts) {
      switch (p.type) {
        case 'TemplateLiteral':
          out += p.value;
          break;
        case 'TemplateInterpolation': {
          const v = this.evaluate(p.expr);
          if (isUnknown(v)) out += unknownToken(v);
          else if (v === null) out += '';
          else out += toStr(v, 'a template');
          break;
        }
        case 'TemplateIf': {
          const c = strictValue(this.evaluate(p.condition));
          if (isUnknown(c)) out += unknownToken(c);
          else {
            const branch = toBool(c) ? p.then : (p.else ?? []);
            const v = this.template(branch);
            out += isUnknown(v) ? unknownToken(v) : toStr(v);
          }
          break;
        }
        case 'TemplateFor': {
          const coll = this.evaluate(p.collection);
          if (isUnknown(coll)) {
            out += unknownToken(coll);
            break;
          }
          for (const [k, v] of entries(coll, 'a template for')) {
            const inner = this.withBindings({ [p.valueVar]: v, ...(p.keyVar ? { [p.keyVar]: k } : {}) });
            const r = inner.template(p.body);
            out += isUnknown(r) ? unknownToken(r) : toStr(r);
          }
          break;
        }
      }
    }
    return out;
  }

  /** A child evaluator with extra names bound (for-expression variables, splat items). */
  withBindings(bindings: Record<string, TfValue>): Evaluator {
    return new Evaluator(new BoundScope(this.scope, bindings));
  }

  private forExpr(node: Extract<Expression, { type: 'For' }>): TfValue {
    const coll = this.evaluate(node.collection);
    if (isUnknown(coll)) return Unknown.because(this.scope, node, '', coll);
    if (coll === null) return Unknown.at(this.scope, node, 'for expression over null');
    const items: TfValue[] = [];
    const obj = dictionaryObject();
    for (const [k, v] of entries(coll, 'a for expression')) {
      const inner = this.withBindings({ [node.valueVar]: v, ...(node.keyVar ? { [node.keyVar]: k } : {}) });
      if (node.condition) {
        const c = strictValue(inner.evaluate(node.condition));
        if (isUnknown(c)) return Unknown.because(this.scope, node, 'filter ', c);
        if (!toBool(c)) continue;
      }
      const value = inner.evaluate(node.valueExpr);
      if (node.object && node.keyExpr) {
        const key = strictValue(inner.evaluate(node.keyExpr));
        if (isUnknown(key)) return Unknown.because(this.scope, node, 'key ', key);
        const ks = toStr(key);
        if (node.grouping) ((obj[ks] ??= []) as TfValue[]).push(value);
        else obj[ks] = value;
      } else items.push(value);
    }
    return node.object ? obj : items;
  }

  private splat(node: Extract<Expression, { type: 'Splat' }>): TfValue {
    const src = this.evaluate(node.source);
    if (isUnknown(src)) return Unknown.because(this.scope, node, '', src);
    const list = src === null ? [] : Array.isArray(src) ? src : isObject(src) && node.full ? [src] : [src];
    return list.map((item) => this.withBindings({ __splat__: item }).evaluate(node.each));
  }

  private call(node: Extract<Expression, { type: 'FunctionCall' }>): TfValue {
    if (node.name === 'try') {
      for (const a of node.args) {
        const v = this.evaluate(a);
        if (v instanceof EvalFailure) continue; // an error: try the next one
        return v;
      }
      return EvalFailure.at(this.scope, node, 'no argument of try() could be evaluated');
    }
    if (node.name === 'can') {
      const v = node.args[0] ? this.evaluate(node.args[0]) : null;
      if (v instanceof EvalFailure) return false;
      return isUnknown(v) ? Unknown.at(this.scope, node, 'argument is unknown') : true;
    }
    let args = node.args.map((a) => this.evaluate(a));
    if (node.expandFinal && args.length) {
      const last = args[args.length - 1] as TfValue;
      if (isUnknown(last)) return Unknown.because(this.scope, node, '', last);
      if (!Array.isArray(last)) throw new EvalError(`cannot expand a ${typeName(last)} with ...`);
      args = [...args.slice(0, -1), ...last];
    }
    return callFunction(node.name, args, this.scope.fn, this.scope, node);
  }

  /** The steps of a traversal with index keys, root first; keys are evaluated in that order. */
  private stepsWithKeys(node: Expression): Step[] {
    const pending: Expression[] = [];
    let cur = node;
    for (;;) {
      if (cur.type === 'GetAttr') {
        pending.push(cur);
        cur = cur.object;
      } else if (cur.type === 'Index') {
        pending.push(cur);
        cur = cur.collection;
      } else break;
    }
    const steps: Step[] = [];
    for (let i = pending.length - 1; i >= 0; i--) {
      const p = pending[i] as Expression;
      if (p.type === 'GetAttr') steps.push(p);
      else if (p.type === 'Index') steps.push({ type: 'IndexKey', key: strictValue(this.evaluate(p.key)) });
    }
    return steps;
  }

  private traversal(node: Expression): TfValue {
    let cur: Expression = node;
    let count = 0;
    let indexed = false;
    for (;;) {
      if (cur.type === 'GetAttr') cur = cur.object;
      else if (cur.type === 'Index') {
        cur = cur.collection;
        indexed = true;
      } else break;
      count++;
    }
    const steps = indexed ? this.stepsWithKeys(node) : attrSteps(node, count);
    let value: TfValue;
    let used = 0;
    if (cur.type === 'Variable') {
      const r = this.scope.resolve(cur.name, steps, node);
      // What evaluate() would make of the same error thrown from here.
      if (r instanceof ResolveError) return EvalFailure.sameReason(this.scope, node, r);
      value = r.value;
      used = r.used;
    } else value = this.evaluate(cur);
    // The node's text is only needed for a message: computed there, not per traversal.
    for (let i = used; i < steps.length; i++) value = applyStep(value, steps[i] as Step, this.scope, node);
    return value;
  }
}

const NO_STEPS: readonly Step[] = [];

/** A scope with extra names bound (for-expression variables, splat items) over its parent. */
class BoundScope implements Scope {
  readonly fn: FunctionContext;
  constructor(
    private readonly parent: Scope,
    private readonly bindings: Record<string, TfValue>,
  ) {
    this.fn = parent.fn;
  }

  text(node: Expression): string {
    return this.parent.text(node);
  }

  resolve(root: string, steps: readonly Step[], node: Expression): Resolved | ResolveError {
    return root in this.bindings ? { value: this.bindings[root] as TfValue, used: 0 } : this.parent.resolve(root, steps, node);
  }
}

/** The steps of a traversal made only of attribute names (`var.a.b`), root first. */
function attrSteps(node: Expression, count: number): Step[] {
  const steps = new Array<Step>(count);
  let cur = node;
  for (let i = count - 1; i >= 0 && cur.type === 'GetAttr'; i--) {
    steps[i] = cur;
    cur = cur.object;
  }
  return steps;
}

export function applyStep(value: TfValue, step: Step, scope: Scope, node: Expression): TfValue {
  if (value instanceof Ref) return new Ref(value.address, value.instance, `${value.attribute}.${step.type === 'GetAttr' ? step.name : String(step.key)}`);
  if (isUnknown(value)) return value;
  if (step.type === 'GetAttr') {
    if (isObject(value)) {
      if (step.name in value) return value[step.name] as TfValue;
      throw new EvalError(`${scope.text(node)}: no attribute "${step.name}"`);
    }
    if (Array.isArray(value) && value.length === 1 && isObject(value[0])) return applyStep(value[0], step, scope, node);
    throw new EvalError(`${scope.text(node)}: cannot read attribute "${step.name}" of a ${typeName(value)}`);
  }
  const key = step.key;
  if (isUnknown(key)) return Unknown.because(scope, node, 'index ', key);
  if (Array.isArray(value)) {
    const i = toNum(key, 'an index');
    if (i < 0 || i >= value.length) throw new EvalError(`${scope.text(node)}: index ${i} out of range (length ${value.length})`);
    return value[i] as TfValue;
  }
  if (isObject(value)) {
    const k = toStr(key, 'a key');
    if (k in value) return value[k] as TfValue;
    throw new EvalError(`${scope.text(node)}: no key "${k}"`);
  }
  throw new EvalError(`${scope.text(node)}: cannot index a ${typeName(value)}`);
}

export { ResolveError, hasToken };
