import { existsSync, readFileSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { SourceIssue } from '../../../../core/index.js';
import { readIacFile } from '../../common/index.js';
import { parseHcl } from '../hcl/index.js';
import { terraformJsonToHcl } from '../json/convert.js';
import type { Range } from '../hcl/ast.js';
import type { ModuleConfig, ParsedFile } from './config.js';
import { gatherModule } from './config.js';
import type { FunctionContext } from './functions.js';
import type { ModuleHost, TfInstance } from './module.js';
import { ModuleInstance } from './module.js';
import type { TfObject, TfValue } from './values.js';
import { Unknown, isUnknown } from './values.js';

export interface TerraformOptions {
  /** `--var NAME=VALUE`, applied to every root module. */
  vars?: readonly string[];
  /** `--var-file FILE`, applied to every root module. */
  varFiles?: readonly string[];
}

export interface TerraformModuleResult {
  dir: string;
  instances: TfInstance[];
  files: ParsedFile[];
}

/**
 * A Terraform file found by the IaC walker: with its text (`walkIacFiles`), or without it
 * (`listIacFiles`), read when its module is loaded and dropped with the module.
 */
export interface TerraformFileInput {
  path: string;
  relPath: string;
  /** The scan root the file was found under. */
  root: string;
  content?: string;
  /** The file to read when `content` is absent (default: `path`). */
  realPath?: string;
}

/** One root module, evaluated. */
export interface TerraformRootModule extends TerraformModuleResult {
  /** What reading and evaluating it and its modules reported: parse errors, skipped files, warnings. */
  issues: SourceIssue[];
}

const MAX_TF_BYTES = 5 * 1024 * 1024;

/** Parses one .tf file; syntax errors become parse-error issues with file and line. */
export function parseTfFile(path: string, display: string, text: string, issues: SourceIssue[]): ParsedFile {
  let source = text;
  if (path.endsWith('.tf.json')) {
    // JSON syntax is rewritten to native syntax with the same line layout (json/convert.ts).
    const converted = terraformJsonToHcl(text, display);
    issues.push(...converted.issues);
    source = converted.source;
  }
  const r = parseHcl(source, display);
  for (const d of r.diagnostics) issues.push({ kind: 'parse-error', message: d.message, file: display, line: d.line });
  return { path, display, source, body: r.body, comments: r.comments };
}

class Loader implements ModuleHost {
  /** Issues of the root module being evaluated: handed out with it, then a new list. */
  issues: SourceIssue[] = [];
  private moduleCache = new Map<string, ModuleConfig>();
  private readonly modulesManifest: Map<string, string> | undefined;

  constructor(
    private readonly root: string,
    /** Files the walker already read, by directory: parsed when their module is first used. */
    private readonly given: Map<string, TerraformFileInput[]>,
  ) {
    this.modulesManifest = readModulesManifest(root);
  }

  display(path: string): string {
    const rel = relative(this.root, path);
    return rel && !rel.startsWith('..') ? rel.split(sep).join('/') : path;
  }

  moduleConfig(dir: string): ModuleConfig {
    const abs = resolve(dir);
    const cached = this.moduleCache.get(abs);
    if (cached) return cached;
    const given = this.given.get(abs);
    const files: ParsedFile[] = [];
    if (given) {
      for (const f of given) {
        const text = f.content ?? readIacFile({ realPath: f.realPath ?? f.path, relPath: f.relPath }, this.issues);
        if (text !== undefined) files.push(parseTfFile(resolve(f.path), f.relPath, text, this.issues));
      }
    } else {
      for (const name of readdirSync(abs).filter((n) => n.endsWith('.tf') || n.endsWith('.tf.json')).sort()) {
        const p = join(abs, name);
        if (statSync(p).size > MAX_TF_BYTES) {
          this.issues.push({ kind: 'skipped', message: 'file larger than 5 MB, not scanned', file: this.display(p) });
          continue;
        }
        files.push(parseTfFile(p, this.display(p), readFileSync(p, 'utf8'), this.issues));
      }
    }
    const cfg = gatherModule(abs, files);
    this.moduleCache.set(abs, cfg);
    return cfg;
  }

  /**
   * Forgets parsed modules, so memory is held for one root module at a time. A new Map, not
   * clear(): the loader lives through the scan and is soon in V8's old generation, and a cleared
   * Map's old table still points at the young modules it held, which then survive every scavenge
   * until a full collection (at 4,000 files 95 % of what a scavenge kept was promoted; 4 % after).
   */
  reset(): void {
    this.moduleCache = new Map();
  }

  loadChild(parent: ModuleConfig, name: string, source: TfValue, modulePath: string): ModuleConfig | { unresolved: string } {
    if (typeof source !== 'string') return { unresolved: isUnknown(source) ? `its source ${source.expression} is unknown` : 'it has no source' };
    if (source.startsWith('./') || source.startsWith('../')) {
      const dir = resolve(parent.dir, source);
      const rootAbs = realpathSync(this.root);
      const real = existsSync(dir) ? realpathSync(dir) : dir;
      if (!real.startsWith(rootAbs)) return { unresolved: `local source ${source} is outside the scan root` };
      if (!existsSync(dir) || !statSync(dir).isDirectory()) return { unresolved: `local source ${source} does not exist` };
      return this.moduleConfig(dir);
    }
    const key = modulePath.replace(/\[[^\]]*\]/g, '').replace(/^module\./, '').replace(/\.module\./g, '.');
    const installed = this.modulesManifest?.get(key);
    if (installed && existsSync(installed)) return this.moduleConfig(installed);
    return { unresolved: `remote source ${source} is not installed (run terraform init so .terraform/modules holds it)` };
  }

  fn(moduleDir: string): FunctionContext {
    return { moduleDir, root: this.root, renderTemplate: (text, vars, file) => this.renderTemplate(text, vars, file) };
  }

  renderTemplate(text: string, vars: TfObject, file: string): TfValue {
    const marker = 'PARAPET_TEMPLATE_END';
    if (text.includes(marker)) return new Unknown(`templatefile(${file})`, 'template contains the reserved marker');
    const src = `t = <<${marker}\n${text}\n${marker}\n`;
    const issues: SourceIssue[] = [];
    const parsed = parseTfFile(file, this.display(file), src, issues);
    if (issues.length) return new Unknown(`templatefile(${this.display(file)})`, issues[0]?.message);
    const cfg = gatherModule(dirname(file), [parsed]);
    const inst = new ModuleInstance(cfg, '', new Map(), this);
    const a = parsed.body.attributes[0];
    if (!a) return '';
    const v = inst.evaluator(parsed, vars).evaluate(a.expr);
    return typeof v === 'string' ? v.replace(/\n$/, '') : v;
  }

  warn(message: string, file?: ParsedFile, range?: Range): void {
    const issue: SourceIssue = { kind: 'warning', message };
    if (file) issue.file = file.display;
    if (range) issue.line = range.start.line;
    this.issues.push(issue);
  }
}

function readModulesManifest(root: string): Map<string, string> | undefined {
  const file = join(root, '.terraform', 'modules', 'modules.json');
  if (!existsSync(file)) return undefined;
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as { Modules?: { Key: string; Dir: string }[] };
    return new Map((data.Modules ?? []).map((m) => [m.Key, resolve(root, m.Dir)]));
  } catch {
    return undefined;
  }
}

/** Values for the root module's variables: tfvars files in Terraform's order, then --var-file, then --var. */
function rootInputs(cfg: ModuleConfig, opts: TerraformOptions, loader: Loader): Map<string, TfValue> {
  const inputs = new Map<string, TfValue>();
  const load = (file: string) => {
    if (!existsSync(file)) {
      loader.issues.push({ kind: 'parse-error', message: `variables file not found: ${file}`, file });
      return;
    }
    if (file.endsWith('.json')) {
      try {
        for (const [k, v] of Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, TfValue>)) inputs.set(k, v);
      } catch (err) {
        loader.issues.push({ kind: 'parse-error', message: `not valid JSON: ${(err as Error).message}`, file: loader.display(file) });
      }
      return;
    }
    const parsed = parseTfFile(file, loader.display(file), readFileSync(file, 'utf8'), loader.issues);
    const inst = new ModuleInstance(gatherModule(dirname(file), [parsed]), '', new Map(), loader);
    for (const a of parsed.body.attributes) inputs.set(a.name, inst.evaluator(parsed).evaluate(a.expr));
  };
  const auto = existsSync(cfg.dir) ? readdirSync(cfg.dir).filter((n) => /\.auto\.tfvars(\.json)?$/.test(n)).sort() : [];
  for (const f of ['terraform.tfvars', 'terraform.tfvars.json']) if (existsSync(join(cfg.dir, f))) load(join(cfg.dir, f));
  for (const f of auto) load(join(cfg.dir, f));
  for (const f of opts.varFiles ?? []) load(resolve(f));
  for (const kv of opts.vars ?? []) {
    const eq = kv.indexOf('=');
    if (eq <= 0) {
      loader.issues.push({ kind: 'parse-error', message: `--var '${kv}' must look like NAME=VALUE` });
      continue;
    }
    const name = kv.slice(0, eq);
    const raw = kv.slice(eq + 1);
    inputs.set(name, parseVarValue(raw, loader));
  }
  return inputs;
}

/** A --var value: HCL for lists, maps, numbers and bools; otherwise the raw string. */
function parseVarValue(raw: string, loader: Loader): TfValue {
  const t = raw.trim();
  if (/^(true|false)$/.test(t)) return t === 'true';
  if (/^-?\d+(\.\d+)?$/.test(t)) return Number(t);
  if (/^[[{]/.test(t)) {
    const issues: SourceIssue[] = [];
    const parsed = parseTfFile('--var', '--var', `v = ${t}\n`, issues);
    const a = parsed.body.attributes[0];
    if (!issues.length && a) return new ModuleInstance(gatherModule(process.cwd(), [parsed]), '', new Map(), loader).evaluator(parsed).evaluate(a.expr);
  }
  return raw;
}

const LOCAL_SOURCE_RE = /\bsource\s*=\s*"(\.\.?\/[^"]*)"|"source"\s*:\s*"(\.\.?\/[^"]*)"/g;

/**
 * Evaluates the Terraform configurations among the given files, one root module at a time: each
 * root module is handed out when evaluated, and its parsed files (and, for files given without
 * text, the text) are released before the next one, so memory follows the largest root module,
 * not the number of files. Every directory with .tf files is a root module unless another scanned
 * directory uses it as a local module.
 */
export function* terraformRootModules(files: readonly TerraformFileInput[], opts: TerraformOptions): Generator<TerraformRootModule, void, undefined> {
  const byRoot = new Map<string, TerraformFileInput[]>();
  for (const f of files) {
    const list = byRoot.get(f.root);
    if (list) list.push(f);
    else byRoot.set(f.root, [f]);
  }
  for (const [root, rootFiles] of byRoot) {
    const scanRoot = statSync(root).isDirectory() ? root : dirname(root);
    const given = new Map<string, TerraformFileInput[]>();
    for (const f of rootFiles) {
      const dir = dirname(resolve(f.path));
      const list = given.get(dir);
      if (list) list.push(f);
      else given.set(dir, [f]);
    }
    const loader = new Loader(scanRoot, given);
    const dirs = [...given.keys()].sort();
    const childDirs = localModuleDirs(dirs, given);
    for (const dir of dirs) if (!childDirs.has(dir)) yield evaluateRoot(loader, dir, opts);
  }
}

/** One root module; the loader then forgets it (the generator holds no part of it but the result). */
function evaluateRoot(loader: Loader, dir: string, opts: TerraformOptions): TerraformRootModule {
  const cfg = loader.moduleConfig(dir);
  const inst = new ModuleInstance(cfg, '', rootInputs(cfg, opts, loader), loader);
  const result = { dir, instances: inst.allInstances(), files: cfg.files, issues: loader.issues };
  loader.issues = [];
  loader.reset();
  return result;
}

/**
 * Directories used as local modules, found without parsing (a literal `source = "./x"`). A file
 * given without its text is read for this and dropped; one it cannot read now is reported when
 * its module is loaded.
 */
function localModuleDirs(dirs: readonly string[], given: Map<string, TerraformFileInput[]>): Set<string> {
  const childDirs = new Set<string>();
  const ignored: SourceIssue[] = [];
  for (const dir of dirs) {
    for (const f of given.get(dir) ?? []) {
      const text = f.content ?? readIacFile({ realPath: f.realPath ?? f.path, relPath: f.relPath }, ignored);
      // Both forms need a quote before ./ or ../: a cheap test before the regex.
      if (text === undefined || !text.includes('source') || !(text.includes('"./') || text.includes('"../'))) continue;
      for (const m of text.matchAll(LOCAL_SOURCE_RE)) childDirs.add(resolve(dir, m[1] ?? m[2] ?? '.'));
    }
  }
  return childDirs;
}

/**
 * `terraformRootModules` through a callback; returns the issues of all root modules, in order.
 * (The callback runs before the root's issues are known to the caller: they come at the end.)
 */
export function forEachTerraformModule(files: readonly TerraformFileInput[], opts: TerraformOptions, onModule: (m: TerraformModuleResult) => void): SourceIssue[] {
  const issues: SourceIssue[] = [];
  for (const m of terraformRootModules(files, opts)) {
    onModule({ dir: m.dir, instances: m.instances, files: m.files });
    for (const i of m.issues) issues.push(i);
  }
  return issues;
}

/** All root modules at once (tests and small inputs); scans use terraformRootModules. */
export function evaluateTerraform(files: readonly TerraformFileInput[], opts: TerraformOptions = {}): { modules: TerraformModuleResult[]; issues: SourceIssue[] } {
  const modules: TerraformModuleResult[] = [];
  const issues = forEachTerraformModule(files, opts, (m) => modules.push(m));
  return { modules, issues };
}
