import { isUnknownMarker } from '../../../core/index.js';
import type { MapEntry, TreeNode } from '../common/index.js';
import { mapGet } from '../common/index.js';
import { cidrSubnets } from './cidr.js';
import type { EvalObject, EvalValue } from './values.js';
import { NO_VALUE, ResourceRef, isEvalObject, sameValue, unresolved } from './values.js';

/**
 * Evaluates CloudFormation intrinsic functions over the positioned tree, in both the YAML short
 * form (`!Ref`, `!If`) and the long form (`Fn::If`). Whatever cannot be decided from the template
 * and the given parameters becomes an unknown marker naming the expression: never a guess.
 */

export const PSEUDO_PARAMETERS = [
  'AWS::AccountId',
  'AWS::Region',
  'AWS::StackName',
  'AWS::StackId',
  'AWS::Partition',
  'AWS::URLSuffix',
  'AWS::NotificationARNs',
] as const;

export interface EvalEnv {
  /** Resolved template parameters (known values or unknown markers). */
  parameters: ReadonlyMap<string, EvalValue>;
  /** Pseudo parameters that were given; the others are unknown. */
  pseudo: ReadonlyMap<string, EvalValue>;
  mappings: TreeNode | undefined;
  conditions: TreeNode | undefined;
  /** Logical ids of the resources that exist after conditions. */
  resources: ReadonlySet<string>;
  /** Resources removed because their condition is false. */
  dropped: ReadonlySet<string>;
}

const SHORT_TAGS: Record<string, string> = {
  '!Ref': 'Ref',
  '!Condition': 'Condition',
  '!Sub': 'Fn::Sub',
  '!GetAtt': 'Fn::GetAtt',
  '!If': 'Fn::If',
  '!Join': 'Fn::Join',
  '!Select': 'Fn::Select',
  '!Split': 'Fn::Split',
  '!FindInMap': 'Fn::FindInMap',
  '!Base64': 'Fn::Base64',
  '!Cidr': 'Fn::Cidr',
  '!GetAZs': 'Fn::GetAZs',
  '!ImportValue': 'Fn::ImportValue',
  '!Equals': 'Fn::Equals',
  '!And': 'Fn::And',
  '!Or': 'Fn::Or',
  '!Not': 'Fn::Not',
  '!Transform': 'Fn::Transform',
  '!Length': 'Fn::Length',
  '!ToJsonString': 'Fn::ToJsonString',
};

export const SUPPORTED_INTRINSICS: readonly string[] = Object.values(SHORT_TAGS);
/** The YAML short-form tags, for the parser. */
export const SHORT_FORM_TAGS: readonly string[] = Object.keys(SHORT_TAGS);

/** The intrinsic a node calls, if any, and its argument node. */
export function intrinsicOf(node: TreeNode, allowCondition = false): { fn: string; arg: TreeNode; line: number } | undefined {
  if (node.tag) {
    const fn = SHORT_TAGS[node.tag] ?? (node.tag.startsWith('!') ? `Fn::${node.tag.slice(1)}` : node.tag);
    const { tag: _tag, ...rest } = node;
    return { fn, arg: rest as TreeNode, line: node.line };
  }
  if (node.kind === 'map' && node.entries.length === 1) {
    const e = node.entries[0] as MapEntry;
    if (e.key === 'Ref' || e.key.startsWith('Fn::') || (allowCondition && e.key === 'Condition')) return { fn: e.key, arg: e.value, line: node.line };
  }
  return undefined;
}

/** Short text of an expression for unknown markers, e.g. `!If [IsProd, ..., ...]`. */
export function describeNode(node: TreeNode, budget = 120): string {
  const text = render(node, 3);
  return text.length > budget ? `${text.slice(0, budget - 3)}...` : text;
}

function render(node: TreeNode, depth: number): string {
  const call = intrinsicOf(node, true);
  if (call) {
    const short = call.fn === 'Ref' || call.fn === 'Condition' ? call.fn : call.fn.replace(/^Fn::/, '');
    return `!${short} ${depth > 0 ? render(call.arg, depth - 1) : '...'}`;
  }
  switch (node.kind) {
    case 'scalar':
      return typeof node.value === 'string' ? (/^[\w:./${}-]*$/.test(node.value) ? node.value : JSON.stringify(node.value)) : String(node.value);
    case 'seq':
      return depth > 0 ? `[${node.items.map((i) => render(i, depth - 1)).join(', ')}]` : '[...]';
    case 'map':
      return depth > 0 ? `{${node.entries.map((e) => `${e.key}: ${render(e.value, depth - 1)}`).join(', ')}}` : '{...}';
  }
}

/** Records the line of each property path met while evaluating (for attributeLines). */
export type LineSink = (path: string, line: number) => void;

export class CfnEvaluator {
  private readonly conditionCache = new Map<string, boolean | undefined>();
  private readonly conditionStack = new Set<string>();

  constructor(private readonly env: EvalEnv) {}

  /** Evaluates a property value. `path` names it for the line sink (`VersioningConfiguration.Status`). */
  value(node: TreeNode, path = '', lines?: LineSink): EvalValue {
    const call = intrinsicOf(node);
    if (call) return this.call(call.fn, call.arg, node, path, lines);
    switch (node.kind) {
      case 'scalar':
        if (typeof node.value === 'string' && node.value.includes('{{resolve:')) {
          return unresolved(node.value, 'dynamic reference resolved at deploy time');
        }
        return node.value;
      case 'seq': {
        const out: EvalValue[] = [];
        for (const item of node.items) {
          const p = join(path, String(out.length));
          lines?.(p, item.line);
          const v = this.value(item, p, lines);
          if (v !== NO_VALUE) out.push(v);
        }
        return out;
      }
      case 'map': {
        const out: EvalObject = {};
        for (const e of node.entries) {
          const p = join(path, e.key);
          lines?.(p, e.keyLine);
          const v = this.value(e.value, p, lines);
          if (v !== NO_VALUE) out[e.key] = v;
        }
        return out;
      }
    }
  }

  /** Tri-state value of a named condition: undefined when it cannot be decided. */
  condition(name: string): boolean | undefined {
    if (this.conditionCache.has(name)) return this.conditionCache.get(name);
    const def = mapGet(this.env.conditions, name);
    if (!def || this.conditionStack.has(name)) return undefined;
    this.conditionStack.add(name);
    const result = this.bool(def.value);
    this.conditionStack.delete(name);
    this.conditionCache.set(name, result);
    return result;
  }

  /** Tri-state value of a condition expression (`!Equals`, `!And`, `!Or`, `!Not`, `!Condition`). */
  bool(node: TreeNode): boolean | undefined {
    const call = intrinsicOf(node, true);
    if (!call) {
      const v = this.value(node);
      if (typeof v === 'boolean') return v;
      if (v === 'true' || v === 'false') return v === 'true';
      return undefined;
    }
    const args = call.arg.kind === 'seq' ? call.arg.items : [call.arg];
    switch (call.fn) {
      case 'Condition':
        return call.arg.kind === 'scalar' ? this.condition(String(call.arg.value)) : undefined;
      case 'Fn::Not': {
        const v = args[0] ? this.bool(args[0]) : undefined;
        return v === undefined ? undefined : !v;
      }
      case 'Fn::And': {
        const vs = args.map((a) => this.bool(a));
        if (vs.includes(false)) return false;
        return vs.includes(undefined) ? undefined : true;
      }
      case 'Fn::Or': {
        const vs = args.map((a) => this.bool(a));
        if (vs.includes(true)) return true;
        return vs.includes(undefined) ? undefined : false;
      }
      case 'Fn::Equals': {
        if (args.length !== 2) return undefined;
        const x = this.value(args[0] as TreeNode);
        const y = this.value(args[1] as TreeNode);
        if (x instanceof ResourceRef || y instanceof ResourceRef) return sameValue(x, y) ? true : undefined;
        if (!isComparable(x) || !isComparable(y)) return undefined;
        return String(x) === String(y);
      }
      default: {
        const v = this.value(node);
        return typeof v === 'boolean' ? v : undefined;
      }
    }
  }

  private call(fn: string, arg: TreeNode, node: TreeNode, path: string, lines?: LineSink): EvalValue {
    const expr = (): string => describeNode(node);
    switch (fn) {
      case 'Ref':
        return this.ref(arg, expr);
      case 'Fn::GetAtt':
        return this.getAtt(arg, expr);
      case 'Fn::If': {
        if (arg.kind !== 'seq' || arg.items.length !== 3) return unresolved(expr(), 'Fn::If takes [condition, then, else]');
        const [c, a, b] = arg.items as [TreeNode, TreeNode, TreeNode];
        const cond = c.kind === 'scalar' ? this.condition(String(c.value)) : undefined;
        if (cond === true) return this.value(a, path, lines);
        if (cond === false) return this.value(b, path, lines);
        const va = this.value(a, path, lines);
        const vb = this.value(b);
        return sameValue(va, vb) ? va : unresolved(expr(), `condition ${render(c, 0)} cannot be decided`);
      }
      case 'Fn::Sub':
        return this.sub(arg, expr);
      case 'Fn::Join': {
        if (arg.kind !== 'seq' || arg.items.length !== 2) return unresolved(expr(), 'Fn::Join takes [delimiter, list]');
        const delim = this.value(arg.items[0] as TreeNode);
        const list = this.value(arg.items[1] as TreeNode);
        if (typeof delim !== 'string' || !Array.isArray(list)) return unresolved(expr());
        const parts: string[] = [];
        for (const item of list) {
          const s = stringPart(item);
          if (s === undefined) return unresolved(expr());
          parts.push(s);
        }
        return parts.join(delim);
      }
      case 'Fn::Select': {
        if (arg.kind !== 'seq' || arg.items.length !== 2) return unresolved(expr(), 'Fn::Select takes [index, list]');
        const index = Number(this.value(arg.items[0] as TreeNode));
        const list = this.value(arg.items[1] as TreeNode);
        if (!Array.isArray(list) || !Number.isInteger(index) || index < 0 || index >= list.length) return unresolved(expr());
        return list[index] as EvalValue;
      }
      case 'Fn::Split': {
        if (arg.kind !== 'seq' || arg.items.length !== 2) return unresolved(expr(), 'Fn::Split takes [delimiter, string]');
        const delim = this.value(arg.items[0] as TreeNode);
        const s = this.value(arg.items[1] as TreeNode);
        if (typeof delim !== 'string' || delim === '' || typeof s !== 'string') return unresolved(expr());
        return s.split(delim);
      }
      case 'Fn::FindInMap':
        return this.findInMap(arg, expr);
      case 'Fn::Base64': {
        const v = this.value(arg);
        const s = isComparable(v) ? String(v) : undefined;
        return s === undefined ? unresolved(expr()) : Buffer.from(s, 'utf8').toString('base64');
      }
      case 'Fn::Cidr': {
        if (arg.kind !== 'seq' || arg.items.length !== 3) return unresolved(expr(), 'Fn::Cidr takes [ipBlock, count, cidrBits]');
        const [b, c, bits] = arg.items.map((i) => this.value(i)) as [EvalValue, EvalValue, EvalValue];
        if (typeof b !== 'string' || !isComparable(c) || !isComparable(bits)) return unresolved(expr());
        return cidrSubnets(b, Number(c), Number(bits)) ?? unresolved(expr(), 'invalid Fn::Cidr arguments');
      }
      case 'Fn::GetAZs':
        return unresolved(expr(), 'availability zones are known only at deploy time');
      case 'Fn::ImportValue':
        return unresolved(expr(), 'exports of other stacks are not read');
      case 'Fn::Transform':
        return unresolved(expr(), 'macros are not expanded');
      case 'Fn::Equals':
      case 'Fn::And':
      case 'Fn::Or':
      case 'Fn::Not':
      case 'Condition': {
        const b = this.bool(node);
        return b === undefined ? unresolved(expr(), 'condition cannot be decided') : b;
      }
      case 'Fn::Length': {
        const v = this.value(arg);
        return Array.isArray(v) ? v.length : unresolved(expr());
      }
      case 'Fn::ToJsonString': {
        const v = this.value(arg);
        return containsOpaque(v) ? unresolved(expr()) : JSON.stringify(v);
      }
      default:
        return unresolved(expr(), `${fn} is not supported`);
    }
  }

  private ref(arg: TreeNode, expr: () => string): EvalValue {
    const name = arg.kind === 'scalar' ? String(arg.value) : undefined;
    if (name === undefined) return unresolved(expr(), 'Ref takes a name');
    return this.lookupName(name, expr);
  }

  private lookupName(name: string, expr: () => string): EvalValue {
    if (name === 'AWS::NoValue') return NO_VALUE;
    const param = this.env.parameters.get(name);
    if (param !== undefined) return param;
    if (name.startsWith('AWS::')) return this.env.pseudo.get(name) ?? unresolved(expr(), `pseudo parameter ${name} was not given`);
    if (this.env.resources.has(name)) return new ResourceRef(name);
    if (this.env.dropped.has(name)) return unresolved(expr(), `resource ${name} is removed by its condition`);
    return unresolved(expr(), `no parameter or resource named ${name}`);
  }

  private getAtt(arg: TreeNode, expr: () => string): EvalValue {
    let resource: EvalValue;
    let attribute: EvalValue;
    if (arg.kind === 'scalar' && typeof arg.value === 'string') {
      const dot = arg.value.indexOf('.');
      if (dot < 0) return unresolved(expr(), 'GetAtt takes Resource.Attribute');
      resource = arg.value.slice(0, dot);
      attribute = arg.value.slice(dot + 1);
    } else if (arg.kind === 'seq' && arg.items.length === 2) {
      resource = this.value(arg.items[0] as TreeNode);
      attribute = this.value(arg.items[1] as TreeNode);
    } else return unresolved(expr(), 'GetAtt takes [Resource, Attribute]');
    if (typeof resource !== 'string' || typeof attribute !== 'string') return unresolved(expr());
    if (this.env.resources.has(resource)) return new ResourceRef(resource, attribute);
    if (this.env.dropped.has(resource)) return unresolved(expr(), `resource ${resource} is removed by its condition`);
    return unresolved(expr(), `no resource named ${resource}`);
  }

  private sub(arg: TreeNode, expr: () => string): EvalValue {
    let template: EvalValue;
    let vars: EvalObject = {};
    if (arg.kind === 'seq') {
      if (arg.items.length !== 2) return unresolved(expr(), 'Fn::Sub takes a string or [string, variables]');
      template = this.value(arg.items[0] as TreeNode);
      const v = this.value(arg.items[1] as TreeNode);
      if (!isEvalObject(v)) return unresolved(expr());
      vars = v;
    } else template = this.value(arg);
    if (typeof template !== 'string') return unresolved(expr());
    let out = '';
    let last = 0;
    const re = /\$\{([^}]*)\}/g;
    for (let m = re.exec(template); m; m = re.exec(template)) {
      out += template.slice(last, m.index);
      last = m.index + m[0].length;
      const name = (m[1] as string).trim();
      if (name.startsWith('!')) {
        out += `\${${name.slice(1)}}`;
        continue;
      }
      let v: EvalValue;
      if (name in vars) v = vars[name] as EvalValue;
      else if (!name.startsWith('AWS::') && name.includes('.') && !this.env.parameters.has(name)) {
        const dot = name.indexOf('.');
        const res = name.slice(0, dot);
        v = this.env.resources.has(res) ? new ResourceRef(res, name.slice(dot + 1)) : unresolved(expr(), `no resource named ${res}`);
      } else v = this.lookupName(name, expr);
      const s = stringPart(v);
      if (s === undefined) return isUnknownMarker(v) ? unresolved(expr(), `\${${name}} is unknown`) : unresolved(expr());
      out += s;
    }
    return out + template.slice(last);
  }

  private findInMap(arg: TreeNode, expr: () => string): EvalValue {
    if (arg.kind !== 'seq' || arg.items.length < 3 || arg.items.length > 4) return unresolved(expr(), 'Fn::FindInMap takes [map, key, key]');
    const keys = arg.items.slice(0, 3).map((i) => this.value(i));
    let fallback: EvalValue | undefined;
    if (arg.items[3]) {
      const opts = this.value(arg.items[3]);
      if (isEvalObject(opts) && 'DefaultValue' in opts) fallback = opts.DefaultValue;
    }
    if (!keys.every(isComparable)) return unresolved(expr());
    const [m, k1, k2] = keys.map(String) as [string, string, string];
    const hit = mapGet(mapGet(mapGet(this.env.mappings, m)?.value, k1)?.value, k2);
    if (hit) return this.value(hit.value);
    return fallback ?? unresolved(expr(), `no entry ${m}.${k1}.${k2} in Mappings`);
  }
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

function isComparable(v: EvalValue): v is string | number | boolean {
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
}

/** Text of one piece of a joined or substituted string; references keep their `${Name}` form. */
function stringPart(v: EvalValue): string | undefined {
  if (v instanceof ResourceRef) return v.render();
  if (isComparable(v)) return String(v);
  return undefined;
}

function containsOpaque(v: EvalValue): boolean {
  if (v instanceof ResourceRef || v === NO_VALUE || isUnknownMarker(v)) return true;
  if (Array.isArray(v)) return v.some(containsOpaque);
  if (isEvalObject(v)) return Object.values(v).some(containsOpaque);
  return false;
}

