import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, resolve } from 'node:path';
import type { Expression } from '../hcl/ast.js';
import type { NodeText, TfObject, TfValue } from './values.js';
import { EvalError, EvalFailure, Unknown, deepEqual, findUnknown, hasToken, isObject, isUnknown, toBool, toNum, toStr, typeName, unknownToken } from './values.js';

export interface FunctionContext {
  /** Directory of the module, for file() and templatefile(). */
  moduleDir: string;
  /** The scan root: file() never reads outside it. */
  root: string;
  /** Renders a template file with variables (templatefile). */
  renderTemplate: (text: string, vars: TfObject, file: string) => TfValue;
}

type Fn = (args: TfValue[], ctx: FunctionContext) => TfValue;

const MAX_FILE_BYTES = 1024 * 1024;

function arity(name: string, args: TfValue[], min: number, max = min): void {
  if (args.length < min || args.length > max) {
    throw new EvalError(`${name}() takes ${min === max ? min : `${min} to ${max}`} argument(s), got ${args.length}`);
  }
}

function list(v: TfValue, fn: string): TfValue[] {
  if (Array.isArray(v)) return v;
  throw new EvalError(`${fn}() needs a list, got ${typeName(v)}`);
}

function obj(v: TfValue, fn: string): TfObject {
  if (isObject(v)) return v;
  throw new EvalError(`${fn}() needs a map or object, got ${typeName(v)}`);
}

function uniq(xs: TfValue[]): TfValue[] {
  const out: TfValue[] = [];
  for (const x of xs) if (!out.some((y) => deepEqual(x, y))) out.push(x);
  return out;
}

/** Terraform's format verbs: %s %d %f %q %v %t %%, with widths. */
export function formatString(fmt: string, args: TfValue[]): string {
  let i = 0;
  return fmt.replace(/%([-+ #0]*)(\d+)?(?:\.(\d+))?([sdfqvtxXobeE%])/g, (_m, flags: string, width: string | undefined, prec: string | undefined, verb: string) => {
    if (verb === '%') return '%';
    const arg = args[i++];
    if (arg === undefined) throw new EvalError(`format() has too few arguments for "${fmt}"`);
    let s: string;
    switch (verb) {
      case 'd':
        s = String(Math.trunc(toNum(arg)));
        break;
      case 'f':
        s = toNum(arg).toFixed(prec ? Number(prec) : 6);
        break;
      case 'e':
      case 'E':
        s = toNum(arg).toExponential(prec ? Number(prec) : 6);
        break;
      case 'x':
      case 'X':
        s = Math.trunc(toNum(arg)).toString(16);
        if (verb === 'X') s = s.toUpperCase();
        break;
      case 'o':
        s = Math.trunc(toNum(arg)).toString(8);
        break;
      case 'b':
        s = Math.trunc(toNum(arg)).toString(2);
        break;
      case 'q':
        s = JSON.stringify(toStr(arg));
        break;
      case 't':
        s = String(toBool(arg));
        break;
      case 'v':
        s = typeof arg === 'object' && arg !== null ? JSON.stringify(arg) : toStr(arg);
        break;
      default:
        s = toStr(arg);
    }
    if (width && s.length < Number(width)) s = flags.includes('-') ? s.padEnd(Number(width)) : s.padStart(Number(width), flags.includes('0') ? '0' : ' ');
    return s;
  });
}

function ipToInt(ip: string): number {
  const p = ip.split('.').map(Number);
  if (p.length !== 4 || p.some((x) => !Number.isInteger(x) || x < 0 || x > 255)) throw new EvalError(`'${ip}' is not an IPv4 address`);
  return (((p[0] as number) << 24) >>> 0) + ((p[1] as number) << 16) + ((p[2] as number) << 8) + (p[3] as number);
}
function intToIp(n: number): string {
  return [24, 16, 8, 0].map((s) => (n >>> s) & 255).join('.');
}
function parseCidr(c: string): { base: number; bits: number } {
  const [ip, bitsStr] = c.split('/');
  const bits = Number(bitsStr);
  if (!ip || !Number.isInteger(bits) || bits < 0 || bits > 32) throw new EvalError(`'${c}' is not an IPv4 CIDR block (IPv6 is not supported by this evaluator)`);
  const mask = bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
  return { base: (ipToInt(ip) & mask) >>> 0, bits };
}
function cidrsubnet(prefix: string, newbits: number, netnum: number): string {
  const { base, bits } = parseCidr(prefix);
  const nb = bits + newbits;
  if (nb > 32) throw new EvalError(`cidrsubnet(): ${newbits} new bits exceed 32 for ${prefix}`);
  if (netnum < 0 || netnum >= 2 ** newbits) throw new EvalError(`cidrsubnet(): network number ${netnum} does not fit in ${newbits} bits`);
  return `${intToIp((base + netnum * 2 ** (32 - nb)) >>> 0)}/${nb}`;
}

function readModuleFile(path: TfValue, ctx: FunctionContext, fn: string): { text: string; file: string } {
  const p = toStr(path);
  const file = isAbsolute(p) ? p : resolve(ctx.moduleDir, p);
  const rootAbs = resolve(ctx.root);
  if (!file.startsWith(rootAbs)) throw new EvalError(`${fn}("${p}") reads outside the scan root`);
  if (!existsSync(file)) throw new EvalError(`${fn}(): no file ${p}`);
  if (statSync(file).size > MAX_FILE_BYTES) throw new EvalError(`${fn}(): ${p} is larger than 1 MB`);
  return { text: readFileSync(file, 'utf8'), file };
}

/** jsonencode keeps known parts and marks unknown ones with tokens (see values.ts). */
export function toJsonText(v: TfValue): string {
  return JSON.stringify(v, (_k, x: unknown) => (isUnknown(x) ? unknownToken(x) : x));
}

function fromJson(v: unknown): TfValue {
  if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (Array.isArray(v)) return v.map(fromJson);
  const out: TfObject = {};
  for (const [k, x] of Object.entries(v as Record<string, unknown>)) out[k] = fromJson(x);
  return out;
}

const hash = (alg: string) => (args: TfValue[]) => createHash(alg).update(toStr(args[0] ?? '')).digest('hex');

export const FUNCTIONS: Record<string, Fn> = {
  // strings
  format: (a) => formatString(toStr(a[0] ?? ''), a.slice(1)),
  formatlist: (a) => {
    const lists = a.slice(1);
    const n = Math.max(0, ...lists.map((x) => (Array.isArray(x) ? x.length : 0)));
    return Array.from({ length: n }, (_, i) => formatString(toStr(a[0] ?? ''), lists.map((x) => (Array.isArray(x) ? (x[i] as TfValue) : x))));
  },
  join: (a) => {
    arity('join', a, 2, 99);
    return a.slice(1).flatMap((l) => list(l, 'join')).map((x) => toStr(x)).join(toStr(a[0] as TfValue));
  },
  split: (a) => (arity('split', a, 2), toStr(a[1] as TfValue).split(toStr(a[0] as TfValue))),
  lower: (a) => toStr(a[0] ?? '').toLowerCase(),
  upper: (a) => toStr(a[0] ?? '').toUpperCase(),
  title: (a) => toStr(a[0] ?? '').replace(/\b\w/g, (c) => c.toUpperCase()),
  trimspace: (a) => toStr(a[0] ?? '').trim(),
  trim: (a) => {
    const chars = [...toStr(a[1] ?? '')];
    let s = toStr(a[0] ?? '');
    while (s && chars.includes(s[0] as string)) s = s.slice(1);
    while (s && chars.includes(s[s.length - 1] as string)) s = s.slice(0, -1);
    return s;
  },
  trimprefix: (a) => {
    const s = toStr(a[0] ?? '');
    const p = toStr(a[1] ?? '');
    return s.startsWith(p) ? s.slice(p.length) : s;
  },
  trimsuffix: (a) => {
    const s = toStr(a[0] ?? '');
    const p = toStr(a[1] ?? '');
    return p && s.endsWith(p) ? s.slice(0, -p.length) : s;
  },
  chomp: (a) => toStr(a[0] ?? '').replace(/(\r?\n)+$/, ''),
  replace: (a) => {
    arity('replace', a, 3);
    const s = toStr(a[0] as TfValue);
    const sub = toStr(a[1] as TfValue);
    const rep = toStr(a[2] as TfValue);
    if (sub.length > 2 && sub.startsWith('/') && sub.endsWith('/')) return s.replace(new RegExp(sub.slice(1, -1), 'g'), rep.replace(/\$\{(\d+)\}/g, '$$$1'));
    return s.split(sub).join(rep);
  },
  substr: (a) => {
    const s = [...toStr(a[0] ?? '')];
    let off = toNum(a[1] ?? 0);
    const len = toNum(a[2] ?? -1);
    if (off < 0) off = s.length + off;
    return s.slice(off, len < 0 ? undefined : off + len).join('');
  },
  strrev: (a) => [...toStr(a[0] ?? '')].reverse().join(''),
  startswith: (a) => toStr(a[0] ?? '').startsWith(toStr(a[1] ?? '')),
  endswith: (a) => toStr(a[0] ?? '').endsWith(toStr(a[1] ?? '')),
  strcontains: (a) => toStr(a[0] ?? '').includes(toStr(a[1] ?? '')),
  indent: (a) => toStr(a[1] ?? '').replace(/\n/g, `\n${' '.repeat(toNum(a[0] ?? 0))}`),
  regex: (a) => {
    const m = new RegExp(toStr(a[0] ?? '')).exec(toStr(a[1] ?? ''));
    if (!m) throw new EvalError('regex(): no match');
    if (m.groups) return { ...m.groups } as TfObject;
    return m.length > 1 ? m.slice(1).map((x) => x ?? null) : m[0];
  },
  regexall: (a) => [...toStr(a[1] ?? '').matchAll(new RegExp(toStr(a[0] ?? ''), 'g'))].map((m) => (m.length > 1 ? m.slice(1).map((x) => x ?? null) : m[0])),
  // numbers
  abs: (a) => Math.abs(toNum(a[0] ?? 0)),
  ceil: (a) => Math.ceil(toNum(a[0] ?? 0)),
  floor: (a) => Math.floor(toNum(a[0] ?? 0)),
  pow: (a) => toNum(a[0] ?? 0) ** toNum(a[1] ?? 1),
  signum: (a) => Math.sign(toNum(a[0] ?? 0)),
  log: (a) => Math.log(toNum(a[0] ?? 0)) / Math.log(toNum(a[1] ?? Math.E)),
  min: (a) => Math.min(...a.flatMap((x) => (Array.isArray(x) ? x : [x])).map((x) => toNum(x))),
  max: (a) => Math.max(...a.flatMap((x) => (Array.isArray(x) ? x : [x])).map((x) => toNum(x))),
  sum: (a) => list(a[0] ?? [], 'sum').reduce<number>((s, x) => s + toNum(x), 0),
  parseint: (a) => {
    const n = parseInt(toStr(a[0] ?? ''), toNum(a[1] ?? 10));
    if (Number.isNaN(n)) throw new EvalError('parseint(): not a number');
    return n;
  },
  // collections
  length: (a) => {
    const v = a[0] ?? null;
    if (typeof v === 'string') return [...v].length;
    if (Array.isArray(v)) return v.length;
    if (isObject(v)) return Object.keys(v).length;
    throw new EvalError(`length() needs a string or collection, got ${typeName(v)}`);
  },
  concat: (a) => a.flatMap((l) => list(l, 'concat')),
  merge: (a) => Object.assign({}, ...a.filter((x) => x !== null).map((x) => obj(x, 'merge'))) as TfObject,
  lookup: (a) => {
    arity('lookup', a, 2, 3);
    const m = obj(a[0] as TfValue, 'lookup');
    const k = toStr(a[1] as TfValue);
    if (k in m) return m[k] as TfValue;
    if (a.length === 3) return a[2] as TfValue;
    throw new EvalError(`lookup(): no key "${k}" and no default`);
  },
  element: (a) => {
    const l = list(a[0] ?? [], 'element');
    if (!l.length) throw new EvalError('element() on an empty list');
    const i = toNum(a[1] ?? 0);
    return l[((i % l.length) + l.length) % l.length] as TfValue;
  },
  index: (a) => {
    const i = list(a[0] ?? [], 'index').findIndex((x) => deepEqual(x, a[1] ?? null));
    if (i < 0) throw new EvalError('index(): value not in list');
    return i;
  },
  keys: (a) => Object.keys(obj(a[0] ?? {}, 'keys')).sort(),
  values: (a) => {
    const m = obj(a[0] ?? {}, 'values');
    return Object.keys(m).sort().map((k) => m[k] as TfValue);
  },
  contains: (a) => {
    const coll = a[0] ?? [];
    if (isObject(coll)) return Object.values(coll).some((x) => deepEqual(x, a[1] ?? null));
    return list(coll, 'contains').some((x) => deepEqual(x, a[1] ?? null));
  },
  distinct: (a) => uniq(list(a[0] ?? [], 'distinct')),
  flatten: (a) => {
    const flat = (l: TfValue[]): TfValue[] => l.flatMap((x) => (Array.isArray(x) ? flat(x) : [x]));
    return flat(list(a[0] ?? [], 'flatten'));
  },
  compact: (a) => list(a[0] ?? [], 'compact').filter((x) => x !== null && x !== ''),
  coalesce: (a) => {
    for (const x of a) if (x !== null && x !== '') return x;
    throw new EvalError('coalesce(): all arguments are null or empty');
  },
  coalescelist: (a) => {
    for (const x of a) if (Array.isArray(x) && x.length) return x;
    return [];
  },
  toset: (a) => uniq(list(a[0] ?? [], 'toset')).sort((x, y) => (typeof x === 'string' && typeof y === 'string' ? x.localeCompare(y) : 0)),
  tolist: (a) => (isObject(a[0] ?? null) ? Object.values(a[0] as TfObject) : list(a[0] ?? [], 'tolist')),
  tomap: (a) => obj(a[0] ?? {}, 'tomap'),
  tostring: (a) => (a[0] === null ? null : toStr(a[0] ?? null)),
  tonumber: (a) => (a[0] === null ? null : toNum(a[0] ?? null)),
  tobool: (a) => (a[0] === null ? null : toBool(a[0] ?? null)),
  zipmap: (a) => {
    const ks = list(a[0] ?? [], 'zipmap');
    const vs = list(a[1] ?? [], 'zipmap');
    const out: TfObject = {};
    ks.forEach((k, i) => (out[toStr(k)] = vs[i] ?? null));
    return out;
  },
  range: (a) => {
    const [start, end, step] = a.length === 1 ? [0, toNum(a[0] as TfValue), 1] : [toNum(a[0] as TfValue), toNum(a[1] as TfValue), toNum(a[2] ?? 1)];
    if (step === 0) throw new EvalError('range(): step cannot be zero');
    const out: number[] = [];
    for (let i = start; step > 0 ? i < end : i > end; i += step) {
      out.push(i);
      if (out.length > 1024) throw new EvalError('range(): more than 1024 elements');
    }
    return out;
  },
  slice: (a) => list(a[0] ?? [], 'slice').slice(toNum(a[1] ?? 0), toNum(a[2] ?? 0)),
  reverse: (a) => [...list(a[0] ?? [], 'reverse')].reverse(),
  sort: (a) => [...list(a[0] ?? [], 'sort')].map((x) => toStr(x)).sort(),
  setunion: (a) => uniq(a.flatMap((l) => list(l, 'setunion'))),
  setintersection: (a) => uniq(list(a[0] ?? [], 'setintersection')).filter((x) => a.slice(1).every((l) => list(l, 'setintersection').some((y) => deepEqual(x, y)))),
  setsubtract: (a) => uniq(list(a[0] ?? [], 'setsubtract')).filter((x) => !list(a[1] ?? [], 'setsubtract').some((y) => deepEqual(x, y))),
  setproduct: (a) => a.map((l) => list(l, 'setproduct')).reduce<TfValue[][]>((acc, l) => acc.flatMap((p) => l.map((x) => [...p, x])), [[]]),
  one: (a) => {
    const l = list(a[0] ?? [], 'one');
    if (l.length > 1) throw new EvalError('one(): more than one element');
    return l[0] ?? null;
  },
  alltrue: (a) => list(a[0] ?? [], 'alltrue').every((x) => toBool(x)),
  anytrue: (a) => list(a[0] ?? [], 'anytrue').some((x) => toBool(x)),
  chunklist: (a) => {
    const l = list(a[0] ?? [], 'chunklist');
    const n = toNum(a[1] ?? 1);
    const out: TfValue[] = [];
    for (let i = 0; i < l.length; i += n) out.push(l.slice(i, i + n));
    return out;
  },
  transpose: (a) => {
    const out: Record<string, string[]> = {};
    for (const [k, vs] of Object.entries(obj(a[0] ?? {}, 'transpose'))) for (const v of list(vs, 'transpose')) (out[toStr(v)] ??= []).push(k);
    return out;
  },
  // encoding
  jsonencode: (a) => toJsonText(a[0] ?? null),
  jsondecode: (a) => {
    try {
      return fromJson(JSON.parse(toStr(a[0] ?? '')));
    } catch (err) {
      throw new EvalError(`jsondecode(): ${(err as Error).message}`);
    }
  },
  base64encode: (a) => Buffer.from(toStr(a[0] ?? '')).toString('base64'),
  base64decode: (a) => Buffer.from(toStr(a[0] ?? ''), 'base64').toString('utf8'),
  urlencode: (a) => encodeURIComponent(toStr(a[0] ?? '')),
  md5: hash('md5'),
  sha1: hash('sha1'),
  sha256: hash('sha256'),
  sha512: hash('sha512'),
  // filesystem
  file: (a, ctx) => readModuleFile(a[0] ?? '', ctx, 'file').text,
  fileexists: (a, ctx) => {
    const p = toStr(a[0] ?? '');
    return existsSync(isAbsolute(p) ? p : resolve(ctx.moduleDir, p));
  },
  templatefile: (a, ctx) => {
    const { text, file } = readModuleFile(a[0] ?? '', ctx, 'templatefile');
    return ctx.renderTemplate(text, obj(a[1] ?? {}, 'templatefile'), file);
  },
  basename: (a) => basename(toStr(a[0] ?? '')),
  dirname: (a) => dirname(toStr(a[0] ?? '')),
  abspath: (a, ctx) => resolve(ctx.moduleDir, toStr(a[0] ?? '')),
  pathexpand: (a) => toStr(a[0] ?? ''),
  // network
  cidrsubnet: (a) => cidrsubnet(toStr(a[0] ?? ''), toNum(a[1] ?? 0), toNum(a[2] ?? 0)),
  cidrsubnets: (a) => {
    const prefix = toStr(a[0] ?? '');
    const { base, bits } = parseCidr(prefix);
    let next = base;
    return a.slice(1).map((nbv) => {
      const nb = bits + toNum(nbv);
      const size = 2 ** (32 - nb);
      next = Math.ceil(next / size) * size;
      const out = `${intToIp(next >>> 0)}/${nb}`;
      next += size;
      return out;
    });
  },
  cidrhost: (a) => {
    const { base, bits } = parseCidr(toStr(a[0] ?? ''));
    const n = toNum(a[1] ?? 0);
    const size = 2 ** (32 - bits);
    return intToIp((base + (n < 0 ? size + n : n)) >>> 0);
  },
  cidrnetmask: (a) => {
    const { bits } = parseCidr(toStr(a[0] ?? ''));
    return intToIp(bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0);
  },
};

/** Functions whose result cannot be known before apply. */
const IMPURE = new Set(['timestamp', 'uuid', 'bcrypt', 'uuidv5', 'plantimestamp', 'filebase64', 'filemd5', 'filesha256', 'yamldecode', 'yamlencode', 'formatdate', 'timeadd', 'rsadecrypt']);

/** Functions that keep unknown elements instead of becoming unknown as a whole. */
const PASSES_UNKNOWN_ELEMENTS = new Set(['concat', 'merge', 'tolist', 'toset', 'tomap', 'length', 'jsonencode', 'flatten', 'compact', 'distinct', 'values', 'keys', 'element', 'lookup', 'coalesce', 'slice', 'reverse', 'one', 'zipmap', 'setunion']);

/** Calls a function; an unknown result is named by the text of the call, `node`, read from `source` when needed. */
export function callFunction(name: string, args: TfValue[], ctx: FunctionContext, source: NodeText, node: Expression): TfValue {
  const local = name.startsWith('provider::') ? undefined : FUNCTIONS[name];
  if (!local) return Unknown.at(source, node, IMPURE.has(name) ? `${name}() is only known at apply time` : `function ${name}() is not supported by the evaluator`);
  for (const a of args) {
    if (a instanceof EvalFailure) return EvalFailure.sameReason(source, node, a);
    if (isUnknown(a)) return Unknown.because(source, node, 'argument ', a);
    if (typeof a === 'string' && hasToken(a) && !['jsonencode', 'format', 'join', 'concat', 'merge', 'lookup', 'coalesce', 'tostring', 'trimspace', 'lower', 'upper'].includes(name)) {
      return Unknown.at(source, node, 'an argument is only partly known');
    }
    if (!PASSES_UNKNOWN_ELEMENTS.has(name)) {
      const inner = findUnknown(a);
      if (inner) return Unknown.because(source, node, '', inner);
    }
  }
  return local(args, ctx);
}

export function isKnownFunction(name: string): boolean {
  return name in FUNCTIONS || IMPURE.has(name);
}

export { toBool };
