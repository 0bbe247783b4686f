import { scanNestingDepth } from '../../../core/nesting.js';
import type { TreeNode } from './yaml.js';
import { MAX_NESTING_DEPTH, loadYamlTree, mapGet } from './yaml.js';

export type IacKind = 'cloudformation' | 'terraform' | 'terraform-json' | 'terraform-plan';

/**
 * CloudFormation's YAML short-form tags. Parsing with them declared is much faster than letting
 * yaml warn about each unknown tag. (The cloudformation source checks its own list matches.)
 */
export const CLOUDFORMATION_SHORT_TAGS: readonly string[] = [
  '!Ref', '!Condition', '!Sub', '!GetAtt', '!If', '!Join', '!Select', '!Split', '!FindInMap', '!Base64', '!Cidr',
  '!GetAZs', '!ImportValue', '!Equals', '!And', '!Or', '!Not', '!Transform', '!Length', '!ToJsonString',
];

/** `AWSTemplateFormatVersion` as a top-level key (YAML at column 0, JSON near the start of a line). */
const CFN_VERSION_KEY = /^(?:\s{0,4}\{?\s{0,4}"AWSTemplateFormatVersion"|'?AWSTemplateFormatVersion'?)\s*:/m;
/** A top-level YAML `Resources:` key and an indented `Type: AWS::Service::Kind`. */
const CFN_RESOURCES_KEY = /^Resources:[ \t]*(?:#.*)?\r?$/m;
const CFN_RESOURCE_TYPE = /^[ \t]+Type:[ \t]*["']?(?:AWS|Alexa)::[A-Za-z0-9]+::[A-Za-z0-9]+/m;
const CFN_HINT = /AWSTemplateFormatVersion|AWS::[A-Za-z0-9]+::|Resources/;
const PLAN_HINT = /"format_version"[\s\S]*"planned_values"|"planned_values"[\s\S]*"format_version"/;

/**
 * Decides what an IaC file is from its content, the name only narrowing the candidates: a
 * `template.json` may be CloudFormation, a Terraform plan, or neither.
 */
export function classifyIacContent(fileName: string, text: string): IacKind | undefined {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.tf')) return 'terraform';
  if (lower.endsWith('.tf.json')) return isJsonObjectText(text) ? 'terraform-json' : undefined;
  if (lower.endsWith('.json') && PLAN_HINT.test(text) && isTerraformPlan(text)) return 'terraform-plan';
  if (!CFN_HINT.test(text)) return undefined;
  return looksLikeCloudFormation(fileName, text) ? 'cloudformation' : undefined;
}

/** A document with AWSTemplateFormatVersion, or with Resources whose entries have `Type: AWS::...`. */
export function isCloudFormationTree(root: TreeNode | undefined): boolean {
  if (!root || root.kind !== 'map') return false;
  if (mapGet(root, 'AWSTemplateFormatVersion')) return true;
  const resources = mapGet(root, 'Resources')?.value;
  if (!resources || resources.kind !== 'map' || resources.entries.length === 0) return false;
  return resources.entries.some((e) => {
    const t = mapGet(e.value, 'Type')?.value;
    return t?.kind === 'scalar' && typeof t.value === 'string' && /^(AWS|Alexa|Custom)::/.test(t.value);
  });
}

function looksLikeCloudFormation(fileName: string, text: string): boolean {
  // The version key, or top-level Resources with an AWS type, settle it without a parse; the scan
  // that follows reports any error in the file.
  if (CFN_VERSION_KEY.test(text) || (CFN_RESOURCES_KEY.test(text) && CFN_RESOURCE_TYPE.test(text))) return true;
  const { root, issues } = loadYamlTree(text, fileName, { tags: CLOUDFORMATION_SHORT_TAGS });
  if (root) return isCloudFormationTree(root);
  // Unreadable: still claim it when the text plainly is a template, so its error is reported.
  return issues.length > 0 && (/^\s*["']?AWSTemplateFormatVersion["']?\s*:/m.test(text) || (/^\s*["']?Resources["']?\s*:/m.test(text) && /Type["']?\s*:\s*["']?AWS::/.test(text)));
}

function isJsonObjectText(text: string): boolean {
  return /^\s*\{/.test(text);
}

function isTerraformPlan(text: string): boolean {
  if (scanNestingDepth(text, MAX_NESTING_DEPTH).depth > MAX_NESTING_DEPTH) return false;
  try {
    const v: unknown = JSON.parse(text);
    return typeof v === 'object' && v !== null && 'format_version' in v && 'planned_values' in v;
  } catch {
    return false;
  }
}
