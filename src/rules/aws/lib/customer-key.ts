import type { Resource, RuleContext } from '../../../core/index.js';
import { UnknownEvidenceError } from '../../../core/index.js';

/** What protects a resource encrypted with KMS, as far as the configuration tells. */
export type KeyVerdict = { kind: 'none' } | { kind: 'aws-managed'; key: string } | { kind: 'customer'; key: string };

/** `alias/aws/sns`, `arn:aws:kms:...:alias/aws/sqs`: the AWS managed keys are named under alias/aws/. */
export function isAwsManagedAlias(key: string): boolean {
  return /(^|[:/])alias\/aws\//.test(key);
}

interface KeyIndex {
  /** Position in the inventory of the first key whose uid or name is the text. */
  exact: Map<string, number>;
  /** Position of the first key whose name is the text or whose uid ends in `/text`. */
  tail: Map<string, number>;
  keys: readonly Resource[];
}

/** Indexes the scanned KMS keys once per inventory, instead of scanning them for every reference. */
function keyIndex(ctx: RuleContext): KeyIndex {
  return ctx.inventory.memo('kms:key-index', () => {
    const keys = ctx.inventory.byType('aws.kms.key');
    const exact = new Map<string, number>();
    const tail = new Map<string, number>();
    const claim = (map: Map<string, number>, text: string, i: number) => {
      if (!map.has(text)) map.set(text, i);
    };
    keys.forEach((k, i) => {
      claim(exact, k.uid, i);
      claim(exact, k.name, i);
      claim(tail, k.name, i);
      const slash = k.uid.lastIndexOf('/');
      if (slash >= 0) claim(tail, k.uid.slice(slash + 1), i);
    });
    return { exact, tail, keys };
  });
}

/**
 * The first scanned key that `key` names: by uid or name, or by its last `/` segment (an ARN or
 * `alias/x` against a key's name or the end of its uid).
 */
function findKey(ctx: RuleContext, key: string): Resource | undefined {
  const { exact, tail, keys } = keyIndex(ctx);
  let at = exact.get(key);
  const last = key.slice(key.lastIndexOf('/') + 1);
  if (last.length > 0) {
    const byTail = tail.get(last);
    if (byTail !== undefined && (at === undefined || byTail < at)) at = byTail;
  }
  return at === undefined ? undefined : keys[at];
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
  const known = findKey(ctx, key);
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
