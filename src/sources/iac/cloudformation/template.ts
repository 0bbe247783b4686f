import type { JsonValue, SourceIssue, UnknownMarker } from '../../../core/index.js';
import { isUnknownMarker } from '../../../core/index.js';
import type { MapNode, TreeNode } from '../common/index.js';
import { isCloudFormationTree, loadYamlTree, mapGet } from '../common/index.js';
import type { EvalEnv, PSEUDO_PARAMETERS } from './intrinsics.js';
import { CfnEvaluator, SHORT_FORM_TAGS } from './intrinsics.js';
import type { EvalObject, EvalValue } from './values.js';
import { NO_VALUE, isEvalObject, unresolved } from './values.js';

export interface PseudoParameters {
  accountId?: string;
  region?: string;
  stackName?: string;
  stackId?: string;
  partition?: string;
  urlSuffix?: string;
  notificationArns?: string[];
}

export interface CfnEvalOptions {
  /** Parameter values, as `--parameter-overrides` would give them; they win over Defaults. */
  parameters?: Readonly<Record<string, JsonValue>>;
  pseudo?: PseudoParameters;
}

/** One resource of a template after conditions and intrinsics. */
export interface EvaluatedResource {
  logicalId: string;
  /** `AWS::S3::Bucket`. */
  type: string;
  uid: string;
  file: string;
  line: number;
  endLine: number;
  /** Evaluated Properties, or an unknown marker when the whole block could not be resolved. */
  properties: EvalObject | UnknownMarker;
  /** Line of each property path (`VersioningConfiguration.Status`, `SecurityGroupIngress.0`). */
  lines: ReadonlyMap<string, number>;
  metadata: EvalValue | undefined;
  /** Line of each Metadata path, e.g. `parapet.ignore.0`. */
  metadataLines: ReadonlyMap<string, number>;
  /** Set when the resource's Condition could not be decided: it is kept, and said so. */
  undecidedCondition?: string;
}

export interface EvaluatedTemplate {
  file: string;
  resources: EvaluatedResource[];
  byId: ReadonlyMap<string, EvaluatedResource>;
  /** `Transform` entries, e.g. `AWS::Serverless-2016-10-31`. */
  transforms: string[];
}

const KNOWN_TRANSFORMS = new Set(['AWS::Serverless-2016-10-31', 'AWS::LanguageExtensions', 'AWS::CodeDeployBlueGreen']);
const PSEUDO_KEYS: Record<keyof PseudoParameters, (typeof PSEUDO_PARAMETERS)[number]> = {
  accountId: 'AWS::AccountId',
  region: 'AWS::Region',
  stackName: 'AWS::StackName',
  stackId: 'AWS::StackId',
  partition: 'AWS::Partition',
  urlSuffix: 'AWS::URLSuffix',
  notificationArns: 'AWS::NotificationARNs',
};

export function cfnUid(relPath: string, logicalId: string): string {
  return `cloudformation:${relPath}#${logicalId}`;
}

/**
 * Parses and evaluates one template. Returns no template (and the reasons as issues) when the file
 * cannot be read or is not a template; problems inside one resource never stop the others.
 */
export function evaluateTemplate(relPath: string, content: string, opts: CfnEvalOptions = {}): { template?: EvaluatedTemplate; issues: SourceIssue[] } {
  const { root, issues } = loadYamlTree(content, relPath, { maxBytes: Number.POSITIVE_INFINITY, tags: SHORT_FORM_TAGS });
  if (!root) {
    if (issues.length === 0) issues.push({ kind: 'parse-error', file: relPath, line: 1, message: 'file is empty: not a CloudFormation template' });
    return { issues };
  }
  if (root.kind !== 'map' || !isCloudFormationTree(root)) {
    issues.push({ kind: 'parse-error', file: relPath, line: root.line, message: 'not a CloudFormation template: expected a mapping with Resources' });
    return { issues };
  }
  const transforms = readTransforms(root);
  for (const t of transforms) {
    if (!KNOWN_TRANSFORMS.has(t)) {
      issues.push({ kind: 'warning', file: relPath, line: mapGet(root, 'Transform')?.keyLine ?? 1, message: `transform ${t} is a macro Parapet does not expand; resources it would create are not scanned` });
    }
  }

  const parameters = readParameters(root, opts.parameters ?? {});
  const pseudo = new Map<string, EvalValue>();
  for (const [k, name] of Object.entries(PSEUDO_KEYS) as [keyof PseudoParameters, string][]) {
    const v = opts.pseudo?.[k];
    if (v !== undefined) pseudo.set(name, v);
  }
  const resourcesEntry = mapGet(root, 'Resources');
  const resourcesNode = resourcesEntry?.value;
  if (!resourcesNode || resourcesNode.kind !== 'map') {
    issues.push({ kind: 'parse-error', file: relPath, line: resourcesEntry?.keyLine ?? 1, message: 'Resources must be a mapping of logical ids to resources' });
    return { issues };
  }
  const base: EvalEnv = {
    parameters,
    pseudo,
    mappings: mapGet(root, 'Mappings')?.value,
    conditions: mapGet(root, 'Conditions')?.value,
    resources: new Set(),
    dropped: new Set(),
  };
  // Conditions may not refer to resources, so they can be settled before resources exist.
  const condEval = new CfnEvaluator(base);
  const kept: { id: string; node: MapNode; type: string; line: number; endLine: number; undecided?: string }[] = [];
  const dropped = new Set<string>();
  for (const e of resourcesNode.entries) {
    if (e.key.startsWith('Fn::ForEach')) {
      issues.push({ kind: 'warning', file: relPath, line: e.keyLine, message: `${e.key}: Fn::ForEach loops are not expanded; the resources they create are not scanned` });
      continue;
    }
    const node = e.value;
    const typeNode = mapGet(node, 'Type')?.value;
    if (node.kind !== 'map' || typeNode?.kind !== 'scalar' || typeof typeNode.value !== 'string') {
      issues.push({ kind: 'parse-error', file: relPath, line: e.keyLine, message: `resource ${e.key} has no Type; skipped` });
      continue;
    }
    const condNode = mapGet(node, 'Condition');
    let undecided: string | undefined;
    if (condNode) {
      const name = condNode.value.kind === 'scalar' ? String(condNode.value.value) : '';
      if (!mapGet(base.conditions, name)) {
        issues.push({ kind: 'warning', file: relPath, line: condNode.keyLine, message: `resource ${e.key} names condition '${name}', which is not defined; the resource is kept` });
        undecided = name;
      } else {
        const v = condEval.condition(name);
        if (v === false) {
          dropped.add(e.key);
          continue;
        }
        if (v === undefined) undecided = name;
      }
    }
    kept.push({ id: e.key, node, type: typeNode.value, line: e.keyLine, endLine: Math.max(e.keyLine, node.endLine), ...(undecided ? { undecided } : {}) });
  }

  const evaluator = new CfnEvaluator({ ...base, resources: new Set(kept.map((k) => k.id)), dropped });
  const resources: EvaluatedResource[] = [];
  for (const k of kept) {
    const lines = new Map<string, number>();
    const propsEntry = mapGet(k.node, 'Properties');
    let properties: EvalObject | UnknownMarker = {};
    if (propsEntry) {
      const v = evaluator.value(propsEntry.value, '', (p, l) => lines.set(p, l));
      if (isEvalObject(v)) properties = v;
      else if (isUnknownMarker(v)) properties = v;
      else if (v === NO_VALUE || v === null) properties = {};
      else {
        issues.push({ kind: 'parse-error', file: relPath, line: propsEntry.keyLine, message: `resource ${k.id}: Properties must be a mapping` });
        properties = unresolved(`${k.id}.Properties`, 'Properties is not a mapping');
      }
    }
    const metadataLines = new Map<string, number>();
    const metaEntry = mapGet(k.node, 'Metadata');
    const metadata = metaEntry ? evaluator.value(metaEntry.value, '', (p, l) => metadataLines.set(p, l)) : undefined;
    resources.push({
      logicalId: k.id,
      type: k.type,
      uid: cfnUid(relPath, k.id),
      file: relPath,
      line: k.line,
      endLine: k.endLine,
      properties,
      lines,
      metadata,
      metadataLines,
      ...(k.undecided ? { undecidedCondition: k.undecided } : {}),
    });
  }
  return { template: { file: relPath, resources, byId: new Map(resources.map((r) => [r.logicalId, r])), transforms }, issues };
}

function readTransforms(root: MapNode): string[] {
  const t = mapGet(root, 'Transform')?.value;
  if (!t) return [];
  const items = t.kind === 'seq' ? t.items : [t];
  const out: string[] = [];
  for (const i of items) {
    if (i.kind === 'scalar') out.push(String(i.value));
    else {
      const name = mapGet(i, 'Name')?.value;
      out.push(name?.kind === 'scalar' ? String(name.value) : '(unnamed macro)');
    }
  }
  return out;
}

function readParameters(root: MapNode, overrides: Readonly<Record<string, JsonValue>>): Map<string, EvalValue> {
  const out = new Map<string, EvalValue>();
  const params = mapGet(root, 'Parameters')?.value;
  if (!params || params.kind !== 'map') return out;
  for (const e of params.entries) {
    const typeNode = mapGet(e.value, 'Type')?.value;
    const type = typeNode?.kind === 'scalar' ? String(typeNode.value) : 'String';
    const isList = type === 'CommaDelimitedList' || type.startsWith('List<');
    const given = overrides[e.key];
    if (given !== undefined) {
      out.set(e.key, isList && typeof given === 'string' ? splitList(given) : (given as EvalValue));
      continue;
    }
    if (type.startsWith('AWS::SSM::Parameter::Value')) {
      out.set(e.key, unresolved(`!Ref ${e.key}`, 'SSM parameter values are read at deploy time; pass the value as a parameter'));
      continue;
    }
    const def = mapGet(e.value, 'Default')?.value;
    if (!def) {
      out.set(e.key, unresolved(`!Ref ${e.key}`, `parameter ${e.key} has no Default and no value was given`));
      continue;
    }
    const v = plainScalarTree(def);
    out.set(e.key, isList && typeof v === 'string' ? splitList(v) : v);
  }
  return out;
}

function splitList(s: string): string[] {
  return s === '' ? [] : s.split(',').map((x) => x.trim());
}

/** A parameter Default is a literal; lists stay lists. */
function plainScalarTree(node: TreeNode): EvalValue {
  if (node.kind === 'scalar') return node.value;
  if (node.kind === 'seq') return node.items.map(plainScalarTree);
  return unresolved('Default', 'parameter defaults must be plain values');
}
