import type { Resource, SourceIssue } from '../../../core/index.js';
import { MAX_FILE_BYTES, walkIacFiles } from '../common/index.js';
import type { WalkOptions } from '../common/index.js';
import { CfnAdapterRegistry } from './adapters/index.js';
import type { AdapterContext } from './model.js';
import { propAt } from './model.js';
import type { InlineSuppression } from './suppressions.js';
import { readSuppressions } from './suppressions.js';
import type { CfnEvalOptions, EvaluatedResource, EvaluatedTemplate } from './template.js';
import { ResourceRef } from './values.js';
import { evaluateTemplate } from './template.js';

export interface CfnInputFile {
  /** Where the file is (used when relPath is not given). */
  path: string;
  content: string;
  /** The name findings print and uids use, relative to the scan root, `/`-separated. */
  relPath?: string;
}

export interface ScanCloudFormationOptions extends CfnEvalOptions {
  adapters?: CfnAdapterRegistry;
  /** Account the stacks deploy to, copied onto resources when known. */
  account?: string;
  maxFileBytes?: number;
}

export interface CloudFormationScan {
  resources: Resource[];
  issues: SourceIssue[];
  suppressions: InlineSuppression[];
  /** Templates that were read (files that failed to parse are not counted). */
  templates: number;
}

/**
 * Scans CloudFormation templates into model resources. Never throws: unreadable files, unresolved
 * expressions and adapter failures become issues or unknown evidence, and the other files go on.
 */
export function scanCloudFormation(files: readonly CfnInputFile[], opts: ScanCloudFormationOptions = {}): CloudFormationScan {
  const registry = opts.adapters ?? new CfnAdapterRegistry();
  const maxBytes = opts.maxFileBytes ?? MAX_FILE_BYTES;
  const out: CloudFormationScan = { resources: [], issues: [], suppressions: [], templates: 0 };
  for (const f of files) {
    const rel = f.relPath ?? f.path.split('\\').join('/');
    if (Buffer.byteLength(f.content, 'utf8') > maxBytes) {
      out.issues.push({ kind: 'skipped', file: rel, message: `file is over the ${maxBytes}-byte limit; skipped` });
      continue;
    }
    try {
      const { template, issues } = evaluateTemplate(rel, f.content, opts);
      out.issues.push(...issues);
      if (!template) continue;
      out.templates++;
      adaptTemplate(template, registry, opts, out);
    } catch (err) {
      out.issues.push({ kind: 'parse-error', file: rel, message: `internal error while reading the template: ${err instanceof Error ? err.message : String(err)}` });
    }
  }
  return out;
}

function adaptTemplate(template: EvaluatedTemplate, registry: CfnAdapterRegistry, opts: ScanCloudFormationOptions, out: CloudFormationScan): void {
  const byType = new Map<string, EvaluatedResource[]>();
  for (const r of template.resources) {
    let list = byType.get(r.type);
    if (!list) byType.set(r.type, (list = []));
    list.push(r);
  }
  // referrers() is asked once per resource: index each (type, property) pair once per template.
  const refIndex = new Map<string, Map<string, EvaluatedResource[]>>();
  const ctx: AdapterContext = {
    template,
    ...(opts.account ? { account: opts.account } : opts.pseudo?.accountId ? { account: opts.pseudo.accountId } : {}),
    ...(opts.pseudo?.region ? { region: opts.pseudo.region } : {}),
    ofType: (type) => byType.get(type) ?? [],
    referrers: (type, prop, logicalId) => {
      const key = `${type}\u0000${prop}`;
      let index = refIndex.get(key);
      if (!index) {
        index = new Map();
        for (const r of byType.get(type) ?? []) {
          const v = propAt(r, prop);
          const targets = new Set((Array.isArray(v) ? v : [v]).filter((x) => x instanceof ResourceRef).map((x) => (x as ResourceRef).logicalId));
          for (const t of targets) {
            let list = index.get(t);
            if (!list) index.set(t, (list = []));
            list.push(r);
          }
        }
        refIndex.set(key, index);
      }
      return index.get(logicalId) ?? [];
    },
  };
  for (const res of template.resources) {
    const s = readSuppressions(res);
    out.suppressions.push(...s.suppressions);
    out.issues.push(...s.issues);
    if (res.undecidedCondition !== undefined) {
      out.issues.push({
        kind: 'warning',
        file: res.file,
        line: res.line,
        message: `${res.logicalId} is kept although its condition '${res.undecidedCondition}' cannot be decided; pass parameter values to decide it`,
      });
    }
    const adapter = registry.get(res.type);
    if (!adapter) continue;
    try {
      out.resources.push(...adapter.adapt(res, ctx));
    } catch (err) {
      out.issues.push({ kind: 'warning', file: res.file, line: res.line, message: `${res.logicalId} (${res.type}) could not be adapted: ${err instanceof Error ? err.message : String(err)}` });
    }
  }
}

/** Walks paths, keeps the files whose content is CloudFormation, and scans them. */
export async function scanCloudFormationPaths(roots: readonly string[], opts: ScanCloudFormationOptions & WalkOptions = {}): Promise<CloudFormationScan> {
  const walked = await walkIacFiles(roots, opts);
  const files = walked.files.filter((f) => f.kind === 'cloudformation');
  const result = scanCloudFormation(files, opts);
  result.issues.unshift(...walked.issues);
  return result;
}

