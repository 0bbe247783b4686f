import type { Resource, RuleContext } from '../../../core/index.js';
import { UnknownEvidenceError } from '../../../core/index.js';

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
 *
 * Live data names a key by ARN even when it is the AWS managed default (MSK, RDS, EBS ...), so on a
 * live resource a key of the resource's own account that is not among the scanned KMS keys cannot
 * be told apart: unknown (ERROR), never a guessed "customer managed" PASS. A key of another account
 * is customer managed (AWS managed keys always live in the resource's account).
 */
export function judgeKey(ctx: RuleContext, path: string): KeyVerdict {
  const key = ctx.string(path);
  if (key === undefined || key.trim() === '') return { kind: 'none' };
  if (isAwsManagedAlias(key)) return { kind: 'aws-managed', key };
  const known = ctx.inventory.byType('aws.kms.key').find((k) => sameKey(k, key));
  if (known) {
    const manager = ctx.getOf(known, 'keyManager');
    if (manager === 'AWS') return { kind: 'aws-managed', key };
    return { kind: 'customer', key };
  }
  if (ctx.resource.provenance.kind === 'live') {
    const keyAccount = arnAccount(key);
    if (keyAccount === undefined || keyAccount === arnAccount(ctx.resource.uid)) {
      throw new UnknownEvidenceError(path, {
        kind: 'not-collected',
        operation: 'kms:DescribeKey',
        message: `KMS key ${key} is not among the scanned KMS keys, so whether AWS or the account manages it is unknown; include the kms service (and this region) in the scan`,
      });
    }
  }
  return { kind: 'customer', key };
}

/** The account field of an ARN (`arn:partition:service:region:account:...`), if it has one. */
function arnAccount(arn: string): string | undefined {
  if (!arn.startsWith('arn:')) return undefined;
  const account = arn.split(':')[4];
  return account ? account : undefined;
}
