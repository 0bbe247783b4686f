import { toJsonText } from './functions.js';
import type { TfObject, TfValue } from './values.js';
import { Unknown, isObject, isUnknown } from './values.js';

/**
 * The `json` attribute of a `data "aws_iam_policy_document"`: Terraform builds it from the
 * statement blocks at plan time, so the evaluator can too. Unknown parts (a bucket ARN known only
 * after apply) stay unknown inside the document, the rest stays judgeable.
 */
export function policyDocumentJson(config: TfObject): TfValue {
  const statements = config.statement;
  if (isUnknown(statements)) return new Unknown(statements.expression, 'the statements are unknown');
  if (config.source_policy_documents !== undefined || config.override_policy_documents !== undefined || config.source_json !== undefined || config.override_json !== undefined) {
    return new Unknown('data.aws_iam_policy_document', 'documents merged from other documents are not evaluated');
  }
  const doc: TfObject = { Version: typeof config.version === 'string' ? config.version : '2012-10-17' };
  if (config.policy_id !== undefined) doc.Id = config.policy_id;
  doc.Statement = (Array.isArray(statements) ? statements : []).map((st) => (isObject(st) ? statement(st) : st));
  return toJsonText(doc);
}

function principals(blocks: TfValue | undefined): TfValue | undefined {
  if (blocks === undefined) return undefined;
  if (!Array.isArray(blocks)) return blocks;
  const out: TfObject = {};
  for (const b of blocks) {
    if (!isObject(b)) return new Unknown('principals', 'a principals block is unknown');
    const type = b.type;
    if (typeof type !== 'string') return new Unknown('principals.type', 'the principal type is unknown');
    const ids = b.identifiers;
    // `type = "*"` with `identifiers = ["*"]` is how Terraform writes Principal "*".
    if (type === '*') return '*';
    const list = Array.isArray(ids) ? ids : ids === undefined ? [] : [ids];
    const prev = out[type];
    out[type] = [...(Array.isArray(prev) ? prev : prev === undefined ? [] : [prev]), ...list];
  }
  return out;
}

function conditions(blocks: TfValue | undefined): TfValue | undefined {
  if (blocks === undefined) return undefined;
  if (!Array.isArray(blocks)) return blocks;
  const out: Record<string, TfObject> = {};
  for (const b of blocks) {
    if (!isObject(b)) return new Unknown('condition', 'a condition block is unknown');
    const test = b.test;
    const variable = b.variable;
    if (typeof test !== 'string' || typeof variable !== 'string') return new Unknown('condition', 'a condition test or variable is unknown');
    (out[test] ??= {})[variable] = b.values ?? [];
  }
  return out;
}

function statement(st: TfObject): TfObject {
  const out: TfObject = { Effect: st.effect ?? 'Allow' };
  if (st.sid !== undefined) out.Sid = st.sid;
  const copy: [string, string][] = [
    ['actions', 'Action'],
    ['not_actions', 'NotAction'],
    ['resources', 'Resource'],
    ['not_resources', 'NotResource'],
  ];
  for (const [tf, aws] of copy) if (st[tf] !== undefined) out[aws] = st[tf] as TfValue;
  const p = principals(st.principals);
  if (p !== undefined) out.Principal = p;
  const np = principals(st.not_principals);
  if (np !== undefined) out.NotPrincipal = np;
  const c = conditions(st.condition);
  if (c !== undefined) out.Condition = c;
  return out;
}
