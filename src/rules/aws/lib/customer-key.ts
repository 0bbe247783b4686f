import type { Resource, RuleContext } from '../../../core/index.js';

/** What protects a resource encrypted with KMS, as far as the configuration tells. */
export type KeyVerdict = { kind: 'none' } | { kind: 'aws-managed'; key: string } | { kind: 'customer'; key: string };

/** `alias/aws/sns`, `arn:aws:kms:...:alias/aws/sqs`: the AWS managed keys are named under alias/aws/. */
export function isAwsManagedAlias(key: string): boolean {
  return /(^|[:/])alias\/aws\//.test(key);
}

function sameKey(k: Resource, key: string): boolean {
  if (k.uid === key || k.name === key) return true;
  const tail = key.split('/').pop();
  return tail !== undefined && tail.length > 0 && (k.name === tail || k.uid.endsWith(`/${tail}`));
}

/**
 * Judges the KMS key named at `path`: absent or empty means no key, an alias/aws/ name means an AWS
 * managed key, a key found among the scanned KMS keys is judged by its key manager, and any other
 * key written by the user (an ARN, an id, a reference to a key resource) counts as customer managed.
 * The key attribute itself is read with the ctx readers, so an unknown key gives ERROR.
 */
export function judgeKey(ctx: RuleContext, path: string): KeyVerdict {
  const key = ctx.string(path);
  if (key === undefined || key.trim() === '') return { kind: 'none' };
  if (isAwsManagedAlias(key)) return { kind: 'aws-managed', key };
  const known = ctx.inventory.byType('aws.kms.key').find((k) => sameKey(k, key));
  if (known) {
    const manager = ctx.getOf(known, 'keyManager');
    if (manager === 'AWS') return { kind: 'aws-managed', key };
  }
  return { kind: 'customer', key };
}
