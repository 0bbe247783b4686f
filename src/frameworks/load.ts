import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PROVIDERS, ParapetError, ValidationErrors } from '../core/index.js';
import type { Provider } from '../core/index.js';
import type { Control, Framework } from './model.js';
import { parseYaml } from './yaml.js';
import type { FieldPath, ParsedYaml } from './yaml.js';

/** Files in the data directory that are not frameworks (the generator's inputs). */
const NOT_FRAMEWORKS = new Set(['prowler-equivalents.yaml']);
const FRAMEWORK_KEYS = new Set(['id', 'name', 'version', 'provider', 'description', 'url', 'controls']);
const CONTROL_KEYS = new Set(['id', 'title', 'section', 'rules', 'manual', 'notes']);
const FRAMEWORK_ID_RE = /^[a-z0-9][a-z0-9.-]*[a-z0-9]$/;
const RULE_ID_RE = /^[a-z][a-z0-9]*(-[a-z0-9]+)+$/;

/** The directory of the built-in framework files: beside this module in src/ and, copied, in dist/. */
export function builtinFrameworkDir(): string {
  return fileURLToPath(new URL('./data/', import.meta.url));
}

/** A custom policy is named by its rule id: `S3_DATA_PROTECTION` runs as `policy-s3-data-protection`. */
function ruleIdHint(r: unknown): string | undefined {
  if (typeof r !== 'string' || !/[A-Za-z0-9]/.test(r)) return undefined;
  const slug = r
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return /^[A-Z0-9_]+$/.test(r) ? `custom policies are named by their rule id: did you mean policy-${slug}?` : `rule ids are lower-case words joined by '-', e.g. ${slug}`;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Validates one parsed framework file, collecting every problem with its line and field. Returns
 * the framework, or throws FRAMEWORK_INVALID: the single problem itself, or a ValidationErrors
 * listing all of them.
 */
function validate(doc: ParsedYaml, file: string, source: string): Framework {
  const problems: ParapetError[] = [];
  const problem = (path: FieldPath, message: string, hint?: string, atKey = false) =>
    problems.push(new ParapetError('FRAMEWORK_INVALID', message, { position: atKey ? doc.keyPositionOf(path) : doc.positionOf(path), ...(hint ? { hint } : {}) }));
  const root = doc.value;
  if (!isObject(root)) {
    throw new ParapetError('FRAMEWORK_INVALID', 'a framework file must be a mapping with id, name, version, provider, description, url and controls', {
      position: doc.positionOf([]),
    });
  }
  for (const key of Object.keys(root)) {
    if (!FRAMEWORK_KEYS.has(key)) problem([key], `unknown key '${key}'`, `allowed keys: ${[...FRAMEWORK_KEYS].join(', ')}`, true);
  }
  const text = (path: FieldPath, v: unknown, required: boolean): string | undefined => {
    if (v === undefined || v === null) {
      if (required) problem(path, `'${path[path.length - 1]}' is required`);
      return undefined;
    }
    if (typeof v !== 'string') {
      problem(path, `'${path[path.length - 1]}' must be a string, got ${JSON.stringify(v)}`, typeof v === 'number' ? "quote numbers, e.g. version: '6.0'" : undefined);
      return undefined;
    }
    if (v.trim() === '') {
      problem(path, `'${path[path.length - 1]}' must not be empty`);
      return undefined;
    }
    return v;
  };
  const id = text(['id'], root.id, true);
  if (id !== undefined && !FRAMEWORK_ID_RE.test(id)) problem(['id'], `framework id '${id}' must be lower-case letters, digits, '.' and '-'`);
  const name = text(['name'], root.name, true);
  const version = text(['version'], root.version, true);
  const description = text(['description'], root.description, true);
  const url = text(['url'], root.url, true);
  if (url !== undefined && !/^https?:\/\//.test(url)) problem(['url'], `url '${url}' must start with https://`);
  const provider = text(['provider'], root.provider, true);
  if (provider !== undefined && !(PROVIDERS as readonly string[]).includes(provider)) {
    problem(['provider'], `provider '${provider}' is not one of ${PROVIDERS.join(', ')}`);
  }

  const controls: Control[] = [];
  if (!Array.isArray(root.controls)) {
    problem(['controls'], root.controls === undefined ? "'controls' is required" : "'controls' must be a list");
  } else {
    if (root.controls.length === 0) problem(['controls'], "'controls' must list at least one control");
    const seen = new Map<string, number>();
    root.controls.forEach((raw: unknown, i: number) => {
      const at = (...rest: (string | number)[]): FieldPath => ['controls', i, ...rest];
      if (!isObject(raw)) {
        problem(at(), 'each control must be a mapping with id, title and rules');
        return;
      }
      for (const key of Object.keys(raw)) {
        if (!CONTROL_KEYS.has(key)) problem(at(key), `unknown key '${key}' in control`, `allowed keys: ${[...CONTROL_KEYS].join(', ')}`, true);
      }
      let cid: string | undefined;
      if (typeof raw.id === 'number') cid = String(raw.id);
      else cid = text(at('id'), raw.id, true);
      if (typeof raw.id === 'number') problem(at('id'), `control id ${raw.id} must be a string`, "quote it as written, e.g. id: '1.10' (unquoted, 1.10 reads as the number 1.1)");
      if (cid !== undefined) {
        const first = seen.get(cid);
        if (first !== undefined) problem(at('id'), `duplicate control id '${cid}' (first used by controls[${first}])`);
        else seen.set(cid, i);
      }
      const title = text(at('title'), raw.title, true);
      const section = text(at('section'), raw.section, false);
      const notes = text(at('notes'), raw.notes, false);
      let manual: boolean | undefined;
      if (raw.manual !== undefined && raw.manual !== null) {
        if (typeof raw.manual !== 'boolean') problem(at('manual'), "'manual' must be true or false");
        else manual = raw.manual;
      }
      const rules: string[] = [];
      if (raw.rules !== undefined && raw.rules !== null) {
        if (!Array.isArray(raw.rules)) problem(at('rules'), "'rules' must be a list of rule ids");
        else {
          const ruleSeen = new Set<string>();
          raw.rules.forEach((r: unknown, j: number) => {
            if (typeof r !== 'string' || !RULE_ID_RE.test(r)) problem(at('rules', j), `rule id ${JSON.stringify(r)} is not a rule id such as aws-s3-bucket-versioning`, ruleIdHint(r));
            else if (ruleSeen.has(r)) problem(at('rules', j), `rule '${r}' is listed twice`);
            else {
              ruleSeen.add(r);
              rules.push(r);
            }
          });
        }
      }
      if (manual && rules.length > 0) problem(at('manual'), 'a manual control cannot also list rules', "drop 'manual: true' or the rules");
      if (cid === undefined || title === undefined) return;
      const control: Control = { id: cid, title, rules };
      if (section !== undefined) control.section = section;
      if (manual) control.manual = true;
      if (notes !== undefined) control.notes = notes;
      controls.push(control);
    });
  }

  const [only, ...rest] = problems;
  if (only && rest.length === 0) throw only;
  if (only) {
    throw new ValidationErrors('FRAMEWORK_INVALID', `${file}: framework file has ${problems.length} problems`, problems, 'fix each problem listed; `parapet frameworks show ID` prints a valid file');
  }
  return {
    id: id as string,
    name: name as string,
    version: version as string,
    provider: provider as Provider,
    description: description as string,
    url: url as string,
    controls,
    source,
  };
}

/** Parses and validates framework YAML text; `file` names it in errors. */
export function parseFramework(text: string, file: string, source = file): Framework {
  return validate(parseYaml(text, file), file, source);
}

export function loadFrameworkFile(path: string, source = path): Framework {
  if (!existsSync(path)) {
    throw new ParapetError('FILE_NOT_FOUND', `framework file ${path} does not exist`, { position: { file: path }, hint: 'check the path given to --framework-file' });
  }
  return parseFramework(readFileSync(path, 'utf8'), path, source);
}

const builtinCache = new Map<string, Framework>();

function deepFreeze(f: Framework): Framework {
  for (const c of f.controls) {
    Object.freeze(c.rules);
    Object.freeze(c);
  }
  Object.freeze(f.controls);
  return Object.freeze(f);
}

/** Ids of the built-in frameworks (each file is named `<id>.yaml`), without parsing them. */
export function builtinFrameworkIds(dir = builtinFrameworkDir()): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml') && !NOT_FRAMEWORKS.has(f))
    .map((f) => f.slice(0, -'.yaml'.length))
    .sort();
}

function loadBuiltin(dir: string, id: string): Framework {
  const path = join(dir, `${id}.yaml`);
  let f = builtinCache.get(path);
  if (!f) {
    f = deepFreeze(loadFrameworkFile(path, 'builtin'));
    if (f.id !== id) throw new ParapetError('FRAMEWORK_INVALID', `built-in framework file ${id}.yaml declares id '${f.id}'`, { position: { file: path, field: 'id' } });
    builtinCache.set(path, f);
  }
  return f;
}

/** The built-in frameworks, sorted by id; `only` limits them to those ids. Each file is parsed once per process. */
export function builtinFrameworks(opts: { only?: readonly string[]; dir?: string } = {}): readonly Framework[] {
  const dir = opts.dir ?? builtinFrameworkDir();
  const ids = builtinFrameworkIds(dir).filter((id) => !opts.only || opts.only.includes(id));
  return ids.map((id) => loadBuiltin(dir, id));
}

function idLine(path: string): number | undefined {
  try {
    const lines = readFileSync(path, 'utf8').split(/\r?\n/);
    const n = lines.findIndex((l) => /^id\s*:/.test(l));
    return n >= 0 ? n + 1 : undefined;
  } catch {
    return undefined;
  }
}

function checkUniqueIds(list: readonly Framework[]): void {
  const seen = new Map<string, Framework>();
  for (const f of list) {
    const prior = seen.get(f.id);
    if (prior) {
      const where = prior.source === 'builtin' ? 'a built-in framework' : prior.source;
      const line = f.source === 'builtin' ? undefined : idLine(resolve(f.source));
      throw new ParapetError('FRAMEWORK_INVALID', `framework id '${f.id}' is already used by ${where}`, {
        position: { file: f.source, ...(line === undefined ? {} : { line }), field: 'id' },
        hint: 'give your framework its own id, e.g. acme-cis-aws-6.0',
      });
    }
    seen.set(f.id, f);
  }
}

/**
 * Built-in frameworks (sorted by id) followed by the user's files (`--framework-file`), each
 * validated. A user file may not reuse a built-in id: copy it under a new id instead. With
 * `only`, just those frameworks are returned (built-ins not asked for are not even parsed), and an
 * id that matches nothing raises USAGE naming the known ids.
 */
export function loadFrameworks(extraFiles: readonly string[] = [], opts: { only?: readonly string[] } = {}): readonly Framework[] {
  const extra = extraFiles.map((f) => deepFreeze(loadFrameworkFile(resolve(f), f)));
  const builtinIds = builtinFrameworkIds();
  const wantedBuiltins = opts.only ? builtinIds.filter((id) => opts.only?.includes(id) || extra.some((e) => e.id === id)) : builtinIds;
  const all = [...builtinFrameworks({ only: wantedBuiltins }), ...extra];
  checkUniqueIds(all);
  if (!opts.only) return all;
  for (const id of opts.only) {
    if (!all.some((f) => f.id === id)) {
      throw new ParapetError('USAGE', `unknown framework '${id}'`, { hint: `known frameworks: ${[...builtinIds, ...extra.map((e) => e.id)].join(', ')}` });
    }
  }
  return all.filter((f) => opts.only?.includes(f.id));
}

/** Finds a framework by id, or raises USAGE naming the ids that exist. */
export function findFramework(frameworks: readonly Framework[], id: string): Framework {
  const f = frameworks.find((x) => x.id === id);
  if (!f) {
    throw new ParapetError('USAGE', `unknown framework '${id}'`, { hint: `known frameworks: ${frameworks.map((x) => x.id).join(', ')}` });
  }
  return f;
}
