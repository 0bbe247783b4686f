import type { Attribute, Block, Body, Expression, Range } from '../hcl/ast.js';
import type { ModuleConfig, ParsedFile, ResourceDecl } from './config.js';
import { attr, exprText } from './config.js';
import { policyDocumentJson } from './policy-document.js';
import type { Resolved, Scope, Step } from './evaluate.js';
import { Evaluator, ResolveError } from './evaluate.js';
import type { FunctionContext } from './functions.js';
import type { TfObject, TfValue } from './values.js';
import { EvalError, Ref, Unknown, dictionaryObject, entries, isObject, isUnknown, strictValue, toNum, toStr } from './values.js';

/** Where each attribute and nested block of an instance was written. */
export interface PositionTree {
  file: ParsedFile;
  range: Range;
  attrs: Record<string, Range>;
  blocks: Record<string, PositionTree[]>;
}

/** One resource instance after count/for_each expansion, with its evaluated configuration. */
export interface TfInstance {
  mode: 'managed' | 'data';
  type: string;
  name: string;
  /** `module.m.aws_s3_bucket.b` */
  declAddress: string;
  /** `module.m.aws_s3_bucket.b[0]` */
  address: string;
  config: TfObject;
  positions: PositionTree;
  file: ParsedFile;
  modulePath: string;
}

export interface ModuleHost {
  /** Loads a child module's configuration, or explains why it cannot. */
  loadChild(parent: ModuleConfig, name: string, source: TfValue, modulePath: string): ModuleConfig | { unresolved: string };
  fn(moduleDir: string): FunctionContext;
  warn(message: string, file?: ParsedFile, range?: Range): void;
  renderTemplate: FunctionContext['renderTemplate'];
}

const EVALUATING = Symbol('evaluating');
const META_ARGS = new Set(['count', 'for_each', 'provider', 'depends_on', 'lifecycle', 'provisioner', 'connection']);

/**
 * Shared empty bindings, never written to. A plain object like any other bindings, so names found
 * on Object.prototype resolve exactly as they would with a fresh `{}`.
 */
const NO_BINDINGS: Record<string, TfValue> = {};
const OBJECT_PROTOTYPE_NAMES = new Set(Object.getOwnPropertyNames(Object.prototype));

function keyLabel(k: TfValue): string {
  return typeof k === 'number' ? `[${k}]` : `[${JSON.stringify(String(k))}]`;
}

export class ModuleInstance {
  private readonly localCache = new Map<string, TfValue | typeof EVALUATING>();
  private readonly variableCache = new Map<string, TfValue | ResolveError>();
  private readonly resourceCache = new Map<ResourceDecl, TfInstance[] | typeof EVALUATING>();
  private readonly childCache = new Map<string, ModuleInstance[] | { unresolved: string } | typeof EVALUATING>();
  private readonly childKeys = new Map<string, TfValue[] | undefined>();

  constructor(
    readonly config: ModuleConfig,
    /** `''` for the root, `module.m` or `module.m["k"]` for children. */
    readonly path: string,
    private readonly inputs: Map<string, TfValue>,
    private readonly host: ModuleHost,
  ) {}

  private prefix(): string {
    return this.path ? `${this.path}.` : '';
  }

  private fnContext: FunctionContext | undefined;
  /** Scopes without bindings, one per file: most evaluations use one, and they never change. */
  private readonly fileScopes = new Map<ParsedFile, Scope>();

  scopeFor(file: ParsedFile, bindings: Record<string, TfValue> = NO_BINDINGS): Scope {
    if (bindings === NO_BINDINGS) {
      const cached = this.fileScopes.get(file);
      if (cached) return cached;
    }
    const scope: Scope = {
      fn: (this.fnContext ??= this.host.fn(this.config.dir)),
      text: (n: Expression) => exprText(file, n),
      // `root in NO_BINDINGS` holds exactly for the names on Object.prototype, which resolveRoot
      // answers in its last case: no `in` lookup that misses, on every reference, through the prototype.
      resolve:
        bindings === NO_BINDINGS
          ? (root, steps, node) => this.resolveRoot(root, steps, file, node)
          : (root, steps, node) => {
              if (root in bindings) return { value: bindings[root] as TfValue, used: 0 };
              return this.resolveRoot(root, steps, file, node);
            },
    };
    if (bindings === NO_BINDINGS) this.fileScopes.set(file, scope);
    return scope;
  }

  evaluator(file: ParsedFile, bindings: Record<string, TfValue> = NO_BINDINGS): Evaluator {
    return new Evaluator(this.scopeFor(file, bindings));
  }

  private resolveRoot(root: string, steps: readonly Step[], file: ParsedFile, node: Expression): Resolved | ResolveError {
    const first = steps[0];
    const name = first?.type === 'GetAttr' ? first.name : undefined;
    switch (root) {
      case 'var': {
        if (!name) throw new EvalError(`${exprText(file, node)}: a variable name is required`);
        const value = this.variableOrError(name);
        return value instanceof ResolveError ? value : { value, used: 1 };
      }
      case 'local': {
        if (!name) throw new EvalError(`${exprText(file, node)}: a local name is required`);
        const value = this.localOrError(name);
        return value instanceof ResolveError ? value : { value, used: 1 };
      }
      case 'module':
        if (!name) throw new EvalError(`${exprText(file, node)}: a module name is required`);
        return { value: this.moduleValue(name, file, node), used: 1 };
      case 'path':
        return { value: { module: this.config.dir, root: this.config.dir, cwd: process.cwd() }, used: 0 };
      case 'terraform':
        return { value: { workspace: 'default' }, used: 0 };
      case 'count':
      case 'each':
      case 'self':
        throw new EvalError(`${exprText(file, node)}: '${root}' is only available inside a resource with count or for_each`);
      case 'data': {
        const type = name;
        const second = steps[1];
        if (!type || second?.type !== 'GetAttr') throw new EvalError(`${exprText(file, node)}: expected data.TYPE.NAME`);
        const value = this.resourceValue('data', type, second.name, file, node);
        return value instanceof ResolveError ? value : { value, used: 2 };
      }
      default: {
        // What a scope without bindings gives for these names (see scopeFor); with bindings, they
        // never get here.
        if (OBJECT_PROTOTYPE_NAMES.has(root)) return { value: NO_BINDINGS[root] as TfValue, used: 0 };
        if (!name) throw new EvalError(`${exprText(file, node)}: unknown name '${root}'`);
        const value = this.resourceValue('managed', root, name, file, node);
        return value instanceof ResolveError ? value : { value, used: 1 };
      }
    }
  }

  variable(name: string): TfValue {
    const v = this.variableOrError(name);
    if (v instanceof ResolveError) throw new EvalError(v.message);
    return v;
  }

  /** One lookup for a variable read before: its input, its default, or its undeclared error. */
  private variableOrError(name: string): TfValue | ResolveError {
    const cached = this.variableCache.get(name);
    if (cached !== undefined) return cached;
    let v: TfValue | ResolveError;
    if (this.inputs.has(name)) v = this.inputs.get(name) as TfValue;
    else {
      const decl = this.config.variables.get(name);
      v = decl ? this.variableDefault(name, decl) : new ResolveError(`var.${name} is not declared in ${this.config.dir}`);
    }
    this.variableCache.set(name, v);
    return v;
  }

  private variableDefault(name: string, decl: { block: Block; file: ParsedFile }): TfValue {
    const def = attr(decl.block.body, 'default');
    if (def) return this.evaluator(decl.file).evaluate(def.expr);
    return new Unknown(`var.${name}`, 'the variable has no default and no value was given (use --var or --var-file)');
  }

  local(name: string): TfValue {
    const v = this.localOrError(name);
    if (v instanceof ResolveError) throw new EvalError(v.message);
    return v;
  }

  private localOrError(name: string): TfValue | ResolveError {
    const cached = this.localCache.get(name);
    if (cached === EVALUATING) return new Unknown(`local.${name}`, 'refers to itself');
    if (cached !== undefined) return cached;
    const decl = this.config.locals.get(name);
    if (!decl) return new ResolveError(`local.${name} is not declared`);
    this.localCache.set(name, EVALUATING);
    const v = this.evaluator(decl.file).evaluate(decl.attr.expr);
    this.localCache.set(name, v);
    return v;
  }

  /**
   * Resource and data declarations by type, then name; the first declaration of an address wins.
   * Nested maps rather than one `mode.type.name` key: no string is built per reference.
   */
  private declsByType: { managed: Map<string, Map<string, ResourceDecl>>; data: Map<string, Map<string, ResourceDecl>> } | undefined;
  private findDecl(mode: 'managed' | 'data', type: string, name: string): ResourceDecl | undefined {
    if (!this.declsByType) {
      this.declsByType = { managed: new Map(), data: new Map() };
      for (const r of this.config.resources) {
        const byType = this.declsByType[r.mode];
        let byName = byType.get(r.type);
        if (!byName) byType.set(r.type, (byName = new Map()));
        if (!byName.has(r.name)) byName.set(r.name, r);
      }
    }
    return this.declsByType[mode].get(type)?.get(name);
  }

  /** The value other expressions see for `TYPE.NAME`: an object, a list (count) or a map (for_each). */
  private resourceValue(mode: 'managed' | 'data', type: string, name: string, file: ParsedFile, node: Expression): TfValue | ResolveError {
    const decl = this.findDecl(mode, type, name);
    if (!decl) return ResolveError.at(this.scopeFor(file), node, `no ${mode === 'data' ? 'data source' : 'resource'} ${type}.${name} in this module`);
    const keys = this.expansionKeys(decl.block, decl.file);
    const instances = this.instancesOf(decl);
    if (keys === undefined) return instances[0] ? instanceValue(instances[0]) : null;
    if (isUnknown(keys)) return Unknown.at(this.scopeFor(file), node, `count/for_each of ${type}.${name} is unknown`);
    if (keys.every((k) => typeof k === 'number')) return instances.map(instanceValue);
    const out: TfObject = {};
    instances.forEach((inst, i) => (out[String(keys[i])] = instanceValue(inst)));
    return out;
  }

  /** undefined: no count/for_each; a list of keys otherwise (numbers for count, strings for for_each). */
  expansionKeys(block: Block, file: ParsedFile): TfValue[] | undefined | Unknown {
    // Both found in one pass over the attributes (the first of each name, as attr() would).
    let count: Attribute | undefined;
    let forEach: Attribute | undefined;
    for (const a of block.body.attributes) {
      if (a.name === 'count') count ??= a;
      else if (a.name === 'for_each') forEach ??= a;
    }
    const ev = this.evaluator(file);
    if (count) {
      const v = strictValue(ev.evaluate(count.expr));
      if (isUnknown(v)) return v instanceof Unknown ? v : new Unknown(v.expression, 'count depends on a value known only after apply');
      const n = toNum(v, 'count');
      return Array.from({ length: Math.max(0, Math.min(n, 10_000)) }, (_, i) => i);
    }
    if (forEach) {
      const v = ev.evaluate(forEach.expr);
      if (isUnknown(v)) return v instanceof Unknown ? v : new Unknown(v.expression, 'for_each depends on a value known only after apply');
      if (Array.isArray(v)) return v.map((x) => toStr(strictValue(x) as TfValue, 'a for_each key'));
      if (isObject(v)) return Object.keys(v).sort();
      return [];
    }
    return undefined;
  }

  private forEachValue(block: Block, file: ParsedFile, key: TfValue): TfValue {
    const forEach = attr(block.body, 'for_each');
    if (!forEach) return null;
    const v = this.evaluator(file).evaluate(forEach.expr);
    if (isObject(v)) return v[String(key)] as TfValue;
    return key;
  }

  instancesOf(decl: ResourceDecl): TfInstance[] {
    const cached = this.resourceCache.get(decl);
    if (cached === EVALUATING) throw new EvalError(`${decl.type}.${decl.name} refers to itself`);
    if (cached) return cached;
    this.resourceCache.set(decl, EVALUATING);
    const declAddress = `${this.prefix()}${decl.mode === 'data' ? 'data.' : ''}${decl.type}.${decl.name}`;
    const out: TfInstance[] = [];
    try {
      let keys = this.expansionKeys(decl.block, decl.file);
      if (keys instanceof Unknown) {
        this.host.warn(`${declAddress}: ${keys.reason ?? 'count/for_each is unknown'} (${keys.expression}); evaluated as a single instance`, decl.file, decl.block.range);
        keys = undefined;
      }
      const list = keys === undefined ? [undefined] : keys;
      for (const key of list) {
        let bindings = NO_BINDINGS;
        if (typeof key === 'number') bindings = { count: { index: key } };
        else if (key !== undefined) bindings = { each: { key, value: this.forEachValue(decl.block, decl.file, key) } };
        const ev = this.evaluator(decl.file, bindings);
        const { value, positions } = evaluateBody(decl.block.body, decl.block.range, decl.file, ev, this);
        out.push({
          mode: decl.mode,
          type: decl.type,
          name: decl.name,
          declAddress,
          address: key === undefined ? declAddress : `${declAddress}${keyLabel(key)}`,
          config: value,
          positions,
          file: decl.file,
          modulePath: this.path,
        });
      }
    } finally {
      this.resourceCache.set(decl, out);
    }
    return out;
  }

  /** Child module instances for `module.NAME` (one, or one per count/for_each key). */
  children(name: string): ModuleInstance[] | { unresolved: string } {
    const cached = this.childCache.get(name);
    if (cached === EVALUATING) return { unresolved: `module.${name} refers to itself` };
    if (cached) return cached;
    this.childCache.set(name, EVALUATING);
    const decl = this.config.modules.get(name);
    let result: ModuleInstance[] | { unresolved: string };
    if (!decl) result = { unresolved: `module.${name} is not declared` };
    else {
      const ev = this.evaluator(decl.file);
      const srcAttr = attr(decl.block.body, 'source');
      const source = srcAttr ? ev.evaluate(srcAttr.expr) : null;
      const basePath = `${this.prefix()}module.${name}`;
      const loaded = this.host.loadChild(this.config, name, source, basePath);
      if ('unresolved' in loaded) {
        this.host.warn(`module.${name}: ${loaded.unresolved}; its resources are not scanned`, decl.file, decl.block.range);
        result = loaded;
      } else {
        let keys = this.expansionKeys(decl.block, decl.file);
        if (keys instanceof Unknown) {
          this.host.warn(`module.${name}: count/for_each is unknown (${keys.expression}); evaluated as a single instance`, decl.file, decl.block.range);
          keys = undefined;
        }
        this.childKeys.set(name, keys);
        result = (keys === undefined ? [undefined] : keys).map((key) => {
          const bindings: Record<string, TfValue> = {};
          if (typeof key === 'number') bindings.count = { index: key };
          else if (key !== undefined) bindings.each = { key, value: this.forEachValue(decl.block, decl.file, key) };
          const kev = this.evaluator(decl.file, bindings);
          const inputs = new Map<string, TfValue>();
          for (const a of decl.block.body.attributes) if (!META_ARGS.has(a.name) && a.name !== 'source' && a.name !== 'version' && a.name !== 'providers') inputs.set(a.name, kev.evaluate(a.expr));
          return new ModuleInstance(loaded, key === undefined ? basePath : `${basePath}${keyLabel(key)}`, inputs, this.host);
        });
      }
    }
    this.childCache.set(name, result);
    return result;
  }

  output(name: string): TfValue {
    const decl = this.config.outputs.get(name);
    if (!decl) throw new EvalError(`output ${name} is not declared in ${this.config.dir}`);
    return this.evaluator(decl.file).evaluate(decl.attr.expr);
  }

  private moduleValue(name: string, file: ParsedFile, node: Expression): TfValue {
    const kids = this.children(name);
    if ('unresolved' in kids) return Unknown.at(this.scopeFor(file), node, kids.unresolved);
    const keys = this.childKeys.get(name);
    if (keys === undefined) return kids[0] ? outputsOf(kids[0]) : null;
    if (keys.every((k) => typeof k === 'number')) return kids.map(outputsOf);
    const out: TfObject = {};
    kids.forEach((k, i) => (out[String(keys[i])] = outputsOf(k)));
    return out;
  }

  /** Every resource instance of this module and its descendants. */
  allInstances(): TfInstance[] {
    const out: TfInstance[] = [];
    for (const decl of this.config.resources) {
      try {
        out.push(...this.instancesOf(decl));
      } catch (err) {
        this.host.warn(`${decl.type}.${decl.name}: ${(err as Error).message}`, decl.file, decl.block.range);
      }
    }
    for (const name of this.config.modules.keys()) {
      const kids = this.children(name);
      if (!('unresolved' in kids)) for (const k of kids) out.push(...k.allInstances());
    }
    return out;
  }
}

/** What an expression sees of a child module instance: its outputs. */
function outputsOf(m: ModuleInstance): TfObject {
  const o: TfObject = {};
  for (const out of m.config.outputs.keys()) o[out] = m.output(out);
  return o;
}

/** What an expression sees of one resource instance. */
function instanceValue(i: TfInstance): TfValue {
  return withRefs(
    {
      id: new Ref(i.declAddress, i.address, 'id'),
      arn: new Ref(i.declAddress, i.address, 'arn'),
      ...i.config,
      ...(i.mode === 'data' && i.type === 'aws_iam_policy_document' ? { json: policyDocumentJson(i.config) } : {}),
    },
    i,
  );
}

/** Configured values plus Refs for attributes another resource may read but nobody set. */
function withRefs(config: TfObject, inst: TfInstance): TfObject {
  return new Proxy(config, {
    get(target, prop) {
      if (typeof prop === 'string' && !(prop in target)) return new Ref(inst.declAddress, inst.address, prop);
      return Reflect.get(target, prop) as unknown;
    },
    has(target, prop) {
      return typeof prop === 'string' ? true : Reflect.has(target, prop);
    },
  });
}

/**
 * Evaluates a resource body: attributes to values, nested blocks to lists of objects, `dynamic`
 * blocks expanded. Positions are kept in a parallel tree.
 */
export function evaluateBody(body: Body, range: Range, file: ParsedFile, ev: Evaluator, mod: ModuleInstance): { value: TfObject; positions: PositionTree } {
  const value = dictionaryObject();
  // Positions are only read by adapters, by attribute and block name: records without a prototype
  // are dictionaries from the start, for the same reason as the value.
  const positions: PositionTree = { file, range, attrs: Object.create(null) as Record<string, Range>, blocks: Object.create(null) as Record<string, PositionTree[]> };
  for (const a of body.attributes) {
    if (META_ARGS.has(a.name)) continue;
    value[a.name] = ev.evaluate(a.expr);
    positions.attrs[a.name] = a.range;
  }
  for (const b of body.blocks) {
    if (b.blockType === 'lifecycle' || b.blockType === 'provisioner' || b.blockType === 'connection') continue;
    if (b.blockType === 'dynamic') {
      const kind = b.labels[0]?.value;
      if (!kind) continue;
      const forEach = attr(b.body, 'for_each');
      const iteratorAttr = attr(b.body, 'iterator');
      const iterName = iteratorAttr?.expr.type === 'Variable' ? iteratorAttr.expr.name : kind;
      const content = b.body.blocks.find((x) => x.blockType === 'content');
      if (!forEach || !content) continue;
      const coll = ev.evaluate(forEach.expr);
      const list = (value[kind] ??= []) as TfValue[];
      const plist = (positions.blocks[kind] ??= []);
      if (isUnknown(coll)) {
        list.push(Unknown.at(mod.scopeFor(file), forEach.expr, `dynamic "${kind}" iterates over an unknown collection`));
        plist.push({ file, range: b.range, attrs: {}, blocks: {} });
        continue;
      }
      for (const [k, v] of entries(coll, 'a dynamic block')) {
        const inner = ev.withBindings({ [iterName]: { key: k, value: v } });
        const r = evaluateBody(content.body, content.range, file, inner, mod);
        list.push(r.value);
        plist.push(r.positions);
      }
      continue;
    }
    const r = evaluateBody(b.body, b.range, file, ev, mod);
    ((value[b.blockType] ??= []) as TfValue[]).push(r.value);
    (positions.blocks[b.blockType] ??= []).push(r.positions);
  }
  return { value, positions };
}
